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
``*.txt``, ``*.text``         one per file
``*.html``, ``*.htm``, …      one per file (HTML → main text by trafilatura in the worker)
``*.gz`` of the above         the same; decompressed size capped at ``Limits.max_bytes``
                              (a gzip bomb becomes a ``too_large`` error record)
``*.jsonl``, ``*.ndjson``     one per non-blank line ``{"id", "text"|"html", "url"?, "title"?,
(and ``.gz``)                 "published"?}``; a bad line → a ``read_error`` record
``*.warc``, ``*.arc``         one per HTML response (HTTP 2xx, ``text/html`` or XHTML); other
(and ``.gz``)                 records are skipped and counted; a truncated or corrupt file gives
                              the records it could read plus one ``read_error`` record
directories                   recursively, sorted by path, files with the suffixes above
``str`` / ``bytes`` items     (Python API) document text
``dict`` items                like a JSONL line
``Record`` / 4-tuples         passed through
============================  ================================================================

**Doc ids** depend only on the input itself, never on what else is in the run or on the
order of a directory walk:

- a file inside a directory argument: its path relative to that argument, ``/``-separated,
  without its suffix (``.txt``, ``.html``, … and ``.gz``): ``batch site/`` gives
  ``site/a/index.html`` the id ``a/index`` and ``site/001_x.txt`` the id ``001_x``. Files of
  one directory whose names differ only by suffix (``index.txt`` and ``index.html``) keep
  their full names (``a/index.txt``, ``a/index.html``);
- a file given as an argument: its name without suffix (``batch a/index.txt`` → ``index``);
- a JSONL line: its ``id`` (or ``doc_id``), else ``url_`` + a hash of its ``url``, else
  ``<file id>_L<line number>``; a WARC response: the UUID of its ``WARC-Record-ID`` (ARC:
  ``url_`` + a hash of URL and date). The same id repeated inside one JSONL/WARC file gets
  ``~2``, ``~3``, … by its occurrence within that file;
- a ``str``/``bytes`` document: a hash of its content (``doc_<hash>``).

Should two *different* inputs still give the same id (the same record id in two JSONL files,
the same relative path under two directory arguments), the later one in argument order gets
``~2``, ``~3``, … — deterministic for the same command line, which is what ``--resume``
relies on. A file name that is not valid UTF-8 keeps its other characters and shows each
undecodable byte as ``\\xNN`` (in the id and the ``source``).

A ``published`` value given by the input goes through
:func:`cchc_extract.published.parse_published`; a value that is not a date is not copied and
becomes a warning on the article.

A ``str`` item that names an existing file or directory is read as a path; use
:class:`pathlib.Path` to be explicit.

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
    renamed_resume: int = 0
    """On resume, files whose id the output gives to another file: read under ``id~N``."""
    changed_resume: list = field(default_factory=list)
    """On resume, skipped files modified after the output was last written: the output holds
    an earlier text of them (paths; the CLI names them and says how to extract them again)."""
    skipped_output: int = 0
    """Files or directories left out of a directory walk because they are the run's output."""
    skipped_repeat: int = 0
    """Files or directories reached a second time through overlapping inputs (the same file
    given twice, a file or directory inside a directory also given): read once, at the first."""
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

    def claim(self, doc_id: str) -> bool:
        """Take ``doc_id`` as it is: False when it was already given out."""
        h = self._hash(doc_id)
        if self._has(h):
            return False
        self._add(h)
        return True

    def __call__(self, base: str) -> str:
        base = base or "doc"
        if self.claim(base):
            return base
        n = 2
        while not self.claim(f"{base}~{n}"):
            n += 1
        return f"{base}~{n}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(m: "re.Match") -> str:
    c = ord(m.group())
    return f"\\x{c - 0xDC00:02x}" if 0xDC80 <= c <= 0xDCFF else f"\\u{c:04x}"


