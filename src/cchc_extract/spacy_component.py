"""A spaCy pipeline component: the facts of cchc_extract as spans of a ``Doc``.

    pip install 'cchc_extract[spacy]'

    import spacy
    import cchc_extract.spacy_component          # registers the factory "cchc_extract"

    nlp = spacy.blank("xx")                       # or any pipeline, e.g. a Vietnamese one
    nlp.add_pipe("cchc_extract")
    doc = nlp("Năm 2019, Chỉ số cải cách hành chính của tỉnh Thái Nguyên xếp thứ 14/63.")
    for span in doc.spans["cchc"]:
        span.label_, span.text, span._.cchc      # "ranking", "…", Ranking(rank=14, out_of=63, …)
    doc._.cchc_article                            # the Article (text, sentences, facts, …)
    spacy.displacy.render(doc, style="span", options=displacy_options())   # overlapping facts drawn

**Clean text, not raw pages.** The component reads ``doc.text`` as the article body: it
normalizes, segments and extracts, but does not look for a headline, boilerplate or metadata
lines (that would change the text the spans point into). For a raw page — bytes, HTML-dumped
text, a crawled record — clean it first and give spaCy the cleaned text::

    art = cx.extract(raw_page)                    # decode, normalize, clean, extract
    doc = nlp_article(nlp, art)                   # nlp(art.text), keeping title, published, removed

:func:`nlp_article` makes the ``Doc`` from ``art.text`` and hands the component the Article,
which it reuses instead of extracting again; ``doc._.cchc_article`` then carries the page's
title, ``published`` and removed pieces. Dates relative to the article's date (``hôm qua``)
and days without a year (``ngày 24/9``) need ``published``: on clean text set
``doc._.cchc_published`` before the component runs (``doc = nlp.make_doc(text);
doc._.cchc_published = "2024-05-14"; doc = nlp(doc)``).

**Spans.** Every fact becomes a span in ``doc.spans[spans_key]`` (default ``"cchc"``) labelled
with its type; facts overlap (a province inside an organisation inside an official's title),
which a ``SpanGroup`` allows and ``displacy``'s ``span`` style draws. A fact whose offsets do
not fall on the tokenizer's boundaries is widened to the tokens it touches
(``char_span(alignment_mode="expand")``); ``span._.cchc`` is the fact with its exact offsets
into ``doc.text``.

**Storage.** What the component stores is plain JSON in ``doc.user_data``, so
``doc.to_bytes()``/``DocBin(store_user_data=True)`` keep it; ``doc._.cchc_article`` and
``span._.cchc`` parse it on access (cached per stored string).
"""
from __future__ import annotations

import json
import time
from functools import lru_cache
from typing import Any, Optional, Union

import regex

from .errors import CchcError, require

require("spacy", "spacy", "cchc_extract.spacy_component")  # one line naming the extra, not a traceback
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402

from .limits import DEFAULT_LIMITS, Limits  # noqa: E402
from .models import Article, ErrorRecord, Span as TextSpan, parse_result  # noqa: E402
from .normalize import normalize  # noqa: E402

__all__ = ["CchcExtractComponent", "displacy_options", "extract_clean_text", "nlp_article"]

FACTORY = "cchc_extract"
_ARTICLE_KEY = ("cchc_extract", "article")  # doc.user_data key: the Article (or error) as JSON
_SPANS_KEY = ("cchc_extract", "spans")      # [[start_char, end_char, label, fact index], …]


def _register_extensions() -> None:
    if not Doc.has_extension("cchc_article"):
        Doc.set_extension("cchc_article", getter=_get_article, setter=_set_article)
    if not Doc.has_extension("cchc_published"):
        Doc.set_extension("cchc_published", default=None)
    if not Doc.has_extension("cchc_title"):
        Doc.set_extension("cchc_title", default=None)
    if not Span.has_extension("cchc"):
        Span.set_extension("cchc", getter=_get_fact)


@lru_cache(maxsize=64)
def _parse(raw: str):
    return parse_result(raw)


