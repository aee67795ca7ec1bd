"""python -m toolkit analyze: summary, --out tables, exit codes 0 / 1 / 2."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pandas as pd
import pytest

from toolkit import _pipeline, cli
from toolkit.model import Sentiment
from toolkit.tone import backends as tone_backends

from _newsgen import make_records, make_text


@pytest.fixture
def fake_capabilities(monkeypatch):
    """Stand-ins for sentiment and timeline so the command's behaviour is tested on its own."""
    monkeypatch.setattr(tone_backends, "sentiment", lambda text, **kw: Sentiment(0.0, 0.0, 0, (), "fake"))
    monkeypatch.setattr(_pipeline, "timeline_events", lambda a, **kw: [{"article_id": a.id, "value": "2023"}])


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "coverage"
    folder.mkdir()
    rng = random.Random(11)
    for i in range(3):
        (folder / f"story{i}.txt").write_text(make_text(rng), encoding="utf-8")
    (folder / "more.jsonl").write_text("\n".join(json.dumps(r) for r in make_records(4)), encoding="utf-8")
    return folder


def test_help_exits_zero(capsys):
    assert cli.main(["analyze", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--published" in out and "--out" in out and "--workers" in out and "Exit codes" in out


def test_summary_and_out(fake_capabilities, corpus, tmp_path, capsys):
    out = tmp_path / "results"
    code = cli.main(["analyze", str(corpus), "--published", "October 4, 2023", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert "articles: 7 (7 analysed" in printed and "errors: 0" in printed
    assert "quotes:" in printed and "speakers:" in printed and "timeline rows: 7" in printed
    assert str(out) in printed
    for name in ("quotes", "speakers", "timeline", "errors", "articles"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == 7
    assert set(articles["published"].astype(str)) >= {"2023-10-04"}  # the .txt files got --published

    streamed = tmp_path / "streamed"
    assert cli.main(["analyze", str(corpus), "--out", str(streamed), "--stream", "--workers", "2"]) == 0
    assert "articles: 7 (7 analysed" in capsys.readouterr().out
    back = pd.read_parquet(streamed / "quotes.parquet")
    pd.testing.assert_series_equal(back["text"], pd.read_parquet(out / "quotes.parquet")["text"])


def test_failing_articles_exit_one(fake_capabilities, tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps({"text": make_text(random.Random(1))}).encode() + b"\n{broken\n")
    bad_txt = tmp_path / "latin.txt"
    bad_txt.write_bytes("caf\xe9 said Ilse".encode("latin-1"))
    code = cli.main(["analyze", str(path), str(bad_txt)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "errors: 2" in printed and "not valid JSON" in printed and "latin.txt" in printed


@pytest.mark.parametrize("argv", [
    ["analyze"],                                   # no PATH
    ["analyze", "{missing}"],                      # no such file
    ["analyze", "{corpus}", "--workers", "0"],
    ["analyze", "{corpus}", "--workers", "two"],
    ["analyze", "{corpus}", "--published", "someday"],
    ["analyze", "{corpus}", "--bogus"],
    ["analyze", "{corpus}", "--stream"],             # --stream needs --out
])
def test_bad_usage_exits_two(argv, corpus, tmp_path, capsys):
    argv = [a.format(missing=tmp_path / "nope.jsonl", corpus=corpus) for a in argv]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip()  # one line saying what is wrong


def test_python_dash_m(corpus, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "toolkit", "analyze", "--help"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and "PATH" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(tmp_path / "missing.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr
