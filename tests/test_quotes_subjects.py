"""Quote attribution in harder sentences: the speaker behind appositives, asides, relative clauses,
coordination, datelines and shares of a poll. Texts written for the tests, invented people and places."""
from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes

from _quotes_helpers import check_quotes, one_quote, spans_ok


# ---------------------------------------------------------------------------------------------
# Speakers and subjects in harder sentences

SUBJECT_CASES = [
    pytest.param("Ona Brel, a teacher from Monsey, New York, said the levy was unfair.", "levy was unfair",
                 {"speaker": "Ona Brel"}, id="a_town_and_its_state_in_an_appositive_are_not_the_speaker"),
    pytest.param("A teacher from Monsey, N.Y., said the levy was unfair.", "levy was unfair",
                 {"speaker": "A teacher"}, id="a_description_from_a_town_and_state"),
    pytest.param("Dana Whitcombe of Eastvale, South Carolina says she thinks the levy is unfair.", "levy is unfair",
                 {"speaker": "Dana Whitcombe"}, id="a_town_and_its_state_after_the_speaker_are_not_the_speaker"),
    pytest.param("The mayor was pleased after a woman in Eastvale, Massachusetts, told him the pier was safe.",
                 "pier was safe", {"speaker": "a woman"}, id="a_state_ending_an_address_is_not_the_speaker"),
    pytest.param("Ines Varga, 75, a retiree in Eastvale, Ill., said the pier was safe.", "pier was safe",
                 {"speaker": "Ines Varga"}, id="a_state_abbreviation_ending_an_address_is_not_the_speaker"),
    pytest.param("Vice President Dana Whitcombe, who was to travel to Eastvale, Ohio, on Wednesday, said the pier "
                 "was safe.", "pier", {"speaker": "Dana Whitcombe"}, id="an_address_after_to_is_not_the_speaker"),
    pytest.param("In addition, Republican opponents have said that the levy is unfair.", "levy is unfair",
                 {"speaker": "Republican opponents"}, id="a_capitalised_modifier_keeps_its_noun"),
    pytest.param("Dana Whitcombe was hurt on Tuesday. Whitcombe's family said in a statement that the pier was unsafe.",
                 "pier was unsafe", {"speaker": "Whitcombe's family"}, id="a_possessive_keeps_its_noun"),
    pytest.param("In a column, two Democratic speechwriters urged her to act, arguing that it agitated Ames.",
                 "agitated Ames", {"speaker": "two Democratic speechwriters"},
                 id="a_participle_cue_after_a_capitalised_modifier_and_its_noun"),
    pytest.param("Anti-levy forces on the council floor were holding out, saying that the vote was rigged.",
                 "vote was rigged", {"speaker": "Anti-levy forces"},
                 id="a_modifier_keeps_its_noun_before_a_preposition"),
    pytest.param("Mr. Ames forecast that the levy would pass.", "levy would pass", {"speaker": "Ames"},
                 id="a_noun_like_verb_after_a_name_is_the_cue_not_the_head"),
    pytest.param("Harbor audit reports show that the league spent $1 million.", "league spent",
                 {"speaker": "Harbor audit reports", "cue": "show"},
                 id="a_plural_noun_before_show_is_the_subject_not_a_cue"),
    pytest.param("Gun rights advocates say the levy is unfair.", "levy is unfair",
                 {"speaker": "Gun rights advocates"}, id="advocates_before_say_is_a_noun"),
    pytest.param("General Dynamics says that it paid its taxes.", "paid its taxes",
                 {"speaker": "General Dynamics"}, id="a_company_named_with_a_title_word_keeps_its_name"),
    pytest.param('"He is upset," said a source close to Ona Brel on Monday.', "He is upset",
                 {"speaker": "a source close to Ona Brel"}, id="a_source_close_to_someone_is_the_source_not_them"),
    pytest.param("A source close to the campaign said the mayor was upset.", "mayor was upset",
                 {"speaker": "A source close to the campaign"}, id="a_source_close_to_a_body_before_the_cue"),
    pytest.param('"He is upset," said one official involved in the talks.', "He is upset",
                 {"speaker": "one official involved in the talks"}, id="an_official_involved_in_something"),
    pytest.param("Ona Brel at the time said she would appeal.", "would appeal", {"speaker": "Ona Brel"},
                 id="at_the_time_between_subject_and_cue_is_no_part_of_the_speaker"),
    pytest.param(
        "In June, Ona Brel left the council after the harbor tycoon claimed that a judge was unfit to serve.",
        "judge was unfit", {"speaker": "the harbor tycoon", "cue": "claimed"},
        id="the_subject_of_a_clause_after_a_subordinator_is_its_own_not_the_sentences"),
    pytest.param(
        'Tarn Oakley said he welcomed the ruling in Eastvale and added, "I will not appeal."',
        "welcomed the ruling",
        {"speaker": "Tarn Oakley", "cue": "said", "text": "he welcomed the ruling in Eastvale"},
        id="reported_clause_before_a_coordinated_cue_with_a_quotation_is_kept-1"),
    pytest.param(
        'Tarn Oakley said he welcomed the ruling in Eastvale and added, "I will not appeal."',
        "I will not appeal", {"direct": True, "speaker": "Tarn Oakley", "cue_in": ("added", "adding")},
        id="reported_clause_before_a_coordinated_cue_with_a_quotation_is_kept-2"),
    pytest.param(
        'Tarn Oakley said he welcomed the ruling in Eastvale, adding, "I will not appeal."',
        "welcomed the ruling",
        {"speaker": "Tarn Oakley", "cue": "said", "text": "he welcomed the ruling in Eastvale"},
        id="reported_clause_before_a_coordinated_cue_with_a_quotation_is_kept-3"),
    pytest.param(
        'Tarn Oakley said he welcomed the ruling in Eastvale, adding, "I will not appeal."',
        "I will not appeal", {"direct": True, "speaker": "Tarn Oakley", "cue_in": ("added", "adding")},
        id="reported_clause_before_a_coordinated_cue_with_a_quotation_is_kept-4"),
    # "..., current and former officials said.": the whole coordinated noun phrase is the speaker
    pytest.param(
        "Investigators will want to question Tarn Oakley about the pier contract, current and former officials said.",
        "question Tarn Oakley", {"mention": "current and former officials", "cue": "said"},
        id="coordinated_modifiers_belong_to_the_speaker_noun-1"),
    pytest.param(
        "The ferry levy will pass, Eastvale and Marlow officials said.",
        "ferry levy will pass", {"mention": "Eastvale and Marlow officials"},
        id="coordinated_modifiers_belong_to_the_speaker_noun-2"),
    # ', saying the mayor "...": the noun phrase after "saying" is inside the content, not its speaker
    pytest.param(
        'Tarn Oakley went on to attack the council, saying the mayor "has not read the pier report."',
        "has not read the pier report", {"mention": "Tarn Oakley", "cue": "saying", "text_start": "the mayor"},
        id="participle_cue_is_never_inverted"),
    # "The ferry has added a route to Marlow, she noted.": the attribution is "she noted", over the whole clause
    pytest.param(
        "Pier news. The ferry company has added a second route to Marlow, she noted.",
        "second route",
        {"mention": "she", "cue": "noted", "text": "The ferry company has added a second route to Marlow"},
        id="closing_post_posed_cue_outranks_an_earlier_say_verb"),
    # "..., said lobbyist and party strategist Carl Brenner." / "..., said the company's chief executive."
    pytest.param(
        "The firm lobbied the Eastvale council on the pier lease, said lobbyist and party strategist Tarn Oakley.",
        "lobbied the Eastvale council",
        {"speaker": "Tarn Oakley", "mention": "lobbyist and party strategist Tarn Oakley", "text_lacks": "Oakley"},
        id="inverted_cue_with_lower_case_title_words_or_a_role_noun_phrase-1"),
    pytest.param(
        "The Marlow cannery is hanging on, but it is under pressure from imports, said the company's chief executive.",
        "cannery is hanging on",
        {"mention": "the company's chief executive", "cue": "said"},
        id="inverted_cue_with_lower_case_title_words_or_a_role_noun_phrase-2"),
    # a clause after the cue is content, not an inverted speaker
    pytest.param(
        "But Tarn Oakley, who wrote the letter, said Dana Whitcombe's reply to Marlow was weak.",
        "reply to Marlow", {"text": "Dana Whitcombe's reply to Marlow was weak"},
        id="inverted_cue_with_lower_case_title_words_or_a_role_noun_phrase-3"),
    # "said Ames, the director, adding that ...": the participle clause is not the role
    pytest.param(
        '"The bridge will reopen in May," said Dana Ames, the director, adding that the ferry would run.',
        "bridge will reopen", {"speaker": "Dana Ames", "role": "the director"},
        id="role_after_an_inverted_cue_ends_before_a_participle-1"),
    pytest.param(
        "The bridge will reopen in May, said Dana Ames, director of the Lanford port, noting that the ferry would run.",
        "bridge will reopen", {"speaker": "Dana Ames", "role": "director of the Lanford port"},
        id="role_after_an_inverted_cue_ends_before_a_participle-2"),
    pytest.param(
        '"It is over," said Dana Ames, who led the port from 1995 to 1997, during the flood years.',
        "It is over", {"speaker": "Dana Ames", "role": "who led the port from 1995 to 1997, during the flood years"},
        id="role_after_an_inverted_cue_ends_before_a_participle-3"),
    # "Oakley said he would.": a pronoun and an auxiliary (or "no") is the whole reported answer
    pytest.param(
        "Pier news. Tarn Oakley said he would. Dana Whitcombe and Ellis Parr did not.",
        "he would", {"speaker": "Tarn Oakley", "cue": "said", "text": "he would"},
        id="elliptical_answer_after_a_say_verb-1"),
    pytest.param(
        "Pier news. They said she could.",
        "she could", {"mention": "They"},
        id="elliptical_answer_after_a_say_verb-2"),
    # "The senator emailed supporters saying ...": supporters are the object of "emailed", not the speaker
    pytest.param(
        "Pier news. The Marlow senator emailed supporters saying: \u201cThe fight for the pier continues.\u201d",
        "fight for the pier", {"mention": "The Marlow senator", "cue": "saying"},
        id="participle_subject_is_the_clause_subject_not_the_verb_object-1"),
    pytest.param(
        "Senator Dana Whitcombe is making a pitch to Eastvale voters saying the ferry levy is hurting the town.",
        "ferry levy is hurting", {"speaker": "Dana Whitcombe"},
        id="participle_subject_is_the_clause_subject_not_the_verb_object-2"),
    # a reduced relative keeps its noun: "a new poll showing ..."
    pytest.param(
        "Pier news. A new poll showing Whitcombe ahead in Eastvale came out on Monday.",
        "Whitcombe ahead", {"mention": "A new poll"},
        id="participle_subject_is_the_clause_subject_not_the_verb_object-3"),
    # "Oakley, in ..., told Marlow Radio on Sunday that ...": the station is the addressee, not the speaker
    pytest.param(
        "Pier news. Tarn Oakley, in the wake of a survey showing the levy far behind in Eastvale, told Marlow Radio "
        "on Sunday that the council would try again.",
        "council would try again", {"speaker": "Tarn Oakley", "cue": "told"},
        id="told_is_never_read_in_inverted_order"),
    # "And then Oakley went on the attack, saying, "..."": the participle's speaker is Oakley
    pytest.param(
        'Pier news. And then Tarn Oakley went fully on the attack, saying, "Will the mayor ever fix the pier?"',
        "fix the pier", {"direct": True, "speaker": "Tarn Oakley", "cue": "saying"},
        id="clause_subject_after_and_then"),
    # "groups that have endorsed him say they believe ...": the outer cue, with the whole noun phrase as source
    pytest.param(
        "Pier news. But fishing groups that have endorsed him say they believe the levy should pass "
        "before the summer in Eastvale.",
        "levy should pass",
        {"mention": "fishing groups that have endorsed him", "cue": "say", "text_start": "they believe"},
        id="speaker_noun_phrase_with_a_relative_clause-1"),
    pytest.param(
        "Pier news. Though executives who have worked with Tarn Oakley say he shares his father's caution.",
        "father's caution", {"mention": "executives who have worked with Tarn Oakley"},
        id="speaker_noun_phrase_with_a_relative_clause-2"),
    # "About three in 10 said they ...": the poll share is the source of the outer cue
    pytest.param(
        "Pier news. About three in 10 said they want the ferry levy to be lower in Eastvale.",
        "ferry levy to be lower", {"mention": "About three in 10", "cue": "said", "text_start": "they want"},
        id="n_in_ten_is_a_speaker"),
    # the example after "including" is not the source; the particle "out" belongs to the cue
    pytest.param(
        "Pier news. As many experts, including Dana Whitcombe, have pointed out, the levy would hurt Marlow fishermen.",
        "levy would hurt",
        {"mention": "many experts",
         "cue": "pointed out",
         "role": None,
         "text": "the levy would hurt Marlow fishermen"},
        id="as_many_experts_including_x_have_pointed_out-1"),
    pytest.param(
        "Pier news. As Tarn Oakley has pointed out, the pier is older than the town.",
        "older than the town", {"speaker": "Tarn Oakley", "text": "the pier is older than the town"},
        id="as_many_experts_including_x_have_pointed_out-2"),
    # "Ames on Thursday evening said the party was not ...": Ames speaks; "the party was not" is content
    pytest.param(
        "Pier news. Harbor spokesman Tarn Oakley on Thursday evening said the ferry company was not in a crisis.",
        "ferry company was not", {"speaker": "Tarn Oakley", "text": "the ferry company was not in a crisis"},
        id="time_adjunct_between_speaker_and_cue_and_no_clause_as_inverted_speaker-1"),
    pytest.param(
        "Pier news. Mayor Dana Whitcombe earlier this month said the levy would pass.",
        "levy would pass", {"speaker": "Dana Whitcombe"},
        id="time_adjunct_between_speaker_and_cue_and_no_clause_as_inverted_speaker-2"),
    pytest.param(
        "EASTVALE, Ore. (Harbor Wire) - Mayor Dana Whitcombe met flood survivors on Thursday and said the "
        "town must act to repair the levee.",
        "repair the levee", {"speaker": "Dana Whitcombe"},
        id="dateline_with_agency_is_not_the_speaker"),
    # "42% say they ...": the share is the source
    pytest.param(
        "On ferry fares, 42% say they are too high in Eastvale.",
        "too high", {"mention": "42%", "cue": "say"},
        id="percent_party_state_and_relative_appositive_speakers-1"),
    # "Rep. Dana Whitcombe, R-Elm., noted ...": the name, not the party and state
    pytest.param(
        "Rep. Dana Whitcombe, R-Elm., noted in a column on Sunday that anger over the levy is growing in Marlow.",
        "anger over the levy", {"speaker": "Dana Whitcombe", "cue": "noted"},
        id="percent_party_state_and_relative_appositive_speakers-2"),
    # "an official, who was not authorized to speak, told X": a speaker noun before a relative clause
    pytest.param(
        "\u201cThe pier is failing,\u201d a harbor official, who was not authorized to speak on the record, "
        "told Marlow Radio.",
        "pier is failing", {"mention": "a harbor official", "cue": "told"},
        id="percent_party_state_and_relative_appositive_speakers-3"),
    # "Name, role, who ..., called": the name before the role
    pytest.param(
        "Tarn Oakley, the former Eastvale mayor, who has resented the levy, called the plan \u201ca farce.\u201d",
        "a farce", {"speaker": "Tarn Oakley"},
        id="percent_party_state_and_relative_appositive_speakers-4"),
    pytest.param(
        "Pier news. Tarn Oakley said earlier on Friday during a news conference in Marlow that he may wait "
        "until spring to decide.",
        "may wait", {"speaker": "Tarn Oakley", "text_start": "that he may wait"},
        id="adverb_led_adjuncts_before_that_clause"),
    pytest.param(
        "Pier news. It seems the ferry levy will pass without the support of Marlow.",
        "ferry levy will pass", {"mention": None, "cue": "seems", "text_start": "the ferry levy"},
        id="impersonal_it_seems_takes_what_follows_as_content-1"),
    pytest.param(
        "Pier news. As of Friday, it appears that nobody will run against Dana Whitcombe.",
        "nobody will run", {"cue": "appears", "text_start": "that nobody"},
        id="impersonal_it_seems_takes_what_follows_as_content-2"),
    pytest.param(
        "Pier news. Enthusiasm for Dana Whitcombe appears to have dropped in Marlow since the spring.",
        "appears to have dropped", {"mention": None, "cue": "appears", "text_start": "Enthusiasm for Dana Whitcombe"},
        id="seem_with_a_noun_phrase_subject_that_has_a_modifier"),
    pytest.param(
        "Pier news. Oakley seems to recognize his problem with Marlow voters \u2014 he told the Harbor Times "
        "that his task was hard.",
        "recognize his problem", {"mention": None, "cue": "seems"},
        id="seem_clause_next_to_another_attribution-1"),
    pytest.param(
        "Pier news. Oakley seems to recognize his problem with Marlow voters \u2014 he told the Harbor Times "
        "that his task was hard.",
        "his task was hard", {"mention": "he", "cue": "told"},
        id="seem_clause_next_to_another_attribution-2"),
    # "X leads by 8 points in the latest Harbor poll": the poll is the source of the clause before "in"
    pytest.param(
        "Pier news. Dana Whitcombe was winning Marlow by 28 points in the same Harbor poll.",
        "winning Marlow",
        {"mention": "the same Harbor poll", "cue": "in", "text": "Dana Whitcombe was winning Marlow by 28 points"},
        id="clause_reported_in_a_named_poll-1"),
    # an abbreviation inside the poll's name ("U.S.") does not hide it
    pytest.param(
        "Pier news. Dana Whitcombe leads Marlow by eight points in the new N.E. Harbor poll.",
        "leads Marlow", {"mention": "the new N.E. Harbor poll", "cue": "in"},
        id="clause_reported_in_a_named_poll-2"),
    # a generic "in the polls" is left alone
    pytest.param(
        "Pier news. Dana Whitcombe is far ahead in the polls.",
        None, {"no_cue": "in"},
        id="clause_reported_in_a_named_poll-3"),
    # "Oakley, who said X, said Y": X is "who"'s, Y is Oakley's
    pytest.param(
        "Pier news. Tarn Oakley, who said he usually votes for the levy, said the best candidate is Dana Whitcombe.",
        "best candidate", {"speaker": "Tarn Oakley", "cue": "said"},
        id="cue_after_a_relative_clause_belongs_to_the_antecedent-1"),
    pytest.param(
        "Pier news. Tarn Oakley, who said he usually votes for the levy, said the best candidate is Dana Whitcombe.",
        "usually votes", {"mention": "who"},
        id="cue_after_a_relative_clause_belongs_to_the_antecedent-2"),
    pytest.param(
        "Pier news. Dana Whitcombe spoke Monday night at a town hall in Marlow hosted by the Harbor Times.",
        None, {"no_cue": "spoke"},
        id="spoke_with_only_where_and_when_is_not_an_attribution-1"),
    pytest.param(
        "Pier news. Dana Whitcombe spoke to reporters about the ferry levy and its cost.",
        "ferry levy", {"speaker": "Dana Whitcombe", "cue": "spoke"},
        id="spoke_with_only_where_and_when_is_not_an_attribution-2"),
    # "Name, 22, of Town, St., said": the name, not the state
    pytest.param(
        "Pier news. Cory Lund, 22, of Marlow, Ore., said he hadn't given up on the ferry.",
        "given up on the ferry", {"speaker": "Cory Lund"},
        id="hometown_appositive_and_weekday_intro-1"),
    pytest.param(
        "Pier news. Cory Lund of Marlow, Ore., said he hadn't given up on the ferry.",
        "given up on the ferry", {"speaker": "Cory Lund"},
        id="hometown_appositive_and_weekday_intro-2"),
    # "Tuesday, the senator opened a rally blasting X": the weekday is an intro, not the speaker
    pytest.param(
        "Tuesday, the Marlow senator opened a Harbor rally blasting Dana Whitcombe for raising the ferry levy.",
        "raising the ferry levy", {"mention": "the Marlow senator", "cue": "blasting"},
        id="hometown_appositive_and_weekday_intro-3"),
    pytest.param(
        "Pier news. The biggest split is over the ferry, with Dana Whitcombe calling for a ban on night crossings "
        "in Marlow.",
        "ban on night crossings", {"speaker": "Dana Whitcombe", "cue": "calling"},
        id="with_name_participle_takes_the_name"),
    pytest.param(
        "Pier news. The levy vote was close, with 30 percent of voters saying they have a positive view of it.",
        "positive view", {"mention": "30 percent of voters"},
        id="with_is_not_part_of_a_speaker_noun_phrase"),
    pytest.param(
        "Pier news. The timing of the levy vote doesn't surprise harbor pollster Dana Whitcombe: "
        "\u201cLate votes always move the ferry fares.\u201d",
        "Late votes", {"speaker": "Dana Whitcombe", "cue": ":"},
        id="colon_introduction_names_the_speaker_before_the_colon-1"),
    pytest.param(
        "Pier news. What that means for Marlow - More from Oakley: \u201cThe pier is the town.\u201d",
        "pier is the town", {"mention": "Oakley"},
        id="colon_introduction_names_the_speaker_before_the_colon-2"),
    pytest.param(
        'Pier news. A harbor official who spoke anonymously to discuss internal plans said Wednesday, '
        '"Certainly there are talks with Marlow."',
        "Certainly there are talks", {"direct": True, "mention": "A harbor official"},
        id="weekday_before_a_quotation_and_interjected_to_say-1"),
    pytest.param(
        'Pier news. Oakley, who signed the pier law as mayor, interjected to say: "They have both been wrong on this."',
        "both been wrong",
        {"speaker": "Oakley"},
        id="weekday_before_a_quotation_and_interjected_to_say-2"),
    pytest.param(
        "\u201cI don\u2019t think it helps him,\u201d he said, just prior to the vote on Friday in Marlow.",
        "helps him", {"mention": "he", "text": "\u201cI don\u2019t think it helps him,\u201d"},
        id="adjunct_after_a_split_cue_is_not_the_second_part_of_the_quote-1"),
    pytest.param(
        "\u201cThe harbour will stay open all winter,\u201d she said, not even mentioning the storm that closed it.",
        "harbour", {"mention": "she", "text": "\u201cThe harbour will stay open all winter,\u201d"},
        id="a_negated_participle_after_a_split_cue_is_not_the_second_part"),
    pytest.param(
        "The new ferry plan is vague about who would pay, harbour experts say, including a clause they say "
        "could exclude the island villages.", "ferry plan",
        {"mention": "harbour experts", "n_spans": 2},
        id="including_after_a_parenthetical_cue_is_the_second_part"),
    # a real second part still joins
    pytest.param(
        'Pier news. "The pier," he said, is dead and gone.',
        "The pier", {"n_spans": 2},
        id="adjunct_after_a_split_cue_is_not_the_second_part_of_the_quote-2"),
    pytest.param(
        "Pier news. The harbor board saw Tarn Oakley, then 44, as the right mayor for Marlow.",
        "right mayor", {"mention": "The harbor board", "cue": "saw"},
        id="saw_x_as_y_is_a_view_but_saw_him_there_is_not-1"),
    pytest.param(
        "Pier news. All of a sudden, Marlow voters saw that Dana Whitcombe could win.",
        "could win", {"cue": "saw"},
        id="saw_x_as_y_is_a_view_but_saw_him_there_is_not-2"),
    pytest.param(
        "Pier news. She saw him at the pier again in 1999.",
        None, {"no_cue": "saw"},
        id="saw_x_as_y_is_a_view_but_saw_him_there_is_not-3"),
    pytest.param(
        'Pier news. Asked Tuesday about the levy, Dana Whitcombe said "I have not read it."',
        "have not read it", {"speaker": "Dana Whitcombe", "cue": "said"},
        id="asked_with_a_weekday_or_which-1"),
    pytest.param(
        'Pier news. Asked Tuesday about the levy, Dana Whitcombe said "I have not read it."',
        "about the levy", {"mention": None, "cue": "Asked"},
        id="asked_with_a_weekday_or_which-2"),
    pytest.param(
        "Pier news. Asked which pier was his favorite, he demurred: \u201cWhichever one I am on.\u201d",
        "Whichever", {"mention": "he"},
        id="asked_with_a_weekday_or_which-3"),
    pytest.param(
        "Pier news. In all, the harbor committee raised $57,000, Eastvale County records show.",
        "harbor committee raised",
        {"mention": "Eastvale County records", "cue": "show", "text": "In all, the harbor committee raised $57,000"},
        id="post_posed_records_show"),
    pytest.param(
        "Pier news. When she finally saw the mayor, her eyes widened with surprise, he said, and she gripped "
        "his hands at the Marlow pier.",
        "eyes widened",
        {"mention": "he", "cue": "said", "text_start": "When she finally saw the mayor", "n_spans": 2},
        id="parenthetical_cue_inside_an_introduced_sentence"),
    pytest.param(
        "Pier news. If the levy conflicts with the town charter, Dana Whitcombe said, the council must drop it.",
        "council must drop it", {"speaker": "Dana Whitcombe", "text_start": "If the levy conflicts"},
        id="parenthetical_cue_after_an_if_clause"),
    pytest.param(
        "Pier news. Dana Whitcombe once again found herself embroiled in a fight over the Marlow ferry.",
        None, {"no_cue": "found"},
        id="found_with_a_reflexive_is_not_a_finding-1"),
    pytest.param(
        "Pier news. The harbor audit found that the ferry lost money in Marlow.",
        "ferry lost money", {"cue": "found"},
        id="found_with_a_reflexive_is_not_a_finding-2"),
    pytest.param(
        "Pier news. Several Marlow firms have called off projects with the harbor board since the vote.",
        None, {"no_cue": "called"},
        id="called_off_is_not_a_cue"),
    pytest.param(
        "Pier news. Ona Brel won the Marlow primary on Tuesday, adding to her lead over Ivo Brandt.",
        None, {"no_cue": "adding"},
        id="adding_to_a_lead_is_not_a_cue"),
    pytest.param(
        '"It went well," Ona Brel added to reporters on Tuesday.',
        "It went well", {"speaker": "Ona Brel", "cue": "added"},
        id="added_to_the_people_told_is_a_cue"),
    pytest.param(
        "Pier news. The Marlow columnist Tarn Oakley went so far as to say: ''The pier as we know it is over.''",
        "pier as we know it", {"speaker": "Tarn Oakley"},
        id="went_so_far_as_to_say_and_had_this_to_say-1"),
    pytest.param(
        'Pier news. A paper from the Eastvale Institute had this to say about the levy: '
        '"Families at the top gain most."',
        "Families at the top",
        {"mention": "Eastvale Institute"},
        id="went_so_far_as_to_say_and_had_this_to_say-2"),
    pytest.param(
        "Pier news. Tarn Oakley repeated his claim that the ferry would return to Marlow by June.",
        "ferry would return", {"speaker": "Tarn Oakley", "mention": "his", "cue": "claim"},
        id="possessive_pronoun_before_a_noun_cue_is_the_source"),
    pytest.param(
        "Pier news. Tarn Oakley joked that Marlow was his answer, but went on to say, "
        "\u201cThere are places in Eastvale that are worse.\u201d",
        "places in Eastvale", {"speaker": "Tarn Oakley", "cue": "say"},
        id="but_went_on_to_say_takes_the_clause_subject"),
    # '"X," telling reporters ...': the participle is never inverted, even right after a quotation
    pytest.param(
        "Pier news. Dana Whitcombe has hailed the vote as \u201cfantastic,\u201d telling reporters on Friday "
        "that the levy is \u201ca great thing.\u201d",
        "levy is", {"speaker": "Dana Whitcombe", "cue": "telling"},
        id="participle_after_a_quotation_and_subject_after_a_subordinator-1"),
    # "three days after Oakley told the Times ...": the name after the subordinator is the subject
    pytest.param(
        "The levy passed three days after Tarn Oakley told the Harbor Times he was not ready to back it.",
        "not ready to back it", {"speaker": "Tarn Oakley", "cue": "told"},
        id="participle_after_a_quotation_and_subject_after_a_subordinator-2"),
    pytest.param(
        "Pier news. Tarn Oakley, in a statement released by the harbor board on Thursday, said he "
        "\u201cappreciates the professionalism\u201d of the Marlow attorney.",
        "Marlow attorney", {"speaker": "Tarn Oakley", "cue": "said", "text_start": "he \u201cappreciates"},
        id="longer_prepositional_aside_between_speaker_and_cue"),
    # "Even X said ...": "even" opens the clause before its subject noun phrase
    pytest.param(
        "Even the organizer of a pro-Oakley rally in Marlow said the city's rules made trouble more likely.",
        "rules made trouble", {"mention": "the organizer of a pro-Oakley rally in Marlow", "cue": "said",
                               "text": "the city's rules made trouble more likely"},
        id="even_before_the_subject_noun_phrase"),
    # A determiner-less plural subject with its prepositional phrase ("protest organizers in X say")
    pytest.param(
        "But protest organizers in Marlow say that the new rules will only make clashes more likely.",
        "new rules", {"mention": "protest organizers in Marlow", "cue": "say",
                      "text": "that the new rules will only make clashes more likely"},
        id="bare_plural_subject_with_its_prepositional_phrase-1"),
    pytest.param(
        "Indeed, proponents of tighter harbor rules in Marlow say there is a direct link between the levy and "
        "the closures.",
        "direct link", {"mention": "proponents of tighter harbor rules in Marlow", "cue": "say"},
        id="bare_plural_subject_with_its_prepositional_phrase-2"),
    # ... but a plural noun before a cue in -ed is read as a participle ("controls designed to ...")
    pytest.param(
        "Arrivals in Marlow keep rising, with over 3,000 settlers expected this year from Eastvale, Northam "
        "and Lanford.",
        None, {"no_cue": "expected"},
        id="bare_plural_before_a_participle_is_not_a_subject-1"),
    pytest.param(
        "Although advances in ferry technology allowed Marlow to automate many crossings during the strike, "
        "the pier stayed shut.",
        None, {"no_cue": "allowed"},
        id="bare_plural_before_a_participle_is_not_a_subject-2"),
    # An appositive naming the speaker's tie to another person: the speaker is the name before it.
    pytest.param(
        "''We do not believe troops are the answer,'' Dana J. Ames, Mr. Vell's deputy security adviser, said.",
        "troops are", {"mention": "Dana J. Ames", "speaker": "Dana J. Ames", "cue": "said"},
        id="appositive_of_someones_office-1"),
    pytest.param(
        "\u201cIt is hard,\u201d Tina Ruiz, Mrs. Vell\u2019s chief of staff, said in an interview.",
        "It is hard", {"mention": "Tina Ruiz", "speaker": "Tina Ruiz"},
        id="appositive_of_someones_office-2"),
    # "which" after an organisation in an appositive: the speaker is the person holding the office.
    pytest.param(
        "Dana Ames, president of the Eastvale Harbour Union, which represents dock workers, said the strike "
        "would end on Friday.",
        "strike", {"mention": "Dana Ames", "speaker": "Dana Ames", "cue": "said"},
        id="office_in_an_organisation_described_by_which"),
    # A date written with slashes is one word of the speaker's description.
    pytest.param(
        '"We will not give up," said 9/11 widow Dana Ames.',
        "not give up", {"mention": "9/11 widow Dana Ames", "speaker": "Dana Ames"},
        id="slash_date_in_a_description"),
    # An adverb between the subject and the cue is not part of the subject.
    pytest.param(
        "Dana Whitcombe, the harbour master, now says that the pier will reopen in May.",
        "pier will", {"mention": "Dana Whitcombe", "cue": "says"},
        id="adverb_between_subject_and_cue-1"),
    pytest.param(
        "Asked about the closures, Ines Varga instead told reporters that the levy should stay.",
        "levy should", {"mention": "Ines Varga", "cue": "told"},
        id="adverb_between_subject_and_cue-2"),
]


