"""Cold start of one or more source trees, side by side: import + first ``extract`` of the typical
article, with and without ``to_json()``, in fresh processes.

    python benchmarks/cold_start.py [--runs 10] [SRC ...]     # default: this repository's src/

Each source tree gets its own byte-code cache and its own store of compiled patterns (primed
by one uncounted run of the short text, as ``bench.py`` does), then the runs are interleaved
(tree A, tree B, A, B, ...) so that a change in the machine's load falls on every tree alike.
Prints, per tree and per variant, the median CPU time (``process_time``) of import + first
extract (+ ``to_json``), the median of import alone, and the wall-clock median.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "002_97d673e06247b9f2.txt"

SNIPPET = ("import sys, time; t=time.perf_counter(); c=time.process_time(); import cchc_extract as cx; "
           "ci=time.process_time(); from pathlib import Path; "
           "doc = Path(sys.argv[1]).read_bytes() if len(sys.argv) > 1 and sys.argv[1] != '-' "
           "else 'Tỉnh Thái Nguyên đạt 99,5%.'; "
           "a = cx.extract(doc); "
           "j = a.to_json() if len(sys.argv) > 2 else None; "
           "print(time.perf_counter()-t, time.process_time()-c, ci-c)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="*", default=[str(ROOT / "src")])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--article", default=str(ARTICLE))
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="cchc-cold-")
    envs = []
    for k, src in enumerate(args.src):
        env = dict(os.environ)
        env["PYTHONPATH"] = src
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp.name, f"pyc{k}")
        env["CCHC_EXTRACT_CACHE_DIR"] = os.path.join(tmp.name, f"store{k}")
        p = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True, env=env,
                           cwd=ROOT)
        if p.returncode:
            raise SystemExit(p.stderr)
        envs.append(env)
    variants = {"extract": [args.article], "extract+to_json": [args.article, "json"]}
    res = {(k, v): [] for k in range(len(envs)) for v in variants}
    for _ in range(args.runs):
        for v, argv in variants.items():
            for k, env in enumerate(envs):
                p = subprocess.run([sys.executable, "-c", SNIPPET, *argv], capture_output=True,
                                   text=True, env=env, cwd=ROOT)
                if p.returncode:
                    raise SystemExit(p.stderr)
                res[(k, v)].append([float(x) for x in p.stdout.split()])
    for k, src in enumerate(args.src):
        for v in variants:
            rows = res[(k, v)]
            wall = statistics.median(r[0] for r in rows)
            cpu = statistics.median(r[1] for r in rows)
            imp = statistics.median(r[2] for r in rows)
            print(f"{src:40} {v:16} CPU median {cpu:.3f} s (import {imp:.3f} s), wall {wall:.3f} s, "
                  f"{len(rows)} runs: {' '.join(f'{r[1]:.3f}' for r in rows)}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
