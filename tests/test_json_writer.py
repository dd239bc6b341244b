"""``to_json()`` writes the JSON without pydantic's serializer (cheaper for a new process): it must
be byte for byte what ``model_dump_json()`` writes, and leave to pydantic whatever it cannot
write for sure."""
from __future__ import annotations

import math
import random
import warnings
from pathlib import Path

import pytest

import cchc_extract as cx
from cchc_extract.models import (Article, ErrorInfo, ErrorRecord, Official, Percentage, Quantity,
                                 Ranking, Removed, Span, _to_json)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


def _same(m) -> None:
    """What to_json() writes (the writer, else pydantic's) is model_dump_json(), or both raise the
    same kind of error; as a fact of an article too."""
    if isinstance(m, (Percentage, Quantity, Official, Ranking)):
        _same(Article(doc_id="d", text="t", facts=[m]))
    elif isinstance(m, Removed):
        _same(Article(doc_id="d", text="t", removed=[m]))
    with warnings.catch_warnings(record=True) as w_ours:
        warnings.simplefilter("always")
        try:
            ours = _to_json(m) or m.model_dump_json()
        except Exception as e:  # noqa: BLE001 - compared below
            ours = type(e)
    with warnings.catch_warnings(record=True) as w_theirs:
        warnings.simplefilter("always")
        try:
            theirs = m.model_dump_json()
        except Exception as e:  # noqa: BLE001
            theirs = type(e)
    assert ours == theirs
    assert [str(x.message) for x in w_ours] == [str(x.message) for x in w_theirs]


def _pct(**kw) -> Percentage:
    base = dict(text="99,5%", start=0, end=5, sentence=0, value=99.5)
    base.update(kw)
    return Percentage(**base)


@pytest.mark.skipif(not CORPUS, reason="no corpus files")
def test_every_corpus_article_is_written_as_pydantic_writes_it():
    for path in CORPUS:
        art = cx.extract(path.read_bytes(), doc_id=path.stem)
        ours = _to_json(art)
        assert ours is not None, path.name  # the package's own records never need the fallback
        assert ours == art.model_dump_json(), path.name
        assert art.to_json() == ours


def test_error_records_and_options():
    rec = cx.extract(b"", doc_id="e")
    assert isinstance(rec, ErrorRecord)
    assert _to_json(rec) == rec.model_dump_json()
    rec2 = ErrorRecord(doc_id="x\n\"y\"", source=None, error=ErrorInfo(kind="internal", message="a\x00b"))
    assert _to_json(rec2) == rec2.model_dump_json()
    art = cx.extract("Tỉnh Thái Nguyên đạt 99,5%.")
    # options are pydantic's
    assert art.to_json(indent=2) == art.model_dump_json(indent=2)
    assert art.to_json(exclude={"text"}) == art.model_dump_json(exclude={"text"})


def test_floats_of_every_magnitude():
    rng = random.Random(7)
    values = [0.0, -0.0, 1e-4, -1e-4, 9.999999999999e-5, 1e16, -1e16, 9999999999999998.0, 1e15, 0.1 + 0.2,
              5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 99.82, 1650.0, 2.5]
    for _ in range(3000):
        e = rng.uniform(-8, 20)
        values.append(rng.choice((1, -1)) * rng.random() * 10 ** e)
        values.append(float(rng.randrange(-10**17, 10**17)) / rng.choice((1, 10, 100, 1000)))
    for v in values:
        p = _pct()
        p.value = v
        _same(p)
        q = Quantity(text="2 kg", start=0, end=4, sentence=0, value=1.0)
        q.value_max = v
        _same(q)


def test_strings_with_every_kind_of_character():
    chars = [chr(c) for c in range(0, 0x100)] + ["\u2028", "\u2029", "\ufeff", "😀", "ắ", "\ud800", "\udfff",
                                                  "\U0010ffff", "\\", '"', "/"]
    for c in chars:
        _same(_pct(metric=f"a{c}b", subject=c))
        _same(Official(text=c, start=0, end=1, sentence=0, name="A", titles=[c, "Chủ tịch"]))
    rng = random.Random(3)
    for _ in range(300):
        s = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 12)))
        _same(Removed(text=s, reason="noise", evidence=s or None))


def test_values_of_other_types_go_to_pydantic():
    cases = []
    p = _pct(); p.value = 5; cases.append(p)  # noqa: E702 - an int in a float field
    p = _pct(); p.value = True; cases.append(p)  # noqa: E702
    p = _pct(); p.start = "3"; cases.append(p)  # noqa: E702
    p = _pct(); p.start = 2 ** 70; cases.append(p)  # noqa: E702
    p = _pct(); p.start = True; cases.append(p)  # noqa: E702
    p = _pct(); p.comparator = "bogus"; cases.append(p)  # noqa: E702
    p = _pct(); p.metric = 3.5; cases.append(p)  # noqa: E702
    r = Ranking(text="thứ 6", start=0, end=5, sentence=0, rank=6); r.year = 2023.0; cases.append(r)  # noqa: E702
    o = Official(text="A", start=0, end=1, sentence=0, name="A"); o.titles = ("x",); cases.append(o)  # noqa: E702
    o = Official(text="A", start=0, end=1, sentence=0, name="A"); o.titles = ["x", 3]; cases.append(o)  # noqa: E702
    for c in cases:
        assert _to_json(c) is None
        _same(c)

    art = cx.extract("Tỉnh Thái Nguyên đạt 99,5%.")
    assert _to_json(art) is not None
    art.sentences.append(Removed(text="x", reason="noise"))  # a model of another class in a list
    assert _to_json(art) is None
    _same(art)
    art = cx.extract("Tỉnh Thái Nguyên đạt 99,5%.")
    art.facts.append(Span(start=0, end=1))
    _same(art)

    class MySpan(Span):
        pass

    art = cx.extract("Tỉnh Thái Nguyên đạt 99,5%.")
    art.paragraphs.append(MySpan(start=0, end=1))  # a subclass: pydantic decides
    assert _to_json(art) is None
    _same(art)

    class MyArticle(Article):
        extra_note: str = "x"

    a = MyArticle(doc_id="d", text="t")
    assert _to_json(a) is None
    _same(a)
