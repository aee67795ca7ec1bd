"""Checks on a stream of articles that name what may not be what was meant: second copies of a
text (dropped), repeated ids (kept), empty and undated articles, each named in one warning at the end.

Example:
    >>> import warnings
    >>> from toolkit.corpus_checks import checked
    >>> from toolkit.model import Article
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     same = [Article(text="A", id="a", source="one.txt"), Article(text="A", id="b", source="two.txt")]
    ...     kept = list(checked(same))
    >>> len(kept), "two.txt (same text as one.txt)" in str(caught[0].message)
    (1, True)
"""
from __future__ import annotations

import hashlib
import warnings
from typing import Iterable, Iterator

from .model import Article

__all__ = ["LoaderWarning", "checked"]


class LoaderWarning(UserWarning):
    """Something a loader read but that may not be what was meant: a URL that gave no page, a
    duplicate, an empty or undated article."""


# Articles named in one warning; the rest are counted.
_NAMED_IN_WARNING = 10


def checked(articles: Iterable) -> Iterator[Article]:
    """``articles`` without second copies of a text, warning (once, at the end) about duplicates,
    repeated ids, empty and undated articles, naming them."""
    by_text: dict = {}
    by_id: dict = {}
    found = {"duplicate": [], "same id": [], "empty": [], "undated": []}
    for article in articles:
        name = _name(article)
        key = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).digest() if article.text else None
        if key is not None and key in by_text:
            found["duplicate"].append(f"{name} (same text as {by_text[key]})")
            continue
        if article.id in by_id:
            found["same id"].append(f"{name} (id {article.id!r} as {by_id[article.id]})")
        by_text.setdefault(key, name)
        by_id.setdefault(article.id, name)
        if not article.text.strip():
            found["empty"].append(name)
        if article.published is None:
            found["undated"].append(name)
        yield article
    _warn_found(found)


def _name(article: Article) -> str:
    return article.source or article.url or f"id {article.id}"


_FOUND_MESSAGES = {
    "duplicate": "{n} duplicate article(s) dropped (the first copy is kept): {names}",
    "same id": "{n} article(s) share an id with an earlier one but not its text; both are kept: {names}",
    "empty": "{n} article(s) have no text: {names}",
    "undated": "{n} article(s) have no publication date (pass published= for a default): {names}",
}


def _warn_found(found: dict) -> None:
    for kind, names in found.items():
        if names:
            shown = "; ".join(names[:_NAMED_IN_WARNING])
            more = f"; and {len(names) - _NAMED_IN_WARNING} more" if len(names) > _NAMED_IN_WARNING else ""
            warnings.warn(_FOUND_MESSAGES[kind].format(n=len(names), names=shown + more), LoaderWarning, stacklevel=3)
