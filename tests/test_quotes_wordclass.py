"""The word classes read from the Brill lexicon TextBlob ships (no corpus download)."""
from __future__ import annotations

import pytest

from toolkit.quotes.acceptable import possessor, without_clause_opener, without_trailing_modifiers
from toolkit.quotes.wordclass import is_adverb, is_finite_verb, is_modifier, is_participle, is_past_verb, word_tag


@pytest.mark.parametrize("word,test", [
    ("legal", is_modifier), ("famously", is_modifier), ("second", is_modifier), ("now", is_adverb),
    ("retired", is_participle), ("simmering", is_participle), ("laughed", is_past_verb),
    ("calls", is_finite_verb), ("goes", is_finite_verb),
])
def test_word_classes(word, test):
    assert test(word)


@pytest.mark.parametrize("word,test", [
    ("official", is_modifier), ("mayor", is_adverb), ("polling", is_participle), ("said", is_participle),
    ("mills", is_finite_verb), ("zzyzx", is_modifier),
])
def test_not_of_the_class(word, test):
    assert not test(word)


def test_case_matters_and_unknown_words_have_no_tag():
    assert word_tag("may") == "MD" and word_tag("May") == "NNP"
    assert word_tag("Vellborough") is None


@pytest.mark.parametrize("speaker,expected", [
    ("Eastvale voters overall", "Eastvale voters"), ("Ames now", "Ames"), ("A legal", None),
    ("the intense political", None), ("Dana Ames", None),
])
def test_a_speaker_run_on_into_modifiers_is_cut_back_to_its_phrase(speaker, expected):
    assert without_trailing_modifiers(speaker) == expected


@pytest.mark.parametrize("speaker,expected", [
    ("Dana Ames's", "Dana Ames"), ("Mr. Whitcombe\u2019s", "Mr. Whitcombe"), ("It's", None), ("the judge's", None),
])
def test_a_possessive_speaker_is_its_owner(speaker, expected):
    assert possessor(speaker) == expected


@pytest.mark.parametrize("speaker,expected", [
    ("He's Dana Ames", "Dana Ames"), ("Whether Ames", "Ames"), ("They stop", None), ("Whether the", None),
])
def test_a_name_after_a_clause_opener_is_the_name(speaker, expected):
    assert without_clause_opener(speaker) == expected
