"""Readers for batch input: files, directories, JSONL and WARC/ARC → document records.

A *record* is ``Record(doc_id, source, data, meta)``:

- ``data`` is the raw document: ``bytes`` as read from disk (decoded later by the decode
  stage, never guessed here) or ``str`` when the input already was text (a JSONL field);
- ``meta["format"]`` is ``"text"`` or ``"html"``; ``meta`` may also carry ``url``,
  ``title``, ``published`` (metadata given by the input, e.g. JSONL fields) and, when the
  reader itself could not get the document, ``error = {"kind", "message"}`` — such a record
  still becomes exactly one error record downstream, so nothing read is ever dropped.

What is read (:func:`iter_records`):

============================  ================================================================
input                         records
============================  ================================================================
``*.txt``, ``*.text``         one per file; ``doc_id`` = file stem
``*.html``, ``*.htm``, …      one per file (HTML → main text by trafilatura in the worker)
``*.gz`` of the above         the same; decompressed size capped at ``Limits.max_bytes``
                              (a gzip bomb becomes a ``too_large`` error record)
``*.jsonl``, ``*.ndjson``     one per non-blank line ``{"id", "text"|"html", "url"?, "title"?,
(and ``.gz``)                 "published"?}``; ``doc_id`` = ``id`` (else a hash of ``url``,
                              else ``<stem>_L<line>``); a bad line → a ``read_error`` record
``*.warc``, ``*.arc``         one per HTML response (HTTP 2xx, ``text/html`` or XHTML);
(and ``.gz``)                 ``doc_id`` = the WARC-Record-ID's UUID (ARC: ``url_`` + a hash of
                              URL and date); other records are skipped and counted
directories                   recursively, sorted by path, files with the suffixes above
``str`` / ``bytes`` items     (Python API) document text; ``doc_id`` = a hash of the content
``dict`` items                like a JSONL line
``Record`` / 4-tuples         passed through
============================  ================================================================

A ``str`` item that names an existing file or directory is read as a path; use
:class:`pathlib.Path` to be explicit.  Doc ids are unique within one call: a repeated id
gets a suffix ``~2``, ``~3``, … in input order, so the same inputs always give the same ids
(which is what ``--resume`` relies on).

HTML is turned into text by :func:`html_to_text` — trafilatura on the *string* (it never
fetches anything), with a small standard-library fallback — and the record's result says
which extractor produced the text.  Readers do no heavy work: trafilatura and the pipeline
run in the batch workers.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional, Union

from .limits import DEFAULT_LIMITS, Limits

log = logging.getLogger(__name__)

__all__ = ["Record", "ReadStats", "IdAllocator", "iter_records", "plan", "read_task",
           "FileTask", "ContainerTask", "classify", "html_to_text", "HtmlText",
           "TEXT_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "WARC_SUFFIXES"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc", ".arc"})
_ALL = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
_HTML_CT = re.compile(r"text/html|application/xhtml", re.I)


class Record(NamedTuple):
    doc_id: str
    source: Optional[str]
    data: Union[bytes, str]
    meta: dict


@dataclass
class ReadStats:
    """What the readers saw that is not a document (reported on stderr by the CLI)."""

    files: int = 0
    skipped_resume: int = 0
    skipped_warc: Counter = field(default_factory=Counter)
    """WARC/ARC records that are not HTML responses, by reason."""


class IdAllocator:
    """Unique, deterministic doc ids: the first ``x`` stays ``x``, later ones ``x~2``, ``x~3``…

    Remembers 64-bit hashes of the ids given out, compacted into a sorted array (8 bytes
    per id), so a run over millions of documents keeps memory flat.  A hash collision
    (probability ≈ n² / 2⁶⁵) can only give a document a needless ``~N`` suffix — still
    deterministic — never drop one.
    """

    _MIN_RECENT = 4096

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._sorted = array("Q")

    @staticmethod
    def _hash(s: str) -> int:
        return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"),
                                              digest_size=8).digest(), "little")

    def _has(self, h: int) -> bool:
        if h in self._recent:
            return True
        a = self._sorted
        i = bisect_left(a, h)
        return i < len(a) and a[i] == h

    def _add(self, h: int) -> None:
        self._recent.add(h)
        if len(self._recent) > max(self._MIN_RECENT, len(self._sorted) // 4):
            # two sorted runs: timsort merges them in linear time
            self._sorted = array("Q", sorted(self._sorted.tolist() + sorted(self._recent)))
            self._recent = set()

    def __call__(self, base: str) -> str:
        base = base or "doc"
        h = self._hash(base)
        if not self._has(h):
            self._add(h)
            return base
        n = 2
        while self._has(self._hash(f"{base}~{n}")):
            n += 1
        doc_id = f"{base}~{n}"
        self._add(self._hash(doc_id))
        return doc_id


def _error(doc_id: str, source: Optional[str], kind: str, message: str, **meta: Any) -> Record:
    return Record(doc_id, source, b"", {"format": meta.pop("format", "text"),
                                        "error": {"kind": kind, "message": message}, **meta})


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ------------------------------------------------------------------------------ planning

def classify(path: Union[str, Path]) -> tuple[Optional[str], bool, str]:
    """``(kind, gzipped, stem)`` of a file name; kind ∈ text, html, jsonl, warc or None."""
    name = Path(path).name
    low = name.lower()
    gz = low.endswith(".gz")
    if gz:
        name, low = name[:-3], low[:-3]
    suffix = os.path.splitext(low)[1]
    stem = name[: len(name) - len(suffix)] if suffix else name
    kind = ("text" if suffix in TEXT_SUFFIXES else "html" if suffix in HTML_SUFFIXES else
            "jsonl" if suffix in JSONL_SUFFIXES else "warc" if suffix in WARC_SUFFIXES else None)
    return kind, gz, stem


class FileTask(NamedTuple):
    """One document file (text or HTML), id already assigned; read by :func:`read_task`."""

    path: str
    doc_id: str
    kind: str
    gz: bool


class ContainerTask(NamedTuple):
    """A JSONL or WARC/ARC file holding many documents."""

    path: str
    kind: str
    gz: bool


def _sniff_kind(path: Path) -> str:
    """Kind of an explicitly named file with an unknown suffix: HTML if it looks like it."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
        if head[:2] == b"\x1f\x8b":
            head = zlib.decompressobj(31).decompress(head, 4096)
    except (OSError, zlib.error):
        return "text"
    low = head.lower()
    if b"<html" in low or b"<!doctype html" in low or (b"<body" in low and b"</" in low):
        return "html"
    if low.lstrip().startswith(b"warc/"):
        return "warc"
    return "text"


