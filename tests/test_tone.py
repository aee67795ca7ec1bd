"""Tests for toolkit.tone (and the sentiment plot). Texts are invented for the tests."""
from __future__ import annotations

import math

import pandas as pd
import pytest

import toolkit as tk
from toolkit.model import Quote, Sentiment
from toolkit.tone import (BY_SPEAKER_COLUMNS, MIN_QUOTES, SCORED_QUOTE_COLUMNS, UNKNOWN_SPEAKER, backends,
                          quote_tones, score_quotes, sentiment, sentiment_backends, sentiment_by_speaker,
                          speaker_table, speakers)
from toolkit.tone.news_model import features
from toolkit.tone.pattern import masked_text, name_spans, pattern_scores, pattern_words, tokenize


def quote(text, speaker=None, mention=None, start=0):
    return Quote(text=text, spans=((start, start + len(text)),), start=start,
                 end=start + len(text), direct=True, speaker=speaker, mention=mention)


# ---------------------------------------------------------------------------------------------
# sentiment()

def test_backends_listed_with_default_first():
    names = sentiment_backends()
    assert names[0] == "textblob"
    assert "news" in names
    assert tk.sentiment_backends() == names


def test_default_backend_is_textblob_with_evidence():
    s = sentiment("The new bridge is a wonderful achievement for the valley.")
    assert isinstance(s, Sentiment)
    assert s.backend == "textblob"
    assert s.label == 1 and s.polarity > 0
    assert 0.0 <= s.subjectivity <= 1.0
    words = " ".join(w for w, _ in s.evidence)
    assert "wonderful" in words
    assert all(isinstance(w, str) and isinstance(v, float) for w, v in s.evidence)


def test_textblob_negative_and_negation_in_evidence():
    s = sentiment("The council's plan was a terrible, costly mistake.")
    assert s.label == -1 and s.polarity < 0
    assert any("terrible" in w and v < 0 for w, v in s.evidence)
    t = sentiment("The harvest was not good this year.")
    assert t.polarity < 0
    assert any("not" in w and "good" in w for w, _ in t.evidence)


@pytest.mark.parametrize("backend", sentiment_backends())
def test_empty_text_gives_neutral_without_evidence(backend):
    for text in ("", "   \n "):
        s = sentiment(text, backend=backend)
        assert s.label == 0 and s.polarity == 0.0 and s.evidence == ()
        assert s.backend == backend


@pytest.mark.parametrize("backend", sentiment_backends())
def test_target_outside_text_raises_naming_span(backend):
    with pytest.raises(ValueError, match=r"\(5, 90\)"):
        sentiment("Ms. Arden spoke briefly.", target=(5, 90), backend=backend)
    with pytest.raises(ValueError, match=r"\(-1, 3\)"):
        sentiment("Ms. Arden spoke briefly.", target=(-1, 3), backend=backend)
    with pytest.raises(ValueError, match=r"\(4, 4\)"):
        sentiment("Ms. Arden spoke briefly.", target=(4, 4), backend=backend)


def test_target_on_empty_text_raises():
    with pytest.raises(ValueError, match=r"\(0, 1\)"):
        sentiment("", target=(0, 1))


def test_bad_target_type_raises_type_error():
    with pytest.raises(TypeError, match="target"):
        sentiment("Ms. Arden spoke.", target=("a", "b"))
    with pytest.raises(TypeError, match="target"):
        sentiment("Ms. Arden spoke.", target=5)


def test_unknown_backend_lists_available():
    with pytest.raises(ValueError) as info:
        sentiment("Fine weather.", backend="oracle")
    msg = str(info.value)
    assert "oracle" in msg
    for name in sentiment_backends():
        assert name in msg


def test_missing_optional_backend_says_how_to_get_it(monkeypatch):
    monkeypatch.setattr(backends, "_importable", lambda name: False)
    assert sentiment_backends() == ("textblob", "news")
    with pytest.raises(ValueError, match="vaderSentiment") as info:
        sentiment("Fine.", backend="vader")
    assert "textblob, news" in str(info.value)


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["a list"]])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        sentiment(value)


