"""What the extractors share: their declarations, the article, its sentences, claimed spans,
the fact list and the typed data one extractor hands to another.

An extractor is a module of this package with one function decorated by :func:`extractor`,
which declares what the function ``produces`` (fact types, or a product of
:data:`CONTEXT_PRODUCTS`) and what it ``requires`` to have run before it. ``requires`` names a
fact type when the extractor reads those facts (``people`` reads ``province``) or must not read
their text again (``dates`` skips the spans ``legal_ref`` claimed: one number is one fact).
:mod:`cchc_extract.extractors` orders the extractors by these declarations once, and the
:class:`Context` refuses a fact of an undeclared type and data asked for before it exists.
"""
from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from ..limits import Limits
from ..models import Article


@dataclass
class Sentence:
    """One sentence of the article: its index, offsets and text."""
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Extractor:
    """The declaration of one extractor (see the module docstring)."""
    name: str
    produces: tuple[str, ...]
    requires: tuple[str, ...]
    run: Callable[["Context"], None]


DECLARED: dict[str, Extractor] = {}
"""Module name → the declaration made in it by :func:`extractor`."""


def extractor(*, produces: tuple[str, ...], requires: tuple[str, ...] = ()) -> Callable:
    """Declare the decorated ``extract(ctx)`` function as the extractor of its module."""

    def deco(fn: Callable[["Context"], None]) -> Callable[["Context"], None]:
        fn.extractor = Extractor(fn.__module__.rsplit(".", 1)[-1], tuple(produces), tuple(requires), fn)
        DECLARED[fn.__module__] = fn.extractor
        return fn

    return deco


@dataclass
class SentencePeople:
    """What the ``people`` extractor leaves for ``organizations`` about one sentence
    (offsets relative to the sentence)."""
    names: list[tuple[int, int]] = field(default_factory=list)
    """The spans of the person names accepted in the sentence."""
    title_chains: list[list[tuple[int, int]]] = field(default_factory=list)
    """For each official emitted, the spans of its titles."""


CONTEXT_PRODUCTS: dict[str, str] = {
    "person_spans": "Context.person_spans: sentence index → SentencePeople",
}
"""Data an extractor hands to later ones through the :class:`Context`, besides facts."""


@dataclass
class Context:
    """What the extractors of one document share: the article, its facts and claimed characters."""
    article: Article
    limits: Limits
    facts: list = field(default_factory=list)
    claimed: bytearray = field(default_factory=bytearray)
    """One byte per character of the text: 1 where an earlier extractor claimed it."""
    doc_year: Optional[int] = None
    deadline: Optional[float] = None
    """time.monotonic() after which the document is abandoned (Limits.doc_timeout)."""
    person_spans: dict[int, SentencePeople] = field(default_factory=dict)
    """Person-name and title spans per sentence, left by ``people`` for ``organizations``."""
    available: set = field(default_factory=set)
    """What the extractors run so far have produced (fact types and context products)."""
    producing: tuple[str, ...] = ()
    """What the running extractor declared it produces: ``add`` refuses any other fact type."""
    watchdog: Any = None
    """The :class:`~cchc_extract.watchdog.Watchdog` of this run, if one can run here."""

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.article.sentences]
        self.claimed = bytearray(len(self.article.text) + 1)
        self._para_starts = [p.start for p in self.article.paragraphs]
        if self.article.published:
            try:
                self.doc_year = int(self.article.published[:4])
            except ValueError:
                self.doc_year = None

    @property
    def main_province(self) -> Optional[str]:
        """The province the article is about, from the province facts and the title (computed
        once, after the extractors that produce ``province`` have run)."""
        if "province" not in self.available:
            raise RuntimeError("main_province asked for before the province facts exist: "
                               "declare requires=('province',)")
        if not hasattr(self, "_main"):
            from ..gazetteer import main_province, title_provinces

            self._main = main_province(self.facts, title_provinces(self.article.title))
        return self._main

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def timeout(self) -> Optional[float]:
        """The ``timeout=`` of the patterns: None while a watchdog guards the run (it stops a
        runaway call after ``Limits.regex_timeout`` without the cost of ``timeout=``)."""
        return None if self.watchdog is not None else self.limits.regex_timeout

    def sentences(self) -> Iterator[Sentence]:
        t = self.article.text
        for i, s in enumerate(self.article.sentences):
            self.check_deadline()
            yield Sentence(i, s.start, s.end, t[s.start:s.end])

    def check_deadline(self) -> None:
        if self.watchdog is not None:
            self.watchdog.beats += 1  # a checkpoint: the extractor is moving on
        if self.deadline is not None and time.monotonic() > self.deadline:
            from ..errors import ExtractTimeout

            raise ExtractTimeout("extraction", self.limits.doc_timeout)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph containing ``pos``, or -1."""
        i = bisect.bisect_right(self._para_starts, pos) - 1
        return i if i >= 0 and pos <= self.article.paragraphs[i].end else -1

    def is_claimed(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, max(start, end)) != -1

    def claim(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * max(0, end - start)

    def _index(self) -> dict[int, list]:
        """Sentence index → its facts in the order they were added, and fact type → the sorted
        indices of the sentences that have one (kept up to date with ``facts``, which only grows)."""
        by = self.__dict__.setdefault("_by_sentence", {})
        done = self.__dict__.get("_indexed", 0)
        if done != len(self.facts):
            having = self.__dict__.setdefault("_with_type", {})
            for f in self.facts[done:]:
                by.setdefault(f.sentence, []).append(f)
                idx = having.setdefault(f.type, [])
                k = bisect.bisect_left(idx, f.sentence)
                if k == len(idx) or idx[k] != f.sentence:
                    idx.insert(k, f.sentence)
            self._indexed = len(self.facts)
        return by

    def in_sentence(self, index: int) -> list:
        """The facts of sentence ``index``, in the order they were added."""
        return self._index().get(index, [])

    def last_before(self, fact_type: str, index: int) -> Any:
        """The last fact of ``fact_type`` (in the order added) of the nearest sentence before
        ``index`` that has one, or None: an earlier ``period`` without walking every fact."""
        by = self._index()
        having = self.__dict__.get("_with_type", {}).get(fact_type, [])
        k = bisect.bisect_left(having, index)
        if k == 0:
            return None
        return [f for f in by[having[k - 1]] if f.type == fact_type][-1]

    def add(self, cls: Any, start: int, end: int, claim: bool = True, **fields: Any) -> Any:
        """Create a fact of ``cls`` over ``text[start:end]`` and record it."""
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if cls.model_fields["type"].default not in self.producing:
            raise RuntimeError(f"{cls.__name__} facts are not among what the running extractor declared "
                               f"it produces ({', '.join(self.producing)})")
        fact = cls(text=text[start:end], start=start, end=end, sentence=self.sentence_of(start), **fields)
        self.facts.append(fact)
        if claim:
            self.claim(start, end)
        return fact
