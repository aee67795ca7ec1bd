"""The ipywidgets explorer: pick speakers, a topic, a date range and a sentiment backend.

``explore(articles)`` analyses the articles once (quotes, time expressions, topics, the timeline)
and returns an :class:`~toolkit.widgets.Explorer`, an ``ipywidgets.VBox`` that shows, for the current choice:

* **Quotes**: the matching quotes with speaker, role, direct/reported, their tone (label,
  polarity and the evidence words) and the text;
* **Text**: the chosen article highlighted (:func:`toolkit.highlight`), matching quotes only;
* **Tone**: the per-speaker tone chart (:func:`toolkit.plot_sentiment_by_speaker`);
* **Timeline**: the dated events of the matching articles (:func:`toolkit.plot_timeline`); with
  speakers or a topic chosen, only the events whose clause names a chosen speaker (full name or
  surname) or is about the topic.

The controls and panels are attributes, so the callbacks can be driven without a browser::

    app = tk.explore(articles)
    app.speakers.value = ("Merrick B. Garland",)   # an empty selection means every speaker
    app.topic.value = "fentanyl"                  # or ALL_TOPICS
    app.backend.value = "textblob"
    app.status.value, app.quotes_html.value         # what the researcher now sees
    app.matches                                     # the matching Quote objects

The date range filters articles by publication date; undated articles always stay in.

ipywidgets and matplotlib are imported when ``explore`` is called, never at ``import toolkit``.
"""
from __future__ import annotations

from typing import Any

from .articles import make_article
from .model import Article

__all__ = ["explore", "ALL_TOPICS", "UNKNOWN_SPEAKER"]

ALL_TOPICS = "(all topics)"
UNKNOWN_SPEAKER = "unknown speaker"
def _as_articles(articles: Any) -> list:
    if isinstance(articles, (Article, str)):
        articles = [articles]
    out = []
    for i, a in enumerate(articles):
        if isinstance(a, Article):
            out.append(a)
        elif isinstance(a, str):
            out.append(make_article(a, id=f"text-{i}"))
        else:
            raise TypeError(f"explore() takes Articles or strings, got {type(a).__name__} at position {i}; "
                            "read files with tk.read_articles(path) first")
    if not out:
        raise ValueError("explore() needs at least one article")
    return out


def explore(articles: Any, *, backend: str = "textblob"):
    """An ipywidgets explorer of the quotes, tone and timeline of some articles.

    Args:
        articles: An :class:`~toolkit.model.Article`, a string, or a list of them (e.g. from
            :func:`toolkit.read_articles`).
        backend: The sentiment backend shown first (one of :func:`toolkit.sentiment_backends`).

    Returns:
        An :class:`~toolkit.widgets.Explorer` (an ``ipywidgets.VBox``); display it as a notebook cell's last line. Its
        controls (``speakers``, ``topic``, ``dates``, ``backend``, ``article``) and panels
        (``status``, ``quotes_html``, ``text_html``, ``tone_html``, ``timeline_html``) are
        attributes, and ``matches`` holds the quotes of the current selection.

    Raises:
        TypeError: Something other than Articles or strings was given.
        ValueError: No articles, or an unknown backend.
    """
    from .widgets import Explorer  # imports ipywidgets: only when an explorer is asked for

    return Explorer(_as_articles(articles), backend)
