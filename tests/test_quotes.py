"""Tests for toolkit.quotes: texts written for the tests, invented people, plus the seed article."""
from __future__ import annotations

import datetime as dt

import pytest

import toolkit as tk
from toolkit.model import Article, Quote
from toolkit.quotes import QUOTE_COLUMNS, extract_quotes, quotes_frame

from _checks import assert_quote_spans


def _spans_ok(text: str, q: Quote) -> None:
    """Every offset a Quote reports indexes the text."""
    assert_quote_spans(text, [q])


def _one(text: str, needle: str) -> Quote:
    qs = [q for q in extract_quotes(text) if needle in q.text]
    assert len(qs) == 1, [q.text for q in extract_quotes(text)]
    _spans_ok(text, qs[0])
    return qs[0]


# ---------------------------------------------------------------------------------------------
# Direct quotes

def test_direct_curly_post_posed_cue():
    text = "“The bridge will open in May,” Mayor Dana Whitcombe said on Tuesday."
    q = _one(text, "bridge")
    assert q.direct and q.speaker == "Dana Whitcombe" and q.cue == "said"
    assert q.text == "“The bridge will open in May,”"
    assert q.role == "Mayor"


def test_direct_straight_marks_inverted_with_appositive_role():
    text = '"We counted every ballot twice," said Priya Okonkwo, director of the Halvard Institute at Brenmoor College.'
    q = _one(text, "ballot")
    assert q.speaker == "Priya Okonkwo"
    assert q.mention == "Priya Okonkwo"
    assert q.role == "director of the Halvard Institute at Brenmoor College"


def test_split_quote_is_one_quote_with_two_spans():
    text = "“The tunnel is safe,” she said, “and it will stay open all winter.”"
    q = _one(text, "tunnel")
    assert len(q.spans) == 2
    assert text[q.spans[1][0]:q.spans[1][1]].startswith("“and it will")
    assert q.mention == "she"


def test_colon_introduction_across_paragraphs():
    text = ("Councillor Ezra Vantongeren told the committee:\n\n"
            "“Nobody here has read the contract, and nobody will sign it.”")
    q = _one(text, "contract")
    assert q.direct and q.speaker == "Ezra Vantongeren"


def test_quote_continued_across_paragraphs():
    text = ("“The first phase is finished,” said Marta Ilves, the project manager. “The second starts in June.\n\n"
            "“After that we will need more money.”")
    qs = extract_quotes(text)
    for q in qs:
        _spans_ok(text, q)
    last = [q for q in qs if "more money" in q.text]
    assert len(last) == 1 and last[0].speaker == "Marta Ilves" and last[0].cue is None


def test_next_paragraph_without_cue_belongs_to_previous_speaker():
    text = ("“We were not consulted,” said Tomasz Brecklin, who chairs the fishermen’s union.\n\n"
            "“Not once in three years.”")
    q = _one(text, "Not once")
    assert q.speaker == "Tomasz Brecklin" and q.direct


def test_partial_quote_inside_reported_speech():
    text = "The minister said the country faced “an unprecedented level of migration” this year."
    q = _one(text, "unprecedented")
    assert q.text.startswith("the country faced")
    assert q.speaker == "minister" or q.mention == "The minister"


def test_apostrophes_do_not_shift_pairing():
    text = ("The growers’ association met at the Leaders’ Summit. “Prices are too low,” said Ana Ferrow.\n\n"
            "“We cannot wait,” said Joel Marr.")
    qs = extract_quotes(text)
    speakers = {q.speaker for q in qs if q.direct}
    assert {"Ana Ferrow", "Joel Marr"} <= speakers
    for q in qs:
        _spans_ok(text, q)


def test_unclosed_quote_at_end_does_not_drop_article():
    text = "“We will be back,” said Lida Sorens.\n\nShe added that the talks would resume. “And then"
    qs = extract_quotes(text)
    assert any(q.speaker == "Lida Sorens" and q.direct for q in qs)
    for q in qs:
        _spans_ok(text, q)


def test_doubled_apostrophe_marks():
    text = "''The vote is final,'' said Rene Castellane, a spokesman for the council."
    q = _one(text, "vote is final")
    assert q.direct and q.speaker == "Rene Castellane"


# ---------------------------------------------------------------------------------------------
# Reported speech

@pytest.mark.parametrize("text,needle,mention,cue", [
    ("Inspector Hal Moreby said that the report was late.", "report was late", "Inspector Hal Moreby", "said"),
    ("The senator warned that the budget would collapse.", "budget would collapse", "The senator", "warned"),
    ("Ms. Quill denied that she had met the contractor.", "met the contractor", "Ms. Quill", "denied"),
    ("Colonel Ryle told reporters that the base would close.", "base would close", "Colonel Ryle", "told"),
])
def test_that_clauses(text, needle, mention, cue):
    q = _one(text, needle)
    assert not q.direct and q.mention == mention and q.cue == cue
    assert q.text.startswith("that")


def test_according_to():
    text = "The shipments doubled last year, according to a port official who spoke anonymously."
    q = _one(text, "shipments")
    assert q.cue == "according to" and q.mention == "a port official"
    assert q.text == "The shipments doubled last year"


def test_parenthetical_cue():
    text = "The plan, she said, is dead."
    q = _one(text, "plan")
    assert [text[s:e] for s, e in q.spans] == ["The plan", "is dead"]
    assert q.mention == "she"


def test_post_posed_reported_speech_with_group_speaker():
    text = "The inspection found no defects, Valdoria officials said."
    q = _one(text, "inspection")
    assert q.mention == "Valdoria officials" and q.speaker == "Valdoria officials"


def test_organisation_speaker():
    text = "Radio Kestrel reported the border crossing figures on Monday."
    q = _one(text, "border crossing")
    assert q.speaker == "Radio Kestrel"


def test_participial_cue_takes_clause_subject_and_role():
    text = ("And Brantford’s mayor, Oksana Veld, has for months criticized the county, "
            "warning that the shelters will run out of beds.")
    q = _one(text, "shelters")
    assert q.speaker == "Oksana Veld" and q.role == "Brantford’s mayor"


def test_two_cues_in_one_sentence():
    text = "She said she had met the envoy twice but said the envoy played no role in the deal."
    qs = extract_quotes(text)
    assert len(qs) == 2
    assert qs[0].text == "she had met the envoy twice"
    assert qs[1].text.startswith("the envoy played no role")


def test_pronoun_and_title_resolve_to_fullest_name():
    text = ("Attorney General Hollis K. Brandauer arrived on Monday.\n\n"
            "“We are ready,” Mr. Brandauer said.\n\n"
            "He added that the talks would last two days.\n\n"
            "“It will be hard,” the attorney general said.\n\n"
            "“But we will finish,” Brandauer said.")
    qs = extract_quotes(text)
    assert len(qs) == 4
    assert {q.speaker for q in qs} == {"Hollis K. Brandauer"}
    assert all(q.role == "Attorney General" for q in qs)
    assert [q.mention for q in qs] == ["Mr. Brandauer", "He", "the attorney general", "Brandauer"]


