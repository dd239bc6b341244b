"""Batch processing: many documents → JSONL, Parquet or DuckDB, in parallel, resumably.

Python::

    import cchc_extract as cx
    from cchc_extract.batch import extract_many
    for rec in extract_many(["crawl/", "pages.jsonl", "crawl.warc.gz"], workers=4):
        ...                     # Article or ErrorRecord, one per input document

CLI (SPEC §6)::

    cchc-extract batch INPUT... -o OUT.{jsonl,parquet,duckdb} [--workers N] [--resume]
                                  [--timeout S] [--max-bytes N]

Inputs are whatever :mod:`cchc_extract.readers` reads (text/HTML files and their ``.gz``,
directories, JSONL, WARC/ARC).

**Guarantees.** Every input document yields exactly one record — an article or an error
record with its ``error.kind``. Documents run in worker processes (``--workers``, default all
cores) fed one document at a time, so memory stays flat however large the input (the readers
are lazy; finished results wait in a reorder window of at most ``max(64, 32 × workers)``
documents; the parent also keeps the set of doc ids seen, ~100 bytes per document).  A
document still running after ``--timeout`` seconds (``Limits.doc_timeout``) has its worker
killed and replaced and becomes a ``timeout`` record; a worker that dies (segfault, OOM
kill, SIGKILL) costs only the document it was on, which becomes a ``worker_died`` record.

**Order.** :func:`extract_many` and the CLI yield/write results in **input order** by
default (``ordered=False`` gives completion order, slightly faster when documents vary a
lot in cost).  After SIGTERM/SIGINT the documents already finished are written even if an
earlier one is not, so an interrupted output is a set, not necessarily a prefix.

**Outputs** (chosen by the suffix of ``-o``):

- ``OUT.jsonl``: one JSON object per line, exactly ``extract(...).to_json()``; written
  and flushed line by line with unbuffered writes, so a killed batch keeps every finished line.
- ``OUT.parquet``: a **directory** with one Parquet dataset per table —
  ``OUT.parquet/articles/``, ``facts/``, ``removed/``, ``errors/`` — each a set of
  ``part-NNNNN.parquet`` files (read with ``pandas.read_parquet("OUT.parquet/facts")`` or
  DuckDB ``read_parquet('OUT.parquet/facts/*.parquet')``).  Parts are written every
  1,000 documents or 10 seconds and committed together (a marker in ``_commits/``); parts
  of an uncommitted flush are deleted by ``--resume``.
- ``OUT.duckdb``: tables ``articles``, ``facts``, ``removed``, ``errors``, inserted in one
  transaction per flush (same cadence).

Tables (Parquet and DuckDB alike), joinable on ``doc_id``:

- ``articles``: one row per article — every :class:`~cchc_extract.models.Article` field
  except ``facts``/``removed`` (``paragraphs``/``sentences`` are lists of
  ``{start, end}``), plus ``input_format`` (text/html), ``extractor`` (``trafilatura`` or
  ``html-fallback`` for HTML) and ``url``;
- ``facts``: one row per fact — ``doc_id``, ``fact_index`` (order in ``Article.facts``),
  ``type``, ``text``, ``start``, ``end``, ``sentence`` and one typed column per fact field
  of any type (``value`` DOUBLE, ``rank`` BIGINT, ``titles`` VARCHAR[], …; null where the
  field does not belong to the row's type); a field name that two fact types use with
  different types is prefixed by the type for the later one (``date_value`` for the
  ``date`` fact's ISO string);
- ``removed``: ``doc_id``, ``removed_index``, ``text``, ``reason``;
- ``errors``: one row per error record — ``doc_id``, ``source``, ``kind``, ``message``,
  ``input_format``, ``url``.

:func:`read_results` reads any of the three back into the JSON objects of ``extract``.

**Resume.** ``--resume`` reads the doc ids already in OUT (articles and errors), skips
those inputs (files are not even read) and appends the rest; doc ids are deterministic
(see :mod:`cchc_extract.readers`), so an interrupted-then-resumed run has the same set of
records as an uninterrupted one.  A torn last JSONL line is truncated first.

**Signals.** SIGTERM or SIGINT stops dispatching, gives running documents up to 5 s to
finish, writes and flushes everything finished, and exits 143 (SIGTERM) / 130 (SIGINT)
telling you to rerun with ``--resume``.

Exit codes: 0 every document processed (error records counted on stderr), 1 nothing could
be processed or the output could not be written mid-run, 2 usage error (unknown output
suffix, missing input, unwritable output).

Test-only fault injection (read by the parent when workers start and passed to them):
``CCHC_EXTRACT_TEST_CRASH=ID[,ID…]`` makes the worker segfault on those doc ids
(``exit:ID`` → ``os._exit(70)``), ``CCHC_EXTRACT_TEST_SLEEP=ID[,ID…]`` makes it hang.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional, Union

from .limits import DEFAULT_LIMITS, Limits
from .models import Article, ErrorInfo, ErrorRecord
from .readers import IdAllocator, ReadStats, Record, iter_records, plan, FileTask

log = logging.getLogger(__name__)

__all__ = ["extract_many", "process_record", "read_results", "cli_main", "BatchStats",
           "table_schemas", "flatten", "OUTPUT_SUFFIXES"]

OUTPUT_SUFFIXES = (".jsonl", ".parquet", ".duckdb")
TABLES = ("articles", "facts", "removed", "errors")
CRASH_ENV = "CCHC_EXTRACT_TEST_CRASH"
SLEEP_ENV = "CCHC_EXTRACT_TEST_SLEEP"
FLUSH_ENV = "CCHC_BATCH_FLUSH_DOCS"
STOP_GRACE = 5.0

Result = Union[Article, ErrorRecord]


# ================================================================== one document

def process_record(rec: Record, limits: Limits = DEFAULT_LIMITS) -> tuple[Result, dict]:
    """Run one reader record through :func:`cchc_extract.pipeline.run_document`, the road
    every single document takes (HTML and markdown-converted pages included).

    Returns ``(Article | ErrorRecord, info)``; ``info`` = ``{"format", "extractor", "url"}``
    (what the tabular outputs record next to the article). Never raises. A record whose meta
    carries ``site_template`` (set by :func:`cchc_extract.templates.with_templates`) is
    cleaned with it.
    """
    from .errors import error_from_exception, error_record
    from .pipeline import run_document

    doc_id, source, data, meta = rec
    meta = meta or {}
    info = {"format": meta.get("format", "text"), "extractor": None, "url": meta.get("url")}
    err = meta.get("error")
    if err:
        return error_record(doc_id, source, err["kind"], err["message"]), info
    try:
        details: dict = {}
        res = run_document(data, doc_id=doc_id, source=source,
                           fmt="html" if info["format"] == "html" else None, limits=limits,
                           title=meta.get("title"), published=meta.get("published"),
                           details=details, template=meta.get("site_template"))
        info["format"] = details.get("format") or info["format"]
        info["extractor"] = details.get("extractor")
        return res, info
    except Exception as exc:  # noqa: BLE001 - the worker must answer for every document
        return error_from_exception(exc, doc_id, source, limits), info


# ================================================================== workers

class Done(NamedTuple):
    """One finished document as the engine yields it."""

    index: int
    doc_id: str
    json: str
    info: dict  # format, extractor, url, kind (error kind or None)


@dataclass
class BatchStats:
    """Counters of one run (filled while :func:`extract_many` iterates)."""

    documents: int = 0
    articles: int = 0
    errors: Counter = field(default_factory=Counter)
    workers_started: int = 0
    worker_peak_rss_kb: dict = field(default_factory=dict)
    """pid → peak resident set size (KiB) as last reported by that worker."""
    worker_cpu_s: dict = field(default_factory=dict)
    """pid → CPU seconds (user + system) that worker had used at its last result."""
    read: ReadStats = field(default_factory=ReadStats)
    stopped: bool = False


def _hooks_from_env() -> dict:
    hooks = {}
    for key, env in (("crash", CRASH_ENV), ("sleep", SLEEP_ENV)):
        val = os.environ.get(env, "").strip()
        if val:
            hooks[key] = {v.strip() for v in val.split(",") if v.strip()}
    return hooks


def _apply_hooks(hooks: dict, doc_id: str) -> None:
    crash = hooks.get("crash", ())
    if doc_id in crash:
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(5)
        os._exit(139)
    if f"exit:{doc_id}" in crash:
        os._exit(70)
    if doc_id in hooks.get("sleep", ()):
        while True:
            time.sleep(3600)


def _usage() -> tuple[int, float]:
    """(peak RSS in KiB, CPU seconds) of this process."""
    try:
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return int(ru.ru_maxrss), ru.ru_utime + ru.ru_stime
    except Exception:  # noqa: BLE001 - not on every platform
        return 0, time.process_time()


def _worker_main(conn, limits: Limits, hooks: dict) -> None:
    """Worker loop: receive ``(index, Record)``, answer ``(index, doc_id, json, info, rss)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.getLogger("cchc_extract").setLevel(logging.ERROR)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, rec = msg
        if hooks:
            _apply_hooks(hooks, rec.doc_id)
        res, info = process_record(rec, limits)
        info["kind"] = res.error.kind if isinstance(res, ErrorRecord) else None
        try:
            conn.send((index, rec.doc_id, res.to_json(), info, _usage()))
        except (EOFError, OSError):  # parent gone
            return


