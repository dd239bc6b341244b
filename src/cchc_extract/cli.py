"""The ``cchc-extract`` command: a thin command line over the library.

Exit codes: 0 when every document was processed (error records included; their count goes to
stderr), 1 when nothing could be processed, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import json
import sys
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


def _iter_inputs(args: list[str]) -> Iterator[tuple[str, Optional[Path]]]:
    """(name, path) for each input; '-' is stdin (path None); directories recurse, sorted."""
    for a in args:
        if a == "-":
            yield "-", None
            continue
        p = Path(a)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and _wanted(f):
                    yield str(f), f
        else:
            yield a, p


def _progress(enabled: bool, i: int, n: int, errors: int) -> None:
    if enabled:
        sys.stderr.write(f"\r{i}/{plural(n, 'document')}, {plural(errors, 'error')}")
        sys.stderr.flush()


def cmd_extract(ns: argparse.Namespace) -> int:
    from .pipeline import extract, run_document, stable_id

    limits = Limits(max_bytes=ns.max_bytes, doc_timeout=ns.timeout)
    fmt = None if ns.input_format == "auto" else ns.input_format
    inputs = list(_iter_inputs(ns.inputs))
    if not inputs:
        print("cchc-extract extract: no input files found (a directory is searched for "
              + ", ".join(EXTRACT_SUFFIXES) + " and .gz)", file=sys.stderr)
        return 2
    show_progress = len(inputs) > 1 and sys.stderr.isatty()
    out = open(ns.output, "w", encoding="utf-8") if ns.output else sys.stdout
    ok = errors = 0
    records = []
    try:
        for i, (name, path) in enumerate(inputs, 1):
            if path is None:
                data = sys.stdin.buffer.read()
                rec = run_document(data, doc_id=stable_id(data), source="-", fmt=fmt, limits=limits)
            else:
                rec = extract(path, fmt=fmt, limits=limits)
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
    finally:
        if out is not sys.stdout:
            out.close()
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


def cmd_batch(ns: argparse.Namespace) -> int:
    from .batch import cli_main

    return cli_main(ns)


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
               f"included), 1 nothing could be processed,\n2 usage error.")
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
    e.add_argument("--max-bytes", type=int, default=limits.max_bytes, metavar="N",
                   help="inputs larger than N bytes become 'too_large' error records "
                        "(default: %(default)s)")
    e.add_argument("--timeout", type=float, default=limits.doc_timeout, metavar="S",
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
             "document yields exactly one record. Parquet and DuckDB need the 'batch' extra.")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, directories, JSONL or WARC/ARC files (and their .gz)")
    b.add_argument("-o", "--output", required=True, help="OUT.jsonl, OUT.parquet or OUT.duckdb (required)")
    b.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--resume", action="store_true", help="skip documents already in OUT and append the rest")
    b.add_argument("--timeout", type=float, default=Limits().doc_timeout, help="seconds per document (default %(default)s)")
    b.add_argument("--max-bytes", type=int, default=Limits().max_bytes,
                   help="inputs larger than this become 'too_large' error records (default %(default)s)")
    b.add_argument("--flush-every", type=int, default=None, help="Parquet/DuckDB: commit every N documents (default 1000)")
    b.set_defaults(func=cmd_batch)

    r = _sub(sub, "render", "write an article as HTML with its facts highlighted",
             "Write a standalone HTML page: the cleaned text with every fact highlighted, the\n"
             "removed boilerplate with reasons, and a table of the facts.")
    r.add_argument("input", metavar="FILE",
                   help="a raw article (text or HTML, any supported encoding), or JSON/JSONL "
                        "output of extract/batch (every record goes into one page)")
    r.add_argument("-o", "--output", required=True, metavar="FILE.html",
                   help="the page to write, or - for stdout (required)")
    r.set_defaults(func=cmd_render)

    tb = _sub(sub, "table", "cross-article tables as CSV (rankings, indicators)",
              "Cross-article tables as CSV: rankings (province x index x year) or indicators\n"
              "(province x metric x year). Needs the 'frames' extra (pandas).")
    tb.add_argument("kind", choices=["rankings", "indicators"], help="which table")
    tb.add_argument("input", metavar="OUT.jsonl",
                    help="JSONL output of extract --format jsonl or batch (a raw article or a "
                         "directory of them is extracted first)")
    tb.add_argument("-o", "--output", metavar="OUT.csv",
                    help="CSV file to write (default: stdout)")
    tb.set_defaults(func=cmd_table)
    return p


def main(argv: Optional[Iterable[str]] = None) -> int:
    parser = build_parser()
    try:
        ns = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return ns.func(ns)
    except ImportError as exc:
        extra = _extra_for(exc)
        if extra is None:
            raise
        print(f"cchc-extract {ns.command}: {exc.name or 'a dependency'} is not installed; "
              f"install the '{extra}' extra: pip install 'cchc_extract[{extra}]'", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("cchc-extract: interrupted", file=sys.stderr)
        return 130


def _extra_for(exc: ImportError) -> Optional[str]:
    from .errors import MissingExtra

    if isinstance(exc, MissingExtra):
        return exc.extra
    name = (getattr(exc, "name", None) or "").split(".")[0]
    return OPTIONAL_MODULES.get(name)


if __name__ == "__main__":
    sys.exit(main())
