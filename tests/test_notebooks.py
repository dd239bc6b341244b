"""The notebooks in notebooks/ execute from scratch (cwd = notebooks/), so they never rot,
and are committed with their outputs stripped."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))

nbformat = pytest.importorskip("nbformat", reason="pip install nbformat nbclient ipykernel")
nbclient = pytest.importorskip("nbclient", reason="pip install nbclient ipykernel")


def _kernel_available() -> bool:
    try:
        from jupyter_client.kernelspec import KernelSpecManager

        return "python3" in KernelSpecManager().find_kernel_specs()
    except Exception:
        return False


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {"01-quickstart.ipynb", "02-corpus-analysis.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stripped(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, \
                f"{path.name}: outputs not stripped (jupyter nbconvert --clear-output --inplace {path.name})"


@pytest.mark.skipif(not _kernel_available(), reason="no 'python3' Jupyter kernel (pip install ipykernel)")
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path):
    pytest.importorskip("matplotlib", reason="the notebooks plot with matplotlib")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError with the failing cell and traceback
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    if path.name == "01-quickstart.ipynb":
        # the highlighted article is displayed as HTML with <mark>s
        htmls = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
                 if o.output_type in ("execute_result", "display_data") and "text/html" in o.get("data", {})]
        assert any('class="cx-article"' in h and "<mark" in h for h in htmls)
        if importlib.util.find_spec("spacy") is not None:  # displaCy's span view of the facts
            assert any('class="spans"' in h for h in htmls)
    if path.name == "02-corpus-analysis.ipynb":
        images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
                  if o.output_type == "display_data" and "image/png" in o.get("data", {})]
        assert len(images) >= 2, "the two plots were not drawn"
