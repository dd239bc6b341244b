"""The ``cchc-extract`` command: a thin command line over the library.

Exit codes: 0 when every document was processed (error records included; their count goes to
stderr), 1 when nothing could be processed, 2 for a usage error or a missing extra.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .limits import Limits

EXTRACT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")
"""What ``extract DIR`` reads (and the same names ending in ``.gz``); a file named on the
command line is read whatever its name, its format detected from its content."""

FORMAT_DOC = "docs/format.md"
OPTIONAL_MODULES = {"pandas": "frames", "numpy": "frames", "pyarrow": "batch", "duckdb": "batch",
                    "warcio": "batch", "trafilatura": "html", "lxml_html_clean": "html",
                    "dask": "dask", "distributed": "dask", "matplotlib": "notebook",
                    "underthesea": "underthesea"}
"""Which extra installs each optional module (the message for a missing one names it)."""


def plural(n: int, word: str, plural_form: Optional[str] = None) -> str:
    """``1 article``, ``2 articles`` (``plural_form`` for irregular words)."""
    return f"{n:,} {word if n == 1 else (plural_form or word + 's')}"


def _wanted(p: Path) -> bool:
    name = p.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name.endswith(EXTRACT_SUFFIXES)


def _iter_inputs(args: list[str]) -> Iterator[tuple[str, Optional[Path], Optional[str]]]:
    """(name, path, doc_id) for each input; '-' is stdin (path None); directories recurse,
    sorted, and name a file by its path relative to the directory without its suffix (as
    ``batch`` does); a file given by name gets its stem (doc_id None)."""
    from .readers import classify, clean_text

    for a in args:
        if a == "-":
            yield "-", None, None
            continue
        p = Path(a)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and _wanted(f):
                    rel = f.relative_to(p)
                    stem = classify(f.name)[2] or f.stem
                    yield str(f), f, clean_text("/".join(rel.parts[:-1] + (stem,)))
        else:
            yield a, p, None


def _progress(enabled: bool, i: int, n: int, errors: int) -> None:
    if enabled:
        sys.stderr.write(f"\r{i}/{plural(n, 'document')}, {plural(errors, 'error')}")
        sys.stderr.flush()


def _is_container(path: Path) -> bool:
    """A JSONL or WARC/ARC file: many documents, read record by record."""
    from .readers import classify

    return classify(path.name)[0] in ("jsonl", "warc")


def cmd_extract(ns: argparse.Namespace) -> int:
    from .pipeline import extract, run_document, stable_id

    limits = Limits(max_bytes=ns.max_bytes, doc_timeout=ns.timeout)
    fmt = None if ns.input_format == "auto" else ns.input_format
    inputs = list(_iter_inputs(ns.inputs))
    if not inputs:
        print("cchc-extract extract: no input files found (a directory is searched for "
              + ", ".join(EXTRACT_SUFFIXES) + " and .gz)", file=sys.stderr)
        return 2
    from .outputs import open_output, refusal

    why = refusal(ns.output, [str(p) for _, p, _ in inputs if p is not None], ns.overwrite)
    if why:
        print(f"cchc-extract extract: {why}", file=sys.stderr)
        return 2
    show_progress = len(inputs) > 1 and sys.stderr.isatty()
    ok = errors = 0
    records = []
    with open_output(ns.output) as out:
        for i, (name, path, doc_id) in enumerate(inputs, 1):
            if path is None:
                data = sys.stdin.buffer.read()
                recs = [run_document(data, doc_id=stable_id(data), source="-", fmt=fmt, limits=limits)]
            elif _is_container(path):  # JSONL / WARC: record by record, as batch reads them
                from .batch import process_record
                from .readers import iter_records

                recs = (process_record(r, limits)[0] for r in iter_records([path], limits))
            else:
                recs = [extract(path, doc_id=doc_id, fmt=fmt, limits=limits)]
            for rec in recs:
                if hasattr(rec, "error"):
                    errors += 1
                else:
                    ok += 1
                if ns.format == "jsonl":
                    out.write(rec.to_json() + "\n")
                    out.flush()
                else:
                    records.append(json.loads(rec.to_json()))
            _progress(show_progress, i, len(inputs), errors)
        if ns.format == "json":
            payload = records[0] if len(records) == 1 else records
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if show_progress:
        sys.stderr.write("\n")
    if errors:
        print(f"cchc-extract: {plural(ok, 'article')}, {plural(errors, 'error record')}",
              file=sys.stderr)
    return 0 if ok else 1


def cmd_schema(ns: argparse.Namespace) -> int:
    from .models import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_eval(ns: argparse.Namespace) -> int:
    from .evaluate import run

    return run(ns.gold, ns.inputs or None, show_errors=ns.errors, as_json=ns.json,
               baseline=ns.baseline, against=ns.against, split=ns.split, shared=ns.shared)


# ------------------------------------------------------------------ batch

class _Progress:
    def __init__(self, enabled: bool, total: Optional[int]):
        self.bar = None
        self.last = 0.0
        if enabled:
            try:
                from tqdm import tqdm

                try:  # a terminal that reports 0 columns would get an empty bar
                    cols = os.get_terminal_size(sys.stderr.fileno()).columns
                except OSError:
                    cols = 0
                size = {"dynamic_ncols": True} if cols > 0 else {"ncols": 100, "nrows": 24}
                self.bar = tqdm(total=total, unit="doc", file=sys.stderr, smoothing=0.1,
                                desc="cchc-extract", **size)
            except ImportError:
                self.bar = None

    def update(self, stats) -> None:
        if self.bar is None:
            return
        self.bar.update(1)
        now = time.monotonic()
        if now - self.last > 0.5:
            self.last = now
            self.bar.set_postfix(errors=sum(stats.errors.values()), refresh=False)

    def close(self, stats) -> None:
        if self.bar is not None:
            self.bar.set_postfix(errors=sum(stats.errors.values()), refresh=False)
            self.bar.close()


def _count_total(inputs, done: set, exclude) -> Optional[int]:
    from .readers import FileTask, IdAllocator, plan

    n = 0
    for task in plan(inputs, IdAllocator(), exclude=exclude):
        if isinstance(task, FileTask):
            n += task.doc_id not in done
        else:
            return None  # JSONL/WARC: unknown without reading them
    return n


def _say(msg: str) -> None:
    if sys.stderr is not None:
        print(f"cchc-extract batch: {msg}", file=sys.stderr, flush=True)


def _inside(child: str, parent: str) -> bool:
    c, p = os.path.realpath(child), os.path.realpath(parent)
    return c == p or c.startswith(p.rstrip(os.sep) + os.sep)


def _written_at(out: Path) -> Optional[float]:
    """When the output was last written: its mtime (the newest part's for a Parquet directory)."""
    try:
        if out.is_dir():
            return max((p.stat().st_mtime for p in out.iterdir()), default=None)
        return out.stat().st_mtime
    except OSError:
        return None


def cmd_batch(ns: argparse.Namespace) -> int:
    """``cchc-extract batch``: INPUT... -o OUT.{jsonl,parquet,duckdb}; see
    :mod:`cchc_extract.batch` for the guarantees and the output layouts."""
    import signal
    import threading

    from .batch import BatchStats, OUTPUT_SUFFIXES, OutputError, open_sink, run, worker_cap
    from .limits import DEFAULT_LIMITS

    out = Path(ns.output)
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        _say(f"unknown output format {out.suffix or '(no suffix)'!r}: -o must end in "
             f"{', '.join(OUTPUT_SUFFIXES)}")
        return 2
    missing = [a for a in ns.inputs if not os.path.exists(a)]
    if missing:
        _say(f"input not found: {', '.join(missing[:5])}")
        return 2
    inside = []
    for a in ns.inputs:
        if os.path.exists(out) and (os.path.samefile(a, out) or _inside(a, out)):
            _say(f"{a} is the output {out} (or inside it): the output cannot also be an input; "
                 f"choose another -o")
            return 2
        if os.path.isdir(a) and _inside(os.path.join(os.path.dirname(os.path.abspath(out)), ""), a):
            inside.append(a)
    if out.is_file() and out.stat().st_size:  # an existing file the walk would read as a document
        from .readers import _is_result_file, classify

        real = os.path.realpath(out)
        for a in ns.inputs:
            if (os.path.isdir(a) and _inside(real, a) and classify(real)[0]
                    and not _is_result_file(real)):
                _say(f"{out} is the input document {real} (under {a}), not an earlier output: "
                     f"the output cannot also be an input; choose another -o")
                return 2
    workers = ns.workers if ns.workers is not None else (os.cpu_count() or 1)
    if workers > worker_cap():
        _say(f"--workers {workers} capped to {worker_cap()} (2 × the {os.cpu_count() or 1} cores)")
        workers = worker_cap()
    limits = Limits(max_bytes=ns.max_bytes or DEFAULT_LIMITS.max_bytes,
                    doc_timeout=ns.timeout or DEFAULT_LIMITS.doc_timeout)
    mode = "resume" if ns.resume else "overwrite" if ns.overwrite else "new"
    written_at = _written_at(out) if mode == "resume" else None  # before opening changes it
    try:
        sink = open_sink(out, mode, ns.flush_every)
    except OutputError as exc:
        _say(str(exc))
        return 2
    for note in getattr(sink, "notes", ()):
        _say(note)
    if inside:
        _say(f"the output {out} is inside the input {inside[0]}: it is left out of the inputs")
    from .readers import ResumeIndex

    done_before = ResumeIndex(sink.done)
    done_before.written_at = written_at
    stats = BatchStats()
    stop = threading.Event()
    received: list[int] = []

    def on_signal(signum, frame):  # noqa: ARG001
        received.append(signum)
        stop.set()

    old = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            old[sig] = signal.signal(sig, on_signal)
    exclude = [out]
    show = sys.stderr is not None and sys.stderr.isatty()
    progress = _Progress(show, _count_total(ns.inputs, done_before, exclude) if show else None)
    t0 = time.monotonic()
    write_error = engine_error = None
    gen = run(ns.inputs, workers, limits, ordered=True, skip=done_before, stats=stats, stop=stop,
              exclude=exclude, site_templates=ns.site_templates)
    try:
        try:
            for d in gen:
                try:
                    sink.write(d)
                except Exception as exc:  # noqa: BLE001 - OSError, duckdb.IOException, …
                    write_error = exc
                    break
                progress.update(stats)
        except RuntimeError as exc:  # no worker process could be started
            engine_error = exc
    finally:
        gen.close()
        progress.close(stats)
        try:
            sink.close()
        except Exception as exc:  # noqa: BLE001 - the final flush can fail like a write
            write_error = write_error or exc
        for sig, h in old.items():
            signal.signal(sig, h)
    elapsed = time.monotonic() - t0
    n_err = sum(stats.errors.values())
    if write_error is not None or engine_error is not None:
        if write_error is not None:
            reason = getattr(write_error, "strerror", None) or f"{type(write_error).__name__}: {write_error}"
            what = f"cannot write {out}: {reason}"
        else:
            what = str(engine_error)
        _say(f"{what}; {stats.documents} documents finished in this run, those written are kept — "
             f"fix the problem and rerun with --resume")
        return 1
    rate = stats.documents / elapsed if elapsed > 0 else 0.0
    kinds = ", ".join(f"{k} {n}" for k, n in stats.errors.most_common())
    summary = (f"{plural(stats.documents, 'document')} in {elapsed:.1f} s ({rate:.1f}/s): "
               f"{plural(stats.articles, 'article')}, {plural(n_err, 'error record')}"
               + (f" ({kinds})" if kinds else "")
               + f" → {out}")
    if stats.read.skipped_resume:
        summary += f"; {stats.read.skipped_resume} already in {out.name}, skipped"
    changed = stats.read.changed_resume
    if changed:
        summary += (f"; {plural(len(changed), 'skipped file')} modified after {out.name} was last "
                    f"written, so {out.name} holds an earlier text of "
                    f"{'it' if len(changed) == 1 else 'them'} ({', '.join(changed[:3])}"
                    f"{', …' if len(changed) > 3 else ''}): rerun with --overwrite, or into another "
                    f"-o, to extract the new text")
    if stats.read.renamed_resume:
        summary += (f"; {plural(stats.read.renamed_resume, 'file')} with an id that {out.name} "
                    f"gives to another source (were the inputs changed?), written under id~N")
    if stats.read.skipped_output:
        summary += (f"; {plural(stats.read.skipped_output, 'output file')} of this or an earlier run "
                    f"inside the inputs left out")
    if stats.read.skipped_repeat:
        summary += (f"; {plural(stats.read.skipped_repeat, 'input')} reached a second time "
                    f"through overlapping arguments, read once")
    if stats.read.skipped_warc:
        summary += "; WARC/ARC records skipped (not HTML responses): " + ", ".join(
            f"{k} {n}" for k, n in stats.read.skipped_warc.most_common())
    _say(summary)
    if received:
        signame = signal.Signals(received[0]).name
        _say(f"stopped by {signame}: finished documents are written and flushed; rerun the same "
             f"command with --resume to process the rest")
        return 128 + received[0]
    if stats.documents == 0:
        if done_before:
            _say(f"nothing to do: all documents are already in {out}"
                 + (" (some in an earlier text: see above)" if changed else ""))
            return 0
        _say("no input documents found (looked for .txt, .html/.htm, their .gz, .jsonl, "
             ".warc/.arc)")
        return 2
    if stats.articles == 0 and not done_before:
        _say("no document could be processed: every one is an error record")
        return 1
    return 0


def _positive(kind):
    def parse(s: str):
        try:
            v = kind(s)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
        if not v > 0:
            raise argparse.ArgumentTypeError(f"must be greater than 0, not {s}")
        return v
    parse.__name__ = kind.__name__
    return parse


def _non_negative_int(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {s!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (in-process) or more, not {s}")
    return v


def cmd_render(ns: argparse.Namespace) -> int:
    from .render import cli_main

    return cli_main(ns)


def cmd_table(ns: argparse.Namespace) -> int:
    from .tables import cli_main

    return cli_main(ns)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions as written (line breaks kept), a little wider."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def _sub(sub, name: str, help: str, description: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, description=description,
                          formatter_class=_HelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    limits = Limits()
    p = argparse.ArgumentParser(
        prog="cchc-extract", formatter_class=_HelpFormatter,
        description="Typed, source-anchored facts from Vietnamese press reports on administrative "
                    "reform,\ne-government and public services.",
        epilog=f"Output format, field by field: {FORMAT_DOC} in the repository (or run "
               f"'cchc-extract schema').\nExit codes: 0 every document processed (error records "
               f"included), 1 nothing could be processed,\n2 usage error or a missing extra.")
    p.add_argument("--version", action="version", version=f"cchc-extract {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = _sub(sub, "extract", "extract facts from files, directories or stdin",
             "Extract facts from each document: text, HTML or markdown-converted pages, in any\n"
             "supported encoding, .gz included. One JSON object per document (an article or an\n"
             f"error record); the format is described in {FORMAT_DOC}.")
    e.add_argument("inputs", nargs="+", metavar="FILE|DIR|-",
                   help="a file, a directory (searched recursively for "
                        + ", ".join(EXTRACT_SUFFIXES) + " and .gz), or - for stdin")
    e.add_argument("--format", choices=["json", "jsonl"], default="json",
                   help="json: one pretty-printed object (a list for several documents); "
                        "jsonl: one object per line (default: %(default)s)")
    e.add_argument("--input-format", choices=["auto", "text", "html", "markdown"], default="auto",
                   help="what the inputs are; auto detects HTML and markdown-converted pages "
                        "(default: %(default)s)")
    e.add_argument("-o", "--output", metavar="OUT",
                   help="write to this file instead of stdout (default: stdout)")
    e.add_argument("--overwrite", action="store_true",
                   help="replace an existing OUT; without it an existing OUT is refused, and OUT is "
                        "never one of the inputs (default: off)")
    e.add_argument("--max-bytes", type=_positive(int), default=limits.max_bytes, metavar="N",
                   help="inputs larger than N bytes become 'too_large' error records "
                        "(default: %(default)s)")
    e.add_argument("--timeout", type=_positive(float), default=limits.doc_timeout, metavar="S",
                   help="seconds one document may take before it becomes a 'timeout' error "
                        "record (default: %(default)s)")
    e.set_defaults(func=cmd_extract)

    s = _sub(sub, "schema", "print the JSON Schema of the output",
             "Print the JSON Schema of one output line (an article or an error record).")
    s.set_defaults(func=cmd_schema)

    v = _sub(sub, "eval", "score the pipeline against gold annotations",
             "Score the pipeline against gold annotations: precision, recall and F1 per fact type,\n"
             "attribute accuracies and cleaning checks, for the dev and test splits separately.")
    from .evaluate import add_arguments as eval_arguments

    eval_arguments(v)
    v.set_defaults(func=cmd_eval)

    b = _sub(sub, "batch", "process many documents (text, HTML, JSONL, WARC) into JSONL, Parquet or DuckDB",
             "Process many documents in parallel into JSONL, Parquet or DuckDB; every input\n"
             "document yields exactly one record, with an id that depends only on the input\n"
             "(its path relative to the argument, or its record id). Parquet and DuckDB need\n"
             "the 'batch' extra.")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, directories, JSONL or WARC/ARC files (and their .gz)")
    b.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="OUT.jsonl, OUT.parquet or OUT.duckdb; never one of the inputs (required)")
    b.add_argument("--workers", type=_non_negative_int, default=None, metavar="N",
                   help="worker processes; at most 2 x the cores; 0 runs in-process (default: all cores)")
    again = b.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true",
                       help="skip documents already in OUT and append the rest (default: off)")
    again.add_argument("--overwrite", action="store_true",
                       help="replace an existing OUT; without --resume or --overwrite an existing OUT "
                            "is refused (default: off)")
    b.add_argument("--timeout", type=_positive(float), default=Limits().doc_timeout, metavar="S",
                   help="seconds per document before it becomes a 'timeout' error record (default: %(default)s)")
    b.add_argument("--max-bytes", type=_positive(int), default=Limits().max_bytes, metavar="N",
                   help="inputs larger than this become 'too_large' error records (default: %(default)s)")
    b.add_argument("--site-templates", action="store_true",
                   help="read the inputs twice: lines repeated across many pages of one site (by URL "
                        "host) are removed as that site's template, with the evidence in 'removed' "
                        "(default: off, each page cleaned on its own)")
    b.add_argument("--flush-every", type=_positive(int), default=None, metavar="N",
                   help="Parquet/DuckDB: commit every N documents (default: 1000)")
    b.set_defaults(func=cmd_batch)

    r = _sub(sub, "render", "write an article as HTML with its facts highlighted",
             "Write a standalone HTML page: the cleaned text with every fact highlighted, the\n"
             "removed boilerplate with reasons, and a table of the facts.")
    r.add_argument("input", metavar="FILE",
                   help="a raw article (text or HTML, any supported encoding), or JSON/JSONL "
                        "output of extract/batch (every record goes into one page)")
    r.add_argument("-o", "--output", required=True, metavar="FILE.html",
                   help="the page to write, or - for stdout (required)")
    r.add_argument("--overwrite", action="store_true",
                   help="replace an existing FILE.html; without it an existing file is refused, and "
                        "it is never the input (default: off)")
    r.set_defaults(func=cmd_render)

    tb = _sub(sub, "table", "cross-article tables as CSV (rankings, indicators)",
              "Cross-article tables as CSV: rankings (province x index x year) or indicators\n"
              "(province x metric x year). Needs the 'frames' extra (pandas).")
    tb.add_argument("kind", choices=["rankings", "indicators"], help="which table")
    tb.add_argument("input", metavar="OUT",
                    help="output of extract --format jsonl or batch: OUT.jsonl, OUT.parquet or OUT.duckdb "
                         "(a raw article or a directory of them is extracted first)")
    tb.add_argument("-o", "--output", metavar="OUT.csv",
                    help="CSV file to write (default: stdout)")
    tb.add_argument("--overwrite", action="store_true",
                    help="replace an existing OUT.csv; without it an existing file is refused, and it "
                         "is never the input (default: off)")
    tb.set_defaults(func=cmd_table)
    return p


#: optional dependencies → the extra that installs them
def _std_streams(ns: argparse.Namespace) -> Optional[int]:
    """A process started with stdin/stdout/stderr closed: reading gives nothing, messages are
    dropped; output meant for a closed stdout is refused (exit 2) rather than lost."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    if sys.stdin is None:
        sys.stdin = open(os.devnull, "r", encoding="utf-8")
    if sys.stdout is None:
        if ns.command in ("batch", "render") or getattr(ns, "output", None) not in (None, "-"):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")
        else:
            print(f"cchc-extract {ns.command}: standard output is closed; write to a file with "
                  f"-o FILE", file=sys.stderr)
            return 2
    return None


def main(argv: Optional[Iterable[str]] = None) -> int:
    parser = build_parser()
    try:
        ns = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    code = _std_streams(ns)
    if code is not None:
        return code
    try:
        return ns.func(ns)
    except ImportError as exc:
        extra = _extra_for(exc)
        if extra is None:
            raise
        print(f"cchc-extract {ns.command}: {exc.name or 'a dependency'} is not installed; "
              f"install the '{extra}' extra: pip install 'cchc_extract[{extra}]'", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("cchc-extract: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if not exc.filename:
            raise
        name = os.fsdecode(exc.filename).encode("utf-8", "backslashreplace").decode("utf-8")
        usage = exc.filename == getattr(ns, "output", None)
        print(f"cchc-extract {ns.command}: {'cannot write ' if usage else ''}{name}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 2 if usage else 1


def _extra_for(exc: ImportError) -> Optional[str]:
    from .errors import MissingExtra

    if isinstance(exc, MissingExtra):
        return exc.extra
    name = (getattr(exc, "name", None) or "").split(".")[0]
    return OPTIONAL_MODULES.get(name)


if __name__ == "__main__":
    sys.exit(main())
