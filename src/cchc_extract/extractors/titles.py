"""What the ``people`` and ``organizations`` extractors share (GUIDE §10–§11).

Takes the language data of ``data/people.json`` (title heads and prefixes, ranks, organisation
heads, clause words, administrative words …) and ``data/abbreviations.json``; gives

- :func:`vocab`: that data compiled once (the title-head and organisation-head patterns, the
  word sets);
- :func:`expand` (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``) and :func:`decap` (an all-capital
  phrase in ordinary case);
- :func:`scan_body`: the body of a title or an organisation after its head (``Giám đốc`` *Sở
  Nội vụ tỉnh Thái Nguyên* ``cho biết``). A body is capitalised words, administrative words
  with their place, ``của``/``và`` before a capitalised word, and short parentheticals; it ends
  at punctuation, a clause word (``đã``, ``cho biết``, ``chủ trì`` …), another title head, a
  person's name or a number;
- :func:`org_name`: the expanded name of an organisation, with its province put in canonical
  form (``Sở Nội vụ Thái Nguyên`` → ``Sở Nội vụ tỉnh Thái Nguyên``), used both for
  ``organization`` facts and for the ``organization`` field of an ``official``;
- small helpers: :func:`captions` (photo-caption paragraphs, read by neither), :func:`place_of`,
  :func:`words_before`, :func:`drop_parens`, :func:`is_cap`.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import find_places, province_kind
from ..resources import load, word_set
from ..patterns import literal_alternation

WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[&'’/-](?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}]))*")
SPACES = regex.compile(r"[ \t]*")
_PAREN = regex.compile(r"\([^()\n]{1,80}\)")
_ACRONYM_AHEAD = regex.compile(r"(?:[ ]+[\p{L}\p{M}]+){1,8}?[ ]*(?P<acr>\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,11})\))")
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
_GLUED_SENTENCE = regex.compile(r"(\p{Ll}[\p{Ll}\p{M}]+)\.\p{Lu}\p{Ll}")  # "tỉnh.Trưởng", not "TP.HCM", "v.v"
# "Trung tâm Nghiên cứu Phát triển, Hỗ trợ Cộng đồng (CECODES)": fields joined by a comma or a
# dash, the whole name closed by its acronym
_SEP_ACRONYM_AHEAD = regex.compile(r"[,–—-][ ]*\p{Lu}[\p{L}\p{M}]*(?:[ ]+[\p{L}\p{M}]+){0,7}?[ ]*"
                                   r"(?P<acr>\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,11})\))")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def alt(words, ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first (trie-shaped: :mod:`cchc_extract.patterns`);
    ``ignore_case`` when it runs under ``(?i)``."""
    return literal_alternation(words, ignore_case)


@dataclass
class Vocab:
    """The title and organisation vocabularies, compiled."""
    title_rx: "regex.Pattern[str]"    # a title head with its prefixes, or a rank
    org_rx: "regex.Pattern[str]"      # an organisation head, or an abbreviation of one
    org_kind: dict                    # organisation head → fine kind
    org_abbr: dict                    # abbreviation → (full name, organisation head)
    abbr_rx: "regex.Pattern[str]"
    abbr: dict                        # abbreviation → full form
    not_after: frozenset              # place/street/school words (casefolded)
    clause_1: frozenset               # one-word clause words
    clause_2: frozenset               # two-word clause words
    links: frozenset                  # words that may stay inside a body
    admin: frozenset                  # administrative words
    implied_org: dict                 # title head ending → organisation head
    en_heads: dict                    # English organisation head → kind label
    en_function: frozenset            # English function words inside a name
    numbered: frozenset               # words followed by their number inside a body (Quân khu 5)
    dash_rx: "regex.Pattern[str]"     # a name with a dash inside it (Lao động – Thương binh và Xã hội)
    posted_rx: "regex.Pattern[str]"   # a title head of a posting abroad, at the end of a text
    company_forms: dict               # a company's legal form after "Công ty" (CP → Cổ phần)
    joiners: frozenset = frozenset()  # "kiêm": two positions held together make one title


def _words(p: dict, key: str) -> list:
    return [nfc(w) for w in p[key]["words"]]


_FIELD_SEP = regex.compile(r"\s+và\s+|\s*[-–—&]\s*|,\s*")


