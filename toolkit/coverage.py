"""The coverage list: the real pages that covered the Mexico City security dialogue's week, and
the loader that fetches them (``load_coverage``).

Links and facts only (outlet, country, kind, original source, date, title); the texts belong to
their publishers and are fetched by the reader, never shipped.
"""
from __future__ import annotations

import csv
import io
import warnings
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import pandas as pd

from .dates import parse_date

__all__ = ["COVERAGE_COLUMNS", "coverage_list", "load_coverage"]

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


def load_coverage(*, cache: Any = None, offline: Optional[bool] = None, progress: bool = True,
                  **fetch_options: Any) -> list:
    """The seed article plus every page of the coverage list that could be fetched or is cached.

    Each page becomes an Article with the list's facts as metadata (outlet, date, URL and title
    win over what the page says; ``outlet_country``, ``outlet_kind`` and ``original_source`` are
    in ``article.metadata``). Pages are fetched politely and kept in a disk cache, so a second
    call reads them from disk.

    Args:
        cache: Folder of the page cache; None for the user's cache folder.
        offline: Read the cache only. None (the default) reads the environment variable
            ``TOOLKIT_OFFLINE``; the tests set it so that notebooks run without a network.
        progress: Show a progress bar.
        **fetch_options: Passed to :func:`toolkit.fetch.fetch_articles` (``per_host``, ``delay``,
            ``timeout``, ``retries``...).

    Returns:
        A list of Articles: the seed first, then the pages in the order of the list. Pages that
        could not be loaded are named in one warning, with the reason for each.
    """
    from .articles import load_seed
    from .fetch import fetch_articles

    records = [{k: v for k, v in row.items() if v is not None} for row in coverage_list().to_dict("records")]
    result = fetch_articles(records, cache=cache, offline=offline, progress=progress, **fetch_options)
    if result.errors:
        warnings.warn(_failures_message(result.errors, len(records)), stacklevel=2)
    return [load_seed(), *result.articles]


def _failures_message(errors: list, total: int) -> str:
    # pages missing only because fetching is off are one line; real failures are listed one by one
    uncached = [e for e in errors if e.stage == "offline"]
    failed = [e for e in errors if e.stage != "offline"]
    parts = [f"{len(errors)} of {total} coverage pages not loaded."]
    if uncached:
        parts.append(f"{len(uncached)} are not in the cache and fetching is off (offline=True or "
                     "TOOLKIT_OFFLINE=1): call load_coverage(offline=False) with a network to fetch them.")
    parts += [f"  {e.url}: {e.reason}" for e in failed]
    return "\n".join(parts)