class _Slot:
    __slots__ = ("proc", "conn", "task", "started")

    def __init__(self, proc, conn):
        self.proc, self.conn, self.task, self.started = proc, conn, None, 0.0


def _default_context():
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        try:
            ctx.set_forkserver_preload(["cchc_extract.batch", "cchc_extract.pipeline",
                                        "cchc_extract.readers"])
        except Exception:  # noqa: BLE001 - preload is only an optimisation
            pass
        return ctx
    return mp.get_context("spawn")


def _error_json(rec: Record, kind: str, message: str) -> tuple[str, dict]:
    er = ErrorRecord(doc_id=rec.doc_id, source=rec.source, error=ErrorInfo(kind=kind, message=message))
    meta = rec.meta or {}
    return er.to_json(), {"format": meta.get("format", "text"), "extractor": None,
                          "url": meta.get("url"), "kind": kind}


def _describe_exit(code: Optional[int]) -> str:
    if code is None:
        return "vanished"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"was killed by {name}{hint}"
    return f"exited with code {code}"


class _Pool:
    """Worker processes fed one document at a time, with per-document kill-and-replace."""

    def __init__(self, n: int, limits: Limits, ctx, hooks: dict, stats: BatchStats):
        self.limits, self.ctx, self.hooks, self.stats = limits, ctx, hooks, stats
        self.slots = [self._start() for _ in range(n)]

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, args=(child, self.limits, self.hooks),
                                name="cchc-extract-worker", daemon=True)
        proc.start()
        child.close()
        self.stats.workers_started += 1
        return _Slot(proc, parent)

    def _replace(self, slot: _Slot, kill: bool = True) -> _Slot:
        i = self.slots.index(slot)
        self._stop_slot(slot, kill=kill)
        new = self._start()
        self.slots[i] = new
        return new

    @staticmethod
    def _stop_slot(slot: _Slot, kill: bool) -> None:
        try:
            if kill and slot.proc.is_alive():
                slot.proc.kill()
            slot.proc.join(timeout=5)
        except Exception:  # noqa: BLE001
            pass
        try:
            slot.conn.close()
        except Exception:  # noqa: BLE001
            pass
        try:
            slot.proc.close()
        except Exception:  # noqa: BLE001
            pass

    def send(self, slot: _Slot, index: int, rec: Record) -> _Slot:
        for _attempt in range(3):
            if not slot.proc.is_alive():
                slot = self._replace(slot)
            try:
                slot.conn.send((index, rec))
            except (OSError, EOFError, ValueError):
                slot = self._replace(slot)
                continue
            slot.task, slot.started = (index, rec), time.monotonic()
            return slot
        raise RuntimeError("cannot start batch workers (three attempts failed)")

    def shutdown(self) -> None:
        for slot in self.slots:
            try:
                if slot.task is None:
                    slot.conn.send(None)
            except Exception:  # noqa: BLE001
                pass
        deadline = time.monotonic() + 3
        for slot in self.slots:
            try:
                if slot.task is None:
                    slot.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            except Exception:  # noqa: BLE001
                pass
            self._stop_slot(slot, kill=True)
        self.slots = []


