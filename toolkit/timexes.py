"""Time expressions: find them in news text and resolve them against the publication date.

Pure Python and rule-based (no Java, nothing downloaded). A fast scan finds trigger words (month
and weekday names, time units, "now", "today", years, clock times); one compiled alternation
pattern is then tried only at the word starts just before each trigger where one of its rules
can begin, with no word or character between that no expression contains (both read off the
pattern itself), and every match is normalised to a TimeML (TIMEX3) type and value following
TimeBank/TempEval-3 conventions:

==============================  ==========  ===============
expression                      type        value
==============================  ==========  ===============
October 4, 2023 / Oct. 4        DATE        2023-10-04
Thursday ("will meet on ...")   DATE        2023-10-05
Wednesday evening               TIME        2023-10-04TEV
September                       DATE        2023-09
this week                       DATE        2023-W40
last year                       DATE        2022
the third quarter               DATE        2023-Q3
1990s                           DATE        199
recent weeks                    DATE        PAST_REF
now                             DATE        PRESENT_REF
months ("for months")           DURATION    PXM
three weeks                     DURATION    P3W
every day / monthly             SET         P1D / P1M
==============================  ==========  ===============

Bare weekdays and months are resolved by the tense of their clause (a cue such as "will",
"said" or a past form) and by distance: in news a bare weekday is today or the most recent one
unless the clause is about the future (a present-tense timetable, "the ministers meet Friday", is).
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

Without a publication date, absolute expressions are still resolved and relative ones keep
underspecified TimeML values (``XXXX-WXX-4``, ``XXXX-09``) rather than guessing today.

Example:
    >>> import datetime
    >>> from toolkit.timexes import find_timexes
    >>> [(t.text, t.value) for t in find_timexes("They met on Wednesday evening.",
    ...                                          published=datetime.date(2023, 10, 4))]
    [('Wednesday evening', '2023-10-04TEV')]
"""
from __future__ import annotations

import calendar
import datetime as _dt
import operator
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from .model import Article, Timex
from .text import trie_pattern

__all__ = ["find_timexes", "timex_interval", "granularity", "TIMEX_TYPES"]

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


# ---------------------------------------------------------------------------------------------
# Rule data


@lru_cache(maxsize=None)
def _table(name: str) -> tuple:
    """Read ``toolkit/data/NAME``: tab-separated rows, ``#`` comments, keys lower-cased."""
    raw = (resources.files("toolkit") / "data" / name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        parts[0] = " ".join(parts[0].lower().split())
        rows.append(tuple(parts))
    return tuple(rows)


def _map(name: str) -> dict:
    return {r[0]: r[1] for r in _table(name)}


def _alt(words) -> str:
    """A regex alternation of words, longest first; spaces match any run of blanks."""
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ws) + ")"


class _Unsupported(Exception):
    """A regex construct :func:`_pattern_words` does not analyse."""


_LETTER = re.compile(r"[^\W\d_]")  # what ends a word in _pattern_words (and in the check it builds)


def _parse(source: str, flags: int = 0) -> Any:
    """``source`` parsed by CPython's regex parser (for :func:`_pattern_words`)."""
    try:
        from re import _parser as P  # noqa: N812
    except ImportError as exc:  # another Python: no analysis, no skipping
        raise _Unsupported("re._parser not available") from exc
    try:
        return P.parse(source, flags)
    except (AttributeError, TypeError, ValueError) as exc:
        raise _Unsupported(f"not parsed: {exc!r}") from exc


def _pattern_words(pattern: Any, *, anywhere: bool = False, flags: int = 0) -> tuple:
    """The runs of letters a match of ``pattern`` (a compiled pattern, a source string with
    ``flags``, or what :func:`_parse` returned) can consume, read off the parsed pattern.

    With ``anywhere`` False (the first run): every match of ``pattern`` either begins with one of
    ``words`` (lower-cased; under ``re.IGNORECASE`` in the text) followed by a character that is
    not a letter, or begins with a character of ``others`` (regex fragments such as ``[\\d]``,
    ``'``). With ``anywhere`` True: every maximal run of letters inside a match is one of
    ``words`` (when the match ends where the pattern requires a non-word character after it), and
    every other character of the match is matched by one of ``others``. Zero-width assertions are
    ignored, which can only make the sets larger, never smaller.

    Returns:
        ``(words, others)``: frozensets of strings.

    Raises:
        _Unsupported: the pattern uses a construct not analysed here (back references, ``.``,
            ``[^...]``, ``\\w``, an unbounded repeat of letters, a possibly empty match).
    """
    try:
        from re import _constants as C  # noqa: N812 (CPython's own regex parser's opcodes)
    except ImportError as exc:  # another Python: no analysis, no skipping
        raise _Unsupported("re._constants not available") from exc

    words: set = set()
    others: set = set()
    letter = _LETTER.fullmatch
    after_close = frozenset({""}) if anywhere else frozenset()

    def close(prefixes, frag: str) -> None:
        for p in prefixes:
            if p:
                words.add(p)
            if anywhere or not p:
                others.add(frag)

    def chars(items) -> tuple:
        """The letters (lower-cased) and the regex fragment of the non-letters of a class."""
        letters, other = set(), []
        for op, av in items:
            if op is C.LITERAL:
                c = chr(av)
                if letter(c):
                    letters.add(c.lower())
                else:
                    other.append(re.escape(c))
            elif op is C.RANGE:
                lo, hi = av
                if hi - lo > 256:
                    raise _Unsupported(f"range {lo}-{hi}")
                for k in range(lo, hi + 1):
                    c = chr(k)
                    if letter(c):
                        letters.add(c.lower())
                    else:
                        other.append(re.escape(c))
            elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
                other.append(r"\d")
            elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
                other.append(r"\s")
            else:
                raise _Unsupported(f"class item {op} {av}")
        return letters, "[" + "".join(other) + "]" if other else ""

    def walk(seq, open_: frozenset) -> frozenset:
        for op, av in seq:
            if not open_:
                break
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero-width
            if op is C.LITERAL:
                c = chr(av)
                if letter(c):
                    open_ = frozenset(p + c.lower() for p in open_)
                else:
                    close(open_, re.escape(c))
                    open_ = after_close
            elif op is C.IN:
                letters, frag = chars(av)
                if len(open_) * len(letters) > 100_000:
                    raise _Unsupported("too many prefixes")
                grown = frozenset(p + c for p in open_ for c in letters)
                if frag:
                    close(open_, frag)
                    grown |= after_close
                open_ = grown
            elif op is C.BRANCH:
                open_ = frozenset().union(*(walk(branch, open_) for branch in av[1]))
            elif op is C.SUBPATTERN:
                open_ = walk(av[-1], open_)
            elif op is getattr(C, "ATOMIC_GROUP", None):
                open_ = walk(av, open_)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                lo, hi, body = av
                out = open_ if lo == 0 else frozenset()
                cur, i, seen = open_, 0, [open_]
                while cur and i < hi:
                    i += 1
                    if i > 16:
                        raise _Unsupported("a long repeat of letters")
                    cur = walk(body, cur)
                    if cur in seen:  # the states cycle from here on: any of them may end the repeat
                        out = out.union(*seen[seen.index(cur):])
                        break
                    seen.append(cur)
                    if i >= lo:
                        out |= cur
                open_ = out
            else:
                raise _Unsupported(f"{op}")
            if len(open_) > 100_000:
                raise _Unsupported("too many prefixes")
        return open_

    try:
        if isinstance(pattern, str):
            parsed = _parse(pattern, flags)
        elif isinstance(pattern, re.Pattern):
            parsed = _parse(pattern.pattern, pattern.flags)
        else:
            parsed = pattern
        rest = walk(parsed, frozenset({""}))
    except (AttributeError, TypeError, ValueError, IndexError, RecursionError) as exc:
        raise _Unsupported(f"parsed pattern not understood: {exc!r}") from exc  # a parser of another shape
    if "" in rest and not anywhere:
        raise _Unsupported("the pattern can match the empty string")
    words |= rest - {""}  # runs of letters up to the end of the pattern
    return frozenset(words), frozenset(others)


def _anywhere(text: str, pos: int) -> bool:
    """The ``may_start`` of a finder not analysed: true everywhere."""
    return True


def _one_class(fragments) -> str:
    """The characters of regex fragments (single characters and ``[...]`` classes), unbracketed."""
    return "".join(sorted(f[1:-1] if f.startswith("[") else f for f in fragments))


def _check_of(words, starts) -> str:
    """A regex lookahead true at every position where a pattern can match, from its first words
    and non-letter first characters (:func:`_pattern_words`): a first word followed by a
    non-letter, or one of those characters. Compile it with the pattern's flags."""
    alts = ["(?:" + trie_pattern(words) + r")(?![^\W\d_])"]
    if starts:
        alts.append("[" + _one_class(starts) + "]")
    return "(?=" + "|".join(alts) + ")"


def _blocker_of(words, others) -> str:
    """A regex whose ``match(text, lo, hi)`` finds (group 1) the last place in ``text[lo:hi]``
    that no match of a pattern can contain, from the words and other characters the pattern
    consumes (:func:`_pattern_words` with ``anywhere``): a run of letters that is none of its
    words, or a character it never consumes. Compile it with the pattern's flags."""
    return (r"(?s:.*)((?<![^\W\d_])(?!(?:" + trie_pattern(words) + r")(?![^\W\d_]))[^\W\d_]|[^\w"
            + _one_class(others) + "])")


