"""Ranks given to units listed in order (a helper of ``rankings``; not an extractor).

Lists said in order (``lần lượt``, ``theo sau là``, ``theo thứ tự``: :func:`_ordered`), last
places (:func:`_last_place`), units sharing a rank (``cùng xếp thứ 3``, ``đồng hạng``:
:func:`_tied_units`), the items of a list and its marks (:func:`_list_items`), rank labels heading
their clause (``Hạng 1: Quảng Ninh``: :func:`_labels`), runs of listed provinces, whether a name
is a ranked unit (province, body, district: :func:`_ranked_unit`, :func:`_province`), and the
patterns of indices joined before a shared rank list.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import find_places
from ..resources import load
from . import _rank_tables
from ._rank_phrases import _Hit, _alt, _alt_long, _data_file, _extra


@lru_cache(maxsize=1)
def _tie_rx() -> tuple:
    r = load("indices")["rank_phrases"]
    return (regex.compile(r"\s+(?:" + _alt_long(r["tie_markers"]) + r")\s+$", regex.I),
            regex.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+"))


def _tied_units(text: str, a: int, t: float) -> list:
    """The units named right before a rank and a word of sharing (``Phường 5 và Phường 10 cùng xếp thứ 3``,
    ``Sở A, Sở B và Sở C đều đứng đầu``): their spans, two or more, else []."""
    tie, sep = _tie_rx()
    m = tie.search(text, max(0, a - 200), a, timeout=t)
    if not m:
        return []
    end = m.start()
    start = max(text.rfind(c, 0, end) for c in ";:.()") + 1
    pieces, pos = [], start
    for x in sep.finditer(text, start, end, timeout=t):
        pieces.append((pos, x.start()))
        pos = x.end()
    pieces.append((pos, end))
    units = []
    for p, q in reversed(pieces):
        name = text[p:q].strip()
        if not name or not _ranked_unit(name, t):
            break
        p += text[p:q].find(name)
        units.insert(0, (p, p + len(name)))
    return units if len(units) >= 2 else []


@lru_cache(maxsize=1)
def _ordered() -> dict:
    """A list said to be in rank order with no count of its own (``ordered_words``: ``Xếp hạng PCI 2023 theo thứ tự
    từ cao xuống thấp: A, B, C``; ``các vị trí dẫn đầu lần lượt thuộc về A, B``): the words before the names, and
    the cues of a ranking the sentence must hold before them (``ordered_cues``)."""
    r = load("indices")["rank_phrases"]
    links = r"(?:\s*(?:" + _alt_long(r["ordered_links"]) + r"))?\s*:?\s*"
    return dict(
        ordered=regex.compile(r"(?<![\p{L}])(?:lần lượt\s+)?(?:" + _alt_long(r["ordered_words"]) + r")(?![\p{L}])(?:\s+lần lượt)?" +
                              links + r"(?=(?:(?:" + _alt_long(r["name_kinds"] + r["unit_kinds"]) + r")\s+)?(?-i:\p{Lu}))", regex.I),
        plural=regex.compile(r"(?<![\p{L}])(?:các|những)\s+(?:" + _alt_long(r["list_heads"]) + r")\s+(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất)"
                             r"\s+(?:lần lượt|theo thứ tự)\s+(?:là|thuộc về|gồm)\s*:?\s*", regex.I),
        cue=regex.compile(r"(?<![\p{L}])(?:" + _alt_long(r["ordered_cues"]) + r")(?![\p{L}])", regex.I),
    )


@lru_cache(maxsize=1)
def _last_place() -> dict:
    """The last place said with no number (``đứng cuối bảng xếp hạng``: ``last_place_words``), not of a group
    (``last_place_not_after``: ``3 địa phương đứng cuối``); the totals of ranked units a paragraph states
    (``trong số 19 đơn vị``, ``08/08 huyện``, ``xếp loại 141 xã, phường``: ``total_nouns``)."""
    r = load("indices")["rank_phrases"]
    nouns = r"(?:các\s+)?(?:" + _alt_long(r["total_nouns"]) + r")(?![\p{L}])"
    return dict(
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt_long(r["last_place_words"]) + r")(?:\s+(?:bảng xếp hạng|xếp hạng|danh sách|bảng))?"
                           r"(?![\p{L}])(?!\s+lần lượt)(?:\s+(?:cả nước\s+|toàn quốc\s+)?(?:trong|trên|của)\s+(?:số\s+|tổng số\s+)?"
                           r"(?P<n>\d{1,3})(?![\d.,%]))?", regex.I),
        not_after=regex.compile(r"(?<![\p{L}])(?:(?:" + _alt_long(r["last_place_not_after"]) + r")(?:\s+" + nouns + r")?|(?:\d{1,3}|" +
                                _alt_long(r["number_words"]) + r")\s+" + nouns + r")(?:\s+\p{Ll}+){0,2}\s+$", regex.I),
        total=regex.compile(r"(?<![\p{L}\d/])(?<!(?:top|tốp|nhóm)\s+(?:(?:trong|trên|của)\s+)?)(?:(?:trong|trên|của)\s+(?:số\s+|tổng số\s+)?(?P<n>\d{1,3})|(?P<m>\d{1,3})\s?/\s?(?P<n2>\d{1,3})"
                            r"|(?:đánh giá|xếp hạng|xếp loại|chấm điểm)(?:,\s*(?:xếp hạng|xếp loại|phân loại))?\s+(?P<n3>\d{1,3}))"
                            r"\s+" + nouns + r"(?!\s+(?:" + _alt_long(load("indices")["rank_tables"]["count_not_before"]) + r"))",
                            regex.I),
    )


@lru_cache(maxsize=1)
def _list_marks() -> tuple:
    """A listed name's kind before it ("tỉnh Quảng Ninh"), and the end of a list's clause: not the dot of
    an abbreviation ("TP.HCM", "TP. Hồ Chí Minh") or of a number (``data/indices.json`` ``rank_phrases``)."""
    r = load("indices")["rank_phrases"]
    # "tỉnh Quảng Ninh", and a unit's kind before its name or number ("xã Tân Phú", "Phường 4")
    kind = regex.compile(r"^(?:(?i:" + _alt(sorted(r["name_kinds"], key=len, reverse=True)) + r")\s+(?=\p{Lu})|(?i:" +
                         _alt(r["unit_kinds"]) + r")\s+(?=\p{Lu}|\d{1,2}(?![\d.,/])))")
    end = regex.compile(r"[;:!?…]|" + "".join(f"(?<!(?<![\\p{{L}}]){regex.escape(w)})" for w in r["abbreviation_dots"]) +
                        r"\.(?=[\s.]|$)", regex.I)
    return kind, end


def _list_items(text: str, start: int, t: float, capital: bool = True) -> list[tuple[int, int]]:
    """The names listed from ``start`` to the end of the clause, split at commas and at the last
    ``và``: ``Long An, Tây Ninh và Bình Phước (0,77)`` → three spans. With ``capital`` the list
    stops at a piece that does not start with a capital (``Viện Hàn lâm khoa học và công nghệ``
    is one name)."""
    kind_prefix, clause_end = _list_marks()
    m = clause_end.search(text, start, timeout=t)
    end = m.start() if m else len(text)
    # parenthesised asides ("Hưng Yên (0,79)") are blanked, keeping offsets
    masked = regex.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), text[start:end], timeout=t)
    pieces = []
    pos = 0
    for part in masked.split(","):
        pieces.append((pos, part))
        pos += len(part) + 1
    if pieces:
        off, last = pieces[-1]
        k = last.rfind(" và ")
        whole = [(a, b) for a, b, p in find_places(last, t) if a <= k < b]  # "Bắc Trung Bộ và Duyên hải miền Trung"
        if k >= 0 and not whole and (not capital or _named(last[k + 4:].strip(), kind_prefix, t)):
            pieces[-1:] = [(off, last[:k]), (off + k + 4, last[k + 4:])]
    out = []
    for off, part in pieces:
        name = part.strip()
        if not name or (capital and not _named(name, kind_prefix, t)):
            break  # "tỉnh Quảng Ninh" is a name too
        a = start + off + part.find(name)
        out.append((a, a + len(name)))
    return out


def _named(name: str, kind_prefix, t: float) -> bool:
    """Whether a listed piece starts with a name: a capital, after its kind or not (``tỉnh Quảng Ninh``), or a
    unit's number after its kind (``Phường 4``)."""
    rest = kind_prefix.sub("", name, count=1, timeout=t)
    return rest[:1].isupper() or (rest != name and rest[:1].isdigit())


