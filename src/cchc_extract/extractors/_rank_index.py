"""Which index, component and year a rank is of (a helper of ``rankings``; not an extractor).

Indices named in the text (:func:`_index_mentions`) or by their topic (:func:`_topic_mentions`,
:func:`_topic_of`), the one a rank phrase is of (:func:`_pick_index`, :func:`_topic_rank_ok`,
:func:`_named_over_topic`), components (``chỉ số thành phần …``: :func:`_lead_components`,
:func:`_components_after`, :func:`_listed_components`, :func:`_component_items`), indices joined
before one rank (:func:`_joined_indices`), parentheses (:func:`_parens`) and the year of a rank
(:func:`_valid_years`, :func:`_rank_year`, :func:`_main_year`).
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import find_places
from ..models import Ranking
from ..resources import load
from . import _rank_tables
from ._rank_phrases import IndexMention, _Hit, _alt, _data, _data_file, _extra
from ._rank_lists import _list_items, _ranked_unit


_YEAR = regex.compile(r"(?:năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
_COMPARED_YEAR_IN = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/])")
_THIS_YEAR = regex.compile(r"(?<![\p{L}])năm (?:nay|này)(?![\p{L}])", regex.I)
_ENUM = r"(?:\(\d{1,2}\)\s*)?"  # "(1) Chỉ số …": an item's number
_COMPONENT_NAME = r"(?:(?i:chỉ số)(?: thành phần)?\s+\p{L}|\p{Lu})[^,;:()%]{2,80}?"
_LEAD_COMPONENT = regex.compile(
    r"(?:^|[,;:]\s*|\b(?i:trong đó),?\s*)(?:(?i:và|còn|riêng)\s+)?" + _ENUM + r"(?P<list>" + _COMPONENT_NAME +
    r"(?:\s+và\s+" + _ENUM + _COMPONENT_NAME + r")?)(?<!\svà)\s*$")
# the words joining indices that share one rank: "PAR INDEX và SIPAS 2023, Hải Phòng đều xếp thứ nhất"
_INDEX_JOIN = regex.compile(r"\s*(?:,|và|lẫn|cùng)\s*(?:(?i:chỉ số)\s+)?")
_YEAR_AFTER = regex.compile(r"\s*(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/])")
# "xếp thứ nhất về Chỉ số SIPAS"
_INDEX_AFTER = regex.compile(r"(?:\s*|[^;.]{0,30}?(?:\bvề|bảng xếp hạng|\bbảng|của)\s+|[^;.()]{0,90}?\bvề\s+(?:kết quả\s+)?)"
                             r"(?:(?i:chỉ số)\s+)?")


@lru_cache(maxsize=4)
def _index_groups(n: int) -> tuple[str, ...]:
    return tuple(f"i{i}" for i in range(n)) + (("i0",) if n == 1 else ())  # one name: group() is no tuple


def _index_mentions(text: str, t: float) -> list[IndexMention]:
    names, index_rx, other_rx = _data()[:3]
    out = []
    for m in index_rx.finditer(text, timeout=t):
        name = next(names[i] for i, g in enumerate(m.group(*_index_groups(len(names)))) if g)
        acr = m.group("acr")
        if acr:
            acr_u = acr.upper()
            for n in names:
                if acr_u == n or acr_u.replace(" ", "") == n.replace(" ", ""):
                    name = n
        year = m.group("year") or m.group("pyear")
        out.append(IndexMention(m.start(), m.end(), name, int(year) if year else None))
    for m in other_rx.finditer(text, timeout=t):
        acr = m.group("acr")
        if acr in names or acr in _data()[6] or any(o.start <= m.start("acr") < o.end for o in out):
            continue
        out.append(IndexMention(m.start(), m.end(), acr, int(m.group("year")) if m.group("year") else None))
    return sorted(out, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _topics() -> dict:
    """The topics naming an index in a rank's sentence (``data/indices.json`` ``index_topics``)."""
    d = load("indices")["index_topics"]
    alts, names = [], []
    for i, e in enumerate(d["topics"]):
        alts.append(f"(?P<t{i}>" + "|".join(e["patterns"]) + ")")
        names.append(e["index"])
    links = _alt(sorted(d["links"], key=len, reverse=True))
    fillers = _alt(sorted(d["fillers"], key=len, reverse=True))
    not_after = "".join(f"(?<!(?<![\\p{{L}}]){regex.escape(w)} )" for w in d["not_link_after"])
    topic = regex.compile(r"(?<![\p{L}])" + not_after + r"(?:" + links + r")\s+(?:(?:" + fillers + r")\s+){0,2}(?P<t>" + "|".join(alts) +
                          r")(?![\p{L}])(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?![\d/]))?", regex.I)
    context = regex.compile(r"(?<![\p{L}])(?:" + _alt(d["context_words"]) + r")(?![\p{L}])|\d\s?/\s?\d", regex.I)
    scope = regex.compile(r"(?<![\p{L}])(?:" + _alt(d["scope_words"]) + r")(?![\p{L}])", regex.I)
    not_contexts = regex.compile(r"(?<![\p{L}])(?:" + d["not_contexts"] + r")(?![\p{L}])", regex.I)
    return dict(topic=topic, names=names, context=context, reach=d["context_reach"], scope=scope, not_contexts=not_contexts,
                groups=tuple(f"t{i}" for i in range(len(names))) + (("t0",) if len(names) == 1 else ()))


