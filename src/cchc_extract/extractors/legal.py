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
số 1234``), wins over the code's; a party committee keeps its name as written, with the
province only when one is written (``Tỉnh ủy Hà Giang``; the link stage adds none: ``party_issuers``). ``date`` comes from ``ngày dd/mm/yyyy`` or ``ngày d tháng m năm y`` right
after the number; ``year`` from the number, else from that date.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import lookup_province, province_names
from ..models import LegalRef
from ..patterns import has_digit, literal_alternation
from ..resources import load
from .base import extractor

_CODE = r"[A-ZĐ][A-Za-zĐđ&]{0,9}\d{0,2}"


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
        r"(?P<codes>" + _CODE + r"(?:\s*[-–]\s*" + _CODE + r"){0,4}))(?![\p{L}\d])"
        r"|"
        r"(?:(?P<word2>" + word_alt + r")(?:\s+(?:số|so)\b)?\s*:?\s*)?"
        r"(?<![\p{L}\d/.-])(?P<pnum>(?P<pserial>\d{1,5}[a-z]?)\s*[-–]\s*(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})\s*/\s*"
        r"(?P<pissuer>[A-ZĐƯ][A-Za-zĐđƯư]{0,7}(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ]{0,7}){0,2}))(?![\p{L}\d])",
    )
    bare = regex.compile(
        r"(?<![\p{L}])(?P<word>(?i:" + word_alt_ci + r"))(?:\s+\p{Ll}+){0,3}?\s+(?:số|so)\s+(?P<serial>\d{1,5}[a-z]?)(?![\p{L}\d/%]|[.,]\d)"
        r"|(?<![\p{L}])(?P<word2>" + word_alt + r")\s+(?P<serial2>\d{1,4}[a-z]?)(?![\p{L}\d/%]|[.,]\d|\s*(?:%|tháng|năm|ngày))",
    )
    words_ci = {w.casefold(): w for w in words}
    # a type word and serial/year with no code: "Nghị định 98/2024", "Thông tư số 60/2023"
    dated = regex.compile(
        r"(?<![\p{L}])(?P<word>" + literal_alternation(d["serial_year_types"]["words"]) + r")(?:\s+(?:số|so)\b)?\s*:?\s*(?<![\p{L}\d/.-])"
        r"(?P<serial>\d{1,5}[a-z]?)\s*/\s*(?P<year>(?:19|20)\d{2})(?![\p{L}\d]|\s*/)")
    return types, issuers, alias, coded, bare, words_ci, dated


@lru_cache(maxsize=1)
def _implied_issuers() -> dict:
    return load("legal_codes")["implied_issuers"]["heads"]


_DATE_AFTER = regex.compile(
    r"\s*,?\s*(?:được\s+)?(?:ban hành\s+)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|\s*,?\s*(?:được\s+)?(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


@lru_cache(maxsize=1)
def _issuer_after():
    """The issuer written after a reference, with ``data/legal_codes.json`` ``stated_issuers``;
    also the one written before it with a verb (``before``)."""
    data = load("legal_codes")
    d = data["stated_issuers"]
    # a party committee is a pattern, which may be followed by its province ("Tỉnh ủy Hà Giang")
    party = set(data["party_issuers"]["words"])
    known = sorted({x["name"] for x in data["issuers"] if " " in x["name"] and x["name"] not in party},
                   key=len, reverse=True)
    position = r"(?:(?:" + "|".join(regex.escape(p) for p in d["positions"]) + r")\s+)?"
    qualifier = (r"(?:\s+(?:" + "|".join(regex.escape(q) for q in sorted(d["qualifiers"], key=len, reverse=True)) +
                 r")(?:\s+\p{Lu}\p{Ll}+){0,3})?")
    names = r"(?:" + "|".join(regex.escape(k) for k in known) + r")(?![\p{L}\p{M}])" + qualifier
    patterns = r"(?:" + "|".join(d["patterns"]) + r")" + qualifier
    # after the reference a position may precede any name ("của Thống đốc Ngân hàng Nhà nước"); before
    # it, a position before a pattern is the signer's ("Phó Chủ tịch UBND tỉnh … ký ban hành"): the body issues
    who = r"(?P<who>" + position + names + r"|" + position + patterns + r")"
    who_before = r"(?P<who>" + position + names + r"|" + patterns + r")"
    verbs = "|".join(regex.escape(v) for v in sorted(d["before_verbs"], key=len, reverse=True))
    # "… của UBND tỉnh", "… do UBND tỉnh ban hành"
    # the date between: digits and separators, or "d tháng m năm y" (not "ngày 24/10/2024 về kết luận
    # của Chủ tịch …", where "của" belongs to the subject of the document)
    date = r"ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    rx = regex.compile(r"\s*(?:,?\s*" + date + r")?\s*,?\s*(?:của\s+" + who + r"(?=[\s,.;:)]|$)"
                       r"|do\s+" + who + r"\s+(?:đã\s+|vừa\s+)?(?:" + verbs + r")(?![\p{L}\p{M}]))")
    types = literal_alternation(load("legal_codes")["type_words"], ignore_case=True)
    signer = r"(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4}"  # "Phó Chủ tịch UBND tỉnh Trịnh Trường Huy ký ban hành …"
    # "thay mặt Chính phủ ký quyết định …/QĐ-TTg": the signer acts for a body, the code names the issuer
    before = regex.compile(r"(?<![\p{L}\p{M}])(?<!thay mặt\s)" + who_before + signer + r"\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:(?:" + verbs +
                           r")\s+){1,2}(?:tại\s+|trong\s+|theo\s+)?(?:(?:" + types + r")\s+(?:số\s+)?)?$")
    return rx, d["expand"], d["full_names"], before