def clean_text(s: Optional[str]) -> Optional[str]:
    """``s`` as valid Unicode: a file name byte that is not UTF-8 (which Python keeps as a
    lone surrogate) becomes the visible escape ``\\xNN``, any other lone surrogate ``\\uNNNN``.
    Identity for ordinary text; deterministic, so ids made from names stay stable."""
    if not s or not isinstance(s, str):
        return s
    return _SURROGATE.sub(_escape_surrogate, s)


def _error(doc_id: str, source: Optional[str], kind: str, message: str, **meta: Any) -> Record:
    return Record(doc_id, clean_text(source), b"", {"format": meta.pop("format", "text"),
                                                    "error": {"kind": kind,
                                                              "message": clean_text(message)}, **meta})


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
    """A JSONL or WARC/ARC file holding many documents; ``base`` is the file's own id (its
    path relative to the argument, without suffix), used for ids of lines without one."""

    path: str
    kind: str
    gz: bool
    base: str = ""


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
         stats: Optional[ReadStats] = None,
         exclude: Iterable[Union[str, Path]] = ()) -> Iterator[Union[FileTask, ContainerTask, Record]]:
    """Expand inputs into tasks without reading document contents (cheap, lazy).

    File documents get their ids here (see the module doc), so a caller can skip documents
    it already has without reading them. In-memory items become :class:`Record` s.
    ``exclude``: files or directories a directory walk skips (a batch's own output), counted
    in ``stats.skipped_output``.
    """
    ids = ids if ids is not None else IdAllocator()
    skip = _identities(exclude)
    seen = _Seen()
    if isinstance(inputs, (str, bytes, Path, dict, Record)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Record) or (isinstance(item, tuple) and len(item) == 4):
            doc_id, source, data, meta = item
            yield Record(ids(clean_text(str(doc_id))), clean_text(source), data, dict(meta or {}))
        elif isinstance(item, dict):
            yield _record_from_obj(item, ids, source=item.get("url"), fallback_id=None)
        elif isinstance(item, bytes):
            yield Record(ids(_stable_id(item)), None, item, {"format": "text"})
        elif isinstance(item, Path) or (isinstance(item, str) and _is_path(item)):
            p = Path(item)
            if p.is_dir():
                yield from _plan_dir(p, "", ids, stats, skip, seen)
            elif seen.file_again(p):
                if stats is not None:
                    stats.skipped_repeat += 1
            else:
                yield from _plan_file(p, clean_text(classify(p)[2]), ids, stats, explicit=True)
        elif isinstance(item, str):
            yield Record(ids(_stable_id(item)), None, item, {"format": "text"})
        else:
            yield _error(ids("doc_invalid"), None, "read_error",
                         f"cannot read an input of type {type(item).__name__}; pass paths, "
                         f"str/bytes documents, dicts or Record tuples")


def _ident(path: Union[str, Path, "os.DirEntry"]) -> Optional[tuple[int, int]]:
    try:
        st = path.stat() if isinstance(path, os.DirEntry) else os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


class _Seen:
    """What a plan has already reached, so that overlapping inputs are read once.

    Kept small whatever the run's size: the identity (device, inode) of every directory
    walked and of every file given as an argument — not of each file inside a walk. A file
    given as an argument after a directory that holds it is found through its parents; one
    given before is looked up by each walked file only while such arguments exist."""

    def __init__(self) -> None:
        self.dirs: set = set()
        self.files: set = set()

    def dir_again(self, d: Union[Path, "os.DirEntry"]) -> bool:
        ident = _ident(d)
        if ident is None:
            return False
        if ident in self.dirs:
            return True
        self.dirs.add(ident)
        return False

    def file_again(self, p: Path) -> bool:
        ident = _ident(p)
        if ident is None:
            return False
        if ident in self.files:
            return True
        for parent in Path(os.path.abspath(p)).parents:
            if _ident(parent) in self.dirs:
                return True
        self.files.add(ident)
        return False

    def walked_file_again(self, e: "os.DirEntry") -> bool:
        return bool(self.files) and _ident(e) in self.files