def _topic_mentions(text: str, t: float) -> list[IndexMention]:
    """Indices named by their topic after a link word, in a text with a rank word ('về công tác cải cách hành chính')."""
    tp = _topics()
    if not tp["context"].search(text, timeout=t):
        return []
    out = []
    for m in tp["topic"].finditer(text, timeout=t):
        if not tp["context"].search(text, max(0, m.start() - tp["reach"]), m.end() + tp["reach"], timeout=t):
            continue  # "Ban chỉ đạo … về chuyển đổi số cho biết, …, 5 tỉnh dẫn đầu …": no rank said of the topic
        name = next(tp["names"][i] for i, g in enumerate(m.group(*tp["groups"])) if g)
        out.append(IndexMention(m.start("t"), m.end(), name, int(m.group("year")) if m.group("year") else None, True))
    return out


@lru_cache(maxsize=1)
def _bare_topics() -> tuple:
    """The topics of ``data/indices.json`` ``index_topics`` alone, without a link word or a rank word near."""
    d = load("indices")["index_topics"]
    alts = [f"(?P<t{i}>" + "|".join(e["patterns"]) + ")" for i, e in enumerate(d["topics"])]
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(alts) + r")(?![\p{L}])", regex.I), [e["index"] for e in d["topics"]]


def _topic_of(text: str, t: float) -> Optional[str]:
    """The one index a text names by its topic alone (a table's caption: ``kết quả chấm điểm công tác cải cách
    hành chính``), or None (none, or topics of two indices)."""
    rx, names = _bare_topics()
    found = {names[int(k[1:])] for m in rx.finditer(text, timeout=t) for k, v in m.groupdict().items() if v and k[1:].isdigit()}
    return found.pop() if len(found) == 1 else None


_CLAUSE_START = regex.compile(r"(?:^|[,;:.()\n])[^,;:.()\n]*$")


def _topic_rank_ok(text: str, idx: IndexMention, b: int, of, t: float) -> bool:
    """Whether a rank whose index is only a topic's is that index's: not a country's, a contest's or a measure's."""
    tp = _topics()
    if tp["not_contexts"].search(text, timeout=t) or _data()[5].search(text, timeout=t):
        return False
    # "dẫn đầu về tỷ lệ hồ sơ trực tuyến trong cải cách hành chính", "Về tỷ lệ hồ sơ trực tuyến trong chuyển đổi số,
    # huyện A dẫn đầu": the measure is ranked (between the rank and the topic, or in the topic's clause before it)
    gap = text[b:idx.start] if idx.start >= b else text[_CLAUSE_START.search(text, 0, idx.start, timeout=t).start():idx.start]
    if gap and _extra()["measures"].search(gap, timeout=t):
        return False
    if of is None and not (tp["scope"].search(text, timeout=t) or _extra()["body"].search(text, timeout=t)
                           or find_places(text)):
        return False  # "Viettel dẫn đầu về chuyển đổi số": no province, body or scope ranked
    return True


