#!/usr/bin/env python3
"""The JSON records of a fixed set of documents, to check that a change keeps the output
byte-identical (see the README's Speed section).

    python benchmarks/snapshot.py OUT.jsonl            # write the records
    python benchmarks/snapshot.py OUT.jsonl --compare BEFORE.jsonl   # and compare them

The documents: every ``corpus/NNN_*.txt`` file numbered below 113 and the first 300 records
of ``../shared/crawl/trends-vn-2024.jsonl.gz`` (left out, with a note, when absent). The
document time limit is raised so that a loaded machine cannot turn a record into ``timeout``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CRAWL = ROOT.parent / "shared" / "crawl" / "trends-vn-2024.jsonl.gz"


def documents():
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        if p.name[:3].isdigit() and int(p.name[:3]) < 113:
            yield p.stem, p
    if not CRAWL.exists():
        print(f"note: {CRAWL} absent, crawl records left out", file=sys.stderr)
        return
    with gzip.open(CRAWL, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            rec = json.loads(line)
            yield rec["id"], (rec["text"], rec.get("url"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier output to compare with, line by line")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    import cchc_extract as cx
    from cchc_extract.limits import Limits

    limits = Limits(doc_timeout=3600.0)
    lines, cpu = [], 0.0
    for doc_id, doc in documents():
        t = time.process_time()
        if isinstance(doc, Path):
            rec = cx.extract(doc, limits=limits)
        else:
            rec = cx.extract(doc[0], doc_id=doc_id, source=doc[1], limits=limits)
        cpu += time.process_time() - t
        lines.append(rec.to_json())
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} records, {cpu:.2f} s CPU -> {args.out}")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        diff = [i for i, (a, b) in enumerate(zip(before, lines)) if a != b]
        if len(before) != len(lines) or diff:
            print(f"DIFFERENT: {len(before)} vs {len(lines)} records; differing lines {diff[:20]}")
            return 1
        print("identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
