"""Tone: the sentiment of a text or toward a target, and tone by speaker.

A package, not a module named ``sentiment``, so that ``tk.sentiment`` (the function) shadows no
module.

* :mod:`toolkit.tone.backends`: :func:`sentiment` and the offline backends (TextBlob's lexicon,
  the trained "news" model, VADER and AFINN when installed).
* :mod:`toolkit.tone.pattern`: tokens, name masking and the fast re-implementation of TextBlob's
  pattern scoring.
* :mod:`toolkit.tone.news_model`: the features and weights of the "news" backend.
* :mod:`toolkit.tone.speakers`: each quote scored with its speaker's name masked, and the
  per-speaker table with bootstrap intervals.

Example:
    >>> import toolkit as tk
    >>> s = tk.sentiment("The talks were a great success.")
    >>> s.label, s.evidence
    (1, (('great', 0.8), ('success', 0.3)))
"""
from __future__ import annotations

from ..columns import BY_SPEAKER_COLUMNS, SCORED_QUOTE_COLUMNS
from .backends import sentiment, sentiment_backends
from .speakers import MIN_QUOTES, UNKNOWN_SPEAKER, quote_tones, score_quotes, sentiment_by_speaker, speaker_table

__all__ = [
    "sentiment",
    "sentiment_backends",
    "sentiment_by_speaker",
    "quote_tones",
    "score_quotes",
    "speaker_table",
    "BY_SPEAKER_COLUMNS",
    "SCORED_QUOTE_COLUMNS",
    "MIN_QUOTES",
    "UNKNOWN_SPEAKER",
]
