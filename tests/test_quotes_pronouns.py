"""Pronouns and descriptions: "he", "she", "they", "the ambassador" name the most recent person
the article makes fit (gender from honorifics and roles, offices from titles and appositives).
Texts written for the tests, invented people and places."""
from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes

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
    pytest.param('"No," said Ola Berg. Ona Brel, Democrat of Eastvale, and Ivo Brandt, Republican of Lanford, '
                 'met on Thursday. "The program has become plagued by fraud," they wrote.', "plagued",
                 {"speaker": "Ona Brel and Ivo Brandt"}, id="they_names_two_people_joined_with_their_appositives"),
    pytest.param("Proponents, including the Eastvale Harbor League, have urged the council to keep the levy, although "
                 "they say they support some changes.", "support some changes", {"speaker": "Proponents"},
                 id="they_names_a_plural_speaker_of_its_sentence"),
    pytest.param("Critics of the levy, like Ona Brel, Democrat of Eastvale, and Ivo Brandt, Republican of Lanford, see "
                 "the vote as a chance to fix it. They told the council on Thursday that it was broken.\n\n"
                 '"The levy has become a burden," they wrote.', "burden", {"speaker": "Ona Brel and Ivo Brandt"},
                 id="they_names_the_pair_the_last_speaker_was_named_in_and_goes_on"),
    pytest.param('"No," said Ola Berg.\n\nBut Mr. Carlos Ruiz and Ms. Nia Abara say other changes are needed.\n\n'
                 "The levy, which began in 1990, has grown well beyond its aim, they say.", "grown well beyond",
                 {"speaker": "Carlos Ruiz and Nia Abara"},
                 id="they_names_the_pair_of_the_last_speaker_past_plural_nouns_of_what_they_said"),
    pytest.param('Port officials said on Monday that the dam would hold. Inspectors visited the site on Tuesday. '
                 '"The cracks are small," they said.', "cracks are small", {"speaker": None},
                 id="they_skips_a_plural_speaker_when_another_plural_subject_came_since"),
    pytest.param('Port officials said the dam would hold. The river rose on Monday. The mayor toured the banks on '
                 'Tuesday. "We are ready," they said.', "We are ready", {"speaker": None},
                 id="they_names_no_plural_speaker_of_sentences_further_back"),
    pytest.param("Tomas Vell spoke in Eastvale on Monday. Friends of Mr. Vell who have seen him recently say he is "
                 "calmer now. He may not win the room, they say, but he is steady.", "win the room",
                 {"speaker": "Friends of Mr. Vell"}, id="they_after_friends_of_a_person_names_the_friends"),
    pytest.param("The Norvale Shipping Company said on Monday that the dock would reopen. The company said repairs "
                 "would cost $2 million.", "repairs", {"speaker": "Norvale Shipping Company", "mention": "The company"},
                 id="the_company_names_the_company_that_spoke_just_before"),
    pytest.param("Officials at Norvale Port Authority said the pier was unsafe. In a memo, the agency said it would "
                 "close the pier.", "close the pier", {"speaker": "Norvale Port Authority"},
                 id="the_agency_names_the_organisation_whose_officials_spoke"),
    pytest.param("The Eastvale Transport Department said the bridge was safe. The company said it would appeal.",
                 "appeal", {"speaker": "The company"}, id="the_company_is_never_a_department"),
    pytest.param("The Norvale Shipping Company said on Monday that the dock would reopen. The river rose on Tuesday. "
                 "Ferries stopped on Wednesday. The company said repairs would cost $2 million.", "repairs",
                 {"speaker": "The company"}, id="the_company_names_no_organisation_of_sentences_further_back"),
    pytest.param("Ona Brel said the dock would reopen. The company said repairs would cost $2 million.", "repairs",
                 {"speaker": "The company"}, id="the_company_is_never_a_person"),
    pytest.param('"The levy is unfair," said Nia Abara, a lawyer from Eastvale, who added that it would be repealed.',
                 "repealed", {"speaker": "Nia Abara", "mention": "who"},
                 id="who_after_the_last_speakers_mention_names_that_speaker"),
    pytest.param("The council met Tomas Vell, who said the pier would close.", "pier would close",
                 {"speaker": "Tomas Vell", "mention": "who"}, id="who_names_the_person_named_just_before"),
    pytest.param("Ona Brel, the harbor commissioner who said last week that the pier would close, left early.",
                 "pier would close", {"speaker": "Ona Brel"}, id="who_names_the_person_past_an_appositive"),
    pytest.param("Dana Ames, an adviser to Ola Berg's campaign who said the levy would pass, spoke on Monday.",
                 "levy would pass", {"speaker": "Dana Ames"}, id="who_skips_a_possessive_name_in_the_appositive"),
    pytest.param("Ines Varga spoke to farmers in Port Norvale, who said the dam would hold.", "dam would hold",
                 {"speaker": "farmers in Port Norvale"}, id="who_never_names_a_place"),
    pytest.param("Despite Ona Brel's warning, the council voted. Brel said the levy would fail.", "levy would fail",
                 {"speaker": "Ona Brel"}, id="a_name_at_the_start_of_a_sentence_leaves_out_a_preposition_before_it"),
    pytest.param("Even Tomas Vell agreed. Vell said the pier would close.", "pier would close",
                 {"speaker": "Tomas Vell"}, id="a_name_at_the_start_of_a_sentence_leaves_out_an_adverb_before_it"),
    pytest.param('"Top lawmakers" met Ona Brel on Monday, and top lawmakers said the bill was dead.',
                 "bill was dead", {"speaker": "top lawmakers"}, id="a_plural_description_is_not_one_person"),
    pytest.param('Dana Ames on Wednesday called on Ola Berg to apologize to the council.\n\n"That was outrageous," '
                 "the former campaign strategist said in an interview.", "outrageous",
                 {"speaker": "Dana Ames"}, id="a_description_names_the_last_speaker_when_the_subject_before"),
    pytest.param('Ines Varga spoke on Tuesday about the flood.\nOn the radio, the former harbour minister and current '
                 'Green Party nominee said she wanted to speak "directly to farmers."', "wanted",
                 {"speaker": "Ines Varga"}, id="a_bare_office_after_and_names_the_subject_before"),
    pytest.param('Ines Varga spoke on Tuesday about the flood. A spokesman said the dam would hold.', "dam would hold",
                 {"speaker": "A spokesman"}, id="an_indefinite_description_names_someone_new"),
    pytest.param('Ines Varga spoke on Tuesday about the flood.\n\n___\n\nThe candidate said the dam would hold.',
                 "dam would hold", {"speaker": "The candidate"}, id="no_description_across_a_section_break"),
    pytest.param('"The mayor lost," Tomas Vell concluded.\n\nOla Berg at the Eastvale Review agreed with Vell.\n\n'
                 '"The mayor won easily," he wrote.', "won easily", {"speaker": "Ola Berg"},
                 id="he_never_names_an_organisation"),
    pytest.param("Dana Ames on Wednesday called on Ola Berg to apologize.\n\nBerg's lawyer said the call was unfair.",
                 "unfair", {"speaker": "Berg's lawyer"}, id="a_description_tied_to_another_person_names_someone_new"),
    pytest.param("Secretary of State Tomas Brenner, who arrived Wednesday, said the talks would go on. "
                 "The top diplomat added that more work was needed.", "more work", {"speaker": "Tomas Brenner"},
                 id="an_office_with_of_before_the_name_makes_the_subject"),
    pytest.param("Dana Ames spoke on Monday.\n\nHis spokesman said the mayor would not resign.", "resign",
                 {"speaker": "His spokesman"}, id="his_spokesman_is_someone_else"),
    pytest.param("Dana Ames spoke on Monday. A senior council official said the levy would stay. The official added "
                 "that the ferry would run.", "ferry", {"speaker": "The official"},
                 id="the_official_after_an_official_is_that_unnamed_one"),
    pytest.param("Dana Ames spoke on Monday. The woman said the levy would stay.", "levy",
                 {"speaker": "The woman"}, id="a_gendered_noun_needs_a_person_known_to_fit"),
    pytest.param("Dana Ames called on Corin Dean to apologize.\n\nDean, a doctor, said the remark was fair.", "fair",
                 {"speaker": "Corin Dean"}, id="a_surname_that_is_also_a_title_is_a_name_at_the_end_of_a_run"),
    pytest.param('Tomas Vell said Dana Ames was right when she said Wednesday that "the bridge has been left to rot."',
                 "left to rot", {"speaker": "Dana Ames", "mention": "she"},
                 id="she_after_when_names_the_subject_of_the_reported_clause"),
    pytest.param('Tomas Vell said Dana Ames was right, and he said Wednesday that "the bridge has been left to rot."',
                 "left to rot", {"speaker": "Tomas Vell", "mention": "he"},
                 id="he_after_and_goes_on_with_the_main_subject"),
    # A headline's capitalised run is not a name: "Clinton" stays Nia Clinton, not the headline.
    pytest.param('Tomas Vell Calls Nia Clinton "A Disgrace" Over Bridge Remarks.\n\nGov. Tomas Vell described '
                 'Nia Clinton as a "disgrace."\n\nOn Tuesday, Clinton criticized the bridge inspectors.',
                 "the bridge inspectors", {"speaker": "Nia Clinton"}, id="a_headline_run_is_not_a_name"),
    # ... but the names in it are names: the body may give only the surname.
    pytest.param('Nia Abara Goes After Tomas Vell Over Bridge Tolls.\n\nOn Monday night, Abara leaned in hard. '
                 '"Why won\u2019t he release the audit?" she said.', "release the audit",
                 {"speaker": "Nia Abara", "mention": "she"}, id="a_headline_gives_its_names"),
    # A pronoun inside a clause ("after she ...") may name the object: it teaches no gender.
    pytest.param('Westmark Gov. Tomas Vell described Democratic presidential nominee Nia Abara as a '
                 '\u201cdisgrace\u201d after she attacked law enforcement officers nationwide.\n\n'
                 'Protests broke out after Ivo Brandt, 43, was killed by police.\n\n'
                 'Brandt was shot after he allegedly brandished a pistol.\n\nVell, who has '
                 'campaigned for Dana Ames since he ended his own campaign, blasted Abara as a \u201cdisgrace\u201d '
                 'Wednesday.\n\n\u201cShe\u2019s a disgrace, and those comments are a disgrace,\u201d he said.',
                 "those comments", {"speaker": "Tomas Vell", "mention": "he"},
                 id="a_pronoun_inside_a_clause_teaches_no_gender"),
    pytest.param("Tomas Vell has run the Eastvale harbor council since 2019.\n\nHarbor Safety.\n\nLimited Tools to "
                 "Fight Smuggling: The council has few powers. And in recent months, he said the fines were too low.",
                 "fines were", {"speaker": "Tomas Vell"}, id="a_section_heading_or_run_in_head_is_not_a_person"),
    pytest.param('President Tomas Vell condemned the test. N. Korea said the test was its biggest.\n\n'
                 '"We will not accept it," he said.', "not accept", {"speaker": "Tomas Vell"},
                 id="an_abbreviated_country_is_not_a_person"),
    pytest.param('"This is a waste of time," said Del. Ona Brel of the Eastvale Islands.', "waste of time",
                 {"speaker": "Ona Brel"}, id="a_delegate_of_a_place_is_the_person_not_the_place"),
    pytest.param('Lina Varga, the mayor, spoke on Monday. Her husband, Tomas Varga, stayed home. '
                 '"We will rebuild the harbor," Ms. Varga said.', "rebuild the harbor",
                 {"speaker": "Lina Varga"}, id="ms_names_the_woman_of_two_people_who_share_a_surname"),
    pytest.param('Lina Varga, the mayor, spoke on Monday. Tomas Varga, a farmer, stayed home. '
                 '"It is good," Mr. Varga said. "Very good," she added.', "Very good",
                 {"speaker": "Lina Varga"}, id="she_after_mr_names_the_woman_who_shares_his_surname"),
    pytest.param('Tomas Varga spoke on Monday. Lina Varga can be heard saying that the bridge was closed. '
                 '"Stop the car," she says.', "Stop the car",
                 {"speaker": "Lina Varga"}, id="a_relative_named_in_full_is_herself_not_the_first_named"),
    pytest.param('The video was first aired by Norvale Broadcasting Network, the network said. '
                 '"Stop," she says.', "Stop", {"speaker": None}, id="she_is_never_an_organisation"),
    pytest.param("Ona Brel spoke on Monday. Advisers to Ms. Brel say the levy will pass.", "levy will pass",
                 {"speaker": "Advisers to Ms. Brel"}, id="people_tied_to_a_person_are_not_the_person"),
    pytest.param("Ona Brel spoke on Monday. A spokesman for Ms. Brel said the levy would pass.", "levy would pass",
                 {"speaker": "A spokesman for Ms. Brel"}, id="a_spokesman_for_a_person_is_not_the_person"),
    pytest.param("Former secretary of state Ona Brel said the levy would pass.", "levy would pass",
                 {"speaker": "Ona Brel"}, id="an_office_of_a_state_before_a_name_is_the_persons_title"),
    pytest.param('Liberals Elena Varga and Ona Brel are in their 70s. "We will stay," Varga said.', "We will stay",
                 {"speaker": "Elena Varga"}, id="a_plural_noun_before_a_first_name_is_no_part_of_the_name"),
    pytest.param('Donald Brel spoke to the council on Monday. "The levy hurts us," she said.', "levy hurts",
                 {"speaker": None}, id="she_is_not_a_man_by_his_first_names_usual_gender"),
    pytest.param('Maria Lund spoke to the council on Monday. "The levy hurts us," she said.', "levy hurts",
                 {"speaker": "Maria Lund"}, id="she_is_a_woman_by_her_first_names_usual_gender"),
    pytest.param('"We will win," Ona Brel said.\n\nAsked about the levy, the Eastvale senator said that it would '
                 'pass.', "it would pass", {"speaker": "Ona Brel"},
                 id="an_epithet_with_no_office_given_names_the_last_speaker"),
    pytest.param('"We will win," Ona Brel said.\n\nAsked about the levy, the mayor\u2019s spokesman said that it '
                 'would pass.', "it would pass", {"speaker": "the mayor\u2019s spokesman"},
                 id="someone_described_by_a_tie_to_another_is_not_the_last_speaker"),
    pytest.param('"We will win," Ona Brel said.\n\nThe person said that the levy would pass.', "levy would pass",
                 {"speaker": "The person"}, id="an_unnamed_source_is_not_the_last_speaker"),
    pytest.param('Odile Marchetti, a reporter, spent a week in Eastvale. "I would," Melanie said to the screen.\n\n'
                 'The broadcast ran late.\n\n"You winning?" she said.', "winning", {"speaker": "Melanie"},
                 id="she_names_the_woman_called_by_her_first_name_alone"),
    pytest.param('The Harbor Council said the spill was a violation. "The members will meet on Monday," they said.',
                 "will meet", {"speaker": "Harbor Council"}, id="they_names_a_body_that_spoke_just_before"),
    pytest.param('"We agree," said Kiri Taumata after meeting President Vell. "It went well," Vell said. '
                 'He called the plan "a good start."', "good start", {"speaker": "Vell"},
                 id="he_names_the_titled_surname_that_spoke_last"),
    pytest.param('"We will appeal," said Nia Abara. In a statement issued Tuesday, harbor commissioner Odile '
                 'Marchetti was more careful. "The ruling is regrettable," she said.', "regrettable",
                 {"speaker": "Odile Marchetti"}, id="a_subject_after_an_opening_adjunct_and_an_office_is_the_subject"),
    pytest.param('"We will wait," said Ivo Brandt. Later, Brent Ames III took the floor. "We will not," Ames said. '
                 '"The vote is Tuesday," he added.', "Tuesday", {"speaker": "Brent Ames III"},
                 id="a_name_ending_in_a_suffix_is_the_last_person_for_he"),
    pytest.param('Tomas Vell bought the Eastvale pier in 2012. "It was a bargain," he said. '
                 'The real estate mogul listed the pier as a liability.', "liability", {"speaker": "Tomas Vell"},
                 id="the_real_estate_mogul_names_the_person_named_before"),
    pytest.param("Voters fear the Harbor Guild, voters in Eastvale say. Just 28 percent of voters said they "
                 "trusted the council.", "trusted", {"speaker": "Just 28 percent of voters"},
                 id="a_group_noun_after_a_name_gives_it_no_office"),
]


