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


def test_a_runaway_match_in_cleaning_is_stopped_without_a_per_call_timeout(monkeypatch):
    """Cleaning runs under the pipeline's watchdog: its patterns get no timeout=, and a runaway
    one still ends the document as a ``timeout`` record, the timer stopped after it."""
    from cchc_extract import clean as clean_mod

    seen = []
    unpack = clean_mod._unpack_row

    def runaway(text, t):
        seen.append(t)
        RUNAWAY.search(RUNAWAY_TEXT, timeout=t)
        return unpack(text, t)

    monkeypatch.setattr(clean_mod, "_unpack_row", runaway)
    rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
    assert seen == [None]
    assert isinstance(rec, cx.ErrorRecord) and rec.error.kind == "timeout", rec
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert watchdog._active is None


def test_a_loop_without_checkpoints_is_not_stopped(monkeypatch):
    """A stage without checkpoints (cleaning) that calls one function again and again for many
    times ``regex_timeout`` is not taken for a runaway call: its loop variable moves on, or what
    it works on grows. (Every tick of such a loop finds the same frame at the same instruction.)"""
    import time

    from cchc_extract import clean as clean_mod

    digits = regex.compile(r"\d+")
    unpack = clean_mod._unpack_row

    def busy(text, t):
        t0 = time.process_time()
        i = 0
        while time.process_time() - t0 < 0.6:   # three times the limit, in short calls
            digits.match("12345", timeout=t)
            i += 1
        found = []
        t0 = time.process_time()
        while time.process_time() - t0 < 0.6:   # the same, a list growing instead
            found.append(digits.match("12345", timeout=t))
        return unpack(text, t)

    monkeypatch.setattr(clean_mod, "_unpack_row", busy)
    rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
    assert isinstance(rec, cx.Article), rec
    assert rec.of_type("date")


def test_one_watchdog_for_the_stages(monkeypatch):
    """The pipeline arms one watchdog for a document: the extractors use it (their patterns
    without timeout=), and segmentation and linking get no timeout= either."""
    from cchc_extract import link as link_mod, pipeline

    seen = {}
    split, link = pipeline.split_sentences, link_mod.link

    def split_spy(text, paragraphs, timeout=2.0, *a):
        seen["segment"] = (timeout, watchdog._active)
        return split(text, paragraphs, timeout, *a)

    def link_spy(article, facts, timeout=2.0, main=None):
        seen["link"] = (timeout, watchdog._active)
        return link(article, facts, timeout, main=main)

    monkeypatch.setattr(pipeline, "split_sentences", split_spy)
    monkeypatch.setattr(link_mod, "link", link_spy)
    ran = []
    monkeypatch.setattr(dates, "extract", _runaway_dates(ran))
    rec = cx.extract(SEED, limits=Limits(regex_timeout=0.2))
    _check_stopped(rec)
    assert ran == [None]
    assert seen["segment"][0] is None and seen["link"][0] is None
    assert seen["segment"][1] is not None and seen["segment"][1] is seen["link"][1]
    assert watchdog._active is None
