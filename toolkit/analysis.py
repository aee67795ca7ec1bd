"""Corpus runs: many articles, in chunks, on one core or several, losing none.

Example:
    >>> import toolkit as tk
    >>> result = tk.analyze(tk.read_articles("coverage/", lazy=True), workers=2)   # doctest: +SKIP
    >>> result.quotes, result.speakers, result.timeline, result.errors               # doctest: +SKIP
    >>> result.to_dir("results/")                                                    # doctest: +SKIP

What ``analyze`` accepts:

* an iterable (list, generator, ``read_articles(..., lazy=True)``) whose items are
  :class:`~toolkit.model.Article` objects, texts (``str``, analysed as given; id = hash of the
  text), UTF-8 ``bytes``, ``dict`` records with a ``text`` field (like a line of a .jsonl file)
  or ``pathlib.Path`` objects (read with ``read_article``). Any other item (None, a number, bytes
  that are not UTF-8) becomes a row of ``errors``;
* a single Article;
* a pandas DataFrame with a ``text`` column (one record a row, each row on its own so a bad row
  is an error row, not the end of the run);
* a ``str`` or ``pathlib.Path`` naming a folder, a glob or a file, read with
  ``read_articles(..., lazy=True)``. A .jsonl file is read line by line here, so a line that is
  not JSON (or not UTF-8) is an error row and the other lines are still analysed;
* http(s) URLs: one, or as items of the list, or a file listing them (one URL a line, a CSV/JSONL
  with a ``url`` column and no text column, a Media Cloud or GDELT export). They are fetched
  politely with :func:`toolkit.fetch.iter_fetch` (``cache=``, ``offline=``); a URL that gives no
  page is a row of ``errors`` (stage "fetch", "robots", "offline", ... and the reason).

In a list, a string that looks like a path (one line with a path separator and no spaces, or
ending in .txt, .html, .json, .jsonl or .csv) is read as the file(s) it names, and one that names
nothing is an error row saying so, never a two-word article.

The input is never materialised: it is consumed in chunks (``chunk_size`` articles), and each
chunk's results are kept as DataFrames or, with ``out=DIR``, appended to CSV and Parquet files so
memory stays flat however large the corpus. ``workers > 1`` runs the chunks in worker processes
(tasks of ``TASK_SIZE`` articles, a bounded number in flight) and keeps the input order, so the
tables are the same whatever the number of workers or the chunking.

The tables are those of the capability functions run over the whole corpus: ``speakers`` equals
``tk.sentiment_by_speaker(all quotes)`` (each quote's tone is scored once, in the workers, and
aggregated the same way) and ``timeline`` equals ``tk.build_timeline(articles)`` (the same events,
merged across articles and ordered by date). With ``out=DIR`` the timeline holds each article's
events unmerged (merging needs every event at once); :func:`merge_events` merges them.

Every item ends up either in ``articles`` with status "ok" (its quotes and timeline rows in the
other tables) or in ``errors`` (status "error") with its position, id, source, the stage that
failed (input, quotes, timeline, tone), the exception type, its message and where it was raised.
An article either completes or fails as a whole, so no partial result passes for a complete one.
"""
from __future__ import annotations

import collections
import datetime as _dt
import html
import itertools
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from ._pipeline import analyze_items, error_info, frame_records
from .articles import Unreadable, expand_paths, fetch_items, is_url_source, iter_corpus_items, looks_like_path
from .columns import ANALYSIS_QUOTE_COLUMNS, BY_SPEAKER_COLUMNS, TEXT_FIELDS
from .dates import parse_date
from .errors import InputError
from .model import Article
from .tables import TABLE_COLUMNS, StreamWriter, export_frame, read_scored_quotes, read_table, write_parquet
from .timeline import EventMerger, columns_of_events, merge_events
from .tone import speaker_table
from .tone.backends import DEFAULT_BACKEND, check_backend

__all__ = ["Analysis", "analyze", "iter_items", "merge_events", "ANALYSIS_QUOTE_COLUMNS", "BY_SPEAKER_COLUMNS"]

_TABLES = ("quotes", "speakers", "timeline", "errors", "articles")

#: Articles collected before their rows become a DataFrame (or are written, with ``out=``).
CHUNK_SIZE = 256
#: Articles per task sent to a worker process.
TASK_SIZE = 16


