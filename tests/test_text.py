"""Segmentation: paragraphs, sentences, tokens and quotation marks, with offsets."""
import pytest

from toolkit.text import english_quote_marks, load_wordlist, paragraphs, quotations, sentences, tokens


def _texts(text, spans):
    return [text[s:e] for s, e in spans]


def test_paragraphs_split_on_blank_lines_and_trim():
    text = "  First line\nstill first.\n\n\nSecond.  \n \nThird."
    assert _texts(text, paragraphs(text)) == ["First line\nstill first.", "Second.", "Third."]


def test_paragraphs_fall_back_to_lines_without_blank_lines():
    text = "One.\nTwo.\n\t\nThree."  # a line of white space counts as blank
    assert _texts(text, paragraphs(text)) == ["One.\nTwo.", "Three."]
    assert _texts("A.\nB.", paragraphs("A.\nB.")) == ["A.", "B."]


def test_paragraphs_of_empty_text():
    assert paragraphs("") == []
    assert paragraphs(" \n\n ") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Lee met Gov. J.B. Ortiz in the U.S. on Jan. 5. They talked.",
         ["Mr. Lee met Gov. J.B. Ortiz in the U.S. on Jan. 5.", "They talked."]),
        ("They met at 9 a.m. Thursday in Valdora. Dr. Amis spoke first.",
         ["They met at 9 a.m. Thursday in Valdora.", "Dr. Amis spoke first."]),
        ("The aid arrived in the U.S. The ministers left.",
         ["The aid arrived in the U.S.", "The ministers left."]),
        ("Sen. Marta Quill (D., Ore.) voted no. Rep. Ivo Brandt did not.",
         ["Sen. Marta Quill (D., Ore.) voted no.", "Rep. Ivo Brandt did not."]),
        ("It costs 3.5 million dollars. No. 2 is next.", ["It costs 3.5 million dollars.", "No. 2 is next."]),
        ("Why? Nobody knows! “We will see.” He left.",
         ["Why?", "Nobody knows!", "“We will see.”", "He left."]),
        ("“We will win,” said Gov. Ana Pell. “Then we rest.”",
         ["“We will win,” said Gov. Ana Pell.", "“Then we rest.”"]),
        ("He said \"yes.\" Then he left.", ["He said \"yes.\"", "Then he left."]),
        ("the prices rose. but not much.", ["the prices rose. but not much."]),
        ("It was then-Sen. Ada Vorn who spoke. Ex-Gov. Bo Lind agreed.",
         ["It was then-Sen. Ada Vorn who spoke.", "Ex-Gov. Bo Lind agreed."]),
    ],
)
def test_sentences_respect_news_abbreviations_and_quotes(text, expected):
    assert _texts(text, sentences(text)) == expected


def test_sentences_never_cross_paragraphs():
    text = "The mayor of Tarsk spoke\n\nat length. Then the vote."
    assert _texts(text, sentences(text)) == ["The mayor of Tarsk spoke", "at length.", "Then the vote."]


def test_sentences_of_a_slice_keep_offsets_into_the_whole_text():
    text = "Intro. One here. Two here."
    spans = sentences(text, 7)
    assert _texts(text, spans) == ["One here.", "Two here."]
    assert spans[0][0] == 7


def test_seed_sentences(seed):
    got = _texts(seed.text, sentences(seed.text))
    assert "But Mr. López Obrador has denied fentanyl is made in Mexico." in got
    assert "He snubbed a similar summit hosted by Mr. Biden last year." in got
    assert any(s.startswith("Gov. J.B. Pritzker of Illinois wrote a letter") for s in got)
    assert any(s.startswith("U.S. Border Patrol officials recorded") for s in got)
    assert all(not s.startswith(("J.B.", "S.", "Garland")) for s in got)


def test_tokens_keep_inner_punctuation():
    text = "López's U.S.-Mexican deal, don't, on Jan. 5 for 1,200 Mr. Ruel J. Vantz."
    assert _texts(text, tokens(text)) == ["López's", "U.S.", "-", "Mexican", "deal", ",", "don't", ",", "on",
                                          "Jan.", "5", "for", "1,200", "Mr.", "Ruel", "J.", "Vantz", "."]


def test_quotations_pair_curly_and_straight_marks():
    text = 'He said “yes” and she said "no" today.'
    got = quotations(text)
    assert [text[q.start:q.end] for q in got] == ["yes", "no"]
    assert all(q.close is not None for q in got)


def test_apostrophes_stay_apostrophes_and_single_quotes_pair():
    text = "The cartels’ routes and the Leaders’ Summit: ‘fine’, said Ana’s aide."
    assert [text[q.start:q.end] for q in quotations(text)] == ["fine"]


@pytest.mark.parametrize("text", [
    "Don't say rock 'n' roll died in the '90s, Obrador's aide joked.",
    "It's the farmers' market, ’tis the season, and the ‘90s are back.",
    "She said 'maybe and never closed it.",
])
def test_apostrophes_are_never_paired(text):
    assert quotations(text) == []


