"""The extractors' regex watchdog (``cchc_extract.watchdog``): a runaway match is stopped as the
per-call ``timeout=`` stops it, where the watchdog can run; elsewhere every call keeps its own
timeout. Hostile input for the patterns: a match whose cost grows as the sixth power of the
text (six ``\\s*`` in a row before a failing character)."""
from __future__ import annotations

import signal
import threading
from pathlib import Path

import pytest
import regex

import cchc_extract as cx
from cchc_extract import Limits, watchdog
from cchc_extract.extractors import dates

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "corpus" / "002_97d673e06247b9f2.txt").read_text(encoding="utf-8")
RUNAWAY = regex.compile(r"\s*\s*\s*\s*\s*\s*x[0-9]")
RUNAWAY_TEXT = " " * 2000 + "xa"   # minutes of matching without a limit

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no setitimer on this platform")


def _runaway_dates(seen):
    def extract(ctx):
        seen.append(ctx.timeout)
        for _ in ctx.sentences():
            pass
        RUNAWAY.search(RUNAWAY_TEXT, timeout=ctx.timeout)
    return extract


def _check_stopped(rec):
    assert isinstance(rec, cx.Article), rec
    assert any("dates extractor stopped" in w for w in rec.warnings), rec.warnings
    assert rec.of_type("province") and rec.of_type("percentage")  # the other extractors ran
    assert not rec.of_type("date")


def test_a_runaway_match_is_stopped_without_a_per_call_timeout(monkeypatch):
    seen = []
    monkeypatch.setattr(dates, "extract", _runaway_dates(seen))
    rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
    assert seen == [None]  # the patterns ran without timeout=: the watchdog guarded them
    _check_stopped(rec)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)  # no timer left running
    assert watchdog._active is None


def test_in_a_thread_every_call_keeps_its_timeout(monkeypatch):
    seen, out = [], []
    monkeypatch.setattr(dates, "extract", _runaway_dates(seen))
    th = threading.Thread(target=lambda: out.append(cx.extract(SEED, limits=Limits(regex_timeout=0.2))))
    th.start()
    th.join()
    assert seen == [0.2]
    _check_stopped(out[0])


def test_a_foreign_sigprof_handler_is_left_alone(monkeypatch):
    seen, calls = [], []
    monkeypatch.setattr(dates, "extract", _runaway_dates(seen))
    old = signal.signal(signal.SIGPROF, lambda *a: calls.append(a))
    try:
        rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
        assert seen == [0.2]  # a profiler's handler: the watchdog stands aside
        _check_stopped(rec)
        assert signal.getsignal(signal.SIGPROF) is not watchdog._handler
    finally:
        signal.signal(signal.SIGPROF, old)


def test_a_running_profiling_timer_is_left_alone(monkeypatch):
    seen = []
    monkeypatch.setattr(dates, "extract", _runaway_dates(seen))
    signal.signal(signal.SIGPROF, watchdog._handler)  # installed by an earlier run, say
    signal.setitimer(signal.ITIMER_PROF, 50.0, 50.0)
    try:
        rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
        assert seen == [0.2]
        _check_stopped(rec)
        assert signal.getitimer(signal.ITIMER_PROF)[1] == 50.0
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0.0, 0.0)


def test_work_that_moves_on_is_not_stopped(monkeypatch):
    """Checkpoints (sentences, ``check_deadline``) restart the count: an extractor may take many
    times ``regex_timeout`` in all while no single call does."""
    import time

    def slow(ctx):
        t0 = time.process_time()
        while time.process_time() - t0 < 1.0:   # five times the limit, in short calls
            for s in ctx.sentences():
                regex.search(r"\d+", s.text, timeout=ctx.timeout)
        dates_extract(ctx)

    dates_extract = dates.extract
    monkeypatch.setattr(dates, "extract", slow)
    rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
    assert not any("stopped" in w for w in rec.warnings), rec.warnings
    assert rec.of_type("date")
