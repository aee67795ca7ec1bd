"""The ipywidgets explorer."""
from __future__ import annotations

__all__ = ['explore']


def explore(*args, **kwargs):
    """Not implemented yet: the explorer widget (issue 6)."""
    raise NotImplementedError("explore is not implemented yet: the explorer widget (issue 6)")

