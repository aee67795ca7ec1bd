"""People across articles: one ``person`` for one real person in every article of a corpus.

``add_people(frame)`` adds ``person``, ``group`` and ``country`` columns to a quotes frame;
``people(quotes_or_frame)`` gives one row per person. Names are compared with accents, case,
titles and middle initials folded; surname-only and office-only mentions ("López Obrador",
"Mexico's president") join the full name the corpus gives; short forms go through an alias table
(``toolkit/data/people_aliases.csv``, extended with ``aliases=``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, is_dataclass
from typing import Iterable, Mapping, Optional, Union

import pandas as pd

from ..columns import PERSON_COLUMNS, QUOTE_COLUMNS
from .names import fold, name_key
from .resolve import Mention, cluster_display, cluster_group, resolve_people
from .roles import GROUPS

__all__ = ["GROUPS", "PEOPLE_COLUMNS", "PERSON_COLUMNS", "add_people", "people", "as_quotes_frame"]

#: Columns of :func:`people`, one row per person.
PEOPLE_COLUMNS = ["person", "variants", "roles", "group", "country", "quotes", "articles", "outlets"]


def as_quotes_frame(quotes_or_frame: Union[pd.DataFrame, Iterable]) -> pd.DataFrame:
    """A quotes DataFrame from a DataFrame (copied) or from ``toolkit.model.Quote`` objects.

    Raises:
        TypeError: the input is neither.
        ValueError: a DataFrame lacks the ``speaker`` column.
    """
    if isinstance(quotes_or_frame, pd.DataFrame):
        if "speaker" not in quotes_or_frame.columns:
            raise ValueError("the quotes frame needs a 'speaker' column (as tk.quotes_frame returns)")
        return quotes_or_frame.copy()
    if isinstance(quotes_or_frame, (str, bytes)):
        raise TypeError("pass a quotes DataFrame or a list of Quote objects, not a string")
    records = []
    for quote in quotes_or_frame:
        if not is_dataclass(quote):
            raise TypeError(f"expected Quote objects, got {type(quote).__name__}")
        records.append({k: v for k, v in asdict(quote).items() if k in QUOTE_COLUMNS})
    return pd.DataFrame.from_records(records, columns=QUOTE_COLUMNS)


def _value(row: Mapping, column: str) -> Optional[str]:
    value = row.get(column)
    return None if value is None or (isinstance(value, float) and value != value) else str(value)


def _group_key(name: str) -> tuple:
    # a user's group applies to a person named by any variant, accents and titles aside
    return name_key(name) or tuple(fold(name).split())


def _override(wanted: Mapping[tuple, str], display: str, variants: Iterable[str]) -> Optional[str]:
    if not wanted:
        return None
    for name in (display, *variants):
        key = _group_key(name)
        if key in wanted:
            return wanted[key]
    return None


def add_people(frame: Union[pd.DataFrame, Iterable], *, aliases: Optional[Mapping[str, str]] = None,
               groups: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """A copy of a quotes frame with ``person``, ``group`` and ``country`` columns.

    Args:
        frame: A quotes DataFrame (as ``tk.quotes_frame`` returns; needs ``speaker``, and uses
            ``role``, ``mention`` and ``article_id`` when present) or a list of Quote objects.
        aliases: Short form -> full name (``{"AMLO": "Andrés Manuel López Obrador"}``), added to
            and overriding the shipped table.
        groups: Person -> group, overriding the group read from roles; a person may be named by
            any variant seen. Groups are normally one of ``GROUPS``.

    Returns:
        The frame with ``person`` (a display name: the most complete variant, with its accents;
        None for unattributed quotes), ``group`` (one of ``GROUPS``) and ``country`` (ISO code or
        None).
    """
    table = as_quotes_frame(frame)
    rows = table.to_dict("records")
    mentions = [Mention(_value(r, "speaker"), _value(r, "role"), _value(r, "mention"), _value(r, "article_id"))
                for r in rows]
    assignment, countries = resolve_people(mentions, aliases=aliases)
    members = defaultdict(list)
    for i, cluster in assignment.items():
        members[cluster].append(i)
    wanted = {_group_key(k): v for k, v in (groups or {}).items()}
    person, group, country = [None] * len(rows), [None] * len(rows), [None] * len(rows)
    for cluster, indexes in members.items():
        display = cluster_display(mentions, indexes)
        variants = {mentions[i].speaker for i in indexes}
        chosen = _override(wanted, display, variants) or cluster_group(mentions, indexes, countries.get(cluster))
        for i in indexes:
            person[i], group[i], country[i] = display, chosen, countries.get(cluster)
    table["person"], table["group"], table["country"] = person, group, country
    return table


def _sorted_unique(values) -> list:
    return sorted({str(v) for v in values if v is not None and not (isinstance(v, float) and v != v)})


def people(quotes_or_frame: Union[pd.DataFrame, Iterable], *, aliases: Optional[Mapping[str, str]] = None,
           groups: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """One row per person quoted in a corpus.

    Args:
        quotes_or_frame: A quotes DataFrame or a list of Quote objects.
        aliases: Short form -> full name, as in :func:`add_people`.
        groups: Person -> group overrides, as in :func:`add_people`.

    Returns:
        A DataFrame with ``PEOPLE_COLUMNS``: ``person``, ``variants`` (the speaker strings seen),
        ``roles``, ``group``, ``country``, ``quotes`` (count), ``articles`` (count of distinct
        articles) and ``outlets`` (list), most quoted first. Unattributed quotes are left out.
    """
    table = add_people(quotes_or_frame, aliases=aliases, groups=groups)
    table = table[table["person"].notna()]
    records = []
    for person, rows in table.groupby("person", sort=False):
        records.append({
            "person": person,
            "variants": _sorted_unique(rows["speaker"]),
            "roles": _sorted_unique(rows["role"]) if "role" in rows else [],
            "group": rows["group"].iloc[0],
            "country": rows["country"].iloc[0],
            "quotes": len(rows),
            "articles": rows["article_id"].nunique() if "article_id" in rows else 0,
            "outlets": _sorted_unique(rows["outlet"]) if "outlet" in rows else [],
        })
    result = pd.DataFrame.from_records(records, columns=PEOPLE_COLUMNS)
    return result.sort_values(["quotes", "person"], ascending=[False, True], ignore_index=True)
