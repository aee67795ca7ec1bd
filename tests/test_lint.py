"""The code base is clean under ruff (configured in pyproject.toml), so CI runs the linter too."""
import shutil
import subprocess
import sys

import pytest


def test_ruff_finds_nothing(repo_root):
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.skip("ruff is not installed (`pip install -e '.[test]'` installs it)")
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."],
                         cwd=repo_root, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]
