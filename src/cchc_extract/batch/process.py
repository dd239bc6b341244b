"""One reader record → one result (what every batch worker runs per document)."""
from __future__ import annotations

from ..limits import DEFAULT_LIMITS, Limits
from ..models import Article, ErrorInfo, ErrorRecord
from ..readers import Record

__all__ = ["process_record"]


def process_record(rec: Record, limits: Limits = DEFAULT_LIMITS):
    """Run one reader record through HTML extraction (if HTML) and :func:`extract`.

    Returns ``(Article | ErrorRecord, info)``; ``info`` = ``{"format", "extractor", "url"}``
    (what the tabular outputs record next to the article). Never raises. Warnings the reader
    attached (``meta["warnings"]``, e.g. an invalid ``published`` value) go on the article.
    """
    from ..errors import CchcError
    from ..pipeline import extract

    doc_id, source, data, meta = rec
    meta = meta or {}
    info = {"format": meta.get("format", "text"), "extractor": None, "url": meta.get("url")}
    err = meta.get("error")
    if err:
        return ErrorRecord(doc_id=doc_id, source=source,
                           error=ErrorInfo(kind=err["kind"], message=err["message"])), info
    try:
        title, published, author = meta.get("title"), meta.get("published"), None
        warnings = list(meta.get("warnings") or ())
        text = data
        if info["format"] == "html":
            if len(data) > limits.max_bytes:
                return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(
                    kind="too_large", message=f"input is {len(data):,} bytes, over the limit "
                    f"of {limits.max_bytes:,}; raise Limits.max_bytes / --max-bytes")), info
            from ..readers import html_to_text

            h = html_to_text(data)
            info["extractor"] = h.extractor
            text, author = h.text, h.author
            title = title or h.title
            published = published or h.published
            if h.extractor != "trafilatura":
                warnings.append(f"HTML main text by {h.extractor} (trafilatura found none)")
        res = extract(text, doc_id=doc_id, source=source, limits=limits, title=title,
                      published=published)
        if isinstance(res, Article):
            if author and not res.byline:
                from ..normalize import normalize

                res.byline = normalize(author)
            if warnings:
                res.warnings.extend(warnings)
        return res, info
    except CchcError as exc:
        return ErrorRecord(doc_id=doc_id, source=source,
                           error=ErrorInfo(kind=exc.kind, message=exc.message)), info
    except Exception as exc:  # noqa: BLE001 - the worker must answer for every document
        return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(
            kind="internal", message=f"{type(exc).__name__}: {exc} (please report this input)")), info
