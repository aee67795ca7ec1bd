"""Matplotlib figures. Only display layers import matplotlib; analysis modules never do."""
from .sentiment import plot_sentiment_by_speaker
from .timeline import plot_timeline
from .voices import plot_voices

__all__ = ["plot_sentiment_by_speaker", "plot_timeline", "plot_voices"]
