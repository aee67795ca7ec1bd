"""toolkit: quote attribution, sentiment by speaker and timelines for news coverage research.

One line gets a result::

    import toolkit as tk
    quotes = tk.extract_quotes(tk.load_seed())

Every result carries character offsets into the article text; tables are pandas DataFrames.
Matplotlib and ipywidgets are imported only when a plot or widget is asked for.
"""
from .analysis import Analysis, analyze
from .articles import InputError, iter_articles, load_seed, read_article, read_articles
from .coverage import coverage_list, load_coverage
from .display import highlight
from .explorer import explore
from .model import Article, Quote, Sentiment, Timex
from .people import add_people, people
from .plots import plot_sentiment_by_speaker, plot_timeline, plot_voices
from .quotes import extract_quotes, quotes_frame
from .reuse import quote_reuse
from .tone import score_quotes, sentiment, sentiment_backends, sentiment_by_speaker
from .text import paragraphs, sentences
from .timeline import build_timeline, event_quotes
from .timexes import find_timexes
from .topics import default_topics, tag_topics
from .voices import voices

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "InputError",
    "Quote",
    "Sentiment",
    "Timex",
    "add_people",
    "analyze",
    "build_timeline",
    "event_quotes",
    "coverage_list",
    "default_topics",
    "explore",
    "extract_quotes",
    "find_timexes",
    "highlight",
    "iter_articles",
    "load_coverage",
    "load_seed",
    "paragraphs",
    "people",
    "plot_sentiment_by_speaker",
    "plot_timeline",
    "plot_voices",
    "quote_reuse",
    "quotes_frame",
    "read_article",
    "read_articles",
    "score_quotes",
    "sentences",
    "sentiment",
    "sentiment_backends",
    "sentiment_by_speaker",
    "tag_topics",
    "voices",
]
