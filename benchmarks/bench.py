#!/usr/bin/env python3
"""Throughput / memory / cold-start benchmark of cchc_extract (see benchmarks/README.md).

    python benchmarks/bench.py [--mb 5] [--json] [--ner-sample-kb 256] [--cold-runs 10] [--readme]

One run measures, on a corpus built by repeating the files of ``corpus/`` to at
least ``--mb`` MB (1 MB = 1,000,000 bytes of input):

1. the whole pipeline (``cx.extract`` on each document, single process):
   articles/s, MB/s, chars/s; peak memory (tracemalloc peak over one pass of the
   distinct documents, and the process's max RSS from ``resource.getrusage``);
2. ``underthesea.ner`` alone over the same documents' text, line by line (on a
   sample of >= ``--ner-sample-kb`` KB when the corpus is larger; chars/s is
   extrapolated to the whole corpus and the output says so);
3. a plain ``regex`` pass (percentages + a province-name alternation) over the
   same text;
4. the ratios pipeline/underthesea-ner and pipeline/regex (in chars/s);
5. cold start: import + first ``extract`` in a fresh subprocess;
6. memory of a fresh worker: tracemalloc from before the import over one pass
   of the distinct files, and max RSS of the same work without tracemalloc.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import importlib
import json
import logging
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
CORPUS = ROOT / "corpus"

# the 63 provinces / centrally-run cities before 1 July 2025 (canonical spelling)
PROVINCES = [
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ",
    "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
    "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
    "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
    "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
    "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang",
    "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]

COLD_SNIPPET = ("import sys, time; t=time.perf_counter(); c=time.process_time(); import cchc_extract as cx; "
                "ci=time.process_time(); from pathlib import Path; "
                "doc = Path(sys.argv[1]).read_bytes() if len(sys.argv) > 1 else 'Tỉnh Thái Nguyên đạt 99,5%.'; "
                "cx.extract(doc); "
                "print(time.perf_counter()-t, time.process_time()-c, ci-c)")
COLD_ARTICLE = CORPUS / "002_97d673e06247b9f2.txt"  # a typical article: 8 KB, 70 facts


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def build_corpus(mb: float) -> tuple[list[tuple[str, bytes]], int]:
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt files in {CORPUS}")
    originals = [(p.stem, p.read_bytes()) for p in files]
    target = int(mb * 1_000_000)
    docs: list[tuple[str, bytes]] = []
    total, rep = 0, 0
    while total < target:
        for stem, data in originals:
            docs.append((f"{stem}~{rep}", data))
            total += len(data)
            if total >= target:
                break
        rep += 1
    return docs, len(originals)


def decode(data: bytes) -> str:
    """Text for the baselines: the file as UTF-8 (corpus files are UTF-8), BOM dropped."""
    return data.decode("utf-8-sig", errors="replace")


def maxrss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 1024 if sys.platform != "darwin" else r / 1024 / 1024  # KB on Linux, bytes on macOS


def import_underthesea_ner():
    """Import underthesea.ner (pip-installing it if missing) without touching the root logger."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    try:
        try:
            mod = importlib.import_module("underthesea")
        except ImportError:
            log("underthesea not installed: pip install underthesea …")
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "underthesea"], check=True)
            importlib.invalidate_caches()
            mod = importlib.import_module("underthesea")
    finally:
        root.handlers[:] = saved
        root.setLevel(level)
    return mod.ner, getattr(mod, "__version__", "?")


def bench_pipeline(cx, docs, n_unique):
    res: dict = {}
    # warm-up (loads models/gazetteers); reported separately, not in the throughput
    t = time.perf_counter()
    cx.extract(docs[0][1], doc_id="warmup")
    res["first_call_s"] = time.perf_counter() - t

    n_bytes = sum(len(b) for _, b in docs)
    n_chars = sum(len(decode(b)) for _, b in docs)
    n_facts = n_err = 0
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    for doc_id, data in docs:
        rec = cx.extract(data, doc_id=doc_id)
        if getattr(rec, "error", None) is not None:
            n_err += 1
        else:
            n_facts += len(getattr(rec, "facts", None) or [])
    wall = time.perf_counter() - t0
    dt = time.process_time() - c0  # CPU time: the machine may be shared
    res.update({
        "articles": len(docs), "bytes": n_bytes, "chars": n_chars, "seconds": dt, "wall_s": wall,
        "articles_per_s": len(docs) / dt, "mb_per_s": n_bytes / 1e6 / dt, "chars_per_s": n_chars / dt,
        "facts": n_facts, "error_records": n_err,
    })

    res["maxrss_mb_after_pipeline"] = maxrss_mb()
    # peak Python-heap memory while processing each distinct document once
    gc.collect()
    tracemalloc.start()
    for doc_id, data in docs[:n_unique]:
        cx.extract(data, doc_id=doc_id)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    res["tracemalloc_peak_mb"] = peak / 1e6
    res["tracemalloc_docs"] = min(n_unique, len(docs))
    return res


