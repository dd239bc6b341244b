"""Extractors declare what they produce and require; the order is derived from that and
checked once; the context enforces the declarations."""
from __future__ import annotations

import pytest

import cchc_extract as cx
from cchc_extract.extractors import PlanError, declared, order, plan, run
from cchc_extract.extractors.base import Context, Extractor, SentencePeople, extractor
from cchc_extract.limits import DEFAULT_LIMITS
from cchc_extract.models import FACT_TYPES, Article, Date, Province, Span


def ext(name, produces, requires=()):
    return Extractor(name, tuple(produces), tuple(requires), lambda ctx: None)


def names(exts):
    return [e.name for e in exts]


def test_every_module_is_declared_and_every_fact_type_has_one_producer():
    exts = declared()
    assert names(exts) == sorted(names(exts))
    produced = [p for e in exts for p in e.produces]
    assert len(produced) == len(set(produced))
    assert set(FACT_TYPES) <= set(produced)


def test_the_plan_runs_each_extractor_after_what_it_requires():
    seen: set[str] = set()
    for e in plan():
        assert set(e.requires) <= seen, (e.name, e.requires, seen)
        seen |= set(e.produces)
    assert names(plan()).index("legal") < names(plan()).index("dates") < names(plan()).index("rankings") \
        < names(plan()).index("numbers") < names(plan()).index("organizations")
    assert names(plan()).index("places") < names(plan()).index("people") < names(plan()).index("organizations")


def test_order_is_topological_with_ties_by_name():
    got = order([ext("c", ["date"], ["legal_ref"]), ext("b", ["province"]), ext("a", ["legal_ref"]),
                 ext("d", ["official"], ["province", "date"])])
    assert names(got) == ["a", "b", "c", "d"]
    got = order([ext("z", ["legal_ref"]), ext("a", ["date"], ["legal_ref"])])
    assert names(got) == ["z", "a"]


@pytest.mark.parametrize("exts,message", [
    ([ext("a", ["colour"])], "neither a fact type"),
    ([ext("a", ["date"]), ext("b", ["date"])], "produced by both 'a' and 'b'"),
    ([ext("a", ["date"], ["province"])], "requires 'province', which no extractor produces"),
    ([ext("a", ["date"], ["date"])], "which it produces itself"),
    ([ext("a", ["date"], ["province"]), ext("b", ["province"], ["date"])], "cycle"),
])
def test_bad_declarations_are_refused(exts, message):
    with pytest.raises(PlanError, match=message):
        order(exts)


def test_decorator_declares_the_module_extractor():
    @extractor(produces=("date",), requires=("legal_ref",))
    def extract(ctx):
        pass
    assert extract.extractor == Extractor(__name__.rsplit(".", 1)[-1], ("date",), ("legal_ref",), extract)


def _article(text="Tỉnh Kon Tum. Tỉnh Kon Tum và Gia Lai."):
    return Article(doc_id="d", text=text, sentences=[Span(start=0, end=len(text))], paragraphs=[Span(start=0, end=len(text))])


def test_context_refuses_an_undeclared_fact_type():
    ctx = Context(_article(), DEFAULT_LIMITS)
    ctx.producing = ("province",)
    ctx.add(Province, 5, 12, claim=False, name="Kon Tum", name_2025="Quảng Ngãi", code="62")
    with pytest.raises(RuntimeError, match="not among what the running extractor declared"):
        ctx.add(Date, 0, 4, value="2020-01-01", precision="day")


def test_main_province_only_after_the_provinces_and_computed_once():
    ctx = Context(_article(), DEFAULT_LIMITS)
    with pytest.raises(RuntimeError, match="before the province facts exist"):
        ctx.main_province
    ctx.producing = ("province",)
    for a in (5, 19):
        ctx.add(Province, a, a + 7, claim=False, name="Kon Tum", name_2025="Quảng Ngãi", code="62")
    ctx.available.add("province")
    assert ctx.main_province == "Kon Tum"
    ctx.facts.clear()
    assert ctx.main_province == "Kon Tum"  # computed once


def test_run_hands_typed_person_spans_and_the_main_province_on():
    art = cx.extract("Tin Kon Tum\n\nÔng Nguyễn Văn A, Giám đốc Sở Nội vụ tỉnh Kon Tum cho biết tỉnh đạt 90%.")
    ctx = run(art, DEFAULT_LIMITS)
    assert ctx.main_province == "Kon Tum"
    assert set(FACT_TYPES) | {"person_spans"} <= ctx.available
    spans = ctx.person_spans[0]
    assert isinstance(spans, SentencePeople)
    a, b = spans.names[0]
    assert art.text[a:b] == "Nguyễn Văn A" and len(spans.title_chains) == 1


def test_an_undeclared_extract_function_is_refused(monkeypatch):
    from cchc_extract.extractors import base, dates

    monkeypatch.delitem(base.DECLARED, dates.__name__)
    with pytest.raises(PlanError, match="dates.py has an extract"):
        declared()


def test_a_replaced_extract_function_is_the_one_that_runs(monkeypatch):
    from cchc_extract.extractors import places

    monkeypatch.setattr(places, "extract", lambda ctx: None)
    art = cx.extract("Tỉnh Kon Tum đạt 95% hồ sơ đúng hạn.\n\nTỉnh Kon Tum xếp thứ 3.")
    assert art.of_type("percentage") and not art.of_type("province")
