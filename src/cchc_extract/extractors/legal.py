"""Legal document references (docs/format.md ``legal_ref``).

Shapes found (``data/legal_codes.json`` maps codes to names):
- state documents ``serial[/year]/TYPE-ISSUER[-ISSUER…]``: ``45/2020/NĐ-CP``, ``411/QĐ-TTg``,
  ``30c/NQ-CP``, ``01/2015/TTLT-BNV-BTC``, ``202/2025/QH15``, a công văn ``1234/VPCP-KSTT``;
- Party documents ``serial-TYPE/ISSUER``: ``20-CT/TU``, ``35-NQ/TW``, ``60- NQ/TW``;
- bare serials named by their type word: ``Quyết định số 28``, ``Nghị quyết 01``, ``Đề án 06``;
- a type word with serial and year and no code: ``Nghị định 98/2024`` (a decree or a law implies
  its issuer: ``implied_issuers``).
Spaces inside a number are dropped in ``number``. The type word before a number gives
``doc_type``; else the type code does. An issuer written after (``của Ban Thường vụ Tỉnh ủy``,
``do UBND tỉnh ban hành``: ``stated_issuers``), or before it with a verb (``UBND tỉnh có công văn
số 1234``; a committee's chairman signing there signs for the committee), or a central body right
after it with no ``của`` (``Đề án 06 Chính phủ``), wins over the code's; a body named by its
level only (``UBND tỉnh``, ``Tỉnh ủy``, ``Ban Thường vụ Tỉnh ủy``) is completed with the article's
province by the link stage (``party_issuers``); ``VP`` as the first issuer code is the office of
the province's committee (``office_code``); a reference in a numbered list of provinces takes the
row's province. ``date`` comes from ``ngày dd/mm/yyyy`` or ``ngày d tháng m năm y`` right
after the number; ``year`` from the number, else from that date.

Stated issuers (``_stated_issuer``, ``_canonical_issuer``): committees below the province keep their
level and place (``Ban Thường vụ Huyện ủy``, ``Ban Chấp hành Đảng bộ xã Ninh Hải``), their words in
the usual case; two bodies stated together are both the issuer (``joint_issuers``); one issuer
stated after two references of the same code issuer is the issuer of both (``shared_issuer``); a
central Party body as the subject right after a /TW reference is its issuer (``subject_after``); the body
in a Deputy Prime Minister's title before a signed reference is not its issuer (``not_after``), nor the
Prime Minister stated for a Government's code (``signed_for``); a signer's title closed by a comma before
``ký`` still names the committee that issues (``sign_verbs``).
Date and year of issue (``_issued``, one path, ``issue_date``): a date right after the reference, a
date after who issued it, the place-and-date line of the document's own header, a date before the
reference in the clause that issues it, a date opening the clause of a reference whose verb follows.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import lookup_province, province_kind, province_names
from ..models import LegalRef
from ..patterns import has_digit, literal_alternation
from ..resources import load
from .base import extractor

# the full date of issue after a bare serial ("Quyết định 749 ngày 3/6/2020"), not "Kế hoạch 30 ngày"
_ISSUE_DATE = r"\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}|\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})"
_CODE = r"[A-ZĐ][A-Za-zĐđ&]{0,9}\d{0,2}"
# after a dash with a space before it only an upper-case code goes on ("45/2020/NĐ-CP - Quy định …")
_UPPER_CODE = r"[A-ZĐ][A-ZĐ&]{0,9}\d{0,2}(?![\p{Ll}])"


@lru_cache(maxsize=1)
def _tables():
    d = load("legal_codes")
    types = {x["code"]: x["name"] for x in d["doc_types"]}
    issuers = {x["code"]: x["name"] for x in d["issuers"]}
    words = sorted(set(d["type_words"]) | {a["word"] for a in d.get("type_word_aliases", [])}, key=len, reverse=True)
    alias = {a["word"]: a["doc_type"] for a in d.get("type_word_aliases", [])}
    word_alt = literal_alternation(words)  # trie-shaped: the same matches as "|".join(words), longest first
    word_alt_ci = literal_alternation(words, ignore_case=True)
    coded = regex.compile(
        r"(?:(?P<word>" + word_alt + r")(?:\s+(?:số|so|số hiệu)\b)?\s*:?\s*)?"
        r"(?<![\p{L}\d/.-])(?P<num>(?P<serial>\d{1,5}[a-zđ]?)\s*/\s*(?:(?P<year>(?:19|20)\d{2})\s*/\s*)?"
        r"(?P<codes>" + _CODE + r"(?:[-–]\s*" + _CODE + r"|\s+[-–]\s*" + _UPPER_CODE + r"){0,4}))(?![\p{L}\d])"
        r"|"
        r"(?:(?P<word2>" + word_alt + r")(?:\s+(?:số|so)\b)?\s*:?\s*)?"
        r"(?<![\p{L}\d/.-])(?P<pnum>(?P<pserial>\d{1,5}[a-z]?)\s*[-–]\s*(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})\s*/\s*"
        r"(?P<pissuer>[A-ZĐƯ][A-Za-zĐđƯư]{0,7}(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ]{0,7}){0,2}))(?![\p{L}\d])",
    )
    # "Nghị Quyết 830", "Quyết Định 12": a type word with each word capitalised, as small portals write it
    # (not a type code written as a word, "NĐ", "QĐ": "tàu NĐ 3061" is a ship's registration; with "số" it is one)
    plain = [w for w in words if not w.isupper()]
    word_alt_titled = literal_alternation(sorted(set(plain) | {w.title() for w in plain}, key=len, reverse=True))
    bare = regex.compile(
        r"(?<![\p{L}])(?P<word>(?i:" + word_alt_ci + r"))(?:\s+\p{Ll}+){0,3}?\s+(?:số|so)\s+(?P<serial>\d{1,5}[a-z]?)(?![\p{L}\d/%]|[.,]\d)"
        r"|(?<![\p{L}])(?P<word2>" + word_alt_titled + r")\s+(?P<serial2>\d{1,4}[a-z]?)(?![\p{L}\d/%]|[.,]\d|\s*(?i:%|tháng|năm|ngày(?!\s+" + _ISSUE_DATE + r")))"
        # "Đề án 06 năm 2024": a zero-padded serial and the year it is spoken of (not "Kế hoạch 5 năm")
        r"|(?<![\p{L}])(?P<word3>" + word_alt + r")\s+(?P<serial3>0\d{1,3})(?=\s+năm\s+(?:19|20)\d{2}(?![\d\s]*[-–]))",
    )
    words_ci = {w.casefold(): w for w in words}
    # a type word and serial/year with no code: "Nghị định 98/2024", "Thông tư số 60/2023"
    dated = regex.compile(
        r"(?<![\p{L}])(?P<word>" + literal_alternation(d["serial_year_types"]["words"]) + r")(?:\s+(?:số|so)\b)?\s*:?\s*(?<![\p{L}\d/.-])"
        r"(?P<serial>\d{1,5}[a-z]?)\s*/\s*(?P<year>(?:19|20)\d{2})(?![\p{L}\d]|\s*/)")
    # "Luật hộ tịch số 60/2014/QH13": the type word, the document's name, then its number
    named = regex.compile(r"(?<![\p{L}])(?P<word>" + word_alt + r")(?:\s+[^\s\d.;:()]+){1,8}?\s+(?:số|so)\s*:?\s*$")
    return types, issuers, alias, coded, bare, words_ci, dated, named


@lru_cache(maxsize=1)
def _implied_issuers() -> dict:
    return load("legal_codes")["implied_issuers"]["heads"]


_DATE_AFTER = regex.compile(
    r"\s*,?\s*(?:được\s+)?(?:ban hành\s+)?(?i:ngày)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|\s*,?\s*(?:được\s+)?(?:ban hành\s+)?(?i:ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


@lru_cache(maxsize=1)
def _issuer_after():
    """The issuer written after a reference, with ``data/legal_codes.json`` ``stated_issuers``;
    also the one written before it with a verb (``before``)."""
    data = load("legal_codes")
    d = data["stated_issuers"]
    # a party committee is a pattern, which may be followed by its province ("Tỉnh ủy Hà Giang")
    party = set(data["party_issuers"]["words"])
    known = sorted({x["name"] for x in data["issuers"] if " " in x["name"] and x["name"] not in party}
                   | set(d["short_names"]) | set(d.get("names", [])), key=len, reverse=True)
    position = r"(?:(?:" + "|".join(regex.escape(p) for p in d["positions"]) + r")\s+)?"
    qualifier = (r"(?:\s+(?:" + "|".join(regex.escape(q) for q in sorted(d["qualifiers"], key=len, reverse=True)) +
                 r")(?:\s+\p{Lu}\p{Ll}+){0,3})?")
    names = r"(?:" + "|".join(regex.escape(k) for k in known) + r")(?![\p{L}\p{M}])" + qualifier
    ordinal = (r"(?:\s+(?:" + "|".join(regex.escape(o) for o in d.get("ordinals", [])) + r")\s+[IVXLC]+(?![\p{L}\p{M}]))?"
               if d.get("ordinals") else "")
    names += ordinal
    patterns = r"(?:" + "|".join(d["patterns"]) + r")" + qualifier + ordinal
    # after the reference a position may precede any name ("của Thống đốc Ngân hàng Nhà nước"); before
    # it, a position before a pattern is the signer's ("Phó Chủ tịch UBND tỉnh … ký ban hành"): the body issues
    # ("Ban Chỉ đạo Đề án 06 tỉnh": a body whose bare name is a name too, tried first: ``first_patterns``)
    first = (r"(?:" + "|".join(d["first_patterns"]) + r")" + qualifier + r"|") if d.get("first_patterns") else ""
    who = r"(?P<who>" + position + first + position + names + r"|" + position + patterns + r")"
    who_before = r"(?P<who>" + first + position + names + r"|" + patterns + r")"
    # "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "đề nghị của Giám đốc Sở Nội vụ tại …": the body issues
    heads = d.get("head_positions", [])
    head = (r"(?:(?:" + "|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")\s+)?") if heads else ""
    verbs = "|".join(regex.escape(v) for v in sorted(d["before_verbs"], key=len, reverse=True))
    # "… của UBND tỉnh", "… do UBND tỉnh ban hành"
    # the date between: digits and separators, or "d tháng m năm y" (not "ngày 24/10/2024 về kết luận
    # của Chủ tịch …", where "của" belongs to the subject of the document)
    date = r"(?i:ngày)\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    passive = "|".join(regex.escape(v) for v in sorted(d["passive_after"] + d.get("after_words", ["của"]),
                                                       key=len, reverse=True))
    rx = regex.compile(r"\s*(?:,?\s*" + date + r")?\s*,?\s*(?:(?:của|" + passive + r")\s+" + head + who + r"(?=[\s,.;:)]|$)"
                       r"|do\s+" + who + r"\s+(?:đã\s+|vừa\s+)?(?:" + verbs + r")(?![\p{L}\p{M}]))")
    types = "(?i:" + literal_alternation(load("legal_codes")["type_words"], ignore_case=True) + ")"
    signer = r"(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4}"  # "Phó Chủ tịch UBND tỉnh Trịnh Trường Huy ký ban hành …"
    # "thay mặt Chính phủ ký quyết định …/QĐ-TTg": the signer acts for a body, the code names the issuer
    leads = "|".join(regex.escape(w) for w in sorted(d.get("of_leads", []), key=len, reverse=True)) or "(?!)"
    # "Thị ủy (khóa XI) đã ban hành Kế hoạch số 82-KH/TU": a term in brackets after the body
    # ("Ban Chấp hành Đảng bộ tỉnh khóa XIV đã ban hành …": the term without brackets, ``terms``)
    terms = "|".join(regex.escape(w) for w in d.get("terms", []))
    term = r"(?:\s*\([^()\n]{1,40}\)" + (r"|\s+(?:" + terms + r")\s+[IVXLC]+(?![\p{L}\p{M}])" if terms else "") + r")?"
    # "Phó Thủ tướng thường trực Chính phủ Nguyễn Hòa Bình đã ký quyết định …/QĐ-TTg": the body of the
    # signer's position is not the issuer; the code names it (``not_after``)
    # "ông …, Chủ tịch UBND TP.HCM, ký ban hành Quyết định số …": a comma closes the signer's title before "ký"
    sign_verbs = "|".join(regex.escape(v) for v in d.get("sign_verbs", [])) or "(?!)"
    not_after = "|".join(regex.escape(w) for w in sorted(d.get("not_after", []), key=len, reverse=True))
    not_after = r"(?<!(?<![\p{L}\p{M}])(?:" + not_after + r")\s)" if not_after else ""
    before = regex.compile(r"(?<![\p{L}\p{M}])(?<!thay mặt\s)" + not_after + who_before + signer + term + r"(?:,(?=\s+(?:" + sign_verbs + r")\s))?\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:(?:" + verbs +
                           r")\s+){1,2}(?:tại\s+|trong\s+|theo\s+)?"
                           # "UBND phường đã ban hành các văn bản triển khai thực hiện: Quyết định số …": a list it opens
                           r"(?:(?:các|những|một số)\s+văn bản[^:;.!?\d]{0,80}:\s*)?"
                           r"(?:(?:" + types + r")\s+(?:số\s+)?)?$"
                           # "theo đề nghị của Sở Nội vụ tại Tờ trình số …"
                           r"|(?<![\p{L}\p{M}])(?:" + leads + r")\s+của\s+" + head + who_before + r"\s+tại\s+(?:(?:" + types +
                           r")\s+(?:số\s+)?)?$")
    j = data["joint_issuers"]
    seps = "|".join(regex.escape(x) for x in j["separators"])
    followers = "|".join(regex.escape(x) for x in j["followers"])
    # "của Bộ Chính trị, Ban Bí thư về …": a second body right after the first, then the subject or the end
    joint = regex.compile(r"(?P<sep>\s*(?:" + seps + r")\s*)(?P<who>" + names + r"|" + patterns + r")"
                          r"(?=\s*(?:" + followers + r")(?![\p{L}\p{M}])|\s*[;.)]|\s*$)")
    cell = regex.compile(r"[ \t]*" + who + r"[ \t]*")
    return rx, d["expand"], d["full_names"], before, joint, cell


@lru_cache(maxsize=1)
def _word_before_rx():
    d = load("legal_codes")
    words = d["type_words"] + [a["word"] for a in d.get("type_word_aliases", [])]
    no = r"(?:số|so|số hiệu)"
    # a type word as written before a number, or in lower case when "số" follows it ("văn bản ¶ số 2275/…")
    return regex.compile(r"(?<![\p{L}\p{M}])(?:(?P<word>" + literal_alternation(words) + r")(?:[ \t]+" + no + r")?[ \t]*:?[ \t]*\n"
                         r"|(?P<lower>(?i:" + literal_alternation(words, ignore_case=True) + r"))[ \t]+" + no + r"[ \t]*:?[ \t]*\n"
                         r"|(?P<lower2>(?i:" + literal_alternation(words, ignore_case=True) + r"))[ \t]*\n[ \t]*" + no + r"[ \t]+)"
                         r"[ \t]*(?:" + no + r"[ \t]*:?[ \t]*)?$")


def _word_before(text: str, pos: int, lo: int, t: float) -> Optional[str]:
    """The type word on the line before a number whose sentence (from ``lo``) it opens (``Căn cứ
    Hướng dẫn số`` ¶ ``3759/BNV-CCHC``, ``đã có văn bản`` ¶ ``số 2275/UBND-TH``): cut off from it by a
    hard line wrap."""
    m = _word_before_rx().search(text, max(0, pos - 50), pos, timeout=t)
    if not m or m.start() >= lo:
        return None
    return m.group("word") or m.group("lower") or m.group("lower2")


def _glued(code: str, types: dict, issuers: dict) -> tuple:
    """A type code glued to its issuer's, the hyphen lost in a copy (``NĐCP``, ``QĐUBND``,
    ``TTVPCP``): ``(type, [issuer])``; else ``(None, [code])``."""
    if code not in issuers:
        for k in sorted(types, key=len, reverse=True):
            rest = code[len(k):]
            if code.startswith(k) and rest and (rest in issuers or regex.sub(r"\d+$", "", rest) in issuers):
                return k, [rest]
    return None, [code]


def _wrapped(text: str, prev_end: int, start: int) -> bool:
    """A line break between two sentences that cuts a clause: the one before ends in a word, not in
    a stop or a colon, and the next opens in lower case or with a number."""
    gap = text[prev_end:start]
    if "\n" not in gap or "\n\n" in gap.replace(" ", "") or prev_end == 0:
        return False
    last = text[prev_end - 1]
    nxt = text[start:start + 1]
    return (last.isalnum() and (nxt.islower() or nxt.isdigit()))


@lru_cache(maxsize=1)
def _unit_letters():
    return load("legal_codes")["unit_letters"]


def _unit_letter(codes: list, issuers: dict) -> Optional[str]:
    """``unit_letters``: a number with no type code whose first code is a body's is a công văn."""
    d = _unit_letters()
    if any(c in d["codes"] or c.startswith(tuple(d["prefixes"]))
           or (c in issuers and c.startswith(tuple(d["known_prefixes"]))) for c in codes):
        return d["doc_type"]
    return None