class _Data:
    """Rule data and the compiled patterns, built once on first use."""

    def __init__(self) -> None:
        self.months = {k: int(v) for k, v in _map("timex_months.txt").items()}
        self.weekdays = {k: int(v) for k, v in _map("timex_weekdays.txt").items()}
        self.numbers = {k: int(v) for k, v in _map("timex_numbers.txt").items()}
        self.ordinals = {k: int(v) for k, v in _map("timex_ordinals.txt").items()}
        self.units = {r[0]: (r[1], int(r[2]), len(r) > 3 and r[3] == "T") for r in _table("timex_units.txt")}
        self.pods = _map("timex_parts_of_day.txt")
        self.seasons = _map("timex_seasons.txt")
        self.sets = _map("timex_sets.txt")
        self.refs = _map("timex_references.txt")
        self.holidays = _map("timex_holidays.txt")
        cues = _table("timex_cues.txt")
        self.future = {w for k, w in cues if k == "future"}
        self.past = {w for k, w in cues if k == "past"}
        self.scheduled = {w for k, w in cues if k == "scheduled"}
        self._build()

    def _build(self) -> None:
        S = r"[ \t\u00a0]+"
        HY = r"(?:-|[ \t\u00a0]+)"
        full_months = [m for m in self.months if len(m) > 4 or m in ("may", "june", "july")]
        abbr = [m for m in self.months if m not in full_months]
        MON = "(?:" + _alt(full_months) + "|" + _alt(abbr) + r"\.?)"
        self.re_month_word = re.compile(MON + r"(?![a-z])", re.I)
        DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|[ \t]*(?:%|percent\b))"
        ORD = _alt(list(self.ordinals) + [f"{t}-{o}" for t in ("twenty", "thirty") for o in
                                           ("first", "second", "third", "fourth", "fifth", "sixth",
                                            "seventh", "eighth", "ninth")])
        WD = _alt(self.weekdays)
        POD = _alt(self.pods)
        SEASON = _alt(self.seasons)
        NW = _alt(self.numbers)
        NUMW = rf"(?:{NW}(?:(?:-|{S}(?:and{S})?){NW}){{0,5}})"  # bounded: no runaway on long lists
        NUMD = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9}(?:\.\d{1,4})?)(?:[ \t]\d/\d)?"
        NUM = rf"(?:{NUMD}|{NUMW})"
        QUANT = (rf"(?:{NUM}|an?|several|a{S}few|few|a{S}couple{S}of|a{S}couple|couple{S}of|"
                 rf"a{S}number{S}of|numerous|a{S}dozen|dozens{S}of|many|some)")
        UNITS = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|"
                 r"decades?|century|centuries|millenni(?:um|a))")
        APPROX = (rf"(?:around|approximately|roughly|nearly|more{S}than|less{S}than|fewer{S}than|"
                  rf"up{S}to|at{S}least|at{S}most|no{S}more{S}than|no{S}less{S}than|close{S}to)")
        EARLY = (rf"(?:early|late|mid|the{S}end{S}of|the{S}beginning{S}of|the{S}start{S}of|"
                 rf"the{S}middle{S}of|end{S}of|beginning{S}of|start{S}of|middle{S}of|the{S}turn{S}of)")
        EARLY_ = rf"(?:{EARLY}(?:-|{S}))"
        TZ = r"(?:[ECMP][SD]T|GMT|UTC)"
        CLOCK = (rf"(?:(?:1[0-2]|[1-9])(?::\d\d)?{S}(?:o'clock{S})?(?:in{S}the{S}(?:morning|afternoon|evening)|at{S}night)|"
                 rf"\d{{1,2}}(?::\d\d)?{S}?(?:[ap]\.m\.?|[ap]m(?![a-z]))|\d{{1,2}}(?::\d\d)?{S}o'clock|"
                 rf"(?:[01]?\d|2[0-3]):[0-5]\d(?={S}?{TZ}\b)|noon|midday|midnight)")
        REFDAY = rf"(?:today|tonight|yesterday|tomorrow|the{S}day{S}(?:before{S}yesterday|after{S}tomorrow))"
        HOL = _alt(self.holidays)
        QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"
        QADJ = (rf"(?:{QORD}|latest|last|current|previous|past|year-ago|year-earlier|same|recent|"
                rf"most{S}recent|comparable|corresponding|fiscal(?:-|{S}){QORD})")
        REL = (rf"(?:this{S}past|this{S}coming|the{S}past|the{S}previous|the{S}coming|the{S}following|"
               rf"the{S}current|the{S}same|the{S}latest|the{S}last|the{S}next|the{S}full|this|last|next|that|the)")
        SETU = r"(?:day|week|month|year|night|morning|afternoon|evening|hour|quarter|weekend|summer|winter|spring|fall)"

        YW = rf"(?:nineteen{S}(?:{NW}(?:-{NW})?|hundred)|two{S}thousand(?:{S}(?:and{S})?{NW})?)"
        YEARX = rf"(?:{YEAR}|{YW})"
        rules = [
            ("iso", r"\d{4}-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d)?)?(?!\d)"),
            ("slash", r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:\d{4}|\d\d)(?![\d/])"),
            ("clock", rf"(?:{APPROX}{S})?{CLOCK}(?:{S}{TZ})?(?:,?{S}(?:{WD}|{REFDAY})(?:,?{S}{MON}{S}{DAY})?|,?{S}(?:on{S})?{MON}{S}{DAY})?"),
            ("full", rf"(?:the{S}week{S}of{S}(?={MON}))?(?:(?:this{S}coming|this{S}past|next|last){S}{WD},?{S}(?={MON})|{WD},?{S})?(?:{MON}{S}?{DAY}|{DAY}{S}(?:of{S})?{MON}|{MON}{S}(?:the{S})?{ORD})"
                     rf"(?:,?{S}{YEAR})?"),
            ("monyear", rf"{EARLY_}?{MON}(?:,?{S}|{S}of{S}){YEARX}"),
            ("monrel", rf"{EARLY_}?{MON}(?:{S}of)?{S}(?:this|last|next){S}year"),
            ("decade", rf"(?:(?:the{S})?{EARLY_})?(?:\d{{3}}0'?s|'\d0s|(?:the{S})?(?:twenties|thirties|forties|fifties|sixties|"
                       rf"seventies|eighties|nineties))"),
            ("century", rf"(?:the{S})?{EARLY_}?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORD}){HY}century"),
            ("yearago", rf"(?:the{S})?(?:(?:comparable|corresponding|same){S})?year-(?:ago|earlier)"
                        rf"(?:{S}(?:(?:{QORD}{S})?quarter|period|nine{S}months|six{S}months))?"
                        rf"|the{S}(?:same|comparable|corresponding){S}(?:period|quarter)(?:{S}(?:last{S}year|"
                        rf"a{S}year{S}(?:ago|earlier)))?|the{S}(?:period|quarter){S}(?:last{S}year|a{S}year{S}(?:ago|earlier))"
                        rf"|last{S}year's{S}(?:quarter|period)|year-end|(?:around{S})?year(?:'s|\u2019s)?{S}end"),
            ("quarter", rf"the{S}{YEAR}{S}(?:fiscal{S})?(?:quarter|period)|(?:the{S}|this{S}year's{S}|last{S}year's{S}|next{S}year's{S}|{YEAR}{S})?"
                        rf"(?:(?:fiscal|{YEAR}){S})?{QADJ}(?:-|{S})quarter(?:{S}of{S}(?:fiscal{S})?{YEAR}|"
                        rf"{S}of{S}(?:this|last|next){S}year)?"
                        rf"|the{S}(?:fiscal{S})?quarter|{QORD}-quarter|(?:this|that|next){S}(?:fiscal{S})?quarter"
                        rf"|the{S}(?:latest|most{S}recent|current){S}period"
                        rf"|the{S}(?:first|second|last|latter){S}half{S}of{S}(?:(?:fiscal{S})?{YEAR}|(?:this|last|next){S}year)"),
            ("season", rf"(?:(?:this{S}past|this{S}coming|last|this|next|the|early|late|mid)(?:-|{S}))?"
                       rf"{EARLY_}?{SEASON}(?:{S}of{S}{YEARX}|{S}{YEAR})?"),
            ("ago", rf"(?:(?:{APPROX}|almost|about|some){S})?(?:{QUANT}{HY})?{UNITS}(?:{S}or{S}so)?{S}(?:ago|earlier|later|from{S}now|hence)"),
            ("yearword", rf"(?:the{S}year{S})?{YW}"),
            ("relunit", rf"(?:(?:early|late|earlier|later|mid|{EARLY})(?:-|{S})|(?:earlier|later){S}in{S})?{REL}(?:-|{S})(?:fiscal{S})?"
                        rf"(?:week|weekend|month|year|decade|century)"),
            ("dur", rf"(?:{APPROX}{S})?(?:the{S}(?:past|last|next|first|previous|coming|following|final|"
                    rf"initial|remaining|latest|other){S}|(?:past|last|next|first|previous|coming|another){S}|"
                    rf"the{S})?{QUANT}(?:{S}more)?(?:{S}and{S}a{S}half)?{HY}{UNITS}(?:{S}and{S}a{S}half)?"
                    rf"(?:{S}or{S}so|{S}or{S}(?:{QUANT}{HY})?{UNITS})?"),
            ("recent", rf"(?:the{S}(?:past|last|next|coming)(?:{S}(?:few|several))?|recent|coming|past|future|"
                       rf"many|several|a{S}few|the{S}early)"
                       rf"{S}(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"),
            ("bare", r"(?:minutes|hours|days|weeks|months|years|decades|centuries)"),
            ("set", rf"(?:every|each|per){S}(?:other{S})?(?:{QUANT}{S})?{SETU}s?|(?:every|each){S}{MON}|"
                    + _alt(self.sets) + rf"|(?:a|an){S}(?:day|week|month|year)"),
            ("year", rf"(?:the{S}year{S}|(?:fiscal|calendar)(?:{S}year)?{S}|{EARLY_})?{YEAR}(?:{S}period)?"),
            ("weekday", rf"(?:(?:the{S})?day{S}(?:before|after){S})?(?:(?:early|late|earlier|later|mid|this{S}past|this{S}coming|the{S}previous|the{S}preceding|"
                        rf"the{S}following|this|last|next|every|each)"
                        rf"(?:-|{S}))?{WD}s?(?:{S}{POD}s?)?"),
            ("dayref", rf"(?:earlier|later){S}(?:that|in{S}the){S}day|(?:(?:early|late|earlier|later){S})?that{S}(?:same{S})?"
                       rf"(?:day|morning|afternoon|evening|night)|the{S}same{S}(?:day|morning|afternoon|evening|night)"
                       rf"|the{S}(?:next|following|previous|preceding){S}(?:day|morning|afternoon|evening|night)"),
            ("refday", rf"(?:(?:early|late|earlier|later){S})?(?:{REFDAY}(?:{S}{POD})?|this{S}{POD}|"
                       rf"(?:last|tomorrow|yesterday){S}(?:night|evening|morning|afternoon)|"
                       rf"mid(?:-|{S})?(?:morning|afternoon)(?:{S}(?:yesterday|today|tomorrow))?)"),
            ("holiday", rf"(?:(?:this{S}past|this{S}coming|last|next|this){S}(?=[A-Z]))?{HOL}"),
            ("ref", _alt(self.refs)),
            ("month", rf"(?:(?:early|late|mid|last|this|next|this{S}past|this{S}coming|{EARLY})(?:-|{S}))?{MON}"),
        ]
        self.rule_names = [n for n, _ in rules]
        # Trigger words: every expression contains one of these near its end. Scanning for them
        # (a case-sensitive trie) is several times faster than running the full pattern
        # everywhere; the full pattern then runs only in windows around the triggers.
        words = set(self.months) | set(self.weekdays) | set(self.pods) | set(self.seasons) | set(self.sets)
        for u in self.units:
            words |= {u, u + "s"}
        words |= {"centuries", "millennia", "weekend", "weekends", "noon", "midnight", "fiscal", "today",
                  "tonight", "yesterday", "tomorrow", "nineteen", "midday", "thousand", "twenties", "thirties",
                  "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "period"}
        for phrase in list(self.refs) + list(self.holidays):
            words |= set(re.findall(r"[a-z]+", phrase))
        words -= {"the", "a", "in", "at", "more", "most", "near", "these", "s", "new", "day's", "year's"}
        variants = words | {w.capitalize() for w in words} | {w.upper() for w in words}
        # A word inside a longer one is no trigger (_candidates skips it): when every trigger
        # word is made of ASCII letters, such words can be left out of the scan already
        # (``(?<![A-Za-z])``), which lets the engine reject most positions at once. Numbers:
        # ``\d(?<!\d\d)`` is ``(?<!\d)\d`` with the digit first, so that positions without a
        # digit fail at once.
        letters_only = all(re.fullmatch(r"[A-Za-z]+", w) for w in variants)
        inside = r"(?<![A-Za-z])" if letters_only else ""
        trigger_words = inside + r"(?:" + trie_pattern(variants) + r")(?![A-Za-z])"
        trigger_numbers = r"\d(?<!\d\d)(?:\d{3}(?!\d)|\d?(?::\d\d)?[ \t]?(?:[AaPp]\.?[Mm]|o'clock)|\d?:\d\d|\d?/\d{1,2}/\d)"
        self.trigger = re.compile(trigger_words + "|" + trigger_numbers)
        # The two kinds scanned apart (a pattern that starts with a digit lets the engine skip
        # to the digits) give the same triggers when they cannot overlap: words of letters only,
        # none of them a run of letters inside a number trigger ("5 a.m.", "5 o'clock").
        self.triggers_apart: Optional[tuple] = None
        if letters_only and not {w.lower() for w in variants} & {"a", "am", "p", "pm", "m", "o", "clock"}:
            self.triggers_apart = (re.compile(trigger_words).finditer, re.compile(trigger_numbers).finditer)
        pre, post = r"(?<![\w$£€#/])(?:", r")(?![\w%]|-[a-z])"
        self.finder_source = pre + "|".join(f"(?P<{n}>{p})" for n, p in rules) + post
        # How each rule can begin, read off its pattern: its first words, or a digit. The finder
        # is tried only at the word starts where one of them can (``may_start``), and each rule
        # in it is guarded by its own check, so that the rules that cannot match there fail at
        # once: the same matches, with a fraction of the tries and of the time a try takes.
        parsed: Optional[list] = None
        try:
            parsed = [_parse(pre + p + post, re.I) for _, p in rules]  # parsed once, read twice
            firsts = [_pattern_words(t) for t in parsed]
            self.may_start = re.compile(_check_of(frozenset().union(*(w for w, _ in firsts)),
                                                  frozenset().union(*(c for _, c in firsts))), re.I).match
            self.finder = re.compile(pre + "|".join(f"(?P<{n}>{_check_of(*f)}(?:{p}))"
                                                    for (n, p), f in zip(rules, firsts)) + post, re.I)
        except _Unsupported:  # a construct the analysis does not know: try every word start
            self.may_start = _anywhere
            self.finder = re.compile(self.finder_source, re.I)
        # Nor is it tried before a word or character no expression contains ("the president
        # said on Monday": not at "the"), found by one match over the window.
        try:
            if parsed is None:
                raise _Unsupported("rules not parsed")
            inner = [_pattern_words(t, anywhere=True) for t in parsed]
            self.last_blocker: Optional[Any] = re.compile(_blocker_of(
                frozenset().union(*(w for w, _ in inner)), frozenset().union(*(c for _, c in inner))), re.I).match
        except _Unsupported:
            self.last_blocker = None
        self.S, self.NUMW = S, NUMW
        self.re_num = re.compile(rf"{NUMD}|{NUMW}|\ban?\b|several|few|couple|number|numerous|dozens?|many|some", re.I)
        self.re_unit = re.compile(UNITS, re.I)
        self.re_year = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
        self.re_pod = re.compile(POD, re.I)
        self.re_wd = re.compile(WD, re.I)
        self.re_approx = re.compile(rf"^{APPROX}{S}", re.I)
        self.re_early = re.compile(rf"^{EARLY}(?:-|{S})", re.I)
        # The cue words as a trie: the same matches as their alternation longest first (of the
        # words that match at a place, each is a prefix of the next longer one, and the trie
        # tries the longer first too), about three times faster.
        self.re_cue = re.compile(
            r"(?<![\w'’-])(" + trie_pattern(self.future | self.past | self.scheduled)
            + r"|is to|are to|to be|going to|as soon as|as early as|(?-i:[a-z]+ed))(?![\w'])", re.I)


_DATA: Optional[_Data] = None


def _data() -> _Data:
    global _DATA
    if _DATA is None:
        _DATA = _Data()
    return _DATA


# ---------------------------------------------------------------------------------------------
# Calendar helpers


def _week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: _dt.date) -> tuple:
    return d.year, (d.month - 1) // 3 + 1