_ORD_ITEM = regex.compile(r"\p{L}+")  # the words of a list of ordinals ("nhất, nhì và thứ ba")

_LINE_HEAD = regex.compile(r"[ \t]*(?:[-–•+*][ \t]*)?")


def _labels(text: str, hits: list, indexed: bool, doc: str, s0: int, t: float) -> None:
    """Rank labels heading their clause, each followed by the ranked name (``Hạng 1: Quảng Ninh; Hạng 2: Hải
    Phòng``, ``hạng nhì – Hải Phòng``, ``- Hạng nhất: Quảng Ninh``): the name is the rank's subject (a body or a
    district: none, not the province named before). A label read as a rank phrase already takes the name; one that
    is not (``thứ 1:`` after a colon, ``hạng nhất:``) is a rank of its own, unless it opens its line with a number:
    the rows of a list one a line (``Hạng 1: Quảng Ninh (91,00)``) are read as a table, with its caption's count.
    A ``thứ`` label naming no province needs the sentence to name an index (``Lịch trực: thứ 2: Sở Tư pháp`` is a
    weekday's)."""
    ex = _extra()
    for m in ex["label"].finditer(text, timeout=t):
        items = _list_items(text, m.end(), t)
        if not items:
            continue
        a, b = items[0]
        b = a + len(text[a:b].split("\n", 1)[0].rstrip(" .,"))
        name = text[a:b]
        if not _ranked_unit(name, t):
            continue
        prov = _rank_tables._province(name, t)
        if prov is None and m.group("w").lower() == "thứ" and not indexed:
            continue
        rank = int(m.group("n")) if m.group("n") else ex["ords"][m.group("ord").lower()]
        same = [h for h in hits if h.a < m.end("lab") and m.start("lab") < h.b]
        if same:
            for h in same:
                if h.subject is None and h.rank == rank:
                    h.subject, h.named = prov, True
            continue
        if m.group("n") and _LINE_HEAD.fullmatch(doc, doc.rfind("\n", 0, s0 + m.start()) + 1, s0 + m.start(), timeout=t):
            continue  # a row of a list one a line: the table reader's
        hits.append(_Hit(m.start("lab"), m.end("lab"), rank, int(m.group("of")) if m.group("of") else None,
                         subject=prov, named=True))


