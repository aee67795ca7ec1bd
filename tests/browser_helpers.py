"""A JupyterLab server and a headless Chromium for the browser test (tests/test_browser.py).

The server runs on 127.0.0.1 with a random port and token, in a throw-away root directory (the
notebooks are copied there, so running them never writes outputs into the repository) with
temporary config, runtime, settings and workspace directories. It makes no network calls: news
and update checks are off and the extension manager is read-only.

Chromium is Debian's ``/usr/bin/chromium`` driven by the Python ``playwright`` package
(``executable_path``; ``playwright install`` is never needed).
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Optional

CHROMIUM = Path(os.environ.get("TOOLKIT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--no-first-run",
    "--disable-sync", "--disable-quic", "--disable-default-apps", "--disable-extensions",
    "--metrics-recording-only", "--no-default-browser-check", "--disable-features=Translate,MediaRouter",
]

# Lab settings for the test: no virtual scrolling (every cell stays in the DOM), no autosave,
# no news, no update checks.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True},
}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_missing_reason() -> Optional[str]:
    """Why the browser test cannot run here, or None when it can."""
    if not CHROMIUM.exists():
        return (f"Chromium not found at {CHROMIUM}: install Debian's chromium "
                "(`apt-get install -y chromium`; .ci/run does this)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (`pip install -e '.[test]'`)"
    try:
        import jupyterlab  # noqa: F401
    except ImportError:
        return "JupyterLab is not installed (`pip install -e '.[notebooks]'`)"
    return None


class LabServer:
    """``jupyter lab`` on localhost in a temporary workspace; use as a context manager.

    Args:
        root: Directory the server serves (notebooks are opened relative to it).
        tmp: Directory for config, runtime, settings, workspaces and logs.
        repo: The repository, put on the kernel's PYTHONPATH so ``import toolkit`` works even
            without an install.
    """

    def __init__(self, root: Path, tmp: Path, repo: Path):
        self.root, self.tmp, self.repo = Path(root), Path(tmp), Path(repo)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.proc: Optional[subprocess.Popen] = None
        self.log_path = self.tmp / "jupyterlab.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _env(self) -> dict:
        env = dict(os.environ)
        dirs = {name: self.tmp / name.lower() for name in (
            "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR",
            "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR", "MPLCONFIGDIR")}
        for name, path in dirs.items():
            path.mkdir(parents=True, exist_ok=True)
            env[name] = str(path)
        for rel, value in LAB_SETTINGS.items():
            target = dirs["JUPYTERLAB_SETTINGS_DIR"] / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(value), encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.repo), env.get("PYTHONPATH")]))
        env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        env["TOOLKIT_OFFLINE"] = "1"  # news fetching off: the notebooks fall back to the seed
        env.pop("JUPYTER_TOKEN", None)
        return env

    def start(self, timeout: float = 60) -> "LabServer":
        cmd = [
            sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
            f"--port={self.port}", "--port-retries=0", "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}",
            "--LabApp.news_url=None", "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
            "--LabApp.expose_app_in_browser=True", "--ServerApp.open_browser=False",
            "--MappingKernelManager.cull_idle_timeout=0", "--ContentsManager.allow_hidden=False",
        ]
        self.tmp.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "w", encoding="utf-8")
        self.proc = subprocess.Popen(cmd, cwd=self.root, env=self._env(), stdout=self._log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/status?token={self.token}", timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(f"jupyter lab did not answer within {timeout}s:\n{self.log()}")

    def log(self, tail: Optional[int] = 5000) -> str:
        """The server's log (its last ``tail`` characters; all of it with None)."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return text if tail is None else text[-tail:]

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:  # shut down kernels and the server cleanly
            req = urllib.request.Request(f"{self.url}/api/shutdown?token={self.token}", method="POST")
            urllib.request.urlopen(req, timeout=5).close()
            self.proc.wait(timeout=15)
        except Exception:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        finally:
            self._log.close()

    def notebook_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?token={self.token}&reset"

    def __enter__(self) -> "LabServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def copy_notebooks(src: Path, dst: Path) -> list:
    """Copy ``src/*.ipynb`` (and the data folder they read) into ``dst``; return the notebook names, sorted."""
    dst.mkdir(parents=True, exist_ok=True)
    if (Path(src) / "data").is_dir():
        shutil.copytree(Path(src) / "data", dst / "data", dirs_exist_ok=True)
    names = []
    for nb in sorted(Path(src).glob("*.ipynb")):
        shutil.copy2(nb, dst / nb.name)
        names.append(nb.name)
    return names


# JavaScript run in the page, through window.jupyterapp (LabApp.expose_app_in_browser).
JS_NOTEBOOK_READY = """(name) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return false;
  const w = app.shell.currentWidget;
  if (!w || !w.context || !w.context.path.endsWith(name) || !w.content || !w.sessionContext) return false;
  const s = w.sessionContext.session;
  return !!(w.context.isReady && s && s.kernel && s.kernel.connectionStatus === 'connected'
            && s.kernel.status === 'idle');
}"""

JS_RUN_ALL = """async () => {
  const app = window.jupyterapp;
  await app.commands.execute('notebook:run-all-cells');
  return true;
}"""

# Done when the kernel is idle and every code cell has an execution count.
JS_STATE = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const cells = w.content.model.cells;
  let code = 0, done = 0;
  const errors = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells.get(i);
    if (c.type !== 'code') continue;
    code++;
    const cj = c.toJSON();
    if (cj.execution_count) done++;
    for (const o of (cj.outputs || [])) {
      if (o.output_type === 'error') errors.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr') {
        const t = Array.isArray(o.text) ? o.text.join('') : o.text;
        if (/Traceback/.test(t)) errors.push(`cell ${i} stderr: ${t.slice(0, 500)}`);
      }
    }
  }
  const kernel = w.sessionContext.session && w.sessionContext.session.kernel;
  return {code, done, errors, status: kernel ? kernel.status : 'none'};
}"""
