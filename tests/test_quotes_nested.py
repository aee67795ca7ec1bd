"""Quotations nested in a quotation that name their own speaker (``toolkit.quotes.nested``). Texts
written for the tests, invented people and places."""
from __future__ import annotations

from toolkit.quotes import extract_quotes
from toolkit.quotes.nested import with_nested

OUTER = ("\u201cThe council is saying, \u2018We will close the pier on Monday,\u2019 and nobody believes it,\u201d "
         "Ames Porter said.")


def test_a_nested_quotation_with_its_own_cue_gets_its_own_speaker():
    quotes = extract_quotes(OUTER)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ames Porter", OUTER[:OUTER.index(" Ames")]),
        ("The council", "\u2018We will close the pier on Monday,\u2019"),
    ]
    inner = quotes[1]
    assert OUTER[inner.start:inner.end] == inner.text and inner.direct and inner.cue == "saying"
    assert OUTER[slice(*inner.mention_span)] == "The council" and OUTER[slice(*inner.cue_span)] == "saying"
    assert inner.paragraph == quotes[0].paragraph


def test_nested_quotations_are_left_inside_when_asked():
    assert [q.speaker for q in extract_quotes(OUTER, nested=False)] == ["Ames Porter"]


def test_a_nested_quotation_of_a_pronoun_or_without_a_cue_is_not_added():
    text = ("\u201cIn our first meeting, he said, \u2018We will close the pier,\u2019 and then he left,\u201d Ames "
            "Porter said. \u201cThe sign read \u2018Closed until further notice\u2019 all week,\u201d she added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ames Porter", "Ames Porter"]


def test_a_surname_inside_is_the_full_name_the_article_gives():
    text = ("Lena Marsh spoke first. \u201cWe will sign it,\u201d Marsh said. \u201cPeople heard Marsh saying, "
            "\u2018The pier stays open all winter,\u2019 and they cheered,\u201d said Ames Porter.")
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers["\u2018The pier stays open all winter,\u2019"] == "Lena Marsh"


def test_with_nested_reads_only_quotations_after_a_comma_or_colon():
    calls = []
    text = "\u201cA plain quotation with no mark inside it at all,\u201d Ames Porter said."
    quotes = extract_quotes(text, nested=False)
    assert with_nested(text, quotes, lambda inner: calls.append(inner) or []) == quotes
    assert calls == []