@pytest.mark.parametrize("text, needle, expected", PRONOUN_CASES)
def test_pronouns_and_descriptions_resolve(text, needle, expected):
    check_quotes(text, needle, expected)


def test_a_short_form_in_the_alias_table_is_the_full_name(monkeypatch):
    # (an invented alias: the shipped table names real people, whose words the tests never invent)
    from toolkit.quotes import extract_quotes, speakers

    monkeypatch.setitem(speakers.NAME_ALIASES, "DWA", "Dana Whitcombe Ames")
    (quote,) = extract_quotes("DWA said the Lanford bridge would reopen in May.")
    assert (quote.mention, quote.speaker) == ("DWA", "Dana Whitcombe Ames")


def test_the_alias_table_is_shared_with_people():
    from toolkit.people.names import default_aliases
    from toolkit.quotes.lexicon import NAME_ALIASES

    assert NAME_ALIASES == default_aliases() and NAME_ALIASES


def test_a_museum_or_a_place_is_never_the_person_a_pronoun_names():
    text = ("EASTVALE -- Mayor Dana Whitcombe, opening the Harbour Museum of Eastvale History on Saturday, said "
            "the museum would tell the town's story. She spoke near the Eastvale Monument.\n\n"
            "\"It belongs to everyone,\" she said.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes if "belongs" in q.text] == ["Dana Whitcombe"]
    assert all(q.speaker not in ("Harbour Museum", "Eastvale Monument") for q in quotes)


def test_a_place_is_not_a_person_and_a_contracted_pronoun_is_a_pronoun():
    text = ("Mayor Dana Whitcombe flew to New Carlow on Monday. \"We will rebuild,\" she said.\n\n"
            "Mayor Whitcombe's critics disagree. She\u2019s said the levee will hold, a report said.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes if "rebuild" in q.text] == ["Dana Whitcombe"]
    assert [q.speaker for q in quotes if "levee" in q.text] == ["Dana Whitcombe"]


def test_a_description_with_an_of_phrase_names_the_person_holding_the_office():
    text = ("Foreign Minister Ana Velt of Tessaly and Secretary of State Oren Malk met on Thursday. "
            "Ms. Velt spoke first.\n\n\"We are making progress,\" the secretary of state said.\n\n"
            "\"We agree,\" the foreign minister of Tessaly said.")
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers == {'"We are making progress,"': "Oren Malk", '"We agree,"': "Ana Velt"}


def test_a_one_name_person_with_an_honorific_is_the_person_he_names():
    text = ("Oren Halloway, of Eastvale, said the pier was unsafe. \"It is old,\" he said.\n\n"
            "Mr. Vell spoke of the harbour. He said he had watched the pier rise. \"We will fix it,\" he said.")
    speakers = {q.text: q.speaker for q in extract_quotes(text)}
    assert speakers['"We will fix it,"'] == "Vell"


def test_a_name_suffix_does_not_hide_the_surname():
    text = "Tomas R. Vell Jr. opened the pier. \"It is ready,\" Mr. Vell said."
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas R. Vell Jr."]  # the suffix keeps its full stop


def test_a_name_run_on_into_a_place_is_the_name_and_the_place():
    from toolkit.quotes.document import Document
    from toolkit.quotes.speakers import article_names

    text = "Voters in Sumter say Sen. Tomas Vell South Carolina will decide it. Vell said so on Monday."
    full = article_names(Document(text, None))["full"]
    assert full["vell"] == "Tomas Vell" and "Tomas Vell South Carolina" not in full.values()


def test_a_possessive_in_an_appositive_tells_nothing_of_the_persons_gender():
    text = ("Ona Brel spoke on Monday, saying the harbor plan was late. Ivo Brandt, her opponent, said he "
            "thought that the plan was a costly mistake.")
    nested = [q for q in extract_quotes(text, thoughts=True) if q.mention == "he"]
    assert [(q.text, q.speaker) for q in nested] == [("that the plan was a costly mistake", "Ivo Brandt")]


@pytest.mark.parametrize("text", [
    "Prime Minister Odile May said the port would reopen.",
    '"The port will reopen," said Odile May.',
    "Odile May also said the port would reopen.",
])
def test_a_surname_spelt_like_a_month_or_a_modal_is_the_surname(text):
    assert [q.speaker for q in extract_quotes(text)] == ["Odile May"]


def test_a_headlines_modal_is_no_surname():
    quotes = extract_quotes("Ona Brel May Not Have Backed The Harbor Plan\n\nOna Brel said the plan was sound.")
    assert "Ona Brel May" not in [q.speaker for q in quotes]


@pytest.mark.parametrize("text, speaker", [
    ("Ona Brel refused to pay an architect who said he was owed $40,000.", "an architect"),
    ("The council turned to the Eastvale Harbor Board, which reported 2,521 ship arrivals.",
     "the Eastvale Harbor Board"),
    ("Brel's relatives, who asked to see the video, said it was unclear.", "Brel's relatives"),
])
def test_who_or_which_with_no_person_before_names_the_noun_phrase_before_it(text, speaker):
    assert speaker in [q.speaker for q in extract_quotes(text)]


def test_which_after_a_thing_names_no_speaker():
    quotes = extract_quotes("The port switched on its new crane, which showed that the cargo was heavy.")
    assert [q.speaker for q in quotes if q.mention == "which"] in ([], [None])


def test_who_after_the_last_noun_of_a_list_names_no_speaker():
    quotes = extract_quotes("Editor's note: Ivo Brandt is a liar, braggart and bully who has repeatedly "
                            "pledged that he would close the harbor to all boats.", speakerless=True)
    assert quotes, "the pledge is still read as reported speech"
    assert all(q.speaker != "bully" for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    ('Tomas Vell and his wife, Nia, walked the harbor. "We came early," Tomas said.', "Tomas Vell"),
    ('The ferry left Tomas in Lanford. "We came early," Tomas said.', "Tomas"),  # "in Tomas": a place
    ('Tomas Vell met Tomas Ruiz. "We came early," Tomas said.', "Tomas"),  # two Tomases: no guess
])
def test_a_first_name_alone_names_the_articles_only_person_with_it(text, speaker):
    quote = next(q for q in extract_quotes(text) if "came early" in q.text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Eastvale Harbor Board said the fees would rise. It added, "We have no choice."', "Eastvale Harbor Board"),
    ('The fees will rise, the Courier said. It added, "We saw it coming."', "the Courier"),
])
def test_it_names_the_organisation_that_spoke_just_before(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.direct)
    assert (quote.mention, quote.speaker) == ("It", speaker)


