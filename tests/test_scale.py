"""The Dask path: the same per-article function over bags and dataframe partitions (local schedulers)."""
from __future__ import annotations


import pandas as pd
import pytest

from toolkit.analysis import analyze
from toolkit import _pipeline
from toolkit.model import Sentiment
from toolkit.tone import backends as tone_backends

from _newsgen import make_records

dask = pytest.importorskip("dask", reason="dask is not installed (pip install -e '.[scale]')")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe", reason="dask.dataframe needs dask[dataframe]")

from toolkit.scale import analyze_dask  # noqa: E402

TABLES = ("quotes", "speakers", "timeline", "errors", "articles")


@pytest.fixture
def records():
    return make_records(30, seed=3)


def assert_same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_bag_equals_single_process(records, scheduler):
    items = records + [None, {"no": "text"}]
    local = analyze(items, progress=False)
    assert len(local.errors) == 2 and len(local.quotes) > 0
    result = analyze_dask(db.from_sequence(items, npartitions=4), scheduler=scheduler)
    assert_same(local, result)


def test_dataframe_partitions_equal_single_process(records):
    frame = pd.DataFrame(records)
    local = analyze(frame, progress=False)
    result = analyze_dask(dd.from_pandas(frame, npartitions=3), scheduler="synchronous")
    # the DataFrame path of analyze names rows row0.. only when there is no id column; here ids exist
    assert_same(local, result)


def test_process_scheduler(records):
    local = analyze(records[:12], progress=False)
    result = analyze_dask(db.from_sequence(records[:12], npartitions=2), scheduler="processes")
    assert_same(local, result)


def test_errors_inside_partitions_are_kept(monkeypatch):
    monkeypatch.setattr(tone_backends, "sentiment", lambda text, **kw: Sentiment(0.0, 0.0, 0, (), "fake"))
    monkeypatch.setattr(_pipeline, "timeline_events", lambda a, **kw: [])
    items = ["Dana Whitcombe said that the bridge opens.", None, b"\xff", 7]
    result = analyze_dask(db.from_sequence(items, npartitions=2), scheduler="synchronous")
    assert result.errors["index"].tolist() == [1, 2, 3]
    assert result.errors["id"].tolist() == [None, None, None]  # items without an id have none
    assert result.articles["status"].tolist() == ["ok", "error", "error", "error"]


def test_rejects_other_collections():
    with pytest.raises(TypeError, match="dask bag"):
        analyze_dask(["not", "a", "bag"])
