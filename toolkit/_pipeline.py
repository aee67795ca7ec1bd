"""The per-article work of a corpus run, as plain module-level functions.

Everything here is picklable and returns plain data (dicts, lists, strings, numbers, dates), so
the same function runs in the calling process, in a ``ProcessPoolExecutor`` worker or in a Dask
task, and the results are identical wherever it ran.

* :func:`analyze_item` turns one input item (an Article, a text, a record, bytes, a path, or
  anything else) into a result dict. It never raises for a bad item: a failure becomes
  ``result["error"]`` naming the stage, the exception type, its message and where it was raised.
* :func:`analyze_items` does the same for a list of items (one chunk, one task, one partition).

The tables are assembled from these results by :mod:`toolkit.analysis`.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import operator
import os
import traceback
from pathlib import Path
from typing import Any, Iterator, Optional

from .articles import looks_like_path, make_article, read_article
from .columns import QUOTE_COLUMNS, TEXT_FIELDS
from .errors import InputError
from .model import Article
from .quotes import extract_quotes
from .timeline import timeline_events
from .tone import quote_tones
from .tone.backends import DEFAULT_BACKEND

__all__ = ["analyze_item", "analyze_items", "error_info", "frame_records", "to_article"]



# ---------------------------------------------------------------------------------------------
# Inputs

def to_article(item: Any, published: Optional[_dt.date] = None) -> Article:
    """Turn one input item into an Article.

    Accepted items:

    * an :class:`~toolkit.model.Article`, used as it is;
    * a ``str``: the article text itself, analysed exactly as given (not cleaned, so offsets
      index the string); its id is a hash of the text, as for ``make_article``. A string that
      looks like a path (see :func:`toolkit.articles.looks_like_path`) is read as that file,
      and is an error naming it when there is no such file;
    * ``bytes``: UTF-8 text (a byte order mark is allowed), then as a ``str``;
    * a ``dict`` record with a ``text`` field (or ``body``/``content``/``article``) and optional
      ``id``, ``title``, ``outlet``, ``published`` ..., cleaned like a line of a .jsonl file;
    * an ``os.PathLike`` (``pathlib.Path``): read with ``tk.read_article``.

    Args:
        item: The item.
        published: Publication date for an article that has none.

    Returns:
        The Article.

    Raises:
        TypeError: Anything else (None, numbers, lists ...), naming the type.
        FileNotFoundError: A path (or a string that looks like one) names no file.
        UnicodeDecodeError: Bytes that are not UTF-8.
        ValueError: A record without text, or a malformed field (``InputError``).
    """
    if isinstance(item, Article):
        article = item
    elif isinstance(item, str) and looks_like_path(item):
        article = read_article(Path(item))
    elif isinstance(item, str):
        article = make_article(item, clean=False)
    elif isinstance(item, (bytes, bytearray)):
        article = make_article(bytes(item).decode("utf-8-sig"), clean=False)
    elif isinstance(item, dict):
        record = {str(k): v for k, v in item.items()}
        key = next((k for k in TEXT_FIELDS if k in record), None)
        if key is None:
            raise InputError(f"the record has no 'text' field (fields: {', '.join(record) or 'none'})")
        text = record.pop(key)
        for other in TEXT_FIELDS:
            record.pop(other, None)
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8-sig")
        record = {k: v for k, v in record.items() if not _missing(v)}
        article = make_article(text, where=str(record.get("source") or record.get("id") or "record"), **record)
    elif isinstance(item, os.PathLike):
        article = read_article(item)
    else:
        raise TypeError(f"cannot analyse an item of type {type(item).__name__}: give an Article, a str "
                        "(the text), bytes (UTF-8), a dict record with 'text', or a pathlib.Path")
    if not isinstance(article.text, str):
        raise TypeError(f"the article text is a {type(article.text).__name__}, not a str")
    if published is not None and article.published is None:
        article = dataclasses.replace(article, published=published)
    return article


def frame_records(frame: Any) -> Iterator[dict]:
    """The rows of a pandas DataFrame as records, lazily; a row without an id is named by its index
    label (``row7``), so a Dask partition of the same frame gives the same ids."""
    columns = [str(c) for c in frame.columns]
    for label, *values in frame.itertuples(index=True, name=None):
        record = dict(zip(columns, values))
        if _missing(record.get("id")):
            record["id"] = f"row{label}"
        if _missing(record.get("source")):
            record["source"] = f"DataFrame row {label}"
        yield record


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


# ---------------------------------------------------------------------------------------------
# One article, many articles

def analyze_item(item: Any, published: Optional[_dt.date] = None, backend: str = DEFAULT_BACKEND) -> dict:
    """Analyse one item: its quotes with the tone of each, and its dated events.

    Args:
        item: An Article, text, bytes, record or path (see :func:`to_article`).
        published: Publication date for articles that have none.
        backend: The tone backend (one of ``tk.sentiment_backends()``).

    Returns:
        A dict of plain data: ``article`` (id, source, outlet, published, title, words),
        ``quotes`` (rows), ``timeline`` (rows of ``timeline_events``) and ``error`` (None, or a
        dict with ``stage``, ``error``, ``message`` and ``location``). An article either
        completes (``error`` None, all its rows) or fails as a whole (``error`` set, no rows), so
        no partial result is mistaken for a complete one.
    """
    return analyze_items([item], published, backend)[0]


def analyze_items(items: list, published: Optional[_dt.date] = None, backend: str = DEFAULT_BACKEND) -> list:
    """Analyse a list of items (one chunk, task or partition), in order; see :func:`analyze_item`.

    Quotes and time expressions are found article by article; the tone of all the chunk's quotes
    is then scored in one call (``toolkit.tone.quote_tones``: as ``score_quotes`` scores it,
    the speaker's name masked), and only if that call fails is each article scored on its own, to
    find the one that fails.
    The results are the same whatever the chunking.
    """
    results = []
    pending = []  # (result, article, quotes) awaiting their tone
    for item in items:
        result, article, quotes = _find(item, published)
        results.append(result)
        if result["error"] is None:
            pending.append((result, article, quotes))
    if pending:
        try:
            tones = _tones([q for _, _, quotes in pending for q in quotes], backend)
        except Exception:  # noqa: BLE001 - find the article(s) that fail, score the others
            tones = None
        if tones is None:
            for result, article, quotes in pending:
                try:
                    _attach(result, article, quotes, _tones(quotes, backend))
                except Exception as exc:  # noqa: BLE001
                    _fail(result, "tone", exc)
        else:
            at = 0
            for result, article, quotes in pending:
                try:
                    _attach(result, article, quotes, tones[at:at + len(quotes)])
                except Exception as exc:  # noqa: BLE001 - e.g. a tone that is not a number
                    _fail(result, "tone", exc)
                at += len(quotes)
    return results


def _find(item: Any, published: Optional[_dt.date]) -> tuple:
    info = {"id": None, "source": None, "outlet": None, "published": None, "title": None, "words": 0}
    result = {"article": info, "quotes": [], "timeline": [], "error": None}
    stage = "input"
    try:
        article = to_article(item, published)
        info.update(id=_str(article.id), source=_str(article.source), outlet=_str(article.outlet),
                    published=article.published, title=_str(article.title), words=len(article.text.split()))
        stage = "quotes"
        quotes = extract_quotes(article, published=article.published)
        stage = "timeline"
        result["timeline"] = _timeline_rows(article)
    except Exception as exc:  # noqa: BLE001 - every failure becomes an errors row
        if stage == "input" and isinstance(item, dict):
            info.update(id=_str(item.get("id")), source=_str(item.get("source")))
        _fail(result, stage, exc)
        return result, None, []
    return result, article, quotes


def _fail(result: dict, stage: str, exc: BaseException) -> None:
    result["quotes"], result["timeline"] = [], []
    result["error"] = error_info(stage, exc)


def _tones(quotes: list, backend: str = DEFAULT_BACKEND) -> list:
    """(polarity, subjectivity, label, evidence, topics) of each quote, scored by ``backend`` as
    ``sentiment_by_speaker`` scores them."""
    if not quotes:
        return []
    tones = quote_tones(quotes, backend=backend)
    if len(tones) != len(quotes):
        raise RuntimeError(f"quote_tones returned {len(tones)} rows for {len(quotes)} quotes")
    return tones


def _attach(result: dict, article: Article, quotes: list, tones: list) -> None:
    meta = {"outlet": article.outlet, "published": article.published, "title": article.title}
    rows = []
    for q, (polarity, subjectivity, label, evidence, topics) in zip(quotes, tones):
        try:
            row = dict(zip(QUOTE_COLUMNS, _quote_values(q)))
        except AttributeError:  # not a Quote: what it has
            row = {f: getattr(q, f, None) for f in QUOTE_COLUMNS}
        row["polarity"] = float(polarity)
        row["subjectivity"] = None if _missing(subjectivity) else float(subjectivity)
        row["label"] = int(label)
        row["evidence"] = tuple(evidence) if evidence is not None else ()
        row["topics"] = tuple(topics) if topics is not None else ()
        row.update(meta)
        rows.append(row)
    result["quotes"] = rows


_quote_values = operator.attrgetter(*QUOTE_COLUMNS)


def _timeline_rows(article: Article) -> list:
    plain = _PLAIN_TYPES
    return [{k if type(k) is str else str(k): v if type(v) in plain else _plain(v) for k, v in row.items()}
            for row in timeline_events(article)]


# Values _plain returns as they are (exact types: a subclass such as pandas' Timestamp, a
# datetime, goes through _plain).
_PLAIN_TYPES = frozenset({type(None), str, bool, int, float, tuple, list})


def _str(value: Any) -> Optional[str]:
    return None if _missing(value) else str(value)


def error_info(stage: str, exc: BaseException) -> dict:
    """An ``errors`` row's fields for an exception: the stage, its type, its message (cut at 500
    characters) and where it was raised (file, line and function)."""
    frames = traceback.extract_tb(exc.__traceback__)
    location = None
    if frames:
        last = frames[-1]
        location = f"{os.path.basename(last.filename)}:{last.lineno} in {last.name}"
    message = str(exc)
    if len(message) > 500:
        message = message[:500] + "…"
    return {"stage": stage, "error": type(exc).__name__, "message": message, "location": location}


def _plain(value: Any) -> Any:
    """A value without pandas/numpy types, so results pickle small and compare equal."""
    if value is None:
        return None
    if isinstance(value, (str, bool, int, float, _dt.date, tuple, list)):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        try:
            return value.to_pydatetime()
        except ValueError:
            return None
    if hasattr(value, "item"):  # numpy scalars
        try:
            return value.item()
        except (ValueError, TypeError):
            pass
    try:
        if value != value:  # pandas NA / NaT
            return None
    except (TypeError, ValueError):
        return None
    return value