def _add_months(y: int, m: int, n: int) -> tuple:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _holiday(code: str, year: int) -> Optional[_dt.date]:
    if "-" in code:
        m, d = code.split("-")
        return _safe_date(year, int(m), int(d))
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


_MODS = {"early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
         "mid": "MID", "middle": "MID", "turn": "END"}
_APPROX_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                "some": "APPROX", "close": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
                "more": "MORE_THAN", "over": "MORE_THAN", "well": "MORE_THAN", "less": "LESS_THAN",
                "fewer": "LESS_THAN", "under": "LESS_THAN", "up": "EQUAL_OR_LESS", "at": "EQUAL_OR_MORE",
                "no": "EQUAL_OR_LESS"}


# ---------------------------------------------------------------------------------------------
# Values -> intervals


# Compiled once: these run for every expression found.
_RE_2DIGITS, _RE_3DIGITS, _RE_4DIGITS = re.compile(r"\d{2}"), re.compile(r"\d{3}"), re.compile(r"\d{4}")
_RE_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_RE_BE_BEFORE = re.compile(r"\b(?:be|been|being|to|is|are|am)\s+$")
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
            by, bm = _add_months(y, b, 0) if b <= 12 else (y + 1, b - 12)
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
    if re.fullmatch(r"\d{3}X?", value):
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


# ---------------------------------------------------------------------------------------------
# Normalisation


