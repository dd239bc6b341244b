"""cchc_extract — typed, source-anchored facts from Vietnamese reports on administrative reform.

    import cchc_extract as cx
    art = cx.extract(text_or_bytes)      # Article (or ErrorRecord for input that can't be read)
    art.of_type("percentage"); art.to_json()

The pipeline is ``read → decode → normalize → clean → segment → extract → link → Article``;
each stage is one module of this package (``decode``, ``normalize``, ``clean``, ``segment``,
``extractors``, ``link``), orchestrated by ``pipeline``.
"""
from __future__ import annotations

from .errors import CchcError
from .limits import Limits
from .models import Article, ErrorRecord, json_schema, parse_result
from .pipeline import extract
from .batch import extract_many
from .frames import read_jsonl, to_frame
from .render import render_article_html
from .tables import indicators, rankings

__version__ = "0.1.0"

__all__ = ["Article", "CchcError", "ErrorRecord", "Limits", "extract", "extract_many", "indicators",
           "json_schema", "parse_result", "rankings", "read_jsonl", "render_article_html", "to_frame",
           "__version__"]

