"""toolkit: quote attribution, sentiment by speaker and timelines for news coverage research.

One line gets a result::

    import toolkit as tk
    quotes = tk.extract_quotes(tk.load_seed())

Every result carries character offsets into the article text; tables are pandas DataFrames.
Matplotlib and ipywidgets are imported only when a plot or widget is asked for.
"""
from .analysis import Analysis, analyze
from .articles import InputError, iter_articles, load_seed, read_article, read_articles
from .display import highlight
from .explorer import explore
from .model import Article, Quote, Sentiment, Timex
from .plots import plot_sentiment_by_speaker, plot_timeline
from .quotes import extract_quotes, quotes_frame
from .tone import score_quotes, sentiment, sentiment_backends, sentiment_by_speaker
from .text import paragraphs, sentences
from .timeline import build_timeline
from .timexes import find_timexes
from .topics import default_topics, tag_topics

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "InputError",
    "Quote",
    "Sentiment",
    "Timex",
    "analyze",
    "build_timeline",
    "default_topics",
    "explore",
    "extract_quotes",
    "find_timexes",
    "highlight",
    "iter_articles",
    "load_seed",
    "paragraphs",
    "plot_sentiment_by_speaker",
    "plot_timeline",
    "quotes_frame",
    "read_article",
    "read_articles",
    "score_quotes",
    "sentences",
    "sentiment",
    "sentiment_backends",
    "sentiment_by_speaker",
    "tag_topics",
]
