"""Polite HTTP fetching: robots.txt, a per-host limit and delay, timeouts, retries with backoff.

One ``httpx.Client`` is shared by the worker threads (threads, not asyncio, because a notebook
already runs an event loop). For each host:

- at most ``per_host`` requests are in flight, and request starts are ``delay`` seconds apart;
- robots.txt is read once (through the same limits) and every URL, including each redirect
  target, is checked against it. As RFC 9309 asks, a robots.txt that answers 4xx allows
  everything, one that cannot be read (5xx, timeout, refused) refuses everything. Its
  ``Crawl-delay`` lengthens ``delay`` for the host (up to ``CRAWL_DELAY_CAP`` seconds);
- 429 and 5xx answers, and failed connections, are retried ``retries`` times with exponential
  backoff, waiting at least what ``Retry-After`` asks (up to ``RETRY_AFTER_CAP`` seconds). A timeout
  is not retried: the page has already cost ``timeout`` seconds.

Every failure is raised as :class:`FetchFailure`, which names the stage and the reason.
"""
from __future__ import annotations

import email.utils
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

__all__ = ["CRAWL_DELAY_CAP", "DEFAULT_USER_AGENT", "FetchFailure", "Page", "Politeness", "PoliteClient",
           "RETRY_AFTER_CAP"]

DEFAULT_USER_AGENT = "news-toolkit/0.1 (research library for news coverage analysis; +https://pypi.org/project/news-toolkit/)"
#: The longest a ``Retry-After`` answer makes us wait, in seconds.
RETRY_AFTER_CAP = 60.0
#: The longest ``Crawl-delay`` of a robots.txt that is honoured, in seconds.
CRAWL_DELAY_CAP = 30.0
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchFailure(Exception):
    """A URL that could not be fetched: the stage, a short error name, the reason, the HTTP status."""

    def __init__(self, stage: str, error: str, reason: str, status: Optional[int] = None):
        super().__init__(reason)
        self.stage, self.error, self.reason, self.status = stage, error, reason, status


@dataclass(frozen=True)
class Politeness:
    """How gently to fetch.

    Attributes:
        per_host: Most requests in flight to one host at a time.
        delay: Seconds between the starts of two requests to one host.
        timeout: Seconds to wait for a connection or for the next bytes of an answer.
        retries: Further attempts after a 429, a 5xx or a failed connection.
        backoff: Seconds before the first retry; doubled for each further one.
        max_bytes: Largest page read; a larger one is a failure.
        user_agent: The User-Agent header, also the name robots.txt rules are matched against.
    """

    per_host: int = 2
    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_bytes: int = 5_000_000
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class Page:
    """An HTML page as fetched (or read back from the cache).

    Attributes:
        url: The URL asked for.
        final_url: The URL after redirects.
        status: The HTTP status of the final answer.
        headers: ``(name, value)`` pairs, names in lower case.
        body: The raw bytes.
    """

    url: str
    final_url: str
    status: int
    headers: tuple
    body: bytes

    def header(self, name: str) -> Optional[str]:
        """The first value of header ``name`` (any case), or None."""
        name = name.lower()
        return next((v for k, v in self.headers if k == name), None)


