"""The pipeline: ``read → decode → (HTML/markdown → text) → normalize → clean → segment →
extract → link → Article``.

One road for a single document, whoever asks:

- :func:`extract` is the library's entry point (``cx.extract``): it takes ``bytes`` (a page
  in any supported encoding), ``str`` (text, never a file name) or an ``os.PathLike`` (a
  file, read here; ``.gz`` decompressed);
- :func:`run_document` is the one function every caller ends in — ``cx.extract``, the
  ``cchc-extract extract`` command and the batch workers — so the same page gives the same
  facts everywhere. It decodes, detects HTML and markdown-converted pages
  (:mod:`cchc_extract.html`) unless told the format, and runs the text stages.

Neither raises for bad input: what cannot be processed comes back as an
:class:`~cchc_extract.models.ErrorRecord` whose ``error.kind`` says why (``empty``,
``binary``, ``undecodable``, ``too_large``, ``timeout``, ``read_error``, ``internal``), built by
:mod:`cchc_extract.errors`. The output is described in ``docs/format.md``.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import time
import zlib
from pathlib import Path
from typing import Any, Optional, Union

from . import rx
from .clean import clean
from .errors import CchcError, ExtractTimeout, InputTooLarge, error_from_exception, error_record
from .limits import DEFAULT_LIMITS, Limits
from .models import Article, ErrorRecord, Removed
from .normalize import normalize
from .segment import join_paragraphs, split_sentences
from .watchdog import Watchdog

__all__ = ["extract", "run_document", "read_document", "stable_id", "warm", "Input"]

Input = Union[str, bytes, "os.PathLike[str]"]
"""What :func:`extract` takes: page bytes, text, or the path of a file."""

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})  # as the batch readers

_clock = time.monotonic  # the one clock of the per-document deadline


def stable_id(data: Union[str, bytes]) -> str:
    """A stable document id for input without a file name: a hash of its bytes."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "doc_" + hashlib.sha256(raw).hexdigest()[:16]


# ------------------------------------------------------------------------------ entry points

def extract(data: Input, doc_id: Optional[str] = None, source: Optional[str] = None, *,
            fmt: Optional[str] = None, limits: Limits = DEFAULT_LIMITS,
            title: Optional[str] = None,
            published: Optional[str] = None) -> Union[Article, ErrorRecord]:
    """Run the whole pipeline on one document.

    ``data``: ``bytes`` (a page in any supported encoding), ``str`` (the text itself — a
    string is never opened as a file; pass :class:`pathlib.Path` for that) or an
    ``os.PathLike`` (the file is read; ``doc_id`` defaults to its stem, ``source`` to its path).
    HTML and markdown-converted pages are recognised and turned into text first; ``fmt``
    (``"html"``, ``"markdown"``, ``"text"``) skips the detection. ``title`` and ``published``
    are metadata known from elsewhere; they win over what cleaning finds.

    Returns an :class:`Article`, or an :class:`ErrorRecord` for input that cannot be
    processed — never raises for bad input.
    """
    _check_fmt(fmt)
    warn_path = None
    if isinstance(data, os.PathLike):
        path = Path(os.fspath(data))
        name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
        from .readers import clean_text  # a file name that is not UTF-8 keeps a visible escape

        doc_id = doc_id or clean_text(Path(name).stem) or "doc"
        source = source or clean_text(str(path))
        try:
            raw, hint = read_document(path, limits)
        except Exception as exc:  # noqa: BLE001 - an unreadable file is one error record
            return error_from_exception(exc, doc_id, source, limits)
        return run_document(raw, doc_id=doc_id, source=source, fmt=fmt or hint, limits=limits,
                            title=title, published=published)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if isinstance(data, str) and _names_a_file(data):
        warn_path = (f"the input is a str that names an existing file ({data.strip()!r}); it was "
                     f"processed as text — pass pathlib.Path({data.strip()!r}) to read the file")
    if doc_id is None:
        doc_id = stable_id(data) if isinstance(data, (str, bytes)) else "doc_invalid"
    res = run_document(data, doc_id=doc_id, source=source, fmt=fmt, limits=limits,
                       title=title, published=published)
    if warn_path and isinstance(res, Article):
        res.warnings.append(warn_path)
    return res


