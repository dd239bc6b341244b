"""Dates and periods (docs/format.md ``date``, ``period``).

Dates need at least a month: ``24/9/2020`` and ``ngày 09 tháng 10 năm 2018`` (day),
``tháng 3/2020`` (month), ``quý III/2020`` (quarter). A day and month without a year
(``Sáng 19/4``, ``trước ngày 30-11``) is a date only after a time word (``ngày``, ``sáng``,
``chiều``…: ``data/dates.json``); its year comes from the article's publication date, else from a year written in
the same sentence (a deadline: the first year after it in its paragraph; else the one year its sentence
names — in a sentence about an index or a report only a year before the index words in the day's
clause, or the index's year in a plan to improve it; else the one year of the dates of the sentence
before in its paragraph; else, in an article without a publication date, the year its body writes
most often: ``body_year``), flagged ``year_inferred``; a day said again takes the year its context
gave it elsewhere; with none it stays ``--MM-DD``. A day of every year (``ngày 1/7 hằng năm``) is
no date. A full date alone on a byline line (``Lệ Thu 11/05/2022``) is the page's metadata
and no date. Holiday names
(``Quốc khánh 2/9``) give ``--MM-DD`` and never a year. ``6/6 tỉnh``, ``14/63`` and
``45/2020/NĐ-CP`` are not dates: legal references are claimed first, and a bare ``d/m`` needs
its time word.

Periods: ``giai đoạn 2021 - 2030``, ``từ năm 2020 đến năm 2025``, ``(2011-2015)``,
``nhiệm kỳ 2020-2025`` and bare year ranges ``2021-2025`` (not two consecutive years written bare:
``năm học 2024-2025``, ``V-League 2023-2024`` are a school year and a season).

Relative dates (docs/format.md): ``hôm qua``, ``sáng nay``, ``ngày mai``, ``3 ngày trước``, ``cách
đây 3 ngày`` (day), ``thứ Ba tuần trước`` (day), ``tháng trước``, ``tháng 4 năm ngoái``
(month) are resolved against the article's publication date and flagged ``relative``; without
that date they are left out. The words are in ``data/relative_dates.json``; a count followed by
an event (``3 ngày trước khi …``, ``11 ngày trước kỳ nghỉ``) or inside a duration (``trong 2
ngày qua``) is not relative to the article. A bare week (``tuần trước``) has no day, month or
quarter precision and is not a date.

dateparser is not used here: measured on this genre it fills missing parts from today's date
and does not read quarters; the shapes above are exact and cheap. For the relative words it
resolves ``hôm qua``/``hôm nay``/``ngày mai``/``N ngày trước`` but not ``sáng nay``,
``chiều qua``, ``hôm kia``, ``tháng tới`` or ``thứ Ba tuần trước``, and turns ``tuần trước``
and ``tháng trước`` into a day; the arithmetic here is a few lines.
"""
from __future__ import annotations

import bisect
import datetime as _dt
from functools import lru_cache
from typing import Optional

from .. import rx as regex

from ..models import Date, Period
from ..resources import load
from ..patterns import has_digit
from .base import extractor

_Y = r"((?:19|20)\d{2})"
_SEP = r"\s?[/.-]\s?"


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in words)


