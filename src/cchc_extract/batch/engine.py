"""The batch engine: documents through worker processes, one at a time, in input order.

Documents run in worker processes fed one document at a time, so memory stays flat however
large the input (the readers are lazy; finished results wait in a reorder window of at most
``max(64, 32 × workers)`` documents). Workers are started as documents arrive (never more
than there are documents, never more than :func:`worker_cap`). A document still running
after ``Limits.doc_timeout`` seconds has its worker killed and replaced and becomes a
``timeout`` record; a worker that dies (segfault, OOM kill, SIGKILL) costs only the
document it was on, which becomes a ``worker_died`` record.

Workers never import the caller's ``__main__`` module, so :func:`extract_many` works from a
plain script without an ``if __name__ == "__main__":`` guard (unless an ``initializer``
defined in that script is passed: then the script needs the guard, as with
:mod:`multiprocessing`).
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Optional, Union

from ..limits import DEFAULT_LIMITS, Limits
from ..errors import error_record
from ..models import Article, ErrorRecord
from ..readers import IdAllocator, ReadStats, Record, clean_text, iter_records
from .process import process_record

log = logging.getLogger(__name__)

__all__ = ["extract_many", "BatchStats", "Done", "worker_cap", "run"]

STOP_GRACE = 5.0

Result = Union[Article, ErrorRecord]


def worker_cap() -> int:
    """The most worker processes a run starts: twice the cores (the work is CPU-bound; each
    worker holds the pipeline, ~50–150 MB)."""
    return 2 * (os.cpu_count() or 1)


def _to_json(res: Result, rec_doc_id: str, source: Optional[str]) -> tuple[str, Optional[str]]:
    """``(json, error kind or None)`` of a result; a result that cannot be serialised (text
    that is not valid Unicode) becomes an ``internal`` error record instead of an exception."""
    try:
        return res.to_json(), (res.error.kind if isinstance(res, ErrorRecord) else None)
    except Exception as exc:  # noqa: BLE001 - one document, one record, whatever happens
        er = error_record(clean_text(rec_doc_id), clean_text(source) if source else None, "internal",
                          clean_text(f"the result could not be written as JSON: {type(exc).__name__}: "
                                     f"{exc} (please report this input)"))
        return er.to_json(), "internal"


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


def _usage() -> tuple[int, float]:
    """(peak RSS in KiB, CPU seconds) of this process."""
    try:
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return int(ru.ru_maxrss), ru.ru_utime + ru.ru_stime
    except Exception:  # noqa: BLE001 - not on every platform
        return 0, time.process_time()


def _worker_main(conn, limits: Limits, initializer: Optional[Callable], initargs: tuple) -> None:
    """Worker loop: receive ``(index, Record)``, answer ``(index, doc_id, json, info, usage)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.getLogger("cchc_extract").setLevel(logging.ERROR)
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, rec = msg
        yield_ = _answer(rec, limits)
        try:
            conn.send((index, rec.doc_id, *yield_, _usage()))
        except (EOFError, OSError):  # parent gone
            return


def _answer(rec: Record, limits: Limits) -> tuple[str, dict]:
    """``(json, info)`` for one record (``info["kind"]``: the error kind or None)."""
    res, info = process_record(rec, limits)
    js, kind = _to_json(res, rec.doc_id, rec.source)
    info["kind"] = kind
    return js, info


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
            # the forkserver imports these once; importing cchc_extract.warmed compiles every
            # pattern and builds the automata, so each forked worker starts warm
            ctx.set_forkserver_preload(["cchc_extract.batch.engine", "cchc_extract.pipeline",
                                        "cchc_extract.readers", "cchc_extract.warmed"])
        except Exception:  # noqa: BLE001 - preload is only an optimisation
            pass
        return ctx
    return mp.get_context("spawn")


@contextlib.contextmanager
def _without_main(initializer: Optional[Callable]):
    """While starting a worker, hide the caller's ``__main__`` from multiprocessing, so the
    worker does not re-run a script that calls :func:`extract_many` at top level. Kept when
    the initializer lives in ``__main__`` (the worker needs it; the script needs the guard)."""
    main = sys.modules.get("__main__")
    if main is None or getattr(initializer, "__module__", None) == "__main__":
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    try:
        main.__dict__.pop("__file__", None)
        if "__spec__" in saved:
            main.__spec__ = None
        yield
    finally:
        main.__dict__.update(saved)


