"""What underthesea would cost the pipeline: import time and memory, and word tokens per article.

    python benchmarks/underthesea_cost.py            # needs the 'underthesea' extra

Prints, for three fresh processes each, the time to import underthesea, its first
``word_tokenize`` (model load) and the process's max RSS, next to the same for
``import cchc_extract``; then the pipeline's time per article on ``corpus/*.txt`` against
``segment.words`` (underthesea's tokenizer with offsets) on the same cleaned texts. The README's
"underthesea is an extra" paragraph quotes its output.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3

IMPORT_UT = """
import json, resource, time
t = time.perf_counter(); import underthesea; t_import = time.perf_counter() - t
t = time.perf_counter(); underthesea.word_tokenize("Tỉnh Lạng Sơn đạt 99,82%"); t_first = time.perf_counter() - t
print(json.dumps([t_import, t_first, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""
IMPORT_CX = """
import json, resource, time
t = time.perf_counter(); import cchc_extract; t_import = time.perf_counter() - t
print(json.dumps([t_import, 0.0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def fresh(code: str) -> list[list[float]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = []
    for _ in range(RUNS):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                           check=True)
        out.append(json.loads(r.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import cchc_extract as cx
    from cchc_extract.segment import words

    for label, code in (("import underthesea", IMPORT_UT), ("import cchc_extract", IMPORT_CX)):
        for t_import, t_first, rss in fresh(code):
            print(f"{label:20s} import {t_import:.2f} s  first word_tokenize {t_first:.2f} s  "
                  f"max RSS {rss:.0f} MB")
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    arts = [cx.extract(p) for p in paths]
    list(words("Khởi động"))  # model loaded before timing
    t = time.perf_counter()
    for p in paths:
        cx.extract(p)
    t_pipe = (time.perf_counter() - t) / len(paths)
    t = time.perf_counter()
    n = sum(len(list(words(a.text))) for a in arts)
    t_words = (time.perf_counter() - t) / len(paths)
    print(f"{len(paths)} articles, {sum(len(a.text) for a in arts):,} chars: pipeline "
          f"{t_pipe * 1000:.1f} ms/article; word_tokenize {t_words * 1000:.1f} ms/article "
          f"({n:,} words): +{t_words / t_pipe * 100:.0f} % per article")


if __name__ == "__main__":
    main()