def _alt_ws(words) -> str:
    """The words longest first, any run of spaces inside them matching."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The date patterns, with the words of ``data/dates.json``."""
    d = load("dates")
    time_words = _alt(d["time_words"]["words"])
    preps = _alt(d["time_prepositions"]["words"])
    weekdays = _alt(d["weekdays"]["words"])
    ordinal_not = rf"(?<!(?:{_alt(d['weekdays']['not_after'])})\s+)"  # "xếp thứ năm", "lần thứ hai": an ordinal
    # a lunar day: "10/3 âm lịch", "(9/8/2016 ÂL)", "ngày 06/3 năm Quý Mão", also after the end of its range
    # ("từ ngày 1/3 - 10/3 năm Quý Mão")
    # … or its year written after a dash ("từ ngày 1/4 đến 15/4 - Giáp Thìn"), or its solar day given after it
    # ("ngày 1/4 (tức 8/5 dương lịch)")
    lunar_after = (rf"\s*\(?\s*(?:{_alt(d['lunar']['words'])})(?![\p{{L}}])"
                   rf"|\s+năm\s+(?:{_alt(d['lunar']['year_stems'])})\s+\p{{L}}"
                   rf"|\s*[-–]\s*(?:năm\s+)?(?:{_alt(d['lunar']['year_stems'])})\s+(?:{_alt(d['lunar']['year_branches'])})(?![\p{{L}}])"
                   rf"|\s*\(\s*tức\s[^()\n]{{0,40}}?(?:{_alt(d['lunar']['solar_words'])})(?![\p{{L}}])")
    not_lunar = (r"(?!(?:\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2})?(?:" + lunar_after + "))")
    units = _alt(d["ranges"]["not_count_units"])
    count_units = _alt(d["ranges"]["not_count_units"] + d["sentence_year"]["not_year_after"])
    return dict(
        # "ngày 09 tháng 10 năm 2018"; after "ngày" the year may stand without "năm": "ngày 22 tháng 4 2015"
        full_words=regex.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+" + _Y + r"(?!\d)"
                                 r"|(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+" + _Y + r"(?![\d/.,-]\d|\d)", regex.I),
        # "ngày 26 tháng 4", "sáng mùng 2 tháng 9": a day and month in words, no year (not a lunar day, not a count
        # of days: "15 ngày 3 tháng")
        dm_words=regex.compile(rf"(?<![\p{{L}}]|\d\s)(?:(?:{preps})\s+)?(?:(?:{time_words})\s+)+(?:ngày\s+)?"
                               r"(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d|\s?[/.-]\s?\d|,?\s+(?:năm\s+)?\d"
                               r"|" + lunar_after + ")", regex.I),
        dmy=regex.compile(r"(?<![\d/.,-])(\d{1,2})" + _SEP + r"(\d{1,2})" + _SEP + _Y + r"(?![\d/]|\.\d)" + not_lunar),
        # "20/5-10/7": a dash before another day/month ends the first date of a range
        # "Ngày 19 – 4" (an en dash), "thứ Hai 29/4" (a weekday); not a lunar day ("ngày 10/3 âm lịch"), nor the
        # bounds of a range of decimals ("nghèo đa chiều 1 - 1,5%")
        dm=regex.compile(rf"(?<![\p{{L}}])(?:(?:{preps})\s+)?(?:(?:{time_words})\s+|{ordinal_not}(?:{weekdays}),?\s+)+(?:ngày\s+)?"
                         r"(\d{1,2})(?:\s?[/.-]\s?|\s?–\s?(?=\d{1,2}(?!\d|\s?[/.–-]\s?\d)))"
                         r"(\d{1,2})(?![\d/]|[.,]\d|-(?!\s?\d{1,2}\s?/\s?\d{1,2}(?![\d/]))\d|\s+tháng\s+\d)" + not_lunar, regex.I),
        # "Từ 1/7, …", "Kể từ 1/7, …", "tính đến hết 30/6.", "tổ chức vào 12/5 vừa qua": a bare day after a
        # preposition, closed by punctuation or a word of the day's time, or opening a range so closed
        # ("Từ 20/5 - 10/7, …"); not a fraction ("tăng từ 2/3 lên 3/4 diện tích") nor a score ("dẫn trước 2-1.")
        prep_day=regex.compile(rf"(?<![\p{{L}}])(?<!(?:{_alt(d['prep_days']['not_before'])})\s+)"
                               rf"(?:{_alt(d['prep_days']['words'])})\s+(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})"
                               r"(?=(?:\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2})?"
                               rf"(?:\s*[,;:()]|\.(?!\d)|\s*$|\s+(?:{_alt(d['prep_days']['after'])})(?![\p{{L}}])))" + not_lunar, regex.I),
        # the next day of a range or list: "… 20/5-10/7", "ngày 6/5 và 7/5", "từ ngày 30-8 đến 7-9"
        # … or a comma inside a list that a list joiner closes ("vào các ngày 29/9, 6/10, 13/10 và 20/10"; not
        # "Ngày 30/6, 6/6 tỉnh …": no joiner closes it)
        next_day=regex.compile(rf"\s*(?:{_alt(d['ranges']['joiners'] + d['ranges']['list_joiners'])}"
                               r"|,(?=\s*(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s*,\s*){0,8}\d{1,2}\s?[/.-]\s?\d{1,2}\s*"
                               rf"(?:{_alt(d['ranges']['list_joiners'])})\s*(?:ngày\s+)?\d{{1,2}}\s?[/.-]\s?\d{{1,2}}(?![\d/]|[.-]\d)))\s*"
                               rf"(?P<at>(?:hết\s+)?(?:(?:{time_words})\s+)?(?:ngày\s+)?)(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})(?![\d/]|[.-]\d)"
                               + not_lunar, regex.I),
        # "từ ngày 1 – 31/8/2025", "ngày 26 đến 31/5": the first day shares the second's month (and year)
        shared_month=regex.compile(rf"(?<![\p{{L}}])(?:(?:{preps})\s+)?(?:(?:{time_words})\s+)+(?:ngày\s+)?(\d{{1,2}})"
                                   rf"(?=\s*(?:{_alt(d['ranges']['joiners'] + d['ranges']['list_joiners'])}|,)\s*(?:ngày\s+)?(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})"
                                   r"(?:\s?[/.-]\s?" + _Y + r")?(?![\d/]|[.-]\d))", regex.I),
        # "từ 6 – 8.4," with no time word: only a range closed by punctuation (not "từ 6 – 8.4 triệu")
        # "từ 15-16/3/2024.", "2 ngày (15-16/3)": also with the year, and in parentheses after "ngày"
        bare_range=regex.compile(r"(?:(?<![\p{L}])từ\s+|(?<=(?<![\p{L}])ngày\s*\(\s*))(\d{1,2})(?:\s?[-–]\s?|\s+(?:đến|tới)\s+)"
                                 r"(\d{1,2})\s?[/.]\s?(\d{1,2})(?:\s?[/.]\s?" + _Y + r")?"
                                 r"(?=\s*[,;)]|\.(?!\d)|\s*$)", regex.I),
        # "vào các ngày 26, 27, 28 và 29/6/2024", "các ngày 8, 9 và 10/3": three or more days share the month
        # (and year) written with the last
        day_list=regex.compile(r"(?<![\p{L}])ngày\s+(\d{1,2}(?:\s*,\s*\d{1,2})+\s*(?:,|,?\s*(?:và|hoặc))\s*)(\d{1,2})"
                               r"\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?" + _Y + r")?(?![\d/]|[.-]\d)" + not_lunar, regex.I),
        # "tháng Ba năm 2024": a month named in words, with its year
        month_named=regex.compile(r"(?<![\p{L}])tháng\s+(" + _alt_ws(d["month_names"]["names"]) + r")\s+năm\s+" + _Y
                                  + r"(?!\d)"),
        # "quý I và II/2024", "quý III, IV/2023": the first quarter shares the year of the second
        quarter_list=regex.compile(r"(?<![\p{L}])quý\s+(IV|I{1,3})\s*(?:,|và|-|–|đến)\s*(IV|I{1,3})(?:\s?[/-]\s?|\s+năm\s+)"
                                   + _Y + r"(?!\d)", regex.I),
        dateline=regex.compile(rf"(?<=\(\s*(?:{_alt(d['datelines']['agencies'])})\s*[-–,]?\s*)(\d{{1,2}})\s?/\s?(\d{{1,2}})(?=\s*\))"),
        not_year_before=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['not_year_before'])})(?:\s+[\p{{L}}\p{{M}},]+){{0,6}}?"
                                      r"\s+(?:năm\s+)?$", regex.I),
        school_year=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['school_year_words'])})\s+" + _Y + r"\s?[-–/]\s?" + _Y
                                  + r"(?!\d)", regex.I),
        next_year=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['next_year_words'])})(?:\s+[\p{{L}}\p{{M}}]+){{0,4}}?\s+(?:năm\s+)?$",
                                regex.I),
        first_half=int(d['sentence_year']['first_half_months']),
        # "kết quả Đại hội đại biểu Đảng bộ … lần thứ I, nhiệm kỳ 2025 - 2030": the congress of a term meets in
        # its first year (not "Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025", a later day carrying it out)
        # … or the congress the subject of its own proceedings ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX tiến hành
        # bầu Ban Chấp hành khóa mới, nhiệm kỳ 2020 - 2025"; "…, nhiệm kỳ 2025 – 2030 đã chính thức khai mạc")
        congress_term=regex.compile(
            rf"(?<![\p{{L}}])(?:(?<!(?:{_alt_ws(d['congress_term']['not_after'])})\s+)(?:{_alt_ws(d['congress_term']['before'])})\s+(?:{_alt_ws(d['congress_term']['words'])})"
            r"(?![\p{L}])(?:[^.;:\n]|\.(?=\p{L})){0,120}?nhiệm\s+kỳ\s+" + _Y + r"\s?[-–]\s?" + _Y + r"(?!\d)"
            rf"|(?<!(?:{_alt_ws(d['congress_term']['not_after'])})\s+)(?:{_alt_ws(d['congress_term']['words'])})(?![\p{{L}}])(?:[^.;:\n]|\.(?=\p{{L}})){{0,120}}?nhiệm\s+kỳ\s+"
            + _Y.replace("(", "(?P<y3>", 1) + r"\s?[-–]\s?" + _Y.replace("(", "(?P<y4>", 1) + r"(?!\d),?\s+"
            rf"(?:(?:{_alt_ws(d['congress_term']['after_words'])})\s+)*(?:{_alt_ws(d['congress_term']['after'])})(?![\p{{L}}])"
            rf"|(?<!(?:{_alt_ws(d['congress_term']['not_after'])})\s+)(?:{_alt_ws(d['congress_term']['words'])})(?![\p{{L}}])[^,.;:\n]{{0,80}}?\s(?:{_alt_ws(d['congress_term']['proceedings'])})"
            r"(?![\p{L}])(?:[^.;:\n]|\.(?=\p{L})){0,120}?nhiệm\s+kỳ\s+" + _Y.replace("(", "(?P<y5>", 1) + r"\s?[-–]\s?"
            + _Y.replace("(", "(?P<y6>", 1) + r"(?!\d))", regex.I),
        not_year_after=regex.compile(rf"\s?(?:{_alt(d['sentence_year']['not_year_after'])})(?![\p{{L}}\d])", regex.I),
        not_year_right_before=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['not_year_right_before'])})\s*:?\s*$", regex.I),
        range_end=regex.compile(r"(?<=(?:từ|Từ)\s+ngày\s+\d{1,2}\s?[/.-]\s?\d{1,2}\s+(?:đến|tới|-|–)\s+(?:hết\s+)?)(?:ngày\s+)?"
                                r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/]|[.-]\d|\s*%|\s*(?:" + units + r")(?![\p{L}]))" + not_lunar,
                                regex.I),
        # what may stand between the two ends of a range or list of days (see _range_years)
        range_joined=regex.compile(r"\s*(?:(?:" + _alt(d["range_years"]["joiners"]) + r")\s*)?", regex.I),
        # "chủ nhật (28/4), thứ ba (30/4) và thứ tư (1/5)": a weekday with its day in parentheses
        weekday_paren=regex.compile(rf"(?<![\p{{L}}]){ordinal_not}(?:{weekdays})\s*\(\s*(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})\s*\)",
                                    regex.I),
        today_paren=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['today_words']['words'])})\s+nay\s*\(\s*(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})\s*\)",
                                  regex.I),
        holiday=regex.compile(r"(?<![\p{L}])(?:" + "|".join(d["holidays"]["patterns"]) + r")\s+"
                              r"(?:ngày\s+)?(\d{1,2})\s?[/-]\s?(\d{1,2})(?![\d/]|\s?[/.-]\s?(?:19|20)\d\d)", regex.I),
        month=regex.compile(r"(?<![\p{L}])tháng\s+(\d{1,2})(?:\s?[/.-]\s?|\s+năm\s+)" + _Y + r"(?!\d)", regex.I),
        month_list=regex.compile(r"(?<![\p{L}])tháng\s+(\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*)(\s*(?:,|và)\s*)(\d{1,2})"
                                 r"(?:\s?[/.-]\s?|\s+năm\s+)" + _Y + r"(?!\d)", regex.I),
        month_no_year=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['month_no_year_before']['words'])})\s+tháng\s+(\d{{1,2}})"
                                    r"(?!\d|\s?[/.-]\s?\d|\s+năm\s+\d|\s+(?:đầu|cuối)?\s*năm)", regex.I),
        quarter=regex.compile(r"(?<![\p{L}])quý\s+(IV|I{1,3}|[1-4])(?:\s?[/-]\s?|\s+năm\s+)" + _Y + r"(?!\d)", regex.I),
        # "quý I và quý II năm 2022", "tháng 3 và tháng 4/2023": the first shares the year of the second
        shared_year=regex.compile(rf"(?<![\p{{L}}])(?P<w>quý|tháng)\s+(?P<n>IV|I{{1,3}}|\d{{1,2}})(?![\p{{L}}\d])"
                                  rf"(?=\s*(?:,|{_alt(d['ranges']['joiners'] + d['ranges']['list_joiners'])})\s*(?P=w)\s+"
                                  r"(?:IV|I{1,3}|\d{1,2})(?:\s?[/.-]\s?|\s+năm\s+)(?P<y>" + _Y[1:-1] + r")(?!\d))", regex.I),
        periods=regex.compile(
            rf"(?<![\p{{L}}])(?:{_alt(d['period_words']['words'])})\s+(?:từ\s+)?(?:năm\s+)?" + _Y +
            r"\s*(?:[-–—]|đến(?:\s+năm)?)\s*" + _Y + r"(?!\d)"
            r"|(?<![\p{L}])từ\s+(?:năm\s+)?" + _Y + r"\s+đến\s+(?:năm\s+)?" + _Y
            + r"(?!\d|\s*(?:" + count_units + r")(?![\p{L}]))"
            r"|(?<![\d/.,-])" + _Y + r"\s?[-–—]\s?" + _Y + r"(?![\d/]|\.\d)"
            # "(2017 đến năm 2020 và 2022 - 2023)": a bare range with "đến"
            r"|(?<![\d/.,-])" + _Y + r"\s+đến\s+(?:năm\s+)?" + _Y + r"(?![\d/%]|[.,]\d|\s*(?:" + count_units + r")(?![\p{L}]))", regex.I),
        deadline_word=regex.compile(rf"(?:{_alt(d['deadline_words']['words'])})\s*$", regex.I),
        deadline_opener=regex.compile(rf"(?:{_alt(d['deadline_words']['openers'])})\s", regex.I),
        body_year_not_if=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['body_year']['not_if_words'])})(?![\p{{L}}])", regex.I),
        body_year_goal=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['body_year']['goal_before'])})\s+(?:năm\s+)?$",
                                     regex.I),
        body_year_month_past=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['body_year']['month_not_after'])})\s+(?:(?:vào|trong)\s+)?"
                                           r"tháng\s+\d{1,2}\s?[/.-]\s?$",
                                           regex.I),
        body_year_compared=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['body_year']['compared_before'])})(?:\s+[\p{{L}}\p{{M}}]+){{0,3}}?"
                                         r"\s+(?:năm\s+)?$", regex.I),
        byline_name=regex.compile(d["byline_date"]["name_pattern"]),
        turn_past_between=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['turn_of_year']['past_between'])})(?![\p{{L}}])", regex.I),
        turn_past=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['turn_of_year']['not_after'])})(?:\s+(?:vào|lúc))?"
                                rf"(?:\s+(?:{_alt(d['time_words']['words'])}))*\s*$", regex.I),
        stamp_tail=regex.compile(d["stamp_date"]["tail_pattern"], regex.I),
        stamp_label=regex.compile(r"(?:^|[|•·–-])\s*(?:" + _alt_ws(d["stamp_date"]["labels"]) + r")\s*:?\s*"
                                  r"(?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?(?:ngày\s+)?$", regex.I),
        stamp_not_after=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['stamp_date']['not_after'])})\s*:?\s*$", regex.I),
        score_before=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['prep_days']['score_words'])})(?:\s+[\p{{L}}\p{{M}}]+){{0,5}}?\s+$",
                                   regex.I),
        byline_tail=regex.compile(d["byline_date"]["tail_pattern"]),
        index_plan=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['index_plan_words'])})(?![\p{{L}}])", regex.I),
        index_result=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['index_result_words'])})(?![\p{{L}}])", regex.I),
        recent=regex.compile(rf"\s*,?\s*(?:{_alt(d['sentence_year']['recent_after'])})(?![\p{{L}}])", regex.I),
        recurring=regex.compile(rf"\s*,?\s*(?:{_alt(d['recurring_days']['words'])})(?![\p{{L}}])", regex.I),
        year_not_if=regex.compile(rf"(?<![\p{{L}}])(?:{_alt(d['sentence_year']['not_if_words'])})(?![\p{{L}}])", regex.I),
    )


