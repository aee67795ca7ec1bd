"""Matplotlib figures. Only display layers import matplotlib; analysis modules never do."""
from .sentiment import plot_sentiment_by_speaker
from .timeline import plot_timeline

__all__ = ["plot_sentiment_by_speaker", "plot_timeline"]
