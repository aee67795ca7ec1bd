"""Shared fixtures. Tests that need the annotated data in ../shared skip when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the repository, or skip the test with the reason."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"annotated data not found at {data}: these tests need ../shared beside the checkout")
    return data


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """``../shared/eval`` (the reference scorers), or skip the test with the reason."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip(f"reference scorers not found at {path}: these tests need ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def seed():
    """The seed article."""
    import toolkit as tk

    return tk.load_seed()