_YEAR = regex.compile(r"(?<![\d/.,])" + _Y + r"(?![\d/%])")
# a year alone or ending a date ("ngày 7/8 và 8/8/2024")
_ANY_YEAR = regex.compile(r"(?<![\d.,])" + _Y + r"(?![\d/%])")
# a year written alone, not the year of a full date or month ("3-10-2021", "tháng 1-2025")
_BARE_YEAR = regex.compile(r"(?<![\d/.,\-–])" + _Y + r"(?![\d/%])"
                           # the year of a month or quarter ("tháng 7-2024", "quý I/2024"), not of a day
                           r"|(?<![\p{L}])(?:tháng\s+\d{1,2}|quý\s+(?:IV|I{1,3}|[1-4]))\s?[/.-]\s?\K" + _Y + r"(?!\d)", regex.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_DIGITS = regex.compile(r"\d{1,2}")


def _valid(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def _deadline_year(ctx, s, a: int, b: int, written: str, t: float) -> Optional[int]:
    """For a deadline without a year (``trước ngày 30-11`` at ``s.text[a:b]``, ``written`` its text),
    the first year written after it in the same paragraph (``… đến cuối năm 2020``); otherwise None."""
    p = _patterns()
    if not (p["deadline_word"].search(s.text[max(0, a - 12):a], timeout=t)
            or p["deadline_opener"].match(written)):
        return None
    para_end = ctx.text.find("\n", s.start + b)
    para_end = len(ctx.text) if para_end < 0 else para_end
    for y in _YEAR.finditer(ctx.text, s.start + b, para_end, timeout=t):
        if not _other_year(ctx.text, y.start(), t):  # not "khoảng 2000m3"
            return int(y.group(1))
    return None


def _published_year(ctx, d: int, mo: int, deadline: bool = False) -> Optional[int]:
    """The year of a day without one from the article's date: that year, or the year before when the
    day would then fall more than ``published_year.max_days_after`` days after the article (``ngày
    28/12`` in an article of 5 January 2024 → 2023), unless the day is a ``deadline``."""
    if not ctx.doc_year:
        return None
    day, _ = _published_date(ctx)
    if day is None or deadline:
        return ctx.doc_year
    try:
        when = _dt.date(ctx.doc_year, mo, min(d, 28 if mo == 2 else d))
    except ValueError:
        return ctx.doc_year
    return ctx.doc_year - 1 if (when - day).days > _max_days_after() else ctx.doc_year


@lru_cache(maxsize=1)
def _max_days_after() -> int:
    return int(load("dates")["published_year"]["max_days_after"])


def _other_year(text: str, pos: int, t: float) -> bool:
    """Whether the year at ``text[pos:]`` is a law's (``Bộ luật Hình sự năm 2015``), a birth year (``SN
    2002``), a past reference (``từ năm 2019``) or no year but a count (``khoảng 2000m3``): never the
    year of a day written near it."""
    p = _patterns()
    return bool(p["not_year_right_before"].search(text[max(0, pos - 20):pos], timeout=t)
                or p["not_year_after"].match(text, pos + 4, timeout=t)
                or p["not_year_before"].search(text[max(0, pos - 70):pos], timeout=t))


_CLAUSE_BREAK = regex.compile(r"[,;:()]")


def _sentence_year(ctx, s, t: float, month: int = 0, day_at: Optional[int] = None) -> Optional[int]:
    """The one year written in the sentence (``Chiều 20-5, … năm 2017``), outside legal references,
    laws' names, birth years and past references; None when it names none or several, or when the
    sentence is about an index or a report (its year is the year measured, not the day's) — unless the
    year stands before the first index word in the clause of the day at ``day_at`` (``Tại hội nghị sơ kết
    6 tháng đầu năm 2023 chiều ngày 12/7, Bộ … công bố xếp hạng … năm 2022`` → 2023), or the sentence is
    a plan to improve the index (``ban hành Kế hoạch … nâng cao Chỉ số PAPI … năm 2025``). Two years
    can still tell the year of a day in ``month``: a school year (``năm học 2024-2025``: the first from
    August, else the second), a review of one year with the plans of the next (``tổng kết năm 2024,
    phương hướng năm 2025``: the next in the first half of the year)."""
    p = _patterns()
    index_word = p["year_not_if"].search(s.text, timeout=t)
    if index_word and p["index_plan"].search(s.text, timeout=t) and not p["index_result"].search(s.text, timeout=t):
        index_word = None  # a plan to improve an index ("ban hành Kế hoạch … nâng cao Chỉ số PAPI năm 2025"): its year
    # the years of the sentence's dates count ("Ngày 30-7, … công tác tháng 7-2024"), not legal references
    # (nor the issuing date written after one: "Nghị quyết số 18-NQ/TW, ngày 25/10/2017")
    legal = [(f.start, f.end + 30) for f in ctx.in_sentence(s.index) if f.type == "legal_ref"]
    found = [m for m in _ANY_YEAR.finditer(s.text, timeout=t)
             if not any(a < s.start + m.end() and s.start + m.start() < b for a, b in legal)
             and not _other_year(s.text, m.start(), t)]
    if index_word:
        # about an index or a report: its years are the years measured; only a year before the first
        # index word and in the day's clause tells the day's ("Tại hội nghị sơ kết 6 tháng đầu năm 2023
        # … chiều ngày 12/7, Bộ … công bố xếp hạng … năm 2022")
        if day_at is None or day_at > index_word.start():
            return None
        found = [m for m in found if m.end() <= index_word.start()
                 and not _CLAUSE_BREAK.search(s.text, min(m.end(), day_at), max(m.start(), day_at), timeout=t)]
    years = {m.group(1) for m in found}
    season = [m for m in _SEASON.finditer(s.text, timeout=t) if int(m.group(2)) == int(m.group(1)) + 1]
    if month and season and years <= {m.group(2) for m in season}:
        # "V-League 2024/2025", "Ngoại hạng Anh 2024/2025": a season, its first year from August
        y1, y2 = int(season[0].group(1)), int(season[0].group(2))
        return y1 if month >= 8 else y2
    if len(years) == 1:
        return int(years.pop())
    term = p["congress_term"].search(s.text, timeout=t) if len(years) == 2 else None
    if term:
        y1, y2 = [g for g in term.groups() if g][:2]
        if years == {y1, y2} and 1 < int(y2) - int(y1) <= 5:
            return int(y1)  # a congress of the term "2025 - 2030" meets in 2025
    if len(years) == 2 and month:
        y1, y2 = sorted(int(y) for y in years)
        if y2 != y1 + 1:
            return None
        sy = p["school_year"].search(s.text, timeout=t)
        if sy and (int(sy.group(1)), int(sy.group(2))) == (y1, y2):
            return y1 if month >= 8 else y2
        later = [m for m in found if int(m.group(1)) == y2]
        if all(p["next_year"].search(s.text[max(0, m.start() - 50):m.start()], timeout=t) for m in later):
            return y2 if month <= p["first_half"] else y1
    return None


def _turn_of_year(ctx, s, b: int, d: int, mo: int, year: Optional[int]) -> Optional[int]:
    """The sentence's ``year`` for the day ``d``/``mo`` ending at ``s.text[b]``, or the year before when
    the sentence goes on, across the turn of the year, to a day written in full in that year a few
    months on (``Vòng bảng kết thúc vào ngày 21/12, bán kết … 26 đến 30/12, chung kết … ngày 2 và
    5/1/2025`` → 2024-12-21: ``data/dates.json`` ``turn_of_year``); not when that day is a past event's (``… vụ án
    xảy ra ngày 5/1/2024``, ``… nơi đã phát hiện sai phạm ngày 2/1/2024``)."""
    if not year:
        return year
    months = int(load("dates")["turn_of_year"]["max_months"])
    p, t = _patterns(), ctx.timeout
    for f in ctx.in_sentence(s.index):
        if (f.type == "date" and f.precision == "day" and not f.year_inferred and not f.relative
                and f.start >= s.start + b and f.value[:4] == f"{year:04d}"
                and not p["turn_past"].search(ctx.text, max(s.start + b, f.start - 40), f.start, timeout=t)
                and not p["turn_past_between"].search(ctx.text, s.start + b, f.start, timeout=t)):
            fm = int(f.value[5:7])
            if fm < mo and (fm + 12 - mo) <= months:
                return year - 1
    return year


def _body_year(ctx, t: float) -> Optional[int]:
    """For an article without a publication date, the year its body keeps returning to: written at
    least ``min_count`` times (``data/dates.json`` ``body_year``) in sentences not about an index or a
    report (nor a ranking, a measurement or a law: ``not_if_words``), outside legal references and year
    ranges, nor after a goal's word (``đến năm 2025``: ``goal_before``), nor a law's name, a birth year or a
    past reference; the latest of the years written most often, unless it falls well before the latest
    year so counted (``max_years_before_latest``: a biography's ``1966`` in a report naming ``2017``);
    else None."""
    cached = getattr(ctx, "_body_year_cache", False)
    if cached is not False:
        return cached
    p = _patterns()
    counts: dict = {}
    for s in ctx.sentences():
        if (not has_digit(s.text) or p["year_not_if"].search(s.text, timeout=t)
                or p["body_year_not_if"].search(s.text, timeout=t)):
            continue
        ranges = [(m.start(), m.end()) for m in _RANGE.finditer(s.text, timeout=t)]
        for m in _BARE_YEAR.finditer(s.text, timeout=t):
            y = m.group(1) or m.group(2)
            if any(a <= m.start() < b for a, b in ranges) or (
                    m.group(1) and ctx.is_claimed(s.start + m.start(), s.start + m.end())):
                continue
            if m.group(2) and p["body_year_month_past"].search(s.text[max(0, m.start() - 30):m.start()], timeout=t):
                continue  # "kể từ tháng 11/2022", "dự kiến vào tháng 1-2025": a past reference or a plan
            if _other_year(s.text, m.start(), t):
                continue  # "Bộ luật Hình sự năm 2015", "sinh năm 1975", "từ năm 2019"
            if p["body_year_goal"].search(s.text[max(0, m.start() - 30):m.start()], timeout=t):
                continue  # "đến năm 2025", "vào năm 2030": a goal's year, not the article's
            if p["body_year_compared"].search(s.text[max(0, m.start() - 40):m.start()], timeout=t):
                continue  # "so với cuối năm 2021": the year compared with
            counts[y] = counts.get(y, 0) + 1
    year = None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -int(kv[0])))
    if ranked and ranked[0][1] >= _body_min():
        year = int(ranked[0][0])
        if year < max(int(y) for y in counts) - int(load("dates")["body_year"]["max_years_before_latest"]):
            year = None  # a past story's year ("1966" of a biography in a report naming 2017): not the article's
    try:
        ctx._body_year_cache = year
    except AttributeError:
        pass
    return year