@pytest.mark.parametrize("text,needle,expected", SUBJECT_CASES)
def test_subject(text, needle, expected):
    """The speaker and content found in a harder sentence."""
    check_quotes(text, needle, expected, speakerless=True)  # the rules, sourceless readings included


def test_appositive_ending_in_a_quoted_title_keeps_the_speaker_before_it():
    # 'Name, host of XBN's "Show," suggested ...': the title is not a quotation, the speaker is the name
    text = ("Pier news.\n\nDana Whitcombe, host of XBN\u2019s \u201cHarbor Lights,\u201d suggested town manager "
            "Ellis Parr\u2019s refusal to repair the pier could cost him the election.\n\nMore news.")
    q = one_quote(text, "refusal to repair the pier")
    assert q.speaker == "Dana Whitcombe" and q.mention == "Dana Whitcombe" and q.cue == "suggested"
    assert not any("Harbor Lights" in x.text for x in extract_quotes(text))
    # a real quotation before an inverted cue is unaffected
    q = one_quote('Pier news. "We will fix it," said Dana Whitcombe.', "We will fix it")
    assert q.speaker == "Dana Whitcombe" and q.direct


def test_noun_compounds_of_cue_words_are_not_cues():
    # "a conference call", "the roll-call vote", "a strong showing": nouns, not speech verbs
    texts = [
        "Dana Whitcombe held a conference call with pier workers on Monday to discuss repairs.",
        "The council began the roll-call vote on the ferry levy after lunch in Eastvale.",
        "After a strong showing in Eastvale, the ferry levy moved to the county board.",
    ]
    for text in texts:
        assert not any(q.cue and q.cue.lower() in ("call", "calls", "showing") for q in extract_quotes(text)), text
    q = one_quote("Tarn Oakley calls the levy a tax on fishermen.", "tax on fishermen")
    assert q.cue == "calls" and q.speaker == "Tarn Oakley"


