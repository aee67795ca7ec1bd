"""The headline at the top of an article reads like speech but is never a quote. Texts written for the
tests, invented people and places."""
from __future__ import annotations

from toolkit import Article
from toolkit.quotes import extract_quotes
from toolkit.quotes.headline import HEADLINE_MAX_WORDS, headline_end

BODY = ("Mayor Dana Whitcombe said on Monday that the Eastvale bridge would reopen in May after repairs. "
        "\u201cWe are on schedule,\u201d she said.")
HEADLINE = "Whitcombe Says Eastvale Bridge Will \u2018Reopen in May\u2019"


def test_headline_is_the_short_first_paragraph():
    text = HEADLINE + "\n\n" + BODY
    assert headline_end(text) == len(HEADLINE)


def test_no_headline_when_the_text_opens_with_a_dateline_lead():
    text = "EASTVALE (Kestria Wire) \u2014 The bridge will reopen.\n\n" + BODY
    assert headline_end(text) == 0


def test_no_headline_in_a_one_paragraph_text_or_a_long_first_paragraph():
    assert headline_end(BODY) == 0
    long_lead = " ".join(["word"] * (HEADLINE_MAX_WORDS + 1)) + "."
    assert headline_end(long_lead + "\n\n" + BODY) == 0


def test_a_title_from_the_metadata_marks_the_headline_however_long():
    title = "Eastvale " + " ".join(["bridge"] * HEADLINE_MAX_WORDS)
    text = title + "\n\n" + BODY
    assert headline_end(text, title) == len(title)


def test_quotes_in_the_headline_are_left_out_unless_asked_for():
    text = HEADLINE + "\n\n" + BODY
    quotes = extract_quotes(text)
    assert quotes and all(q.start > len(HEADLINE) for q in quotes)
    assert any("We are on schedule" in q.text for q in quotes)
    with_headline = extract_quotes(text, headlines=True)
    assert any(q.start < len(HEADLINE) for q in with_headline)


def test_an_article_title_is_used():
    text = HEADLINE + "\n\n" + BODY
    quotes = extract_quotes(Article(id="eastvale-1", text=text, title=HEADLINE))
    assert all(q.start > len(HEADLINE) for q in quotes)


def test_body_text_is_no_headline():
    transcript = "HOLLOWAY: Will you sign the treaty?\n\nMARDELL: Not this year."
    double_marks = "\u201cWe are open,\u201d said Juno Arkwright.\n\n" + BODY
    assert headline_end(transcript) == 0
    assert headline_end(double_marks) == 0


def test_a_title_naming_its_speaker_before_a_colon_is_read_when_headlines_are_asked_for():
    text = "Mayor Dana Ames: Budget Deal Is Dead.\n\nThe Eastvale council met on Tuesday."
    assert extract_quotes(text) == []
    (quote,) = extract_quotes(text, headlines=True)
    assert (quote.mention, quote.text) == ("Mayor Dana Ames", "Budget Deal Is Dead")


def test_a_short_lead_in_sentence_case_is_no_headline():
    lead = "Mayor Dana Whitcombe said on Monday that the Eastvale bridge would reopen in May."
    assert headline_end(lead + "\n\n" + BODY) == 0


def test_a_headline_has_a_headline_form():
    no_stop = "Eastvale rejects ferry plan ahead of talks with Norland"
    deck = "Ferry plan dropped;\nEastvale council votes against the levy."
    quoted = "Whitcombe calls the levy 'a tax on every farmer'."
    for first in (no_stop, deck, quoted, HEADLINE + "."):
        assert headline_end(first + "\n\n" + BODY) == len(first), first


def test_a_headlines_clause_is_never_the_full_name_of_a_person():
    text = ("Railing Against Brandt, Brel Vows to Close Harbor Loopholes.\n\nOna Brel said on Monday that the harbor "
            "rules were unfair. Ivo Brandt was not moved.\n\n\"The rules are fair,\" Brandt said.")
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers['"The rules are fair,"'] == "Ivo Brandt"


def test_a_short_line_in_the_present_tense_is_a_headline_even_with_a_full_stop():
    for first in ("Eastvale mayor says bridge will reopen.", "Whitcombe: I support the ferry levy.",
                  "Push inside council to upend the levy."):
        text = first + "\n\n" + BODY
        assert headline_end(text) == len(first), first
        assert all(q.start >= len(first) for q in extract_quotes(text)), first
    assert headline_end("The mayor resigned on Tuesday.\n\n" + BODY) == 0  # a short lead tells what happened