def _identities(paths: Iterable[Union[str, Path]]) -> set:
    out = set()
    for p in paths:
        try:
            st = os.stat(p)
        except (OSError, ValueError):
            continue
        out.add((st.st_dev, st.st_ino))
    return out


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


def _plan_file(p: Path, base: str, ids: IdAllocator, stats: Optional[ReadStats], explicit: bool):
    kind, gz, _ = classify(p)
    if kind is None:
        if not explicit:
            return
        kind = _sniff_kind(p)
    if stats is not None:
        stats.files += 1
    if kind in ("jsonl", "warc"):
        yield ContainerTask(str(p), kind, gz, base)
    else:
        yield FileTask(str(p), ids(base), kind, gz)


def _strip_suffix(name: str) -> Optional[str]:
    """``name`` without its document suffix (and ``.gz``); None if not a document name."""
    kind, _, stem = classify(name)
    return stem if kind is not None else None


def _plan_dir(d: Path, rel: str, ids: IdAllocator, stats: Optional[ReadStats], skip: set,
              seen: Optional[_Seen] = None):
    """Files under ``d`` in sorted path order, streamed directory by directory.

    Id of a file = its path relative to the argument (``rel``), ``/``-separated, without
    its suffix; files of one directory that differ only by suffix keep their full names.
    A directory or file this plan has already reached (``seen``) is left out and counted."""
    seen = seen if seen is not None else _Seen()
    if seen.dir_again(d):
        if stats is not None:
            stats.skipped_repeat += 1
        return
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as exc:
        yield _error(ids(clean_text(rel or d.name or "dir")), str(d), "read_error",
                     f"cannot list directory: {exc}")
        return
    stems: Counter = Counter()
    for e in entries:
        st = _strip_suffix(e.name)
        if st is not None:
            stems[st] += 1
    for e in entries:
        if skip:
            try:
                st = e.stat()
                ident = (st.st_dev, st.st_ino)
            except OSError:
                ident = None
            if ident in skip:
                if stats is not None:
                    stats.skipped_output += 1
                continue
        name = clean_text(e.name)
        stem = _strip_suffix(e.name)
        own = rel + clean_text(e.name if stem is None or stems[stem] > 1 else stem)
        try:
            is_dir = e.is_dir(follow_symlinks=False)
            is_file = not is_dir and e.is_file()
        except OSError as exc:  # vanished or unreadable entry: one error record, not silence
            if stem is not None:
                yield _error(ids(own), e.path, "read_error", f"cannot read {e.path}: {exc}")
            continue
        if is_dir:
            yield from _plan_dir(Path(e.path), f"{rel}{name}/", ids, stats, skip, seen)
        elif is_file:
            if _is_result_file(e.path):  # an earlier run's output left in the tree: not an input
                if stats is not None:
                    stats.skipped_output += 1
                continue
            if seen.walked_file_again(e):  # also given as an argument before this directory
                if stats is not None:
                    stats.skipped_repeat += 1
                continue
            yield from _plan_file(Path(e.path), own, ids, stats, explicit=False)


def _is_result_file(path: str) -> bool:
    """A JSONL file whose first record is a cchc_extract result (``schema_version`` with
    ``facts`` or ``error``): the output of an earlier run, which a directory walk leaves out."""
    if classify(path)[0] != "jsonl":
        return False
    try:
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as f:
            first = f.readline(1 << 20)
        obj = json.loads(first)
    except (OSError, ValueError, EOFError, zlib.error):
        return False
    return isinstance(obj, dict) and "schema_version" in obj and ("facts" in obj or "error" in obj)


# ------------------------------------------------------------------------------ reading

