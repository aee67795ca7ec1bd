"""tk.analyze: corpus runs in chunks, 1 or 2 processes, every failing item kept in errors."""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pandas as pd
import pytest

import toolkit as tk
from toolkit import _pipeline
from toolkit import analysis as analysis_module
from toolkit.analysis import ANALYSIS_QUOTE_COLUMNS, Analysis, analyze, merge_events
from toolkit.articles import make_article
from toolkit.model import Sentiment
from toolkit.tone import backends as tone_backends

from _newsgen import make_records, make_text


TABLES = ("quotes", "speakers", "timeline", "errors", "articles")


def _fake_sentiment(text, *, target=None, backend="textblob", **kwargs):
    p = 0.5 if "proud" in text or "good" in text else (-0.5 if "terrible" in text else 0.0)
    return Sentiment(p, 0.5, (p > 0) - (p < 0), (), "fake")


def _fake_events(article, published=None):
    return [{"article_id": article.id, "expression": t.text, "value": t.value, "earliest": t.earliest,
             "start": t.start, "end": t.end} for t in tk.find_timexes(article)]


@pytest.fixture
def fake_capabilities(monkeypatch):
    """Deterministic stand-ins for sentiment and the timeline: these tests are about orchestration."""
    monkeypatch.setattr(tone_backends, "sentiment", _fake_sentiment)
    monkeypatch.setattr(_pipeline, "timeline_events", _fake_events)


def assert_same(a: Analysis, b: Analysis) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def _corpus(n: int = 12) -> list:
    return [make_article(**r) for r in make_records(n)]


# ---------------------------------------------------------------------------------------------
# The real pipeline

def test_analyze_real_pipeline(seed):
    articles = _corpus(10) + [seed]
    result = analyze(articles, progress=False)
    assert isinstance(result, Analysis)
    assert result.errors.empty, result.errors.to_dict("records")
    assert len(result.articles) == 11 and set(result.articles["status"]) == {"ok"}
    assert list(result.quotes.columns) == ANALYSIS_QUOTE_COLUMNS
    assert len(result.quotes) > 10 and len(result.timeline) > 0 and len(result.speakers) > 0
    by_id = {a.id: a.text for a in articles}
    for row in result.quotes.itertuples(index=False):
        text = by_id[row.article_id]
        assert row.text == " … ".join(text[s:e] for s, e in row.spans) or text[row.start:row.end]
        assert -1.0 <= row.polarity <= 1.0 and row.label in (-1, 0, 1)
    seed_quotes = result.quotes[result.quotes["article_id"] == seed.id]
    assert len(seed_quotes) == len(tk.extract_quotes(seed))
    assert (seed_quotes["outlet"] == "The New York Times").all()


def test_tables_equal_the_capabilities_run_on_the_whole_corpus(seed):
    """timeline == tk.build_timeline(articles); speakers == tk.sentiment_by_speaker(all quotes)."""
    articles = _corpus(25) + [seed]
    result = analyze(articles, progress=False, chunk_size=4)
    pd.testing.assert_frame_equal(result.timeline, tk.build_timeline(articles))
    quotes = [q for a in articles for q in tk.extract_quotes(a)]
    pd.testing.assert_frame_equal(result.speakers, tk.sentiment_by_speaker(quotes))
    assert len(result.quotes) == len(quotes)


def test_one_and_two_workers_give_the_same_tables(seed):
    articles = _corpus(40) + [seed, None, b"\xff\xfe", "Plain text, said Dana Whitcombe."]
    one = analyze(articles, progress=False, workers=1)
    two = analyze(articles, progress=False, workers=2, chunk_size=7)
    assert_same(one, two)
    assert len(one.errors) == 2


def test_lazy_reader_is_consumed(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in make_records(30)), encoding="utf-8")
    lazy = tk.read_articles(path, lazy=True)
    assert not isinstance(lazy, list)
    result = analyze(lazy, progress=False, chunk_size=8)
    assert len(result.articles) == 30 and result.errors.empty
    assert result.articles["id"].tolist() == [f"gen-{i}" for i in range(30)]


# ---------------------------------------------------------------------------------------------
# Orchestration (stand-ins for sentiment and timeline)

def test_bad_items_become_error_rows_and_the_rest_completes(fake_capabilities):
    good = make_text(random.Random(3))
    items = [good, None, 42, b"\xff\xfebad", {"id": "rec", "text": good}, {"title": "no text"}, ["a list"],
             good.encode("utf-8"), tk.load_seed()]
    result = analyze(items, progress=False)
    errors = result.errors.set_index("index")
    assert sorted(errors.index) == [1, 2, 3, 5, 6]
    assert errors.loc[1, "error"] == "TypeError" and "NoneType" in errors.loc[1, "message"]
    assert errors.loc[2, "error"] == "TypeError" and "int" in errors.loc[2, "message"]
    assert errors.loc[3, "error"] == "UnicodeDecodeError"
    assert errors.loc[5, "error"] == "InputError" and "text" in errors.loc[5, "message"]
    assert set(errors["stage"]) == {"input"}
    assert errors.loc[1, "id"] is None  # an item with no id has none (its position is in "index")
    status = result.articles.set_index("index")["status"]
    assert status[[0, 4, 7, 8]].eq("ok").all() and status[[1, 2, 3, 5, 6]].eq("error").all()
    assert set(result.quotes["article_id"]) >= {"rec", "nyt-2023-10-04-us-mexico-security"}
    assert len(result.articles) == len(items)  # none lost