@pytest.mark.parametrize("text, inner", [
    ("'We will not back down,' said Jane Doe.", ["We will not back down,"]),
    ("‘We won’t stop,’ said Jane Doe, ‘not now.’", ["We won’t stop,", "not now."]),
    ("«Nous sommes prêts», a dit Jeanne Morel.", ["Nous sommes prêts"]),
    ("„Wir sind bereit“, sagte Jana Berg.", ["Wir sind bereit"]),
    ("„Jesteśmy gotowi”, powiedziała Ewa Lis.", ["Jesteśmy gotowi"]),
    ("»Ja«, sagte er, ‹nein›, sagte sie.", ["Ja", "nein"]),
    ("‘He called it “absurd”,’ she said.", ["He called it “absurd”,"]),
    ("«Il a dit “non”», a-t-il ajouté.", ["Il a dit “non”"]),
    ('"Mixed," he said, \'marks\' and “more”.', ["Mixed,", "marks", "more"]),
    ("The workers' union said 'no' to it.", ["no"]),
])
def test_single_marks_guillemets_and_low_high_marks_pair(text, inner):
    assert [text[q.start:q.end] for q in quotations(text)] == inner


def test_english_quote_marks_keeps_offsets_and_nests_inner_marks():
    text = "‘He called it “absurd”,’ she said. «Oui», dit-elle. \"Plain\" stays."
    marked = english_quote_marks(text)
    assert len(marked) == len(text)
    assert marked == "“He called it ‘absurd’,” she said. “Oui”, dit-elle. \"Plain\" stays."
    assert english_quote_marks("No quotes, Obrador's aide said.") == "No quotes, Obrador's aide said."


def test_quote_continued_across_paragraphs():
    text = "“We will build the bridge.\n\n“And we will pay for it,” said Mayor Ruel Vantz."
    q1, q2 = quotations(text)
    assert text[q1.start:q1.end] == "We will build the bridge."
    assert q1.close is None and not q1.continued
    assert text[q2.start:q2.end] == "And we will pay for it,"
    assert q2.continued and q2.paragraph == 1


def test_unclosed_quote_ends_with_its_paragraph_without_shifting_others():
    text = "“Cut off at the end\n\nNext paragraph says “fine” and “good”."
    got = quotations(text)
    assert [text[q.start:q.end] for q in got] == ["Cut off at the end", "fine", "good"]
    assert not got[1].continued


def test_stray_closing_mark_and_double_opening():
    text = "A stray ” mark, then “one “two” three."
    got = quotations(text)
    assert [text[q.start:q.end] for q in got] == ["one", "two"]


def test_doubled_apostrophes_and_mistyped_marks_are_paired():
    text = "He said ''not now'' and left. \u201cWe are here,\u201c said Ona Brel, \u201dand staying.\u201d"
    got = quotations(text)
    assert [text[q.start:q.end] for q in got] == ["not now", "We are here,", "and staying."]


def test_straight_quote_opening_a_paragraph():
    text = '"Plain marks," she said, "work too."'
    assert [text[q.start:q.end] for q in quotations(text)] == ["Plain marks,", "work too."]


def test_seed_has_six_quoted_stretches(seed):
    assert len(quotations(seed.text)) == 6


def test_wordlists_are_read_lower_case_without_comments():
    titles = load_wordlist("title_abbreviations.txt")
    assert "gov" in titles and "mr" in titles
    assert not any(t.startswith("#") for t in titles)


@pytest.mark.parametrize("start,end", [(0, None), (0, 10**6), (12, 80), (30, 30), (50, 20), (-25, None), (5, -3)])
def test_sentences_of_a_part_are_those_of_the_slice_shifted(start, end):
    # a part is split in place (no copy of the slice); the offsets are the slice's plus start
    text = ("Mayor Ilka Voss spoke at 9 a.m. on Tuesday. Then Gov. Brann left.\n\n"
            "\u201cWe will see,\u201d he said. The U.S. team stayed.\nA last line.")
    part = text[start:end]
    expected = [(s + start, e + start) for s, e in sentences(part)]
    assert (sentences(text, start, end) if end is not None else sentences(text, start)) == expected
    for ps, pe in paragraphs(text):
        assert sentences(text, ps, pe) == [(s + ps, e + ps) for s, e in sentences(text[ps:pe])]


def test_trie_pattern_matches_exactly_its_words():
    import re

    from toolkit.text import trie_pattern

    words = ["said", "says", "say", "sa.d", "told", "o'clock"]
    pattern = re.compile("(?:" + trie_pattern(words) + ")")
    assert trie_pattern(["said", "says", "say"]) == "sa(?:id|y(?:s)?)"
    for w in words:
        assert pattern.fullmatch(w)
    for w in ["sa", "saxd", "tol", "toldx", "oclock", ""]:
        assert not pattern.fullmatch(w)
    assert trie_pattern([]) == ""


def test_curly_quotation_nested_in_a_straight_one():
    text = '"The poll asked: \u201cWill the bridge reopen?\u201d Most said no," said Ona Brel.'
    assert [text[q.start:q.end] for q in quotations(text)] == [
        'The poll asked: \u201cWill the bridge reopen?\u201d Most said no,']


def test_curly_marks_right_after_a_straight_one_are_a_typo_not_nesting():
    text = '"\u201cWe will win,\u201d Ona Brel said, before the vote. Later "it was close," she said.'
    assert [text[q.start:q.end] for q in quotations(text)][-1] == "it was close,"
