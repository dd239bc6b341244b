"""The article's publication date from a metadata value, in whatever form the page carries it.

:func:`parse_published` takes one value — a page's date line (``Thứ ba, 14/05/2024 14:41
(GMT+7)``, ``TAM NGUYÊN - Thứ tư, 03/04/2024 19:23 (GMT+7)``, ``Cập nhật: 26-05-2024 |
20:25:39``), an RSS ``pubDate`` (``Mon, 10 Feb 2025 12:00:00 +0700``), a JSON-LD or JSONL
``published`` field (``2024-08-04T07:54:29.000 +07:00``, an epoch number), or a relative
stamp (``2 giờ trước``) together with the date the page was crawled — and gives the ISO date
``YYYY-MM-DD`` (``YYYY-MM`` for an ISO month), or ``None`` when the value is not a complete,
valid date.

How:

1. ISO 8601 values, epoch seconds and the numeric day-first form (``14/05/2024``,
   ``26-05-2024``) are read exactly by patterns (0.01 ms; a dateparser call takes 1–3 ms);
2. anything else goes to dateparser (``languages`` from ``data/published.json``), configured
   so that nothing is filled in: ``REQUIRE_PARTS`` day, month and year, ``DATE_ORDER`` DMY,
   ``STRICT_PARSING``; a byline or label before the date (``Lữ Phong |``, ``Cập nhật:``),
   the weekday (dateparser reads ``Thứ Năm 19/09/2024`` as 2024-09-09), counters after it and
   whatever follows a relative stamp (``4 giờ trước THE RUINED KING``) are dropped first;
3. a value whose result depends on the reference moment (``2 giờ trước``, ``hôm qua``) is
   detected by parsing it against two different ``RELATIVE_BASE`` s: without ``base`` it is
   ``None`` — never resolved against today — and with ``base`` it is resolved against it. A
   ``base`` without a time of day stands for the whole day: ``2 giờ trước`` stays on it.

:func:`legal_date` reads a legal text's own date from its header (``Bình Dương, ngày 11 tháng 10
năm 2018``, a legal database's ``Ngày ban hành | 12/09/2025`` row), and :func:`labelled_date` the
date a section line labels (``Chuyên mục: … | Đăng ngày: 11/04/2017``); the clean stage uses them.

Dates are Vietnam's calendar: a value with another UTC offset is converted to UTC+7 first
(``Mon, 10 Feb 2025 23:30:00 +0000`` → ``2025-02-11``), as the site itself prints it.

dateparser is imported on first use (about 0.1 s, and 0.4 s to load its language data on the
first parse, once per process); ISO and numeric values never import it.
"""
from __future__ import annotations

import datetime as _dt
import unicodedata
from functools import lru_cache
from typing import Any, Optional

from . import rx as regex

from .resources import load

VN_TZ = _dt.timezone(_dt.timedelta(hours=7))
_MAX_CHARS = 160
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_EPOCH_MIN = int(_dt.datetime(1995, 1, 1, tzinfo=_dt.timezone.utc).timestamp())
_EPOCH_MAX = int(_dt.datetime(2100, 1, 1, tzinfo=_dt.timezone.utc).timestamp())

_ISO = regex.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d{1,9})?)?"
    r"\s?(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?")
_EPOCH = regex.compile(r"\d{9,10}(?:\.\d+)?")
_DMY = regex.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-]\d)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WS = regex.compile(r"\s+")
# two reference moments far apart: a result that moves with them was computed from them
_PROBES = (_dt.datetime(2001, 3, 14, 9, 26, tzinfo=VN_TZ), _dt.datetime(2011, 8, 27, 18, 53, tzinfo=VN_TZ))


def parse_published(value: Any, base: Any = None) -> Optional[str]:
    """The ISO publication date in ``value``, or ``None`` if it holds no complete valid date.

    ``base`` is the moment the page was seen (a crawl date: ``datetime``, ``date`` or ISO
    string); it is used only by relative values (``2 giờ trước``). Never raises.
    """
    try:
        return _parse(value, base)
    except Exception:  # noqa: BLE001 - a metadata value must never stop a document
        return None


