"""Tone by speaker and outlet (#14 part 5): target words, ``by=``, the backend of corpus runs.

Texts, people, outlets and places are invented for the tests.
"""
from __future__ import annotations

import matplotlib
import pytest

import toolkit as tk
from toolkit import cli
from toolkit.model import Article, Quote

matplotlib.use("Agg")

TEXT = "Senator Dana Whitcombe visited Brantmoor. Residents praised Whitcombe for the generous aid."
STORY = ('"The reform is a disaster for families," said Senator Dana Whitcombe. '
         '"We are proud of this great plan," Mayor Ilse Vorhagen said.')
OUTLETS = [("Daily Brantmoor", "US"), ("Carrow Post", "US"), ("Elmsford Times", "UK"),
           ("Elmsford Herald", "UK")]


def articles():
    return [Article(id=f"a{i}", text=STORY, outlet=outlet, meta=(("outlet_country", country),))
            for i, (outlet, country) in enumerate(OUTLETS)]


# ---------------------------------------------------------------------------------------------
# target given as words

def test_target_words_find_the_first_whole_word_mention_ignoring_case():
    start = TEXT.index("Whitcombe")
    for backend in tk.sentiment_backends():
        by_words = tk.sentiment(TEXT, target="whitcombe", backend=backend)
        by_span = tk.sentiment(TEXT, target=(start, start + len("Whitcombe")), backend=backend)
        assert by_words == by_span


def test_target_words_may_be_several_words():
    start = TEXT.index("Dana")
    assert (tk.sentiment(TEXT, target="Dana Whitcombe", backend="news")
            == tk.sentiment(TEXT, target=(start, start + len("Dana Whitcombe")), backend="news"))


@pytest.mark.parametrize("target", ["Vorhagen", "Whit", "   "])
def test_target_not_in_text_is_a_value_error_naming_it(target):
    with pytest.raises(ValueError, match="target"):
        tk.sentiment(TEXT, target=target)
    if target.strip():
        with pytest.raises(ValueError, match=repr(target)):
            tk.sentiment(TEXT, target=target)


# ---------------------------------------------------------------------------------------------
# sentiment_by_speaker(..., by=)

def test_by_outlet_country_from_a_quotes_frame():
    frame = tk.quotes_frame(articles())
    table = tk.sentiment_by_speaker(frame, backend="news", by="outlet_country")
    assert list(table.columns[:3]) == ["speaker", "outlet_country", "n_quotes"]
    cells = set(zip(table["speaker"], table["outlet_country"]))
    assert cells == {(s, c) for s in ("Dana Whitcombe", "Ilse Vorhagen") for c in ("UK", "US")}
    assert (table["n_quotes"] == 2).all() and (table["backend"] == "news").all()
    assert (table["ci_low"] <= table["mean_polarity"]).all()
    assert (table["mean_polarity"] <= table["ci_high"]).all()
    whitcombe = table[table.speaker == "Dana Whitcombe"]["mean_polarity"]
    vorhagen = table[table.speaker == "Ilse Vorhagen"]["mean_polarity"]
    assert whitcombe.max() < 0 < vorhagen.min()


def test_by_with_quote_objects_and_missing_values():
    quotes = [Quote(text="A fine, hopeful plan.", spans=((0, 21),), start=0, end=21, direct=True,
                    speaker="Dana Whitcombe")]
    with pytest.raises(ValueError, match="outlet_country"):
        tk.sentiment_by_speaker(quotes, by="outlet_country")
    frame = tk.quotes_frame(articles())
    frame.loc[0, "outlet_country"] = None
    table = tk.sentiment_by_speaker(frame, by="outlet_country")
    assert "(unknown)" in set(table["outlet_country"])
    assert table["n_quotes"].sum() == len(frame)


def test_by_and_by_topic_together_are_refused():
    with pytest.raises(ValueError, match="not both"):
        tk.sentiment_by_speaker(tk.quotes_frame(articles()), by="outlet_country", by_topic=True)


def test_plot_labels_rows_with_the_by_value():
    table = tk.sentiment_by_speaker(tk.quotes_frame(articles()), by="outlet_country")
    ax = tk.plot_sentiment_by_speaker(table)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Dana Whitcombe · UK" in labels and "Ilse Vorhagen · US" in labels


# ---------------------------------------------------------------------------------------------
# the backend of corpus runs

def test_analyze_uses_the_chosen_backend():
    result = tk.analyze(articles(), progress=False, backend="news")
    assert (result.speakers["backend"] == "news").all()
    expected = tk.sentiment_by_speaker(tk.quotes_frame(articles()), backend="news")
    assert sorted(result.quotes["polarity"].round(6)) == sorted(
        tk.score_quotes(tk.quotes_frame(articles()), backend="news")["polarity"].round(6))
    assert sorted(result.speakers["mean_polarity"].round(6)) == sorted(expected["mean_polarity"].round(6))


def test_analyze_unknown_backend_lists_the_available_ones():
    with pytest.raises(ValueError, match="available: " + ", ".join(tk.sentiment_backends())):
        tk.analyze(articles(), progress=False, backend="sarcasm")


def test_cli_backend_option(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["analyze", str(path), "--backend", "news", "--out", str(out), "--no-progress"]) == 0
    assert "news" in (out / "speakers.csv").read_text(encoding="utf-8")
    assert cli.main(["analyze", str(path), "--backend", "sarcasm"]) == 2
    err = capsys.readouterr().err
    assert "sarcasm" in err and "news" in err
