"""Time expressions: find them in news text and resolve them against the publication date.

Pure Python and rule-based (no Java, nothing downloaded). A fast scan finds trigger words (month
and weekday names, time units, "now", "today", years, clock times); one compiled alternation
pattern is then tried only at the word starts just before each trigger where one of its rules
can begin, with no word or character between that no expression contains (both stated in
``toolkit/data/timex_scan_words.txt``), and every match is normalised to a TimeML (TIMEX3) type and value following
TimeBank/TempEval-3 conventions:

==============================  ==========  ================
expression                      type        value
==============================  ==========  ================
October 4, 2023 / Oct. 4        DATE        2023-10-04
Thursday ("will meet on ...")   DATE        2023-10-05
Wednesday evening               TIME        2023-10-04TEV
Oct. 5, 2023 at 3:45 p.m. EDT   TIME        2023-10-05T15:45
September                       DATE        2023-09
this week                       DATE        2023-W40
last year                       DATE        2022
the third quarter               DATE        2023-Q3
1990s                           DATE        199
recent weeks / the coming days  DURATION    PXW / PXD
now                             DATE        PRESENT_REF
months ("for months")           DURATION    PXM
three weeks                     DURATION    P3W
every day / monthly             SET         P1D / P1M
==============================  ==========  ================

Bare weekdays and months are resolved by the tense of their clause (a cue such as "will",
"said" or a past form) and by distance: in news a bare weekday is today or the most recent one
unless the clause is about the future (a present-tense timetable, "the ministers meet Friday", is;
so is "ahead of the November vote"). A date reached in a past-tense clause ("the rate was 4
percent as of June", "arrived before June 30") is the most recent one, however far back.
"That day", "later that night" and "the next morning" follow the last day the article named.
Expressions such as "a year earlier" or "the year-ago quarter" are resolved against the last
date the article mentioned; in earnings reports "the quarter" and "the latest period" are the
quarter under discussion (a fiscal quarter stays the anchor past "the quarter ended Sept.
30"), and "the previous Friday" counts back from the day under discussion. After "the first
nine months" a comparison that names no quarter ("a year earlier") is with the year;
"compared with $3 million last year" in a quarterly report is the year-ago quarter; "the
quarter ended July 31" is the calendar quarter of its middle month (Q2). A bare "the week" is
left unplaced (``2023-WXX``): "the" alone does not say which week. Values keep the granularity
of the text: "September" is a month, never a day.

Without a publication date, the date the text gives itself is used (:func:`date_from_text`: a
"Published ..." line, a wire dateline, a byline; never a site's page-view line); without that
too, absolute expressions are still resolved and relative ones keep underspecified TimeML values
(``XXXX-WXX-4``, ``XXXX-09``) rather than guessing today.

Example:
    >>> import datetime
    >>> from toolkit.timexes import find_timexes
    >>> [(t.text, t.value) for t in find_timexes("They met on Wednesday evening.",
    ...                                          published=datetime.date(2023, 10, 4))]
    [('Wednesday evening', '2023-10-04TEV')]

The package, module by module: :mod:`.ruledata` reads the word tables and compiles the patterns
(:mod:`.patterns`: one regex per rule; :mod:`.scan`: where they are tried); :mod:`.finder` runs
the scan and keeps the document's anchors; :mod:`.normalise` holds one normaliser per rule,
grouped in :mod:`.absolute`, :mod:`.relative`, :mod:`.days` and :mod:`.spans`; :mod:`.context`
resolves against the publication date and the tense; :mod:`.values` and :mod:`.amounts` are
the calendar and the quantities they share; :mod:`.dateline` reads a publication date from the text.
"""
from __future__ import annotations

from .dateline import date_from_text
from .finder import find_timexes
from .ruledata import calendar_names
from .values import granularity, timex_interval

__all__ = ["find_timexes", "date_from_text", "timex_interval", "granularity", "TIMEX_TYPES", "calendar_names"]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
