"""Tests for toolkit.timeline and toolkit.plots.timeline (texts written for the tests, and the seed)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

import toolkit as tk
from toolkit.model import Article
from toolkit.timeline import TIMELINE_COLUMNS, build_timeline

PUB = dt.date(2023, 10, 4)


def test_empty_timeline_has_stable_columns():
    frame = build_timeline([])
    assert list(frame.columns) == TIMELINE_COLUMNS
    assert len(frame) == 0
    assert str(frame["earliest"].dtype).startswith("datetime64")


def test_columns_and_types_on_the_seed(seed):
    frame = build_timeline([seed])
    assert list(frame.columns) == TIMELINE_COLUMNS
    assert len(frame) > 5
    assert frame["earliest"].dropna().is_monotonic_increasing
    assert set(frame["article_id"]) == {seed.id}
    assert set(frame["outlet"]) == {"The New York Times"}
    assert (frame["earliest"].dropna() <= frame.loc[frame["earliest"].notna(), "latest"]).all()
    for _, row in frame.iterrows():
        assert seed.text[row["start"]:row["end"]] == row["expression"]
        assert row["expression"] in seed.text
        assert isinstance(row["actors"], list)


def test_seed_story_runs_in_order(seed):
    frame = build_timeline([seed])
    order = list(frame["value"])
    for later, earlier in [("2023-09", "2022"), ("2023-10-04TEV", "2023-09"), ("2023-10-05", "2023-10-04TEV"),
                           ("2023-10-05TAF", "2023-10-05"), ("2024", "2023-10-05TAF")]:
        assert order.index(earlier) < order.index(later), (earlier, later, order)
    summit = frame[frame["value"] == "2022"].iloc[0]
    assert "summit" in summit["event"]
    arrival = frame[frame["value"] == "2023-10-04TEV"].iloc[0]
    assert "arrived" in arrival["event"]
    meetings = frame[frame["value"] == "2023-10-05"].iloc[0]
    assert "meetings" in meetings["event"]
    conference = frame[frame["value"] == "2023-10-05TAF"].iloc[0]
    assert "news conference" in conference["event"]
    assert "campaign" in frame[frame["value"] == "2024"].iloc[0]["event"]
    # SETs are not dated events
    assert "P1D" not in order


def test_report_time_is_told_apart():
    art = Article(id="r1", text="Ms. Orla Venn said on Tuesday that the Lenn bridge collapsed on Sunday.",
                  published=PUB, outlet="Harbour Post")
    frame = build_timeline([art]).set_index("expression")
    assert bool(frame.loc["Tuesday", "is_report_time"]) is True
    assert bool(frame.loc["Sunday", "is_report_time"]) is False
    assert frame.loc["Sunday", "value"] == "2023-10-01"
    assert "Orla Venn" in frame.loc["Tuesday", "actors"]


def test_vague_expressions_are_kept_and_placed_before_publication():
    art = Article(id="v1", text="Farmers in Tarrow have protested in recent weeks. The guild has for months "
                  "demanded new rules.", published=PUB)
    frame = build_timeline([art]).set_index("expression")
    for expr in ("recent weeks", "months"):
        row = frame.loc[expr]
        assert bool(row["vague"]) is True
        assert row["granularity"] == "vague"
        assert row["earliest"] < pd.Timestamp(PUB) <= row["latest"]
    assert frame.loc["months", "value"] == "PXM"


def test_same_event_from_several_outlets_collapses():
    a = Article(id="a", outlet="Harbour Post", published=PUB,
                text="The Tarrow council voted on Monday to close the old ferry terminal.")
    b = Article(id="b", outlet="Valley Herald", published=PUB,
                text="On Monday, the Tarrow council voted to close the ferry terminal after a long debate.")
    c = Article(id="c", outlet="Valley Herald", published=PUB,
                text="A storm flooded the Lenn valley on Monday.")
    frame = build_timeline([a, b, c])
    monday = frame[frame["value"] == "2023-10-02"]
    assert len(monday) == 2
    merged = monday[monday["n_sources"] == 2].iloc[0]
    assert merged["sources"] == ["Harbour Post (a)", "Valley Herald (b)"]
    assert "Tarrow" in " ".join(merged["actors"])


def test_accepts_single_article_and_strings():
    one = build_timeline(Article(id="s", text="The depot opened in 2019.", published=PUB))
    assert list(one["value"]) == ["2019"]
    text_only = build_timeline(["The depot opened on Friday."])
    assert list(text_only["value"]) == ["XXXX-WXX-5"]
    assert text_only["earliest"].isna().all()
    with pytest.raises(TypeError):
        build_timeline([42])


def test_public_name():
    assert tk.build_timeline is build_timeline


# --- plot -----------------------------------------------------------------------------------


@pytest.fixture()
def plt():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_plot_timeline_draws_every_dated_event(seed, plt):
    frame = build_timeline([seed])
    ax = tk.plot_timeline(frame)
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == frame["earliest"].notna().sum()
    assert any(label.startswith("Wednesday evening") for label in labels)
    # coarse granularity is drawn as spans (bars), day-level events as points
    assert len(ax.patches) >= (frame["granularity"].isin(["year", "month", "week"])).sum()
    # one row per event: labels never share a y position
    ys = [t.xy[1] for t in ax.texts]
    assert len(set(ys)) == len(ys)


def test_plot_timeline_on_given_axes_and_empty(plt):
    fig, ax = plt.subplots()
    assert tk.plot_timeline(build_timeline([]), ax=ax) is ax
    assert any("no dated events" in t.get_text() for t in ax.texts)
    with pytest.raises(TypeError):
        tk.plot_timeline([1, 2, 3])


def test_capability_modules_do_not_import_matplotlib():
    code = ("import sys, toolkit.timeline, toolkit.timexes; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("bad", [None, 42, b"bytes", {"text": "x"}])
def test_bad_input_raises_type_error(bad):
    with pytest.raises(TypeError):
        build_timeline(bad)


def test_dataframe_input_is_refused_with_a_hint():
    with pytest.raises(TypeError, match="read_articles"):
        build_timeline(pd.DataFrame({"text": ["The depot opened in 2019."]}))