def run_document(data: Union[bytes, str], *, doc_id: str, source: Optional[str] = None,
                 fmt: Optional[str] = None, limits: Limits = DEFAULT_LIMITS,
                 title: Optional[str] = None, published: Optional[str] = None,
                 details: Optional[dict] = None, template: Any = None) -> Union[Article, ErrorRecord]:
    """One document, already read, through every stage: the function all callers share.

    ``data``: raw bytes (decoded here) or text. ``fmt``: ``"html"``, ``"markdown"``,
    ``"text"`` or ``None`` (detect from the decoded text). ``title``/``published``: metadata
    from the input (a JSONL field, a database row) that wins over what the page says.
    ``details``, when given, receives ``format`` (the format used) and ``extractor`` (for
    HTML: ``trafilatura`` or ``html-fallback``; else None). ``template``: the page's site
    template from a crawl-wide :class:`cchc_extract.templates.TemplateIndex` (its lines are
    removed with reason ``site_template`` and their evidence).

    Returns an :class:`Article` or an :class:`ErrorRecord`; never raises for bad input.
    """
    _check_fmt(fmt)
    if rx.stale():  # the first document of a process whose pattern store is missing or old
        with rx.record():  # the patterns of the warm-up text and of this document
            _warm_quietly()
            res = run_document(data, doc_id=doc_id, source=source, fmt=fmt, limits=limits, title=title,
                               published=published, details=details, template=template)
        rx.save()
        return res
    details = details if details is not None else {}
    details.setdefault("format", fmt or "text")
    details.setdefault("extractor", None)
    try:
        res = _run_document(data, doc_id, source, fmt, limits, title, published, details, template)
    except Exception as exc:  # the boundary of the library: a bug must not lose the document
        res = error_from_exception(exc, doc_id, source, limits)
    if rx._topping_up:  # the first document: the patterns the store lacked are added to it
        rx.top_up()
    return res


