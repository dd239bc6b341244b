"""Numbers: percentages, targets, ratios and quantities (docs/format.md; GUIDE §4–§6).

Vietnamese number writing: ``99,82`` (comma decimal), ``1.650`` (dot thousands: every group
after a dot has three digits), ``99.44`` and ``2.5`` (a dot followed by one or two digits is a
decimal point), ``02`` (zero-padded). One number is one fact; spans already claimed by legal
references, dates, periods and rankings are skipped, and the type is decided by context:

- ``N%`` is a ``percentage``, or a ``target`` when a goal trigger (``phấn đấu``, ``mục tiêu``,
  ``chỉ tiêu``, ``phải đạt``…, ``data/numbers.json``) comes before it in the sentence with no
  "achieved" marker in between; a range ``từ 80% đến 90%`` in a goal is one target at 80, ``gte``;
- ``x/y noun`` is a ``ratio`` (``6/6 tỉnh``), or a ``quantity`` x when the noun is ``điểm``;
- ``N noun`` (and spelled ``năm tỉnh``) is a ``quantity`` unless the number is a year, a
  duration, an ordinal, a level or part of a name; inside a goal's scope it is a target.
- rank goals ``nằm trong Tốp 10`` are targets with unit ``rank``, and so is a rank to reach or keep on
  an index (``phấn đấu … xếp thứ 10/63``, ``giữ vững vị trí dẫn đầu``).

A goal word reaches to the end of its sentence, but not past a contrast or a consequence
(``nhưng``, ``khiến``, ``nên``), the close of a parenthesis it is in, a glued sentence end, or the
comma of a purpose clause with no number (``Để đảm bảo …, dự thảo quy định tăng 9 đại biểu``);
used as a noun, counted, compared with (``so với chỉ tiêu``), reported as met (``mục tiêu cơ bản
hoàn thành``) or heading a table (``Chỉ tiêu | Quý II``) it is none; a number after ``đã …``,
``hiện có`` is a result; counts of goals (``5 quyết tâm``), rounds and prices are no goals
(``data/numbers.json`` ``target_triggers``, ``goal_scope``, ``achieved_markers``). A heading line
(with or without its colon) governs the list under it until a section heading or a report of
results; ``năm nay`` without a published date is the year of the dates written before; a goal
without a deadline of its own keeps the one of the goal in the sentence before. A goal list goes on
without goal words in the next sentence, or the next paragraph, written as one more item (``Tỷ lệ hộ
gia đình có cáp quang trên 85%.``, ``Theo đó, trên 50% doanh nghiệp …``) and reporting nothing
(``goal_continuation``), and under a field heading inside a goal list (``- Về kinh tế:``, a bulleted
``*Phát triển chính quyền số:``, any heading without a number right under the goal heading and the
headings like it after, until a section of tasks or results: ``goal_headings`` ``group``); a year
written right after a value (``khoảng 85% vào năm 2030``) is that value's deadline. A purpose naming a
goal gives the rate after ``phải``/``cần`` in the clause after it (``Để đạt được mục tiêu năm 2025, …
phải gấp 3 lần …, tức là khoảng 20%/năm``) as a target.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..models import Percentage, Quantity, Ratio, Target
from ..resources import load
from ..patterns import has_digit
from .rankings import _index_mentions
from .base import extractor

NUM = r"(?<![\d.,/\p{L}])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2})(?![\d]|[.,]\d)"
# a number in a clause (what a goal said in words lacks); not the digit-free fast path, which is ``has_digit``
_A_DIGIT = regex.compile(r"\d")
# a percentage whose digits a copy split with spaces: "9 8 ,5%", "(7, 45%)"
SPACED = r"(?<![\d.,/\p{L}])\d(?: \d)+ ?,\d+(?=\s?%)|(?<=\(\s?)\d{1,2}, \d{1,2}(?=\s?%)"
_PCT = regex.compile(r"(?P<num>" + SPACED + "|" + NUM + r")\s?(?:%|phần trăm)")
_RATIO = regex.compile(r"(?<![\d.,/\p{L}])(?P<a>\d{1,4}(?:[.,]\d{1,4})?)\s?/\s?(?P<b>\d{1,4}(?:[.,]\d{1,4})?)(?![\d/%]|[.,]\d)")
_QTY = regex.compile(r"(?P<num>" + NUM + r")(?=\s+[\p{L}])")
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}&\-]*")
_RATE = regex.compile(r"[23]?/[\p{L}][\p{L}\p{M}\d]*")
_BLANKS = regex.compile(r"[ \t]+")
_DATE_NUMBER = regex.compile(r"[ \t]+(?:[IVX]{1,4}(?![\p{L}])|\d)")
_YEAR_NUM = regex.compile(r"(?:19|20)\d{2}")
_RANGE_END = regex.compile(r"\s*(?:đến|-|–|tới)\s*(" + NUM + r")\s?%")
_RANK_UNIT = regex.compile(r"\s*(?:bậc|hạng)")


_SPACES = regex.compile(r"\s+")
_YEAR4 = regex.compile(r"(?:19|20)\d{2}")
_FROM_BEFORE = regex.compile(r"(?:^|[\s(])từ\s*$")


def parse_number(s: str) -> float:
    """``99,82`` → 99.82; ``1.650`` → 1650; ``99.44`` → 99.44; ``02`` → 2."""
    s = _SPACES.sub("", s)
    if "," in s:
        whole, frac = s.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    if "." in s:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(s)
    return float(s)


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _data():
    d = load("numbers")
    before = []
    for comp, words in d["comparators_before"].items():
        if comp == "examples":
            continue
        before += [(w, comp) for w in words]
    before.sort(key=lambda x: len(x[0]), reverse=True)
    before_rx = regex.compile(r"(?:^|[\s(])(" + "|".join(regex.escape(w) for w, _ in before) + r")\s*(?:mức\s+)?$", regex.I)
    before_map = {w.casefold(): c for w, c in before}
    after = {w: c for c, ws in d["comparators_after"].items() if c != "examples" for w in ws}
    after_rx = regex.compile(r"\s*(" + "|".join(regex.escape(w) for w in after) + r")(?![\p{L}])", regex.I)
    diff = d["differences"]
    diff_before_rx = regex.compile(r"(?:^|\s)(?:" + _alt(diff["before"]) + r")\s*$", regex.I)
    first_before_rx = regex.compile(r"(?:^|\s)(?:" + _alt(diff["compared_first_before"]) + r")\s*$", regex.I)
    first_rx = regex.compile(r"(?:^|[;:]\s*)(?:" + _alt(diff["compared_first"]) + r")(?![\p{L}])[^;%]*$", regex.I)
    diff_after_rx = regex.compile(r"[^.;%]{0,40}?(?<![\p{L}])(?:" + _alt(diff["after"]) + r")(?![\p{L}])", regex.I)
    trig = d["target_triggers"]
    trigger_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(trig["patterns"]) + r")(?![\p{L}])", regex.I)
    heading_negations = {w.casefold() for w in trig["heading_negations"]}
    heading_colon_rx = regex.compile(r"[^.;:!?()\n]{1,80}?:", regex.I)
    negated_rx = regex.compile(r"(?:" + "|".join(trig["negated_by_before"]) + r")\s*$", regex.I)
    achieved_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(d["achieved_markers"]["patterns"] + d["achieved_markers"].get("weak", [])) + r")(?![\p{L}])", regex.I)
    achieved_strong_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(d["achieved_markers"]["patterns"]) + r")(?![\p{L}])", regex.I)
    rank_goal_rx = regex.compile(d["rank_goal"]["pattern"], regex.I)
    rank_change_rx = regex.compile(d["rank_change_goal"]["pattern"], regex.I)
    forecast_paren_rx = regex.compile(r"\s*(?:" + _alt(d["rank_change_goal"].get("forecast_before", [])) + r")(?![\p{L}])"
                                      if d["rank_change_goal"].get("forecast_before") else r"(?!)", regex.I)
    rank_place_rx = regex.compile(d["rank_place_goal"]["pattern"], regex.I)
    not_trigger_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(trig["not_triggers"]) + r")(?![\p{L}])", regex.I)
    copula_verb_rx = regex.compile(r"(?:" + _alt(trig["copula_verb_triggers"]) + r")(?![\p{L}])", regex.I)
    requirement_rx = regex.compile(r"(?:" + _alt(trig["requirement_triggers"]) + r")(?![\p{L}])", regex.I)
    requirement_end_rx = regex.compile(trig.get("requirement_end") or r"(?!)", regex.I)
    requirement_source_rx = regex.compile(r"(?:" + "|".join(trig["requirement_sources"]) + r")", regex.I)
    requirement_after_rx = regex.compile(trig["requirement_after"], regex.I)
    requirement_paragraph_rx = regex.compile(trig["requirement_paragraph"], regex.I)
    indicator_rx = regex.compile(trig["indicator_result"], regex.I)
    indicator_before_rx = regex.compile(trig["indicator_result_before"], regex.I)
    gs = d["goal_scope"]
    scope_end_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(gs["ends"]) + r")(?![\p{L}])|[.!?…](?=\p{Lu})", regex.I)
    not_goal_before_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(gs["not_goal_before"]) + r")\s*$", regex.I)
    fronted_goal_rx = regex.compile(r"(?:^|[,;:])\W*(?:" + _alt(gs["fronted_goal_before"]) + r")\s+(?:(?:các|những|sự|cái)\s+)?$", regex.I)
    past_clause_rx = regex.compile(r"[,;]\s*(?:(?:trong|tính đến|đến hết|đến cuối|cuối)\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", regex.I)
    # "của 63 tỉnh", and a count joined to such a count: "gồm 25 dịch vụ công và 5 nhóm tiện ích"
    count_not_goal_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(gs["count_not_goal_before"]) + r")\s+"
                                      r"(?:\d[\d.,]*\s+[^\d.;:%]{1,60}?(?:,|\s+và)\s+)?$", regex.I)
    result_after_value_rx = regex.compile(gs["result_after_value"], regex.I)
    goal_nouns = tuple(w.casefold() for w in gs["goal_nouns"])
    list_enders_rx = regex.compile(r"\W*(?:" + "|".join(gs["list_enders"]) + r")(?![\p{L}])", regex.I)
    comma_bound_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(gs["comma_bound_after"]) + r")\s+$", regex.I)
    defined_rx = regex.compile(r"[^;\d]{0,80}?\slà\s[^;\d]+;")
    purpose_rx = regex.compile(r"(?:" + "|".join(gs["fronted_purpose"]) + r")(?![\p{L}])", regex.I)
    fronted_rx = regex.compile(r"^\W*(?:(?:và|còn|nhưng|tuy nhiên),?\s+)?(?:" + "|".join(gs["fronted_purpose"]) + r")(?![\p{L}])", regex.I)
    money = d["money_units"]
    # a currency (after a multiplier or not), 'bảng' after a multiplier, or a multiplier alone ("415.600 tỷ")
    money_rx = regex.compile(r"(?:(?:" + _alt(money["multipliers"]) + r")\s+)?(?:" + _alt(money["currencies"]) + r")(?![\p{L}])"
                             r"|(?:" + _alt(money["multipliers"]) + r")(?:\s+(?:" + _alt(money["after_multiplier"]) + r"))?$",
                             regex.I)
    rg = d["ranges"]
    joiners = _alt(rg["joiners"])
    # "từ 80% đến dưới 90%" (a word, then a bound of its own) stays two values
    pct_range_rx = regex.compile(r"(?P<a>" + NUM + r")\s?(?P<pa>%)?(?:\s*[-–]\s*(?:(?:" + _alt(rg["upper_before"]) +
                                 r")\s+)?|\s+(?:" + joiners + r")\s+)(?P<b>" + NUM + r")\s?%", regex.I)
    qty_range_rx = regex.compile(r"(?P<a>" + NUM + r")\s?(?:[-–]|\s(?:" + joiners + r")\s)\s?(?P<b>" + NUM + r")(?=\s+[\p{L}])", regex.I)
    # "từ 50% (2013) lên 64,5%": the year of the old value may stand in brackets between them
    change_rx = regex.compile(r"\s*(?:\(\s*(?:năm\s+)?\d{4}\s*\)\s*)?(?:" + _alt(sorted(rg["change_words"], key=len, reverse=True)) + r")\s+(?:mức\s+)?" + NUM, regex.I)
    spelled = d["spelled_numbers"]
    nouns = sorted(d["count_nouns"], key=len, reverse=True)
    spelled_rx = regex.compile(r"(?<![\p{L}])(?P<w>" + "|".join(spelled) + r")\s+(?P<noun>" + "|".join(regex.escape(n) for n in nouns) + r")(?![\p{L}])", regex.I)
    spelled_not_after_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + _alt(d["spelled_not_after"]["words"]) + r")\s*$", regex.I)
    not_before = sorted(d["not_count_before"] + d.get("level_labels", {}).get("words", []), key=len, reverse=True)
    not_before_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + "|".join(regex.escape(w) for w in not_before) + r")\s*$", regex.I)
    not_units = {u.casefold() for u in d["not_count_units"] + d.get("not_noun_units", {}).get("words", [])}
    soft_before_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + _alt(d["count_only_before_nouns"]["words"]) + r")\s*$", regex.I)
    count_nouns = tuple(n.casefold() for n in nouns)
    nl = d["numbered_lists"]
    list_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + _alt(sorted(nl["labels"], key=len, reverse=True)) + r")\s*\d+"
                            r"(?:\s*(?:" + _alt(nl["joiners"]) + r")\s*\d+){0,12}\s*(?:" + _alt(nl["joiners"]) + r")\s*$", regex.I)
    mult = d["multiples"]
    multiple_before_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + _alt(sorted(mult["before"], key=len, reverse=True)) + r")\s*"
                                       r"(?:(?:" + (_alt(mult.get("bounds") or []) or "(?!)") + r")\s+)?$", regex.I)
    band_after_rx = regex.compile(r"[^.;:\d]{0,40}?(?<![\p{L}])(?:" + _alt(d["top_band"]["after"]) + r")(?![\p{L}])"
                               r"(?!\s+(?:" + _alt(d["top_band"]["not_before"]) + r")(?![\p{L}]))", regex.I)
    stops = {w.casefold() for w in d["unit_stop_words"]}
    stops |= {w.casefold() for w in d.get("unit_enders", {}).get("words", [])}
    # "hơn 60 nghìn tỷ đồng năm 2025": a date after the count ends its noun
    before_date = frozenset(w.casefold() for w in d.get("unit_enders", {}).get("before_date", []))
    names = d.get("name_units", {})
    shapes = d["no_count_shapes"]
    shape_before_rx = regex.compile(r"(?:" + "|".join(shapes["before"]) + r")")
    shape_number_rx = regex.compile(r"(?:" + "|".join(shapes["numbers"]) + r")")
    glued_rx = regex.compile(r"(?P<num>" + NUM.replace(r"(?![\d]|[.,]\d)", r"(?![\d]|[.,]\d)") + r")(?P<unit>"
                             + _alt(sorted(d["glued_units"]["words"], key=len, reverse=True)) + r")(?![\p{L}\d])")
    ys = d.get("year_shaped_counts")
    # "là 1955 hồ sơ": a year-shaped count (a verb of counting before, a counted noun after)
    year_count_rx = regex.compile(r"\d{4}\s+(?:" + _alt(ys["nouns"]) + r")(?![\p{L}])", regex.I) if ys else None
    year_count_before_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(ys["before"]) + r")\s+$", regex.I) if ys else None
    gc = d["goal_continuation"]
    cont_announce_rx = regex.compile(gc["announce"], regex.I)
    cont_item_rx = regex.compile(gc["item"], regex.I)
    cont_not_rx = regex.compile(gc["not_item"], regex.I)
    gh, plan = d["goal_headings"], d["plan_pages"]
    result_heading_rx = regex.compile(r"(?<![\p{L}])(?:" + _alt(gh["result_words"]) + r")(?![\p{L}])", regex.I)
    topic_heading_rx = regex.compile(gh.get("topic") or r"(?!)", regex.I)
    group_heading_rx = regex.compile(gh.get("group") or r"(?!)", regex.I)
    group_not_rx = regex.compile(r"^\W*(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s*)?(?:"
                                 + (_alt(gh.get("group_not") or []) or "(?!)") + r")(?![\p{L}])", regex.I)
    line_opener_rx = regex.compile(r"^(?:" + _alt(gh.get("line_openers", [])) + r")\s+" if gh.get("line_openers") else r"(?!)", regex.I)
    plan_title_rx = regex.compile(plan["title"], regex.I)
    plan_announced_rx = regex.compile(plan.get("announced") or r"(?!)", regex.I)
    gt = d.get("goal_tables") or {}
    goal_column_rx = regex.compile(gt.get("goal_columns") or r"(?!)", regex.I)
    result_column_rx = regex.compile(gt.get("result_columns") or r"(?!)", regex.I)
    named_goal_value_rx = regex.compile((d.get("named_goal_value") or {}).get("pattern") or r"(?!)", regex.I)
    named_goal_met_rx = regex.compile(r"(?<![\p{L}])(?:" + (_alt((d.get("named_goal_value") or {}).get("met_before") or [])
                                      or "(?!)") + r")(?![\p{L}])", regex.I)
    sub = d.get("goal_subheadings") or {}
    title_list_rx = regex.compile(sub.get("title_list") or r"(?!)", regex.I)
    title_not_rx = regex.compile(sub.get("title_not") or r"(?!)", regex.I)
    past_item_rx = regex.compile(sub.get("past_item") or r"(?!)", regex.I)
    counted_heading_rx = regex.compile(sub.get("counted") or r"(?!)", regex.I)
    year_heading_rx = regex.compile(sub.get("year") or r"(?!)", regex.I)
    plan_item_rx = regex.compile(plan["item"], regex.I)
    plan_result_rx = regex.compile(plan["result_item"], regex.I)
    return dict(named_goal_value_rx=named_goal_value_rx, named_goal_met_rx=named_goal_met_rx, forecast_paren_rx=forecast_paren_rx, past_item_rx=past_item_rx, title_not_rx=title_not_rx, goal_column_rx=goal_column_rx, result_column_rx=result_column_rx, title_list_rx=title_list_rx, counted_heading_rx=counted_heading_rx, year_heading_rx=year_heading_rx,
                requirement_end_rx=requirement_end_rx, line_opener_rx=line_opener_rx, topic_heading_rx=topic_heading_rx, group_heading_rx=group_heading_rx, group_not_rx=group_not_rx, cont_announce_rx=cont_announce_rx, cont_item_rx=cont_item_rx, cont_not_rx=cont_not_rx,
                year_count_rx=year_count_rx, year_count_before_rx=year_count_before_rx, result_heading_rx=result_heading_rx, fronted_goal_rx=fronted_goal_rx, past_clause_rx=past_clause_rx, count_not_goal_rx=count_not_goal_rx,
                result_after_value_rx=result_after_value_rx, indicator_rx=indicator_rx, indicator_before_rx=indicator_before_rx, plan_title_rx=plan_title_rx, plan_announced_rx=plan_announced_rx, plan_item_rx=plan_item_rx, plan_result_rx=plan_result_rx,
                diff_before_rx=diff_before_rx, diff_after_rx=diff_after_rx, before_rx=before_rx, before_map=before_map, after_rx=after_rx, after=after,
                scope_end_rx=scope_end_rx, not_goal_before_rx=not_goal_before_rx, goal_nouns=goal_nouns, fronted_rx=fronted_rx, purpose_rx=purpose_rx,
                list_enders_rx=list_enders_rx, defined_rx=defined_rx, comma_bound_rx=comma_bound_rx,
                trigger_rx=trigger_rx, negated_rx=negated_rx, copula_verb_rx=copula_verb_rx,
                requirement_rx=requirement_rx, requirement_source_rx=requirement_source_rx, requirement_after_rx=requirement_after_rx, requirement_paragraph_rx=requirement_paragraph_rx, heading_negations=heading_negations, heading_colon_rx=heading_colon_rx, achieved_rx=achieved_rx, achieved_strong_rx=achieved_strong_rx,
                rank_goal_rx=rank_goal_rx, rank_change_rx=rank_change_rx, rank_place_rx=rank_place_rx, not_trigger_rx=not_trigger_rx,
                first_before_rx=first_before_rx, first_rx=first_rx, money_rx=money_rx, pct_range_rx=pct_range_rx, qty_range_rx=qty_range_rx, change_rx=change_rx,
                spelled=spelled, spelled_rx=spelled_rx, spelled_not_after_rx=spelled_not_after_rx,
                not_before_rx=not_before_rx, not_units=not_units, stops=stops, before_date=before_date,
                soft_before_rx=soft_before_rx, count_nouns=count_nouns, list_rx=list_rx,
                multiple_unit=mult["unit"].casefold(), multiple_before_rx=multiple_before_rx, band_after_rx=band_after_rx,
                max_unit=int(d["max_unit_words"]), compounds=tuple(tuple(w.casefold().split()) for w in (d.get("unit_compounds") or {}).get("words", [])), place_units=frozenset(w.casefold() for w in (d.get("place_units") or {}).get("words", [])), place_before_name=frozenset(w.casefold() for w in (d.get("place_units") or {}).get("before_name", [])), compound_pairs={tuple(w.casefold().split()) for w in (d.get("unit_compounds") or {}).get("words", [])}, shape_before_rx=shape_before_rx, shape_number_rx=shape_number_rx,
                glued_rx=glued_rx, rate_units={w.casefold() for w in d["rate_units"]["words"]},
                initial_unit_rx=regex.compile(shapes["initial_unit"]),
                name_unit_rx=regex.compile(names["pattern"]) if names else None,
                name_keep=tuple(w.casefold() + " " for w in names.get("keep", [])))


def comparator(text: str, start: int, end: int, t: float) -> tuple[str, int]:
    """The comparator of the number at ``text[start:end]`` and where the comparator phrase ends."""
    d = _data()
    m = d["after_rx"].match(text, end, timeout=t)
    if m:
        return d["after"][m.group(1).lower()] if m.group(1).lower() in d["after"] else "gte", m.end()
    if d["diff_after_rx"].match(text, end, timeout=t) and d["diff_before_rx"].search(text[max(0, start - 12):start], timeout=t):
        return "eq", end  # "cao hơn 2,19% so với năm 2022": a difference
    if d["first_before_rx"].search(text[max(0, start - 12):start], timeout=t) and \
            d["first_rx"].search(text[:start], timeout=t):
        return "eq", end  # "So với trung bình cả nước, tỉnh thấp hơn 2,19%": a difference
    m = d["before_rx"].search(text[max(0, start - 30):start], timeout=t)
    if m:
        return d["before_map"].get(m.group(1).casefold(), "eq"), end
    return "eq", end


def noun_phrase(text: str, pos: int, t: float) -> Optional[str]:
    """The counted noun phrase starting at ``pos`` (GUIDE §4 'unit'), or None."""
    return noun_phrase_span(text, pos, t)[0]


def noun_phrase_span(text: str, pos: int, t: float, last: bool = False) -> tuple[Optional[str], int]:
    """The counted noun phrase starting at ``pos`` and where it ends. A word cut by an ellipsis, or
    by the end of ``text`` when ``text`` is the last sentence of the document (``last``: a page
    truncated mid-word, ``… có 45 ng``), is no part of it."""
    d = _data()
    words = []
    i = pos
    while len(words) < d["max_unit"]:
        m = _BLANKS.match(text, i) if words or text[i:i + 1] in " \t" else None
        j = m.end() if m else i
        w = _WORD.match(text, j, timeout=t)
        if not w:
            break
        token = w.group(0)
        low = token.casefold()
        two = (low + " " + (_WORD.match(text, w.end() + 1).group(0).casefold() if _WORD.match(text, w.end() + 1) else ""))
        if low in d["before_date"] and _DATE_NUMBER.match(text, w.end()):
            break  # "60 nghìn tỷ đồng năm 2025", "50 hồ sơ tháng 6/2024": a date, not the noun
        if (low in d["stops"] or two in d["stops"]) and not (tuple(two.split()) in d["compound_pairs"] or (
                words and {(words[-1].casefold(), low), (words[-1].casefold(), *two.split())} & d["compound_pairs"])):
            break
        i = w.end()
        if not words and low in d["rate_units"]:
            r = _RATE.match(text, i, timeout=t)  # "km/h", "m3/s", "tỉnh/thành phố"
            if r:
                token, i = token + r.group(0), r.end()
        words.append(token)
        if " ".join(words).casefold() in d["place_units"] and _before_place_name(text, i, d["place_before_name"], t):
            break  # "năm tỉnh Tây Nguyên", "3/5 tỉnh vùng Tây Nguyên": the places' name is no part of the unit
    if len(words) == d["max_unit"]:
        words, i = _complete_compound(text, words, i, d["compounds"], t)
    if words and ((last and i >= len(text.rstrip())) or text.startswith(("...", "…"), i)):
        words.pop()
    return (" ".join(words) if words else None), i


def _before_place_name(text: str, i: int, before_name: frozenset, t: float) -> bool:
    """Whether a name (a capitalised word, or ``vùng``/``khu vực`` … and one) starts after ``i``."""
    m = _BLANKS.match(text, i)
    if not m:
        return False
    w = _WORD.match(text, m.end(), timeout=t)
    if not w:
        return False
    if w.group(0)[0].isupper():
        return True
    for word in before_name:
        n = len(word)
        if text[w.start():w.start() + n].casefold() == word:
            m2 = _BLANKS.match(text, w.start() + n)
            return bool(m2) and text[m2.end():m2.end() + 1].isupper()
    return False


def _complete_compound(text: str, words: list, i: int, compounds: tuple, t: float) -> tuple[list, int]:
    """``words`` cut at the longest phrase allowed, and the position after them, extended by the rest of a
    compound (data ``unit_compounds``) whose first words end them: ``… trực tuyến toàn`` + ``trình``."""
    low = [w.casefold() for w in words]
    for comp in compounds:
        for k in range(len(comp) - 1, 0, -1):
            if tuple(low[-k:]) != comp[:k] or len(comp) - k > 2:
                continue
            j, more = i, []
            for want in comp[k:]:
                m = _BLANKS.match(text, j)
                w = _WORD.match(text, m.end() if m else j, timeout=t)
                if not w or w.group(0).casefold() != want:
                    break
                more.append(w.group(0))
                j = w.end()
            else:
                return words + more, j
    return words, i


def _goal_scope(sentence: str, t: float, doc_year: Optional[int] = None, legal: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentence in which numbers are goals (``data/numbers.json`` ``goal_scope``);
    ``legal``: the sentence is in an article of a legal text, where a requirement word is no goal."""
    d = _data()
    scopes = []
    nouns = None  # found when a trigger needs them: most sentences have none
    for m in d["trigger_rx"].finditer(sentence, timeout=t):
        neg = d["negated_rx"].search(sentence[max(0, m.start() - 30):m.start()], timeout=t)
        if neg and not (neg.group(0).strip().casefold() in d["heading_negations"]
                        and regex.match(r"[^.;:]{0,60}(?::|\s(?:gồm|bao gồm|như sau)(?![\p{L}]))", sentence[m.end():],
                                        timeout=t)) \
                and not (neg.group(0).strip().casefold() == "là" and d["copula_verb_rx"].match(m.group(0), timeout=t)):
            continue  # "đây là mục tiêu": a noun; "kế hoạch đề ra là phấn đấu …": the goal itself
        if (d["requirement_rx"].match(m.group(0), timeout=t) or d["requirement_end_rx"].search(m.group(0), timeout=t)) and (
                legal or d["requirement_source_rx"].search(sentence[:m.end()], timeout=t) or
                d["requirement_after_rx"].search(sentence, m.end(), timeout=t)):
            continue  # "Theo quy định, xã phải đạt …": what a law requires, no goal of a plan
        if nouns is None:
            nouns = [(n.start(), n.end()) for n in d["not_trigger_rx"].finditer(sentence, timeout=t)]
        if any(a < m.end() and m.start() < b for a, b in nouns):
            continue
        if d["indicator_rx"].match(sentence, m.start(), timeout=t) and not _YEAR_NUM.search(sentence) \
                and d["indicator_before_rx"].search(sentence, 0, m.start(), timeout=t) \
                and not d["trigger_rx"].search(sentence, 0, m.start(), timeout=t):
            continue  # "… đạt trung bình 98%; chỉ tiêu số hóa thành phần hồ sơ đạt 100%": an indicator's result
        if doc_year and any(int(y) < doc_year for y in _YEAR_NUM.findall(m.group(0))):
            continue  # "đến hết năm 2023 … có" in a later year's article: a result
        end = len(sentence)
        # a goal word inside a parenthesis reaches its close: "(20% tổng chỉ tiêu), … (50%)"
        for o, c in _open_parens(sentence, m.start()):
            end = min(end, c)
        stop = d["scope_end_rx"].search(sentence, m.end(), end, timeout=t)
        if stop:
            end = stop.start()
        defined = d["defined_rx"].match(sentence, m.end(), end, timeout=t)
        if defined:
            end = defined.end() - 1  # "Mục tiêu của Kế hoạch là nâng cao chất lượng; năm 2023 …": said in words
        # "Phấn đấu năm 2024 … đạt trên 85%; năm 2023 Chỉ số SIPAS đạt 82%": a clause on an earlier year
        years = [int(y) for y in _YEAR_NUM.findall(sentence[:m.end()])] + ([doc_year] if doc_year else [])
        for pc in d["past_clause_rx"].finditer(sentence, m.end(), end, timeout=t):
            years += [int(y) for y in _YEAR_NUM.findall(sentence[m.end():pc.start()])]
            if years and int(pc.group("y")) < max(years):
                end = pc.start()
                break
        comma = sentence.find(",", m.end(), end)
        if comma > 0 and d["fronted_goal_rx"].search(sentence[max(0, m.start() - 30):m.start()], timeout=t) \
                and not _A_DIGIT.search(sentence, m.end(), comma):
            end = comma  # "Với quyết tâm đổi mới, năm 2023 tỉnh vươn lên …": the goal said in words
        # (the purpose clause is the trigger's own: a requirement in the clause after it,
        # "Để đạt được mục tiêu năm 2025, tốc độ tăng trưởng … phải gấp 3 lần …, tức là khoảng 20%/năm", goes on)
        if comma > 0 and ((d["fronted_rx"].match(sentence[:m.end()], timeout=t) and "," not in sentence[:m.start()]) or
                          d["comma_bound_rx"].search(sentence[max(0, m.start() - 16):m.start()], timeout=t) or
                          (d["purpose_rx"].match(sentence, m.start(), timeout=t) and not _A_DIGIT.search(sentence, m.end(), comma))):
            end = comma  # "Để đảm bảo …, dự thảo quy định tăng 9 đại biểu"; "… để đảm bảo an toàn, cầu thủ 2 đội …"
        scopes.append((m.start(), end))
    return scopes


