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

This module is the extractor: :func:`extract` runs the passes in order. Its helpers: ``_rank_phrases`` (the
words and patterns read from the data file, a rank hit, an index mention), ``_rank_lists`` (ordered lists, last
places, ties, rank labels, ranked units), ``_rank_index`` (the index, component and year of a rank), ``_rank_moves``
(moves and changes) and ``_rank_tables`` (rankings written as tables or lists).
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
from .base import extractor
from ._rank_phrases import (IndexMention, _Hit, _alt, _change_link_rx, _data, _extra, _phrases,
    _score_top_not_after, _score_top_rx)
from ._rank_lists import (_ABOUT, _ORD_ITEM, _any_start_in, _joined_after_rx, _joined_list_rx, _labels,
    _last_place, _list_items, _listed_provinces, _ordered, _province, _province_run, _ranked_unit,
    _shared_count_rx, _tied_units, _unit_named)
from ._rank_index import (_ANY_YEAR, _DIGITS, _INDEX_JOIN, _ITEM_SPLIT, _JOIN_GAP, _SENTENCE_DOT,
    _SHARED_YEARS, _YEAR, _component_items, _component_name, _components_after,
    _index_mentions, _joined_indices, _lead_components, _listed_components, _named_over_topic, _outside,
    _parens, _pick_index, _rank_year, _ranked_before, _shared_components, _topic_mentions, _topic_of,
    _topic_rank_ok, _valid_years)
from ._rank_moves import _change_of_earlier_rank, _move_ends
from ._rank_index import _index_groups  # noqa: F401 - read from here by tests/test_fast_paths.py


_WEEKDAY_DATE = regex.compile(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s?[/-]\s?\d{1,2}(?!\d)")
_PAREN_RANK = regex.compile(r"\(\s*(?P<p>(?:xếp |đứng )?(?:thứ|hạng)\s+(?P<r>\d{1,2})(?:\s?/\s?(?P<o>\d{1,3}))?)\s*\)", regex.I)
_COMPARED_YEAR = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s*$")
# "so với PCI 2021": the edition compared with names the index, not the rank's year
_COMPARED_INDEX = regex.compile(r"(?<![\p{L}])(?i:so)(?: với)?\s+(?:(?i:chỉ số|bảng xếp hạng)\s+)?$")
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
_RESPECTIVELY = regex.compile(r"lần lượt\s+\S*\s*\S*$")


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


# the name right after a top score's "là", to the end of its clause or its score ("xã Tân Phú (92,1 điểm)")
_UNIT_AFTER = regex.compile(r"(?P<u>[^,;.()]*?)(?=\s*(?:[,;()]|\.(?:\s|$)|\s(?:với|đạt|có)\s|$))")


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
