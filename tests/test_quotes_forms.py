"""The form of a quote (direct, indirect, summary, transcript) and the Quote's ``form`` field. Texts written for
the tests, invented people and places."""
from __future__ import annotations

import pytest

from toolkit.columns import QUOTE_COLUMNS
from toolkit.model import Quote
from toolkit.quotes import extract_quotes, quotes_frame

from _quotes_helpers import check_quotes

FORM_CASES = [
    pytest.param("Dana Whitcombe explained why she backs the ferry plan.", "ferry",
                 {"form": "summary"}, id="why_after_a_cue_names_the_topic"),
    pytest.param("Dana Whitcombe asked why the ferry stopped.", "ferry",
                 {"form": "indirect"}, id="why_after_asked_is_a_reported_question"),
    pytest.param("The council expressed concern that the ferry could sink.", "ferry",
                 {"form": "indirect"}, id="that_after_concern_opens_what_was_said"),
    pytest.param("Dana Whitcombe has attacked loopholes that benefit others.", "loopholes",
                 {"form": "summary"}, id="that_after_a_cue_and_its_object_noun_opens_a_relative_clause"),
    pytest.param("Dana Whitcombe said yesterday that the bridge was closed.", "bridge",
                 {"form": "indirect"}, id="that_after_a_cue_and_a_time_word_opens_what_was_said"),
    pytest.param("Judge Dana Whitcombe rejected that argument in a ruling released Thursday.", "argument",
                 {"form": "summary"}, id="that_before_a_noun_and_a_preposition_opens_a_noun_phrase"),
    pytest.param("Judge Dana Whitcombe said that argument was weak.", "argument",
                 {"form": "indirect"}, id="that_before_a_noun_and_a_verb_opens_a_clause"),
    pytest.param('"We are ready," said Dana Whitcombe, the mayor of Eastvale.', "ready",
                 {"form": "direct", "direct": True}, id="quotation_marks_are_direct"),
    pytest.param("Mayor Dana Whitcombe said that the bridge would open in May.", "bridge",
                 {"form": "indirect", "direct": False}, id="that_clause_is_indirect"),
    pytest.param("Mayor Dana Whitcombe said the bridge would open in May.", "bridge",
                 {"form": "indirect"}, id="bare_clause_after_say_is_indirect"),
    pytest.param("The bridge, Mayor Dana Whitcombe said, will open in May.", "bridge",
                 {"form": "indirect"}, id="parenthetical_cue_is_indirect"),
    pytest.param("According to Mayor Dana Whitcombe, the bridge will open in May.", "bridge",
                 {"form": "indirect"}, id="according_to_is_indirect"),
    pytest.param("Dana Whitcombe argues they will finish the bridge by May.", "bridge",
                 {"form": "indirect"}, id="clause_with_subject_pronoun_is_indirect"),
    pytest.param("Mayor Dana Whitcombe noted the ferry rule in her speech last week.", "ferry",
                 {"form": "summary"}, id="say_cue_with_a_noun_phrase_is_summary"),
    pytest.param("Mayor Dana Whitcombe said ferry prices rose.", "ferry",
                 {"form": "indirect"}, id="say_cue_with_an_irregular_past_is_indirect"),
    pytest.param("Mayor Dana Whitcombe said the ferry wasn't late.", "ferry",
                 {"form": "indirect"}, id="say_cue_with_a_contraction_is_indirect"),
    pytest.param("Mayor Dana Whitcombe asked why the ferry stopped.", "ferry",
                 {"form": "indirect"}, id="say_cue_with_a_question_word_is_indirect"),
    pytest.param("Mayor Dana Whitcombe urged the council to drop the ferry plan.", "ferry",
                 {"form": "summary"}, id="urged_to_is_summary"),
    pytest.param("Dana Whitcombe thanked Norland for its help with the bridge.", "Norland",
                 {"form": "summary"}, id="thanked_for_is_summary"),
    pytest.param("Councillor Ines Varga accused the mayor of wasting money on the ferry.", "wasting",
                 {"form": "summary"}, id="accused_of_is_summary"),
    pytest.param("Councillor Ines Varga has called for the complete repeal of the harbour levy.", "repeal",
                 {"form": "summary"}, id="called_for_is_summary"),
    pytest.param("Councillor Ines Varga criticized the ferry plan as a step backwards for Eastvale.", "ferry",
                 {"form": "summary"}, id="criticized_as_is_summary"),
    pytest.param('Councillor Ines Varga called the mayor a "nasty guy" and "unstable."', "mayor",
                 {"form": "summary", "direct": False}, id="called_x_scare_quotes_is_summary"),
    pytest.param("Ines Varga accused Tomas Vell, who was born in Norland, of helping smugglers.", "smugglers",
                 {"form": "summary"}, id="accused_x_who_of_is_summary"),
    pytest.param("Ines Varga said Tomas Vell, who was born in Norland, is wrong about the levy.", "levy",
                 {"form": "indirect"}, id="said_x_who_clause_is_indirect"),
    pytest.param("HOLLOWAY: Will you sign the treaty?\n\nMARDELL: Not this year.", "treaty",
                 {"form": "transcript", "direct": False, "mention": "HOLLOWAY"}, id="label_turn_is_transcript"),
    pytest.param("Ona Brel made it clear that she would appeal the ruling.", "would appeal",
                 {"form": "indirect", "speaker": "Ona Brel", "cue": "made it clear"}, id="made_it_clear_that_is_a_cue"),
    pytest.param("Ona Brel made clear she would appeal the ruling.", "would appeal",
                 {"form": "indirect", "speaker": "Ona Brel"}, id="made_clear_with_a_bare_clause_is_a_cue"),
    pytest.param("Ona Brel made the case that the levy was unfair.", "levy was unfair",
                 {"form": "indirect", "speaker": "Ona Brel", "cue": "made the case"}, id="made_the_case_that_is_a_cue"),
    pytest.param("Q: Will you sign the treaty?\n\nA: Not this year.", "treaty",
                 {"form": "transcript", "mention": "Q", "speaker": "the interviewer"},
                 id="a_question_label_is_the_interviewer"),
    pytest.param('"HOLLOWAY: Will you sign the treaty?\n\n"MARDELL: Not this year.', "this year",
                 {"form": "transcript", "mention": "MARDELL"}, id="quoted_transcript_turn_is_transcript"),
    pytest.param("Tomas Vell declared a loss of $9 million in 2019, which let him avoid the levy for years.",
                 "$9 million", {"form": "summary"}, id="say_cue_with_a_noun_phrase_and_an_aside_is_summary"),
    pytest.param("The wardens said the same thing, including Ona Brel, who runs the harbor.", "same thing",
                 {"form": "summary"}, id="say_cue_with_the_same_thing_is_summary"),
    pytest.param("Ines Varga said the pier, which the council built in 1990, would close.", "pier",
                 {"form": "indirect"}, id="said_a_subject_with_an_aside_and_its_verb_is_indirect"),
    pytest.param("Ines Varga said the mayor plans to close the pier.", "pier",
                 {"form": "indirect"}, id="said_a_subject_and_a_verb_in_s_before_to_is_indirect"),
    pytest.param("Although Tomas Vell has admitted using the levy, he does not defend it.", "levy",
                 {"form": "summary"}, id="admitted_and_a_gerund_is_summary"),
    pytest.param("Ines Varga recalled sitting on the harbor board when it met in Eastvale.", "harbor board",
                 {"form": "summary"}, id="recalled_and_a_gerund_before_a_subordinate_clause_is_summary"),
    pytest.param("Ines Varga said running the harbor is hard.", "harbor",
                 {"form": "indirect"}, id="said_and_a_gerund_subject_is_indirect"),
    pytest.param("Ines Varga acknowledged raising the fees was a mistake.", "fees",
                 {"form": "indirect"}, id="acknowledged_and_a_gerund_subject_with_its_verb_is_indirect"),
    pytest.param("Mayor Dana Whitcombe said: the bridge is too old to repair, and we will not fix it this year.",
                 "bridge", {"form": "indirect"}, id="cue_then_colon_is_not_a_transcript"),
]


