#!/usr/bin/env python3
"""The CPU time each compiled pattern of the package spends scanning, over one warm pass of
the ``corpus/`` files (see the README's "Which patterns cost the time" section).

    python benchmarks/pattern_cost.py [--top 25]

Every pattern made through ``cchc_extract.rx.compile`` is wrapped, before the package is
imported, in an object that times its ``search``/``match``/``fullmatch``/``findall``/``sub``/
``subn``/``split`` calls and its ``finditer`` (the matches are collected inside the timing, so
the scan is counted where it is started). The pass is run once to warm the caches, then timed.
The wrapper's own overhead is in the pass's total, not in the patterns' times.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    import regex

    from cchc_extract import gate, rx

    cost: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()

    class Timed:
        __slots__ = ("_p",)

        def __init__(self, p) -> None:
            self._p = p

        def __getattr__(self, name):
            return getattr(self._p, name)

    def timed(name: str, collect: bool = False):
        def call(self, *a, **k):
            t = time.perf_counter()
            r = getattr(self._p, name)(*a, **k)
            if collect:
                r = iter(list(r))
            cost[self._p.pattern] += time.perf_counter() - t
            calls[self._p.pattern] += 1
            return r
        return call

    for n in ("search", "match", "fullmatch", "findall", "sub", "subn", "split"):
        setattr(Timed, n, timed(n))
    Timed.finditer = timed("finditer", collect=True)
    compile_ = rx.compile

    def wrapped(pattern, flags=0, **kwargs):
        p = compile_(pattern, flags, **kwargs)
        # a gated pattern (cchc_extract.gate) is timed with its gate: what its callers pay
        return Timed(p) if isinstance(p, (regex.Pattern, gate.Gated)) else p

    rx.compile = wrapped

    import cchc_extract as cx
    from cchc_extract.limits import Limits

    limits = Limits(doc_timeout=3600.0)
    docs = [p.read_bytes() for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for d in docs:
        cx.extract(d, limits=limits)
    cost.clear()
    calls.clear()
    t = time.process_time()
    for d in docs:
        cx.extract(d, limits=limits)
    total = time.process_time() - t
    scans = sum(cost.values())
    print(f"{len(docs)} documents: {total:.2f} s CPU; {scans:.2f} s ({100 * scans / total:.0f} %) "
          f"in the scans of {len(cost)} patterns")
    for p, c in cost.most_common(args.top):
        print(f"{1000 * c:7.1f} ms {100 * c / total:4.1f} % {calls[p]:6d} calls  {p[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
