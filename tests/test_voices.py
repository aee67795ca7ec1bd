"""Voices by outlet on the invented corpus: shares, intervals, reproducibility, the plot."""
import matplotlib

matplotlib.use("Agg")

import pytest

from _people_corpus import ALIASES, corpus_frame
from toolkit.plots.voices import plot_voices
from toolkit.voices import UNATTRIBUTED, voices


@pytest.fixture(scope="module")
def table():
    return voices(corpus_frame(), aliases=ALIASES, n_boot=300, seed=7)


def test_shares_per_outlet_country_sum_to_one(table):
    for measure in ("quote_share", "word_share"):
        sums = table.groupby("outlet_country")[measure].sum()
        assert sums.to_numpy() == pytest.approx([1.0, 1.0])


def test_intervals_contain_the_estimate(table):
    for measure in ("quote", "word"):
        assert (table[f"{measure}_low"] <= table[f"{measure}_share"]).all()
        assert (table[f"{measure}_share"] <= table[f"{measure}_high"]).all()
        assert table[f"{measure}_low"].between(0, 1).all() and table[f"{measure}_high"].between(0, 1).all()


def test_counts_match_the_corpus(table):
    mx = table[table["outlet_country"] == "MX"].set_index("group")
    assert mx.loc["government of Mexico", "quotes"] == 2
    assert mx.loc["expert", "quote_share"] == pytest.approx(2 / 6)
    assert mx["articles"].iloc[0] == 2
    us = table[table["outlet_country"] == "US"].set_index("group")
    assert us.loc[UNATTRIBUTED, "quotes"] == 1
    assert table["quotes"].sum() == len(corpus_frame())


def test_same_seed_same_intervals():
    first = voices(corpus_frame(), n_boot=200, seed=3)
    second = voices(corpus_frame(), n_boot=200, seed=3)
    assert first.equals(second)


def test_by_outlet_and_bad_column():
    table = voices(corpus_frame(), by="outlet", n_boot=50)
    assert set(table["outlet"]) == {"Harbor Ledger", "Diario del Valle", "Northfield Post", "Eastbrook Courier"}
    with pytest.raises(ValueError):
        voices(corpus_frame(), by="language")


def test_plot_returns_an_axes(table, tmp_path):
    ax = plot_voices(table)
    assert hasattr(ax, "plot") and ax.get_legend() is not None
    ax.figure.savefig(tmp_path / "voices.png")
    words = plot_voices(table, measure="word")
    assert "words" in words.get_xlabel()
    with pytest.raises(ValueError):
        plot_voices(table.drop(columns="quote_share"))
