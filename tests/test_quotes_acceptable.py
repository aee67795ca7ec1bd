"""The acceptable-speaker checker, and the speakers ``extract_quotes`` gives on PolNeAR and the seed.
Unit texts are written for the tests, with invented people and places."""
from __future__ import annotations

import json

import pytest

from toolkit.model import Quote
from toolkit.quotes import extract_quotes
from toolkit.quotes.acceptable import acceptable_speaker, check_speakers, speaker_problem

ACCEPTABLE = [None, "Eastvale Rising PAC", "Eastvale Managing Editor Dana Whitcombe",
              "Dana Whitcombe", "Mayor Dana Whitcombe", "the mayor of Eastvale", "Eastvale officials",
              "the Norland Herald", "a Wednesday editorial", "Sen. Ines Varga", "St. Ives residents", "Norland",
              "Gov. J.B. Rourke of Westmark", "the Eastvale Harbour Authority", "two officials", "Al From",
              "the far left", "the Norland Poll average", "the Eastvale attorney general", "the public",
              "those surveyed", "one Westmark official involved", "Eastvale residents polled", "Moody's",
              "Republican", "SEIU Local 1199", "Will Hurd", "Some Eastvale voters", "one kind-hearted Canadian",
              "a Democrat", "the Norland Poll polling average", "the 43-year-old", "the far left",
              "Leading Democrats", "South Norland", "Inland Westmark", "Odile May", "52 percent of voters",
              "Jack Whitcombe", "the company", "a reporter", "the Eastvale crowd", "Six in 10", "AFT",
              "eastvale-herald.com", "the left", "his allies", "a lawsuit", "the ad", "Texas", "an outside group",
              "the candidates themselves", "Some in the crowd", "people familiar with the talks",
              "a source close to the mayor", "Neither campaign"]
UNACCEPTABLE = [
    ("Thursday", "time"), ("2016", "number"), ("42", "number"), ("the", "fragment"), ("The next", "fragment"),
    ("An original", "fragment"), ("Lake Erie. Dana Whitcombe", "sentence"), ("The release of", "cut"),
    ("Police ready to", "cut"), ("The mayor flew to Westmark to", "cut"),
    ("Farmers gathered in the market square on Thursday to", "cut"), ("which", "fragment"),
    ("the pollster who is head of the institute", "relative"), ("two nations", "number"),
    ("the council has been", "clause"), ("Dana Whitcombe began taking", "clause"), ("Ames got the rest", "clause"),
    ("for its part", "cut"),
    # An adjective, adverb or participle waiting for the noun the sentence gave it later.
    ("A legal", "cut"), ("The famously", "cut"), ("the intense political", "cut"), ("The retired", "cut"),
    ("a simmering", "cut"), ("a more dedicated", "cut"),
    # A subject and its verb in the past tense.
    ("Whitcombe helped", "clause"), ("many laughed", "clause"), ("she recounted", "clause"),
    # A possessive waiting for its noun, a contracted verb.
    ("Whitcombe\u2019s", "cut"), ("the judge's", "cut"), ("It's", "cut"), ("You\u2019ll", "cut"),
    # An adjective of a name alone, a number after a determiner, a headline's question word.
    ("Democratic", "cut"), ("Hispanic", "cut"), ("A 2014", "cut"), ("WHERE WHITCOMBE", "relative"),
    ("March 23", "time"), ("whose findings", "relative"), ("job, he", "sentence"), ("Fla.", "fragment"),
    ("Whether Whitcombe", "clause"), ("Is Dana Whitcombe", "clause"), ("He's Dana Whitcombe", "clause"),
    ("A majority of Democratic", "cut"), ("an HBO", "cut"), ("Some Whitcombe", "cut"),
    ("They stop", "clause"), ("Yet", "fragment"), ("a friend without", "cut"),
    ("A few minutes", "time"), ("Primary", "cut"), ("Echoing", "cut"), ("An Eastvale-based", "cut"),
    ("Debating Whitcombe", "clause"), ("Regarding Whitcombe", "clause"),
    ("21 percent", "number"), ("63%", "number"), ("Then Whitcombe", "clause"), ("Maybe Dana Whitcombe", "clause"),
    ("Dana Whitcombe Finally", "cut"), ("Both Whitcombe", "cut"), ("Hold Dana Whitcombe", "clause"),
    ("Eastvale Makes Dana Whitcombe", "clause"), ("Only 48 percent", "number"),
    ("Seventy-two percent", "number"), ("Despite Whitcombe", "clause"), ("Wherever Dana Whitcombe", "clause"),
    ("Railing Against Whitcombe", "clause"), ("Whitcombe Asking Council To Drop The Levy", "clause"),
    # No name, pronoun or noun that could head a speaker: a thing, an event, a quality.
    ("Holding signs", "thing"), ("The health", "thing"), ("his drinking", "thing"), ("The move", "thing"),
    ("the fracas", "thing"), ("A future", "thing"), ("All those factors", "thing"),
    ("a more frontal attack on the levy", "thing"), ("The question of whether someone", "thing"),
    # A subject and its verb in the present tense.
    ("Whitcombe avoids", "clause"), ("The deal binds", "clause"), ("Don\u2019t Whitcombe voters", "clause"),
    ("November 12th", "time"), ("Sixty-seven", "number"),
    # A state's abbreviation alone: the end of an address or of a party-and-state tag.
    ("Calif", "fragment"), ("Wis.", "fragment"),
    # A pronoun that names no one.
    ("Neither", "thing"), ("None", "thing"), ("Nobody", "thing"),
]


