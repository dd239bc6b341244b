"""Regenerate the README's results section: the eval table (with the underthesea baseline for
officials) and the benchmark output, measured now on this machine.

    python benchmarks/results.py            # rewrites README.md between the results markers
    python benchmarks/results.py --quick    # 2 MB benchmark instead of 5 MB
"""
from __future__ import annotations

import argparse
import io
import platform
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- results:start -->", "<!-- results:end -->"


def eval_table() -> str:
    from cchc_extract.evaluate import run

    buf = io.StringIO()
    run(ROOT / "annotations", None, baseline="underthesea", out=buf)
    return buf.getvalue().rstrip()


def relative_dates_row() -> str:
    """The ``date (relative)`` row on the relative-date gold set (crawled posts that state their date)."""
    from cchc_extract.evaluate import run

    buf = io.StringIO()
    run(ROOT / "annotations" / "relative-dates", None, out=buf)
    lines = buf.getvalue().splitlines()
    head = [ln for ln in lines if ln.startswith("type ")][:1]
    docs = [ln for ln in lines if ln.startswith("documents:")][:1]
    return "\n".join(docs + head + [ln for ln in lines if ln.startswith("date (relative)")])


def bench(mb: float) -> str:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--mb", str(mb)],
                         capture_output=True, text=True, cwd=ROOT, timeout=3600)
    return out.stdout.rstrip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--eval-only", action="store_true", help="re-measure accuracy, keep the last benchmark output")
    ns = ap.parse_args()
    n_docs = len([p for p in (ROOT / "annotations").glob("*.json") if p.name != "splits.json"])
    readme_now = (ROOT / "README.md").read_text("utf-8")
    if ns.eval_only:
        blocks = re.findall(r"### Speed: `python benchmarks/bench.py`\n\n```\n(.*?)\n```", readme_now, flags=re.S)
        bench_text = blocks[0] if blocks else "(no benchmark yet: run without --eval-only)"
    else:
        bench_text = bench(2 if ns.quick else 5)
    section = "\n".join([
        START,
        f"Measured on {date.today().isoformat()} ({platform.machine()}, Python {platform.python_version()}) "
        f"by `python benchmarks/results.py`.",
        "",
        f"### Accuracy: `cchc-extract eval --gold annotations --baseline underthesea` ({n_docs} annotated articles)",
        "",
        "`dev` holds the articles rules may be written against; `test` holds articles from sites with no",
        "article in dev, only ever scored (see Corpus and evaluation above).",
        "",
        "```", eval_table(), "```",
        "",
        "`official[underthesea]` scores underthesea's CRF `ner` PER spans as officials on the same gold.",
        "",
        "Relative dates (`hôm qua`, `3 ngày trước`), on `annotations/relative-dates/` (crawled posts that state",
        "their own date; `cchc-extract eval --gold annotations/relative-dates`):",
        "",
        "```", relative_dates_row(), "```",
        "",
        "### Speed: `python benchmarks/bench.py`",
        "",
        "```", bench_text, "```",
        END,
    ])
    readme = (ROOT / "README.md").read_text("utf-8")
    readme = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: section, readme, flags=re.S)
    (ROOT / "README.md").write_text(readme, "utf-8")
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
