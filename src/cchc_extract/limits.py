"""Resource limits for one document. Every limit is an option (``extract(..., limits=Limits(...))``
or ``--max-bytes``/``--timeout`` on the CLI); an input over a limit becomes a ``too_large`` or
``timeout`` error record instead of stalling a batch."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """The resource limits of one document (each field says what it bounds)."""
    max_bytes: int = 20_000_000
    """Inputs larger than this (after decompression) are refused as ``too_large``."""
    max_line_chars: int = 200_000
    """A single line longer than this is split at spaces before cleaning (no-newline dumps)."""
    regex_timeout: float = 2.0
    """CPU seconds any one regular-expression call may take on one line or sentence (in the
    extractors, where :mod:`cchc_extract.watchdog` can run: any stretch of one extractor's work
    without progress, stopped after 1 to 1.25 times this)."""
    doc_timeout: float = 60.0
    """Seconds one document may take: ``extract`` checks between stages and sentences and returns a
    ``timeout`` record; a batch worker stuck in one call past it is killed and replaced."""
    max_sentence_chars: int = 5_000
    """A "sentence" longer than this (a list without full stops, a dump) is cut at a space."""


DEFAULT_LIMITS = Limits()