def _doc_type(word: Optional[str], code: Optional[str]) -> Optional[str]:
    types, _, alias, _, _, words_ci, _, _ = _tables()
    if word:
        w = words_ci.get(word.casefold(), word)
        if w in alias:
            return alias[w]
        if w in types:  # an abbreviated type word such as "QĐ"
            return types[w]
        return w[0].upper() + w[1:]
    if code:
        return types.get(code)
    return None


def _issuer_from_codes(codes: list[str]) -> Optional[str]:
    _, issuers, _, _, _, _, _, _ = _tables()
    names = []
    for c in codes:
        base = regex.sub(r"\d+$", "", c)
        if c in issuers:
            names.append(issuers[c])
        elif base in issuers:
            names.append(issuers[base])
    return ", ".join(dict.fromkeys(names)) if names else None


def _office_issuer(codes: list[str]) -> Optional[str]:
    """``…/VP-KGVX``: the office of the province's people's committee, when ``VP`` is the first
    issuer code (``data/legal_codes.json`` ``office_code``); a later ``VP`` is a body's own section."""
    d = load("legal_codes")["office_code"]
    return d["issuer"] if codes and codes[0] == d["code"] else None


def _date_after(text: str, pos: int, t: float) -> Optional[str]:
    m = _DATE_AFTER.match(text, pos, timeout=t)
    if not m:
        return None
    g = [x for x in m.groups() if x]
    d, mth, y = int(g[0]), int(g[1]), int(g[2])
    if 1 <= d <= 31 and 1 <= mth <= 12:
        return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def _stated_issuer(text: str, pos: int, t: float, start: Optional[int] = None, lo: int = 0) -> Optional[str]:
    """The issuer written after the reference (ending at ``pos``), else before it (starting at
    ``start``, within the sentence from ``lo``)."""
    rx, _, _, before, joint, _ = _issuer_after()
    m = rx.match(text, pos, timeout=t)
    if m:
        who = _canonical_issuer(m.group("who"), t)
        j = joint.match(text, m.end("who"), timeout=t)
        if j:  # "của Bộ Chính trị, Ban Bí thư": both bodies, joined as written
            sep = ", " if "," in j.group("sep") else " - "
            who = who + sep + _canonical_issuer(j.group("who"), t)
        return who
    m = _direct_rx().match(text, pos, timeout=t)
    if m:  # "Tổ công tác triển khai Đề án 06 Chính phủ": the body right after, with no "của"
        return m.group("who")
    if start is not None:
        m = before.search(text, max(lo, start - 80), start, timeout=t)
    if not m:
        return None
    # "Chủ tịch UBND tỉnh ký Quyết định số …": the chairman signs, the committee issues
    return _committee_rx().sub("", _canonical_issuer(m.group("who"), t), timeout=t)


