"""Lists of URLs to fetch, recognised by their shape: records of a URL and what is known about it.

Recognised:

- a text file with one URL a line (blank lines and ``#`` comments skipped);
- a CSV, TSV, JSONL or JSON list of records with a ``url`` (or ``link``) column and no text column;
- a Media Cloud story list (CSV with ``media_name``, ``publish_date``, ``title``, ``url``,
  ``language``): outlet from ``media_name``, date from ``publish_date``;
- a GDELT DOC article list (``url``, ``title``, ``seendate`` like ``20231005T143000Z``,
  ``domain``, ``language``, ``sourcecountry``) as CSV or as GDELT's JSON ``{"articles": [...]}``:
  outlet from ``domain``, date from ``seendate`` (when GDELT saw the page, its best guess of the
  publication date), outlet country from ``sourcecountry``;
- a DataFrame, a list of URLs or a list of such dicts.

Every record has ``url``, ``outlet``, ``published`` (a date or None), ``title``,
``outlet_country``, ``language`` and ``where`` (file and line, for messages); a generic list keeps
its other columns, which end up in ``Article.meta``. A date that cannot be read is kept as written,
so that only its URL fails (stage "metadata"), not the whole list.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
from pathlib import Path
from typing import Any, Optional

from ..columns import TEXT_FIELDS
from ..dates import parse_date
from ..errors import InputError

__all__ = ["is_url", "looks_like_url_source", "read_url_source", "RECORD_FIELDS"]

#: The keys every record has.
RECORD_FIELDS = ("url", "outlet", "published", "title", "outlet_country", "language", "where")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_URL_COLUMNS = ("url", "link")
_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".json")
_GDELT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$")

# export column -> record field; an export is recognised when it has all the columns of its
# signature
_MEDIA_CLOUD = {"signature": {"media_name", "publish_date", "url"},
                "columns": {"media_name": "outlet", "publish_date": "published", "title": "title",
                            "url": "url", "language": "language"}}
_GDELT = {"signature": {"url", "seendate", "domain"},
          "columns": {"domain": "outlet", "seendate": "published", "title": "title", "url": "url",
                      "language": "language", "sourcecountry": "outlet_country"}}
_GENERIC_ALIASES = {"link": "url", "media_name": "outlet", "publisher": "outlet", "date": "published",
                    "publish_date": "published", "headline": "title", "country": "outlet_country"}


def is_url(value: Any) -> bool:
    """True for a string that is an http(s) URL."""
    return isinstance(value, str) and bool(_URL.match(value.strip()))


def looks_like_url_source(path: Any) -> bool:
    """True when ``path`` is a file :func:`read_url_source` reads: a URL list or a table of URLs
    (no text column). Reads only the start of the file; never raises."""
    try:
        path = Path(path)
        if not path.is_file():
            return False
        suffix = path.suffix.lower()
        if suffix in (".csv", ".tsv", ".jsonl", ".json"):
            columns = _head_columns(path, suffix)
            # records that carry their text are articles, not URLs to fetch
            return bool(columns & set(_URL_COLUMNS)) and not columns & set(TEXT_FIELDS)
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            head = [line.strip() for _, line in zip(range(50), handle)]
        lines = [line for line in head if line and not line.startswith("#")]
        return bool(lines) and all(is_url(line) for line in lines)  # not a text that starts with its link
    except (OSError, ValueError, TypeError):
        pass
    return False


def _head_columns(path: Path, suffix: str) -> set:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        if suffix in (".csv", ".tsv"):
            first = handle.readline()
            return {c.strip().strip('"').lower() for c in first.split("\t" if suffix == ".tsv" else ",")}
        if suffix == ".jsonl":
            first = next((line for line in handle if line.strip()), "{}")
            return {str(k).lower() for k in json.loads(first)}
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    rows = data.get("articles", []) if isinstance(data, dict) else data
    return {str(k).lower() for k in rows[0]} if rows and isinstance(rows[0], dict) else set()


def read_url_source(source: Any) -> list:
    """Records to fetch from a URL list, a table of URLs, a Media Cloud or a GDELT export.

    Args:
        source: A path (.txt or any other text file of URLs, .csv, .tsv, .jsonl, .json), a
            DataFrame, a URL, or a list of URLs or dicts with a ``url`` key.

    Returns:
        A list of dicts with the keys of ``RECORD_FIELDS`` (None where unknown), in input order.

    Raises:
        InputError: The table has no url column.
        FileNotFoundError: The path does not exist.
    """
    if isinstance(source, str) and is_url(source):
        return [_record({"url": source}, _GENERIC_ALIASES, "argument", keep_others=False)]
    if hasattr(source, "to_dict") and hasattr(source, "columns"):
        return _from_rows(source.to_dict("records"), "DataFrame", first_line=0)
    if isinstance(source, (list, tuple)):
        rows = [{"url": item} if isinstance(item, str) else item for item in source]
        return _from_rows(rows, "list", first_line=0)
    if not isinstance(source, (str, os.PathLike)):
        raise InputError(f"cannot read URLs from a {type(source).__name__}; give a path, a DataFrame or a list")
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; check the path (working directory is {os.getcwd()})")
    suffix = path.suffix.lower()
    if suffix not in _TABLE_SUFFIXES:
        return _from_lines(path)
    return _from_rows(_read_table(path, suffix), str(path), first_line=2 if suffix in (".csv", ".tsv") else 1)


def _from_lines(path: Path) -> list:
    records = []
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            url = line.strip()
            if url and not url.startswith("#"):
                records.append(_record({"url": url}, {}, f"{path} line {number}", keep_others=False))
    return records


def _read_table(path: Path, suffix: str) -> list:
    import pandas as pd

    if suffix in (".csv", ".tsv"):
        frame = pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False,
                            encoding="utf-8-sig")
        return frame.to_dict("records")
    text = path.read_text(encoding="utf-8-sig")
    if suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    rows = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InputError(f"{path}: expected a list of records or GDELT's {{\"articles\": [...]}}")
    return rows


def _kind(columns: set) -> tuple:
    """``(column map, keep other columns?)`` for a table with these (lower-case) columns."""
    for export in (_MEDIA_CLOUD, _GDELT):
        if export["signature"] <= columns:
            return export["columns"], False
    return _GENERIC_ALIASES, True


def _from_rows(rows: list, origin: str, first_line: int) -> list:
    if not rows:
        return []
    columns = {str(k).lower() for row in rows[:1] if isinstance(row, dict) for k in row}
    if not columns & set(_URL_COLUMNS):
        raise InputError(f"{origin}: no 'url' column (found {sorted(columns)}); a list of URLs needs one")
    mapping, keep_others = _kind(columns)
    return [_record(row, mapping, f"{origin} line {first_line + i}" if first_line else f"{origin}[{i}]", keep_others)
            for i, row in enumerate(rows)]


def _record(row: dict, mapping: dict, where: str, keep_others: bool) -> dict:
    record = dict.fromkeys(RECORD_FIELDS)
    for key, value in row.items():
        key = str(key).lower()
        if isinstance(value, float) and value != value:  # NaN from pandas
            value = None
        field = mapping.get(key, key if key in RECORD_FIELDS or keep_others else None)
        if field is not None and value not in (None, "") and record.get(field) is None:
            record[field] = value.strip() if isinstance(value, str) else value
    record["published"] = _date(record["published"], where)
    record["where"] = record["where"] or where  # records read before keep their file and line
    return record


def _date(value: Any, where: str) -> Optional[_dt.date]:
    if isinstance(value, str):
        gdelt = _GDELT_DATE.match(value.strip())
        if gdelt:
            return _dt.date(*(int(part) for part in gdelt.groups()))
        if " " in value.strip() and value[:4].isdigit():  # Media Cloud: "2023-10-05 14:30:00"
            value = value.strip().replace(" ", "T", 1)
    try:
        return parse_date(value, source=where)
    except InputError:  # kept as written: that one URL fails at the "metadata" stage, not the whole list
        return value
