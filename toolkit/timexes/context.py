"""Resolution against the publication date and the tense of the clause.

:class:`Doc` carries one document's state while its expressions are normalised in text order:
the publication date, the last date named (the anchor of "a year earlier"), the last day (of
"that day"), and the tense of the clause around an expression (:meth:`Doc.future`). The
functions below pick the year of a month named alone, the date of a weekday, the date in
"the quarter ended Sept. 30" and the quarter a year-ago comparison refers to.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from .values import quarter_of, safe_date

__all__ = ["Doc", "ANAPHOR_REACH", "resolve_month_day", "weekday_date", "ended_date", "quarter_anchor",
           "timetable_verb"]

# How far back (characters) "that day" or "the next morning" looks for the day it refers to.
ANAPHOR_REACH = 600
_RE_SINCE = re.compile(r"\b(?:[Ss]ince|[Ee]ver[ \t]+since)[ \t]+(?:(?:late|early|mid|last)[ \t]+)?$")
# "ahead of the November vote", "ahead of Friday": the event is still to come
_RE_AHEAD_OF = re.compile(r"\bahead[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|next[ \t]+)?$", re.I)
_RE_BE_BEFORE = re.compile(r"\b(?:be|been|being|to|is|are|am)\s+$")
_RE_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$")
_RE_ON_ONLY = re.compile(r"\s*(?:on\s+)?")
_RE_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)[ \t]+(?:[a-z]+ly[ \t]+)?$")
# Before a present-tense timetable verb ("meets", "travels"): it is a noun or not the tense.
_RE_NOT_SCHEDULED = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|did|didn't|does|doesn't|do|"
    r"don't|not|never|to|can|could|would|should|might|must|may|will|had|has|have)|'s|\u2019s)[ \t]+$", re.I)
_RE_ENDED = re.compile(r"[ \t]+(?:ended|ending|ends|that[ \t]+ended|through)[ \t]+(?:on[ \t]+)?(\w+)\.?[ \t]+"
                       r"(\d{1,2})\b(?:,?[ \t]+(\d{4}))?")
# Multi-word cues the cue pattern finds besides the words of timex_cues.txt; all look ahead.
_FUTURE_PHRASES = ("is to", "are to", "to be", "going to", "as soon as", "as early as")


def timetable_verb(text: str, start: int) -> bool:
    """Whether the timetable word at ``start`` ("meet", "travels") is a present-tense verb: not
    after a determiner ("his visits": a noun) or an auxiliary ("did not meet": the tense is there)."""
    return _RE_NOT_SCHEDULED.search(text, max(0, start - 12), start) is None


class Doc:
    """Per-document state: the text, the publication date and the last anchoring date."""

    __slots__ = ("text", "dct", "anchor", "data", "shifted", "trim", "cue_gap", "last_day", "fiscal", "qanchor",
                 "ytd", "last_date", "cue", "anchor_end", "named_day")

    def __init__(self, text: str, dct: Optional[_dt.date], data: Any) -> None:
        self.text = text
        self.dct = dct
        self.anchor: Optional[str] = None  # last absolute DATE value, for "a year earlier"
        self.anchor_end = -1  # where the expression that gave it ends
        self.qanchor: Optional[str] = None  # last quarter mentioned ("the quarter" refers to it)
        self.fiscal = False  # the anchor is a fiscal quarter ("the fiscal first quarter")
        self.ytd: Optional[str] = None  # "P9M" after "the first nine months", until a quarter is named
        self.data = data
        self.last_day: Optional[tuple] = None  # (date, end offset) of the last day-level expression
        self.named_day: Optional[tuple] = None  # the same, of the last one not computed from another
        self.last_date = -1  # end offset of the last dated expression of any granularity
        self.cue_gap = 999  # characters between the last tense cue and the expression
        self.cue: Optional[str] = None  # that cue ("will", "said", "arrived")
        self.shifted = False  # set when a value was computed by shifting the anchor
        self.trim: Optional[tuple] = None  # set when the span is narrowed


    def future(self, start: int, end: int) -> Optional[bool]:
        """True when the clause around ``start`` is about the future, False for the past, None
        when there is no cue."""
        text = self.text
        self.cue = None
        if _RE_SINCE.search(text, max(0, start - 12), start):
            self.cue_gap = 0
            return False  # "since Friday", "since year-end": always back
        if _RE_AHEAD_OF.search(text, max(0, start - 16), start):
            self.cue_gap = 0
            return True
        lo = max(0, start - 150)
        window = text[lo:start]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "),
                  window.rfind("; "))
        if cut >= 0:
            window = window[cut + 1:]
        last, gap = self._cue_before(window)
        self.cue_gap = gap
        if last is None:
            last = self._cue_after(text[end:end + 120])
            if last is None:
                return None
        self.cue = last
        return last in self.data.future or last in _FUTURE_PHRASES

    def _cue_before(self, window: str) -> tuple:
        """The tense cue of the clause before an expression and its distance: ``(cue, gap)``,
        ``(None, 999)`` without one."""
        data = self.data
        last = last_ed = None
        gap = gap_ed = 999
        for m in data.re_cue.finditer(window):
            w = m.group(1).lower()
            if (w in data.past or (w.endswith("ed") and w not in data.future)) and _RE_BE_BEFORE.search(
                    window[max(0, m.start() - 7):m.start()]):
                continue  # "will be paid", "has been held", "is heard": a participle, not a past tense
            if w in ("until", "till") and not window[:m.start()].strip(" \t\"'`(,"):
                continue  # "Until Thursday, they had not ...": the main clause after decides
            if w in data.to_cues and not window.startswith(" to ", m.end()):
                continue  # "plans to attend" looks ahead; "vacation plans" is a noun
            if w in data.scheduled:
                if not timetable_verb(window, m.start()):
                    continue
                w = "will"  # "the ministers meet Monday": a present tense timetable looks ahead
            if w in data.future and _RE_HAD_BEFORE.search(window[max(0, m.start() - 10):m.start()]):
                w = "had"  # "had been scheduled to expire Friday": a plan in the past
            if w.endswith("ed") and w not in data.future and w not in data.past:
                last_ed, gap_ed = w, len(window) - m.end()  # a participle or past form: weaker
            else:
                last, gap = w, len(window) - m.end()
        if last is None or (last_ed is not None and gap_ed < gap
                            and _RE_ON_ONLY.fullmatch(window[len(window) - gap_ed:])):
            # "the decision, announced Wednesday": a past form right before the expression
            last, gap = last_ed, gap_ed
        return last, gap

    def _cue_after(self, after: str) -> Optional[str]:
        """The first tense cue of the clause after an expression ("On Friday, the council met"), or None."""
        data = self.data
        cut = min([i for i in (after.find(". "), after.find("\n"), after.find("; ")) if i >= 0] or [len(after)])
        for m in data.re_cue.finditer(after[:cut]):
            last = m.group(1).lower()
            if last in data.to_cues and not after.startswith(" to ", m.end()):
                continue
            if _RE_DETERMINER_BEFORE.search(after[max(0, m.start() - 20):m.start()]):
                continue  # "the hastily planned trip": an adjective, not the clause's verb
            if last == "planned" and after.startswith(" to ", m.end()):
                last = "had"  # "On Friday, the government planned to pay": a past plan
            if last in data.scheduled:
                if not timetable_verb(after, m.start()):
                    continue
                last = "will"  # "On Monday the ministers meet again"
            return last
        return None


def resolve_month_day(doc: Doc, month: int, day: Optional[int], start: int, end: int) -> Optional[_dt.date]:
    """A year for a month (and day) written without one.

    The nearest occurrence to the publication date wins, unless the tense of the clause points
    one way and that occurrence is close enough (a past cue and an occurrence within half a year
    back; a future cue and one within a year ahead). A date reached in a past-tense clause ("the shipment
    arrived before June 30", "was 4 percent as of June"; a reporting "said" does not count) is
    always the most recent occurrence.
    """
    dct = doc.dct
    fut = doc.future(start, end)
    happened = fut is False and doc.cue not in doc.data.reporting and doc.data.re_reached.search(
        doc.text, max(0, start - 20), start) is not None
    if day is None:
        back = (dct.month - month) % 12            # months back to the last such month (0: this one)
        ahead = (month - dct.month) % 12 or 12     # months ahead to the next one
        if back == 0:
            return _dt.date(dct.year, month, 1)
        if fut is True:
            choice = "ahead"
        elif fut is False and (back <= 9 or doc.cue_gap < 12 or happened):
            choice = "back"
        else:
            choice = "ahead" if 3 * ahead < back else "back"  # news mostly looks back
        y = dct.year if (choice == "back") == (month <= dct.month) else (
            dct.year - 1 if choice == "back" else dct.year + 1)
        return _dt.date(y, month, 1)
    cands = [c for c in (safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not cands:
        return None
    prev = max((c for c in cands if c <= dct), default=None)
    nxt = min((c for c in cands if c > dct), default=None)
    if prev is None or nxt is None:
        return prev or nxt
    dp, dn = (dct - prev).days, (nxt - dct).days
    if fut is True and dp > 30:
        return nxt
    if fut is False and (dp <= 183 or (doc.cue_gap < 12 and dn > 45) or happened):
        return prev
    return nxt if 2 * dn < dp else prev


def weekday_date(doc: Doc, wd: int, start: int, end: int, rel: str) -> _dt.date:
    """The date of a weekday: the most recent one (today included) unless the clause is about
    the future; "next"/"last"/"this coming"/"this past" force the direction."""
    dct = doc.dct
    diff = wd - dct.isoweekday()
    if rel in ("next", "this coming"):
        return dct + _dt.timedelta(days=(diff % 7) or 7)
    if rel in ("last", "this past"):
        return dct - _dt.timedelta(days=((-diff) % 7) or 7)
    if doc.text.startswith("'s", end) or doc.text.startswith("\u2019s", end):
        fut = False  # "Wednesday's ruling": already happened
    else:
        fut = doc.future(start, end)
    if fut:
        return dct + _dt.timedelta(days=diff % 7)
    return dct - _dt.timedelta(days=(-diff) % 7)


def ended_date(doc: Doc, end: int) -> Optional[_dt.date]:
    """The date in "quarter ended Sept. 30" / "year ending June 30, 1989", if one follows."""
    m = _RE_ENDED.match(doc.text, end)
    if not m:
        return None
    mon = doc.data.months.get(m.group(1).lower())
    if mon is None:
        return None
    day = int(m.group(2))
    if m.group(3):
        return safe_date(int(m.group(3)), mon, day)
    if doc.dct is None:
        return None
    return resolve_month_day(doc, mon, day, end, m.end())


def quarter_anchor(doc: Doc, period: bool = True) -> Optional[str]:
    """The quarter a year-ago comparison refers to: the last quarter mentioned, unless that one
    lies ahead of the publication date (an outlook), then the last completed quarter. After "the
    (first) nine months" (``doc.ytd``) a comparison that names no quarter is with the year."""
    a = doc.anchor
    if not a or "-Q" not in a:
        return None
    if period and doc.ytd:
        return a[:4]
    if doc.dct is not None:
        y, q = int(a[:4]), int(a[-1])
        if _dt.date(y, 3 * q - 2, 1) > doc.dct:
            cy, cq = quarter_of(doc.dct)
            py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
            return f"{py}-Q{pq}"
    return a
