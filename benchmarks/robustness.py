#!/usr/bin/env python3
"""The adversarial corpus and the robustness table (issue 10; table in docs/robustness.md).

    python benchmarks/robustness.py                 # run every case, print the Markdown table
    python benchmarks/robustness.py --json          # one JSON object per case on stdout
    python benchmarks/robustness.py --only nesting  # cases whose class or name contains a word
    python benchmarks/robustness.py --budget-s 20 --budget-mb 1500

Each case builds one hostile input and runs it through ``cchc_extract.extract`` (or, for the
``via="reader"`` cases, through the batch readers first, as ``cchc-extract batch`` does) in a
**forked child process**, so that a case that runs away can be killed at its time budget and
its peak memory is its own:

- *time* is wall-clock seconds of the extraction (building the input is not counted);
- *peak RSS* is the child's resident-set high-water mark (``VmHWM``, reset with
  ``/proc/self/clear_refs`` right after the fork, so it includes the interpreter and the
  loaded library, ~100-200 MB, but not what the parent allocated later).

A case passes when it finishes within the budgets *and* its outcome is one it allows
(``article`` or an error kind such as ``too_large``/``timeout``/``binary``). The default budgets,
20 s and 1.5 GB per case, are met with a wide margin by a 2-core CI machine for every case
that does not hit a known bug. The cases are the single source of truth: ``tests/
test_adversarial.py`` imports this file and runs the same list with the same budgets.

Exit code: 0 when every case passes or is a known bug, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import shutil
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

BUDGET_S = 20.0
BUDGET_MB = 1500.0
MB = 1_000_000

# ------------------------------------------------------------------------------ inputs

_SENT = "Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Thái Nguyên đạt 99,5% theo Quyết định số 411/QĐ-TTg "


_PROSE = ("Công tác cải cách hành chính được các cơ quan quan tâm chỉ đạo thường xuyên nhằm nâng cao "
          "chất lượng phục vụ người dân và doanh nghiệp trong thời gian tới ")


def _fact_lines(n: int) -> str:
    """``n`` short lines (no final period: not caption candidates), each a province and a %."""
    return "".join(f"Hà Nội đạt {i % 100}% trong năm {i} về cải cách hành chính\n" for i in range(n))


def _varied_lines(n: int) -> str:
    """``n`` distinct, realistic report lines (numbers change so no line repeats)."""
    provs = ["Hà Nội", "Thái Nguyên", "Lạng Sơn", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Bình Định"]
    return "".join(f"Tỷ lệ hồ sơ đúng hạn của {provs[i % 7]} đạt {i % 100},{i % 7}% và có {i} hồ sơ "
                   f"trực tuyến.\n" for i in range(n))


def _seed_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("00[0-4]_*.txt")))


def _provinces() -> list[str]:
    from cchc_extract.resources import load

    return [p["name"] for p in load("provinces")["provinces"]]


def _gzip_bomb(path: Path, size: int, chunk: bytes = b" " * (1 << 20)) -> None:
    """A gzip file of ``size`` bytes of ``chunk`` (≈1000:1): 1 GB becomes ~1 MB on disk."""
    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as f:
        written = 0
        while written < size:
            f.write(co.compress(chunk))
            written += len(chunk)
        f.write(co.flush())


# ------------------------------------------------------------------------------ cases

@dataclass(frozen=True)
class Case:
    klass: str
    name: str
    build: Callable[[Path], tuple[Any, dict]]
    """(data, extract keyword args) — for ``via="reader"``: (list of paths, {"limits": …})."""
    expect: frozenset
    """Outcomes that count as handled: ``article`` and/or error kinds."""
    via: str = "extract"
    known_bug: Optional[str] = None
    """Id of a bug in docs/robustness.md this case currently hits (the test xfails on it)."""
    note: str = ""


def _limits(**kw):
    from cchc_extract.limits import Limits

    return Limits(**kw)


ARTICLE_OR_TIMEOUT = frozenset({"article", "timeout"})
ARTICLE = frozenset({"article"})

CASES: list[Case] = [
    # long lines
    Case("long line", "1 MB, no newline (Vietnamese prose)",
         lambda d: ((_PROSE * (MB // len(_PROSE) + 1))[:MB], {}), ARTICLE_OR_TIMEOUT,
         note="one sentence-free line; cut at Limits.max_line_chars"),
    Case("long line", "500 KB, no newline (fact-dense report sentences)",
         lambda d: ((_SENT * (MB // 2 // len(_SENT) + 1))[:MB // 2], {}), ARTICLE_OR_TIMEOUT,
         note="1 MB of it takes ~16 s on a 2-core machine (LINK-1), 2 MB over a minute"),
    Case("long line", "1 MB article dump on one line (seeds × 30, newlines → spaces)",
         lambda d: (((_seed_text().replace("\n", " ") + " ") * 30)[:MB], {}), ARTICLE_OR_TIMEOUT),
    Case("long line", "20,000 sentences in one paragraph ('Có. ' × 20,000)",
         lambda d: ("Có. " * 20_000, {}), ARTICLE_OR_TIMEOUT,
         note="was a timeout record before the SEG-1 fix"),
    Case("long line", "1 MB, no newline, no space",
         lambda d: ("x" * MB, {}), ARTICLE_OR_TIMEOUT),
    Case("long line", "200 KB glued Vietnamese 'ổcôngtác…'",
         lambda d: (("ổcôngtácchínhphủđiệntử" * 10_000)[:200_000], {}), ARTICLE_OR_TIMEOUT),
    # repetitions
    Case("repetition", "'1/' × 100,000", lambda d: ("1/" * 100_000, {}), ARTICLE_OR_TIMEOUT),
    Case("repetition", "'%' × 100,000", lambda d: ("%" * 100_000, {}), ARTICLE_OR_TIMEOUT),
    Case("repetition", "'số ' × 100,000", lambda d: ("số " * 100_000, {}), ARTICLE_OR_TIMEOUT),
    Case("repetition", "'99,5% ' × 100,000", lambda d: ("99,5% " * 100_000, {}), ARTICLE_OR_TIMEOUT),
    Case("repetition", "'ngày 1/1/2020 ' × 50,000", lambda d: ("ngày 1/1/2020 " * 50_000, {}),
         ARTICLE_OR_TIMEOUT),
    Case("repetition", "'Quyết định số ' × 20,000", lambda d: ("Quyết định số " * 20_000, {}),
         ARTICLE_OR_TIMEOUT),
    Case("repetition", "'【ca cuoc m88】' spam × 20,000 (one line)",
         lambda d: ("Tỉnh Hà Nam 【ca cuoc the thao m88】 " * 20_000, {}), ARTICLE_OR_TIMEOUT),
    # nesting
    Case("nesting", "'(' × 50,000 + ')' × 50,000", lambda d: ("(" * 50_000 + "x" + ")" * 50_000, {}),
         ARTICLE_OR_TIMEOUT),
    Case("nesting", "'((((Hà Nội đạt 99%' × 3,000 nested with text",
         lambda d: ("(Hà Nội đạt 99% " * 3_000 + ")" * 3_000, {}), ARTICLE_OR_TIMEOUT,
         note="× 10,000 is one 160 KB sentence: a timeout record or > 20 s (LINK-1), by machine load"),
    Case("nesting", "1 MB of '【'", lambda d: ("【" * (MB // 3), {}), ARTICLE_OR_TIMEOUT),
    Case("nesting", "'“' × 100,000 quotes", lambda d: ("“" * 100_000 + "Hà Nội" + "”" * 100_000, {}),
         ARTICLE_OR_TIMEOUT),
    # provinces
    Case("provinces", "10,000 × 'Hà Nội, ' (one sentence)", lambda d: ("Hà Nội, " * 10_000, {}),
         ARTICLE_OR_TIMEOUT),
    Case("provinces", "10,000 × 'Hà Nội ' (no separator)", lambda d: ("Hà Nội " * 10_000, {}),
         ARTICLE_OR_TIMEOUT),
    Case("provinces", "10,000 names cycling the 63 provinces, one line",
         lambda d: (", ".join(_provinces()[i % 63] for i in range(10_000)), {}), ARTICLE_OR_TIMEOUT),
    Case("provinces", "10,000 names cycling the 63 provinces, one per line",
         lambda d: ("\n".join(_provinces()[i % 63] for i in range(10_000)), {}), ARTICLE_OR_TIMEOUT),
    # many lines / sentences
    Case("many lines", "20,000 short distinct lines",
         lambda d: ("\n".join(f"dòng {i}" for i in range(20_000)), {}), ARTICLE_OR_TIMEOUT),
    Case("many lines", "60 KB: 1,000 distinct report lines",
         lambda d: (_varied_lines(1_000), {}), ARTICLE_OR_TIMEOUT),
    Case("many lines", "1.2 MB: 20,000 short lines, each a province and a %",
         lambda d: (_fact_lines(20_000), {}), ARTICLE_OR_TIMEOUT),
    Case("many lines", "1 MB: 17,000 distinct report lines",
         lambda d: (_varied_lines(17_000), {}), ARTICLE_OR_TIMEOUT),
    # size
    Case("size", "50 MB file, default limits (20 MB)",
         lambda d: ((_seed_text().encode("utf-8") * 2000)[:50 * MB], {}), frozenset({"too_large"})),
    Case("size", "50 MB str, default limits", lambda d: ("Hà Nội đạt 99%. " * 3_200_000, {}),
         frozenset({"too_large"})),
    Case("size", "50 MB file, Limits(max_bytes=60 MB)",
         lambda d: ((_seed_text().encode("utf-8") * 2000)[:50 * MB], {"limits": _limits(max_bytes=60 * MB)}),
         ARTICLE_OR_TIMEOUT, note="with the limit raised, the document must finish or time out"),
    Case("size", "the 5 seeds repeated × 30 (1 MB), one document", lambda d: (_seed_text() * 30, {}),
         ARTICLE_OR_TIMEOUT),
    # bytes
    Case("bytes", "1 MB of NUL bytes", lambda d: (b"\x00" * MB, {}), frozenset({"empty", "binary"})),
    Case("bytes", "text with a NUL after every word",
         lambda d: ("\x00 ".join(_SENT.split()).encode("utf-8") * 2000, {}),
         frozenset({"article", "binary"})),
    Case("bytes", "1 MB random binary (seed 0)",
         lambda d: (random.Random(0).randbytes(MB), {}), frozenset({"binary", "undecodable"})),
    Case("bytes", "1 MB random high bytes 0x80-0xFF (seed 1)",
         lambda d: (bytes(random.Random(1).randrange(128, 256) for _ in range(MB)), {}),
         frozenset({"binary", "undecodable", "article"})),
    Case("bytes", "truncated UTF-8 + lone surrogate escapes",
         lambda d: ((_SENT.encode("utf-8")[:-1] + b"\xed\xa0\x80") * 1000, {}),
         frozenset({"article", "undecodable", "binary"})),
    # compressed / reader path
    Case("gzip bomb", "250 MB of spaces in a 250 KB .txt.gz (reader)",
         lambda d: (_bomb_file(d, "bomb.txt.gz", 250 * MB), {}), frozenset({"too_large"}), via="reader"),
    Case("gzip bomb", "250 MB one-line .jsonl.gz (reader)",
         lambda d: (_bomb_file(d, "bomb.jsonl.gz", 250 * MB, b"a" * (1 << 20)), {}),
         frozenset({"too_large"}), via="reader"),
    Case("gzip bomb", "250 MB .html.gz (reader)",
         lambda d: (_bomb_file(d, "bomb.html.gz", 250 * MB, b"<div>" * 200_000), {}),
         frozenset({"too_large"}), via="reader"),
    Case("html", "'<div>' nested 100,000 deep (reader)",
         lambda d: (_write(d, "deep.html", "<html><body>" + "<div>" * 100_000 + "Hà Nội đạt 99%."
                           + "</div>" * 100_000 + "</body></html>"), {}),
         frozenset({"article", "empty", "timeout"}), via="reader"),
]


def _bomb_file(d: Path, name: str, size: int, chunk: bytes = b" " * (1 << 20)) -> list[str]:
    p = d / name
    _gzip_bomb(p, size, chunk)
    return [str(p)]


def _write(d: Path, name: str, text: str) -> list[str]:
    p = d / name
    p.write_text(text, encoding="utf-8")
    return [str(p)]


# ------------------------------------------------------------------------------ running

@dataclass
class Result:
    klass: str
    name: str
    outcome: str
    """``article``, an error kind, ``over budget (killed)``, ``crashed: …`` or ``raised: …``."""
    seconds: float
    peak_mb: Optional[float]
    facts: int = 0
    ok: bool = False
    detail: str = ""
    known_bug: Optional[str] = None
    records: list = field(default_factory=list)


def _peak_rss_mb(pid: Optional[int] = None) -> Optional[float]:
    try:
        for line in open(f"/proc/{pid or 'self'}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    if pid is not None:
        return None
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _extract_via_reader(paths, limits):
    """What a batch worker does: readers → (HTML → text) → extract; one result per record."""
    import cchc_extract as cx
    from cchc_extract.models import ErrorInfo, ErrorRecord
    from cchc_extract.readers import html_to_text, iter_records

    out = []
    for rec in iter_records(paths, limits):
        err = rec.meta.get("error")
        if err:
            out.append(ErrorRecord(doc_id=rec.doc_id, source=rec.source, error=ErrorInfo(**err)))
            continue
        data, kw = rec.data, {}
        if rec.meta.get("format") == "html":
            try:
                h = html_to_text(data)
            except Exception as exc:  # DecodeError for binary HTML
                kind = getattr(exc, "kind", "internal")
                out.append(ErrorRecord(doc_id=rec.doc_id, source=rec.source,
                                       error=ErrorInfo(kind=kind, message=str(exc))))
                continue
            data, kw = h.text, {"title": h.title, "published": h.published}
        out.append(cx.extract(data, doc_id=rec.doc_id, source=rec.source, limits=limits, **kw))
    return out


def _child(case: Case, conn, check: Optional[Callable]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="cchc_robust_"))
    try:
        import cchc_extract as cx  # noqa: F401 - loaded before the clock starts
        from cchc_extract.limits import Limits

        data, kw = case.build(tmp)
        conn.send(("started",))
        _reset_peak()
        t0 = time.perf_counter()
        if case.via == "reader":
            results = _extract_via_reader(data, kw.get("limits", Limits()))
        else:
            results = [cx.extract(data, **kw)]
        dt = time.perf_counter() - t0
        peak = _peak_rss_mb()
        outcomes, facts, detail = [], 0, ""
        for r in results:
            if hasattr(r, "error"):
                outcomes.append(r.error.kind)
                detail = r.error.message[:160]
            else:
                outcomes.append("article")
                facts += len(r.facts)
                if check is not None:
                    check(r)
        outcome = "+".join(sorted(set(outcomes))) or "no record"
        conn.send(("done", outcome, dt, peak, facts, detail))
    except BaseException as exc:  # noqa: BLE001 - report, the parent decides
        import traceback

        conn.send(("raised", f"{type(exc).__name__}: {exc}"[:300], 0.0, _peak_rss_mb(), 0,
                   traceback.format_exc()[-2000:]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        conn.close()


def run_case(case: Case, budget_s: float = BUDGET_S, budget_mb: float = BUDGET_MB,
             check: Optional[Callable] = None) -> Result:
    """Run one case in a forked child; kill it at ``budget_s`` (+ time to build the input)."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(case, child, check), daemon=True)
    t0 = time.perf_counter()
    proc.start()
    child.close()
    # building a 50 MB input or a 1 GB gzip bomb takes a few seconds before the clock starts
    deadline = t0 + 120.0
    msg = None
    while time.perf_counter() < deadline:
        if parent.poll(0.05):
            try:
                msg = parent.recv()
            except EOFError:
                msg = None
                break
            if msg[0] == "started":
                deadline = time.perf_counter() + budget_s + 1.0
                t0 = time.perf_counter()
                msg = None
                continue
            break
        if not proc.is_alive() and not parent.poll(0):
            break
    if msg is None:
        alive = proc.is_alive()
        peak = _peak_rss_mb(proc.pid) if alive else None
        if alive:
            proc.kill()
        proc.join(5)
        outcome = "over budget (killed)" if alive else f"crashed (exit {proc.exitcode})"
        return Result(case.klass, case.name, outcome, time.perf_counter() - t0, peak,
                      ok=False, known_bug=case.known_bug)
    proc.join(5)
    status, outcome, dt, peak, facts, detail = msg
    if status == "raised":
        return Result(case.klass, case.name, f"raised: {outcome}", dt, peak, ok=False,
                      detail=detail, known_bug=case.known_bug)
    within = dt <= budget_s and (peak is None or peak <= budget_mb)
    allowed = all(o in case.expect for o in outcome.split("+"))
    if dt > budget_s:
        detail = f"took {dt:.1f} s > {budget_s:g} s; " + detail
    return Result(case.klass, case.name, outcome, dt, peak, facts, within and allowed, detail,
                  case.known_bug)


