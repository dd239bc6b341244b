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

__version__ = "0.1.0"

__all__ = ["Article", "CchcError", "ErrorRecord", "Limits", "extract", "json_schema",
           "parse_result", "__version__"]
