"""Time expressions: find and normalise them against the publication date."""
from __future__ import annotations

__all__ = ['find_timexes']


def find_timexes(*args, **kwargs):
    """Not implemented yet: time expressions (issue 5)."""
    raise NotImplementedError("find_timexes is not implemented yet: time expressions (issue 5)")