# ---------------------------------------------------------------------------------------------
# The result

class Analysis:
    """The result of :func:`analyze`: five DataFrames and ``to_dir``.

    Attributes:
        quotes: One row per quote: ``article_id``, ``paragraph``, ``speaker``, ``role``,
            ``mention``, ``mention_span``, ``cue``, ``cue_span``, ``text``, ``direct``, ``start``,
            ``end``, ``spans``, the tone of the quote (``polarity``, ``subjectivity``, ``label``,
            ``evidence``, ``topics``, scored as ``sentiment_by_speaker`` scores it) and the
            article's ``outlet``, ``published`` and ``title``.
        speakers: Tone per speaker, as ``tk.sentiment_by_speaker`` over all the quotes.
        timeline: Dated events of all articles, as ``tk.build_timeline(articles)``: merged across
            articles and ordered by date (with ``out=``, each article's events unmerged; see
            :func:`merge_events`).
        errors: One row per item that could not be analysed: ``index`` (position in the input),
            ``id``, ``source``, ``stage``, ``error`` (exception type), ``message``, ``location``.
        articles: One row per item: ``index``, ``id``, ``source``, metadata, ``words``, numbers of
            ``quotes`` and ``timeline`` rows, ``status`` ("ok" or "error").
        out: The folder results were streamed to (``analyze(..., out=DIR)``), or None. The tables
            are then read from it when first used.
    """

    def __init__(self, tables: Optional[dict] = None, out: Optional[Path] = None):
        self._tables = dict(tables or {})
        self.out = Path(out) if out is not None else None

    def _get(self, name: str):
        if name not in self._tables:
            import pandas as pd

            if self.out is None:
                self._tables[name] = pd.DataFrame()
            else:
                self._tables[name] = read_table(self.out, name)
        return self._tables[name]

    quotes = property(lambda self: self._get("quotes"), doc="One row per quote, with its tone.")
    speakers = property(lambda self: self._get("speakers"), doc="Tone per speaker.")
    timeline = property(lambda self: self._get("timeline"), doc="Dated events, ordered.")
    errors = property(lambda self: self._get("errors"), doc="Items that could not be analysed.")
    articles = property(lambda self: self._get("articles"), doc="One row per item, with its status.")

    @property
    def ok(self) -> bool:
        """True when every item was analysed (``errors`` is empty)."""
        return len(self.errors) == 0

    def summary(self) -> dict:
        """Counts: articles, analysed, quotes, speakers, timeline rows, errors, words."""
        arts = self.articles
        analysed = int((arts["status"] == "ok").sum()) if len(arts) else 0
        words = int(arts["words"].sum()) if len(arts) else 0
        return {"articles": len(arts), "analysed": analysed, "words": words, "quotes": len(self.quotes),
                "speakers": len(self.speakers), "timeline": len(self.timeline), "errors": len(self.errors)}

    def to_dir(self, path: str | os.PathLike, *, formats: tuple = ("csv", "parquet")) -> list:
        """Write every table as CSV and Parquet (``quotes.csv``, ``quotes.parquet``, ...).

        Span columns (``mention_span``, ``cue_span``, ``spans``) are written as JSON
        (``[12, 40]``, ``[[3, 9], [20, 31]]``); dates as ISO dates.

        Args:
            path: The folder (created if missing).
            formats: Any of "csv" and "parquet".

        Returns:
            The paths written.
        """
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in _TABLES:
            frame = self._get(name)
            if self.out is not None and folder.resolve() == self.out.resolve() and name != "speakers":
                # Streamed there already.
                written.extend(p for p in (folder / f"{name}.csv", folder / f"{name}.parquet") if p.exists())
                continue
            export = export_frame(frame)
            if "csv" in formats:
                export.to_csv(folder / f"{name}.csv", index=False)
                written.append(folder / f"{name}.csv")
            if "parquet" in formats:
                write_parquet(export, folder / f"{name}.parquet")
                written.append(folder / f"{name}.parquet")
        return written

    def __repr__(self) -> str:
        s = self.summary()
        return ("Analysis(" + ", ".join(f"{k}={v}" for k, v in s.items()) + ")")

    def _repr_html_(self) -> str:
        s = self.summary()
        rows = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in s.items())
        return f"<div><strong>Analysis</strong><table>{rows}</table></div>"