def _parse(value: Any, base: Any) -> Optional[str]:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(value)
    if isinstance(value, _dt.datetime):
        return _day(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = _WS.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if not s or len(s) > _MAX_CHARS:
        return None
    iso = _iso(s)
    if iso is not False:
        return iso
    if _EPOCH.fullmatch(s):
        return _from_epoch(float(s))
    return _free_form(s, _base(base))


def _iso(s: str):
    """ISO 8601 → date string; None for an ISO-shaped but invalid value; False if not ISO."""
    m = _ISO.fullmatch(s)
    if not m:
        return False
    y, mo = int(m["y"]), int(m["m"])
    if m["d"] is None:
        return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 and _MIN_YEAR <= y <= _MAX_YEAR else None
    try:
        d = _dt.datetime(y, mo, int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0))
    except ValueError:
        return None
    tz = m["tz"]
    if tz:
        if tz == "Z":
            off = _dt.timedelta(0)
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            off = sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        d = d.replace(tzinfo=_dt.timezone(off))
    return _day(d)


def _from_epoch(x: float) -> Optional[str]:
    if not (_EPOCH_MIN <= x < _EPOCH_MAX):
        return None
    return _day(_dt.datetime.fromtimestamp(x, tz=_dt.timezone.utc))


def _day(d: _dt.datetime) -> Optional[str]:
    if d.tzinfo is not None:
        d = d.astimezone(VN_TZ)
    if not (_MIN_YEAR <= d.year <= _MAX_YEAR):
        return None
    return d.date().isoformat()


def _base(base: Any) -> Optional[_dt.datetime]:
    """The reference moment as an aware datetime; a bare date is the end of that day."""
    if base is None:
        return None
    if isinstance(base, str):
        m = _ISO.fullmatch(base.strip())
        if not m or m["d"] is None:
            return None
        if m["H"] is None:
            base = _dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        else:
            base = _dt.datetime.fromisoformat(_WS.sub("", base.strip()).replace("Z", "+00:00"))
    if isinstance(base, _dt.datetime):
        return base if base.tzinfo else base.replace(tzinfo=VN_TZ)
    if isinstance(base, _dt.date):
        return _dt.datetime(base.year, base.month, base.day, 23, 59, 59, tzinfo=VN_TZ)
    return None


@lru_cache(maxsize=1)
def _rules():
    data = load("published")
    return (data["languages"],
            regex.compile(data["date_start"]["pattern"], regex.I),
            regex.compile(data["weekday"]["pattern"], regex.I),
            regex.compile(data["separators"]["pattern"]),
            regex.compile(data["tail_junk"]["pattern"], regex.I),
            regex.compile(data["relative_end"]["pattern"], regex.I))


def _candidates(s: str) -> list[str]:
    """``s`` and its tails from each place a date may start (the first few), cleaned."""
    _, start_rx, weekday_rx, sep_rx, junk_rx, rel_end_rx = _rules()
    s = junk_rx.sub("", sep_rx.sub(" ", s, timeout=0.5), timeout=0.5).strip()
    out = []
    for m in start_rx.finditer(s, timeout=0.5):
        if len(out) >= 4:
            break
        if m.start() > 0:
            out.append(s[m.start():])
    cands = []
    for c in [s, *out]:
        c = weekday_rx.sub("", c, timeout=0.5).strip()
        end = rel_end_rx.search(c, timeout=0.5)
        for c in (c, c[:end.end()] if end else ""):  # a relative stamp without what follows it
            if c and c not in cands:
                cands.append(c)
    return cands


@lru_cache(maxsize=1)
def _label_rx():
    return regex.compile(load("published")["date_label"]["pattern"], regex.I)


def labelled_date(line: str, base: Any = None) -> Optional[str]:
    """The publication date a navigation line labels (``Chuyên mục: … | Đăng ngày: 11/04/2017`` →
    ``2017-04-11``; ``data/published.json`` ``date_label``), or None. Never raises."""
    try:
        m = _label_rx().search(line, timeout=0.5)
        return parse_published(line[m.end():], base=base) if m else None
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=1)
def _page_line_rules():
    d = load("published")
    return regex.compile(d["clock_line"]["pattern"], regex.I), regex.compile(d["related_heading"]["pattern"], regex.I)