def _byline(ctx, a: int, b: int, t: float) -> bool:
    """Whether ``ctx.text[a:b]`` is the date of a byline line (``Lệ Thu 11/05/2022``): the page's
    metadata, not a date the article speaks of (``data/dates.json`` ``byline_date``)."""
    start = ctx.text.rfind("\n", 0, a) + 1
    end = ctx.text.find("\n", b)
    end = len(ctx.text) if end < 0 else end
    p = _patterns()
    return bool(p["byline_name"].fullmatch(ctx.text, start, a, timeout=t)
                and p["byline_tail"].fullmatch(ctx.text, b, end, timeout=t))


def _stamp(ctx, a: int, b: int, t: float) -> bool:
    """Whether the full date at ``ctx.text[a:b]`` is a page's time stamp: followed by a clock time
    that ends its line (``… đòi nợ Iraq 02/06/2024 19:35``, ``Cập nhật: 12/03/2024 - 08:15``), and not
    after a word of the day's time (``vào lúc``, ``ngày``: ``data/dates.json`` ``stamp_date``); or right
    after a metadata label opening its line or after a separator (``Lượt xem: 2.345 | Ngày in: 15/03/2024``)."""
    end = ctx.text.find("\n", b)
    end = len(ctx.text) if end < 0 else end
    start = ctx.text.rfind("\n", 0, a) + 1
    p = _patterns()
    if p["stamp_label"].search(ctx.text[max(start, a - 60):a], timeout=t):
        return True  # "Lượt xem: 2.345 | Ngày in: 15/03/2024"
    if not p["stamp_tail"].fullmatch(ctx.text, b, end, timeout=t):
        return False
    return not p["stamp_not_after"].search(ctx.text[max(start, a - 30):a], timeout=t)


