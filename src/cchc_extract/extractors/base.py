"""What the extractors share: the article, its sentences, claimed spans and the fact list."""
from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ..limits import Limits
from ..models import Article


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Context:
    article: Article
    limits: Limits
    facts: list = field(default_factory=list)
    claimed: bytearray = field(default_factory=bytearray)
    """One byte per character of the text: 1 where an earlier extractor claimed it."""
    doc_year: Optional[int] = None
    deadline: Optional[float] = None
    """time.monotonic() after which the document is abandoned (Limits.doc_timeout)."""
    people: dict = field(default_factory=dict)
    """Person-name and title spans per sentence, left by the people extractor for organizations."""

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
    def text(self) -> str:
        return self.article.text

    @property
    def timeout(self) -> float:
        return self.limits.regex_timeout

    def sentences(self) -> Iterator[Sentence]:
        t = self.article.text
        for i, s in enumerate(self.article.sentences):
            self.check_deadline()
            yield Sentence(i, s.start, s.end, t[s.start:s.end])

    def check_deadline(self) -> None:
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

    def add(self, cls: Any, start: int, end: int, claim: bool = True, **fields: Any) -> Any:
        """Create a fact of ``cls`` over ``text[start:end]`` and record it."""
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        fact = cls(text=text[start:end], start=start, end=end, sentence=self.sentence_of(start), **fields)
        self.facts.append(fact)
        if claim:
            self.claim(start, end)
        return fact