@lru_cache(maxsize=1)
def _signed_for() -> dict:
    """``stated_issuers`` ``signed_for``: a stated signer → the body whose code, when the number carries it, is
    the issuer (the Prime Minister signs the Government's decrees)."""
    return load("legal_codes")["stated_issuers"].get("signed_for", {})


@lru_cache(maxsize=1)
def _issuer_case():
    d = load("legal_codes")["stated_issuers"]
    words = sorted(d["canonical_case"], key=len, reverse=True)
    # not the "ban" of "Ủy ban Thường vụ Quốc hội"
    rx = regex.compile(r"(?<![\p{L}\p{M}])(?<!(?i:ủy)\s)(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{M}])",
                       regex.IGNORECASE)
    return rx, {w.casefold(): w for w in words}, d["short_names"]


@lru_cache(maxsize=1)
def _issuer_words():
    """``stated_issuers`` ``expand_words`` (whole words written out in a name) and ``ordinals`` (the
    ordinal ending a congress's name)."""
    d = load("legal_codes")["stated_issuers"]
    words = d.get("expand_words", {})
    rx = (regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) +
                        r")(?![\p{L}\p{M}])") if words else None)
    ords = d.get("ordinals", [])
    ordinal = (regex.compile(r"\s+(?:" + "|".join(regex.escape(o) for o in ords) + r")\s+[IVXLC]+$") if ords else None)
    return rx, words, ordinal