def test_names_carry_no_tone():
    # Each of these names holds a lexicon word; none is scored.
    for text in ("Hope Hicks arrived in Tarvel on Monday.",
                 "Officials from Great Britain arrived on Monday.",
                 "The delegation met Joy Best and Grace Sterling on Monday."):
        s = sentiment(text)
        assert s.polarity == 0.0 and s.label == 0, (text, s)
        assert s.evidence == ()


def test_shouted_text_is_scored():
    s = sentiment("NOT GOOD AT ALL!")
    assert s.label == -1 and s.evidence


MALFORMED = ["\x00\x01", "\u201c", '"""', "n't", "\u2026" * 40, "A" * 5000, "great \U0001F600",
             "\u00c7a va tr\u00e8s bien", "\u200b", ".\n\n.", "X", "Mr.", "- - -"]


@pytest.mark.parametrize("backend", sentiment_backends())
def test_malformed_strings_never_raise(backend):
    for text in MALFORMED:
        for target in (None, (0, 1), (len(text) - 1, len(text))):
            s = sentiment(text, target=target, backend=backend)
            assert s.label in (-1, 0, 1) and -1.0 <= s.polarity <= 1.0


@pytest.mark.parametrize("backend", [b for b in ("vader", "afinn") if b in sentiment_backends()])
def test_optional_lexicon_backends_explain(backend):
    s = sentiment("The rescue was a wonderful success.", backend=backend)
    assert s.backend == backend and s.label == 1 and s.subjectivity is None
    assert any(v > 0 for _, v in s.evidence)
    assert sentiment("Hope Hicks arrived.", backend=backend).evidence == ()


def test_sentence_initial_word_is_still_scored():
    s = sentiment("Great progress was made at the talks.")
    assert s.label == 1


def test_target_words_are_masked():
    text = "Happy Valdez signed the accord."
    s = sentiment(text, target=(0, 12))
    assert s.polarity == 0.0 and s.evidence == ()


def test_mask_spans_neutralise_words():
    text = "Best will decide tomorrow."
    assert sentiment(text).polarity > 0  # "Best" opens the sentence: scored as a word
    assert sentiment(text, mask=[(0, 4)]).polarity == 0.0
    with pytest.raises(ValueError, match="mask span"):
        sentiment(text, mask=[(0, 400)])


def test_target_limits_lexicon_to_its_sentence():
    text = "The harbour project is terrible. Mr. Olsen will travel to Brel on Friday."
    whole = sentiment(text)
    toward = sentiment(text, target=(37, 42))
    assert text[37:42] == "Olsen"
    assert whole.label == -1
    assert toward.label == 0 and toward.evidence == ()


def test_news_backend_returns_explained_sentiment():
    text = "Critics said Mayor Dunmore had failed the city and betrayed its voters."
    start = text.index("Dunmore")
    s = sentiment(text, target=(start, start + 7), backend="news")
    assert s.backend == "news"
    assert s.subjectivity is None
    assert -1.0 <= s.polarity <= 1.0
    assert s.label == -1
    assert s.evidence and all(isinstance(w, str) and isinstance(v, float) for w, v in s.evidence)
    # the evidence leans the way of the label
    assert sum(v for _, v in s.evidence) < 0


def test_news_backend_positive_toward_target():
    text = "Residents praised Dr. Amara Quell for her tireless, generous work at the clinic."
    start = text.index("Amara")
    s = sentiment(text, target=(start, start + 11), backend="news")
    assert s.label == 1 and s.polarity > 0


def test_news_backend_deterministic_and_without_target():
    text = "The ministry's report was welcomed by farmers across the region."
    a = sentiment(text, backend="news")
    b = sentiment(text, backend="news")
    assert a == b
    assert a.label in (-1, 0, 1)


def test_news_names_do_not_change_the_score():
    a = sentiment("Officials said Hope Hicks would attend the summit.", backend="news")
    b = sentiment("Officials said Dana Kerr would attend the summit.", backend="news")
    assert a.polarity == pytest.approx(b.polarity)


def test_news_sentence_initial_names_do_not_change_the_score():
    # A name that opens a sentence is not masked by case; the model holds no weight for
    # words that are mostly names in its training texts.
    a = sentiment("Trump said the plan would work.", backend="news")
    b = sentiment("Varga said the plan would work.", backend="news")
    assert a.polarity == pytest.approx(b.polarity)