def _doc_type(word: Optional[str], code: Optional[str]) -> Optional[str]:
    types, _, alias, _, _, words_ci, _ = _tables()
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
    _, issuers, _, _, _, _, _ = _tables()
    names = []
    for c in codes:
        base = regex.sub(r"\d+$", "", c)
        if c in issuers:
            names.append(issuers[c])
        elif base in issuers:
            names.append(issuers[base])
    return ", ".join(dict.fromkeys(names)) if names else None


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
    rx, expand, full_names, before = _issuer_after()
    m = rx.match(text, pos, timeout=t)
    if not m and start is not None:
        m = before.search(text, max(lo, start - 80), start, timeout=t)
    if not m:
        return None
    who = m.group("who")
    # "Tỉnh ủy Hà Giang", not "Tỉnh ủy Nguyễn Văn A" (a signer) nor "UBND tỉnh Trịnh Văn B"
    q = regex.match(r"(.*?(?<![\p{L}\p{M}])(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy))\s+(\p{Lu}.*)$", who, timeout=t)
    if q and lookup_province(q.group(2)) is None and q.group(2) not in province_names():
        who = q.group(1)  # the words after "tỉnh" are not a province: a signer's name
    for short, full in expand.items():
        if short.isalnum():
            who = who.replace(short, full)
        else:  # a sign between two words ("Thông tin & Truyền thông"): a word between spaces
            who = regex.sub(rf"\s*{regex.escape(short)}\s*", f" {full} ", who, timeout=t)
    return full_names.get(who, who)


@extractor(produces=("legal_ref",))
def extract(ctx) -> None:
    types, issuers, _, coded, bare, _, dated = _tables()
    t = ctx.timeout
    text = ctx.text
    for s in ctx.sentences():
        if not has_digit(s.text):
            continue  # every reference has a number
        for m in coded.finditer(s.text, timeout=t):
            a = s.start + m.start()
            if m.group("num"):
                num_start = s.start + m.start("num")
                codes = [c.strip() for c in regex.split(r"[-–]", m.group("codes"))]
                first = codes[0]
                if first in types:
                    code_type, issuer_codes = first, codes[1:]
                else:
                    code_type, issuer_codes = None, codes
                if not (code_type or any(regex.sub(r"\d+$", "", c) in issuers or c in issuers for c in issuer_codes)):
                    if not m.group("word"):
                        continue  # "3/4 DVC", "2/TTg"-like noise without a known code
                number = m.group("serial") + "/" + (m.group("year") + "/" if m.group("year") else "") + "-".join(codes)
                serial, year = m.group("serial"), int(m.group("year")) if m.group("year") else None
                word, end = m.group("word"), s.start + m.end()
                issuer = _issuer_from_codes(issuer_codes)
                doc_type = _doc_type(word, code_type) or (_doc_type(None, None))
                if doc_type is None and issuer_codes and not code_type:
                    doc_type = "Công văn" if any(c in ("UBND", "VPCP", "BNV", "BTTTT") or c.startswith("B") for c in issuer_codes) else None
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
            date = _date_after(text, end, t)
            if year is None and date:
                year = int(date[:4])
            issuer = _stated_issuer(text, end, t, a, s.start) or issuer
            ctx.add(LegalRef, a, end, number=number, doc_type=doc_type, issuer=issuer,
                    serial=serial, year=year, date=date)
        for m in dated.finditer(s.text, timeout=t):
            a, end = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, end):
                continue
            serial, year = m.group("serial"), int(m.group("year"))
            if regex.fullmatch(r"(?:19|20)\d{2}", serial):
                continue  # "… 2024/2025": a school year
            doc_type = _doc_type(m.group("word"), None)
            date = _date_after(text, end, t)
            issuer = _stated_issuer(text, end, t, a, s.start) or _implied_issuers().get(doc_type or "")
            ctx.add(LegalRef, a, end, number=f"{serial}/{year}", doc_type=doc_type, issuer=issuer,
                    serial=serial, year=year, date=date)
        for m in bare.finditer(s.text, timeout=t):
            word = m.group("word") or m.group("word2")
            serial = m.group("serial") or m.group("serial2")
            if m.group("word2") and not word[0].isupper():
                continue
            if m.group("word2") and regex.fullmatch(r"(?:19|20)\d{2}", serial):
                continue  # "Kế hoạch 2024" is a year, not a number
            a, end = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, end):
                continue
            date = _date_after(text, end, t)
            ctx.add(LegalRef, a, end, number=serial, doc_type=_doc_type(word, None),
                    issuer=_stated_issuer(text, end, t, a, s.start), serial=serial,
                    year=int(date[:4]) if date else None, date=date)