def _engine(records: Iterable[Record], workers: int, limits: Limits, *, ordered: bool,
            stats: BatchStats, stop: Optional[threading.Event], ctx=None,
            hooks: Optional[dict] = None) -> Iterator[Done]:
    """Run records through ``workers`` processes; yield :class:`Done` per document."""
    from multiprocessing.connection import wait

    if workers <= 0:
        yield from _serial(records, limits, stats, stop, hooks or {})
        return
    ctx = ctx or _default_context()
    pool = _Pool(workers, limits, ctx, hooks if hooks is not None else _hooks_from_env(), stats)
    window = max(64, 32 * workers)
    it = iter(records)
    exhausted = False
    next_index = next_yield = 0
    pending: dict[int, Done] = {}
    stop_deadline: Optional[float] = None
    timeout = limits.doc_timeout

    def emit(d: Done):
        if ordered:
            pending[d.index] = d
        else:
            yield d

    try:
        while True:
            stopping = stop is not None and stop.is_set()
            if stopping and stop_deadline is None:
                stop_deadline = time.monotonic() + STOP_GRACE
                stats.stopped = True
            # dispatch to idle workers
            if not stopping:
                for i, slot in enumerate(pool.slots):
                    if exhausted:
                        break
                    if slot.task is not None:
                        continue
                    if ordered and next_index - next_yield >= window:
                        break
                    try:
                        rec = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                    pool.send(slot, next_index, rec)
                    next_index += 1
            busy = [s for s in pool.slots if s.task is not None]
            if not busy:
                if exhausted or stopping:
                    break
                continue
            now = time.monotonic()
            wait_for = min(s.started + timeout for s in busy) - now
            if stop_deadline is not None:
                wait_for = min(wait_for, stop_deadline - now)
            ready = set(wait([s.conn for s in busy] + [s.proc.sentinel for s in busy],
                             timeout=max(0.0, min(wait_for, 1.0))))
            now = time.monotonic()
            for slot in busy:
                index, rec = slot.task
                died = None
                if slot.conn in ready or slot.proc.sentinel in ready:
                    try:
                        if slot.conn.poll():
                            i2, doc_id, js, info, (rss, cpu) = slot.conn.recv()
                            slot.task = None
                            stats.worker_peak_rss_kb[slot.proc.pid] = rss
                            stats.worker_cpu_s[slot.proc.pid] = cpu
                            yield from emit(Done(i2, doc_id, js, info))
                            continue
                    except Exception:  # noqa: BLE001 - EOF, a torn message: the worker is gone
                        pass
                    slot.proc.join(timeout=2)  # EOF or sentinel: the worker is going away
                    died = (_describe_exit(slot.proc.exitcode) if slot.proc.exitcode is not None
                            else "closed its pipe")
                if died is not None:
                    slot.task = None
                    if not stopping:
                        pool._replace(slot, kill=True)
                    if not stopping:
                        js, info = _error_json(rec, "worker_died",
                                               f"the worker process {died} while processing "
                                               f"this document; the rest of the batch went on")
                        yield from emit(Done(index, rec.doc_id, js, info))
                    continue
                if now - slot.started > timeout and not stopping:
                    pool._replace(slot, kill=True)
                    js, info = _error_json(rec, "timeout",
                                           f"processing took longer than the per-document limit "
                                           f"of {timeout:g} s (Limits.doc_timeout / --timeout); "
                                           f"the worker was stopped and replaced")
                    yield from emit(Done(index, rec.doc_id, js, info))
            if stop_deadline is not None and time.monotonic() >= stop_deadline:
                break
            if ordered:
                while next_yield in pending:
                    yield pending.pop(next_yield)
                    next_yield += 1
                if stopping and not any(s.task is not None for s in pool.slots):
                    break
        # after a stop: whatever finished is written, even out of order
        for i in sorted(pending):
            yield pending.pop(i)
    finally:
        pool.shutdown()