# ---------------------------------------------------------------------------------------------
# sentiment_by_speaker()

QUOTES = [
    quote("This agreement is a wonderful step for both our nations.", "Lena Ortiz"),
    quote("I am delighted with the excellent cooperation.", "Lena Ortiz"),
    quote("We will meet again next week.", "Lena Ortiz"),
    quote("The border policy is a terrible failure.", "Victor Hale"),
    quote("Nobody knows what happens next.", None),
]


def test_by_speaker_rows_and_columns():
    table = sentiment_by_speaker(QUOTES)
    assert list(table.columns) == list(BY_SPEAKER_COLUMNS)
    assert list(table["speaker"]) == ["Lena Ortiz", "Victor Hale", UNKNOWN_SPEAKER]
    assert list(table["n_quotes"]) == [3, 1, 1]
    assert list(table["too_few"]) == [False, True, True]
    assert set(table["backend"]) == {"textblob"}
    shares = table[["share_positive", "share_neutral", "share_negative"]].sum(axis=1)
    assert shares.tolist() == pytest.approx([1.0, 1.0, 1.0])


def test_by_speaker_figures_match_per_quote_scores():
    table = sentiment_by_speaker(QUOTES).set_index("speaker")
    pols = [sentiment(q.text).polarity for q in QUOTES[:3]]
    labels = [sentiment(q.text).label for q in QUOTES[:3]]
    ortiz = table.loc["Lena Ortiz"]
    assert ortiz["mean_polarity"] == pytest.approx(sum(pols) / 3)
    assert ortiz["share_positive"] == pytest.approx(labels.count(1) / 3)
    assert ortiz["share_neutral"] == pytest.approx(labels.count(0) / 3)
    assert ortiz["coverage"] == pytest.approx(2 / 3)  # "We will meet again" has no scored word
    assert min(pols) - 1e-9 <= ortiz["ci_low"] <= ortiz["mean_polarity"] <= ortiz["ci_high"] <= max(pols) + 1e-9
    hale = table.loc["Victor Hale"]
    assert hale["share_negative"] == 1.0
    assert math.isnan(hale["ci_low"]) and math.isnan(hale["ci_high"])  # one quote: no interval


def test_by_speaker_bootstrap_is_deterministic_and_row_stable():
    a = sentiment_by_speaker(QUOTES)
    b = sentiment_by_speaker(QUOTES)
    pd.testing.assert_frame_equal(a, b)
    more = QUOTES + [quote("What a dreadful day.", "Ines Moro")] * 2
    c = sentiment_by_speaker(more).set_index("speaker")
    assert c.loc["Lena Ortiz", "ci_low"] == a.set_index("speaker").loc["Lena Ortiz", "ci_low"]
    d = sentiment_by_speaker(QUOTES, seed=7).set_index("speaker")
    assert d.loc["Lena Ortiz", "mean_polarity"] == a.set_index("speaker").loc["Lena Ortiz", "mean_polarity"]


def test_by_speaker_min_quotes_threshold():
    assert MIN_QUOTES == 3
    table = sentiment_by_speaker(QUOTES, min_quotes=1)
    assert not table["too_few"].any()
    table = sentiment_by_speaker(QUOTES, min_quotes=4)
    assert table["too_few"].all()
    with pytest.raises(ValueError, match="min_quotes"):
        sentiment_by_speaker(QUOTES, min_quotes=0)


def test_by_speaker_empty_has_stable_columns():
    table = sentiment_by_speaker([])
    assert table.empty and list(table.columns) == list(BY_SPEAKER_COLUMNS)
    table = sentiment_by_speaker([], by_topic=True)
    assert list(table.columns)[:2] == ["speaker", "topic"]


def test_by_speaker_masks_the_speakers_name():
    # "Best" opens the quote and is the speaker's own name: it must not count as praise.
    q = quote("Best will decide tomorrow.", "Grace Best")
    table = sentiment_by_speaker([q])
    assert table.loc[0, "mean_polarity"] == 0.0
    assert table.loc[0, "coverage"] == 0.0


def test_by_speaker_masks_the_mention():
    q = quote("Best will decide tomorrow.", speaker=None, mention="Mr. Best")
    assert score_quotes([q]).loc[0, "polarity"] == 0.0


