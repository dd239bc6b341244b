#!/usr/bin/env python3
"""Batch benchmark of ``cchc-extract batch`` (see benchmarks/README.md, "Batch").

    python benchmarks/bench_batch.py [--docs 20000] [--small 2000] [--workers N]
                                     [--html-share 0.5] [--ner-sample-kb 64] [--json]

One run, on one generated corpus (the files of ``corpus/`` repeated to ``--docs``
documents, every other one wrapped as an HTML page with scripts, styles, navigation and a
footer):

1. documents/s with 1 worker and with N workers (default: all cores) on all ``--docs``
   documents, and the scaling ratio (N-worker rate / 1-worker rate, ideal = N);
2. peak RSS of every worker process and of the parent;
3. flat memory: the same N-worker run on the first ``--small`` documents vs all of them;
4. the ratio of the pipeline's per-core throughput (text chars/s, 1 worker) to
   ``underthesea.ner`` alone on the same texts (timed on a sample, extrapolated).

Each batch run is a fresh child process running the same engine and JSONL writer as
``cchc-extract batch`` (``python bench_batch.py --child …``), so its memory numbers are its
own. Progress goes to stderr, the report to stdout.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
CORPUS = ROOT / "corpus"
SHARD = 1000


def log(msg: str) -> None:
    print(f"[bench_batch] {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ corpus

_NAV = ("<nav class='menu'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức"
        "</a></li><li><a href='/cchc'>Cải cách hành chính</a></li><li><a href='javascript:void(0)'>"
        "Liên hệ</a></li></ul></nav>")
_SIDEBAR = ("<aside class='sidebar'><h3>Các tin khác</h3><ul>" + "".join(
    f"<li><a href='/tin/{i}'>Tin liên quan số {i} về cải cách hành chính</a></li>" for i in range(8))
    + "</ul></aside>")
_FOOTER = ("<footer><p>Bản quyền © Cổng thông tin điện tử tỉnh. Giấy phép số 01/GP-TTĐT.</p>"
           "<p>Địa chỉ: số 1 đường Trung tâm. Email: banbientap@example.gov.vn</p></footer>")


def html_page(text: str, i: int) -> str:
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    title = paras[0] if paras else "Bài viết"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)} - Cổng TTĐT</title>"
            f"<meta property='article:published_time' content='2020-10-{1 + i % 28:02d}T08:00:00+07:00'>"
            f"<style>body{{font-family:sans-serif}} .menu li{{display:inline}}</style>"
            f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}"
            f"</script></head><body>{_NAV}<div class='wrap'>{_SIDEBAR}<article><h1>{html.escape(title)}"
            f"</h1><div class='content'>{body}</div></article></div>{_FOOTER}"
            f"<script src='/static/app.js'></script><script>console.log('{i}')</script></body></html>")


def build_corpus(workdir: Path, n_docs: int, html_share: float) -> tuple[Path, list[str]]:
    """Write ``n_docs`` files in shards of 1,000 under ``workdir``; reuse them if present."""
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        raise SystemExit("no corpus/*.txt files")
    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    root = workdir / f"corpus_{n_docs}_{int(html_share * 100)}"
    stamp = root / ".complete"
    if stamp.exists():
        log(f"reusing {root}")
        return root, texts
    log(f"writing {n_docs} documents to {root} …")
    every = round(1 / html_share) if html_share > 0 else 0
    for i in range(n_docs):
        k = i % len(files)
        shard = root / f"{i // SHARD:03d}"
        if i % SHARD == 0:
            shard.mkdir(parents=True, exist_ok=True)
        if every and i % every == every - 1:
            (shard / f"d{i:06d}_{files[k].stem}.html").write_text(html_page(texts[k], i), encoding="utf-8")
        else:
            (shard / f"d{i:06d}_{files[k].stem}.txt").write_bytes(files[k].read_bytes())
    stamp.touch()
    return root, texts


def shards(root: Path, n: int) -> list[str]:
    """Inputs covering the first ``n`` documents: whole shard directories, then files."""
    dirs = [p for p in sorted(root.iterdir()) if p.is_dir()]
    full, rest = divmod(n, SHARD)
    out = [str(p) for p in dirs[:full]]
    if rest and full < len(dirs):
        out += [str(f) for f in sorted(dirs[full].iterdir())[:rest]]
    return out


# ------------------------------------------------------------------------------ child run

def child(args: dict) -> None:
    """One batch run in this (fresh) process; prints a JSON result line."""
    sys.path.insert(0, str(SRC))
    from cchc_extract.batch import BatchStats, JsonlSink, run
    from cchc_extract.limits import Limits

    out = Path(args["out"])
    sink = JsonlSink(out, "overwrite")
    stats = BatchStats()
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = ru0.ru_utime + ru0.ru_stime
    t0 = time.perf_counter()
    for d in run(args["inputs"], args["workers"], Limits(), ordered=True, stats=stats):
        sink.write(d)
    sink.close()
    dt = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "worker_cpu_s": sum(stats.worker_cpu_s.values()),
        "parent_cpu_s": ru.ru_utime + ru.ru_stime - cpu0,
        "loadavg_end": os.getloadavg()[0],
        "workers": args["workers"], "docs": stats.documents, "articles": stats.articles,
        "errors": dict(stats.errors), "seconds": dt, "docs_per_s": stats.documents / dt,
        "worker_peak_rss_mb": sorted(v / 1024 for v in stats.worker_peak_rss_kb.values()),
        "parent_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_started": stats.workers_started, "output_bytes": out.stat().st_size,
    }))


def run_child(inputs: list[str], workers: int, out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, __file__, "--child", json.dumps({"inputs": inputs, "workers": workers,
                                                             "out": str(out)})]
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"batch child failed ({p.returncode}):\n{p.stderr[-3000:]}")
    res = json.loads(p.stdout.strip().splitlines()[-1])
    res["wall_s"] = time.perf_counter() - t
    out.unlink(missing_ok=True)
    return res


# ------------------------------------------------------------------------------ NER baseline

def bench_ner(texts: list[str], sample_kb: float) -> dict:
    from cchc_extract.segment import import_underthesea

    underthesea = import_underthesea()
    ner = underthesea.ner
    sample, size = [], 0
    for t in texts:
        if size >= sample_kb * 1000:
            break
        sample.append(t)
        size += len(t.encode("utf-8"))
    lines = [ln for t in sample for ln in t.splitlines() if ln.strip()]
    ner("Ông Nguyễn Văn A làm việc tại Hà Nội.")  # model load
    n_chars = sum(len(t) for t in sample)
    t0, c0 = time.perf_counter(), time.process_time()
    for ln in lines:
        try:
            ner(ln)
        except Exception:  # noqa: BLE001
            pass
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"version": getattr(underthesea, "__version__", "?"), "sample_docs": len(sample),
            "sample_chars": n_chars, "seconds": dt, "cpu_s": cpu, "chars_per_s": n_chars / dt,
            "chars_per_cpu_s": n_chars / cpu}


# ------------------------------------------------------------------------------ main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--small", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--html-share", type=float, default=0.5)
    ap.add_argument("--ner-sample-kb", type=float, default=64)
    ap.add_argument("--workdir", default="/tmp/cchc_bench_batch")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child")
    a = ap.parse_args()
    if a.child:
        child(json.loads(a.child))
        return 0

    workdir = Path(a.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    root, texts = build_corpus(workdir, a.docs, a.html_share)
    all_inputs = shards(root, a.docs)
    small_inputs = shards(root, a.small)
    n_html = sum(1 for d in all_inputs for f in (os.listdir(d) if os.path.isdir(d) else [d])
                 if f.endswith(".html"))
    # text chars: the article text each document carries (what underthesea would read)
    per_file = [len(t) for t in texts]
    text_chars = sum(per_file[i % len(texts)] for i in range(a.docs))
    N = a.workers
    res: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "platform": platform.platform()},
                 "corpus": {"docs": a.docs, "html_docs": n_html, "text_docs": a.docs - n_html,
                            "text_chars": text_chars, "distinct_sources": len(texts)}}

    log(f"{a.docs} documents, {N} workers …")
    res["n_workers"] = runN = run_child(all_inputs, N, workdir / "outN.jsonl")
    log(f"  {runN['docs_per_s']:.1f} docs/s")
    log(f"{a.docs} documents, 1 worker …")
    res["one_worker"] = run1 = run_child(all_inputs, 1, workdir / "out1.jsonl")
    log(f"  {run1['docs_per_s']:.1f} docs/s")
    log(f"{a.small} documents, {N} workers (memory check) …")
    res["small"] = runS = run_child(small_inputs, N, workdir / "outS.jsonl")
    log(f"underthesea.ner on a {a.ner_sample_kb:g} KB sample …")
    res["ner"] = ner = bench_ner(texts, a.ner_sample_kb)

    scaling = runN["docs_per_s"] / run1["docs_per_s"]
    per_core_cps = text_chars / run1["seconds"]
    res["summary"] = {
        "scaling": scaling, "scaling_over_N": scaling / N,
        "pipeline_chars_per_s_1_worker": per_core_cps,
        "pipeline_chars_per_s_per_worker_N": text_chars / runN["seconds"] / N,
        "ner_chars_per_s": ner["chars_per_s"],
        "ratio_pipeline_per_core_to_ner": per_core_cps / ner["chars_per_s"],
        "ner_estimated_full_corpus_s": text_chars / ner["chars_per_s"],
        "pipeline_chars_per_worker_cpu_s": text_chars / run1["worker_cpu_s"],
        "ratio_cpu_pipeline_to_ner": (text_chars / run1["worker_cpu_s"]) / ner["chars_per_cpu_s"],
        "docs_per_worker_cpu_s_1": run1["docs"] / run1["worker_cpu_s"],
        "docs_per_worker_cpu_s_N": runN["docs"] / runN["worker_cpu_s"],
        "cpu_normalized_scaling": N * (runN["docs"] / runN["worker_cpu_s"]) / (run1["docs"] / run1["worker_cpu_s"]),
        "worker_rss_small_mb": max(runS["worker_peak_rss_mb"]),
        "worker_rss_full_mb": max(runN["worker_peak_rss_mb"]),
        "parent_rss_small_mb": runS["parent_peak_rss_mb"],
        "parent_rss_full_mb": runN["parent_peak_rss_mb"],
    }
    s = res["summary"]
    s["worker_rss_growth"] = s["worker_rss_full_mb"] / s["worker_rss_small_mb"]
    s["parent_rss_growth"] = s["parent_rss_full_mb"] / s["parent_rss_small_mb"]
    if a.json:
        print(json.dumps(res, indent=2))
        return 0
    c = res["corpus"]
    print(f"cchc_extract batch benchmark — {res['machine']['cpus']} CPUs, Python {res['machine']['python']}")
    print(f"corpus: {c['docs']:,} documents ({c['text_docs']:,} .txt, {c['html_docs']:,} .html), "
          f"{c['text_chars']:,} text chars, {c['distinct_sources']} distinct sources repeated")
    print()
    print(f"{'run':<28}{'docs':>8}{'seconds':>10}{'docs/s':>10}{'errors':>8}  peak RSS MB (workers | parent)")
    for name, r in ((f"{a.docs:,} docs, 1 worker", run1), (f"{a.docs:,} docs, {N} workers", runN),
                    (f"{a.small:,} docs, {N} workers", runS)):
        ws = ", ".join(f"{x:.0f}" for x in r["worker_peak_rss_mb"])
        print(f"{name:<28}{r['docs']:>8,}{r['seconds']:>10.1f}{r['docs_per_s']:>10.1f}"
              f"{sum(r['errors'].values()):>8}  {ws} | {r['parent_peak_rss_mb']:.0f}")
    print()
    print(f"scaling {N} workers / 1 worker: {scaling:.2f}x  ({s['scaling_over_N']:.2f} x N)")
    print(f"memory {a.small:,} → {a.docs:,} docs: worker peak {s['worker_rss_small_mb']:.0f} → "
          f"{s['worker_rss_full_mb']:.0f} MB (x{s['worker_rss_growth']:.2f}), parent "
          f"{s['parent_rss_small_mb']:.0f} → {s['parent_rss_full_mb']:.0f} MB (x{s['parent_rss_growth']:.2f})")
    print(f"pipeline, 1 worker: {per_core_cps:,.0f} text chars/s; {N} workers: "
          f"{s['pipeline_chars_per_s_per_worker_N']:,.0f} chars/s per worker")
    print(f"underthesea.ner {ner['version']} alone: {ner['chars_per_s']:,.0f} chars/s (sample of "
          f"{ner['sample_docs']} docs, {ner['sample_chars']:,} chars, extrapolated: "
          f"{s['ner_estimated_full_corpus_s']:,.0f} s for the whole corpus on one core)")
    print(f"ratio pipeline per core / underthesea.ner: {s['ratio_pipeline_per_core_to_ner']:.1f}x (wall time)")
    print(f"CPU time (robust to other load on the machine): pipeline {s['pipeline_chars_per_worker_cpu_s']:,.0f}"
          f" chars per worker-CPU-second vs underthesea.ner {ner['chars_per_cpu_s']:,.0f} chars per "
          f"CPU-second: {s['ratio_cpu_pipeline_to_ner']:.1f}x; docs per worker-CPU-second "
          f"{s['docs_per_worker_cpu_s_1']:.1f} (1 worker) vs {s['docs_per_worker_cpu_s_N']:.1f} ({N} workers);"
          f" parent CPU {run1['parent_cpu_s']:.1f} s / {runN['parent_cpu_s']:.1f} s")
    print(f"CPU-normalized scaling (N x per-worker efficiency, what N idle cores would give): "
          f"{s['cpu_normalized_scaling']:.2f}x ({s['cpu_normalized_scaling'] / N:.2f} x N)")
    print(f"load average at the end of each run (other processes included): 1 worker "
          f"{run1['loadavg_end']:.1f}, {N} workers {runN['loadavg_end']:.1f}, "
          f"{a.small:,} docs {runS['loadavg_end']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
