"""Numbers: percentages, targets, ratios and quantities (SPEC §3; GUIDE §4–§6).

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
- rank goals ``nằm trong Tốp 10`` are targets with unit ``rank``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..models import Percentage, Quantity, Ratio, Target
from ..resources import load
from ..patterns import has_digit
from .base import extractor

NUM = r"(?<![\d.,/\p{L}])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2})(?![\d]|[.,]\d)"
_PCT = regex.compile(r"(?P<num>" + NUM + r")\s?(?:%|phần trăm)")
_RATIO = regex.compile(r"(?<![\d.,/\p{L}])(?P<a>\d{1,4}(?:[.,]\d{1,4})?)\s?/\s?(?P<b>\d{1,4}(?:[.,]\d{1,4})?)(?![\d/%]|[.,]\d)")
_QTY = regex.compile(r"(?P<num>" + NUM + r")(?=\s+[\p{L}])")
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}&\-]*")
_BLANKS = regex.compile(r"[ \t]+")
_YEAR_NUM = regex.compile(r"(?:19|20)\d{2}")
_RANGE_END = regex.compile(r"\s*(?:đến|-|–|tới)\s*(" + NUM + r")\s?%")
_RANK_UNIT = regex.compile(r"\s*(?:bậc|hạng)")


def parse_number(s: str) -> float:
    """``99,82`` → 99.82; ``1.650`` → 1650; ``99.44`` → 99.44; ``02`` → 2."""
    s = s.strip()
    if "," in s:
        whole, frac = s.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    if "." in s:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(s)
    return float(s)


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
    trig = d["target_triggers"]
    trigger_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(trig["patterns"]) + r")(?![\p{L}])", regex.I)
    negated_rx = regex.compile(r"(?:" + "|".join(trig["negated_by_before"]) + r")\s*$", regex.I)
    achieved_rx = regex.compile(r"(?<![\p{L}])(?:" + "|".join(d["achieved_markers"]["patterns"]) + r")(?![\p{L}])", regex.I)
    rank_goal_rx = regex.compile(d["rank_goal"]["pattern"], regex.I)
    spelled = d["spelled_numbers"]
    nouns = sorted(d["count_nouns"], key=len, reverse=True)
    spelled_rx = regex.compile(r"(?<![\p{L}])(?P<w>" + "|".join(spelled) + r")\s+(?P<noun>" + "|".join(regex.escape(n) for n in nouns) + r")(?![\p{L}])", regex.I)
    not_before = sorted(d["not_count_before"], key=len, reverse=True)
    not_before_rx = regex.compile(r"(?:^|[^\p{L}])(?:" + "|".join(regex.escape(w) for w in not_before) + r")\s*$", regex.I)
    not_units = {u.casefold() for u in d["not_count_units"]}
    stops = {w.casefold() for w in d["unit_stop_words"]}
    return dict(before_rx=before_rx, before_map=before_map, after_rx=after_rx, after=after,
                trigger_rx=trigger_rx, negated_rx=negated_rx, achieved_rx=achieved_rx,
                rank_goal_rx=rank_goal_rx, spelled=spelled, spelled_rx=spelled_rx,
                not_before_rx=not_before_rx, not_units=not_units, stops=stops,
                max_unit=int(d["max_unit_words"]))


def comparator(text: str, start: int, end: int, t: float) -> tuple[str, int]:
    """The comparator of the number at ``text[start:end]`` and where the comparator phrase ends."""
    d = _data()
    m = d["after_rx"].match(text, end, timeout=t)
    if m:
        return d["after"][m.group(1).lower()] if m.group(1).lower() in d["after"] else "gte", m.end()
    m = d["before_rx"].search(text[max(0, start - 30):start], timeout=t)
    if m:
        return d["before_map"].get(m.group(1).casefold(), "eq"), end
    return "eq", end


def noun_phrase(text: str, pos: int, t: float) -> Optional[str]:
    """The counted noun phrase starting at ``pos`` (GUIDE §4 'unit'), or None."""
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
        if low in d["stops"] or two in d["stops"]:
            break
        words.append(token)
        i = w.end()
    return " ".join(words) if words else None


def _goal_scope(sentence: str, t: float) -> list[tuple[int, int]]:
    """Spans of the sentence in which numbers are goals."""
    d = _data()
    scopes = []
    for m in d["trigger_rx"].finditer(sentence, timeout=t):
        if d["negated_rx"].search(sentence[max(0, m.start() - 30):m.start()], timeout=t):
            continue
        end = len(sentence)
        if sentence[max(0, m.start() - 1):m.start()] == "(":
            close = sentence.find(")", m.end())
            end = close if close > 0 else end
        scopes.append((m.start(), end))
    return scopes


def _in_goal(sentence: str, pos: int, scopes: list[tuple[int, int]], t: float) -> Optional[int]:
    d = _data()
    for a, b in scopes:
        if a <= pos < b:
            between = sentence[a:pos]
            if d["achieved_rx"].search(between, timeout=t):
                continue
            return a
    return None


@lru_cache(maxsize=1)
def _deadline_patterns():
    """The deadline patterns, with ``data/numbers.json`` ``deadlines``."""
    d = load("numbers")["deadlines"]
    year = regex.compile(r"(?:(?:" + "|".join(regex.escape(w) for w in d["year_before"]) + r")\s+)?(?:" + regex.escape(d["year_end"]) +
                         r"\s+)?năm\s+(?P<y>(?:19|20)\d{2}|" + regex.escape(d["this_year"]) + r")(?!\d)", regex.I)
    date_before = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in d["date_before"]) + r")\s*$")
    return year, date_before, d["this_year"]


def _deadline(ctx, s, trigger_pos: int) -> Optional[str]:
    t = ctx.timeout
    year_rx, date_before, this_year = _deadline_patterns()
    for f in ctx.in_sentence(s.index):
        if f.type == "date" and f.precision == "day" \
                and date_before.search(ctx.text[max(0, f.start - 12):f.start], timeout=t) \
                and not f.value.startswith("--"):
            return f.value
    for m in year_rx.finditer(s.text, timeout=t):
        y = m.group("y")
        if y.lower() == this_year:
            if ctx.doc_year:
                return str(ctx.doc_year)
            continue
        # "giai đoạn 2021 - 2025" years belong to the period, not a deadline
        if any(f.type == "period" and f.start <= s.start + m.start("y") < f.end for f in ctx.in_sentence(s.index)):
            continue
        return y
    return None


def _period(ctx, s) -> Optional[str]:
    for f in ctx.in_sentence(s.index):
        if f.type == "period":
            return f"{f.start_year}-{f.end_year}"
    f = ctx.last_before("period", s.index)  # the latest earlier period: if not in this paragraph, none is
    if f is not None and _same_paragraph(ctx, f.start, s.start):
        return f"{f.start_year}-{f.end_year}"
    return None


def _same_paragraph(ctx, a: int, b: int) -> bool:
    return ctx.text.find("\n", a, b) < 0


def _heading_goals(ctx) -> dict[int, tuple]:
    """Paragraph index → (deadline, period) for paragraphs listed under a goal heading."""
    d = _data()
    t = ctx.timeout
    out: dict[int, tuple] = {}
    current = None
    for i, p in enumerate(ctx.article.paragraphs):
        ptext = ctx.text[p.start:p.end].strip()
        if ptext.endswith(":"):
            current = None
            if d["trigger_rx"].search(ptext, timeout=t) or regex.search(r"giai đoạn\s+\d{4}", ptext, regex.I, timeout=t):
                ys = regex.findall(r"(?:năm)\s+((?:19|20)\d{2})", ptext, timeout=t)
                per = regex.search(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", ptext, timeout=t)
                current = (ys[-1] if ys else None, f"{per.group(1)}-{per.group(2)}" if per else None)
            continue
        if current is not None:
            out[i] = current
    return out


@extractor(produces=("percentage", "ratio", "quantity", "target"),
           requires=("legal_ref", "date", "period", "ranking"))
def extract(ctx) -> None:
    d = _data()
    t = ctx.timeout
    headed = _heading_goals(ctx)
    for s in ctx.sentences():
        digits = has_digit(s.text)  # a sentence without one has only spelled-out counts
        scopes = _goal_scope(s.text, t) if digits else []
        deadline = period = None
        under = headed.get(ctx.paragraph_of(s.start)) if digits else None
        if under is not None:
            scopes = [(0, len(s.text))] + scopes
            deadline, period = under
        if scopes:
            deadline = _deadline(ctx, s, scopes[0][0]) or deadline
            period = _period(ctx, s) or period
        # rank goals
        for m in d["rank_goal_rx"].finditer(s.text, timeout=t):
            if _in_goal(s.text, m.start(), scopes, t) is None:
                continue
            a, b = s.start + m.start(), s.start + m.end()
            if not ctx.is_claimed(a, b):
                ctx.add(Target, a, b, value=float(m.group(1)), unit="rank", comparator="lte",
                        deadline=deadline, period=period)
        # percentages and percentage goals
        skip_until = -1
        for m in _PCT.finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b) or m.start() < skip_until:
                continue
            value = parse_number(m.group("num"))
            comp, _ = comparator(s.text, m.start(), m.end(), t)
            goal = _in_goal(s.text, m.start(), scopes, t)
            if goal is not None:
                rng = _RANGE_END.match(s.text[m.end():], timeout=t)
                if rng:
                    skip_until = m.end() + rng.end()
                    comp = "gte"
                    b = s.start + skip_until
                ctx.add(Target, a, b, value=value, unit="%", comparator=comp, deadline=deadline, period=period)
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
        # quantities
        for m in _QTY.finditer(s.text, timeout=t):
            a, b = s.start + m.start(), s.start + m.end()
            if ctx.is_claimed(a, b):
                continue
            raw = m.group("num")
            if _YEAR_NUM.fullmatch(raw):
                continue  # a year
            if d["not_before_rx"].search(s.text[max(0, m.start() - 20):m.start()], timeout=t):
                continue
            unit = noun_phrase(s.text, m.end(), t)
            if not unit:
                continue
            first = unit.split()[0].casefold()
            two = " ".join(unit.split()[:2]).casefold()
            if first in d["not_units"] or two in d["not_units"]:
                continue
            value = parse_number(raw)
            goal = _in_goal(s.text, m.start(), scopes, t)
            if goal is not None and not _RANK_UNIT.match(s.text[m.end():]):
                comp, _ = comparator(s.text, m.start(), m.end(), t)
                ctx.add(Target, a, b, value=value, unit=unit, comparator=comp, deadline=deadline, period=period)
            else:
                ctx.add(Quantity, a, b, value=value, unit=unit)
        # spelled-out counts: "năm tỉnh Tây Nguyên", "hai khâu"
        for m in d["spelled_rx"].finditer(s.text, timeout=t):
            a, b = s.start + m.start("w"), s.start + m.end("w")
            if ctx.is_claimed(a, b):
                continue
            if m.group("w").lower() == "năm" and regex.search(r"(?:cả|mỗi|hằng|hàng|trong|các|những|một)\s*$", s.text[max(0, m.start() - 8):m.start()], regex.I) and not regex.search(r"cả\s*$", s.text[max(0, m.start() - 4):m.start()], regex.I):
                continue
            unit = noun_phrase(s.text, m.end("w"), t) or m.group("noun")
            ctx.add(Quantity, a, b, value=float(d["spelled"][m.group("w").lower()]), unit=unit)