def _field_names(names: list) -> str:
    """An alternation of the names of fields (``Khoa học và Công nghệ``, ``Lao động – Thương binh
    và Xã hội``): any separator (``và``, ``&``, a dash, a comma) may stand for any other, the words after
    the first letter in any case."""
    sep = r"(?:\s+và\s+|\s*[-–—&]\s*|,\s*)"
    out = set()
    for n in names:
        parts = _FIELD_SEP.split(n)
        body = sep.join(regex.escape(x).replace("\\ ", r"\s+").replace(" ", r"\s+") for x in parts)
        out.add(regex.escape(n[0]) + "(?i:" + body[len(regex.escape(n[0])):] + ")")
    return "|".join(sorted(out, key=lambda x: (-len(x), x)))  # the same pattern in every process


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    p = load("people")
    prefixes = [nfc(x) for x in p["title_prefixes"]]
    heads = [nfc(h["word"]) for h in p["title_heads"]]
    ranks = [nfc(h["word"]) for h in p["honorifics"] if h.get("is_title")]
    # "chính quyền Tổng thống Biden": "quyền" closing a compound is no prefix
    no_prefix = rf"(?!(?<=(?:{alt(_words(p, 'not_prefix_after'))})[ ])(?i:quyền)[ ])"
    title_rx = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){no_prefix}(?i:(?:(?:{alt(prefixes, True)})[ ]+)*(?:{alt(heads + ranks, True)}))(?![\p{{L}}\p{{M}}\p{{N}}])")
    org_kind = {nfc(h["word"]): h["kind"] for h in p["org_heads"]}
    abbr_entries = load("abbreviations")["abbreviations"]
    abbr = {nfc(a["abbr"]): nfc(a["full"]) for a in abbr_entries if a.get("expand", True)}
    # org abbreviations that stand for a whole body or an organisation head (VPCP, UBND, BCĐ)
    org_abbr = {}
    for a in abbr_entries:
        if a["kind"] != "org" or len(a["abbr"]) < 3 or " " in a["abbr"]:
            continue
        full = nfc(a["full"])
        head = next((h for h in sorted(org_kind, key=len, reverse=True)
                     if full == h or full.startswith(h + " ")), None)
        if head is not None:
            org_abbr[nfc(a["abbr"])] = (full, head)
    # the first letter as written, the rest in any case ("Ban chỉ đạo", "ỦY BAN NHÂN DÂN")
    tails = sorted({w for w in org_kind if " " in w}, key=lambda w: (-len(w), w))
    long_heads = "|".join(f"{regex.escape(w[0])}(?i:{regex.escape(w[1:])})" for w in tails)
    single = alt([w for w in org_kind if " " not in w] + list(org_abbr))
    org_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&])(?:{long_heads}|{single})(?![\p{{L}}\p{{M}}\p{{N}}&])")
    abbr_rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}&.])(?:{alt(abbr)})(?![\p{{L}}\p{{M}}\p{{N}}&])")
    not_after = frozenset(nfc(r["word"]).casefold() for r in p["not_person_after"])
    clause = _words(p, "clause_words")
    return Vocab(
        title_rx, org_rx, org_kind, org_abbr, abbr_rx, abbr, not_after,
        clause_1=frozenset(w for w in clause if " " not in w),
        clause_2=frozenset(w for w in clause if " " in w),
        links=frozenset(_words(p, "body_links")),
        admin=frozenset(_words(p, "admin_words")),
        implied_org={nfc(k): nfc(v) for k, v in p["implied_org_heads"]["heads"].items()},
        en_heads={nfc(k): v for k, v in p["english_org_heads"]["heads"].items()},
        en_function=frozenset(_words(p, "english_function_words")),
        numbered=frozenset(_words(p, "numbered_units")),
        company_forms={nfc(k): nfc(x) for k, x in p["company_abbreviations"]["heads"].items()},
        joiners=frozenset(_words(p, "title_joiners")),
        posted_rx=regex.compile(rf"(?:^|(?<=\s))(?:(?:Phó|Quyền|Nguyên|Cựu|phó|nguyên|cựu)[ ]+)?"
                                rf"(?i:{alt(_words(p, 'posted_heads'))})$"),
        dash_rx=regex.compile(rf"(?:{_field_names(_words(p, 'punctuated_names'))})(?![\p{{L}}\p{{M}}\p{{N}}])"),
    )


# --------------------------------------------------------------------------- small helpers

def is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper()


def words_before(text: str, lo: int, pos: int, n: int = 3) -> list[str]:
    seg = text[max(lo, pos - 80):pos]
    return seg.split()[-n:]


def drop_parens(s: str, timeout: float) -> str:
    return " ".join(_PAREN.sub(" ", s, timeout=timeout).split())


def captions(ctx) -> list[tuple[int, int]]:
    """Paragraphs wrapped in parentheses: photo captions, from which no fact is read."""
    text = ctx.text
    return [(p.start, p.end) for p in ctx.article.paragraphs
            if text[p.start:p.end].strip().startswith("(") and text[p.start:p.end].strip().endswith(")")]


def place_of(ctx, s_start: int, a: int, b: int, prov_spans) -> Optional[str]:
    """The province whose mention lies inside ``[a, b)`` (offsets relative to ``s_start``)."""
    for x, y, name in prov_spans:
        if a <= x - s_start and y - s_start <= b:
            return name
    return None


def expand(s: str, timeout: float = 1.0) -> str:
    """``s`` with its abbreviations written out (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``)."""
    d = vocab()

    def rep(m):
        full = d.abbr.get(m.group(0), m.group(0))
        if m.group(0) in d.company_forms and regex.search(r"(?i:công ty)[ ]+$", m.string[max(0, m.start() - 12):m.start()]):
            return d.company_forms[m.group(0)]  # "Công ty CP" is a joint-stock company
        if m.group(0) in ("TP", "TP.", "Tp.", "TX", "TX.") and m.start() > 0:
            full = full.lower()
        return full

    out = d.abbr_rx.sub(rep, s, timeout=timeout)
    out = regex.sub(r"([Tt]hành phố)\.?(?=\p{L})", r"\1 ", out, timeout=timeout)  # "TP.Cần Thơ"
    return " ".join(out.split())


