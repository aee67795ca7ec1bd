"""The finder's rule patterns: one regex source per rule, built from the word tables.

The rules are tried in this order at a place (the first that matches wins), so a longer form
("October 4, 2023") is listed before the shorter ones inside it ("October"). Each rule's name is
the name of its normaliser (:mod:`.normalise`).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["RulePatterns", "alternation", "COUNT_MODIFIERS"]

# Words between a count and its unit that leave the length as counted ("two more weeks", "an
# additional year", "three straight days"); the normaliser strips them to read the count.
COUNT_MODIFIERS = ("more", "extra", "additional", "straight", "consecutive")


def alternation(words) -> str:
    """A regex alternation of words, longest first; spaces match any run of blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) + ")"


class RulePatterns:
    """The building blocks (``MON``, ``WD``, ``UNITS``, ...) and ``rules``: ``(name, source)`` pairs.

    Args:
        data: The word tables (:class:`~.ruledata.RuleData`): months, weekdays, numbers, ...
    """

    # Blanks inside an expression, and a hyphen or blanks between two of its words.
    S = r"[ \t\u00a0]+"
    HY = r"(?:-|[ \t\u00a0]+)"

    def __init__(self, data: Any) -> None:
        S = self.S
        full_months = [m for m in data.months if len(m) > 4 or m in ("may", "june", "july")]
        abbreviations = [m for m in data.months if m not in full_months]
        self.MON = "(?:" + alternation(full_months) + "|" + alternation(abbreviations) + r"\.?)"
        self.DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        self.YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|[ \t]*(?:%|percent\b))"
        self.ORD = alternation(list(data.ordinals) + [f"{tens}-{unit}" for tens in ("twenty", "thirty") for unit in
                                                      ("first", "second", "third", "fourth", "fifth", "sixth",
                                                       "seventh", "eighth", "ninth")])
        self.WD = alternation(data.weekdays)
        self.POD = alternation(data.pods)
        self.SEASON = alternation(data.seasons)
        number_word = alternation(data.numbers)
        self.NW = number_word
        self.NUMW = rf"(?:{number_word}(?:(?:-|{S}(?:and{S})?){number_word}){{0,5}})"  # bounded: no runaway on long lists
        self.NUMD = r"(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,9}(?:\.\d{1,4})?)(?:[ \t]\d/\d)?"
        self.NUM = rf"(?:{self.NUMD}|{self.NUMW})"
        self.QUANT = (rf"(?:{self.NUM}|an?|several|a{S}few|few|a{S}couple{S}of|a{S}couple|couple{S}of|"
                      rf"a{S}number{S}of|numerous|a{S}dozen|dozens{S}of|many|some)")
        self.UNITS = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|"
                      r"decades?|century|centuries|millenni(?:um|a))")
        self.APPROX = (rf"(?:around|approximately|roughly|nearly|more{S}than|less{S}than|fewer{S}than|"
                       rf"up{S}to|at{S}least|at{S}most|no{S}more{S}than|no{S}less{S}than|close{S}to)")
        self.EARLY = (rf"(?:early|late|mid|the{S}end{S}of|the{S}beginning{S}of|the{S}start{S}of|"
                      rf"the{S}middle{S}of|end{S}of|beginning{S}of|start{S}of|middle{S}of|the{S}turn{S}of)")
        self.EARLY_ = rf"(?:{self.EARLY}(?:-|{S}))"
        self.DECADE_WORDS = "(?:" + "|".join(data.decades) + ")"
        self.HOL = alternation(data.holidays)
        self.SETS = alternation(data.sets)
        self.REFS = alternation(data.refs)
        self.YW = rf"(?:nineteen{S}(?:{number_word}(?:-{number_word})?|hundred)|two{S}thousand(?:{S}(?:and{S})?{number_word})?)"
        self.YEARX = rf"(?:{self.YEAR}|{self.YW})"
        self.REFDAY = rf"(?:today|tonight|yesterday|tomorrow|the{S}day{S}(?:before{S}yesterday|after{S}tomorrow))"
        self.rules = self._date_rules() + self._span_rules() + self._day_rules()

    def _date_rules(self) -> list:
        """Rules for dates written out and for calendar periods (the first rules tried)."""
        S, HY, MON, DAY, YEAR, ORD, WD = self.S, self.HY, self.MON, self.DAY, self.YEAR, self.ORD, self.WD
        EARLY_, YEARX = self.EARLY_, self.YEARX
        TZ = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)"  # the zone stays in the extent ("10 a.m. ET")
        CLOCK = (rf"(?:(?:1[0-2]|[1-9])(?::\d\d)?{S}(?:o'clock{S})?(?:in{S}the{S}(?:morning|afternoon|evening)|at{S}night)|"
                 rf"\d{{1,2}}(?::\d\d)?{S}?(?:[ap]\.m\.?|[ap]m(?![a-z]))|\d{{1,2}}(?::\d\d)?{S}o'clock|"
                 rf"(?:[01]?\d|2[0-3]):[0-5]\d(?={S}?{TZ}\b)|noon|midday|midnight)")
        QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"
        QADJ = (rf"(?:{QORD}|latest|last|current|previous|past|year-ago|year-earlier|same|recent|"
                rf"most{S}recent|comparable|corresponding|fiscal(?:-|{S}){QORD})")
        MDY = rf"{MON}{S}{DAY}(?:,?{S}{YEAR})?"  # after a clock time: "9:14 AM, Oct 06, 2023"
        # A web page's date line: a full date with its year, then the time ("Oct. 5, 2023 at 3:45 p.m.
        # EDT", "6 October 2023, 14:30 GMT"); a 24-hour time needs no zone after a year.
        STAMP_CLOCK = rf"(?:\d{{1,2}}(?::\d\d)?{S}?(?:[ap]\.m\.?|[ap]m(?![a-z]))|(?:[01]?\d|2[0-3]):[0-5]\d)(?:{S}{TZ})?"
        return [
            ("iso", rf"\d{{4}}-[01]\d-[0-3]\d(?:(?:T|{S})\d\d:\d\d(?::\d\d)?(?!\d)(?:{S}{TZ}\b)?)?(?!\d)"),
            ("slash", r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:\d{4}|\d\d)(?![\d/])"),
            ("stamp", rf"(?:{WD},?{S})?(?:{MON}{S}?{DAY}|{DAY}{S}{MON}),?{S}{YEAR}"
                      rf"(?:,?{S}(?:at{S})?|{S}[|\u2022\u00b7-]{S}){STAMP_CLOCK}"),
            ("clock", rf"(?:{self.APPROX}{S})?{CLOCK}(?:{S}{TZ})?(?:,?{S}(?:{WD}|{self.REFDAY})(?:,?{S}{MDY})?|,?{S}(?:on{S})?{MDY})?"),
            ("full", rf"(?:the{S}week{S}of{S}(?={MON}))?(?:(?:this{S}coming|this{S}past|next|last){S}{WD},?{S}(?={MON})|{WD},?{S})?(?:{MON}{S}?{DAY}|{DAY}{S}(?:of{S})?{MON}|{MON}{S}(?:the{S})?{ORD})"
                     rf"(?:,?{S}{YEAR}|{S}of{S}(?:this|last|next){S}year)?"),
            ("monyear", rf"{EARLY_}?{MON}(?:,?{S}|{S}of{S}){YEARX}"),
            ("monrel", rf"{EARLY_}?{MON}(?:{S}of)?{S}(?:this|last|next){S}year"),
            ("decade", rf"(?:the{S}(?:{EARLY_})?|{EARLY_})?(?:\d{{3}}0'?s|'\d0s|{self.DECADE_WORDS})"),
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
                       rf"{EARLY_}?{self.SEASON}(?:{S}of{S}{YEARX}|{S}{YEAR})?"),
        ]

    def _span_rules(self) -> list:
        """Rules for lengths of time and for the relative periods around them."""
        S, HY, QUANT, UNITS, APPROX, EARLY = self.S, self.HY, self.QUANT, self.UNITS, self.APPROX, self.EARLY
        MORE = alternation(COUNT_MODIFIERS)
        REL = (rf"(?:this{S}past|this{S}coming|the{S}past|the{S}previous|the{S}coming|the{S}following|"
               rf"the{S}current|the{S}same|the{S}latest|the{S}last|the{S}next|the{S}full|this|last|next|that|the)")
        SETU = r"(?:day|week|month|year|night|morning|afternoon|evening|hour|quarter|weekend|summer|winter|spring|fall)"
        return [
            ("ago", rf"(?:(?:{APPROX}|almost|about|some){S})?(?:{QUANT}{HY})?{UNITS}(?:{S}or{S}so)?{S}(?:ago|earlier|later|from{S}now|hence)"),
            ("yearword", rf"(?:the{S}year{S})?{self.YW}"),
            ("relunit", rf"(?:(?:early|late|earlier|later|mid|{EARLY})(?:-|{S})|(?:earlier|later){S}in{S})?{REL}(?:-|{S})(?:fiscal{S})?"
                        rf"(?:week|weekend|month|year|decade|century)"),
            ("dur", rf"(?:{APPROX}{S})?(?:the{S}(?:past|last|next|first|previous|coming|following|final|"
                    rf"initial|remaining|latest|other){S}|(?:past|last|next|first|previous|coming|another){S}|"
                    rf"the{S})?{QUANT}(?:{S}{MORE})?(?:{S}and{S}a{S}half)?"
                    rf"{HY}{UNITS}(?:{S}and{S}a{S}half)?"
                    rf"(?:{S}or{S}so|{S}or{S}(?:{QUANT}{HY})?{UNITS})?"),
            ("recent", rf"(?:the{S}(?:past|last|next|coming)(?:{S}(?:few|several))?|recent|coming|past|future|"
                       rf"many|several|a{S}few|the{S}early)"
                       rf"{S}(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
                       rf"|the{S}(?:days|weeks|months|years|decades){S}ahead"),
            ("bare", r"(?:minutes|hours|days|weeks|months|years|decades|centuries)"),
            # ("per second" is a rate, "cubic feet per second"; "every 72 minutes" a frequency)
            ("set", rf"(?:every|each|per){S}(?:other{S})?(?:{QUANT}{S})?{SETU}s?|(?:every|each){S}{self.MON}|"
                    rf"(?:every|each){S}(?:{QUANT}{S})?(?:minute|second)s?|"
                    + self.SETS + rf"|(?:a|an){S}(?:day|week|month|year)"),
            ("year", rf"(?:the{S}year{S}|(?:fiscal|calendar)(?:{S}year)?{S}|{self.EARLY_})?{self.YEAR}(?:{S}period)?"),
        ]

    def _day_rules(self) -> list:
        """Rules for days and parts of days, named references, holidays and bare months."""
        S, WD, POD, EARLY = self.S, self.WD, self.POD, self.EARLY
        return [
            ("weekday", rf"(?:(?:the{S})?day{S}(?:before|after){S})?(?:(?:early|late|earlier|later|mid|this{S}past|this{S}coming|the{S}previous|the{S}preceding|"
                        rf"the{S}following|this|last|next|every|each)"
                        rf"(?:-|{S}))?{WD}s?(?:{S}{POD}s?)?"),
            ("dayref", rf"(?:earlier|later){S}(?:that|in{S}the){S}day|(?:(?:early|late|earlier|later){S})?that{S}(?:same{S})?"
                       rf"(?:day|morning|afternoon|evening|night)|the{S}same{S}(?:day|morning|afternoon|evening|night)"
                       rf"|the{S}(?:next|following|previous|preceding){S}(?:day|morning|afternoon|evening|night)"),
            ("refday", rf"(?:(?:early|late|earlier|later){S})?(?:{self.REFDAY}(?:{S}{POD})?|this{S}{POD}|"
                       rf"(?:last|tomorrow|yesterday){S}(?:night|evening|morning|afternoon)|"
                       rf"mid(?:-|{S})?(?:morning|afternoon)(?:{S}(?:yesterday|today|tomorrow))?)"),
            ("holiday", rf"(?:(?:this{S}past|this{S}coming|last|next|this){S}(?=[A-Z]))?{self.HOL}"),
            ("ref", self.REFS),
            ("month", rf"(?:(?:early|late|mid|last|this|next|this{S}past|this{S}coming|{EARLY})(?:-|{S}))?{self.MON}"),
        ]
