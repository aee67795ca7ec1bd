"""Quotes that travel: the same quotation in several articles (wire copy and its spread).

Quotations are compared with punctuation, accents and case folded; a fragment inside a longer
version and a copy with small edits count as the same quotation. To stay fast on thousands of
quotes, only quotes that share one of their rarest words are compared (with rapidfuzz).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Mapping, Optional

import pandas as pd
from rapidfuzz import fuzz

from .people import add_people
from .people.names import fold

__all__ = ["REUSE_COLUMNS", "normalise_quotation", "quote_reuse"]

#: Columns of :func:`quote_reuse`.
REUSE_COLUMNS = ["quotation", "person", "persons", "count", "articles", "outlets", "n_outlets",
                 "first_published", "first_outlet", "first_article_id", "versions", "rows"]
_RARE_WORDS = 4  # blocking keys per quote
_MAX_POSTING = 500  # words in more quotes than this block nothing


def normalise_quotation(text: str) -> str:
    """Fold accents and case and drop punctuation: ``"“Él dijo: ¡No!”"`` -> ``"el dijo no"``."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text or "").replace("'", "")))


class _Clusters:
    """Union-find over row positions."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _same_quotation(a: str, b: str, threshold: float) -> bool:
    short, long = sorted((a, b), key=len)
    if fuzz.ratio(short, long) >= threshold:
        return True
    return fuzz.partial_ratio(short, long) >= threshold


def _candidate_pairs(norms: list, articles: list, min_words: int):
    # quotes shorter than min_words are neither compared nor indexed
    words = [set(split) if len(split) >= min_words else None for split in (n.split() for n in norms)]
    postings = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws or ():
            postings[w].append(i)
    seen = set()
    for i, ws in enumerate(words):
        if ws is None:
            continue
        rare = sorted((w for w in ws if len(postings[w]) <= _MAX_POSTING), key=lambda w: (len(postings[w]), w))
        for w in rare[:_RARE_WORDS]:
            for j in postings[w]:
                pair = (min(i, j), max(i, j))
                if i != j and articles[i] != articles[j] and pair not in seen:
                    seen.add(pair)
                    yield pair


def _published_key(value):
    return (value is None or value != value, value if value == value else None)


def _cluster_row(table: pd.DataFrame, members: list) -> dict:
    part = table.iloc[members]
    people_seen = Counter(p for p in part["person"] if isinstance(p, str))
    dated = part[part["published"].notna()] if "published" in part else part.iloc[0:0]
    first = dated.sort_values("published", kind="stable").iloc[0] if len(dated) else part.iloc[0]
    outlets = sorted({str(o) for o in part.get("outlet", pd.Series(dtype=object)).dropna()})
    return {
        "quotation": max(part["text"].astype(str), key=len),
        "person": people_seen.most_common(1)[0][0] if people_seen else None,
        "persons": sorted(people_seen),
        "count": len(part),
        "articles": part["article_id"].nunique(),
        "outlets": outlets,
        "n_outlets": len(outlets),
        "first_published": first["published"] if len(dated) else None,
        "first_outlet": first.get("outlet"),
        "first_article_id": first["article_id"],
        "versions": part["_norm"].nunique(),
        "rows": list(part.index),
    }


def quote_reuse(frame: pd.DataFrame, *, threshold: float = 90, min_words: int = 6,
                aliases: Optional[Mapping[str, str]] = None,
                groups: Optional[Mapping[str, str]] = None) -> pd.DataFrame:
    """The quotations that appear in more than one article.

    Args:
        frame: A quotes DataFrame with ``article_id`` and ``text``, and ideally ``outlet`` and
            ``published``; ``person`` is added with :func:`toolkit.people.add_people` when absent.
        threshold: rapidfuzz similarity (0-100) from which two quotes are the same quotation,
            whole (``ratio``) or as a fragment of the longer one (``partial_ratio``).
        min_words: Quotes shorter than this (after folding) are not compared: short phrases
            repeat by chance.
        aliases: Passed to ``add_people``.
        groups: Passed to ``add_people``.

    Returns:
        A DataFrame with ``REUSE_COLUMNS``, one row per quotation found in at least two articles:
        the longest version, the person most often credited (and all persons credited), the
        number of quotes and articles, the outlets, the first publication (date, outlet,
        article), the number of distinct versions and the frame's index labels of its quotes.
        Most widespread first.
    """
    table = frame if "person" in frame.columns and not (aliases or groups) else add_people(
        frame, aliases=aliases, groups=groups)
    table = table.assign(_norm=[normalise_quotation(t) if isinstance(t, str) else "" for t in table["text"]])
    norms, articles = list(table["_norm"]), [str(a) for a in table["article_id"]]
    clusters = _Clusters(len(table))
    for i, j in _candidate_pairs(norms, articles, min_words):
        if clusters.find(i) != clusters.find(j) and _same_quotation(norms[i], norms[j], threshold):
            clusters.join(i, j)
    members = defaultdict(list)
    for i in range(len(table)):
        members[clusters.find(i)].append(i)
    rows = [_cluster_row(table, m) for m in members.values() if len({articles[i] for i in m}) > 1]
    result = pd.DataFrame.from_records(rows, columns=REUSE_COLUMNS)
    if result.empty:
        return result
    order = sorted(range(len(result)), key=lambda k: (-result.loc[k, "articles"], -result.loc[k, "count"],
                                                      _published_key(result.loc[k, "first_published"])))
    return result.iloc[order].reset_index(drop=True)