def test_by_speaker_by_topic():
    quotes = [
        quote("Fentanyl is a terrible threat to our towns.", "Lena Ortiz"),
        quote("Gun trafficking and fentanyl smuggling must stop.", "Lena Ortiz"),
        quote("The migrants deserve a fair and humane process.", "Victor Hale"),
        quote("We had a lovely lunch.", "Victor Hale"),
    ]
    table = sentiment_by_speaker(quotes, by_topic=True)
    assert list(table.columns) == ["speaker", "topic"] + list(BY_SPEAKER_COLUMNS[1:])
    cells = {(r.speaker, r.topic): r.n_quotes for r in table.itertuples()}
    assert cells[("Lena Ortiz", "drugs")] == 2
    assert cells[("Lena Ortiz", "firearms")] == 1
    assert cells[("Victor Hale", "migration")] == 1
    assert cells[("Victor Hale", "(none)")] == 1


def test_by_speaker_user_topics():
    quotes = [quote("Tariffs on steel hurt our wonderful workers.", "Lena Ortiz")]
    table = sentiment_by_speaker(quotes, by_topic=True, topics={"trade": ["tariff*", "steel"]})
    assert list(table["topic"]) == ["trade"]


def test_by_speaker_news_backend():
    table = sentiment_by_speaker(QUOTES, backend="news")
    assert set(table["backend"]) == {"news"}
    assert table["mean_polarity"].between(-1, 1).all()


def test_by_speaker_accepts_quotes_frame_shape():
    frame = pd.DataFrame({"text": [q.text for q in QUOTES], "speaker": [q.speaker for q in QUOTES]})
    a = sentiment_by_speaker(frame)
    b = sentiment_by_speaker(QUOTES)
    pd.testing.assert_frame_equal(a, b)


def test_by_speaker_bad_input():
    with pytest.raises(TypeError, match="str"):
        sentiment_by_speaker("not a list of quotes")
    with pytest.raises(TypeError, match=r"quotes\[1\]"):
        sentiment_by_speaker([QUOTES[0], 42])
    with pytest.raises(ValueError, match="available"):
        sentiment_by_speaker(QUOTES, backend="nope")


def test_score_quotes_columns():
    table = score_quotes(QUOTES)
    assert list(table.columns) == SCORED_QUOTE_COLUMNS
    assert len(table) == len(QUOTES)
    assert table.loc[3, "label"] == -1
    assert table.loc[4, "speaker"] is None
    assert score_quotes([]).empty and list(score_quotes([]).columns) == SCORED_QUOTE_COLUMNS


def test_seed_speakers():
    article = tk.load_seed()
    quotes = tk.extract_quotes(article)
    table = sentiment_by_speaker(quotes)
    rows = table.set_index("speaker")
    assert rows.loc["Merrick B. Garland", "n_quotes"] == 3
    for name in ("Rudman", "Pritzker", "Blinken"):
        assert any(name in str(s) for s in table["speaker"]), (name, list(table["speaker"]))
    assert table["n_quotes"].sum() == len(quotes)


# ---------------------------------------------------------------------------------------------
# plot

def test_plot_sentiment_by_speaker():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    table = sentiment_by_speaker(QUOTES)
    ax = tk.plot_sentiment_by_speaker(table)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(labels) == sorted(["Lena Ortiz", "Victor Hale", UNKNOWN_SPEAKER])
    # the first row of the table is drawn at the top
    top = max(ax.get_yticks())
    assert labels[list(ax.get_yticks()).index(top)] == "Lena Ortiz"
    plt.close(ax.figure)
    fig, ax2 = plt.subplots()
    assert tk.plot_sentiment_by_speaker(sentiment_by_speaker([]), ax=ax2) is ax2
    assert tk.plot_sentiment_by_speaker(sentiment_by_speaker(QUOTES, by_topic=True), ax=ax2) is ax2
    plt.close(fig)
    with pytest.raises(TypeError):
        tk.plot_sentiment_by_speaker([1, 2])


# --- fast paths: the same results as the slow, obvious code --------------------------------

