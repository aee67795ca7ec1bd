"""Normalisers of days and times of day: clock times ("5 p.m. EST, Oct. 20"), weekdays ("last
Tuesday", "Friday evening", "Mondays"), days named from today ("yesterday", "tonight") and days
named from the last day the article mentioned ("that day", "the next morning")."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from .amounts import cap_month, month_of
from .context import ANAPHOR_REACH, Doc, resolve_month_day, weekday_date
from .values import safe_date

__all__ = ["NORMALISERS"]

_RE_HOUR_MINUTE = re.compile(r"(\d{1,2})(?::(\d\d))?")
_RE_HIGH_BEFORE = re.compile(r"\bhigh[ \t]+$", re.I)
_RE_NOON = re.compile(r"\b(?:noon|midday)\b")
_RE_IN_THE_AFTERNOON = re.compile(r"\bin the (?:afternoon|evening)\b")
_RE_IN_THE_MORNING = re.compile(r"\bin the morning\b")
_RE_PM = re.compile(r"\dpm|\spm")
_RE_AM = re.compile(r"\dam|\sam")
_RE_DAY_AT_END = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*$")
_RE_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")
_RE_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_RE_CLOCK_PAREN_DAY = re.compile(r"[ \t]*\((?:[^()\n]{1,20}\)[ \t]*(?:on[ \t]+)?|[^()\n]{0,24}?\b(?=[A-Z][a-z]+day\)))"
                                 r"([A-Z][a-z]+day)\b")
_RE_GENERIC_AFTER = re.compile(
    r"(?:'s|\u2019s)[ \t]+(?:[a-z]+[ \t]+)?(?:world|youth|society|generation|children|kids|young|teenagers|"
    r"computers|technology|culture|standards|terms|dollars|economy|America|Europe|China|Russia)\b")
# After a weekday: a newspaper or a name ("Sunday Times", "Sunday Bloody Sunday"), not a day.
_RE_NAME_AFTER_WEEKDAY = re.compile(r"[ \t]+(?:Times|Telegraph|Express|Post|Mirror|Herald|Independent|Tribune|Star|"
                                    r"School|Service|Bloody|Night[ \t]+Live)\b")
_RE_NOUN_OF_BEFORE = re.compile(r"\b(?:the|of)[ \t]+\w+[ \t]+of[ \t]+$")
_RE_NAME_BEFORE = re.compile(r"\b[A-Z][\w.&]*[ \t]+$")


def _clock_time(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"5 p.m.", "10:35 a.m. Friday", "noon", "4 in the morning", "9:14 AM, Oct 06, 2023": the time
    on the day named or implied."""
    data, dct, text = doc.data, doc.dct, doc.text
    if _RE_HIGH_BEFORE.search(text[max(0, start - 6):start]):
        return None  # "high noon"
    hm = _hour_minute(low)
    if hm is None:
        return None
    day = None
    wdm = data.re_wd.search(s)
    if wdm is None:
        # "10:35 a.m. (0735 GMT) Friday": the day named right after the clock time
        nxt = _RE_CLOCK_PAREN_DAY.match(text, end)
        if nxt:
            wdm = data.re_wd.match(nxt.group(1))
    mword = data.re_month_word.search(s)
    if mword and data.re_year.search(s, mword.end()):
        day = _dated(s[mword.start():], data)  # "9:14 AM, Oct 06, 2023": the date as written
        if day is None:
            return None
    elif mword:
        dm = _RE_DAY_AT_END.search(s)
        if dm and dct:
            day = resolve_month_day(doc, month_of(s, data), int(dm.group(1)), start, end)
    elif wdm and dct:
        day = weekday_date(doc, data.weekdays[wdm.group(0).lower()], start, end, "")
    elif "yesterday" in low and dct:
        day = dct - _dt.timedelta(days=1)
    elif "tomorrow" in low and dct:
        day = dct + _dt.timedelta(days=1)
    elif doc.last_day and doc.last_day[1] >= start - 40 and not _RE_SENTENCE_BREAK.search(text[doc.last_day[1]:start]):
        day = doc.last_day[0]  # "On Dec. 31, 2023, at midnight": the day just named
    elif dct:
        day = dct
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + hm, mod


def _hour_minute(low: str) -> Optional[str]:
    """The ``Thh:mm`` of a clock time ("5 p.m.", "17:30 GMT", "noon", "9 at night"), or None."""
    if _RE_NOON.search(low):
        return "T12:00"
    if "midnight" in low:
        return "T00:00"
    m = _RE_HOUR_MINUTE.search(low)
    hh, mi = int(m.group(1)), int(m.group(2) or 0)
    if _RE_IN_THE_AFTERNOON.search(low) or ("at night" in low and hh >= 6 and hh != 12):
        hh = hh % 12 + 12  # "4 in the afternoon", "9 at night"
    elif _RE_IN_THE_MORNING.search(low) and hh == 12:
        hh = 0
    if "p.m" in low or _RE_PM.search(low):
        hh = hh % 12 + 12
    elif "a.m" in low or _RE_AM.search(low):
        hh = hh % 12
    if hh > 23 or mi > 59:
        return None
    return f"T{hh:02d}:{mi:02d}"


def _dated(date_part: str, data: Any) -> Optional[_dt.date]:
    """The date of a month, a day and a year written out ("Friday, Oct 06, 2023", "6 October
    2023"), or None: the day is the number of one or two digits outside the year."""
    mon, ym = month_of(date_part, data), data.re_year.search(date_part)
    if mon is None or ym is None:
        return None
    dm = _RE_DAY_NUMBER.search(date_part[:ym.start()])
    return safe_date(int(ym.group(1)), mon, int(dm.group(1))) if dm else None


