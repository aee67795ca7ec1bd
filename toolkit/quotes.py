"""Quote attribution: direct and reported speech with speakers and offsets."""
from __future__ import annotations

__all__ = ['extract_quotes', 'quotes_frame']


def extract_quotes(*args, **kwargs):
    """Not implemented yet: quote attribution (issue 3)."""
    raise NotImplementedError("extract_quotes is not implemented yet: quote attribution (issue 3)")


def quotes_frame(*args, **kwargs):
    """Not implemented yet: quote attribution (issue 3)."""
    raise NotImplementedError("quotes_frame is not implemented yet: quote attribution (issue 3)")