def test_quotation_inside_an_aside_or_intro_before_the_speaker_is_not_the_content():
    # 'Name, citing "X," said Y' / 'Name, who called it "X," said Y': the speaker is the name, the content Y
    for text in ("Pier news. Mr. Tarn Oakley, citing \u201cthe stubborn tides of Eastvale,\u201d said the "
                 "ferry levy could pass in the spring.",
                 "Pier news. Tarn Oakley, who called it ''a fisherman's tax,'' said the ferry levy "
                 "could pass in the spring."):
        q = one_quote(text, "ferry levy could pass")
        assert q.speaker == "Tarn Oakley" and q.cue == "said" and not q.direct
        assert "Tarn Oakley" not in q.text
    # 'Walking in to chants of "X," the mayor said Y': the intro's quotation is not what was said
    text = ("Walking into the pier office to chants of \u201cDana! Dana!,\u201d the mayor said her campaign "
            "was closing strong in Eastvale.")
    q = one_quote(text, "campaign was closing strong")
    assert q.mention == "the mayor" and q.cue == "said"
    assert not any("Walking" in x.text for x in extract_quotes(text))


def test_appositive_subject_before_called_and_state_of_mind_participles():
    # "Ames (R-Elm.), also a candidate, called the plan ...": an active cue after an appositive, not "X, called Y"
    text = ("Sen. Dana Whitcombe (R-Elm.), also a ferry board candidate, called the levy \u201cabsurd\u201d "
            "in a post on Sunday.")
    q = one_quote(text, "absurd")
    assert q.speaker == "Dana Whitcombe" and q.cue == "called"
    # "a group, called X, ...": still a name, not an attribution with a speaker
    assert not any(q.speaker for q in extract_quotes("The new pier group, called Eastvale First, held a rally."))
    # "Oakley is convinced that ...": the subject of a state-of-mind participle is the source
    q = one_quote("Pier news. But Mr. Tarn Oakley is convinced that the ferry will return to Marlow.",
                  "ferry will return")
    assert q.speaker == "Tarn Oakley" and q.cue == "convinced"
    # inside what someone said, it is not a second attribution
    qs = extract_quotes("Pier news. Marlow organizers said they are worried that the levy could fail in Eastvale.")
    assert [q.cue for q in qs] == ["said"]