@pytest.mark.parametrize("text,needle,expected", FORM_CASES)
def test_quote_form(text, needle, expected):
    check_quotes(text, needle, expected)


def test_form_follows_direct_when_left_out():
    assert Quote(text="x", spans=((0, 1),), start=0, end=1, direct=True).form == "direct"
    assert Quote(text="x", spans=((0, 1),), start=0, end=1, direct=False).form == "indirect"
    assert Quote(text="x", spans=((0, 1),), start=0, end=1, direct=False, form="summary").form == "summary"


@pytest.mark.parametrize("direct,form", [(True, "summary"), (False, "direct"), (True, "quoted")])
def test_form_must_agree_with_direct(direct, form):
    with pytest.raises(ValueError):
        Quote(text="x", spans=((0, 1),), start=0, end=1, direct=direct, form=form)


def test_form_column_follows_direct_and_is_shown():
    q = Quote(text="x", spans=((0, 1),), start=0, end=1, direct=False, form="summary")
    assert QUOTE_COLUMNS.index("form") == QUOTE_COLUMNS.index("direct") + 1
    assert list(quotes_frame([q])["form"]) == ["summary"]
    assert "summary" in q._repr_html_()


# ---------------------------------------------------------------------------------------------
# Reported content does not run on into narration about someone