# ---------------------------------------------------------------------------------------------
# Inputs

def iter_items(source: Any, cache: Any = None, offline: Optional[bool] = None) -> Iterator:
    """The items of whatever ``analyze`` was given, lazily (see the module docstring); ``cache``
    and ``offline`` are those of :func:`toolkit.fetch.iter_fetch` for URLs."""
    if isinstance(source, Article):
        yield source
        return
    if hasattr(source, "columns") and hasattr(source, "to_dict") and hasattr(source, "iterrows"):
        if not any(str(c) in TEXT_FIELDS for c in source.columns):
            raise InputError(f"the DataFrame has no 'text' column (columns: {', '.join(map(str, source.columns))})")
        yield from frame_records(source)
        return
    if isinstance(source, (str, os.PathLike)):
        if is_url_source(source):
            yield from fetch_items(source, cache, offline)
        else:
            yield from iter_corpus_items(expand_paths(source))
        return
    if isinstance(source, (bytes, bytearray, dict)) or not isinstance(source, Iterable):
        raise TypeError(f"analyze expects articles (a list or iterator of Articles, texts or records), a "
                        f"DataFrame or a path, not {type(source).__name__}")
    yield from _expanded(_guarded(source), cache, offline)


#: Most URLs in a row of a list fetched together (politely, in parallel).
URL_WINDOW = 64


def _expanded(items: Iterable, cache: Any, offline: Optional[bool]) -> Iterator:
    """The items with URLs fetched (an Article or a FetchError each) and path strings read as files.

    Other items pass through as they come (nothing read ahead); URLs in a row are gathered, at most
    ``URL_WINDOW``, and fetched together.
    """
    from .fetch import is_url

    urls: list = []
    for item in items:
        if is_url(item):
            urls.append(item)
            if len(urls) == URL_WINDOW:
                yield from fetch_items(urls, cache, offline)
                urls = []
            continue
        if urls:
            yield from fetch_items(urls, cache, offline)
            urls = []
        if looks_like_path(item):  # also true of any os.PathLike
            yield from _path_items(item, cache, offline)
        else:
            yield item
    if urls:
        yield from fetch_items(urls, cache, offline)


def _path_items(item: Any, cache: Any, offline: Optional[bool]) -> Iterator:
    if is_url_source(item):
        yield from fetch_items(item, cache, offline)
        return
    try:
        paths = expand_paths(item)
    except FileNotFoundError as exc:
        yield Unreadable(None, str(item), exc)
        return
    yield from iter_corpus_items(paths)


def _guarded(source: Iterable) -> Iterator:
    """The items of an iterable; a record it cannot read (a ValueError such as the ``InputError``
    of ``read_articles(lazy=True)`` on a bad line) becomes an error item instead of ending the run.

    A generator cannot go on after raising, so its later records are not read, and the error
    message says so; an iterator that can go on does.
    """
    it = iter(source)
    while True:
        try:
            item = next(it)
        except StopIteration:
            return
        except ValueError as exc:
            stops = hasattr(it, "gi_frame")
            note = ("the reader stopped here, so later records were not read; give tk.analyze the path itself "
                    "to record bad lines and read on") if stops else None
            yield Unreadable(None, "input", exc, note)
            if stops:
                return
            continue
        yield item


# ---------------------------------------------------------------------------------------------
# Running

