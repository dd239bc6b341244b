"""``cchc-extract``: a thin command line over the library (SPEC §6).

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

TEXT_SUFFIXES = {".txt", ".text"}


def _iter_inputs(args: list[str], suffixes=TEXT_SUFFIXES) -> Iterator[tuple[str, Optional[Path]]]:
    """(name, path) for each input; '-' is stdin (path None); directories recurse, sorted."""
    for a in args:
        if a == "-":
            yield "-", None
            continue
        p = Path(a)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and (f.suffix.lower() in suffixes):
                    yield str(f), f
        else:
            yield a, p


def _progress(enabled: bool, i: int, n: int, errors: int) -> None:
    if enabled:
        sys.stderr.write(f"\r{i}/{n} documents, {errors} errors")
        sys.stderr.flush()


def cmd_extract(ns: argparse.Namespace) -> int:
    from . import extract
    from .models import ErrorInfo, ErrorRecord

    limits = Limits(max_bytes=ns.max_bytes)
    inputs = list(_iter_inputs(ns.inputs))
    if not inputs:
        print("cchc-extract: no input files found", file=sys.stderr)
        return 2
    show_progress = len(inputs) > 1 and sys.stderr.isatty()
    out = open(ns.output, "w", encoding="utf-8") if ns.output else sys.stdout
    ok = errors = 0
    records = []
    try:
        for i, (name, path) in enumerate(inputs, 1):
            try:
                if path is None:
                    data = sys.stdin.buffer.read()
                    rec = extract(data, source="-", limits=limits)
                else:
                    data = path.read_bytes()
                    rec = extract(data, doc_id=path.stem, source=str(path), limits=limits)
            except OSError as exc:
                rec = ErrorRecord(doc_id=Path(name).stem, source=name,
                                  error=ErrorInfo(kind="read_error", message=str(exc)))
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
        print(f"cchc-extract: {ok} articles, {errors} error records", file=sys.stderr)
    return 0 if ok or not inputs else 1 if errors == len(inputs) else 0


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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cchc-extract", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract facts from files, directories or stdin ('-')")
    e.add_argument("inputs", nargs="+", metavar="FILE|DIR|-")
    e.add_argument("--format", choices=["json", "jsonl"], default="json")
    e.add_argument("-o", "--output", help="write here instead of stdout")
    e.add_argument("--max-bytes", type=int, default=Limits().max_bytes,
                   help="refuse larger inputs as 'too_large' (default %(default)s)")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(func=cmd_schema)

    v = sub.add_parser("eval", help="score the pipeline against gold annotations")
    from .evaluate import add_arguments as eval_arguments

    eval_arguments(v)
    v.set_defaults(func=cmd_eval)

    b = sub.add_parser("batch", help="process many documents (text, HTML, JSONL, WARC) into JSONL, Parquet or DuckDB")
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("-o", "--output", required=True, help="OUT.jsonl, OUT.parquet or OUT.duckdb")
    b.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--resume", action="store_true", help="skip documents already in OUT and append the rest")
    b.add_argument("--timeout", type=float, default=Limits().doc_timeout, help="seconds per document (default %(default)s)")
    b.add_argument("--max-bytes", type=int, default=Limits().max_bytes)
    b.add_argument("--flush-every", type=int, default=None, help="Parquet/DuckDB: commit every N documents (default 1000)")
    b.set_defaults(func=cmd_batch)

    r = sub.add_parser("render", help="write an article as HTML with its facts highlighted")
    r.add_argument("input", metavar="FILE")
    r.add_argument("-o", "--output", required=True, metavar="FILE.html")
    r.set_defaults(func=cmd_render)

    tb = sub.add_parser("table", help="cross-article tables as CSV (rankings, indicators)")
    tb.add_argument("kind", choices=["rankings", "indicators"])
    tb.add_argument("input", metavar="OUT.jsonl", help="batch/extract JSONL output")
    tb.add_argument("-o", "--output", help="CSV file (default stdout)")
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
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("cchc-extract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