def _canonical_issuer(who: str, t: float) -> str:
    """An issuer as written, made regular: a party committee's words in their usual case
    (``Ban chấp hành`` → ``Ban Chấp hành``, ``Tỉnh Ủy`` → ``Tỉnh ủy``), a ministry's short name
    written out, abbreviations expanded, a signer's name after ``tỉnh`` dropped."""
    _, expand, full_names, _, _, _ = _issuer_after()
    case_rx, canon, short = _issuer_case()
    if who in short:
        return short[who]
    who = case_rx.sub(lambda c: canon.get(c.group(0).casefold(), c.group(0)), who, timeout=t)
    words_rx, words, ordinal_rx = _issuer_words()
    if words_rx is not None:  # "UBND TP" → "UBND thành phố"
        who = words_rx.sub(lambda w: words[w.group(0)], who, timeout=t)
    o = ordinal_rx.search(who, timeout=t) if ordinal_rx is not None else None
    ordinal = o.group(0) if o else ""  # "… lần thứ XIV" of a congress, kept after the place
    who = who[:len(who) - len(ordinal)]
    # "Tỉnh ủy Hà Giang", not "Tỉnh ủy Nguyễn Văn A" (a signer) nor "UBND tỉnh Trịnh Văn B"
    q = regex.match(r"(.*?(?<![\p{L}\p{M}])(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy))\s+(\p{Lu}.*)$", who, timeout=t)
    if q and lookup_province(q.group(2)) is None and q.group(2) not in province_names():
        who = q.group(1)  # the words after "tỉnh" are not a province: a signer's name
    who += ordinal
    for ab, full in expand.items():
        if ab.isalnum():
            who = who.replace(ab, full)
        else:  # a sign between two words ("Thông tin & Truyền thông"): a word between spaces
            who = regex.sub(rf"\s*{regex.escape(ab)}\s*", f" {full} ", who, timeout=t)
    return full_names.get(who, who)


