"""The rule data of the time-expression finder: word tables read from ``toolkit/data/timex_*.txt``
and the patterns compiled from them, built once on first use (:func:`rule_data`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..text import data_lines, trie_pattern
from .patterns import RulePatterns
from .scan import Scanner

__all__ = ["RuleData", "rule_data", "calendar_names", "table", "word_map"]


@lru_cache(maxsize=None)
def table(name: str) -> tuple:
    """Read ``toolkit/data/NAME``: tab-separated rows, ``#`` comments, keys lower-cased."""
    rows = []
    for line in data_lines(name):
        parts = [p.strip() for p in line.split("\t")]
        parts[0] = " ".join(parts[0].lower().split())
        rows.append(tuple(parts))
    return tuple(rows)


def word_map(name: str) -> dict:
    """The first two columns of a data file as a dict (key -> value), in file order."""
    return {row[0]: row[1] for row in table(name)}


class RuleData:
    """Word tables, tense cues and the compiled patterns of the finder and the normalisers."""

    def __init__(self) -> None:
        self.months = {k: int(v) for k, v in word_map("timex_months.txt").items()}
        self.weekdays = {k: int(v) for k, v in word_map("timex_weekdays.txt").items()}
        self.numbers = {k: int(v) for k, v in word_map("timex_numbers.txt").items()}
        self.ordinals = {k: int(v) for k, v in word_map("timex_ordinals.txt").items()}
        self.decades = {k: int(v) for k, v in word_map("timex_decades.txt").items()}
        self.units = {r[0]: (r[1], int(r[2]), len(r) > 3 and r[3] == "T") for r in table("timex_units.txt")}
        self.pods = word_map("timex_parts_of_day.txt")
        self.seasons = word_map("timex_seasons.txt")
        self.sets = word_map("timex_sets.txt")
        self.refs = word_map("timex_references.txt")
        self.holidays = word_map("timex_holidays.txt")
        cues = table("timex_cues.txt")
        self.future = {w for kind, w in cues if kind == "future"}
        self.past = {w for kind, w in cues if kind in ("past", "report")}
        self.reporting = frozenset(w for kind, w in cues if kind == "report")
        self.re_reached = re.compile(r"\b(?:" + trie_pattern(w for kind, w in cues if kind == "reached")
                                     + r")[ \t]+(?:the[ \t]+)?(?:end[ \t]+of[ \t]+)?$", re.I)
        self.scheduled = {w for kind, w in cues if kind == "scheduled"}
        self.to_cues = frozenset(w for kind, w in cues if kind == "to")
        modifiers = table("timex_modifiers.txt")
        self.span_mods = {w: mod for kind, w, mod in modifiers if kind == "start"}
        self.approx_mods = {w: mod for kind, w, mod in modifiers if kind == "approx"}
        self._compile(RulePatterns(self))

    def _compile(self, blocks: RulePatterns) -> None:
        """The finder (:class:`~.scan.Scanner`) and the patterns the normalisers read with."""
        self.rule_names = [name for name, _ in blocks.rules]
        self.scanner = Scanner(blocks.rules, self, table("timex_scan_words.txt"))
        self.S = blocks.S
        self.re_month_word = re.compile(blocks.MON + r"(?![a-z])", re.I)
        self.re_num = re.compile(rf"{blocks.NUMD}|{blocks.NUMW}|\ban?\b|several|few|couple|number|numerous|dozens?|"
                                 r"many|some", re.I)
        self.re_unit = re.compile(blocks.UNITS, re.I)
        self.re_year = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
        self.re_pod = re.compile(blocks.POD, re.I)
        self.re_wd = re.compile(blocks.WD, re.I)
        self.re_approx = re.compile(rf"^{blocks.APPROX}{blocks.S}", re.I)
        self.re_early = re.compile(rf"^{blocks.EARLY}(?:-|{blocks.S})", re.I)
        # The cue words as a trie: the same matches as their alternation longest first (of the
        # words that match at a place, each is a prefix of the next longer one, and the trie
        # tries the longer first too), about three times faster.
        self.re_cue = re.compile(
            r"(?<![\w'’-])(" + trie_pattern(self.future | self.past | self.scheduled)
            + r"|is to|are to|to be|going to|as soon as|as early as|(?-i:[a-z]+ed))(?![\w'])", re.I)


_RULE_DATA: Optional[RuleData] = None


def rule_data() -> RuleData:
    """The rule data, read and compiled on the first call."""
    global _RULE_DATA
    if _RULE_DATA is None:
        _RULE_DATA = RuleData()
    return _RULE_DATA


@lru_cache(maxsize=None)
def calendar_names() -> frozenset:
    """The month names (with their abbreviations) and weekday names the finder knows, lower-case.

    Returns:
        A frozenset such as ``{"january", "jan", "sept", "monday", ...}``; the same object on
        every call.
    """
    data = rule_data()
    return frozenset(data.months) | frozenset(data.weekdays)