def plan(inputs: Iterable[Any], ids: Optional[IdAllocator] = None,
         stats: Optional[ReadStats] = None) -> Iterator[Union[FileTask, ContainerTask, Record]]:
    """Expand inputs into tasks without reading document contents (cheap, lazy).

    File documents get their ids here (from the file stem), so a caller can skip documents
    it already has without reading them. In-memory items become :class:`Record` s.
    """
    ids = ids if ids is not None else IdAllocator()
    if isinstance(inputs, (str, bytes, Path, dict, Record)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Record) or (isinstance(item, tuple) and len(item) == 4):
            doc_id, source, data, meta = item
            yield Record(ids(str(doc_id)), source, data, dict(meta or {}))
        elif isinstance(item, dict):
            yield _record_from_obj(item, ids, source=item.get("url"), fallback_id=None)
        elif isinstance(item, bytes):
            yield Record(ids(_stable_id(item)), None, item, {"format": "text"})
        elif isinstance(item, Path) or (isinstance(item, str) and _is_path(item)):
            yield from _plan_path(Path(item), ids, stats, explicit=True)
        elif isinstance(item, str):
            yield Record(ids(_stable_id(item)), None, item, {"format": "text"})
        else:
            yield _error(ids("doc_invalid"), None, "read_error",
                         f"cannot read an input of type {type(item).__name__}; pass paths, "
                         f"str/bytes documents, dicts or Record tuples")


def _stable_id(data: Union[str, bytes]) -> str:
    from .pipeline import stable_id

    return stable_id(data)


def _is_path(s: str) -> bool:
    if not s or len(s) > 4096 or "\n" in s or "\x00" in s:
        return False
    try:
        return os.path.exists(s)
    except (OSError, ValueError):
        return False


def _plan_path(p: Path, ids: IdAllocator, stats: Optional[ReadStats], explicit: bool):
    if p.is_dir():
        yield from _plan_dir(p, ids, stats)
        return
    kind, gz, stem = classify(p)
    if kind is None:
        if not explicit:
            return
        kind = _sniff_kind(p)
    if stats is not None:
        stats.files += 1
    if kind in ("jsonl", "warc"):
        yield ContainerTask(str(p), kind, gz)
    else:
        yield FileTask(str(p), ids(stem), kind, gz)


def _plan_dir(d: Path, ids: IdAllocator, stats: Optional[ReadStats]):
    """Files under ``d`` in sorted path order, streamed directory by directory."""
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as exc:
        yield _error(ids(d.name or "dir"), str(d), "read_error", f"cannot list directory: {exc}")
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                yield from _plan_dir(Path(e.path), ids, stats)
            elif e.is_file():
                yield from _plan_path(Path(e.path), ids, stats, explicit=False)
        except OSError:
            continue