def analyze(articles: Any, *, workers: int = 1, progress: bool = True, published: Any = None,
            out: Optional[str | os.PathLike] = None, chunk_size: int = CHUNK_SIZE,
            backend: str = DEFAULT_BACKEND, cache: Any = None, offline: Optional[bool] = None) -> Analysis:
    """Analyse many articles: quotes with the tone of each, speakers, timeline, errors.

    Args:
        articles: Articles, texts, records or paths (a list or a lazy iterator such as
            ``tk.read_articles(path, lazy=True)``), a DataFrame with a ``text`` column, or a path,
            folder or glob, or http(s) URLs (one, items of the list, or a URL list or export file).
            See the module documentation for what each item may be.
        workers: Processes to use; 1 analyses in this process, more use a process pool. The
            results are the same, in the same order, for any number of workers.
        progress: Show a progress bar (a widget in Jupyter, text in a terminal).
        published: Publication date for articles that have none ("2023-10-04", a date).
        out: A folder to stream the tables to while running (CSV and Parquet, chunk by chunk),
            so memory stays flat for corpora of any size; the returned Analysis reads its tables
            from there when they are first used.
        chunk_size: Articles whose results are gathered before being turned into a DataFrame
            (or written to ``out``).
        backend: The tone backend for the quotes and the speakers table, one of
            ``tk.sentiment_backends()`` (``"news"`` for news coverage).
        cache: Folder of the page cache for URLs (None: the user's cache folder; False: none).
        offline: Read URLs from the cache only (None: the ``TOOLKIT_OFFLINE`` variable decides).

    Returns:
        An :class:`Analysis`.

    Raises:
        ValueError: ``workers`` or ``chunk_size`` below 1, a bad ``published`` date, or an unknown
            ``backend`` (the message lists the available ones).
        TypeError: ``articles`` is not something articles can be read from.
    """
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a whole number of at least 1, not {chunk_size!r}")
    backend = check_backend(backend)
    default_date = parse_date(published, field="published")
    sized = hasattr(articles, "__len__") and not isinstance(articles, (str, os.PathLike, Article))
    total = len(articles) if sized else None
    items = iter_items(articles, cache, offline)
    collector = Collector(out=out, backend=backend)
    bar = _progress_bar(total, progress)
    try:
        for results in _run(items, workers, default_date, chunk_size, backend):
            collector.add(results)
            bar.update(len(results))
            if collector.errors_count:
                bar.set_postfix(errors=collector.errors_count, refresh=False)
    finally:
        bar.close()
    return collector.finish()


def _progress_bar(total: Optional[int], enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="analyze", disable=not enabled, dynamic_ncols=True)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def _analyze_chunk(items: list, published: Optional[_dt.date], backend: str = DEFAULT_BACKEND) -> list:
    """One task: analyse a chunk; items that failed while being read or fetched become errors here."""
    from .fetch import FetchError

    unread = (Unreadable, FetchError, _Failed)
    results = iter(analyze_items([item for item in items if not isinstance(item, unread)], published, backend))
    return [_bad_result(item) if isinstance(item, unread) else next(results) for item in items]


class _Failed(NamedTuple):
    """An item that failed while being read, its result made where the error was raised: an
    exception sent to a worker process loses its traceback, and the row its location."""

    result: dict


def _settled(item: Any) -> Any:
    from .fetch import FetchError

    return _Failed(_bad_result(item)) if isinstance(item, (Unreadable, FetchError)) else item


def _bad_result(bad: Any) -> dict:
    """The result of an :class:`Unreadable` item or a :class:`toolkit.fetch.FetchError`."""
    if isinstance(bad, _Failed):
        return bad.result
    if isinstance(bad, Unreadable):
        ident, source = bad.id, bad.source
        error = error_info("input", bad.error)
        if bad.note:
            error["message"] = f"{error['message']} ({bad.note})"
    else:
        row = bad.as_row()
        ident, source = row["id"], row["source"]
        error = {key: row[key] for key in ("stage", "error", "message", "location")}
    return {"article": {"id": ident, "source": source, "outlet": None, "published": None, "title": None,
                        "words": 0},
            "quotes": [], "timeline": [], "error": error}


def _run(items: Iterable, workers: int, published: Optional[_dt.date], chunk_size: int,
         backend: str = DEFAULT_BACKEND) -> Iterator[list]:
    """Results in input order, one list per chunk of at most ``chunk_size`` items."""
    if workers == 1:
        for chunk in _chunks(items, chunk_size):
            yield _analyze_chunk(chunk, published, backend)
        return
    task = max(1, min(TASK_SIZE, chunk_size))
    pending: collections.deque = collections.deque()
    done: list = []
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for chunk in _chunks(items, task):
            chunk = [_settled(item) for item in chunk]
            pending.append((chunk, pool.submit(_analyze_chunk, chunk, published, backend)))
            while len(pending) >= 2 * workers:  # bounded: memory stays flat
                done.extend(_take(pending, published, backend))
                if len(done) >= chunk_size:
                    yield done
                    done = []
        while pending:
            done.extend(_take(pending, published, backend))
            if len(done) >= chunk_size:
                yield done
                done = []
        if done:
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(pending: collections.deque, published: Optional[_dt.date], backend: str = DEFAULT_BACKEND) -> list:
    chunk, future = pending.popleft()
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a worker died (killed, out of memory): redo the chunk here
        return _analyze_chunk(chunk, published, backend)


