"""Batch outputs: JSONL, a Parquet directory, a DuckDB file — written incrementally,
locked against a second writer, resumable, never replaced without being asked.

Every sink is opened in one of three modes:

- ``"new"``: the output must not exist yet (or be empty); an existing output is refused with
  a message asking for ``--resume`` or ``--overwrite``;
- ``"resume"``: the doc ids already in the output are read with their sources (:attr:`done`,
  ``{doc_id: source}``) and new records
  are appended; nothing already there is deleted;
- ``"overwrite"``: the output's tables are emptied first (the user asked for it).

Locking: JSONL locks the output file itself (``flock``), Parquet a ``_lock`` file inside the
output directory, DuckDB uses DuckDB's own file lock; a second writer gets
:class:`OutputError` ("… is being written by another process") before it changes anything.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from pathlib import Path
from typing import Iterator, Optional, Union

from .schema import TABLES, flatten, rows_to_tables, unflatten

log = logging.getLogger(__name__)

__all__ = ["OutputError", "MissingExtra", "OUTPUT_SUFFIXES", "MODES", "open_sink", "read_results",
           "JsonlSink", "ParquetSink", "DuckdbSink", "require", "commit_part",
           "prepare_parquet_dir", "parquet_lock"]

OUTPUT_SUFFIXES = (".jsonl", ".parquet", ".duckdb")
MODES = ("new", "resume", "overwrite")
EXTRA_HINT = "pip install 'cchc_extract[batch]'"


class OutputError(Exception):
    """The output cannot be opened or written (the message says why; a usage error)."""


class MissingExtra(OutputError):
    """An optional dependency is not installed (the message names the extra to install)."""


def require(module: str, what: str):
    """Import ``module`` or raise :class:`MissingExtra` naming the extra that provides it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(f"{what} needs {module}, which is not installed: {EXTRA_HINT}") from exc


def _exists_msg(path: Path, what: str) -> str:
    return (f"{path} already exists ({what}); rerun with --resume to add the documents it does "
            f"not have yet, or --overwrite to replace it")


def _busy_msg(path: Path) -> str:
    return (f"{path} is being written by another process (it is locked); wait for that run to "
            f"finish or choose another -o")


def _flock(fd: int, path: Path) -> None:
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        os.close(fd)
        raise OutputError(_busy_msg(path)) from exc


# ================================================================== JSONL

_ID_RX = re.compile(rb'"doc_id":"((?:[^"\\]|\\.)*)"')
_SOURCE_RX = re.compile(rb'"source":(?:"((?:[^"\\]|\\.)*)"|null)')


def _is_result_line(line: bytes) -> bool:
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and "doc_id" in obj and ("error" in obj or "text" in obj)


