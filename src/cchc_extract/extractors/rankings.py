"""Rankings of a province on a reform index (SPEC §3 ``ranking``; GUIDE §8).

A rank phrase (``xếp thứ 6/63``, ``đứng thứ 5/6 khu vực``, ``xếp hạng 11/63``, ``vị trí thứ 32``,
``đứng đầu``/``dẫn đầu``/``quán quân`` → 1) is a ranking when an index is named in the sentence
(or earlier in the same paragraph): the index written right after the phrase (``xếp thứ 2 về
Chỉ số … (PAPI)``) or else the nearest one before it (``data/indices.json``). ``year`` is the
year written with that index (``PAR INDEX 2022``, ``Chỉ số CCHC năm 2019``) or the nearest
``năm YYYY`` before the phrase; ``change`` from ``tăng/giảm N bậc`` next to it; ``component`` from
``chỉ số thành phần …``. ``subject`` is filled by the link stage. A rank after a goal word
(``phấn đấu``, ``mục tiêu``: ``data/numbers.json`` ``target_triggers``) is a target, not a ranking.

The words are in ``data/indices.json``: the index names (``indices``), other acronyms
(``other_acronym``), ``đứng đầu``-like words (``rank_words``) and the words of rank phrases,
counts, last places, changes and components (``rank_phrases``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ..gazetteer import find_places
from ..models import Ranking
from ..resources import load
from ..patterns import has_digit
from .base import extractor


@dataclass
class IndexMention:
    start: int
    end: int
    index: str
    year: Optional[int]


@lru_cache(maxsize=1)
def _data():
    d = load("indices")
    alts = []
    names = []
    for i, entry in enumerate(d["indices"]):
        alts.append(f"(?P<i{i}>" + "|".join(entry["patterns"]) + ")")
        names.append(entry["index"])
    index_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(alts) + r")(?![\p{L}])"
                             r"(?:\s*\([^()]{1,40}\))?(?:\s*(?:cấp tỉnh|của tỉnh|tỉnh))?(?:\s*\((?P<acr>[A-Z]{3,6}(?: INDEX)?)\))?"
                             r"(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?![\d/]))?", regex.I)
    other_rx = regex.compile(d["other_acronym"]["pattern"] + r"(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2}))?")
    first = "|".join(regex.escape(w) for w in d["rank_words"]["first"])
    second = "|".join(regex.escape(w) for w in d["rank_words"]["second"])
    topics_rx = regex.compile(d["not_index_topics"]["pattern"], regex.I)
    not_indices = frozenset(d["other_acronym"]["not_indices"])
    goals = load("numbers")["target_triggers"]  # a rank after a goal word is a target (numbers)
    goal_rx = regex.compile(r"(?<![\p{L}])" + "".join(f"(?<!{regex.escape(w)} )" for w in goals["rank_goal_not_after"]) +
                            r"(?:" + "|".join(regex.escape(w) for w in goals["rank_goal_words"]) + r")(?![\p{L}])", regex.I)
    return names, index_rx, other_rx, first, second, topics_rx, not_indices, goal_rx


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in words)


@lru_cache(maxsize=1)
def _phrases() -> dict:
    """The rank-phrase patterns, with the words of ``data/indices.json`` ``rank_phrases``."""
    r = load("indices")["rank_phrases"]
    out_of = (r"(?:\s?/\s?|\s+(?:" + _alt(r["out_of_words"]) + r")\s+)(?P<of>\d{1,3})(?!\d|[.,]\d|\s*%)")
    return dict(
        rank=regex.compile(
            r"(?<![\p{L}])(?:(?:" + _alt(r["verbs"]) + r")\s+(?:ở\s+)?(?:vị trí\s+)?"
            r"(?:" + "|".join(r["rank_nouns"]) + r")\s+|xếp hạng\s+(?:thứ\s+)?|(?<=[\s(])hạng\s+|(?:với|ở|tại)?\s*vị (?:trí|thứ)(?:\s+thứ)?\s+"
            r"|(?<=(?:\bvà|[,;])\s)thứ\s+|(?:xếp|đứng)\s+(?=\d{1,2}\s?/\s?\d))"
            r"(?P<rank>\d{1,2})(?![\d]|[.,]\d)(?:" + out_of + r")?"
            r"|\(\s*(?P<prank>\d{1,2})\s?/\s?(?P<pof>\d{1,3})\s*\)", regex.I),
        counted=regex.compile(r"\s+(?:" + _alt(r["counted_nouns"]) + r")(?![\p{L}])(?!\s+\p{Lu})"),
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["last_words"]) + r")(?:\s+(?:cả nước|toàn quốc))?\s+(?:trong|trên)\s+"
                           r"(?:số\s+|tổng số\s+)?(?P<n>\d{1,3})(?!\d)", regex.I),
        anaphor=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["anaphor_heads"]) + r") (?:" + _alt(r["anaphor_pointers"]) +
                              r")(?![\p{L}])", regex.I),
        change=regex.compile(r"(?<![\p{L}])(?P<dir>" + _alt(r["change_verbs"]) + r")\s+(?P<n>\d{1,2})\s+(?:" +
                             _alt(r["change_units"]) + r")", regex.I),
        change_down=frozenset(w.lower() for w in r["change_down"]),
        component=regex.compile(r"chỉ số thành phần(?:\s+(?:về|là))?\s+(?P<c>[^,;()]{3,80}?)(?=\s+(?:" +
                                _alt(r["component_ends"]) + r")\b|[,;(]|$)", regex.I),
    )


_YEAR = regex.compile(r"(?:năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
_LEAD_COMPONENT = regex.compile(
    r"(?:^|[,;:]\s*|\b(?i:trong đó),?\s*)(?:(?i:và|còn|riêng)\s+)?(?P<list>(?:(?i:chỉ số)(?: thành phần)?\s+)?\p{Lu}[^,;:()%]{2,80}?"
    r"(?:\s+và\s+(?:(?i:chỉ số)(?: thành phần)?\s+)?\p{Lu}[^,;:()%]{2,80}?)?)(?<!\svà)\s*$")
_SEP = regex.compile(r"[;]|\s(?:và|còn)\s")


def _index_mentions(text: str, t: float) -> list[IndexMention]:
    names, index_rx, other_rx = _data()[:3]
    out = []
    for m in index_rx.finditer(text, timeout=t):
        name = next(names[i] for i in range(len(names)) if m.group(f"i{i}"))
        acr = m.group("acr")
        if acr:
            acr_u = acr.upper()
            for n in names:
                if acr_u == n or acr_u.replace(" ", "") == n.replace(" ", ""):
                    name = n
        out.append(IndexMention(m.start(), m.end(), name, int(m.group("year")) if m.group("year") else None))
    for m in other_rx.finditer(text, timeout=t):
        acr = m.group("acr")
        if acr in names or acr in _data()[6] or any(o.start <= m.start("acr") < o.end for o in out):
            continue
        out.append(IndexMention(m.start(), m.end(), acr, int(m.group("year")) if m.group("year") else None))
    return sorted(out, key=lambda x: x.start)


def _pick_index(mentions: list[IndexMention], text: str, pos: int, end: int, next_rank: int) -> Optional[IndexMention]:
    # an index written right after the phrase: "xếp thứ 2 toàn quốc về Chỉ số … (PAPI)"
    after = [m for m in mentions if end <= m.start < next_rank and
             regex.fullmatch(r"\s*|[^;.]{0,30}?(?:\bvề|trên bảng xếp hạng|bảng xếp hạng|của)\s+|[^;.()]{0,90}?\bvề\s+", text[end:m.start])]
    if after:
        return after[0]
    before = [m for m in mentions if m.end <= pos]
    if before:
        return before[-1]
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
    if any(start <= x.end and x.start < a for x in mentions):
        return []
    names = regex.split(r"\s+và\s+", m.group("list").strip())
    out = []
    for name in names:
        name = regex.sub(r"^chỉ số(?: thành phần)?\s+", "", name, flags=regex.I).strip()
        if not name or any(True for _ in find_places(name, t)) or regex.search(
                r"\d|\b(?:huyện|năm|đạt|điểm)\b", name, timeout=t) or len(name.split()) < 2:
            return []
        out.append(name)
    return out


@extractor(produces=("ranking",),
           requires=("legal_ref", "date", "period"))
def extract(ctx) -> None:
    _, _, _, first, second, topics_rx, _, goal_rx = _data()
    ph = _phrases()
    t = ctx.timeout
    words_rx = regex.compile(r"(?<![\p{L}])(?<!các tỉnh |nhóm |những tỉnh |trong các |người |cấp )(?P<w>" + first + "|" + second + r")(?![\p{L}])", regex.I)
    second_words = set(w.lower() for w in second.replace("\\", "").split("|"))
    carried: list[IndexMention] = _index_mentions(ctx.article.title or "", t)
    index_years = {m.index: m.year for m in carried if m.year}
    for s in ctx.sentences():
        mentions = _index_mentions(s.text, t)
        hits = []
        digits = has_digit(s.text)  # a rank phrase, "cuối bảng trong 63" and "tăng 3 bậc" have one
        for m in ph["rank"].finditer(s.text, timeout=t) if digits else ():
            if m.group("prank"):
                hits.append((m.start(), m.end(), int(m.group("prank")), int(m.group("pof"))))
                continue
            if not m.group("of") and ph["counted"].match(s.text, m.end()):
                continue  # "xếp hạng 17 bộ, cơ quan": a count, not a rank
            hits.append((m.start(), m.end(), int(m.group("rank")), int(m.group("of")) if m.group("of") else None))
        for m in ph["last"].finditer(s.text, timeout=t) if digits else ():
            n = int(m.group("n"))
            hits.append((m.start(), m.end(), n, n))
        for m in words_rx.finditer(s.text, timeout=t):
            if any(a <= m.start() < b for a, b, _, _ in hits):
                continue
            rank = 2 if m.group("w").lower() in second_words else 1
            hits.append((m.start(), m.end(), rank, -1))
        hits = sorted(h for h in hits if h[3] is None or h[3] == -1 or 0 < h[2] <= h[3])
        goal = goal_rx.search(s.text, timeout=t)
        changes: dict[int, int] = {}
        if goal is not None:
            hits = [h for h in hits if h[0] < goal.start()]  # a rank inside a goal is a target
        prev_idx = None
        # each "tăng/giảm N bậc" belongs to the nearest rank phrase of the sentence
        for c in ph["change"].finditer(s.text, timeout=t) if digits else ():
            if not hits:
                break
            dist = [min(abs(c.start() - h[1]), abs(h[0] - c.end())) for h in hits]
            k_near = dist.index(min(dist))
            if min(dist) <= 80 and k_near not in changes:
                n = int(c.group("n"))
                changes[k_near] = -n if c.group("dir").lower() in ph["change_down"] else n
                ctx.claim(s.start + c.start(), s.start + c.end())
        for k, (a, b, rank, of) in enumerate(hits):
            next_rank = hits[k + 1][0] if k + 1 < len(hits) else len(s.text)
            idx = _pick_index(mentions, s.text, a, b, next_rank)
            if of == -1:
                of = None
                if idx is None and prev_idx is not None:
                    idx = prev_idx  # "… đứng thứ 19, nhưng dẫn đầu khu vực": the index of the rank before
                if idx is None and not (carried and ph["anaphor"].search(s.text, timeout=t)):
                    continue  # "đứng đầu" needs its index in the same sentence (or "chỉ số này")
            if idx is None and carried and not topics_rx.search(s.text, timeout=t):
                idx = carried[-1]
                idx = IndexMention(-1, -1, idx.index, idx.year)
            if idx is None:
                continue
            if ctx.is_claimed(s.start + a, s.start + b):
                continue
            year = idx.year
            lo = max(idx.end, 0) if idx.start >= 0 else 0
            closer = list(_YEAR.finditer(s.text, lo, a, timeout=t)) if lo < a else []
            if closer and not regex.search(r"so với\s*$", s.text[max(0, closer[-1].start() - 10):closer[-1].start()]):
                year = int(closer[-1].group("y"))  # "PAR INDEX 2019 … năm 2016 xếp thứ 36/63"
            if year is None:
                ys = [y for y in _YEAR.finditer(s.text[:a], timeout=t)]
                year = int(ys[-1].group("y")) if ys else None
            if year is None:
                year = index_years.get(idx.index)
            if year is None:
                ys = list(_YEAR.finditer(ctx.text, max(0, ctx.text.rfind("\n", 0, s.start)), s.start, timeout=t))
                year = int(ys[-1].group("y")) if ys else None
            change = changes.get(k)
            window = s.text[idx.start:a] if 0 <= idx.start < a else s.text[:a]
            comp = ph["component"].search(window, timeout=t)
            components = [comp.group("c").strip()] if comp else _lead_components(
                s.text, hits[k - 1][1] if k else 0, a, mentions, t)
            prev_idx = idx
            for component in components or [None]:
                ctx.add(Ranking, s.start + a, s.start + b, index=idx.index, component=component, rank=rank,
                        out_of=of, year=year, change=change)
        carried += mentions
        for mnt in mentions:
            if mnt.year:
                index_years[mnt.index] = mnt.year