class _HostGate:
    """At most ``per_host`` requests in flight to one host, starts ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float):
        self._slots = threading.BoundedSemaphore(max(1, per_host))
        self._lock = threading.Lock()
        self._next_start = 0.0
        self.delay = delay

    def slow_down(self, delay: float) -> None:
        """Space the starts at least ``delay`` seconds apart from now on, the next one included."""
        with self._lock:
            if delay > self.delay:
                self._next_start += delay - self.delay
                self.delay = delay

    @contextmanager
    def turn(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self.delay
            time.sleep(start - now)
            yield


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _retry_wait(response, attempt: int, backoff: float) -> float:
    wait = backoff * 2 ** attempt
    asked = response.headers.get("retry-after")
    if asked:
        try:
            seconds = float(asked)
        except ValueError:
            when = email.utils.parsedate_to_datetime(asked)
            seconds = when.timestamp() - time.time() if when else 0.0
        wait = max(wait, min(seconds, RETRY_AFTER_CAP))
    return wait


class PoliteClient:
    """Fetches HTML pages politely from many threads at once; close it (or use ``with``) after."""

    def __init__(self, politeness: Politeness = Politeness()):
        import httpx

        self._httpx = httpx
        self.politeness = politeness
        self._http = httpx.Client(timeout=politeness.timeout, follow_redirects=False,
                                  headers={"User-Agent": politeness.user_agent})
        self._lock = threading.Lock()
        self._gates: dict = {}
        self._robots: dict = {}
        self._robots_locks: dict = {}

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def get(self, url: str) -> Page:
        """Fetch an HTML page, following redirects, each hop checked against robots.txt.

        Raises:
            FetchFailure: The page is refused by robots.txt, unreachable, an HTTP error, not HTML
                or larger than ``max_bytes``.
        """
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            self._check_robots(current)
            status, headers, body = self._request(current)
            if status in _REDIRECT_STATUSES:
                location = dict(headers).get("location")
                if not location:
                    raise FetchFailure("fetch", "HTTPError", f"HTTP {status} redirect without a Location", status)
                current = urljoin(current, location)
                continue
            return Page(url=url, final_url=current, status=status, headers=headers, body=body)
        raise FetchFailure("fetch", "TooManyRedirects", f"more than {_MAX_REDIRECTS} redirects", None)

    # -- per host --------------------------------------------------------------------------------

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            if host not in self._gates:
                self._gates[host] = _HostGate(self.politeness.per_host, self.politeness.delay)
            return self._gates[host]

    def _check_robots(self, url: str) -> None:
        host = _host(url)
        with self._lock:
            host_lock = self._robots_locks.setdefault(host, threading.Lock())
        with host_lock:  # one read of robots.txt per host, however many threads ask
            if host not in self._robots:
                self._robots[host] = self._read_robots(host)
                self._slow_down(host, self._robots[host])
        rules = self._robots[host]
        if isinstance(rules, FetchFailure):
            raise rules
        if not rules.can_fetch(self.politeness.user_agent, url):
            raise FetchFailure("robots", "RobotsDisallowed", f"refused by {host}/robots.txt")

    def _slow_down(self, host: str, rules) -> None:
        asked = rules.crawl_delay(self.politeness.user_agent) if isinstance(rules, RobotFileParser) else None
        if asked:
            self._gate(host).slow_down(min(float(asked), CRAWL_DELAY_CAP))

    def _read_robots(self, host: str):
        """The host's rules, or the FetchFailure every URL of the host gets when they cannot be read."""
        try:
            with self._gate(host).turn():
                response = self._http.get(host + "/robots.txt", follow_redirects=True)
        except self._httpx.TimeoutException:
            return FetchFailure("fetch", "Timeout", f"{host} gave no answer within {self.politeness.timeout:g} s")
        except self._httpx.HTTPError as exc:
            return FetchFailure("fetch", "NetworkError", f"could not reach {host}: {exc}")
        if response.status_code >= 500:
            return FetchFailure("robots", "RobotsUnreadable", f"{host}/robots.txt answered HTTP "
                                f"{response.status_code}; as RFC 9309 asks, nothing on the site is fetched")
        rules = RobotFileParser()
        # a 4xx means there is no robots.txt: everything is allowed
        rules.parse(response.text.splitlines() if response.status_code < 400 else [])
        return rules

    # -- one URL -------------------------------------------------------------------------------

    def _request(self, url: str) -> tuple:
        """``(status, headers, body)`` of one URL (no redirect followed), retrying 429/5xx."""
        polite = self.politeness
        for attempt in range(polite.retries + 1):
            try:
                with self._gate(_host(url)).turn():
                    with self._http.stream("GET", url) as response:
                        if response.status_code in _RETRY_STATUSES and attempt < polite.retries:
                            wait = _retry_wait(response, attempt, polite.backoff)
                        else:
                            return self._read(response)
            except self._httpx.TimeoutException:
                raise FetchFailure("fetch", "Timeout", f"no answer within {polite.timeout:g} s") from None
            except (self._httpx.ConnectError, self._httpx.RemoteProtocolError) as exc:
                if attempt >= polite.retries:
                    raise FetchFailure("fetch", "NetworkError", f"could not connect: {exc}") from None
                wait = polite.backoff * 2 ** attempt
            except (self._httpx.InvalidURL, self._httpx.UnsupportedProtocol) as exc:
                raise FetchFailure("input", "InvalidURL", f"not a URL that can be fetched: {exc}") from None
            except self._httpx.HTTPError as exc:
                raise FetchFailure("fetch", "NetworkError", f"{type(exc).__name__}: {exc}") from None
            time.sleep(wait)  # outside the host's slot, so other pages of the host go on
        raise AssertionError("unreachable")

    def _read(self, response) -> tuple:
        status = response.status_code
        headers = tuple((k.lower(), v) for k, v in response.headers.items())
        if status in _REDIRECT_STATUSES:
            return status, headers, b""
        if status >= 400:
            raise FetchFailure("fetch", "HTTPError", f"HTTP {status} {response.reason_phrase}".strip(), status)
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind and kind not in _HTML_TYPES:
            raise FetchFailure("content", "NotHTML", f"not an HTML page (Content-Type {kind})", status)
        return status, headers, self._body(response)

    def _body(self, response) -> bytes:
        limit = self.politeness.max_bytes
        too_large = FetchFailure("content", "TooLarge", f"larger than max_bytes={limit:,} bytes", response.status_code)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:  # stop reading: a missing or false Content-Length is no excuse
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)
