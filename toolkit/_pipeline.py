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
import json
import math
import os
import traceback
from typing import Any, Iterator, Optional

from .model import Article

__all__ = [
    "analyze_item",
    "analyze_items",
    "frame_records",
    "to_article",
    "QUOTE_FIELDS",
    "TONE_FIELDS",
    "ARTICLE_META_FIELDS",
    "ERROR_FIELDS",
    "ARTICLE_FIELDS",
]

#: Quote attributes copied into each quote row (the columns of ``tk.quotes_frame``).
QUOTE_FIELDS = ("article_id", "paragraph", "speaker", "role", "mention", "mention_span", "cue",
                "cue_span", "text", "direct", "start", "end", "spans")
#: The tone of each quote (``tk.sentiment(quote.text)``).
TONE_FIELDS = ("polarity", "subjectivity", "label")
#: Article metadata joined to each quote and timeline row.
ARTICLE_META_FIELDS = ("outlet", "published", "title")
#: Columns of ``Analysis.errors``.
ERROR_FIELDS = ("index", "id", "source", "stage", "error", "message", "location")
#: Columns of ``Analysis.articles``.
ARTICLE_FIELDS = ("index", "id", "source", "outlet", "published", "title", "words", "quotes",
                  "timeline", "status")

_TEXT_KEYS = ("text", "body", "content", "article")


# ---------------------------------------------------------------------------------------------
# Inputs

def to_article(item: Any, published: Optional[_dt.date] = None) -> Article:
    """Turn one input item into an Article.

    Accepted items:

    * an :class:`~toolkit.model.Article`, used as it is;
    * a ``str``: the article text itself, analysed exactly as given (not cleaned, so offsets
      index the string); its id is a hash of the text, as for ``make_article``;
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
        UnicodeDecodeError: Bytes that are not UTF-8.
        ValueError: A record without text, or a malformed field (``InputError``).
    """
    from .articles import InputError, make_article, read_article

    if isinstance(item, Article):
        article = item
    elif isinstance(item, str):
        article = make_article(item, clean=False)
    elif isinstance(item, (bytes, bytearray)):
        article = make_article(bytes(item).decode("utf-8-sig"), clean=False)
    elif isinstance(item, dict):
        record = {str(k): v for k, v in item.items()}
        key = next((k for k in _TEXT_KEYS if k in record), None)
        if key is None:
            raise InputError(f"the record has no 'text' field (fields: {', '.join(record) or 'none'})")
        text = record.pop(key)
        for other in _TEXT_KEYS:
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
# One article

def analyze_item(item: Any, published: Optional[_dt.date] = None) -> dict:
    """Analyse one item: quotes with the tone of each, and the article's timeline.

    Args:
        item: An Article, text, bytes, record or path (see :func:`to_article`).
        published: Publication date for articles that have none.

    Returns:
        A dict of plain data: ``article`` (id, source, outlet, published, title, words),
        ``quotes`` (rows), ``timeline`` (rows) and ``error`` (None, or a dict with ``stage``,
        ``error``, ``message`` and ``location``). An article either completes (``error`` None,
        all its rows) or fails as a whole (``error`` set, no rows), so no partial result is
        mistaken for a complete one.
    """
    info = {"id": None, "source": None, "outlet": None, "published": None, "title": None, "words": 0}
    result = {"article": info, "quotes": [], "timeline": [], "error": None}
    stage = "input"
    try:
        article = to_article(item, published)
        info.update(id=_str(article.id), source=_str(article.source), outlet=_str(article.outlet),
                    published=article.published, title=_str(article.title), words=len(article.text.split()))
        stage = "quotes"
        quotes = _quote_rows(article)
        stage = "timeline"
        timeline = _timeline_rows(article)
    except Exception as exc:  # noqa: BLE001 - every failure becomes an errors row
        if stage == "input" and info["id"] is None and isinstance(item, dict):
            info.update(id=_str(item.get("id")), source=_str(item.get("source")))
        result["error"] = _error(stage, exc)
        return result
    result["quotes"] = quotes
    result["timeline"] = timeline
    return result


def analyze_items(items: list, published: Optional[_dt.date] = None) -> list:
    """Analyse a list of items (one chunk or partition), in order; see :func:`analyze_item`."""
    return [analyze_item(item, published) for item in items]


def _str(value: Any) -> Optional[str]:
    return None if _missing(value) else str(value)


def _error(stage: str, exc: BaseException) -> dict:
    frames = traceback.extract_tb(exc.__traceback__)
    location = None
    if frames:
        last = frames[-1]
        location = f"{os.path.basename(last.filename)}:{last.lineno} in {last.name}"
    message = str(exc)
    if len(message) > 500:
        message = message[:500] + "…"
    return {"stage": stage, "error": type(exc).__name__, "message": message, "location": location}


def _quote_rows(article: Article) -> list:
    from .quotes import extract_quotes
    from .sentiment import sentiment

    meta = {"outlet": article.outlet, "published": article.published, "title": article.title}
    rows = []
    for q in extract_quotes(article, published=article.published):
        row = {f: getattr(q, f, None) for f in QUOTE_FIELDS}
        tone = sentiment(q.text)
        row["polarity"] = float(tone.polarity)
        row["subjectivity"] = None if tone.subjectivity is None else float(tone.subjectivity)
        row["label"] = int(tone.label)
        row.update(meta)
        rows.append(row)
    return rows


def _timeline_rows(article: Article) -> list:
    from .timeline import build_timeline

    frame = build_timeline([article])
    if frame is None or len(frame) == 0:
        return []
    return [{str(k): _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


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


def dumps_span(value: Any) -> Optional[str]:
    """A span or tuple of spans as JSON (``[12, 40]``, ``[[3, 9], [20, 31]]``) for CSV/Parquet."""
    if value is None:
        return None
    return json.dumps(value)
