"""A CPU-time watchdog for the pipeline's regular expressions (``Limits.regex_timeout``).

The ``regex`` module's ``timeout=`` reads the process's CPU clock (``clock()``, a system call)
when a call starts and again when it starts matching: about 2.5–3.5 µs per call, against 0.5 µs
for a whole short search without it, and the stages make well over 100,000 calls per pass over
the corpus. The engine also checks for signals while it matches, so a Python signal handler
that raises stops a runaway match just as ``timeout=`` does.

While the stages of a document run (cleaning, segmentation, the extractors, linking: one
watchdog armed by the pipeline for the document), :class:`Watchdog` keeps a CPU-time interval
timer (``ITIMER_PROF``, the process's CPU time like ``clock()``) ticking every quarter of
``regex_timeout``. Its handler raises :class:`TimeoutError` — what a ``timeout=`` call raises,
so an extractor stops with the same warning and a stage's error is the same ``timeout`` record
— when, for ``regex_timeout`` CPU seconds, no checkpoint was passed (each sentence an extractor
reads and each ``Context.check_deadline``) **and** every tick found the interpreter at the same
instruction of the same frame, the frame's variables bound to the same objects of the same
sizes: one call that has not returned. Any progress restarts the count — a loop that calls one
function again and again (cleaning's loops over the lines have no checkpoints) moves its loop
variable on or grows or shrinks what it works on — so a long document or a slow sentence is
never cut while it moves on; a single match that runs away is stopped after ``regex_timeout``
to ``1.25 × regex_timeout`` CPU seconds. The stages then call the patterns with
``timeout=None`` (``Context.timeout``, :func:`guarding`).

Used only where it is safe (:func:`usable`): the main thread, a platform with ``setitimer``,
no other handler for ``SIGPROF`` and no profiling timer already running (a sampling profiler);
elsewhere (worker threads, Windows, a run nested in another) ``Context.timeout`` stays
``Limits.regex_timeout`` and every call carries its own timeout, as before. The handler, once
installed, stays installed and does nothing while no stage is watched, so that a tick delivered
late can never meet the default action of ``SIGPROF`` (ending the process).
"""
from __future__ import annotations

import signal
import threading
from typing import Any, Optional

__all__ = ["Watchdog", "usable"]

TICKS = 4
"""Timer ticks per ``regex_timeout``: the stall must be seen at this many ticks in a row."""

_active: Optional["Watchdog"] = None  # the watchdog of the running document, if any


def _handler(signum: int, frame: Any) -> None:
    dog = _active
    if dog is not None:
        dog.tick(frame)


def usable() -> bool:
    """True when a watchdog can run here (see the module docstring)."""
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF"):
        return False
    if _active is not None or threading.current_thread() is not threading.main_thread():
        return False
    try:
        current = signal.getsignal(signal.SIGPROF)
        timer = signal.getitimer(signal.ITIMER_PROF)
    except (ValueError, OSError):  # not the main interpreter
        return False
    return current in (signal.SIG_DFL, _handler) and timer == (0.0, 0.0)


class Watchdog:
    """One run of the extractors on one document: ``with Watchdog.arm(seconds) as dog`` (``dog``
    is None where a watchdog cannot run); ``dog.watch()`` / ``dog.rest()`` around each
    extractor; ``dog.beats += 1`` at each checkpoint."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.beats = 0
        self.watching = False
        self._seen: Any = None
        self._stalled = 0

    @classmethod
    def arm(cls, seconds: Optional[float]) -> "_Armed":
        return _Armed(cls(seconds) if seconds and seconds > 0 and usable() else None)

    def watch(self) -> None:
        """An extractor starts: count stalls from now."""
        self._seen, self._stalled = None, 0
        self.watching = True

    def rest(self) -> None:
        """The extractor has returned (or stopped)."""
        self.watching = False
        self._seen = None

    def tick(self, frame: Any) -> None:
        if not self.watching:
            return
        # the frame itself is kept (not its id, which a later call could reuse): the same
        # object at the same instruction is the same call of the same function invocation
        seen = self._seen
        if seen is None or seen[0] != self.beats or seen[1] is not frame or \
                seen[2] != (frame.f_lasti if frame is not None else -1):
            self._seen, self._stalled = (self.beats, frame, frame.f_lasti if frame is not None else -1,
                                         _bindings(frame)), 0
            return
        now = _bindings(frame)
        if now != seen[3]:  # a loop calling one function again and again: its variables move on
            self._seen, self._stalled = seen[:3] + (now,), 0
            return
        self._stalled += 1
        if self._stalled >= TICKS:
            self._seen, self._stalled = None, 0
            raise TimeoutError(f"regular expression time-out: one call ran over {self.seconds:g} s of CPU")


def _bindings(frame: Any) -> tuple:
    """What the frame's variables are bound to (the objects themselves, compared by identity),
    with the sizes of the lists, dicts and sets among them: a loop that calls the same function
    at the same instruction on each pass (a stage without checkpoints) binds its loop variable
    anew or grows or shrinks what it works on; one call that has not returned does neither."""
    if frame is None:
        return ()
    try:
        return tuple(_Same(v, len(v) if type(v) in _SIZED else -1) for v in frame.f_locals.values())
    except Exception:  # noqa: BLE001 - a frame whose variables cannot be read: nothing to compare
        return ()


_SIZED = (list, dict, set, bytearray)


class _Same:
    """An object compared by identity and size (``==`` on the values themselves could run any code)."""

    __slots__ = ("obj", "size")

    def __init__(self, obj: Any, size: int) -> None:
        self.obj = obj
        self.size = size

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and self.obj is other.obj and self.size == other.size

    __hash__ = None  # type: ignore[assignment]


def active() -> "Optional[Watchdog]":
    """The armed watchdog, if any (a stage run inside another's reuses it)."""
    return _active


def guarding() -> bool:
    """True while a watchdog watches the running stage: its patterns need no ``timeout=``."""
    return _active is not None and _active.watching


class _Armed:
    def __init__(self, dog: Optional[Watchdog]) -> None:
        self.dog = dog

    def __enter__(self) -> Optional[Watchdog]:
        global _active
        dog = self.dog
        if dog is not None:
            if signal.getsignal(signal.SIGPROF) is not _handler:
                signal.signal(signal.SIGPROF, _handler)
            _active = dog
            interval = dog.seconds / TICKS
            signal.setitimer(signal.ITIMER_PROF, interval, interval)
        return dog

    def __exit__(self, *exc: Any) -> None:
        global _active
        if self.dog is not None:
            self.dog.watching = False
            signal.setitimer(signal.ITIMER_PROF, 0.0, 0.0)
            _active = None