@lru_cache(maxsize=64)
def _span_index(raw: str) -> dict:
    return {(a, b, label): i for a, b, label, i in json.loads(raw)}


def _get_article(doc: Doc) -> Optional[Union[Article, ErrorRecord]]:
    raw = doc.user_data.get(_ARTICLE_KEY)
    return _parse(raw) if raw is not None else None


def _set_article(doc: Doc, art: Optional[Union[Article, ErrorRecord]]) -> None:
    if art is None:
        doc.user_data.pop(_ARTICLE_KEY, None)
    else:
        doc.user_data[_ARTICLE_KEY] = art.to_json()


def _get_fact(span: Span):
    """The fact a span of the component stands for (offsets into ``doc.text``), else None."""
    doc = span.doc
    raw_spans = doc.user_data.get(_SPANS_KEY)
    art = doc._.cchc_article
    if raw_spans is None or not isinstance(art, Article):
        return None
    i = span.id - 1 if span.id else _span_index(raw_spans).get((span.start_char, span.end_char, span.label_))
    facts = _facts_on_doc(doc.user_data[_ARTICLE_KEY], doc.text)
    return facts[i] if i is not None and 0 <= i < len(facts) else None


@lru_cache(maxsize=64)
def _facts_on_doc(raw: str, doc_text: str) -> list:
    """The article's facts with offsets moved from the (normalized) article text to ``doc_text``."""
    art = _parse(raw)
    if art.text == doc_text:
        return list(art.facts)
    to_doc = _offset_map(doc_text, art.text)
    return [f.model_copy(update={"start": to_doc[f.start], "end": to_doc[f.end],
                                 "text": doc_text[to_doc[f.start]:to_doc[f.end]]}) for f in art.facts]


_PIECE = regex.compile(r"\S+|\s+")


def _normalized_pieces(text: str) -> list[tuple[int, str]]:
    """``text`` cut into runs of whitespace and non-whitespace, each with its normalized form."""
    return [(m.start(), normalize(m.group(0))) for m in _PIECE.finditer(text)]


def _offset_map(orig: str, norm: str) -> list[int]:
    """For each offset into ``norm`` (= the piecewise normalization of ``orig``), the offset
    into ``orig``. Inside a piece whose length changed, offsets map to the piece's ends."""
    out: list[int] = []
    pieces = _normalized_pieces(orig)
    for k, (start, piece_norm) in enumerate(pieces):
        end = pieces[k + 1][0] if k + 1 < len(pieces) else len(orig)
        n = len(piece_norm)
        if n == end - start:
            out.extend(range(start, end))
        else:
            out.extend(start if j == 0 else (end if j == n else start + min(j, end - start)) for j in range(n))
    out.append(len(orig))
    if len(out) != len(norm) + 1:  # pragma: no cover - normalize is piecewise on whitespace runs
        raise CchcError("internal", "offsets of the normalized text could not be mapped back")
    return out


def extract_clean_text(text: str, doc_id: Optional[str] = None, *, published: Optional[str] = None,
                       title: Optional[str] = None, limits: Limits = DEFAULT_LIMITS,
                       ) -> Union[Article, ErrorRecord]:
    """Extract the facts of ``text`` taken as an article body that is already clean.

    Unlike :func:`cchc_extract.extract`, no headline, boilerplate or metadata is looked for:
    each line is a paragraph of the body. The text is normalized piece by piece (whitespace
    runs and words), so ``Article.text`` has one character per character of ``text`` except
    where normalization changed a word's length. ``published`` is read by
    :func:`cchc_extract.published.parse_published`. Never raises for bad input.
    """
    from .pipeline import stable_id
    from .published import parse_published

    doc_id = doc_id or stable_id(text)
    try:
        if len(text) > limits.max_bytes:
            from .errors import InputTooLarge

            raise InputTooLarge(len(text), limits.max_bytes)
        return _extract_clean(text, doc_id, parse_published(published) if published else None,
                              title, limits)
    except Exception as exc:  # noqa: BLE001 - a component must not lose the document
        from .errors import error_from_exception

        return error_from_exception(exc, doc_id, None, limits)


