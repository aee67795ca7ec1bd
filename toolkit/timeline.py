"""Timelines: dated events from the time expressions of many articles."""
from __future__ import annotations

__all__ = ['build_timeline']


def build_timeline(*args, **kwargs):
    """Not implemented yet: the timeline (issue 5)."""
    raise NotImplementedError("build_timeline is not implemented yet: the timeline (issue 5)")