def test_it_is_unclear_names_no_one():
    text = 'The Eastvale Harbor Board said the fees would rise. It\'s unclear whether "the fees" include docking.'
    assert all(q.speaker != "Eastvale Harbor Board" for q in extract_quotes(text) if q.mention == "It's")


def test_an_adverb_between_it_and_the_cue_is_no_part_of_the_mention():
    quote = extract_quotes('"The fees will rise," it further wrote.')[0]
    assert quote.mention == "it"


@pytest.mark.parametrize("body", ["Eastvale Black Caucus", "Lanford State Legislature", "Norvale Chamber"])
def test_he_never_names_a_body_whose_name_ends_in_an_organisation_word(body):
    quote = next(q for q in extract_quotes(f'The {body} met on Monday. "It will pass," he said.') if q.direct)
    assert quote.speaker != body


@pytest.mark.parametrize("text", [
    "Republican Tomas Vell said the port would reopen. Vell spoke in Eastvale.",
    "Understated Vell raises his profile\n\nTomas Vell said the port would reopen. Vell spoke in Eastvale.",
])
def test_a_party_word_or_a_headlines_adjective_is_no_part_of_the_name(text):
    from toolkit.quotes.document import Document
    from toolkit.quotes.speakers import article_names

    assert article_names(Document(text, None))["full"]["vell"] == "Tomas Vell"


def test_an_organisation_after_a_name_gives_the_person_no_office():
    text = "Democrat Tomas Vell, the Harbor party chief, lost. Later, the party decided it needed new leaders."
    quote = next(q for q in extract_quotes(text) if "new leaders" in q.text)
    assert quote.speaker != "Tomas Vell"


