"""Notebook hygiene: committed without outputs, and in step with their text outlines.

The notebooks themselves are executed by the same test command (pytest's nbmake plugin collects
``notebooks/*.ipynb``).
"""
import json
import subprocess
import sys

import pytest

NOTEBOOKS = sorted((__import__("pathlib").Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert any(nb.name.startswith("01_the_coverage") for nb in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"])
             if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; run `nbstripout {path}`"
    result = subprocess.run([sys.executable, "-m", "nbstripout", "--verify", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_matches_its_outline(path, repo_root):
    """notebooks/src/NAME.py is the reviewable source; the .ipynb is built from it."""
    sys.path.insert(0, str(repo_root / "scripts"))
    from build_notebook import build

    outline = repo_root / "notebooks" / "src" / (path.stem + ".py")
    assert outline.exists(), f"{outline} is missing: keep each notebook's outline beside it"
    built = build(outline.read_text(encoding="utf-8"))
    committed = json.loads(path.read_text(encoding="utf-8"))
    assert [c["source"] for c in built.cells] == [
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in committed["cells"]
    ], f"{path.name} differs from its outline: python scripts/build_notebook.py {outline} {path}"