def iter_records(inputs: Iterable[Any], limits: Limits = DEFAULT_LIMITS,
                 skip: Optional[set] = None, ids: Optional[IdAllocator] = None,
                 stats: Optional[ReadStats] = None,
                 exclude: Iterable[Union[str, Path]] = ()) -> Iterator[Record]:
    """Every document of ``inputs`` as a :class:`Record`, lazily, in input order.

    ``skip``: doc ids not to yield (resume); file documents in it are not even read.
    ``exclude``: paths a directory walk leaves out (see :func:`plan`).
    Never raises for bad input: what cannot be read is a record with ``meta["error"]``.
    """
    ids = ids if ids is not None else IdAllocator()
    for task in plan(inputs, ids, stats, exclude):
        if isinstance(task, FileTask) and skip and task.doc_id in skip:
            doc_id = _resume_id(task, skip, ids)
            if doc_id is None:
                if stats is not None:
                    stats.skipped_resume += 1
                    if _changed_since(task.path, getattr(skip, "written_at", None)):
                        stats.changed_resume.append(task.path)
                continue
            task = task._replace(doc_id=doc_id)  # another file held this id in the output
            if stats is not None:
                stats.renamed_resume += 1
        for rec in read_task(task, limits, ids, stats):
            if skip and rec.doc_id in skip:
                if stats is not None:
                    stats.skipped_resume += 1
                continue
            yield rec


class ResumeIndex(dict):
    """The output's doc ids mapped to their sources, with ``written_at``: the output's
    modification time when the run opened it (None when unknown)."""

    written_at: Optional[float] = None


def _changed_since(path: str, written_at: Optional[float]) -> bool:
    """Whether the file was modified after ``written_at`` (so after its record was written)."""
    if written_at is None:
        return False
    try:
        return os.stat(path).st_mtime > written_at
    except OSError:
        return False


def _same_source(before: Optional[str], now: str) -> bool:
    """Whether the output's record with ``before`` as its source came from the file ``now``:
    the same path as written, or two spellings of one existing file."""
    if before is None or before == now or before == clean_text(now):  # names as written out
        return True
    try:
        return os.path.samefile(before, now)
    except (OSError, ValueError):
        return False


def _resume_id(task: FileTask, skip: Any, ids: IdAllocator) -> Optional[str]:
    """On resume, the id a file document is written under, or None when the output already
    holds it. ``skip`` maps the output's doc ids to their sources (a plain set of ids is
    trusted as it is). A file whose id the output gives to another file (``batch A -o OUT``,
    then ``batch B -o OUT --resume`` with ``A/a.txt`` and ``B/a.txt``) is a different
    document: it is read, under the next free ``~N`` of its id, never skipped."""
    if not isinstance(skip, dict) or _same_source(skip[task.doc_id], task.path):
        return None
    base, n = task.doc_id, 2
    while True:
        cand = f"{base}~{n}"
        if cand in skip:
            if _same_source(skip[cand], task.path):
                return None  # renamed so by an earlier resume
        elif ids.claim(cand):
            return cand
        n += 1


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
    return Record(task.doc_id, clean_text(task.path), data, meta)


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
                     fallback_id: Optional[str], local: Optional[IdAllocator] = None) -> Record:
    """A JSONL line / dict → Record. ``local``: the container's own allocator (a repeated id
    is suffixed by its occurrence within that one file), before the run-wide ``ids``."""
    from .published import parse_published

    raw_id = obj.get("id", obj.get("doc_id"))
    url = obj.get("url")
    url = clean_text(url) if isinstance(url, str) and url else None
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip():
        base = clean_text(str(raw_id).strip())
    elif url:
        base = "url_" + _hash(url)
    else:
        base = fallback_id or _stable_id(json.dumps(obj, sort_keys=True, ensure_ascii=False))
    doc_id = ids(local(base) if local is not None else base)
    source = clean_text(source)
    meta: dict = {}
    if url:
        meta["url"] = url
    if isinstance(obj.get("title"), str) and obj["title"].strip():
        meta["title"] = clean_text(obj["title"])
    pub = obj.get("published")
    if pub is not None and pub != "":
        iso = parse_published(pub) if isinstance(pub, (str, int, float)) else None
        if iso:
            meta["published"] = iso
        else:
            shown = clean_text(pub) if isinstance(pub, str) else pub
            meta["warnings"] = [f"'published' {json.dumps(shown, ensure_ascii=False)[:80]} from "
                                f"the input is not a date (YYYY-MM-DD, YYYY-MM or an ISO "
                                f"datetime); ignored"]
    if isinstance(obj.get("html"), str):
        meta["format"] = "html"
        return Record(doc_id, source, obj["html"], meta)
    if isinstance(obj.get("text"), str):
        meta["format"] = "text"
        return Record(doc_id, source, obj["text"], meta)
    return _error(doc_id, source, "read_error",
                  "the object has no string 'text' or 'html' field", **meta)


