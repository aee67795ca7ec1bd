"""Fetch many URLs into Articles: the cache first, then the network, politely, in input order.

Example:
    >>> from toolkit.fetch import fetch_articles
    >>> result = fetch_articles(["https://example.org/news/1"], delay=2.0)  # doctest: +SKIP
    >>> result.articles, result.errors_frame()                                # doctest: +SKIP

Each URL gives an Article or a :class:`FetchError`; one failure never stops the others.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional, Union
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article
from .cache import PageCache, default_cache_dir
from .client import DEFAULT_USER_AGENT, FetchFailure, Politeness, PoliteClient
from .exports import is_url, read_url_source
from .pages import page_to_article

__all__ = ["FetchError", "FetchResult", "fetch_articles", "iter_fetch", "is_offline", "ERROR_COLUMNS",
           "OFFLINE_VARIABLE"]

#: The columns of :meth:`FetchResult.errors_frame`, those of ``Analysis.errors``.
ERROR_COLUMNS = ("index", "id", "source", "stage", "error", "message", "location", "status")
_MAX_WORKERS = 16
#: Set to "1" to turn fetching off everywhere (the cache is still read).
OFFLINE_VARIABLE = "TOOLKIT_OFFLINE"


@dataclass(frozen=True)
class FetchError:
    """A URL that gave no article.

    Attributes:
        url: The URL asked for.
        stage: Where it failed: "input" (not an http(s) URL), "offline" (not cached and offline
            mode), "robots" (refused by robots.txt), "fetch" (HTTP error, timeout, no connection),
            "content" (not HTML, too large), "extract" (no article text on the page), "metadata"
            (a date the input gives cannot be read).
        reason: What happened, in words, e.g. "HTTP 404 Not Found".
        status: The HTTP status, when there was an answer.
        error: A short name of the failure ("HTTPError", "Timeout", "RobotsDisallowed", ...).
        index: Position of the URL in the input.
        location: Where the URL was listed ("coverage.csv line 4").
    """

    url: str
    stage: str
    reason: str
    status: Optional[int] = None
    error: str = "FetchError"
    index: Optional[int] = None
    location: Optional[str] = None

    def __str__(self) -> str:
        return f"{self.url}: {self.stage}: {self.reason}"

    def as_row(self) -> dict:
        """The failure as a row of ``Analysis.errors`` (columns ``ERROR_COLUMNS``)."""
        return {"index": self.index, "id": None, "source": self.url, "stage": self.stage, "error": self.error,
                "message": self.reason, "location": self.location, "status": self.status}


@dataclass(frozen=True)
class FetchResult:
    """What a fetch gave: the articles and the failures, each in input order.

    Attributes:
        articles: The pages that loaded, as Articles.
        errors: One FetchError per URL that did not.
    """

    articles: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every URL gave an article."""
        return not self.errors

    def errors_frame(self):
        """The failures as a DataFrame with the columns of ``ERROR_COLUMNS``."""
        import pandas as pd

        return pd.DataFrame([e.as_row() for e in self.errors], columns=list(ERROR_COLUMNS))

    def articles_frame(self):
        """The articles' metadata as a DataFrame: id, url, outlet, published, title, words, and meta keys."""
        import pandas as pd

        rows = [{"id": a.id, "url": a.url, "outlet": a.outlet, "published": a.published, "title": a.title,
                 "words": len(a.text.split()), **a.metadata} for a in self.articles]
        return pd.DataFrame(rows)

    def _repr_html_(self) -> str:
        head = f"<p><strong>Fetched</strong>: {len(self.articles)} articles, {len(self.errors)} errors</p>"
        if not self.errors:
            return head
        return head + self.errors_frame().to_html(index=False, escape=True)

    def __repr__(self) -> str:
        return f"FetchResult({len(self.articles)} articles, {len(self.errors)} errors)"


def is_offline(offline: Optional[bool] = None) -> bool:
    """Whether fetching is off: ``offline`` if given, else the environment variable TOOLKIT_OFFLINE."""
    if offline is not None:
        return bool(offline)
    return os.environ.get(OFFLINE_VARIABLE, "").strip().lower() in ("1", "true", "yes", "on")


def _cache(cache: Any) -> Optional[PageCache]:
    if cache is False:
        return None
    if isinstance(cache, PageCache):
        return cache
    return PageCache(default_cache_dir() if cache is None or cache is True else cache)


