"""The size sweep of ``bench.py`` alone: chars/s (CPU) of documents of 10 KB, 100 KB, 1 MB and
5 MB made of the corpus's article bodies, per stage. A linear pipeline keeps its rate at every size.

    python benchmarks/sweep.py [--total 2000000]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--total", type=int, default=2_000_000, help="characters per size (default 2,000,000)")
    args = ap.parse_args()
    import cchc_extract as cx

    docs = [(p.stem, p.read_bytes()) for p in sorted(bench.CORPUS.glob("*.txt"))]
    bodies = bench.article_bodies(cx, docs)
    rows = bench.bench_sizes(cx, bodies, total=args.total)
    base = rows[0]["chars_per_s"]
    for r in rows:
        stages = ", ".join(f"{k.replace('extract: ', '')} {v / 1e6:.2f}M" for k, v in r["stages_chars_per_s"].items()
                           if v is not None)
        print(f"{r['size_chars']:>9,} chars × {r['documents']:>3}: {r['chars_per_s']:>9,.0f} chars/s "
              f"({r['chars_per_s'] / base:.2f}× the first size) [{stages}]")


if __name__ == "__main__":
    main()