# between two periods of a list: "(2017 đến năm 2020 và 2022 - 2023)"
_PERIOD_LIST = regex.compile(r"\s*(?:,|;|và)\s*", regex.I)


# a season written with a slash ("2024/2025"): the first year is not read by _ANY_YEAR
_SEASON = regex.compile(r"(?<![\d/.,])" + _Y + r"\s?/\s?" + _Y + r"(?![\d/])")
_RANGE = regex.compile(r"(?<![\d/.,])" + _Y + r"\s?[-–—]\s?" + _Y + r"(?![\d/]|\.\d)")


@lru_cache(maxsize=1)
def _month_names() -> dict:
    return dict(load("dates")["month_names"]["names"])


@lru_cache(maxsize=1)
def _body_min() -> int:
    return int(load("dates")["body_year"]["min_count"])


@extractor(produces=("date", "period"),
           requires=("legal_ref",))
def extract(ctx) -> None:
    t = ctx.timeout
    p = _patterns()
    undated: list = []  # days given no year (not holidays)
    for s in ctx.sentences():
        def add(m, value, precision, inferred=False):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                return
            ctx.add(Date, a, b, value=value, precision=precision, year_inferred=inferred)

        if not has_digit(s.text):
            _relative(ctx, s, t)  # "hôm qua", "tháng trước": the only dates written without a digit
            continue
        for m in p["holiday"].finditer(s.text, timeout=t):
            d, mo = int(m.group(1)), int(m.group(2))
            if _valid(d, mo):
                add(m, f"--{mo:02d}-{d:02d}", "day")
        for m in p["full_words"].finditer(s.text, timeout=t):
            d, mo, y = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
            if _valid(d, mo):
                add(m, f"{y:04d}-{mo:02d}-{d:02d}", "day")
        for m in p["dmy"].finditer(s.text, timeout=t):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if _valid(d, mo) and not _byline(ctx, s.start + m.start(), s.start + m.end(), t) \
                    and not _stamp(ctx, s.start + m.start(), s.start + m.end(), t):
                add(m, f"{y:04d}-{mo:02d}-{d:02d}", "day")
        for m in p["quarter"].finditer(s.text, timeout=t):
            q = m.group(1).upper()
            add(m, f"{m.group(2)}-Q{_ROMAN.get(q) or int(q)}", "quarter")
        for m in p["quarter_list"].finditer(s.text, timeout=t):
            q1, q2 = _ROMAN[m.group(1).upper()], _ROMAN[m.group(2).upper()]
            if q1 < q2:
                a1, b1 = s.start + m.start(), s.start + m.end(1)
                if not ctx.is_claimed(a1, b1):
                    ctx.add(Date, a1, b1, value=f"{m.group(3)}-Q{q1}", precision="quarter", year_inferred=True)
                a2, b2 = s.start + m.start(2), s.start + m.end()
                if not ctx.is_claimed(a2, b2):
                    ctx.add(Date, a2, b2, value=f"{m.group(3)}-Q{q2}", precision="quarter")
        for m in p["shared_year"].finditer(s.text, timeout=t):
            n = m.group("n").upper()
            k = _ROMAN.get(n) or (int(n) if n.isdigit() else 0)
            if m.group("w").casefold() == "quý" and 1 <= k <= 4:
                add(m, f"{m.group('y')}-Q{k}", "quarter", inferred=True)
            elif m.group("w").casefold() == "tháng" and 1 <= k <= 12:
                add(m, f"{m.group('y')}-{k:02d}", "month", inferred=True)
        # "từ tháng 11, 12.2023": the months of a list share the year written after the last
        for m in p["month_list"].finditer(s.text, timeout=t):
            firsts = list(_DIGITS.finditer(s.text, m.start(1), m.end(1)))
            mos = [int(x.group()) for x in firsts] + [int(m.group(3))]
            if not all(1 <= mo <= 12 for mo in mos):
                continue
            spans = [(m.start() if k == 0 else x.start(), x.end()) for k, x in enumerate(firsts)]
            for (a, b), mo in zip(spans, mos):  # "tháng 11", then the bare months of the list
                if not ctx.is_claimed(s.start + a, s.start + b):
                    ctx.add(Date, s.start + a, s.start + b, value=f"{m.group(4)}-{mo:02d}", precision="month",
                            year_inferred=True)
            if not ctx.is_claimed(s.start + m.start(3), s.start + m.end()):
                ctx.add(Date, s.start + m.start(3), s.start + m.end(), value=f"{m.group(4)}-{mos[-1]:02d}",
                        precision="month")
        names = _month_names()
        for m in p["month_named"].finditer(s.text, timeout=t):
            mo = names.get(" ".join(m.group(1).split()))
            if mo:
                add(m, f"{m.group(2)}-{mo:02d}", "month")
        for m in p["month"].finditer(s.text, timeout=t):
            mo = int(m.group(1))
            if 1 <= mo <= 12:
                add(m, f"{m.group(2)}-{mo:02d}", "month")
        # "từ tháng 7" in an article dated 2025-12-03 → 2025-07 (a month said without a year is not
        # read from the body's years: "giữa tháng 5", "đầu tháng 8" are often of another year or lunar)
        for m in p["month_no_year"].finditer(s.text, timeout=t):
            mo = int(m.group(1))
            if not 1 <= mo <= 12:
                continue
            year = _published_year(ctx, 1, mo)
            if year:
                add(m, f"{year:04d}-{mo:02d}", "month", inferred=True)

        def add_day(a: int, b: int, d: int, mo: int, year: Optional[int] = None, opener: str = "",
                    shared: bool = False, chained: bool = False) -> None:
            """The day ``d``/``mo`` at ``s.text[a:b]``, its year written (``year``; ``shared``: written
            with the other end of its range) or inferred; ``chained``: the later day of a range or
            list (its ``đến`` joins the range, it is no deadline)."""
            if not _valid(d, mo) or ctx.is_claimed(s.start + a, s.start + b):
                return
            if year is None and p["recurring"].match(s.text, b, timeout=t):
                return  # "từ ngày 1/1 của năm tiếp theo", "ngày 1/7 hằng năm": a day of every year
            inferred = year is None or shared
            ahead = not chained and (p["deadline_word"].search(s.text[max(0, a - 12):a], timeout=t) or
                                     p["deadline_opener"].match(opener or s.text[a:b]))
            written = opener or s.text[a:b]
            year = year or (_published_year(ctx, d, mo, bool(ahead))
                            or (ahead and _deadline_year(ctx, s, a, b, written, t))
                            or _turn_of_year(ctx, s, b, d, mo, _sentence_year(ctx, s, t, mo, a))
                            or (not p["recent"].match(s.text, b, timeout=t) and _previous_year(ctx, s, t))
                            or _body_year(ctx, t))
            if year:
                ctx.add(Date, s.start + a, s.start + b, value=f"{year:04d}-{mo:02d}-{d:02d}", precision="day",
                        year_inferred=inferred)
            else:
                undated.append(ctx.add(Date, s.start + a, s.start + b, value=f"--{mo:02d}-{d:02d}", precision="day"))

        for m in p["day_list"].finditer(s.text, timeout=t):
            mo, y = int(m.group(3)), int(m.group(4)) if m.group(4) else None
            firsts = list(_DIGITS.finditer(s.text, m.start(1), m.end(1)))
            for k, x in enumerate(firsts):  # "ngày 26", then the bare days of the list
                add_day(m.start() if k == 0 else x.start(), x.end(), int(x.group()), mo, y, m.group(0), shared=True,
                        chained=k > 0)
            add_day(m.start(2), m.end(), int(m.group(2)), mo, y, chained=True)
        # "từ ngày 1 – 31/8/2025", "ngày 26 đến 31/5": the first day takes the month of the second
        for m in [*p["shared_month"].finditer(s.text, timeout=t), *p["bare_range"].finditer(s.text, timeout=t)]:
            if m.re.pattern == p["bare_range"].pattern:  # (p[…] may be a gated wrapper of m.re)
                d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
                y = int(m.group(4)) if m.group(4) else None
                if _valid(d2, mo) and d1 < d2:
                    add_day(m.start(), m.end(1), d1, mo, y, m.group(0), shared=True)
                    add_day(m.start(2), m.end(), d2, mo, y, chained=True)
                continue
            d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if _valid(d2, mo) and d1 < d2:
                add_day(m.start(), m.end(1), d1, mo, int(m.group(4)) if m.group(4) else None, m.group(0), shared=True)
                if not m.group(4):
                    add_day(m.start(2), m.end(3), d2, mo, chained=True)
                else:  # "hai ngày 5-6/3/2024": the second day written with the year, right after the dash
                    add_day(m.start(2), m.end(4), d2, mo, int(m.group(4)), chained=True)
        found = [*p["dm"].finditer(s.text, timeout=t), *p["dm_words"].finditer(s.text, timeout=t),
                 *p["prep_day"].finditer(s.text, timeout=t),
                 *p["today_paren"].finditer(s.text, timeout=t),
                 *p["weekday_paren"].finditer(s.text, timeout=t),
                 *p["range_end"].finditer(s.text, timeout=t), *p["dateline"].finditer(s.text, timeout=t)]
        for m in found:
            d, mo = int(m.group(1)), int(m.group(2))
            if not _valid(d, mo):
                continue
            if m.re.pattern == p["prep_day"].pattern and p["score_before"].search(s.text[max(0, m.start() - 50):m.start()], timeout=t):
                continue  # "tổng tỷ số bàn thắng lên tới 10-1": a score, not a day
            add_day(m.start(), m.end(), d, mo)
            # the next days of a range or list: "ngày 20/5-10/7", "ngày 6/5 và 7/5"
            end = m.end()
            while (nxt := p["next_day"].match(s.text, end, timeout=t)) is not None:
                d2, mo2 = int(nxt.group(2)), int(nxt.group(3))
                if not _valid(d2, mo2):
                    break
                add_day(nxt.start("at"), nxt.end(), d2, mo2, chained=True)
                end = nxt.end()
        _relative(ctx, s, t)
        last_period = None  # the end of the sentence's last period
        for m in p["periods"].finditer(s.text, timeout=t):
            y1, y2 = [int(g) for g in m.groups() if g]
            if not (y1 < y2 <= y1 + 50):
                continue
            if m.group(5) and y2 == y1 + 1 and not (
                    last_period is not None and _PERIOD_LIST.fullmatch(s.text, last_period, m.start(), timeout=t)):
                continue  # "năm học 2024-2025", "V-League 2023-2024": a school year or a season (not the next
                # period of a list: "(2017 đến năm 2020 và 2022 - 2023)")
            last_period = m.end()
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                continue
            ctx.add(Period, a, b, start_year=y1, end_year=y2)
    _same_day_years(ctx, undated)


