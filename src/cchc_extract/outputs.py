"""Files the commands ``extract``, ``render`` and ``table`` write with ``-o``.

The same guarantees as ``batch`` gives its output:

- an output is never one of the command's inputs (refused, even with ``--overwrite``);
- an existing file is replaced only when asked (``--overwrite``);
- a file is written whole or not at all: the text goes to a temporary file beside it, which
  replaces the file only once everything is written, so a crash, a full disk or Ctrl-C leaves
  the earlier file as it was.

``-`` (or no ``-o``) is standard output; a device or a pipe (``/dev/null``, a FIFO) is
written as the stream it is.
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(a) == os.path.realpath(b)


def _is_stream(path: str) -> bool:
    """A character device, a pipe or a socket: written in place, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def refusal(out: Optional[str], inputs: Iterable[Optional[str]], overwrite: bool) -> Optional[str]:
    """Why ``-o OUT`` may not be written, or None when it may. ``inputs`` are the paths the
    command reads (``-`` and None are standard input)."""
    if out in (None, "-") or _is_stream(out):
        return None
    for src in inputs:
        if src not in (None, "-") and _same_file(out, src):
            return f"{out} is one of the inputs; choose another -o"
    p = Path(out)
    if p.is_dir():
        return f"{out} is a directory; -o names a file"
    if not p.parent.is_dir():
        return f"cannot write {out}: the directory {p.parent} does not exist"
    if (p.exists() or p.is_symlink()) and not overwrite:
        return f"{out} exists; add --overwrite to replace it"
    return None


@contextmanager
def open_output(out: Optional[str]) -> Iterator[IO[str]]:
    """A text stream for ``out`` (checked with :func:`refusal` first): standard output for
    None or ``-``, the stream itself for a device or pipe, otherwise a temporary file beside
    ``out`` that replaces it when the block ends without an exception (and is deleted when
    it does not)."""
    if out in (None, "-"):
        yield sys.stdout
        return
    if _is_stream(out):
        with open(out, "w", encoding="utf-8") as f:
            yield f
        return
    target = Path(out)
    if target.is_symlink():  # replace what the link points to, keep the link
        target = Path(os.path.realpath(out))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            yield f
        try:
            os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
        except OSError:  # a new file: the mode a plain open() would give it
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
