"""Rankings of a province on a reform index (docs/format.md ``ranking``; GUIDE §8).

A rank phrase (``xếp thứ 6/63``, ``đứng thứ 5/6 khu vực``, ``xếp hạng 11/63``, ``vị trí thứ 32``,
``đứng đầu``/``dẫn đầu``/``quán quân`` → 1) is a ranking when an index is named in the sentence
(or earlier in the same paragraph): the index written right after the phrase (``xếp thứ 2 về
Chỉ số … (PAPI)``) or else the nearest one before it (``data/indices.json``). ``year`` is the
year written with that index (``PAR INDEX 2022``, ``Chỉ số CCHC năm 2019``) or the nearest
``năm YYYY`` before the phrase; ``change`` from ``tăng/giảm N bậc`` next to it; ``component`` from
``chỉ số thành phần …``. ``subject`` is filled by the link stage. A rank after a goal word
(``phấn đấu``, ``mục tiêu``: ``data/numbers.json`` ``target_triggers``) is a target, not a ranking,
and so is a rank to reach written as an item of a goal list (``xếp vị thứ 20/63`` under ``các chỉ tiêu
năm 2025 như sau:``).

Also: ordinals (``xếp thứ ba``, ``xếp hạng nhì``, ``á quân``); moves (``từ vị trí 20 lên 17``: two
ranks, the earlier one of the year compared with, the later one with the change); an earlier
year's rank in a parenthesis (``(năm 2022 là 25)``); ordered lists (``3 địa phương dẫn đầu lần lượt
là A, B, C``, ``theo sau là A và B``, ``lần lượt xếp thứ 2 và 3``); one rank shared by two indices
(``cả hai chỉ số này``, ``cả PAR INDEX lẫn SIPAS``) or by the components listed after it; the
province named right after the rank (``đứng thứ 2 là Bình Dương``) as its subject; acronyms an
article defines (``Chỉ số Xanh cấp tỉnh (PGI)``). A year after a comparison word (``so với năm
2021``) or in a parenthesis closed before the rank never dates it; without a year in the sentence
the index's year, then the last year written before, carries. A ``tăng/giảm N bậc`` goes to the
rank said before it (not one in a parenthesis closed before it), else to the rank right after it,
else (a sentence with no rank) to the rank of the sentence before or, failing that, of the next one.
A year written with another index of the sentence (``PAR INDEX 2023 … xếp hạng 30/63; SIPAS …
xếp hạng 40/63``) and ``năm nay`` (the article's index year) date a rank too. Ranks listed after as
many provinces (``Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7``), a bare ``thứ N`` right
after a province, ``(thứ 1)`` after each province are rankings; a weekday (``thứ 2 ngày 15/4``), a
rank word about another topic with an index only carried from before (``dẫn đầu toàn tỉnh về tỷ lệ
hồ sơ``), and sport or exam ranks (``not_index_topics``) are not.

Lists and tables: provinces listed before ``lần lượt`` take ordinal ranks too (``Quảng Ninh, Hải Phòng,
Long An lần lượt đứng thứ nhất, thứ hai và thứ ba``); a ``tiếp theo lần lượt là`` list of provinces in
the next sentence continues the ranks of the list before; component ranks listed after ``lần lượt``
take the components named before it or listed in one of the two sentences before (``… gồm 3 chỉ số
thành phần là A, B và C. Các chỉ số thành phần này lần lượt xếp thứ 47, 39 và 29``); a PAPI axis,
DTI pillar or PAR INDEX field (``trục nội dung``, ``trụ cột``, ``lĩnh vực``) before a rank is its
component; ``cao nhất cả nước``/``khu vực``/``trong 63 tỉnh`` right after an index's or component's
score (or, for a region, after another rank of the index) is rank 1; the rows of pipe tables and
numbered lists ranking an index named in their caption or header are rankings (``_rank_tables``).
Ranks said before the provinces listed after ``lần lượt`` (``Đứng thứ 2, 3 lần lượt là A và B``), a
range of places (``các vị trí từ 2 đến 4 lần lượt thuộc về A, B và C``) and numbers listed after
``lần lượt là`` with as many names before (``Về xếp hạng A, B, C, thứ hạng của tỉnh lần lượt là 22, 9,
13``: provinces, else components) are rankings; a rank word followed by the index and ``là``
(``Đứng đầu bảng xếp hạng PCI 2023 là Quảng Ninh``) takes that province. A list after a first place
gives the next ranks without ``lần lượt`` too (``Đà Nẵng xếp hạng nhất, theo sau là A, B``; ``… tiếp theo
là A (3), B (4)``; ``Các vị trí tiếp theo là A (25,66 điểm), B …`` in the sentence after the leader's, unless
a group was listed after that rank); provinces listed before ``lần lượt là`` and a top word (``A, B và C lần
lượt là các địa phương có PCI cao nhất``) rank 1, 2, 3; moves listed after ``lần lượt`` (``A và B tăng lần lượt
từ thứ 31 lên 2 và 16 lên 10``) take the provinces before; a rank word followed by ``ở``/``về`` and the
components it is said of (``dẫn đầu ở cả 3 trụ cột A, B và C``) is one rank per component. Not ranks: a
number of years or steps after a rank noun (``giữ vững vị trí 3 năm liên tiếp``, ``thăng hạng 2 bậc``),
ranks in the items of a list of goals (``… các chỉ tiêu chủ yếu như sau: - PAR INDEX … xếp vị thứ 20/63``).
Years: a rank in a parenthesis right after ``so với năm X`` is X's; an edition compared with (``so với PCI
2021``) dates nothing; a year after the rank's scope or score (``xếp vị trí 27 của cả nước năm 2021``) is
its year; with no year but the one compared with, the rank is of the year after it.

Also: indices joined before a shared word share the rank after it (``Về PAR INDEX và SIPAS 2023, Hải
Phòng đều xếp thứ nhất``) and indices listed before ``lần lượt`` take the ranks listed after in order
(``PCI và PAPI … lần lượt xếp thứ 10 và 20``); components named each with its head (``chỉ số A và chỉ
số B cùng xếp thứ 2``) or listed after a plural head before a shared word (``các trụ cột A, B và C …
đều xếp thứ nhất``) share the rank; ``Thứ hạng PCI 2023 của tỉnh là 15/63``; ``Top 3 lần lượt là …``
and ``Xếp sau Quảng Ninh lần lượt là …`` lists; an earlier year's rank also after ``năm trước`` or a
comma (``xếp hạng 18/63, năm 2022 là 27/63``), taking no change; changes in words (``lên một bậc``,
``vượt 30 thứ hạng``); ``thứ hai là`` followed by no name is a point of a list, not a rank, nor is a point
numbered at the head of its clause (``các nhiệm vụ: thứ nhất, A; thứ 3, C``). A list of component ranks
going on after a rank (``…, trong đó chỉ số chính quyền số xếp thứ 1, kinh tế số thứ 9, xã hội số thứ 9``;
``X: thứ 5; Y: thứ 12``; ``X (thứ 5), Y (thứ 12)``; ``X hạng 5, Y hạng 12``; one item a line) ranks each
named component of the same index and year, an item naming an index ranks that index; indices joined
after a rank and ``về`` (``dẫn đầu khu vực … về Chỉ số SIPAS và Chỉ số CCHC``) share it; a rank followed
by a count of indices (``đứng đầu cả 4 chỉ số``) ranks the ones named and not ranked so already.

Also: a rank label heading its clause and followed by a colon or a dash names the ranked unit after it (``Hạng
1: Quảng Ninh; Hạng 2: Hải Phòng``, ``hạng nhì – Hải Phòng``, ``- Hạng nhất: Quảng Ninh``; a body or a district
leaves the subject null); an ordinal after a province (``Hải Phòng hạng nhì``) or after ``vị trí thứ``; bare
ordinals going on a respective list (``lần lượt xếp hạng nhất, nhì và ba``); ordinals listed before ``lần lượt
thuộc về`` and as many provinces (``các vị trí nhất, nhì, ba lần lượt thuộc về A, B và C``); ``thứ hạng N``
without a verb; the next places of bodies after a first place in the sentence before (``4 vị trí tiếp theo
thuộc về Bộ A, Bộ B …``); indices joined after a rank and a noun with a colon (``quán quân ở cả hai bảng xếp
hạng: Chỉ số … (PAR Index) và Chỉ số … (SIPAS)``); component items said with ``ở vị trí thứ`` or after a lead
word (``Trong đó, chính quyền số xếp thứ 22, …``).

Also: an index named by its topic in a rank's sentence or title (``xếp thứ 12/63 về công tác cải cách hành chính``,
``Về chuyển đổi số năm 2023, …``, ``bảng xếp hạng chuyển đổi số``, ``tăng 5 bậc trong đánh giá chuyển đổi số``:
``index_topics``), carried on like a name; an index named by name since the rank before wins over a topic, and a rank
said of a topic is none when a country, a contest, an award or a school is ranked, or a measure between the rank and the
topic (``dẫn đầu về tỷ lệ hồ sơ trực tuyến trong cải cách hành chính``), or a lead word ranks no province, body or scope.

Also: a list after a first place said with ``kế sau là``, ``tiếp đó là`` (``Bộ A đứng đầu … Kế sau là Bộ B, Ngân
hàng Nhà nước và Bộ C``: bodies too, in the sentence after: ``after_rank_list_words``) goes on from the rank said last
before it in the text; ``xếp hạng thứ tự 16/19``; the rank of the year compared with right after a change (``tăng 3
bậc so với năm 2013 là 19/19 đơn vị``); one rank of each of the years joined right before it (``năm 2019 và 2020
xếp hạng 59``); ``xếp thứ hạng cao nhất`` is first (not ``… từ trước đến nay``, the best ever).

Units of any level: the units a list or a table may rank are provinces, bodies and administrative units named with
their kind, in any case, with a name or a number, after their council or committee or not (``xã Tân Phú``, ``Phường
4``, ``Ủy ban nhân dân Phường 4``: ``unit_kinds``, ``unit_owners``). A last place said with no number (``đứng cuối bảng
xếp hạng``, ``xếp chót``: ``last_place_words``) is the last of a total of ranked units stated before it in its
paragraph (``trong số 19 đơn vị``, ``08/08 huyện``, ``của 13 huyện, thị xã``, ``xếp loại 141 xã``: ``total_nouns``;
rank = out_of = the total), not the last of a group (``3 địa phương đứng cuối``, ``các tỉnh đứng cuối``, ``lần lượt``)
nor of a total of leaders (``trong 10 tỉnh dẫn đầu``). A list said in order with no count of its own (``Xếp hạng PCI
2023 theo thứ tự từ cao xuống thấp: A, B, C``, ``các vị trí dẫn đầu lần lượt thuộc về A, B``: ``ordered_words``), in a
sentence naming the index and a ranking (``ordered_cues``), ranks its units 1, 2, 3 …; ``theo thứ tự là`` after a
count works as ``lần lượt là``; a group (``Top 10 … gồm: A, B, C``) stays unranked. Units named before a word of sharing
and one rank (``Phường 5 và Phường 10 cùng xếp thứ 3``, ``đồng hạng nhất``: ``tie_markers``) give one ranking each,
of the rank's span. A change said inside a move (``từ xếp hạng thứ 20 năm 2016, … tăng 18 bậc, lên hạng hai``) goes
to the rank the move led to.

The words are in ``data/indices.json``: the index names (``indices``), the topics naming them (``index_topics``), other acronyms
(``other_acronym``), ``đứng đầu``-like words (``rank_words``) and the words of rank phrases,
counts, last places, changes and components (``rank_phrases``), the items of a list of component ranks
and the indices sharing a rank after it (``component_items``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..gazetteer import find_places
from ..models import Ranking
from ..resources import load
from . import _rank_tables
from .base import extractor


@dataclass
class IndexMention:
    """An index named in the text, with its year when one is written (``topic``: named by its topic only)."""
    start: int
    end: int
    index: str
    year: Optional[int]
    topic: bool = False


@lru_cache(maxsize=1)
def _data():
    d = load("indices")
    alts = []
    names = []
    for i, entry in enumerate(d["indices"]):
        alts.append(f"(?P<i{i}>" + "|".join(entry["patterns"]) + ")")
        names.append(entry["index"])
    index_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(alts) + r")(?![\p{L}])"
                             r"(?:\s*\((?:[^()]{0,30}?(?<![\d/.,])(?P<pyear>(?:19|20)\d{2})(?![\d/]|\s?[-–]\s?(?:19|20)\d{2})[^()]{0,10}|[^()]{1,40})\))?(?:\s*(?:cấp tỉnh|của tỉnh|tỉnh))?(?:\s*\((?P<acr>[A-Z]{3,6}(?: INDEX)?)\))?"
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


def _alt_long(words) -> str:
    """The words as alternatives, the longest first (``xếp cuối cùng`` before ``xếp cuối``)."""
    return _alt(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _phrases() -> dict:
    """The rank-phrase patterns, with the words of ``data/indices.json`` ``rank_phrases``."""
    r = load("indices")["rank_phrases"]
    out_of = (r"(?:\s?/\s?|\s+(?:" + _alt(r["out_of_words"]) + r")\s+)(?P<of>\d{1,3})(?!\d|[.,]\d|\s*%)")
    return dict(
        rank=regex.compile(
            r"(?<![\p{L}])(?:(?:" + _alt(r["verbs"]) + r")\s+(?:ở\s+)?(?:vị trí\s+)?"
            r"(?:" + "|".join(r["rank_nouns"]) + r")\s+|xếp hạng\s+(?:thứ(?:\s+tự)?\s+)?|thứ hạng\s+(?:thứ\s+)?|(?<=[\s(])hạng\s+|(?:(?<!(?<![\p{L}])so\s)với|ở|tại)?\s*vị (?:trí|thứ)(?:\s+(?:thứ|số))?\s+"
            r"|(?<=(?:\bvà|[,;])\s)thứ\s+|(?:xếp|đứng)\s+(?=\d{1,2}\s?/\s?\d))"
            r"(?P<rank>\d{1,2})(?![\d]|[.,]\d)(?:" + out_of + r")?"
            r"|\(\s*(?P<prank>\d{1,2})\s?/\s?(?P<pof>\d{1,3})\s*\)", regex.I),
        counted=regex.compile(r"\s+(?:" + _alt(r["counted_nouns"]) + r")(?![\p{L}])(?!\s+\p{Lu})"),
        last=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["last_words"]) + r")(?:\s+(?:cả nước|toàn quốc))?\s+(?:trong|trên)\s+"
                           r"(?:số\s+|tổng số\s+)?(?P<n>\d{1,3})(?!\d)", regex.I),
        anaphor=regex.compile(r"(?<![\p{L}])(?:" + _alt(r["anaphor_heads"]) + r") (?:" + _alt(r["anaphor_pointers"]) +
                              r")(?![\p{L}])", regex.I),
        change=regex.compile(r"(?<![\p{L}])(?P<dir>" + _alt(r["change_verbs"]) + r")\s+(?:(?:" + _alt(r["change_fillers"]) +
                             r")\s+)?(?P<n>\d{1,2}|" + _alt(sorted(r["number_words"], key=len, reverse=True)) + r")\s+(?:" +
                             _alt(r["change_units"]) + r")(?![\p{L}])", regex.I),
        number_words={k.lower(): v for k, v in r["number_words"].items()},
        change_down=frozenset(w.lower() for w in r["change_down"]),
        component=regex.compile(r"(?:" + _alt(r["component_words"]) + r")(?:\s+chính(?=\s*:))?\s*:?(?:\s*\([^()]{1,12}\))?(?:\s+(?:về|là))?\s+(?P<c>[^,;()]{3,80}?)(?=\s+(?:" +
                                _alt(r["component_ends"]) + r")\b|[,;(]|$)", regex.I),
    )


_YEAR = regex.compile(r"(?:năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
_WEEKDAY_DATE = regex.compile(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s?[/-]\s?\d{1,2}(?!\d)")
_PAREN_RANK = regex.compile(r"\(\s*(?P<p>(?:xếp |đứng )?(?:thứ|hạng)\s+(?P<r>\d{1,2})(?:\s?/\s?(?P<o>\d{1,3}))?)\s*\)", regex.I)
_COMPARED_YEAR = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s*$")
# "so với PCI 2021": the edition compared with names the index, not the rank's year
_COMPARED_INDEX = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:(?i:chỉ số|bảng xếp hạng)\s+)?$")
_COMPARED_YEAR_IN = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/])")
_THIS_YEAR = regex.compile(r"(?<![\p{L}])năm (?:nay|này)(?![\p{L}])", regex.I)
_ENUM = r"(?:\(\d{1,2}\)\s*)?"  # "(1) Chỉ số …": an item's number
_COMPONENT_NAME = r"(?:(?i:chỉ số)(?: thành phần)?\s+\p{L}|\p{Lu})[^,;:()%]{2,80}?"
_LEAD_COMPONENT = regex.compile(
    r"(?:^|[,;:]\s*|\b(?i:trong đó),?\s*)(?:(?i:và|còn|riêng)\s+)?" + _ENUM + r"(?P<list>" + _COMPONENT_NAME +
    r"(?:\s+và\s+" + _ENUM + _COMPONENT_NAME + r")?)(?<!\svà)\s*$")
# a bare "thứ hai là" followed by no name: the points of a list ("thứ nhất là …; thứ hai là …")
_ENUMERATION = regex.compile(r"\s+là\s+(?!(?:(?i:tỉnh|thành phố|TP\.?)\s+)?\p{Lu})")
# "…: thứ nhất, A; thứ hai, B; thứ 3, C": a point numbered at the head of its clause, followed by a comma
_POINT_BEFORE = regex.compile(r"(?:^|[:;.]\s*|\n[ \t]*[-–•+*]?[ \t]*)$")
_POINT_AFTER = regex.compile(r"\s*,")
_NUMBER_ROW = regex.compile(r"(?:[ \t]+\d{1,3}(?![\d.,/])){2,}[ \t]*(?:\n|$)")
_OF = regex.compile(r"(?<![\p{L}])của(?![\p{L}])", regex.I)
_SEP = regex.compile(r"[;]|\s(?:và|còn)\s")
# compiled once (a module-level regex.search(str, …) looks its pattern up in a cache at each call)
_BOTH = regex.compile(r"(?<![\p{L}])cả\s+(?P<x>.{2,60}?)\s+(?:lẫn|và)\s+(?P<y>(?:(?i:chỉ số|bảng xếp hạng)\s+)?.{2,60}?)(?=[\s,.;]|$)")
# the words joining indices that share one rank: "PAR INDEX và SIPAS 2023, Hải Phòng đều xếp thứ nhất"
_INDEX_JOIN = regex.compile(r"\s*(?:,|và|lẫn|cùng)\s*(?:(?i:chỉ số)\s+)?")
_YEAR_AFTER = regex.compile(r"\s*(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?![\d/])")
_RESPECTIVELY = regex.compile(r"lần lượt\s+\S*\s*\S*$")
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
def _move_rx() -> tuple:
    r = load("indices")["rank_phrases"]["move_words"]
    return (regex.compile(r"(?<![\p{L}])(?:" + _alt_long(r["from"]) + r")\s+$", regex.I),
            regex.compile(r"(?:" + _alt_long(r["to"]) + r")(?![\p{L}])", regex.I))


def _move_ends(text: str, start_hit, pos: int, hits: list, t: float):
    """The rank a move leads to (``lên hạng hai``) within a few words after ``pos``, when ``start_hit`` is the rank
    the move starts from (``từ xếp hạng thứ 20``); else None."""
    frm, to = _move_rx()
    if not frm.search(text, max(0, start_hit.a - 12), start_hit.a, timeout=t):
        return None
    after = [h for h in hits if 0 <= h.a - pos <= 30 and not h.earlier and h.change is None and
             (to.match(text, h.a, timeout=t) or to.search(text, pos, h.a, timeout=t))]
    return after[0] if after else None


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


@dataclass
class _Hit:
    """A rank phrase found in a sentence, before its index and subject are decided."""
    a: int
    b: int
    rank: int
    of: Optional[int]          # None: no number written; -1: a rank word (needs its index nearby)
    year: Optional[int] = None  # a year the phrase itself fixes
    prev_year: bool = False     # the earlier rank of a move: the year compared with
    change: Optional[int] = None
    subject: Optional[str] = None
    indices: Optional[list] = None  # one rank shared by several indices
    components: Optional[list] = None  # one rank of several components listed after it
    claim: bool = True          # a listed name stays free for the other extractors (organisations)
    top: bool = False           # "cao nhất khu vực": a change said after it is the rank's before it
    lead: bool = True           # words right before may name its component (not "Thứ hạng … là 15/63")
    earlier: bool = False       # the rank of an earlier year (a move's first, "(năm 2022 là 25)"): takes no change
    index_years: Optional[dict] = None  # the years of indices counted in from sentences before ("đứng đầu cả 4 chỉ số")
    named: bool = False         # the ranked name was read (a body's rank has no province: the link stage leaves it)
    tied: Optional[list] = None  # the subjects of units sharing the rank ("A và B cùng xếp thứ 3"): one fact each


@lru_cache(maxsize=1)
def _extra():
    """Patterns of ordinals, moves, lists, shared ranks and years (``data/indices.json``)."""
    d = load("indices")
    rw, r = d["rank_words"], d["rank_phrases"]
    ords = rw["ordinals"]
    ord_alt = _alt(sorted(ords, key=len, reverse=True))
    verbs = _alt(r["verbs"])
    ordinal = regex.compile(
        r"(?<![\p{L}])(?:(?:" + verbs + r")\s+(?:ở\s+)?(?:vị trí\s+)?(?:thứ|hạng)|xếp hạng|vị trí\s+thứ|"
        r"(?<=(?<![\p{L}])(?:" + _alt(r["tie_markers"]) + r")\s)hạng|(?<=(?:\bvà|[,;])\s)thứ(?=\s+\p{L}+\s+là\b))"
        r"\s+(?P<ord>" + ord_alt + r")(?![\p{L}])(?!\s*\d)"
        r"(?:\s+(?:" + _alt(r["out_of_words"]) + r")\s+(?P<of>\d{1,3})(?!\d|[.,]\d|\s?/|\s*%))?", regex.I)
    num = r"(?:vị trí\s+|thứ\s+|hạng\s+|bậc\s+)*(?:thứ\s+)?(?P<{0}>\d{{1,2}})(?:\s?/\s?(?P<o{0}>\d{{1,3}}))?(?!\d|[.,]\d|\s*%)" \
          r"(?:\s+(?:năm\s+)?(?P<y{0}>(?:19|20)\d{{2}})(?![\d/]))?"
    move = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["move_words"]["from"]) + r")\s+" + num.format("r1") +
                         r"\s+(?P<to>(?:" + _alt(r["move_words"]["to"]) + r")\s+" + num.format("r2") + ")", regex.I)
    # "… lần lượt từ thứ 31 lên 2 và 16 lên 10": a further move of a list
    move_more = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:" + _alt(r["move_words"]["from"]) + r")\s+)?" + num.format("r1") +
                              r"\s+(?P<to>(?:" + _alt(r["move_words"]["to"]) + r")\s+" + num.format("r2") + ")", regex.I)
    comparison = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["comparison_words"]) + r")\s+(?:năm\s+)?$", regex.I)
    heads = _alt(r["list_heads"])
    firsts = _alt(rw["first"])
    lst = regex.compile(
        r"(?:(?<![\d\p{L}])(?P<n>\d{1,2}|" + _alt(r["list_counts"]) + r")\s+(?:" + heads + r")\s+(?:(?:" + _alt(r["list_gap_words"]) + r")\s[^.;:,]{0,40}?)?(?:" + firsts +
        r"|cao nhất)[^.;:]{0,60}?\s+"
        # "Top 3 lần lượt là A, B và C", "top 5 địa phương có chỉ số cao nhất lần lượt là …"
        r"|(?<![\p{L}])(?:" + _alt(r["top_counts"]) + r")\s+(?P<n>\d{1,2})(?:\s+(?:" + heads + r"))?(?:\s[^.;:,]{0,60}?)?\s+)?"
        r"(?:(?P<w>" + _alt(r["list_words"]) + r")|(?P<w>" + _alt(r["after_leader_words"]) +
        r")\s+(?:(?-i:\p{Lu}\p{Ll}*)\s+){1,4}?(?i:lần lượt là))\s*:?\s*", regex.I)
    shared = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["shared_words"]) + r")(?![\p{L}])", regex.I)
    comp_heads_alt = _alt(sorted(r["component_heads"] + r["component_words"] + ["trục"], key=len, reverse=True))
    comp_split = regex.compile(r"\s*(?:,|\s(?:và|cùng))\s+(?i:" + comp_heads_alt + r")\s+")
    plural_head = regex.compile(r"(?<![\p{L}])(?i:các)\s+(?i:" + comp_heads_alt + r")\s*:?\s*$")
    comp_list_end = regex.compile(r"\s(?:" + _alt(r["component_ends"] + r["shared_markers"]) + r")(?![\p{L}])", regex.I)
    shared_marker = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["shared_markers"]) + r")(?:\s+\S+){0,2}\s+$", regex.I)
    rw_ = r["range_words"]
    ranged = regex.compile(r"(?<![\p{L}])(?:" + "|".join(r["rank_nouns"]) + r")\s+(?:thứ\s+)?(?:" + _alt(rw_["from"]) +
                           r")\s+(?:thứ\s+)?(?P<a>\d{1,2})\s*(?:" + _alt(rw_["to"]) + r"|[-–])\s*(?:thứ\s+)?(?P<b>\d{1,2})"
                           r"(?!\d)[^.;:]{0,60}?\s(?:lần lượt\s+)?(?:là|thuộc về|gồm)\s*:?\s*", regex.I)
    # "các vị trí nhất, nhì, ba lần lượt thuộc về": ordinals after a rank noun, then the list
    ordinal_list = regex.compile(r"(?<![\p{L}])(?:" + "|".join(n for n in r["rank_nouns"] if n not in r["bare_number_nouns"]) +
                                 r")\s+(?P<ords>(?:thứ\s+)?(?:" + ord_alt +
                                 r")(?:(?:\s*,\s*|\s+và\s+)(?:(?:" + "|".join(n for n in r["rank_nouns"] if n not in r["bare_number_nouns"]) +
                                 r")\s+)?(?:" + ord_alt + r"))+)(?![\p{L}])"
                                 r"[^.;:\d]{0,60}?\s(?:lần lượt\s+)(?:là|thuộc về)\s*:?\s*", regex.I)
    heads_ = _alt(r["listed_rank_heads"])
    # "Về xếp hạng A, B, C, thứ hạng của tỉnh lần lượt là 22, 9, 13": numbers listed after "lần lượt là"
    listed_ranks = regex.compile(r"(?<![\p{L}])(?P<head>" + heads_ + r")(?P<mid>(?:(?!" + heads_ + r")[^.;:]){0,80}?)\s(?i:lần lượt)\s+(?:là\s+)?"
                                 r"(?:(?:thứ|hạng)\s+)?(?P<n>\d{1,2})(?!\d|[.,]\d|\s?/|\s*%)"
                                 r"(?P<rest>(?:(?:\s*,\s*|\s+và\s+)(?:thứ\s+)?\d{1,2}(?!\d|[.,]\d|\s?/|\s*%))+)"
                                 r"(?!\s*(?:điểm|bậc|hạng))", regex.I)
    comp_words = sorted(set(r["component_heads"] + r["component_words"] + ["trục"]), key=lambda w: (-len(w), w))
    list_trim = regex.compile(r"^\s*(?:(?:của|các|về)\s+)*(?:(?:tỉnh|thành phố|địa phương)\s+(?:ở|tại|về)\s+(?:các\s+)?)?"
                              r"(?:(?:" + _alt(comp_words) + r")\s+)?|\s+(?:của|tại|so với)\s+[^,]*$", regex.I)
    about_list = regex.compile(r"(?:^|[.;:]\s*|\s)(?i:về)\s+(?:(?:" + heads_ + r"|kết quả)\s+)?(?:(?i:các)\s+)?(?:(?:" +
                               _alt(sorted(r["component_heads"], key=len, reverse=True)) + r")\s+)?(?P<seg>[^.;:]+?),\s*$", regex.I)
    then_is = regex.compile(r"[^,;.()]{1,50}?\s(?:" + _alt(r["subject_after"]["links"]) + r")\s+(?=\p{Lu})")
    bare = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["bare_anaphors"]) + r")(?![\p{L}])", regex.I)
    continue_words = frozenset(w.lower() for w in r["list_words"] + r["after_leader_words"]
                               if not w.lower().startswith(("lần lượt", "theo thứ tự")))
    after_rank = frozenset(w.lower() for w in r["after_rank_list_words"])  # "Kế sau là Bộ A, Bộ B": ranked after the one before
    paren_acr = regex.compile(d["other_acronym"]["paren_pattern"])
    not_after = "".join(f"(?<!{regex.escape(w)} )" for w in rw["not_after"])
    word_counts = [w for w in r["list_counts"] if w not in r["time_counts"]]  # "ba tỉnh", not "năm" (also a year)
    counted_before = regex.compile(r"(?:(?:(?<![\d.,]|thứ )\d{1,2}|(?<![\p{L}]|thứ |hạng )(?:" + _alt(word_counts) + r"))\s+"
                                   r"(?!(?:" + _alt(r["time_counts"] + r["change_counts"]) + r")(?![\p{L}]))\p{L}"
                                   r"(?:[^\d,.;:()]|, thành){0,30}|(?<![\p{L}])(?:" +
                                   _alt(r["group_words"]) + r")(?![\p{L}])(?:[^,.;:()]|, thành){0,30})$", regex.I)
    within = regex.compile(r"(?:^|[.;]\s*|(?<![\p{L}]))(?i:trong|trên)\s+(?:số\s+)?(?P<n>\d{1,2})\s+(?:(?:" +
                           _alt(r["counted_nouns"]) + r")(?![\p{L}])(?:,\s*thành(?:\s+phố)?(?![\p{L}]))?)[^,;.]{0,40},[^,;.]{0,60}$")
    components = regex.compile(r"\s+(?:trong\s+(?P<n>\d{1,2})\s?/\s?\d{1,2}|cả\s+(?P<n>\d{1,2}))\s+(?:" +
                               _alt(r["component_heads"]) + r")(?![\p{L}])[^,.;:()]{0,40}?,?\s+(?:bao gồm|gồm)\s*:?\s*",
                               regex.I)
    sa = r["subject_after"]
    subject_after = regex.compile(r"\s*(?:(?:cả nước|toàn quốc)\s+)?(?:(?:" + _alt(sa["adverbs"]) + r")\s+)?"
                                  r"(?:(?P<link>" + _alt(sa["links"]) + r")\s+)?"
                                  r"(?:(?P<kind>" + _alt(sa["kinds"]) + r")\s*)?(?=\p{Lu})")
    # "Thứ hạng PCI 2023 của tỉnh là 15/63": the rank noun, then what it is
    noun_is = regex.compile(r"(?<![\p{L}])(?i:" + _alt(r["rank_subject_nouns"]) + r")(?![\p{L}])(?P<mid>[^,.;:()]{0,60}?)\s(?i:là)\s+"
                            r"(?P<p>(?:(?i:thứ)\s+)?(?P<r>\d{1,2})(?:\s?/\s?(?P<o>\d{1,3}))?)(?!\d|[.,]\d|\s*%)")
    # "…, tăng 3 bậc so với năm 2013 là 19/19 đơn vị": after a change, the rank of the year compared with (cmp)
    earlier = regex.compile(r"(?:(?P<paren>\()\s*|[,;]\s+|(?P<cmp>(?<![\p{L}])(?i:" + _alt(r["comparison_words"]) + r")\s+))"
                            r"(?:(?i:năm)\s+(?P<y>(?:19|20)\d{2})|(?i:" + _alt(r["earlier_years"]) +
                            r"))\s+(?:" + _alt(r["earlier_verbs"]) + r")\s+(?:(?:thứ|vị trí|vị thứ|hạng)\s+)?(?P<r>\d{1,2})"
                            r"(?:\s?/\s?(?P<o>\d{1,3}))?(?(paren)\s*\)|(?:\s+(?:" + _alt(r["counted_nouns"]) +
                            r")(?![\p{L}]))?(?=\s*[,;.]|\s*$))")
    measure_topic = regex.compile(r"[^.;,]{0,25}?(?<![\p{L}])về\s+(?:" + _alt(r["measure_topics"]) + r")(?![\p{L}])", regex.I)
    bare_rank = regex.compile(r"(?<=\p{L} )(?:(?:" + _alt(r["bare_ordinal_nouns"]) + r")\s+(?P<ord>" + ord_alt + r")(?![\p{L}])|(?:thứ|" + _alt(r["bare_number_nouns"]) +
                              r")\s+(?P<n>\d{1,2})"
                              r"(?:(?:\s?/\s?|\s+(?:" + _alt(r["out_of_words"]) + r")\s+)(?P<of>\d{1,3})(?!\d|[.,]\d|\s*%))?"
                              r"(?!\d|[.,]\d|\s*%))", regex.I)
    regional = regex.compile(r"[^.;,]{0,30}?(?<![\p{L}])(?:" + _alt(r["regional_words"]) + r")(?![\p{L}])", regex.I)
    not_before = r"(?!\s+(?:" + _alt(r["not_before_words"]) + r")(?![\p{L}]))"
    body = regex.compile(r"(?:" + _alt(r["body_heads"]) + r")(?![\p{L}])|" + _rank_tables._unit_name_start())
    top = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["top_words"]) + r")\s+(?:(?:" + _alt(r["top_scopes"]) + r")(?![\p{L}])"
                        r"[^,;.()]{0,40}?(?=\s*[,;.()]|$)|trong\s+(?:số\s+)?(?P<of>\d{1,3})\s+(?:" + _alt(r["counted_nouns"]) +
                        r")(?![\p{L}]))", regex.I)
    top_after_score = regex.compile(r"(?:\d{1,3}(?:[.,]\d{1,3})?\s*(?:điểm|%)|(?<![\p{L}])điểm(?:\s+số)?)\s*,?\s*"
                                    r"(?:(?:và\s+)?là\s+)?(?:mức\s+)?$", regex.I)
    top_anchor = regex.compile(r"(?<![\p{L}])chỉ số thành phần(?![\p{L}])", regex.I)
    measures = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["measure_topics"]) + r")(?![\p{L}])", regex.I)
    further = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:thứ\s+)?(?P<n>\d{1,2})(?!\d|[.,]\d|\s?/|\s*%)"
                            r"|thứ\s+(?P<o>" + ord_alt + r")(?![\p{L}]))", regex.I)
    further_bare = regex.compile(r"(?:\s*,\s*|\s+và\s+)(?:(?:" + _alt(r["bare_ordinal_nouns"]) + r")\s+)?(?P<o>" + ord_alt + r")(?![\p{L}])"
                                 r"(?=\s*(?:[,.;:]|và\s|$)|\s+(?:về|trong|của|tại|ở)\s)", regex.I)
    comp_heads = regex.compile(r"(?<![\p{L}])(?:các\s+)?(?:" + _alt(sorted(r["component_heads"], key=len, reverse=True)) + r")(?![\p{L}])", regex.I)
    not_component = regex.compile(r"(?:lần lượt|" + _alt(r["anaphor_pointers"]) + r"|(?:" + _alt(r["top_words"]) +
                                  r")\s*$)(?![\p{L}])", regex.I)  # "cả 4 chỉ số thành phần cao nhất": no name
    pointer = regex.compile(r"(?:" + _alt(r["anaphor_pointers"]) + r")", regex.I)
    comp_list = regex.compile(r"(?<![\p{L}])(?:" + _alt(r["component_list_words"]) + r")\s*:?\s*", regex.I)
    not_rank_after = regex.compile(r"\s+(?:" + _alt(r["not_rank_after"]) + r")(?![\p{L}])", regex.I)
    leaders_listed = regex.compile(r"\s*,?\s*(?i:lần lượt)\s+(?:là|đứng)\s+[^.;:]{0,100}?(?<![\p{L}])(?:" +
                                   _alt(r["leaders_listed_words"]) + r")(?![\p{L}])", regex.I)
    after_heads = sorted(set(h for h in r["component_heads"] + r["component_words"] + ["trục nội dung"]
                             if h.lower() not in ("chỉ số", "chỉ số chính")), key=lambda w: (-len(w), w))
    comp_after = regex.compile(r"\s+(?:(?:cả nước|toàn quốc|bảng xếp hạng|toàn bộ)\s+)?(?:" + _alt(r["component_after_links"]) +
                               r")\s+(?:cả\s+)?(?:(?P<n>\d{1,2}|" + _alt(word_counts) + r")\s+)?(?P<pl>các\s+)?(?:" +
                               _alt(after_heads) + r")(?![\p{L}])\s*:?\s*", regex.I)
    comp_end = regex.compile(r"\s(?:" + _alt(r["component_ends"]) + r")(?![\p{L}])|\d", regex.I)
    year_later = regex.compile(r"(?:\s+(?:" + _alt(r["year_after_scopes"]) + r"))?(?:\s+với\s+\d{1,3}(?:[.,]\d{1,3})?\s*(?:điểm|%))?"
                               r"\s+(?:(?:" + _alt(r["year_after_preps"]) + r")\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?![\d/])", regex.I)
    # "Hạng 1: Quảng Ninh; Hạng 2: Hải Phòng", "- Hạng nhất: Quảng Ninh", "hạng 1 – Quảng Ninh": a rank label heading its clause
    label = regex.compile(r"(?<=(?:^|[:;,\n])[ \t]*(?:[-–•+*][ \t]*)?)(?P<lab>(?P<w>" +
                          _alt(sorted(r["label_words"], key=len, reverse=True)) + r")\s+(?:(?P<n>\d{1,2})(?:\s?/\s?(?P<of>\d{1,3}))?"
                          r"(?![\d\p{L}]|[.,]\d)|(?P<ord>" + ord_alt + r")(?![\p{L}])))(?:\s*:|\s+[–-])\s*(?=\S)", regex.I)
    return dict(label=label, year_later=year_later, move_more=move_more, not_rank_after=not_rank_after, leaders_listed=leaders_listed, comp_after=comp_after, comp_end=comp_end,
                ords={k.lower(): v for k, v in ords.items()}, ordinal=ordinal, further_bare=further_bare,
                ord_word=regex.compile(r"(?i:" + _alt(r["bare_ordinal_nouns"]) + r")\s+$"), ordinal_list=ordinal_list, list_counts={k.lower(): v for k, v in r["list_counts"].items()}, further=further, comp_heads=comp_heads, pointer=pointer, not_component=not_component, comp_list=comp_list, top=top, top_after_score=top_after_score,
                top_anchor=top_anchor, measures=measures, move=move, comparison=comparison,
                list=lst, noun_is=noun_is, comp_split=comp_split, plural_head=plural_head, comp_list_end=comp_list_end, shared=shared, shared_marker=shared_marker, ranged=ranged, then_is=then_is, listed_ranks=listed_ranks, about_list=about_list, list_trim=list_trim, bare=bare, continue_words=continue_words, after_rank=after_rank, paren_acr=paren_acr,
                not_after=not_after, not_before=not_before, body=body, counted_before=counted_before,
                within=within, components=components, subject_after=subject_after, earlier=earlier,
                regional=regional, bare_rank=bare_rank, measure_topic=measure_topic, titles=frozenset(w.casefold() for w in sa.get("titles", ())))


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


def _ranked_before(doc: str, s0: int, t: float) -> bool:
    """Whether the lines right before a sentence caption a ranking of an index (``Kết quả xếp hạng Chỉ số CCHC năm
    2023 khối phường:`` over ``Thứ nhất: Phường 4``): an index named with a caption word of ``rank_tables``."""
    before = doc[max(0, s0 - 300):s0]
    return bool(_rank_tables._words()["caption"].search(before, timeout=t)) and \
        bool(_index_mentions(before, t) or _topic_of(before, t))


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
_SENTENCE_DOT = regex.compile(r"\.(?=\s|$)")


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


_YEAR_IN_CLAUSE = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _numbers_rx():
    """The ranks to reach or keep that a goal states (``data/numbers.json`` ``rank_place_goal``)."""
    from .numbers import _data as numbers_data
    return numbers_data()["rank_place_rx"]


@extractor(produces=("ranking",),
           requires=("legal_ref", "date", "period"))
def extract(ctx) -> None:
    _, _, _, first, second, topics_rx, _, goal_rx = _data()
    ph = _phrases()
    ex = _extra()
    t = ctx.timeout
    words_rx = regex.compile(r"(?<![\p{L}])" + ex["not_after"] + r"(?P<w>" + first + "|" + second + r")(?![\p{L}])" + ex["not_before"], regex.I)
    second_words = set(w.lower() for w in second.replace("\\", "").split("|"))
    # acronyms an article defines for indices of its own ("Chỉ số Xanh cấp tỉnh (PGI)") name them wherever written
    names, not_indices = _data()[0], _data()[6]
    own = sorted({m.group("acr") for src in (ctx.article.title or "", ctx.text)
                  for m in ex["paren_acr"].finditer(src, timeout=t)
                  if m.group("acr") not in not_indices and
                  not any(m.group("acr").replace(" ", "") == n.replace(" ", "") for n in names)})
    own_rx = regex.compile(r"(?<![\p{L}\d])(?P<acr>" + "|".join(own) + r")(?![\p{L}\d])"
                           r"(?:\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2}))?") if own else None

    def mentions_of(text: str, topics: bool = True) -> list[IndexMention]:
        # "so với PCI 2021": the edition compared with names the index, not the year of a rank
        out = [IndexMention(x.start, x.end, x.index, None) if x.year and _COMPARED_INDEX.search(
            text, max(0, x.start - 30), x.start, timeout=t) else x for x in _index_mentions(text, t)]
        if topics:  # an index named by its topic in a rank's sentence or title ("xếp thứ 12/63 về cải cách hành chính")
            out += [x for x in _topic_mentions(text, t) if not any(o.start < x.end and x.start < o.end for o in out)]
        if own_rx is not None:
            for m in own_rx.finditer(text, timeout=t):
                if not any(o.start <= m.start() < o.end for o in out):
                    out.append(IndexMention(m.start(), m.end(), m.group("acr"),
                                            int(m.group("year")) if m.group("year") else None))
        return sorted(out, key=lambda x: x.start)

    carried: list[IndexMention] = mentions_of(ctx.article.title or "")
    index_years = {m.index: m.year for m in carried if m.year}
    doc_index_years = {m.index: m.year for m in carried if m.year}
    prev_had_index = bool(carried)
    title_years = [int(m.group("y")) for m in _ANY_YEAR.finditer(ctx.article.title or "", timeout=t)]
    whole = mentions_of(ctx.text, topics=False)
    for m in whole:
        if m.year:
            doc_index_years.setdefault(m.index, m.year)
    only_index = whole[0].index if whole and len({m.index for m in whole + carried}) == 1 else None
    doc_parens = _parens(ctx.text)
    doc_years = _outside(_valid_years(ctx.text, 0, len(ctx.text), t, [], 0), doc_parens)
    doc_year_pos = [p for p, _ in doc_years]
    ctx.check_deadline()
    pending = None  # a change said in a sentence without a rank, for the rank of the next sentence
    earlier_facts: set = set()  # the ranks of an earlier year (a move's first, "(năm 2022 là 25)")
    goal_list: list = []

    def listed_goals() -> dict:
        """The paragraphs listed under a goal heading (computed once, when a rank is found)."""
        if not goal_list:
            from .numbers import _heading_goals  # numbers reads rankings: imported when first needed
            goal_list.append(_heading_goals(ctx))
        return goal_list[0]
    ranks_of: dict = {}  # sentence index -> the ranks found in it
    for s in ctx.sentences():
        text = s.text
        facts_before = len(ctx.facts)
        mentions = mentions_of(text)
        parens = _parens(text)
        hits: list[_Hit] = []
        moved_to = -1
        for m0 in ex["move"].finditer(text, timeout=t):
            if m0.start() < moved_to:
                continue  # a further move of the list before, read with it
            listed: list = []
            m = m0
            while m:  # "lần lượt từ thứ 31 lên 2 và 16 lên 10": the moves of a list
                r1, r2 = int(m.group("r1")), int(m.group("r2"))
                o1 = int(m.group("or1")) if m.group("or1") else None
                o2 = int(m.group("or2")) if m.group("or2") else None
                y1 = int(m.group("yr1")) if m.group("yr1") else None
                y2 = int(m.group("yr2")) if m.group("yr2") else None
                if r1 == r2:
                    break
                pair = (_Hit(m.start() if m is m0 else m.start("r1"), m.start("to"), r1, o1, year=y1, prev_year=y1 is None,
                             earlier=True), _Hit(m.start("to"), m.end(), r2, o2, year=y2, change=r1 - r2))
                hits.extend(pair)
                listed.append(pair)
                moved_to = m.end()
                m = ex["move_more"].match(text, m.end(), timeout=t) if _RESPECTIVELY.search(
                    text[max(0, m0.start() - 20):m0.start()], timeout=t) else None
            if len(listed) >= 2:
                run = _province_run(text, m0.start(), t)
                if len(run) == len(listed):
                    for pair, (_, _, name) in zip(listed, run):
                        for h in pair:
                            h.subject = name
        # "Quảng Ninh 71,25 điểm (thứ 1), Long An 70,94 điểm (thứ 2)": a rank in a parenthesis, of the
        # province named before it in its clause
        for m in _PAREN_RANK.finditer(text, timeout=t):
            clause = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
            provs = [p.name for _, _, p in find_places(text[clause:m.start()], t) if p.kind == "province"]
            hits.append(_Hit(m.start("p"), m.end("p"), int(m.group("r")),
                             int(m.group("o")) if m.group("o") else None, subject=provs[-1] if len(provs) == 1 else None))
        # "(năm 2022 là 25)", "(năm trước là 27/63)", "…, năm 2022 là 25.": the rank of an earlier year, in a
        # parenthesis or, right after another rank, in a clause of its own
        for m in ex["earlier"].finditer(text, timeout=t):
            if m.group("cmp"):
                if not any(c.end() >= m.start() - 2 for c in ph["change"].finditer(text, max(0, m.start() - 40), m.start(),
                                                                                   timeout=t)):
                    continue  # only right after a change ("tăng 3 bậc so với năm 2013 là 19/19")
            elif not m.group("paren") and not any(0 <= m.start() - h.b <= 3 for h in hits) and \
                    not ph["rank"].search(text, max(0, m.start() - 30), m.start(), timeout=t):
                continue
            y = int(m.group("y")) if m.group("y") else None
            hits.append(_Hit(m.start("r"), m.end("r") if not m.group("o") else m.end("o"), int(m.group("r")),
                             int(m.group("o")) if m.group("o") else None, year=y, prev_year=y is None, earlier=True))
        moves = [(h.a, h.b) for h in hits]

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in moves) and not any(h.a < b and a < h.b for h in hits)

        for m in ph["rank"].finditer(text, timeout=t):
            if not free(m.start(), m.end()):
                continue
            if m.group("prank"):
                cmp_ = _COMPARED_YEAR.search(text, max(0, m.start() - 30), m.start(), timeout=t)
                # "tăng 7 bậc so với năm 2021 (30/63)": the rank of the year compared with
                hits.append(_Hit(m.start(), m.end(), int(m.group("prank")), int(m.group("pof")),
                                 year=int(cmp_.group("y")) if cmp_ else None, earlier=bool(cmp_)))
                continue
            if not m.group("of") and ph["counted"].match(text, m.end()):
                continue  # "xếp hạng 17 bộ, cơ quan": a count, not a rank
            if _NUMBER_ROW.match(text, m.end(), timeout=t):
                continue  # "Xếp hạng 20 55 37 24": a table's row of ranks over the years (``_rank_tables``)
            if not m.group("of") and ex["not_rank_after"].match(text, m.end(), timeout=t):
                continue  # "giữ vững vị trí 3 năm liên tiếp", "thăng hạng 2 bậc": years or steps, not a place
            if not m.group("of") and _WEEKDAY_DATE.match(text, m.end(), timeout=t):
                continue  # "sáng nay, thứ 2 ngày 15/4": a weekday
            if _ENUMERATION.match(text, m.end(), timeout=t) and text[m.start():m.start() + 3].lower() == "thứ":
                continue  # "…, thứ 2 là chi phí không chính thức tăng": a point of a list, not a rank
            if not m.group("of") and text[m.start():m.start() + 3].lower() == "thứ" and \
                    _POINT_BEFORE.search(text[:m.start()], timeout=t) and _POINT_AFTER.match(text, m.end(), timeout=t):
                continue  # "các nhiệm vụ: thứ nhất, …; thứ 3, cải cách công vụ": a numbered point opening its clause
            hits.append(_Hit(m.start(), m.end(), int(m.group("rank")), int(m.group("of")) if m.group("of") else None,
                             lead=not _COMPARED_WITH.search(text, max(0, m.start() - 12), m.start(), timeout=t)))
        for m in ex["noun_is"].finditer(text, timeout=t):
            of_whom = not m.group("mid").strip() or _OF.search(m.group("mid"), timeout=t) or \
                any(m.start("mid") <= x.start < m.end("mid") for x in mentions)  # not "vị trí việc làm là 15/20"
            if of_whom and (m.group("o") or m.group("p")[:1].isalpha()) and free(m.start("p"), m.end("p")) and \
                    not _RESPECTIVELY.search(text[:m.start("p")], timeout=t):
                hits.append(_Hit(m.start("p"), m.end("p"), int(m.group("r")), int(m.group("o")) if m.group("o") else None,
                                 lead=False))
        for m in ex["ordinal"].finditer(text, timeout=t):
            if _ENUMERATION.match(text, m.end(), timeout=t) and text[m.start():m.start() + 3].lower() == "thứ":
                continue  # "thứ hai là tăng cường đối thoại"
            if free(m.start(), m.end()):
                hits.append(_Hit(m.start(), m.end(), ex["ords"][m.group("ord").lower()],
                                 int(m.group("of")) if m.group("of") else None))
        # "Hải Phòng đứng thứ hai, Bắc Ninh thứ ba": a bare "thứ N" right after a province's name
        for m in ex["bare_rank"].finditer(text, timeout=t):
            if not free(m.start(), m.end()):
                continue
            found = [(a, b, p) for a, b, p in find_places(text[max(0, m.start() - 40):m.start()], t) if p.kind == "province"]
            if not found or found[-1][1] != min(m.start(), 40) - 1:
                continue
            rank = int(m.group("n")) if m.group("n") else ex["ords"][m.group("ord").lower()]
            hits.append(_Hit(m.start(), m.end(), rank, int(m.group("of")) if m.group("of") else None,
                             subject=found[-1][2].name))
        for m in ph["last"].finditer(text, timeout=t):
            n = int(m.group("n"))
            if free(m.start(), m.end()):
                hits.append(_Hit(m.start(), m.end(), n, n))
        # "trong số 19 đơn vị được đánh giá, …, đứng cuối bảng xếp hạng là Ban Quản lý …": the last place of a
        # total stated before it in the paragraph is that total
        lp = _last_place()
        for m in lp["last"].finditer(text, timeout=t):
            if not free(m.start(), m.end()) or lp["not_after"].search(text, max(0, m.start() - 30), m.start(), timeout=t):
                continue
            para = ctx.text.rfind("\n", 0, s.start) + 1
            totals = [int(m.group("n"))] if m.group("n") else [  # "đứng cuối bảng xếp hạng trong số 20 đơn vị"
                int(x.group("n") or x.group("n2") or x.group("n3")) for x in lp["total"].finditer(
                    ctx.text, para, s.start + m.start(), timeout=t) if not x.group("m") or int(x.group("m")) == int(x.group("n2"))]
            if totals and 2 <= totals[-1] <= 200:
                hits.append(_Hit(m.start(), m.end(), totals[-1], totals[-1]))
        # "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3": the further ranks of a list; without "lần
        # lượt" only when as many provinces are listed right before ("Thanh Hóa, Điện Biên, Hà Tĩnh giữ
        # vị trí thứ 5, 6, 7")
        for h in list(hits):
            if h.of is not None:
                continue
            respectively = bool(_RESPECTIVELY.search(text[max(0, h.a - 20):h.a], timeout=t))
            pos, ranks = h.b, [h]
            while True:  # "xếp thứ 2, 3 và 5", "đứng thứ nhất, thứ hai và thứ ba"
                m = ex["further"].match(text, pos, timeout=t)
                if not m and respectively and text[h.a:h.b].split()[-1].lower() in ex["ords"]:
                    # "lần lượt xếp hạng nhất, nhì và ba": bare ordinals go on a list of ordinals
                    m = ex["further_bare"].match(text, pos, timeout=t)
                if not m:
                    break
                num = m.groupdict().get("n")
                n = int(num) if num else ex["ords"][m.group("o").lower()]
                word = None if num else ex["ord_word"].search(text, m.start(), m.start("o"), timeout=t)
                ranks.append(_Hit(m.start("n") if num else word.start() if word else m.start("o"),
                                  m.end("n") if num else m.end("o"), n, None))
                pos = m.end()
            if len(ranks) < 2:
                continue
            names = _listed_provinces(text, h.a, len(ranks), respectively, t)
            if names is None and len(ranks) >= 2:
                # "Đứng thứ 2, 3 lần lượt là Hải Phòng và Hà Nội", "Các vị trí thứ 2 và thứ 3 về PCI 2023 lần lượt
                # thuộc về A và B": the provinces listed after the ranks
                after = _THEN_LISTED.match(text, pos, timeout=t)
                items = _list_items(text, after.end(), t) if after else []
                provs = [_province(text[a:b], t) for a, b in items]
                if len(items) == len(ranks) and all(provs):
                    names, respectively = provs, True
            if names is None and not respectively:
                continue
            # a further rank already read as a phrase of its own ("thứ 2, thứ 3 và thứ 4") is that hit
            ranks = [ranks[0]] + [next((x for x in hits if x is not h and x.a < r.b and r.a < x.b), r) for r in ranks[1:]]
            hits.extend(r for r in ranks[1:] if not any(r is x for x in hits))
            clause = max(text.rfind(c, 0, h.a) for c in ";:.") + 1
            joined = _joined_indices(text, mentions, clause, h.a, t) if respectively and names is None else []
            if len(joined) == len(ranks) and len({x.index for x in joined}) == len(joined):
                # "Chỉ số PCI và PAPI năm 2023 của tỉnh lần lượt xếp thứ 10 và 20": a rank for each index listed
                for rh, x in zip(ranks, joined):
                    rh.indices = [x.index]
            elif respectively and names is None:
                comps = _listed_components(ctx, s, text, h.a, len(ranks), t)
                if comps:
                    for rh, comp in zip(ranks, comps):
                        rh.components = [comp]
            if names is not None:
                for rh, name in zip(ranks, names):
                    rh.subject = name
        list_heads: list = []  # the sentence's list heads, found once for both calls

        def lists(headed: bool) -> None:
            """"3 địa phương dẫn đầu lần lượt là A, B, C" (headed); "…, theo sau là A và B" (not)."""
            if not list_heads:
                list_heads.append(list(ex["list"].finditer(text, timeout=t)))
            for m in list_heads[0]:
                w = m.group("w").lower()
                fixed = None
                if headed and m.group("n"):
                    g = m.group("n")
                    n, first_rank = int(g) if g.isdigit() else ex["list_counts"][g.lower()], 1
                elif not headed and not m.group("n") and w in ex["continue_words"]:
                    before = [h for h in hits if h.b <= m.start()]
                    if before:
                        # the rank said last before the list (hits are not kept in the order of the text)
                        n, first_rank = None, max(before, key=lambda h: h.b).rank + 1
                    else:
                        # "… lần lượt là A, B, C. Tiếp theo là D và E": the list of the sentence before
                        prev = [f for f in ctx.facts[:facts_before] if f.type == "ranking" and f.sentence == s.index - 1
                                and ctx.paragraph_of(f.start) == ctx.paragraph_of(s.start)]
                        if not prev or prev[-1].component is not None:
                            continue
                        before_s = ctx.article.sentences[s.index - 1]
                        if regex.search(r"[;:]", ctx.text[prev[-1].end:before_s.end], timeout=t):
                            continue  # "Long An dẫn đầu; nhóm A gồm Long An, Tây Ninh. Tiếp theo là …": after a group
                        n, first_rank, fixed = None, prev[-1].rank + 1, prev[-1]
                else:
                    continue
                items = _list_items(text, m.end(), t)
                if n is not None:
                    if len(items) < n:
                        if not text[m.end():].strip():
                            moves.append((m.start(), m.end()))  # the list goes on in the lines after: its head ranks nothing
                        continue
                    items = items[:n]
                moves.append((m.start(), m.end()))  # "dẫn đầu" in the list's head is not a rank of its own
                if fixed is not None and not all(_province(text[a:b], t) or (("vị trí" in w or w in ex["after_rank"])
                                                                              and _ranked_unit(text[a:b], t))
                                                 for a, b in items):
                    continue  # "Tiếp theo là Hội nghị …": only provinces (or, after "vị trí" or "kế sau là", bodies) continue a list across sentences
                if n is None:
                    # "…, tiếp theo là Sở Nội vụ sẽ tham mưu …", "tiếp theo là Hội nghị … tại Hà Nội": the list
                    # after a first place names ranked units (a province, a body's short name), else it stops
                    k = next((k for k, (a, b) in enumerate(items) if not _ranked_unit(text[a:b], t)), len(items))
                    items = items[:k]
                for k, (a, b) in enumerate(items):
                    if free(a, b):
                        prov = _province(text[a:b], t)
                        hits.append(_Hit(a, b, first_rank + k, None, subject=prov, claim=False,
                                         year=fixed.year if fixed else None,
                                         indices=[fixed.index] if fixed else None,
                                         named=prov is None and _unit_named(text[a:b], t)))

        lists(True)
        # "Xếp hạng PCI 2023 theo thứ tự từ cao xuống thấp: A, B, C", "các vị trí dẫn đầu lần lượt thuộc về A, B và
        # C": ranks 1, 2, 3 … of the units listed, in a sentence naming the index and a ranking before them
        od = _ordered()
        for m in list(od["plural"].finditer(text, timeout=t)) + list(od["ordered"].finditer(text, timeout=t)):
            if not free(m.start(), m.end()) or not (any(x.end <= m.end() for x in mentions) or mentions_of(
                    ctx.text[ctx.text.rfind("\n", 0, s.start) + 1:s.start])):
                continue  # the index named in the sentence, or before it in its paragraph
            if m.re.pattern == od["ordered"].pattern and not od["cue"].search(text, 0, m.start(), timeout=t):
                continue  # "thảo luận theo thứ tự các nội dung: …": no ranking said
            items = _list_items(text, m.end(), t)
            k = next((k for k, (a, b) in enumerate(items) if not _ranked_unit(text[a:b], t)), len(items))
            items = items[:k]
            if len(items) < 2 or not all(free(a, b) for a, b in items):
                continue
            moves.append((m.start(), m.end()))  # "dẫn đầu" in the list's head ranks nothing of its own
            for k, (a, b) in enumerate(items):
                prov = _province(text[a:b], t)
                # a body or a district listed has no province (not the article's either)
                hits.append(_Hit(a, b, k + 1, None, subject=prov, claim=False, named=prov is None))
        # "Quảng Ninh, Bắc Giang và Hải Phòng lần lượt là các địa phương có PCI cao nhất": ranks 1, 2, 3
        for m in ex["leaders_listed"].finditer(text, timeout=t) if mentions else ():
            run = _province_run(text, m.start(), t)
            if len(run) < 2 or not all(free(a, b) for a, b, _ in run) or ex["measures"].search(m.group(), timeout=t):
                continue  # (not "… lần lượt là các tỉnh có tỷ lệ hồ sơ trực tuyến cao nhất": a rate, not the index)
            about = _ABOUT.match(text, m.end(), timeout=t)
            if about and not any(about.end() <= x.start <= about.end() + 12 for x in mentions):
                continue  # "… lần lượt là ba địa phương dẫn đầu về thu hút FDI theo PCI 2023": a topic, not the index
            moves.append((m.start(), m.end()))  # the top word after it ranks nothing of its own
            for k, (a, b, name) in enumerate(run):
                hits.append(_Hit(a, b, k + 1, None, subject=name, claim=False))
        # "Về xếp hạng chính quyền số, kinh tế số, xã hội số, thứ hạng của tỉnh lần lượt là 22, 9, 13":
        # as many ranks as the names listed before (provinces, else components)
        for m in ex["listed_ranks"].finditer(text, timeout=t):
            nums = [(m.start("n"), m.end("n"))] + [(m.start("rest") + x.start(), m.start("rest") + x.end())
                                                   for x in _DIGITS.finditer(m.group("rest"), timeout=t)]
            if not all(free(a, b) for a, b in nums):
                continue
            mid = ex["list_trim"].sub("", m.group("mid"), timeout=t)
            items = [x.strip() for x in _ITEM_SPLIT.split(mid)] if mid.strip() else []
            if len(items) != len(nums):
                about = ex["about_list"].search(text, max(0, m.start() - 200), m.start(), timeout=t)
                items = [x.strip() for x in _ITEM_SPLIT.split(about.group("seg"))] if about else []
            if len(items) != len(nums) or not all(items) or any(regex.search(r"\d", x, timeout=t) for x in items):
                continue
            provs = [_province(x, t) for x in items]
            for (a, b), item, prov in zip(nums, items, provs):
                h = _Hit(a, b, int(text[a:b]), None, subject=prov if all(provs) else None)
                if not all(provs):
                    if any(provs) or any(True for _ in find_places(item, t)):
                        break
                    h.components = [item]
                hits.append(h)
        # "các vị trí từ 2 đến 4 lần lượt thuộc về A, B và C": as many provinces as ranks in the range
        for m in ex["ranged"].finditer(text, timeout=t):
            lo, hi = int(m.group("a")), int(m.group("b"))
            if not 1 <= lo < hi <= lo + 20 or not free(m.start(), m.end()):
                continue
            items = _list_items(text, m.end(), t)[:hi - lo + 1]
            provs = [_province(text[a:b], t) for a, b in items]
            if len(items) != hi - lo + 1 or not all(provs):
                continue
            moves.append((m.start(), m.end()))
            for k, ((a, b), p) in enumerate(zip(items, provs)):
                if free(a, b):
                    hits.append(_Hit(a, b, lo + k, None, subject=p, claim=False))
        # "các vị trí nhất, nhì, ba lần lượt thuộc về A, B và C": ordinals listed, then as many provinces
        for m in ex["ordinal_list"].finditer(text, timeout=t) if "lần lượt" in text else ():
            ords = [ex["ords"][w.lower()] for w in _ORD_ITEM.findall(m.group("ords"), timeout=t)
                    if w.lower() in ex["ords"]]
            if len(ords) < 2 or not free(m.start(), m.end()):
                continue
            items = _list_items(text, m.end(), t)[:len(ords)]
            provs = [_province(text[a:b], t) for a, b in items]
            if len(items) != len(ords) or not all(provs):
                continue
            moves.append((m.start(), m.end()))
            for (a, b), rank, p in zip(items, ords, provs):
                if free(a, b):
                    hits.append(_Hit(a, b, rank, None, subject=p, claim=False))
        for m in words_rx.finditer(text, timeout=t):
            if not free(m.start(), m.end()):
                continue
            if ex["counted_before"].search(text[max(0, m.start() - 40):m.start()], timeout=t):
                continue  # "nhóm 10 tỉnh dẫn đầu", "có 4 trục nội dung dẫn đầu": a count of leaders, not a rank
            rank = 2 if m.group("w").lower() in second_words else 1
            hits.append(_Hit(m.start(), m.end(), rank, -1))
        # "Chỉ số PAPI … đạt 45 điểm, cao nhất cả nước": the top of the index (or of a component)
        # whose score is said right before, or which follows another rank of the index in the sentence
        for m in ex["top"].finditer(text, timeout=t):
            if not free(m.start(), m.end()):
                continue
            anchors = [x.end for x in mentions if x.end <= m.start()] + \
                      [x.end() for x in ex["top_anchor"].finditer(text, 0, m.start(), timeout=t)]
            if not anchors:
                continue
            lo = max(anchors)
            earlier = [h for h in hits if lo <= h.a and h.b <= m.start()]
            gap_from = earlier[-1].b if earlier else lo
            gap = text[gap_from:m.start()]
            if ";" in text[lo:m.start()] or ex["measures"].search(gap, timeout=t):
                continue
            if not earlier and not ex["top_after_score"].search(text[lo:m.start()], timeout=t):
                continue
            if earlier and not ex["regional"].match(m.group(), timeout=t):
                continue  # "xếp thứ 3 cả nước, cao nhất khu vực": after a rank, only a region's top
            if ex["counted_before"].search(text[max(0, m.start() - 40):m.start()], timeout=t):
                continue  # "trong nhóm các tỉnh đạt điểm cao nhất toàn quốc": a group, not the top
            hits.append(_Hit(m.start(), m.end(), 1, int(m.group("of")) if m.group("of") else -1, top=True))
        # "tỉnh có điểm số cao nhất theo chỉ số … là Bình Dương với 8,15 điểm": the one body with the top score
        for m in _score_top_rx().finditer(text, timeout=t):
            if not free(m.start("top"), m.end("top")) or _score_top_not_after().search(text[max(0, m.start() - 12):m.start()], timeout=t):
                continue
            found = next(iter(find_places(text[m.end():m.end() + 40], t)), None)
            if found and found[0] == 0 and found[2].kind == "province":
                hits.append(_Hit(m.start("top"), m.end("top"), 1, None, subject=found[2].name))
            elif _ranked_unit(_UNIT_AFTER.match(text, m.end(), timeout=t).group("u"), t):
                # "xã có điểm cao nhất là xã Tân Phú", "sở có tổng điểm cao nhất là Sở Tư pháp": a unit, no province
                hits.append(_Hit(m.start("top"), m.end("top"), 1, None, named=True))
        lists(False)
        # "Trong 3 tỉnh khu vực Tây Bắc, Điện Biên đứng thứ 2": the count before the clause is the out_of
        for h in hits:
            if h.of is None:
                lo = max(0, h.a - 120)
                m = ex["within"].search(text[lo:h.a], timeout=t)
                if m:
                    h.of = int(m.group("n"))
        if ":" in text or "–" in text or " -" in text:  # a label is followed by its colon or dash
            _labels(text, hits, bool(mentions) or _ranked_before(ctx.text, s.start, t), ctx.text, s.start, t)
        # "đứng thứ 2 là Bình Dương", "đứng thứ 2 tỉnh Thái Nguyên": the province named right after the rank
        for h in hits:
            m = ex["subject_after"].match(text, h.b, timeout=t)
            # ... or right after a rank said as a title: "á quân Đồng Tháp đạt 72,10 điểm"
            if h.subject is None and m and (m.group("link") or m.group("kind") or text[h.a:h.b].casefold() in ex["titles"]):
                found = next(iter(find_places(text[m.end():m.end() + 40], t)), None)
                if found and found[0] == 0 and found[2].kind == "province":
                    h.subject = found[2].name
            if h.subject is None:
                # "Đứng đầu bảng xếp hạng PCI 2023 là Quảng Ninh": the province after the index named after the rank
                m = ex["then_is"].match(text, h.b, timeout=t)
                if m and any(h.b <= x.start and x.end <= m.end() for x in mentions) and \
                        not any(h.b < x.a < m.end() for x in hits):
                    found = next(iter(find_places(text[m.end():m.end() + 40], t)), None)
                    if found and found[0] == 0 and found[2].kind == "province":
                        h.subject = found[2].name
        # "dẫn đầu ở cả 3 trụ cột A, B và C", "dẫn đầu cả nước ở tiêu chí A": one rank per component named after it
        for h in hits:
            m = ex["comp_after"].match(text, h.b, timeout=t) if not h.components else None
            dot = _SENTENCE_DOT.search(text, m.end(), timeout=t) if m else None
            stop = dot.start() if dot else len(text)
            if m and not any(m.end() <= x.start < stop for x in mentions):  # an index listed there is no component
                items = _components_after(text, m, t)
                if items:
                    h.components = items
        # "xếp thứ nhất trong 5/8 chỉ số chính, bao gồm A, B, C, D và E": one rank per component listed
        for h in list(hits):
            m = ex["components"].match(text, h.b, timeout=t)
            if not m:
                continue
            items = _list_items(text, m.end(), t, capital=False)
            if len(items) == int(m.group("n")):
                h.components = [text[a:b] for a, b in items]
        hits = sorted((h for h in hits if h.of is None or h.of == -1 or 0 < h.rank <= h.of), key=lambda h: (h.a, h.b))
        # (the patterns below only matter to a sentence with ranks: most have none)
        goal = goal_rx.search(text, timeout=t) if hits else None
        if goal is not None:
            hits = [h for h in hits if h.a < goal.start()]  # a rank inside a goal is a target
        listed = listed_goals().get(ctx.paragraph_of(s.start)) if hits else None
        if listed is not None:
            # "- Chỉ số PAR INDEX tăng 05 bậc, xếp vị thứ 20/63" under "các chỉ tiêu năm 2025 như sau:":
            # a rank to reach, written in a goal list, is a target (numbers ``rank_place_goal``); not a rank
            # its clause dates before the list's year ("Chỉ số PAR INDEX năm 2024 xếp thứ 30/63, …")
            goal_year = int(listed[0][:4]) if listed[0] else ctx.doc_year
            places = [(s.start + m.start(), s.start + m.end())
                      for m in _numbers_rx().finditer(text, timeout=t)]

            def reported(h) -> bool:
                clause = text[max(text.rfind(";", 0, h.a), text.rfind(",", 0, h.a), 0):h.a]
                return bool(goal_year) and any(int(y) < goal_year for y in _YEAR_IN_CLAUSE.findall(clause))
            hits = [h for h in hits if reported(h) or not any(a < s.start + h.b and s.start + h.a < b for a, b in places)]
        # a rank shared by two indices: "đứng ở vị trí số 1 ở cả hai chỉ số này"
        sh = ex["shared"].search(text, timeout=t) if hits else None
        if sh and hits:
            k = min(range(len(hits)), key=lambda i: min(abs(sh.start() - hits[i].b), abs(hits[i].a - sh.end())))
            pool = [x.index for x in carried + [x for x in mentions if x.end <= sh.start()]]
            distinct = list(dict.fromkeys(reversed(pool)))[:2]
            if len(distinct) == 2:
                hits[k].indices = list(reversed(distinct))
        # "Quảng Ninh hiện là tỉnh đứng đầu cả 4 chỉ số": the last 4 indices named share the rank said right before
        for cm in _shared_count_rx().finditer(text, timeout=t):
            word = cm.group("n").lower()
            n = int(word) if word.isdigit() else ex["list_counts"].get(word, 0)
            near = [i for i in range(len(hits)) if hits[i].b <= cm.start() and not text[hits[i].b:cm.start()].strip()]
            if n < 3 or not near or hits[near[-1]].indices:
                continue
            after = [x for x in mentions if x.start >= cm.end()]
            run = after[:1] if after and _JOIN_GAP.fullmatch(text, cm.end(), after[0].start, timeout=t) else []
            for x in after[1:]:
                if not _INDEX_JOIN.fullmatch(text, run[-1].end, x.start, timeout=t) if run else True:
                    break
                run.append(x)
            if run:  # "xếp thứ 2 cả 3 chỉ số PCI, PAPI, DTI": the indices named after the count
                distinct = list(dict.fromkeys(x.index for x in run))
                if len(distinct) == n:
                    hits[near[-1]].indices = distinct
                continue
            pooled = carried + [x for x in mentions if x.end <= cm.start()]
            pool = [x.index for x in pooled]
            distinct = list(reversed(list(dict.fromkeys(reversed(pool)))[:n]))
            # the ones already ranked so in the sentences before are a restatement, not new ranks
            said = {f.index for f in ctx.facts if f.type == "ranking" and f.rank == hits[near[-1]].rank
                    and f.component is None} | {ix for h2 in hits[:near[-1]] if h2.rank == hits[near[-1]].rank
                                                for ix in (h2.indices or [])}
            if len(distinct) == n and [x for x in distinct if x not in said]:
                hits[near[-1]].indices = [x for x in distinct if x not in said]
                # an index counted in keeps the year written with it or in this sentence, else none
                own = _YEAR.search(text, timeout=t)
                hits[near[-1]].index_years = {ix: next((x.year for x in reversed(pooled) if x.index == ix and x.year),
                                                       int(own.group("y")) if own else None) for ix in distinct}
        lx = _BOTH.search(text, timeout=t) if hits else None
        if lx and hits:
            inside = [x for x in mentions if lx.start("x") <= x.start < lx.end("y")]  # "… lẫn SIPAS năm 2023"
            if len(inside) >= 2:
                k = min(range(len(hits)), key=lambda i: abs(lx.start() - hits[i].b))
                hits[k].indices = [x.index for x in inside]
        # "Về PAR INDEX và SIPAS 2023, Hải Phòng đều xếp thứ nhất": indices joined before a rank said of them all
        for k, h in enumerate(hits):
            if h.indices or not ex["shared_marker"].search(text, max(0, h.a - 30), h.a, timeout=t):
                continue
            lo = hits[k - 1].b if k else 0
            run = _joined_indices(text, mentions, lo, h.a, t)
            if len(run) >= 2 and len({x.index for x in run}) == len(run):
                h.indices = [x.index for x in run]
        # "Sóc Trăng dẫn đầu khu vực … về Chỉ số SIPAS và Chỉ số CCHC": indices joined after a rank and "về"
        for k, h in enumerate(hits):
            if h.indices or not h.claim:
                continue
            hi = hits[k + 1].a if k + 1 < len(hits) else len(text)
            m = _joined_after_rx().match(text, h.b, hi, timeout=t)
            after = [x for x in mentions if m.end() <= x.start < hi] if m else []
            if not after or not (_JOIN_GAP.fullmatch(text, m.end(), after[0].start, timeout=t) or
                                 _joined_list_rx().fullmatch(text, m.end(), after[0].start, timeout=t)):
                continue
            run = after[:1]
            for x in after[1:]:
                if not _INDEX_JOIN.fullmatch(text, run[-1].end, x.start, timeout=t):
                    break
                run.append(x)
            if len(run) >= 2 and len({x.index for x in run}) == len(run):
                h.indices = [x.index for x in run]
        # "Phường 5 và Phường 10 cùng xếp thứ 3", "Hải Phòng, Quảng Ninh đều xếp thứ 2": one rank of each unit named
        for h in hits:
            if h.tied is None and not h.earlier and h.of != -1:
                units = _tied_units(text, h.a, t)
                if units:
                    h.tied = [_province(text[a:b], t) for a, b in units]
        # each "tăng/giảm N bậc" belongs to the rank said before it (not one in a parenthesis closed
        # before it, nor one of another index), else to the rank right after it
        goal_scopes = None
        for c in ph["change"].finditer(text, timeout=t):
            if goal is not None and c.start() > goal.start():
                # "xếp thứ 30/63, phấn đấu năm 2026 tăng 5 bậc": a change inside a goal is the goal's
                # (a target, numbers ``rank_change_goal``), not the change of the rank before it
                from .numbers import _goal_scope, _in_goal
                if goal_scopes is None:
                    goal_scopes = _goal_scope(text, t, ctx.doc_year)
                if _in_goal(text, c.start(), goal_scopes, t) is not None:
                    continue
            n = int(c.group("n")) if c.group("n").isdigit() else ph["number_words"][c.group("n").lower()]
            n = -n if c.group("dir").lower() in ph["change_down"] else n
            prev = [h for h in hits if h.b <= c.start() and c.start() - h.b <= 120 and not h.earlier
                    and not any(o < h.a and h.b <= cl < c.start() for o, cl in parens)
                    and not any(h.b <= x.start < c.start() and x is not _pick_index(mentions, text, h.a, h.b, c.start())
                                for x in mentions)]
            target = None
            prev = [h for h in prev if not h.top] or prev
            link = _change_link_rx().match(text, c.end(), timeout=t)
            joined = [h for h in hits if link and h.a == link.end() and h.change is None and not h.earlier]
            if joined:  # "tăng 28 bậc để xếp thứ tám": the rank the change led to
                target = joined[0]
            elif prev and _move_ends(text, prev[-1], c.end(), hits, t) is not None:
                # "từ xếp hạng thứ 20 năm 2016, … đã tăng 18 bậc, lên hạng hai năm 2017": the change of a move said
                # around it goes to the rank it led to, not to the one it started from
                target = _move_ends(text, prev[-1], c.end(), hits, t)
            elif prev:
                target = prev[-1] if prev[-1].change is None else None
            else:  # the rank right after it, not one in a parenthesis opened after it ("(năm 2016 xếp thứ 36/63)")
                nxt = [h for h in hits if h.a >= c.end() and h.a - c.end() <= 80 and not h.earlier
                       and not any(c.end() <= o < h.a and h.b <= cl for o, cl in parens)]
                if nxt and nxt[0].change is None:
                    target = nxt[0]
            if target is not None:
                target.change = n
                ctx.claim(s.start + c.start(), s.start + c.end())
            elif not [h for h in hits if not h.earlier and not any(c.end() <= o < h.a and h.b <= cl for o, cl in parens)]:
                # no rank of its own in the sentence (only an earlier year's, in a parenthesis after it):
                # "Tỉnh đã vượt 30 thứ hạng so với năm 2020 (xếp thứ 42)"
                if not _change_of_earlier_rank(ctx, s, mentions, n, t, earlier_facts):
                    pending = (s.index, ctx.paragraph_of(s.start), n, {m.index for m in mentions})
        prev_idx = None
        anaphor: list = []  # whether the sentence says "chỉ số này", looked up for the first rank that asks

        def bare_anaphor() -> bool:
            if not anaphor:
                anaphor.append(bool(ph["anaphor"].search(text, timeout=t) or ex["bare"].search(text, timeout=t)))
            return anaphor[0]

        for k, h in enumerate(hits):
            a, b, rank, of = h.a, h.b, h.rank, h.of
            next_rank = hits[k + 1].a if k + 1 < len(hits) else len(text)
            idx = _named_over_topic(mentions, _pick_index(mentions, text, a, b, next_rank), hits[k - 1].b if k else 0, a)
            if idx is not None and idx.topic and not _topic_rank_ok(text, idx, b, None if of == -1 else of, t):
                continue  # a rank said of a topic that is no index's here (a country's, a contest's, a measure's)
            if of == -1:
                of = None
                if idx is None and prev_idx is not None:
                    idx = prev_idx  # "… đứng thứ 19, nhưng dẫn đầu khu vực": the index of the rank before
                if idx is None and not (carried and (bare_anaphor() or prev_had_index)):
                    continue  # "đứng đầu" needs its index in the same sentence (or "chỉ số này")
                if idx is None and ex["measure_topic"].match(text, b, timeout=t):
                    continue  # "Huyện A dẫn đầu toàn tỉnh về tỷ lệ hồ sơ trực tuyến": a measure, not the index
            if idx is None and carried and not topics_rx.search(text, timeout=t):
                idx = carried[-1]
                idx = IndexMention(-1, -1, idx.index, idx.year)
            if idx is None and only_index and h.of != -1 and not topics_rx.search(text, timeout=t):
                idx = IndexMention(-1, -1, only_index, None)  # the one index the article is about, named later
            if idx is None:
                continue
            if ctx.is_claimed(s.start + a, s.start + b):
                continue
            year = _rank_year(ctx, s, h, idx, parens, index_years, (doc_years, doc_year_pos), title_years,
                              doc_index_years, hits, t, mentions)
            window = text[idx.start:a] if 0 <= idx.start < a else text[:a]
            comp = ph["component"].search(window, timeout=t)
            if comp and ex["not_component"].match(comp.group("c"), timeout=t):
                comp = None  # "các chỉ số thành phần lần lượt xếp thứ …", "… này xếp thứ": no name
            w0 = idx.start if 0 <= idx.start < a else 0
            if comp and any(w0 + comp.end() <= x.a and x.b <= a for x in hits[:k]):
                comp = None  # the component of a rank said before ("trụ cột A …, xếp thứ 29; B …, xếp thứ 27")
            comp_name = _component_name(comp.group("c"), t) if comp else None
            comp_names = _shared_components(window, comp, comp_name, text[max(0, a - 40):a], t) if comp_name else None
            components = h.components or (None if not h.claim else comp_names if comp_names else _lead_components(
                text, hits[k - 1].b if k else 0, a, mentions, t) if h.lead else None)
            prev_idx = idx
            # "năm 2019 và 2020 xếp hạng 59": one rank of each of the years joined right before it
            shared = _SHARED_YEARS.search(text, max(0, a - 60), a, timeout=t) if year is not None else None
            years = [int(y) for y in _ANY_YEAR.findall(shared.group("ys"), timeout=t)] if shared else []
            if year not in years or _COMPARED_WITH.search(text, max(0, shared.start() - 12), shared.start(), timeout=t):
                years = [year]
            for index in h.indices or [idx.index]:
                for component in components or [None]:
                    for y in years:
                        for tie in h.tied or [None]:
                            f = ctx.add(Ranking, s.start + a, s.start + b, claim=h.claim, index=index, component=component,
                                        rank=rank, out_of=of, change=h.change,
                                        year=h.index_years.get(index) if h.index_years is not None else y)
                            if h.tied:
                                f.subject, f.subject_source = tie, "list"
                            elif h.subject or h.named:
                                f.subject, f.subject_source = h.subject, "list"
                        if h.earlier:
                            earlier_facts.add(id(f))
        _component_items(ctx, s, text, facts_before, mentions, t, ranks_of.get(s.index - 1, []))
        ranks_of[s.index] = [f for f in ctx.facts[facts_before:] if f.type == "ranking"]
        # an index named in an aside ("(gồm Chỉ số SIPAS 8,1/10 điểm)") is not the one the next sentence goes on about
        asides = [m for m in mentions if any(o < m.start and m.end <= c and text[o + 1:m.start].strip() for o, c in parens)]
        carried += asides + [m for m in mentions if m not in asides]
        if pending is not None and pending[0] == s.index - 1 and pending[1] == ctx.paragraph_of(s.start):
            # "Long An nhảy vọt 8 bậc so với năm 2022. Kết quả, địa phương giành vị trí á quân PCI 2023":
            # a change said just before the sentence of its rank
            new = [f for f in ctx.facts[facts_before:] if f.type == "ranking" and f.component is None
                   and (not pending[3] or f.index in pending[3]) and id(f) not in earlier_facts]
            latest = max((f.year for f in new if f.year), default=None)
            if latest and len({(f.start, f.end) for f in new}) > 1 and all(f.year for f in new):
                # "Cụ thể, xếp vị trí 27 năm 2021, tỉnh đã vươn lên vị trí thứ 18 trong năm 2022": the latest year's rank
                new = [f for f in new if f.year == latest]
            if new and all(f.change is None for f in new) and len({(f.start, f.end) for f in new}) == 1:
                for f in new:
                    f.change = pending[2]
        if pending is not None and pending[0] < s.index:
            pending = None
        if mentions or len(ctx.facts) > facts_before or not text.rstrip().endswith(":"):
            # a lead ending in a colon ("Kết quả cho thấy:") keeps what the sentence before it said for the items after
            prev_had_index = bool(mentions) or len(ctx.facts) > facts_before
        for mnt in mentions:
            if mnt.year:
                index_years[mnt.index] = mnt.year
    _scope_out_of(ctx, t)
    _table_rankings(ctx, mentions_of, topics_rx, only_index, doc_index_years, (doc_years, doc_year_pos), title_years, t)


@lru_cache(maxsize=1)
def _change_link_rx():
    return regex.compile(r"\s*,?\s*(?:" + _alt(load("indices")["rank_phrases"]["change_to_rank_links"]) + r")\s+", regex.I)


# the name right after a top score's "là", to the end of its clause or its score ("xã Tân Phú (92,1 điểm)")
_UNIT_AFTER = regex.compile(r"(?P<u>[^,;.()]*?)(?=\s*(?:[,;()]|\.(?:\s|$)|\s(?:với|đạt|có)\s|$))")


@lru_cache(maxsize=1)
def _score_top_rx():
    r = load("indices")["rank_phrases"]
    return regex.compile(r"(?<![\p{L}])(?:" + _alt(r["score_top_units"]) + r")\s+(?:có|đạt)\s+(?P<top>(?:" +
                         _alt(r["score_top_nouns"]) + r")\s+cao nhất)(?![\p{L}])[^.;:\d]{0,80}?\s(?:là|thuộc về)\s+"
                         r"(?:(?:tỉnh|thành phố|TP\.?)\s+(?=\p{Lu})|(?=(?:" + _alt_long(r["unit_kinds"]) + r")\s+(?-i:\p{Lu}|\d))|(?=\p{Lu}))",
                         regex.I)


@lru_cache(maxsize=1)
def _score_top_not_after():
    r = load("indices")["rank_phrases"]
    return regex.compile(r"(?:(?<![\p{L}])(?:" + _alt(r["score_top_not_after"]) + r")|\d)\s+$", regex.I)


@lru_cache(maxsize=1)
def _scope_rx():
    r = load("indices")["rank_phrases"]
    return regex.compile(r"^\s*(?:(?:" + _alt(r["scope_openers"]) + r")\s*,\s*)?(?:" + _alt(r["scope_words"]) +
                         r")\s+(?P<n>\d{1,3})\s+(?:" + _alt(r["counted_nouns"]) + r")(?![\p{L}])[^.;:!?]{0,80}?[,:]", regex.I)


def _scope_out_of(ctx, t: float) -> None:
    """"Trong số 34 tỉnh, thành phố sau sáp nhập, Hà Nội dẫn đầu …", "Cụ thể, trong 21 sở, ban, ngành: Sở A
    dẫn đầu …; thứ hai là Sở B …": a count fronted in the sentence is the ``out_of`` of each rank said after
    it in that sentence without one (not of a rank beyond the count)."""
    by_sentence: dict = {}
    for f in ctx.facts:
        if f.type == "ranking" and f.out_of is None:
            by_sentence.setdefault(f.sentence, []).append(f)
    if not by_sentence:
        return
    rx = _scope_rx()
    for s in ctx.sentences():
        fs = by_sentence.get(s.index)
        if not fs:
            continue
        m = rx.match(s.text, timeout=t)
        if m is None:
            continue
        n = int(m.group("n"))
        for f in fs:
            if f.start >= s.start + m.end() and f.rank <= n:
                f.out_of = n


# "so với vị trí số 58 năm 2017": a rank compared with, the words before it name no component
_COMPARED_WITH = regex.compile(r"(?<![\p{L}])(?i:so)\s+(?:(?i:với)\s+)?$")
_THEN_LISTED = regex.compile(r"(?:\s+[^,.;:()]{1,60}?)?\s*,?\s*(?i:lần lượt)\s+(?:(?i:là|thuộc về|gồm)\s+)?")
# a line that may be a table's row or cell: one starting with a number or a rank word, or ending with a number
_TABLE_LINE = regex.compile(r"(?m)^[ \t]*(?:\d|(?i:hạng|thứ|xếp|vị trí)\s)|\d[^\d\n]{0,12}$|:[ \t]*1[.)/][ \t]")


def _table_rankings(ctx, mentions_of, topics_rx, only_index, doc_index_years, doc_years, title_years, t) -> None:
    """The rows of pipe tables and numbered lists ranking an index (``_rank_tables``); a row
    already holding a ranking of its own (``1. Quảng Ninh xếp thứ 1``) is left to it."""
    text = ctx.text
    if "|" not in text and not _TABLE_LINE.search(text, timeout=t):
        return
    years, positions = doc_years

    def year_of(pos: int, index: Optional[str]) -> Optional[int]:
        if index and doc_index_years.get(index):
            return doc_index_years[index]
        k = bisect.bisect_left(positions, pos)
        if k:
            return years[k - 1][1]
        return title_years[-1] if title_years else None

    done = [(f.start, f.end) for f in ctx.facts if f.type == "ranking"]
    done_starts = sorted(a for a, _ in done)
    for block in _rank_tables.blocks(text, t):
        rows = [(r.start, r.end) for r in block.rows]
        counts: list = []
        for tr in _rank_tables.rankings(text, ctx.article.title or "", block, mentions_of, topics_rx, only_index,
                                        year_of, t, counts, goal_rx=_data()[7], body_rx=_extra()["body"],
                                        topic_of=lambda s: _topic_of(s, t)):
            row = next(((a, b) for a, b in rows if a <= tr.start < b), None)
            if row and _any_start_in(done_starts, row[0], row[1]):
                continue
            if tr.claim and ctx.is_claimed(tr.start, tr.end):
                continue
            f = ctx.add(Ranking, tr.start, tr.end, claim=tr.claim, index=tr.index, component=tr.component,
                        rank=tr.rank, out_of=tr.out_of, year=tr.year, change=tr.change)
            if not tr.link:
                # a row naming a body ("Sở Nội vụ") takes no province from the article: marked for the link
                # stage; a component row takes the province of its caption, else the article's
                f.subject, f.subject_source = tr.subject, "list"
        for a, b in counts:  # "của 63 tỉnh, thành phố" over a table: its out_of, not a quantity
            ctx.claim(a, b)


def _change_of_earlier_rank(ctx, s, mentions, n: int, t: float, earlier=frozenset()) -> bool:
    """``… xếp thứ 40/63. Theo kết quả này, Chỉ số CCHC của tỉnh tăng 7 bậc so với năm 2020``: a change
    in a sentence without a rank goes to the national rank of the same index said in one of the two
    sentences before, in the same paragraph, when that rank has no change yet."""
    names = {m.index for m in mentions}
    para = ctx.paragraph_of(s.start)
    for f in reversed(ctx.facts):
        if f.sentence < s.index - 2 or ctx.paragraph_of(f.start) != para:
            break
        if f.type != "ranking" or f.sentence >= s.index:
            continue
        if (names and f.index not in names) or f.change is not None or f.component is not None or id(f) in earlier:
            continue  # (not the rank of an earlier year: "… tăng 7 bậc so với năm 2021 (30/63)")
        if _extra()["regional"].match(ctx.text, f.end, timeout=t):
            continue
        f.change = n
        return True
    return False


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


def _data_file() -> dict:
    return load("indices")


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