def _container_base(task: ContainerTask) -> str:
    return task.base or clean_text(classify(task.path)[2])


def _read_jsonl(task: ContainerTask, limits: Limits, ids: IdAllocator) -> Iterator[Record]:
    stem = _container_base(task)
    local = IdAllocator()
    n = 0

    def lid(x: str) -> str:
        return ids(local(x))

    try:
        with _open(task) as f:
            for n, line in _capped_lines(f, limits.max_bytes):
                src = f"{task.path}:{n}"
                if line is None:
                    yield _error(lid(f"{stem}_L{n}"), src, "too_large",
                                 _too_large(limits.max_bytes, f"line {n}"))
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    yield _error(lid(f"{stem}_L{n}"), src, "read_error",
                                 f"line {n} of {task.path} is not valid JSON: {exc}")
                    continue
                if not isinstance(obj, dict):
                    yield _error(lid(f"{stem}_L{n}"), src, "read_error",
                                 f"line {n} of {task.path} is a JSON {type(obj).__name__}, "
                                 f"not an object {{\"id\", \"text\"|\"html\"}}")
                    continue
                url = obj.get("url") if isinstance(obj.get("url"), str) else None
                yield _record_from_obj(obj, ids, source=url or src, fallback_id=f"{stem}_L{n}",
                                       local=local)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _error(lid(f"{stem}_L{n + 1}"), f"{task.path}:{n + 1}", "read_error",
                     f"cannot read {task.path} past line {n}: {exc}")


_WARC_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit",
                         "conversion", "continuation"})


def _drain(stream) -> None:
    while stream.read(1 << 16):
        pass


def _gzip_member_complete(path: str, offset: int) -> bool:
    """Whether the gzip member starting at ``offset`` ends properly (a cut file does not)."""
    d = zlib.decompressobj(31)
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            if f.read(2) != b"\x1f\x8b":  # not one member per record: check the whole file
                offset = 0
            f.seek(offset)
            while not d.eof:
                chunk = f.read(1 << 16)
                if not chunk:
                    return False
                d.decompress(chunk, 1 << 16)
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, 1 << 16)
    except (OSError, zlib.error):
        return False
    return True