def _serial(records, limits, stats, stop, hooks) -> Iterator[Done]:
    """``workers=0``: in this process, no isolation (debugging, notebooks, tiny inputs)."""
    for index, rec in enumerate(records):
        if stop is not None and stop.is_set():
            stats.stopped = True
            return
        res, info = process_record(rec, limits)
        info["kind"] = res.error.kind if isinstance(res, ErrorRecord) else None
        yield Done(index, rec.doc_id, res.to_json(), info)


def _count(stats: BatchStats, d: Done) -> None:
    stats.documents += 1
    if d.info.get("kind"):
        stats.errors[d.info["kind"]] += 1
    else:
        stats.articles += 1


def _results(inputs, workers, limits, *, ordered, skip, stats, stop, ctx=None) -> Iterator[Done]:
    records = iter_records(inputs, limits, skip=skip, ids=IdAllocator(), stats=stats.read)
    for d in _engine(records, workers, limits, ordered=ordered, stats=stats, stop=stop, ctx=ctx):
        _count(stats, d)
        yield d


def extract_many(inputs: Any, workers: Optional[int] = None, limits: Limits = DEFAULT_LIMITS,
                 *, ordered: bool = True, skip: Optional[set] = None, as_json: bool = False,
                 stats: Optional[BatchStats] = None, stop: Optional[threading.Event] = None,
                 mp_context=None) -> Iterator[Union[Result, str]]:
    """Extract many documents in parallel; a generator of one result per input document.

    ``inputs``: paths (files or directories, see :mod:`cchc_extract.readers`), document
    texts (``str``/``bytes``), dicts ``{"id", "text"|"html"}`` or ``Record`` tuples — or one
    of those alone.  ``workers``: processes (default ``os.cpu_count()``; ``0`` runs in this
    process, without time limits or crash isolation).  Results come in **input order**
    (``ordered=False``: completion order).  ``skip``: doc ids to leave out.  ``as_json``:
    yield the JSON lines instead of models.  ``stats``: a :class:`BatchStats` to fill.
    ``stop``: an event that ends the run early (finished documents are still yielded).

    Every document yields exactly one :class:`Article` or :class:`ErrorRecord`; a document
    over ``limits.doc_timeout`` seconds becomes a ``timeout`` record and one whose worker
    dies a ``worker_died`` record.  Closing the generator early stops the workers.
    """
    from .models import parse_result

    workers = (os.cpu_count() or 1) if workers is None else workers
    stats = stats if stats is not None else BatchStats()
    for d in _results(inputs, workers, limits, ordered=ordered, skip=skip, stats=stats,
                      stop=stop, ctx=mp_context):
        yield d.json if as_json else parse_result(d.json)


# ================================================================== tables

_schema_cache: dict = {}


