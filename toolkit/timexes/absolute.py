"""Normalisers of dates written out: ISO and slash dates, "October 4, 2023", "March 2019",
"March next year", decades, centuries, years, seasons, holidays and months named alone."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from .amounts import cap_month, month_of, number_of, year_of
from .context import Doc, resolve_month_day
from .values import holiday_date, safe_date, week_value

__all__ = ["NORMALISERS"]

_TENS = {"twenty": 20, "thirty": 30}  # of the ordinals written "twenty-first", "thirty-first"
_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_RE_RELATIVE_WORD = re.compile(r"(?i)\b(?:this|coming|past|next|last)\b")
_RE_OF_RELATIVE_YEAR = re.compile(r"(?i)\s+of\s+(this|last|next)\s+year$")
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_RE_DAY_DIGITS = re.compile(r"\d{1,2}")
_RE_ORDINAL_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_RE_DECADE_DIGITS = re.compile(r"(\d{3})0'?s")
_RE_DECADE_SHORT = re.compile(r"'(\d)0s")
_RE_CENTURY_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_RE_CENTURY_WORD = re.compile(r"([a-z]+(?:-[a-z]+)?)[- \t]+century")
# Words before a year that make a number a year ("in 1980", "fiscal 1990", "(1998").
_RE_YEAR_CONTEXT_BEFORE = re.compile(r"(?:in|since|of|by|until|from|to|before|after|during|through|and|early|late|"
                                     r"mid|year|fiscal|the|for|between|'s|,|\()[ \t]*$", re.I)
_RE_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_RE_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\n][ \t]*)[A-Z][a-z]+[ \t]+$")
_RE_RANGE_AFTER = re.compile(r"[ \t]*(?:-|\u2013)[ \t]*\d")
_RE_SHORT_RANGE_AFTER = re.compile(r"[ \t]*-[ \t]*\d\d\b(?!\d)")
_RE_COUNTED_NOUN_AFTER = re.compile(
    r"[ \t]+(?:shares|people|votes|miles|feet|meters|dollars|tons|troops|jobs|cars|units)\b")
_RE_SEASON_CONTEXT_BEFORE = re.compile(r"\b(?:in|during|by|until|since|over|through|this|that|next|last)[ \t]+$",
                                       re.I)
_RE_OF_NAME_AFTER = re.compile(r"[ \t]+of[ \t]+[A-Z]")
_RE_HOLIDAY_RELATIVE = re.compile(r"(?:this past|this coming|last|next|this) ")
_RE_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_RE_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# Words before "March" or "May" alone that make it a month ("in May", "until March").
_RE_MONTH_CONTEXT_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|to|through|of|during|before|after|between|"
                                      r"and|or|early|late|mid|last|this|next|for)[ \t]+$", re.I)
_RE_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_RE_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:of|on|to|for|against|in)\b)[a-z]{3,}")
_RE_IN_BEFORE = re.compile(r"\bin[ \t]+$")
_RE_BY_BEFORE = re.compile(r"\bby[ \t]+$")
_RE_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)[ \t]+$")


def _ordinal_value(word: str, data: Any) -> Optional[int]:
    """The number of an ordinal word ("third" 3, "twenty-first" 21), or None."""
    n = data.ordinals.get(word)
    if n is None and "-" in word:
        tens, unit = word.split("-")
        n = _TENS.get(tens, 0) + data.ordinals.get(unit, 0)
    return n


def _iso_date(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"2023-10-04", "2023-10-04T12:30", "2023-10-04 12:30 GMT": the date (or time) as written, when
    it exists (a zone stays in the extent, not in the value)."""
    try:
        if len(s) > 10:
            stamp = s[:10] + "T" + s[11:16]
            _dt.datetime.fromisoformat(stamp)
            return "TIME", stamp, None
        _dt.date.fromisoformat(s)
    except ValueError:
        return None
    return "DATE", s, None


