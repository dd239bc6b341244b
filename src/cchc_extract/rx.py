"""The ``regex`` module, with the package's compiled patterns kept between processes.

The modules of the package import it as ``from . import rx as regex``: everything is
``regex``'s own except :func:`compile`, which looks a pattern up in a store of compiled
patterns before compiling it. ``regex`` parses a pattern in Python, about 0.5 ms a pattern;
a new process compiles about 300 of them before its first document is done, more than the
document itself costs. A compiled ``regex`` pattern pickles with its compiled code (``regex``
registers the pickling of its patterns), and loading one takes about 20 µs.

The store is one file in the user's cache directory (``$CCHC_EXTRACT_CACHE_DIR``, else
``$XDG_CACHE_HOME/cchc_extract``, else ``~/.cache/cchc_extract``; ``CCHC_EXTRACT_CACHE_DIR``
set to an empty string turns the store off). It holds the patterns a process compiles on
import, while :func:`cchc_extract.pipeline.warm` runs and while its first document is
processed — the patterns every document needs, and a few made for the words of that one
document — keyed by the pattern's text and flags, so that a pattern is only ever taken from
the store for exactly the text and flags it was compiled from. The first document of a later
process adds the patterns it had to compile (:func:`top_up`: a related-links line, a table, a
list that the warm-up text has not), so that the next process finds them too. The file name carries the
Python and ``regex`` versions and the place the package is installed (two copies of the
package, in two environments, keep a store each); the file records a fingerprint of the
package's source and data files (names, sizes, modification times): when they change, the
first document of the next process rebuilds the store (:func:`stale`, :func:`record`,
:func:`save`).

:func:`search`, :func:`sub` and the other module-level functions are ``regex``'s, with the
pattern looked up in a dict of this module (``regex``'s own cache lookup costs about 15 µs a
call, more than a short search).

Each pattern comes with its literal gate (:mod:`cchc_extract.gate`): the strings, or the
digit, every match must contain, derived from the pattern's text when it is compiled and kept
in the store with it, and with its starts (the strings every match starts with, when they are
known). A pattern with a gate is returned as a :class:`cchc_extract.gate.Gated`, whose
``search``/``finditer``/``findall`` answer "no match" without scanning a text that lacks them,
whose ``search``/``finditer`` try the pattern only where a start is, and whose other methods are
the pattern's own (``CCHC_EXTRACT_GATES=0`` turns the gates off, for comparisons).

:func:`text` keeps pattern texts that take long to write (the tries of
:func:`cchc_extract.patterns.literal_alternation`) in the same store, keyed by a digest of what
they are written from; :func:`escape` is ``regex.escape`` in one ``str.translate``.

A missing, unreadable or damaged store is no error: the patterns are compiled as without it.
The file is read with an unpickler that builds nothing but plain data and ``regex`` patterns;
it is written to a temporary file and renamed, so a reader never sees half a file.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import Any, Optional

import regex as _base

from . import gate as _gate
from regex import Match, Pattern, __version__  # noqa: F401
from regex import _regex as _engine

# this module stands for regex: its names, but for compile, are regex's
globals().update({n: getattr(_base, n) for n in _base.__all__ if n != "__doc__"})  # compile, search, … below

_FORMAT = 4  # 2: each entry is (the pickled pattern, its literal gate); 3: and pattern texts; 4: and starts
_ENV = "CCHC_EXTRACT_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent

_gates_on = os.environ.get("CCHC_EXTRACT_GATES", "1") != "0"  # "0": no literal gates (for comparisons)
_lock = threading.Lock()
_stored: Optional[dict] = None          # (pattern, flags) -> pickled pattern, from the file
_compiled: dict = {}                    # (pattern, flags) -> pattern taken from the store
_memo: dict = {}                        # (pattern, flags) -> pattern compiled in this process
_MEMO_MAX = 2000
_recorded: dict = {}                    # (pattern, flags) -> pickled pattern, to be saved
_texts_stored: dict = {}                # digest of what a pattern text is built from -> the text
_texts: dict = {}                       # the same, of this process
_texts_recorded: dict = {}              # the same, to be saved
_recording = False
_missed: dict = {}                      # (pattern, flags) -> entry compiled by this process's first document
_texts_missed: dict = {}                # the same, of pattern texts
_topping_up = True                      # until the first document of the process is done (top_up)
_fresh = False                          # the store was read and is up to date
_STORE_MAX = 3000                       # a store this big takes no more patterns from a later process
_MISSED_MAX = 500                       # nor more than this many from one process
_fingerprint: Optional[str] = None
_file_fingerprint: Optional[str] = None
_checked = False
_stale = False


def __getattr__(name: str) -> Any:  # anything else regex has
    return getattr(_base, name)


class _EscapeTable(dict):
    """code point -> the character as ``regex.escape`` writes it, asked of regex on first
    sight (for ``str.translate``: regex escapes a string one character at a time)."""

    def __missing__(self, cp: int) -> str:
        e = self[cp] = _base.escape(chr(cp))
        return e


_ESCAPE_TABLE = _EscapeTable()


def escape(pattern, special_only=True, literal_spaces=False):
    """``regex.escape``, the same text, one ``str.translate`` instead of a loop over the
    characters in Python (the tries and alternations escape thousands of words)."""
    if special_only and not literal_spaces and isinstance(pattern, str):
        return pattern.translate(_ESCAPE_TABLE)
    return _base.escape(pattern, special_only, literal_spaces)


def compile(pattern, flags=0, **kwargs):  # noqa: A001 - regex.compile's own name
    """``regex.compile``; the pattern comes from the store when it is there."""
    if kwargs or not isinstance(pattern, str):
        return _base.compile(pattern, flags, **kwargs)
    key = (pattern, flags)  # a RegexFlag is equal to its int, and hashes the same
    p = _compiled.get(key) or _memo.get(key)
    if p is not None:
        return p
    return _compile(pattern, int(flags))


def _compile(pattern: str, flags: int):
    key = (pattern, flags)
    if _stored is None:
        _load()
    entry = _stored.get(key)
    if isinstance(entry, tuple) and len(entry) == 3 and isinstance(entry[0], bytes) and _gate.valid(entry[1]) \
            and _gate.valid_starts(entry[2]):
        if entry[1] is not None and _gates_on:  # built when first asked past its gate
            g = _gate.Gated(None, entry[1], entry[2], load=lambda: _stored_pattern(entry[0], pattern, flags))
        else:
            p = _unpickle(entry[0], pattern)
            g = _gated(p, entry[1], entry[2]) if p is not None else None
        if g is not None:
            _compiled[key] = g
            if _recording:
                _recorded[key] = entry
            return g
    p = _base.compile(pattern, flags)
    gate = _gate.derive(pattern, flags)
    starts = _gate.starts(pattern, flags) if gate is not None else None
    if _recording:
        _recorded[key] = (pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL), gate, starts)
    elif _topping_up and _fresh and len(_missed) < _MISSED_MAX and not p.flags & _base.LOCALE:
        _missed[key] = (pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL), gate, starts)
    g = _gated(p, gate, starts)
    if not p.flags & _base.LOCALE:  # a locale-dependent pattern is regex's own business
        if len(_memo) >= _MEMO_MAX:  # patterns made for the words of a document come and go
            _memo.clear()
        _memo[key] = g
    return g


def _unpickle(data: bytes, pattern: str):
    """The stored pattern, or None when the entry is damaged or holds another pattern."""
    try:
        p = _PatternUnpickler(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - a damaged entry: compiled instead
        return None
    return p if isinstance(p, Pattern) and p.pattern == pattern else None


def _stored_pattern(data: bytes, pattern: str, flags: int):
    """A gated pattern from the store, built on first use (:class:`cchc_extract.gate.Gated`);
    compiled from its text when the entry turns out damaged."""
    p = _unpickle(data, pattern)
    return p if p is not None else _base.compile(pattern, flags)


def text(kind: str, parts, build) -> str:
    """A pattern text that ``build()`` writes from ``parts`` (strings, or tuples of them and
    of bools), kept in the store with the patterns: a trie of 2,000 words costs ms to write, its
    text microseconds to load. ``kind`` names the writer; the key is a digest of ``kind`` and
    ``parts``, so a text is only taken for exactly the words it was written from."""
    key = hashlib.blake2b(repr((kind, tuple(parts))).encode("utf-8", "surrogatepass"),
                          digest_size=20).hexdigest()
    t = _texts.get(key)
    if t is None:
        if _stored is None:
            _load()
        t = _texts_stored.get(key)
        if not isinstance(t, str):
            t = build()
            if _topping_up and _fresh and not _recording and len(_texts_missed) < _MISSED_MAX:
                _texts_missed[key] = t
        _texts[key] = t
    if _recording:
        _texts_recorded[key] = t
    return t


def _gated(p, gate, starts=None):
    """The pattern, behind its literal gate when it has one (:mod:`cchc_extract.gate`)."""
    return _gate.Gated(p, gate, starts) if gate is not None and _gates_on else p


# The module-level functions, as regex's, with the pattern looked up here: regex's own lookup
# (its cache key and flag checks) costs about 15 µs a call.

def match(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
          timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.match(pattern, string, flags, pos, endpos, partial, concurrent, timeout,
                           ignore_unused, **kwargs)
    return compile(pattern, flags).match(string, pos, endpos, concurrent, partial, timeout)


def fullmatch(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
              timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.fullmatch(pattern, string, flags, pos, endpos, partial, concurrent, timeout,
                               ignore_unused, **kwargs)
    return compile(pattern, flags).fullmatch(string, pos, endpos, concurrent, partial, timeout)


def search(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
           timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.search(pattern, string, flags, pos, endpos, partial, concurrent, timeout,
                            ignore_unused, **kwargs)
    return compile(pattern, flags).search(string, pos, endpos, concurrent, partial, timeout)


def sub(pattern, repl, string, count=0, flags=0, pos=None, endpos=None, concurrent=None,
        timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.sub(pattern, repl, string, count, flags, pos, endpos, concurrent, timeout,
                         ignore_unused, **kwargs)
    return compile(pattern, flags).sub(repl, string, count, pos, endpos, concurrent, timeout)


def subn(pattern, repl, string, count=0, flags=0, pos=None, endpos=None, concurrent=None,
         timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.subn(pattern, repl, string, count, flags, pos, endpos, concurrent, timeout,
                          ignore_unused, **kwargs)
    return compile(pattern, flags).subn(repl, string, count, pos, endpos, concurrent, timeout)


def split(pattern, string, maxsplit=0, flags=0, concurrent=None, timeout=None,
          ignore_unused=False, **kwargs):
    if kwargs:
        return _base.split(pattern, string, maxsplit, flags, concurrent, timeout, ignore_unused,
                           **kwargs)
    return compile(pattern, flags).split(string, maxsplit, concurrent, timeout)


def findall(pattern, string, flags=0, pos=None, endpos=None, overlapped=False, concurrent=None,
            timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.findall(pattern, string, flags, pos, endpos, overlapped, concurrent, timeout,
                             ignore_unused, **kwargs)
    return compile(pattern, flags).findall(string, pos, endpos, overlapped, concurrent, timeout)


def finditer(pattern, string, flags=0, pos=None, endpos=None, overlapped=False, partial=False,
             concurrent=None, timeout=None, ignore_unused=False, **kwargs):
    if kwargs:
        return _base.finditer(pattern, string, flags, pos, endpos, overlapped, partial, concurrent,
                              timeout, ignore_unused, **kwargs)
    return compile(pattern, flags).finditer(string, pos, endpos, overlapped, concurrent, partial,
                                            timeout)


# ------------------------------------------------------------------------------ the store

def cache_dir() -> Optional[Path]:
    """The directory of the store, or None when it is turned off."""
    d = os.environ.get(_ENV)
    if d is not None:
        return Path(d) if d.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative (which the XDG rules say to ignore)
        base = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home directory: no store (never one in the working directory)
        return None
    return Path(base) / "cchc_extract"


def store_path() -> Optional[Path]:
    d = cache_dir()
    if d is None:
        return None
    v = sys.version_info
    where = hashlib.sha256(str(_PACKAGE).encode()).hexdigest()[:10]  # one store per installed copy
    return d / f"patterns-py{v.major}.{v.minor}-regex{_base.__version__}-{where}.pickle"


def fingerprint() -> str:
    """What the package's patterns are built from: its source and data files."""
    global _fingerprint
    if _fingerprint is None:
        h = hashlib.sha256(f"{_FORMAT} {sys.version} {_base.__version__}".encode())
        for root, dirs, files in os.walk(_PACKAGE):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for f in sorted(files):
                if f.endswith((".py", ".json")):
                    st = os.stat(os.path.join(root, f))
                    rel = os.path.relpath(os.path.join(root, f), _PACKAGE)
                    h.update(f"{rel} {st.st_size} {st.st_mtime_ns}\n".encode())
        _fingerprint = h.hexdigest()
    return _fingerprint


