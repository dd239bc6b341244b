"""Test-only fault injection for batch workers; the package never imports this.

``install`` is passed as the engine's worker ``initializer``: it wraps
``cchc_extract.batch.engine.process_record`` in the worker so that chosen doc ids segfault
(``crash``), exit with code 70 (``exit_``) or hang (``sleep``).
"""
from __future__ import annotations

import os
import signal
import time


def install(crash=(), exit_=(), sleep=()) -> None:
    from cchc_extract.batch import engine

    real = engine.process_record
    crash, exit_, sleep = set(crash), set(exit_), set(sleep)

    def faulty(rec, limits):
        if rec.doc_id in crash:
            os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(5)
            os._exit(139)
        if rec.doc_id in exit_:
            os._exit(70)
        if rec.doc_id in sleep:
            while True:
                time.sleep(3600)
        return real(rec, limits)

    engine.process_record = faulty