def test_an_internal_exception_is_an_error_row(fake_capabilities, monkeypatch):
    real = _pipeline.extract_quotes

    def flaky(article, **kw):
        if "BOOM" in article.text:
            raise RuntimeError("rule bug on this article")
        return real(article, **kw)

    monkeypatch.setattr(_pipeline, "extract_quotes", flaky)
    items = [make_text(random.Random(i)) for i in range(5)]
    items[2] += "\n\nBOOM"
    result = analyze(items, progress=False)
    assert len(result.errors) == 1
    row = result.errors.iloc[0]
    assert (row["index"], row["stage"], row["error"]) == (2, "quotes", "RuntimeError")
    assert row["message"] == "rule bug on this article" and "flaky" in row["location"]
    assert row["id"] == result.articles.loc[2, "id"]
    assert (result.articles["status"] == "ok").sum() == 4
    assert len(result.quotes) > 0


def test_input_is_consumed_in_chunks(fake_capabilities, monkeypatch):
    produced = []
    lag = []
    real_items = _pipeline.analyze_items

    def counting(items, published=None, *backend):
        lag.append(len(produced) - 25 * len(lag))  # read ahead of what was analysed when a chunk starts
        return real_items(items, published, *backend)

    def generate():
        for i in range(200):
            produced.append(i)
            yield f"Dana Whitcombe said on Monday that item {i} is fine."

    monkeypatch.setattr(analysis_module, "analyze_items", counting)
    result = analyze(generate(), progress=False, chunk_size=25)
    assert len(result.articles) == 200 and len(lag) == 8
    assert max(lag) <= 25  # never more than one chunk read ahead of the analysis


def test_published_default_and_metadata(fake_capabilities):
    text = "Ilse Marrow said on Thursday that the ferry will run."
    result = analyze([text, make_article(text, published="2020-01-01", id="dated")], progress=False,
                     published="2023-10-04")
    assert result.articles["published"].tolist() == [dt.date(2023, 10, 4), dt.date(2020, 1, 1)]
    assert result.quotes["published"].tolist()[0] == dt.date(2023, 10, 4)
    with pytest.raises(ValueError, match="published"):
        analyze([text], progress=False, published="not a date")


def test_dataframe_and_jsonl_inputs_keep_bad_records(fake_capabilities, tmp_path):
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": [make_text(random.Random(1)), None, 5],
                          "published": ["2023-10-04", "2023-10-05", "yesterday-ish"]})
    result = analyze(frame, progress=False)
    assert result.articles["id"].tolist() == ["a", "b", "c"]
    assert result.errors["id"].tolist() == ["c"]  # None text is an empty article; bad date and int text fail

    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "ok1", "text": make_text(random.Random(2))}).encode(), b"{not json",
             b"\xff\xfe\x00", json.dumps([1, 2]).encode(), json.dumps({"text": "Fine, she said."}).encode()]
    path.write_bytes(b"\n".join(lines))
    result = analyze(path, progress=False)
    assert len(result.articles) == 5
    assert result.errors["id"].tolist() == ["mixed:2", "mixed:3", "mixed:4"]
    assert result.errors["error"].tolist() == ["InputError", "InputError", "InputError"]
    assert "line 4: expected a JSON object" in result.errors["message"].iloc[2]
    assert "not valid JSON" in result.errors["message"].iloc[0]
    assert "not UTF-8" in result.errors["message"].iloc[1]
    assert result.errors["source"].iloc[0].endswith("mixed.jsonl line 2")


def test_to_dir_writes_csv_and_parquet(fake_capabilities, tmp_path):
    result = analyze(_corpus(6), progress=False)
    written = result.to_dir(tmp_path / "out")
    names = {p.name for p in written}
    for table in TABLES:
        assert f"{table}.csv" in names and f"{table}.parquet" in names
    back = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert len(back) == len(result.quotes)
    assert json.loads(back["spans"].iloc[0]) == [list(s) for s in result.quotes["spans"].iloc[0]]
    csv = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert csv["id"].tolist() == result.articles["id"].tolist()