# ------------------------------------------------------------------------------ reading

def iter_records(inputs: Iterable[Any], limits: Limits = DEFAULT_LIMITS,
                 skip: Optional[set] = None, ids: Optional[IdAllocator] = None,
                 stats: Optional[ReadStats] = None) -> Iterator[Record]:
    """Every document of ``inputs`` as a :class:`Record`, lazily, in input order.

    ``skip``: doc ids not to yield (resume); file documents in it are not even read.
    Never raises for bad input: what cannot be read is a record with ``meta["error"]``.
    """
    ids = ids if ids is not None else IdAllocator()
    for task in plan(inputs, ids, stats):
        if isinstance(task, FileTask) and skip and task.doc_id in skip:
            if stats is not None:
                stats.skipped_resume += 1
            continue
        for rec in read_task(task, limits, ids, stats):
            if skip and rec.doc_id in skip:
                if stats is not None:
                    stats.skipped_resume += 1
                continue
            yield rec


def read_task(task: Union[FileTask, ContainerTask, Record], limits: Limits = DEFAULT_LIMITS,
              ids: Optional[IdAllocator] = None,
              stats: Optional[ReadStats] = None) -> Iterator[Record]:
    """The records of one planned task (a file's contents are read here)."""
    if isinstance(task, Record):
        yield task
    elif isinstance(task, FileTask):
        yield _read_file(task, limits)
    elif task.kind == "jsonl":
        yield from _read_jsonl(task, limits, ids if ids is not None else IdAllocator())
    else:
        yield from _read_warc(task, limits, ids if ids is not None else IdAllocator(), stats)


def _too_large(limit: int, what: str = "input") -> str:
    return (f"{what} is over the limit of {limit:,} bytes (after decompression); raise "
            f"Limits.max_bytes / --max-bytes to process it")


def _read_capped_gzip(path: str, limit: int) -> Optional[bytes]:
    """Decompress at most ``limit`` bytes; None when there is more (a gzip bomb guard)."""
    with gzip.open(path, "rb") as f:
        data = f.read(limit + 1)
    return None if len(data) > limit else data


