"""cchc_extract — typed, source-anchored facts from Vietnamese reports on administrative reform.

    import cchc_extract as cx
    from pathlib import Path

    art = cx.extract(Path("corpus/002_97d673e06247b9f2.txt"))   # a file (text, HTML, .gz)
    art = cx.extract(page_bytes)      # bytes in any supported encoding, or str (the text)
    art.of_type("percentage")         # list[cx.Percentage], each with text[start:end] == .text
    art.to_json()                     # one JSON line

    for rec in cx.extract_many(["crawl/", "pages.jsonl"], workers=4): ...   # many documents
    df = cx.to_frame(articles, type="ranking")    # pandas (extra 'frames')
    cx.rankings(articles); cx.indicators(articles) # cross-article tables (extra 'frames')

Results are :class:`Article` (facts: ``cx.Province``, ``cx.Region``, ``cx.Percentage``,
``cx.LegalRef``, ``cx.Official``, ``cx.Organization``, ``cx.Date``, ``cx.Period``,
``cx.Ranking``, ``cx.Ratio``, ``cx.Quantity``, ``cx.Target`` — ``help(cx.Ranking)`` for one)
and :class:`ErrorRecord`. Input that cannot be processed gives an :class:`ErrorRecord` (``error.kind`` says why), never
an exception. The output format — every field, every fact type, the normalization rules — is
``docs/format.md`` in the repository; ``cx.json_schema()`` is its JSON Schema.

The pipeline is ``read → decode → (HTML/markdown → text) → normalize → clean → segment →
extract → link → Article``; each stage is one module of this package (``decode``, ``html``,
``normalize``, ``clean``, ``segment``, ``extractors``, ``link``), orchestrated by ``pipeline``.
"""
from __future__ import annotations

from .errors import CchcError, MissingExtra
from .limits import Limits
from .models import (FACT_TYPES, Article, Date, ErrorInfo, ErrorRecord, FactBase, LegalRef,
                     Official, Organization, Percentage, Period, Province, Quantity, Ranking,
                     Ratio, Region, Removed, Span, Target, json_schema, parse_result)
from .pipeline import extract

__version__ = "0.2.0"

# imported on first use, so that ``import cchc_extract`` (every CLI call and batch worker) does
# not pay for the batch machinery, HTML rendering and tables
_LAZY = {"extract_many": "batch", "read_jsonl": "frames", "to_frame": "frames",
         "render_article_html": "render", "indicators": "tables", "rankings": "tables",
         "warm": "pipeline"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

# What ``help(cchc_extract)`` and ``import *`` show. The fact classes, ``ErrorInfo``,
# ``Removed``, ``Span`` and ``FactBase`` are importable too (``cx.Ranking``) but left out here:
# each pydantic class brings ~30 KB of inherited documentation to ``help(cx)``.
__all__ = [
    "extract", "extract_many", "warm", "Limits",
    "Article", "ErrorRecord",
    "json_schema", "parse_result", "read_jsonl",
    "to_frame", "rankings", "indicators", "render_article_html",
    "CchcError", "MissingExtra", "FACT_TYPES",
    "__version__",
]
