"""Timeline plot (matplotlib)."""
from __future__ import annotations

__all__ = ['plot_timeline']


def plot_timeline(*args, **kwargs):
    """Not implemented yet: the timeline plot (issue 5)."""
    raise NotImplementedError("plot_timeline is not implemented yet: the timeline plot (issue 5)")

