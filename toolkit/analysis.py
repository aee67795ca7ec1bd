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
  not JSON (or not UTF-8) is an error row and the other lines are still analysed.

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

import argparse
import collections
import collections.abc
import datetime as _dt
import itertools
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ._pipeline import ARTICLE_FIELDS, ARTICLE_META_FIELDS, ERROR_FIELDS, QUOTE_FIELDS, TONE_FIELDS, analyze_items
from .model import Article
from .sentiment import BY_SPEAKER_COLUMNS, speaker_table

__all__ = ["Analysis", "analyze", "iter_items", "main", "merge_events", "QUOTE_COLUMNS", "SPEAKER_COLUMNS"]

#: Columns of ``Analysis.quotes``: the quote (as ``tk.quotes_frame``), its tone, the article's metadata.
QUOTE_COLUMNS = list(QUOTE_FIELDS + TONE_FIELDS + ARTICLE_META_FIELDS)
#: Columns of ``Analysis.speakers`` (those of ``tk.sentiment_by_speaker``).
SPEAKER_COLUMNS = list(BY_SPEAKER_COLUMNS)
_TABLES = ("quotes", "speakers", "timeline", "errors", "articles")
_SPAN_COLUMNS = ("mention_span", "cue_span", "spans")
_LIST_COLUMNS = ("actors", "sources", "evidence", "topics")
_SPEAKER_INPUT = ["speaker", "polarity", "label", "evidence"]

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
                self._tables[name] = _read_table(self.out, name)
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
            export = _export_frame(frame)
            if "csv" in formats:
                export.to_csv(folder / f"{name}.csv", index=False)
                written.append(folder / f"{name}.csv")
            if "parquet" in formats:
                _arrow_write(export, folder / f"{name}.parquet")
                written.append(folder / f"{name}.parquet")
        return written

    def __repr__(self) -> str:
        s = self.summary()
        return ("Analysis(" + ", ".join(f"{k}={v}" for k, v in s.items()) + ")")

    def _repr_html_(self) -> str:
        import html

        s = self.summary()
        rows = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in s.items())
        return f"<div><strong>Analysis</strong><table>{rows}</table></div>"


# ---------------------------------------------------------------------------------------------
# Inputs

def iter_items(source: Any) -> Iterator:
    """The items of whatever ``analyze`` was given, lazily (see the module docstring)."""
    if isinstance(source, Article):
        yield source
        return
    if hasattr(source, "columns") and hasattr(source, "to_dict") and hasattr(source, "iterrows"):
        if not any(str(c) in ("text", "body", "content", "article") for c in source.columns):
            from .articles import InputError

            raise InputError(f"the DataFrame has no 'text' column (columns: {', '.join(map(str, source.columns))})")
        from ._pipeline import frame_records

        yield from frame_records(source)
        return
    if isinstance(source, (str, os.PathLike)):
        yield from _iter_path_items(source)
        return
    if isinstance(source, (bytes, bytearray, dict)) or not isinstance(source, Iterable):
        raise TypeError(f"analyze expects articles (a list or iterator of Articles, texts or records), a "
                        f"DataFrame or a path, not {type(source).__name__}")
    yield from _guarded(source)


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
            yield _Bad(None, "input", exc, note)
            if stops:
                return
            continue
        yield item


def _iter_path_items(source: Any) -> Iterator:
    from .articles import _expand

    yield from _path_items(_expand(source))


class _Bad:
    """An item that failed while being read (a JSONL line that is not JSON): analysed into an error."""

    def __init__(self, id: Optional[str], source: str, exc: Exception, note: Optional[str] = None):
        self.id, self.source, self.exc, self.note = id, source, exc, note


def _jsonl_items(path: Path) -> Iterator:
    from .articles import InputError, jsonl_lines

    for where, fallback_id, record in jsonl_lines(path):
        if isinstance(record, InputError):
            yield _Bad(fallback_id, where, record)
            continue
        if isinstance(record, dict):
            record.setdefault("id", fallback_id)
            record.setdefault("source", where)
        yield record


