"""Bring your own coverage: fetch news pages from URLs, URL lists, Media Cloud and GDELT exports.

Example:
    >>> from toolkit.fetch import fetch_articles
    >>> result = fetch_articles("gdelt_export.json", cache="pages/")   # doctest: +SKIP
    >>> result.articles[0].outlet, result.errors_frame()                # doctest: +SKIP

Politely: robots.txt honoured, at most ``per_host`` requests at a time to one host and ``delay``
seconds between them, timeouts, retries with backoff on 429 and 5xx, a User-Agent naming the
toolkit. Pages are kept in a disk cache so that a second run fetches nothing it already has;
``offline=True`` reads the cache only. httpx, trafilatura and platformdirs are imported when a
fetch happens, not with this package.

Modules: ``client`` (polite HTTP), ``cache`` (pages on disk), ``pages`` (HTML -> Article),
``exports`` (URL lists and exports -> records), ``fetcher`` (the entry points).
"""
from .cache import PageCache, default_cache_dir
from .client import DEFAULT_USER_AGENT, Politeness
from .exports import RECORD_FIELDS, is_url, looks_like_url_source, read_url_source
from .fetcher import ERROR_COLUMNS, OFFLINE_VARIABLE, FetchError, FetchResult, fetch_articles, is_offline, iter_fetch

__all__ = [
    "DEFAULT_USER_AGENT",
    "ERROR_COLUMNS",
    "FetchError",
    "FetchResult",
    "OFFLINE_VARIABLE",
    "PageCache",
    "Politeness",
    "RECORD_FIELDS",
    "default_cache_dir",
    "fetch_articles",
    "is_offline",
    "is_url",
    "iter_fetch",
    "looks_like_url_source",
    "read_url_source",
]