def _open_parens(text: str, pos: int) -> list[tuple[int, int]]:
    """The parentheses open at ``pos`` in ``text``, each with where it closes (the end of ``text`` when
    it does not)."""
    out, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            o = stack.pop()
            if o < pos <= i:
                out.append((o, i))
    return out + [(o, len(text)) for o in stack if o < pos]


def _in_goal(sentence: str, pos: int, scopes: list[tuple[int, int]], t: float, listed: bool = False) -> Optional[int]:
    """The start of the goal scope ``pos`` is in, or None; ``listed``: the sentence is an item of a goal
    list (its first scope is the whole sentence), where a bare ``đã`` modifies a noun (``dữ liệu đã số
    hóa đạt 60%``) and only the other result markers make a result."""
    d = _data()
    for a, b in scopes:
        if a <= pos < b:
            between = sentence[a:pos]
            achieved = d["achieved_strong_rx"] if listed and a == 0 else d["achieved_rx"]
            if achieved.search(between, timeout=t) or d["result_after_value_rx"].search(between, timeout=t):
                continue  # "mục tiêu 60%, đến nay mới đạt 41,2%"; "chỉ tiêu là 80%, năm 2024 tỉnh đạt 62%"
            return a
    return None


@lru_cache(maxsize=1)
def _deadline_patterns():
    """The deadline patterns, with ``data/numbers.json`` ``deadlines``."""
    d = load("numbers")["deadlines"]
    year = regex.compile(r"(?:(?:" + "|".join(regex.escape(w) for w in d["year_before"]) + r")\s+)?(?:" + regex.escape(d["year_end"]) +
                         r"\s+)?năm\s+(?P<y>(?:19|20)\d{2}|" + regex.escape(d["this_year"]) + r")(?!\d)", regex.I)
    date_before = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in d["date_before"]) + r")(?:\s+ngày)?\s*$", regex.I)
    not_before = regex.compile(r"(?<![\p{L}])(?:" + _alt(d["not_deadline_before"]) + r")(?:\s+[\p{L}]+){0,3}\s*$", regex.I)
    # "đến 2045 kinh tế số đạt …": a year without "năm" after a deadline word (not "2025/", "2.025", "2025%")
    bare = regex.compile(r"(?<![\p{L}])(?P<w>" + _alt(d.get("bare_year_before") or []) + r")\s+(?P<y>20\d{2})(?!\d|[/%]|[.,]\d|\s*[-–]\s*\d)",
                         regex.I) if d.get("bare_year_before") else None
    # "đến năm 2025, tầm nhìn đến năm 2030": the vision's year right after the horizon's
    vision = regex.compile(r"(?:19|20)\d{2}\s*(?:,\s*|\s+và\s+)?(?:" + _alt(d.get("vision_before") or ["(?!)"]) +
                           r")(?:\s+(?:" + _alt(d["year_before"]) + r"))?\s+(?:năm\s+)?$", regex.I)
    return year, date_before, d["this_year"], not_before, bare, vision, frozenset(d.get("month_precisions") or ())