@lru_cache(maxsize=1)
def _canon_rx() -> tuple["regex.Pattern[str]", dict]:
    p = load("people")
    words = [nfc(h["word"]) for h in p["title_heads"]] + [nfc(h["word"]) for h in p["org_heads"]] + \
        [nfc(x) for x in p["title_prefixes"]]
    canon = {w.casefold(): w for w in sorted(words, key=len)}
    rx = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alt(words, True)})(?![\p{{L}}\p{{M}}])")
    return rx, canon


def decap(s: str, timeout: float = 1.0) -> str:
    """An all-capital phrase in ordinary case: ``BÍ THƯ TỈNH ỦY THÁI NGUYÊN`` → ``Bí thư Tỉnh ủy Thái Nguyên``."""
    if not s.isupper():
        return s
    low = list(s.lower())
    for a, b, _ in find_places(s, timeout):
        low[a:b] = list(s[a:b].title())
    out = "".join(low)
    rx, canon = _canon_rx()
    out = rx.sub(lambda m: canon.get(m.group().casefold(), m.group()), out, timeout=timeout)
    return out[:1].upper() + out[1:]


# --------------------------------------------------------------------------- bodies

@dataclass
class Body:
    """The words of an organisation's name after its head."""
    end: int            # end offset of the body (exclusive); == start when empty
    words: list = field(default_factory=list)   # (start, end) of the body's words
    overflow: bool = False  # stopped by a run of too many lower-case words: a description


_LOWER_LETTER = regex.compile(r"\p{Ll}")


