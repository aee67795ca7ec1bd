"""Tests for toolkit.timexes: finding time expressions and resolving them (texts written for the tests)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

import toolkit as tk
from toolkit.model import Article
from toolkit.timexes import find_timexes, granularity, timex_interval

PUB = dt.date(2023, 10, 4)  # a Wednesday


def values(text, published=PUB):
    return [(t.text, t.value) for t in find_timexes(text, published=published)]


def one(text, published=PUB):
    found = find_timexes(text, published=published)
    assert len(found) == 1, found
    return found[0]


# --- the seed -------------------------------------------------------------------------------


def test_seed_values(seed):
    found = {}
    for t in find_timexes(seed):
        found.setdefault(t.text, []).append(t.value)
        assert seed.text[t.start:t.end] == t.text
    assert found["Thursday"] == ["2023-10-05"]
    assert found["Wednesday evening"] == ["2023-10-04TEV"]
    assert found["Thursday afternoon"] == ["2023-10-05TAF"]
    assert found["September"] == ["2023-09"]
    assert found["this year"] == ["2023"]
    assert found["last year"] == ["2022"]
    assert found["this week"] == ["2023-W40", "2023-W40"]
    assert found["months"] == ["PXM"]
    assert found["2024"] == ["2024"]
    assert found["recent weeks"] == ["PXW"]  # an unspecified length (ANNOTATION.md), no longer PAST_REF
    assert found["now"] == ["PRESENT_REF"]
    assert found["every day"] == ["P1D"]


def test_seed_types(seed):
    types = {t.text: t.type for t in find_timexes(seed)}
    assert types["months"] == "DURATION"
    assert types["every day"] == "SET"
    assert types["September"] == "DATE"


# --- absolute dates -------------------------------------------------------------------------


@pytest.mark.parametrize("text,value", [
    ("The vote took place on October 4, 2023, in Dunmore.", "2023-10-04"),
    ("The hearing is set for Oct. 5 in Dunmore.", "2023-10-05"),
    ("The filing is dated 10/4/2023.", "2023-10-04"),
    ("The filing is dated 2023-10-04.", "2023-10-04"),
    ("The mill closed on 4 October 2021.", "2021-10-04"),
    ("The mill closed in March 2019.", "2019-03"),
    ("The bridge opened in 1998.", "1998"),
])
def test_absolute_dates(text, value):
    t = one(text)
    assert t.value == value
    assert t.type == "DATE"


@pytest.mark.parametrize("text,value", [
    ("The mayor, Ilse Marrow, will meet the council on Thursday.", "2023-10-05"),
    ("The mayor, Ilse Marrow, met the council on Monday.", "2023-10-02"),
    ("Ilse Marrow said Tuesday that the plan was dead.", "2023-10-03"),
    # a bare weekday equal to the publication day is today
    ("The council voted on Wednesday.", "2023-10-04"),
    ("The council will vote next Wednesday.", "2023-10-11"),
    ("The council voted last Wednesday.", "2023-09-27"),
])
def test_weekday_resolved_by_tense(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,value", [
    # a news preview: "the ministers meet Friday" is the coming Friday
    ("The two foreign ministers meet Friday in Port Vela.", "2023-10-06"),
    ("On Friday the ministers meet again in Port Vela.", "2023-10-06"),
    ("Ilse Marrow travels to Castel Amaro on Friday to sign the accord.", "2023-10-06"),
    # not when the verb is a noun or another word carries the tense
    ("The ministers did not meet Friday.", "2023-09-29"),
    ("His visits Monday were brief.", "2023-10-02"),
    ("Residents avoided travel on Monday.", "2023-10-02"),
])
def test_present_tense_timetable_looks_ahead(text, value):
    assert one(text).value == value


def test_past_and_timetable_weekdays_in_one_sentence():
    assert values("They met Monday and meet again Friday.") == [("Monday", "2023-10-02"), ("Friday", "2023-10-06")]


def test_anaphoric_days_follow_the_day_last_named():
    text = ("The flood reached Port Vela on Sept. 12. That night the river rose again, and the next "
            "morning the bridge closed. Ilse Marrow arrived on Monday. Later that day she met the mayor; "
            "the following day she left.")
    assert values(text) == [("Sept. 12", "2023-09-12"), ("That night", "2023-09-12TNI"),
                            ("the next morning", "2023-09-13TMO"), ("Monday", "2023-10-02"),
                            ("Later that day", "2023-10-02"), ("the following day", "2023-10-03")]
    # "later in the day" with no day named: the day of publication
    assert one("The minister reached Castel Amaro later in the day.").value == "2023-10-04"
    # no day to refer to, or a month named since the last day: nothing is guessed
    assert values("That day will come, she said.") == []
    assert values("They met on Monday. The vote came last March, and the list was changed that same day.") == [
        ("Monday", "2023-10-02"), ("last March", "2023-03")]


def test_parts_of_day():
    t = one("Officials landed in Port Vela on Wednesday evening.")
    assert (t.value, t.type) == ("2023-10-04TEV", "TIME")
    assert t.earliest == dt.datetime(2023, 10, 4, 18) and t.latest.date() == dt.date(2023, 10, 4)
    assert one("The talks will resume Friday morning.").value == "2023-10-06TMO"
    assert one("Protesters gathered last night.").value == "2023-10-03TNI"
    assert one("The polls will close at 8 p.m. Thursday.").value == "2023-10-05T20:00"


def test_months_without_a_year_keep_their_granularity():
    sept = one("Arrests rose sharply in September.")
    assert sept.value == "2023-09"  # never a day for "September"
    assert granularity(sept.value) == "month"
    assert sept.earliest == dt.datetime(2023, 9, 1)
    assert sept.latest.date() == dt.date(2023, 9, 30)
    # an announced event later in the year stays in this year; a past one far ahead goes back a year
    assert one("The new terminal will open in December.").value == "2023-12"
    assert one("The old terminal closed in November.").value == "2022-11"
    assert one("The plant will reopen in February.").value == "2024-02"


@pytest.mark.parametrize("text,value", [
    ("Sales fell last year.", "2022"),
    ("The ministry will decide next year.", "2024"),
    ("Prices rose last month.", "2023-09"),
    ("The festival ends this week.", "2023-W40"),
    ("The festival ended last week.", "2023-W39"),
    ("The ferry sank three weeks ago.", "2023-W37"),
    ("The ferry sank two days ago.", "2023-10-02"),
    ("Tension has grown in recent weeks.", "PXW"),
    ("The road is closed now.", "PRESENT_REF"),
    ("The port reopened yesterday.", "2023-10-03"),
    ("Earnings rose in the third quarter.", "2023-Q3"),
    ("The harbour was busier in the 1990s.", "199"),
])
def test_relative_expressions(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,expected", [
    ("The harbour was busier in the 1990s.", ("the 1990s", "199")),
    ("Pellby grew fast in the eighties.", ("the eighties", "198")),
    ("Tarn mills closed in the late 1970s.", ("the late 1970s", "197")),
    ("The 1990s were kind to Ulst.", ("The 1990s", "199")),
    ("Ulst grew in 1990s boom years.", ("1990s", "199")),
])
def test_a_decade_holds_its_article(text, expected):
    # as "the late 1970s" and "the sixties" already did (TimeBank, ANNOTATION.md's set)
    assert values(text) == [expected]


def test_earlier_this_year_is_its_start():
    assert one("The strike ended earlier this year.").mod == "START"


@pytest.mark.parametrize("text,type_,value", [
    ("The union has for months demanded a raise.", "DURATION", "PXM"),
    ("The strike lasted three weeks.", "DURATION", "P3W"),
    ("The inquiry took five years.", "DURATION", "P5Y"),
    ("Talks went on for 36 hours.", "DURATION", "PT36H"),
    ("The ferry sails every day.", "SET", "P1D"),
    ("The figures are published monthly.", "SET", "P1M"),
    ("A ferry leaves Dunmore every 72 minutes.", "SET", "PT72M"),
    ("The council wants an additional year.", "DURATION", "P1Y"),
    ("Voting ran for three straight days.", "DURATION", "P3D"),
    ("Ohio will count for an extra week.", "DURATION", "P1W"),
])
def test_durations_and_sets(text, type_, value):
    t = one(text)
    assert (t.type, t.value) == (type_, value)


def test_a_date_of_last_year_is_in_that_year():
    # ("June 16th" alone, in a past-tense clause after a June, would be this June)
    assert [(t.text, t.value) for t in find_timexes("We started on June 16th of last year.", published="2016-10-02")] \
        == [("June 16th of last year", "2015-06-16")]


def test_a_range_starts_no_later_than_it_ends():
    # each day alone is the nearest one, and written in late September that January 1 is ahead
    found = find_timexes("There were 310 fires between January 1 and September 26 alone.", published="2016-09-29")
    assert [(t.text, t.value) for t in found] == [("January 1", "2016-01-01"), ("September 26", "2016-09-26")]
    assert found[0].earliest == dt.datetime(2016, 1, 1)


def test_a_rate_per_second_is_no_time():
    assert find_timexes("The river ran at 900 cubic feet per second.", published="2016-10-02") == []


def test_years_as_modifiers():
    t = one("Candidates are gearing up for the 2028 mayoral race in Dunmore.")
    assert (t.text, t.value) == ("2028", "2028")


@pytest.mark.parametrize("text", [
    "We may see more of this.",
    "They sat down with $27 in hand.",
    "Turnout reached 50% in 48 districts.",
    "The Sat navigation failed; we may retry.",
    "She bought 1,500 shares for $2,000.",
    "March on, the crowd chanted.",
    "May the best team win.",
    "",
])
def test_false_positives_of_general_date_parsers(text):
    assert find_timexes(text, published=PUB) == []


def test_may_as_a_month():
    assert values("The law took effect in May.") == [("May", "2023-05")]
    assert values("The law takes effect May 1.", published=dt.date(2023, 4, 20)) == [("May 1", "2023-05-01")]


# --- publication dates ----------------------------------------------------------------------


def test_without_publication_date_relative_values_stay_underspecified():
    got = dict(values("On Thursday, the board met. Last year sales fell. In September 2022 it "
                      "moved; in March it grew.", published=None))
    assert got["Thursday"] == "XXXX-WXX-4"
    assert got["Last year"] == "XXXX"
    assert got["September 2022"] == "2022-09"
    assert got["March"] == "XXXX-03"
    for t in find_timexes("Last year and on Thursday", published=None):
        assert t.earliest is None and t.latest is None


def test_published_accepts_dates_strings_and_articles():
    text = "The board met on Monday."
    assert values(text, published="2023-10-04") == [("Monday", "2023-10-02")]
    assert values(text, published="October 4, 2023") == [("Monday", "2023-10-02")]
    assert values(text, published=dt.datetime(2023, 10, 4, 15, 30)) == [("Monday", "2023-10-02")]
    art = Article(id="a1", text=text, published=PUB)
    assert [(t.text, t.value) for t in find_timexes(art)] == [("Monday", "2023-10-02")]
    # an explicit published overrides the article's
    assert [t.value for t in find_timexes(art, published="2023-10-11")] == ["2023-10-09"]


@pytest.mark.parametrize("line,expected", [
    ("Published 9:14 AM, Oct 06, 2023", ("9:14 AM, Oct 06, 2023", "2023-10-06T09:14")),
    ("Updated 11:02 AM, Oct 06, 2023", ("11:02 AM, Oct 06, 2023", "2023-10-06T11:02")),
    ("Oct. 5, 2023 at 3:45 p.m. EDT", ("Oct. 5, 2023 at 3:45 p.m. EDT", "2023-10-05T15:45")),
    ("October 6, 2023 5:09 PM ET", ("October 6, 2023 5:09 PM ET", "2023-10-06T17:09")),
    ("6 October 2023, 14:30 GMT", ("6 October 2023, 14:30 GMT", "2023-10-06T14:30")),
    ("2023-10-06 09:14", ("2023-10-06 09:14", "2023-10-06T09:14")),
    ("Friday, Oct. 6, 2023 | 9:14 a.m.", ("Friday, Oct. 6, 2023 | 9:14 a.m.", "2023-10-06T09:14")),
    ("9:14 a.m. ET Oct. 6, 2023", ("9:14 a.m. ET Oct. 6, 2023", "2023-10-06T09:14")),
])
def test_a_web_page_date_and_time_line_is_one_time(line, expected):
    # the date line of a news page: one TIME on the day written (its year too), whatever the
    # publication date given; the zone stays in the extent, not in the value
    text = line + "\nMayor Ilse Varn of Pellby opened the Tarn bridge on Thursday."
    for published in (None, "2023-10-06", "2024-03-01"):
        found = find_timexes(text, published=published)
        assert (found[0].text, found[0].type, found[0].value) == (expected[0], "TIME", expected[1])
        assert found[1].text == "Thursday"
    if line.startswith(("Published", "Updated")):
        assert find_timexes(text)[1].value == "2023-10-05"  # the line dates the text


def test_a_date_and_time_line_needs_a_real_date_and_a_clock():
    assert values("Oct. 5, 2023 at 3 Tarn Street.") == [("Oct. 5, 2023", "2023-10-05")]
    assert [v for _, v in values("Feb. 30, 2023 at 3:45 p.m.") if "02-30" in v] == []
    assert values("On Dec. 31, 2023, at midnight the Pellby levy lapses.") == [
        ("Dec. 31, 2023", "2023-12-31"), ("midnight", "2023-12-31T00:00")]


# --- bad input ------------------------------------------------------------------------------


def test_unparseable_published_raises_value_error_naming_it():
    with pytest.raises(ValueError, match="next tuesday-ish"):
        find_timexes("The board met on Monday.", published="next tuesday-ish")


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"], 3.5])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError):
        find_timexes(bad, published=PUB)


def test_any_string_is_handled():
    rng = random.Random(7)
    vocab = ("the last next early late mid- Jan. May March Sept. 31 29 0 00 9999 0000 2100 13/45/2020 "
             "2023-02-30 Monday Fridays night noon 25:61 a.m. p.m. year weeks quarter third-quarter ago "
             "earlier recent now every twenty-four thousand nineteen 1990s '90s century fiscal year-ago "
             "1/2 $ % , . ; \u2014 \u201c \u201d ( ) -- 999999999999 \u00bd \uff19 \x00 \ud800").split()
    for _ in range(2000):
        s = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        for pub in (None, PUB, dt.date(1, 1, 1), dt.date(9999, 12, 31)):
            for t in find_timexes(s, published=pub):
                assert s[t.start:t.end] == t.text
                assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_offsets_index_the_text(seed):
    for t in find_timexes(seed):
        assert seed.text[t.start:t.end] == t.text
        assert t.start < t.end


# --- helpers --------------------------------------------------------------------------------


def test_timex_interval_and_granularity():
    a, b = timex_interval("2023-W40")
    assert a == dt.datetime(2023, 10, 2) and b.date() == dt.date(2023, 10, 8)
    a, b = timex_interval("2023-Q3")
    assert a == dt.datetime(2023, 7, 1) and b.date() == dt.date(2023, 9, 30)
    assert timex_interval("PAST_REF") == (None, None)
    assert timex_interval("P3W") == (None, None)
    assert granularity("2023-10-04TEV") == "part of day"
    assert granularity("2023") == "year"
    assert granularity("199") == "decade"
    assert granularity("PRESENT_REF") == "vague"


def test_public_name():
    assert tk.find_timexes is find_timexes


def test_long_and_repetitive_input_is_handled():
    for s in ("nineteen " * 3000, "twenty-" * 3000 + "days", "1," * 3000 + "000 years", "Monday " * 2000,
              "x" * 200_000, "more than " * 2000 + "two days"):
        found = find_timexes(s, published=PUB)
        for t in found:
            assert s[t.start:t.end] == t.text
    assert len(find_timexes("Monday " * 2000, published=PUB)) == 2000


# --- tense cues and report anchors ----------------------------------------------------------


def test_past_form_right_before_a_weekday_outranks_an_earlier_future_cue():
    # published on a Wednesday; "would" is reported future, "announced Tuesday" already happened
    text = "The Brindle council said it would contest the ruling, announced Tuesday by the mayor."
    assert ("Tuesday", "2023-10-03") in values(text)


def test_hyphenated_expected_is_no_future_cue():
    text = "Kestrel Mills shares fell after lower-than-expected sales were reported Monday."
    assert ("Monday", "2023-10-02") in values(text)


def test_fiscal_quarter_stays_the_quarter_under_discussion():
    text = ("Orvane Systems said it earned $4 million in the fiscal first quarter. "
            "Sales for the quarter ended Sept. 30 rose 12% from a year earlier. "
            "The company introduced new servers in April. It shipped 9,000 units in the quarter.")
    found = values(text, dt.date(2023, 10, 20))
    assert ("the fiscal first quarter", "2023-Q1") in found
    assert ("the quarter", "2023-Q1") in found
    assert ("a year earlier", "2022-Q1") in found
    assert found[-1] == ("the quarter", "2023-Q1")


@pytest.mark.parametrize("text,span,value", [
    ("The mill in Corrow closed in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
    ("Snow cut off Pellby during the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
    ("Ferries to Ulst stopped in the spring of 1994.", "the spring of 1994", "1994-SP"),
    ("The Tarn fair opens this coming Sunday, October eighth.", "this coming Sunday, October eighth",
     "2023-10-08"),
])
def test_spoken_years_and_weekday_dates_keep_their_full_extent(text, span, value):
    t = one(text)
    assert (t.text, t.value) == (span, value)


def test_last_month_name_for_the_month_just_gone_is_a_year_back():
    # published in October: "last September" is not last month but the one a year before
    assert values("The Ulst ferry sank last September.") == [("last September", "2022-09")]
    assert values("The Ulst ferry sank last June.") == [("last June", "2023-06")]


def test_clock_time_takes_the_weekday_after_a_parenthesis():
    found = values("The blast in Marrow came at 10:35 a.m. (0735 GMT) Monday, police said.")
    assert found[0] == ("10:35 a.m.", "2023-10-02T10:35")


def test_the_latest_period_is_the_quarter_just_reported():
    text = ("Hollin Steel posted a profit for the fiscal second quarter. "
            "Sales rose in the quarter ended Sept. 30. The latest period includes a one-time gain.")
    found = values(text, dt.date(2023, 10, 20))
    assert found[-1] == ("The latest period", "2023-Q2")


def test_previous_weekday_is_anchored_to_the_day_under_discussion():
    # published Monday 2023-10-09; the story is about Friday 2023-10-06
    text = "The Dunmore index fell on Friday, Oct. 6, down 3% from the previous Friday."
    found = values(text, dt.date(2023, 10, 9))
    assert found[-1] == ("the previous Friday", "2023-09-29")


def test_day_before_a_weekday():
    assert values("The Pellby talks began the day before last Tuesday.") == [
        ("the day before last Tuesday", "2023-10-02")]


def test_pluperfect_plan_is_past():
    # published Wednesday 2023-10-04: the offer "had been scheduled" for the Friday just gone
    text = "The Corrow offer had been scheduled to expire Friday evening, but was extended."
    assert values(text) == [("Friday evening", "2023-09-29TEV")]
    text = "The Corrow offer is scheduled to expire Friday evening."
    assert values(text) == [("Friday evening", "2023-10-06TEV")]


def test_by_month_is_a_deadline_ahead():
    text = "The Pellby council, which had been expected to act, must repay the loan by February."
    assert values(text) == [("February", "2024-02")]


def test_a_distant_past_cue_does_not_send_a_month_ten_months_back():
    # published in November: January is two months ahead or ten back; the past form is far away
    text = "Ferrow Bank announced an agreement to acquire the Dunmore holding company in January."
    assert values(text, dt.date(2023, 11, 2)) == [("January", "2024-01")]
    text = "Ferrow Bank bought the Dunmore holding company in August."
    assert values(text, dt.date(2023, 11, 2)) == [("August", "2023-08")]


def test_clock_time_with_zone_and_date_is_one_expression():
    found = values("The Hollin offer runs until 5 p.m. EST, Oct. 20, the company said.")
    assert found == [("5 p.m. EST, Oct. 20", "2023-10-20T17:00")]


def test_mid_afternoon():
    assert values("Trading in Dunmore stopped in mid-afternoon yesterday.") == [
        ("mid-afternoon yesterday", "2023-10-03TAF")]
    assert values("By mid afternoon the square was empty.") == [("mid afternoon", "2023-10-04TAF")]


def test_sentence_initial_weekday_takes_the_tense_of_its_clause():
    text = "On Friday, the Brindle and Upper Corrow Residents Association plans to hold a news conference."
    assert values(text) == [("Friday", "2023-10-06")]
    text = "On Friday, the Brindle and Upper Corrow Residents Association held a news conference."
    assert values(text) == [("Friday", "2023-09-29")]


def test_holidays_with_last_next_and_election_day():
    assert values("Prices in Tarn have doubled since last Thanksgiving.", dt.date(2024, 2, 10)) == [
        ("last Thanksgiving", "2023-11-23")]
    assert values("Ulst voters will go to the polls on Election Day.", dt.date(2024, 10, 20)) == [
        ("Election Day", "2024-11-05")]
    # a past cue sends a holiday still ahead this year back to last year's
    assert values("The Marrow bridge opened at Christmas.", dt.date(2023, 11, 2)) == [
        ("Christmas", "2022-12-25")]


@pytest.mark.parametrize("text,span,value", [
    ("The Tarn ferry left at 4 in the morning.", "4 in the morning", "2023-10-04T04:00"),
    ("The Tarn ferry left at 3 in the afternoon.", "3 in the afternoon", "2023-10-04T15:00"),
    ("The Tarn ferry left at 9 at night.", "9 at night", "2023-10-04T21:00"),
    ("The Tarn ferry left at midday.", "midday", "2023-10-04T12:00"),
])
def test_clock_times_with_part_of_day_words(text, span, value):
    t = one(text)
    assert (t.text, t.value, t.type) == (span, value, "TIME")


def test_week_of_a_date_titles_and_high_noon():
    assert values("The Corrow hearing is set for the week of October 16.") == [
        ("the week of October 16", "2023-W42")]
    assert values('Mayor Dell said on the "This Week" programme that talks would resume.') == []
    assert values("They watched High Noon in Pellby.") == []
    assert values("This week the Pellby council met.") == [("This week", "2023-W40")]


def test_generic_and_named_today():
    assert values("Schools must prepare for today's world, the Tarn minister said.") == []
    assert values("Planners in Ulst are building the towns of tomorrow.") == []
    assert values("She spoke to Pellby Today about the plan.") == []
    assert values("The Pellby council votes today on the plan.") == [("today", "2023-10-04")]
    assert values("The result of today's vote in Pellby is open.") == [("today", "2023-10-04")]
    assert values("Tarn chips run many of today's personal computers.") == []
    assert values("The Pellby council delayed today's final vote.") == [("today", "2023-10-04")]


def test_year_after_a_capitalised_name_is_part_of_the_name():
    assert values("They set up a venture called Orvane 1980 to make parts.") == []
    assert values("Orvane was set up in 1980 to make parts.") == [("1980", "1980")]


def test_approximate_ago_keeps_its_modifier():
    t = one("The Marrow mill closed almost four years ago.")
    assert (t.text, t.value, t.mod) == ("almost four years ago", "2019", "EQUAL_OR_LESS")
    t = one("The Marrow mill closed about two years ago.")
    assert (t.text, t.value, t.mod) == ("about two years ago", "2021", "APPROX")


def test_year_ago_after_nine_months_names_the_year():
    text = ("Tallow Mills reported third-quarter net of $3 million, up from $2 million a year earlier. "
            "For the first nine months, net was $8 million, compared with $6 million a year earlier.")
    found = values(text)
    assert found[1] == ("a year earlier", "2022-Q3")
    assert found[-1] == ("a year earlier", "2022")
    text = ("Tallow Mills said nine-month net rose. For the nine months, net was $8 million, "
            "against $6 million in the 2022 period. The third-quarter results improved from a year ago.")
    found = values(text)
    assert ("the 2022 period", "2022") in found
    assert found[-1] == ("a year ago", "2022-Q3")


def test_indefinite_quarter_in_passing_is_not_the_quarter_reported():
    text = ("Brennock Paper posted a gain in third-quarter profit. After a weak second quarter, "
            "sales recovered. Costs were lower than in the year-earlier period.")
    assert values(text)[-1] == ("the year-earlier period", "2022-Q3")


@pytest.mark.parametrize("text,value", [
    # "until" opening the sentence: the main clause after it decides
    ("Until Monday, the Ulst inspectors had not visited the mill.", "2023-10-02"),
    ("The Ulst council extended the deadline until Monday.", "2023-10-09"),
    # "plans" as a noun is no future cue; "plan to" is
    ("On Friday, when Mayor Dell set aside vacation plans, the storm hit Pellby.", "2023-09-29"),
    ("Officials in Pellby said they did not plan to close the bridge on Friday.", "2023-10-06"),
    # a sentence-initial day with a past plan after it
    ("On Friday, the Tarn council planned to pay the first claims.", "2023-09-29"),
    # "since" always looks back
    ("Prices in Ulst have risen since Friday, the minister will say.", "2023-09-29"),
])
def test_tense_cues_for_weekdays(text, value):
    assert one(text).value == value


def test_present_passive_is_not_a_past_cue():
    # published in March: "is heard in May" is this coming May, not last May
    t = one("The Corrow appeal is heard in May by the full court.", published=dt.date(2023, 3, 20))
    assert t.value == "2023-05"


def test_a_rejected_longer_match_leaves_the_date_inside_it():
    # "last Oct." alone is rejected; the date after it is still found
    t = one("The Ulst mill closed last Oct. 23 after the flood.", published=dt.date(2024, 4, 19))
    assert (t.text, t.value) == ("Oct. 23", "2023-10-23")


def test_bare_month_without_tense_cue_looks_back_unless_close_ahead():
    # published 2023-10-25: January is nine months back and three ahead
    pub = dt.date(2023, 10, 25)
    assert values("In January, a week after the Pellby fair, a storm hit.", published=pub)[0] == ("January", "2023-01")
    # a deadline: "through January" in a clause without a past verb nearby is ahead
    t = one("The Tarn bank has extended Orvane up to $9 million in loans through January.", published=pub)
    assert t.value == "2024-01"


def test_until_now_is_the_present():
    assert values("No Pellby team had won the cup until now.") == [("now", "PRESENT_REF")]
    assert values("The Tarn council will meet weekly from now on.")[0][0] != "now"


def test_vague_references_in_narrative_and_as_topics():
    assert values("The Ulst levy soon became a burden.") == []
    assert values("Mayor Dell was soon released from hospital.") == []
    assert values("The Tarn council will soon vote on the levy.") == [("soon", "FUTURE_REF")]
    assert values("They argued about the future of the Pellby mill.") == []
    assert values("Nobody in Pellby knows what the future holds.") == [("the future", "FUTURE_REF")]
    assert values("The Tarn bonds will be sold at a later date.") == [("a later date", "FUTURE_REF")]
    assert values("The Pellby poll closed at a later date than the others.") == []
    # "then-current": the present of the past
    assert values("Holders may buy shares at half the then-current price.") == [("then-current", "PAST_REF")]
    assert values("Holders may buy shares at half the then current price.") == [("then current", "PAST_REF")]


def test_one_day_after_a_modal_is_some_day_ahead():
    t = one("Ulst will one day be the largest port on the coast.")
    assert (t.text, t.type, t.value) == ("one day", "DATE", "FUTURE_REF")
    assert one("The Tarn strike lasted one day.").value == "P1D"


def test_clock_time_with_its_day_in_parentheses():
    # published on a Wednesday: "(4 a.m. Thursday)" says which day "4 in the morning" is
    found = values("The Orvane delegation will leave at 4 in the morning (4 a.m. Thursday), Dell said.")
    assert found[0] == ("4 in the morning", "2023-10-05T04:00")


def test_last_year_in_a_quarterly_comparison_is_the_year_ago_quarter():
    text = ("Hollin Steel reported third-quarter net of $5 million, compared with a loss of "
            "$2 million last year. Hollin expects a better year than last year, its chairman said.")
    found = values(text)
    assert found[1] == ("last year", "2022-Q3")
    assert found[-1] == ("last year", "2022")


def test_forward_cue_skips_an_adjectival_participle():
    # "the hastily planned trip": not the clause's verb, so Friday stays in the past
    t = one("On Friday, when Mayor Dell set aside the hastily planned trip, Pellby flooded.")
    assert t.value == "2023-09-29"


def test_quarter_ended_names_the_calendar_quarter_of_its_middle_month():
    text = "Jorvik Tools earned $2 million in the quarter ended July 31."
    assert values(text) == [("the quarter", "2023-Q2"), ("July 31", "2023-07-31")]
    text = "Jorvik Tools earned $2 million in the quarter ended Sept. 30."
    assert values(text)[0] == ("the quarter", "2023-Q3")


def test_year_end_without_hyphen_is_the_end_of_the_year():
    t = one("The Tarn plant should reopen by year end, the company said.")
    assert (t.text, t.value, t.mod) == ("year end", "2023", "END")
    t = one("Rules for Ulst lenders should be in place by year's end.")
    assert (t.text, t.value, t.mod) == ("year's end", "2023", "END")


def test_month_after_the_before_a_noun():
    assert values("The March accession of Ulst was delayed.", published=dt.date(2023, 2, 10)) == [
        ("March", "2023-03")]
    assert values("They re-enacted the March on Pellby.") == []


def test_second_day_of_a_conjoined_date():
    assert values("The Tarn summit is set for April 24 and 25.", published=dt.date(2023, 2, 10)) == [
        ("April 24", "2023-04-24"), ("25", "2023-04-25")]
    assert len(values("On April 24 and 25 people came to Ulst.", published=dt.date(2023, 2, 10))) == 1
    # without a publication date neither day has a year (this used to raise)
    assert values("The Tarn summit is set for April 24 and 25.", published=None) == [
        ("April 24", "XXXX-04-24"), ("25", "XXXX-04-25")]
    assert values("The fair ran on February 28 and 29.", published=None) == [
        ("February 28", "XXXX-02-28"), ("29", "XXXX-02-29")]


def test_bare_the_week_is_a_week_of_the_year_left_unplaced():
    t = one("For the week, the Ulst index fell 2%.")
    assert (t.text, t.value) == ("the week", "2023-WXX")
    assert granularity(t.value) == "vague"
    assert one("The Ulst index fell 2% this week.").value == "2023-W40"


def test_sentence_initial_now_comma_is_a_discourse_marker():
    assert values("Now, the Pellby mayor says, the levy is dead.") == []
    assert values("Now the Pellby mayor says the levy is dead.") == [("Now", "PRESENT_REF")]


def test_ages_and_fractions_are_not_durations():
    assert values("Mayor Dell, 52 years old, will retire.") == []
    assert values("Ulst imports three-quarters of its grain.") == []
    assert values("The Tarn mill will close for the next three quarters.") == [
        ("the next three quarters", "P3Q")]


def test_trigger_words_inside_longer_words_and_numbers_after_letters():
    found = values("Sundayschool reopened; the FY2023 report came out in Xmonday mode on Monday.",
                   published=PUB)
    assert ("Monday", "2023-10-02") in found
    assert all(text != "Sunday" for text, _ in found)
    assert [t for t in values("It was due in 2023, at 5pm or 17:30.") if t[0] == "2023"]


# --- direction and year of months named alone (issue #15 point 1) --------------------------


@pytest.mark.parametrize("published, text, expected", [
    ("2023-10-04", "The rate at Dunmere Bank was 4 percent as of June.", "2023-06"),
    ("2023-10-04", "The shipment to Port Vell arrived before June 30.", "2023-06-30"),
    ("2023-05-10", "The rate at Dunmere Bank was 4 percent as of June.", "2022-06"),
    ("2023-05-10", "The shipment to Port Vell arrived before June 30.", "2022-06-30"),
    ("2023-05-10", "Mayor Lisa Ornell said the levy will apply as of June.", "2023-06"),
    ("2023-05-10", "Mayor Lisa Ornell said the sale closes before June 30.", "2023-06-30"),
    ("2023-06-10", "Parties in Valdoria are campaigning ahead of the November vote.", "2023-11"),
    ("2023-06-10", "Parties in Valdoria met ahead of the November 7 vote.", "2023-11-07"),
    ("2023-10-04", "Prices in Harlow Falls rose last August.", "2023-08"),
    ("2023-10-04", "The Harlow Falls council will meet next March.", "2024-03"),
    ("2023-03-01", "The council of Harlow Falls met last February.", "2022-02"),
])
def test_month_direction_from_tense_and_context(published, text, expected):
    assert [v for _, v in values(text, published=dt.date.fromisoformat(published))] == [expected]


@pytest.mark.parametrize("text, extent, value", [
    ("Polls in Valdoria open at 10 a.m. ET.", "10 a.m. ET", "2023-10-04T10:00"),
    ("The Harlow Falls blast hit at 9:05 am CDT.", "9:05 am CDT", "2023-10-04T09:05"),
    ("The Port Vell ferry leaves at 14:30 CET.", "14:30 CET", "2023-10-04T14:30"),
])
def test_time_zone_stays_in_the_extent(text, extent, value):
    # TempEval-3 gold keeps the zone in the extent and the local time in the value ("5 p.m. EST")
    assert values(text) == [(extent, value)]


def test_current_picking_out_which_one_is_no_time():
    assert values("She said the current system works fine.") == []
    assert values("The former senator and current Green Party nominee spoke.") == []
    assert values("Sales rose because of current market conditions.") == [("current", "PRESENT_REF")]


def test_a_length_per_period_is_a_set():
    assert values("He worked 60 hours a week at the plant.") == [("60 hours a week", "P1W")]
    assert [t.type for t in find_timexes("He worked 60 hours a week.", published=PUB)] == ["SET"]
    assert values("They trained for three weeks a year ago.") == [("three weeks", "P3W"), ("a year ago", "2022")]


def test_recent_alone_is_no_time_expression():
    # ANNOTATION.md: the adjective alone is not annotated; inside a longer expression it stays
    assert values("Ms. Varga spoke about her recent visit to Port Tallis.") == []
    assert values("Sales fell in the most recent quarter.") == [("the most recent quarter", "2023-Q3")]
    assert values("Holders may buy shares at the then-current price.") == [("then-current", "PAST_REF")]
    assert values("The Tarn council recently met.") == [("recently", "PAST_REF")]


def test_the_past_decade_is_a_span():
    assert [(t.text, t.type, t.value) for t in find_timexes("Fares doubled over the past decade.", published=PUB)] \
        == [("the past decade", "DURATION", "P1DE")]
    assert values("Fares have risen for decades.") == [("decades", "PXDE")]


@pytest.mark.parametrize("text,expected", [
    ("The Ostrava pact was signed in 2019. Two years earlier, talks had failed.", ("Two years earlier", "2017")),
    ("The Tarn bridge opened on March 3, 2019. Three days later it closed.", ("Three days later", "2019-03-06")),
    ("Talks in Dunmore broke down in March 2019. Two months later they resumed.", ("Two months later", "2019-05")),
    ("The ferry sank Monday. Two days later the port reopened.", ("Two days later", "2023-10-04")),
    ("Two years earlier, the Pellby mill had closed.", ("Two years earlier", "2021")),
])
def test_units_earlier_or_later_count_from_the_last_date_named(text, expected):
    found = find_timexes(text, published=PUB)
    assert (found[-1].text, found[-1].value) == expected
    assert found[-1].type == "DATE"


def test_the_weeks_ahead_is_an_unspecified_length():
    # like "the coming weeks" (ANNOTATION.md: "the coming days" is PXD); TimeBank annotates it so too
    found = find_timexes("Tarn funds may sell bonds in the weeks ahead, Ms. Orla Venn said.", published=PUB)
    assert [(t.text, t.type, t.value) for t in found] == [("the weeks ahead", "DURATION", "PXW")]
    assert values("The years ahead look hard for Pellby.") == [("The years ahead", "PXY")]


def test_over_the_years_and_the_years_since_are_unspecified_lengths():
    found = find_timexes("Over the years the Tarn mill grew.", published=PUB)
    assert [(t.text, t.type, t.value) for t in found] == [("the years", "DURATION", "PXY")]
    assert values("In the years that followed, Pellby shrank.") == [("years", "PXY")]
    assert values("In the months since, prices in Ulst rose.") == [("months", "PXM")]
    assert values("Mayor Dell ruled Pellby in the days of the old charter.") == []


def test_the_past_century_is_a_span():
    found = find_timexes("The Pellby fund was one of the great ideas of the past century.", published=PUB)
    assert [(t.text, t.type, t.value) for t in found] == [("the past century", "DURATION", "P100Y")]
    assert values("Tarn was founded in the last century.") == [("the last century", "19")]  # the 1900s


def test_recent_days_weeks_and_months_are_unspecified_lengths():
    # ANNOTATION.md: a vague span up to now, DURATION PXD / PXW / PXM (TimeBank mostly agrees)
    found = find_timexes("Fighting near Pellby has grown in recent days, Mr. Arno Vell said.", published=PUB)
    assert [(t.text, t.type, t.value) for t in found] == [("recent days", "DURATION", "PXD")]
    assert values("Tarn lenders have met in recent months.") == [("recent months", "PXM")]
    # not (yet) ANNOTATION.md's PXY: TBAQ's gold keeps these vague references (see _vague_units)
    assert values("Ulst has grown in recent years.") == [("recent years", "PAST_REF")]
    assert values("Rates may fall in coming months.") == [("coming months", "FUTURE_REF")]


@pytest.mark.parametrize("text,expected", [
    ("Tarn officials expect more arrivals in the coming days.", ("the coming days", "PXD")),
    ("Rates in Ulst may fall over the coming months, Ms. Orla Venn said.", ("the coming months", "PXM")),
    ("Pellby will need new housing in the coming years.", ("the coming years", "PXY")),
])
def test_the_coming_units_are_unspecified_lengths(text, expected):
    # ANNOTATION.md: "the coming days" is DURATION PXD, like "the days ahead"
    found = find_timexes(text, published=PUB)
    assert [(t.text, t.value) for t in found] == [expected]
    assert found[0].type == "DURATION"


def test_previously_between_an_auxiliary_and_its_verb_is_a_past_reference():
    # ANNOTATION.md: "previously" is PAST_REF; TimeBank leaves it alone mostly ("Merrow previously
    # said", "as was previously reported"), never with an auxiliary before it
    assert values("The Pellby council has previously rejected the levy.") == [("previously", "PAST_REF")]
    assert values("Most of the Tarn growers had previously backed the plan.") == [("previously", "PAST_REF")]
    assert values("The mills were previously idle.") == [("previously", "PAST_REF")]
    assert values("Ms. Varga previously ran the Ulst ferry.") == []
    assert values("The plan, as was previously reported, stalled.") == []
    assert values("Previously, the Ulst ferry ran twice.") == []


def test_earlier_in_the_day_leaves_the_preposition_out_of_the_extent():
    # TimeBank's extent (and the annotated set's): "later in [the day]", as prepositions are left out
    found = one("The minister reached Castel Amaro later in the day.")
    assert (found.text, found.value) == ("the day", "2023-10-04")
    text = "Ilse Marrow spoke in Tarn on Monday. Earlier in the day she met the mayor."
    assert values(text) == [("Monday", "2023-10-02"), ("the day", "2023-10-02")]