def _load() -> None:
    global _stored, _file_fingerprint, _stale, _recording, _fresh
    with _lock:
        if _stored is not None:
            return
        stored: dict = {}
        texts: dict = {}
        path = store_path()
        if path is not None:
            try:
                with open(path, "rb") as f:
                    doc = _DataUnpickler(f).load()
                if isinstance(doc, dict) and doc.get("format") == _FORMAT and \
                        isinstance(doc.get("patterns"), dict):
                    stored = doc["patterns"]
                    texts = doc.get("texts") if isinstance(doc.get("texts"), dict) else {}
                    _file_fingerprint = doc.get("fingerprint")
            except Exception:  # noqa: BLE001 - no store, or a damaged one: compile everything
                stored, texts = {}, {}
            if _file_fingerprint != fingerprint():
                # built by other code: its gates and starts, and the texts of its tries, may not be
                # what this code derives from the same patterns — none of it is used
                stored, texts = {}, {}
                if _writable(path.parent):
                    _stale = _recording = True  # from the patterns built on import on
            else:
                _fresh = True
        _texts_stored.clear()
        _texts_stored.update(texts)
        _stored = stored


def _writable(d: Path) -> bool:
    """Whether the store could be written there (a read-only disk: no rebuild in every process)."""
    while not d.exists() and d.parent != d:
        d = d.parent
    return os.access(d, os.W_OK)