# ---------------------------------------------------------------------------------------------
# Running

def analyze(articles: Any, *, workers: int = 1, progress: bool = True, published: Any = None,
            out: Optional[str | os.PathLike] = None, chunk_size: int = CHUNK_SIZE) -> Analysis:
    """Analyse many articles: quotes with the tone of each, speakers, timeline, errors.

    Args:
        articles: Articles, texts, records or paths (a list or a lazy iterator such as
            ``tk.read_articles(path, lazy=True)``), a DataFrame with a ``text`` column, or a path,
            folder or glob. See the module documentation for what each item may be.
        workers: Processes to use; 1 analyses in this process, more use a process pool. The
            results are the same, in the same order, for any number of workers.
        progress: Show a progress bar (a widget in Jupyter, text in a terminal).
        published: Publication date for articles that have none ("2023-10-04", a date).
        out: A folder to stream the tables to while running (CSV and Parquet, chunk by chunk),
            so memory stays flat for corpora of any size; the returned Analysis reads its tables
            from there when they are first used.
        chunk_size: Articles whose results are gathered before being turned into a DataFrame
            (or written to ``out``).

    Returns:
        An :class:`Analysis`.

    Raises:
        ValueError: ``workers`` or ``chunk_size`` below 1, or a bad ``published`` date.
        TypeError: ``articles`` is not something articles can be read from.
    """
    from .articles import parse_date

    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a whole number of at least 1, not {chunk_size!r}")
    default_date = parse_date(published, field="published")
    total = len(articles) if hasattr(articles, "__len__") and not isinstance(articles, (str, os.PathLike, Article)) else None
    items = iter_items(articles)
    collector = _Collector(out=out)
    bar = _progress_bar(total, progress)
    try:
        for results in _run(items, workers, default_date, chunk_size):
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


def _analyze_chunk(items: list, published: Optional[_dt.date]) -> list:
    """One task: analyse a chunk; items that failed while being read become errors here."""
    results = iter(analyze_items([item for item in items if not isinstance(item, _Bad)], published))
    return [_bad_result(item) if isinstance(item, _Bad) else next(results) for item in items]


def _bad_result(bad: _Bad) -> dict:
    from ._pipeline import _error

    error = _error("input", bad.exc)
    if bad.note:
        error["message"] = f"{error['message']} ({bad.note})"
    return {"article": {"id": bad.id, "source": bad.source, "outlet": None, "published": None, "title": None,
                        "words": 0},
            "quotes": [], "timeline": [], "error": error}


def _run(items: Iterable, workers: int, published: Optional[_dt.date], chunk_size: int) -> Iterator[list]:
    """Results in input order, one list per chunk of at most ``chunk_size`` items."""
    if workers == 1:
        for chunk in _chunks(items, chunk_size):
            yield _analyze_chunk(chunk, published)
        return
    task = max(1, min(TASK_SIZE, chunk_size))
    pending: collections.deque = collections.deque()
    done: list = []
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for chunk in _chunks(items, task):
            pending.append((chunk, pool.submit(_analyze_chunk, chunk, published)))
            while len(pending) >= 2 * workers:  # bounded: memory stays flat
                done.extend(_take(pending, published))
                if len(done) >= chunk_size:
                    yield done
                    done = []
        while pending:
            done.extend(_take(pending, published))
            if len(done) >= chunk_size:
                yield done
                done = []
        if done:
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(pending: collections.deque, published: Optional[_dt.date]) -> list:
    chunk, future = pending.popleft()
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a worker died (killed, out of memory): redo the chunk here
        return _analyze_chunk(chunk, published)


# ---------------------------------------------------------------------------------------------
# Collecting the tables