def _same_day_years(ctx, undated: list) -> None:
    """A day said again without a year is the same day as where the context gives it one (``Sáng 4-9,
    …`` after ``… khai giảng năm học 2024-2025 vào sáng 4-9``): it takes that year, unless the article
    gives the day and month two different years. A day written in full does not lend its year: a writer
    writes the year of a day that is not of the story's year (``Đêm ngày 12/9/2023, vụ cháy …`` in a
    report of 12/9 a year later)."""
    if not undated:
        return
    years: dict = {}
    for f in ctx.facts:
        if f.type == "date" and f.precision == "day" and f.year_inferred and not f.relative \
                and not f.value.startswith("--"):
            years.setdefault(f.value[5:], set()).add(f.value[:4])
    for f in undated:
        ys = years.get(f.value[2:])
        if ys and len(ys) == 1:
            f.value = f"{next(iter(ys))}-{f.value[2:]}"
            f.year_inferred = True
    _written_years(ctx, [f for f in undated if f.value.startswith("--")])
    _range_years(ctx, [f for f in undated if f.value.startswith("--")])


def _range_years(ctx, undated: list) -> None:
    """A day still without a year that opens or closes a range or list with a day that has one (``từ
    ngày 29/5 đến ngày 15/8`` with ``15/8`` given 2025; ``ngày 30/4-1/5``; ``dịp 30/4 và 1/5``) takes
    that day's year, or the year before (after) when its month comes later (earlier) than the other's,
    the two at most ``range_years.max_months`` months apart: the two ends of one range share a calendar.
    Only days joined by nothing but a joiner of ``ranges`` count (the facts' own openers, ``từ ngày``,
    ``đến ngày``, belong to them); a holiday is not a day of a range here (it keeps no year)."""
    if not undated:
        return
    months = int(load("dates")["range_years"]["max_months"])
    joined = _patterns()["range_joined"]
    days = sorted((f for f in ctx.facts if f.type == "date" and f.precision == "day" and not f.relative),
                  key=lambda f: f.start)
    pos = {id(f): k for k, f in enumerate(days)}
    changed = True
    while changed:
        changed = False
        for f in undated:
            k = pos.get(id(f))
            if k is None or not f.value.startswith("--"):
                continue
            mo = int(f.value[2:4])
            for g, before in ((days[k + 1] if k + 1 < len(days) else None, True), (days[k - 1] if k else None, False)):
                if g is None or g.value.startswith("--"):
                    continue
                a, b = (f.end, g.start) if before else (g.end, f.start)
                if b < a or b - a > 12 or not joined.fullmatch(ctx.text, a, b, timeout=ctx.timeout):
                    continue
                gy, gm = int(g.value[:4]), int(g.value[5:7])
                if before:  # f … g
                    year = gy if mo <= gm else gy - 1
                    gap = (gm - mo) % 12
                else:  # g … f
                    year = gy if mo >= gm else gy + 1
                    gap = (mo - gm) % 12
                if gap > months:
                    continue
                f.value = f"{year:04d}-{f.value[2:]}"
                f.year_inferred = True
                changed = True
                break