def _listed_provinces(text: str, pos: int, n: int, respectively: bool, t: float) -> Optional[list]:
    """The ``n`` provinces listed right before ``pos`` in its clause (``Thanh Hóa, Điện Biên, Hà Tĩnh giữ
    vị trí thứ``), or None. With ``respectively`` (``lần lượt``) the clause after its last comma is
    read (``TP.HCM và Quảng Ninh lần lượt xếp thứ``)."""
    if respectively:
        start = max(text.rfind(c, 0, pos) for c in ",;:") + 1
        provs = [p.name for _, _, p in find_places(text[start:pos], t) if p.kind == "province"]
        if len(provs) == n:
            return provs
        # "Quảng Ninh, Hải Phòng, Long An lần lượt đứng thứ nhất, …": the list runs over the commas
    start = max(text.rfind(c, 0, pos) for c in ";:.") + 1
    found = [(a, b, p.name) for a, b, p in find_places(text[start:pos], t) if p.kind == "province"]
    if len(found) < n:
        return None
    last = found[-n:]
    gaps = [text[start + x[1]:start + y[0]] for x, y in zip(last, last[1:])]
    tail = text[start + last[-1][1]:pos]
    if any(not regex.fullmatch(r"\s*(?:,|và|,\s*và)\s*(?:(?:TP\.?|tỉnh|thành phố)\s*)?", g, timeout=t) for g in gaps) \
            or len(tail.split()) > 3:
        return None
    return [x[2] for x in last]


_SEPARATOR = regex.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:TP\.?|tỉnh|thành phố)\s*)?")
_ABOUT = regex.compile(r"\s+(?:(?i:cả nước|toàn quốc)\s+)?(?i:về)\s+")


