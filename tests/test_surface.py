"""What a newcomer meets first: the package's names, the JSON Schema, the command's help,
messages for a missing extra, the files a release carries."""
from __future__ import annotations

import re
import subprocess
import sys
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest depends on tomli there
    import tomli as tomllib

import pytest

import cchc_extract as cx
from cchc_extract.cli import build_parser, main, plural
from cchc_extract.models import FACT_CLASSES

from conftest import ROOT, SEEDS

PKG = ROOT / "src" / "cchc_extract"
COMMANDS = ["extract", "schema", "eval", "batch", "render", "table"]


def _help(*args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "cchc_extract", *args, "--help"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


# ----------------------------------------------------------------------------- Python surface

def test_fact_classes_are_importable_from_the_package():
    for cls in FACT_CLASSES:
        assert getattr(cx, cls.__name__) is cls, cls.__name__
        assert f"cx.{cls.__name__}" in cx.__doc__, f"help(cx) does not name {cls.__name__}"
        assert cls.__doc__ and cls.__doc__.strip(), f"{cls.__name__} has no docstring"
    for name in ("Article", "ErrorRecord", "ErrorInfo", "Removed", "Span"):
        assert getattr(cx, name).__doc__, name


def test_help_of_the_package_is_readable():
    import pydoc

    text = pydoc.render_doc(cx, renderer=pydoc.plaintext)
    assert len(text) < 120_000, "help(cx) drowns in inherited pydantic documentation"
    functions = text.index("\nFUNCTIONS\n")
    for name in ("extract(", "extract_many(", "to_frame(", "rankings(", "read_jsonl("):
        assert name in text[functions:], name
    assert "SPEC" not in text


def test_package_is_typed_and_public_functions_have_return_types():
    assert (PKG / "py.typed").exists()
    for fn in (cx.extract, cx.to_frame, cx.rankings, cx.indicators, cx.read_jsonl,
               cx.Article.of_type, cx.json_schema, cx.parse_result):
        assert "return" in fn.__annotations__, fn.__qualname__


def test_every_schema_field_has_a_description():
    schema = cx.json_schema()
    missing, seen = [], 0

    def walk(node, path):
        nonlocal seen
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                seen += 1
                if not (isinstance(prop, dict) and prop.get("description", "").strip()):
                    missing.append(f"{path}.{name}")
            for k, v in node.items():
                walk(v, f"{path}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(schema, "#")
    assert seen > 80 and not missing, missing


def test_new_contract_fields_have_defaults():
    art = cx.extract(SEEDS[0])
    assert art.page_kind == "article"
    d = art.model_dump()
    assert d["page_kind"] == "article"
    old = {k: v for k, v in d.items() if k != "page_kind"}  # output of an earlier release
    assert cx.parse_result(old).page_kind == "article"
    p = cx.Percentage(text="15-25%", start=0, end=6, sentence=0, value=15)
    assert p.value_max is None
    dt = cx.Date(text="24/9/2020", start=0, end=9, sentence=0, value="2020-09-24", precision="day")
    assert dt.relative is False and dt.year_inferred is False


def test_help_of_the_package_names_the_format_document():
    doc = cx.__doc__
    assert "docs/format.md" in doc and "SPEC" not in doc
    assert (ROOT / "docs" / "format.md").exists()


def test_no_code_or_help_cites_a_file_outside_the_repository():
    mine = ["__init__.py", "pipeline.py", "html.py", "errors.py", "models.py", "cli.py",
            "frames.py", "tables.py", "render.py"]
    for name in mine:
        text = (PKG / name).read_text("utf-8")
        assert "SPEC" not in text, name
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "SPEC" not in readme


def test_format_document_covers_every_field():
    doc = (ROOT / "docs" / "format.md").read_text("utf-8")
    for cls in FACT_CLASSES:
        t = cls.model_fields["type"].default
        assert f"### `{t}`" in doc, t
        for field in cls.model_fields:
            assert f"`{field}`" in doc, f"{t}.{field}"
    for field in cx.Article.model_fields:
        assert f"| `{field}` |" in doc, field
    for kind in cx.ErrorInfo.model_fields["kind"].annotation.__args__:
        assert f"| `{kind}` |" in doc, kind


# ----------------------------------------------------------------------------- CLI

def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cchc-extract {cx.__version__}"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in pyproject["project"].get("dynamic", []) or \
        pyproject["project"]["version"] == cx.__version__


@pytest.mark.parametrize("command", [None] + COMMANDS)
def test_help_has_no_markup_and_documents_every_argument(command):
    out = _help(*([command] if command else []))
    assert not re.search(r"``|:func:|:class:|SPEC|\*\*", out), out
    parser = build_parser()
    if command is None:
        return
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    for action in sub._actions:
        if action.dest == "help":
            continue
        assert action.help, f"{command} {action.option_strings or action.dest}: no help text"
        if action.option_strings and not isinstance(action.const, bool) and action.nargs != 0:
            assert "default" in action.help or action.required, \
                f"{command} {action.option_strings}: help does not say the default"


def test_plural():
    assert plural(1, "article") == "1 article"
    assert plural(2, "article") == "2 articles"
    assert plural(0, "error record") == "0 error records"
    assert plural(1_000, "document") == "1,000 documents"


def test_extract_summary_is_singular_for_one(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn.", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(good), str(empty), "--format", "jsonl",
                 "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "1 article, 1 error record\n" in capsys.readouterr().err


# ----------------------------------------------------------------------------- missing extras

def test_missing_pandas_is_one_line_naming_the_extra(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas → ImportError
    art = cx.extract(SEEDS[0])
    for fn in (cx.to_frame, cx.rankings, cx.indicators):
        with pytest.raises(cx.MissingExtra) as ei:
            fn([art])
        msg = str(ei.value)
        assert "pip install 'cchc_extract[frames]'" in msg and "\n" not in msg
        assert ei.value.__cause__ is None and ei.value.__context__ is None  # no chained traceback
    out = tmp_path / "o.jsonl"
    out.write_text(art.to_json() + "\n", "utf-8")
    assert main(["table", "rankings", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cchc_extract[frames]" in err and "Traceback" not in err


def test_missing_pyarrow_for_parquet_output_is_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Tỉnh Lạng Sơn đạt 99,82% hồ sơ đúng hạn.", "utf-8")
    code = main(["batch", str(src), "-o", str(tmp_path / "out.parquet"), "--workers", "0"])
    err = capsys.readouterr().err
    assert code == 2 and "cchc_extract[batch]" in err and "Traceback" not in err


def test_missing_underthesea_is_one_line(monkeypatch, capsys):
    from cchc_extract import evaluate
    from cchc_extract.segment import _word_tokenize, words

    monkeypatch.setitem(sys.modules, "underthesea", None)
    monkeypatch.setattr(evaluate, "_NER", None)  # loaded by an earlier test, perhaps

    _word_tokenize.cache_clear()
    with pytest.raises(cx.MissingExtra, match=r"pip install 'cchc_extract\[underthesea\]'"):
        list(words("Hà Nội"))
    code = main(["eval", "--gold", str(ROOT / "annotations"), str(SEEDS[0]), "--baseline", "underthesea"])
    err = capsys.readouterr().err
    assert code == 2 and "cchc_extract[underthesea]" in err and "Traceback" not in err
    _word_tokenize.cache_clear()


# ----------------------------------------------------------------------------- packaging

def test_licence_and_wheel_contents():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert (ROOT / "LICENSE").exists() and "MIT" in (ROOT / "LICENSE").read_text("utf-8")
    assert pyproject["project"]["license"] == "MIT"
    extras = pyproject["project"]["optional-dependencies"]
    assert {"html", "batch", "frames", "dask", "notebook", "underthesea"} <= set(extras)
    assert not any(d.startswith("underthesea") for d in pyproject["project"]["dependencies"])
    readme = (ROOT / "README.md").read_text("utf-8")
    for extra in ("html", "batch", "frames", "dask", "notebook", "underthesea"):
        assert f"`{extra}`" in readme, extra
    data = pyproject["tool"]["setuptools"]
    assert "data/*.json" in data["package-data"]["cchc_extract"]
    assert any("build_" in p for p in data.get("exclude-package-data", {}).get("cchc_extract", []))
