"""Tests for toolkit.timeline and toolkit.plots.timeline (texts written for the tests, and the seed)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

import toolkit as tk
from toolkit.model import Article
from toolkit.columns import COVERAGE_TIMELINE_COLUMNS, EVENT_QUOTE_COLUMNS
from toolkit.timeline import TIMELINE_COLUMNS, build_timeline, event_quotes

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


# --- the coverage of each event (invented outlets, places and people) ------------------------


def _report(id_, outlet, country, published, text):
    meta = (("outlet_country", country),) if country else ()
    return Article(id=id_, text=text, outlet=outlet, published=published, meta=meta)


@pytest.fixture()
def corpus():
    """Four invented outlets: the council vote dated Monday by two, Tuesday by one; a storm."""
    return [
        _report("hp-1", "Harbour Post", "KS", dt.date(2023, 10, 3),
                "The Tarrow council voted on Monday to close the old ferry terminal. “It has cost us too much "
                "for too long,” said Elin Strand, the mayor.\n\n“We will fight this,” said Bram Ostery, a ferry "
                "captain, on the quay."),
        _report("vh-1", "Valley Herald", "OW", dt.date(2023, 10, 2),
                "On Monday, the Tarrow council voted to close the ferry terminal after a long debate."),
        _report("lg-1", "Lenn Gazette", "OW", dt.date(2023, 10, 4),
                "The Tarrow council voted on Tuesday to close the old ferry terminal."),
        _report("vh-2", "Valley Herald", "OW", dt.date(2023, 10, 4), "A storm flooded the Lenn valley on Monday."),
    ]


def _row(frame, value, word):
    rows = frame[(frame["value"] == value) & frame["event"].str.contains(word)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_coverage_columns_also_when_empty(corpus):
    assert list(build_timeline([], coverage=True).columns) == COVERAGE_TIMELINE_COLUMNS
    frame = build_timeline(corpus, coverage=True)
    assert list(frame.columns) == COVERAGE_TIMELINE_COLUMNS
    assert frame["n_outlets"].dtype == "int64" and frame["dates_differ"].dtype == bool
    # the plain timeline (tk.analyze's) keeps its columns
    assert list(build_timeline(corpus).columns) == TIMELINE_COLUMNS


def test_coverage_lists_outlets_countries_and_the_first_report(corpus):
    vote = _row(build_timeline(corpus, coverage=True), "2023-10-02", "council")
    assert vote["outlets"] == ["Valley Herald", "Harbour Post"]  # in order of publication
    assert vote["n_outlets"] == 2
    assert vote["outlet_countries"] == ["OW", "KS"]
    assert vote["article_ids"] == ["vh-1", "hp-1"]
    assert (vote["first_outlet"], vote["first_article"]) == ("Valley Herald", "vh-1")
    assert vote["first_published"] == dt.date(2023, 10, 2)


def test_quotes_about_an_event_are_those_of_its_paragraph(corpus):
    frame = build_timeline(corpus, coverage=True)
    vote = _row(frame, "2023-10-02", "council")
    quotes = event_quotes(frame, vote.name)
    assert list(quotes.columns) == EVENT_QUOTE_COLUMNS
    assert vote["n_quotes"] == len(quotes) == len(vote["quotes"])
    direct = quotes[quotes["direct"]]
    assert len(direct) == 1
    quote = direct.iloc[0]
    assert "cost us too much" in quote["text"] and "Strand" in quote["speaker"]
    assert (quote["outlet"], quote["article_id"]) == ("Harbour Post", "hp-1")
    assert corpus[0].text[quote["start"]:quote["end"]] == quote["text"]
    # the captain's quote stands in another paragraph
    assert not any("fight" in q["text"] for q in vote["quotes"])
    assert _row(frame, "2023-10-02", "storm")["n_quotes"] == 0


def test_event_quotes_needs_a_coverage_timeline(corpus):
    with pytest.raises(KeyError, match="coverage=True"):
        event_quotes(build_timeline(corpus), 0)


def test_dates_differ_when_outlets_date_the_same_event_differently(corpus):
    frame = build_timeline(corpus, coverage=True)
    monday, tuesday = _row(frame, "2023-10-02", "council"), _row(frame, "2023-10-03", "council")
    seen = ["2023-10-02: Valley Herald, Harbour Post", "2023-10-03: Lenn Gazette"]
    for row in (monday, tuesday):
        assert bool(row["dates_differ"]) is True
        assert row["dates_seen"] == seen
    storm = _row(frame, "2023-10-02", "storm")
    assert bool(storm["dates_differ"]) is False
    assert storm["dates_seen"] == ["2023-10-02: Valley Herald"]


def test_dates_agree_when_intervals_overlap_or_one_article_gives_both():
    pub = dt.date(2023, 10, 6)
    arts = [_report("a", "Harbour Post", "KS", pub, "Mayor Elin Strand arrived in the port of Lenn on Wednesday "
                    "evening with the ferry delegation."),
            _report("b", "Lenn Gazette", "OW", pub, "Mayor Elin Strand arrived in the port of Lenn on Wednesday "
                    "with the ferry delegation."),
            _report("c", "Valley Herald", None, pub, "The Lenn ferry delegation met the harbour board on Monday. "
                    "The Lenn ferry delegation met the harbour board again on Thursday.")]
    frame = build_timeline(arts, coverage=True)
    assert not frame["dates_differ"].any()
    assert _row(frame, "2023-10-02", "board")["outlet_countries"] == []  # no outlet_country in the metadata


def test_report_times_are_not_date_disagreements():
    arts = [_report("a", "Harbour Post", "KS", PUB, "Ms. Orla Venn said on Monday that the guild would strike."),
            _report("b", "Lenn Gazette", "OW", PUB, "Ms. Orla Venn said on Tuesday that the guild would strike.")]
    assert not build_timeline(arts, coverage=True)["dates_differ"].any()


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


def test_plot_coverage_counts_outlets_and_colours_by_country(corpus, plt):
    frame = build_timeline(corpus, coverage=True)
    ax = tk.plot_timeline(frame, color_by="outlet_country")
    labels = [t.get_text() for t in ax.texts]
    assert any("[2 outlets]" in label and "[dates differ]" in label for label in labels)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"outlet_country: OW", "outlet_country: several"} <= set(legend)
    sizes = {line.get_markersize() for line in ax.lines}
    assert len(sizes) > 1  # the event reported by two outlets is drawn bigger
    with pytest.raises(ValueError, match="coverage=True"):
        tk.plot_timeline(build_timeline(corpus), color_by="outlet_country")


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