def _normalised(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


def test_out_streams_the_same_tables(fake_capabilities, tmp_path):
    items = _corpus(20) + [None]
    memory = analyze(items, progress=False)
    streamed = analyze(items, progress=False, out=tmp_path / "s", chunk_size=6)
    assert streamed.out == tmp_path / "s"
    for table in TABLES:
        assert (tmp_path / "s" / f"{table}.csv").exists() and (tmp_path / "s" / f"{table}.parquet").exists()
        got = getattr(streamed, table)
        if table == "timeline":  # streamed events are merged across articles on request
            got = merge_events(got)
        pd.testing.assert_frame_equal(_normalised(getattr(memory, table)), _normalised(got), obj=table)


def test_summary_repr_and_progress(fake_capabilities, capsys):
    result = analyze([make_text(random.Random(5)), None], progress=True)
    err = capsys.readouterr().err
    assert "analyze" in err and "article" in err  # tqdm's bar went to stderr
    summary = result.summary()
    assert summary["articles"] == 2 and summary["analysed"] == 1 and summary["errors"] == 1
    assert not result.ok and "errors=1" in repr(result) and "<table>" in result._repr_html_()


def test_empty_input(fake_capabilities):
    result = analyze([], progress=False)
    assert result.ok and all(len(getattr(result, t)) == 0 for t in TABLES)
    assert list(result.quotes.columns) == ANALYSIS_QUOTE_COLUMNS


def test_bad_arguments():
    with pytest.raises(ValueError, match="workers"):
        analyze([], workers=0)
    with pytest.raises(TypeError, match="int"):
        analyze(42)
    with pytest.raises(FileNotFoundError):
        analyze(Path("/nonexistent/corpus.jsonl"), progress=False)


def test_a_reader_that_fails_midway_is_recorded(fake_capabilities, tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps(r) for r in make_records(5)]
    lines.insert(2, "{bad")
    path.write_text("\n".join(lines), encoding="utf-8")
    result = analyze(tk.read_articles(path, lazy=True), progress=False)
    assert result.articles["status"].tolist() == ["ok", "ok", "error"]
    assert "reader stopped here" in result.errors["message"].iloc[0] and "line 3" in result.errors["message"].iloc[0]

    class Resumable:  # an iterator that can go on after a bad record
        def __init__(self):
            self.items = iter(["Dana Whitcombe said that it works.", ValueError("bad record"), "Second, she said."])

        def __iter__(self):
            return self

        def __next__(self):
            item = next(self.items)
            if isinstance(item, Exception):
                raise item
            return item

    result = analyze(Resumable(), progress=False)
    assert result.articles["status"].tolist() == ["ok", "error", "ok"]
    assert result.errors["message"].tolist() == ["bad record"]


def test_a_failing_tone_fails_only_its_article(fake_capabilities, monkeypatch):
    def picky(text, **kw):
        if "volunteers" in text:
            raise ArithmeticError("cannot score this quote")
        return _fake_sentiment(text)

    monkeypatch.setattr(tone_backends, "sentiment", picky)
    items = ["\u201cI am proud of what our volunteers achieved,\u201d said Dana Whitcombe.",
             "\u201cWe are ready,\u201d said Ilse Marrow.", "Nobody was quoted here."]
    result = analyze(items * 2, progress=False, chunk_size=6)
    assert result.articles["status"].tolist() == ["error", "ok", "ok"] * 2
    assert set(result.errors["stage"]) == {"tone"} and set(result.errors["error"]) == {"ArithmeticError"}
    assert result.quotes["speaker"].tolist() == ["Ilse Marrow", "Ilse Marrow"]


def _pid_events(article, published=None):
    import os

    return [{"article_id": article.id, "value": str(os.getpid())}]


def test_workers_are_processes(fake_capabilities, monkeypatch):
    import multiprocessing
    import os

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in reaches worker processes only when they are forked")
    monkeypatch.setattr(_pipeline, "timeline_events", _pid_events)
    result = analyze([f"Item {i}, said Dana Whitcombe." for i in range(40)], progress=False, workers=2)
    pids = set(result.timeline["value"])
    assert str(os.getpid()) not in pids and 1 <= len(pids) <= 2
    assert result.articles["index"].tolist() == list(range(40))


def test_a_read_error_is_the_same_row_with_one_or_two_workers():
    import pandas as pd

    corpus = ["</p>", "coverage/no_such_story.txt", "Mayor Ilse Vorhagen said on Monday that the pier would reopen."]
    one = analyze(corpus, progress=False, workers=1)
    two = analyze(corpus, progress=False, workers=2, chunk_size=2)
    pd.testing.assert_frame_equal(one.errors, two.errors)  # the location survives the worker process
    assert one.errors["source"].tolist() == ["coverage/no_such_story.txt"]  # "</p>" is text, not a path
    assert one.errors["location"].notna().all()


def test_punctuation_alone_is_text_not_a_path():
    # "/" once read the whole file system (and failed on a folder it could not look into)
    result = analyze(["/", ".."], progress=False)
    assert result.errors.empty and len(result.articles) == 2