@lru_cache(maxsize=1)
def _dash_name_end_ahead() -> "regex.Pattern[str]":
    ends = [nfc(w) for w in load("people")["national_name_ends"]["words"]]
    return regex.compile(r"[–—-][ ]*\p{Lu}[\p{L}\p{M}]*(?:[ ]+[\p{L}\p{M}]+){0,3}?[ ]+(?:" + alt(ends) +
                         r")(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _plural_words() -> frozenset:
    return frozenset(nfc(w) for w in load("people")["plural_words"]["words"] + load("people")["not_org_after"]["words"])


@lru_cache(maxsize=1)
def _name_end_ahead() -> "regex.Pattern[str]":
    ends = [nfc(w) for w in load("people")["national_name_ends"]["words"]]
    return regex.compile(r"(?:[ ]+\p{Ll}[\p{Ll}\p{M}]*){1,4}[ ]+(?P<end>" + alt(ends) + r")(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _topic_leads() -> frozenset:
    return frozenset(nfc(w).casefold() for w in load("people")["topic_leads"]["words"])


@lru_cache(maxsize=1)
def _topic_acronyms() -> frozenset:
    """Acronyms followed by their topic in lower case like their full name (``BCĐ cải cách hành chính``)."""
    return frozenset(nfc(w) for w in load("people")["topic_leads"].get("acronyms", []))


@lru_cache(maxsize=1)
def _comma_pairs_rx() -> "regex.Pattern[str]":
    alts = []
    for w in load("organizations")["comma_pairs"]["words"]:
        first, second = nfc(w).split(",")
        alts.append(r"[ ]+".join(map(regex.escape, first.split())) + r"(?P<c>,)[ ]*"
                    + r"[ ]+".join(map(regex.escape, second.split())))
    return regex.compile("(?:" + "|".join(alts) + r")(?![\p{L}\p{M}])")


def _next_word(text: str, at: int, t: float) -> str:
    m = WORD.match(text, SPACES.match(text, at, timeout=t).end(), timeout=t)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _complete_names() -> tuple[frozenset, frozenset]:
    """Whole names of bodies (``data/people.json`` ``complete_org_names``), case-folded, and the
    words that may still follow one."""
    d = load("people")["complete_org_names"]
    return (frozenset(" ".join(nfc(w).casefold().split()) for w in d["words"]),
            frozenset(nfc(w) for w in d["continuers"]))


def _completes(text: str, start: int, end: int, t: float) -> bool:
    """Whether ``text[start:end]`` is a whole name of a body (``Bộ Công an``, ``Chính phủ``)."""
    seg = text[start:end]
    if len(seg) > 60:
        return False
    return " ".join(seg.casefold().split()) in _complete_names()[0]


def _field_before_verb(ctx, text: str, w: str, nm, limit: int) -> bool:
    """Whether the clause-like words at ``w`` are a field of the name (``data/organizations.json``
    ``fields_like_verbs``): ``Cục An toàn thông tin (Bộ …)``, ``Cục An toàn thông tin đã …``."""
    if not nm or f"{w} {nm.group()}" not in word_set("organizations", "fields_like_verbs"):
        return False
    d = vocab()
    after = SPACES.match(text, nm.end(), timeout=ctx.timeout).end()
    if after >= limit:
        return False
    if text[after] == "(":
        return True
    am = WORD.match(text, after, timeout=ctx.timeout)
    if not am:
        return False
    a2 = WORD.match(text, SPACES.match(text, am.end(), timeout=ctx.timeout).end(), timeout=ctx.timeout)
    return am.group() in d.clause_1 or (a2 is not None and f"{am.group()} {a2.group()}" in d.clause_2)


@lru_cache(maxsize=1)
def _field_compounds() -> frozenset:
    return frozenset(" ".join(nfc(w).split()) for w in word_set("organizations", "field_compounds"))


def _field_compound(text: str, body: "Body", w: str, nxt: str) -> bool:
    """Whether the clause-like words ``w nxt`` end a field of the name with the words before them
    (``data/organizations.json`` ``field_compounds``: ``Công nghệ`` + ``thông tin``)."""
    names = _field_compounds()
    for k in (1, 2, 3):
        if len(body.words) < k:
            break
        prev = " ".join(text[a:b] for a, b in body.words[-k:])
        if f"{prev} {w} {nxt}" in names or f"{prev} {w}" in names:
            return True
    return False


def _ends_in_place(seg: str, t: float) -> bool:
    """Whether a name so far ends with a province's or the country's name (``… Sài Gòn``, ``… Việt Nam``)."""
    words = seg.split()
    if len(words) < 2 or not is_cap(words[-1]):
        return False
    if any(" ".join(words[-n:]) in word_set("people", "national_name_ends") for n in (1, 2, 3) if len(words) > n):
        return True
    found = [(a, b) for a, b, p in find_places(seg, t) if p.kind == "province"]
    return bool(found) and found[-1][1] == len(seg.rstrip()) and found[-1][0] > 0


@lru_cache(maxsize=1)
def _field_abbrs() -> frozenset:
    """Abbreviations of a field of a name or a common phrase (``data/abbreviations.json`` kind
    ``term``: ``PBGDPL``, ``QLHC``, ``TTHC``), not of a whole body: a name goes on through ``và``
    after one, and through ``về`` between two."""
    return frozenset(nfc(a["abbr"]) for a in load("abbreviations")["abbreviations"] if a["kind"] == "term")


@lru_cache(maxsize=1)
def _workplace_kinds() -> frozenset:
    return frozenset(load("people")["workplace_kinds"]["words"])


def workplace(text: str, pos: int, t: float) -> bool:
    """A workplace's name starts at ``pos`` (``Bảo tàng``, ``Đại học``, ``Bệnh viện``: ``data/people.json``
    ``workplace_kinds``)."""
    d = vocab()
    m = d.org_rx.match(text, pos, timeout=t)
    return bool(m) and d.org_kind.get(m.group()) in _workplace_kinds()


def _after_title(text: str, pos: int, t: float) -> bool:
    """A title head ends at ``pos``: the body scanned is a title's (not an organisation's)."""
    return any(m.end() == pos for m in vocab().title_rx.finditer(text, max(0, pos - 60), pos, overlapped=True, timeout=t))


@lru_cache(maxsize=1)
def _fixed_body_rx() -> "regex.Pattern[str]":
    """The whole names of ``data/organizations.json`` ``fixed_org_names`` (lower-case words after
    a preposition or a comma), also without their head word, which a title may hold (``Trưởng
    phòng`` ¶ ``Cảnh sát quản lý hành chính về trật tự xã hội``); case ignored."""
    names = set()
    for n in load("organizations")["fixed_org_names"]["words"]:
        n = nfc(n)
        names.add(n)
        tail = n.split(" ", 1)[1] if " " in n else ""
        if len(tail.split()) >= 3:
            names.add(tail)
    alts = [r"[ ]*".join(r"[ ]+".join(regex.escape(x) for x in part.split()) for part in regex.split(r"(?<=,)", n))
            for n in sorted(names, key=lambda n: (-len(n), n))]  # not the set's (seeded) order
    return regex.compile(rf"(?i:{'|'.join(alts)})(?![\p{{L}}\p{{M}}])")


@lru_cache(maxsize=1)
def _address_words() -> frozenset:
    """Address words of two lower-case words (``đồng chí``: ``data/people.json`` ``honorifics`` of kind address)."""
    return frozenset(nfc(h["word"]) for h in load("people")["honorifics"]
                     if h.get("kind") == "address" and " " in h["word"] and h["word"].islower())


@lru_cache(maxsize=1)
def _admin_folded() -> frozenset:
    return frozenset(x.casefold() for x in vocab().admin)


def _abbreviated_level(w: str) -> bool:
    """Whether ``w`` is an administrative word written short (``tp``, ``TX``): its dot is an abbreviation's."""
    f = w.casefold()
    return f + "." in _admin_folded() or (len(f) <= 3 and f in _admin_folded())


def scan_body(ctx, text: str, pos: int, limit: int, stops, max_words: int = 14,
              head_start: Optional[int] = None) -> Body:
    """The organisation-like body that starts at ``pos`` (see the module docstring).

    ``stops`` are offsets where a body may not go on (where a person's name starts).
    """
    d = vocab()
    t = ctx.timeout
    body = Body(pos)
    i = pos
    seen_place = False
    lower_run = 0
    defined_until = -1  # the name runs on to an acronym in parentheses: "… và hỗ trợ cộng đồng (CECODES)"
    # "Phó Giám đốc phụ trách công tác tổ chức và cán bộ …": a portfolio in lower-case words
    lead = regex.match(r"\s*(\S+\s+\S+)", text[pos:pos + 40], timeout=t)
    portfolio = bool(lead) and " ".join(lead.group(1).split()) in word_set("people", "portfolio_leads")
    closed_at = -1  # where a name ending in "Việt Nam" is over
    topic = False  # "… quốc gia về chuyển đổi số và Đề án 06": a capitalised word after the topic is not its
    while i < limit and len(body.words) < max_words:
        j = SPACES.match(text, i, timeout=t).end()
        if j >= limit:
            break
        fm = _fixed_body_rx().match(text, j, limit, timeout=t)
        if fm:
            # "Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội": a whole name with
            # lower-case words that would end a name elsewhere
            body.words.extend(w.span() for w in WORD.finditer(text, j, fm.end(), timeout=t))
            body.end = i = fm.end()
            lower_run = 0
            continue
        if text[j] == "(":
            pm = _PAREN.match(text, j, timeout=t)
            if pm and pm.end() <= limit and body.words and len(pm.group().split()) <= 8:
                body.end = i = pm.end()
                continue
            break
        if text[j] == "," and body.words:
            # "Ban Chỉ đạo phòng, chống tham nhũng": a pair of lower-case words joined by a comma
            cm = next((m for m in (_comma_pairs_rx().match(text, a, limit, timeout=t)
                                   for a, _ in body.words[-2:]) if m and m.start("c") == j), None)
            if cm:
                body.words.extend(w.span() for w in WORD.finditer(text, j, cm.end(), timeout=t))
                body.end = i = cm.end()
                continue
        if text[j] in ",–—-" and body.words and j >= defined_until:
            am = _SEP_ACRONYM_AHEAD.match(text, j, timeout=t)
            if not am and text[j] != "," and not _completes(text, pos if head_start is None else head_start, i, t):
                # "Liên hiệp các Hội Khoa học – Kỹ thuật Việt Nam": fields joined by a dash
                am = _dash_name_end_ahead().match(text, j, timeout=t)
                closed_at = am.end() if am else closed_at
            k = SPACES.match(text, j + 1, timeout=t).end()
            if am and am.end() <= limit and not d.org_rx.match(text, k, timeout=t) and \
                    not d.title_rx.match(text, k, timeout=t):  # "Sở Nội vụ, Sở Tài chính (STC)": two bodies
                defined_until = am.start("acr") if "acr" in am.groupdict() else am.end()
                body.end = i = j + 1
                continue
        if text[j] == "&" and body.words:
            am = WORD.match(text, SPACES.match(text, j + 1, timeout=t).end(), timeout=t)
            if am and am.end() <= limit and is_cap(am.group()):
                body.words.append((j, j + 1))  # "Đại học Franklin & Marshall": two names joined by "&"
                body.end = i = j + 1
                continue
        dm = d.dash_rx.match(text, j, timeout=t)
        if dm and dm.end() <= limit:
            body.words.extend(w.span() for w in WORD.finditer(text, j, dm.end(), timeout=t))
            body.end = i = dm.end()
            continue
        wm = WORD.match(text, j, timeout=t)
        if not wm or wm.end() > limit or j in stops:
            break
        w = wm.group()
        gm = _GLUED_SENTENCE.match(w, timeout=t)
        if gm and body.words and not _abbreviated_level(gm.group(1)):  # not "tp.Hải Phòng": an abbreviated level
            # "… Bệnh viện Đa khoa tỉnh.Trưởng đoàn là …": a sentence glued on without its space
            body.words.append((j, j + gm.end(1)))
            body.end = j + gm.end(1)
            break
        cut = regex.match(r"([\p{L}\p{M}]+)-\p{Ll}", w, timeout=t)
        if cut and body.words and _completes(text, pos if head_start is None else head_start, j + cut.end(1), t):
            # "Bộ Nội vụ-cơ quan Thường trực …": a whole name glued by a hyphen to the next phrase
            body.words.append((j, j + cut.end(1)))
            body.end = j + cut.end(1)
            break
        if w[0].isdigit():
            last = " ".join(text[a:b] for a, b in body.words[-2:])
            if body.words and (text[body.words[-1][0]:body.words[-1][1]] in d.numbered or
                               (len(body.words) > 1 and last in d.numbered)) and regex.fullmatch(r"\d{1,3}", w):
                body.words.append((j, wm.end()))  # "Quân khu 5", "phường 1"
                body.end = i = wm.end()
                am = WORD.match(text, SPACES.match(text, wm.end(), timeout=t).end(), timeout=t)
                if am and am.end() <= limit and am.group() in d.admin and \
                        text[wm.end():am.start()].strip() == "":
                    continue  # "Tổ công tác Đề án 06 tỉnh": the place after the number
            break
        if w in d.admin and not w.endswith(".") and text[wm.end():wm.end() + 1] == "." and \
                w + "." in d.admin and text[wm.end() + 1:wm.end() + 2] == " ":
            wm_end = wm.end() + 1  # "UBND TP. Cần Thơ": the dot belongs to the word
            body.words.append((j, wm_end))
            body.end = i = wm_end
            seen_place = False
            continue
        nm = WORD.match(text, SPACES.match(text, wm.end(), timeout=t).end(), timeout=t)
        nxt = nm.group() if nm and nm.start() < limit and text[wm.end():nm.start()].strip() == "" else ""
        if _GLUED.search(w, timeout=t) and not w.isupper():
            body.overflow = True
            break  # words glued together by a broken page ("PhủBáo"): not a name
        if j < defined_until:
            body.words.append((j, wm.end()))
            body.end = i = wm.end()
            continue
        if w == "và" and body.words and nxt and not is_cap(nxt) and not topic:
            em = _name_end_ahead().match(text, wm.end(), timeout=t)
            between = text[wm.end():em.start("end")].split() if em else []
            if em and em.end() <= limit and not any(x in d.clause_1 or x in _plural_words() for x in between) and \
                    not _completes(text, pos if head_start is None else head_start, i, t):
                defined_until = closed_at = em.end()  # "Viện Hàn lâm khoa học và công nghệ Việt Nam"
                body.words.append((j, wm.end()))
                body.end = i = wm.end()
                continue
            am = _ACRONYM_AHEAD.match(text, wm.end(), timeout=t)
            if am and am.end() <= limit:
                defined_until = am.start("acr")
                body.words.append((j, wm.end()))
                body.end = i = wm.end()
                continue
        if w == "tại" and is_cap(nxt) and ((body.words and d.posted_rx.search(text, max(0, pos - 40), pos, timeout=t))
                                           or (workplace(text, nm.start(), t) and _after_title(text, pos, t))):
            # "Đại sứ Trung Quốc tại Việt Nam", "hướng dẫn viên tại Bảo tàng Hồ Chí Minh"
            body.words.append((j, wm.end()))
            body.end = i = wm.end()
            continue
        if w == "về" and nxt[:1].islower() and nxt not in d.clause_1 and \
                " ".join(text[max(0, j - 24):j].split()[-2:]).casefold() in _topic_leads():
            topic_cut = (len(body.words), body.end)  # where to end if the topic runs into a clause
            body.words.append((j, wm.end()))  # "Ban Chỉ đạo quốc gia về chuyển đổi số"
            body.end = i = wm.end()
            lower_run = 0  # the topic is a phrase of its own
            topic = True
            continue
        if w == "về" and body.words and nxt in _field_abbrs() and \
                text[body.words[-1][0]:body.words[-1][1]] in _field_abbrs():
            body.words.append((j, wm.end()))  # "Cục Cảnh sát QLHC về TTXH": two fields of the name
            body.end = i = wm.end()
            continue
        if w == "và" and portfolio and body.words and nxt[:1].islower() and nxt not in d.clause_1:
            body.words.append((j, wm.end()))
            body.end = i = wm.end()
            continue
        if w == "và" and body.words and body.end > body.words[-1][1] and is_cap(nxt):
            break  # "Hội Truyền thông số (VDCA) và Huawei Việt Nam": the acronym closed the first name
        if w in d.links:
            if not (is_cap(nxt) or nxt in d.admin) or (not body.words and w != "của"):
                break
            if w == "và" and (topic or _completes(text, pos if head_start is None else head_start, i, t)):
                break  # "… Chính phủ và Đề án 06": a whole name is over
            if w == "và":
                # the words of the name so far, after its organisation head ("Giám đốc Công ty cổ phần
                # Đầu tư và Kinh doanh …": the fields after "Công ty", not the head's own words)
                head_end = pos
                for a, _ in body.words:
                    hm = d.org_rx.match(text, a, timeout=t)
                    if hm and is_cap(text[a:hm.end()]):
                        head_end = hm.end()
                so_far = [text[a:b] for a, b in body.words if a >= head_end]
                if seen_place or len(so_far) >= 5 or any(x.isupper() and len(x) > 1 and x not in _field_abbrs()
                                                         for x in so_far) \
                        or (d.org_rx.match(text, nm.start(), timeout=t)
                            and f"{nxt} {_next_word(text, nm.end(), t)}" not in word_set("organizations", "head_verb_phrases")) \
                        or d.title_rx.match(text, nm.start(), timeout=t):
                    break  # "… và Phòng Nội vụ": a second body; not "… và Phòng chống thiên tai", a field
        elif not is_cap(w) and not w.isupper():
            if i == closed_at:
                break  # "… Kỹ thuật Việt Nam đã …"
            if body.words and f"{w} {nxt}" in _address_words() and is_cap(_next_word(text, nm.end(), t)):
                break  # "Trưởng ban Tuyên giáo Thành ủy đồng chí Dương Anh Đức": the address word of the name
            last2 = " ".join(text[body.words[-2][0]:body.words[-1][1]].split()) if len(body.words) > 1 else ""
            if body.words and (text[body.words[-1][0]:body.words[-1][1]] in d.admin or last2 in d.admin) \
                    and w not in d.admin and \
                    f"{w} {nxt}" not in d.admin and w not in d.joiners and w not in ("phố", "xã", "trấn", "ủy", "uỷ") and \
                    f"{text[body.words[-1][0]:body.words[-1][1]]} {w}" not in word_set("people", "not_place_compounds"):  # "xã hội"
                break  # "UBND xã phân công …": an administrative word is followed by its place's name
                # (or makes a party committee: "Bí thư huyện ủy")
            if w not in _complete_names()[1] and f"{w} {nxt}" not in _complete_names()[1] and \
                    f"{w} {nxt}" not in d.admin and (
                    _completes(text, pos if head_start is None else head_start, i, t) or
                    (body.words and body.end > body.words[-1][1]) or
                    (body.words and text[body.words[-1][0]:body.words[-1][1]].isupper()
                     and body.words[-1][1] - body.words[-1][0] > 1
                     and not (len(body.words) == 1 and text[body.words[-1][0]:body.words[-1][1]] in _topic_acronyms()
                              and w not in d.clause_1))):
                # a whole name ("Bộ Công an thông báo"), a name closed by its acronym in parentheses
                # ("Công ty … (SJC) tạm ngưng") or ending in an acronym ("Ban giám đốc VNG cam kết")
                break
            if f"{w} {nxt}" in d.clause_2 or w in d.clause_1:
                last = text[body.words[-1][0]:body.words[-1][1]] if body.words else ""
                if not (w in d.admin) and not _field_before_verb(ctx, text, w, nm, limit) \
                        and f"{last} {w}" not in word_set("organizations", "verb_compounds") \
                        and not _field_compound(text, body, w, nxt):
                    break  # not "Văn phòng Đăng ký đất đai": the verb is the end of a compound of the name
            if seen_place and w not in d.admin:
                break
            if body.words and _ends_in_place(text[body.words[0][0]:body.words[-1][1]], t) and \
                    w not in d.admin and w not in _complete_names()[1]:
                break  # "Công ty Vàng bạc đá quý Sài Gòn niêm yết …", "Đài Truyền hình Việt Nam tường thuật …"
            prev_w = text[body.words[-1][0]:body.words[-1][1]] if body.words else ""
            if w not in d.en_function and w not in d.admin and f"{w} {nxt}" not in d.admin \
                    and f"{prev_w} {w}" not in d.admin:
                lower_run += 1  # an administrative word ("thành phố") is the place's, not the name's run
            if lower_run > (9 if portfolio else 5):
                if topic:  # "Ban Chỉ đạo quốc gia về phòng chống thiên tai chiều nay …": the name without its topic
                    del body.words[topic_cut[0]:]
                    body.end = topic_cut[1]
                    break
                body.overflow = True
                break
        else:
            lower_run = 0
            if body.words and text[body.words[-1][0]:body.words[-1][1]] in d.admin and \
                    f"{w} {nxt}".casefold() in d.clause_2:
                break  # "phòng Nội vụ huyện Chủ trì, phối hợp …": a verb written with a capital, not a place
            if (w in word_set("people", "capitalised_prepositions") or f"{w} {nxt}" in word_set("organizations", "heading_verbs") or
                    (w.isupper() and len(w) > 1 and w.capitalize() in word_set("people", "capitalised_prepositions"))) and (
                    body.words or _completes(text, pos if head_start is None else head_start, i, t)):
                # "Báo Cà Mau Theo kết quả", "… của Chính phủ Về việc …", "… của Chính phủ Quy định về …":
                # a heading's words
                break
            th = d.title_rx.match(text, j, timeout=t)
            if th and body.words and th.group().split()[0][0].isupper():
                prev = text[body.words[-1][0]:body.words[-1][1]]
                om = d.org_rx.match(text, body.words[-1][0], timeout=t)
                # an organisation head just before: "Văn phòng Chủ tịch nước", "Ban Bí thư"
                last2 = text[body.words[-2][0]:body.words[-1][1]] if len(body.words) > 1 else ""
                named = prev in d.org_kind or last2 in d.org_kind
                if prev != "của" and prev not in d.joiners and not (om and om.end() > j) and not named:
                    # "Thường trực Ban Bí thư"; "Chủ tịch kiêm Tổng giám đốc Viettel" is one title
                    break
                if prev in d.joiners and th.end() <= limit:
                    # "Chủ tịch kiêm Tổng Giám đốc …": the whole second head, whatever its case
                    body.words.extend(x.span() for x in WORD.finditer(text, j, th.end(), timeout=t))
                    body.end = i = th.end()
                    continue
        if w in d.admin or f"{w} {nxt}" in d.admin:
            seen_place = False  # the place name follows
        elif is_cap(w) and body.words and (text[body.words[-1][0]:body.words[-1][1]] in d.admin or (
                len(body.words) > 1 and " ".join(text[body.words[-2][0]:body.words[-1][1]].split()) in d.admin)):
            seen_place = True  # "UBND thành phố Hà Nội hoàn thiện …": the place's name ends the body
        body.words.append((j, wm.end()))
        body.end = i = wm.end()
    # a body does not end on a link word or on a lone lower-case letter (a truncated page)
    while body.words and (text[body.words[-1][0]:body.words[-1][1]] in d.links or
                          _LOWER_LETTER.fullmatch(text[body.words[-1][0]:body.words[-1][1]], timeout=t)):
        body.words.pop()
        body.end = body.words[-1][1] if body.words else pos
    return body


# --------------------------------------------------------------------------- organisation names

@lru_cache(maxsize=1)
def local_issuers() -> tuple[str, ...]:
    """The bodies of one province (``data/legal_codes.json`` ``local_issuers``): named with the
    article's main province when written without one."""
    return tuple(nfc(w) for w in load("legal_codes")["local_issuers"]["words"])


@lru_cache(maxsize=1)
def _committee_rx() -> "regex.Pattern[str]":
    return regex.compile(r"^(?:" + "|".join(regex.escape(w) for w in local_issuers()) + r")\b")


def org_name(ctx, raw: str, province: Optional[str], head: str, liberal: bool = False) -> tuple[str, Optional[str]]:
    """Expanded organisation name and its province.

    A province written in the name is put in its canonical form (``UBND TP.HCM`` → ``Ủy ban
    nhân dân thành phố Hồ Chí Minh``); written without its administrative word it stays as
    written (``Sở Tư pháp Lai Châu``), except with ``liberal`` (``Sở Nội vụ tỉnh Thái
    Nguyên``). A people's committee or council or a party committee written without its
    province (``UBND tỉnh``, ``Tỉnh ủy``) keeps its name and takes ``province`` (the article's
    main province); a body ``của tỉnh`` is named with it; with ``liberal`` (the
    ``organization`` of an official) every provincial body is.
    """
    return _org_name_cached(raw, province, head, liberal, ctx.timeout)


@lru_cache(maxsize=1)
def _brand_rx() -> "regex.Pattern[str]":
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + alt(word_set("people", "brand_place_heads")) + r")(?![\p{L}\p{M}])")


def _lower_keeping_abbreviations(s: str, t: float) -> str:
    """``s`` in lower case but its abbreviations (``VĂN PHÒNG UBND TỈNH`` → ``văn phòng UBND tỉnh``)."""
    abbr = vocab().abbr
    return regex.sub(r"[\p{L}\p{M}&]+", lambda m: m.group() if m.group() in abbr else m.group().lower(), s,
                     timeout=t)


@lru_cache(maxsize=4096)
def _org_name_cached(raw: str, province: Optional[str], head: str, liberal: bool,
                     timeout: float) -> tuple[str, Optional[str]]:
    t = timeout
    raw = drop_parens(raw, t)
    if raw.isascii() and any(w in vocab().en_heads for w in raw.split()):  # an English name: as written
        raw = regex.sub(r"^of[ ]+(?:the[ ]+)?", "", raw, timeout=t)
        return raw, next((p.name for _, _, p in find_places(raw, t) if p.kind == "province"), None)
    rest = raw[len(head):]
    if rest.isupper() and (len(rest.split()) >= 2 or rest.strip().lower() in vocab().admin):
        # an all-capital line: lower-case it, keeping the place names to be found below
        places = [(a, b) for a, b, p in find_places(raw, t) if p.kind == "province"]
        parts, k = [], len(head)
        for a, b in places:
            if a >= k:
                parts.append(_lower_keeping_abbreviations(raw[k:a], t))
                parts.append(raw[a:b])
                k = b
        raw = head + "".join(parts) + _lower_keeping_abbreviations(raw[k:], t)
    possessive = bool(regex.search(r"\bcủa\s+(?:tỉnh|thành phố)$", raw, timeout=t))
    raw = regex.sub(r"\s+của\s+(?=(?:tỉnh|thành phố)(?:\s|$))", " ", raw, timeout=t)
    stated = None
    # "Cục Hải quan Hà Nam Ninh": a province name going on with a capitalised word is another place
    found = [(a, b, p) for a, b, p in find_places(raw, t) if p.kind == "province"
             and not regex.match(r"[ ]+\p{Lu}", raw[b:], timeout=t)]
    if found:
        a, b, place = found[-1]
        stated = place.name
        before = raw[:a].rstrip()
        low = raw[a:b].casefold()
        admin = "thành phố" if low.startswith(("tp", "thành phố")) else None
        if before.endswith(("tỉnh", "thành phố")) or regex.search(r"(?<![\p{L}])(?:TP|Tp)\.?$", before, timeout=t):
            repl = place.name  # "Công an TP Lào Cai": the city's word is written
        elif admin:
            repl = f"{admin} {place.name}"
        elif head in word_set("people", "brand_place_heads") - {"Tỉnh ủy", "Thành ủy"} or _brand_rx().search(before, timeout=t):
            repl = raw[a:b]  # "Công ty Vàng bạc đá quý Sài Gòn", "Bệnh viện Vũng Tàu": as written
        elif not liberal:
            repl = raw[a:b]  # "Sở Tư pháp Lai Châu", "Cục Thuế Quảng Ngãi": a fact's name is as written
        elif before and not before.endswith(("ủy", "Ủy")) and len(before.split()) > 1:
            repl = f"{province_kind(place.name)} {place.name}"
        else:
            repl = place.name
        raw = raw[:a] + repl + raw[b:]
    name = " ".join(expand(raw, t).split())
    prov = stated
    if stated is None and province:
        bare = regex.search(r"(?:\btỉnh|\bthành phố|Tỉnh ủy|Thành ủy)$", name, timeout=t)
        provincial = bool(regex.search(r"\btỉnh\b|\bthành phố\b|Tỉnh ủy|Thành ủy", name, timeout=t)) \
            or name.startswith(("Sở ", "Công an tỉnh"))
        if bare and (liberal or possessive):
            name = f"{name} {province}"
            prov = province
        elif bare and _committee_rx().match(name, timeout=t):
            prov = province  # "UBND tỉnh", "Tỉnh ủy": named as written, the province in ``province``
        elif liberal and name.startswith("Sở "):
            name = f"{name} {province_kind(province)} {province}"
            prov = province
        elif provincial:
            prov = province
    return name, prov
