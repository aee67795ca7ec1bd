"""Property-based tests over news-like random text: the extractors never raise and every span is honest.

The text mixes news words (names, cues, dates) with what scraped news really contains: quotation
marks of every kind left unpaired, HTML tags and entities, NUL, emoji, right-to-left text and
direction marks, zero-width characters, odd line breaks, and arbitrary Unicode. Example counts are
moderate so the suite stays fast on two cores; a deterministic one-megabyte test runs separately.
"""
from __future__ import annotations

import datetime as dt
import random

import pytest
from _checks import assert_quote_spans, assert_timex_spans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.analysis import analyze
from toolkit.articles import looks_like_path
from toolkit.quotes import extract_quotes
from toolkit.timexes import find_timexes
from toolkit.tone import sentiment

from _newsgen import make_text


QUOTE_MARKS = ['"', "'", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2039", "\u203a",
               "\u2018", "\u2019", "\u201a", "\u201b", "\u300c", "\u300d", "\u300e", "\u300f", "\u301d",
               "\u301e", "\uff02", "''", "``", ",,"]
HTML = ["<p>", "</p>", "<br/>", "<script>alert('x')</script>", "<a href=\"http://example.invalid/x\">",
        "</a>", "<img src=\"http://example.invalid/p.png\">", "&amp;", "&quot;", "&#8220;", "<!-- c -->", "<"]
ODD = ["\x00", "\ufffd", "\U0001f600", "\U0001f44d\U0001f3fd", "\U0001f1f2\U0001f1fd", "\u05e9\u05dc\u05d5\u05dd",
       "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u202b", "\u200f", "\u200e", "\u200b", "\u200c", "\u200d",
       "\ufeff", "\u2060", "\u00a0", "\u2028", "\u2029", "\r\n", "\r", "\t", "\x0b", "\x1f", "\u0301", "\u00ad"]
WORDS = ["said", "says", "told", "reporters", "according to", "Mr.", "Ms.", "Dr.", "Dana", "Whitcombe", "Ilse",
         "Marrow", "the mayor of Eastvale", "he", "she", "they", "that", "added", "warned", "on Monday",
         "last week", "October 4, 2023", "Oct. 5", "2023", "this year", "three weeks", "every day", "yesterday",
         "Thursday evening", "the 1990s", "next month", "bridge", "good", "terrible", "not", "very", "happy"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", ": ", " \u2014 ", "(", ")", ";"]

fragment = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS), st.sampled_from(QUOTE_MARKS),
    st.sampled_from(HTML), st.sampled_from(ODD), st.sampled_from(SEPARATORS), st.sampled_from(SEPARATORS),
    st.text(max_size=12),
)
news_text = st.lists(fragment, max_size=120).map("".join)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])




@PROPERTY
@given(news_text)
def test_extract_quotes_never_raises_and_spans_index_the_text(text):
    assert_quote_spans(text, extract_quotes(text))


@PROPERTY
@given(news_text, st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_find_timexes_never_raises_and_spans_index_the_text(text, published):
    assert_timex_spans(text, find_timexes(text, published=published))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text, st.data())
def test_sentiment_never_raises(text, data):
    result = sentiment(text)
    assert -1.0 <= result.polarity <= 1.0 and result.label in (-1, 0, 1)
    if not text:
        return  # an empty target span is a bad argument (ValueError), not a bad input text
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    targeted = sentiment(text, target=(start, end))
    assert -1.0 <= targeted.polarity <= 1.0 and targeted.label in (-1, 0, 1)


# A one-line string that reads as a path ("0/", "notes.txt") names a file when given to analyze (a missing
# one is an error naming it, tested in test_articles and test_loaders_data): the corpus here holds texts only.
corpus_text = news_text.filter(lambda text: not looks_like_path(text))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(corpus_text, min_size=1, max_size=24))
def test_same_quotes_with_one_or_two_workers(corpus):
    import pandas as pd

    one = analyze(corpus, progress=False, workers=1)
    two = analyze(corpus, progress=False, workers=2, chunk_size=5)
    pd.testing.assert_frame_equal(one.quotes, two.quotes)
    pd.testing.assert_frame_equal(one.errors, two.errors)
    assert len(one.articles) == len(corpus)
    assert one.errors.empty, one.errors.to_dict("records")  # no text, however odd, fails the pipeline


def _megabyte_inputs() -> dict:
    rng = random.Random(2023)
    news = []
    size = 0
    while size < 1_100_000:
        para = make_text(rng, 3)
        if rng.random() < 0.3:
            para = para.replace("\u201d", "", 1)  # an unpaired opening mark
        if rng.random() < 0.2:
            para += rng.choice(HTML) + rng.choice(ODD)
        news.append(para)
        size += len(para) + 2
    text = "\n\n".join(news)
    return {
        "news": text[:1_000_000],
        "one paragraph": text.replace("\n\n", " ")[:1_000_000],
        "one unpaired mark": ("\u201c" + text.replace('"', "").replace("\u201c", "").replace("\u201d", ""))[:1_000_000],
        "marks only": ("said \" \u201c \u00ab x " * 100_000)[:1_000_000],
        "no spaces": ("a" * 999_999) + "\"",
    }


@pytest.fixture(scope="module")
def megabyte_inputs():
    return _megabyte_inputs()


@pytest.mark.parametrize("name", ["news", "one paragraph", "one unpaired mark", "marks only", "no spaces"])
def test_a_megabyte_of_text(megabyte_inputs, name):
    text = megabyte_inputs[name]
    assert len(text) >= 999_000
    assert_quote_spans(text, extract_quotes(text))
    assert_timex_spans(text, find_timexes(text, published=dt.date(2023, 10, 4)))
    result = sentiment(text)
    assert -1.0 <= result.polarity <= 1.0
