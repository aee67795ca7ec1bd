"""Pronouns and descriptions: "he", "she", "they", "the ambassador" name the most recent person
the article makes fit (gender from honorifics and roles, offices from titles and appositives).
Texts written for the tests, invented people and places."""
from __future__ import annotations

import pytest

from _quotes_helpers import check_quotes

PRONOUN_CASES = [
    pytest.param('"We will wait," said Ms. Odile Marchetti. The harbor commissioner, Tomas Vell, struck a warmer '
                 'tone. "We are making real progress," he said.', "real progress",
                 {"speaker": "Tomas Vell", "mention": "he"},
                 id="he_names_the_person_introduced_in_an_appositive_not_the_woman_before"),
    pytest.param('Ms. Odile Marchetti spoke first. The harbor commissioner, Tomas Vell, struck a warmer tone. '
                 '"We are making real progress," he said.', "real progress",
                 {"speaker": "Tomas Vell"}, id="he_without_an_earlier_speaker"),
    pytest.param('"We will wait," said Tomas Vell. Mr. Ivo Brandt then addressed the council, and Ms. Odile '
                 'Marchetti nodded. "The vote is Tuesday," she said.', "vote is Tuesday",
                 {"speaker": "Odile Marchetti"}, id="she_skips_the_men_named_since"),
    pytest.param('"We will wait," said Tomas Vell. Nia Abara has opposed the plan for months. '
                 '"It will fail," she said.', "It will fail",
                 {"speaker": "Nia Abara"}, id="she_names_the_subject_introduced_after_the_last_speaker"),
    pytest.param('"We will wait," Tomas Vell said. "And we will not move," he added.', "not move",
                 {"speaker": "Tomas Vell"}, id="he_continues_the_last_speaker"),
    pytest.param('Former Mayor Ruel Vantz spoke in Eastvale on Monday. "It is done," the former mayor said.',
                 "It is done", {"speaker": "Ruel Vantz"}, id="the_former_mayor_names_the_former_mayor"),
    pytest.param('Rep. Lin Ashby called for a vote. The measure, the Eastvale congressman said, is overdue.',
                 "measure", {"speaker": "Lin Ashby"}, id="congressman_names_the_rep"),
    pytest.param('Odile Marchetti, the ambassador to Norvale, met Ivo Brandt on Monday. "Talks went well," '
                 'the ambassador said.', "Talks went well", {"speaker": "Odile Marchetti"},
                 id="the_ambassador_names_the_person_given_that_office"),
    pytest.param('Senator Ona Brel, Democrat of Eastvale, said the bill would pass.', "bill would pass",
                 {"speaker": "Ona Brel"}, id="a_description_right_after_a_name_is_that_person"),
    pytest.param('"No," said Ona Brel. Carlos Ruiz and Nia Abara disagreed. "We will appeal," they said.',
                 "We will appeal", {"speaker": "Carlos Ruiz and Nia Abara"},
                 id="they_names_two_people_joined_as_a_subject"),
    pytest.param('"Top lawmakers" met Ona Brel on Monday, and top lawmakers said the bill was dead.',
                 "bill was dead", {"speaker": "top lawmakers"}, id="a_plural_description_is_not_one_person"),
]


@pytest.mark.parametrize("text, needle, expected", PRONOUN_CASES)
def test_pronouns_and_descriptions_resolve(text, needle, expected):
    check_quotes(text, needle, expected)