@lru_cache(maxsize=1)
def _direct_rx():
    """A central body written right after a reference, with no ``của`` (``stated_issuers``
    ``direct_names``), not followed by a verb or a join (``direct_not_before``)."""
    d = load("legal_codes")["stated_issuers"]
    names = "|".join(regex.escape(n) for n in sorted(d.get("direct_names", []), key=len, reverse=True)) or "(?!)"
    stops = "|".join(regex.escape(w) for w in sorted(d.get("direct_not_before", []), key=len, reverse=True)) or "(?!)"
    return regex.compile(r"[ \t]+(?P<who>" + names + r")(?![\p{L}\p{M}])(?![ \t]+(?:" + stops + r")(?![\p{L}\p{M}]))")


@lru_cache(maxsize=1)
def _committee_rx():
    """A committee's head before the committee (``stated_issuers`` ``committee_heads`` before one of
    ``headed_bodies``): dropped from an issuer written before the reference, the signer's; kept
    after it (``Quyết định … của Chủ tịch UBND huyện`` is the chairman's own decision)."""
    d = load("legal_codes")["stated_issuers"]
    heads = "|".join(regex.escape(h) for h in sorted(d.get("committee_heads", []), key=len, reverse=True)) or "(?!)"
    bodies = "|".join(regex.escape(b) for b in d.get("headed_bodies", [])) or "(?!)"
    return regex.compile(r"^(?:" + heads + r")\s+(?=(?:" + bodies + r")(?![\p{L}\p{M}]))")


@lru_cache(maxsize=1)
def _table_rx():
    d = load("legal_codes")["table_issuers"]
    return regex.compile(r"[ \t]*(?:" + "|".join(regex.escape(w) for w in d["place_words"]) + r")\.?[ \t]+(?P<place>\p{Lu}[^|]*?)[ \t]*",
                         regex.IGNORECASE), set(d["local"])