class _Doc:
    """Per-document state: the text, the publication date and the last anchoring date."""

    __slots__ = ("text", "dct", "anchor", "data", "shifted", "trim", "cue_gap", "last_day", "fiscal", "qanchor",
                 "ytd", "last_date")

    def __init__(self, text: str, dct: Optional[_dt.date], data: _Data) -> None:
        self.text = text
        self.dct = dct
        self.anchor: Optional[str] = None  # last absolute DATE value, for "a year earlier"
        self.qanchor: Optional[str] = None  # last quarter mentioned ("the quarter" refers to it)
        self.fiscal = False  # the anchor is a fiscal quarter ("the fiscal first quarter")
        self.ytd: Optional[str] = None  # "P9M" after "the first nine months", until a quarter is named
        self.data = data
        self.last_day: Optional[tuple] = None  # (date, end offset) of the last day-level expression
        self.last_date = -1  # end offset of the last dated expression of any granularity
        self.cue_gap = 999  # characters between the last tense cue and the expression
        self.shifted = False  # set when a value was computed by shifting the anchor
        self.trim: Optional[tuple] = None  # set when the span is narrowed

    # tense ---------------------------------------------------------------------------------
    def future(self, start: int, end: int) -> Optional[bool]:
        """True when the clause around ``start`` is about the future, False for the past, None
        when there is no cue."""
        text = self.text
        if _RE_SINCE.search(text, max(0, start - 12), start):
            self.cue_gap = 0
            return False  # "since Friday", "since year-end": always back
        lo = max(0, start - 150)
        window = text[lo:start]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "),
                  window.rfind("; "))
        if cut >= 0:
            window = window[cut + 1:]
        last = last_ed = None
        gap = gap_ed = 999
        for m in self.data.re_cue.finditer(window):
            w = m.group(1).lower()
            if (w in self.data.past or (w.endswith("ed") and w not in self.data.future)) and _RE_BE_BEFORE.search(
                    window[max(0, m.start() - 7):m.start()]):
                continue  # "will be paid", "has been held", "is heard": a participle, not a past tense
            if w in ("until", "till") and not window[:m.start()].strip(" \t\"'`(,"):
                continue  # "Until Thursday, they had not ...": the main clause after decides
            if w in _TO_CUES and not window.startswith(" to ", m.end()):
                continue  # "plans to attend" looks ahead; "vacation plans" is a noun
            if w in self.data.scheduled:
                if not _timetable_verb(window, m.start()):
                    continue
                w = "will"  # "the ministers meet Monday": a present tense timetable looks ahead
            if w in self.data.future and re.search(r"\bhad\s+(?:been\s+)?$", window[max(0, m.start() - 10):m.start()]):
                w = "had"  # "had been scheduled to expire Friday": a plan in the past
            if w.endswith("ed") and w not in self.data.future and w not in self.data.past:
                last_ed, gap_ed = w, len(window) - m.end()  # a participle or past form: weaker
            else:
                last, gap = w, len(window) - m.end()
        if last is None or (last_ed is not None and gap_ed < gap and re.fullmatch(r"\s*(?:on\s+)?", window[len(window) - gap_ed:])):
            # "the decision, announced Wednesday": a past form right before the expression
            last, gap = last_ed, gap_ed
        self.cue_gap = gap
        if last is None:
            after = text[end:end + 120]
            cut = min([i for i in (after.find(". "), after.find("\n"), after.find("; ")) if i >= 0] or [len(after)])
            for m in self.data.re_cue.finditer(after[:cut]):
                last = m.group(1).lower()
                if last in _TO_CUES and not after.startswith(" to ", m.end()):
                    continue
                if re.search(r"\b(?:the|a|an)[ \t]+(?:[a-z]+ly[ \t]+)?$", after[max(0, m.start() - 20):m.start()]):
                    continue  # "the hastily planned trip": an adjective, not the clause's verb
                if last == "planned" and after.startswith(" to ", m.end()):
                    last = "had"  # "On Friday, the government planned to pay": a past plan
                if last in self.data.scheduled:
                    if not _timetable_verb(after, m.start()):
                        continue
                    last = "will"  # "On Monday the ministers meet again"
                break
            else:
                return None
        d = self.data
        if last in d.future or last in ("is to", "are to", "to be", "going to", "as soon as", "as early as"):
            return True
        return False


# "after a flat second quarter": an indefinite mention in passing is not the quarter reported
_RE_INDEF_BEFORE = re.compile(r"\b[Aa]n?[ \t]+(?:[a-z]+[ \t]+)?$")
# "compared with a loss of $3 million last year", "from last year's $1.55 billion": an earnings figure
_RE_MONEY_BEFORE = re.compile(
    r"\b(?:compared[ \t]+with|from|versus|against)[ \t]+(?:(?:a[ \t]+)?(?:net[ \t]+)?(?:loss|earnings|income|profit|net|"
    r"revenue|sales)[ \t]+of[ \t]+)?(?:US)?\$[\d.,]+(?:[ \t]+(?:million|billion))?(?:,?[ \t]+or[ \t]+(?:\$[\d.,]+|"
    r"\d+[ \t]+cents)[ \t]+a[ \t]+share,?)?[ \t]+$")
_RE_MONEY_AFTER = re.compile(r"(?:'s|\u2019s)[ \t]+(?:US)?\$\d")
_RE_AND_DAY = re.compile(r",?[ \t]+(?:and|or)[ \t]+(\d{1,2})(?![\d:%/]|[ \t]*(?:percent|%)|[.,]\d|[ \t]*(?:[a-z]|[A-Z][a-z]))")
_RE_AGE_AFTER = re.compile(r"[ \t-]+old\b")
_RE_YTD = re.compile(r"(?i)^the[ \t]+(?:(?:first|latest|past|last)[ \t]+)?(?:nine|six|9|6)[- \t]months?\b")
_RE_SINCE = re.compile(r"\b(?:[Ss]ince|[Ee]ver[ \t]+since)[ \t]+(?:(?:late|early|mid|last)[ \t]+)?$")
# Before a present-tense timetable verb ("meets", "travels"): it is a noun or not the tense.
_RE_NOT_SCHEDULED = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|did|didn't|does|doesn't|do|"
    r"don't|not|never|to|can|could|would|should|might|must|may|will|had|has|have)|'s|\u2019s)[ \t]+$", re.I)


def _timetable_verb(text: str, start: int) -> bool:
    """Whether the timetable word at ``start`` ("meet", "travels") is a present-tense verb: not
    after a determiner ("his visits": a noun) or an auxiliary ("did not meet": the tense is there)."""
    return _RE_NOT_SCHEDULED.search(text, max(0, start - 12), start) is None


# How far back (characters) "that day" or "the next morning" looks for the day it refers to.
_ANAPHOR_REACH = 600
# Cue nouns/verbs that point ahead only when a to-infinitive follows ("plans to", not "vacation plans").
_TO_CUES = frozenset({"plan", "plans", "hope", "hopes", "intend", "intends", "aims"})


def _num(s: str, data: _Data) -> Optional[float]:
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
    if re.fullmatch(r"[\d,]+(?:\.\d+)?(?:[ \t]\d/\d)?", s):
        parts = s.split()
        v = float(parts[0].replace(",", ""))
        if len(parts) > 1:
            a, b = parts[1].split("/")
            v += int(a) / int(b)
        return v
    total, cur = 0, 0
    found = False
    for w in re.split(r"[-\s]+", s):
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


def _fmt_num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _duration(n: Optional[float], unit: str, data: _Data) -> str:
    """TimeML duration: ``P3W``, ``PT5H``, ``PXM`` (n None)."""
    u = unit.lower()
    u = {"centuries": "century", "millennia": "millennium"}.get(u, u)
    if u.endswith("s") and u[:-1] in data.units:
        u = u[:-1]
    letter, mult, is_t = data.units.get(u, ("X", 1, False))
    if letter == "Q" and n is not None and not float(n).is_integer():
        letter, mult = "M", 3  # "1.5 quarters": in months
    pre = "PT" if is_t else "P"
    if n is None:
        letter = {"Y": {10: "E", 100: "C", 1000: "L"}.get(mult, "Y")}.get(letter, letter)
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


def _mod_of(s: str, data: _Data) -> Optional[str]:
    first = s.split(None, 1)[0].lower() if s.strip() else ""
    if first in ("earlier", "later"):
        return "START" if first == "earlier" else "END"
    m = data.re_early.match(s)
    if m:
        words = m.group(0).lower().replace("-", " ").split()
        for w in words:
            if w in _MODS:
                return _MODS[w]
    m = data.re_approx.match(s)
    if m:
        return _APPROX_MODS.get(m.group(0).split()[0].lower())
    return None


def _month_of(s: str, data: _Data) -> Optional[int]:
    m = data.re_month_word.search(s)
    if not m:
        return None
    return data.months.get(m.group(0).rstrip(".").lower())


def _cap_month(s: str, data: _Data) -> bool:
    m = data.re_month_word.search(s)
    return bool(m) and m.group(0)[0].isupper()