@lru_cache(maxsize=1)
def _trailing_words() -> frozenset:
    """``deadlines`` ``trailing_before`` that are not ``year_before`` words (``vào``), casefolded."""
    d = load("numbers")["deadlines"]
    return frozenset(w.casefold() for w in d["trailing_before"]) - frozenset(w.casefold() for w in d["year_before"])


class _Index:
    """The date and period facts of the document by sentence, read once per document."""

    def __init__(self, ctx):
        self.dates: dict[int, list] = {}
        self.periods: list = []
        for f in ctx.facts:
            if f.type == "date":
                self.dates.setdefault(f.sentence, []).append(f)
            elif f.type == "period":
                self.periods.append(f)
        self.period_sentences = [f.sentence for f in self.periods]

    def context_year(self, sentence: int) -> Optional[int]:
        """The year ``năm nay`` means when the article states no date of its own: the latest year of
        the calendar dates written up to ``sentence`` (``tính đến ngày 30/6/2024`` → 2024), or None."""
        if not hasattr(self, "_year_at"):  # by sentence, the latest year up to it: one pass per document
            pairs = sorted((k, int(f.value[:4])) for k, fs in self.dates.items() for f in fs
                           if f.value[:4].isdigit() and not getattr(f, "relative", False))
            self._year_sentences = [k for k, _ in pairs]
            self._year_at = []
            for _, y in pairs:
                self._year_at.append(max(y, self._year_at[-1]) if self._year_at else y)
        i = bisect.bisect_right(self._year_sentences, sentence)
        return self._year_at[i - 1] if i else None


