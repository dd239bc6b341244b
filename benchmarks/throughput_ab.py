"""Pipeline throughput of one or more source trees, side by side: chars/s of ``cx.extract`` over
every ``corpus/*.txt`` file, CPU time (``process_time``), one fresh process per tree and round,
the rounds interleaved (A, B, A, B, ...) so that a change in the machine's load falls on every
tree alike. Each process warms up on the corpus once (not counted), then times ``--passes``
passes. Prints each tree's median chars/s and its per-round figures.

    python benchmarks/throughput_ab.py [--rounds 5] [--passes 1] [SRC ...]   # default: src/
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

SNIPPET = r"""
import sys, time
from pathlib import Path
import cchc_extract as cx
docs = [(p.stem, p.read_bytes()) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
chars = sum(len(d.decode("utf-8", "replace")) for _, d in docs)
for k, d in docs:
    cx.extract(d, doc_id=k)
t = time.process_time()
for _ in range(int(sys.argv[2])):
    for k, d in docs:
        cx.extract(d, doc_id=k)
dt = time.process_time() - t
print(chars * int(sys.argv[2]) / dt)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="*", default=[str(ROOT / "src")])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="cchc-tp-")
    envs = []
    for k, src in enumerate(args.src):
        env = dict(os.environ, PYTHONPATH=src, CCHC_EXTRACT_CACHE_DIR=os.path.join(tmp.name, f"store{k}"))
        envs.append(env)
    res: dict = {k: [] for k in range(len(envs))}
    for r in range(args.rounds):
        for k, env in enumerate(envs):
            p = subprocess.run([sys.executable, "-c", SNIPPET, args.corpus, str(args.passes)],
                               capture_output=True, text=True, env=env, cwd=ROOT)
            if p.returncode:
                raise SystemExit(p.stderr)
            res[k].append(float(p.stdout.split()[-1]))
            print(f"round {r + 1} {args.src[k]}: {res[k][-1]:,.0f} chars/s", file=sys.stderr, flush=True)
    base = statistics.median(res[0])
    for k, src in enumerate(args.src):
        m = statistics.median(res[k])
        print(f"{src:40} median {m:,.0f} chars/s ({m / base:.2f}x the first), "
              f"rounds: {', '.join(f'{v:,.0f}' for v in res[k])}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