class JsonlSink:
    """One JSON object per line, written with unbuffered appends (a kill keeps every
    finished line; ``--resume`` truncates a torn last line)."""

    def __init__(self, path: Path, mode: str = "new"):
        self.path = path
        self.done: dict = {}
        try:
            self.lock_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        _flock(self.lock_fd, path)  # held until close()
        try:
            size = os.fstat(self.lock_fd).st_size
            if size and mode == "new":
                raise OutputError(_exists_msg(path, f"{size:,} bytes"))
            if size and mode == "resume":
                self.done = self._scan_and_repair()
            if mode == "overwrite":
                os.ftruncate(self.lock_fd, 0)
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        except OutputError:
            os.close(self.lock_fd)
            raise
        except OSError as exc:
            os.close(self.lock_fd)
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    def _scan_and_repair(self) -> dict:
        done: dict = {}
        good_end = 0
        checked = False
        try:
            with open(self.path, "rb") as f:
                pos = 0
                for line in f:
                    end = pos + len(line)
                    if line.endswith(b"\n"):
                        if not checked and line.strip():
                            if not _is_result_line(line):
                                raise OutputError(
                                    f"{self.path} is not a cchc-extract output (its first line is "
                                    f"not a result record), so it cannot be resumed; choose another -o")
                            checked = True
                        head = line[:4096]
                        m = _ID_RX.search(head)
                        doc_id = source = None
                        if m:
                            doc_id = json.loads(b'"' + m.group(1) + b'"')
                            s = _SOURCE_RX.search(head, m.end())
                            if s and s.group(1) is not None:
                                source = json.loads(b'"' + s.group(1) + b'"')
                        else:
                            try:
                                obj = json.loads(line)
                                doc_id, source = obj.get("doc_id"), obj.get("source")
                            except (ValueError, AttributeError):
                                doc_id = None
                        if doc_id is not None:
                            done[doc_id] = source
                        good_end = end
                    pos = end
            if good_end < pos:  # a torn last line from a killed run (not a record)
                os.ftruncate(self.lock_fd, good_end)
        except OSError as exc:
            raise OutputError(f"cannot read {self.path} to resume: {exc}") from exc
        return done

    def write(self, d) -> None:
        buf = memoryview((d.json + "\n").encode("utf-8", "surrogatepass"))
        while buf:
            n = os.write(self.fd, buf)
            buf = buf[n:]

    def flush(self) -> None:
        pass  # every write goes straight to the OS

    def close(self) -> None:
        try:
            os.close(self.fd)
        finally:
            os.close(self.lock_fd)


# ================================================================== tabular

class _TabularSink:
    flush_docs = 1000
    flush_secs = 10.0

    def __init__(self, flush_docs: Optional[int] = None):
        if flush_docs:
            self.flush_docs = flush_docs
        self.rows: dict[str, list] = {t: [] for t in TABLES}
        self.n = 0
        self.last = time.monotonic()

    def write(self, d) -> None:
        for t, rs in flatten(json.loads(d.json), d.info).items():
            self.rows[t].extend(rs)
        self.n += 1
        if self.n >= self.flush_docs or time.monotonic() - self.last >= self.flush_secs:
            self.flush()

    def flush(self) -> None:
        if self.n:
            self._commit(rows_to_tables(self.rows))
        self.rows = {t: [] for t in TABLES}
        self.n = 0
        self.last = time.monotonic()

    def _commit(self, tables) -> None:
        raise NotImplementedError


# ------------------------------------------------------------------ Parquet

_PART_RX = re.compile(r"^\.?part-(\d+)\.parquet(\.tmp)?$")
_OURS = frozenset({*TABLES, "_commits", "_lock", "_uncommitted"})


def _part_seq(p: Path) -> Optional[int]:
    m = _PART_RX.match(p.name)
    return int(m.group(1)) if m else None


def _committed(path: Path) -> Optional[set]:
    """Sequence numbers with a commit marker; None when the directory has no ``_commits``."""
    d = path / "_commits"
    if not d.is_dir():
        return None
    return {int(p.name) for p in d.iterdir() if p.name.isdigit()}


def _visible_parts(path: Path, table: str) -> list[Path]:
    d = path / table
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if not p.name.startswith((".", "_"))
                  and _part_seq(p) is not None)


def commit_part(path: Path, seq: int, tables: dict) -> None:
    """Write one part of every table and commit it: the parts are written under temporary
    names, then the marker ``_commits/NNNNN`` is created, then the parts are renamed into
    place. A part without a marker was never committed; a marker whose parts are still
    temporary is completed by the next ``--resume``."""
    import pyarrow.parquet as pq

    name = f"part-{seq:05d}.parquet"
    for t in TABLES:
        pq.write_table(tables[t], path / t / f".{name}.tmp")
    marker = path / "_commits" / f"{seq:05d}"
    tmp = path / "_commits" / f".{seq:05d}.tmp"
    tmp.touch()
    os.replace(tmp, marker)
    for t in TABLES:
        os.replace(path / t / f".{name}.tmp", path / t / name)


