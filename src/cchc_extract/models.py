"""Output models: the Article, its pieces, every fact type and the error record.

Everything a caller gets back is one of these pydantic models; ``Article.to_json()`` is the
JSON line the CLI prints, and ``json_schema()`` is what ``cchc-extract schema`` ships. The
format, field by field, with the normalization rules, is ``docs/format.md``.
"""
from __future__ import annotations

import json
from typing import Annotated, Any, Callable, Literal, Optional, Union, get_args, get_origin, overload

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1"

Comparator = Literal["eq", "gt", "gte", "lt", "lte", "approx"]
SubjectSource = Literal["sentence", "parenthesis", "list", "document"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    def __init__(self, /, **data: Any) -> None:
        if not _fill(self, data):  # values of exactly the field types need no validator (below)
            super().__init__(**data)

    # validation does not call it: model_validate and nested models are pydantic's own
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


# What the package constructs, it builds from values of exactly the types the fields declare:
# validation gives them back unchanged, and building each model's validator costs a new process
# tens of ms on its first document (pydantic generates the schemas and looks for plugins among
# the installed packages). ``_Model.__init__`` checks each value for exactly the type validation
# would leave unchanged and makes the instance as validation makes it (the fields in their
# order, the lists copied, the defaults filled); any other value, a missing or an unknown field
# goes through validation, which says what is wrong. ``model_validate`` and the models nested in
# a validated one are validated as always.

_NOT = object()  # "this value is not one validation would leave unchanged"


def _exact(t: type) -> Callable[[Any], Any]:
    return lambda v: v if type(v) is t else _NOT


def _value_check(ann: Any) -> Optional[Callable[[Any], Any]]:
    """value -> the value validation would give for it, or _NOT; None when the annotation is
    not one of the simple kinds the output models use."""
    if ann in (int, float, str, bool):
        return _exact(ann)
    origin, args = get_origin(ann), get_args(ann)
    if origin is Literal and all(type(a) is str for a in args):
        allowed = frozenset(args)
        return lambda v: v if type(v) is str and v in allowed else _NOT
    if origin is Union and len(args) == 2 and type(None) in args:
        inner = _value_check(args[0] if args[1] is type(None) else args[1])
        return None if inner is None else (lambda v: v if v is None else inner(v))
    if origin is list and len(args) == 1:
        item = args[0]
        if item is str or (isinstance(item, type) and issubclass(item, _Model)):
            kinds = frozenset([item])
        elif get_origin(item) is Annotated and get_origin(get_args(item)[0]) is Union and \
                all(isinstance(c, type) and issubclass(c, _Model) and "type" in c.__pydantic_fields__
                    for c in get_args(get_args(item)[0])):
            kinds = frozenset(get_args(get_args(item)[0]))  # each fact class carries its own tag
        else:
            return None
        return lambda v: list(v) if type(v) is list and all(type(x) in kinds for x in v) else _NOT
    return None


_REQUIRED = object()
_plans: dict = {}


def _plan(cls: type) -> Optional[tuple]:
    """(field name, value check, default or _REQUIRED, default factory) of each field, in order;
    None when a field or the class is of a kind :func:`_fill` does not handle."""
    if cls.__pydantic_post_init__ or cls.__private_attributes__ or cls.__pydantic_root_model__ or \
            cls.model_config.get("extra") != "forbid" or set(cls.model_config) - {"extra", "defer_build"} or \
            cls.__pydantic_decorators__.field_validators or cls.__pydantic_decorators__.model_validators:
        return None  # anything that could make validation change a value (a subclass's config, validators)
    plan = []
    for name, f in cls.__pydantic_fields__.items():
        check = _value_check(f.annotation)
        if check is None or f.alias is not None or f.validation_alias is not None or f.metadata:
            return None
        if f.default_factory is not None:
            if f.default_factory is not list:
                return None
            plan.append((name, check, _REQUIRED, list))
        elif f.is_required():
            plan.append((name, check, _REQUIRED, None))
        else:
            if type(f.default) not in (str, int, float, bool, type(None)):
                return None
            plan.append((name, check, f.default, None))
    return tuple(plan)


def _fill(m: Any, values: dict) -> bool:
    """Make ``m`` what validating ``values`` makes it, when every value has exactly the type
    validation leaves unchanged; False (``m`` untouched) when validation must decide."""
    cls = type(m)
    plan = _plans.get(cls, _NOT)
    if plan is _NOT:
        plan = _plans[cls] = _plan(cls)
    if plan is None:
        return False
    out = {}
    n = 0
    for name, check, default, factory in plan:
        if name in values:
            v = check(values[name])
            if v is _NOT:
                return False
            n += 1
        elif factory is not None:
            v = factory()
        elif default is _REQUIRED:
            return False  # the missing field is said as validation says it
        else:
            v = default
        out[name] = v
    if n != len(values):  # a name that is no field: validation says so
        return False
    object.__setattr__(m, "__dict__", out)
    object.__setattr__(m, "__pydantic_fields_set__", set(values))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return True


def _f(description: str, default: Any = ..., **kw: Any) -> Any:
    """A field with its description (every field of the JSON Schema has one)."""
    return Field(default, description=description, **kw)


class Span(_Model):
    """A ``[start, end)`` range of character offsets into ``Article.text``."""

    start: int = _f("offset of the first character (Python indexing into Article.text)")
    end: int = _f("offset just past the last character")


class Removed(_Model):
    """A piece of the input that is not article body, and why it went."""

    text: str = _f("the removed piece as it was in the input (normalized)")
    reason: str = _f("why it went: spam, foreign_footer, portal_footer, navigation, related_link, "
                     "photo_caption, image_marker, metadata, byline, duplicate_title, "
                     "crawl_artifact, legal_metadata, teaser, summary, title_link, site_template "
                     "or noise")
    evidence: Optional[str] = _f("for site_template: why the line is the site's template (on how "
                                 "many pages of which site it repeats); for a related_link known from "
                                 "the crawl: which page of the site it is the title of; else null", None)


class FactBase(_Model):
    """What every fact has: its type, the text it was read from, where, and in which sentence."""

    type: str = _f("the fact type, the discriminator of Article.facts")
    text: str = _f("the words the fact was read from, exactly Article.text[start:end]")
    start: int = _f("offset of the fact's first character in Article.text")
    end: int = _f("offset just past the fact's last character in Article.text")
    sentence: int = _f("index into Article.sentences of the sentence holding the fact")


_SUBJECT = "canonical province the value is about (see docs/format.md, Subjects), or null"
_SUBJECT_SOURCE = ("how subject was found: parenthesis (Lạng Sơn (99,82%)), list (a list of "
                   "provinces with values), sentence, document (the article is about one province)")
_COMPARATOR = ("eq, gt (trên), gte (ít nhất, tối thiểu, trở lên), lt (dưới), lte (không quá), "
               "approx (khoảng, gần)")


class Province(FactBase):
    """A mention of one of the 63 provinces / centrally-run cities (``Thái Nguyên``, ``TP.HCM``)."""

    type: Literal["province"] = _f("always 'province'", "province")
    name: str = _f("canonical name before 1 July 2025, without tỉnh/thành phố (Hồ Chí Minh)")
    name_2025: Optional[str] = _f("the province it belongs to after the 2025 merger (Bắc Kạn → "
                                  "Thái Nguyên)", None)
    code: Optional[str] = _f("the province's two-digit administrative code", None)


class Region(FactBase):
    """A mention of a region (``Tây Nguyên``, ``Đồng bằng sông Cửu Long``)."""

    type: Literal["region"] = _f("always 'region'", "region")
    name: str = _f("canonical region name")


class Percentage(FactBase):
    """An achieved percentage (``99,82%`` → 99.82); a goal is a :class:`Target` instead."""

    type: Literal["percentage"] = _f("always 'percentage'", "percentage")
    value: float = _f("the number (99,82% → 99.82); for a range (15-25%) its lower bound")
    value_max: Optional[float] = _f("upper bound of a range (15-25% → 25), else null", None)
    comparator: Comparator = _f(_COMPARATOR, "eq")
    subject: Optional[str] = _f(_SUBJECT, None)
    subject_source: Optional[SubjectSource] = _f(_SUBJECT_SOURCE, None)
    metric: Optional[str] = _f("the phrase the value measures (tỷ lệ hồ sơ giải quyết đúng hạn), "
                               "or null", None)


class LegalRef(FactBase):
    """A reference to a legal document (``Nghị định 45/2020/NĐ-CP``, ``Quyết định số 28``)."""

    type: Literal["legal_ref"] = _f("always 'legal_ref'", "legal_ref")
    number: str = _f("the number as written, normalized (45/2020/NĐ-CP; 28 when only a serial is "
                     "written)")
    doc_type: Optional[str] = _f("full document type (Nghị định, Quyết định, …) from the words or "
                                 "the code", None)
    issuer: Optional[str] = _f("full issuer name when stated or implied by the code (CP → Chính "
                               "phủ)", None)
    serial: Optional[str] = _f("the serial part of the number (45 in 45/2020/NĐ-CP)", None)
    year: Optional[int] = _f("the year in the number or the issuing date", None)
    date: Optional[str] = _f("issuing date as YYYY-MM-DD when 'ngày …' follows", None)


class Official(FactBase):
    """A named person in the body with their role; one fact per mention."""

    type: Literal["official"] = _f("always 'official'", "official")
    name: str = _f("full personal name (a later 'ông Minh' resolves to the full name)")
    titles: list[str] = _f("positions as written in this mention, split and with abbreviations "
                           "expanded", default_factory=list)
    organization: Optional[str] = _f("the organisation named in the titles, expanded, or null", None)
    province: Optional[str] = _f("canonical province of the position, if one is named", None)
    honorific: Optional[str] = _f("đồng chí, ông, bà, or null", None)
    resolved: bool = _f("true when name was filled from an earlier full mention", False)


class Organization(FactBase):
    """An agency or body (``Bộ Nội vụ``, ``UBND tỉnh Thái Nguyên``), abbreviations expanded."""

    type: Literal["organization"] = _f("always 'organization'", "organization")
    name: str = _f("full name, abbreviations expanded (UBND → Ủy ban nhân dân)")
    kind: Optional[str] = _f("kind of body (ministry, government, people's committee, department, "
                             "office, centre, enterprise, association, working group, police, …) "
                             "or null", None)
    province: Optional[str] = _f("canonical province the body belongs to, if named", None)


class Date(FactBase):
    """A calendar reference of at least month precision (``24/9/2020``, ``quý III/2020``)."""

    type: Literal["date"] = _f("always 'date'", "date")
    value: str = _f("YYYY-MM-DD, YYYY-MM, YYYY-Qn, or --MM-DD when no year is known")
    precision: Literal["day", "month", "quarter"] = _f("day, month or quarter")
    year_inferred: bool = _f("true when the year is not written but taken from the document's "
                             "date or context", False)
    relative: bool = _f("true for a date said relative to the article's date (hôm qua, tuần trước), "
                        "resolved against published", False)


class Period(FactBase):
    """A span of years (``giai đoạn 2021 - 2030``)."""

    type: Literal["period"] = _f("always 'period'", "period")
    start_year: int = _f("first year")
    end_year: int = _f("last year")


class Ranking(FactBase):
    """A rank on a reform index (``xếp thứ 6/63 về Chỉ số CCHC``)."""

    type: Literal["ranking"] = _f("always 'ranking'", "ranking")
    index: Optional[str] = _f("canonical index: PAR INDEX, SIPAS, PAPI, PCI, DTI, ICT INDEX, or "
                              "another index's own acronym", None)
    component: Optional[str] = _f("the sub-index (chỉ số thành phần) ranked, or null for the whole "
                                  "index", None)
    rank: Optional[int] = _f("the rank (xếp thứ 6/63 → 6; đứng đầu → 1)", None)
    out_of: Optional[int] = _f("how many were ranked, only when a number is written (6/63 → 63)",
                               None)
    year: Optional[int] = _f("the index's year", None)
    subject: Optional[str] = _f(_SUBJECT, None)
    subject_source: Optional[SubjectSource] = _f(_SUBJECT_SOURCE, None)
    change: Optional[int] = _f("places gained (tăng 40 bậc → 40) or lost (negative)", None)


class Ratio(FactBase):
    """``x/y`` of a counted noun (``6/6 tỉnh``)."""

    type: Literal["ratio"] = _f("always 'ratio'", "ratio")
    numerator: int = _f("x in x/y")
    denominator: int = _f("y in x/y")
    unit: Optional[str] = _f("the counted noun (tỉnh, cơ quan)", None)


class Quantity(FactBase):
    """A count with its noun (``1.650 dịch vụ công trực tuyến`` → 1650)."""

    type: Literal["quantity"] = _f("always 'quantity'", "quantity")
    value: float = _f("the number (1.650 → 1650; 2.5 triệu → 2.5); for a range (2-3 kg) its lower bound")
    value_max: Optional[float] = _f("upper bound of a range (2-3 kg → 3), else null", None)
    unit: Optional[str] = _f("the counted noun (dịch vụ công trực tuyến, điểm)", None)


class Target(FactBase):
    """A goal, not an achieved result (``phấn đấu … đạt 50% trở lên``)."""

    type: Literal["target"] = _f("always 'target'", "target")
    value: Optional[float] = _f("the goal's number; for a range its lower bound", None)
    unit: Optional[str] = _f("%, rank (a place in a ranking), or the counted noun", None)
    comparator: Comparator = _f(_COMPARATOR, "eq")
    metric: Optional[str] = _f("the phrase the goal is about, or null", None)
    deadline: Optional[str] = _f("ISO year or date to reach it by (cuối năm 2020 → 2020)", None)
    period: Optional[str] = _f("the period it belongs to, 'YYYY-YYYY' (2021-2030)", None)
    subject: Optional[str] = _f(_SUBJECT, None)
    subject_source: Optional[SubjectSource] = _f(_SUBJECT_SOURCE, None)


FACT_CLASSES = (Province, Region, Percentage, LegalRef, Official, Organization, Date, Period,
                Ranking, Ratio, Quantity, Target)
Fact = Annotated[Union[FACT_CLASSES], Field(discriminator="type")]  # type: ignore[valid-type]
FACT_TYPES = tuple(c.model_fields["type"].default for c in FACT_CLASSES)


PageKind = Literal["article", "listing", "legal_document", "other"]


class Article(_Model):
    """One processed document: its cleaned text, metadata, what was removed, and its facts.

    ``text[f.start:f.end] == f.text`` for every fact ``f``; ``f.sentence`` indexes
    ``sentences``. ``art.of_type("percentage")`` gives the facts of one type, ``art.to_json()``
    one JSON line; in Jupyter the article shows with its facts highlighted. Every field is
    described in ``docs/format.md``.
    """

    schema_version: Literal["1"] = _f("version of this output format; '1'", SCHEMA_VERSION)
    doc_id: str = _f("stable id: the file's stem, the record's own id (JSONL/WARC), or a hash "
                     "of the content (doc_<16 hex>)")
    source: Optional[str] = _f("where the document came from (path, URL, '-' for stdin), or null",
                               None)
    page_kind: PageKind = _f("article, listing (a homepage or section page of teasers), "
                             "legal_document (a legal text or legal-database page) or other",
                             "article")
    title: Optional[str] = _f("the headline, not part of text", None)
    published: Optional[str] = _f("publication date, YYYY-MM-DD, or null", None)
    byline: Optional[str] = _f("author or source line (Theo Chinhphu.vn), kept as metadata", None)
    text: str = _f("the cleaned, normalized article body; every offset points into it")
    removed: list[Removed] = _f("every piece of the input that is not body, with its reason",
                                default_factory=list)
    paragraphs: list[Span] = _f("paragraph spans in text", default_factory=list)
    sentences: list[Span] = _f("sentence spans in text, in order; Fact.sentence indexes this",
                               default_factory=list)
    facts: list[Fact] = _f("the facts in text order; 'type' says which kind each is",
                           default_factory=list)
    warnings: list[str] = _f("what the reader should know about this result (legacy encoding, "
                             "spam removed, an extractor stopped by its time limit, …)",
                             default_factory=list)

    @overload
    def of_type(self, type_: Literal["province"]) -> list[Province]: ...
    @overload
    def of_type(self, type_: Literal["region"]) -> list[Region]: ...
    @overload
    def of_type(self, type_: Literal["percentage"]) -> list[Percentage]: ...
    @overload
    def of_type(self, type_: Literal["legal_ref"]) -> list[LegalRef]: ...
    @overload
    def of_type(self, type_: Literal["official"]) -> list[Official]: ...
    @overload
    def of_type(self, type_: Literal["organization"]) -> list[Organization]: ...
    @overload
    def of_type(self, type_: Literal["date"]) -> list[Date]: ...
    @overload
    def of_type(self, type_: Literal["period"]) -> list[Period]: ...
    @overload
    def of_type(self, type_: Literal["ranking"]) -> list[Ranking]: ...
    @overload
    def of_type(self, type_: Literal["ratio"]) -> list[Ratio]: ...
    @overload
    def of_type(self, type_: Literal["quantity"]) -> list[Quantity]: ...
    @overload
    def of_type(self, type_: Literal["target"]) -> list[Target]: ...
    @overload
    def of_type(self, type_: str) -> list[FactBase]: ...

    def of_type(self, type_: str) -> list[FactBase]:
        """The facts of one type (``"percentage"``, ``"ranking"``, …), in text order."""
        if type_ not in FACT_TYPES:
            raise ValueError(f"unknown fact type {type_!r}; known: {', '.join(FACT_TYPES)}")
        return [f for f in self.facts if f.type == type_]

    def sentence_text(self, i: int) -> str:
        """The text of sentence ``i`` (what ``fact.sentence`` points to)."""
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def to_json(self, **kw: Any) -> str:
        """One JSON object (the line ``cchc-extract extract --format jsonl`` prints)."""
        return (None if kw else _to_json(self)) or self.model_dump_json(**kw)

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
    """Why a document could not be processed."""

    kind: Literal["empty", "undecodable", "binary", "too_large", "timeout", "read_error",
                  "internal", "worker_died"] = _f(
        "empty, undecodable, binary, too_large, timeout, read_error, internal or worker_died "
        "(docs/format.md says what each means)")
    message: str = _f("what went wrong and what to do about it")


class ErrorRecord(_Model):
    """A document that could not be processed: it stays in the output, with the reason."""

    schema_version: Literal["1"] = _f("version of this output format; '1'", SCHEMA_VERSION)
    doc_id: str = _f("the document's id, as an Article would have it")
    source: Optional[str] = _f("where the document came from, or null", None)
    error: ErrorInfo = _f("the reason")

    def to_json(self, **kw: Any) -> str:
        """One JSON object, in the same stream as the articles."""
        return (None if kw else _to_json(self)) or self.model_dump_json(**kw)

    def __repr__(self) -> str:
        return f"<ErrorRecord {self.doc_id} {self.error.kind}: {self.error.message}>"


Result = Union[Article, ErrorRecord]

_JSON_CLASSES = frozenset((Span, Removed, *FACT_CLASSES, Article, ErrorInfo, ErrorRecord))


# ``to_json()`` without options writes the JSON itself, with the standard library's encoder: the
# output models' serializer is built on its first use, and building it costs a new process tens of
# ms (pydantic generates every model's schema and looks for plugins among the installed packages)
# — more than the article itself. It writes what ``model_dump_json()`` writes, byte for byte, for
# a model of the package's own classes whose every value has exactly the type its field declares:
# the fields in their order, strings escaped alike (``"``, ``\\``, control characters; the rest as
# it is), ``null``/``true``/``false``, ints, and floats only where ``repr`` and pydantic write them
# alike (0, and 1e-4 <= |x| < 1e16). Anything else — another type, a float outside that range, a
# subclass, a lone surrogate, options — goes to ``model_dump_json()``, which decides as always.

class _NotPlain(Exception):
    """A value :func:`_to_json` leaves to pydantic's serializer."""


_I64 = 1 << 63


def _json_check(ann: Any) -> Optional[Callable[[Any], bool]]:
    """value -> whether it is of exactly the type the annotation declares (and written alike by
    both writers); None for an annotation of another kind."""
    if ann is str or ann is bool:
        return lambda v: type(v) is ann
    if ann is int:
        return lambda v: type(v) is int and -_I64 <= v < _I64
    if ann is float:
        return lambda v: type(v) is float and (1e-4 <= v < 1e16 or -1e16 < v <= -1e-4 or v == 0.0)
    origin, args = get_origin(ann), get_args(ann)
    if origin is Literal and all(type(a) is str for a in args):
        allowed = frozenset(args)
        return lambda v: type(v) is str and v in allowed
    if origin is Union and len(args) == 2 and type(None) in args:
        inner = _json_check(args[0] if args[1] is type(None) else args[1])
        return None if inner is None else (lambda v: v is None or inner(v))
    if origin is list and len(args) == 1:
        item = args[0]
        if item is str:
            return lambda v: type(v) is list and all(type(x) is str for x in v)
        if get_origin(item) is Annotated:
            item = get_args(item)[0]
        kinds = get_args(item) if get_origin(item) is Union else (item,)
        if all(c in _JSON_CLASSES for c in kinds):
            kinds = frozenset(kinds)  # each item is then checked as a model of its own
            return lambda v: type(v) is list and all(type(x) in kinds for x in v)
    if ann in _JSON_CLASSES:
        return lambda v: type(v) is ann
    return None


_json_plans: dict = {}


def _json_fields(o: Any) -> dict:
    """The ``default`` of :func:`json.dumps`: a model's fields, after checking every value."""
    cls = type(o)
    plan = _json_plans.get(cls)
    if plan is None:
        if cls not in _JSON_CLASSES:
            raise _NotPlain
        plan = []
        for name, f in cls.__pydantic_fields__.items():
            check = _json_check(f.annotation)
            if check is None or f.alias is not None or f.serialization_alias is not None or f.exclude:
                plan = ()
                break
            plan.append((name, check))
        plan = _json_plans[cls] = tuple(plan) or False
    d = o.__dict__
    if not plan or len(d) != len(plan) or o.__pydantic_extra__:
        raise _NotPlain
    for (name, check), (k, v) in zip(plan, d.items()):
        if k != name or not check(v):
            raise _NotPlain
    return d


_encoder = json.JSONEncoder(ensure_ascii=False, check_circular=False, allow_nan=False,
                            separators=(",", ":"), default=_json_fields)


def _to_json(m: Any) -> Optional[str]:
    """``m.model_dump_json()`` written without pydantic's serializer, or None when the model holds
    anything the two might write differently (see above)."""
    try:
        s = _encoder.encode(m)
        s.encode("utf-8")  # a lone surrogate: pydantic's error, not a line no UTF-8 file can hold
    except (_NotPlain, ValueError, UnicodeEncodeError):
        return None
    return s


_result_adapter: Optional[TypeAdapter[Any]] = None  # built on first use: import stays cheap


def _adapter() -> TypeAdapter[Any]:
    global _result_adapter
    if _result_adapter is None:
        _result_adapter = TypeAdapter(Union[Article, ErrorRecord])
    return _result_adapter


def parse_result(data: str | bytes | dict) -> Result:
    """Load one JSON line/object (article or error record) back into its model."""
    if isinstance(data, (str, bytes)):
        data = json.loads(data)
    if "error" in data:
        return ErrorRecord.model_validate(data)
    return Article.model_validate(data)


def json_schema() -> dict:
    """JSON Schema of one output line: an Article or an ErrorRecord."""
    schema = _adapter().json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "cchc_extract output record (schema_version 1)"
    return schema
