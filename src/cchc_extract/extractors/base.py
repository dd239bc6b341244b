"""What the extractors share: the article, its sentences, claimed spans and the fact list."""
from __future__ import annotations

import bisect
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
    claimed: list[tuple[int, int]] = field(default_factory=list)
    doc_year: Optional[int] = None

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.article.sentences]
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
            yield Sentence(i, s.start, s.end, t[s.start:s.end])

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    def claim(self, start: int, end: int) -> None:
        self.claimed.append((start, end))

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