def _extract_clean(text: str, doc_id: str, published: Optional[str], title: Optional[str],
                   limits: Limits) -> Article:
    from .extractors import extract_facts
    from .link import link
    from .segment import split_sentences

    body = "".join(p for _, p in _normalized_pieces(text))
    paragraphs = []
    pos = 0
    for line in body.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            paragraphs.append(TextSpan(start=pos + lead, end=pos + len(line.rstrip())))
        pos += len(line) + 1
    sentences = split_sentences(body, paragraphs, limits.regex_timeout, limits.max_sentence_chars)
    art = Article(doc_id=doc_id, title=normalize(title).strip() if title else None, published=published,
                  text=body, paragraphs=paragraphs, sentences=sentences)
    if not body.strip():
        art.warnings.append("no article body")
        return art
    facts = extract_facts(art, limits, time.monotonic() + limits.doc_timeout)
    art.facts = link(art, facts, limits.regex_timeout)
    return art


class CchcExtractComponent:
    """Puts the facts of ``doc.text`` in ``doc.spans[spans_key]`` (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = FACTORY, spans_key: str = "cchc"):
        self.name = name
        self.spans_key = spans_key
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        art = doc._.cchc_article
        kept = (isinstance(art, Article) and art.text == doc.text) \
            or (isinstance(art, ErrorRecord) and not doc.text)  # a page nlp_article could not read
        if not kept:
            art = extract_clean_text(doc.text, published=doc._.cchc_published, title=doc._.cchc_title)
            doc._.cchc_article = art
        group = []
        rows = []
        if isinstance(art, Article):
            raw = doc.user_data[_ARTICLE_KEY]
            for i, f in enumerate(_facts_on_doc(raw, doc.text)):
                # span_id: the fact's index + 1, so that two facts over the same tokens stay apart
                span = doc.char_span(f.start, f.end, label=f.type, alignment_mode="expand", span_id=i + 1)
                if span is None:  # only whitespace: nothing to point at
                    continue
                group.append(span)
                rows.append([span.start_char, span.end_char, f.type, i])
        doc.user_data[_SPANS_KEY] = json.dumps(rows)
        doc.spans[self.spans_key] = group
        return doc


@Language.factory(FACTORY, default_config={"spans_key": "cchc"},
                  assigns=["doc.spans", "doc._.cchc_article", "span._.cchc"])
def make_cchc_extract(nlp: Language, name: str, spans_key: str) -> CchcExtractComponent:
    return CchcExtractComponent(nlp, name, spans_key)


def nlp_article(nlp: Language, article: Union[Article, str, bytes], **extract_kw: Any) -> Doc:
    """Run ``nlp`` on a cleaned article: ``nlp(article.text)`` with the Article attached.

    ``article`` is an :class:`~cchc_extract.models.Article` from :func:`cchc_extract.extract`,
    or a raw page (bytes or text) that is extracted first (``extract_kw`` go to
    :func:`cchc_extract.extract`). The component reuses the Article, so ``doc._.cchc_article``
    keeps the page's title, ``published`` and removed pieces. A page that cannot be processed
    gives an empty ``Doc`` whose ``_.cchc_article`` is the :class:`~cchc_extract.models.ErrorRecord`.
    """
    _register_extensions()
    if not isinstance(article, (Article, ErrorRecord)):
        from .pipeline import extract

        article = extract(article, **extract_kw)
    if isinstance(article, ErrorRecord):
        doc = nlp.make_doc("")
        doc._.cchc_article = article
        return nlp(doc)
    doc = nlp.make_doc(article.text)
    doc._.cchc_article = article
    doc._.cchc_published = article.published
    doc._.cchc_title = article.title
    return nlp(doc)


def displacy_options(spans_key: str = "cchc") -> dict:
    """Options for ``displacy.render(doc, style="span", options=…)``: the component's spans in
    the colours of :func:`cchc_extract.render_article_html`."""
    from .render import TYPE_COLOURS

    return {"spans_key": spans_key, "colors": dict(TYPE_COLOURS)}


_register_extensions()
