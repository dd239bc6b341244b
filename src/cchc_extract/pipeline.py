"""The pipeline: ``read → decode → normalize → clean → segment → extract → link → Article``.

:func:`extract` is the library's one entry point for a single document. It never raises for
bad input: what cannot be processed comes back as an :class:`ErrorRecord` whose ``error.kind``
says why (``empty``, ``binary``, ``undecodable``, ``too_large``, ``timeout``, ``internal``).
"""
from __future__ import annotations

import hashlib
import logging
import time
from typing import Optional, Union

from .clean import clean
from .errors import CchcError, ExtractTimeout, InputTooLarge
from .limits import DEFAULT_LIMITS, Limits
from .models import Article, ErrorInfo, ErrorRecord
from .normalize import normalize
from .segment import join_paragraphs, split_sentences

log = logging.getLogger(__name__)


def stable_id(data: Union[str, bytes]) -> str:
    """A stable document id for input without a file name: a hash of its bytes."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "doc_" + hashlib.sha256(raw).hexdigest()[:16]


def _decode(data: bytes) -> tuple[str, list[str]]:
    from .decode import decode

    res = decode(data)
    warnings = list(res.warnings)
    if res.encoding not in ("utf-8", "ascii"):
        warnings.append(f"decoded from {res.encoding}")
    return res.text, warnings


def extract(data: Union[str, bytes], doc_id: Optional[str] = None, source: Optional[str] = None,
            *, limits: Limits = DEFAULT_LIMITS, title: Optional[str] = None,
            published: Optional[str] = None) -> Union[Article, ErrorRecord]:
    """Run the whole pipeline on one document.

    ``data`` is the raw page (bytes in any supported encoding, or text). ``title`` and
    ``published`` are metadata known from elsewhere (an HTML reader, a database row); they
    win over what cleaning finds. Returns an :class:`Article`, or an :class:`ErrorRecord`
    for input that cannot be processed — never raises for bad input.
    """
    if doc_id is None:
        doc_id = stable_id(data) if isinstance(data, (str, bytes)) else "doc_invalid"
    try:
        return _run(data, doc_id, source, limits, title, published)
    except CchcError as exc:
        return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(kind=exc.kind, message=exc.message))
    except TimeoutError as exc:
        return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(
            kind="timeout", message=f"a pattern ran over Limits.regex_timeout={limits.regex_timeout:g}s ({exc})"))
    except RecursionError as exc:
        return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(kind="internal", message=f"recursion limit: {exc}"))
    except Exception as exc:  # the boundary of the library: a bug must not lose the document
        log.debug("internal error on %s", doc_id, exc_info=True)
        return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(
            kind="internal", message=f"{type(exc).__name__}: {exc} (please report this input)"))


def _run(data, doc_id, source, limits, title_hint, published_hint) -> Article:
    deadline = time.monotonic() + limits.doc_timeout
    warnings: list[str] = []
    if isinstance(data, bytes):
        if len(data) > limits.max_bytes:
            raise InputTooLarge(len(data), limits.max_bytes)
        text, warnings = _decode(data)
    elif isinstance(data, str):
        if len(data) > limits.max_bytes:
            raise InputTooLarge(len(data), limits.max_bytes)
        text = data
    else:
        raise CchcError("internal", f"extract() takes str or bytes, not {type(data).__name__}")
    text = normalize(text)
    if not text.strip():
        raise CchcError("empty", "the document has no text")
    text = _break_long_lines(text, limits.max_line_chars)
    cleaned = clean(text, limits, title_hint=normalize(title_hint).strip() if title_hint else None)
    _check(deadline, limits, "cleaning")
    body, paragraphs = join_paragraphs(cleaned.paragraphs)
    sentences = split_sentences(body, paragraphs, limits.regex_timeout, limits.max_sentence_chars)
    _check(deadline, limits, "segmentation")
    if cleaned.spam:
        warnings.append("spam/SEO injections were removed (see 'removed')")
    art = Article(doc_id=doc_id, source=source,
                  title=cleaned.title,
                  published=published_hint or cleaned.published, byline=cleaned.byline,
                  text=body, removed=cleaned.removed, paragraphs=paragraphs,
                  sentences=sentences, warnings=warnings)
    if not body.strip():
        art.warnings.append("no article body left after cleaning")
        return art
    from .extractors import run
    from .link import link

    ctx = run(art, limits, deadline)
    _check(deadline, limits, "extraction")
    art.facts = link(art, ctx.facts, limits.regex_timeout, main=ctx.main_province)
    return art


def _check(deadline: float, limits: Limits, stage: str) -> None:
    if time.monotonic() > deadline:
        raise ExtractTimeout(stage, limits.doc_timeout)


def _break_long_lines(text: str, limit: int) -> str:
    """Split lines longer than ``limit`` at a space so that no rule sees a megabyte line."""
    if all(len(ln) <= limit for ln in text.split("\n")):
        return text
    out = []
    for ln in text.split("\n"):
        while len(ln) > limit:
            cut = ln.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            out.append(ln[:cut])
            ln = ln[cut:].lstrip()
        out.append(ln)
    return "\n".join(out)
