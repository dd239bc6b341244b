"""Publication dates given by the input (a JSONL ``published`` field, a database column).

One function, :func:`parse_published`, so every reader validates the same way: a value
that is not a date is not copied into the article (the reader adds a warning instead).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

__all__ = ["parse_published"]

VN_TZ = _dt.timezone(_dt.timedelta(hours=7))
_YM = re.compile(r"(\d{4})-(\d{2})")
_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATETIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
                       r"(?:Z|[+-]\d{2}(?::?\d{2})?)?")


def parse_published(value: object, base: Optional[_dt.date] = None) -> Optional[str]:
    """The ISO date of ``value`` — ``YYYY-MM-DD`` (also from an ISO datetime string; one with
    a UTC offset is first converted to Vietnam's time, UTC+7) or ``YYYY-MM`` — or None when it
    is not a valid date (``"not a date"``, ``"2020-13-45"``, non-strings).

    ``base``: the date relative expressions would be resolved against (unused by this ISO
    parser; part of the signature so a fuller parser can replace this one).
    """
    if not isinstance(value, str):
        return None
    v = value.strip()
    if len(v) > 64:
        return None
    m = _YMD.fullmatch(v)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    if _DATETIME.fullmatch(v):
        try:
            t = _dt.datetime.fromisoformat(v.replace(",", "."))
        except ValueError:
            return None
        if t.tzinfo is not None:  # the day as printed in Vietnam
            t = t.astimezone(VN_TZ)
        return t.date().isoformat()
    m = _YM.fullmatch(v)
    if m and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) >= 1:
        return f"{m.group(1)}-{m.group(2)}"
    return None
