"""Table I/O of a corpus run: DataFrames to CSV and Parquet, appended chunk by chunk, and read back.

Span columns (``mention_span``, ``cue_span``, ``spans``) and other non-scalar cells are written as
JSON (``[12, 40]``, ``[[3, 9], [20, 31]]``) and read back as tuples and lists; dates as ISO dates.
Pandas and pyarrow are imported inside the functions, so importing this module stays light.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from .columns import (ANALYSIS_ARTICLE_COLUMNS, ANALYSIS_QUOTE_COLUMNS, BY_SPEAKER_COLUMNS, ERROR_COLUMNS,
                      TIMELINE_COLUMNS)
from .timeline import typed_timeline

__all__ = ["TABLE_COLUMNS", "export_frame", "write_parquet", "StreamWriter", "read_table", "read_scored_quotes"]

#: The declared columns of each table of ``tk.analyze``, by table name.
TABLE_COLUMNS = {"quotes": ANALYSIS_QUOTE_COLUMNS, "speakers": BY_SPEAKER_COLUMNS, "timeline": TIMELINE_COLUMNS,
                 "errors": ERROR_COLUMNS, "articles": ANALYSIS_ARTICLE_COLUMNS}
_SPAN_COLUMNS = ("mention_span", "cue_span", "spans")
_LIST_COLUMNS = ("actors", "sources", "evidence", "topics")
# The columns of the quotes table that the speakers table is computed from.
_SPEAKER_INPUT = ["speaker", "polarity", "label", "evidence"]

# Arrow types of columns that may hold only missing values in a chunk (their type is then
# unknown from the data, and every chunk of a streamed table must have the same schema).
_KNOWN_TYPES = {"index": "int64", "words": "int64", "quotes": "int64", "timeline": "int64", "paragraph": "int64",
                "start": "int64", "end": "int64", "label": "int64", "n_quotes": "int64", "n_sources": "int64",
                "direct": "bool_", "vague": "bool_", "is_report_time": "bool_", "too_few": "bool_",
                "polarity": "float64", "subjectivity": "float64", "mean_polarity": "float64", "ci_low": "float64",
                "ci_high": "float64", "coverage": "float64", "published": "date32"}


def export_frame(frame):
    """A copy fit for CSV and Parquet: spans as JSON, other non-scalar cells as text."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype != object:
            continue
        values = frame[column].tolist()
        if column in _SPAN_COLUMNS or any(isinstance(v, (tuple, list, dict)) for v in values):
            frame[column] = [None if v is None else json.dumps(v, default=str) for v in values]
    return frame


def _missing_value(value: Any) -> bool:
    try:
        return value is None or bool(value != value)
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
            typ = getattr(pa, _KNOWN_TYPES.get(str(column), "string"))()
        fields.append(pa.field(str(column), typ))
    return pa.schema(fields)


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
        except (pa.ArrowException, TypeError, ValueError) as exc:
            if pa.types.is_string(field.type):
                arrays.append(pa.array([None if v is None else str(v) for v in values], type=pa.string()))
            else:  # a value of another type than the first chunk's
                raise TypeError(f"column {field.name!r} mixes types "
                                f"({field.type} and {type(values[0]).__name__})") from exc
    return pa.Table.from_arrays(arrays, schema=schema)


def write_parquet(frame, path: Path) -> None:
    """Write an exported frame (see :func:`export_frame`) as one Parquet file."""
    import pyarrow.parquet as pq

    schema = _arrow_schema_for(frame)
    pq.write_table(_arrow_table(frame, schema), path)


class StreamWriter:
    """Appends chunks of one table to NAME.csv and NAME.parquet (the first chunk fixes the schema)."""

    def __init__(self, folder: Path, name: str):
        self.csv_path = folder / f"{name}.csv"
        self.parquet_path = folder / f"{name}.parquet"
        self.csv = open(self.csv_path, "w", encoding="utf-8", newline="")
        self.header = True
        self.parquet = None
        self.schema = None
        self.columns = None

    def write(self, frame) -> None:
        """Append one chunk (a DataFrame with the table's columns)."""
        import pyarrow.parquet as pq

        export = export_frame(frame)
        if self.columns is None:
            self.columns = list(export.columns)
            self.schema = _arrow_schema_for(export)
            self.parquet = pq.ParquetWriter(self.parquet_path, self.schema)
        export = export.reindex(columns=self.columns)
        export.to_csv(self.csv, index=False, header=self.header)
        self.header = False
        self.parquet.write_table(_arrow_table(export, self.schema))

    def close(self) -> None:
        """Close both files."""
        self.csv.close()
        if self.parquet is not None:
            self.parquet.close()


def read_table(folder: Path, name: str, columns: Optional[list] = None):
    """A table written by :class:`StreamWriter` or :func:`write_parquet`, with spans and lists decoded.

    Args:
        folder: The folder holding NAME.parquet.
        name: The table's name (see :data:`TABLE_COLUMNS`).
        columns: Only these columns (those present), or None for all.

    Returns:
        The DataFrame; an empty one with the table's columns when the file is missing.
    """
    import pandas as pd
    import pyarrow.parquet as pq

    path = folder / f"{name}.parquet"
    if not path.exists():
        return pd.DataFrame(columns=columns or TABLE_COLUMNS[name])
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
        frame = typed_timeline(frame)
    return frame


def read_scored_quotes(folder: Path):
    """The columns of a streamed quotes table that the speakers table is computed from, with the
    evidence as tuples of (word, score) (as the scorer gives it)."""
    import pyarrow.parquet as pq

    path = folder / "quotes.parquet"
    present = set(pq.ParquetFile(path).schema_arrow.names)
    frame = pq.read_table(path, columns=[c for c in _SPEAKER_INPUT if c in present and c != "evidence"]).to_pandas()
    if "evidence" in present:
        evidence = pq.read_table(path, columns=["evidence"]).column("evidence").to_pylist()
        frame["evidence"] = [_tuples(json.loads(v)) if isinstance(v, str) else () for v in evidence]
    return frame


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value