def _resolve_md(doc: _Doc, month: int, day: Optional[int], start: int, end: int) -> Optional[_dt.date]:
    """A year for a month (and day) written without one.

    The nearest occurrence to the publication date wins, unless the tense of the clause points
    one way and that occurrence is close enough (a past cue and an occurrence within half a year
    back; a future cue and one within a year ahead).
    """
    dct = doc.dct
    fut = doc.future(start, end)
    if day is None:
        back = (dct.month - month) % 12            # months back to the last such month (0: this one)
        ahead = (month - dct.month) % 12 or 12     # months ahead to the next one
        if back == 0:
            return _dt.date(dct.year, month, 1)
        if fut is True:
            choice = "ahead"
        elif fut is False and (back <= 9 or doc.cue_gap < 12):
            choice = "back"
        else:
            choice = "ahead" if 3 * ahead < back else "back"  # news mostly looks back
        y = dct.year if (choice == "back") == (month <= dct.month) else (
            dct.year - 1 if choice == "back" else dct.year + 1)
        return _dt.date(y, month, 1)
    cands = [c for c in (_safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if c is not None]
    if not cands:
        return None
    prev = max((c for c in cands if c <= dct), default=None)
    nxt = min((c for c in cands if c > dct), default=None)
    if prev is None or nxt is None:
        return prev or nxt
    dp, dn = (dct - prev).days, (nxt - dct).days
    if fut is True and dp > 30:
        return nxt
    if fut is False and (dp <= 183 or (doc.cue_gap < 12 and dn > 45)):
        return prev
    return nxt if 2 * dn < dp else prev


def _weekday_date(doc: _Doc, wd: int, start: int, end: int, rel: str) -> _dt.date:
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


_RE_ENDED = re.compile(r"[ \t]+(?:ended|ending|ends|that[ \t]+ended|through)[ \t]+(?:on[ \t]+)?(\w+)\.?[ \t]+(\d{1,2})\b"
                       r"(?:,?[ \t]+(\d{4}))?")


_RE_CLOCK_PAREN_DAY = re.compile(r"[ \t]*\((?:[^()\n]{1,20}\)[ \t]*(?:on[ \t]+)?|[^()\n]{0,24}?\b(?=[A-Z][a-z]+day\)))"
                                 r"([A-Z][a-z]+day)\b")
_RE_GENERIC_AFTER = re.compile(
    r"(?:'s|\u2019s)[ \t]+(?:world|youth|society|generation|children|kids|young|teenagers|computers|technology|"
    r"culture|standards|terms|dollars|economy|America|Europe|China|Russia)\b")
_RE_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|ends|through)[ \t]+(?:on[ \t]+)?$")


def _ended(doc: "_Doc", end: int) -> Optional[_dt.date]:
    """The date in "quarter ended Sept. 30" / "year ending June 30, 1989", if one follows."""
    m = _RE_ENDED.match(doc.text, end)
    if not m:
        return None
    mon = doc.data.months.get(m.group(1).lower())
    if mon is None:
        return None
    day = int(m.group(2))
    if m.group(3):
        return _safe_date(int(m.group(3)), mon, day)
    if doc.dct is None:
        return None
    return _resolve_md(doc, mon, day, end, m.end())


def _q_anchor(doc: "_Doc", period: bool = True) -> Optional[str]:
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
            cy, cq = _quarter(doc.dct)
            py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
            return f"{py}-Q{pq}"
    return a


def _after_dct(value: str, dct: _dt.date) -> bool:
    """True when the period a DATE value names has not ended by the publication date."""
    _, latest = timex_interval(value)
    return latest is None or latest.date() >= dct


def _shift_value(value: str, years: int) -> Optional[str]:
    """Move a DATE value by whole years, keeping its granularity."""
    m = re.match(r"^(\d{4})(.*)$", value)
    if not m:
        return None
    rest = m.group(2)
    if re.match(r"^-\d\d-\d\d", rest):
        rest = rest[:6]
    return f"{int(m.group(1)) + years:04d}{rest}"


def _year_of(s: str, data: "_Data") -> Optional[int]:
    """The year written in ``s``, in digits ("1994") or spoken ("nineteen ninety-four")."""
    ym = data.re_year.search(s)
    if ym:
        return int(ym.group(1))
    words = s.lower().replace("-", " ").split()
    if "thousand" in words and "two" in words:
        rest = [w for w in words[words.index("thousand") + 1:] if w != "and"]
        n = _num(" ".join(rest), data) if rest else 0
        return 2000 + int(n) if n is not None and n < 100 else None
    if "nineteen" in words:
        rest = words[words.index("nineteen") + 1:]
        if rest == ["hundred"]:
            return 1900
        n = _num(" ".join(rest), data) if rest else None
        return 1900 + int(n) if n is not None and n < 100 else None
    return None