def _arrow_type(ann, json_cols: set, name: str):
    import typing

    import pyarrow as pa
    from pydantic import BaseModel

    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if origin is typing.Annotated:
        return _arrow_type(args[0], json_cols, name)
    if origin is typing.Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return _arrow_type(rest[0], json_cols, name)
        json_cols.add(name)
        return pa.string()
    if origin is typing.Literal:
        if all(isinstance(a, bool) for a in args):
            return pa.bool_()
        if all(isinstance(a, int) and not isinstance(a, bool) for a in args):
            return pa.int64()
        return pa.string()
    if origin in (list, tuple, set, frozenset) and args:
        return pa.list_(_arrow_type(args[0], set(), name))
    if ann is str:
        return pa.string()
    if ann is bool:
        return pa.bool_()
    if ann is int:
        return pa.int64()
    if ann is float:
        return pa.float64()
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return pa.struct([(k, _arrow_type(f.annotation, set(), k))
                          for k, f in ann.model_fields.items()])
    json_cols.add(name)
    return pa.string()


def table_schemas() -> dict:
    """The Arrow schemas of the four tables plus the column maps used to (un)flatten.

    Derived from the pydantic models, so a field added to a model becomes a column.
    """
    if "s" in _schema_cache:
        return _schema_cache["s"]
    import pyarrow as pa

    from .models import FACT_CLASSES, FactBase, Removed

    meta_cols = [("input_format", pa.string()), ("extractor", pa.string()), ("url", pa.string())]
    art_json: set = set()
    art_fields = [(k, _arrow_type(f.annotation, art_json, k)) for k, f in Article.model_fields.items()
                  if k not in ("facts", "removed")]
    articles = pa.schema(art_fields + meta_cols)
    errors = pa.schema([("schema_version", pa.string()), ("doc_id", pa.string()),
                        ("source", pa.string()), ("kind", pa.string()), ("message", pa.string()),
                        ("input_format", pa.string()), ("url", pa.string())])
    removed = pa.schema([("doc_id", pa.string()), ("removed_index", pa.int32())] +
                        [(k, _arrow_type(f.annotation, set(), k)) for k, f in Removed.model_fields.items()])
    fact_json: set = set()
    cols: dict = {}
    colmap: dict = {}  # (type, field) -> column
    base = list(FactBase.model_fields)
    fields = [("doc_id", pa.string()), ("fact_index", pa.int32())]
    for k in base:
        t = _arrow_type(FactBase.model_fields[k].annotation, fact_json, k)
        cols[k] = t
        fields.append((k, t))
    for cls in FACT_CLASSES:
        tname = cls.model_fields["type"].default
        for k, f in cls.model_fields.items():
            if k in base:
                colmap[(tname, k)] = k
                continue
            js: set = set()
            t = _arrow_type(f.annotation, js, k)
            col = k if (k not in cols or cols[k] == t) else f"{tname}_{k}"
            if col not in cols:
                cols[col] = t
                fields.append((col, t))
                if js:
                    fact_json.add(col)
            colmap[(tname, k)] = col
    facts = pa.schema(fields)
    out = {"articles": articles, "facts": facts, "removed": removed, "errors": errors,
           "_art_json": art_json, "_fact_json": fact_json, "_fact_cols": colmap}
    _schema_cache["s"] = out
    return out


def flatten(record: dict, info: Optional[dict] = None) -> dict[str, list[dict]]:
    """One result (the JSON object of ``extract``) → rows of the four tables."""
    sch = table_schemas()
    info = info or {}
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    doc_id = record["doc_id"]
    if "error" in record:
        rows["errors"].append({"schema_version": record.get("schema_version"), "doc_id": doc_id,
                               "source": record.get("source"), "kind": record["error"]["kind"],
                               "message": record["error"]["message"],
                               "input_format": info.get("format"), "url": info.get("url")})
        return rows
    art = {k: v for k, v in record.items() if k not in ("facts", "removed")}
    for k in sch["_art_json"]:
        if k in art:
            art[k] = json.dumps(art[k], ensure_ascii=False)
    art["input_format"] = info.get("format")
    art["extractor"] = info.get("extractor")
    art["url"] = info.get("url")
    rows["articles"].append(art)
    for i, r in enumerate(record.get("removed") or ()):
        rows["removed"].append({"doc_id": doc_id, "removed_index": i, **r})
    colmap, fjson = sch["_fact_cols"], sch["_fact_json"]
    for i, f in enumerate(record.get("facts") or ()):
        t = f.get("type")
        row = {"doc_id": doc_id, "fact_index": i}
        for k, v in f.items():
            col = colmap.get((t, k), k)
            row[col] = json.dumps(v, ensure_ascii=False) if col in fjson else v
        rows["facts"].append(row)
    return rows


def _rows_to_tables(rows: dict[str, list[dict]]) -> dict:
    import pyarrow as pa

    sch = table_schemas()
    return {t: pa.Table.from_pylist(rows[t], schema=sch[t]) for t in TABLES}