def _deadlines(ctx, s, index: Optional[_Index] = None) -> list[tuple[int, str]]:
    """The deadlines written in the sentence, with their positions in it: a day after ``trước``,
    ``đến``… (``trước ngày 30/11/2025``), and ``năm YYYY`` (``đến cuối năm 2020``; ``năm nay`` is the
    article's year), but not the years of a period or of a comparison (``so với năm 2023``)."""
    t = ctx.timeout
    index = index or _Index(ctx)
    year_rx, date_before, this_year, not_before, bare_rx, vision_rx, months = _deadline_patterns()
    trailing = _trailing_words()
    out = []
    for f in index.dates.get(s.index, ()):
        if (f.precision == "day" or f.precision in months) \
                and date_before.search(ctx.text[max(0, f.start - 20):f.start], timeout=t) \
                and not f.value.startswith("--"):
            out.append((f.start - s.start, f.value))  # "trước ngày 31/12/2024", "đến tháng 6/2025"
    years = list(year_rx.finditer(s.text, timeout=t))
    if bare_rx is not None:
        years += [m for m in bare_rx.finditer(s.text, timeout=t)
                  if not any(a <= m.start("y") < a + 16 for a, _ in out)]
    for m in sorted(years, key=lambda m: m.start()):
        y = m.group("y")
        if vision_rx.search(s.text[max(0, m.start() - 40):m.start("y")], timeout=t):
            # "đến năm 2025, tầm nhìn đến năm 2030", "giai đoạn 2021 - 2025 và định hướng đến năm 2030": the
            # vision's horizon written right after the programme's, not the goals' deadline
            continue
        if y.lower() == this_year:
            year = ctx.doc_year or index.context_year(s.index)
            if year:
                out.append((m.start(), str(year)))
            continue
        # "giai đoạn 2021 - 2025" years belong to the period, not a deadline
        pos = s.start + m.start("y")
        if any(f.start <= pos < f.end for f in index.periods if f.sentence == s.index):
            continue
        # "tăng 44% so với mức thực hiện năm 2023": a comparison, not a deadline
        if not_before.search(s.text[max(0, m.start() - 40):m.start()], timeout=t):
            continue
        # (a bare year after "vào" is read from the year, as "vào năm 2030" is from "năm": the word is the
        # trailing deadline's, "đạt 2% GDP vào 2030")
        at = m.start("y") if "w" in m.re.groupindex and m.group("w").casefold() in trailing else m.start()
        if not any(a <= m.start() < a + 12 for a, _ in out):  # "trước ngày 30/11/2025" already read
            out.append((at, y))
    return sorted(out)


