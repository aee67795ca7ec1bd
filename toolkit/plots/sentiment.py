"""Sentiment-by-speaker plot (matplotlib)."""
from __future__ import annotations

__all__ = ['plot_sentiment_by_speaker']


def plot_sentiment_by_speaker(*args, **kwargs):
    """Not implemented yet: the sentiment plot (issue 4)."""
    raise NotImplementedError("plot_sentiment_by_speaker is not implemented yet: the sentiment plot (issue 4)")