def _unflatten(tables: dict[str, list[dict]]) -> Iterator[dict]:
    """Rows of the four tables → result objects (inverse of :func:`flatten`)."""
    from .models import FACT_CLASSES, Removed

    sch = table_schemas()
    classes = {c.model_fields["type"].default: c for c in FACT_CLASSES}
    facts: dict[str, list] = {}
    for r in tables["facts"]:
        facts.setdefault(r["doc_id"], []).append(r)
    removed: dict[str, list] = {}
    for r in tables["removed"]:
        removed.setdefault(r["doc_id"], []).append(r)
    colmap, fjson = sch["_fact_cols"], sch["_fact_json"]
    for a in tables["articles"]:
        doc_id = a["doc_id"]
        out = {}
        for k in Article.model_fields:
            if k == "facts":
                fl = []
                for r in sorted(facts.get(doc_id, ()), key=lambda r: r["fact_index"]):
                    cls = classes.get(r["type"])
                    if cls is None:
                        continue
                    f = {}
                    for fk in cls.model_fields:
                        v = r.get(colmap[(r["type"], fk)])
                        f[fk] = json.loads(v) if colmap[(r["type"], fk)] in fjson and v is not None else v
                    fl.append(f)
                out[k] = fl
            elif k == "removed":
                out[k] = [{rk: r[rk] for rk in Removed.model_fields}
                          for r in sorted(removed.get(doc_id, ()), key=lambda r: r["removed_index"])]
            else:
                v = a.get(k)
                out[k] = json.loads(v) if k in sch["_art_json"] and v is not None else v
        yield out
    for e in tables["errors"]:
        yield {"schema_version": e["schema_version"], "doc_id": e["doc_id"], "source": e["source"],
               "error": {"kind": e["kind"], "message": e["message"]}}


def _duck_arrow(con, sql: str):
    rel = con.sql(sql)
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        fn = getattr(rel, name, None)
        if fn is not None:
            res = fn()
            return res.read_all() if hasattr(res, "read_all") else res
    raise RuntimeError("this duckdb cannot export Arrow tables")


