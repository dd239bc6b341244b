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