def read_document(path: Union[str, "os.PathLike[str]"], limits: Limits = DEFAULT_LIMITS
                  ) -> tuple[bytes, Optional[str]]:
    """The bytes of one document file and the format its name implies: ``"html"`` for
    ``.html``/``.htm``… (as the batch readers decide), else ``None`` (detect from content).

    ``.gz`` files are decompressed, at most ``limits.max_bytes`` of them. Raises
    :class:`~cchc_extract.errors.InputTooLarge` for a larger file and ``OSError`` for one
    that cannot be read (both become error records in :func:`extract`).
    """
    p = Path(path)
    name = p.name.lower()
    gz = name.endswith(".gz")
    suffix = Path(name[:-3] if gz else name).suffix
    hint = "html" if suffix in _HTML_SUFFIXES else None
    if gz:
        try:
            with gzip.open(p, "rb") as f:
                data = f.read(limits.max_bytes + 1)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise OSError(f"{exc} (a damaged .gz file)") from exc
        if len(data) > limits.max_bytes:
            raise CchcError("too_large", f"{p.name} decompresses to more than {limits.max_bytes:,} "
                                         f"bytes; raise Limits.max_bytes (--max-bytes) to process it")
        return data, hint
    with open(p, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > limits.max_bytes:
            raise InputTooLarge(size, limits.max_bytes)
        data = f.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:  # grew while reading
        raise InputTooLarge(len(data), limits.max_bytes)
    return data, hint


# ------------------------------------------------------------------------------ warm-up

_WARM_TEXT = (
    "Hà Nội, ngày 5/3/2024\n\nTỉnh Lạng Sơn xếp thứ 6/63 về Chỉ số cải cách hành chính (PAR INDEX) "
    "năm 2023, tăng 3 bậc.\n\nÔng Nguyễn Văn An, Phó Chủ tịch UBND tỉnh cho biết, theo Quyết định "
    "số 45/2020/QĐ-UBND ngày 12/5/2020, 99,82% hồ sơ được giải quyết đúng hạn; 6/6 huyện đã kết nối. "
    "Mục tiêu giai đoạn 2021 - 2025 phấn đấu đạt 50% trở lên vào năm 2025. Hôm qua, Sở Nội vụ đã họp.")


def warm(html: bool = True) -> None:
    """Build everything the pipeline builds on first use — the extractors' plan, every pattern,
    the place automaton, the output models (and with ``html`` the HTML reader) — so that the
    next document pays none of it.

    A batch runs it once where its workers come from: in the parent before a ``fork`` pool, in
    the forkserver (``multiprocessing.get_context("forkserver").set_forkserver_preload(
    ["cchc_extract.warmed"])`` — importing :mod:`cchc_extract.warmed` calls this), or as the
    pool's ``initializer`` with ``spawn`` (each worker then pays it once, before its first
    document)."""
    from .extractors import plan
    from .gazetteer import gazetteer

    plan()
    gazetteer().automaton()
    for text in (_WARM_TEXT, _WARM_TEXT.upper()):
        res = run_document(text, doc_id="warm", published="2024-03-06")
        res.model_dump_json()
    if html:  # the HTML reader's imports (trafilatura when installed; its absence is said when a page needs it)
        import importlib.util

        if importlib.util.find_spec("trafilatura") is not None:
            run_document(b"<html><body><p>x</p></body></html>", doc_id="warm", fmt="html")


def _warm_quietly() -> None:
    try:
        warm(html=False)
    except Exception:  # noqa: BLE001 - the warm-up only fills caches: a document never depends on it
        pass


# ------------------------------------------------------------------------------ stages

def _check_fmt(fmt: Optional[str]) -> None:
    if fmt is None:
        return
    from .html import FORMATS

    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FORMATS)} or None (detect), not {fmt!r}")


def _names_a_file(s: str) -> bool:
    s = s.strip()
    if not os.path.isfile(s):  # False for any text that is no path: the readers need not load
        return False
    from .readers import _is_path  # the one guard for "this str may be a path"

    return _is_path(s)


def _decode(data: bytes) -> tuple[str, list[str]]:
    from .decode import decode

    res = decode(data)
    warnings = list(res.warnings)
    if res.encoding not in ("utf-8", "ascii"):
        warnings.append(f"decoded from {res.encoding}")
    return res.text, warnings