_TEXTBLOB_CASES = [
    "The harvest festival in Velmora was a great success.",
    "The new bridge is not good at all.",
    "It was not a bad plan, and the council was not very happy.",
    "The mayor's speech was very, very boring!!",
    "What a truly wonderful, extremely generous gift!",
    "This is NOT GOOD AT ALL, the budget is TERRIBLE.",
    "I love the new park :) but the parking is awful :(",
    "Great news :-D from the committee (!) they said.",
    "Never again... the service was horrible; really not nice.",
    "The report, released on Tuesday, lists 42 projects.",
    "\u201cIt\u2019s an incredibly sad day,\u201d she said, \u201cbut we\u2019ll rebuild.\u201d",
    "Hardly a disaster -- more of a mildly annoying delay?!",
    "",
    "   \n\n  ",
    "Unbelievably bad. Absolutely brilliant. Somewhat okay.",
    "He didn't like it, wasn't impressed, and isn't coming back.",
    "ok ok OK!!! ;) <3 x_x",
    "The plan is really not good (!) and frankly never very useful.",
    "An incredibly not bad result, hardly perfect :-( but fine.",
    "Stop.\n\nThe vote was a DISASTER, wasn't it?",
]


@pytest.mark.parametrize("text", _TEXTBLOB_CASES)
def test_textblob_fast_path_equals_sentiment_assessments(text):
    from textblob import TextBlob

    ref = TextBlob(text).sentiment_assessments
    polarity, subjectivity, assessments = pattern_scores(text)
    assert (polarity, subjectivity) == (ref.polarity, ref.subjectivity)
    assert list(assessments) == list(ref.assessments)
    # and the public function reports exactly TextBlob's figures and assessments
    if text.strip():
        s = sentiment(text.lower())  # lower case: no word is taken for a name and masked
        ref = TextBlob(text.lower()).sentiment_assessments
        assert s.polarity == max(-1.0, min(1.0, float(ref.polarity)))
        assert s.subjectivity == float(ref.subjectivity)
        assert s.evidence == tuple((" ".join(w), round(float(p), 4)) for w, p, _, _ in ref.assessments)


@pytest.mark.parametrize("text", _TEXTBLOB_CASES + [
    "He said 'no.' Then: \"Yes!\" ... (wow)", "U.S. Mr. T. etc. e.g. x... y.. z.",
    "a :\n\n) b", "(  !  ) so", "\r\n\r\nhi\r\n", "'" * 4, "!!!", ".", ":- ) : ) ;-] 8-) o.O",
    # no parenthesis, blank line or emoticon (the short cut) and near misses across sentences
    "Tova Rensk said the plan was fine. It was not.", "So. O Canada", "Fix it. :P", "Wait. x D",
    "END-OF-SENTENCE here", "<3 the town", "\u201cGood,\u201d she said. \u2018Very.\u2019",
])
def test_pattern_tokenizer_equals_textblobs(text):
    from textblob.en import sentiment as pattern_sentiment

    assert pattern_words(text) == " ".join(pattern_sentiment.tokenizer(text)).split()


def test_textblob_fast_path_gives_the_benchmark_figures_on_all_cases():
    # at least some of the invented cases exercise negation, intensifiers, "!" and emoticons
    words = [w for t in _TEXTBLOB_CASES for ws, _, _, _ in pattern_scores(t)[2] for w in ws]
    assert {"not", "very", "!"} <= set(words)
    assert any(w in (":)", ":(", ":-d", ";)", "<3") for w in words)


def _bootstrap_one_matrix(values, key, seed, n_boot):
    """The original bootstrap: one (n_boot x n) matrix of resampled indices."""
    import math
    import zlib

    import numpy as np

    values = np.asarray(values, dtype=float)
    if len(values) < 2:
        return math.nan, math.nan
    rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
    idx = rng.integers(0, len(values), size=(n_boot, len(values)))
    low, high = np.percentile(values[idx].mean(axis=1), [2.5, 97.5])
    return float(low), float(high)