class _Collector:
    """Gathers results into DataFrames chunk by chunk, or streams them to a folder."""

    def __init__(self, out: Optional[str | os.PathLike] = None):
        self.index = 0
        self.errors_count = 0
        self.rows = {"quotes": [], "timeline": [], "errors": [], "articles": []}
        self.timeline = _TimelineMerger()
        self.frames = {name: [] for name in self.rows}
        self.out = Path(out) if out is not None else None
        self.writers = {}
        if self.out is not None:
            self.out.mkdir(parents=True, exist_ok=True)

    def add(self, results: list) -> None:
        columns = _timeline_columns()
        keys = frozenset(columns)
        for result in results:
            info, error = result["article"], result["error"]
            index = self.index
            self.index += 1
            ident = info.get("id") or f"#{index}"
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
                    self.timeline.add(_compact_event(row, columns, keys))
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
            writer = self.writers[name] = _StreamWriter(self.out, name)
        writer.write(frame)

    def _streamed_scores(self):
        """The columns of the streamed quotes the speakers table needs."""
        import pyarrow.parquet as pq

        path = self.out / "quotes.parquet"
        present = set(pq.ParquetFile(path).schema_arrow.names)
        frame = pq.read_table(path, columns=[c for c in _SPEAKER_INPUT if c in present and c != "evidence"]).to_pandas()
        if "evidence" in present:
            evidence = pq.read_table(path, columns=["evidence"]).column("evidence").to_pylist()
            frame["evidence"] = [_tuples(json.loads(v)) if isinstance(v, str) else () for v in evidence]
        return frame

    def finish(self) -> Analysis:
        import pandas as pd

        self._flush()
        if self.out is not None:
            for name in ("quotes", "timeline", "errors", "articles"):
                if name not in self.writers:
                    self._write(name, pd.DataFrame(columns=_columns(name, [])))
                self.writers[name].close()
            speakers = _speaker_table(self._streamed_scores())
            export = _export_frame(speakers)
            export.to_csv(self.out / "speakers.csv", index=False)
            _arrow_write(export, self.out / "speakers.parquet")
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
        tables["speakers"] = _speaker_table(tables["quotes"])
        return Analysis(tables)


def _columns(name: str, rows: list) -> list:
    if name == "quotes":
        return QUOTE_COLUMNS
    if name == "errors":
        return list(ERROR_FIELDS)
    if name == "articles":
        return list(ARTICLE_FIELDS)
    columns: dict = {}
    for row in rows:
        for key in row:
            columns.setdefault(key, None)
    declared = _timeline_columns()
    if not columns or set(columns) == set(declared):
        return declared
    return list(columns)


def _timeline_columns() -> list:
    try:
        from .timeline import TIMELINE_COLUMNS  # type: ignore[attr-defined]

        return list(TIMELINE_COLUMNS)
    except ImportError:
        pass
    try:
        from .timeline import build_timeline

        return [str(c) for c in build_timeline([]).columns]
    except Exception:  # noqa: BLE001 - no timeline yet: an empty table without columns
        return []


class _Event(collections.abc.Mapping):
    """A timeline event held for merging: the values in ``TIMELINE_COLUMNS`` order behind a
    read-write mapping (a fifth of a dict's memory; corpora have hundreds of thousands)."""

    __slots__ = ("_values",)
    _index: dict = {}
    _columns: list = []  # the keys of _index, in order

    def __init__(self, values: list):
        self._values = values

    def __getitem__(self, key):
        return self._values[self._index[key]]

    def __setitem__(self, key, value) -> None:
        self._values[self._index[key]] = value

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    # Mapping's get and `in` go through __getitem__ and an exception; these are direct.
    def __contains__(self, key) -> bool:
        return key in self._index

    def get(self, key, default=None):
        i = self._index.get(key)
        return default if i is None else self._values[i]


def _compact_event(row: dict, columns: list, keys: Optional[frozenset] = None):
    if len(row) != len(columns) or not row.keys() >= (keys if keys is not None else frozenset(columns)):
        return row
    if _Event._columns != columns:
        _Event._index = {c: i for i, c in enumerate(columns)}
        _Event._columns = list(columns)
    return _Event([row[c] for c in columns])


