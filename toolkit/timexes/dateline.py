"""The publication date read from the text itself, for articles whose metadata lacks one.

News pages carry their date in a few places near the top: a "Published 9:14 AM, Oct 06, 2023"
or "Updated ..." line, a wire dateline ("WASHINGTON, Oct 6 (AP) —"), or a byline with a date
("By Ana Torvik | Oct. 6, 2023"). :func:`date_from_text` reads them in that order of trust. It
never takes a site's page-view line for the publication date: a weekday and a date alone on a
line ("Sunday, March 03, 2024"), with no publication word, is the day the page was viewed.

Example:
    >>> date_from_text("PORT VELL, Oct 6 (AP) — The harbour, shut since Sept. 1, 2023, reopened.")
    (datetime.date(2023, 10, 6), 'dateline')
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from ..text import trie_pattern
from .ruledata import rule_data, table
from .values import safe_date

__all__ = ["date_from_text", "DATELINE_HEAD"]

DATELINE_HEAD = 1500
"""How many characters from the top of the text are searched for the date (the story's head)."""
# At most this many words on a page-view line ("Sunday, March 03, 2024 10:15 AM EST").
_PAGE_VIEW_WORDS = 8


class _Patterns:
    """The patterns of the date places, compiled from the month, weekday and publication words."""

    def __init__(self) -> None:
        data = rule_data()
        mon = r"(?P<mon>" + trie_pattern(data.months) + r")\.?"
        wd = trie_pattern(data.weekdays)
        words = table("timex_dateline_words.txt")
        self.pub_kind = {" ".join(w.lower().split()): kind for kind, w in words if kind in ("published", "updated")}
        pub = trie_pattern(self.pub_kind)
        agencies = trie_pattern(w for kind, w in words if kind == "agency")
        day, year = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?", r"(?P<year>(?:19|20)\d\d)(?!\d)"
        self.dates = [re.compile(p, re.I) for p in (
            rf"\b{mon}[ \t]+{day},?[ \t]+{year}",             # Oct 06, 2023 / October 6 2023
            rf"\b{day}[ \t]+{mon},?[ \t]+{year}",             # 6 October 2023
            r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b",  # 2023-10-06
            r"\b(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b",  # 10/6/2023
        )]
        self.month_day = re.compile(rf"\b{mon}[ \t]+{day}\b(?![:\d])", re.I)
        self.published = re.compile(rf"^[ \t\W]*(?P<word>{pub})\b[ \t:]*(?:on[ \t]+)?(?P<rest>[^\n]{{0,80}})",
                                    re.I | re.M)
        # PLACE, Oct 6 (AP) —   /   PLACE (Reuters) -   /   PLACE, Oct. 6 —
        self.dateline = re.compile(
            r"^[ \t]*(?P<place>[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+)*)"
            rf"(?:,[ \t]+(?P<when>[^\n()\u2014\u2013]{{3,30}}?))?[ \t]*(?:\((?P<agency>{agencies})\))?"
            r"[ \t]*(?:\u2014|\u2013|--|-|:)", re.M)
        self.agency_word = re.compile(rf"\((?:{agencies})\)", re.I)
        self.byline = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,120}$", re.M)
        self.weekday = re.compile(rf"\b(?:{wd})\b", re.I)
        self.pub_word = re.compile(rf"\b(?:{pub})\b", re.I)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _date_in(s: str, pats: _Patterns) -> Optional[tuple]:
    """The first full date (with a year) in ``s``: ``(date, start, end)``, or None."""
    best = None
    for rx in pats.dates:
        for m in rx.finditer(s):
            d = _to_date(m, rule_data().months)
            if d is not None and (best is None or m.start() < best[1]):
                best = (d, m.start(), m.end())
            if d is not None:
                break
    return best


def _to_date(m: re.Match, months: dict) -> Optional[_dt.date]:
    """The date of a match of one of the date patterns, or None when it does not exist."""
    groups = m.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else months.get(groups["mon"].lower().rstrip("."))
    try:
        return _dt.date(int(groups["year"]), month, int(groups["day"]))
    except (TypeError, ValueError):
        return None


