"""Tests for toolkit.timexes.date_from_text: the publication date written in the text (invented datelines)."""
from __future__ import annotations

import datetime as dt

import pytest

from toolkit.model import Article
from toolkit.timexes import date_from_text, find_timexes

OCT6 = dt.date(2023, 10, 6)


@pytest.mark.parametrize("text, expected, where", [
    ("PORT VELL, Oct 6 (AP) \u2014 The harbour of Port Vell, shut since Sept. 1, 2023, reopened on Friday.",
     OCT6, "dateline"),
    ("HARLOW FALLS, Oct. 6, 2023 (Reuters) - The council of Harlow Falls voted on Friday.", OCT6, "dateline"),
    ("MARENZA CITY (Reuters) - Mayor Lena Ostrova said on Friday the plan, unveiled Oct 6, 2023, would pass.",
     OCT6, "dateline"),
    ("Published 9:14 AM, Oct 06, 2023\nThe council of Harlow Falls voted on Friday.", OCT6, "published line"),
    ("Updated 10:02 AM, Oct 07, 2023\nPublished 9:14 AM, Oct 06, 2023\nThe council voted.", OCT6, "published line"),
    ("Updated: October 7, 2023\nThe council of Harlow Falls voted.", dt.date(2023, 10, 7), "published line"),
    ("By Ana Torvik | Oct. 6, 2023\nThe harbour of Port Vell reopened on Friday.", OCT6, "byline"),
    ("Sunday, March 03, 2024\nBy Ana Torvik\nOct. 6, 2023\nThe harbour of Port Vell reopened.", OCT6, "byline"),
    ("The harbour of Port Vell reopened on Friday.", None, None),
    ("", None, None),
])
def test_date_from_text(text, expected, where):
    assert date_from_text(text) == (expected, where)


def test_page_view_line_is_never_the_publication_date():
    text = ("Sunday, March 03, 2024\nThe harbour of Port Vell reopened on Oct. 5, 2023, after talks "
            "that began on Sept. 1, 2023.")
    assert date_from_text(text) == (None, None)


def test_dateline_without_a_year_anywhere_gives_no_date():
    assert date_from_text("PORT VELL, Oct 6 (AP) \u2014 The harbour reopened on Friday.") == (None, None)


def test_find_timexes_anchors_on_the_text_date_when_none_is_given():
    text = "PORT VELL, Oct 6 (AP) \u2014 The harbour, shut since Sept. 1, 2023, reopened on Thursday."
    values = {t.text: t.value for t in find_timexes(text)}
    assert values["Thursday"] == "2023-10-05"
    given = {t.text: t.value for t in find_timexes(text, published="2023-10-13")}
    assert given["Thursday"] == "2023-10-12"  # a date given wins over the text's
    article = Article(id="a1", text=text, published=dt.date(2023, 10, 13), published_from="metadata")
    assert {t.text: t.value for t in find_timexes(article)}["Thursday"] == "2023-10-12"


def test_article_published_from_defaults_to_none():
    article = Article(id="a1", text="Nothing dated.")
    assert article.published_from is None
    assert article.to_dict()["published_from"] is None


def test_dateline_year_never_comes_from_a_page_view_line():
    text = ("Sunday, March 03, 2024\nPORT VELL, Oct 6 (AP) \u2014 The harbour, shut since Sept. 1, 2023, reopened.")
    assert date_from_text(text) == (OCT6, "dateline")
    assert date_from_text("Sunday, March 03, 2024\nPORT VELL, Oct 6 (AP) \u2014 It reopened.") == (None, None)