# ------------------------------------------------------------------------------ report

def table(results: list[Result], budget_s: float, budget_mb: float) -> str:
    rows = ["| class of input | case | outcome | facts | time (s) | peak RSS (MB) | within budget |",
            "|---|---|---|---:|---:|---:|---|"]
    for r in results:
        verdict = "yes" if r.ok else (f"**no** — known bug {r.known_bug}" if r.known_bug else "**NO**")
        peak = f"{r.peak_mb:.0f}" if r.peak_mb is not None else "—"
        rows.append(f"| {r.klass} | {r.name} | {r.outcome} | {r.facts} | {r.seconds:.2f} | {peak} "
                    f"| {verdict} |")
    summary = ["", "| class of input | cases | outcomes | max time (s) | max peak RSS (MB) | passed |",
               "|---|---:|---|---:|---:|---:|"]
    by: dict[str, list[Result]] = {}
    for r in results:
        by.setdefault(r.klass, []).append(r)
    for k, rs in by.items():
        outs = sorted({r.outcome for r in rs})
        peaks = [r.peak_mb for r in rs if r.peak_mb is not None]
        summary.append(f"| {k} | {len(rs)} | {', '.join(outs)} | {max(r.seconds for r in rs):.2f} | "
                       f"{max(peaks):.0f} | {sum(r.ok for r in rs)}/{len(rs)} |" if peaks else
                       f"| {k} | {len(rs)} | {', '.join(outs)} | {max(r.seconds for r in rs):.2f} | — | "
                       f"{sum(r.ok for r in rs)}/{len(rs)} |")
    head = (f"Budgets per case: {budget_s:g} s wall clock, {budget_mb:g} MB peak RSS "
            f"(machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}).")
    return "\n".join([head, "", *summary, "", *rows])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget-s", type=float, default=BUDGET_S)
    ap.add_argument("--budget-mb", type=float, default=BUDGET_MB)
    ap.add_argument("--only", default=None, help="run cases whose class or name contains this")
    ap.add_argument("--json", action="store_true")
    ns = ap.parse_args(argv)
    results = []
    for case in CASES:
        if ns.only and ns.only.lower() not in (case.klass + " " + case.name).lower():
            continue
        print(f"… {case.klass}: {case.name}", file=sys.stderr, flush=True)
        r = run_case(case, ns.budget_s, ns.budget_mb)
        results.append(r)
        if ns.json:
            print(json.dumps({k: v for k, v in r.__dict__.items() if k != "records"}, ensure_ascii=False),
                  flush=True)
        print(f"  → {r.outcome} in {r.seconds:.2f} s, peak {r.peak_mb or 0:.0f} MB"
              f"{'' if r.ok else '  [FAIL]'} {r.detail[:120]}", file=sys.stderr, flush=True)
    if not ns.json:
        print(table(results, ns.budget_s, ns.budget_mb))
    return 0 if all(r.ok or r.known_bug for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