def _stamp(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """A web page's date and time line, one TIME: "Oct. 5, 2023 at 3:45 p.m. EDT", "October 6, 2023
    5:09 PM ET", "6 October 2023, 14:30 GMT" (the zone stays in the extent, not in the value)."""
    data = doc.data
    if not cap_month(s, data):
        return None
    ym = data.re_year.search(s)
    day = _dated(s[:ym.end()], data)
    hm = _hour_minute(" ".join(s[ym.end():].lower().split()))
    if day is None or hm is None:
        return None
    return "TIME", day.isoformat() + hm, None


def _weekday(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"Thursday", "last Tuesday", "Friday evening", "the previous Friday"; "Mondays" is a SET."""
    data, dct, text = doc.data, doc.dct, doc.text
    if _RE_NAME_AFTER_WEEKDAY.match(text[end:end + 14]):
        return None  # a newspaper or a name, not a day
    words = low.replace("-", " ").split()
    wd = next(data.weekdays[w.rstrip("s")] for w in words if w.rstrip("s") in data.weekdays)
    wdword = next(w for w in words if w.rstrip("s") in data.weekdays)
    pod = next((data.pods[w.rstrip("s")] for w in words if w.rstrip("s") in data.pods), None)
    plural = wdword.endswith("s") and wdword.rstrip("s") in data.weekdays
    pod_plural = pod is not None and words[-1].endswith("s") and words[-1].rstrip("s") in data.pods
    if words[0] in ("every", "each") or plural or pod_plural:
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None
    shift = 0
    if "day" in words[:2] and words[words.index("day") + 1] in ("before", "after"):
        # "the day before last Tuesday"
        shift = -1 if words[words.index("day") + 1] == "before" else 1
        words = words[words.index("day") + 2:]
    rel = ""
    if words[0] in ("last", "next"):
        rel = words[0]
    elif words[:2] in (["this", "past"], ["this", "coming"]):
        rel = " ".join(words[:2])
    if dct is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), mod
    if words[0] == "the" and words[1] in ("previous", "preceding", "following"):
        # "the previous Friday": the one before the day under discussion (the last day named)
        ref = doc.last_day[0] if doc.last_day else dct
        if words[1] == "following":
            day = ref + _dt.timedelta(days=((wd - ref.isoweekday()) % 7) or 7)
        else:
            day = ref - _dt.timedelta(days=((ref.isoweekday() - wd) % 7) or 7)
    else:
        day = weekday_date(doc, wd, start, end, rel)
    day += _dt.timedelta(days=shift)
    if pod:
        return "TIME", f"{day.isoformat()}T{pod}", mod
    return "DATE", day.isoformat(), mod


def _day_anaphor(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"that day", "the next morning", "later that day": the last day the article named."""
    data, dct = doc.data, doc.dct
    # "that day", "the next morning", "later in the day": the day the story is at, which is the
    # last day named; "in the day" alone may also be the day of publication
    words = low.split()
    if words[-3:] == ["in", "the", "day"]:
        # "earlier in the day": the preposition and what comes before it stay out of the extent
        doc.trim = (start + s.rindex("the"), end)
    near = doc.last_day if doc.last_day and start - doc.last_day[1] <= ANAPHOR_REACH else None
    if near is not None and doc.last_date > near[1]:
        return None  # "last October ... that same day": a day of a month, not the day named before
    if near is not None:
        base = near[0]
    elif words[-3:] == ["in", "the", "day"] and dct is not None:
        base = dct
    else:
        return None  # no day to refer back to: "that day will come" is no date
    if any(w in words for w in ("next", "following")):
        base += _dt.timedelta(days=1)
    elif any(w in words for w in ("previous", "preceding")):
        base -= _dt.timedelta(days=1)
    pod = data.pods.get(words[-1])
    if pod:
        return "TIME", f"{base.isoformat()}T{pod}", mod
    return "DATE", base.isoformat(), mod


def _named_day(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"today", "yesterday evening", "tonight", "mid-afternoon": a day counted from publication."""
    data, dct, text = doc.data, doc.dct, doc.text
    if low in ("today", "tomorrow") and (
            _RE_GENERIC_AFTER.match(text, end)  # "today's youth", "today's world"
            or _RE_NOUN_OF_BEFORE.search(text[max(0, start - 30):start])):  # "the cars of tomorrow"
        return None
    if s[0] == "T" and _RE_NAME_BEFORE.search(text[max(0, start - 12):start]):
        return None  # "USA Today", "VOA Today": a name
    words = low.replace("-", " ").split()
    if words[0].startswith("mid") and words[0] != "mid":
        words = ["mid", words[0][3:]] + words[1:]  # "midafternoon"
    pod = next((data.pods[w] for w in words if w in data.pods), None)
    shift = 0
    if "yesterday" in words or (words[0] == "last" and words[-1] in ("night", "evening")):
        shift = -1
    elif "tomorrow" in words:
        shift = 1
    if "before" in words:
        shift = -2
    elif "after" in words:
        shift = 2
    if "tonight" in words:
        pod = "NI"
    if words[0] == "last" and words[-1] in ("morning", "afternoon"):
        return None
    if dct is None:
        base = "XXXX-XX-XX"
    else:
        base = (dct + _dt.timedelta(days=shift)).isoformat()
    if pod:
        return "TIME", f"{base}T{pod}", mod
    return "DATE", base, mod


NORMALISERS = {
    "clock": _clock_time,
    "stamp": _stamp,
    "weekday": _weekday,
    "dayref": _day_anaphor,
    "refday": _named_day,
}
