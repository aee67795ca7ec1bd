"""Voices by outlet: who gets quoted, as shares of quotes and of quoted words per speaker group.

Intervals come from a bootstrap over articles (articles are resampled, not quotes, since quotes
of one article are not independent), seeded so that a table is reproducible.
"""
from __future__ import annotations

from typing import Mapping, Optional

import numpy as np
import pandas as pd

from .people import GROUPS, add_people

__all__ = ["VOICES_COLUMNS", "UNATTRIBUTED", "voices"]

#: Group label of quotes with no identified speaker.
UNATTRIBUTED = "unattributed"
_MEASURES = ("quote", "word")


def _columns(by: str) -> list:
    return [by, "group", "articles", "quotes", "words"] + [
        f"{m}_{stat}" for m in _MEASURES for stat in ("share", "low", "high")]


#: Columns of :func:`voices` (the first is the ``by`` column, here for the default).
VOICES_COLUMNS = _columns("outlet_country")


def _prepared(frame: pd.DataFrame, by: str, aliases, groups) -> pd.DataFrame:
    if by not in frame.columns:
        raise ValueError(f"the quotes frame has no column {by!r}; join the articles' metadata first")
    if "group" not in frame.columns or aliases or groups:
        frame = add_people(frame, aliases=aliases, groups=groups)
    return pd.DataFrame({
        by: frame[by].astype(object).where(frame[by].notna(), "unknown").astype(str),
        "article_id": frame["article_id"].astype(object).where(frame["article_id"].notna(), "?").astype(str),
        "group": frame["group"].astype(object).where(frame["group"].notna(), UNATTRIBUTED).astype(str),
        "words": frame["text"].fillna("").astype(str).str.split().str.len(),
    })


def _group_order(present) -> list:
    known = [g for g in GROUPS + [UNATTRIBUTED] if g in present]
    return known + sorted(set(present) - set(known))


def _bootstrap_shares(counts: np.ndarray, rng: np.random.Generator, n_boot: int) -> np.ndarray:
    """Shares per group in ``n_boot`` resamples of the articles (rows of ``counts``)."""
    n_articles = counts.shape[0]
    draws = rng.integers(0, n_articles, size=(n_boot, n_articles))
    weights = np.stack([np.bincount(row, minlength=n_articles) for row in draws])
    totals = weights @ counts
    sums = totals.sum(axis=1, keepdims=True)
    return np.divide(totals, sums, out=np.zeros_like(totals, dtype=float), where=sums > 0)


def _rows_for(key: str, table: pd.DataFrame, order: list, by: str, rng, n_boot: int, level: float) -> list:
    rows = []
    per_article = {m: table.pivot_table(index="article_id", columns="group", values=col, aggfunc="sum",
                                        fill_value=0).reindex(columns=order, fill_value=0)
                   for m, col in (("quote", "ones"), ("word", "words"))}
    stats = {}
    tail = (1 - level) / 2 * 100
    for measure, counts in per_article.items():
        values = counts.to_numpy(dtype=float)
        estimate = values.sum(axis=0) / max(values.sum(), 1)
        boot = _bootstrap_shares(values, rng, n_boot)
        low, high = np.percentile(boot, [tail, 100 - tail], axis=0)
        # a percentile interval can miss a skewed estimate by a hair; the table promises it inside
        stats[measure] = (estimate, np.minimum(low, estimate), np.maximum(high, estimate))
    articles = table["article_id"].nunique()
    for j, group in enumerate(order):
        in_group = table["group"] == group
        row = {by: key, "group": group, "articles": articles,
               "quotes": int(in_group.sum()), "words": int(table.loc[in_group, "words"].sum())}
        for measure, (estimate, low, high) in stats.items():
            row.update({f"{measure}_share": float(estimate[j]), f"{measure}_low": float(low[j]),
                        f"{measure}_high": float(high[j])})
        rows.append(row)
    return rows


def voices(frame: pd.DataFrame, *, by: str = "outlet_country", n_boot: int = 1000, seed: int = 0,
           level: float = 0.95, aliases: Optional[Mapping[str, str]] = None,
           groups: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """Share of quotes and of quoted words per speaker group, per outlet country (or outlet).

    Args:
        frame: A quotes DataFrame with ``article_id``, ``text`` and the ``by`` column; the
            ``group`` column is added with :func:`toolkit.people.add_people` when absent (or when
            ``aliases`` or ``groups`` are given).
        by: The column to split by: ``"outlet_country"`` or ``"outlet"``. Missing values are
            shown as "unknown".
        n_boot: Bootstrap resamples of the articles.
        seed: Seed of the resampling: the same seed gives the same intervals.
        level: Coverage of the intervals.
        aliases: Passed to ``add_people``.
        groups: Passed to ``add_people``.

    Returns:
        A tidy DataFrame, one row per ``by`` value and group (every group seen in the corpus,
        zero where absent): ``articles``, ``quotes``, ``words``, and ``quote_share``,
        ``quote_low``, ``quote_high``, ``word_share``, ``word_low``, ``word_high``. Shares within
        one ``by`` value sum to 1. Unattributed quotes form the group "unattributed".

    Raises:
        ValueError: ``by`` is not a column of ``frame``, or ``n_boot`` is below 1.
    """
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    table = _prepared(frame, by, aliases, groups).assign(ones=1)
    order = _group_order(set(table["group"]))
    rng = np.random.default_rng(seed)
    rows = []
    for key, part in table.groupby(by, sort=True):
        rows.extend(_rows_for(key, part, order, by, rng, n_boot, level))
    return pd.DataFrame.from_records(rows, columns=_columns(by))