def _named_over_topic(mentions: list[IndexMention], idx: Optional[IndexMention], lo: int, a: int) -> Optional[IndexMention]:
    """An index named by name since the rank before wins over a topic ('Chỉ số SIPAS … xếp thứ 10, … về cải cách hành chính')."""
    if idx is None or not idx.topic:
        return idx
    named = [m for m in mentions if not m.topic and lo <= m.start and m.end <= a]
    return named[-1] if named else idx


def _pick_index(mentions: list[IndexMention], text: str, pos: int, end: int, next_rank: int) -> Optional[IndexMention]:
    # an index written right after the phrase: "xếp thứ 2 toàn quốc về Chỉ số … (PAPI)"
    after = [m for m in mentions if end <= m.start < next_rank and
             _INDEX_AFTER.fullmatch(text[end:m.start])]
    if after:
        return after[0]
    before = [m for m in mentions if m.end <= pos]
    # a sub-index named in a parenthesis closed before the phrase is an aside:
    # "Chỉ số PARINDEX 2024 (gồm Chỉ số SIPAS 8,1/10 điểm)… xếp thứ 37/63" is the PAR INDEX's rank
    outside = [m for m in before if not any(o < m.start and m.end <= c < pos and text[o + 1:m.start].strip()
                                            for o, c in _parens(text[:pos]))]
    if outside or before:
        return (outside or before)[-1]
    later = [m for m in mentions if end <= m.start < next_rank]
    return later[0] if later else None


def _lead_components(text: str, lo: int, a: int, mentions: list, t: float) -> list[str]:
    """Sub-indices named right before a rank phrase: ``chỉ số Tính năng động … và chỉ số Đào tạo
    lao động xếp thứ 3`` → two components; ``; Tiếp cận đất đai xếp thứ 4`` → one. A place name or
    an index name there is the ranked body, not a component."""
    seg = text[lo:a]
    m = _LEAD_COMPONENT.search(seg, timeout=t)
    if not m:
        return []
    start = lo + m.start("list")
    if any(start <= x.end and x.start < a for x in mentions) or _extra()["body"].match(m.group("list"), timeout=t):
        return []
    names = regex.split(r"\s+và\s+", m.group("list").strip())
    out = []
    for name in names:
        name = regex.sub(r"^(?:\(\d{1,2}\)\s*)?(?:chỉ số(?: thành phần)?\s+)?", "", name, flags=regex.I, timeout=t).strip()
        if not name or any(True for _ in find_places(name, t)) or regex.search(
                r"\d|\b(?:huyện|năm|đạt|điểm)\b", name, timeout=t) or len(name.split()) < 2:
            return []
        out.append(name)
    return out


# "năm 2019 và 2020 xếp hạng 59": years joined right before a rank (up to four words between), each ranked so
_SHARED_YEARS = regex.compile(r"(?<![\p{L}])(?i:năm|các năm)\s+(?P<ys>(?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:19|20)\d{2})+)"
                              r"\s*,?\s+(?:\p{L}+\s+){0,4}$")
_ANY_YEAR = regex.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/])")
_ITEM_SPLIT = regex.compile(r"\s*,\s*|\s+và\s+")
_DIGITS = regex.compile(r"\d{1,2}")


_PAREN = regex.compile(r"[()]")


def _parens(text: str) -> list[tuple[int, int]]:
    """The spans of the parentheses of ``text`` (an unclosed one runs to the end)."""
    out, stack = [], []
    if "(" not in text:
        return out  # no parenthesis opens (a ")" alone closes none)
    for m in _PAREN.finditer(text):
        i = m.start()
        if text[i] == "(":
            stack.append(i)
        elif stack:
            out.append((stack.pop(), i))
    out += [(o, len(text)) for o in stack]
    return out