def _read_file(task: FileTask, limits: Limits) -> Record:
    meta = {"format": task.kind}
    try:
        if task.gz:
            data = _read_capped_gzip(task.path, limits.max_bytes)
            if data is None:
                return _error(task.doc_id, task.path, "too_large", _too_large(limits.max_bytes),
                              format=task.kind)
        else:
            with open(task.path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size > limits.max_bytes:
                    return _error(task.doc_id, task.path, "too_large",
                                  f"input is {size:,} bytes, over the limit of "
                                  f"{limits.max_bytes:,} bytes; raise Limits.max_bytes / "
                                  f"--max-bytes to process it", format=task.kind)
                data = f.read(limits.max_bytes + 1)
            if len(data) > limits.max_bytes:  # grew while reading
                return _error(task.doc_id, task.path, "too_large", _too_large(limits.max_bytes),
                              format=task.kind)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        return _error(task.doc_id, task.path, "read_error", f"cannot read {task.path}: {exc}",
                      format=task.kind)
    return Record(task.doc_id, task.path, data, meta)


def _open(task: ContainerTask):
    return gzip.open(task.path, "rb") if task.gz else open(task.path, "rb")


def _capped_lines(f, cap: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """``(line number, bytes)`` for each line; ``None`` for a line longer than ``cap``."""
    n = 0
    while True:
        line = f.readline(cap + 1)
        if not line:
            return
        n += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line without keeping it
                chunk = f.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield n, None
        else:
            yield n, line


def _record_from_obj(obj: dict, ids: IdAllocator, source: Optional[str],
                     fallback_id: Optional[str]) -> Record:
    raw_id = obj.get("id", obj.get("doc_id"))
    url = obj.get("url")
    url = url if isinstance(url, str) and url else None
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip():
        base = str(raw_id).strip()
    elif url:
        base = "url_" + _hash(url)
    else:
        base = fallback_id or _stable_id(json.dumps(obj, sort_keys=True, ensure_ascii=False))
    doc_id = ids(base)
    meta: dict = {}
    if url:
        meta["url"] = url
    for key in ("title", "published"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            meta[key] = obj[key]
    if isinstance(obj.get("html"), str):
        meta["format"] = "html"
        return Record(doc_id, source, obj["html"], meta)
    if isinstance(obj.get("text"), str):
        meta["format"] = "text"
        return Record(doc_id, source, obj["text"], meta)
    return _error(doc_id, source, "read_error",
                  "the object has no string 'text' or 'html' field", **meta)


def _read_jsonl(task: ContainerTask, limits: Limits, ids: IdAllocator) -> Iterator[Record]:
    _, _, stem = classify(task.path)
    n = 0
    try:
        with _open(task) as f:
            for n, line in _capped_lines(f, limits.max_bytes):
                src = f"{task.path}:{n}"
                if line is None:
                    yield _error(ids(f"{stem}_L{n}"), src, "too_large",
                                 _too_large(limits.max_bytes, f"line {n}"))
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    yield _error(ids(f"{stem}_L{n}"), src, "read_error",
                                 f"line {n} of {task.path} is not valid JSON: {exc}")
                    continue
                if not isinstance(obj, dict):
                    yield _error(ids(f"{stem}_L{n}"), src, "read_error",
                                 f"line {n} of {task.path} is a JSON {type(obj).__name__}, "
                                 f"not an object {{\"id\", \"text\"|\"html\"}}")
                    continue
                url = obj.get("url") if isinstance(obj.get("url"), str) else None
                yield _record_from_obj(obj, ids, source=url or src, fallback_id=f"{stem}_L{n}")
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _error(ids(f"{stem}_L{n + 1}"), f"{task.path}:{n + 1}", "read_error",
                     f"cannot read {task.path} past line {n}: {exc}")


def _read_warc(task: ContainerTask, limits: Limits, ids: IdAllocator,
               stats: Optional[ReadStats]) -> Iterator[Record]:
    _, _, stem = classify(task.path)
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield _error(ids(stem), task.path, "read_error",
                     "reading WARC/ARC files needs warcio: pip install 'cchc_extract[batch]'")
        return
    is_arc = task.path.lower().endswith((".arc", ".arc.gz"))
    n = 0
    skipped: Counter = stats.skipped_warc if stats is not None else Counter()
    try:
        with open(task.path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            it = ArchiveIterator(f, arc2warc=True)
            for rec in it:
                n += 1
                if rec.rec_type != "response":
                    skipped[f"{rec.rec_type} record"] += 1
                    continue
                http = rec.http_headers
                if http is None:
                    skipped["response without HTTP headers"] += 1
                    continue
                status = http.get_statuscode() or ""
                if not status.startswith("2"):
                    skipped[f"HTTP {status or '?'}"] += 1
                    continue
                ctype = http.get_header("Content-Type") or ""
                if not _HTML_CT.search(ctype):
                    skipped[f"non-HTML ({ctype.split(';')[0].strip() or 'no type'})"] += 1
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                date = rec.rec_headers.get_header("WARC-Date") or ""
                rid = rec.rec_headers.get_header("WARC-Record-ID") or ""
                if rid and not is_arc:
                    base = rid.strip("<>").rsplit(":", 1)[-1]
                else:
                    base = "url_" + _hash(url, date)
                doc_id = ids(base)
                meta = {"format": "html", "url": url} if url else {"format": "html"}
                try:
                    data = rec.content_stream().read(limits.max_bytes + 1)
                except Exception as exc:  # noqa: BLE001 - a broken record is one error record
                    yield _error(doc_id, url or f"{task.path}#{n}", "read_error",
                                 f"cannot read WARC record {n} of {task.path}: {exc}", **meta)
                    continue
                if len(data) > limits.max_bytes:
                    yield _error(doc_id, url or f"{task.path}#{n}", "too_large",
                                 _too_large(limits.max_bytes, "response body"), **meta)
                    continue
                if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than Content-Length
                    yield _error(doc_id, url or f"{task.path}#{n}", "read_error",
                                 f"WARC record {n} of {task.path} is truncated (the file ends "
                                 f"before its Content-Length)", **meta)
                    continue
                yield Record(doc_id, url or f"{task.path}#{n}", data, meta)
            # warcio ends quietly on a record cut inside its header: check nothing is left over
            end = (it.get_record_offset() or 0) + (it.get_record_length() or 0) if n else 0
            if size - end > 4:  # more than the CRLFCRLF that may follow the last record
                yield _error(ids(f"{stem}_R{n + 1}"), f"{task.path}#{n + 1}", "read_error",
                             f"{size - end:,} bytes after record {n} of {task.path} could not be "
                             f"read as a WARC/ARC record (truncated or corrupt file)")
    except Exception as exc:  # noqa: BLE001 - corrupt archive: say so, keep going
        yield _error(ids(f"{stem}_R{n + 1}"), f"{task.path}#{n + 1}", "read_error",
                     f"cannot read {task.path} past record {n}: {type(exc).__name__}: {exc}")


# HTML → text lives in :mod:`cchc_extract.html`; re-exported here for existing imports.
from .html import HtmlText, _traf_state, html_to_text  # noqa: E402,F401