def test_quotation_inside_an_intro_clause_is_not_lead_content_when_the_cue_has_its_own():
    text = ("Despite his claims that he had fixed the ''old pier,'' on Tuesday night he said it still posed "
            "''a real danger'' to Marlow.")
    qs = [q for q in extract_quotes(text) if q.cue == "said"]
    # a mixed quote: the clause, and its quotation as a direct quote of the same cue
    assert [q.form for q in qs] == ["indirect", "direct"] and {q.mention for q in qs} == {"he"}
    assert qs[0].text.startswith("it still posed") and qs[1].text == "''a real danger''"
    for q in qs:
        spans_ok(text, q)
    # a bare quotation before its speaker is still the content
    q = one_quote('Pier news. "We will win" he said on Monday.', "We will win")
    assert q.mention == "he" and q.direct


def test_second_share_after_while_is_its_own_speaker():
    text = "Pier news. 74 percent said they back the ferry levy, while 22 percent said they might change their mind."
    qs = [x for x in extract_quotes(text) if x.mention == "22 percent"]
    assert len(qs) == 1 and qs[0].text == "they might change their mind"


def test_short_name_colon_heading_is_not_speech():
    text = ("Pier news.\n\nThe race in Marlow is tight.\n\nWhitcombe: Now or never\n\n"
            "Oakley: We will rebuild the pier before the summer.")
    qs = extract_quotes(text)
    assert not any(q.text == "Now or never" for q in qs)
    assert any(q.speaker == "Oakley" and "rebuild the pier" in q.text for q in qs)


