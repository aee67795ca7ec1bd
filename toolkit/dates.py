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
from typing import Any, Optional

from .errors import InputError

__all__ = ["parse_date"]


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DMY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # US order: month/day/year


def parse_date(value: Any, *, field: str = "published", source: Optional[str] = None) -> Optional[_dt.date]:
    """Parse a publication date.

    Accepts None, ``datetime.date``, ``datetime.datetime``, pandas Timestamps and strings such as
    "2023-10-04", "2023-10-04T18:30:00Z", "October 4, 2023", "Oct. 4, 2023", "4 October 2023" and
    "10/4/2023" (month first).

    Args:
        value: The date to parse.
        field: The field's name, for the error message.
        source: Where the value came from (file and line), for the error message.

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
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        parsed = _parse_date_string(s)
        if parsed is not None:
            return parsed
    where = f"{source}: " if source else ""
    raise InputError(
        f"{where}field {field!r}: cannot read {value!r} as a date; "
        "write it like '2023-10-04' or 'October 4, 2023'"
    )


def _parse_date_string(s: str) -> Optional[_dt.date]:
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        m = _MDY.match(s)
        if m and m.group(1).lower() in _MONTHS:
            return _dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        m = _DMY.match(s)
        if m and m.group(2).lower() in _MONTHS:
            return _dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        m = _NUMERIC.match(s)
        if m:
            return _dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:  # e.g. February 30
        return None
    return None