def _province_run(text: str, pos: int, t: float) -> list[tuple[int, int, str]]:
    """The provinces listed right before ``pos`` in its clause, joined by commas and ``và``
    (``Quảng Ninh, Bắc Giang và Hải Phòng lần lượt là …``): ``(start, end, name)`` in order."""
    start = max(text.rfind(c, 0, pos) for c in ";:") + 1
    found = [(start + a, start + b, p.name) for a, b, p in find_places(text[start:pos], t) if p.kind == "province"]
    if not found or len(text[found[-1][1]:pos].split()) > 3:
        return []
    run = [found[-1]]
    for x in reversed(found[:-1]):
        if not _SEPARATOR.fullmatch(text, x[1], run[0][0], timeout=t):
            break
        run.insert(0, x)
    return run


_REGION_WORD = regex.compile(r"(?:(?:vùng|khu vực)[ ]+)?", regex.IGNORECASE)


def _ranked_unit(name: str, t: float) -> bool:
    """A name a list of ranks may hold: a province or a region named alone (``tỉnh Quảng Ninh``, ``Bà Rịa –
    Vũng Tàu``, ``vùng Tây Nguyên``) or the short name of a body (``Sở Tư pháp``); not a clause (``Sở Nội vụ
    sẽ tham mưu …``)."""
    bare = _list_marks()[0].sub("", name.strip(" .,…"), count=1, timeout=t)
    if _rank_tables._cell_names().get(bare.casefold()):
        return True
    places = [(a, b) for a, b, p in find_places(bare, t) if p.kind == "province"]
    if places and places[0][0] == 0 and places[-1][1] == len(bare):
        return True
    # a region named alone, with or without its word ("vùng Đông Nam Bộ", "Tây Nguyên"): regions are ranked too
    regions = [(a, b) for a, b, p in find_places(bare, t) if p.kind == "region"]
    if len(regions) == 1 and regions[0][1] == len(bare) and regions[0][0] == len(_REGION_WORD.match(bare).group()):
        return True
    name = name.strip(" .,…")
    return any(_extra()["body"].match(x, timeout=t) and len(x.split()) <= 6 for x in (bare, name))


def _unit_named(name: str, t: float) -> bool:
    """Whether a listed name is an administrative unit below a province or a body (``xã Tân Phú``, ``Phường 4``,
    ``Sở Tư pháp``): it has no province of its own."""
    return bool(_extra()["body"].match(name.strip(), timeout=t))


def _province(name: str, t: float) -> Optional[str]:
    alone = _rank_tables._cell_names().get(name.strip(" .,").casefold())  # "Hồ Chí Minh" alone in a list is the city
    if alone:
        return alone
    places = [p for a, b, p in find_places(name, t) if p.kind == "province"]
    return places[0].name if len(places) == 1 else None


def _any_start_in(starts: list, a: int, b: int) -> bool:
    """Whether a sorted list of offsets holds one in ``[a, b)``."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


@lru_cache(maxsize=1)
def _joined_after_rx():
    r = _data_file()["component_items"]
    return regex.compile(r"(?:[^,.;:\d()]{0,80}?(?<![\p{L}])(?i:" + _alt(r["joined_after_preps"]) + r"))?\s+(?:(?i:" +
                         _alt(sorted(r["joined_after_fillers"], key=len, reverse=True)) + r")\s+)?")


@lru_cache(maxsize=1)
def _joined_list_rx():
    """"… ở cả hai bảng xếp hạng chỉ số quan trọng: ": a noun and a colon introducing the indices joined after a rank."""
    r = _data_file()["component_items"]
    return regex.compile(r"(?i:" + _alt(sorted(r["joined_after_list_nouns"], key=len, reverse=True)) + r")(?![\p{L}])[^.;:()\d]{0,40}:\s*")


@lru_cache(maxsize=1)
def _shared_count_rx():
    r = _data_file()["component_items"]
    counts = _alt(sorted(_data_file()["rank_phrases"]["list_counts"], key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}])(?i:" + _alt(sorted(r["shared_count_heads"], key=len, reverse=True)) + r")\s+(?P<n>\d|(?i:" +
                         counts + r"))\s+(?i:" + _alt(r["shared_count_nouns"]) + r")(?![\p{L}])")