@pytest.mark.parametrize("n,n_boot", [(2, 2000), (3, 7), (101, 2000), (997, 250), (5003, 301)])
def test_blocked_bootstrap_equals_one_matrix(n, n_boot, monkeypatch):
    import random

    sm = speakers
    rnd = random.Random(n)
    values = [rnd.uniform(-1, 1) for _ in range(n)]
    expected = _bootstrap_one_matrix(values, "Mara Velt", 3, n_boot)
    assert sm._bootstrap(values, "Mara Velt", 3, n_boot) == expected
    # also in blocks of 3 resamples, and of 1 (the random stream must not depend on the block size)
    monkeypatch.setattr(sm, "_BOOT_CELLS", 3 * n)
    assert sm._bootstrap(values, "Mara Velt", 3, n_boot) == expected
    monkeypatch.setattr(sm, "_BOOT_CELLS", 1)
    assert sm._bootstrap(values, "Mara Velt", 3, n_boot) == expected


def test_news_features_use_textblob_scores_unchanged():
    from textblob import TextBlob

    text = "Critics said the plan by Governor Ilsa Varn was a terrible, shameful mess."
    start = text.index("Ilsa")
    target = (start, start + len("Ilsa Varn"))
    f = features(text, target)
    whole = TextBlob(masked_text(text, [target])).sentiment
    assert f["tb_neg"] == min(whole.polarity, 0.0)
    assert f["tb_subj"] == whole.subjectivity


@pytest.mark.parametrize("text", [
    "Smugglers moved FENTANYL and rifles across the border.", "Fentanyl-laced pills", "MIGRANTS",
    "no topic here", "The Kelvin sign \u212a and long s \u017f", "\u201cGuns,\u201d she said.",
    "New   York steel tariffs", "NEW YORKERS", "",
])
def test_topic_ascii_fast_path_equals_case_insensitive_search(text):
    from toolkit import topics as tp

    user = {"trade": ["tariff*", "steel"], "ny": ["new york*"], "k": ["k*"], "s": ["s"]}
    for spec in (None, user):
        expected = tuple(name for name, words in tp._normalise(spec)
                         if tp._pattern(words) is not None and tp._pattern(words).search(text))
        assert tp.tag_topics(text, spec) == expected


def test_speaker_table_intervals_equal_each_speakers_own_bootstrap():
    # the table takes every speaker's percentiles in one call: the same numbers as one at a time
    import random

    rnd = random.Random(7)
    records = []
    for k, n in enumerate([1, 2, 3, 3, 5, 8, 13, 40, 1]):
        records += [{"speaker": f"Orla Brenn {k}", "polarity": rnd.uniform(-1, 1), "label": rnd.choice([-1, 0, 1]),
                     "evidence": (("calm", 0.3),), "topics": ()} for _ in range(n)]
    table = speaker_table(records, seed=5, n_boot=300)
    for row in table.itertuples(index=False):
        values = [r["polarity"] for r in records if r["speaker"] == row.speaker]
        low, high = _bootstrap_one_matrix(values, row.speaker, 5, 300)
        if len(values) < 2:
            assert math.isnan(row.ci_low) and math.isnan(row.ci_high)
        else:
            assert (row.ci_low, row.ci_high) == (low, high)
    assert len(table) == 9


@pytest.mark.parametrize("text", [
    "Hope Hicks said the plan was great.", "Great progress was made, said Tova Rensk of Brannick.",
    "NOT GOOD AT ALL, said Ilse Marrow.", "I'm sure.\nWell Done Street is closed.", "\u201cFine,\u201d Lev said.",
    "O'Neil and Jean-Luc Varga met in Édouard Hall.", "", "   ", "x", "A", "He said: Marrow left. (Then Voss.)",
])
def test_name_spans_without_tokens_equal_the_tokenised_rules(text):
    # masked_text finds name-like words from re.split pieces; the same spans as from tokenize()
    assert name_spans(text) == name_spans(text, tokenize(text))


def test_quote_tones_are_score_quotes_columns_as_tuples(seed):
    quotes = tk.extract_quotes(seed)
    quotes.append(tk.Quote(text="   ", spans=((0, 3),), start=0, end=3, direct=True, speaker="Lev Arden"))
    table = score_quotes(quotes)
    expected = list(zip(table["polarity"], table["subjectivity"], table["label"], table["evidence"], table["topics"]))
    assert quote_tones(quotes) == expected
    assert len(expected) == len(quotes) and any(label != 0 for _, _, label, _, _ in expected)