def _normalise(doc: _Doc, rule: str, s: str, start: int, end: int) -> Optional[tuple]:
    """Return ``(type, value, mod)`` for a candidate, or None to reject it."""
    data, dct = doc.data, doc.dct
    low = " ".join(s.lower().split())
    mod = _mod_of(s, data)
    text = doc.text

    if rule == "iso":
        try:
            if "T" in s:
                _dt.datetime.fromisoformat(s)
                return "TIME", s[:16], None
            _dt.date.fromisoformat(s)
        except ValueError:
            return None
        return "DATE", s, None

    if rule == "slash":
        mo, d, y = s.split("/")
        y = int(y) + (0 if len(y) == 4 else (1900 if int(y) > 30 else 2000))
        day = _safe_date(y, int(mo), int(d))
        return ("DATE", day.isoformat(), None) if day else None

    if rule == "clock":
        m = re.search(r"(\d{1,2})(?::(\d\d))?", low)
        if re.search(r"\bhigh[ \t]+$", text[max(0, start - 6):start], re.I):
            return None  # "high noon"
        if re.search(r"\b(?:noon|midday)\b", low):
            hh, mi = 12, 0
        elif "midnight" in low:
            hh, mi = 0, 0
        else:
            hh, mi = int(m.group(1)), int(m.group(2) or 0)
            if re.search(r"\bin the (?:afternoon|evening)\b", low) or (
                    "at night" in low and hh >= 6 and hh != 12):
                hh = hh % 12 + 12  # "4 in the afternoon", "9 at night"
            elif re.search(r"\bin the morning\b", low) and hh == 12:
                hh = 0
            if "p.m" in low or re.search(r"\dpm|\spm", low):
                hh = hh % 12 + 12
            elif "a.m" in low or re.search(r"\dam|\sam", low):
                hh = hh % 12
            if hh > 23 or mi > 59:
                return None
        day = None
        wdm = data.re_wd.search(s)
        if wdm is None:
            # "10:35 a.m. (0735 GMT) Friday": the day named right after the clock time
            nxt = _RE_CLOCK_PAREN_DAY.match(text, end)
            if nxt:
                wdm = data.re_wd.match(nxt.group(1))
        mon = _month_of(s, data)
        if mon is not None:
            dm = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*$", s)
            if dm and dct:
                day = _resolve_md(doc, mon, int(dm.group(1)), start, end)
        elif wdm and dct:
            day = _weekday_date(doc, data.weekdays[wdm.group(0).lower()], start, end, "")
        elif "yesterday" in low and dct:
            day = dct - _dt.timedelta(days=1)
        elif "tomorrow" in low and dct:
            day = dct + _dt.timedelta(days=1)
        elif doc.last_day and doc.last_day[1] >= start - 40 and not re.search(
                r"[.!?;]\s|\n", text[doc.last_day[1]:start]):
            day = doc.last_day[0]  # "On Dec. 31, 2023, at midnight": the day just named
        elif dct:
            day = dct
        hm = f"T{hh:02d}:{mi:02d}"
        return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + hm, mod

    if rule == "full":
        if not _cap_month(s, data):
            return None
        mon = _month_of(s, data)
        week_of = low.startswith("the week of ")
        body = data.re_month_word.sub(" ", s[12:] if week_of else s)
        body = data.re_wd.sub(" ", body)
        body = re.sub(r"(?i)\b(?:this|coming|past|next|last)\b", " ", body)
        ym = data.re_year.search(body)
        if ym:
            body = body[:ym.start()] + body[ym.end():]
        dm = re.search(r"\d{1,2}", body)
        if dm:
            d = int(dm.group(0))
        else:
            om = re.search(r"[a-z]+(?:-[a-z]+)?", body.lower().replace("the", " "))
            if not om:
                return None
            w = om.group(0)
            d = data.ordinals.get(w)
            if d is None and "-" in w:
                t, o = w.split("-")
                d = {"twenty": 20, "thirty": 30}.get(t, 0) + data.ordinals.get(o, 0)
        if ym:
            day = _safe_date(int(ym.group(1)), mon, d)
        elif dct is None:
            return ("DATE", "XXXX-WXX", None) if week_of else ("DATE", f"XXXX-{mon:02d}-{d:02d}", None)
        else:
            day = _resolve_md(doc, mon, d, start, end)
        if day is None:
            return None
        return "DATE", (_week(day) if week_of else day.isoformat()), None  # "the week of March 6": W10

    if rule == "monyear":
        if not _cap_month(s, data):
            return None
        mon = _month_of(s, data)
        y = _year_of(s, data)
        if y is None:
            return None
        return "DATE", f"{y}-{mon:02d}", mod

    if rule == "monrel":
        if not _cap_month(s, data):
            return None
        mon = _month_of(s, data)
        if dct is None:
            return "DATE", f"XXXX-{mon:02d}", mod
        y = dct.year + (-1 if "last" in low.split() else 1 if "next" in low.split() else 0)
        return "DATE", f"{y}-{mon:02d}", mod

    if rule == "decade":
        m = re.search(r"(\d{3})0'?s", low)
        if m:
            return "DATE", m.group(1), mod
        m = re.search(r"'(\d)0s", low)
        words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
        digit = int(m.group(1)) if m else next(v for k, v in words.items() if k in low)
        return "DATE", f"19{digit}", mod

    if rule == "century":
        m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", low)
        n = int(m.group(1)) if m else None
        if n is None:
            w = re.search(r"([a-z]+(?:-[a-z]+)?)[- \t]+century", low).group(1)
            n = data.ordinals.get(w)
            if n is None and "-" in w:
                t, o = w.split("-")
                n = {"twenty": 20, "thirty": 30}.get(t, 0) + data.ordinals.get(o, 0)
        if not n:
            return None
        return "DATE", f"{n - 1:02d}", mod

    if rule == "quarter":
        words = low.replace("-", " ").split()
        if " half " in f" {low} ":
            h = 1 if "first" in words else 2
            ym = data.re_year.search(s)
            if ym:
                return "DATE", f"{ym.group(1)}-H{h}", None
            if dct is None:
                return "DATE", f"XXXX-H{h}", None
            y = dct.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
            return "DATE", f"{y}-H{h}", None
        ended = _ended(doc, end)
        if ended is not None and dct is not None and not data.re_year.search(s) and not re.search(
                r"year-|last year|a year|first|second|third|fourth|1st|2nd|3rd|4th|final", low):
            if doc.fiscal and doc.anchor and "-Q" in doc.anchor and abs(int(doc.anchor[:4]) - ended.year) <= 1:
                doc.shifted = True  # "the quarter ended Sept. 29" after "the fiscal first quarter"
                return "DATE", doc.anchor, None
            # the three months ending then: the calendar quarter of the middle one
            # ("ended Sept. 30" is Q3, "ended July 31", May to July, mostly Q2)
            my, mm = _add_months(ended.year, ended.month, -1 if ended.day >= 15 else -2)
            return "DATE", f"{my}-Q{(mm - 1) // 3 + 1}", None
        q = None
        for w, n in (("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3),
                     ("fourth", 4), ("4th", 4), ("final", 4)):
            if w in words:
                q = n
                break
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
        cy, cq = _quarter(dct)
        if "year-ago" in low or "year-earlier" in low or "last year's" in low:
            base = doc.anchor if doc.anchor and "-Q" in doc.anchor else None
            if q is None and base:
                return "DATE", _shift_value(base, -1), None
            if q is None:
                py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
                return "DATE", f"{py - 1}-Q{pq}", None
            return "DATE", f"{cy - 1}-Q{q}", None
        if "next year's" in low:
            return "DATE", f"{cy + 1}-Q{q or cq}", None
        if "this" in words and q is None and _q_anchor(doc, False):
            return "DATE", _q_anchor(doc, False), None  # "this quarter's loss": the quarter reported
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
            if doc.qanchor and words[-2:-1] == ["latest"] and not _after_dct(doc.qanchor, dct):
                return "DATE", doc.qanchor, None  # "the latest period": the one just reported
            py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
            return "DATE", f"{py}-Q{pq}", None
        y = cy if q <= cq else cy - 1
        if q > cq and doc.future(start, end):
            y = cy
        return "DATE", f"{y}-Q{q}", None

    if rule == "season":
        words = low.replace("-", " ").split()
        code = next((data.seasons[w] for w in words if w in data.seasons), None)
        ym = _year_of(s, data)
        if not ym and not any(w in words for w in ("last", "this", "next", "early", "late", "mid", "coming",
                                                    "past")):
            # "the fall" / "spring" alone are too often nouns and verbs
            in_the = words[0] == "the" and re.search(
                r"\b(?:in|during|by|until|since|over|through|this|that|next|last)[ \t]+$", text[max(0, start - 8):start],
                re.I) and not re.match(r"[ \t]+of[ \t]+[A-Z]", text[end:end + 5])
            if not (words[0] == "the" and code in ("SU", "WI")) and not in_the:
                return None
        if ym:
            return "DATE", f"{ym}-{code}", mod
        if dct is None:
            return "DATE", f"XXXX-{code}", mod
        y = dct.year
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
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

    if rule == "ago":
        um = data.re_unit.search(low)
        unit = um.group(0)
        q = low[:um.start()]
        am = data.re_approx.match(q)
        if am:
            q = q[am.end():]
        wm = re.match(r"(almost|about|some)\s+(?=\S)", q)
        if wm:  # "almost four years ago", "some 20 years ago"
            q = q[wm.end():]
            mod = _APPROX_MODS.get(wm.group(1), mod)
        q = q.strip(" -\t")
        n = _num(q, data) if q else None
        direction = "ago" if re.search(r"\b(ago|earlier)\b", low) else "later"
        u = _duration(1, unit, data)[-1]
        if "earlier" in low or "later" in low:
            if n == 1 and u == "Y" and direction == "ago" and dct is not None:
                doc.shifted = True
                if _q_anchor(doc):
                    return "DATE", _shift_value(_q_anchor(doc), -1), mod
                base = int(doc.anchor[:4]) if doc.anchor else dct.year
                return "DATE", str(base - 1), mod
            if not q:
                return None
            # "three days later", "a few days earlier": TimeML marks the length of time only
            cut = re.search(r"[ \t]+(?:earlier|later)$", s)
            if cut:
                doc.trim = (start, start + cut.start())
            return "DURATION", _duration(n, unit, data), mod
        if n is None:
            if not q and unit.endswith("s"):
                return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", mod
            if q:
                return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF", mod
            return None
        if dct is None:
            return "DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(u, "XXXX-XX-XX"), mod
        if u == "Y" and n == 1 and "ago" in low and _q_anchor(doc):
            doc.shifted = True
            return "DATE", _shift_value(_q_anchor(doc), -1), mod
        sign = -1 if direction == "ago" else 1
        try:
            if _duration(1, unit, data).startswith("PT"):
                return "DATE", dct.isoformat(), mod  # "two hours ago": the publication day
            if u == "D":
                return "DATE", (dct + _dt.timedelta(days=sign * n)).isoformat(), mod
            if u == "W":
                return "DATE", _week(dct + _dt.timedelta(weeks=sign * n)), mod
            if u == "M":
                per = 3 if "quarter" in unit.lower() else 1
                y, m = _add_months(dct.year, dct.month, int(sign * n * per))
                return "DATE", f"{y}-{m:02d}", mod
            if u == "Y":
                mult = data.units.get(unit.lower().rstrip("s"), ("Y", 1))[1]
                if unit.lower().startswith("centur"):
                    mult = 100
                return "DATE", f"{int(dct.year + sign * n * mult)}", mod
        except (OverflowError, ValueError):
            return None
        return None

    if rule == "relunit":
        words = low.replace("-", " ").split()
        unit = words[-1]
        if s.split()[-1][0].isupper() and s[0].isupper() and not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[max(0, start - 4):start]):
            return None  # "ABC's "This Week"": a title, not a time
        if words[-2:] == ["the", "year"] and len(words) == 2:
            # "the year ended June 30" is a span of a year; "for the year", "of the year" this year
            if dct is None or re.match(r"[ \t]+(?:ended|ending|that[ \t]+ended|to[ \t]+date)\b", text[end:end + 20]):
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
            return "DATE", _week(base) + "-WE", None
        if words[0] == "the" and len(words) == 2:
            return None
        if "that" in words or "same" in words or "following" in words:
            step = 1 if "following" in words else 0
            if doc.anchor and not doc.anchor.startswith("X") and unit == "year":
                return "DATE", str(int(doc.anchor[:4]) + step), mod
            if doc.anchor and re.match(r"\d{4}-\d\d", doc.anchor) and unit == "month":
                y, m = _add_months(int(doc.anchor[:4]), int(doc.anchor[5:7]), step)
                return "DATE", f"{y}-{m:02d}", mod
            return None
        if dct is None:
            return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                            "year": "XXXX", "decade": "XXX", "century": "XX"}[unit], mod
        step = 0
        if any(w in words for w in ("last", "past", "previous")):
            step = -1
        elif any(w in words for w in ("next", "coming")):
            step = 1
        if unit == "year":
            if words == ["last", "year"] and (_RE_MONEY_BEFORE.search(text, max(0, start - 70), start)
                                              or _RE_MONEY_AFTER.match(text, end)):
                qa = _q_anchor(doc)
                if qa and "-Q" in qa and qa[:4] == str(dct.year):
                    doc.shifted = True  # "compared with $3 million last year": the year-ago quarter
                    return "DATE", _shift_value(qa, -1), mod
            return "DATE", str(dct.year + step), mod
        if unit == "month":
            y, m = _add_months(dct.year, dct.month, step)
            return "DATE", f"{y}-{m:02d}", mod
        if unit == "week":
            return "DATE", _week(dct + _dt.timedelta(weeks=step)), mod
        if unit == "weekend":
            base = dct + _dt.timedelta(weeks=step)
            if step == 0 and dct.isoweekday() < 3 and not doc.future(start, end):
                base = dct - _dt.timedelta(weeks=1)
            return "DATE", _week(base) + "-WE", mod
        if unit == "decade":
            return "DATE", str(dct.year // 10 + step), mod
        if unit == "century":
            return "DATE", f"{dct.year // 100 + step:02d}", mod
        return None

    if rule == "yearago":
        if dct is None:
            return "DATE", "XXXX", None
        if low.endswith("end"):
            fut = True if re.search(r"\bby[ \t]+$", text[max(0, start - 4):start]) else doc.future(start, end)
            y = dct.year if fut or (fut is None and dct.month >= 9) else dct.year - 1
            if "year-end" not in low:
                return "DATE", str(y), "END"  # "by year end", "by year's end": the end of the year
            return "DATE", f"{y}-12-31", None
        doc.shifted = True
        if re.fullmatch(r"the\s+year-(?:ago|earlier)", low):
            doc.trim = (start + len(s) - len(s[3:].lstrip()), end)
        same = re.search(r"\b(?:same|comparable|corresponding)\b", low) and not re.search(
            r"year-|last year|a year", low)
        if doc.ytd and ("period" in low or "months" in low) and "quarter" not in low:
            return "DURATION", doc.ytd, None  # "the year-earlier nine months": the span compared
        if _q_anchor(doc, "quarter" not in low):
            qa = _q_anchor(doc, "quarter" not in low)
            return "DATE", qa if same else _shift_value(qa, -1), None
        if "quarter" in low or "period" in low:
            cy, cq = _quarter(dct)
            py, pq = (cy, cq - 1) if cq > 1 else (cy - 1, 4)
            return "DATE", f"{py if same else py - 1}-Q{pq}", None
        return "DATE", str(dct.year - 1), None

    if rule == "dur":
        if _RE_AGE_AFTER.match(text, end):
            return None  # "52 years old": an age, not a time
        if re.fullmatch(r"[a-z]+-quarters", low) and text.startswith(" of ", end):
            return None  # "three-quarters of its food": a fraction
        um = data.re_unit.search(low.split(" or ")[0])
        unit = um.group(0)
        head = low[:um.start()]
        if re.match(r"the\s+\S+-$", head) and not unit.endswith("s"):
            # "the two-week [visit]": the determiner belongs to the noun, not to the duration
            doc.trim = (start + len(s) - len(s[3:].lstrip()), end)
        am = data.re_approx.match(head)
        if am:
            head = head[am.end():]
        head = re.sub(r"^(?:the\s+)?(?:past|last|next|first|previous|coming|following|final|initial|"
                      r"remaining|latest|other|another)\s+", "", head.strip())
        head = re.sub(r"^the\s+", "", head)
        head = re.sub(r"\s+more$|\s+and\s+a\s+half$", "", head.strip(" -\t")).strip(" -\t")
        n = _num(head, data) if head else None
        if n is None and head not in ("several", "a few", "few", "a couple", "a couple of", "couple of",
                                      "numerous", "a number of", "many", "some", "dozens of"):
            return None
        if n is not None and ("and a half" in low):
            n += 0.5
        uword = unit.lower()
        if low == "one day" and re.search(r"\b(?:will|would|could|may|might|can|should|must)[ \t]+$",
                                          text[max(0, start - 8):start]):
            return "DATE", "FUTURE_REF", None  # "will one day be": some day ahead, not a day long
        if head in ("a", "an"):
            if uword in ("second", "quarter") :
                return None
            before = text[max(0, start - 25):start].lower()
            if re.search(r"(?:\d|\bcents?|\bshares?|\btimes|\btwice|\bonce|\bdollars?|\bmillion|\bbillion|"
                         r"\bbarrels?|\btons?|\bpercent|%|\beach)[ \t,]*$", before) and uword in (
                    "day", "week", "month", "year", "hour", "night"):
                return "SET", _duration(1, unit, data), None
        if re.match(r"[\d,]+(?:\.\d+)?$", head) and float(head.replace(",", "")) > 1000:
            return None
        return "DURATION", _duration(n, unit, data), mod

    if rule == "recent":
        words = low.split()
        unit = words[-1]
        if words[0] == "recent" or words == ["past", unit]:
            return "DATE", "PAST_REF", None
        if words[0] in ("coming", "future") or words[:2] == ["the", "coming"]:
            return "DATE", "FUTURE_REF", None
        return "DURATION", _duration(None, unit, data), mod

    if rule == "bare":
        before = text[max(0, start - 12):start].lower()
        if not re.search(r"\b(?:for|over|within|after|took|take|takes|lasted|last|spent|spend|than|in|of)[ \t]+$",
                         before):
            return None
        if re.search(r"\bof[ \t]+$", before) and not re.search(r"\b(?:years|months|weeks|days)[ \t]+of[ \t]+$",
                                                              before):
            return None
        return "DURATION", _duration(None, low, data), None

    if rule == "set":
        words = low.split()
        if low in data.sets:
            return "SET", data.sets[low], None
        mon = _month_of(s, data)
        if mon is not None and words[0] in ("every", "each"):
            return "SET", f"XXXX-{mon:02d}", None
        if words[0] in ("a", "an"):
            before = text[max(0, start - 25):start].lower()
            if not re.search(r"(?:\d|\bcents?|\bshares?|\btimes|\btwice|\bonce|\bdollars?|\bmillion|"
                             r"\bbillion|\bpercent|%)[ \t,]*$", before):
                return None
            return "SET", _duration(1, words[-1], data), None
        last = words[-1].rstrip("s") if words[-1] not in ("days", "years") else words[-1][:-1]
        q = " ".join(words[1:-1])
        q = q.replace("other", "").strip()
        n = _num(q, data) if q else 1
        if q == "other":
            n = 2
        if "other" in words:
            n = (n or 1) * 2
        if last in data.pods:
            return "SET", f"XXXX-XX-XXT{data.pods[last]}", None
        if last in data.seasons:
            return "SET", f"XXXX-{data.seasons[last]}", None
        if last == "weekend":
            return "SET", "XXXX-WXX-WE", None
        return "SET", _duration(n or 1, last, data), None

    if rule in ("year", "yearword"):
        ym = data.re_year.search(s)
        if ym:
            y = int(ym.group(1))
            before = text[max(0, start - 12):start]
            ctx = re.search(r"(?:in|since|of|by|until|from|to|before|after|during|through|and|early|late|"
                            r"mid|year|fiscal|the|for|between|'s|,|\()[ \t]*$", before, re.I)
            if not (1900 <= y <= 2049) and not ctx and "fiscal" not in low and "year" not in low:
                return None
            if not ctx and s[0].isdigit() and re.search(r"\b[A-Z][a-z]+[ \t]+$", before) and not re.search(
                    r"(?:^|[.!?\n][ \t]*)[A-Z][a-z]+[ \t]+$", before) and not data.re_month_word.search(before):
                return None  # "Orion 1980", "Expo 2000": part of a name
            if re.match(r"[ \t]*(?:-|\u2013)[ \t]*\d", text[end:end + 3]) and not re.match(
                    r"[ \t]*-[ \t]*\d\d\b(?!\d)", text[end:end + 5]):
                return None
            nxt = text[end:end + 12].lower()
            if re.match(r"[ \t]+(?:shares|people|votes|miles|feet|meters|dollars|tons|troops|jobs|cars|units)\b",
                        nxt):
                return None
            if "period" in low and doc.anchor and "-Q" in doc.anchor and doc.anchor[:4] != str(y) and not doc.ytd:
                doc.shifted = True
                return "DATE", f"{y}{doc.anchor[4:]}", None
            return "DATE", str(y), mod
        words = low.replace("-", " ").split()
        if "thousand" in words:
            rest = [w for w in words[words.index("thousand") + 1:] if w != "and"]
            n = _num(" ".join(rest), data) if rest else 0
            return "DATE", f"{2000 + int(n or 0)}", None
        i = words.index("nineteen")
        rest = words[i + 1:]
        if rest == ["hundred"]:
            return "DATE", "1900", None
        n = _num(" ".join(rest), data)
        if n is None or n >= 100:
            return None
        return "DATE", f"{1900 + int(n)}", None

    if rule == "weekday":
        if re.match(r"[ \t]+(?:Times|Telegraph|Express|Post|Mirror|Herald|Independent|Tribune|Star|School|Service|"
                    r"Bloody|Night[ \t]+Live)\b", text[end:end + 14]):
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
            day = _weekday_date(doc, wd, start, end, rel)
        day += _dt.timedelta(days=shift)
        if pod:
            return "TIME", f"{day.isoformat()}T{pod}", mod
        return "DATE", day.isoformat(), mod

    if rule == "dayref":
        # "that day", "the next morning", "later in the day": the day the story is at, which is the
        # last day named; "in the day" alone may also be the day of publication
        words = low.split()
        near = doc.last_day if doc.last_day and start - doc.last_day[1] <= _ANAPHOR_REACH else None
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

    if rule == "refday":
        if low in ("today", "tomorrow") and (
                _RE_GENERIC_AFTER.match(text, end)  # "today's youth", "today's world"
                or re.search(r"\b(?:the|of)[ \t]+\w+[ \t]+of[ \t]+$", text[max(0, start - 30):start])):  # "the cars of tomorrow"
            return None
        if s[0] == "T" and re.search(r"\b[A-Z][\w.&]*[ \t]+$", text[max(0, start - 12):start]):
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

    if rule == "holiday":
        rel = re.match(r"(?:this past|this coming|last|next|this) ", low)
        name = low[rel.end():] if rel else low
        code = data.holidays.get(name)
        if code is None or not s[len(s) - len(name):][0].isupper():
            return None
        if rel and dct is not None:
            r = rel.group(0).strip()
            day = _holiday(code, dct.year)
            if day is None:
                return None
            if r in ("last", "this past") and day >= dct:
                day = _holiday(code, dct.year - 1)
            elif r in ("next", "this coming") and day <= dct:
                day = _holiday(code, dct.year + 1)
            return ("DATE", day.isoformat(), None) if day else None
        if dct is None:
            return ("DATE", f"XXXX-{code}", None) if "-" in code else None
        day = _holiday(code, dct.year)
        if day is None:
            return None
        fut = doc.future(start, end)
        if day > dct and ((day - dct).days > 60 and not fut or fut is False):
            day = _holiday(code, dct.year - 1)  # "since Thanksgiving", "last Christmas"
        elif (dct - day).days > 200 and doc.future(start, end):
            day = _holiday(code, dct.year + 1)
        return "DATE", day.isoformat(), None

    if rule == "ref":
        value = data.refs.get(low)
        if value is None:
            return None
        if low == "soon" and re.match(r"[ \t]+(?:as|after|before|afterwards?)\b", text[end:end + 12]):
            return None
        if low == "soon" and re.search(r"\bas[ \t]+$", text[max(0, start - 4):start]):
            return None
        if low == "soon" and (re.match(r"[ \t]+(?:[a-z]+ed|became|began|went|came|got|grew|fell|rose|found|left|took)\b",
                                       text[end:end + 16])
                              or re.search(r"\b(?:was|were|had)[ \t]+$", text[max(0, start - 6):start])):
            return None  # "soon became a flood", "was soon released": shortly after, in the past
        if low == "the future" and text.startswith(" of ", end):
            return None  # "the future of our peoples": a topic, not a time
        if s == "Now" and text.startswith(",", end) and re.search(r"(?:^|[.!?\n][\"'`\u201c ]*|[\"\u201c])[ \t]*$",
                                                                 text[max(0, start - 4):start]):
            return None  # "Now, he says, ...": a discourse marker opening the sentence
        if low == "now" and re.search(r"\b(?:just|from)[ \t]+$", text[max(0, start - 5):start]):
            return None  # "just now", "from now on"; "until now" and "right now" are the present
        if value == "FUTURE_REF" and re.match(r"[ \t]+than\b", text[end:end + 6]):
            return None  # "at a later date than the others": a comparison
        if low == "current":
            then = re.search(r"\b[Tt]hen(?:-|[ \t]+)$", text[max(0, start - 6):start])
            if then:
                doc.trim = (start - len(then.group(0)), end)
                return "DATE", "PAST_REF", None  # "the then-current price": current back then
        return "DATE", value, None

    if rule == "month":
        if not _cap_month(s, data):
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
            if mon in (3, 5) or (mon == 8 and re.match(r"[ \t]+[A-Z]", after)):
                if not re.search(r"\b(?:in|since|until|till|by|from|to|through|of|during|before|after|between|"
                                 r"and|or|early|late|mid|last|this|next|for)[ \t]+$", before, re.I) and not (
                        re.search(r"\b[Tt]he[ \t]+$", before)
                        and re.match(r"[ \t]+(?!(?:of|on|to|for|against|in)\b)[a-z]{3,}", text[end:end + 14])):
                    return None  # ("the March accession" is a month; "the March on Rome" is not)
            if re.match(r"[ \t]+[A-Z][a-z]", after) and not re.search(r"\bin[ \t]+$", before):
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
        elif not prefixed and 0 < (mon - dct.month) % 12 <= 6 and (re.search(r"\bby[ \t]+$", before) or (
                re.search(r"\b(?:until|till|through)[ \t]+$", before)
                and (doc.future(start, end) is not False or doc.cue_gap > 30))):
            # "to conclude by May", "loans extended through January": a deadline ahead
            y = dct.year if mon > dct.month else dct.year + 1
        else:
            y = _resolve_md(doc, mon, None, start, end).year
        return "DATE", f"{y}-{mon:02d}", mod

    return None


# ---------------------------------------------------------------------------------------------
# Public API


def _published(article_or_text: Any, published: Any) -> tuple:
    from .articles import parse_date  # late import keeps this module importable on its own

    if isinstance(article_or_text, Article):
        text = article_or_text.text
        if published is None:
            published = article_or_text.published
    elif isinstance(article_or_text, str):
        text = article_or_text
    else:
        raise TypeError(f"find_timexes expects an Article or a str, not {type(article_or_text).__name__}")
    dct = parse_date(published, field="published")
    return text, dct


_BEFORE = 32  # how far before a trigger word an expression may start ("at least two more ...")
# Word starts where an expression may begin: common words that never start one are skipped.
_WORD_START = re.compile(
    r"(?<![\w'])(?!(?i:of|and|to|in|on|for|with|by|was|is|are|were|be|been|has|have|had|said|says|he|she|"
    r"it|its|they|we|his|her|their|or|but|not|will|would|could|if|than|also|into|after|before|since|"
    r"during|until|when|while|as|from|which|who|there|i|you|our|my|your)\b)[\w$']")


def _triggers(text: str, data: _Data):
    """The trigger words and numbers of ``text`` in text order (``data.trigger.finditer``)."""
    if data.triggers_apart is None:
        return data.trigger.finditer(text)
    words, numbers = data.triggers_apart
    found = list(numbers(text))
    if not found:
        return words(text)
    found += words(text)
    found.sort(key=_START)
    return found


_START = operator.methodcaller("start")


def _candidates(text: str, data: _Data):
    """Matches of the full pattern in text order, tried only at the word starts shortly before
    each trigger word (every expression contains one)."""
    match, may_start, word_starts = data.finder.match, data.may_start, _WORD_START.finditer
    last_blocker = data.last_blocker
    pos = 0
    for t in _triggers(text, data):
        ts = t.start()
        if ts < pos:
            continue
        if ts and text[ts - 1].isalpha() and not t.group(0)[0].isdigit():
            continue  # inside a longer word
        lo = max(pos, ts - _BEFORE)
        if last_blocker is not None:
            b = last_blocker(text, lo, ts)
            if b is not None:  # no match from before it reaches the trigger
                lo = b.start(1) + 1
        for w in word_starts(text, lo, ts + 1):
            if may_start(text, w.start()) is None:
                continue
            m = match(text, w.start())
            if m is not None and m.end() > ts:
                yield m
                pos = m.end()
                break


_ANCHOR_RULES = frozenset({"iso", "slash", "full", "monyear", "monrel", "quarter", "year", "yearword",
                           "month", "season"})


def _try(doc: _Doc, m: "re.Match") -> Optional[tuple]:
    """Normalise one candidate match; None when rejected (never raises)."""
    doc.shifted, doc.trim = False, None
    try:
        res = _normalise(doc, m.lastgroup, m.group(0), m.start(), m.end())
    except (ValueError, OverflowError, KeyError, IndexError, AttributeError, StopIteration,
            ZeroDivisionError, TypeError):
        return None
    return None if res is None or res[1] is None else res


def find_timexes(article_or_text: Any, *, published: Any = None) -> list:
    """Find the time expressions in a text and resolve them against its publication date.

    Args:
        article_or_text: An :class:`~toolkit.model.Article` (its ``published`` date is used when
            ``published`` is None) or a string.
        published: The publication date (``datetime.date``, ``datetime.datetime`` or a string such
            as ``"2023-10-04"``). Without one, absolute dates are still resolved and relative
            expressions keep underspecified TimeML values (``XXXX-WXX-4``).

    Returns:
        A list of :class:`~toolkit.model.Timex` in text order; ``text[t.start:t.end] == t.text``.

    Raises:
        TypeError: ``article_or_text`` is neither an Article nor a string.
        ValueError: ``published`` cannot be read as a date (the message names it).
    """
    text, dct = _published(article_or_text, published)
    if not text:
        return []
    data = _data()
    doc = _Doc(text, dct, data)
    out = []
    done = 0  # end of the last expression kept
    for m in _candidates(text, data):
        if m.start() < done:
            continue
        res = _try(doc, m)
        if res is None:
            # rejected ("last Oct." before "Oct. 23"): a shorter match may start inside it
            for w in _WORD_START.finditer(text, m.start() + 1, m.end()):
                if data.may_start(text, w.start()) is None:
                    continue
                m2 = data.finder.match(text, w.start())
                if m2 is not None:
                    res = _try(doc, m2)
                    if res is not None:
                        m = m2
                        break
            if res is None:
                continue
        rule = m.lastgroup
        s, start, end = m.group(0), m.start(), m.end()
        done = end
        typ, value, mod = res
        if doc.trim:
            start, end = doc.trim
            s = text[start:end]
        if typ in ("DATE", "TIME"):
            earliest, latest = timex_interval(value)
            if rule in _ANCHOR_RULES and not doc.shifted and _RE_4DIGITS.match(value) and not (
                    doc.anchor and "-Q" in doc.anchor and rule == "full"
                    and _RE_ENDED_BEFORE.search(text, max(0, start - 30), start)) and not (
                    "-Q" in value and "-quarter" not in s.lower()
                    and _RE_INDEF_BEFORE.search(text, max(0, start - 20), start)):
                doc.anchor = value  # (the day in "the quarter ended Sept. 30" leaves the quarter the anchor)
                doc.fiscal = "fiscal" in s.lower()
                if "-Q" in value:
                    doc.qanchor = value
                    doc.ytd = None
            if _RE_4DIGITS.match(value):
                doc.last_date = end
            if _RE_DAY_VALUE.match(value):
                try:
                    doc.last_day = (_dt.date.fromisoformat(value[:10]), end)
                except ValueError:
                    pass
        else:
            earliest = latest = None
            if value in ("P9M", "P6M") and _RE_YTD.search(s):
                doc.ytd = value  # "the first nine months": year-ago comparisons now name the year
        out.append(Timex(text=s, start=start, end=end, type=typ, value=value,
                         earliest=earliest, latest=latest, mod=mod))
        if rule == "full" and len(value) == 10:
            second = _RE_AND_DAY.match(text, end)  # "April 24 and 25": the second day on its own
            if second and int(value[8:]) < int(second.group(1)) <= 31:
                # without a year ("XXXX-04-24", no publication date) the second day has none either
                year = int(value[:4]) if value[:4].isdigit() else None
                day2 = _safe_date(year or 2000, int(value[5:7]), int(second.group(1)))
                if day2 is not None:
                    a, b = second.span(1)
                    value2 = day2.isoformat() if year else "XXXX" + day2.isoformat()[4:]
                    e2, l2 = timex_interval(value2)
                    out.append(Timex(text=text[a:b], start=a, end=b, type="DATE", value=value2,
                                     earliest=e2, latest=l2, mod=None))
                    done = b
    return out
