"""TimeML values on the calendar: the interval a value denotes, its granularity, and the
calendar arithmetic the normalisers share (ISO weeks, quarters, month steps, holidays)."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

__all__ = ["timex_interval", "granularity", "week_value", "quarter_of", "add_months", "safe_date",
           "holiday_date", "shift_value", "after_dct", "RE_4DIGITS", "RE_DAY_VALUE"]


def week_value(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: _dt.date) -> tuple:
    return d.year, (d.month - 1) // 3 + 1


def add_months(y: int, m: int, n: int) -> tuple:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def holiday_date(code: str, year: int) -> Optional[_dt.date]:
    if "-" in code:
        m, d = code.split("-")
        return safe_date(year, int(m), int(d))
    if code == "TG":  # fourth Thursday of November
        first = _dt.date(year, 11, 1)
        return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if code == "LD":  # first Monday of September
        first = _dt.date(year, 9, 1)
        return first + _dt.timedelta(days=(0 - first.weekday()) % 7)
    if code == "ED":  # the Tuesday after the first Monday of November
        first = _dt.date(year, 11, 1)
        return first + _dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if code == "MD":  # last Monday of May
        last = _dt.date(year, 5, 31)
        return last - _dt.timedelta(days=last.weekday())
    return None


# Compiled once: these run for every expression found.
_RE_2DIGITS, _RE_3DIGITS, RE_4DIGITS = re.compile(r"\d{2}"), re.compile(r"\d{3}"), re.compile(r"\d{4}")
RE_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_RE_DECADE_VALUE = re.compile(r"\d{3}X?")
_RE_YEAR_AND_REST = re.compile(r"^(\d{4})(.*)$")
_RE_DAY_REST = re.compile(r"^-\d\d-\d\d")
_POD_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (21, 24), "DT": (9, 17)}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_RE_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?:(?P<pod>MO|AF|EV|NI|DT)|(?P<hh>\d\d):(?P<mi>\d\d)))?)?"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$")


def timex_interval(value: Optional[str]) -> tuple:
    """The interval a TimeML DATE/TIME value denotes.

    Args:
        value: A TimeML value such as ``2023-10-04TEV``, ``2023-W40``, ``2023-Q3``, ``199``.

    Returns:
        ``(earliest, latest)`` as ``datetime.datetime``; ``(None, None)`` for values that are not
        anchored on the calendar (``PAST_REF``, ``P3W``, ``XXXX-09``).
    """
    if not value:
        return None, None
    D = _dt.datetime
    try:
        if _RE_3DIGITS.fullmatch(value):  # decade
            y = int(value) * 10
            return D(y, 1, 1), D(y + 9, 12, 31, 23, 59, 59)
        if _RE_2DIGITS.fullmatch(value):  # century
            y = int(value) * 100
            return D(max(y, 1), 1, 1), D(y + 99, 12, 31, 23, 59, 59)
        m = _RE_VALUE.match(value)
        if not m:
            return None, None
        y = int(m["y"])
        if m["d"]:
            day = _dt.date(y, int(m["m"]), int(m["d"]))
            if m["pod"]:
                a, b = _POD_HOURS[m["pod"]]
                start = D.combine(day, _dt.time()) + _dt.timedelta(hours=a)
                return start, D.combine(day, _dt.time()) + _dt.timedelta(hours=b) - _dt.timedelta(seconds=1)
            if m["hh"]:
                t = D.combine(day, _dt.time(int(m["hh"]), int(m["mi"])))
                return t, t + _dt.timedelta(minutes=59, seconds=59) if m["mi"] == "00" else t
            return D.combine(day, _dt.time()), D.combine(day, _dt.time(23, 59, 59))
        if m["m"]:
            mo = int(m["m"])
            last = calendar.monthrange(y, mo)[1]
            return D(y, mo, 1), D(y, mo, last, 23, 59, 59)
        if m["w"]:
            monday = _dt.date.fromisocalendar(y, int(m["w"]), 1)
            a, b = (5, 6) if m["we"] else (0, 6)
            return (D.combine(monday + _dt.timedelta(days=a), _dt.time()),
                    D.combine(monday + _dt.timedelta(days=b), _dt.time(23, 59, 59)))
        if m["q"]:
            q = int(m["q"])
            end = D(y, 3 * q, calendar.monthrange(y, 3 * q)[1], 23, 59, 59)
            return D(y, 3 * q - 2, 1), end
        if m["h"]:
            h = int(m["h"])
            return (D(y, 1, 1), D(y, 6, 30, 23, 59, 59)) if h == 1 else (D(y, 7, 1), D(y, 12, 31, 23, 59, 59))
        if m["s"]:
            a, b = _SEASON_MONTHS[m["s"]]
            by, bm = add_months(y, b, 0) if b <= 12 else (y + 1, b - 12)
            return D(y, a, 1), D(by, bm, calendar.monthrange(by, bm)[1], 23, 59, 59)
        return D(y, 1, 1), D(y, 12, 31, 23, 59, 59)
    except (ValueError, OverflowError):
        return None, None


def granularity(value: Optional[str]) -> Optional[str]:
    """The calendar granularity of a TimeML value: century, decade, year, season, half, quarter,
    month, week, weekend, day, part of day, minute; "vague" for *_REF and None for durations."""
    if not value:
        return None
    if value.endswith("_REF"):
        return "vague"
    if value.startswith("P"):
        return None
    if _RE_2DIGITS.fullmatch(value):
        return "century"
    if _RE_DECADE_VALUE.fullmatch(value):
        return "decade"
    m = _RE_VALUE.match(value)
    if not m:
        return "vague" if "X" in value else None
    if m["hh"]:
        return "minute"
    if m["pod"]:
        return "part of day"
    if m["d"]:
        return "day"
    if m["m"]:
        return "month"
    if m["we"]:
        return "weekend"
    if m["w"]:
        return "week"
    if m["q"]:
        return "quarter"
    if m["h"]:
        return "half"
    if m["s"]:
        return "season"
    return "year"


def after_dct(value: str, dct: _dt.date) -> bool:
    """True when the period a DATE value names has not ended by the publication date."""
    _, latest = timex_interval(value)
    return latest is None or latest.date() >= dct


def shift_value(value: str, years: int) -> Optional[str]:
    """Move a DATE value by whole years, keeping its granularity."""
    m = _RE_YEAR_AND_REST.match(value)
    if not m:
        return None
    rest = m.group(2)
    if _RE_DAY_REST.match(rest):
        rest = rest[:6]
    return f"{int(m.group(1)) + years:04d}{rest}"
