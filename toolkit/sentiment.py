"""Sentiment: tone of a text or toward a target, and tone by speaker."""
from __future__ import annotations

__all__ = ['sentiment', 'sentiment_backends', 'sentiment_by_speaker']


def sentiment(*args, **kwargs):
    """Not implemented yet: sentiment by speaker (issue 4)."""
    raise NotImplementedError("sentiment is not implemented yet: sentiment by speaker (issue 4)")


def sentiment_backends(*args, **kwargs):
    """Not implemented yet: sentiment by speaker (issue 4)."""
    raise NotImplementedError("sentiment_backends is not implemented yet: sentiment by speaker (issue 4)")


def sentiment_by_speaker(*args, **kwargs):
    """Not implemented yet: sentiment by speaker (issue 4)."""
    raise NotImplementedError("sentiment_by_speaker is not implemented yet: sentiment by speaker (issue 4)")