def _slash_date(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"10/4/2023", "10/4/23": month first; a two-digit year after 30 is in the 1900s."""
    mo, d, y = s.split("/")
    y = int(y) + (0 if len(y) == 4 else (1900 if int(y) > 30 else 2000))
    day = safe_date(y, int(mo), int(d))
    return ("DATE", day.isoformat(), None) if day else None


def _full_date(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"October 4, 2023", "Oct. 4", "4 October", "March the third", "the week of October 16"."""
    data, dct = doc.data, doc.dct
    if not cap_month(s, data):
        return None
    mon = month_of(s, data)
    week_of = low.startswith("the week of ")
    of_year = _RE_OF_RELATIVE_YEAR.search(s)  # "June 16th of last year"
    if of_year is not None:
        s = s[:of_year.start()]
    body = data.re_month_word.sub(" ", s[12:] if week_of else s)
    body = data.re_wd.sub(" ", body)
    body = _RE_RELATIVE_WORD.sub(" ", body)
    ym = data.re_year.search(body)
    if ym:
        body = body[:ym.start()] + body[ym.end():]
    dm = _RE_DAY_DIGITS.search(body)
    if dm:
        d = int(dm.group(0))
    else:
        om = _RE_ORDINAL_WORD.search(body.lower().replace("the", " "))
        if not om:
            return None
        d = _ordinal_value(om.group(0), data)
    if ym:
        day = safe_date(int(ym.group(1)), mon, d)
    elif of_year is not None and dct is not None:
        day = safe_date(dct.year + _YEAR_SHIFT[of_year.group(1).lower()], mon, d)
    elif dct is None:
        return ("DATE", "XXXX-WXX", None) if week_of else ("DATE", f"XXXX-{mon:02d}-{d:02d}", None)
    else:
        day = resolve_month_day(doc, mon, d, start, end)
    if day is None:
        return None
    return "DATE", (week_value(day) if week_of else day.isoformat()), None  # "the week of March 6": W10


def _month_year(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"March 2019", "early March of nineteen ninety-seven": the month of that year."""
    data = doc.data
    if not cap_month(s, data):
        return None
    mon = month_of(s, data)
    y = year_of(s, data)
    if y is None:
        return None
    return "DATE", f"{y}-{mon:02d}", mod


def _month_relative_year(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"March of last year", "June next year": the month of the year named."""
    data, dct = doc.data, doc.dct
    if not cap_month(s, data):
        return None
    mon = month_of(s, data)
    if dct is None:
        return "DATE", f"XXXX-{mon:02d}", mod
    y = dct.year + next((_YEAR_SHIFT[w] for w in low.split() if w in _YEAR_SHIFT), 0)
    return "DATE", f"{y}-{mon:02d}", mod


def _decade(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"the 1990s", "the '90s", "the late sixties": the decade (``199``)."""
    m = _RE_DECADE_DIGITS.search(low)
    if m:
        return "DATE", m.group(1), mod
    m = _RE_DECADE_SHORT.search(low)
    digit = int(m.group(1)) if m else next(v for k, v in doc.data.decades.items() if k in low)
    return "DATE", f"19{digit}", mod


def _century(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"the 19th century", "the twenty-first century": the century (``18``, ``20``)."""
    data = doc.data
    m = _RE_CENTURY_DIGITS.search(low)
    n = int(m.group(1)) if m else None
    if n is None:
        n = _ordinal_value(_RE_CENTURY_WORD.search(low).group(1), data)
    if not n:
        return None
    return "DATE", f"{n - 1:02d}", mod


def _year(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"1998", "fiscal 1990", "the year two thousand and four"; numbers that are no years are rejected."""
    data, text = doc.data, doc.text
    ym = data.re_year.search(s)
    if ym:
        y = int(ym.group(1))
        before = text[max(0, start - 12):start]
        ctx = _RE_YEAR_CONTEXT_BEFORE.search(before)
        if not (1900 <= y <= 2049) and not ctx and "fiscal" not in low and "year" not in low:
            return None
        if (not ctx and s[0].isdigit() and _RE_NAME_BEFORE.search(before)
                and not _RE_SENTENCE_START_BEFORE.search(before) and not data.re_month_word.search(before)):
            return None  # "Orion 1980", "Expo 2000": part of a name
        if _RE_RANGE_AFTER.match(text[end:end + 3]) and not _RE_SHORT_RANGE_AFTER.match(text[end:end + 5]):
            return None
        nxt = text[end:end + 12].lower()
        if _RE_COUNTED_NOUN_AFTER.match(nxt):
            return None
        if "period" in low and doc.anchor and "-Q" in doc.anchor and doc.anchor[:4] != str(y) and not doc.ytd:
            doc.shifted = True
            return "DATE", f"{y}{doc.anchor[4:]}", None
        return "DATE", str(y), mod
    words = low.replace("-", " ").split()
    if "thousand" in words:
        rest = [w for w in words[words.index("thousand") + 1:] if w != "and"]
        n = number_of(" ".join(rest), data) if rest else 0
        return "DATE", f"{2000 + int(n or 0)}", None
    i = words.index("nineteen")
    rest = words[i + 1:]
    if rest == ["hundred"]:
        return "DATE", "1900", None
    n = number_of(" ".join(rest), data)
    if n is None or n >= 100:
        return None
    return "DATE", f"{1900 + int(n)}", None


def _season(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"last summer", "the winter of 1994"; "the fall" or "spring" alone only where a season is meant."""
    data, dct, text = doc.data, doc.dct, doc.text
    words = low.replace("-", " ").split()
    code = next((data.seasons[w] for w in words if w in data.seasons), None)
    ym = year_of(s, data)
    if not ym and not any(w in words for w in ("last", "this", "next", "early", "late", "mid", "coming",
                                                "past")):
        # "the fall" / "spring" alone are too often nouns and verbs
        in_the = words[0] == "the" and _RE_SEASON_CONTEXT_BEFORE.search(
            text[max(0, start - 8):start]) and not _RE_OF_NAME_AFTER.match(text[end:end + 5])
        if not (words[0] == "the" and code in ("SU", "WI")) and not in_the:
            return None
    if ym:
        return "DATE", f"{ym}-{code}", mod
    if dct is None:
        return "DATE", f"XXXX-{code}", mod
    y = dct.year
    start_month = _SEASON_START_MONTH[code]
    if "last" in words or "past" in words:
        y = y - 1 if start_month >= dct.month or code == "WI" else y
        if code == "WI" and dct.month <= 2:
            y = dct.year - 1
    elif "next" in words or "coming" in words:
        y = y + 1 if start_month <= dct.month else y
    else:
        if code == "WI" and dct.month <= 2:
            y -= 1
    return "DATE", f"{y}-{code}", mod


def _holiday(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"Christmas", "last Thanksgiving", "Election Day": the holiday's date in the year the tense points to."""
    data, dct = doc.data, doc.dct
    rel = _RE_HOLIDAY_RELATIVE.match(low)
    name = low[rel.end():] if rel else low
    code = data.holidays.get(name)
    if code is None or not s[len(s) - len(name):][0].isupper():
        return None
    if rel and dct is not None:
        r = rel.group(0).strip()
        day = holiday_date(code, dct.year)
        if day is None:
            return None
        if r in ("last", "this past") and day >= dct:
            day = holiday_date(code, dct.year - 1)
        elif r in ("next", "this coming") and day <= dct:
            day = holiday_date(code, dct.year + 1)
        return ("DATE", day.isoformat(), None) if day else None
    if dct is None:
        return ("DATE", f"XXXX-{code}", None) if "-" in code else None
    day = holiday_date(code, dct.year)
    if day is None:
        return None
    fut = doc.future(start, end)
    if day > dct and ((day - dct).days > 60 and not fut or fut is False):
        day = holiday_date(code, dct.year - 1)  # "since Thanksgiving", "last Christmas"
    elif (dct - day).days > 200 and doc.future(start, end):
        day = holiday_date(code, dct.year + 1)
    return "DATE", day.isoformat(), None


def _month(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"September", "last June", "by February": the month in the year the tense and the context point to."""
    data, dct, text = doc.data, doc.dct, doc.text
    if not cap_month(s, data):
        return None
    mword = data.re_month_word.search(s).group(0)
    if len(mword.rstrip(".")) <= 4 and mword.lower().rstrip(".") not in ("may", "june", "july"):
        return None  # lone abbreviations ("Jan", "Dec") are too ambiguous
    words = low.replace("-", " ").split()
    mon = data.months[mword.rstrip(".").lower()]
    before = text[max(0, start - 12):start]
    after = text[end:end + 3]
    prefixed = len(words) > 1
    if not prefixed:
        if mon in (3, 5) or (mon == 8 and _RE_CAPITAL_AFTER.match(after)):
            if not _RE_MONTH_CONTEXT_BEFORE.search(before) and not (
                    _RE_THE_BEFORE.search(before)
                    and _RE_NOUN_AFTER.match(text[end:end + 14])):
                return None  # ("the March accession" is a month; "the March on Rome" is not)
        if _RE_CAPITAL_WORD_AFTER.match(after) and not _RE_IN_BEFORE.search(before):
            return None
    if dct is None:
        return "DATE", f"XXXX-{mon:02d}", mod
    if "last" in words or "past" in words:
        # "last February" written in March: a year back ("last month" would name the one just gone)
        y = dct.year if mon < dct.month - 1 or (mon == dct.month - 1 and "past" in words) else dct.year - 1
    elif "next" in words or "coming" in words:
        y = dct.year if mon > dct.month else dct.year + 1
    elif "this" in words:
        y = dct.year
    elif not prefixed and 0 < (mon - dct.month) % 12 <= 6 and (_RE_BY_BEFORE.search(before) or (
            _RE_UNTIL_BEFORE.search(before)
            and (doc.future(start, end) is not False or doc.cue_gap > 30))):
        # "to conclude by May", "loans extended through January": a deadline ahead
        y = dct.year if mon > dct.month else dct.year + 1
    else:
        y = resolve_month_day(doc, mon, None, start, end).year
    return "DATE", f"{y}-{mon:02d}", mod


NORMALISERS = {
    "iso": _iso_date,
    "slash": _slash_date,
    "full": _full_date,
    "monyear": _month_year,
    "monrel": _month_relative_year,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "season": _season,
    "holiday": _holiday,
    "month": _month,
    "yearword": _year,
}
