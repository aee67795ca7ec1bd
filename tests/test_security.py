"""Security: no eval/exec/pickle of input, HTML parsed but never fetched, highlight escapes article text.

The network is reached only by ``toolkit/fetch/``, which fetches the URLs a user asks for (tested
against a local server in test_fetch.py); every other module is scanned for network imports.

Worker processes (``analyze(workers=2)``) and Dask exchange the toolkit's own task and result
objects through the standard library's process machinery; no file or record given as input is
ever unpickled, evaluated or executed, which is what the source scan below enforces.
"""
from __future__ import annotations

import ast
import socket
import urllib.request
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.analysis import analyze

PACKAGE = Path(tk.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "joblib", "yaml",
                     "requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request", "ftplib",
                     "socket", "telnetlib", "smtplib", "webbrowser", "code", "codeop"}
NETWORK_MODULES = {"requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request", "socket"}
#: The one package allowed to open connections: it fetches what the user asks for, politely.
FETCH_PACKAGE = PACKAGE / "fetch"
FORBIDDEN_ATTRIBUTES = {"read_pickle", "to_pickle", "urlopen", "fetch_url", "fetch_response", "literal_eval",
                        "load_module", "exec_module", "system", "popen"}


def _violations(path: Path) -> list:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    forbidden = FORBIDDEN_MODULES - NETWORK_MODULES if FETCH_PACKAGE in path.parents else FORBIDDEN_MODULES
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            found.append(f"{where}: call to {node.func.id}()")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in forbidden or alias.name.split(".")[0] in forbidden:
                    found.append(f"{where}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in forbidden or node.module.split(".")[0] in forbidden:
                found.append(f"{where}: from {node.module} import ...")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{where}: .{node.attr}")
    return found


def test_the_scan_sees_the_package():
    names = {p.name for p in SOURCES}
    assert {"analysis.py", "articles.py", "display.py", "client.py"} <= names


def test_the_scan_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle\nfrom yaml import load\nx = eval('1')\nimport pandas as pd\npd.read_pickle('f')\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path
    try:
        found = _violations(bad)
    finally:
        PACKAGE = saved
    assert len(found) == 4


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_eval_exec_pickle_or_network_in_the_package(path):
    assert _violations(path) == []


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or resolve a name fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


PAGE = """<!DOCTYPE html>
<html><head>
<title>Harbor vote delayed</title>
<meta property="og:site_name" content="The Eastvale Courier">
<link rel="stylesheet" href="http://example.invalid/style.css">
<script src="http://example.invalid/tracker.js"></script>
<script>document.write('<img src="http://example.invalid/beacon.gif">')</script>
</head><body>
<nav><a href="http://example.invalid/">Home</a></nav>
<article>
<h1>Harbor vote delayed</h1>
<p>The Eastvale harbor vote was delayed on Tuesday, officials said.</p>
<p><img src="http://example.invalid/photo.jpg" alt="The harbor"></p>
<p>\u201cWe need more time to read the report,\u201d said Dana Whitcombe, the mayor of Eastvale.</p>
<iframe src="http://example.invalid/video"></iframe>
<p>Ilse Marrow, the harbor commissioner, said that the vote would take place next month.</p>
</article>
</body></html>
"""


def test_html_is_parsed_never_fetched(no_network, tmp_path):
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    article = tk.read_article(path, published="2023-10-04")
    assert "We need more time to read the report" in article.text
    assert "document.write" not in article.text and "tracker.js" not in article.text
    quotes = tk.extract_quotes(article)
    assert any(q.speaker == "Dana Whitcombe" for q in quotes)
    assert no_network == []


def test_analyze_over_html_files_makes_no_connection(no_network, tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"story{i}.html").write_text(PAGE, encoding="utf-8")
    result = analyze(tmp_path, progress=False)
    assert result.errors.empty, result.errors.to_dict("records")
    assert len(result.articles) == 3 and len(result.quotes) >= 3
    assert no_network == []


def _markup(view) -> str:
    for attr in ("html", "data"):
        value = getattr(view, attr, None)
        if isinstance(value, str):
            return value
    if hasattr(view, "_repr_html_"):
        return view._repr_html_()
    return str(view)


def test_highlight_escapes_script_in_the_article():
    text = ('The council met on Monday. <script>alert("owned")</script>\n\n'
            '\u201cWe will <b>never</b> <img src=x onerror=alert(1)> give up,\u201d said Dana Whitcombe.')
    article = tk.articles.make_article(text, clean=False, id="xss", published="2023-10-04")
    view = tk.highlight(article)
    markup = _markup(view)
    lowered = markup.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered and "onerror=alert" not in lowered.replace("&#x27;", "'").split("&lt;img")[0]
    assert "&lt;script&gt;" in markup and "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "<b>never</b>" not in markup
    assert "Dana Whitcombe" in markup