def is_clock_line(line: str) -> bool:
    """Whether ``line`` may be the site's clock (``Hôm nay: Thứ hai, 07/12/2026``, ``Thứ hai, ngày
    07/12/2026`` with no time of day): today's date in the header, not the article's. A weekday line
    is the clock only in the header; the caller checks where it stands."""
    try:
        return bool(_page_line_rules()[0].search(line, timeout=0.5))
    except Exception:  # noqa: BLE001
        return False


def is_related_heading(line: str) -> bool:
    """Whether ``line`` heads other articles' teasers (``Tin liên quan``, ``Các tin khác``)."""
    try:
        return bool(_page_line_rules()[1].search(line, timeout=0.5))
    except Exception:  # noqa: BLE001
        return False


@lru_cache(maxsize=1)
def _legal_rules():
    return regex.compile(load("published")["legal_date"]["pattern"]), regex.compile(r"\s*Căn cứ(?![\p{L}])")


def legal_date(lines: list) -> Optional[str]:
    """The date of a legal text from its header ``lines`` (``data/published.json`` ``legal_date``):
    the place-and-date line (``Bình Dương, ngày 11 tháng 10 năm 2018``, maybe broken over lines) or
    a legal database's ``Ngày ban hành | 12/09/2025`` row, read before the first ``Căn cứ`` recital
    (whose dates are other documents'); None when the header has none. Never raises."""
    try:
        rx, recital = _legal_rules()
        head = []
        for ln in lines[:80]:
            if recital.match(ln, timeout=0.5):
                break
            head.append(ln)
        m = rx.search("\n".join(head), timeout=0.5)
        if not m:
            return None
        d, mo, y = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        return _dt.date(int(y), int(mo), int(d)).isoformat() if _MIN_YEAR <= int(y) <= _MAX_YEAR else None
    except Exception:  # noqa: BLE001 - a header must never stop a document
        return None


def _settings(relative_base: _dt.datetime) -> dict:
    return {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "RELATIVE_BASE": relative_base.replace(tzinfo=None),
        "TIMEZONE": "+0700",
        "TO_TIMEZONE": "+0700",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PARSERS": ["timestamp", "relative-time", "absolute-time"],
    }


def _dateparser_parse(text: str, relative_base: _dt.datetime) -> Optional[_dt.datetime]:
    import dateparser  # lazy: its import and language data cost ~0.5 s once per process

    langs = _rules()[0]
    return dateparser.parse(text, languages=langs, settings=_settings(relative_base))


def _numeric_dmy(s: str):
    """The first valid ``d/m/yyyy`` (``-`` or ``.`` too) in ``s``; None if the only ones are
    impossible dates (``31/02/2024``); False if there is none."""
    found = False
    for m in _DMY.finditer(s, timeout=0.5):
        found = True
        try:
            return _dt.date(int(m.group(4)), int(m.group(3)), int(m.group(1))).isoformat()
        except ValueError:
            continue
    return None if found else False


def _free_form(s: str, base: Optional[_dt.datetime]) -> Optional[str]:
    # the common Vietnamese numeric form is read exactly (0.01 ms; dateparser 1–3 ms)
    dmy = _numeric_dmy(s)
    if dmy is not False:
        return dmy
    cands = _candidates(s)
    for cand in cands:
        iso = _iso(cand)
        if iso is not False:
            return iso
    for cand in cands:
        first = _dateparser_parse(cand, _PROBES[0])
        if first is None:
            continue
        if not _YEAR.search(cand):
            # no year written: the result is absolute only if it ignores the reference moment
            second = _dateparser_parse(cand, _PROBES[1])
            if second is None or second != first:
                if base is None:
                    return None
                got = _dateparser_parse(cand, base.astimezone(VN_TZ))
                return _day(got) if got is not None else None
        return _day(first)
    return None