def extractor_functions() -> list[tuple[str, str, str]]:
    """(module, function, name) of every extractor, in the order they run."""
    import cchc_extract.extractors as ex

    if hasattr(ex, "plan"):
        return [(e.run.args[0], e.run.args[1], e.name) for e in ex.plan()]
    out = []  # an older layout: a fixed ORDER of modules with extract(ctx)
    for name in ex.ORDER:
        importlib.import_module(f"cchc_extract.extractors.{name}")
        out.append((f"cchc_extract.extractors.{name}", "extract", name))
    return out


def profile_stages(cx, docs, limits=None) -> dict:
    """CPU time (``time.thread_time``) per pipeline stage over ``docs``: each stage's function
    is wrapped for the pass (the extractors through their module's ``extract``, which the plan
    looks up when it runs) and the rest of ``cx.extract`` is ``other`` (models, bookkeeping)."""
    import cchc_extract.link as link_mod
    import cchc_extract.pipeline as pipe
    spent: dict[str, float] = {}
    clock = time.thread_time  # (not process_time: with the watchdog's CPU timer armed, the process clock
    # reads the kernel's per-tick sample, too coarse for a stage of a few milliseconds)
    depth = [0]

    def timed(name, fn):
        def wrapper(*a, **k):
            if depth[0]:  # a stage called from inside another is counted there
                return fn(*a, **k)
            depth[0] += 1
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - t
                depth[0] -= 1
        return wrapper

    patches = [(pipe, "_decode", "decode"), (pipe, "normalize", "normalize"), (pipe, "clean", "clean"),
               (pipe, "join_paragraphs", "segment"), (pipe, "split_sentences", "segment"),
               (pipe if hasattr(pipe, "link") else link_mod, "link", "link")]
    patches = [p for p in patches if hasattr(p[0], p[1])]
    for module, function, name in extractor_functions():
        patches.append((sys.modules[module], function, f"extract: {name}"))
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _ in patches]
    try:
        for obj, attr, name in patches:
            setattr(obj, attr, timed(name, getattr(obj, attr)))
        t0 = clock()
        for doc_id, data in docs:
            rec = cx.extract(data, doc_id=doc_id, **({"limits": limits} if limits else {}))
            if getattr(rec, "error", None) is not None:
                log(f"  {doc_id}: error record {rec.error.kind}")
        total = clock() - t0
    finally:
        for obj, attr, fn in saved:
            setattr(obj, attr, fn)
    spent["other (models, detection, bookkeeping)"] = total - sum(spent.values())
    return {"total_s": total, "stages": {k: {"seconds": v, "share": v / total}
                                           for k, v in sorted(spent.items(), key=lambda kv: -kv[1])}}


SWEEP_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)