def _run_document(data, doc_id, source, fmt, limits, title, published, details, template=None) -> Article:
    deadline = _clock() + limits.doc_timeout
    if isinstance(data, (bytes, bytearray)):
        if len(data) > limits.max_bytes:
            raise InputTooLarge(len(data), limits.max_bytes)
        text, warnings = _decode(bytes(data))
    elif isinstance(data, str):
        if len(data) > limits.max_bytes:
            raise InputTooLarge(len(data), limits.max_bytes)
        text, warnings = data, []
    else:
        raise CchcError("read_error", f"cannot read an input of type {type(data).__name__}; "
                                      f"pass bytes, str (the text) or a pathlib.Path (a file)")
    if fmt is None and "<" not in text and "](" not in text:
        fmt = "text"  # what detect_format says without a tag or a link: the HTML reader need not load
    if fmt is None:
        from .html import detect_format

        fmt = detect_format(text)
    details["format"] = fmt
    author, later_warnings, removed_markup, kind_hint = None, [], [], None
    if fmt == "html":
        from .html import html_to_text

        h = html_to_text(text)
        details["extractor"] = h.extractor
        text, author = h.text, h.author
        title = title or h.title
        removed_markup = [Removed(text=normalize(t), reason=r) for t, r in h.removed]
        kind_hint = h.page_kind
        published = published or h.published
        if h.extractor != "trafilatura":
            from .html import _trafilatura

            why = ("trafilatura found no main text" if _trafilatura() is not None else
                   "trafilatura is not installed: pip install 'cchc_extract[html]'")
            later_warnings.append(f"HTML text by {h.extractor}, all visible text ({why})")
    elif fmt == "markdown":
        from .html import markdown_to_text

        md = markdown_to_text(text, timeout=limits.regex_timeout)
        text = md.text
        title = title or md.title
        removed_markup = [Removed(text=normalize(t), reason=r) for t, r in md.removed]
        if not normalize(text).strip() and (title or removed_markup):
            # a post that is only its headline link, image and teaser: no body, not an error
            return Article(doc_id=doc_id, source=source, page_kind="other",
                           title=normalize(title).strip() if title else None, published=published,
                           text="", removed=removed_markup,
                           warnings=warnings + ["no article body left after cleaning"])
    art = _run(text, doc_id, source, limits, title, published, warnings, deadline, template)
    if removed_markup:
        art.removed[:0] = removed_markup
    if kind_hint and art.page_kind == "article":
        art.page_kind = kind_hint
    if art.page_kind == "article" and not art.text.strip():
        art.page_kind = "other"  # nothing of an article is left (a spam gateway, a post of links): no article
    if art.page_kind == "listing" and art.title and fmt == "html":
        # a homepage or section page has no headline of its own: its <title> names the site or section
        art.removed.append(Removed(text=art.title, reason="navigation"))
        art.title = None
    if art.page_kind == "listing":
        art.warnings.append("the page is a listing (homepage or section page of teasers), not one article")
    if author and not art.byline:
        art.byline = normalize(author).strip() or None
    art.warnings.extend(later_warnings)
    return art


def _run(text: str, doc_id: str, source: Optional[str], limits: Limits, title_hint: Optional[str],
         published_hint: Optional[str], warnings: list[str], deadline: float,
         template: Any = None) -> Article:
    text = normalize(text)
    if not text.strip():
        raise CchcError("empty", "the document has no text")
    text = _break_long_lines(text, limits.max_line_chars)
    # one watchdog for the stages (where one can run): their patterns then run without timeout=,
    # a runaway call stopped as timeout= stops it (see cchc_extract.watchdog)
    with Watchdog.arm(limits.regex_timeout) as dog:
        return _run_stages(text, doc_id, source, limits, title_hint, published_hint, warnings, deadline,
                           template, dog)


def _run_stages(text: str, doc_id: str, source: Optional[str], limits: Limits, title_hint: Optional[str],
                published_hint: Optional[str], warnings: list[str], deadline: float,
                template: Any, dog: Optional[Watchdog]) -> Article:
    t = None if dog is not None else limits.regex_timeout
    if dog is not None:
        dog.watch()
    cleaned = clean(text, limits, title_hint=normalize(title_hint).strip() if title_hint else None,
                    template=template)
    _check(deadline, limits, "cleaning")
    body, paragraphs = join_paragraphs(cleaned.paragraphs)
    sentences = split_sentences(body, paragraphs, t, limits.max_sentence_chars)
    _check(deadline, limits, "segmentation")
    if cleaned.spam:
        warnings.append("spam/SEO injections were removed (see 'removed')")
    art = Article(doc_id=doc_id, source=source,
                  title=cleaned.title,
                  published=published_hint or cleaned.published, byline=cleaned.byline,
                  page_kind=cleaned.page_kind,
                  text=body, removed=cleaned.removed, paragraphs=paragraphs,
                  sentences=sentences, warnings=warnings)
    if not body.strip():
        art.warnings.append("no article body left after cleaning")
        return art
    from .extractors import run
    from .link import link

    ctx = run(art, limits, deadline)  # under the same watchdog, each extractor watched on its own
    _check(deadline, limits, "extraction")
    if dog is not None:
        dog.watch()
    art.facts = link(art, ctx.facts, t, main=ctx.main_province)
    return art


def _check(deadline: float, limits: Limits, stage: str) -> None:
    if _clock() > deadline:
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
