"""``extract``, ``render`` and ``table`` with ``-o``: the output is never one of the inputs,
an existing file is replaced only with ``--overwrite``, and a run that fails half-way leaves
the earlier file as it was (the same guarantees ``batch`` gives its output)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cchc_extract.cli import main as cli

TEXTS = ["Thái Nguyên xếp thứ 14/63 về Chỉ số CCHC năm 2019.",
         "Tỉnh Sơn La đạt 99,5% hồ sơ đúng hạn năm 2020."]


def tree(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for i, t in enumerate(TEXTS):
        (d / f"a{i}.txt").write_text(t, encoding="utf-8")
    return d


def contents(d: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file()}


def jsonl_of(tmp_path: Path) -> Path:
    out = tmp_path / "facts.jsonl"
    assert cli(["extract", str(tree(tmp_path) / "a0.txt"), "--format", "jsonl", "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
@pytest.mark.parametrize("how", ["same", "dir", "symlink", "hardlink"])
def test_extract_never_writes_over_an_input(tmp_path, how, overwrite, capsys):
    d = tree(tmp_path)
    before = contents(d)
    target, args = d / "a1.txt", [str(d / "a1.txt")]
    if how == "dir":
        args = [str(d)]
    elif how == "symlink":
        link = tmp_path / "link.txt"
        link.symlink_to(target)
        target = link
    elif how == "hardlink":
        link = tmp_path / "hard.txt"
        os.link(d / "a1.txt", link)
        args = [str(link)]
        target = d / "a1.txt"
    assert cli(["extract", *args, "-o", str(target), *overwrite]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert contents(d) == before


@pytest.mark.parametrize("command", ["render", "table"])
def test_render_and_table_never_write_over_their_input(tmp_path, command, capsys):
    src = jsonl_of(tmp_path)
    before = src.read_bytes()
    args = ["render", str(src)] if command == "render" else ["table", "rankings", str(src)]
    assert cli([*args, "-o", str(src), "--overwrite"]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert src.read_bytes() == before


@pytest.mark.parametrize("command", ["extract", "render", "table"])
def test_an_existing_file_is_replaced_only_when_asked(tmp_path, command, capsys):
    src = jsonl_of(tmp_path)
    args = {"extract": ["extract", str(tmp_path / "in" / "a0.txt")],
            "render": ["render", str(src)],
            "table": ["table", "rankings", str(src)]}[command]
    out = tmp_path / "mine.txt"
    out.write_text("a user's notes", encoding="utf-8")
    os.chmod(out, 0o640)
    assert cli([*args, "-o", str(out)]) == 2
    assert "exists; add --overwrite" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "a user's notes"
    assert cli([*args, "-o", str(out), "--overwrite"]) == 0
    assert out.read_text(encoding="utf-8") != "a user's notes"
    assert (os.stat(out).st_mode & 0o777) == 0o640  # the file's mode is kept
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_run_that_fails_half_way_leaves_the_earlier_output(tmp_path, monkeypatch):
    d = tree(tmp_path)
    out = tmp_path / "facts.jsonl"
    assert cli(["extract", str(d), "--format", "jsonl", "-o", str(out)]) == 0
    before = out.read_bytes()
    assert [json.loads(x)["doc_id"] for x in before.decode().splitlines()] == ["a0", "a1"]

    import cchc_extract.pipeline as pipeline

    real, calls = pipeline.extract, []

    def interrupted(*a, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*a, **kw)

    monkeypatch.setattr(pipeline, "extract", interrupted)
    assert cli(["extract", str(d), "--format", "jsonl", "-o", str(out), "--overwrite"]) != 0
    assert out.read_bytes() == before  # not truncated, not half replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl", "in"]


def test_new_output_devices_and_stdout(tmp_path, capsys):
    d = tree(tmp_path)
    out = tmp_path / "new.json"
    assert cli(["extract", str(d / "a0.txt"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["doc_id"] == "a0"
    assert cli(["extract", str(d / "a0.txt"), "-o", os.devnull]) == 0  # a device is a stream
    assert cli(["extract", str(d / "a0.txt"), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "a0"
    assert cli(["extract", str(d / "a0.txt"), "-o", str(tmp_path)]) == 2  # a directory
    assert cli(["extract", str(d / "a0.txt"), "-o", str(tmp_path / "no" / "x.json")]) == 2
    assert contents(d) == {f"a{i}.txt": t.encode() for i, t in enumerate(TEXTS)}
