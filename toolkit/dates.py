"""Publication dates: one parser for every loader and capability (the ground floor: imports nothing
of the toolkit but its error type).

Example:
    >>> from toolkit.dates import parse_date
    >>> parse_date("October 4, 2023").isoformat()
    '2023-10-04'
"""
from __future__ import annotations

import datetime as _dt
import re
import warnings
from typing import Any, Optional

from .errors import InputError

__all__ = ["dayfirst_for", "parse_date", "AmbiguousDateWarning"]


_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$")
# Countries that write numeric dates month first; other countries write them day first.
_MONTH_FIRST_COUNTRIES = {"us", "usa", "united states", "united states of america", "ph", "philippines",
                          "fm", "mh", "pw"}
# Languages whose numeric dates may be either way round (the country decides).
_EITHER_LANGUAGES = {"en"}


class AmbiguousDateWarning(UserWarning):
    """A numeric date such as "04/10/2023" read month first without being told the order."""


def dayfirst_for(language: Any = None, country: Any = None) -> Optional[bool]:
    """Whether an article's numeric dates are day first, from its language or country.

    Args:
        language: A language code ("es", "en-GB"), or None.
        country: A country code or name ("MX", "United States"), or None.

    Returns:
        True (day first: "04/10/2023" is 4 October), False (month first: the US), or None when
        neither tells (no language or country, or English without a country).
    """
    if isinstance(country, str) and country.strip():
        return country.strip().lower() not in _MONTH_FIRST_COUNTRIES
    if isinstance(language, str) and language.strip():
        code, _, region = language.strip().lower().replace("_", "-").partition("-")
        if region:
            return region not in _MONTH_FIRST_COUNTRIES
        return None if code in _EITHER_LANGUAGES else True
    return None


def parse_date(value: Any, *, field: str = "published", source: Optional[str] = None,
               dayfirst: Optional[bool] = None) -> Optional[_dt.date]:
    """Parse a publication date.

    Accepts None, ``datetime.date``, ``datetime.datetime``, pandas Timestamps and strings such as
    "2023-10-04", "2023-10-04T18:30:00Z", "October 4, 2023", "Oct. 4, 2023", "4 October 2023",
    "Wednesday, 4 October 2023 18:30" and numeric dates "10/4/2023", "4.10.2023" (read by
    dateutil; a string that leaves out the year, month or day is not a date).

    Args:
        value: The date to parse.
        field: The field's name, for messages.
        source: Where the value came from (file and line), for messages.
        dayfirst: Read numeric dates day first ("04/10/2023" is 4 October) when True, month first
            when False. None reads them month first and warns (:class:`AmbiguousDateWarning`,
            naming the value and field) when both readings are dates.

    Returns:
        A ``datetime.date``, or None for None and empty strings.

    Raises:
        ValueError: The value is not a date; the message names the field, the value and the formats
            accepted.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp; NaT has no date
        try:
            return value.to_pydatetime().date()
        except (ValueError, AttributeError):
            return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    where = f"{source}: " if source else ""
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        parsed = _parse_date_string(s, dayfirst)
        if parsed is not None:
            if dayfirst is None and _ambiguous(s):
                warnings.warn(f"{where}field {field!r}: {value!r} could be month/day or day/month; read as "
                              f"{parsed.isoformat()} (month first); pass dayfirst=True if it is day first, "
                              "or write dates as 2023-10-04", AmbiguousDateWarning, stacklevel=2)
            return parsed
    raise InputError(
        f"{where}field {field!r}: cannot read {value!r} as a date; "
        "write it like '2023-10-04' or 'October 4, 2023'"
    )


def _ambiguous(s: str) -> bool:
    m = _NUMERIC.match(s)
    return bool(m) and m.group(1) != m.group(3) and int(m.group(1)) <= 12 and int(m.group(3)) <= 12


def _parse_date_string(s: str, dayfirst: Optional[bool]) -> Optional[_dt.date]:
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    return _by_dateutil(s, bool(dayfirst))


# Two different defaults: a part the string leaves out (year, month or day) shows as a difference.
_DEFAULTS = (_dt.datetime(1901, 1, 1), _dt.datetime(1902, 2, 2))


def _by_dateutil(s: str, dayfirst: bool) -> Optional[_dt.date]:
    from dateutil import parser

    try:
        first, second = (parser.parse(s, dayfirst=dayfirst, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    return first.date() if first.date() == second.date() else None