def test_reported_content_stops_before_narration_about_someone():
    text = ("Tomas Ferreira, director of the Norland Institute, spoke in Eastvale. He added that the ministers "
            "would discuss the governor's call for a harbour summit. He snubbed a similar summit last year.")
    check_quotes(text, "ministers", {"text_lacks": "snubbed"})


def test_reported_content_runs_on_with_a_modal():
    text = ("Mayor Dana Whitcombe said the ferry plan had failed. She would ask the council for a new vote "
            "before the summer.")
    check_quotes(text, "ferry", {"text_has": "new vote"}, extent="paragraph")
    check_quotes(text, "ferry", {"text": "the ferry plan had failed"})  # the default: the reported clause


def test_reported_content_runs_on_with_a_curly_negated_modal():
    text = ("Councillor Ines Varga said the levy was unfair. She can\u2019t afford the cost of "
            "the new pier.")
    check_quotes(text, "levy", {"text_has": "new pier"}, extent="paragraph")


def test_scare_quotes_in_reported_words_are_not_a_direct_quote():
    # quotations of one or two words (designations, scare quotes) do not make reported words direct:
    # they are read as reported words ("called X a ...": a summary; "said the plan was ...": indirect)
    text = ("Pier news. Ines Varga has called the mayor a \u201cnasty guy,\u201d a \u201cliar,\u201d "
            "\u201cunstable\u201d and \u201csick.\u201d")
    check_quotes(text, "the mayor", {"form": "summary", "direct": False, "speaker": "Ines Varga"})
    check_quotes('Mayor Dana Whitcombe said the plan was a "step backwards" for Eastvale.', "plan",
                 {"form": "indirect", "direct": False})
    # a quotation standing alone stays direct
    check_quotes('Pier news. Ines Varga said, "Too slow."', "Too slow", {"form": "direct", "direct": True})


def test_a_quotation_in_a_summary_is_a_direct_quote_of_its_own():
    text = 'Ines Varga described the new ferry plan for the harbour as "a step backwards for everyone."'
    forms = {(q.form, q.text) for q in extract_quotes(text)}
    assert ("direct", '"a step backwards for everyone."') in forms
    assert any(form == "summary" for form, _ in forms)


def test_a_hyphenated_name_in_quotation_marks_is_one_word_not_a_quote():
    text = 'Ines Varga cited criticism of the host of a "Harbour-Front-Live" forum earlier this month.'
    assert not any(q.direct for q in extract_quotes(text))


# ---------------------------------------------------------------------------------------------
# Mixed quotes cut by their cue