@pytest.mark.parametrize("speaker", ACCEPTABLE)
def test_acceptable_speaker(speaker):
    assert acceptable_speaker(speaker), speaker_problem(speaker)


@pytest.mark.parametrize("speaker,problem", UNACCEPTABLE)
def test_unacceptable_speaker(speaker, problem):
    assert not acceptable_speaker(speaker)
    assert speaker_problem(speaker) == problem


def _quote(speaker):
    return Quote(text="x", spans=((0, 1),), start=0, end=1, direct=True, speaker=speaker, role="mayor")


def test_check_speakers_keeps_the_quote_and_repairs_or_clears_the_speaker():
    fixed = check_speakers([_quote("Lake Erie. Dana Whitcombe"), _quote("Whitcombe. We"), _quote("The next"),
                            _quote("Dana Whitcombe")])
    assert [q.speaker for q in fixed] == ["Dana Whitcombe", "Whitcombe", None, "Dana Whitcombe"]
    assert [q.role for q in fixed] == ["mayor", "mayor", None, "mayor"]

    repaired = check_speakers([_quote("Then Whitcombe"), _quote("Dana Whitcombe Finally"), _quote("21 percent")])
    assert [q.speaker for q in repaired] == ["Whitcombe", "Dana Whitcombe", None]


def test_a_share_of_respondents_is_a_source_but_no_speaker():
    (q,) = extract_quotes("Only 48 percent said the harbor plan would work.")
    assert q.speaker is None and q.mention.endswith("48 percent")


def test_no_quote_of_a_text_has_an_unacceptable_speaker():
    text = ("The ferry sank off Lake Erie. Whitcombe said the harbour would reopen. The next day, the council, "
            "which met on Thursday, said that repairs would take a month.")
    assert all(acceptable_speaker(q.speaker) for q in extract_quotes(text))


def test_unacceptable_speakers_on_polnear_and_the_seed(shared_data):
    """At most 2 unacceptable speakers per 2,000 quotes over PolNeAR train + dev and the seed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_data.parent / "seeds").glob("*.txt"))]
    for split in ("train", "dev"):
        with open(shared_data / "polnear" / f"{split}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    speakers = [q.speaker for text in texts for q in extract_quotes(text)]
    bad = [s for s in speakers if not acceptable_speaker(s)]
    assert len(speakers) > 10_000
    assert len(bad) * 2000 <= 2 * len(speakers), bad[:20]


def test_a_thing_before_a_cue_is_no_speaker_and_its_clause_no_quote_by_default():
    text = "The fracas suggested that the council was divided over the pier."
    assert extract_quotes(text) == []  # (a speakerless quote is left out unless asked for)
    (q,) = extract_quotes(text, speakerless=True)
    assert q.speaker is None and q.mention == "The fracas"
    (q,) = extract_quotes(text.replace("fracas", "report"))
    assert q.speaker == "The report"
