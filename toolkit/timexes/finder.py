"""The finder: :func:`find_timexes` scans a text for candidates (:mod:`.scan`), normalises each
in text order (:mod:`.normalise`) and keeps the document's anchors up to date as it goes."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Any, Optional

from ..dates import parse_date
from ..model import Timex, as_article
from .context import Doc
from .dateline import date_from_text
from .normalise import normalise
from .ruledata import rule_data
from .scan import Scanner, candidates
from .values import RE_4DIGITS, RE_DAY_VALUE, safe_date, timex_interval

__all__ = ["find_timexes"]

# Rules whose values anchor later relative expressions ("a year earlier" after "the third quarter").
_ANCHOR_RULES = frozenset({"iso", "slash", "full", "monyear", "monrel", "quarter", "year", "yearword",
                           "month", "season"})
# "after a flat second quarter": an indefinite mention in passing is not the quarter reported
_RE_INDEF_BEFORE = re.compile(r"\b[Aa]n?[ \t]+(?:[a-z]+[ \t]+)?$")
_RE_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|ends|through)[ \t]+(?:on[ \t]+)?$")
_RE_AND_DAY = re.compile(r",?[ \t]+(?:and|or)[ \t]+(\d{1,2})"
                         r"(?![\d:%/]|[ \t]*(?:percent|%)|[.,]\d|[ \t]*(?:[a-z]|[A-Z][a-z]))")
# A range of two days: "between X and Y", "from X to Y" (the words before X, the words between).
_RE_RANGE_OPEN = re.compile(r"\b(?:between|from)[ \t]+$", re.IGNORECASE)
_RE_RANGE_LINK = re.compile(r"[ \t\u00a0]+(?:and|to|through|until)[ \t\u00a0]+|[ \t]*[-\u2013][ \t]*")
_RE_YEAR_IN_TEXT = re.compile(r"\b\d{4}\b|'\d\d\b")
_RE_YTD = re.compile(r"(?i)^the[ \t]+(?:(?:first|latest|past|last)[ \t]+)?(?:nine|six|9|6)[- \t]months?\b")
# The exceptions a normaliser may raise on odd text ("Feb. 30", a number too large): a rejection.
_REJECTIONS = (ValueError, OverflowError, KeyError, IndexError, AttributeError, StopIteration,
               ZeroDivisionError, TypeError)


def find_timexes(article_or_text: Any, *, published: Any = None) -> list:
    """Find the time expressions in a text and resolve them against its publication date.

    Args:
        article_or_text: An :class:`~toolkit.model.Article` (its ``published`` date is used when
            ``published`` is None) or a string.
        published: The publication date (``datetime.date``, ``datetime.datetime`` or a string such
            as ``"2023-10-04"``). Without one (and without the Article's), the date the text
            itself gives (a dateline, a "Published ..." line, a byline:
            :func:`~toolkit.timexes.dateline.date_from_text`) is used; failing that, absolute
            dates are still resolved and relative expressions keep underspecified TimeML values
            (``XXXX-WXX-4``).

    Returns:
        A list of :class:`~toolkit.model.Timex` in text order; ``text[t.start:t.end] == t.text``.

    Raises:
        TypeError: ``article_or_text`` is neither an Article nor a string.
        ValueError: ``published`` cannot be read as a date (the message names it).
    """
    article = as_article(article_or_text)
    dct = parse_date(article.published if published is None else published, field="published")
    text = article.text
    if not text:
        return []
    if dct is None:
        dct = date_from_text(text)[0]
    data = rule_data()
    doc = Doc(text, dct, data)
    found: list = []
    done = 0  # end of the last expression kept
    for match in candidates(text, data.scanner):
        if match.start() < done:
            continue
        result = _try(doc, match)
        if result is None:
            match, result = _shorter_match(doc, data.scanner, match)
            if result is None:
                continue
        done = _keep(doc, found, match, result)
    return _ordered_ranges(text, found)


def _ordered_ranges(text: str, found: list) -> list:
    """A range's first day never after its last: "between January 1 and September 26" written in
    late September starts on January 1 of the same year (each day alone would be the nearest
    one, and that January 1 is ahead). Only a first day given without its year moves, a year back."""
    for k in range(len(found) - 1):
        first, last = found[k], found[k + 1]
        if not (RE_DAY_VALUE.match(first.value) and RE_DAY_VALUE.match(last.value)
                and first.value > last.value and not _RE_YEAR_IN_TEXT.search(first.text)):
            continue
        if _RE_RANGE_LINK.fullmatch(text, first.end, last.start) and _RE_RANGE_OPEN.search(
                text, max(0, first.start - 9), first.start):
            earlier = str(int(first.value[:4]) - 1) + first.value[4:]
            try:
                earliest, latest = timex_interval(earlier)
            except ValueError:  # (February 29 of a year without one)
                continue
            found[k] = replace(first, value=earlier, earliest=earliest, latest=latest)
    return found


def _try(doc: Doc, match: re.Match) -> Optional[tuple]:
    """Normalise one candidate match; None when rejected (never raises)."""
    doc.shifted, doc.trim = False, None
    try:
        result = normalise(doc, match.lastgroup, match.group(0), match.start(), match.end())
    except _REJECTIONS:
        return None
    return None if result is None or result[1] is None else result


def _shorter_match(doc: Doc, scanner: Scanner, match: re.Match) -> tuple:
    """A rejected match ("last Oct." before "Oct. 23"): the first shorter match starting inside it
    that is kept, as ``(match, result)``; ``(match, None)`` when there is none."""
    for inner in scanner.match_inside(doc.text, match.start(), match.end()):
        result = _try(doc, inner)
        if result is not None:
            return inner, result
    return match, None


def _keep(doc: Doc, found: list, match: re.Match, result: tuple) -> int:
    """Append the Timex of a kept match to ``found`` and update the anchors; returns the offset
    where the next expression may start."""
    rule, s, start, end = match.lastgroup, match.group(0), match.start(), match.end()
    done = end
    typ, value, mod = result
    if doc.trim:
        start, end = doc.trim
        s = doc.text[start:end]
        done = max(done, end)  # ("60 hours a week" reaches past the match)
    if typ in ("DATE", "TIME"):
        earliest, latest = timex_interval(value)
        _remember(doc, rule, value, s, start, end)
    else:
        earliest = latest = None
        if value in ("P9M", "P6M") and _RE_YTD.search(s):
            doc.ytd = value  # "the first nine months": year-ago comparisons now name the year
    found.append(Timex(text=s, start=start, end=end, type=typ, value=value,
                       earliest=earliest, latest=latest, mod=mod))
    if rule == "full" and len(value) == 10:
        second = _second_day(doc.text, value, end)
        if second is not None:
            found.append(second)
            done = second.end
    return done


def _remember(doc: Doc, rule: str, value: str, s: str, start: int, end: int) -> None:
    """Update the document's anchors after a DATE or TIME expression."""
    text = doc.text
    if rule in _ANCHOR_RULES and not doc.shifted and RE_4DIGITS.match(value) and not (
            doc.anchor and "-Q" in doc.anchor and rule == "full"
            and _RE_ENDED_BEFORE.search(text, max(0, start - 30), start)) and not (
            "-Q" in value and "-quarter" not in s.lower()
            and _RE_INDEF_BEFORE.search(text, max(0, start - 20), start)):
        doc.anchor = value  # (the day in "the quarter ended Sept. 30" leaves the quarter the anchor)
        doc.anchor_end = end
        doc.fiscal = "fiscal" in s.lower()
        if "-Q" in value:
            doc.qanchor = value
            doc.ytd = None
    if RE_4DIGITS.match(value):
        doc.last_date = end
    if RE_DAY_VALUE.match(value):
        try:
            doc.last_day = (_dt.date.fromisoformat(value[:10]), end)
            if not doc.shifted:
                doc.named_day = doc.last_day
        except ValueError:
            pass


def _second_day(text: str, value: str, end: int) -> Optional[Timex]:
    """The second day of "April 24 and 25" on its own, after the date ``value`` ending at ``end``."""
    second = _RE_AND_DAY.match(text, end)
    if not (second and int(value[8:]) < int(second.group(1)) <= 31):
        return None
    # without a year ("XXXX-04-24", no publication date) the second day has none either
    year = int(value[:4]) if value[:4].isdigit() else None
    day2 = safe_date(year or 2000, int(value[5:7]), int(second.group(1)))
    if day2 is None:
        return None
    a, b = second.span(1)
    value2 = day2.isoformat() if year else "XXXX" + day2.isoformat()[4:]
    earliest, latest = timex_interval(value2)
    return Timex(text=text[a:b], start=a, end=b, type="DATE", value=value2, earliest=earliest, latest=latest,
                 mod=None)