def _published_line(text: str, pats: _Patterns) -> Optional[_dt.date]:
    """The date of a "Published ..." line, else of an "Updated ..." line."""
    updated = None
    for m in pats.published.finditer(text[:DATELINE_HEAD]):
        found = _date_in(m.group("rest"), pats)
        if found is None:
            continue
        if pats.pub_kind.get(" ".join(m.group("word").lower().split())) == "published":
            return found[0]
        updated = updated or found[0]
    return updated


def _dateline(text: str, pats: _Patterns) -> Optional[_dt.date]:
    """The date of a wire dateline at the start of a paragraph of the head ("PORT VELL, Oct 6
    (AP) —"). A dateline gives no year: it is the year of a full date of the text on the same
    month and day, else of its first full date (None when the text has no full date)."""
    head = text[:DATELINE_HEAD]
    for m in pats.dateline.finditer(head):
        when = m.group("when")
        if not (when or m.group("agency")):
            continue
        if when:
            md = pats.month_day.search(when)
            if md is None:
                continue
            full = _date_in(when, pats)
            if full is not None:
                return full[0]
            return _with_year(text, md, pats)
        return _first_date(head, pats)  # "PLACE (Reuters) - ... Oct 5, 2023"
    return None


def _first_date(head: str, pats: _Patterns) -> Optional[_dt.date]:
    """The first full date of the head that is not on a page-view line, or None."""
    for line in head.split("\n"):
        found = _date_in(line, pats)
        if found is not None and not _page_view_line(line, pats):
            return found[0]
    return None


def _with_year(text: str, md: re.Match, pats: _Patterns) -> Optional[_dt.date]:
    """The month and day of a dateline in the year the text's full dates give (those of a
    page-view line aside)."""
    month = rule_data().months.get(md.group("mon").lower().rstrip("."))
    day = int(md.group("day"))
    first = None
    for line in text.split("\n"):
        if _page_view_line(line, pats):
            continue
        for d in _dates_on(line, pats):
            if (d.month, d.day) == (month, day):
                return d
            first = first or d
    return safe_date(first.year, month, day) if first else None


def _dates_on(line: str, pats: _Patterns):
    """The full dates written on a line (each pattern's in turn)."""
    months = rule_data().months
    for rx in pats.dates:
        for m in rx.finditer(line):
            d = _to_date(m, months)
            if d is not None:
                yield d


def _page_view_line(line: str, pats: _Patterns) -> bool:
    """A weekday and a date alone on a (short) line, with no publication word: the day the page
    was viewed."""
    return len(line.split()) <= _PAGE_VIEW_WORDS and bool(pats.weekday.search(line)) and not pats.pub_word.search(line)


def _byline(text: str, pats: _Patterns) -> Optional[_dt.date]:
    """A date on a byline ("By Ana Torvik | Oct. 6, 2023") or on a short line of its own just
    under it or just above the story; never a page-view line."""
    lines = text[:DATELINE_HEAD].split("\n")
    for i, line in enumerate(lines[:12]):
        if not line.strip():
            continue
        if pats.byline.match(line):
            for cand in lines[i:i + 3]:
                found = _date_in(cand, pats)
                if found is not None and not _page_view_line(cand, pats):
                    return found[0]
        elif len(line.split()) <= 8:
            found = _date_in(line, pats)
            if found is not None and not _page_view_line(line, pats):
                return found[0]
    return None


def date_from_text(text: str) -> tuple:
    """The publication date written in an article's text, and where it was read.

    Looked for in the head of the text (:data:`DATELINE_HEAD` characters), in this order: a
    "Published ..." line (or, failing one, "Updated ..."), a wire dateline ("WASHINGTON, Oct 6
    (AP) —", or "MEXICO CITY (Reuters) -" and the story's first full date), a byline date or a
    short date line at the top. A site's page-view line ("Sunday, March 03, 2024" alone on a
    line) is never taken.

    Args:
        text: The article's text.

    Returns:
        ``(date, where)``: a ``datetime.date`` and one of ``"published line"``, ``"dateline"``,
        ``"byline"``; ``(None, None)`` when the text names no publication date.
    """
    if not text:
        return None, None
    pats = _patterns()
    for where, reader in (("published line", _published_line), ("dateline", _dateline), ("byline", _byline)):
        found = reader(text, pats)
        if found is not None:
            return found, where
    return None, None
