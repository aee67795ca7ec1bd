"""explore(): the widget's callbacks, driven by setting widget values (no browser).

Most tests replace the capabilities (quotes, time expressions, tone, topics, timeline, plots)
with small fakes, so they check the explorer itself: what it selects and shows. One test runs the
real toolkit on the seed article.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import toolkit as tk
from toolkit import plots, quotes, timeline, timexes, tone, topics
from toolkit.explorer import ALL_TOPICS, UNKNOWN_SPEAKER
from toolkit.model import Article, Quote, Sentiment, Timex

ipywidgets = pytest.importorskip("ipywidgets")

A1 = Article(id="a1", title="Bridge to reopen", outlet="Eastvale Post", published=dt.date(2024, 3, 4),
             text='Mayor Ines Valdor said, "The bridge is wonderful and safe." Tomas Brill said the '
                  "budget was a terrible mess. Someone said the tolls are fine.")
A2 = Article(id="a2", title="Budget row", outlet="Harrow Herald", published=dt.date(2024, 3, 9),
             text='"The deficit is awful," Tomas Brill said on Friday. Ines Valdor said taxes will fall.')
A3 = Article(id="a3", title="Undated note", text='"We are glad," said Ines Valdor.')


def _quotes_of(article):
    found = []
    for speaker, content in [("Ines Valdor", "The bridge is wonderful and safe."),
                             ("Tomas Brill", "the budget was a terrible mess"),
                             (None, "the tolls are fine"),
                             ("Tomas Brill", "The deficit is awful,"),
                             ("Ines Valdor", "taxes will fall"),
                             ("Ines Valdor", "We are glad,")]:
        i = article.text.find(content)
        if i >= 0:
            found.append(Quote(text=content, spans=((i, i + len(content)),), start=i, end=i + len(content),
                               direct=article.text[i - 1] == '"', speaker=speaker, article_id=article.id))
    return found


def _tone(text, *, target=None, backend="textblob"):
    words = {"wonderful": 0.9, "safe": 0.5, "terrible": -0.9, "awful": -0.8, "glad": 0.6, "fine": 0.3}
    ev = tuple((w, v) for w, v in words.items() if w in text.lower())
    pol = sum(v for _, v in ev) / len(ev) if ev else 0.0
    if backend == "flat":  # a second backend that disagrees: everything is neutral
        ev, pol = (), 0.0
    return Sentiment(polarity=pol, subjectivity=None, label=(pol > 0.1) - (pol < -0.1), evidence=ev,
                     backend=backend)


def _by_speaker(quotes, *, backend="textblob"):
    rows = {}
    for q in quotes:
        rows.setdefault(q.speaker or UNKNOWN_SPEAKER, []).append(_tone(q.text, backend=backend).polarity)
    return pd.DataFrame({"speaker": list(rows), "n_quotes": [len(v) for v in rows.values()],
                         "mean_polarity": [sum(v) / len(v) for v in rows.values()]})


def _timeline(articles):
    rows = []
    for a in articles:
        for t in _timexes(a):
            rows.append({"expression": t.text, "value": t.value, "article_id": a.id,
                         "earliest": t.earliest, "latest": t.latest, "event": a.text[:t.end + 1]})
    return pd.DataFrame(rows, columns=["expression", "value", "article_id", "earliest", "latest", "event"])


def _timexes(article, *, published=None):
    i = article.text.find("Friday")
    if i < 0:
        return []
    return [Timex("Friday", i, i + 6, "DATE", "2024-03-08", dt.datetime(2024, 3, 8), dt.datetime(2024, 3, 8, 23, 59))]


def _topics(text):
    t = text.lower()
    return [name for name, words in {"budget": ("budget", "deficit", "taxes"), "transport": ("bridge", "tolls")}.items()
            if any(w in t for w in words)]


def _plot(data, ax=None):
    ax.barh(range(len(data)), range(len(data)))
    return ax


@pytest.fixture
def fakes(monkeypatch):
    calls = {"sentiment": 0}

    def counted_tone(*a, **k):
        calls["sentiment"] += 1
        return _tone(*a, **k)

    monkeypatch.setattr(quotes, "extract_quotes", lambda a, **k: _quotes_of(a))
    monkeypatch.setattr(timexes, "find_timexes", _timexes)
    monkeypatch.setattr(tone, "sentiment_backends", lambda: ["textblob", "flat"])
    monkeypatch.setattr(tone, "sentiment_by_speaker", _by_speaker)
    monkeypatch.setattr(tone, "score_quotes", lambda qs, *, backend="textblob": pd.DataFrame(
        [{"text": q.text, **counted_tone(q.text, backend=backend).to_dict()} for q in qs]))
    monkeypatch.setattr(timeline, "build_timeline", _timeline)
    monkeypatch.setattr(plots, "plot_sentiment_by_speaker", _plot)
    monkeypatch.setattr(plots, "plot_timeline", _plot)
    monkeypatch.setattr(topics, "tag_topics", _topics)
    return calls


@pytest.fixture
def app(fakes):
    return tk.explore([A1, A2, A3])


def test_explore_returns_a_widget_with_its_controls(app):
    assert isinstance(app, ipywidgets.VBox)
    assert "tk-explorer" in app._dom_classes
    for name in ("speakers", "topic", "dates", "backend", "article"):
        assert isinstance(getattr(app, name), ipywidgets.ValueWidget), name
    # Speakers listed by number of quotes, the unknown speaker last.
    assert [v for _, v in app.speakers.options] == ["Ines Valdor", "Tomas Brill", UNKNOWN_SPEAKER]
    assert app.speakers.options[0][0] == "Ines Valdor (3)"
    assert list(app.topic.options) == [ALL_TOPICS, "budget", "transport"]
    assert list(app.backend.options) == ["textblob", "flat"]
    assert app.dates.value == (dt.date(2024, 3, 4), dt.date(2024, 3, 9))


def test_repr_is_short(app):
    assert repr(app) == "<Explorer: 6 of 6 quotes selected, 3 articles, backend 'textblob'>"


def test_static_snapshot_for_viewers_without_widgets(app):
    bundle = app._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "6 of 6 quotes" in bundle["text/html"] and "The deficit is awful," in bundle["text/html"]


def test_initial_view_shows_everything(app):
    assert len(app.matches) == 6
    assert "6 of 6 quotes" in app.status.value and "3 of 3 articles" in app.status.value
    for text in ("The bridge is wonderful and safe.", "The deficit is awful,", "the tolls are fine"):
        assert text in app.quotes_html.value
    assert "<img" in app.tone_html.value and "<img" in app.timeline_html.value
    assert not app.errors


def test_picking_a_speaker_filters_every_panel(app):
    before = (app.status.value, app.quotes_html.value, app.tone_html.value)
    app.speakers.value = ("Tomas Brill",)
    assert {q.speaker for q in app.matches} == {"Tomas Brill"}
    assert "2 of 6 quotes" in app.status.value and "speakers: Tomas Brill" in app.status.value
    assert "the budget was a terrible mess" in app.quotes_html.value
    assert "wonderful" not in app.quotes_html.value
    assert list(app.tone_table["speaker"]) == ["Tomas Brill"]
    assert (app.status.value, app.quotes_html.value, app.tone_html.value) != before
    # The highlighted text marks only the chosen speaker's quotes.
    assert 'data-speaker="Tomas Brill"' in app.text_html.value
    assert 'data-speaker="Ines Valdor"' not in app.text_html.value


def test_quotes_show_their_tone_and_evidence(app):
    app.speakers.value = ("Ines Valdor",)
    html = app.quotes_html.value
    assert "positive" in html and "+0.70" in html  # (0.9 + 0.5) / 2
    assert "wonderful +0.90" in html and "safe +0.50" in html


def test_unknown_speaker_can_be_chosen(app):
    app.speakers.value = (UNKNOWN_SPEAKER,)
    assert [q.text for q in app.matches] == ["the tolls are fine"]


def test_topic_filter(app):
    app.topic.value = "budget"
    assert sorted(q.text for q in app.matches) == ["The deficit is awful,", "taxes will fall",
                                                   "the budget was a terrible mess"]
    assert "topic: budget" in app.status.value
    app.speakers.value = ("Ines Valdor",)
    assert [q.text for q in app.matches] == ["taxes will fall"]


def test_date_range_filters_articles_and_keeps_undated_ones(app):
    app.dates.value = (dt.date(2024, 3, 9), dt.date(2024, 3, 9))
    assert {q.article_id for q in app.matches} == {"a2", "a3"}  # a3 has no date: always in
    assert "2 of 3 articles" in app.status.value
    assert [v for _, v in app.article.options] == ["a2", "a3"]
    assert set(app.timeline["article_id"]) == {"a2"}


def test_backend_switch_recomputes_tone(app, fakes):
    app.speakers.value = ("Ines Valdor",)
    assert "positive" in app.quotes_html.value
    app.backend.value = "flat"
    assert "positive" not in app.quotes_html.value and "neutral" in app.quotes_html.value
    assert "tone by <code>flat</code>" in app.status.value
    calls = fakes["sentiment"]
    app.backend.value = "textblob"  # cached: no new scoring
    assert fakes["sentiment"] == calls


def test_article_menu_changes_the_highlighted_text(app):
    app.article.value = "a2"
    assert "Budget row" in app.text_html.value and "tk-timex" in app.text_html.value
    app.article.value = "a1"
    assert "Bridge to reopen" in app.text_html.value


def test_no_match_says_so(app):
    app.speakers.value = (UNKNOWN_SPEAKER,)
    app.topic.value = "budget"
    assert app.matches == []
    assert "No quotes match" in app.quotes_html.value and "No quotes match" in app.tone_html.value
    assert "0 of 6 quotes" in app.status.value


def test_reset_shows_everything_again(app):
    app.speakers.value = ("Tomas Brill",)
    app.topic.value = "budget"
    app.reset.click()
    assert app.speakers.value == () and app.topic.value == ALL_TOPICS
    assert len(app.matches) == 6


def test_a_failing_panel_is_reported_not_raised(app, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("plot broke")

    monkeypatch.setattr(plots, "plot_timeline", broken)
    app.speakers.value = ("Tomas Brill",)
    assert "tk-error" in app.timeline_html.value and "plot broke" in app.timeline_html.value
    assert app.errors and "timeline" in app.errors[0]
    assert "Tomas Brill" in app.quotes_html.value  # the other panels still work


def test_quote_text_is_escaped(fakes, monkeypatch):
    art = Article(id="x", text='Ann Lee said "<script>alert(1)</script>" loudly.')
    content = "<script>alert(1)</script>"
    i = art.text.index(content)
    q = Quote(text=content, spans=((i, i + len(content)),), start=i, end=i + len(content), direct=True,
              speaker="Ann <b>Lee</b>")
    monkeypatch.setattr(quotes, "extract_quotes", lambda a, **k: [q])
    app = tk.explore(art)
    for panel in (app.quotes_html, app.text_html, app.status):
        assert "<script>" not in panel.value and "<b>Lee</b>" not in panel.value
    assert "&lt;script&gt;" in app.quotes_html.value


def test_bad_input_is_named(fakes):
    with pytest.raises(TypeError, match="int"):
        tk.explore([A1, 3])
    with pytest.raises(ValueError, match="at least one"):
        tk.explore([])
    with pytest.raises(ValueError, match="unknown sentiment backend 'nope'"):
        tk.explore(A1, backend="nope")


def test_explore_on_the_seed_with_the_real_toolkit(seed):
    app = tk.explore([seed])
    assert not app.errors, app.errors
    assert len(app.matches) == len(tk.extract_quotes(seed)) > 5
    first = app.speakers.options[0][1]
    app.speakers.value = (first,)
    assert app.matches and {q.speaker for q in app.matches} == {first}
    assert first in app.quotes_html.value
    assert not app.errors, app.errors
    # The quotes' tones and the tone chart's table are the same scores.
    tones = app.tones()
    mean = sum(tones[id(q)].polarity for q in app.matches) / len(app.matches)
    assert float(app.tone_table["mean_polarity"].iloc[0]) == pytest.approx(mean)


def test_timeline_follows_the_chosen_speakers_and_topic(app):
    app.speakers.value = ("Tomas Brill",)
    assert list(app.timeline["expression"]) == ["Friday"]  # its clause names Brill
    assert "name the chosen speakers" in app.timeline_html.value and "<img" in app.timeline_html.value
    app.speakers.value = ("Ines Valdor",)
    assert app.timeline.empty
    assert "No dated events" in app.timeline_html.value
    app.speakers.value = ()
    app.topic.value = "budget"
    assert list(app.timeline["expression"]) == ["Friday"]  # "deficit" is a budget word
    app.topic.value = "transport"
    assert app.timeline.empty


def test_widget_frontend_matches_the_kernel_widgets():
    """ipywidgets 8 in the kernel needs JupyterLab's widget manager 5 (jupyterlab_widgets 3);
    a mismatch shows "Error displaying widget: model not found" instead of the explorer."""
    import json
    from importlib import metadata

    pytest.importorskip("jupyterlab")
    jupyter_paths = pytest.importorskip("jupyter_core.paths")
    assert int(ipywidgets.__version__.split(".")[0]) == 8
    assert metadata.version("jupyterlab_widgets").startswith("3."), metadata.version("jupyterlab_widgets")
    assert int(metadata.version("jupyterlab").split(".")[0]) == 4
    found = []
    for folder in jupyter_paths.jupyter_path("labextensions"):
        pkg = Path(folder) / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
        if pkg.exists():
            found.append(json.loads(pkg.read_text(encoding="utf-8"))["version"])
    assert found, "JupyterLab's widget manager (@jupyter-widgets/jupyterlab-manager) is not installed"
    assert found[0].startswith("5."), f"widget manager {found[0]} does not speak ipywidgets 8's protocol"