def _read_warc(task: ContainerTask, limits: Limits, ids: IdAllocator,
               stats: Optional[ReadStats]) -> Iterator[Record]:
    """HTML responses of a WARC/ARC file. A truncated or corrupt file yields the records it
    could read plus one ``read_error`` record for the rest (the damaged record and whatever
    may have followed it)."""
    stem = _container_base(task)
    local = IdAllocator()

    def lid(x: str) -> str:
        return ids(local(x))

    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield _error(lid(stem), task.path, "read_error",
                     "reading WARC/ARC files needs warcio: pip install 'cchc_extract[batch]'")
        return
    is_arc = task.path.lower().endswith((".arc", ".arc.gz"))
    n = 0
    skipped: Counter = stats.skipped_warc if stats is not None else Counter()
    damaged = False  # an error record for the damage was already given

    def rest(what: str) -> Record:
        return _error(lid(f"{stem}_R{n + 1}"), f"{task.path}#{n + 1}", "read_error",
                      f"{task.path} is truncated or corrupt {what}; records after it, if any, "
                      f"are lost")

    try:
        with open(task.path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            it = ArchiveIterator(f, arc2warc=True)
            for rec in it:
                n += 1
                if rec.rec_type not in _WARC_TYPES:
                    damaged = True
                    yield rest(f"at record {n} (no valid WARC header)")
                    break
                if rec.rec_type != "response" or rec.http_headers is None:
                    _drain(rec.raw_stream)
                    if getattr(rec.raw_stream, "limit", 0):  # cut inside a skipped record
                        damaged = True
                        yield rest(f"inside record {n}")
                        break
                    skipped[f"{rec.rec_type} record" if rec.rec_type != "response"
                            else "response without HTTP headers"] += 1
                    continue
                http = rec.http_headers
                status = http.get_statuscode() or ""
                ctype = http.get_header("Content-Type") or ""
                if not status.startswith("2") or not _HTML_CT.search(ctype):
                    _drain(rec.raw_stream)
                    if getattr(rec.raw_stream, "limit", 0):
                        damaged = True
                        yield rest(f"inside record {n}")
                        break
                    skipped[f"HTTP {status or '?'}" if not status.startswith("2") else
                            f"non-HTML ({ctype.split(';')[0].strip() or 'no type'})"] += 1
                    continue
                url = clean_text(rec.rec_headers.get_header("WARC-Target-URI") or "")
                date = rec.rec_headers.get_header("WARC-Date") or ""
                rid = rec.rec_headers.get_header("WARC-Record-ID") or ""
                if rid and not is_arc:
                    base = clean_text(rid.strip("<>").rsplit(":", 1)[-1])
                else:
                    base = "url_" + _hash(url, date)
                doc_id = lid(base)
                meta = {"format": "html", "url": url} if url else {"format": "html"}
                src = url or f"{task.path}#{n}"
                try:
                    data = rec.content_stream().read(limits.max_bytes + 1)
                except Exception as exc:  # noqa: BLE001 - a broken record is one error record
                    yield _error(doc_id, src, "read_error",
                                 f"cannot read WARC record {n} of {task.path}: {exc}", **meta)
                    continue
                if len(data) > limits.max_bytes:
                    _drain(rec.raw_stream)
                    yield _error(doc_id, src, "too_large",
                                 _too_large(limits.max_bytes, "response body"), **meta)
                    continue
                if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than Content-Length
                    damaged = True
                    yield _error(doc_id, src, "read_error",
                                 f"WARC record {n} of {task.path} is truncated (the file ends "
                                 f"before its Content-Length); records after it, if any, are lost",
                                 **meta)
                    break
                yield Record(doc_id, src, data, meta)
            if damaged:
                return
            # warcio ends quietly on a record cut inside its header: check nothing is left over
            end = (it.get_record_offset() or 0) + (it.get_record_length() or 0) if n else 0
            tail = b""
            if 0 < size - end <= 4:
                f.seek(end)
                tail = f.read(4)
            # left over: more than the CRLFCRLF that may follow the last record (gzip: anything)
            if size - end > 4 or (tail and (task.gz or tail.strip(b"\r\n"))):
                yield rest(f"after record {n} ({size - end:,} bytes could not be read as a record)")
            elif n and task.gz and not _gzip_member_complete(task.path, it.get_record_offset() or 0):
                yield rest(f"inside the compressed data of record {n}")
            elif n == 0 and size > 4:
                yield rest("at its first record")
    except Exception as exc:  # noqa: BLE001 - corrupt archive: say so, keep going
        if not damaged:
            yield _error(lid(f"{stem}_R{n + 1}"), f"{task.path}#{n + 1}", "read_error",
                         f"cannot read {task.path} past record {n}: {type(exc).__name__}: {exc}")


# HTML → text lives in :mod:`cchc_extract.html`; re-exported here for existing imports.
from .html import HtmlText, _traf_state, html_to_text  # noqa: E402,F401