# ---------------------------------------------------------------------------------------------
# Collecting the tables

class Collector:
    """Gathers results into DataFrames chunk by chunk, or streams them to a folder."""

    def __init__(self, out: Optional[str | os.PathLike] = None, backend: str = DEFAULT_BACKEND):
        self.backend = backend
        self.index = 0
        self.errors_count = 0
        self.rows = {"quotes": [], "timeline": [], "errors": [], "articles": []}
        self.timeline = EventMerger()
        self.frames = {name: [] for name in self.rows}
        self.out = Path(out) if out is not None else None
        self.writers = {}
        if self.out is not None:
            self.out.mkdir(parents=True, exist_ok=True)

    def add(self, results: list) -> None:
        for result in results:
            info, error = result["article"], result["error"]
            index = self.index
            self.index += 1
            ident = info.get("id") or None  # None, not a made-up name, when the item has no id
            self.rows["articles"].append({
                "index": index, "id": ident, "source": info.get("source"), "outlet": info.get("outlet"),
                "published": info.get("published"), "title": info.get("title"), "words": info.get("words", 0),
                "quotes": len(result["quotes"]), "timeline": len(result["timeline"]),
                "status": "error" if error else "ok"})
            if error:
                self.errors_count += 1
                self.rows["errors"].append({"index": index, "id": ident, "source": info.get("source"), **error})
                continue
            self.rows["quotes"].extend(result["quotes"])
            if self.out is None:  # merged as they come; the kept events compactly
                for row in result["timeline"]:
                    self.timeline.add(row)
            else:
                self.rows["timeline"].extend(result["timeline"])
        self._flush()

    def _flush(self) -> None:
        import pandas as pd

        for name, rows in self.rows.items():
            if not rows:
                continue
            # Built as object columns, then typed chunk by chunk (compact in memory) and once more
            # over the whole table at the end, which gives the types a single table of all the
            # rows would have: they do not depend on the chunking or the number of workers.
            frame = pd.DataFrame(rows, columns=_columns(name, rows), dtype=object)
            self.rows[name] = []
            if self.out is None:
                self.frames[name].append(frame.infer_objects())
            else:
                self._write(name, frame)

    def _write(self, name: str, frame) -> None:
        writer = self.writers.get(name)
        if writer is None:
            writer = self.writers[name] = StreamWriter(self.out, name)
        writer.write(frame)

    def finish(self) -> Analysis:
        import pandas as pd

        self._flush()
        if self.out is not None:
            for name in ("quotes", "timeline", "errors", "articles"):
                if name not in self.writers:
                    self._write(name, pd.DataFrame(columns=_columns(name, [])))
                self.writers[name].close()
            speakers = _speaker_table(read_scored_quotes(self.out), self.backend)
            export = export_frame(speakers)
            export.to_csv(self.out / "speakers.csv", index=False)
            write_parquet(export, self.out / "speakers.parquet")
            return Analysis({"speakers": speakers}, out=self.out)
        tables = {}
        for name, frames in self.frames.items():
            frames = [f for f in frames if len(f)]
            if len(frames) == 1:
                tables[name] = frames[0]  # typed once already (infer_objects gives it back unchanged)
            elif frames:
                tables[name] = pd.concat(frames, ignore_index=True).infer_objects()
            else:
                tables[name] = pd.DataFrame(columns=_columns(name, []))
        tables["timeline"] = self.timeline.frame()
        tables["speakers"] = _speaker_table(tables["quotes"], self.backend)
        return Analysis(tables)


def _columns(name: str, rows: list) -> list:
    return columns_of_events(rows) if name == "timeline" else TABLE_COLUMNS[name]


def _speaker_table(quotes, backend: str = DEFAULT_BACKEND):
    """Tone per speaker, as ``tk.sentiment_by_speaker`` gives it, from the quotes' tone already
    scored in the workers (no quote is scored twice)."""
    scored = quotes[[c for c in ("speaker", "polarity", "label", "evidence", "topics") if c in quotes.columns]]
    return speaker_table(scored, backend=backend)