def parquet_lock(path: Path) -> int:
    """Lock ``OUT.parquet`` (``_lock`` inside it) for this process; returns the fd to close."""
    try:
        fd = os.open(path / "_lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    _flock(fd, path)
    return fd


def prepare_parquet_dir(path: Path, mode: str) -> tuple[int, int, list[str]]:
    """Create/check/lock a Parquet output directory for writing.

    Returns ``(lock fd, next sequence number, notes)``. Never deletes a visible part unless
    ``mode == "overwrite"``: parts without a commit marker are moved to ``_uncommitted/``;
    a directory written without markers (an older ``cchc_extract.dask``) has its parts
    adopted as committed.
    """
    notes: list[str] = []
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} exists and is not a directory; a .parquet output is "
                          f"a directory of tables (articles/, facts/, removed/, errors/)")
    try:
        if path.is_dir():
            foreign = [p.name for p in path.iterdir() if p.name not in _OURS]
            if foreign:
                raise OutputError(f"{path} exists and holds files that are not a cchc-extract "
                                  f"output ({', '.join(sorted(foreign)[:3])}); choose another -o")
        path.mkdir(exist_ok=True)
        fd = parquet_lock(path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        has_data = any(_visible_parts(path, t) for t in TABLES) or bool(_committed(path))
        if has_data and mode == "new":
            n = len(_visible_parts(path, "errors")) + len(_visible_parts(path, "articles"))
            raise OutputError(_exists_msg(path, f"{n} Parquet parts"))
        if mode == "overwrite":
            for name in (*TABLES, "_commits", "_uncommitted"):
                shutil.rmtree(path / name, ignore_errors=True)
        committed = _committed(path)
        if committed is None:  # written without commit markers: adopt what is visible
            adopt = {_part_seq(p) for t in TABLES for p in _visible_parts(path, t)}
            (path / "_commits").mkdir(exist_ok=True)
            for s in sorted(adopt):
                (path / "_commits" / f"{s:05d}").touch()
            if adopt:
                notes.append(f"{path.name} has no commit markers (written by an older "
                             f"cchc_extract.dask?): its {len(adopt)} parts are kept as committed")
            committed = adopt
        for t in TABLES:
            (path / t).mkdir(exist_ok=True)
        seen = set(committed)
        moved = 0
        for t in TABLES:
            for p in list((path / t).iterdir()):
                seq = _part_seq(p)
                if seq is None:
                    continue
                seen.add(seq)
                if p.name.startswith("."):  # a temporary part
                    if seq in committed:  # killed between commit and rename: finish it
                        os.replace(p, path / t / p.name[1:-4])
                    else:  # never committed, never visible
                        p.unlink()
                elif seq not in committed:  # visible but uncommitted: keep it, out of the way
                    dest = path / "_uncommitted" / t
                    dest.mkdir(parents=True, exist_ok=True)
                    os.replace(p, dest / p.name)
                    moved += 1
        if moved:
            notes.append(f"{moved} Parquet parts without a commit marker were moved to "
                         f"{path / '_uncommitted'} (not deleted)")
        for p in (path / "_commits").iterdir():
            if p.name.startswith("."):
                p.unlink()
        return fd, (max(seen) + 1 if seen else 0), notes
    except BaseException:
        os.close(fd)
        raise


class ParquetSink(_TabularSink):
    """A directory of Parquet datasets, one per table, committed flush by flush."""

    def __init__(self, path: Path, mode: str = "new", flush_docs: Optional[int] = None):
        super().__init__(flush_docs)
        require("pyarrow.parquet", "a .parquet output")
        self.path = path
        self.done: dict = {}
        try:
            self.lock_fd, self.seq, self.notes = prepare_parquet_dir(path, mode)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        if mode == "resume":
            import pyarrow.parquet as pq

            try:
                for t in ("articles", "errors"):
                    for p in _visible_parts(path, t):
                        t_ = pq.read_table(p, columns=["doc_id", "source"])
                        self.done.update(zip(t_.column(0).to_pylist(), t_.column(1).to_pylist()))
            except Exception as exc:  # noqa: BLE001 - a corrupt part: say which
                os.close(self.lock_fd)
                raise OutputError(f"cannot read {path} to resume: {exc}") from exc

    def _commit(self, tables) -> None:
        commit_part(self.path, self.seq, tables)
        self.seq += 1

    def close(self) -> None:
        try:
            self.flush()
        finally:
            os.close(self.lock_fd)


# ------------------------------------------------------------------ DuckDB

class DuckdbSink(_TabularSink):
    """A DuckDB file with the four tables, one transaction per flush."""

    def __init__(self, path: Path, mode: str = "new", flush_docs: Optional[int] = None):
        super().__init__(flush_docs)
        duckdb = require("duckdb", "a .duckdb output")
        self.path = path
        size = path.stat().st_size if path.exists() else 0
        try:
            self.con = duckdb.connect(str(path))  # takes DuckDB's own lock on the file
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise OutputError(_busy_msg(path)) from exc
            raise OutputError(f"cannot write {path}: {exc}") from exc
        try:
            present = {r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
            if size and mode == "new":
                raise OutputError(_exists_msg(path, f"{size:,} bytes"))
            if mode == "overwrite":
                for t in TABLES:
                    if t in present:
                        self.con.execute(f"DROP TABLE {t}")
            empty = rows_to_tables({t: [] for t in TABLES})
            for t in TABLES:
                self.con.register("_cx_batch", empty[t])
                self.con.execute(f"CREATE TABLE IF NOT EXISTS {t} AS SELECT * FROM _cx_batch WHERE false")
                self.con.unregister("_cx_batch")
            self.done = {}
            if mode == "resume":
                for doc_id, source in self.con.execute(
                        "SELECT doc_id, source FROM articles UNION ALL "
                        "SELECT doc_id, source FROM errors").fetchall():
                    self.done[doc_id] = source
        except OutputError:
            self.con.close()
            raise
        except duckdb.Error as exc:
            self.con.close()
            raise OutputError(f"cannot use {path}: {exc}") from exc

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


# ================================================================== opening, reading back

def open_sink(path: Path, mode: str = "new", flush_docs: Optional[int] = None):
    """The sink for ``path`` (chosen by its suffix) in ``mode`` (see the module doc)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise OutputError(f"unknown output format {path.suffix or '(no suffix)'!r}: -o must end in "
                          f"{', '.join(OUTPUT_SUFFIXES)}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK) and not (path.exists() and os.access(path, os.W_OK)):
        raise OutputError(f"cannot write {path}: directory {parent} is not writable")
    if suffix == ".jsonl":
        return JsonlSink(path, mode)
    if suffix == ".parquet":
        return ParquetSink(path, mode, flush_docs)
    return DuckdbSink(path, mode, flush_docs)


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

    Only committed Parquet parts are read. Loads the tabular outputs into memory: meant for
    checks and modest outputs; query big ones with DuckDB/pandas directly.
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
        pq = require("pyarrow.parquet", "reading a .parquet output")
        tables = {}
        committed = _committed(path)
        for t in TABLES:
            parts = [p for p in _visible_parts(path, t) if committed is None or _part_seq(p) in committed]
            if committed:  # committed but not yet renamed (a kill inside a commit)
                parts += [p for p in sorted((path / t).glob(".part-*.parquet.tmp"))
                          if _part_seq(p) in committed]
            tables[t] = [r for p in parts for r in pq.read_table(p).to_pylist()]
        yield from unflatten(tables)
        return
    if suffix == ".duckdb":
        duckdb = require("duckdb", "reading a .duckdb output")
        con = duckdb.connect(str(path), read_only=True)
        try:
            tables = {t: _duck_arrow(con, f"SELECT * FROM {t}").to_pylist() for t in TABLES}
        finally:
            con.close()
        yield from unflatten(tables)
        return
    raise ValueError(f"unknown output suffix {path.suffix!r}; expected one of {OUTPUT_SUFFIXES}")
