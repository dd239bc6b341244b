"""Segment stage: cleaned paragraphs → article text with paragraph and sentence offsets.

Takes the body paragraphs from :mod:`clean`; gives the article ``text`` (paragraphs joined by
``\\n``), paragraph spans and sentence spans into it. Sentences end at ``. ! ? …`` or ``./.``
followed by a space and a capital, digit or opening quote — not after the abbreviations of
``data/segment.json`` (``TP.``, ``TS.``, ``PGS.TS.``, ``Th.S``), an initial (``V.``), or inside a
decimal (``99.44``). Words come from underthesea's tokenizer, on demand, with offsets (extra
``underthesea``: no extractor needs them).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from . import rx as regex

from .models import Span
from .resources import load

_BOUNDARY = regex.compile(r"(\./\.|[.!?…]+)([\"”’»)]*)(\s+)(?=[\"“‘«(\[]?[\p{Lu}\d])")
_TOKEN_BEFORE = regex.compile(r"(\S+)$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load("segment")["abbreviations"])


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[Span]]:
    """Join paragraphs with newlines; return the text and each paragraph's span."""
    spans = []
    pos = 0
    for p in paragraphs:
        spans.append(Span(start=pos, end=pos + len(p)))
        pos += len(p) + 1
    return "\n".join(paragraphs), spans


_DOTTED = regex.compile(r"(?:\p{Lu}\p{Ll}?\.)+\p{Lu}\p{Ll}?")


def _is_abbreviation(before: str, punct: str) -> bool:
    if punct != ".":
        return False
    m = _TOKEN_BEFORE.search(before)
    if not m:
        return False
    tok = m.group(1).lstrip("(\"“'")
    if tok in _abbreviations():
        return True
    # an initial (Nguyễn V. A) or a dotted abbreviation (PGS.TS, Th.S)
    if len(tok) == 1 and tok.isupper():
        return True
    return bool(_DOTTED.fullmatch(tok))


def split_sentences(text: str, paragraphs: list[Span], timeout: float = 2.0,
                    max_chars: int = 5_000) -> list[Span]:
    """Sentence spans (offsets into ``text``), never crossing a paragraph boundary; a span
    longer than ``max_chars`` is cut at the last space before the limit."""
    return [piece for span in _split(text, paragraphs, timeout) for piece in _cap(text, span, max_chars)]


def _cap(text: str, span: Span, max_chars: int) -> list[Span]:
    out = []
    start = span.start
    while span.end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut > start else start + max_chars
        out.append(Span(start=start, end=cut))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    if span.end > start:
        out.append(Span(start=start, end=span.end))
    return out


def _split(text: str, paragraphs: list[Span], timeout: float) -> list[Span]:
    out: list[Span] = []
    for para in paragraphs:
        start = para.start
        chunk = text[para.start:para.end]
        for m in _BOUNDARY.finditer(chunk, timeout=timeout):
            if _is_abbreviation(chunk[max(0, m.start() - 100):m.start()], m.group(1)):
                continue
            end = para.start + m.end(2)
            if end > start:
                out.append(Span(start=start, end=end))
            start = para.start + m.end(3)
        if para.end > start:
            out.append(Span(start=start, end=para.end))
    return out


def import_underthesea():
    """Import underthesea without letting its ``logging.basicConfig`` reach the caller's logging."""
    import logging

    from .errors import require

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        underthesea = require("underthesea", "underthesea",
                              "segment.words (and eval --baseline underthesea)")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    return underthesea


@lru_cache(maxsize=1)
def _word_tokenize():
    return import_underthesea().word_tokenize


def words(text: str) -> Iterator[Span]:
    """Word spans of ``text`` from underthesea's tokenizer (multi-syllable words are one span)."""
    pos = 0
    for w in _word_tokenize()(text):
        first = w.split()[0] if w.split() else w
        i = text.find(first, pos)
        if i < 0:
            continue
        j = i
        for syl in w.split():
            k = text.find(syl, j)
            if k < 0:
                break
            j = k + len(syl)
        yield Span(start=i, end=j)
        pos = j
