"""Rich HTML display of articles with quotes and time expressions marked."""
from __future__ import annotations

__all__ = ['highlight']


def highlight(*args, **kwargs):
    """Not implemented yet: highlighting (issue 6)."""
    raise NotImplementedError("highlight is not implemented yet: highlighting (issue 6)")

