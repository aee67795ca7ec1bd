"""Reading the pieces of a matched expression: quantities ("twenty-four", "2 1/2"), TimeML
durations (``P3W``), modifiers ("early", "about"), month names and years written out."""
from __future__ import annotations

import re
from typing import Any, Optional

__all__ = ["number_of", "duration_value", "mod_of", "month_of", "cap_month", "year_of"]

_RE_DIGITS_QUANTITY = re.compile(r"[\d,]+(?:\.\d+)?(?:[ \t]\d/\d)?")
_RE_NUMBER_WORD_SEP = re.compile(r"[-\s]+")
_PLURAL_UNITS = {"centuries": "century", "millennia": "millennium"}


def number_of(s: str, data: Any) -> Optional[float]:
    """Parse a quantity ("three", "twenty-four", "1,000", "2 1/2", "a"); None when vague."""
    s = s.strip().lower()
    if not s:
        return None
    if s in ("a", "an"):
        return 1
    if s in ("a couple", "a couple of", "couple of"):
        return 2
    if s in ("a dozen",):
        return 12
    if _RE_DIGITS_QUANTITY.fullmatch(s):
        parts = s.split()
        v = float(parts[0].replace(",", ""))
        if len(parts) > 1:
            a, b = parts[1].split("/")
            v += int(a) / int(b)
        return v
    total, cur = 0, 0
    found = False
    for w in _RE_NUMBER_WORD_SEP.split(s):
        if w == "and" or not w:
            continue
        n = data.numbers.get(w)
        if n is None:
            return None
        found = True
        if n == 100:
            cur = max(cur, 1) * 100
        elif n == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        else:
            cur += n
    return total + cur if found else None


def duration_value(n: Optional[float], unit: str, data: Any) -> str:
    """TimeML duration: ``P3W``, ``PT5H``, ``PXM`` (n None)."""
    u = unit.lower()
    u = _PLURAL_UNITS.get(u, u)
    if u.endswith("s") and u[:-1] in data.units:
        u = u[:-1]
    letter, mult, is_t = data.units.get(u, ("X", 1, False))
    if letter == "Q" and n is not None and not float(n).is_integer():
        letter, mult = "M", 3  # "1.5 quarters": in months
    pre = "PT" if is_t else "P"
    if n is None:
        letter = {"Y": {10: "DE", 100: "C", 1000: "L"}.get(mult, "Y")}.get(letter, letter)  # "for decades": PXDE
        return f"{pre}X{letter}"
    v = n * mult
    if not float(v).is_integer():
        # 2 1/2 years -> P2Y6M, 1.5 hours -> PT1H30M
        whole = int(v)
        if letter == "Y":
            return f"P{whole}Y{int(round((v - whole) * 12))}M" if whole else f"P{int(round(v * 12))}M"
        if letter == "H":
            return f"PT{whole}H{int(round((v - whole) * 60))}M" if whole else f"PT{int(round(v * 60))}M"
        if letter == "M" and is_t:
            return f"PT{whole}M{int(round((v - whole) * 60))}S" if whole else f"PT{int(round(v * 60))}S"
        if letter == "D":
            return f"P{whole}DT{int(round((v - whole) * 24))}H" if whole else f"PT{int(round(v * 24))}H"
        if letter == "W":
            return f"P{int(round(v * 7))}D"
        if letter == "M":
            return f"P{int(round(v * 30))}D"
        return f"{pre}{v:g}{letter}"
    return f"{pre}{int(v)}{letter}"


def mod_of(s: str, data: Any) -> Optional[str]:
    """The TimeML mod of an expression from its first words ("early" START, "about" APPROX), or None."""
    first = s.split(None, 1)[0].lower() if s.strip() else ""
    if first in ("earlier", "later"):
        return "START" if first == "earlier" else "END"
    m = data.re_early.match(s)
    if m:
        words = m.group(0).lower().replace("-", " ").split()
        for w in words:
            if w in data.span_mods:
                return data.span_mods[w]
    m = data.re_approx.match(s)
    if m:
        return data.approx_mods.get(m.group(0).split()[0].lower())
    return None


def month_of(s: str, data: Any) -> Optional[int]:
    """The number of the first month named in ``s``, or None."""
    m = data.re_month_word.search(s)
    if not m:
        return None
    return data.months.get(m.group(0).rstrip(".").lower())


def cap_month(s: str, data: Any) -> bool:
    """Whether the first month named in ``s`` is capitalised ("may" is no month)."""
    m = data.re_month_word.search(s)
    return bool(m) and m.group(0)[0].isupper()


def year_of(s: str, data: Any) -> Optional[int]:
    """The year written in ``s``, in digits ("1994") or spoken ("nineteen ninety-four")."""
    ym = data.re_year.search(s)
    if ym:
        return int(ym.group(1))
    words = s.lower().replace("-", " ").split()
    if "thousand" in words and "two" in words:
        rest = [w for w in words[words.index("thousand") + 1:] if w != "and"]
        n = number_of(" ".join(rest), data) if rest else 0
        return 2000 + int(n) if n is not None and n < 100 else None
    if "nineteen" in words:
        rest = words[words.index("nineteen") + 1:]
        if rest == ["hundred"]:
            return 1900
        n = number_of(" ".join(rest), data) if rest else None
        return 1900 + int(n) if n is not None and n < 100 else None
    return None