def _written_years(ctx, undated: list) -> None:
    """In an article without a publication date, a day still without a year takes the year the
    article writes out for it further on: the year of the same day written in full after it (``Dự kiến
    ngày 16/4 …`` then ``vào ngày 16/4/2025``), else the one year of the article's dates written in full
    (``Ngày 30/9, …`` then ``… từ ngày 02 tháng 10 năm 2020``; ``Ngày 25-2, … mục tiêu đến ngày
    1-7-2021``) when they all share it and the day, in that year, comes shortly before one of them
    (``written_year``: ``max_days`` days, or ``max_days_same_paragraph`` in the same paragraph), written
    after it. A day after the dates written in full, in time or in the text, is left alone: a writer
    spells out the year of a past day (``Đêm ngày 12/9/2022, vụ cháy …`` then ``Hôm 12/9, …`` a year later;
    ``Việc chưa thành, ngày 3/2/2023, …`` in a story of a later 11/4). The issuing dates of legal
    references (``Quyết định số 2525/QĐ-UBND ngày 05/7/2019``) are another document's and do not count,
    nor a birth date (``sinh ngày 22/06/1985``), nor a date of a year well before the latest year the body
    writes (``kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 2024)``). The one year of the dates
    written in full is lent only when the body writes no later year (``Hôm nay (23-4), tòa xét xử …``
    with ``Ngày 8-6-2023, cơ quan điều tra khởi tố …`` and ``Đầu năm 2024, tòa cấp cao hủy bản án …``:
    the dates written in full are a past story's)."""
    if not undated or ctx.doc_year:
        return
    legal = [(f.start, f.end + 30) for f in ctx.facts if f.type == "legal_ref"]
    rule = load("dates")["written_year"]
    birth = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(rule['not_after'])})\s*:?\s*(?:ngày\s+)?$", regex.I)
    written = [f for f in ctx.facts
               if f.type == "date" and f.precision == "day" and not f.year_inferred and not f.relative
               and f.value[:1] != "-" and not any(a < f.end and f.start < b for a, b in legal)
               and not birth.search(ctx.text, max(0, f.start - 20), f.start)]
    if not written:
        return
    # the latest year the body writes (not a goal's "đến năm 2030", "vào năm 2045", not the end of a range
    # "2021-2030"): a year lent from further back is a past story's ("27/7/1947" in a report of 2024)
    t = ctx.timeout
    goal = regex.compile(rf"(?<![\p{{L}}])(?:{_alt(rule['latest_not_after'])})\s+(?:năm\s+)?$", regex.I)
    ranges = [(m.start(), m.end()) for m in _RANGE.finditer(ctx.text, timeout=t)]  # in order, apart
    starts = [a for a, _ in ranges]

    def in_range(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ranges[k][1]

    latest = max((int(m.group(1)) for m in _ANY_YEAR.finditer(ctx.text, timeout=t)
                  if not in_range(m.start())
                  and not goal.search(ctx.text[max(0, m.start() - 30):m.start()], timeout=t)), default=0)
    written = [f for f in written if int(f.value[:4]) >= latest - int(rule["max_years_before_latest"])]
    years = {f.value[:4] for f in written}
    for f in undated:
        later = [w for w in written if w.start > f.start]
        ys = {w.value[:4] for w in later if w.value[5:] == f.value[2:]}
        year = next(iter(ys)) if ys and len(ys) == 1 else None
        if year is None and len(years) == 1 and int(next(iter(years))) >= latest:
            y = next(iter(years))
            try:
                day = _dt.date(int(y), int(f.value[2:4]), int(f.value[5:7]))
            except ValueError:
                continue
            para = ctx.paragraph_of(f.start)
            if any(0 <= (_dt.date.fromisoformat(w.value) - day).days
                   <= int(rule["max_days_same_paragraph" if ctx.paragraph_of(w.start) == para else "max_days"])
                   for w in later):
                year = y
        if year:
            f.value = f"{year}-{f.value[2:]}"
            f.year_inferred = True


def _previous_year(ctx, s, t: float) -> Optional[int]:
    """The year of the dates written in the sentence before ``s`` in its paragraph (``… trong tháng
    4-2023. Tính đến ngày 1-3 rồi, …`` → 2023), when they all share one written year (a day followed by
    ``vừa qua`` is recent and not checked here: ``sentence_year.recent_after``); dates issuing
    a legal reference and bare years do not count (a bare year is often the year reported on)."""
    if s.index == 0 or ctx.paragraph_of(s.start) != ctx.paragraph_of(s.start - 1):
        return None
    prev = s.index - 1
    legal = [(f.start, f.end + 30) for f in ctx.in_sentence(prev) if f.type == "legal_ref"]
    years = {f.value[:4] for f in ctx.in_sentence(prev)
             if f.type == "date" and not f.year_inferred and not f.relative and f.value[:1] != "-"
             and not any(a < f.end and f.start < b for a, b in legal)}
    return int(years.pop()) if len(years) == 1 else None


# ---------------------------------------------------------------- relative to the article's date

def _alt_words(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _relative_rules():
    d = load("relative_dates")
    lower = lambda m: {k.lower(): v for k, v in m.items()}  # noqa: E731
    tables = {k: lower(d[k]) for k in ("day_words", "month_words", "week_words", "weekdays",
                                          "year_words", "spelled_numbers")}
    units = lower(d["counted_units"])
    num = r"(?P<n>\d{1,3}|" + _alt_words(tables["spelled_numbers"]) + r")"
    not_after = r"(?!\s{0,3}(?:" + _alt_words(d["not_after"]) + r")(?![\p{L}]))"
    explicit_after = r"(?!\s{0,3}[(,]?\s{0,3}(?:(?:ngày|mùng|mồng)\s{1,3})?\d{1,2}\s?[/.-]\s?\d)"
    rx = regex.compile(
        r"(?<![\p{L}\d])(?:"
        r"(?P<wd>" + _alt_words(tables["weekdays"]) + r")\s+(?P<wk>" + _alt_words(tables["week_words"]) + r")"
        r"|tháng\s+(?P<mo>\d{1,2})\s+(?P<yr>" + _alt_words(tables["year_words"]) + r")"
        r"|(?:cách\s+đây\s+" + num.replace("?P<n>", "?P<n1>") + r"\s+(?P<u1>" + _alt_words(units) + r")(?:\s+trước)?)"
        r"|(?<!(?:" + _alt_words(d["not_before_count"]) + r")\s{1,3})" + num + r"\s+(?P<u>" + _alt_words(units) + r")\s+trước"
        r"|(?P<day>" + _alt_words(tables["day_words"]) + r")"
        r"|(?P<month>" + _alt_words(tables["month_words"]) + r")"
        r")(?![\p{L}\d])" + not_after + explicit_after, regex.I)
    return rx, tables, units


_ISO_PREFIX = regex.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _published_date(ctx):
    """(date or None, (year, month) or None) of the article's publication date."""
    p = ctx.article.published or ""
    m = _ISO_PREFIX.match(p)
    if not m:
        return None, None
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        return None, None
    day = None
    if m.group(3):
        try:
            day = _dt.date(y, mo, int(m.group(3)))
        except ValueError:
            day = None
    return day, (y, mo)


def _add_months(ym: tuple, n: int) -> str:
    k = ym[0] * 12 + ym[1] - 1 + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def _relative(ctx, s, t: float) -> None:
    """Dates relative to the article's date in sentence ``s`` (docs/format.md), ``relative=True``."""
    day, ym = _published_date(ctx)
    if ym is None:
        return
    rx, tables, units = _relative_rules()
    for m in rx.finditer(s.text, timeout=t):
        value, precision = None, "day"
        if m.group("wd") and day is not None:
            monday = day - _dt.timedelta(days=day.weekday())
            wk = tables["week_words"][_fold(m.group("wk"))]
            value = (monday + _dt.timedelta(weeks=wk, days=tables["weekdays"][_fold(m.group("wd"))])).isoformat()
        elif m.group("mo"):
            mo = int(m.group("mo"))
            if 1 <= mo <= 12:
                value, precision = f"{ym[0] + tables['year_words'][_fold(m.group('yr'))]:04d}-{mo:02d}", "month"
        elif m.group("u") or m.group("u1"):
            n_txt, unit = (m.group("n"), m.group("u")) if m.group("u") else (m.group("n1"), m.group("u1"))
            n = int(n_txt) if n_txt.isdigit() else tables["spelled_numbers"][_fold(n_txt)]
            if units[_fold(unit)] == "month":
                value, precision = _add_months(ym, -n), "month"
            elif day is not None:
                value = (day - _dt.timedelta(days=n)).isoformat()
        elif m.group("day") and day is not None:
            value = (day + _dt.timedelta(days=tables["day_words"][_fold(m.group("day"))])).isoformat()
        elif m.group("month"):
            value, precision = _add_months(ym, tables["month_words"][_fold(m.group("month"))]), "month"
        if value is None:
            continue
        a, b = s.start + m.start(), s.start + m.end()
        if ctx.is_claimed(a, b):
            continue
        ctx.add(Date, a, b, value=value, precision=precision, relative=True)


def _fold(w: str) -> str:
    return " ".join(w.lower().split())