def stale() -> bool:
    """True once per process, when the store is on and missing or built from other files:
    the caller then builds the patterns under :func:`record` and :func:`save` s them. The
    patterns compiled before (on import) are recorded already."""
    global _checked
    if _checked:
        return False
    _checked = True
    if _stored is None:
        _load()
    return _stale


class record:
    """``with record(): ...``: the patterns compiled inside are kept for :func:`save`."""

    def __enter__(self) -> "record":
        global _recording
        _recording = True
        return self

    def __exit__(self, *exc: Any) -> None:
        global _recording
        _recording = False


def save() -> bool:
    """Write the recorded patterns as the store (replacing it); False when it could not be
    written (no cache directory, a read-only disk): the store is a cache, nothing is lost."""
    global _file_fingerprint
    path = store_path()
    if path is None or not _recorded:
        return False
    doc = {"format": _FORMAT, "fingerprint": fingerprint(), "patterns": dict(_recorded),
           "texts": dict(_texts_recorded)}
    if not _write(path, doc):
        return False
    _file_fingerprint = doc["fingerprint"]
    return True


def _write(path: Path, doc: dict) -> bool:
    """Write the store: to a temporary file, then renamed (a reader never sees half a file)."""
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    return True


def top_up() -> bool:
    """After the first document of a process that found the store up to date: add to the store
    the patterns (and pattern texts) that document had to compile — the store is built on a
    warm-up text, and an article reaches patterns a short text does not (a related-links line,
    a table, a list), so that every new process would compile them again. Once per process, and
    only while the store holds fewer than ``_STORE_MAX`` patterns (the patterns made for the
    words of one document are added too, so the store is kept from growing without end). False
    when nothing was written."""
    global _topping_up
    if not _topping_up:
        return False
    with _lock:
        if not _topping_up:
            return False
        _topping_up = False
        missed, texts = dict(_missed), dict(_texts_missed)
        _missed.clear()
        _texts_missed.clear()
        if not (missed or texts) or not _fresh or _stale or len(_stored) + len(missed) > _STORE_MAX:
            return False
        path = store_path()
        if path is None:
            return False
        doc = {"format": _FORMAT, "fingerprint": _file_fingerprint, "patterns": {**_stored, **missed},
               "texts": {**_texts_stored, **texts}}
        if not _write(path, doc):
            return False
        _stored.update(missed)
        _texts_stored.update(texts)
        return True


def _reset() -> None:
    """Forget the store and the patterns taken from it (for tests)."""
    global _stored, _recording, _fingerprint, _file_fingerprint, _checked, _stale, _topping_up, _fresh
    with _lock:
        _stored, _recording, _fingerprint, _file_fingerprint = None, False, None, None
        _checked = _stale = _fresh = False
        _topping_up = True
        _missed.clear()
        _texts_missed.clear()
        _compiled.clear()
        _memo.clear()
        _recorded.clear()
        _texts.clear()
        _texts_stored.clear()
        _texts_recorded.clear()


class _DataUnpickler(pickle.Unpickler):
    """Plain data only (dict, tuple, str, bytes, int): the file's outer layer."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern store")


class _PatternUnpickler(pickle.Unpickler):
    """A ``regex`` pattern as ``regex`` pickles it, and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return _engine.compile
        if (module, name) == ("builtins", "frozenset"):
            return frozenset
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern store")