def _deadline_at(deadlines: list[tuple[int, str]], text: str, pos: int) -> Optional[str]:
    """The deadline of the goal at ``pos``: the last one written before it in the sentence
    (``đến năm 2025 đạt 50%, đến năm 2030 đạt 80%``), else the first after it in the same clause
    (``đạt 50% vào năm 2025``; not across ``;``)."""
    before = [v for a, v in deadlines if a < pos]
    after = [(a, v) for a, v in deadlines if a > pos]
    if before and after and _trailing_deadline(text, pos, after[0][0]):
        return after[0][1]  # "khoảng 75% vào năm 2025 và khoảng 85% vào năm 2030": the year written after each value
    if before:
        return before[-1]
    for a, v in deadlines:
        if ";" not in text[pos:a]:
            return v
        break
    return None


@lru_cache(maxsize=1)
def _trailing_rx():
    d = load("numbers")["deadlines"]
    gap = r"(?:\s+[\p{L}]+){0,%d}\s+" % int(d["trailing_max_words"])
    return (regex.compile(gap + r"(?:" + _alt(d["trailing_before"]) + r")\s+$", regex.I),
            regex.compile(r"(?:" + _alt(d["year_before"]) + r")\s", regex.I),
            regex.compile(r"(?<![\p{L}])(?:" + _alt(d["trailing_not_between"]) + r")(?![\p{L}])", regex.I),
            regex.compile(r"[\d.,]*\d\s?(?:%|-\s?[\d.,]*\d\s?%)?"), regex.compile(r"[\d,;.:()]"), regex.compile(r"(?:\s+[\p{L}]+){0,4}\s+"))


def _trailing_deadline(text: str, pos: int, at: int) -> bool:
    """The deadline at ``at`` is written right after the value at ``pos`` (``85% vào năm 2030``,
    ``20% GRDP đến năm 2025``): a few words between, no number, no punctuation, no ``và``."""
    words_rx, year_word_rx, not_between_rx, token_rx, stop_rx, few_words_rx = _trailing_rx()
    if at - pos > 60:
        return False
    tok = token_rx.match(text, pos, at)
    rest = text[tok.end():at] if tok else text[pos:at]
    if stop_rx.search(rest) or not_between_rx.search(rest):
        return False
    return bool(words_rx.fullmatch(rest) or (year_word_rx.match(text, at) and few_words_rx.fullmatch(rest)))


def _deadline(ctx, s, trigger_pos: int, index: Optional[_Index] = None) -> Optional[str]:
    """The first deadline written in the sentence (see :func:`_deadlines`), or None."""
    found = _deadlines(ctx, s, index)
    return found[0][1] if found else None


def _period(ctx, s, index: Optional[_Index] = None) -> Optional[str]:
    index = index or _Index(ctx)
    lo = bisect.bisect_left(index.period_sentences, s.index)
    if lo < len(index.periods) and index.periods[lo].sentence == s.index:
        f = index.periods[lo]
        return f"{f.start_year}-{f.end_year}"
    if lo > 0:
        f = index.periods[lo - 1]  # the nearest earlier period: if it is not in this paragraph, none is
        if _same_paragraph(ctx, f.start, s.start):
            return f"{f.start_year}-{f.end_year}"
    return None


def _same_paragraph(ctx, a: int, b: int) -> bool:
    return ctx.text.find("\n", a, b) < 0


_HEADING_LABEL = regex.compile(r"^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s*")
# a short line with no number but a year or a period, and no sentence end: a heading
_HEADING_LINE = regex.compile(r"(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s*)?"
                              r"(?:[^\d.;:!?,]|(?:19|20)\d{2}|\s[-–]\s){3,90}")


def _goal_heading(ptext: str, t: float, doc_year: Optional[int], before: str = "", in_goals: bool = True) -> bool:
    """A heading that opens a goal list: a goal word that is not negated, counted or reported as met,
    reaching the heading's end with no result between (``Kết quả thực hiện các chỉ tiêu năm 2023 như
    sau:``, ``Các chỉ tiêu đã đạt:`` open none), or a ``giai đoạn 2021 - 2025`` heading inside a goal list
    (``in_goals``) or after a paragraph (``before``) that names goals (``data/numbers.json``
    ``goal_headings`` ``period_needs_goal_before``)."""
    d = _data()
    if d["result_heading_rx"].search(ptext, timeout=t):
        return False
    end = len(ptext.rstrip(": "))
    if any(b >= end and not d["achieved_rx"].search(ptext[a:end], timeout=t)
           for a, b in _goal_scope(ptext, t, doc_year)):
        return True
    if not regex.search(r"giai đoạn\s+\d{4}", ptext, regex.I, timeout=t):
        return False
    if in_goals or not load("numbers")["goal_headings"].get("period_needs_goal_before"):
        return True
    return bool(regex.search(r"giai đoạn\s+\d{4}[^:]*(?:chỉ tiêu|mục tiêu)", ptext, regex.I, timeout=t)
                or d["trigger_rx"].search(before, timeout=t))


_PLAN_WORD_LINE = regex.compile(r"\W*(?:kế hoạch|chương trình hành động)\W*", regex.I)


def _plan_match(ctx):
    """The plan title the page opens with (its title, or its first paragraph without one:
    ``Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2025``), or the document's own header: a line
    ``KẾ HOẠCH`` among the first lines, read with the two lines after it (``KẾ HOẠCH`` /
    ``TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2025``); the match of ``plan_pages`` ``title``, or None."""
    cached = ctx.__dict__.get("_plan_match", False)
    if cached is not False:
        return cached
    rx, t = _data()["plan_title_rx"], ctx.timeout
    paras = ctx.article.paragraphs
    m = rx.match(ctx.article.title or "", timeout=t)
    if m is None and not ctx.article.title and paras:
        m = rx.match(ctx.text[paras[0].start:paras[0].end], timeout=t)
    if m is None:
        for i, p in enumerate(paras[:12]):
            if _PLAN_WORD_LINE.fullmatch(ctx.text, p.start, p.end, timeout=t):
                head = " ".join(ctx.text[q.start:q.end] for q in paras[i:i + 3])
                m = rx.match(head, timeout=t)
                break
    ctx.__dict__["_plan_match"] = m
    return m


def _plan_year(ctx) -> Optional[str]:
    """The year of the plan the page is (``Kế hoạch cải cách hành chính tỉnh Lai Châu năm 2025`` →
    ``2025``; see :func:`_plan_match`), or None."""
    m = _plan_match(ctx)
    return (m.group("y") or m.group("y0")) if m else None


def _announced_plans(ctx) -> list[tuple[int, str]]:
    """Where the article reports a plan for one year, and the year (``Sở Tư pháp ban hành Kế hoạch
    623/KH-STP về chuyển đổi số năm 2025``: ``plan_pages`` ``announced``), in the order written."""
    cached = ctx.__dict__.get("_announced_plans")
    if cached is None:
        rx, t = _data()["plan_announced_rx"], ctx.timeout
        cached = [(m.start(), m.group("y")) for p in ctx.article.paragraphs
                  for m in rx.finditer(ctx.text, p.start, p.end, timeout=t)]
        ctx.__dict__["_announced_plans"] = cached
    return cached


def _announced_before(ctx, pos: int) -> Optional[str]:
    """The year of the last one-year plan the article reports before ``pos``; None without one, or
    when it is a year before the article's."""
    year = None
    for at, y in _announced_plans(ctx):
        if at >= pos:
            break
        year = y
    if year and ctx.doc_year and int(year) < ctx.doc_year:
        return None
    return year


def _announced_plan_year(ctx, para: int) -> Optional[str]:
    """The year of the one-year plan an article reports before paragraph ``para`` (see
    :func:`_announced_before`)."""
    paras = ctx.article.paragraphs
    return _announced_before(ctx, paras[para].start if para < len(paras) else len(ctx.text))


def _plan_goal(ctx) -> tuple[Optional[str], Optional[str]]:
    """The deadline and period the items of a plan page take: the plan's year (``… năm 2025``), or
    the period of a plan for several years (``… giai đoạn 2023-2025`` → period ``2023-2025``)."""
    m = _plan_match(ctx)
    if m and m.group("y0"):
        return None, f"{m.group('y0')}-{m.group('y1')}"
    return (m.group("y") if m else None), None


_LABEL_DEPTH = regex.compile(r"^\W*(?:(?P<roman>[IVX]{1,5})|(?P<num>\d{1,2}(?:\.\d{1,2})*)|(?P<letter>[a-zđ]))\s*[.)/]")


def _label_depth(ptext: str) -> Optional[int]:
    """How deep the label a line opens on is: ``II.`` 0, ``2.`` 1, ``2.1.`` 2, ``a)`` 3; None without one."""
    m = _LABEL_DEPTH.match(ptext)
    if not m:
        return None
    if m.group("roman"):
        return 0
    if m.group("num"):
        return m.group("num").count(".") + 1
    return 3


def _depth_or_top(ptext: str) -> int:
    """The label depth of a heading that opens a goal list; a heading without a label counts as ``1.``."""
    depth = _label_depth(ptext)
    return 1 if depth is None else depth


