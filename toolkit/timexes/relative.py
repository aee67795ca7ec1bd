"""Normalisers of periods named relative to another date: quarters and halves ("the third
quarter", "the year-ago period"), "last year", "this week", "three weeks ago", and the vague
references ("now", "recently", "the future")."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .amounts import duration_value, number_of
from .context import Doc, ended_date, quarter_anchor
from .values import add_months, after_dct, quarter_of, safe_date, shift_value, week_value

__all__ = ["NORMALISERS"]

# Words that give a quarter its number, in the order they are looked for.
_QUARTER_ORDINALS = (("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3),
                     ("fourth", 4), ("4th", 4), ("final", 4))
# Values of a unit placed nowhere (no publication date): "this week" is XXXX-WXX.
_UNPLACED_UNIT_VALUES = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                         "year": "XXXX", "decade": "XXX", "century": "XX"}
_UNPLACED_LETTER_VALUES = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}
_RE_NAMED_QUARTER = re.compile(r"year-|last year|a year|first|second|third|fourth|1st|2nd|3rd|4th|final")
_RE_BY_BEFORE = re.compile(r"\bby[ \t]+$")
_RE_THE_YEAR_AGO = re.compile(r"the\s+year-(?:ago|earlier)")
_RE_SAME = re.compile(r"\b(?:same|comparable|corresponding)\b")
_RE_YEAR_BACK = re.compile(r"year-|last year|a year")
_RE_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")
_RE_ENDED_AFTER = re.compile(r"[ \t]+(?:ended|ending|that[ \t]+ended|to[ \t]+date)\b")
_RE_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_RE_ROUGHLY = re.compile(r"(almost|about|some)\s+(?=\S)")
_RE_ANCHOR_VALUE = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
_RE_BACKWARD = re.compile(r"\b(ago|earlier)\b")
_RE_EARLIER_LATER_END = re.compile(r"[ \t]+(?:earlier|later)$")
_RE_SOON_AS_AFTER = re.compile(r"[ \t]+(?:as|after|before|afterwards?)\b")
_RE_AS_BEFORE = re.compile(r"\bas[ \t]+$")
_RE_PAST_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|became|began|went|came|got|grew|fell|rose|found|left|took)\b")
_RE_PAST_AUX_BEFORE = re.compile(r"\b(?:was|were|had)[ \t]+$")
_RE_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n][\"'`\u201c ]*|[\"\u201c])[ \t]*$")
_RE_JUST_FROM_BEFORE = re.compile(r"\b(?:just|from)[ \t]+$")
_RE_THAN_AFTER = re.compile(r"[ \t]+than\b")
_RE_CURRENT_NOT_TIME = re.compile(r"[ \t]+(?:(?:[A-Z][a-z]+|[a-z]+al)[ \t]+)*(?:system|systems|administration|"
                                  r"commander|course|names?|source|president|leaders?|leadership|regime|government)\b")
_RE_FORMER_AND_BEFORE = re.compile(r"\bformer\b[^.;\n]*\band[ \t]+$")
# "has previously said", "were previously depressed": "previously" between an auxiliary and its verb
# (not "as was previously reported": the formula of a report)
_RE_AUX_BEFORE = re.compile(r"(?<!\bas[ \t])\b(?:has|have|had|was|were|is|are)[ \t]+$", re.I)
# "compared with a loss of $3 million last year", "from last year's $1.55 billion": an earnings figure
_RE_MONEY_BEFORE = re.compile(
    r"\b(?:compared[ \t]+with|from|versus|against)[ \t]+(?:(?:a[ \t]+)?(?:net[ \t]+)?"
    r"(?:loss|earnings|income|profit|net|revenue|sales)[ \t]+of[ \t]+)?(?:US)?\$[\d.,]+(?:[ \t]+(?:million|billion))?"
    r"(?:,?[ \t]+or[ \t]+(?:\$[\d.,]+|"
    r"\d+[ \t]+cents)[ \t]+a[ \t]+share,?)?[ \t]+$")
_RE_MONEY_AFTER = re.compile(r"(?:'s|\u2019s)[ \t]+(?:US)?\$\d")


def _previous_quarter(year: int, quarter: int) -> tuple:
    """The quarter before ``(year, quarter)``."""
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def _half_year(doc: Doc, s: str, low: str, words: list) -> tuple:
    """A half year: "the first half of 2023" is ``2023-H1``."""
    h = 1 if "first" in words else 2
    ym = doc.data.re_year.search(s)
    if ym:
        return "DATE", f"{ym.group(1)}-H{h}", None
    if doc.dct is None:
        return "DATE", f"XXXX-H{h}", None
    y = doc.dct.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
    return "DATE", f"{y}-H{h}", None


def _quarter_ended(doc: Doc, ended: _dt.date) -> tuple:
    """The quarter in "the quarter ended Sept. 30": the fiscal quarter under discussion, or the
    calendar quarter of the middle month of the three ending then."""
    if doc.fiscal and doc.anchor and "-Q" in doc.anchor and abs(int(doc.anchor[:4]) - ended.year) <= 1:
        doc.shifted = True  # "the quarter ended Sept. 29" after "the fiscal first quarter"
        return "DATE", doc.anchor, None
    # ("ended Sept. 30" is Q3, "ended July 31", May to July, mostly Q2)
    my, mm = add_months(ended.year, ended.month, -1 if ended.day >= 15 else -2)
    return "DATE", f"{my}-Q{(mm - 1) // 3 + 1}", None


def _quarter(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"the third quarter", "the year-ago quarter", "the 2022 period", "the latest period"."""
    data, dct = doc.data, doc.dct
    words = low.replace("-", " ").split()
    if " half " in f" {low} ":
        return _half_year(doc, s, low, words)
    ended = ended_date(doc, end)
    if ended is not None and dct is not None and not data.re_year.search(s) and not _RE_NAMED_QUARTER.search(low):
        return _quarter_ended(doc, ended)
    q = next((n for w, n in _QUARTER_ORDINALS if w in words), None)
    if low.endswith("-quarter") and low.startswith("the "):
        doc.trim = (start + len(s) - len(s[3:].lstrip()), end)
    ym = data.re_year.search(s)
    if ym:
        y = int(ym.group(1))
        if q is None and doc.anchor and "-Q" in doc.anchor and not doc.ytd:
            doc.shifted = True  # the anchor quarter in another year: do not re-anchor
            return "DATE", f"{y}{doc.anchor[4:]}", None
        return ("DATE", f"{y}-Q{q}", None) if q else ("DATE", f"{y}", None)
    if dct is None:
        return "DATE", f"XXXX-Q{q}" if q else "XXXX-QX", None
    cy, cq = quarter_of(dct)
    if "year-ago" in low or "year-earlier" in low or "last year's" in low:
        base = doc.anchor if doc.anchor and "-Q" in doc.anchor else None
        if q is None and base:
            return "DATE", shift_value(base, -1), None
        if q is None:
            py, pq = _previous_quarter(cy, cq)
            return "DATE", f"{py - 1}-Q{pq}", None
        return "DATE", f"{cy - 1}-Q{q}", None
    if "next year's" in low:
        return "DATE", f"{cy + 1}-Q{q or cq}", None
    if "this" in words and q is None and quarter_anchor(doc, False):
        return "DATE", quarter_anchor(doc, False), None  # "this quarter's loss": the quarter reported
    if "current" in words or "this" in words:
        return "DATE", f"{cy}-Q{q or cq}", None
    if words[0] == "next" and q is None:
        ny, nq = (cy, cq + 1) if cq < 4 else (cy + 1, 1)
        return "DATE", f"{ny}-Q{nq}", None
    if words[0] == "that" and q is None:
        return ("DATE", doc.anchor, None) if doc.anchor and "-Q" in doc.anchor else None
    latest = any(w in words for w in ("latest", "last", "recent", "previous", "past"))
    if q is None:
        if doc.qanchor and "same" not in words and not latest:
            return "DATE", doc.qanchor, None  # "the quarter": the quarter under discussion
        if doc.qanchor and words[-2:-1] == ["latest"] and not after_dct(doc.qanchor, dct):
            return "DATE", doc.qanchor, None  # "the latest period": the one just reported
        py, pq = _previous_quarter(cy, cq)
        return "DATE", f"{py}-Q{pq}", None
    y = cy if q <= cq else cy - 1
    if q > cq and doc.future(start, end):
        y = cy
    return "DATE", f"{y}-Q{q}", None


