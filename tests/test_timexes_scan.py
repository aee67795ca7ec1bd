"""Tests for where the time-expression finder looks (texts written for the tests).

The finder tries its full pattern only at the places where one of its rules can begin and never
across a word no expression holds; those words are stated in toolkit/data/timex_scan_words.txt.
A word missing there would make the finder miss the expressions that begin with or hold it, so
these tests build expressions of every rule, with their opening and inner words, and check that
each is found whole, at the start of a text and after words that no expression contains.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from importlib import resources

import pytest

from toolkit.timexes import TIMEX_TYPES, find_timexes

PUB = dt.date(2023, 10, 4)  # a Wednesday
LEAD_IN = "Officials in Dunmore said on the record. "  # no expression holds these words


def values(text, published=PUB):
    return [(t.text, t.value) for t in find_timexes(text, published=published)]


# One or more expressions of every rule of the finder (the id names the rule), opening with the
# words the rule can begin with.
RULE_CASES = [
    pytest.param("The filing is dated 2023-10-04T12:30.", [("2023-10-04T12:30", "2023-10-04T12:30")], id="iso"),
    pytest.param("The filing is dated 10/4/23.", [("10/4/23", "2023-10-04")], id="slash"),
    pytest.param("Filed Friday, Oct. 6, 2023 at 9:14 a.m. EDT by the Tarn desk.",
                 [("Friday, Oct. 6, 2023 at 9:14 a.m. EDT", "2023-10-06T09:14")], id="stamp"),
    pytest.param("Filed 6 October 2023, 14:30 GMT by the Tarn desk.",
                 [("6 October 2023, 14:30 GMT", "2023-10-06T14:30")], id="stamp-day-first"),
    pytest.param("The filing is dated 2023-10-04 12:30 UTC.", [("2023-10-04 12:30 UTC", "2023-10-04T12:30")],
                 id="iso-blank"),
    pytest.param("The vote closes at approximately 5 p.m. EST, Oct. 20.",
                 [("approximately 5 p.m. EST, Oct. 20", "2023-10-20T17:00")], id="clock"),
    pytest.param("The ferry left at around 9 o'clock Monday.", [("around 9 o'clock Monday", "2023-10-02T09:00")],
                 id="clock-oclock"),
    pytest.param("The clinic opens at 17:30 GMT.", [("17:30 GMT", "2023-10-04T17:30")], id="clock-zone"),
    pytest.param("The Tarn talks resume this coming Sunday, October eighth.",
                 [("this coming Sunday, October eighth", "2023-10-08")], id="full"),
    pytest.param("The fair opens Wednesday, Oct. 11, in Ulst.", [("Wednesday, Oct. 11", "2023-10-11")],
                 id="full-weekday"),
    pytest.param("The mill closed on the 4th of October 2021.", [("4th of October 2021", "2021-10-04")],
                 id="full-day-first"),
    pytest.param("The mill closed in early March of 2019.", [("early March of 2019", "2019-03")], id="monyear"),
    pytest.param("The mill closed in the middle of March 2019.", [("the middle of March 2019", "2019-03")],
                 id="monyear-middle"),
    pytest.param("The bridge opens in mid-June next year.", [("mid-June next year", "2024-06")], id="monrel"),
    pytest.param("The Pellby band played in the early sixties.", [("the early sixties", "196")], id="decade"),
    pytest.param("Fares rose in the early 1990s.", [("the early 1990s", "199")], id="decade-digits"),
    pytest.param("The abbey was built in the twenty-first century.", [("the twenty-first century", "20")],
                 id="century"),
    pytest.param("The abbey was built in the mid-19th century.", [("the mid-19th century", "18")],
                 id="century-digits"),
    pytest.param("Sales fell from the comparable year-ago period.", [("the comparable year-ago period", "2022-Q3")],
                 id="yearago"),
    pytest.param("Sales rose from the same period last year.", [("the same period last year", "2022-Q3")],
                 id="yearago-same"),
    pytest.param("The plant should reopen around year's end.", [("around year's end", "2023")], id="yearago-end"),
    pytest.param("Sales rose in the fiscal second quarter.", [("the fiscal second quarter", "2023-Q2")],
                 id="quarter"),
    pytest.param("Sales rose in the most recent quarter.", [("the most recent quarter", "2023-Q3")],
                 id="quarter-recent"),
    pytest.param("Sales fell in the 2nd quarter of 2022.", [("the 2nd quarter of 2022", "2022-Q2")],
                 id="quarter-of-year"),
    pytest.param("The vote was held on Oct. 22nd, 2022.", [("Oct. 22nd, 2022", "2022-10-22")], id="full-suffix"),
    pytest.param("Sales rose in 3rd-quarter trading.", [("3rd-quarter", "2023-Q3")], id="quarter-digits"),
    pytest.param("Sales will rise in the second half of next year.", [("the second half of next year", "2024-H2")],
                 id="quarter-half"),
    pytest.param("Snow fell in the late winter of 2021.", [("the late winter of 2021", "2021-WI")], id="season"),
    pytest.param("The rains came this past spring.", [("this past spring", "2023-SP")], id="season-past"),
    pytest.param("The mill closed approximately three years ago.", [("approximately three years ago", "2020")],
                 id="ago"),
    pytest.param("The mill opened a couple of decades ago.", [("a couple of decades ago", "2003")], id="ago-couple"),
    pytest.param("The ferry returned a few days later.", [("a few days", "PXD")], id="ago-later"),
    pytest.param("The mill opened in the year nineteen ninety-eight.", [("the year nineteen ninety-eight", "1998")],
                 id="yearword"),
    pytest.param("The mill opened in two thousand and four.", [("two thousand and four", "2004")],
                 id="yearword-thousand"),
    pytest.param("The strike ended in the middle of last month.", [("the middle of last month", "2023-09")],
                 id="relunit"),
    pytest.param("The council met later in the week.", [("later in the week", "2023-W40")], id="relunit-later"),
    pytest.param("The strike lasted more than two weeks.", [("more than two weeks", "P2W")], id="dur"),
    pytest.param("The strike lasted the past two and a half years.", [("the past two and a half years", "P2Y6M")],
                 id="dur-half"),
    pytest.param("The strike lasted another three months.", [("another three months", "P3M")], id="dur-another"),
    pytest.param("Talks have gone on for the past few months.", [("the past few months", "PXM")], id="recent"),
    pytest.param("The union has for years demanded a raise.", [("years", "PXY")], id="bare"),
    pytest.param("The ferry sails every other day.", [("every other day", "P2D")], id="set"),
    pytest.param("The ferry sails each May.", [("each May", "XXXX-05")], id="set-month"),
    pytest.param("The ferry costs $5 a day.", [("a day", "P1D")], id="set-rate"),
    pytest.param("Fares rose in calendar 2022.", [("calendar 2022", "2022")], id="year"),
    pytest.param("Fares rose in fiscal year 2022.", [("fiscal year 2022", "2022")], id="year-fiscal"),
    pytest.param("The market opens early Monday morning.", [("early Monday morning", "2023-10-02TMO")],
                 id="weekday"),
    pytest.param("The ferry ran the day after Tuesday.", [("the day after Tuesday", "2023-10-04")],
                 id="weekday-day-after"),
    pytest.param("They met on Monday. Early that morning the river rose.",
                 [("Monday", "2023-10-02"), ("Early that morning", "2023-10-02TMO")], id="dayref"),
    pytest.param("They met on Monday. The next evening the river rose.",
                 [("Monday", "2023-10-02"), ("The next evening", "2023-10-03TEV")], id="dayref-next"),
    pytest.param("The talks resume the day after tomorrow.", [("the day after tomorrow", "2023-10-06")],
                 id="refday"),
    pytest.param("The ferry left late yesterday afternoon.", [("late yesterday afternoon", "2023-10-03TAF")],
                 id="refday-late"),
    pytest.param("Shops close this evening.", [("this evening", "2023-10-04TEV")], id="refday-this"),
    pytest.param("Crowds gathered on New Year's Day.", [("New Year's Day", "2023-01-01")], id="holiday"),
    pytest.param("Prices in Tarn have doubled since last Christmas.", [("last Christmas", "2022-12-25")],
                 id="holiday-last"),
    pytest.param("The Ulst council will decide in the near future.", [("the near future", "FUTURE_REF")],
                 id="ref"),
    pytest.param("Fares are currently high.", [("currently", "PRESENT_REF")], id="ref-adverb"),
    pytest.param("The council met in late September.", [("late September", "2023-09")], id="month"),
    pytest.param("The council will meet again next March.", [("next March", "2024-03")], id="month-next"),
]


@pytest.mark.parametrize("text,expected", RULE_CASES)
def test_every_rule_is_found_whole(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", RULE_CASES)
def test_every_rule_is_found_whole_after_words_no_expression_holds(text, expected):
    found = find_timexes(LEAD_IN + text, published=PUB)
    assert [t.text for t in found] == [span for span, _ in expected]
    assert all(t.start >= len(LEAD_IN) for t in found)


def test_words_no_expression_holds_do_not_hide_the_expression_after_them():
    # "the last two" could open a duration, but "council members said" cannot continue one
    text = "The mayor of Dunmore (and the last two council members) said early on Monday that the vote was off."
    assert values(text) == [("Monday", "2023-10-02")]


@pytest.mark.parametrize("text,expected", [
    ("At 5 a.m. on Monday, 5AM, 5 o'clock, 12:30, FY2023 and 10/4/23 Xmonday Sundays 1990s.",
     [("5 a.m.", "2023-10-04T05:00"), ("Monday", "2023-10-02"), ("5 o'clock", "2023-10-02T05:00"),
      ("10/4/23", "2023-10-04"), ("1990s", "199")]),
    ("The 5 pm news on 17:30 GMT, 3 P.M. and am9 Mondaystuff 2023mid Oct.4 -- ninety 1999",
     [("5 pm", "2023-10-04T17:00"), ("17:30 GMT", "2023-10-04T17:30"), ("3 P.M.", "2023-10-04T15:00"),
      ("1999", "1999")]),
])
def test_trigger_words_and_numbers_next_to_each_other(text, expected):
    assert values(text) == expected


def _data_words(name):
    """The keys of a rule-data file (toolkit/data/NAME), as written."""
    raw = (resources.files("toolkit") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _random_phrases(n, seed=7):
    """Invented phrases of the rule-data words and the modifier words of the patterns."""
    vocab = []
    for name in ("timex_months.txt", "timex_weekdays.txt", "timex_numbers.txt", "timex_ordinals.txt",
                 "timex_units.txt", "timex_parts_of_day.txt", "timex_seasons.txt", "timex_sets.txt",
                 "timex_references.txt", "timex_holidays.txt", "timex_decades.txt"):
        vocab += _data_words(name)
    vocab += ("the this last next that early late mid middle end of beginning start turn around about some "
              "almost more than less fewer up to at least most no close every each per other a an few couple "
              "dozen dozens many several numerous number ago earlier later from now hence year-ago year-end "
              "fiscal calendar quarter period half first second third fourth final latest current previous "
              "past same recent comparable corresponding coming following future day before after today "
              "tonight yesterday tomorrow noon midnight midday midmorning mid-afternoon o'clock a.m. p.m. pm "
              "EST GMT 1998 2023 '90s 1990s 4 04 31 12:30 10/4/2023 2023-10-04 2023-10-04T12:30 1st 23rd "
              "3 1/2 1,000 nineteen two thousand twenty-first year's said officials").split()
    rng = random.Random(seed)
    seps = (" ", " ", " ", "-", ", ", ". ")
    out = []
    for _ in range(n):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 8))]
        text = "".join(w + rng.choice(seps) for w in words)
        out.append(" ".join(w.capitalize() if rng.random() < 0.3 else w for w in text.split(" ")))
    return out


_RE_VALUE_SHAPE = re.compile(r"[0-9X]{2,4}(?:-[0-9A-Z]{1,3})*(?:T[0-9A-Z:]+)?|P[0-9X.TYMWDHSQELC]+|[A-Z]+_REF")


def test_random_phrases_of_rule_words_give_well_formed_timexes():
    for text in _random_phrases(3000):
        for published in (None, PUB):
            for t in find_timexes(text, published=published):
                assert text[t.start:t.end] == t.text
                assert t.type in TIMEX_TYPES
                assert _RE_VALUE_SHAPE.fullmatch(t.value), (text, t)