def test_a_mixed_quote_cut_by_its_cue_gives_the_clause_and_the_quotation():
    # the clause runs over both sides of the cue: indirect, and its quotation direct
    text = "Many of the ferry riders were older, she said, and \"I had to stop and think about their lives.\""
    forms = {(q.form, q.text) for q in extract_quotes("Ines Varga spoke at the pier. " + text)}
    assert ("direct", '"I had to stop and think about their lives."') in forms
    assert any(form == "indirect" and text_.startswith("Many of the ferry riders") for form, text_ in forms)


def test_quotations_joined_around_a_cue_with_few_unquoted_words_are_direct_only():
    # 'Ferry-goers, he said, can "X" and "Y"': three unquoted words (a hyphenated word is one) are
    # not a clause of their own
    text = ('Tomas Vell spoke at the pier. Ferry-goers, he said, can "sail like the wind" and '
            '"fish like the old masters."')
    assert {q.form for q in extract_quotes(text)} == {"direct"}


def test_a_clause_that_introduces_a_quotation_with_a_colon_is_reported_content():
    # 'said she has one quality: "..."': the clause is what she said, the quotation a direct quote in it
    text = ('Ines Varga said she has the one quality the harbour job needs: "Patience -- a sailor\'s patience, '
            'and a steady hand."')
    forms = {(q.form, q.text[:12]) for q in extract_quotes(text)}
    assert ("indirect", "she has the ") in forms
    assert ("direct", '"Patience --') in forms
    # an adjunct before the colon is not: the content is the quotation
    text = 'Ines Varga said in a statement on Monday: "The harbour will stay open all winter."'
    assert [(q.form, q.text[:12]) for q in extract_quotes(text)] == [("direct", '"The harbour')]


def test_a_title_case_quotation_after_a_possessive_is_a_name_not_a_quote():
    text = 'Tomas Vell began taking calls from listeners to his "Harbour Talk Tonight" radio show on Monday.'
    assert not any(q.direct for q in extract_quotes(text))
    text = "Ines Varga praised the ferry crews on ABC\u2019s \u201cGood Morning Eastvale\u201d on Friday."
    assert not any(q.direct for q in extract_quotes(text))
    # speech in quotation marks after a possessive is still a quote
    text = 'Ines Varga quoted her father\'s words: "we will sail again when the storm is over."'
    assert any(q.direct for q in extract_quotes(text))


@pytest.mark.parametrize("text", [
    'Ona Brel sang "A Change Is Gonna Come," and the crowd roared.',
    'The mayor set a goal of "Peace Through Trade."',
    'The council passed the "Harbor Safety And Dredging Act" on Monday.',
])
def test_a_short_title_after_a_word_of_its_sentence_is_a_name_not_speech(text):
    assert [q for q in extract_quotes(text) if q.direct] == []


@pytest.mark.parametrize("text", ['Ona Brel said, "Make Eastvale Great Again."',
                                  '"Make Eastvale Great Again," Ona Brel said.'])
def test_title_case_after_a_comma_or_opening_a_sentence_may_be_speech(text):
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Ona Brel"]


def test_made_clear_in_the_passive_is_no_cue():
    quotes = extract_quotes("The links between the two ports were made clear on Sunday night.", speakerless=True)
    assert not any(q.cue and "clear" in q.cue for q in quotes)


@pytest.mark.parametrize("text, kept", [
    ("Ona Brel called them \u201cManchurian anchors\u201d on Monday.", False),
    ("The fact-checkers rated the claim \u201cMostly True.\u201d", False),
    ("When the fact-checkers examined the claim, it was labeled\u00a0\u201cMostly True.\u201d", False),
    ("Ona Brel ended her speech by saying \u201cToo many.\u201d", True),
    ("\u201cWhat curfew?\u201d the protesters asked.", True),
])
def test_one_or_two_quoted_words_inside_a_sentence_are_a_wording_not_a_quote(text, kept):
    direct = [q for q in extract_quotes(text) if q.form == "direct"]
    assert bool(direct) == kept
