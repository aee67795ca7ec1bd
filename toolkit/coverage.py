"""The coverage list: the real pages that covered the Mexico City security dialogue's week.

Links and facts only (outlet, country, kind, original source, date, title); the texts belong to
their publishers and are fetched by the reader, never shipped.
"""
from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

import pandas as pd

from .dates import parse_date

__all__ = ["COVERAGE_COLUMNS", "coverage_list"]

_COVERAGE_NAME = "mexico_city_2023_coverage.csv"
#: Columns of :func:`coverage_list`, in order.
COVERAGE_COLUMNS = ["url", "outlet", "outlet_country", "outlet_kind", "original_source", "published", "title"]


def _coverage_text() -> str:
    # a checkout keeps seeds/ beside toolkit/; an installed wheel puts it at toolkit/seeds/
    checkout = Path(__file__).resolve().parent.parent / "seeds" / _COVERAGE_NAME
    if checkout.exists():
        return checkout.read_text(encoding="utf-8")
    installed = resources.files("toolkit") / "seeds" / _COVERAGE_NAME
    if installed.is_file():
        return installed.read_text(encoding="utf-8")
    raise FileNotFoundError(f"the coverage list {_COVERAGE_NAME} is not installed; install the toolkit "
                            "from its checkout with `pip install -e .` so that seeds/ is available")


def coverage_list() -> pd.DataFrame:
    """The pages that covered the US–Mexico High-Level Security Dialogue (Mexico City, 5 October 2023).

    Returns:
        A DataFrame, one row per page, with the columns of ``COVERAGE_COLUMNS``: ``url``,
        ``outlet``, ``outlet_country`` (ISO code), ``outlet_kind`` (newspaper, broadcaster, wire,
        online, opinion), ``original_source`` (the agency a wire story comes from), ``published``
        (``datetime.date``) and ``title``. Facts a page does not show are None.
    """
    rows = list(csv.DictReader(io.StringIO(_coverage_text())))
    records = []
    for row in rows:
        record = {column: (row.get(column) or "").strip() or None for column in COVERAGE_COLUMNS}
        record["published"] = parse_date(record["published"], source=record["url"])
        records.append(record)
    return pd.DataFrame.from_records(records, columns=COVERAGE_COLUMNS).astype(object)
