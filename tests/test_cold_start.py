"""What a fresh process pays: ``import cchc_extract`` leaves the batch machinery, tables and
rendering for first use, and :func:`cchc_extract.warm` builds everything a worker needs without
changing any result. (Times are measured by benchmarks/bench.py, never asserted here.)"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cchc_extract as cx

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


def test_import_leaves_batch_tables_and_rendering_for_first_use():
    out = _fresh(
        "import json, sys; import cchc_extract as cx\n"
        "mods = [m for m in ('cchc_extract.batch', 'cchc_extract.frames', 'cchc_extract.render', "
        "'cchc_extract.tables', 'cchc_extract.readers') if m in sys.modules]\n"
        "cx.extract('Tỉnh Lạng Sơn đạt 99,82%.')\n"
        "after = [m for m in ('cchc_extract.batch',) if m in sys.modules]\n"
        "f = cx.extract_many; g = cx.to_frame; h = cx.rankings\n"
        "print(json.dumps({'at_import': mods, 'after_extract': after, 'lazy': [f.__module__, g.__module__, "
        "h.__module__], 'all_resolve': all(hasattr(cx, n) for n in cx.__all__)}))")
    assert out["at_import"] == [] and out["after_extract"] == []
    assert out["lazy"] == ["cchc_extract.batch.engine", "cchc_extract.frames", "cchc_extract.tables"]
    assert out["all_resolve"]


def test_unknown_attribute_is_still_an_attribute_error():
    try:
        cx.no_such_thing  # noqa: B018
    except AttributeError as e:
        assert "no_such_thing" in str(e)
    else:
        raise AssertionError("expected AttributeError")


def test_warm_builds_everything_and_changes_no_result():
    text = (ROOT / "corpus").glob("*.txt").__next__().read_bytes()
    out = _fresh(
        "import json, sys, functools\n"
        "import cchc_extract as cx\n"
        f"data = {text!r}\n"
        "cold = cx.extract(data, doc_id='d').model_dump_json()\n"
        "print(json.dumps({'cold': cold}))")
    warmed = _fresh(
        "import json, sys\n"
        "import cchc_extract.warmed\n"
        "from cchc_extract.extractors import legal, numbers, dates, titles\n"
        "from cchc_extract.gazetteer import gazetteer\n"
        "built = [f.cache_info().currsize for f in (legal._tables, numbers._data, dates._patterns, titles.vocab)]\n"
        "import cchc_extract as cx\n"
        f"data = {text!r}\n"
        "print(json.dumps({'built': built, 'automaton': gazetteer()._automaton is not None, "
        "'warm': cx.extract(data, doc_id='d').model_dump_json()}))")
    assert warmed["built"] == [1, 1, 1, 1] and warmed["automaton"]
    assert warmed["warm"] == out["cold"]


def test_constructing_is_what_validation_gives():
    # a model made from values of exactly its field types is filled without its validator; it
    # must be what validation (model_validate) makes of the same values
    from cchc_extract.models import Article, Official, Percentage, Ranking, Removed, Span, Target

    cases = [
        (Percentage, dict(text="99,5%", start=1, end=6, sentence=0, value=99.5, comparator="gte",
                          subject="Lạng Sơn", subject_source="list")),
        (Percentage, dict(text="99%", start=1, end=4, sentence=0, value=99)),  # int: validated to 99.0
        (Official, dict(text="ông A", start=0, end=5, sentence=2, name="Nguyễn Văn A", titles=["Chủ tịch"])),
        (Ranking, dict(text="thứ 6", start=3, end=8, sentence=1, rank=6, out_of=63, change=-2)),
        (Target, dict(text="50%", start=0, end=3, sentence=0, value=None, unit="%")),
        (Span, dict(start=0, end=10)),
        (Removed, dict(text="x", reason="spam", evidence=None)),
        (Article, dict(doc_id="d", text="abc", removed=[Removed(text="x", reason="spam")],
                       paragraphs=[Span(start=0, end=3)], sentences=[Span(start=0, end=3)],
                       warnings=["w"], page_kind="listing",
                       facts=[Percentage(text="b", start=1, end=2, sentence=0, value=1.0)])),
    ]
    for cls, values in cases:
        a, b = cls(**values), cls.model_validate(values)
        assert type(a) is cls and a == b
        assert list(a.__dict__) == list(b.__dict__)  # the JSON keeps the fields' order
        assert a.model_fields_set == b.model_fields_set
        assert a.model_dump_json() == b.model_dump_json()
        for name, v in values.items():  # lists are copied, as validation copies them
            if isinstance(v, list):
                assert getattr(a, name) is not v and getattr(a, name) == v
    p = Percentage(**cases[1][1])
    assert p.value == 99.0 and type(p.value) is float


def test_constructing_still_refuses_what_validation_refuses():
    import pytest
    from pydantic import ValidationError

    from cchc_extract.models import Article, Percentage, Span

    for values in (dict(start=1), dict(start=1, end=2, extra=3), dict(start="a", end=2)):
        with pytest.raises(ValidationError):
            Span(**values)
    with pytest.raises(ValidationError):
        Percentage(text="x", start=0, end=1, sentence=0, value=1.0, comparator="more")
    with pytest.raises(ValidationError):
        Article(doc_id="d", text="", sentences=[{"start": 0}])
    # a subclass whose config or validators change values is validated
    from pydantic import ConfigDict, field_validator

    class Stripped(Percentage):
        model_config = ConfigDict(str_strip_whitespace=True)

    class Upper(Percentage):
        @field_validator("text")
        @classmethod
        def _up(cls, v: str) -> str:
            return v.upper()

    values = dict(text=" a ", start=0, end=3, sentence=0, value=1.0)
    assert Stripped(**values).text == "a" and Upper(**values).text == " A "
    # a dict for a nested model is validated into the model, as before
    assert Article(doc_id="d", text="ab", sentences=[{"start": 0, "end": 2}]).sentences == [Span(start=0, end=2)]


def test_first_extract_builds_no_output_model():
    # the article, its spans, what cleaning removed and the facts are made from the package's
    # own values; the model is built when it is first dumped or validated, and the JSON is
    # the same as a validated article's
    text = (ROOT / "corpus" / "002_97d673e06247b9f2.txt").read_bytes()
    out = _fresh(
        "import json, os\n"
        "os.environ['CCHC_EXTRACT_CACHE_DIR'] = ''\n"  # no store rebuild (its warm-up dumps JSON)
        "import cchc_extract as cx\n"
        "from cchc_extract import models as m\n"
        f"art = cx.extract({text!r}, doc_id='d')\n"
        "built = sorted(c.__name__ for c in m.FACT_CLASSES + (m.Article, m.Span, m.Removed) "
        "if c.__pydantic_complete__)\n"
        "again = m.Article.model_validate_json(art.to_json())\n"
        "print(json.dumps({'built': built, 'facts': len(art.facts), 'removed': len(art.removed), "
        "'same': again == art, 'json': again.to_json() == art.to_json()}))")
    assert out["facts"] > 20 and out["removed"] > 0 and out["same"] and out["json"]
    assert out["built"] == []