def merge_events(timeline) -> Any:
    """Merge the events of many articles as ``tk.build_timeline`` does, and order them by date.

    ``analyze`` does this for the tables it keeps in memory. With ``analyze(..., out=DIR)`` the
    streamed timeline holds each article's events as they were found (one source each), since
    merging needs every event at once; call this on ``result.timeline`` when it fits in memory.

    Args:
        timeline: A timeline DataFrame (or a list of event dicts of ``timeline_events``).

    Returns:
        The merged timeline, with the columns and order of ``tk.build_timeline``.
    """
    rows = timeline if isinstance(timeline, list) else timeline.to_dict(orient="records")
    merger = _TimelineMerger()
    for row in rows:
        row = dict(row)  # the caller's rows are not changed
        for key in ("actors", "sources"):
            if key in row and not isinstance(row[key], list):
                value = row[key]
                row[key] = list(value) if isinstance(value, (tuple, list)) or hasattr(value, "tolist") else []
        merger.add(row)
    return merger.frame()


class _TimelineMerger:
    """The corpus timeline, merged as events arrive, in input order, as ``tk.build_timeline`` does.

    ``build_timeline`` compares each event with every event kept so far and folds it into the first
    that reports the same event; an event can only match one with the same TimeML value, so here
    the comparison runs within the events of that value (the same result in a fraction of the
    time), and events that merge are dropped at once (memory holds only the kept events).
    """

    _KEYS = ("value", "sources", "n_sources", "actors")

    def __init__(self):
        from .timeline import _same_event

        self.same = _same_event
        self.kept: list = []
        self.buckets: dict = {}

    def add(self, row) -> None:
        if row.get("vague") or any(k not in row for k in self._KEYS):
            self.kept.append(row)  # vague events never merge
            return
        bucket = self.buckets.setdefault(row["value"], [])
        for old in bucket:
            if self.same(old, row):
                if row["sources"][0] not in old["sources"]:
                    old["sources"] = old["sources"] + [row["sources"][0]]
                    old["n_sources"] = len(old["sources"])
                old["actors"] = old["actors"] + [a for a in row["actors"] if a not in old["actors"]]
                return
        self.kept.append(row)
        bucket.append(row)

    def frame(self):
        import pandas as pd

        columns = _columns("timeline", self.kept)
        compact = _Event._columns == columns  # an _Event's values are then the row, in order
        frame = pd.DataFrame([row._values if compact and type(row) is _Event else [row.get(c) for c in columns]
                              for row in self.kept], columns=columns)
        return _timeline_types(frame)


def _timeline_types(frame):
    """Column types and order of ``tk.build_timeline``'s table."""
    import pandas as pd

    for col in ("earliest", "latest"):
        if col in frame.columns:
            frame[col] = pd.to_datetime(frame[col])
    if len(frame) and "earliest" in frame.columns and "latest" in frame.columns:
        frame = frame.sort_values(["earliest", "latest"], kind="stable", na_position="last").reset_index(drop=True)
    for col in ("vague", "is_report_time"):
        if col in frame.columns and frame[col].notna().all():
            frame[col] = frame[col].astype(bool)
    for col in ("n_sources", "start", "end"):
        if col in frame.columns and frame[col].notna().all():
            frame[col] = frame[col].astype("int64")
    return frame


def _speaker_table(quotes):
    """Tone per speaker, as ``tk.sentiment_by_speaker`` gives it, from the quotes' tone already
    scored in the workers (no quote is scored twice)."""
    scored = quotes[[c for c in ("speaker", "polarity", "label", "evidence", "topics") if c in quotes.columns]]
    return speaker_table(scored)


# ---------------------------------------------------------------------------------------------
# Writing

