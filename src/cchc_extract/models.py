"""Output models (SPEC §2–§3): the Article, its pieces, every fact type and the error record.

Everything a caller gets back is one of these pydantic models; ``Article.to_json()`` is the
JSON line the CLI prints, and ``json_schema()`` is what ``cchc-extract schema`` ships.
"""
from __future__ import annotations

import json
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1"

Comparator = Literal["eq", "gt", "gte", "lt", "lte", "approx"]
SubjectSource = Literal["sentence", "parenthesis", "list", "document"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int
    end: int


class Removed(_Model):
    """A piece of the input that is not article body, and why it went."""

    text: str
    reason: str


class FactBase(_Model):
    type: str
    text: str
    start: int
    end: int
    sentence: int = Field(description="index into Article.sentences")


class Province(FactBase):
    type: Literal["province"] = "province"
    name: str
    name_2025: Optional[str] = None
    code: Optional[str] = None


class Region(FactBase):
    type: Literal["region"] = "region"
    name: str


class Percentage(FactBase):
    type: Literal["percentage"] = "percentage"
    value: float
    value_max: Optional[float] = None
    comparator: Comparator = "eq"
    subject: Optional[str] = None
    subject_source: Optional[SubjectSource] = None
    metric: Optional[str] = None


class LegalRef(FactBase):
    type: Literal["legal_ref"] = "legal_ref"
    number: str
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    serial: Optional[str] = None
    year: Optional[int] = None
    date: Optional[str] = None


class Official(FactBase):
    type: Literal["official"] = "official"
    name: str
    titles: list[str] = Field(default_factory=list)
    organization: Optional[str] = None
    province: Optional[str] = None
    honorific: Optional[str] = None
    resolved: bool = Field(False, description="name filled from an earlier full mention")


class Organization(FactBase):
    type: Literal["organization"] = "organization"
    name: str
    kind: Optional[str] = None
    province: Optional[str] = None


class Date(FactBase):
    type: Literal["date"] = "date"
    value: str = Field(description="YYYY-MM-DD, YYYY-MM, YYYY-Qn or --MM-DD")
    precision: Literal["day", "month", "quarter"]
    year_inferred: bool = False


class Period(FactBase):
    type: Literal["period"] = "period"
    start_year: int
    end_year: int


class Ranking(FactBase):
    type: Literal["ranking"] = "ranking"
    index: Optional[str] = None
    component: Optional[str] = None
    rank: Optional[int] = None
    out_of: Optional[int] = None
    year: Optional[int] = None
    subject: Optional[str] = None
    subject_source: Optional[SubjectSource] = None
    change: Optional[int] = None


class Ratio(FactBase):
    type: Literal["ratio"] = "ratio"
    numerator: int
    denominator: int
    unit: Optional[str] = None


class Quantity(FactBase):
    type: Literal["quantity"] = "quantity"
    value: float
    value_max: Optional[float] = None
    unit: Optional[str] = None


class Target(FactBase):
    type: Literal["target"] = "target"
    value: Optional[float] = None
    unit: Optional[str] = None
    comparator: Comparator = "eq"
    metric: Optional[str] = None
    deadline: Optional[str] = None
    period: Optional[str] = None
    subject: Optional[str] = None
    subject_source: Optional[SubjectSource] = None


FACT_CLASSES = (Province, Region, Percentage, LegalRef, Official, Organization, Date, Period,
                Ranking, Ratio, Quantity, Target)
Fact = Annotated[Union[FACT_CLASSES], Field(discriminator="type")]  # type: ignore[valid-type]
FACT_TYPES = tuple(c.model_fields["type"].default for c in FACT_CLASSES)


class Article(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    source: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    byline: Optional[str] = None
    text: str
    removed: list[Removed] = Field(default_factory=list)
    paragraphs: list[Span] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def of_type(self, type_: str) -> list[Any]:
        """The facts of one type, in text order."""
        if type_ not in FACT_TYPES:
            raise ValueError(f"unknown fact type {type_!r}; known: {', '.join(FACT_TYPES)}")
        return [f for f in self.facts if f.type == type_]

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def to_json(self, **kw: Any) -> str:
        return self.model_dump_json(**kw)

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for f in self.facts:
            counts[f.type] = counts.get(f.type, 0) + 1
        summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items(), key=lambda x: -x[1]))
        title = (self.title or "(no title)")
        if len(title) > 60:
            title = title[:57] + "…"
        return (f"<Article {self.doc_id} {title!r} published={self.published} "
                f"{len(self.text)} chars, {len(self.sentences)} sentences, "
                f"{len(self.facts)} facts [{summary}]>")

    def _repr_html_(self) -> str:  # pragma: no cover - exercised by the render tests
        from .render import render_article_html

        return render_article_html(self, standalone=False)


class ErrorInfo(_Model):
    kind: Literal["empty", "undecodable", "binary", "too_large", "timeout", "read_error",
                  "internal", "worker_died"]
    message: str


class ErrorRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    source: Optional[str] = None
    error: ErrorInfo

    def to_json(self, **kw: Any) -> str:
        return self.model_dump_json(**kw)

    def __repr__(self) -> str:
        return f"<ErrorRecord {self.doc_id} {self.error.kind}: {self.error.message}>"


Result = Union[Article, ErrorRecord]
_result_adapter: TypeAdapter[Any] = TypeAdapter(Union[Article, ErrorRecord])


def parse_result(data: str | bytes | dict) -> Result:
    """Load one JSON line/object (article or error record) back into its model."""
    if isinstance(data, (str, bytes)):
        data = json.loads(data)
    if "error" in data:
        return ErrorRecord.model_validate(data)
    return Article.model_validate(data)


def json_schema() -> dict:
    """JSON Schema of one output line: an Article or an ErrorRecord."""
    schema = _result_adapter.json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cchc_extract output record (schema_version 1)"
    return schema