def _heading_deadline(ptext: str, t: float) -> tuple[Optional[str], Optional[str]]:
    """The deadline and period a goal heading gives its list (``Mục tiêu cụ thể đến năm 2025:`` → 2025)."""
    ys = regex.findall(r"(?:năm)\s+((?:19|20)\d{2})", ptext, timeout=t)
    per = regex.search(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", ptext, timeout=t)
    return (ys[-1] if ys else None, f"{per.group(1)}-{per.group(2)}" if per else None)


def _heading_goals(ctx) -> dict[int, tuple]:
    """Paragraph index → (deadline, period) for paragraphs listed under a goal heading, and for the
    bullet items of a plan page that open with a percentage (``data/numbers.json`` ``plan_pages``);
    a headline naming a list of goals opens the list from the first paragraph, and the year headings
    and deeper numbered lines inside a list go on with it (``goal_subheadings``)."""
    cached = ctx.__dict__.get("_heading_goals")
    if cached is not None:
        return cached
    out: dict[int, tuple] = {}
    ctx.__dict__["_heading_goals"] = out  # rankings asks first: a rank to reach in a goal list is a target
    d = _data()
    t = ctx.timeout
    current = None
    depth = 1  # the label depth of the heading that opened the list: deeper labelled lines group its goals
    title = (ctx.article.title or "").strip()
    if title and d["title_list_rx"].match(title, timeout=t) and not d["result_heading_rx"].search(title, timeout=t) \
            and not d["achieved_rx"].search(title, timeout=t) and not d["title_not_rx"].search(title, timeout=t):
        # "Các chỉ tiêu chủ yếu đến năm 2025": the body lists them
        current, depth = _heading_deadline(title, t), -1
    plan_year = _plan_year(ctx)
    plan_goal = _plan_goal(ctx) if plan_year else (None, None)
    in_results = False
    listed = False  # an item was listed under the goal heading that opened the list
    grouped = False  # the list is grouped under headings of its own ("*Phát triển chính quyền số:")
    before = ""  # the paragraph before: a period heading opens a goal list only after one naming goals
    for i, p in enumerate(ctx.article.paragraphs):
        if i:
            q = ctx.article.paragraphs[i - 1]
            before = ctx.text[q.start:q.end]
        ptext = ctx.text[p.start:p.end].strip()
        # "Mục tiêu cụ thể:", and a heading line without its colon ("2. Mục tiêu cụ thể", "MỤC TIÊU CỤ THỂ")
        # ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)": a heading line opening on a determiner)
        heading = ptext.endswith(":") or bool(_HEADING_LINE.fullmatch(ptext, timeout=t) and d["trigger_rx"].match(
            d["line_opener_rx"].sub("", _HEADING_LABEL.sub("", ptext, count=1), count=1), timeout=t))
        if plan_year and (heading or _ends_goal_list(ptext, t) or _HEADING_LINE.fullmatch(ptext, timeout=t)) \
                and not d["plan_item_rx"].match(ptext, timeout=t):
            in_results = bool(d["result_heading_rx"].search(ptext, timeout=t) or d["list_enders_rx"].match(ptext, timeout=t)
                              or any(y < plan_year for y in _YEAR_NUM.findall(ptext)))  # "Trong năm 2024:"
        if heading and current is not None and (d["topic_heading_rx"].match(ptext, timeout=t) or (
                (not listed or grouped or d["group_heading_rx"].match(ptext, timeout=t)) and not _A_DIGIT.search(ptext)
                and not d["group_not_rx"].match(ptext, timeout=t))) \
                and not d["result_heading_rx"].search(ptext, timeout=t) and not d["achieved_rx"].search(ptext, timeout=t):
            # "- Về kinh tế:", "*Phát triển Chính quyền số:" (a bullet), any heading without a number right
            # under the goal heading, and the headings like it after: a group of the goals, the list goes on
            grouped = True
            continue
        if heading and not d["result_heading_rx"].search(ptext, timeout=t) and not d["achieved_rx"].search(ptext, timeout=t):
            if d["counted_heading_rx"].match(ptext, timeout=t):
                # "11 chỉ tiêu kinh tế gồm:": a group of the list, or a list of its own
                if current is None:
                    current, depth, listed, grouped = _heading_deadline(ptext, t), _depth_or_top(ptext), False, False
                continue
            y = d["year_heading_rx"].match(ptext, timeout=t) if current is not None else None
            if y:
                # "Năm 2022:" inside a goal list: the items under it have that deadline (or period)
                if ctx.doc_year and int(y.group("y2") or y.group("y")) < ctx.doc_year:
                    current = None
                elif y.group("y2"):
                    current = (current[0], f"{y.group('y')}-{y.group('y2')}")
                else:
                    current = (y.group("y"), current[1])
                continue
        if heading:
            in_goals, current = current is not None, None
            # a heading line reads as one with its colon ("các chỉ tiêu" is a goal list's name there)
            if _goal_heading(ptext if ptext.endswith(":") else ptext + ":", t, ctx.doc_year, before, in_goals):
                current = _heading_deadline(ptext, t)
                if current == (None, None) and plan_year:
                    current = plan_goal  # "Mục tiêu cụ thể" in the plan for 2025: the plan's year
                elif current == (None, None):
                    current = (_announced_plan_year(ctx, i), None)
                depth, listed, grouped = _depth_or_top(ptext), False, False
            continue
        if current is not None and _ends_goal_list(ptext, t):
            sub = _label_depth(ptext)
            if sub is not None and sub > depth and not d["result_heading_rx"].search(ptext, timeout=t) \
                    and not d["list_enders_rx"].match(_HEADING_LABEL.sub("", ptext, count=1), timeout=t):
                continue  # "1.1. Nhóm tiện ích …" under "Mục tiêu cụ thể:": a group of the goals
            current = None
        past = d["past_item_rx"].match(ptext, timeout=t) if current is not None and current[0] else None
        if past and past.group("y") < current[0][:4]:
            continue  # "Năm 2024, tỷ lệ … đạt 65%" under the goals for 2025: a result
        if current is not None:
            out[i] = current
            listed = True
        elif plan_year and not in_results and d["plan_item_rx"].match(ptext, timeout=t) \
                and not d["plan_result_rx"].search(ptext, timeout=t) \
                and not any(y < plan_year for y in _YEAR_NUM.findall(ptext)):
            out[i] = plan_goal  # "- Tối thiểu 30% số cơ quan … được kiểm tra": a goal of the plan
    return out


def _goal_columns(ctx) -> dict[int, tuple[dict[int, Optional[str]], set[int]]]:
    """Paragraph index → (goal columns with their deadline, result columns) for the rows of a table
    whose header names a plan's column and a result's (``Chỉ tiêu | Kế hoạch 2025 | Thực hiện``:
    ``data/numbers.json`` ``goal_tables``); a column is counted by the ``|`` before it in its row."""
    d = _data()
    t = ctx.timeout
    out: dict[int, tuple[dict[int, Optional[str]], set[int]]] = {}
    header = None
    for i, p in enumerate(ctx.article.paragraphs):
        ptext = ctx.text[p.start:p.end]
        if ptext.count("|") < 2:
            header = None
            continue
        cells = [c.strip() for c in ptext.split("|")]
        goals = {k: (_YEAR_NUM.findall(c) or [None])[-1] for k, c in enumerate(cells)
                 if d["goal_column_rx"].fullmatch(c, timeout=t)}
        results = {k for k, c in enumerate(cells) if d["result_column_rx"].fullmatch(c, timeout=t)}
        if (goals or results) and not any(_A_DIGIT.search(_YEAR_NUM.sub("", c)) for c in cells):
            header = (goals, results)  # a header row: the rows under it take its columns
            continue
        if header is not None:
            out[i] = header
    return out


def _table_column(ctx, pos: int, para: int) -> int:
    """The column of a table row that ``pos`` is in (the ``|`` before it in its paragraph)."""
    p = ctx.article.paragraphs[para]
    return ctx.text.count("|", p.start, pos)


def _ends_goal_list(ptext: str, t: float) -> bool:
    """A paragraph that closes the list under a goal heading: a section heading (``II. KẾT QUẢ THỰC
    HIỆN``, ``2. Kết quả thực hiện``: a label and no number, or capitals only) or a paragraph opening
    on a report of results (``data/numbers.json`` ``goal_scope`` ``list_enders``)."""
    d = _data()
    if regex.match(r"(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s+\D+$", ptext, timeout=t):
        return True
    letters = regex.sub(r"[^\p{L}]", "", ptext)
    if len(letters) > 3 and letters.isupper():
        return True
    return bool(d["list_enders_rx"].match(ptext, timeout=t))


def _continues_goal(ctx, s, para: int, cont: tuple, t: float) -> bool:
    """The sentence ``s`` (with no goal word) is one more item of the goal list of the sentence
    ``cont`` states (``data/numbers.json`` ``goal_continuation``): the next sentence, in the same
    paragraph or opening the next one, written as a goal and reporting nothing."""
    d = _data()
    if s.index != cont[1] + 1 or para - cont[0] not in (0, 1) or para < 0:
        return False
    if para != cont[0]:
        p = ctx.article.paragraphs[para]
        if _ends_goal_list(ctx.text[p.start:p.end].strip(), t):
            return False
    if d["cont_not_rx"].search(s.text, timeout=t) or d["achieved_rx"].search(s.text, timeout=t):
        return False
    if any(y != cont[2] and y not in cont[4] for y in _YEAR_NUM.findall(s.text)):
        return False  # "Năm 2024, tỷ lệ này đạt 85%": a result of another year (not a deadline written before)
    return bool(d["cont_item_rx"].search(s.text, timeout=t))


def _is_year(raw: str) -> bool:
    return bool(_YEAR4.fullmatch(raw))


def _change_from(text: str, start: int, end: int, t: float) -> bool:
    """``từ 5% xuống 2%``: the number at ``text[start:end]`` is the old value of a change."""
    return bool(_FROM_BEFORE.search(text[max(0, start - 6):start], timeout=t)
                and _data()["change_rx"].match(text, end, timeout=t))


@extractor(produces=("percentage", "ratio", "quantity", "target"),
           requires=("legal_ref", "date", "period", "ranking"))
def extract(ctx) -> None:
    d = _data()
    t = ctx.timeout
    headed = _heading_goals(ctx)
    columns = _goal_columns(ctx) if "|" in ctx.text else {}
    index = _Index(ctx)
    # a page of several sentences whose text ends on a letter was cut (a crawl's truncated page)
    sents = ctx.article.sentences
    # (a page, not a made-up line or two: the rule must not hang on how many sentences a short text has)
    cut = len(sents) > 1 and len(ctx.text) >= 300 and ctx.text.rstrip()[-1:].isalpha()
    last_start = sents[-1].start if cut else len(ctx.text) + 1
    prev: Optional[tuple[int, Optional[str]]] = None
    inline: Optional[tuple[int, Optional[str], Optional[str]]] = None  # (paragraph, deadline, period)
    # the sentence that last stated goals: (paragraph, sentence index, deadline, period, years of its deadlines)
    cont: Optional[tuple[int, int, Optional[str], Optional[str], frozenset]] = None
    for s in ctx.sentences():
        digits = has_digit(s.text)  # a sentence without one has only spelled-out counts
        # a sentence without a digit has only spelled-out counts and kept ranks ("giữ vững vị trí dẫn đầu")
        # without a published date, the latest year of the dates written so far dates the article
        # ("Ngày 12/3/2024, … Đến năm 2023, toàn tỉnh có 120 xã …": a result)
        para = ctx.paragraph_of(s.start)
        if digits or d["rank_place_rx"].search(s.text, timeout=t):
            legal = para >= 0 and bool(d["requirement_paragraph_rx"].match(
                ctx.text, ctx.article.paragraphs[para].start, s.end, timeout=t))  # "Điều 7. Tổ kiểm tra phải có …"
            scopes = _goal_scope(s.text, t, ctx.doc_year or index.context_year(s.index), legal)
        else:
            scopes = []
        deadline = period = None
        under = headed.get(para)
        if under is None and inline is not None and inline[0] == para:
            # "Mục tiêu cụ thể đến năm 2025: 100% …. Tối thiểu 90% …": the list goes on in the
            # next sentences of the paragraph
            under = inline[1:]
        listed = under is not None
        if listed:
            scopes = [(0, len(s.text))] + scopes
            deadline, period = under
        continued = False
        if not scopes and digits and cont is not None and _continues_goal(ctx, s, para, cont, t):
            # "… phấn đấu kinh tế số chiếm 20% GRDP. Thương mại điện tử được kỳ vọng chiếm trên 10% …":
            # one more item of the goal list before it, with its deadline
            scopes = [(0, len(s.text))]
            deadline, period = cont[2], cont[3]
            continued = True
        n_facts = len(ctx.facts)
        found: list[tuple[int, str]] = []
        carried = None  # the deadline of the goal in the sentence before, for a goal without one of its own
        if scopes:
            found = _deadlines(ctx, s, index)
            period = _period(ctx, s, index) or period
            if deadline is None and prev is not None and para - prev[0] in (0, 1):
                # "… đến năm 2025 đạt 50%. Hiện đạt 30% (mục tiêu 35%)", "Năm nay, công ty đề ra mục tiêu
                # doanh thu …. Công ty dự kiến đạt lợi nhuận 150 tỷ đồng": a goal without a deadline of its
                # own keeps the deadline of the goal in the sentence before (also when it opens the next
                # paragraph, and when the sentence writes a deadline only for a later clause: "Bảo đảm ít
                # nhất 80% …; phấn đấu đến năm 2025, … tối thiểu 50%")
                carried = prev[1]
                if not found:
                    deadline = carried
        prev = (para, found[-1][1] if found else None) if found else None
        if inline is not None and inline[0] != para:
            inline = None
        for a0, _ in scopes:
            colon = d["heading_colon_rx"].match(s.text, a0, timeout=t)
            if colon and a0 < colon.end() < len(s.text.rstrip()):
                inline = (para, _deadline_at(found, s.text, colon.end()) or deadline, period)
                break

        def dl(pos: int, fallback=deadline, found=found, text=s.text, carried=carried, start=s.start,
               period=period) -> Optional[str]:
            # (a goal with no deadline of its own, in an article on a one-year plan: the plan's year)
            return _deadline_at(found, text, pos) or fallback or carried or (
                None if period else _announced_before(ctx, start + pos))
        # rank goals: "nằm trong Tốp 10", "thuộc nhóm 15 tỉnh dẫn đầu" (as the rank goals and changes
        # below, only inside a goal's scope: a sentence without one is not searched)
        for m in d["rank_goal_rx"].finditer(s.text, timeout=t) if scopes else ():
            if _in_goal(s.text, m.start(), scopes, t, listed) is None:
                continue
            a, b = s.start + m.start(), s.start + m.end()
            if not ctx.is_claimed(a, b):
                ctx.add(Target, a, b, value=float(m.group(1)), unit="rank", comparator="lte",
                        deadline=dl(m.start()), period=period)
        # ranks to reach or keep: "phấn đấu … xếp thứ 10/63", "giữ vững vị trí dẫn đầu" (1)
        for m in d["rank_place_rx"].finditer(s.text, timeout=t) if scopes else ():
            if _in_goal(s.text, m.end() - 1, scopes, t, listed) is None or not _index_mentions(s.text, t):
                continue  # a rank goal is a rank on an index (not "đứng thứ 3 chung cuộc bảng đấu")
            a, b = s.start + m.start(), s.start + m.end()
            if not ctx.is_claimed(a, b):
                ctx.add(Target, a, b, value=float(m.group(1) or 1), unit="rank", comparator="eq",
                        deadline=dl(m.start()), period=period)
        # rank-change goals: "tăng ít nhất 01 bậc", "tăng từ 5 đến 8 bậc"
        for m in d["rank_change_rx"].finditer(s.text, timeout=t) if scopes else ():
            if _in_goal(s.text, m.start(), scopes, t, listed) is None or any(
                    d["forecast_paren_rx"].match(s.text, o + 1, timeout=t) for o, _ in _open_parens(s.text, m.start())):
                continue  # "(dự kiến đứng thứ 30 trên thế giới, tăng 2 bậc)": a forecast, no goal
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                continue
            comp = "gte" if m.group("m") else comparator(s.text, m.start("n"), m.end("n"), t)[0]
            ctx.add(Target, a, b, value=float(m.group("n")), unit="bậc", comparator=comp,
                    deadline=dl(m.start()), period=period)
        # ranges of percentages: "80% - dưới 90%", "15-25%" (one value with its upper bound)
        for m in d["pct_range_rx"].finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b) or (not m.group("pa") and _is_year(m.group("a"))):
                continue
            lo, hi = parse_number(m.group("a")), parse_number(m.group("b"))
            if not lo < hi:
                continue
            if _in_goal(s.text, m.start(), scopes, t, listed) is not None:
                ctx.add(Target, a, b, value=lo, unit="%", comparator="gte", deadline=dl(m.start()), period=period)
            else:
                comp, _ = comparator(s.text, m.start(), m.end(), t)
                ctx.add(Percentage, a, b, value=lo, value_max=hi, comparator=comp)
        # percentages and percentage goals
        skip_until = -1
        for m in _PCT.finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b) or m.start() < skip_until:
                continue
            value = parse_number(m.group("num"))
            comp, _ = comparator(s.text, m.start(), m.end(), t)
            if _change_from(s.text, m.start(), m.end(), t):
                comp = "eq"
            goal = _in_goal(s.text, m.start(), scopes, t, listed)
            deadline_here = dl(m.start())
            if para in columns:
                # "Chỉ tiêu | Kế hoạch 2025 | Thực hiện": the column decides
                col = _table_column(ctx, a, para)
                goal_cols, result_cols = columns[para]
                if col in goal_cols:
                    goal, deadline_here = 0, goal_cols[col] or deadline_here
                elif col in result_cols:
                    goal = None
            named = d["named_goal_value_rx"].search(s.text, max(0, m.start() - 60), m.start(), timeout=t) \
                if goal is None else None
            if named and _PCT.search(s.text, 0, named.start(), timeout=t) \
                    and not d["named_goal_met_rx"].search(s.text, max(0, named.start() - 40), named.start(), timeout=t):
                # "đạt 95%, vượt chỉ tiêu đề ra (90%)": the goal's value named beside the result before it
                # (not "mục tiêu 75% hồ sơ trực tuyến đã vượt" nor "đã hoàn thành chỉ tiêu 95%", goals reported met)
                goal = 0
                if deadline_here is None:
                    said = found or _deadlines(ctx, s, index)
                    deadline_here = _deadline_at(said, s.text, m.start())
            if goal is not None:
                rng = _RANGE_END.match(s.text[m.end():], timeout=t)
                if rng:
                    skip_until = m.end() + rng.end()
                    comp = "gte"
                    b = s.start + skip_until
                ctx.add(Target, a, b, value=value, unit="%", comparator=comp, deadline=deadline_here, period=period)
            else:
                ctx.add(Percentage, a, b, value=value, comparator=comp)
        # ratios x/y noun
        for m in _RATIO.finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                continue
            num, den = parse_number(m.group("a")), parse_number(m.group("b"))
            unit = noun_phrase(s.text, m.end(), t)
            if unit is None or num > den or den == 0:
                continue
            if unit.split()[0].casefold() == "điểm":
                ctx.add(Quantity, a, b, value=num, unit="điểm")
                ctx.claim(a, b)
                continue
            if num != int(num) or den != int(den):
                continue
            num, den = int(num), int(den)
            if d["not_before_rx"].search(s.text[max(0, m.start() - 20):m.start()], timeout=t):
                continue
            ctx.add(Ratio, a, b, numerator=num, denominator=den, unit=unit)
        last = s.start >= last_start

        def counted(m_start: int, m_end: int) -> Optional[str]:
            """The unit of a count at ``s.text[m_start:m_end]``, or None when it is no count."""
            before = s.text[max(0, m_start - 20):m_start]
            if d["shape_number_rx"].fullmatch(s.text, m_start, m_end, timeout=t) or \
                    d["shape_before_rx"].search(before, timeout=t):
                return None  # a code, a table row, a score, a kilometre mark (no_count_shapes)
            soft = d["soft_before_rx"].search(before, timeout=t)
            if not soft and d["not_before_rx"].search(before, timeout=t):
                return None
            if d["list_rx"].search(s.text[max(0, m_start - 80):m_start], timeout=t):
                return None  # "các điều 78, 79 và 82": an item of a numbered list
            unit, _ = noun_phrase_span(s.text, m_end, t, last)
            if soft and not (unit and (unit.casefold() + " ").startswith(tuple(n + " " for n in d["count_nouns"]))):
                return None
            if soft and unit and d["band_after_rx"].match(s.text, m_end, timeout=t):
                return None  # "nhóm 10 tỉnh, thành phố dẫn đầu": a ranking band
            if unit and unit.split()[0].casefold() == d["multiple_unit"] and (
                    regex.search(r"[.,]\d", s.text[m_start:m_end]) or d["multiple_before_rx"].search(before, timeout=t)):
                return None  # "đạt 1,19 lần": a multiple
            if not unit and _change_from(s.text, m_start, m_end, t):
                # "từ 902 xuống còn 802 đơn vị": the old value takes the noun of the new one
                ch = d["change_rx"].match(s.text, m_end, timeout=t)
                unit, _ = noun_phrase_span(s.text, ch.end(), t, last)
            if not unit:
                return None
            words = unit.casefold().split()
            if any(" ".join(words[:k]) in d["not_units"] for k in (1, 2, 3)):
                return None
            if d["initial_unit_rx"].match(unit, timeout=t):
                return None  # "12 Baumann O.": a shirt number
            if d["name_unit_rx"] is not None and d["name_unit_rx"].match(unit, timeout=t) and not (
                    unit.casefold() + " ").startswith(tuple(n + " " for n in d["count_nouns"]) + d["name_keep"]):
                return None  # "73 Quán Sứ", "20 Ahmed", "1 An Giang": a number before a name (name_units)
            return unit

        def money(unit: str) -> bool:
            return bool(d["money_rx"].match(unit, timeout=t))

        def goal_number(m_start: int, unit: str) -> bool:
            """A count at ``m_start`` inside a goal is a goal, unless it counts goals (``2 mục tiêu lớn``)
            or follows a round or a price (``vòng 12``, ``trị giá 25 triệu``)."""
            if _in_goal(s.text, m_start, scopes, t, listed) is None:
                return False
            if (unit.casefold() + " ").startswith(tuple(n + " " for n in d["goal_nouns"])):
                return False
            if d["count_not_goal_rx"].search(s.text[max(0, m_start - 90):m_start], timeout=t):
                return False  # "mục tiêu đánh giá … của 63 tỉnh": what the goal is about
            return not d["not_goal_before_rx"].search(s.text[max(0, m_start - 20):m_start], timeout=t)

        # ranges of counts: "2-3 kg", "184-198 ghế", "từ 5 đến 8 cơ quan"
        for m in d["qty_range_rx"].finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b) or _is_year(m.group("a")) or _is_year(m.group("b")):
                continue
            joined = s.text[m.end("a"):m.start("b")].strip()
            if joined not in ("-", "–") and not regex.search(r"(?:^|\s)từ\s*$", s.text[max(0, m.start() - 5):m.start()], timeout=t):
                continue
            lo, hi = parse_number(m.group("a")), parse_number(m.group("b"))
            unit = counted(m.start(), m.end())
            if not lo < hi or not unit:
                continue
            if goal_number(m.start(), unit):
                # a goal given as a range is one target at its lower bound (GUIDE §4.1)
                ctx.add(Target, a, b, value=lo, unit=unit, comparator="gte", deadline=dl(m.start()), period=period)
            elif not money(unit) and _in_goal(s.text, m.start(), scopes, t, listed) is None:
                if unit[:1].isupper() and regex.search(r"\p{Lu}[\p{L}.]*\s+$", s.text[max(0, m.start() - 20):m.start()],
                                                       timeout=t):
                    continue  # "Angers 1 – 4 Nice": a score between two names
                ctx.add(Quantity, a, b, value=lo, value_max=hi, unit=unit)
        # quantities
        for m in _QTY.finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                continue
            raw = m.group("num")
            if _is_year(raw) and not (d["year_count_rx"] is not None
                                      and d["year_count_rx"].match(s.text, m.start(), timeout=t)
                                      and d["year_count_before_rx"].search(s.text, max(0, m.start() - 24), m.start(),
                                                                           timeout=t)):
                continue  # a year ("cấp huyện là 1955 hồ sơ" is a count)
            unit = counted(m.start(), m.end())
            if not unit:
                continue
            value = parse_number(raw)
            if goal_number(m.start(), unit) and not _RANK_UNIT.match(s.text[m.end():]):
                comp, _ = comparator(s.text, m.start(), m.end(), t)
                after = d["after_rx"].match(s.text, noun_phrase_span(s.text, m.end(), t, last)[1], timeout=t)
                if comp == "eq" and after:  # "đạt 90 điểm trở lên"
                    comp = d["after"].get(after.group(1).lower(), "gte")
                ctx.add(Target, a, b, value=value, unit=unit, comparator=comp, deadline=dl(m.start()), period=period)
            elif _in_goal(s.text, m.start(), scopes, t, listed) is not None and \
                    d["not_goal_before_rx"].search(s.text[max(0, m.start() - 20):m.start()], timeout=t):
                continue  # "mục tiêu chiến thắng ở vòng 25 giải V-League": a round, no goal and no count
            elif not money(unit):  # money is no count (GUIDE §12)
                ctx.add(Quantity, a, b, value=value, unit=unit)
        # measures with their unit glued on: "gần 4000m2", "2m"
        for m in d["glued_rx"].finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b) or _is_year(m.group("num")) or \
                    d["shape_before_rx"].search(s.text[max(0, m.start() - 20):m.start()], timeout=t):
                continue
            if goal_number(m.start(), m.group("unit")):
                # "Diện tích lúa năm 2030: 171ha" in a goal list: a measure to reach
                comp, _ = comparator(s.text, m.start(), m.end(), t)
                ctx.add(Target, a, b, value=parse_number(m.group("num")), unit=m.group("unit"), comparator=comp,
                        deadline=dl(m.start()), period=period)
                continue
            ctx.add(Quantity, a, b, value=parse_number(m.group("num")), unit=m.group("unit"))
        # spelled-out counts: "năm tỉnh Tây Nguyên", "hai khâu"
        for m in d["spelled_rx"].finditer(s.text, timeout=t):
            a, b = s.start + m.start("w"), s.start + m.end("w")
            if ctx.is_claimed(a, b):
                continue
            if d["spelled_not_after_rx"].search(s.text, max(0, m.start() - 12), m.start(), timeout=t):
                continue  # "lần thứ hai", "hạng ba": an ordinal (spelled_not_after)
            if m.group("w").lower() == "năm" and regex.search(r"(?:cả|mỗi|hằng|hàng|trong|các|những|một)\s*$", s.text[max(0, m.start() - 8):m.start()], regex.I) and not regex.search(r"cả\s*$", s.text[max(0, m.start() - 4):m.start()], regex.I):
                continue
            unit = noun_phrase(s.text, m.end("w"), t) or m.group("noun")
            ctx.add(Quantity, a, b, value=float(d["spelled"][m.group("w").lower()]), unit=unit)
        stated = [f for f in ctx.facts[n_facts:] if f.type == "target"]
        if stated:
            # the years of the deadlines the goal sentence writes ("Đến năm 2030 …, đến 2045 … 50%"): an item
            # after it may name any of them ("Kinh phí R&D đạt 2% GDP vào 2030")
            years = frozenset(v[:4] for _, v in found) | frozenset(f.deadline[:4] for f in stated if f.deadline)
            cont = (para, s.index, stated[-1].deadline if not continued else deadline, period, years)
        elif not digits and scopes == [] and d["cont_announce_rx"].search(s.text, timeout=t):
            # "Kế hoạch cũng đề ra các mục tiêu cụ thể về chuyển đổi số.": the items follow
            said = _deadlines(ctx, s, index)
            cont = (para, s.index, said[-1][1] if said else (cont[2] if cont is not None else deadline),
                    _period(ctx, s, index) or period, frozenset(v[:4] for _, v in said))
        else:
            cont = None