def test_quote_without_findable_speaker_is_kept():
    text = "“Nobody expected the dam to hold for a whole century,” was the line repeated everywhere."
    qs = extract_quotes(text)
    assert len(qs) == 1 and qs[0].speaker is None and qs[0].direct


def test_dash_signed_quotation():
    text = "“The river has never been this low.” \u2015 Imre Voskuijlen\n\n“We ration water now.” \u2015 Tessa Grunwald"
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["Imre Voskuijlen", "Tessa Grunwald"]
    for q in qs:
        _spans_ok(text, q)


def test_transcript_labels():
    text = "HOLLOWAY: Will you sign the treaty?\n\nMARDELL: Not this year."
    qs = extract_quotes(text)
    assert [(q.mention, q.text) for q in qs] == [("HOLLOWAY", "Will you sign the treaty?"),
                                                 ("MARDELL", "Not this year")]


def test_unknown_post_posed_verb_after_quote():
    text = "“Nobody reads the fine print,” the auditor Wren Palisade grumbled."
    q = _one(text, "fine print")
    assert q.speaker == "Wren Palisade" and q.cue == "grumbled"


def test_partial_quote_continues_direct_quote():
    text = "“It is a scandal,” Ottilie Brask says. It is “a betrayal of every voter.”"
    qs = extract_quotes(text)
    assert len(qs) == 2 and all(q.speaker == "Ottilie Brask" for q in qs)
    assert qs[1].text == "“a betrayal of every voter.”" and qs[1].cue is None


def test_as_name_put_it():
    text = "As the historian Lene Varga put it, the border was drawn by people who never saw it."
    q = _one(text, "border was drawn")
    assert q.speaker == "Lene Varga"


def test_passive_cue_has_no_source():
    text = "The harbour master has been criticized for closing the north pier."
    q = _one(text, "north pier")
    assert q.mention is None and q.speaker is None and q.cue == "criticized"


def test_page_furniture_is_not_a_quote():
    text = "“We are open,” said Juno Arkwright.\n\n\"(CROSSTALK.)\n\n\"Follow Juno Arkwright on Twitter @junoark.\""
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["Juno Arkwright"]


def test_cue_lexicon_is_a_data_file():
    words = tk.text.load_wordlist("cue_words.txt")
    assert {"said", "according", "warned", "denied"} <= words | tk.text.load_wordlist("cue_extra.txt")
    assert len(words) > 200


# ---------------------------------------------------------------------------------------------
# The seed article

def test_seed_direct_quotes_and_speakers():
    art = tk.load_seed()
    qs = extract_quotes(art)
    for q in qs:
        _spans_ok(art.text, q)
        assert q.article_id == art.id
    direct = [q for q in qs if q.direct]
    assert [q.speaker for q in direct] == ["Merrick B. Garland"] * 3 + ["Andrew Rudman", "J.B. Pritzker",
                                                                        "Antony J. Blinken"]
    assert direct[0].role == "Attorney General"
    assert direct[3].role == "director of the Mexico Institute at the Wilson Center"
    assert direct[5].role == "Secretary of State"
    assert direct[2].text.startswith("“To fight it")


def test_seed_reported_speech():
    art = tk.load_seed()
    reported = [q for q in extract_quotes(art) if not q.direct]

    def find(needle):
        hits = [q for q in reported if needle in q.text]
        assert hits, needle
        return hits[0]

    rudman = find("officials would also most likely discuss")
    assert rudman.speaker == "Andrew Rudman" and rudman.mention == "He" and rudman.cue == "added"
    assert rudman.role == "director of the Mexico Institute at the Wilson Center"
    assert find("fentanyl is made in Mexico").speaker == "Andrés Manuel López Obrador"
    assert find("American laws make it easy").speaker == "U.S. officials"
    adams = find("exhaust municipal resources")
    assert adams.speaker == "Eric Adams" and adams.cue == "warning"
    official = find("50,000 apprehensions")
    assert official.cue == "according to" and official.mention == "an administration official"


# ---------------------------------------------------------------------------------------------
# quotes_frame

def test_quotes_frame_from_articles_and_quotes():
    art = Article(id="a1", text="“It works,” said Noor Halvorsen.", outlet="The Gazette",
                  published=dt.date(2023, 10, 4), title="T")
    df = quotes_frame([art])
    assert list(df.columns) == QUOTE_COLUMNS + ["outlet", "published", "title"]
    assert df.loc[0, "speaker"] == "Noor Halvorsen" and df.loc[0, "outlet"] == "The Gazette"
    df2 = quotes_frame(extract_quotes(art))
    assert list(df2.columns) == QUOTE_COLUMNS and len(df2) == 1
    assert df2.loc[0, "article_id"] == "a1"
    assert len(quotes_frame(art)) == 1


def test_quotes_frame_empty_has_stable_columns():
    assert list(quotes_frame([]).columns) == QUOTE_COLUMNS
    empty = Article(id="e", text="")
    assert list(quotes_frame([empty]).columns) == QUOTE_COLUMNS + ["outlet", "published", "title"]


def test_quotes_frame_rejects_other_types():
    with pytest.raises(TypeError, match="int"):
        quotes_frame(3)
    with pytest.raises(TypeError, match="str"):
        quotes_frame(["x"])


# ---------------------------------------------------------------------------------------------
# Bad input

