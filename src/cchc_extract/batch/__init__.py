"""Batch processing: many documents → JSONL, Parquet or DuckDB, in parallel, resumably.

Python::

    import cchc_extract as cx
    for rec in cx.extract_many(["crawl/", "pages.jsonl", "crawl.warc.gz"], workers=4):
        ...                     # Article or ErrorRecord, one per input document

CLI (docs/format.md; the handler is ``cchc_extract.cli.cmd_batch``)::

    cchc-extract batch INPUT... -o OUT.{jsonl,parquet,duckdb} [--workers N]
                       [--resume | --overwrite] [--timeout S] [--max-bytes N] [--flush-every N]

Modules: :mod:`.engine` (worker processes, order, timeouts, crashes), :mod:`.process` (one
document), :mod:`.sinks` (the three outputs: locking, resume, commit), :mod:`.schema` (the
one column schema of the tabular outputs, Arrow and pandas, shared with
:mod:`cchc_extract.dask`).

**Guarantees.** Every input document yields exactly one record — an article or an error
record with its ``error.kind`` — whatever its name, encoding or truncation; doc ids depend
only on the input itself (see :mod:`cchc_extract.readers`); the output is never also read
as an input; a second writer on the same output is refused; an existing output is neither
replaced (without ``--overwrite``) nor shortened (``--resume`` only appends).

**Outputs** (chosen by the suffix of ``-o``):

- ``OUT.jsonl``: one JSON object per line, exactly ``extract(...).to_json()``; written
  and flushed line by line with unbuffered writes, so a killed batch keeps every finished line.
- ``OUT.parquet``: a **directory** with one Parquet dataset per table —
  ``OUT.parquet/articles/``, ``facts/``, ``removed/``, ``errors/`` — each a set of
  ``part-NNNNN.parquet`` files. Parts are written every 1,000 documents or 10 seconds and
  committed together (a marker in ``_commits/``; see :func:`.sinks.commit_part`).
- ``OUT.duckdb``: tables ``articles``, ``facts``, ``removed``, ``errors``, inserted in one
  transaction per flush (same cadence).

:func:`read_results` reads any of the three back into the JSON objects of ``extract``.

**Resume.** ``--resume`` reads the doc ids already in OUT (articles and errors), skips
those inputs (files are not even read) and appends the rest, so an interrupted-then-resumed
run has the same set of records as an uninterrupted one.

**Signals.** SIGTERM or SIGINT stops dispatching, gives running documents up to 5 s to
finish, writes and flushes everything finished, and exits 143 (SIGTERM) / 130 (SIGINT)
telling you to rerun with ``--resume``.
"""
from __future__ import annotations

from .engine import BatchStats, Done, extract_many, run, worker_cap
from .process import process_record
from .schema import TABLES, flatten, rows_to_tables, table_schemas, unflatten
from .sinks import (OUTPUT_SUFFIXES, DuckdbSink, JsonlSink, MissingExtra, OutputError, ParquetSink,
                    open_sink, read_results)

__all__ = ["extract_many", "process_record", "read_results", "BatchStats", "Done", "run",
           "worker_cap", "table_schemas", "flatten", "rows_to_tables", "unflatten", "TABLES",
           "OUTPUT_SUFFIXES", "OutputError", "MissingExtra", "open_sink", "JsonlSink",
           "ParquetSink", "DuckdbSink"]