def test_the_quotation_of_a_mixed_quote_is_a_direct_quote_with_the_same_speaker():
    text = ("Pier news. Dana Whitcombe has hailed the vote as \u201cfantastic,\u201d telling reporters on Friday "
            "that the levy is \u201ca great thing.\u201d")
    parts = [q for q in extract_quotes(text) if q.cue == "telling"]
    assert [q.form for q in parts] == ["indirect", "direct"]
    assert parts[1].text == "\u201ca great thing.\u201d" and {q.speaker for q in parts} == {"Dana Whitcombe"}


def test_a_participle_with_its_object_is_not_the_speaker():
    # "engaging in what critics described": an adjunct before the cue, not a speaker
    check_quotes("Pier news. The mayor has been busy, engaging in what critics described as a charm offensive.",
                 None, {"no_quotes": True})


def test_a_participles_subject_is_the_whole_title_and_name():
    text = "Democratic mayoral nominee Ona Brel spoke on Monday, saying that the harbor should reopen."
    (q,) = extract_quotes(text)
    assert (q.speaker, q.mention) == ("Ona Brel", "Democratic mayoral nominee Ona Brel")


def test_a_state_ending_an_address_is_never_the_speaker_whatever_found_it():
    text = ("At a rally in Eastvale, Alabama, on Saturday, fans booed a heckler, with Ames Porter reportedly "
            "yelling: \u201cGet him out of here!\u201d")
    assert all(q.speaker != "Alabama" for q in extract_quotes(text, speakerless=True))


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first_name():
    text = ("Sens. Ona Brel (D-Elm.) and Tomas Vell (D-Elm.) questioned the harbor chief. "
            "\u201cYou knew about the leak,\u201d Brel said.")
    quote = next(q for q in extract_quotes(text) if q.direct)
    assert quote.speaker == "Ona Brel"