def _row_issuer(text: str, start: int, end: int, code_issuer: Optional[str], t: float) -> Optional[str]:
    """The issuer written in another cell of the table row that holds the reference (``| 2 |
    30/KH-UBND | … | UBND tỉnh Bắc Ninh |``): a cell that is a body's name, or a province (``Tỉnh Lâm
    Đồng``, the issuing place of a legal database) naming the local body the code gives."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if not text[lo:start].lstrip(" \t").startswith("|"):
        return None
    _, _, _, _, _, cell = _issuer_after()
    place, local = _table_rx()
    pos = lo
    for part in text[lo:hi].split("|"):
        a, pos = pos, pos + len(part) + 1
        if a <= start < a + len(part) or not part.strip():
            continue  # the reference's own cell
        m = cell.fullmatch(part, timeout=t)
        if m:
            return _canonical_issuer(m.group("who"), t)
        p = place.fullmatch(part, timeout=t)
        if p and code_issuer in local:
            prov = lookup_province(p.group("place"))
            if prov is not None:
                return f"{code_issuer} {province_kind(prov.name)} {prov.name}"
    return None


@lru_cache(maxsize=1)
def _list_row_rx():
    d = load("legal_codes")["table_issuers"]
    row = regex.compile(r"[ \t]*\d{1,3}\.?[ \t]+(?P<place>\p{Lu}[\p{L}\p{M}.]*(?:[ \t]*[-–]?[ \t]*\p{Lu}[\p{L}\p{M}]*){0,5})")
    return row, d.get("list_lines", 6), d.get("list_line_chars", 400)


def _list_row_issuer(text: str, start: int, code_issuer: Optional[str], t: float) -> Optional[str]:
    """A reference in a numbered list of provinces (``1 An Giang – Kế hoạch số 147/CTr-UBND …``,
    its next lines ``– Quyết định số 2498/QĐ-UBND …`` going on with the same row): the local body
    the code gives, in the province that opens the row. The walk back stops at the first numbered
    line (a row naming no province gives nothing), after ``list_lines`` lines or at a line longer
    than ``list_line_chars`` (prose, not a list)."""
    place, local = _table_rx()
    if code_issuer not in local:
        return None
    row, max_lines, max_chars = _list_row_rx()
    hi = text.rfind("\n", 0, start) + 1
    seen = 0
    while seen < max_lines:
        line_end = text.find("\n", hi)
        line = text[hi:line_end if line_end >= 0 else len(text)]
        if line.strip():
            if len(line) > max_chars:
                return None
            m = row.match(line, timeout=t)
            if m:
                words = regex.findall(r"[-–]|[^\s-–]+", m.group("place"), timeout=t)
                for k in range(len(words), 0, -1):
                    prov = lookup_province(" ".join(words[:k]).strip(" -–"))
                    if prov is not None and words[k - 1] not in "-–":
                        return f"{code_issuer} {province_kind(prov.name)} {prov.name}"
                return None
            seen += 1
        if hi == 0:
            return None
        hi = text.rfind("\n", 0, hi - 1) + 1
    return None


_DAY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
_YEAR = r"(?P<y>(?:19|20)\d{2})"


@lru_cache(maxsize=1)
def _issue_rx():
    """The patterns of ``data/legal_codes.json`` ``issue_date``: a date after who issued the
    reference, the place and date of a document's header, a date before the reference in the
    clause that issues it, a date opening the clause of a reference whose verb follows it."""
    data = load("legal_codes")
    d = data["issue_date"]
    types = "(?i:" + literal_alternation(data["type_words"] + [a["word"] for a in data.get("type_word_aliases", [])],
                                         ignore_case=True) + ")"

    def alt(words):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    # "Ngày 12/3/2021, UBND tỉnh đã ban hành Quyết định số …", "Năm 2021, Tỉnh ủy ban hành …"
    when = (r"(?:[Nn]gày\s+" + _DAY + r"(?:\s*[/.-]\s*" + _YEAR + r")?"
            r"|[Nn]gày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>(?:19|20)\d{2}))?"
            r"|[Tt]háng\s+\d{1,2}(?:\s*[/.-]\s*|\s+năm\s+)(?P<y3>(?:19|20)\d{2})"
            r"|[Nn]ăm\s+(?P<y4>(?:19|20)\d{2}))")
    tail = r"(?:(?:" + types + r")\s+)?(?:số\s+)?$"
    before = regex.compile(
        r"(?<![\p{L}\p{M}\d])" + when + r"(?![\d/.-]\d)\s*,?\s*(?:[^,.;:!?\d\n]{1,80}?\s)??"
        r"(?:đã\s+|vừa\s+|cũng\s+)?(?:" + alt(d["verbs"]) + r")\s+(?:tại\s+)?" + tail
        # "được Chính phủ ban hành ngày 12/4/2016 tại Quyết định số 225/QĐ-TTg"
        + r"|ban hành\s+(?:vào\s+)?ngày\s+(?P<d5>\d{1,2})\s*[/.-]\s*(?P<m5>\d{1,2})\s*[/.-]\s*(?P<y5>(?:19|20)\d{2})"
        r"\s+(?:" + alt(d["via"]) + r")\s+" + tail)
    # "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018": a labelled number, its place and date
    label = regex.compile(r"(?:^|[\s|(])(?:" + alt(d["labels"]) + r")\s*[:.]?\s*$")
    sep = r"[\s|]+"
    header = regex.compile(r"(?:\G|[\n|])[\s|]*(?:\p{Lu}[\p{L}\p{M}.' –-]{0,40}?,\s*)?(?i:ngày)" + sep + r"(?P<d>\d{1,2})"
                           r"(?:" + sep + r"tháng" + sep + r"|\s*[/.-]\s*)(?P<m>\d{1,2})(?:" + sep + r"năm" + sep +
                           r"|\s*[/.-]\s*)" + _YEAR + r"(?!\d)")
    # "… 57-NQ/TW do Tổng Bí thư Tô Lâm ký ban hành ngày 22.12.2024"
    issued = regex.compile(r"\s*,?\s*(?:" + alt(d["issued_links"]) + r")\s+(?:[^,.;:!?\d\n]{1,60}?\s)??(?:" +
                           alt(d["issued_verbs"]) + r")\s+(?:vào\s+)?ngày\s+" + _DAY + r"\s*[/.-]\s*" + _YEAR + r"(?!\d)")
    # "Năm 2012, Nghị định 24 ra đời": the date opens the clause, the verb follows the reference
    opener = regex.compile(r"(?:^|(?<=[\s,;:(]))" + when + r"\s*,\s*$")
    then = regex.compile(r"\s+(?:đã\s+|vừa\s+|chính thức\s+)?(?:" + alt(d["after_verbs"]) + r")(?![\p{L}\p{M}])")
    # "Quyết định 119/QĐ-UBND năm 2009 về …": the year right after the number, not a range
    year_after = regex.compile(r"[ \t]+(?:" + alt(d["year_after"]) + r")[ \t]+" + _YEAR + r"(?![\d\p{L}])(?!\s*[-–]\s*\d)")
    return before, label, header, issued, opener, then, year_after, d["head_chars"]


def _iso(d: int, mo: int, y: int) -> Optional[str]:
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 and 1 <= mo <= 12 else None


def _when(ctx, m) -> tuple:
    """``(date, year)`` of a date match of ``_issue_rx``: a full date gives both; a year alone, the
    year; a day without a year, the article's year (the year before when that day would fall after
    the article)."""
    g = m.groupdict()
    for dk, mk, yk in (("d", "m", "y"), ("d2", "m2", "y2"), ("d5", "m5", "y5")):
        if g.get(yk) and g.get(dk):
            return _iso(int(g[dk]), int(g[mk]), int(g[yk])), int(g[yk])
    y = g.get("y3") or g.get("y4") or g.get("y") or g.get("y2")
    if y:
        return None, int(y)
    d, mo = int(g.get("d") or g.get("d2")), int(g.get("m") or g.get("m2"))
    published = getattr(ctx.article, "published", None) or ""
    pm = regex.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", published)
    if not pm or not (1 <= d <= 31 and 1 <= mo <= 12):
        return None, None
    year = int(pm.group(1))
    return None, (year - 1 if (mo, d) > (int(pm.group(2)), int(pm.group(3))) else year)


def _issued(ctx, start: int, end: int, lo: int, t: float) -> tuple:
    """``(date, year)`` of issue of the reference at ``text[start:end]`` in its sentence from ``lo``
    (``data/legal_codes.json`` ``issue_date``), the first found of: a date right after it, a date
    after who issued it, a year right after it, its header's place and date (or the article's date, when cleaning took that
    line as the page's date), a date before it with a verb of issuing, a date opening its clause
    when the verb follows it. ``(None, None)`` when none is written."""
    text = ctx.text
    before, label, header, issued, opener, then, year_after, head_chars = _issue_rx()
    date = _date_after(text, end, t)
    if date is None:
        m = issued.match(text, end, timeout=t)
        date = _iso(int(m.group("d")), int(m.group("m")), int(m.group("y"))) if m else None
    if date:
        return date, int(date[:4])
    m = year_after.match(text, end, timeout=t)
    if m:
        return None, int(m.group("y"))
    if label.search(text, max(0, start - 12), start, timeout=t):
        m = header.search(text, end, min(len(text), end + 200), timeout=t)
        if m:
            date = _iso(int(m.group("d")), int(m.group("m")), int(m.group("y")))
            return date, int(m.group("y"))
        published = getattr(ctx.article, "published", None) or ""
        if start < head_chars and regex.match(r"(?:19|20)\d{2}-\d{2}-\d{2}$", published):
            return published, int(published[:4])  # the place-and-date line was read as the page's date
    m = before.search(text, max(lo, start - 160), start, timeout=t)
    if m:
        return _when(ctx, m)
    m = opener.search(text, max(lo, start - 40), start, timeout=t)
    if m and then.match(text, end, timeout=t):
        return _when(ctx, m)
    return None, None


def _share_years(ctx) -> None:
    """A reference written again without a year (same number and type) takes the year another
    mention of it gives in the article."""
    refs = [f for f in ctx.facts if f.type == "legal_ref"]
    known: dict = {}
    for f in refs:
        if f.year is not None:
            known.setdefault((f.number, f.doc_type), f.year)
    for f in refs:
        if f.year is None and (f.number, f.doc_type) in known:
            f.year = known[(f.number, f.doc_type)]


@lru_cache(maxsize=1)
def _subject_rx():
    d = load("legal_codes")["subject_after"]
    bodies = "|".join(regex.escape(b) for b in sorted(d["bodies"], key=len, reverse=True))
    date = r"ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    return d["code_issuer"], regex.compile(r"\s*(?:,?\s*" + date + r")?\s*,\s*(?P<who>" + bodies +
                                          r")\s+(?:đã\s+|vừa\s+)?\p{Ll}")


def _subject_after(text: str, pos: int, code_issuer: Optional[str], t: float) -> Optional[str]:
    """A central Party body as the subject right after a /TW reference's clause (``Tại Kết luận
    169-KL/TW, Bộ Chính trị giao …``): its issuer."""
    code, rx = _subject_rx()
    if code_issuer != code:
        return None
    m = rx.match(text, pos, timeout=t)
    return m.group("who") if m else None


@lru_cache(maxsize=1)
def _share_rx():
    data = load("legal_codes")
    joins = "|".join(regex.escape(x) for x in data["shared_issuer"]["joins"])
    types = "(?i:" + literal_alternation(data["type_words"], ignore_case=True) + ")"
    date = r"ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    return regex.compile(r"\s*(?:,?\s*" + date + r")?\s*(?:" + joins + r")\s*(?:(?:" + types + r")\s+(?:số\s+)?)?")


_LIST_OPENER = regex.compile(r"(?:các|những|một số)\s+văn bản[^:;.!?\d]{0,80}:\s*(?:\S+\s+){0,3}$", regex.I)


def _share_list_issuer(refs: list, text: str, t: float) -> None:
    """``UBND phường Hà Phong đã ban hành các văn bản …: Quyết định số 25/QĐ-UBND …; Kế hoạch số
    10/KH-UBND …; Kế hoạch số 14/KH-UBND …``: the body stated before a list of the documents it issued
    is the issuer of each item written after a ``;`` with the same issuer code and none stated of its own."""
    opened = None  # (stated issuer, code issuer) of the reference that opened a list in this sentence
    for ref in refs:
        a, end, fields, code_issuer, stated = ref
        if stated and _LIST_OPENER.search(text, max(0, a - 120), a, timeout=t):
            opened = (fields["issuer"], code_issuer)
            continue
        if opened is None or stated or code_issuer is None or code_issuer != opened[1]:
            continue
        semi = text.rfind(";", max(0, a - 300), a)  # bounded: an item opens right after its ";"
        if semi < 0 or text[semi + 1:a].strip():
            continue  # not an item of the list (a reference inside an item: "… thực hiện Nghị quyết số …")
        fields["issuer"] = opened[0]


def _states_before(text: str, ref: list, t: float) -> bool:
    """Whether the issuer of ``ref`` was stated before it (not after: ``… của UBND tỉnh``)."""
    rx = _issuer_after()[0]
    return not rx.match(text, ref[1], timeout=t) and not _direct_rx().match(text, ref[1], timeout=t)


def _share_stated_issuers(refs: list, text: str, t: float) -> None:
    """One issuer stated after two references (``Nghị quyết 60-NQ/TW … và Kết luận 137-KL/TW …
    của Bộ Chính trị``) is the issuer of both: ``refs`` are one sentence's coded references in
    order, as ``[start, end, fields, code_issuer, stated]``; an earlier one with no stated issuer
    whose code names the same issuer (or none) takes the next one's, when only a date, a join and
    a type word stand between them."""
    rx = _share_rx()
    for i in range(len(refs) - 2, -1, -1):
        cur, nxt = refs[i], refs[i + 1]
        if cur[4] or not nxt[4] or (cur[3] and nxt[3] != cur[3]):
            continue
        m = rx.match(text, cur[1], nxt[0], timeout=t)
        if m and m.end() == nxt[0]:
            cur[2]["issuer"], cur[4] = nxt[2]["issuer"], True
    # … and one stated before a series (``UBND tỉnh đã ban hành Quyết định số 1540/QĐ-UBND ngày
    # 8/8/2024 và Kế hoạch số 172/KH-UBND``) is the issuer of the next ones with the same code
    for i in range(len(refs) - 1):
        cur, nxt = refs[i], refs[i + 1]
        if not cur[4] or nxt[4] or cur[3] is None or nxt[3] != cur[3] or not text[cur[1]:cur[1] + 1].isspace():
            continue
        m = rx.match(text, cur[1], nxt[0], timeout=t)
        if m and m.end() == nxt[0] and _states_before(text, cur, t):
            nxt[2]["issuer"], nxt[4] = cur[2]["issuer"], True


@extractor(produces=("legal_ref",))
def extract(ctx) -> None:
    types, issuers, _, coded, bare, _, dated, named = _tables()
    t = ctx.timeout
    text = ctx.text
    prev = None
    for s in ctx.sentences():
        # a sentence opened by a hard line wrap ("… đã có văn bản" ¶ "số 2275/UBND-TH …") goes on from the one before
        lo = prev.start if prev is not None and _wrapped(text, prev.end, s.start) else s.start
        prev = s
        if not has_digit(s.text):
            continue  # every reference has a number
        refs = []  # [start, end, fields, issuer from the code, issuer stated]
        for m in coded.finditer(s.text, timeout=t):
            a = s.start + m.start()
            if m.group("num"):
                num_start = s.start + m.start("num")
                codes = [c.strip() for c in regex.split(r"[-–]", m.group("codes"))]
                first = codes[0]
                if first in types:
                    code_type, issuer_codes = first, codes[1:]
                else:
                    code_type, issuer_codes = _glued(first, types, issuers)
                    issuer_codes += codes[1:]
                if not (code_type or any(regex.sub(r"\d+$", "", c) in issuers or c in issuers for c in issuer_codes)):
                    if not m.group("word"):
                        continue  # "3/4 DVC", "2/TTg"-like noise without a known code
                number = m.group("serial") + "/" + (m.group("year") + "/" if m.group("year") else "") + "-".join(codes)
                serial, year = m.group("serial"), int(m.group("year")) if m.group("year") else None
                word, end = m.group("word"), s.start + m.end()
                if not word and not code_type:
                    nw = named.search(s.text, max(0, m.start() - 90), m.start(), timeout=t)
                    word = nw.group("word") if nw else None  # "Luật hộ tịch số 60/2014/QH13"
                issuer = _issuer_from_codes(issuer_codes) or _office_issuer(issuer_codes)
                doc_type = _doc_type(word, code_type) or (_doc_type(None, None))
                if doc_type is None and issuer_codes and not code_type:
                    doc_type = _unit_letter(issuer_codes, issuers)
            else:
                num_start = s.start + m.start("pnum")
                ptype, pissuers = m.group("ptype"), [c.strip() for c in regex.split(r"[-–]", m.group("pissuer"))]
                if ptype not in types:
                    continue
                number = f"{m.group('pserial')}-{ptype}/" + "-".join(pissuers)
                serial, year = m.group("pserial"), None
                word, end = m.group("word2"), s.start + m.end()
                doc_type = _doc_type(word, ptype)
                issuer = _issuer_from_codes(pissuers)
            if ctx.is_claimed(num_start, end):
                continue
            if not word:  # "Căn cứ Hướng dẫn số\n3759/BNV-CCHC": the type word before a line break
                wb = _word_before(text, a, s.start, t)
                if wb:
                    word = wb
                    doc_type = _doc_type(word, code_type if m.group("num") else ptype)
            date, issue_year = _issued(ctx, a, end, lo, t)
            year = year if year is not None else issue_year  # the number's own year first
            stated = (_stated_issuer(text, end, t, a, lo) or _subject_after(text, end, issuer, t)
                      or _row_issuer(text, a, end, issuer, t) or _list_row_issuer(text, a, issuer, t))
            if stated and issuer and _signed_for().get(stated) == issuer:
                stated = None  # "Thủ tướng đã ký Nghị định số …/NĐ-CP": the Prime Minister signs for the Government
            refs.append([a, end, dict(number=number, doc_type=doc_type, issuer=stated or issuer,
                                      serial=serial, year=year, date=date), issuer, stated is not None])
        _share_stated_issuers(refs, text, t)
        _share_list_issuer(refs, text, t)
        # "Tờ trình số 181/TTr-TT&TT … và Tờ trình số 135/TTr-TT&TT": one issuer for the same codes
        prev_codes = prev_issuer = None
        for ref in refs:
            codes_here = ref[2]["number"].split("/")[-1]
            if ref[2]["issuer"] is None and prev_issuer and codes_here == prev_codes:
                ref[2]["issuer"] = prev_issuer
            prev_codes, prev_issuer = codes_here, ref[2]["issuer"]
        for a, end, fields, _, _ in refs:
            ctx.add(LegalRef, a, end, **fields)
        for m in dated.finditer(s.text, timeout=t):
            a, end = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, end):
                continue
            serial, year = m.group("serial"), int(m.group("year"))
            if regex.fullmatch(r"(?:19|20)\d{2}", serial):
                continue  # "… 2024/2025": a school year
            doc_type = _doc_type(m.group("word"), None)
            date, _ = _issued(ctx, a, end, lo, t)
            issuer = _stated_issuer(text, end, t, a, lo) or _implied_issuers().get(doc_type or "")
            ctx.add(LegalRef, a, end, number=f"{serial}/{year}", doc_type=doc_type, issuer=issuer,
                    serial=serial, year=year, date=date)
        bare_refs = []
        for m in bare.finditer(s.text, timeout=t):
            word = m.group("word") or m.group("word2") or m.group("word3")
            serial = m.group("serial") or m.group("serial2") or m.group("serial3")
            if (m.group("word2") or m.group("word3")) and not word[0].isupper():
                continue
            if m.group("word2") and regex.fullmatch(r"(?:19|20)\d{2}", serial):
                continue  # "Kế hoạch 2024" is a year, not a number
            a, end = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, end):
                continue
            date, year = _issued(ctx, a, end, lo, t)
            stated = _stated_issuer(text, end, t, a, lo)
            bare_refs.append([a, end, dict(number=serial, doc_type=_doc_type(word, None), issuer=stated,
                                           serial=serial, year=year, date=date), None, stated is not None])
        # "Nghị quyết số 01, Nghị quyết số 02 của Chính phủ": the issuer stated after the last of a series
        _share_stated_issuers(bare_refs, text, t)
        for a, end, fields, _, _ in bare_refs:
            ctx.add(LegalRef, a, end, **fields)
    _share_years(ctx)