def read_results(path: Union[str, Path]) -> Iterator[dict]:
    """Read a batch output (``.jsonl``, ``.parquet`` directory or ``.duckdb``) back into the
    JSON objects of :func:`extract` (articles, then error records, for the tabular formats).

    Loads the tabular outputs into memory: meant for checks and modest outputs; query big
    ones with DuckDB/pandas directly.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with open(path, "rb") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
        return
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        tables = {}
        committed = _parquet_committed(path)
        checked = (path / "_commits").is_dir()  # absent in a Dask-written directory
        for t in TABLES:
            parts = sorted(p for p in (path / t).glob("*.parquet")
                           if not p.name.startswith((".", "_"))
                           and (not checked or _part_seq(p) in committed))
            tables[t] = [r for p in parts for r in pq.read_table(p).to_pylist()]
        yield from _unflatten(tables)
        return
    if suffix == ".duckdb":
        import duckdb

        con = duckdb.connect(str(path), read_only=True)
        try:
            tables = {t: _duck_arrow(con, f"SELECT * FROM {t}").to_pylist() for t in TABLES}
        finally:
            con.close()
        yield from _unflatten(tables)
        return
    raise ValueError(f"unknown output suffix {path.suffix!r}; expected one of {OUTPUT_SUFFIXES}")


# ================================================================== sinks

class OutputError(Exception):
    """The output cannot be opened or written (the message says why)."""


_ID_RX = re.compile(rb'"doc_id":"((?:[^"\\]|\\.)*)"')


class _JsonlSink:
    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.done: set = set()
        if resume and path.exists():
            self.done = self._scan_and_repair()
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        try:
            self.fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    def _scan_and_repair(self) -> set:
        done: set = set()
        good_end = 0
        try:
            with open(self.path, "rb") as f:
                pos = 0
                for line in f:
                    end = pos + len(line)
                    if line.endswith(b"\n"):
                        m = _ID_RX.search(line[:4096])
                        doc_id = None
                        if m:
                            doc_id = json.loads(b'"' + m.group(1) + b'"')
                        else:
                            try:
                                doc_id = json.loads(line).get("doc_id")
                            except (ValueError, AttributeError):
                                doc_id = None
                        if doc_id is not None:
                            done.add(doc_id)
                        good_end = end
                    pos = end
            if good_end < pos:  # a torn last line from a killed run
                with open(self.path, "r+b") as f:
                    f.truncate(good_end)
        except OSError as exc:
            raise OutputError(f"cannot read {self.path} to resume: {exc}") from exc
        return done

    def write(self, d: Done) -> None:
        buf = memoryview((d.json + "\n").encode("utf-8", "surrogatepass"))
        while buf:
            n = os.write(self.fd, buf)
            buf = buf[n:]

    def flush(self) -> None:
        pass  # every write goes straight to the OS

    def close(self) -> None:
        os.close(self.fd)


class _TabularSink:
    flush_docs = 1000
    flush_secs = 10.0

    def __init__(self, flush_docs: Optional[int] = None):
        if flush_docs:
            self.flush_docs = flush_docs
        self.rows: dict[str, list] = {t: [] for t in TABLES}
        self.n = 0
        self.last = time.monotonic()

    def write(self, d: Done) -> None:
        for t, rs in flatten(json.loads(d.json), d.info).items():
            self.rows[t].extend(rs)
        self.n += 1
        if self.n >= self.flush_docs or time.monotonic() - self.last >= self.flush_secs:
            self.flush()

    def flush(self) -> None:
        if self.n:
            self._commit(_rows_to_tables(self.rows))
        self.rows = {t: [] for t in TABLES}
        self.n = 0
        self.last = time.monotonic()

    def _commit(self, tables) -> None:
        raise NotImplementedError


_PART_RX = re.compile(r"part-(\d+)\.parquet$")


def _part_seq(p: Path) -> Optional[int]:
    m = _PART_RX.search(p.name)
    return int(m.group(1)) if m else None


def _parquet_committed(path: Path) -> set:
    d = path / "_commits"
    return {int(p.name) for p in d.iterdir() if p.name.isdigit()} if d.is_dir() else set()


class _ParquetSink(_TabularSink):
    def __init__(self, path: Path, resume: bool, flush_docs: Optional[int] = None):
        super().__init__(flush_docs)
        import pyarrow.parquet  # noqa: F401 - fail early when pyarrow is missing

        self.path = path
        self.done: set = set()
        ours = {*TABLES, "_commits"}
        try:
            if path.exists() and not path.is_dir():
                raise OutputError(f"{path} exists and is not a directory; a .parquet output is "
                                  f"a directory of tables (articles/, facts/, removed/, errors/)")
            if path.is_dir():
                foreign = [p.name for p in path.iterdir() if p.name not in ours]
                if foreign:
                    raise OutputError(f"{path} exists and holds files that are not a cchc-extract "
                                      f"output ({', '.join(sorted(foreign)[:3])}); choose another -o")
                if not resume:
                    for name in ours:
                        shutil.rmtree(path / name, ignore_errors=True)
            for t in TABLES:
                (path / t).mkdir(parents=True, exist_ok=True)
            (path / "_commits").mkdir(exist_ok=True)
            committed = _parquet_committed(path)
            for t in TABLES:  # drop what an interrupted flush left behind
                for p in (path / t).iterdir():
                    if p.name.startswith(".") or _part_seq(p) not in committed:
                        p.unlink()
            self.seq = max(committed) + 1 if committed else 0
            if resume:
                import pyarrow.parquet as pq

                for t in ("articles", "errors"):
                    for p in sorted((path / t).glob("part-*.parquet")):
                        self.done.update(pq.read_table(p, columns=["doc_id"]).column(0).to_pylist())
        except OutputError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    def _commit(self, tables) -> None:
        import pyarrow.parquet as pq

        name = f"part-{self.seq:05d}.parquet"
        for t in TABLES:
            tmp = self.path / t / f".{name}.tmp"
            pq.write_table(tables[t], tmp)
        for t in TABLES:
            os.replace(self.path / t / f".{name}.tmp", self.path / t / name)
        (self.path / "_commits" / f"{self.seq:05d}").touch()
        self.seq += 1

    def close(self) -> None:
        self.flush()


class _DuckdbSink(_TabularSink):
    def __init__(self, path: Path, resume: bool, flush_docs: Optional[int] = None):
        super().__init__(flush_docs)
        try:
            import duckdb
        except ImportError as exc:
            raise OutputError("a .duckdb output needs duckdb: pip install 'cchc_extract[batch]'") from exc
        self.path = path
        try:
            if not resume:
                for p in (path, Path(str(path) + ".wal")):
                    if p.exists():
                        p.unlink()
            self.con = duckdb.connect(str(path))
        except (OSError, duckdb.Error) as exc:
            raise OutputError(f"cannot write {path}: {exc}") from exc
        empty = _rows_to_tables({t: [] for t in TABLES})
        for t in TABLES:
            self.con.register("_cx_batch", empty[t])
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {t} AS SELECT * FROM _cx_batch WHERE false")
            self.con.unregister("_cx_batch")
        self.done = set()
        if resume:
            for (doc_id,) in self.con.execute(
                    "SELECT doc_id FROM articles UNION ALL SELECT doc_id FROM errors").fetchall():
                self.done.add(doc_id)

    def _commit(self, tables) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for t in TABLES:
                if tables[t].num_rows:
                    con.register("_cx_batch", tables[t])
                    con.execute(f"INSERT INTO {t} BY NAME SELECT * FROM _cx_batch")
                    con.unregister("_cx_batch")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.con.close()


def open_sink(path: Path, resume: bool, flush_docs: Optional[int] = None):
    suffix = path.suffix.lower()
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK) and not (path.exists() and os.access(path, os.W_OK)):
        raise OutputError(f"cannot write {path}: directory {parent} is not writable")
    if suffix == ".jsonl":
        return _JsonlSink(path, resume)
    if suffix == ".parquet":
        return _ParquetSink(path, resume, flush_docs)
    if suffix == ".duckdb":
        return _DuckdbSink(path, resume, flush_docs)
    raise OutputError(f"unknown output format {path.suffix or '(no suffix)'!r}: -o must end in "
                      f"{', '.join(OUTPUT_SUFFIXES)}")


# ================================================================== CLI

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

    def update(self, stats: BatchStats) -> None:
        if self.bar is None:
            return
        self.bar.update(1)
        now = time.monotonic()
        if now - self.last > 0.5:
            self.last = now
            self.bar.set_postfix(errors=sum(stats.errors.values()), refresh=False)

    def close(self, stats: BatchStats) -> None:
        if self.bar is not None:
            self.bar.set_postfix(errors=sum(stats.errors.values()), refresh=False)
            self.bar.close()


def _count_total(inputs, done: set) -> Optional[int]:
    n = 0
    for task in plan(inputs, IdAllocator()):
        if isinstance(task, FileTask):
            n += task.doc_id not in done
        else:
            return None  # JSONL/WARC: unknown without reading them
    return n


def _say(msg: str) -> None:
    print(f"cchc-extract batch: {msg}", file=sys.stderr, flush=True)


def cli_main(ns) -> int:
    """``cchc-extract batch`` (attributes: inputs, output, workers, resume, timeout, max_bytes)."""
    out = Path(ns.output)
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        _say(f"unknown output format {out.suffix or '(no suffix)'!r}: -o must end in "
             f"{', '.join(OUTPUT_SUFFIXES)}")
        return 2
    missing = [a for a in ns.inputs if not os.path.exists(a)]
    if missing:
        _say(f"input not found: {', '.join(missing[:5])}")
        return 2
    workers = ns.workers if ns.workers is not None else (os.cpu_count() or 1)
    if workers < 0:
        _say("--workers must be 0 (in-process) or more")
        return 2
    timeout = getattr(ns, "timeout", None) or DEFAULT_LIMITS.doc_timeout
    if timeout <= 0:
        _say("--timeout must be positive")
        return 2
    max_bytes = getattr(ns, "max_bytes", None) or DEFAULT_LIMITS.max_bytes
    limits = Limits(max_bytes=max_bytes, doc_timeout=timeout)
    flush_docs = getattr(ns, "flush_every", None) or int(os.environ.get(FLUSH_ENV, "0") or 0) or None
    resume = bool(getattr(ns, "resume", False))
    try:
        sink = open_sink(out, resume, flush_docs)
    except OutputError as exc:
        _say(str(exc))
        return 2
    done_before = set(sink.done)
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
    show = sys.stderr.isatty()
    progress = _Progress(show, _count_total(ns.inputs, done_before) if show else None)
    t0 = time.monotonic()
    write_error = None
    gen = _results(ns.inputs, workers, limits, ordered=True, skip=done_before, stats=stats,
                   stop=stop)
    try:
        for d in gen:
            try:
                sink.write(d)
            except Exception as exc:  # noqa: BLE001 - OSError, duckdb.IOException, …
                write_error = exc
                break
            progress.update(stats)
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
    if write_error is not None:
        reason = getattr(write_error, "strerror", None) or f"{type(write_error).__name__}: {write_error}"
        _say(f"cannot write {out}: {reason}; "
             f"{stats.documents} documents finished in this run, those written are kept — "
             f"fix the problem and rerun with --resume")
        return 1
    rate = stats.documents / elapsed if elapsed > 0 else 0.0
    kinds = ", ".join(f"{k} {n}" for k, n in stats.errors.most_common())
    summary = (f"{stats.documents} documents in {elapsed:.1f} s ({rate:.1f}/s): "
               f"{stats.articles} articles, {n_err} error records" + (f" ({kinds})" if kinds else "")
               + f" → {out}")
    if stats.read.skipped_resume:
        summary += f"; {stats.read.skipped_resume} already in {out.name}, skipped"
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
            _say(f"nothing to do: all documents are already in {out}")
            return 0
        _say("no input documents found (looked for .txt, .html/.htm, their .gz, .jsonl, "
             ".warc/.arc)")
        return 2
    if stats.articles == 0 and not done_before:
        _say("no document could be processed: every one is an error record")
        return 1
    return 0
