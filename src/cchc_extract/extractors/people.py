"""Officials and organizations (SPEC §3 ``official``, ``organization``; §4.1; GUIDE §10–§11).

Rules and gazetteers, no statistical model. The language data is in ``data/people.json``
(surnames, honorifics, title heads and prefixes, organisation heads, words after which a
name is a place) and ``data/abbreviations.json`` (``UBND`` → ``Ủy ban nhân dân`` …).

Persons
    A *name* is a run of 2–5 capitalised syllables (``Mai Tiến Dũng``, ``Y Thanh Hà Niê Kđăm``,
    ``H'Hen Niê``) that starts with a known surname, or any such run right after an address
    word (``ông``, ``bà``, ``đồng chí``, ``Mr.``). Syllables covered by a province mention, a
    title head, an honorific or an organisation head are never part of a name, which splits
    ``Tỉnh ủy Thái Nguyên Nguyễn Thanh Hải`` correctly. Two-syllable names need an anchor (a
    title or honorific before, or a title after). Not persons: a name right after a place or
    school word (``đường Lê Lợi``, ``trường THPT Nguyễn Trãi``, ``Quảng trường Hồ Chí Minh``),
    a bare ``Hồ Chí Minh`` (the city is ``TP Hồ Chí Minh``; ``Chủ tịch Hồ Chí Minh`` IS the
    person), a name that is the body of an organisation (``Đại học Tôn Đức Thắng``).
    Names in all-capital headline lines inside the body are read too (``BÍ THƯ TỈNH ỦY
    NGUYỄN THANH HẢI`` → ``Nguyễn Thanh Hải``).

Mentions
    Titles before the name (``Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng``; ``đồng chí Phó Chủ
    tịch UBND tỉnh Nguyễn Văn A``), after it, separated by a comma or dash (``ông Nguyễn Văn
    A, Giám đốc Sở Nội vụ tỉnh X cho biết``; ``Ông Nguyễn Văn Hiển – Phó Giám đốc …``), or in
    parentheses after it. A title is a head (``Giám đốc``, with prefixes ``Phó``, ``Quyền`` …)
    and a body (the organisation) that ends at punctuation, a clause word (``đã``, ``cho
    biết``, ``chủ trì`` …) or another name. Titles are split at commas and dashes between
    positions, parentheticals dropped, abbreviations expanded. A bare parent body after a
    comma (``Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ``) belongs to the mention but is
    not a title.

Coreference
    ``ông Dũng``, ``Bộ trưởng Dũng``, ``đồng chí Hải`` (an address word or title and one
    capitalised syllable) resolve to the one full name introduced earlier in the article
    whose last syllable is that given name (``resolved=True``). Decision: when two earlier
    people share the given name, or none was introduced, the short reference is NOT
    emitted — a wrong name is worse for a researcher than a missing mention.

Organizations
    A capitalised organisation head (``Bộ``, ``Sở``, ``Ủy ban nhân dân``/``UBND``, ``Tỉnh ủy``,
    ``Trung tâm``, ``Tập đoàn``, ``Tổ công tác`` …, or an abbreviation that expands to one,
    ``VPCP``) and its body. Not organisations: generic plurals (``các bộ, ngành``, ``UBND
    các huyện``, ``các Sở, ban, ngành``), a type of body (``Trung tâm Phục vụ hành chính
    công cấp tỉnh``), concepts (``Chính phủ điện tử``), ``Thủ tướng Chính phủ`` (a
    position). ``name`` is expanded; a provincial body written without its province
    (``UBND tỉnh``, ``Tỉnh ủy``) takes the article's main province in ``name`` and
    ``province``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from ..models import Official, Organization
from ..resources import load

# --------------------------------------------------------------------------- grammar words
# Words that end a title or organisation body: a clause goes on after them. Lower-case,
# matched case-sensitively on whole words (two-word entries on two words).
_STOP_1 = frozenset("""
đã đang sẽ vừa mới cũng đều vẫn còn luôn từng được bị là có không chưa chỉ với tại trong trên
dưới theo về cho để từ đến tới khi thì mà nhưng nên vì do bởi này đó ấy nọ kia các những mọi
cùng cần phải nhằm qua sau trước nói nêu dự thăm làm đạt xếp tăng giảm gồm như hay hoặc
rằng nhận trao tặng ký gửi mời ở vào ra lên xuống
""".split())
# two-word clause words whose first word may also sit inside a name (lower-case)
_STOP_2 = frozenset({
    "cho biết", "cho rằng", "cho hay", "phát biểu", "nhấn mạnh", "đề nghị", "yêu cầu",
    "chủ trì", "ghi nhận", "khẳng định", "chia sẻ", "thông tin", "báo cáo", "trình bày",
    "giới thiệu", "kiểm tra", "tham dự", "tham gia", "ban hành", "khai mạc", "kết luận",
    "lưu ý", "nhận định", "bày tỏ", "mong muốn", "kỳ vọng", "tổ chức", "phối hợp", "công bố",
    "thực hiện", "triển khai", "làm việc", "tham mưu", "xác định", "tiếp nhận", "giải quyết",
    "chỉ đạo", "đôn đốc", "biểu dương", "khảo sát", "tham quan", "trả lời", "hướng dẫn",
    "đồng ý", "quyết định", "phê duyệt", "cung cấp", "hỗ trợ", "xây dựng", "đánh giá",
    "nắm bắt", "đưa ra", "đặt vấn", "thừa nhận", "cảm ơn", "chúc mừng", "tiếp thu", "giải trình",
})
# words that may stay inside a body although they are in _STOP_1, when followed by a
# capitalised word or an administrative word ("Tổ công tác của Thủ tướng", "Sở Khoa học
# và Công nghệ", "Trung tâm … của tỉnh")
_LINKS = frozenset({"của", "và"})
# administrative words that introduce a place inside a body ("UBND tỉnh Thái Nguyên")
_ADMIN = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường",
          "TP.", "TP", "Tp.", "TX", "TX.")
_ADMIN_SET = frozenset(_ADMIN)
# a head preceded by one of these words is not a title of the person who follows
# ("theo chỉ đạo của Thủ tướng, …")
_NOT_TITLE_AFTER = frozenset({"của", "với", "theo", "cho", "và", "như", "về", "lãnh", "đạo"})
# titles that are not the person's executive office (for the ``organization`` field)
_NON_EXECUTIVE = ("ủy viên", "thành viên", "đại biểu", "người phát ngôn", "chuyên viên")
# a title head that contains its organisation's head word in lower case
_IMPLIED_ORG = {
    "Trưởng ban": "Ban", "Phó Trưởng ban": "Ban", "Trưởng đoàn": "Đoàn", "Phó Trưởng đoàn": "Đoàn",
    "Trưởng phòng": "Phòng", "Phó Trưởng phòng": "Phòng",
}
# "Chính phủ" in a concept, not the body
_GOV_CONCEPT_NEXT = frozenset({"điện", "số", "kiến", "liêm", "phục", "hành", "minh", "mở", "thông",
                               "tinh", "hiện", "số,"})
# organisation heads that name a body on their own
_STANDALONE = frozenset({"Chính phủ", "Quốc hội", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
                         "Thị ủy", "Tổ công tác", "Bộ Chính trị", "Ban Bí thư", "Ủy ban nhân dân",
                         "UBND", "Hội đồng nhân dân", "HĐND", "Đoàn kiểm tra", "Đoàn công tác",
                         "Ban Chỉ đạo", "Bộ Chỉ huy"})
# provincial bodies: their province is the article's when the text does not say it
_PROVINCIAL_WORDS = ("tỉnh", "thành phố", "Tỉnh ủy", "Thành ủy", "Sở ")
# labels of the ``kind`` field (GUIDE §11) for the fine kinds of people.json
_KIND_LABEL = {
    "ministry": "ministry", "government": "government", "peoples_committee": "people's committee",
    "peoples_council": "people's council", "party_committee": "party committee",
    "department": "department", "agency": "department", "general_department": "department",
    "sub_department": "department", "ministry_division": "department", "division": "department",
    "inspectorate": "department", "treasury": "department", "social_insurance": "department",
    "office": "office", "centre": "centre", "enterprise": "enterprise", "bank": "enterprise",
    "association": "association", "union": "association", "youth_union": "association",
    "front": "association", "working_group": "working group", "steering_committee": "working group",
    "police": "police",
}

_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[&'’/-](?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}]))*")
_SPACES = regex.compile(r"[ \t]*")
_PAREN = regex.compile(r"\([^()\n]{1,80}\)")
_SYL = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’&])(?:{_SYL})(?:[ ](?:{_SYL})){{0,7}}(?![\p{{L}}\p{{M}}\p{{N}}'’&])")
_UPPER_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}+(?:[ ]\p{Lu}+){1,9}(?![\p{L}\p{M}\p{N}])")
# a capitalised address word at the start of a sentence or clause ("Ông Minh cho biết")
_CAP_ADDRESS = regex.compile(r"(?:^|(?<=[.:;“\"(\[–—-]\s*))(Ông|Bà|Anh|Chị|Đồng chí|Đ/c)(?=\s)")
_SEP_AFTER = regex.compile(r"[ \t]*(?:,|[-–—]|:)[ \t]*")


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass
class _Data:
    surnames: frozenset
    multi_surnames: frozenset
    title_rx: "regex.Pattern[str]"
    hon_rx: "regex.Pattern[str]"
    hon: dict
    org_rx: "regex.Pattern[str]"
    org_kind: dict
    not_after: frozenset
    abbr_rx: "regex.Pattern[str]"
    abbr: dict
    org_abbr: dict


@lru_cache(maxsize=1)
def _data() -> _Data:
    p = load("people")
    surnames = frozenset(_nfc(s["name"]) for s in p["surnames"])
    multi = frozenset(s for s in surnames if " " in s)
    prefixes = [_nfc(x) for x in p["title_prefixes"]]
    heads = [_nfc(h["word"]) for h in p["title_heads"]]
    hon = {_nfc(h["word"]): h for h in p["honorifics"]}
    ranks = [w for w, h in hon.items() if h.get("is_title")]
    title_rx = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?i:(?:(?:{_alt(prefixes)})[ ]+)*(?:{_alt(heads + ranks)}))(?![\p{{L}}\p{{M}}\p{{N}}])")
    non_rank = [w for w, h in hon.items() if not h.get("is_title")]
    hon_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alt(non_rank)})(?![\p{{L}}\p{{M}}\p{{N}}])")
    org_kind = {_nfc(h["word"]): h["kind"] for h in p["org_heads"]}
    abbr_entries = load("abbreviations")["abbreviations"]
    abbr = {_nfc(a["abbr"]): _nfc(a["full"]) for a in abbr_entries if a.get("expand", True)}
    # org abbreviations that stand for a whole body or an organisation head (VPCP, UBND, BCĐ)
    org_abbr = {}
    for a in abbr_entries:
        if a["kind"] != "org" or len(a["abbr"]) < 3 or " " in a["abbr"]:
            continue
        full = _nfc(a["full"])
        head = next((h for h in sorted(org_kind, key=len, reverse=True)
                     if full == h or full.startswith(h + " ")), None)
        if head is not None:
            org_abbr[_nfc(a["abbr"])] = (full, head)
    org_forms = [w for w in org_kind] + [w.upper() for w in org_kind if len(w) > 3] + list(org_abbr)
    org_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&])(?:{_alt(org_forms)})(?![\p{{L}}\p{{M}}\p{{N}}&])")
    abbr_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&.])(?:{_alt(abbr)})(?![\p{{L}}\p{{M}}\p{{N}}&])")
    not_after = frozenset(_nfc(r["word"]).casefold() for r in p["not_person_after"])
    return _Data(surnames, multi, title_rx, hon_rx, hon, org_rx, org_kind, not_after, abbr_rx, abbr, org_abbr)


# --------------------------------------------------------------------------- small helpers

def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper()


def _words_before(text: str, lo: int, pos: int, n: int = 3) -> list[str]:
    seg = text[max(lo, pos - 80):pos]
    return seg.split()[-n:]


def expand(s: str, timeout: float = 1.0) -> str:
    """``s`` with its abbreviations written out (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``)."""
    d = _data()

    def rep(m):
        full = d.abbr.get(m.group(0), m.group(0))
        if m.group(0) in ("TP", "TP.", "Tp.", "TX", "TX.") and m.start() > 0:
            full = full.lower()
        return full

    out = d.abbr_rx.sub(rep, s, timeout=timeout)
    out = regex.sub(r"Thành phố\.?(?=\p{L})", "Thành phố ", out, timeout=timeout)
    return " ".join(out.split())


def _drop_parens(s: str, timeout: float) -> str:
    return " ".join(_PAREN.sub(" ", s, timeout=timeout).split())


@dataclass
class _Body:
    end: int            # end offset of the body (exclusive); == start when empty
    words: list = field(default_factory=list)   # (start, end) of the body's words
    place: bool = False  # ends in a place (admin word + name)


def _scan_body(ctx, text: str, pos: int, limit: int, stops: set, max_words: int = 14) -> _Body:
    """The organisation-like body that starts at ``pos``: see the module docstring."""
    d = _data()
    t = ctx.timeout
    body = _Body(pos)
    i = pos
    seen_place = False
    lower_run = 0
    while i < limit and len(body.words) < max_words:
        j = _SPACES.match(text, i, timeout=t).end()
        if j >= limit:
            break
        if text[j] == "(":
            pm = _PAREN.match(text, j, timeout=t)
            if pm and pm.end() <= limit and body.words and len(pm.group().split()) <= 8:
                body.end = i = pm.end()
                continue
            break
        wm = _WORD.match(text, j, timeout=t)
        if not wm or wm.end() > limit or j in stops:
            break
        w = wm.group()
        if w[0].isdigit():
            break
        nm = _WORD.match(text, _SPACES.match(text, wm.end(), timeout=t).end(), timeout=t)
        nxt = nm.group() if nm and nm.start() < limit and text[wm.end():nm.start()].strip() == "" else ""
        if w in _LINKS:
            if not (_is_cap(nxt) or nxt in _ADMIN_SET) or not body.words:
                break
        elif not _is_cap(w) and not w.isupper():
            if f"{w} {nxt}" in _STOP_2 or w in _STOP_1:
                if not (w in _ADMIN_SET):
                    break
            if seen_place and w not in _ADMIN_SET:
                break
            lower_run += 1
            if lower_run > 5:
                break
        else:
            lower_run = 0
            th = d.title_rx.match(text, j, timeout=t)
            if th and body.words and th.group().split()[0][0].isupper():
                prev = text[body.words[-1][0]:body.words[-1][1]]
                if prev != "của":
                    break
        if w in _ADMIN_SET or f"{w} {nxt}" in _ADMIN_SET:
            seen_place = False  # the place name follows
        elif _is_cap(w) and body.words and text[body.words[-1][0]:body.words[-1][1]] in _ADMIN_SET:
            seen_place = True
        body.words.append((j, wm.end()))
        body.end = i = wm.end()
    # a body does not end on a link word
    while body.words and text[body.words[-1][0]:body.words[-1][1]] in _LINKS:
        body.words.pop()
        body.end = body.words[-1][1] if body.words else pos
    return body


def _prev_sep(text: str, lo: int, hi: int) -> tuple[int, str]:
    """Position and kind of the last separator in ``text[lo:hi]`` (``lo - 1``, ``""`` if none)."""
    k = hi - 1
    while k >= lo:
        c = text[k]
        if c in ",;:()“”\"\n[]":
            return k, c
        if c in "-–—" and k > lo and text[k - 1] == " " and text[k + 1:k + 2] == " ":
            return k, "-"
        k -= 1
    return lo - 1, ""


# --------------------------------------------------------------------------- names

@dataclass
class _Name:
    start: int
    end: int
    name: str
    syllables: int
    short: bool = False   # one syllable after an address word or title: a coreference
    weak: bool = False    # no surname: a name only right after an address word


def _blocked_spans(ctx, s, prov_spans) -> list[tuple[int, int]]:
    d = _data()
    t = ctx.timeout
    spans = [(a - s.start, b - s.start) for a, b, _ in prov_spans if a >= s.start and b <= s.end]
    for m in d.title_rx.finditer(s.text, timeout=t):
        g = m.group()
        if len(g.split()) == 1 and not g[0].isupper() and g.casefold() == "trưởng":
            continue
        spans.append(m.span())
    for m in d.hon_rx.finditer(s.text, timeout=t):
        spans.append(m.span())
    for m in _CAP_ADDRESS.finditer(s.text, timeout=t):
        spans.append(m.span(1))
    for m in d.org_rx.finditer(s.text, timeout=t):
        spans.append(m.span())
    return spans


def _overlaps(a: int, b: int, spans) -> bool:
    return any(x < b and a < y for x, y in spans)


def _find_names(ctx, s, prov_spans) -> list[_Name]:
    """Candidate person names of a sentence (offsets within the sentence)."""
    d = _data()
    t = ctx.timeout
    text = s.text
    blocked = _blocked_spans(ctx, s, prov_spans)
    out: list[_Name] = []
    for m in _RUN.finditer(text, timeout=t):
        syls = [(x.start() + m.start(), x.end() + m.start()) for x in regex.finditer(r"\S+", m.group(), timeout=t)]
        # split into pieces of unblocked syllables
        piece: list[tuple[int, int]] = []
        pieces = []
        for a, b in syls:
            if _overlaps(a, b, blocked):
                if piece:
                    pieces.append(piece)
                piece = []
            else:
                piece.append((a, b))
        if piece:
            pieces.append(piece)
        for pc in pieces:
            out.extend(_names_in_piece(ctx, text, pc, d))
    if _mostly_upper(text):
        out.extend(_upper_names(ctx, text, blocked, d))
    out.sort(key=lambda n: n.start)
    return out


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _upper_names(ctx, text: str, blocked, d: _Data) -> list[_Name]:
    out = []
    for m in _UPPER_RUN.finditer(text, timeout=ctx.timeout):
        syls = [(x.start() + m.start(), x.end() + m.start()) for x in regex.finditer(r"\S+", m.group(), timeout=ctx.timeout)]
        i = 0
        while i < len(syls):
            a, b = syls[i]
            w = text[a:b].capitalize()
            if not _overlaps(a, b, blocked) and w in d.surnames and w not in d.multi_surnames:
                run = [syls[i]]
                for x, y in syls[i + 1:i + 3]:
                    if _overlaps(x, y, blocked):
                        break
                    run.append((x, y))
                if len(run) == 3:
                    name = " ".join(text[x:y].capitalize() for x, y in run)
                    out.append(_Name(run[0][0], run[-1][1], name, 3))
                    i += 3
                    continue
            i += 1
    return out


def _surname_at(text: str, pc, i: int, d: _Data) -> int:
    """Number of syllables of the surname starting at piece index ``i`` (0 if none)."""
    w = text[pc[i][0]:pc[i][1]]
    if i + 1 < len(pc) and f"{w} {text[pc[i + 1][0]:pc[i + 1][1]]}" in d.multi_surnames:
        return 2
    if w in d.surnames and " " not in w:
        return 1
    if len(w) > 2 and w[:2] in ("H'", "H’"):
        return 1
    return 0


def _names_in_piece(ctx, text: str, pc, d: _Data) -> list[_Name]:
    out = []
    i = 0
    while i < len(pc):
        if _surname_at(text, pc, i, d):
            j = len(pc)
            # a second surname after 2+ syllables starts another name ("… Hiển Nguyễn Văn …")
            for k in range(i + 2, len(pc)):
                if k - i >= 3 and _surname_at(text, pc, k, d) and len(pc) - k >= 2:
                    j = k
                    break
            j = min(j, i + 5)
            if j - i >= 2:
                out.append(_Name(pc[i][0], pc[j - 1][1], " ".join(text[a:b] for a, b in pc[i:j]), j - i))
                i = j
                continue
            if j - i == 1 and i == 0 and len(pc) == 1:
                out.append(_Name(pc[i][0], pc[i][1], text[pc[i][0]:pc[i][1]], 1, short=True))
            i = j
            continue
        i += 1
    if not out and 1 <= len(pc) <= 5:
        # no surname: a name only after an address word (checked by the caller)
        nm = " ".join(text[a:b] for a, b in pc)
        out.append(_Name(pc[0][0], pc[-1][1], nm, len(pc), short=len(pc) == 1, weak=True))
    return out


# --------------------------------------------------------------------------- mentions

@dataclass
class _Mention:
    start: int
    end: int
    name: _Name
    titles: list = field(default_factory=list)      # raw title strings (sentence-relative spans)
    parents: list = field(default_factory=list)     # bare parent bodies after a comma
    honorific: Optional[str] = None
    anchor: str = ""                                # "honorific", "title", "after", ""


def _honorific_before(ctx, text: str, pos: int, lo: int = 0) -> Optional[tuple[int, dict]]:
    """An honorific ending right before ``pos`` (only spaces between): (start, entry)."""
    d = _data()
    seg_lo = max(lo, pos - 30)
    seg = text[seg_lo:pos]
    best = None
    for m in d.hon_rx.finditer(seg, timeout=ctx.timeout):
        if seg[m.end():].strip() == "":
            if best is None or m.start() < best[0]:
                best = (m.start(), m.group())
    if best is None:
        # capitalised address word at the start of a sentence/clause ("Ông Minh", "Đồng chí …")
        m = regex.search(r"(?<![\p{L}\p{M}])(Ông|Bà|Anh|Chị|Đồng chí|Đ/c)[ ]+$", seg, timeout=ctx.timeout)
        if m:
            best = (m.start(1), m.group(1).lower())
    if best is None:
        return None
    word = best[1]
    entry = d.hon.get(word) or d.hon.get(word.lower()) or d.hon.get(word[0].lower() + word[1:])
    if entry is None:
        return None
    return seg_lo + best[0], entry


def _title_in_segment(ctx, text: str, a: int, b: int, names_in_sentence, adjacent: bool):
    """The title that ends at ``b`` inside the segment ``text[a:b]``: (head_start, head_end) or None."""
    d = _data()
    t = ctx.timeout
    seg = text[a:b]
    if any(a <= n.start < b for n in names_in_sentence):
        return None
    # after the last clause word of the segment
    floor = a
    words = list(_WORD.finditer(text, a, b, timeout=t))
    for k, w in enumerate(words):
        g = w.group()
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if g in _STOP_1 and g not in _LINKS and not _is_cap(g) and g not in _ADMIN_SET:
            floor = w.end()
        if f"{g} {nxt}" in _STOP_2:
            floor = words[k + 1].end()
    for m in d.title_rx.finditer(text, floor, b, timeout=t):
        g = m.group()
        if len(g.split()) == 1 and not g[0].isupper():
            continue
        prev = _words_before(text, a, m.start(), 1)
        if prev and prev[-1] in _NOT_TITLE_AFTER:
            continue
        body = _scan_body(ctx, text, m.end(), b, set(), max_words=16)
        if text[body.end:b].strip() == "":
            return m.start(), m.end()
        # the body stopped early: try a later head
    return None


def _build_mention(ctx, s, nm: _Name, names_in_sentence) -> _Mention:
    d = _data()
    t = ctx.timeout
    text = s.text
    mn = _Mention(nm.start, nm.end, nm)
    # ---- right before the name: honorific, degree or rank
    chain_end = nm.start
    h = _honorific_before(ctx, text, nm.start)
    if h:
        hstart, entry = h
        mn.start = hstart
        mn.anchor = "honorific"
        if entry.get("honorific"):
            mn.honorific = entry["honorific"]
        chain_end = hstart
    # ---- titles before (segments separated by commas/dashes)
    seg_end = chain_end
    first = True
    titles_before = []
    if not (h and h[1]["kind"] == "address"):
        while seg_end > 0:
            sep, kind = _prev_sep(text, 0, seg_end)
            a = sep + 1
            if not first and kind not in (",", "-"):
                pass
            got = _title_in_segment(ctx, text, a, seg_end, [n for n in names_in_sentence if n is not nm], first)
            if not got:
                break
            hs, he = got
            titles_before.insert(0, (hs, seg_end))
            mn.start = min(mn.start, hs)
            mn.anchor = mn.anchor or "title"
            lead = text[a:hs].strip()
            if lead:
                h2 = _honorific_before(ctx, text, hs, a)
                if h2 and h2[1]["kind"] == "address":
                    mn.start = h2[0]
                    if h2[1].get("honorific") and not mn.honorific:
                        mn.honorific = h2[1]["honorific"]
                break
            if kind not in (",", "-"):
                break
            seg_end = sep
            first = False
    # ---- titles after: ", Giám đốc …", " – Phó Giám đốc …", "(Giám đốc …)"
    titles_after = []
    pos = nm.end
    end = len(text)
    while True:
        m = _SEP_AFTER.match(text, pos, timeout=t)
        paren = False
        if m and m.end() > m.start() and text[m.start():m.end()].strip():
            q = m.end()
        elif text[pos:pos + 2].lstrip().startswith("(") and not titles_after:
            q = text.index("(", pos) + 1
            paren = True
        else:
            break
        th = d.title_rx.match(text, q, timeout=t)
        if th and (len(th.group().split()) > 1 or th.group()[0].isupper()):
            stops = {n.start for n in names_in_sentence}
            body = _scan_body(ctx, text, th.end(), end, stops, max_words=16)
            tend = max(body.end, th.end())
            if _SPACES.match(text, tend, timeout=t).end() in stops:
                break  # the title of the next person ("A, Chủ tịch UBND tỉnh B")
            if paren:
                close = text.find(")", tend)
                if close < 0 or text[tend:close].strip():
                    break
                titles_after.append((q, tend))
                mn.end = close + 1
                break
            titles_after.append((q, tend))
            mn.end = pos = tend
            mn.anchor = mn.anchor or "after"
            continue
        om = d.org_rx.match(text, q, timeout=t)
        if om and titles_after and not paren:
            body = _scan_body(ctx, text, om.end(), end, {n.start for n in names_in_sentence})
            mn.parents.append((q, max(body.end, om.end())))
            mn.end = pos = max(body.end, om.end())
            continue
        break
    mn.titles = titles_before + titles_after
    return mn


def _split_title(ctx, raw: str) -> list[str]:
    """A raw title string → titles: parentheticals dropped, split at dashes between positions."""
    d = _data()
    t = ctx.timeout
    raw = _drop_parens(raw, t)
    parts = regex.split(r"[ ]+[-–—][ ]+", raw, timeout=t)
    out: list[str] = []
    for p in parts:
        p = p.strip(" ,;:")
        if not p:
            continue
        if out and not d.title_rx.match(p, timeout=t):
            out[-1] = f"{out[-1]} - {p}"
        else:
            out.append(p)
    return [expand(p, t) for p in out]


def _place_of(ctx, s_start: int, a: int, b: int, prov_spans) -> Optional[str]:
    for x, y, name in prov_spans:
        if a <= x - s_start and y - s_start <= b:
            return name
    return None


def _province_kind(name: str) -> str:
    for p in load("provinces")["provinces"]:
        if p["name"] == name:
            return p.get("kind") or "tỉnh"
    return "tỉnh"


def _org_name(ctx, raw: str, province: Optional[str], head: str) -> tuple[str, Optional[str]]:
    """Expanded organisation name; a provincial body written without its province gets it."""
    from .places import find_places

    t = ctx.timeout
    name = expand(_drop_parens(raw, t), t)
    name = regex.sub(r"\s+của\s+(?=(?:tỉnh|thành phố)\b)", " ", name, timeout=t)
    stated = None
    found = list(find_places(name, t))
    for a, b, place in reversed(found):
        if place.kind != "province":
            continue
        stated = place.name
        before = name[:a].rstrip()
        surface = name[a:b]
        admin = None
        low = surface.casefold()
        if low.startswith(("tp", "thành phố")):
            admin = "thành phố"
        if before.endswith(("tỉnh", "thành phố")) or admin:
            repl = (f"{admin} " if admin and not before.endswith(("tỉnh", "thành phố")) else "") + place.name
        elif before and not before.endswith(("ủy", "Ủy")) and len(before.split()) > 1 and \
                head not in ("Tỉnh ủy", "Thành ủy", "Đại học", "Báo", "Đài"):
            repl = f"{_province_kind(place.name)} {place.name}"
        else:
            repl = place.name
        name = name[:a] + repl + name[b:]
        break
    prov = stated
    if stated is None and province:
        if regex.search(r"(?:\btỉnh|\bthành phố|^Tỉnh ủy|^Thành ủy)$", name, timeout=t):
            name = f"{name} {province}"
            prov = province
        elif any(w in name for w in _PROVINCIAL_WORDS) or name.startswith(("Sở ", "Công an")):
            prov = province
    return " ".join(name.split()), prov


def _main_org(ctx, titles: list[str]) -> Optional[str]:
    d = _data()
    for ti in titles:
        if ti.casefold().startswith(_NON_EXECUTIVE):
            continue
        m = d.title_rx.match(ti, timeout=ctx.timeout)
        if not m:
            continue
        body = ti[m.end():].strip()
        body = regex.sub(r"^Thường trực\s+", "", body, timeout=ctx.timeout)
        if not body:
            continue
        head = m.group()
        for k, v in _IMPLIED_ORG.items():
            if head.casefold() == k.casefold():
                body = f"{v} {body}"
        return body
    return None


# --------------------------------------------------------------------------- organizations

def _find_orgs(ctx, s, name_spans, prov_spans, main: Optional[str]):
    """Organisation facts of one sentence: (start, end, name, kind, province) sentence-relative."""
    d = _data()
    t = ctx.timeout
    text = s.text
    out = []
    pos = 0
    for m in d.org_rx.finditer(text, timeout=t):
        if m.start() < pos:
            continue
        g = m.group()
        if ctx.is_claimed(s.start + m.start(), s.start + m.end()):
            continue
        if _overlaps(m.start(), m.end(), name_spans):
            continue
        head = g
        full_abbr = d.org_abbr.get(g)
        if full_abbr:
            head = full_abbr[1]
        elif g.isupper() and len(g) > 4 and g not in d.org_kind:
            head = next((h for h in d.org_kind if h.upper() == g), g)
        kind = d.org_kind.get(head)
        prev = _words_before(text, 0, m.start(), 2)
        prevw = prev[-1] if prev else ""
        nxt_m = _WORD.match(text, _SPACES.match(text, m.end(), timeout=t).end(), timeout=t)
        nxt = nxt_m.group() if nxt_m and text[m.end():nxt_m.start()].strip() == "" else ""
        if nxt in ("các", "những", "mọi", "này", "đó", "nào", "ngang", "cấp"):
            continue
        if head == "Chính phủ":
            if prevw in ("tướng", "Tướng") or nxt in _GOV_CONCEPT_NEXT:
                continue
        # the head word inside a title head ("Chánh Văn phòng …" is fine; "Bộ trưởng" is a title)
        th = d.title_rx.match(text, m.start(), timeout=t)
        if th and th.end() > m.end():
            continue
        body = _scan_body(ctx, text, m.end(), len(text), {a for a, _ in name_spans})
        words = [text[a:b] for a, b in body.words]
        if len(head.split()) == 1 and head not in ("Ban", "UBND", "HĐND") and not full_abbr and \
                not (words and (_is_cap(words[0]) or words[0] in _ADMIN_SET)):
            continue
        if not words and head not in _STANDALONE and not full_abbr:
            continue
        if "cấp" in words or (words and words[0] in ("và", "của")):
            continue
        end = max(body.end, m.end())
        raw = text[m.start():end]
        if g.isupper() and len(g) > 4 and not full_abbr:
            raw = head + text[m.end():end]
        prov_here = _place_of(ctx, s.start, m.start(), end, prov_spans)
        name, prov = _org_name(ctx, raw, main, head)
        if prov_here:
            prov = prov_here
        if head in ("Bộ", "Cục", "Vụ", "Tổng cục", "Chính phủ", "Quốc hội", "Tổ công tác", "Văn phòng") and not prov_here:
            if not regex.search(r"\b(?:tỉnh|thành phố|huyện|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\b", raw, timeout=t):
                prov = None
                name = expand(_drop_parens(raw, t), t)
        label = _KIND_LABEL.get(kind or "", "other")
        if kind == "board":
            label = "other"
            if regex.search(r"HĐND|Hội đồng nhân dân", raw, timeout=t):
                label = "people's council"
            elif regex.search(r"Tỉnh ủy|Thành ủy|Huyện ủy|Đảng", raw, timeout=t):
                label = "party committee"
        out.append((m.start(), end, name, label, prov))
        pos = end
    return out


# --------------------------------------------------------------------------- entry point

def extract(ctx) -> None:
    from ..link import main_province

    text = ctx.text
    prov_spans = [(f.start, f.end, f.name) for f in ctx.facts if f.type == "province"]
    main = main_province(ctx.facts)
    introduced: list[str] = []          # full names, in order of first mention
    org_facts: list[tuple[int, int]] = []
    t = ctx.timeout
    d = _data()
    for s in ctx.sentences():
        names = _find_names(ctx, s, prov_spans)
        accepted: list[_Name] = []
        mentions: list[_Mention] = []
        strong = [n for n in names if not n.weak and not n.short]
        for nm in names:
            if (nm.weak or nm.short) and not _directly_after_anchor(ctx, s.text, nm.start):
                continue
            mn = _build_mention(ctx, s, nm, strong)
            if not _accept(ctx, s, nm, mn):
                continue
            accepted.append(nm)
            mentions.append(mn)
        for mn in mentions:
            nm = mn.name
            resolved = False
            name = nm.name
            if nm.short:
                cands = {full for full in introduced if full.split()[-1] == name}
                if len(cands) != 1:
                    continue
                name = cands.pop()
                resolved = True
            elif name not in introduced:
                introduced.append(name)
            titles: list[str] = []
            for a, b in mn.titles:
                titles.extend(_split_title(ctx, text[s.start + a:s.start + b]))
            org = _main_org(ctx, titles)
            chain_prov = _place_of(ctx, s.start, mn.start, mn.end, prov_spans)
            prov = chain_prov
            org_name = None
            if org:
                head = next((h for h in sorted(d.org_kind, key=len, reverse=True) if org.startswith(h)), "")
                org_name, oprov = _org_name(ctx, org, chain_prov or main, head)
                prov = prov or oprov
            elif titles and any(regex.search(r"\btỉnh\b|Tỉnh ủy|\bSở\b", ti, timeout=t) for ti in titles):
                prov = main
            ctx.add(Official, s.start + mn.start, s.start + mn.end, claim=False, name=name, titles=titles,
                    organization=org_name, province=prov, honorific=mn.honorific, resolved=resolved)
            # an organisation named by a title head in lower case ("Trưởng đoàn ĐBQH tỉnh …")
            for a, b in mn.titles:
                th = d.title_rx.match(text, s.start + a, timeout=t)
                if not th:
                    continue
                for k, v in _IMPLIED_ORG.items():
                    g = th.group()
                    if g.casefold() == k.casefold() and not g.split()[-1][0].isupper():
                        ostart = th.end() - len(g.split()[-1])
                        body = _scan_body(ctx, text, th.end(), s.start + b, set())
                        if body.words:
                            oname, oprov = _org_name(ctx, v + text[th.end():body.end], main, v)
                            kind = "other" if v in ("Đoàn", "Ban") else "working group"
                            if regex.search(r"Chỉ đạo|chỉ đạo|kiểm tra|công tác", oname, timeout=t):
                                kind = "working group"
                            ctx.add(Organization, ostart, body.end, claim=False, name=oname, kind=kind,
                                    province=_place_of(ctx, 0, ostart, body.end, prov_spans) or oprov)
                            org_facts.append((ostart, body.end))
        name_spans = [(n.start, n.end) for n in accepted]
        for a, b, name, kind, prov in _find_orgs(ctx, s, name_spans, prov_spans, main):
            if any(x <= s.start + a < y for x, y in org_facts):
                continue
            ctx.add(Organization, s.start + a, s.start + b, claim=False, name=name, kind=kind, province=prov)


def _directly_after_anchor(ctx, text: str, pos: int) -> bool:
    """An honorific or a title head ends right before ``pos`` (only spaces between)."""
    if _honorific_before(ctx, text, pos):
        return True
    seg_lo = max(0, pos - 40)
    for m in _data().title_rx.finditer(text, seg_lo, pos, timeout=ctx.timeout):
        if text[m.end():pos].strip() == "" and (len(m.group().split()) > 1 or m.group()[0].isupper()):
            return True
    return False


def _accept(ctx, s, nm: _Name, mn: _Mention) -> bool:
    """Is this candidate a person mention? (see the module docstring)"""
    from .places import lookup_province

    d = _data()
    text = s.text
    anchored = bool(mn.anchor)
    has_surname = True
    first = nm.name.split()[0]
    if first not in d.surnames and not any(nm.name.startswith(x + " ") for x in d.multi_surnames) \
            and not first.startswith(("H'", "H’")) and nm.start not in ():
        has_surname = False
    if nm.short:
        return mn.anchor in ("honorific", "title") and has_surname is not None
    if not has_surname and mn.anchor != "honorific":
        return False
    prev = [w.casefold() for w in _words_before(text, 0, mn.start, 3)]
    for n in (1, 2, 3):
        if len(prev) >= n and " ".join(prev[-n:]) in d.not_after:
            if mn.anchor not in ("honorific", "title"):
                return False
            if mn.anchor == "title":
                # "Chủ tịch UBND tỉnh Nguyễn Văn A" is a person; "Hiệu trưởng trường Nguyễn Trãi" is not
                wb = [w.casefold() for w in _words_before(text, 0, nm.start, 3)]
                if wb and " ".join(wb[-n:]) in d.not_after and wb[-1] not in ("tỉnh", "thành phố", "tp", "tp."):
                    return False
    # the word right before the name (inside a title chain) may be a place/school word too
    wb = [w.casefold() for w in _words_before(text, 0, nm.start, 3)]
    for n in (1, 2, 3):
        if len(wb) >= n and " ".join(wb[-n:]) in d.not_after and wb[-1] not in ("tỉnh", "thành phố", "tp", "tp."):
            if not (mn.anchor == "honorific" and mn.start < nm.start and
                    text[mn.start:nm.start].strip().casefold() == " ".join(wb[-n:])):
                return False
    if lookup_province(nm.name) and mn.anchor not in ("title", "honorific"):
        return False
    if nm.syllables < 2:
        return False
    if nm.syllables == 2 and not anchored:
        return False
    # the body of an organisation ("Đại học Tôn Đức Thắng", "Công ty Nguyễn Kim")
    if not anchored:
        before = text[max(0, nm.start - 30):nm.start]
        om = None
        for m in d.org_rx.finditer(before, timeout=ctx.timeout):
            om = m
        if om and before[om.end():].strip() == "":
            return False
    return True
