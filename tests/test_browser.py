"""The notebooks in a real browser: JupyterLab on localhost, driven by headless Chromium.

For each notebook: open it in JupyterLab, run all cells, wait for the kernel, and assert that no
cell raised, printed a traceback, or showed "Error displaying widget". Then, in the explorer
notebook, pick a speaker and assert the explorer's view changes.

Needs Debian's ``chromium`` (``/usr/bin/chromium``) and the ``playwright`` Python package; skips
with the reason otherwise. Screenshots of failures go to ``test-artifacts/browser/`` (set
``TOOLKIT_SCREENSHOTS=1`` to keep them for passing notebooks too, e.g. to review how they read).
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser_helpers import (CHROMIUM, CHROMIUM_ARGS, JS_NOTEBOOK_READY, JS_RUN_ALL, JS_STATE, LabServer,
                             chromium_missing_reason, copy_notebooks)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
ARTIFACTS = ROOT / "test-artifacts" / "browser"
ALWAYS_SHOOT = os.environ.get("TOOLKIT_SCREENSHOTS") == "1"
RUN_TIMEOUT = 150  # seconds for one notebook to run all its cells in the browser

_reason = chromium_missing_reason()
pytestmark = pytest.mark.skipif(_reason is not None, reason=_reason or "")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server serving a copy of notebooks/ from a temporary directory."""
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "root"
    copy_notebooks(ROOT / "notebooks", root)
    server = LabServer(root, tmp / "state", ROOT)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser_context(lab, tmp_path_factory):
    """A headless Chromium with a fresh profile that can reach nothing but the local server."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000}, timeout=60_000)

        def local_only(route):
            host = urlparse(route.request.url).hostname
            if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", local_only)
        yield context
        context.close()


def _shoot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{Path(name).stem}.png"
    try:
        page.screenshot(path=str(path), full_page=True, timeout=15_000)
    except Exception:  # a screenshot must never hide the real failure
        pass
    return path


def _open_and_run(page, lab, name: str) -> dict:
    """Open a notebook, run all its cells and wait until the kernel is idle again."""
    page.goto(lab.notebook_url(name), wait_until="domcontentloaded", timeout=60_000)
    page.wait_for_function(JS_NOTEBOOK_READY, arg=name, timeout=90_000, polling=500)
    page.evaluate(JS_RUN_ALL)
    deadline = time.monotonic() + RUN_TIMEOUT
    state: dict = {}
    idle_since = None
    while time.monotonic() < deadline:
        state = page.evaluate(JS_STATE)
        if state["status"] == "idle" and state["done"] == state["code"]:
            idle_since = idle_since or time.monotonic()
            if time.monotonic() - idle_since > 1.5:  # let widget views render
                return state
        else:
            idle_since = None
        if state["errors"]:
            return state
        time.sleep(0.5)
    raise AssertionError(f"{name}: cells did not finish within {RUN_TIMEOUT}s: {state}")


def _dom_problems(page) -> list:
    problems = []
    for text in page.locator(".jp-OutputArea-output").all_inner_texts():
        if "Error displaying widget" in text or "model not found" in text:
            problems.append(text.strip()[:300])
    stderr_outputs = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    for text in stderr_outputs.all_inner_texts():
        if "Traceback" in text:
            problems.append(text.strip()[:500])
    return problems


def _close(page) -> None:
    try:
        page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")
    except Exception:
        pass
    page.close()


def test_lab_is_set_up_to_make_no_network_calls(lab):
    """No news feed, no update check, no PyPI extension manager."""
    import json
    import urllib.request

    def get(path):
        with urllib.request.urlopen(f"{lab.url}{path}?token={lab.token}", timeout=30) as r:
            return json.loads(r.read())

    assert get("/lab/api/news") == {"news": []}
    assert get("/lab/api/update") == {"notification": None}
    assert "Extension Manager is 'readonly'" in lab.log(tail=None)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(lab, browser_context, name):
    page = browser_context.new_page()
    try:
        state = _open_and_run(page, lab, name)
        assert not state["errors"], f"{name}: {state['errors']}"
        assert state["code"] > 0 and state["done"] == state["code"], state
        problems = _dom_problems(page)
        assert not problems, f"{name}: {problems}"
        if name.startswith("05_"):
            widgets = page.locator(".tk-explorer")
            assert widgets.count() >= 1, "the explorer widget did not render"
            failed = page.locator(".tk-explorer .tk-error").all_inner_texts()
            assert not failed, f"explorer panels failed: {failed}"
        if ALWAYS_SHOOT:
            _shoot(page, name)
    except BaseException:
        print(f"screenshot: {_shoot(page, name)}\njupyterlab log tail:\n{lab.log()[-2000:]}")
        raise
    finally:
        _close(page)


def test_explorer_responds_in_the_browser(lab, browser_context):
    name = next((n for n in NOTEBOOKS if n.startswith("05_")), None)
    if name is None:
        pytest.fail("notebooks/05_explorer.ipynb is missing")
    page = browser_context.new_page()
    try:
        state = _open_and_run(page, lab, name)
        assert not state["errors"], state["errors"]
        app = page.locator(".tk-explorer").first
        app.wait_for(state="visible", timeout=30_000)
        app.scroll_into_view_if_needed()
        status = app.locator(".tk-status")
        quotes = app.locator(".tk-quotes")
        before_status, before_quotes = (" ".join(x.inner_text().split()) for x in (status, quotes))
        select = app.locator(".tk-speakers select")
        options = [o for o in select.locator("option").all_inner_texts() if o.strip()]
        assert len(options) >= 2, f"the explorer lists too few speakers: {options}"
        speaker = options[1]  # not the first: the view must change whatever the default shows
        select.select_option(label=speaker)
        name_only = " ".join(speaker.split()).rsplit(" (", 1)[0]  # option labels use no-break spaces
        deadline = time.monotonic() + 30
        while True:  # the kernel answers through the widget comm; the panels update one by one
            after_status, after_quotes = (" ".join(x.inner_text().split()) for x in (status, quotes))
            if after_status != before_status and after_quotes != before_quotes and name_only in after_status:
                break
            assert time.monotonic() < deadline, (
                f"the explorer did not respond to picking {speaker!r}: status {after_status!r}")
            time.sleep(0.3)
        assert name_only in after_quotes
        assert app.locator(".tk-error").count() == 0, app.locator(".tk-error").all_inner_texts()
        assert "of" in after_status and after_status.split(" of ")[0] != before_status.split(" of ")[0]
        assert not _dom_problems(page)
        if ALWAYS_SHOOT:
            _shoot(page, "05_explorer_after_pick")
    except BaseException:
        print(f"screenshot: {_shoot(page, '05_explorer_interaction')}\njupyterlab log tail:\n{lab.log()[-2000:]}")
        raise
    finally:
        _close(page)