def _year_ago(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"a year earlier" compared quarters ("the year-ago period") and "year-end", against the anchor."""
    dct, text = doc.dct, doc.text
    if dct is None:
        return "DATE", "XXXX", None
    if low.endswith("end"):
        fut = True if _RE_BY_BEFORE.search(text[max(0, start - 4):start]) else doc.future(start, end)
        y = dct.year if fut or (fut is None and dct.month >= 9) else dct.year - 1
        if "year-end" not in low:
            return "DATE", str(y), "END"  # "by year end", "by year's end": the end of the year
        return "DATE", f"{y}-12-31", None
    doc.shifted = True
    if _RE_THE_YEAR_AGO.fullmatch(low):
        doc.trim = (start + len(s) - len(s[3:].lstrip()), end)
    same = _RE_SAME.search(low) and not _RE_YEAR_BACK.search(low)
    if doc.ytd and ("period" in low or "months" in low) and "quarter" not in low:
        return "DURATION", doc.ytd, None  # "the year-earlier nine months": the span compared
    if quarter_anchor(doc, "quarter" not in low):
        qa = quarter_anchor(doc, "quarter" not in low)
        return "DATE", qa if same else shift_value(qa, -1), None
    if "quarter" in low or "period" in low:
        py, pq = _previous_quarter(*quarter_of(dct))
        return "DATE", f"{py if same else py - 1}-Q{pq}", None
    return "DATE", str(dct.year - 1), None


def _the_unit(doc: Doc, words: list, start: int, end: int) -> Optional[tuple]:
    """A unit after "the" alone ("the year", "the fiscal year", "the week", "the month", "the weekend")."""
    dct, text = doc.dct, doc.text
    unit = words[-1]
    if words[-2:] == ["the", "year"] and len(words) == 2:
        # "the year ended June 30" is a span of a year; "for the year", "of the year" this year
        if dct is None or _RE_ENDED_AFTER.match(text[end:end + 20]):
            return "DURATION", "P1Y", None
        return "DATE", str(dct.year), None
    if words == ["the", "fiscal", "year"]:
        return "DURATION", "P1Y", None
    if words == ["the", "week"] or words == ["the", "month"]:
        if dct is None:
            return "DATE", "XXXX-WXX" if unit == "week" else "XXXX-XX", None
        if unit == "week":
            # "for the week", "the week's most active session": the week under discussion, which
            # "the" alone does not place (a Monday report is about the week before)
            return "DATE", f"{dct.year}-WXX", None
        return "DATE", f"{dct.year}-{dct.month:02d}", None
    if words == ["the", "weekend"]:
        if dct is None:
            return "DATE", "XXXX-WXX-WE", None
        base = dct if dct.isoweekday() >= 5 or doc.future(start, end) else dct - _dt.timedelta(days=7)
        return "DATE", week_value(base) + "-WE", None
    return None


def _relative_unit(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"last year", "this week", "the following month", "earlier this year", "the weekend"."""
    dct, text = doc.dct, doc.text
    words = low.replace("-", " ").split()
    unit = words[-1]
    if (s.split()[-1][0].isupper() and s[0].isupper()
            and not _RE_SENTENCE_START_BEFORE.search(text[max(0, start - 4):start])):
        return None  # "ABC's "This Week"": a title, not a time
    if words[0] == "the" and (len(words) == 2 or words == ["the", "fiscal", "year"]):
        return _the_unit(doc, words, start, end)
    if "that" in words or "same" in words or "following" in words:
        step = 1 if "following" in words else 0
        if doc.anchor and not doc.anchor.startswith("X") and unit == "year":
            return "DATE", str(int(doc.anchor[:4]) + step), mod
        if doc.anchor and _RE_MONTH_VALUE.match(doc.anchor) and unit == "month":
            y, m = add_months(int(doc.anchor[:4]), int(doc.anchor[5:7]), step)
            return "DATE", f"{y}-{m:02d}", mod
        return None
    if dct is None:
        return "DATE", _UNPLACED_UNIT_VALUES[unit], mod
    step = 0
    if any(w in words for w in ("last", "past", "previous")):
        step = -1
    elif any(w in words for w in ("next", "coming")):
        step = 1
    if unit == "year":
        if words == ["last", "year"] and (_RE_MONEY_BEFORE.search(text, max(0, start - 70), start)
                                          or _RE_MONEY_AFTER.match(text, end)):
            qa = quarter_anchor(doc)
            if qa and "-Q" in qa and qa[:4] == str(dct.year):
                doc.shifted = True  # "compared with $3 million last year": the year-ago quarter
                return "DATE", shift_value(qa, -1), mod
        return "DATE", str(dct.year + step), mod
    if unit == "month":
        y, m = add_months(dct.year, dct.month, step)
        return "DATE", f"{y}-{m:02d}", mod
    if unit == "week":
        return "DATE", week_value(dct + _dt.timedelta(weeks=step)), mod
    if unit == "weekend":
        base = dct + _dt.timedelta(weeks=step)
        if step == 0 and dct.isoweekday() < 3 and not doc.future(start, end):
            base = dct - _dt.timedelta(weeks=1)
        return "DATE", week_value(base) + "-WE", mod
    if unit == "decade":
        if step == -1 and words[0] == "the":
            return "DURATION", "P1DE", None  # "over the past decade": the ten years up to now
        return "DATE", str(dct.year // 10 + step), mod
    if unit == "century":
        if words[:2] == ["the", "past"]:
            # "the past century": the hundred years up to now ("the last century" is mostly the one before)
            return "DURATION", "P100Y", None
        return "DATE", f"{dct.year // 100 + step:02d}", mod
    return None


def _shifted_anchor(doc: Doc, n: float, unit: str, sign: int) -> Optional[str]:
    """"Two years earlier", "three days later": the last date the text named before, moved by
    that many units and kept at its granularity ("2019" -> "2017", "1989-Q3" -> "1988-Q3",
    "2019-03-03" -> "2019-03-06"); without one, the publication date at the unit's granularity.
    A year-ago comparison in an earnings report is with the quarter reported (:func:`quarter_anchor`)."""
    data, dct = doc.data, doc.dct
    u = duration_value(1, unit, data)[-1]
    mult = data.units.get(unit.lower().rstrip("s"), ("Y", 1))[1]
    if unit.lower().startswith("centur"):
        mult = 100
    months = {"Y": 12 * mult, "M": 3 if unit.lower().startswith("quarter") else 1}.get(u)
    days = {"W": 7 * mult, "D": 1}.get(u)
    if not float(n).is_integer():
        return None
    n = int(n)
    anchor = doc.anchor
    if u == "Y" and n == 1 and sign < 0 and quarter_anchor(doc):
        anchor = quarter_anchor(doc)
    elif u != "Y" and doc.named_day is not None and doc.named_day[1] > doc.anchor_end:
        # "on Monday ... two days later"; years count from a date written out ("said Monday
        # that wages were 3% higher than a year earlier": the year, not that Monday)
        anchor = doc.named_day[0].isoformat()
    if anchor is None or not _RE_ANCHOR_VALUE.match(anchor):
        if dct is None:
            return None
        if months is not None and u == "Y":
            return str(dct.year + sign * n * mult)
        if months is not None:
            y, m = add_months(dct.year, dct.month, sign * n * months)
            return f"{y}-{m:02d}"
        moved = dct + _dt.timedelta(days=sign * n * days)
        return week_value(moved) if u == "W" else moved.isoformat()
    if months is not None and months % 12 == 0:
        return shift_value(anchor, sign * n * months // 12)  # any granularity: "2019-SU", "1988-Q3"
    year = int(anchor[:4])
    if len(anchor) == 10:  # a day
        day = _dt.date.fromisoformat(anchor)
        if months is not None:
            y, m = add_months(day.year, day.month, sign * n * months)
            moved = safe_date(y, m, day.day) or safe_date(y, m, min(day.day, 28))  # (Jan 31 + 1 month: Feb 28)
        else:
            moved = day + _dt.timedelta(days=sign * n * days)
        return moved.isoformat()
    if "-Q" in anchor and months is not None and months % 3 == 0:
        y, m = add_months(year, 3 * int(anchor[-1]) - 2, sign * n * months)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if len(anchor) == 7 and anchor[5:].isdigit() and months is not None:
        y, m = add_months(year, int(anchor[5:]), sign * n * months)
        return f"{y}-{m:02d}"
    return None  # a finer unit than the date named ("in 2019 ... three days later"): a length


def _ago(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"three weeks ago", "two days later", "a year earlier": a date back or ahead, or a length of time."""
    data, dct = doc.data, doc.dct
    um = data.re_unit.search(low)
    unit = um.group(0)
    q = low[:um.start()]
    am = data.re_approx.match(q)
    if am:
        q = q[am.end():]
    wm = _RE_ROUGHLY.match(q)
    if wm:  # "almost four years ago", "some 20 years ago"
        q = q[wm.end():]
        mod = data.approx_mods.get(wm.group(1), mod)
    q = q.strip(" -\t")
    n = number_of(q, data) if q else None
    direction = "ago" if _RE_BACKWARD.search(low) else "later"
    u = duration_value(1, unit, data)[-1]
    if "earlier" in low or "later" in low:
        if n is not None and (dct is not None or doc.anchor) and u in "YMWD" and not unit.lower().startswith("se"):
            value = _shifted_anchor(doc, n, unit, -1 if direction == "ago" else 1)
            if value is not None:
                doc.shifted = True
                return "DATE", value, mod
        if not q:
            return None
        # "three days later", "a few days earlier": TimeML marks the length of time only
        cut = _RE_EARLIER_LATER_END.search(s)
        if cut:
            doc.trim = (start, start + cut.start())
        return "DURATION", duration_value(n, unit, data), mod
    if n is None:
        if not q and unit.endswith("s"):
            return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", mod
        if q:
            return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", mod
        return None
    if dct is None:
        return "DATE", _UNPLACED_LETTER_VALUES.get(u, "XXXX-XX-XX"), mod
    if u == "Y" and n == 1 and "ago" in low and quarter_anchor(doc):
        doc.shifted = True
        return "DATE", shift_value(quarter_anchor(doc), -1), mod
    sign = -1 if direction == "ago" else 1
    try:
        if duration_value(1, unit, data).startswith("PT"):
            return "DATE", dct.isoformat(), mod  # "two hours ago": the publication day
        if u == "D":
            return "DATE", (dct + _dt.timedelta(days=sign * n)).isoformat(), mod
        if u == "W":
            return "DATE", week_value(dct + _dt.timedelta(weeks=sign * n)), mod
        if u == "M":
            per = 3 if "quarter" in unit.lower() else 1
            y, m = add_months(dct.year, dct.month, int(sign * n * per))
            return "DATE", f"{y}-{m:02d}", mod
        if u == "Y":
            mult = data.units.get(unit.lower().rstrip("s"), ("Y", 1))[1]
            if unit.lower().startswith("centur"):
                mult = 100
            return "DATE", f"{int(dct.year + sign * n * mult)}", mod
    except (OverflowError, ValueError):
        return None
    return None


def _reference(doc: Doc, s: str, low: str, mod: Optional[str], start: int, end: int) -> Optional[tuple]:
    """"now", "recently", "the future", "soon": TimeML vague references (``PRESENT_REF`` ...)."""
    data, text = doc.data, doc.text
    value = data.refs.get(low)
    if value is None:
        return None
    if low == "soon" and _RE_SOON_AS_AFTER.match(text[end:end + 12]):
        return None
    if low == "soon" and _RE_AS_BEFORE.search(text[max(0, start - 4):start]):
        return None
    if low == "soon" and (_RE_PAST_VERB_AFTER.match(text[end:end + 16])
                          or _RE_PAST_AUX_BEFORE.search(text[max(0, start - 6):start])):
        return None  # "soon became a flood", "was soon released": shortly after, in the past
    if low == "the future" and text.startswith(" of ", end):
        return None  # "the future of our peoples": a topic, not a time
    if s == "Now" and text.startswith(",", end) and _RE_OPENING_BEFORE.search(text[max(0, start - 4):start]):
        return None  # "Now, he says, ...": a discourse marker opening the sentence
    if low == "now" and _RE_JUST_FROM_BEFORE.search(text[max(0, start - 5):start]):
        return None  # "just now", "from now on"; "until now" and "right now" are the present
    if value == "FUTURE_REF" and _RE_THAN_AFTER.match(text[end:end + 6]):
        return None  # "at a later date than the others": a comparison
    if low == "previously" and not _RE_AUX_BEFORE.search(text, max(0, start - 12), start):
        return None  # alone, "previously" is rarely annotated (TBAQ: 3 of 23, none after an auxiliary)
    if low == "current" and (_RE_CURRENT_NOT_TIME.match(text, end)
                             or _RE_FORMER_AND_BEFORE.search(text, max(0, start - 60), start)):
        return None  # "the current system", "former secretary and current nominee": which one, not when
    return "DATE", value, None


NORMALISERS = {
    "quarter": _quarter,
    "yearago": _year_ago,
    "relunit": _relative_unit,
    "ago": _ago,
    "ref": _reference,
}
