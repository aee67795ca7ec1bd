"""Tests for toolkit.evaluate.sentiment: same figures as the reference scorer.

The small gold file is written here with invented sentences; the dev-figure test reads
../shared/data/newsmtsc/dev.jsonl by path and skips when it is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from toolkit import cli
from toolkit.evaluate import sentiment as ev

GOLD = [
    {"id": "a", "text": "Senator Voss gave a wonderful, inspiring speech.", "target": "Voss",
     "target_start": 8, "target_end": 12, "label": 1},
    {"id": "b", "text": "Critics called Mayor Brandt's plan a terrible failure.", "target": "Brandt",
     "target_start": 21, "target_end": 27, "label": -1},
    {"id": "c", "text": "Ms. Ellery will visit Porto on Tuesday.", "target": "Ellery",
     "target_start": 4, "target_end": 10, "label": 0},
    {"id": "d", "text": "The minister praised Dr. Kamau for excellent work.", "target": "Kamau",
     "target_start": 25, "target_end": 30, "label": 1},
    {"id": "e", "text": "Residents said the council was corrupt and useless.", "label": -1},
    {"id": "f", "text": "Governor Ito signed the bill, which was not good news for farmers.",
     "target": "Ito", "target_start": 9, "target_end": 12, "label": 0},
]


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    for g in GOLD:
        if "target_start" in g:
            assert g["text"][g["target_start"]:g["target_end"]] == g["target"]
    return path


def _reference(shared_eval, gold, pred) -> dict:
    out = subprocess.run([sys.executable, str(shared_eval / "score_sentiment.py"), str(gold),
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("backend", ["textblob", "news"])
def test_same_figures_as_reference_scorer(shared_eval, gold_file, tmp_path, backend):
    pred = tmp_path / "pred.jsonl"
    ours = ev.evaluate(gold_file, backend=backend, pred_path=str(pred))
    ref = _reference(shared_eval, gold_file, pred)
    for key in ("n", "coverage", "accuracy", "macro_f1", "f1_pn", "per_class", "confusion"):
        assert ours[key] == ref[key], key


def test_missing_predictions_count_as_wrong(shared_eval, gold_file, tmp_path):
    pred = tmp_path / "partial.jsonl"
    pred.write_text('{"id": "a", "label": 1}\n{"id": "zz", "label": 0}\n', encoding="utf-8")
    ref = _reference(shared_eval, gold_file, pred)
    ours = ev.score({g["id"]: g["label"] for g in GOLD}, {"a": 1, "zz": 0})
    for key in ("coverage", "accuracy", "macro_f1", "extra_predictions", "confusion"):
        assert ours[key] == ref[key], key
    assert ours["accuracy"] == pytest.approx(1 / len(GOLD))


def test_cli_prints_accuracy_and_macro_f1(gold_file, capsys):
    assert cli.main(["evaluate", "sentiment", str(gold_file), "--backend", "news"]) == 0
    out = capsys.readouterr().out
    result = ev.evaluate(gold_file, backend="news")
    assert f"accuracy: {result['accuracy']:.4f}" in out
    assert f"macro-F1: {result['macro_f1']:.4f}" in out
    assert "backend: news" in out


def test_cli_json_and_no_target(gold_file, capsys):
    assert ev.main([str(gold_file), "--json", "--no-target"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["target"] is False and data["backend"] == "textblob" and data["n"] == len(GOLD)


def test_cli_bad_input(gold_file, tmp_path, capsys):
    assert ev.main([str(gold_file), "--backend", "oracle"]) == 2
    assert "textblob" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Fine.", "label": 7}\n', encoding="utf-8")
    assert ev.main([str(bad)]) == 2
    assert "bad.jsonl line 1: bad label 7" in capsys.readouterr().err
    with pytest.raises(ValueError, match="duplicate"):
        dup = tmp_path / "dup.jsonl"
        dup.write_text('{"id": 1, "text": "a", "label": 0}\n{"id": 1, "text": "b", "label": 0}\n')
        ev.load_gold(dup)


def test_news_backend_dev_figures(shared_data):
    """The news backend's tone toward the target on NewsMTSC dev: macro-F1 >= 0.60."""
    dev = shared_data / "newsmtsc" / "dev.jsonl"
    if not dev.is_file():
        pytest.skip(f"{dev} not found")
    news = ev.evaluate(dev, backend="news")
    assert news["n"] == 343 and news["coverage"] == 1.0
    assert news["macro_f1"] >= 0.60
    textblob = ev.evaluate(dev, backend="textblob")
    assert news["macro_f1"] > textblob["macro_f1"]