def _one(index: int, record: dict, client: Optional[PoliteClient],
         cache: Optional[PageCache]) -> Union[Article, FetchError]:
    url = str(record.get("url") or "").strip()

    def failed(stage, error, reason, status=None):
        return FetchError(url, stage, reason, status, error, index, record.get("where"))

    if not is_url(url):
        return failed("input", "InvalidURL", f"not an http(s) URL: {url!r}")
    try:
        page = cache.get(url) if cache is not None else None
        if page is None:
            if client is None:
                where = f" at {cache.folder}" if cache is not None else ""
                return failed("offline", "Offline", f"not in the cache{where}; fetching it needs a network "
                                                    "(offline=True reads the cache only)")
            page = client.get(url)
            if cache is not None:
                cache.put(page)
        return page_to_article(page, {**record, "url": url})
    except FetchFailure as exc:
        return failed(exc.stage, exc.error, exc.reason, exc.status)
    except InputError as exc:  # a date or field the record gives that cannot be read
        return failed("metadata", type(exc).__name__, str(exc))


def iter_fetch(source: Any, *, cache: Any = None, offline: Optional[bool] = None, progress: bool = True,
               per_host: int = 2, delay: float = 1.0, timeout: float = 20.0, retries: int = 3,
               backoff: float = 1.0, max_bytes: int = 5_000_000,
               user_agent: Optional[str] = None) -> Iterator[Union[Article, FetchError]]:
    """Fetch URLs and yield, in input order, an Article or a FetchError for each.

    Args:
        source: URLs to fetch: one URL, a list of URLs or of dicts with a ``url`` key, a path to a
            URL list / CSV / TSV / JSONL / JSON / Media Cloud / GDELT export, or a DataFrame with a
            ``url`` column (see :func:`read_url_source`). Metadata given with a URL wins over what
            is found on the page.
        cache: Folder of the page cache; None for the user's cache folder; False for no cache.
        offline: Read the cache only; a URL not cached becomes an error saying it needs a network.
            None (the default) reads the environment variable ``TOOLKIT_OFFLINE`` ("1" turns
            fetching off, as the tests do for the notebooks).
        progress: Show a progress bar.
        per_host: Most requests in flight to one host at a time.
        delay: Seconds between the starts of two requests to one host.
        timeout: Seconds to wait for a connection or for the next bytes of an answer.
        retries: Further attempts after a 429, a 5xx or a failed connection.
        backoff: Seconds before the first retry, doubled each time (``Retry-After`` is honoured).
        max_bytes: Largest page read.
        user_agent: The User-Agent; by default one that names the toolkit.

    Returns:
        An iterator of an Article or a FetchError per URL, in input order (``close()`` it to stop
        early). To know the total first, read the records with :func:`read_url_source` and pass them.

    Raises:
        InputError: The source cannot be read as URLs (e.g. a table with no url column).
    """
    records = read_url_source(source)  # here, so that bad input raises at the call, not at the first item
    polite = Politeness(per_host=per_host, delay=delay, timeout=timeout, retries=retries, backoff=backoff,
                        max_bytes=max_bytes, user_agent=user_agent or DEFAULT_USER_AGENT)
    hosts = {urlsplit(str(r.get("url") or "")).netloc for r in records}
    workers = max(1, min(_MAX_WORKERS, per_host * len(hosts)))
    return _fetch_in_order(records, None if is_offline(offline) else polite, _cache(cache), workers, progress)


def _fetch_in_order(records: list, polite: Optional[Politeness], store: Optional[PageCache], workers: int,
                    progress: bool) -> Iterator[Union[Article, FetchError]]:
    client = None if polite is None else PoliteClient(polite)
    bar = _progress(len(records), progress)
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")
    try:
        pending: deque = deque()
        for index, record in enumerate(records):
            pending.append(pool.submit(_one, index, record, client, store))
            if len(pending) >= 4 * workers:  # bounded read-ahead; results come out in order
                yield _advance(pending.popleft().result(), bar)
        while pending:
            yield _advance(pending.popleft().result(), bar)
    finally:  # also when the caller stops early: drop what has not started
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
        if client is not None:
            client.close()


def _progress(total: int, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="page", desc="fetch", disable=not enabled, dynamic_ncols=True)


def _advance(item: Union[Article, FetchError], bar) -> Union[Article, FetchError]:
    bar.update(1)
    return item


def fetch_articles(source: Any, *, cache: Any = None, offline: Optional[bool] = None, progress: bool = True,
                   per_host: int = 2, delay: float = 1.0, timeout: float = 20.0, retries: int = 3,
                   backoff: float = 1.0, max_bytes: int = 5_000_000, user_agent: Optional[str] = None) -> FetchResult:
    """Fetch URLs into Articles; the pages that fail are listed in ``errors``.

    Takes the arguments of :func:`iter_fetch`.

    Returns:
        A FetchResult: ``articles`` and ``errors``, each in input order.
    """
    options = dict(cache=cache, offline=offline, progress=progress, per_host=per_host, delay=delay,
                   timeout=timeout, retries=retries, backoff=backoff, max_bytes=max_bytes, user_agent=user_agent)
    articles, errors = [], []
    for item in iter_fetch(source, **options):
        (errors if isinstance(item, FetchError) else articles).append(item)
    return FetchResult(articles=articles, errors=errors)
