"""Build a notebook from a plain-text outline, so walkthroughs are reviewed as text.

    python scripts/build_notebook.py notebooks/src/01_the_coverage.py notebooks/01_the_coverage.ipynb

The outline is Python in "percent" format: ``# %% [markdown]`` starts a markdown cell (its lines
are comments, ``# `` is stripped), ``# %%`` starts a code cell. The notebook is written without
outputs, as the project commits them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat


def build(outline: str) -> nbformat.NotebookNode:
    """Turn a percent-format outline into a notebook with no outputs."""
    cells, kind, lines = [], None, []

    def flush():
        if kind is None:
            return
        body = "\n".join(lines).strip("\n")
        if kind == "markdown":
            body = "\n".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in body.splitlines())
            cells.append(nbformat.v4.new_markdown_cell(body))
        elif body.strip():
            cells.append(nbformat.v4.new_code_cell(body))

    for line in outline.splitlines():
        if line.startswith("# %%"):
            flush()
            kind, lines = ("markdown" if "[markdown]" in line else "code"), []
        else:
            lines.append(line)
    flush()
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = str(i)  # the ids nbstripout gives, so --verify passes
    return nb


def main(argv: list) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    src, dst = map(Path, argv)
    nbformat.write(build(src.read_text(encoding="utf-8")), dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
