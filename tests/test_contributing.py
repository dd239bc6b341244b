"""CONTRIBUTING.md's walk-through works: its three files, applied to a copy of the package,
give a new fact type with no other change."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "CONTRIBUTING.md"


def _blocks(marker: str) -> dict[str, str]:
    """The fenced block after each ``<!-- marker: path -->`` comment of CONTRIBUTING.md."""
    text = DOC.read_text("utf-8")
    return {m.group(1): m.group(2) for m in re.finditer(
        rf"<!-- {marker}: (\S+) -->\n```\w*\n(.*?)```", text, re.S)}


def test_walkthrough_adds_a_fact_type_touching_three_files(tmp_path):
    files, additions = _blocks("file"), _blocks("add to")
    assert set(files) == {"src/cchc_extract/data/service_levels.json", "src/cchc_extract/extractors/service_levels.py"}
    assert set(additions) == {"src/cchc_extract/models.py"}
    shutil.copytree(ROOT / "src" / "cchc_extract", tmp_path / "src" / "cchc_extract",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for rel, body in files.items():
        (tmp_path / rel).write_text(body, "utf-8")
    models = tmp_path / "src/cchc_extract/models.py"
    src = models.read_text("utf-8")
    head = src.index("FACT_CLASSES = (")
    close = src.index(")", head)
    src = src[:head] + additions["src/cchc_extract/models.py"] + "\n\n" + src[head:close] + ", ServiceLevel" + src[close:]
    models.write_text(src, "utf-8")
    probe = """
import json, cchc_extract as cx
from cchc_extract import datafiles
from cchc_extract.extractors import plan
art = cx.extract("Tỉnh có 1.200 dịch vụ công trực tuyến toàn trình và 310 dịch vụ công trực tuyến một phần.")
print(json.dumps({
    "facts": [(f.type, f.text, getattr(f, "level", None)) for f in art.facts if f.type == "service_level"],
    "other": sorted({f.type for f in art.facts} - {"service_level"}),
    "problems": datafiles.validate("service_levels"),
    "cases": [(c.counter, any(f.type == "service_level" and f.level == c.check["match"]["level"]
                              for f in cx.extract(c.example).facts))
              for c in datafiles.example_cases("service_levels")],
    "plan": [e.name for e in plan()],
    "schema": "service_level" in json.dumps(cx.models.json_schema()),
}, ensure_ascii=False))
"""
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["facts"] == [["service_level", "toàn trình", "full"], ["service_level", "một phần", "partial"]]
    assert "quantity" in got["other"]  # the other extractors still run
    assert got["problems"] == []
    assert got["cases"] == [[False, True], [True, False], [False, True]]  # examples found, the counter-example not
    assert got["plan"][-1] == "service_levels" and len(got["plan"]) == 8
    assert got["schema"] is True