def _export_frame(frame):
    """A copy fit for CSV and Parquet: spans as JSON, other non-scalar cells as text."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype != object and str(frame[column].dtype) not in ("object",):
            continue
        values = frame[column].tolist()
        if column in _SPAN_COLUMNS or any(isinstance(v, (tuple, list, dict)) for v in values):
            frame[column] = [None if v is None else json.dumps(v, default=str) for v in values]
    return frame


def _missing_value(v) -> bool:
    try:
        return v is None or bool(v != v)
    except (TypeError, ValueError):
        return False


def _arrow_schema_for(frame):
    import pyarrow as pa

    fields = []
    for column in frame.columns:
        has_values = any(not _missing_value(v) for v in frame[column].tolist())
        try:
            typ = pa.array(frame[column], from_pandas=True).type if has_values else pa.null()
        except (pa.ArrowException, TypeError, ValueError):
            typ = pa.string()
        if pa.types.is_null(typ):
            typ = _KNOWN_TYPES.get(str(column), "string")
            typ = getattr(pa, typ)()
        fields.append(pa.field(str(column), typ))
    return pa.schema(fields)


_KNOWN_TYPES = {"index": "int64", "words": "int64", "quotes": "int64", "timeline": "int64", "paragraph": "int64",
                "start": "int64", "end": "int64", "label": "int64", "n_quotes": "int64", "n_sources": "int64",
                "direct": "bool_", "vague": "bool_", "is_report_time": "bool_", "too_few": "bool_",
                "polarity": "float64", "subjectivity": "float64", "mean_polarity": "float64", "ci_low": "float64",
                "ci_high": "float64", "coverage": "float64", "published": "date32"}


def _arrow_table(frame, schema):
    import pyarrow as pa

    arrays = []
    for field in schema:
        column = frame[field.name] if field.name in frame.columns else [None] * len(frame)
        try:
            arrays.append(pa.array(column, type=field.type, from_pandas=True))
            continue
        except (pa.ArrowException, TypeError, ValueError):
            pass
        values = [None if _missing_value(v) else v for v in list(column)]
        try:
            arrays.append(pa.array(values, type=field.type))
        except (pa.ArrowException, TypeError, ValueError):
            if pa.types.is_string(field.type):
                arrays.append(pa.array([None if v is None else str(v) for v in values], type=pa.string()))
            else:  # a value of another type than the first chunk's: keep the column, as text
                raise TypeError(f"column {field.name!r} mixes types ({field.type} and {type(values[0]).__name__})")
    return pa.Table.from_arrays(arrays, schema=schema)


def _arrow_write(frame, path: Path) -> None:
    import pyarrow.parquet as pq

    schema = _arrow_schema_for(frame)
    pq.write_table(_arrow_table(frame, schema), path)


class _StreamWriter:
    """Appends chunks of one table to NAME.csv and NAME.parquet."""

    def __init__(self, folder: Path, name: str):
        self.csv_path = folder / f"{name}.csv"
        self.parquet_path = folder / f"{name}.parquet"
        self.csv = open(self.csv_path, "w", encoding="utf-8", newline="")
        self.header = True
        self.parquet = None
        self.schema = None
        self.columns = None

    def write(self, frame) -> None:
        import pyarrow.parquet as pq

        export = _export_frame(frame)
        if self.columns is None:
            self.columns = list(export.columns)
            self.schema = _arrow_schema_for(export)
            self.parquet = pq.ParquetWriter(self.parquet_path, self.schema)
        export = export.reindex(columns=self.columns)
        export.to_csv(self.csv, index=False, header=self.header)
        self.header = False
        self.parquet.write_table(_arrow_table(export, self.schema))

    def close(self) -> None:
        self.csv.close()
        if self.parquet is not None:
            self.parquet.close()


def _read_table(folder: Path, name: str, columns: Optional[list] = None):
    import pandas as pd
    import pyarrow.parquet as pq

    path = folder / f"{name}.parquet"
    if not path.exists():
        return pd.DataFrame(columns=columns or _columns(name, []))
    if columns is not None:
        present = set(pq.ParquetFile(path).schema_arrow.names)
        columns = [c for c in columns if c in present]
    frame = pd.read_parquet(path, columns=columns)
    for column in _SPAN_COLUMNS:
        if column in frame.columns:
            frame[column] = [_tuples(json.loads(v)) if isinstance(v, str) else None for v in frame[column].tolist()]
    for column in _LIST_COLUMNS:
        if column in frame.columns:
            frame[column] = [json.loads(v) if isinstance(v, str) else v for v in frame[column].tolist()]
    if name == "timeline":
        frame = _timeline_types(frame)
    return frame


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


# ---------------------------------------------------------------------------------------------
# Command line

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m toolkit analyze",
        description="Find the quotes (with the tone of each), speakers and timeline of every article, "
                    "print a summary and optionally write the tables as CSV and Parquet.",
        epilog="Exit codes: 0 every article analysed; 1 some articles failed (listed in errors); "
               "2 bad usage or unreadable input.")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt, .html, .json, .jsonl, .csv), folders or globs")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date for articles without one (2023-10-04 or 'October 4, 2023')")
    parser.add_argument("--out", metavar="DIR", help="write the quotes, speakers, timeline, errors and articles "
                                                       "tables here as CSV and Parquet")
    parser.add_argument("--stream", action="store_true",
                        help="with --out: append the tables to the files while running, so memory stays flat "
                             "for corpora of any size (the timeline is then not merged across articles)")
    parser.add_argument("--workers", metavar="N", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def main(argv: Optional[list] = None) -> int:
    """``python -m toolkit analyze PATH... [--published DATE] [--out DIR] [--workers N]``.

    Args:
        argv: The arguments after ``analyze``.

    Returns:
        0 when every article was analysed, 1 when some are in ``errors``, 2 for bad usage or
        unreadable input (argparse errors; missing files raise ``FileNotFoundError``, which the
        command line reports in one line with exit code 2).
    """
    from .articles import InputError, _expand, parse_date

    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help exits 0, usage errors 2
        return int(exc.code or 0)
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    published = parse_date(args.published, field="--published") if args.published else None
    paths = [p for source in args.paths for p in _expand(source)]
    if not paths:
        raise InputError(f"no article files found in {' '.join(args.paths)}")
    if args.stream and not args.out:
        print("error: --stream needs --out DIR", file=sys.stderr)
        return 2
    result = analyze(_path_items(paths), workers=args.workers, progress=not args.no_progress and sys.stderr.isatty(),
                     published=published, out=args.out if args.stream else None)
    if args.out and not args.stream:
        result.to_dir(args.out)
    s = result.summary()
    print(f"articles: {s['articles']} ({s['analysed']} analysed, {s['words']} words)")
    print(f"quotes: {s['quotes']}")
    print(f"speakers: {s['speakers']}")
    print(f"timeline rows: {s['timeline']}")
    print(f"errors: {s['errors']}")
    if s["errors"]:
        for row in result.errors.head(10).itertuples(index=False):
            print(f"  {row.id} ({row.source}): {row.stage}: {row.error}: {row.message}")
        if s["errors"] > 10:
            print(f"  ... and {s['errors'] - 10} more in errors")
    if args.out:
        print(f"written to {args.out}: quotes, speakers, timeline, errors, articles (.csv and .parquet)")
    return 1 if s["errors"] else 0


def _path_items(paths: list) -> Iterator:
    """Items of many files, each file read on its own so an unreadable file is an error row."""
    from .articles import iter_articles

    for path in paths:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_items(path)
        elif path.suffix.lower() == ".csv":
            try:
                yield from iter_articles(path)
            except Exception as exc:  # noqa: BLE001 - the rest of the file is lost: say so
                yield _Bad(path.stem, str(path), exc)
        else:
            yield Path(path)  # read by the worker: a file that cannot be read becomes an error row