def _error_json(rec: Record, kind: str, message: str) -> tuple[str, dict]:
    er = error_record(rec.doc_id, rec.source, kind, message)
    meta = rec.meta or {}
    js, kind = _to_json(er, rec.doc_id, rec.source)
    return js, {"format": meta.get("format", "text"), "extractor": None,
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
    """Up to ``n`` worker processes, started on demand, fed one document at a time, with
    per-document kill-and-replace."""

    def __init__(self, n: int, limits: Limits, ctx, stats: BatchStats,
                 initializer: Optional[Callable] = None, initargs: tuple = ()):
        self.n, self.limits, self.ctx, self.stats = n, limits, ctx, stats
        self.initializer, self.initargs = initializer, initargs
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe(duplex=True)
        try:
            proc = self.ctx.Process(target=_worker_main,
                                    args=(child, self.limits, self.initializer, self.initargs),
                                    name="cchc-extract-worker", daemon=True)
            with _without_main(self.initializer):
                proc.start()
        except BaseException:
            parent.close()
            child.close()
            raise
        child.close()
        self.stats.workers_started += 1
        return _Slot(proc, parent)

    def grow(self) -> Optional[_Slot]:
        """Start one more worker if below ``n``; None when at ``n`` or when the system refuses
        (then ``n`` is lowered to what runs, and an error is raised only if none runs)."""
        if len(self.slots) >= self.n:
            return None
        try:
            slot = self._start()
        except OSError as exc:
            if not self.slots:
                raise RuntimeError(f"cannot start a worker process: {exc}") from exc
            log.warning("cannot start more than %d worker processes (%s); going on with those",
                        len(self.slots), exc)
            self.n = len(self.slots)
            return None
        self.slots.append(slot)
        return slot

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
            initializer: Optional[Callable] = None, initargs: tuple = ()) -> Iterator[Done]:
    """Run records through up to ``workers`` processes; yield :class:`Done` per document."""
    from multiprocessing.connection import wait

    if workers <= 0:
        yield from _serial(records, limits, stats, stop, initializer, initargs)
        return
    ctx = ctx or _default_context()
    pool = _Pool(workers, limits, ctx, stats, initializer, initargs)
    window = max(64, 32 * workers)
    it = iter(records)
    exhausted = False
    held: Optional[Record] = None  # read, waiting for a worker
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
            # dispatch to idle workers (starting workers only for documents that exist)
            while not stopping and not exhausted and not (ordered and next_index - next_yield >= window):
                if held is None:
                    try:
                        held = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                slot = next((s for s in pool.slots if s.task is None), None) or pool.grow()
                if slot is None:
                    break
                pool.send(slot, next_index, held)
                held = None
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


def _serial(records, limits, stats, stop, initializer, initargs) -> Iterator[Done]:
    """``workers=0``: in this process, no isolation (debugging, notebooks, tiny inputs)."""
    if initializer is not None:
        initializer(*initargs)
    for index, rec in enumerate(records):
        if stop is not None and stop.is_set():
            stats.stopped = True
            return
        js, info = _answer(rec, limits)
        yield Done(index, rec.doc_id, js, info)


def _count(stats: BatchStats, d: Done) -> None:
    stats.documents += 1
    if d.info.get("kind"):
        stats.errors[d.info["kind"]] += 1
    else:
        stats.articles += 1


def run(inputs: Any, workers: int, limits: Limits = DEFAULT_LIMITS, *, ordered: bool = True,
        skip: Optional[set] = None, stats: Optional[BatchStats] = None,
        stop: Optional[threading.Event] = None, ctx=None, exclude: Iterable = (),
        initializer: Optional[Callable] = None, initargs: tuple = (),
        site_templates: bool = False) -> Iterator[Done]:
    """The engine under :func:`extract_many` and ``cchc-extract batch``: :class:`Done` per
    document. ``exclude``: paths the directory walk must not read (the run's own output).
    ``site_templates``: read the inputs twice — pass one counts, per site, the lines repeated
    across its pages (:mod:`cchc_extract.templates`); pass two cleans each page with its site's
    template lines, listed in ``removed`` with their evidence."""
    stats = stats if stats is not None else BatchStats()
    records = iter_records(inputs, limits, skip=skip, ids=IdAllocator(), stats=stats.read,
                           exclude=exclude)
    if site_templates:
        from ..templates import index_records, with_templates

        index = index_records(iter_records(inputs, limits, ids=IdAllocator(), exclude=exclude))
        records = with_templates(records, index)
    for d in _engine(records, workers, limits, ordered=ordered, stats=stats, stop=stop, ctx=ctx,
                     initializer=initializer, initargs=initargs):
        _count(stats, d)
        yield d


def extract_many(inputs: Any, workers: Optional[int] = None, limits: Limits = DEFAULT_LIMITS,
                 *, ordered: bool = True, skip: Optional[set] = None, as_json: bool = False,
                 stats: Optional[BatchStats] = None, stop: Optional[threading.Event] = None,
                 mp_context=None, initializer: Optional[Callable] = None,
                 initargs: tuple = (), site_templates: bool = False) -> Iterator[Union[Result, str]]:
    """Extract many documents in parallel; a generator of one result per input document.

    ``inputs``: paths (files or directories, see :mod:`cchc_extract.readers`), document
    texts (``str``/``bytes``), dicts ``{"id", "text"|"html"}`` or ``Record`` tuples — or one
    of those alone.  ``workers``: processes (default ``os.cpu_count()``, at most
    :func:`worker_cap`; ``0`` runs in this process, without time limits or crash isolation).
    Results come in **input order** (``ordered=False``: completion order).  ``skip``: doc ids
    to leave out.  ``as_json``: yield the JSON lines instead of models.  ``stats``: a
    :class:`BatchStats` to fill.  ``stop``: an event that ends the run early (finished
    documents are still yielded).  ``initializer(*initargs)`` runs in each worker when it
    starts (in this process with ``workers=0``), as in :class:`multiprocessing.pool.Pool`.
    ``site_templates``: two passes, lines repeated across many pages of a site removed as its
    template (see :func:`run`).

    Every document yields exactly one :class:`Article` or :class:`ErrorRecord`; a document
    over ``limits.doc_timeout`` seconds becomes a ``timeout`` record and one whose worker
    dies a ``worker_died`` record.  Closing the generator early stops the workers.  Works
    from a plain script without an ``if __name__ == "__main__":`` guard.
    """
    from ..models import parse_result

    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 0:
        raise ValueError("workers must be 0 (in this process) or more")
    if workers > worker_cap():
        log.warning("workers=%d capped to %d (2 × %d cores)", workers, worker_cap(), os.cpu_count() or 1)
        workers = worker_cap()
    for d in run(inputs, workers, limits, ordered=ordered, skip=skip, stats=stats, stop=stop,
                 ctx=mp_context, initializer=initializer, initargs=initargs,
                 site_templates=site_templates):
        yield d.json if as_json else parse_result(d.json)
