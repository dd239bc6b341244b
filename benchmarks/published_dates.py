"""Publication dates from metadata values: the test set read three ways.

    python benchmarks/published_dates.py [--show]

Reads ``tests/data/published_dates.json`` (values as sites and crawls carry them, each with the
date a reader gives it; ``dev`` cases were in view while ``parse_published`` was written, ``held
out`` ones were collected after) and counts, per part, the right answers of

* ``dateparser alone``: ``dateparser.parse(value, languages=["vi", "en"])`` with default
  settings and ``RELATIVE_BASE`` = the case's base (or none), date part of the result;
* ``old``: the clean stage's numeric pattern (``clean._date_in``) as it read date lines before
  ``parse_published``; JSONL values were copied unchecked, so a value in ISO form counts as read;
* ``final``: :func:`cchc_extract.published.parse_published`.

A case whose expected answer is ``null`` is right only when the reader returns nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cchc_extract.clean import _date_in  # noqa: E402
from cchc_extract.published import _base, parse_published  # noqa: E402


def dateparser_alone(value, base):
    import dateparser

    if not isinstance(value, str):
        value = str(value)
    settings = {}
    b = _base(base)
    if b is not None:
        settings["RELATIVE_BASE"] = b.replace(tzinfo=None)
    got = dateparser.parse(value, languages=["vi", "en"], settings=settings)
    return got.date().isoformat() if got else None


def old(value, base):
    if not isinstance(value, str):
        return None
    return _date_in(value) or (value if value[:4].isdigit() and "-" in value[:5] else None)


def main() -> None:
    cases = json.loads((ROOT / "tests" / "data" / "published_dates.json").read_text("utf-8"))["cases"]
    readers = {"dateparser alone": dateparser_alone, "old": old, "final": parse_published}
    show = "--show" in sys.argv
    for split, part in (("dev", [c for c in cases if not c.get("held_out")]),
                        ("held out", [c for c in cases if c.get("held_out")])):
        right = {k: 0 for k in readers}
        for c in part:
            row = []
            for name, fn in readers.items():
                got = fn(c["value"], c["base"])
                ok = got == c["expected"]
                right[name] += ok
                row.append(f"{'✓' if ok else '✗'} {got}")
            if show:
                print(f"{str(c['value'])[:48]:48} base={c['base'] or '-':26} want={c['expected']}  " + " | ".join(row))
        sites = len({c["site"].split()[0] for c in part})
        print(f"\n{split}: {len(part)} metadata date values from {sites} sites/sources "
              f"({sum(c['expected'] is None for c in part)} with no valid date)")
        for name, n in right.items():
            print(f"  {name:18} {n:3d}/{len(part)} right  ({n / len(part):.1%})")


if __name__ == "__main__":
    main()
