"""Corpus runs: many articles, progress, errors kept."""
from __future__ import annotations

__all__ = ['analyze', 'main']


def analyze(*args, **kwargs):
    """Not implemented yet: corpus analysis (issue 7)."""
    raise NotImplementedError("analyze is not implemented yet: corpus analysis (issue 7)")


def main(argv):
    """Not implemented yet: corpus analysis (issue 7)."""
    raise NotImplementedError("python -m toolkit analyze is not implemented yet: corpus analysis (issue 7)")