def _outside(years: list[tuple[int, int]], parens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``(position, year)`` pairs of ``years`` (sorted) outside every parenthesis of ``parens``."""
    events = sorted([(o, 1) for o, _ in parens] + [(c, -1) for _, c in parens])
    out, depth, k = [], 0, 0
    for p, y in years:
        while k < len(events) and events[k][0] < p:
            depth += events[k][1]
            k += 1
        if depth <= 0:
            out.append((p, y))
    return out


def _valid_years(text: str, lo: int, hi: int, t: float, parens, pos: int) -> list[tuple[int, int]]:
    """The ``năm YYYY`` years of ``text[lo:hi]`` that can date a rank at ``pos``: not a comparison
    (``so với năm 2021``, ``kể từ năm 2017``) and not in a parenthesis closed before ``pos``."""
    cmp_rx = _extra()["comparison"]
    out = []
    for m in _YEAR.finditer(text, lo, hi, timeout=t):
        if cmp_rx.search(text[max(0, m.start() - 12):m.start("y")], timeout=t):
            continue
        if any(o < m.start() and m.end() <= c < pos for o, c in parens):
            continue
        out.append((m.start(), int(m.group("y"))))
    return out


def _ranked_before(doc: str, s0: int, t: float) -> bool:
    """Whether the lines right before a sentence caption a ranking of an index (``Kết quả xếp hạng Chỉ số CCHC năm
    2023 khối phường:`` over ``Thứ nhất: Phường 4``): an index named with a caption word of ``rank_tables``."""
    before = doc[max(0, s0 - 300):s0]
    return bool(_rank_tables._words()["caption"].search(before, timeout=t)) and \
        bool(_index_mentions(before, t) or _topic_of(before, t))
_SENTENCE_DOT = regex.compile(r"\.(?=\s|$)")


def _components_after(text: str, m, t: float) -> Optional[list]:
    """The components listed after a rank word and ``ở``/``về`` with their head (``dẫn đầu ở cả 3 trụ
    cột A, B và C``, ``dẫn đầu cả nước ở 2 tiêu chí: A (6,5 điểm); B (8,2 điểm)``, ``ở tiêu chí A với 5 điểm``):
    as many as the count written, else one (a singular head) or all (``các`` …)."""
    dot = _SENTENCE_DOT.search(text, m.end(), timeout=t)
    seg = text[m.end():dot.start() if dot else len(text)]
    masked = regex.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), seg, timeout=t)
    pieces = masked.split(";") if ";" in masked else masked.split(",")
    k = pieces[-1].rfind(" và ")
    if k >= 0:
        pieces[-1:] = [pieces[-1][:k], pieces[-1][k + 4:]]
    g = m.group("n")
    n = None if not g else int(g) if g.isdigit() else _extra()["list_counts"].get(g.lower())
    if n is None and not m.group("pl"):
        pieces = pieces[:1]
    out = []
    for piece in pieces:
        cut = _extra()["comp_end"].search(piece, timeout=t)
        name = (piece[:cut.start()] if cut else piece).strip(" :")
        if not name or len(name.split()) > 10:
            return None
        out.append(name)
        if cut:
            break  # "… (7,7 điểm) và được đánh giá cao": the list ends
    if n is not None and len(out) != n:
        return None
    return out


def _shared_components(window: str, comp, name: str, before_rank: str, t: float) -> list:
    """The components one rank is said of: ``chỉ số thành phần A và chỉ số B cùng xếp thứ 2`` → A, B;
    ``các trụ cột A, B và C của tỉnh đều xếp thứ nhất`` (a plural head, a shared marker before the
    rank) → A, B, C; else ``[name]``."""
    ex = _extra()
    parts = [p.strip() for p in ex["comp_split"].split(name) if p.strip()]
    if len(parts) > 1:
        return parts
    if ex["plural_head"].search(window[:comp.start("c")], timeout=t) and ex["shared_marker"].search(before_rank, timeout=t):
        seg = window[comp.start("c"):]
        cut = ex["comp_list_end"].search(seg, timeout=t)
        items = [x.strip() for x in _ITEM_SPLIT.split(seg[:cut.start()] if cut else seg, timeout=t)]
        if len(items) >= 2 and all(x and len(x.split()) <= 8 and not regex.search(r"\d", x, timeout=t) for x in items):
            return [_component_name(x, t) or x for x in items]
    return [name]


def _joined_indices(text: str, mentions: list, lo: int, hi: int, t: float) -> list:
    """The last run of index mentions of ``text[lo:hi]`` joined by commas, ``và``, ``lẫn`` (``PAR INDEX,
    SIPAS và DTI``)."""
    before = [x for x in mentions if lo <= x.start and x.end <= hi]
    run = before[-1:]
    for x in reversed(before[:-1]):
        if not _INDEX_JOIN.fullmatch(text, x.end, run[0].start, timeout=t):
            break
        run.insert(0, x)
    return run


def _component_name(name: str, t: float) -> Optional[str]:
    """A component's name without the province written after it (``chính quyền số Trà Vinh``)."""
    name = name.strip()
    places = [(a, b) for a, b, p in find_places(name, t) if p.kind == "province"]
    if places and places[-1][1] == len(name):
        name = regex.sub(r"(?:\s+(?:của|tỉnh|thành phố|TP\.?))+\s*$", "", " " + name[:places[-1][0]].rstrip(), timeout=t).strip()
    return name or None


def _listed_components(ctx, s, text: str, pos: int, n: int, t: float) -> Optional[list]:
    """The ``n`` components of a ``lần lượt`` list of ranks at ``pos``: named between a component
    head and ``lần lượt`` (``Các chỉ số thành phần A, B, C lần lượt xếp thứ 47, 39, 29``), else, with
    the head alone (``các chỉ số thành phần lần lượt xếp thứ …``), listed in one of the two sentences
    before in the paragraph (``… gồm 3 chỉ số thành phần: A, B và C.``)."""
    ex = _extra()
    lo = text.rfind("lần lượt", 0, pos)
    if lo < 0:
        return None
    heads = list(ex["comp_heads"].finditer(text, max(0, lo - 200), lo, timeout=t))
    if not heads:
        return None
    seg_start = heads[-1].end()
    if text[seg_start:lo].strip() and not ex["pointer"].fullmatch(text[seg_start:lo].strip(), timeout=t):
        # "Chỉ số CCHC … xếp thứ 30/63; A, B và C lần lượt …": the list is the clause after the last ";"
        seg_start = max(seg_start, text.rfind(";", seg_start, lo) + 1)
        items = [x.strip() for x in _ITEM_SPLIT.split(text[seg_start:lo], timeout=t)]
        items = [regex.sub(r"^(?:là|gồm)\s+", "", x, timeout=t) for x in items]
        return items if len(items) == n and all(items) else None
    para = ctx.paragraph_of(s.start)
    for sp in reversed(ctx.article.sentences[max(0, s.index - 2):s.index]):
        if ctx.paragraph_of(sp.start) != para:
            break
        st = ctx.text[sp.start:sp.end]
        for m in reversed(list(ex["comp_list"].finditer(st, timeout=t))):
            items = [st[a:b].strip() for a, b in _list_items(st, m.end(), t, capital=False)]
            if len(items) == n and not any(regex.search(r"\d", x, timeout=t) for x in items):
                return items
    return None


def _rank_year(ctx, s, h: _Hit, idx: IndexMention, parens, index_years, doc_years, title_years, doc_index_years,
               hits, t, mentions=()) -> Optional[int]:
    """The year of a rank (the index's year): one the phrase fixes (``thứ 12 năm 2019``, a rank in a
    parenthesis after ``so với năm 2018``), else the nearest year written before it in the sentence
    after its index, else the index's own year, the sentence's, the article's for that index, the
    last one written before the sentence, the title's. Comparisons never date a rank."""
    text, a = s.text, h.a
    if h.year is not None:
        return h.year
    main = _main_year(ctx, s, h, idx, parens, index_years, doc_years, title_years, doc_index_years, hits, t,
                      mentions)
    if h.prev_year:
        cmp_ = regex.search(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})", text, timeout=t)
        if cmp_:
            return int(cmp_.group("y"))
        return main - 1 if main else None
    after = _YEAR_AFTER.match(text, h.b, timeout=t)
    if after:
        return int(after.group("y"))
    enclosing = [o for o, c in parens if o < a and h.b <= c]
    if enclosing:
        m = regex.search(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s*$", text[:max(enclosing)], timeout=t)
        if m:
            return int(m.group("y"))  # "tụt 9 bậc so với năm 2018 (đứng thứ 20)"
    later = _extra()["year_later"].match(text, h.b, timeout=t)
    if later:
        return int(later.group("y"))  # "xếp vị trí 27 của cả nước năm 2021", "… với 67,18 điểm trong năm 2022"
    return main


def _main_year(ctx, s, h, idx, parens, index_years, doc_years, title_years, doc_index_years, hits, t,
               ctx_mentions=()) -> Optional[int]:
    text, a = s.text, h.a
    others = [(x.a, x.b) for x in hits if x is not h]

    def own(ys):  # a year inside another rank's phrase ("từ vị trí 12 năm 2019 lên 8") is that rank's
        return [(p, y) for p, y in ys if not any(x <= p < z for x, z in others)]

    lo = max(idx.end, 0) if idx.start >= 0 else 0
    # "Năm 2022, tỉnh xếp thứ 20; năm nay tỉnh xếp thứ 12": this year, the index's year of the article
    this = [m for m in _THIS_YEAR.finditer(text, 0, a, timeout=t) if not any(x <= m.start() < z for x, z in others)]
    if this and not any(p > this[-1].start() for p, _ in own(_valid_years(text, this[-1].start(), a, t, parens, a))):
        year = idx.year or index_years.get(idx.index) or doc_index_years.get(idx.index) or ctx.doc_year
        if year:
            return year
    if lo < a:
        closer = own(_valid_years(text, lo, a, t, parens, a))
        if closer:
            return closer[-1][1]  # "PAR INDEX 2019 … năm 2016 xếp thứ 36/63"
    if idx.year is not None:
        return idx.year
    ys = own(_valid_years(text, 0, a, t, parens, a))
    if ys:
        return ys[-1][1]
    # "PAR INDEX 2023 đạt 85,1%, xếp hạng 30/63; SIPAS đạt 82%, xếp hạng 40/63": another index's year
    # written before in the sentence is the sentence's year
    sibling = [x.year for x in ctx_mentions if x.year and x.end <= a
               and not any(o < x.start and x.end <= c < a for o, c in parens)]
    if sibling:
        return sibling[-1]
    for years in (index_years, doc_index_years):  # the index's year written before, else anywhere in the article
        if years.get(idx.index):
            return years[idx.index]
    years, positions = doc_years
    k = bisect.bisect_left(positions, s.start)
    if k:
        return years[k - 1][1]
    if title_years:
        return title_years[-1]
    if k < len(years):
        return years[k][1]  # the article's first year, written after its first rank
    # no year but the one compared with: "xếp thứ 34/63, tăng 1 bậc so với năm 2020" is the rank of 2021
    cmp_ = _COMPARED_YEAR_IN.search(text, timeout=t)
    return int(cmp_.group("y")) + 1 if cmp_ else None


@lru_cache(maxsize=1)
def _item_rx():
    r = _data_file()["component_items"]
    heads = _alt(sorted(r["heads"], key=len, reverse=True))
    ranks = _alt(sorted(r["rank_words"], key=len, reverse=True))
    leads = _alt(sorted(r["lead_words"], key=len, reverse=True))
    item = regex.compile(r"\s*(?:[,;:]|\n[ \t]*[-–•+*]?|^[-–•+*]?|(?=(?i:và)\s))[ \t]*(?:(?i:" + leads + r")\s+)?(?:(?i:" + heads + r")\s+)?"
                         r"(?P<name>\p{L}[^,;:()\d\n]{1,60}?)\s*(?P<tie>:\s*|\(\s*)?(?P<rank>(?i:" + ranks +
                         r")\s+(?P<r>\d{1,2})(?![\d.,]\d)(?:\s?/\s?(?P<o>\d{1,3}))?)(?![\d\p{L}])")
    cue = regex.compile(r"(?<![\p{L}])(?i:" + _alt(r["cues"]) + r")(?![\p{L}])")
    not_end = regex.compile(r"(?<![\p{L}])(?i:" + _alt(r["name_not_end"]) + r")$")
    generic = {w.casefold() for w in r["generic_names"]}
    not_body = regex.compile(r"(?i:" + _alt(r["not_bodies"]) + r")(?![\p{L}])")
    return item, cue, not_end, generic, not_body


def _component_items(ctx, s, text: str, facts_before: int, mentions: list, t: float,
                     earlier: Optional[list] = None) -> None:
    """A list of component ranks going on after a rank of the sentence: ``…, trong đó chỉ số chính quyền
    số xếp thứ 1, kinh tế số thứ 9, xã hội số thứ 9`` → the elliptical items rank the components
    ``kinh tế số``, ``xã hội số`` of the same index and year; an item written with its verb names its
    component (``…, cải cách TTHC xếp thứ 40``); an item naming an index ranks that index. A sentence
    with no rank of its own goes on with the last rank of the sentence before in the paragraph when it
    holds a cue (``Các trụ cột: chính quyền số: thứ 5; kinh tế số: thứ 12``)."""
    item, cue, not_end, generic, not_body = _item_rx()
    new = sorted((f for f in ctx.facts[facts_before:] if f.type == "ranking"), key=lambda f: f.start)
    for f in new:
        if f.component and f.component.casefold() in generic:
            f.component = None
        elif f.component and ":" in f.component and f.component.split(":")[0].strip().casefold() in generic:
            f.component = f.component.split(":", 1)[1].strip() or None  # "lĩnh vực thành phần: cải cách thể chế"
    carry = None
    if not new:
        if s.index == 0 or not cue.search(text, timeout=t):
            return
        # the ranks of the sentence before (``earlier``: kept by the caller, so that a long text is
        # not walked again for every sentence)
        pool = ctx.facts[:facts_before] if earlier is None else earlier
        before = [f for f in pool if f.type == "ranking" and f.end <= s.start]
        if not before:
            return
        sp = ctx.article.sentences[s.index - 1]
        last = max(before, key=lambda f: f.end)
        if not (sp.start <= last.start < sp.end) or ctx.paragraph_of(sp.start) != ctx.paragraph_of(s.start) and \
                not ctx.text[sp.start:sp.end].rstrip().endswith(":"):
            return
        carry = last
    seps = [0] + [m.start() for m in regex.finditer(r"[,;:\n]|(?<=\s)(?i:và)(?=\s)", text, timeout=t)]
    for i, lo in enumerate(seps):
        m = item.match(text, lo, timeout=t)
        if not m:
            continue
        chunk = text[seps[i - 1]:lo] if i else ""
        # "chỉ số công khai, minh bạch xếp thứ 2": a comma inside the name, the item is not "minh bạch"
        split_name = bool(chunk.strip(" ,;:")) and chunk.strip(" ,;:").casefold() not in generic and \
            not regex.search(r"\d", chunk, timeout=t) and \
            not any(s.start + seps[i - 1] < f.end <= s.start + lo + 1 for f in new)
        name = m.group("name").strip()
        if not_end.search(name, timeout=t) or name.casefold() in generic or len(name.split()) > 10:
            continue
        a, b = m.start("rank"), m.end("rank")
        prev = [f for f in new if f.end <= s.start + lo + 1]
        had = [f for f in new if f.start - s.start <= b and a <= f.end - s.start]
        anchor = prev[-1] if prev else carry
        cued = cue.search(text, 0, m.start("name"), timeout=t) is not None
        tied = bool(m.group("tie"))
        named = [x for x in mentions if x.start < m.end("name") and m.start("name") < x.end]
        whole = bool(named) and (named[0].start <= m.start("name") or _JOIN_GAP.fullmatch(
            text, m.start("name"), named[0].start, timeout=t) is not None)
        if not (tied or whole or cued or (anchor is not None and anchor.component)):
            continue
        if anchor is None and not had:
            continue
        if not_body.match(name, timeout=t) is None and (any(True for _ in find_places(name, t)) or _ranked_unit(
                name, t) or _extra()["body"].match(name, timeout=t)):
            continue
        if had:
            for f in had:
                if not split_name and f.component is None and not named and (anchor is None or f.index == anchor.index) and \
                        (not f.out_of or cued):
                    f.component = name
            continue
        if ctx.is_claimed(s.start + a, s.start + b):
            continue
        rank = int(m.group("r"))
        if rank < 1:
            continue
        index = named[0].index if named else anchor.index
        f = ctx.add(Ranking, s.start + a, s.start + b, claim=True, index=index,
                    component=None if named else name, rank=rank,
                    out_of=int(m.group("o")) if m.group("o") else None, year=anchor.year, change=None)
        new.append(f)


_JOIN_GAP = regex.compile(r"\s*(?:(?i:chỉ số)\s+)?")
