"""One reader record → one result (what every batch worker runs per document)."""
from __future__ import annotations

from ..limits import DEFAULT_LIMITS, Limits
from ..models import Article
from ..readers import Record

__all__ = ["process_record"]


def process_record(rec: Record, limits: Limits = DEFAULT_LIMITS):
    """Run one reader record through :func:`cchc_extract.pipeline.run_document`, the road
    every single document takes (HTML and markdown-converted pages included).

    Returns ``(Article | ErrorRecord, info)``; ``info`` = ``{"format", "extractor", "url"}``
    (what the tabular outputs record next to the article). Never raises. Warnings the reader
    attached (``meta["warnings"]``, e.g. an invalid ``published`` value) go on the article. A
    record whose meta carries ``site_template`` (set by :func:`cchc_extract.templates.with_templates`)
    is cleaned with it.
    """
    from ..errors import error_from_exception, error_record
    from ..pipeline import run_document

    doc_id, source, data, meta = rec
    meta = meta or {}
    info = {"format": meta.get("format", "text"), "extractor": None, "url": meta.get("url")}
    err = meta.get("error")
    if err:
        return error_record(doc_id, source, err["kind"], err["message"]), info
    try:
        details: dict = {}
        res = run_document(data, doc_id=doc_id, source=source,
                           fmt="html" if info["format"] == "html" else None, limits=limits,
                           title=meta.get("title"), published=meta.get("published"),
                           details=details, template=meta.get("site_template"))
        info["format"] = details.get("format") or info["format"]
        info["extractor"] = details.get("extractor")
        if isinstance(res, Article) and meta.get("warnings"):
            res.warnings.extend(meta["warnings"])
        return res, info
    except Exception as exc:  # noqa: BLE001 - the worker must answer for every document
        return error_from_exception(exc, doc_id, source, limits), info