def sweep_documents(bodies: list[str], size: int, total: int) -> list[str]:
    """Documents of about ``size`` characters, enough of them to make about ``total`` characters
    (at least one): article bodies (the pipeline's cleaned text of the distinct corpus files)
    joined by blank lines and cut at a paragraph, so that every size carries the same mix of
    text. Raw pages would not do: one page's foreign-script footer in the middle of a long
    document would end its body there, and the cleaning would drop the rest."""
    docs, i = [], 0
    for _ in range(max(1, total // size)):
        parts, n = [], 0
        while n < size:
            t = bodies[i % len(bodies)]
            i += 1
            parts.append(t)
            n += len(t) + 2
        doc = "\n\n".join(parts)
        cut = doc.rfind("\n\n", 0, size)
        docs.append(doc[:cut] if cut > size // 2 else doc[:size])
    return docs


def article_bodies(cx, docs) -> list[str]:
    """The cleaned article text of each distinct document (input of the size sweep)."""
    out = []
    for _, data in dict((d, (i, d)) for i, d in docs).values():
        art = cx.extract(data)
        if getattr(art, "error", None) is None and art.text.strip():
            out.append(art.text)
    return out


def bench_sizes(cx, bodies: list[str], sizes=SWEEP_SIZES, total: int = 2_000_000) -> list[dict]:
    """chars/s (CPU) of one document of each size, per stage: a linear pipeline keeps the same
    chars/s at every size. The document limit is raised so that a slow stage is measured, not
    cut off (under the default ``Limits`` a document over ``doc_timeout`` is an error record)."""
    from cchc_extract.limits import Limits

    limits = Limits(doc_timeout=3600.0, max_bytes=50_000_000)
    out = []
    for size in sizes:
        docs = sweep_documents(bodies, size, total)
        n_chars = sum(len(d) for d in docs)
        prof = profile_stages(cx, [(f"sweep{size}-{k}", d.encode("utf-8")) for k, d in enumerate(docs)],
                              limits=limits)
        out.append({"size_chars": size, "documents": len(docs), "chars": n_chars,
                    "seconds": prof["total_s"], "chars_per_s": n_chars / prof["total_s"],
                    "stages_chars_per_s": {k: (n_chars / v["seconds"] if v["seconds"] > 0 else None)
                                           for k, v in prof["stages"].items()},
                    "stages_share": {k: v["share"] for k, v in prof["stages"].items()}})
        log(f"  {size:>9,} chars × {len(docs)}: {n_chars / prof['total_s']:,.0f} chars/s")
    return out


def bench_ner(texts: list[str], sample_kb: float):
    ner, version = import_underthesea_ner()
    total_chars = sum(len(t) for t in texts)
    limit = sample_kb * 1000
    sample, size = [], 0
    for t in texts:
        if size >= limit:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    sampled = len(sample) < len(texts)
    lines = [ln for t in sample for ln in t.splitlines() if ln.strip()]
    ner("Ông Nguyễn Văn A làm việc tại Hà Nội.")  # warm-up: model load
    n_chars = sum(len(t) for t in sample)
    t0 = time.process_time()
    failed = 0
    for ln in lines:
        try:
            ner(ln)
        except Exception:  # noqa: BLE001 - count and go on
            failed += 1
    dt = time.process_time() - t0
    cps = n_chars / dt
    return {
        "version": version, "sampled": sampled, "sample_docs": len(sample), "sample_bytes": size,
        "sample_chars": n_chars, "lines": len(lines), "failed_lines": failed, "seconds": dt,
        "chars_per_s": cps, "mb_per_s": size / 1e6 / dt,
        "estimated_full_corpus_s": total_chars / cps,
    }


def bench_regex(texts: list[str]):
    import regex

    pct = regex.compile(r"\d+(?:[.,]\d+)*\s*%")
    names = sorted(PROVINCES, key=len, reverse=True)
    prov = regex.compile(r"\b(?:" + "|".join(regex.escape(n) for n in names) + r")\b")
    n_chars = sum(len(t) for t in texts)
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.process_time()
    hits = 0
    for t in texts:
        for _ in pct.finditer(t):
            hits += 1
        for _ in prov.finditer(t):
            hits += 1
    dt = time.process_time() - t0
    return {"chars": n_chars, "seconds": dt, "matches": hits, "chars_per_s": n_chars / dt,
            "mb_per_s": n_bytes / 1e6 / dt}


def _cold_runs(runs: int, env: dict, args: list) -> dict:
    inner, wall, errors, cpu, cpu_import = [], [], [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", COLD_SNIPPET, *args], capture_output=True, text=True,
                           env=env, cwd=ROOT)
        w = time.perf_counter() - t
        if p.returncode != 0:
            errors.append(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"exit {p.returncode}")
            continue
        vals = [float(x) for x in p.stdout.strip().splitlines()[-1].split()]
        inner.append(vals[0])
        cpu.append(vals[1])
        cpu_import.append(vals[2])
        wall.append(w)
    out = {"runs": runs, "import_and_first_extract_s": inner, "process_wall_s": wall, "errors": errors,
           "cpu_s": cpu, "cpu_import_s": cpu_import}
    if inner:
        out["median_s"] = statistics.median(inner)
        out["median_process_wall_s"] = statistics.median(wall)
        out["median_cpu_s"] = statistics.median(cpu)
        out["median_cpu_import_s"] = statistics.median(cpu_import)
    return out


def bench_cold(runs: int):
    """Import + first extract in fresh processes, of a short text and of a typical article.
    Byte code is cached (in a temporary ``PYTHONPYCACHEPREFIX``, primed by one run that is not
    counted) as an installed package has it: compiling the sources is not what a user's process
    pays. So is the store of compiled patterns (``cchc_extract.rx``, in a temporary
    ``CCHC_EXTRACT_CACHE_DIR`` primed by the same run); the article is also measured without
    it (the first process after an install, or with the store turned off)."""
    import tempfile

    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pyc = tempfile.TemporaryDirectory(prefix="cchc-pyc-")
    store = tempfile.TemporaryDirectory(prefix="cchc-store-")
    env["PYTHONPYCACHEPREFIX"] = pyc.name
    env["CCHC_EXTRACT_CACHE_DIR"] = store.name
    subprocess.run([sys.executable, "-c", COLD_SNIPPET], capture_output=True, env=env, cwd=ROOT)
    article = [str(COLD_ARTICLE)] if COLD_ARTICLE.exists() else []
    out = _cold_runs(runs, env, [])
    if article:
        out["article"] = _cold_runs(runs, env, article)
        out["article"]["name"] = COLD_ARTICLE.name
        out["article_no_store"] = _cold_runs(runs, dict(env, CCHC_EXTRACT_CACHE_DIR=""), article)
    pyc.cleanup()
    store.cleanup()
    return out


MEM_SNIPPET = r"""
import json, resource, sys, time, tracemalloc
from pathlib import Path
trace = sys.argv[2] == "trace"
if trace:
    tracemalloc.start()
import cchc_extract as cx
files = sorted(Path(sys.argv[1]).glob("*.txt"))
for p in files:
    cx.extract(p.read_bytes(), doc_id=p.stem)
out = {"files": len(files)}
if trace:
    cur, peak = tracemalloc.get_traced_memory()
    out.update(tracemalloc_peak_mb=peak / 1e6, tracemalloc_retained_mb=cur / 1e6)
else:  # RSS without tracemalloc, whose own bookkeeping would inflate it. VmHWM is this
    # process's own peak; ru_maxrss would carry over the parent's peak across fork+exec on Linux.
    try:
        hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
        out["maxrss_mb"] = int(hwm.split()[1]) / 1024
    except (OSError, IndexError):
        out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def bench_memory_fresh():
    """tracemalloc from before ``import cchc_extract`` in a fresh process: the footprint of a worker."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    out: dict = {}
    for mode in ("trace", "rss"):
        p = subprocess.run([sys.executable, "-c", MEM_SNIPPET, str(CORPUS), mode], capture_output=True,
                           text=True, env=env, cwd=ROOT)
        if p.returncode != 0:
            return {"error": (p.stderr.strip().splitlines() or [f"exit {p.returncode}"])[-1]}
        out.update(json.loads(p.stdout.strip().splitlines()[-1]))
    return out


def report(results: dict) -> None:
    """The human-readable report (what the README's Speed block shows)."""
    c = results["corpus"]
    print(f"cchc_extract benchmark — Python {results['python']} on {results['platform']}")
    print(f"corpus: {c['articles']} articles ({c['distinct_files']} distinct files repeated), "
          f"{c['bytes'] / 1e6:.2f} MB, {c['chars']:,} chars")
    print()
    p = results["pipeline"]
    if "error" in p:
        print(f"pipeline: NOT AVAILABLE ({p['error']})")
    else:
        print("pipeline (cx.extract, single process; every rate below is per CPU second)")
        print(f"  first call (warm-up, not counted)  {p['first_call_s']:.3f} s")
        print(f"  time                               {p['seconds']:.2f} s CPU ({p['wall_s']:.2f} s wall)")
        print(f"  throughput                         {p['articles_per_s']:,.1f} articles/s   "
              f"{p['mb_per_s']:.3f} MB/s   {p['chars_per_s']:,.0f} chars/s")
        print(f"  facts / error records              {p['facts']:,} / {p['error_records']}")
        print(f"  tracemalloc peak                   {p['tracemalloc_peak_mb']:.1f} MB "
              f"(Python heap, one pass over the {p['tracemalloc_docs']} distinct files)")
        print(f"  max RSS after pipeline             {p['maxrss_mb_after_pipeline']:.0f} MB "
              f"(whole process: interpreter + models)")
    n = results.get("underthesea_ner")
    if n:
        print(f"underthesea.ner {n['version']} (CRF, line by line)")
        scope = (f"sample of {n['sample_bytes'] / 1e3:.0f} KB ({n['sample_docs']} articles, {n['lines']} lines); "
                 f"extrapolated to the whole corpus: ~{n['estimated_full_corpus_s']:.0f} s"
                 if n["sampled"] else f"whole corpus ({n['lines']} lines)")
        print(f"  timed on                           {scope}")
        print(f"  throughput                         {n['chars_per_s']:,.0f} chars/s   {n['mb_per_s']:.3f} MB/s")
    r = results["regex"]
    print("regex (percent pattern + 63-province alternation)")
    print(f"  throughput                         {r['chars_per_s']:,.0f} chars/s   {r['mb_per_s']:.2f} MB/s"
          f"   ({r['matches']:,} matches in {r['seconds']:.3f} s)")
    print()
    ra = results["ratios"]
    if ra["pipeline_over_underthesea_ner"] is not None:
        print(f"pipeline / underthesea.ner (chars/s)  {ra['pipeline_over_underthesea_ner']:.2f}x")
    if ra["pipeline_over_regex"] is not None:
        print(f"pipeline / regex (chars/s)            {ra['pipeline_over_regex']:.4f}x")
    pr = results.get("profile")
    if pr:
        print()
        print(f"CPU time per stage (time.thread_time, one pass over the corpus: {pr['total_s']:.2f} s)")
        for name, v in pr["stages"].items():
            print(f"  {name:44s} {v['share'] * 100:5.1f} %   {v['seconds']:6.2f} s")
    sw = results.get("size_sweep")
    if sw:
        print()
        print("size sweep (one document of each size, article bodies joined; CPU time)")
        stages = list(sw[0]["stages_chars_per_s"])
        print(f"  {'size':>10s} {'docs':>5s} {'chars/s':>10s}   vs 10 KB")
        for r in sw:
            print(f"  {r['size_chars']:>10,} {r['documents']:>5d} {r['chars_per_s']:>10,.0f}   "
                  f"{r['chars_per_s'] / sw[0]['chars_per_s']:.2f}x")
        print("  per stage, M chars/s at " + " / ".join(f"{r['size_chars'] // 1000:,} KB" for r in sw))
        for k in stages:
            vals = [r["stages_chars_per_s"].get(k) for r in sw]
            print(f"    {k:44s} " + "  ".join(f"{v / 1e6:7.2f}" if v else "      -" for v in vals))
    cs = results.get("cold_start")
    if cs:
        if cs.get("median_s") is not None:
            runs = ", ".join(f"{x:.2f}" for x in cs["import_and_first_extract_s"])
            print(f"cold start (fresh process: import + first extract)  median {cs['median_s']:.2f} s "
                  f"[{runs}]; whole process incl. interpreter {cs['median_process_wall_s']:.2f} s")
            print(f"cold start CPU (process_time)  import + first extract {cs['median_cpu_s']:.3f} s, "
                  f"of which import {cs['median_cpu_import_s']:.3f} s (byte code cached)")
        for key, what in (("article", "a typical article"), ("article_no_store", "the same, no pattern store")):
            a = cs.get(key)
            if a and a.get("median_cpu_s") is not None:
                print(f"cold start CPU, {what} ({cs['article']['name']}): import + first extract "
                      f"{a['median_cpu_s']:.3f} s (import {a['median_cpu_import_s']:.3f} s), median of {len(a['cpu_s'])}")
        if cs["errors"]:
            print(f"cold start errors: {cs['errors']}")
    mf = results.get("memory_fresh_process")
    if mf:
        if "error" in mf:
            print(f"memory in a fresh process: failed ({mf['error']})")
        else:
            print(f"fresh process (import + extract the {mf['files']} distinct files): tracemalloc peak "
                  f"{mf['tracemalloc_peak_mb']:.1f} MB, retained {mf['tracemalloc_retained_mb']:.1f} MB, "
                  f"max RSS {mf['maxrss_mb']:.0f} MB (separate run without tracemalloc)")
    print(f"max RSS at the end of the run         {results['maxrss_mb_end']:.0f} MB")


README_BLOCK = re.compile(r"(### Speed: `python benchmarks/bench.py`\n\n```\n)(.*?)(\n```)", re.S)


def write_readme(text: str, readme: Path = ROOT / "README.md") -> None:
    """Put ``text`` (the report) in the README's results section, as its Speed block."""
    old = readme.read_text("utf-8")
    if not README_BLOCK.search(old):
        raise SystemExit("README.md has no '### Speed: `python benchmarks/bench.py`' block to rewrite")
    readme.write_text(README_BLOCK.sub(lambda m: m.group(1) + text.rstrip("\n") + m.group(3), old, count=1),
                      "utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--ner-sample-kb", type=float, default=256,
                    help="time underthesea.ner on a sample of at least this many KB (default 256)")
    ap.add_argument("--cold-runs", type=int, default=10, help="fresh subprocesses for cold start (default 10)")
    ap.add_argument("--no-ner", action="store_true", help="skip the underthesea.ner baseline")
    ap.add_argument("--no-sweep", action="store_true", help="skip the document-size sweep (10 KB to 5 MB)")
    ap.add_argument("--readme", action="store_true",
                    help="also write the report into README.md (its results section's Speed block)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(SRC))
    docs, n_unique = build_corpus(args.mb)
    texts = [decode(b) for _, b in docs]
    results: dict = {
        "python": platform.python_version(), "platform": platform.platform(),
        "corpus": {"distinct_files": n_unique, "articles": len(docs),
                   "bytes": sum(len(b) for _, b in docs), "chars": sum(len(t) for t in texts)},
    }
    log(f"corpus: {len(docs)} articles, {results['corpus']['bytes'] / 1e6:.2f} MB from {n_unique} files")

    rc = 0
    try:
        import cchc_extract as cx
        if not hasattr(cx, "extract"):
            raise ImportError("cchc_extract has no extract() yet")
    except Exception as e:  # noqa: BLE001
        log(f"pipeline not available: {e}")
        results["pipeline"] = {"error": str(e)}
        cx = None
        rc = 1
    if cx is not None:
        log("pipeline …")
        try:
            results["pipeline"] = bench_pipeline(cx, docs, n_unique)
        except Exception as e:  # noqa: BLE001 - e.g. a stub raising NotImplementedError
            log(f"pipeline failed: {type(e).__name__}: {e}")
            results["pipeline"] = {"error": f"{type(e).__name__}: {e}"}
            cx = None
            rc = 1
    if cx is not None:
        log("CPU time per stage …")
        results["profile"] = profile_stages(cx, docs)
        if not args.no_sweep:
            log("size sweep …")
            results["size_sweep"] = bench_sizes(cx, article_bodies(cx, docs[:n_unique]))
    if not args.no_ner:
        log("underthesea.ner …")
        results["underthesea_ner"] = bench_ner(texts, args.ner_sample_kb)
    log("regex …")
    results["regex"] = bench_regex(texts)
    results["maxrss_mb_end"] = maxrss_mb()
    if cx is not None:
        log("cold start …")
        results["cold_start"] = bench_cold(args.cold_runs)
        log("memory in a fresh process …")
        results["memory_fresh_process"] = bench_memory_fresh()

    pipe_cps = results["pipeline"].get("chars_per_s")
    ner_cps = results.get("underthesea_ner", {}).get("chars_per_s")
    results["ratios"] = {
        "pipeline_over_underthesea_ner": pipe_cps / ner_cps if pipe_cps and ner_cps else None,
        "pipeline_over_regex": pipe_cps / results["regex"]["chars_per_s"] if pipe_cps else None,
    }

    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return rc

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        report(results)
    print(buf.getvalue(), end="")
    if args.readme:
        write_readme(buf.getvalue())
        log("README.md: the Speed block rewritten")
    return rc


if __name__ == "__main__":
    sys.exit(main())