@pytest.mark.parametrize("text, speaker", [
    ("The Center for Harbor Studies said the levy was unfair.", "Center for Harbor Studies"),
    ("Boaters for Clean Harbors said the levy was unfair.", "Boaters for Clean Harbors"),
    ("The Committee for a Fair Eastvale Levy said the levy was unfair.", "Committee for a Fair Eastvale Levy"),
])
def test_an_organisations_name_with_for_is_the_speaker_whole(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_name_ending_in_an_office_word_is_no_description_of_a_person():
    text = ("Justice Ona Brel heard the case. The Eastvale Center for Justice said the levy was unfair.")
    assert [q.speaker for q in extract_quotes(text)] == ["Eastvale Center for Justice"]


def test_a_relative_clause_after_an_organisation_in_an_appositive_leaves_the_person_the_speaker():
    text = ("Tomas Vell, a former harbor official who is now a fellow at the Center for Harbor Studies, which "
            "works on ports, said that the levy was unfair.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Vell"]


@pytest.mark.parametrize("text, speaker", [
    ("Even Norland, Eastvale's only ally and its lifeline to the world, said it opposed the test.", "Norland"),
    ("Ines Varga of Harborbank, Eastvale's largest private bank, warned that the levy would fail.", "Ines Varga"),
])
def test_a_possessive_appositive_leaves_the_name_before_it_the_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]