@pytest.mark.parametrize("bad", [None, 3, b"said", ["a"], 2.5])
def test_non_string_raises_type_error_naming_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract_quotes(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_empty_text_gives_no_quotes(text):
    assert extract_quotes(text) == []


@pytest.mark.parametrize("text", [
    "\u201c", "\u201d", '"', "''", '"""', "“”“”", "said", "according to", "according to,", ", said",
    ":", "said:\n\n“", "“X,” said", "said ,", "He said that", "\x00\x01 said \ud800", "—said—",
    "“" * 500, "said " * 300, "A. B. C. said, “", "Mr. said.", "according to the", "told:",
    "“a\n\n“b\n\n“c", "\u00ab oui \u00bb, dit-il.", "The plan, she said,", ",,,,", "'' said ''",
])
def test_malformed_text_never_raises(text):
    qs = extract_quotes(text)
    assert isinstance(qs, list)
    for q in qs:
        _spans_ok(text, q)


# ---------------------------------------------------------------------------------------------
# Reported-speech frames (PolNeAR conventions)

def test_asked_about_has_no_source_and_main_cue_keeps_its_content():
    text = "Asked about the bridge delays, Mayor Dana Whitcombe said the contractor would pay."
    asked = _one(text, "bridge delays")
    assert asked.cue == "Asked" and asked.mention is None and asked.text == "about the bridge delays"
    said = _one(text, "contractor")
    assert said.speaker == "Dana Whitcombe" and said.text == "the contractor would pay"


def test_asked_by_names_the_asker():
    text = "When asked by a reporter whether the levy would rise, Councillor Ines Varga said no."
    q = _one(text, "levy")
    assert q.mention == "a reporter" and q.text == "whether the levy would rise"
    q = _one("Asked by reporters which pier she favoured, Councillor Ines Varga said she would wait.", "pier")
    assert q.mention == "reporters" and q.text == "which pier she favoured"


def test_declined_to_comment_is_reported_content():
    q = _one("A spokesman for the Eastvale council declined to comment.", "comment")
    assert q.text == "to comment" and q.cue == "declined" and q.mention is not None


def test_seems_to_is_the_writers_impression_without_source():
    text = "The rivalry seemed to be cooling, but the truce could change."
    q = _one(text, "rivalry")
    assert q.mention is None and q.speaker is None
    assert q.text == "The rivalry seemed to be cooling"


def test_seems_with_place_adjunct_is_not_a_cue():
    assert extract_quotes("The mayor appeared on local radio on Sunday.") == []


def test_coordinated_cue_in_the_same_tense_splits_the_content():
    text = "Tomas Ferreira said he earns $41,000 a year and questioned how the levy would help him."
    qs = extract_quotes(text)
    assert [q.text for q in qs] == ["he earns $41,000 a year", "how the levy would help him"]
    assert all(q.speaker == "Tomas Ferreira" for q in qs)


def test_coordinated_verb_in_another_tense_stays_in_the_content():
    text = "Officers say he ignored the warning and refused to stop the car."
    q = _one(text, "warning")
    assert q.text == "he ignored the warning and refused to stop the car"


def test_relative_which_is_the_mention():
    text = "The audit, which found that the fund was short, was released on Monday."
    q = _one(text, "fund was short")
    assert q.mention == "which" and q.speaker is None


def test_inverted_cue_with_lowercase_title():
    text = "The reservoir is nearly empty, said former Eastvale governor Ada Lindqvist."
    q = _one(text, "reservoir")
    assert q.mention == "former Eastvale governor Ada Lindqvist" and q.text == "The reservoir is nearly empty"


def test_prepositional_subject_head():
    text = "Advisers to Mayor Whitcombe say the budget will pass easily."
    q = _one(text, "budget")
    assert q.mention == "Advisers to Mayor Whitcombe"


def test_transcript_label_takes_the_paragraph():
    text = "Q: Where were you that night?\n\nA: I was at home. Nobody called. Nobody came."
    q = _one(text, "Nobody came")
    assert q.mention == "A" and q.text == "I was at home. Nobody called. Nobody came"


def test_reported_content_runs_to_paragraph_end_when_unattributed():
    text = "The levy is fair, Councillor Ines Varga said. Other towns pay more. They always have."
    q = _one(text, "levy")
    assert q.spans[-1] == (text.index("Other"), len(text) - 1)


def test_impersonal_it_is_unclear_has_no_source():
    q = _one("But it was unclear whether the council would approve the levy.", "council")
    assert q.mention is None and q.text == "whether the council would approve the levy"


def test_direct_quote_content_ends_at_closing_mark():
    text = 'Mayor Dana Whitcombe said "We will win" on Monday.'
    q = _one(text, "win")
    assert q.text == '"We will win"' and q.direct and q.speaker == "Dana Whitcombe"
    text = "Coach Ilse Brandvold said “We are ready” in a statement after the match."
    assert _one(text, "ready").text == "“We are ready”"


def test_two_quotes_joined_by_and_are_two_spans():
    text = "“We will win” and “We are ready,” said Ilse Brandvold."
    q = _one(text, "win")
    assert [text[s:e] for s, e in q.spans] == ["“We will win”", "“We are ready,”"]
    assert q.speaker == "Ilse Brandvold"
    text = "Ilse Brandvold said “We will win” and “We are ready” on Friday."
    q = _one(text, "win")
    assert [text[s:e] for s, e in q.spans] == ["“We will win”", "“We are ready”"]


def test_quoted_fragment_inside_reported_clause_keeps_the_clause():
    text = "Dana Whitcombe said the “budget reforms” and new fees would pay for the bridge."
    assert _one(text, "budget").text.endswith("pay for the bridge")


def test_quoted_show_name_before_that_clause_is_not_content():
    text = "Dana Whitcombe told “Morning Eastvale” on Friday that the bridge would open in May."
    q = _one(text, "bridge")
    assert q.text == "that the bridge would open in May" and q.speaker == "Dana Whitcombe"


def test_that_frame_with_a_verb_missing_from_the_lexicon():
    text = "Dana Whitcombe insinuated that the bridge would open in May."
    q = _one(text, "bridge")
    assert q.text == "that the bridge would open in May" and q.speaker == "Dana Whitcombe"
    assert not [q for q in extract_quotes("The roads that the council repaired are open.") if "council" in q.text]


def test_quoted_title_in_an_introductory_phrase_is_not_the_content():
    text = "On the broadcast of “Morning Eastvale,” Mayor Dana Whitcombe said the bridge would open in May."
    q = _one(text, "bridge")
    assert q.text == "the bridge would open in May" and q.speaker == "Dana Whitcombe"


def test_bare_plural_subject_after_an_introductory_clause():
    text = "Should the mill close, environmentalists worry that the cleanup could fall to Eastvale taxpayers."
    q = _one(text, "cleanup")
    assert q.mention == "environmentalists" and q.text.startswith("that the cleanup")
    text = "While no rule demands it, candidates of both parties have understood that disclosure is necessary."
    assert _one(text, "disclosure").mention == "candidates of both parties"


def test_quoted_title_in_an_appositive_is_not_the_content():
    text = "Dana Whitcombe, the author of “Bridges Home,” about river towns, said the bridge would open in May."
    q = _one(text, "bridge would")
    assert q.text == "the bridge would open in May"


def test_noun_phrase_subject_with_modifiers():
    text = "Yet, a 2019 study by researchers at Eastvale University found that most voters never read a ballot guide."
    q = _one(text, "ballot")
    assert q.mention == "a 2019 study by researchers at Eastvale University"
    assert q.text == "that most voters never read a ballot guide" and q.cue == "found"


def test_post_posed_cue_keeps_a_capitalised_article_in_the_source():
    q = _one("Turnout was low in the northern wards, The Eastvale Herald reports.", "Turnout")
    assert q.mention == "The Eastvale Herald" and q.text == "Turnout was low in the northern wards"


def test_as_source_said_after_the_content():
    text = "The bridge over the Lanford River was closed for repairs, as the county police have said."
    q = _one(text, "bridge")
    assert q.mention == "the county police" and q.text == "The bridge over the Lanford River was closed for repairs"


def test_title_naming_its_speaker_before_a_colon():
    text = "Mayor Dana Ames: Budget Deal Is Dead.\n\nThe Eastvale council met on Tuesday."
    q = _one(text, "Budget")
    assert q.mention == "Mayor Dana Ames" and q.text == "Budget Deal Is Dead"
    # A section label is not a speaker.
    assert not extract_quotes("The Latest: Council Meets Tuesday.\n\nThe Eastvale council met on Tuesday.")


def test_passive_with_agent_the_subject_is_the_content():
    q = _one("The levee plan was endorsed by the Eastvale council.", "levee")
    assert q.text == "The levee plan" and q.mention == "the Eastvale council" and q.cue == "endorsed"


def test_passive_without_agent_keeps_the_subject_in_the_content():
    q = _one("Dana Ames is expected to win the runoff in Eastvale.", "runoff")
    assert q.mention is None and q.spans[0] == (0, len("Dana Ames"))
    assert q.text.endswith("to win the runoff in Eastvale")


def test_like_phrase_before_the_subject_is_not_content():
    q = _one("Like Mayor Ames, I believe that the levee is safe.", "levee")
    assert q.mention == "I" and q.text == "that the levee is safe"


def test_dateline_and_date_introductions_are_not_content():
    q = _one("EASTVALE, Ore. \u2014 Sen. Ted Ames (R-Ore.) warned that the levee would fail.", "levee")
    assert q.text == "that the levee would fail" and q.speaker == "Ted Ames"
    text = "Sunday on Eastvale Radio\u2019s \u201cMorning Show,\u201d Rep. Dan Ames said the levee is safe."
    q = _one(text, "levee")
    assert q.text == "the levee is safe"
    text = "Friday morning, as the parade rolled through Lanford, WLNX reported at least six planes filled the skies."
    q = _one(text, "planes")
    assert q.mention == "WLNX" and q.text == "at least six planes filled the skies"


def test_reported_speech_runs_on_until_the_next_attribution():
    text = "Organizers said that they want to avoid violence. But they are also preparing for confrontation."
    q = _one(text, "violence")
    assert q.spans[-1] == (text.index("But"), len(text) - 1)
    text = "Organizers said that they want to avoid violence. But the mayor warned that the levee would fail."
    assert _one(text, "violence").text == "that they want to avoid violence"
    assert _one(text, "levee").mention == "the mayor"


def test_subject_of_a_subordinate_clause_and_its_content():
    text = "Eastvale kept calm for a while, though an arbitration panel in 2001 found the county was in breach."
    q = _one(text, "breach")
    assert q.mention == "an arbitration panel in 2001" and q.text == "the county was in breach"
    text = "While no rule demands it, candidates of both parties have understood that disclosure is necessary."
    assert _one(text, "disclosure").text == "that disclosure is necessary"


def test_noun_phrase_subject_with_coordinated_names():
    text = "Yet, a study by Eastvale College and the University of Lanford at Millbrook found that turnout fell."
    q = _one(text, "turnout")
    assert q.mention == "a study by Eastvale College and the University of Lanford at Millbrook"


def test_passive_with_an_adverb_before_the_participle():
    q = _one("The registration issue was first reported by the Lanford Times.", "registration")
    assert q.text == "The registration issue" and q.mention == "the Lanford Times"


def test_uncued_quotation_near_the_last_speaker_is_theirs():
    text = ("\u201cWe will rebuild the levee,\u201d Mayor Dana Ames said on Tuesday.\n\nThe council met for three hours."
            "\n\n\u201cThe money is there and the engineers are ready to start in the spring.\u201d")
    q = _one(text, "engineers")
    assert q.speaker == "Dana Ames" and q.cue is None


def test_reported_content_before_the_cue_starts_at_the_paragraph_start():
    text = "The levee cost $40 million. It will be finished in May, Mayor Dana Ames said."
    q = _one(text, "finished")
    assert q.spans == ((0, text.index(", Mayor")),)
    text = "The levee cost $40 million.\n\nIt will be finished in May, Mayor Dana Ames said."
    assert _one(text, "finished").text == "It will be finished in May"  # not across paragraphs


def test_partial_quote_then_words_then_comma_is_all_content():
    text = "A clerk who \u201csteals a handful of $20s\u201d is jailed, Senator Jo Lund said."
    q = _one(text, "clerk")
    assert q.text == "A clerk who \u201csteals a handful of $20s\u201d is jailed" and q.mention == "Senator Jo Lund"


def test_cue_in_a_free_relative_yields_to_the_main_verb():
    text = "The council pledged to impose fines as a deterrent to what it called \u201ca clear threat to the valley.\u201d"
    q = _one(text, "fines")
    assert q.cue == "pledged" and q.mention == "The council"


def test_stance_words_from_the_engine_report_are_cues():
    q = _one("Mayor Dana Ames was critical of the plan to rebuild the levee.", "levee")
    assert q.mention == "Mayor Dana Ames" and q.cue == "critical" and q.text == "the plan to rebuild the levee"
    q = _one("The Eastvale council published a plan to rebuild the levee.", "levee")
    assert q.cue == "published" and q.text == "a plan to rebuild the levee"


def test_passive_subject_keeps_a_parenthesis_and_skips_an_appositive_auxiliary():
    q = _one("\u201cRiver Song (Second Take)\u201d was written by Dana Ames after the flood.", "River")
    assert q.text == "\u201cRiver Song (Second Take)\u201d" and q.mention == "Dana Ames"
    text = "Dr. Lee \u2014 a surgeon and radio host \u2014 has been called a charlatan by fellow doctors."
    assert all(q.text != "has" and not q.text.startswith("has ") for q in extract_quotes(text))


def test_that_clause_after_the_cue_is_never_an_inverted_speaker():
    text = "Mr. Lund has long said that he will support the party's nominee, even as he has taken shots at Mr. Lee."
    q = _one(text, "nominee")
    assert q.mention == "Mr. Lund" and q.text.startswith("that he will support the party's nominee")
    text = "The Gazette quoted a source as saying that Lund was not opposed by Ames, but by the council."
    assert _one(text, "opposed").mention == "The Gazette"


def test_dateline_is_not_the_speaker_of_a_participial_cue():
    text = "EASTVALE, Ore. \u2014 Allies of Mayor Dana Ames predicted a landslide, citing early results."
    assert all(q.mention != "EASTVALE" for q in extract_quotes(text))


def test_second_reading_inside_a_parenthetical_cue_is_dropped():
    text = "The museum, Mayor Dana Ames said, celebrated several of the valley's founders, including the miller Jo Lund."
    qs = extract_quotes(text)
    assert [q.cue for q in qs] == ["said"] and qs[0].text.endswith("including the miller Jo Lund")
    # a nested attribution whose speaker is inside the outer content stays
    text = "Mayor Dana Ames said that the council argued that the levee was too costly."
    assert {q.cue for q in extract_quotes(text)} >= {"said"}


def test_quote_after_colon_then_adding_that():
    text = ("Eastvale Mills said: \u201cThe mill was highly successful when it became an independent company,\u201d "
            "adding that its value quadrupled.")
    qs = extract_quotes(text)
    said = [q for q in qs if q.cue == "said"]
    assert said and said[0].text.startswith("\u201cThe mill was highly successful") and said[0].direct
    assert any(q.cue == "adding" and q.text == "that its value quadrupled" for q in qs)


def test_adjective_cue_needs_its_preposition():
    assert not [q for q in extract_quotes("Eastvale officials have adopted increasingly critical rhetoric over the levee.")
                if q.cue == "critical"]


def test_acts_of_record_are_cues():
    q = _one("The Eastvale council voted to rebuild the levee before the spring floods.", "levee")
    assert q.cue == "voted" and q.mention == "The Eastvale council"
    q = _one("Senator Jo Lund filed a lawsuit against the levee board.", "lawsuit")
    assert q.cue == "filed" and q.text == "a lawsuit against the levee board"


def test_an_acts_object_does_not_run_on_into_the_next_sentence():
    text = "Senator Dana Ames endorsed the levee bill on Tuesday. The council will meet again in May."
    q = _one(text, "levee bill")
    assert "council" not in q.text


def test_passive_subject_does_not_run_back_into_the_previous_sentence():
    q = _one("The bridge opened in 1950. Dana Ames is expected to win the runoff in Eastvale.", "runoff")
    assert q.text == "Dana Ames \u2026 to win the runoff in Eastvale"


def test_lower_casing_that_moves_offsets_falls_back_to_the_plain_scan():
    # "\u0130" lower-cases to two characters and KELVIN SIGN to "k": the cue scan reads the text itself
    for prefix in ("\u0130stanbul \u212a ", "\u212a ", "\u0130 "):
        text = prefix + '"We are ready," said Dana Whitcombe, the mayor of Eastvale.'
        q = _one(text, "We are ready")
        assert q.speaker == "Dana Whitcombe" and text[q.cue_span[0]:q.cue_span[1]] == "said"


def test_cue_lexicon_replaced_at_run_time_is_used():
    # scripts/derive_cue_lexicon.py widens the lexicon with set_cues
    from toolkit.quotes import set_cues

    text = "The new bridge will reopen next spring, Dana Whitcombe zorbled on Monday."
    assert not any(q.cue == "zorbled" for q in extract_quotes(text))
    original = set_cues(set())
    try:
        set_cues(original | {"zorbled"})
        assert any(q.cue == "zorbled" for q in extract_quotes(text))
    finally:
        set_cues(original)
    assert not any(q.cue == "zorbled" for q in extract_quotes(text))


def test_show_as_a_noun_is_not_a_cue():
    # "show" names a programme here ("reality TV show", "the show's", "an XBN show", "show up")
    texts = [
        'Dana Whitcombe was a guest on the reality TV show "Harbor Lights."',
        'Tarn Oakley, who hosts an XBN show and runs a bakery in Eastvale, was there.',
        "The show's producers in Eastvale moved the taping to Friday after the storm.",
        "Organisers in Eastvale hoped that more volunteers would show up at the pier on Sunday.",
    ]
    for text in texts:
        assert not any(q.cue and q.cue.lower() in ("show", "shows") for q in extract_quotes(text)), text
    # the verb still cues content
    q = _one("Polls of Eastvale voters show the ferry levy passing easily.", "ferry levy")
    assert q.cue == "show"
    q = _one("A survey by the Eastvale Ledger shows that the bridge plan is popular.", "bridge plan")
    assert q.cue == "shows"


def test_coordinated_participle_cues_split_the_content():
    # "praising X and promising that Y": two contents, one speaker, each with its own cue
    text = ("Dana Whitcombe spent the week in Eastvale, praising the new pier and promising that the ferry "
            "would run all winter.")
    first = _one(text, "the new pier")
    second = _one(text, "the ferry would run")
    assert "promising" not in first.text and first.cue == "praising" and second.cue == "promising"
    assert first.speaker == second.speaker == "Dana Whitcombe"


def test_parenthetical_it_says_is_the_source():
    # "X, it says, Y": the pronoun is the source, not the noun phrase before the comma
    text = "The council met on Monday. The average ferry fare, it says, would be $3 next year."
    q = _one(text, "would be $3")
    assert q.mention == "it" and q.cue == "says"
    assert "The average ferry fare" in q.text


def test_appositive_ending_in_a_quoted_title_keeps_the_speaker_before_it():
    # 'Name, host of XBN's "Show," suggested ...': the title is not a quotation, the speaker is the name
    text = ("Pier news.\n\nDana Whitcombe, host of XBN\u2019s \u201cHarbor Lights,\u201d suggested town manager "
            "Ellis Parr\u2019s refusal to repair the pier could cost him the election.\n\nMore news.")
    q = _one(text, "refusal to repair the pier")
    assert q.speaker == "Dana Whitcombe" and q.mention == "Dana Whitcombe" and q.cue == "suggested"
    assert not any("Harbor Lights" in x.text for x in extract_quotes(text))
    # a real quotation before an inverted cue is unaffected
    q = _one('Pier news. "We will fix it," said Dana Whitcombe.', "We will fix it")
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
    q = _one("Tarn Oakley calls the levy a tax on fishermen.", "tax on fishermen")
    assert q.cue == "calls" and q.speaker == "Tarn Oakley"


def test_quotation_inside_an_aside_or_intro_before_the_speaker_is_not_the_content():
    # 'Name, citing "X," said Y' / 'Name, who called it "X," said Y': the speaker is the name, the content Y
    for text in ("Pier news. Mr. Tarn Oakley, citing \u201cthe stubborn tides of Eastvale,\u201d said the "
                 "ferry levy could pass in the spring.",
                 "Pier news. Tarn Oakley, who called it ''a fisherman's tax,'' said the ferry levy "
                 "could pass in the spring."):
        q = _one(text, "ferry levy could pass")
        assert q.speaker == "Tarn Oakley" and q.cue == "said" and not q.direct
        assert "Tarn Oakley" not in q.text
    # 'Walking in to chants of "X," the mayor said Y': the intro's quotation is not what was said
    text = ("Walking into the pier office to chants of \u201cDana! Dana!,\u201d the mayor said her campaign "
            "was closing strong in Eastvale.")
    q = _one(text, "campaign was closing strong")
    assert q.mention == "the mayor" and q.cue == "said"
    assert not any("Walking" in x.text for x in extract_quotes(text))


def test_reported_clause_before_a_coordinated_cue_with_a_quotation_is_kept():
    # 'X said Y and added, "Z."' / 'X said Y, adding, "Z."': Y is X's reported content, "Z" the added quote
    for text in ('Tarn Oakley said he welcomed the ruling in Eastvale and added, "I will not appeal."',
                 'Tarn Oakley said he welcomed the ruling in Eastvale, adding, "I will not appeal."'):
        q = _one(text, "welcomed the ruling")
        assert q.text == "he welcomed the ruling in Eastvale" and q.speaker == "Tarn Oakley" and q.cue == "said"
        q = _one(text, "I will not appeal")
        assert q.direct and q.speaker == "Tarn Oakley" and q.cue in ("added", "adding")


def test_coordinated_modifiers_belong_to_the_speaker_noun():
    # "..., current and former officials said.": the whole coordinated noun phrase is the speaker
    text = "Investigators will want to question Tarn Oakley about the pier contract, current and former officials said."
    q = _one(text, "question Tarn Oakley")
    assert q.mention == "current and former officials" and q.cue == "said"
    q = _one("The ferry levy will pass, Eastvale and Marlow officials said.", "ferry levy will pass")
    assert q.mention == "Eastvale and Marlow officials"


def test_participle_cue_is_never_inverted():
    # ', saying the mayor "...": the noun phrase after "saying" is inside the content, not its speaker
    text = 'Tarn Oakley went on to attack the council, saying the mayor "has not read the pier report."'
    q = _one(text, "has not read the pier report")
    assert q.mention == "Tarn Oakley" and q.cue == "saying"
    assert q.text.startswith("the mayor")


def test_closing_post_posed_cue_outranks_an_earlier_say_verb():
    # "The ferry has added a route to Marlow, she noted.": the attribution is "she noted", over the whole clause
    text = "Pier news. The ferry company has added a second route to Marlow, she noted."
    q = _one(text, "second route")
    assert q.mention == "she" and q.cue == "noted"
    assert q.text == "The ferry company has added a second route to Marlow"


def test_inverted_cue_with_lower_case_title_words_or_a_role_noun_phrase():
    # "..., said lobbyist and party strategist Carl Brenner." / "..., said the company's chief executive."
    text = "The firm lobbied the Eastvale council on the pier lease, said lobbyist and party strategist Tarn Oakley."
    q = _one(text, "lobbied the Eastvale council")
    assert q.speaker == "Tarn Oakley" and q.mention == "lobbyist and party strategist Tarn Oakley"
    assert "Oakley" not in q.text
    text = "The Marlow cannery is hanging on, but it is under pressure from imports, said the company's chief executive."
    q = _one(text, "cannery is hanging on")
    assert q.mention == "the company's chief executive" and q.cue == "said"
    # a clause after the cue is content, not an inverted speaker
    q = _one("But Tarn Oakley, who wrote the letter, said Dana Whitcombe's reply to Marlow was weak.", "reply to Marlow")
    assert q.text == "Dana Whitcombe's reply to Marlow was weak"


def test_elliptical_answer_after_a_say_verb():
    # "Oakley said he would.": a pronoun and an auxiliary (or "no") is the whole reported answer
    text = "Pier news. Tarn Oakley said he would. Dana Whitcombe and Ellis Parr did not."
    q = _one(text, "he would")
    assert q.text == "he would" and q.speaker == "Tarn Oakley" and q.cue == "said"
    q = _one("Pier news. They said she could.", "she could")
    assert q.mention == "They"


def test_participle_subject_is_the_clause_subject_not_the_verb_object():
    # "The senator emailed supporters saying ...": supporters are the object of "emailed", not the speaker
    text = "Pier news. The Marlow senator emailed supporters saying: \u201cThe fight for the pier continues.\u201d"
    q = _one(text, "fight for the pier")
    assert q.mention == "The Marlow senator" and q.cue == "saying"
    text = "Senator Dana Whitcombe is making a pitch to Eastvale voters saying the ferry levy is hurting the town."
    q = _one(text, "ferry levy is hurting")
    assert q.speaker == "Dana Whitcombe"
    # a reduced relative keeps its noun: "a new poll showing ..."
    q = _one("Pier news. A new poll showing Whitcombe ahead in Eastvale came out on Monday.", "Whitcombe ahead")
    assert q.mention == "A new poll"


def test_told_is_never_read_in_inverted_order():
    # "Oakley, in ..., told Marlow Radio on Sunday that ...": the station is the addressee, not the speaker
    text = ("Pier news. Tarn Oakley, in the wake of a survey showing the levy far behind in Eastvale, told Marlow Radio "
            "on Sunday that the council would try again.")
    q = _one(text, "council would try again")
    assert q.speaker == "Tarn Oakley" and q.cue == "told"


def test_appositive_subject_before_called_and_state_of_mind_participles():
    # "Ames (R-Elm.), also a candidate, called the plan ...": an active cue after an appositive, not "X, called Y"
    text = "Sen. Dana Whitcombe (R-Elm.), also a ferry board candidate, called the levy \u201cabsurd\u201d in a post on Sunday."
    q = _one(text, "absurd")
    assert q.speaker == "Dana Whitcombe" and q.cue == "called"
    # "a group, called X, ...": still a name, not an attribution with a speaker
    assert not any(q.speaker for q in extract_quotes("The new pier group, called Eastvale First, held a rally."))
    # "Oakley is convinced that ...": the subject of a state-of-mind participle is the source
    q = _one("Pier news. But Mr. Tarn Oakley is convinced that the ferry will return to Marlow.", "ferry will return")
    assert q.speaker == "Tarn Oakley" and q.cue == "convinced"
    # inside what someone said, it is not a second attribution
    qs = extract_quotes("Pier news. Marlow organizers said they are worried that the levy could fail in Eastvale.")
    assert [q.cue for q in qs] == ["said"]


def test_clause_subject_after_and_then():
    # "And then Oakley went on the attack, saying, "..."": the participle's speaker is Oakley
    text = 'Pier news. And then Tarn Oakley went fully on the attack, saying, "Will the mayor ever fix the pier?"'
    q = _one(text, "fix the pier")
    assert q.speaker == "Tarn Oakley" and q.cue == "saying" and q.direct


def test_speaker_noun_phrase_with_a_relative_clause():
    # "groups that have endorsed him say they believe ...": the outer cue, with the whole noun phrase as source
    text = ("Pier news. But fishing groups that have endorsed him say they believe the levy should pass "
            "before the summer in Eastvale.")
    q = _one(text, "levy should pass")
    assert q.mention == "fishing groups that have endorsed him" and q.cue == "say"
    assert q.text.startswith("they believe")
    text = "Pier news. Though executives who have worked with Tarn Oakley say he shares his father's caution."
    q = _one(text, "father's caution")
    assert q.mention == "executives who have worked with Tarn Oakley"


def test_n_in_ten_is_a_speaker():
    # "About three in 10 said they ...": the poll share is the source of the outer cue
    text = "Pier news. About three in 10 said they want the ferry levy to be lower in Eastvale."
    q = _one(text, "ferry levy to be lower")
    assert q.mention == "About three in 10" and q.cue == "said"
    assert q.text.startswith("they want")


def test_as_many_experts_including_x_have_pointed_out():
    # the example after "including" is not the source; the particle "out" belongs to the cue
    text = "Pier news. As many experts, including Dana Whitcombe, have pointed out, the levy would hurt Marlow fishermen."
    q = _one(text, "levy would hurt")
    assert q.mention == "many experts" and q.cue == "pointed out" and q.role is None
    assert q.text == "the levy would hurt Marlow fishermen"
    q = _one("Pier news. As Tarn Oakley has pointed out, the pier is older than the town.", "older than the town")
    assert q.speaker == "Tarn Oakley" and q.text == "the pier is older than the town"


def test_time_adjunct_between_speaker_and_cue_and_no_clause_as_inverted_speaker():
    # "Ames on Thursday evening said the party was not ...": Ames speaks; "the party was not" is content
    text = "Pier news. Harbor spokesman Tarn Oakley on Thursday evening said the ferry company was not in a crisis."
    q = _one(text, "ferry company was not")
    assert q.speaker == "Tarn Oakley" and q.text == "the ferry company was not in a crisis"
    q = _one("Pier news. Mayor Dana Whitcombe earlier this month said the levy would pass.", "levy would pass")
    assert q.speaker == "Dana Whitcombe"


def test_dateline_with_agency_is_not_the_speaker():
    text = ("EASTVALE, Ore. (Harbor Wire) - Mayor Dana Whitcombe met flood survivors on Thursday and said the "
            "town must act to repair the levee.")
    q = _one(text, "repair the levee")
    assert q.speaker == "Dana Whitcombe"


def test_percent_party_state_and_relative_appositive_speakers():
    # "42% say they ...": the share is the source
    q = _one("On ferry fares, 42% say they are too high in Eastvale.", "too high")
    assert q.mention == "42%" and q.cue == "say"
    # "Rep. Dana Whitcombe, R-Elm., noted ...": the name, not the party and state
    text = "Rep. Dana Whitcombe, R-Elm., noted in a column on Sunday that anger over the levy is growing in Marlow."
    q = _one(text, "anger over the levy")
    assert q.speaker == "Dana Whitcombe" and q.cue == "noted"
    # "an official, who was not authorized to speak, told X": a speaker noun before a relative clause
    text = ("\u201cThe pier is failing,\u201d a harbor official, who was not authorized to speak on the record, "
            "told Marlow Radio.")
    q = _one(text, "pier is failing")
    assert q.mention == "a harbor official" and q.cue == "told"
    # "Name, role, who ..., called": the name before the role
    text = "Tarn Oakley, the former Eastvale mayor, who has resented the levy, called the plan \u201ca farce.\u201d"
    q = _one(text, "a farce")
    assert q.speaker == "Tarn Oakley"


def test_quotation_inside_an_intro_clause_is_not_lead_content_when_the_cue_has_its_own():
    text = ("Despite his claims that he had fixed the ''old pier,'' on Tuesday night he said it still posed "
            "''a real danger'' to Marlow.")
    qs = [q for q in extract_quotes(text) if q.cue == "said"]
    assert len(qs) == 1 and qs[0].mention == "he" and qs[0].text.startswith("it still posed")
    _spans_ok(text, qs[0])
    # a bare quotation before its speaker is still the content
    q = _one('Pier news. "We will win" he said on Monday.', "We will win")
    assert q.mention == "he" and q.direct


def test_adverb_led_adjuncts_before_that_clause():
    text = ("Pier news. Tarn Oakley said earlier on Friday during a news conference in Marlow that he may wait "
            "until spring to decide.")
    q = _one(text, "may wait")
    assert q.text.startswith("that he may wait") and q.speaker == "Tarn Oakley"


def test_impersonal_it_seems_takes_what_follows_as_content():
    q = _one("Pier news. It seems the ferry levy will pass without the support of Marlow.", "ferry levy will pass")
    assert q.cue == "seems" and q.mention is None and q.text.startswith("the ferry levy")
    q = _one("Pier news. As of Friday, it appears that nobody will run against Dana Whitcombe.", "nobody will run")
    assert q.cue == "appears" and q.text.startswith("that nobody")


def test_seem_with_a_noun_phrase_subject_that_has_a_modifier():
    text = "Pier news. Enthusiasm for Dana Whitcombe appears to have dropped in Marlow since the spring."
    q = _one(text, "appears to have dropped")
    assert q.cue == "appears" and q.mention is None and q.text.startswith("Enthusiasm for Dana Whitcombe")


def test_seem_clause_next_to_another_attribution():
    text = ("Pier news. Oakley seems to recognize his problem with Marlow voters \u2014 he told the Harbor Times "
            "that his task was hard.")
    q = _one(text, "recognize his problem")
    assert q.cue == "seems" and q.mention is None
    q = _one(text, "his task was hard")
    assert q.mention == "he" and q.cue == "told"


def test_clause_reported_in_a_named_poll():
    # "X leads by 8 points in the latest Harbor poll": the poll is the source of the clause before "in"
    q = _one("Pier news. Dana Whitcombe was winning Marlow by 28 points in the same Harbor poll.", "winning Marlow")
    assert q.mention == "the same Harbor poll" and q.cue == "in"
    assert q.text == "Dana Whitcombe was winning Marlow by 28 points"
    # an abbreviation inside the poll's name ("U.S.") does not hide it
    q = _one("Pier news. Dana Whitcombe leads Marlow by eight points in the new N.E. Harbor poll.", "leads Marlow")
    assert q.mention == "the new N.E. Harbor poll" and q.cue == "in"
    # a generic "in the polls" is left alone
    assert not any(q.cue == "in" for q in extract_quotes("Pier news. Dana Whitcombe is far ahead in the polls."))


def test_cue_after_a_relative_clause_belongs_to_the_antecedent():
    # "Oakley, who said X, said Y": X is "who"'s, Y is Oakley's
    text = "Pier news. Tarn Oakley, who said he usually votes for the levy, said the best candidate is Dana Whitcombe."
    q = _one(text, "best candidate")
    assert q.speaker == "Tarn Oakley" and q.cue == "said"
    q = _one(text, "usually votes")
    assert q.mention == "who"


def test_spoke_with_only_where_and_when_is_not_an_attribution():
    text = "Pier news. Dana Whitcombe spoke Monday night at a town hall in Marlow hosted by the Harbor Times."
    assert not any(q.cue == "spoke" for q in extract_quotes(text))
    q = _one("Pier news. Dana Whitcombe spoke to reporters about the ferry levy and its cost.", "ferry levy")
    assert q.cue == "spoke" and q.speaker == "Dana Whitcombe"


def test_hometown_appositive_and_weekday_intro():
    # "Name, 22, of Town, St., said": the name, not the state
    q = _one("Pier news. Cory Lund, 22, of Marlow, Ore., said he hadn't given up on the ferry.", "given up on the ferry")
    assert q.speaker == "Cory Lund"
    q = _one("Pier news. Cory Lund of Marlow, Ore., said he hadn't given up on the ferry.", "given up on the ferry")
    assert q.speaker == "Cory Lund"
    # "Tuesday, the senator opened a rally blasting X": the weekday is an intro, not the speaker
    text = "Tuesday, the Marlow senator opened a Harbor rally blasting Dana Whitcombe for raising the ferry levy."
    q = _one(text, "raising the ferry levy")
    assert q.mention == "the Marlow senator" and q.cue == "blasting"


def test_with_name_participle_takes_the_name():
    text = ("Pier news. The biggest split is over the ferry, with Dana Whitcombe calling for a ban on night crossings "
            "in Marlow.")
    q = _one(text, "ban on night crossings")
    assert q.speaker == "Dana Whitcombe" and q.cue == "calling"


def test_with_is_not_part_of_a_speaker_noun_phrase():
    text = "Pier news. The levy vote was close, with 30 percent of voters saying they have a positive view of it."
    q = _one(text, "positive view")
    assert q.mention == "30 percent of voters"


def test_colon_introduction_names_the_speaker_before_the_colon():
    text = ("Pier news. The timing of the levy vote doesn't surprise harbor pollster Dana Whitcombe: "
            "\u201cLate votes always move the ferry fares.\u201d")
    q = _one(text, "Late votes")
    assert q.speaker == "Dana Whitcombe" and q.cue == ":"
    q = _one("Pier news. What that means for Marlow - More from Oakley: \u201cThe pier is the town.\u201d", "pier is the town")
    assert q.mention == "Oakley"


def test_weekday_before_a_quotation_and_interjected_to_say():
    text = ('Pier news. A harbor official who spoke anonymously to discuss internal plans said Wednesday, '
            '"Certainly there are talks with Marlow."')
    q = _one(text, "Certainly there are talks")
    assert q.mention == "A harbor official" and q.direct
    text = 'Pier news. Oakley, who signed the pier law as mayor, interjected to say: "They have both been wrong on this."'
    q = _one(text, "both been wrong")
    assert q.speaker == "Oakley"


def test_adjunct_after_a_split_cue_is_not_the_second_part_of_the_quote():
    text = "\u201cI don\u2019t think it helps him,\u201d he said, just prior to the vote on Friday in Marlow."
    q = _one(text, "helps him")
    assert q.text == "\u201cI don\u2019t think it helps him,\u201d" and q.mention == "he"
    # a real second part still joins
    q = _one('Pier news. "The pier," he said, is dead and gone.', "The pier")
    assert len(q.spans) == 2


def test_second_share_after_while_is_its_own_speaker():
    text = "Pier news. 74 percent said they back the ferry levy, while 22 percent said they might change their mind."
    qs = [x for x in extract_quotes(text) if x.mention == "22 percent"]
    assert len(qs) == 1 and qs[0].text == "they might change their mind"


def test_saw_x_as_y_is_a_view_but_saw_him_there_is_not():
    q = _one("Pier news. The harbor board saw Tarn Oakley, then 44, as the right mayor for Marlow.", "right mayor")
    assert q.cue == "saw" and q.mention == "The harbor board"
    q = _one("Pier news. All of a sudden, Marlow voters saw that Dana Whitcombe could win.", "could win")
    assert q.cue == "saw"
    assert not any(q.cue == "saw" for q in extract_quotes("Pier news. She saw him at the pier again in 1999."))


def test_asked_with_a_weekday_or_which():
    text = 'Pier news. Asked Tuesday about the levy, Dana Whitcombe said "I have not read it."'
    q = _one(text, "have not read it")
    assert q.speaker == "Dana Whitcombe" and q.cue == "said"
    q = _one(text, "about the levy")
    assert q.cue == "Asked" and q.mention is None
    q = _one("Pier news. Asked which pier was his favorite, he demurred: \u201cWhichever one I am on.\u201d", "Whichever")
    assert q.mention == "he"


def test_post_posed_records_show():
    text = "Pier news. In all, the harbor committee raised $57,000, Eastvale County records show."
    q = _one(text, "harbor committee raised")
    assert q.mention == "Eastvale County records" and q.cue == "show"
    assert q.text == "In all, the harbor committee raised $57,000"


def test_parenthetical_cue_inside_an_introduced_sentence():
    text = ("Pier news. When she finally saw the mayor, her eyes widened with surprise, he said, and she gripped "
            "his hands at the Marlow pier.")
    q = _one(text, "eyes widened")
    assert q.mention == "he" and q.cue == "said" and len(q.spans) == 2
    assert q.text.startswith("When she finally saw the mayor")


def test_parenthetical_cue_after_an_if_clause():
    text = "Pier news. If the levy conflicts with the town charter, Dana Whitcombe said, the council must drop it."
    q = _one(text, "council must drop it")
    assert q.speaker == "Dana Whitcombe" and q.text.startswith("If the levy conflicts")


def test_short_name_colon_heading_is_not_speech():
    text = ("Pier news.\n\nThe race in Marlow is tight.\n\nWhitcombe: Now or never\n\n"
            "Oakley: We will rebuild the pier before the summer.")
    qs = extract_quotes(text)
    assert not any(q.text == "Now or never" for q in qs)
    assert any(q.speaker == "Oakley" and "rebuild the pier" in q.text for q in qs)


def test_found_with_a_reflexive_is_not_a_finding():
    text = "Pier news. Dana Whitcombe once again found herself embroiled in a fight over the Marlow ferry."
    assert not any(q.cue == "found" for q in extract_quotes(text))
    q = _one("Pier news. The harbor audit found that the ferry lost money in Marlow.", "ferry lost money")
    assert q.cue == "found"


def test_called_off_is_not_a_cue():
    text = "Pier news. Several Marlow firms have called off projects with the harbor board since the vote."
    assert not any(q.cue == "called" for q in extract_quotes(text))


def test_went_so_far_as_to_say_and_had_this_to_say():
    text = "Pier news. The Marlow columnist Tarn Oakley went so far as to say: ''The pier as we know it is over.''"
    q = _one(text, "pier as we know it")
    assert q.speaker == "Tarn Oakley"
    text = 'Pier news. A paper from the Eastvale Institute had this to say about the levy: "Families at the top gain most."'
    q = _one(text, "Families at the top")
    assert q.mention == "Eastvale Institute"


def test_possessive_pronoun_before_a_noun_cue_is_the_source():
    text = "Pier news. Tarn Oakley repeated his claim that the ferry would return to Marlow by June."
    q = _one(text, "ferry would return")
    assert q.mention == "his" and q.cue == "claim"
    assert q.speaker == "Tarn Oakley"  # the speaker is still resolved through the subject


def test_but_went_on_to_say_takes_the_clause_subject():
    text = ("Pier news. Tarn Oakley joked that Marlow was his answer, but went on to say, "
            "\u201cThere are places in Eastvale that are worse.\u201d")
    q = _one(text, "places in Eastvale")
    assert q.speaker == "Tarn Oakley" and q.cue == "say"


def test_participle_after_a_quotation_and_subject_after_a_subordinator():
    # '"X," telling reporters ...': the participle is never inverted, even right after a quotation
    text = ("Pier news. Dana Whitcombe has hailed the vote as \u201cfantastic,\u201d telling reporters on Friday "
            "that the levy is \u201ca great thing.\u201d")
    q = _one(text, "a great thing")
    assert q.speaker == "Dana Whitcombe" and q.cue == "telling"
    # "three days after Oakley told the Times ...": the name after the subordinator is the subject
    text = "The levy passed three days after Tarn Oakley told the Harbor Times he was not ready to back it."
    q = _one(text, "not ready to back it")
    assert q.speaker == "Tarn Oakley" and q.cue == "told"


def test_longer_prepositional_aside_between_speaker_and_cue():
    text = ("Pier news. Tarn Oakley, in a statement released by the harbor board on Thursday, said he "
            "\u201cappreciates the professionalism\u201d of the Marlow attorney.")
    q = _one(text, "appreciates the professionalism")
    assert q.speaker == "Tarn Oakley" and q.cue == "said"
