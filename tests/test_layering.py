"""The layers of docs/architecture.md, checked on the source: capabilities never import loaders,
display or orchestration (so a worker process or a Dask task never loads what it does not need).

Every module under toolkit/ is parsed with ``ast``; imports are resolved to the top-level name
under toolkit/ (``toolkit/quotes.py`` and a package ``toolkit/quotes/`` are both "quotes").
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"

CAPABILITIES = {"quotes", "timexes", "timeline", "tone", "text", "topics", "columns", "dates", "errors", "model",
                "people", "voices", "reuse"}
LOADERS = {"articles", "fetch", "coverage", "html_text", "corpus_checks"}
DISPLAY = {"display", "explorer", "plots", "widgets"}
ORCHESTRATION = {"analysis", "cli", "scale", "_pipeline", "tables", "evaluate"}
FORBIDDEN_FOR_CAPABILITIES = LOADERS | DISPLAY | ORCHESTRATION


def _top_name(path: Path, root: Path = PACKAGE) -> str:
    """The top-level name under toolkit/ of a module file ("quotes" for quotes.py and quotes/x.py)."""
    first = path.relative_to(root).parts[0]
    return first[:-3] if first.endswith(".py") else first


def _imported_top_names(path: Path, root: Path = PACKAGE) -> set:
    """Top-level toolkit names a module imports, wherever the import stands (also inside functions)."""
    package_parts = ("toolkit",) + path.relative_to(root).parent.parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's own package
                base = list(package_parts[:len(package_parts) - node.level + 1])
            else:
                base = []
            module = base + (node.module.split(".") if node.module else [])
            # "from . import quotes", "from toolkit import quotes" and "from .quotes import x" all
            # name quotes second: toolkit, quotes, ...
            targets = [module + [alias.name] for alias in node.names]
        else:
            continue
        for parts in targets:
            if len(parts) >= 2 and parts[0] == "toolkit":
                found.add(parts[1])
    return found


def _modules() -> list:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_scan_finds_the_modules():
    names = {_top_name(p) for p in _modules()}
    assert {"timeline", "tone", "analysis", "articles", "columns"} <= names


def _capability_params() -> list:
    params = []
    for path in _modules():
        if _top_name(path) not in CAPABILITIES:
            continue
        params.append(pytest.param(path, id=str(path.relative_to(PACKAGE))))
    return params


@pytest.mark.parametrize("path", _capability_params())
def test_capabilities_import_no_loader_display_or_orchestration(path):
    bad = _imported_top_names(path) & FORBIDDEN_FOR_CAPABILITIES
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}: capabilities read text and " \
                    "return results; loading, display and orchestration sit above them (docs/architecture.md)"


def test_the_check_catches_a_capability_importing_a_loader(tmp_path):
    fake = tmp_path / "toolkit"
    (fake / "quotes").mkdir(parents=True)
    module = fake / "quotes" / "engine.py"
    module.write_text("from . import rules\n\ndef f():\n    from ..articles import parse_date\n"
                      "    from toolkit import display\n    import toolkit.fetch.pages\n")
    assert _top_name(module, fake) == "quotes"
    assert _imported_top_names(module, fake) == {"quotes", "articles", "display", "fetch"}
