"""Tests for toolkit.evaluate.timexes: the scorer gives the reference scorer's numbers."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from toolkit.evaluate import timexes as ev

# Gold written for the tests: invented texts, offsets computed below.
_DOCS = [
    ("d1", "2023-10-04", "The Tarrow council met on Monday and will vote next week. It met for three hours.",
     [("Monday", "DATE", "2023-10-02"), ("next week", "DATE", "2023-W41"), ("three hours", "DURATION", "PT3H")]),
    ("d2", "2023-10-04", "Ferries sail every day. Sales fell in September, down from last year.",
     [("every day", "SET", "P1D"), ("September", "DATE", "2023-09"), ("last year", "DATE", "2022")]),
    ("d3", "2021-05-10", "Officials said on Friday morning that the 1990s were calmer.",
     [("Friday morning", "TIME", "2021-05-07TMO"), ("1990s", "DATE", "199")]),
    ("d4", "2021-05-10", "Nothing dated here, we may add.", []),
]


def _gold_records():
    out = []
    for did, dct, text, items in _DOCS:
        timexes = []
        for expr, typ, value in items:
            start = text.index(expr)
            timexes.append({"text": expr, "start": start, "end": start + len(expr), "type": typ, "value": value})
        out.append({"id": did, "dct": dct, "text": text, "timexes": timexes})
    return out


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in _gold_records()), encoding="utf-8")
    return path


def _reference(shared_eval):
    spec = importlib.util.spec_from_file_location("score_timex_ref", shared_eval / "score_timex.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _handmade_predictions():
    """Predictions with a strict hit, a relaxed hit, a wrong value, a wrong type, a miss and a spurious one."""
    gold = {d["id"]: d for d in _gold_records()}
    g1, g2, g3 = gold["d1"]["timexes"], gold["d2"]["timexes"], gold["d3"]["timexes"]
    return {
        "d1": {"id": "d1", "timexes": [dict(g1[0]), dict(g1[1], value="2023-W40"),
                                       dict(g1[2], type="DATE")]},
        "d2": {"id": "d2", "timexes": [dict(g2[1], start=g2[1]["start"] - 3, text="in September"),
                                       {"start": 0, "end": 8, "value": "X"}]},  # untyped, spurious
        "d3": {"id": "d3", "timexes": [dict(g3[0], end=g3[0]["end"] - 8, text="Friday")]},
    }


def test_score_equals_reference_on_handmade_predictions(shared_eval):
    ref = _reference(shared_eval)
    gold = {d["id"]: d for d in _gold_records()}
    pred = _handmade_predictions()
    ours, our_errors = ev.score(gold, pred, n_errors=50)
    theirs, their_errors = ref.score(gold, pred, 50)
    assert ours == theirs
    assert our_errors == their_errors
    assert ev.format_table(ours) == ref.fmt_table(theirs)


def test_evaluate_equals_reference_on_the_finder(shared_eval, gold_file, tmp_path):
    ref = _reference(shared_eval)
    pred_path = tmp_path / "pred.jsonl"
    ours = ev.evaluate(gold_file, pred_path=str(pred_path))
    theirs, _ = ref.score(ref.load(str(gold_file)), ref.load(str(pred_path)))
    for bucket in ev.BUCKETS:
        assert ours[bucket] == theirs[bucket]
    assert ours["n_docs"] == 4
    # the finder gets these simple cases right
    assert ours["ALL"]["value_F1"] == pytest.approx(1.0)


def test_reference_command_line_agrees(shared_eval, gold_file, tmp_path):
    pred_path = tmp_path / "pred.jsonl"
    ours = ev.evaluate(gold_file, pred_path=str(pred_path))
    out = subprocess.run([sys.executable, str(shared_eval / "score_timex.py"), str(gold_file), str(pred_path),
                          "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    for bucket in ev.BUCKETS:
        for key, value in theirs[bucket].items():
            assert ours[bucket][key] == pytest.approx(value, abs=1e-12), (bucket, key)


def test_main_prints_the_table(gold_file, capsys):
    assert ev.main([str(gold_file)]) == 0
    out = capsys.readouterr().out
    assert "value_F1" in out and "DATE+TIME" in out and "ALL" in out


def test_main_json_and_errors(gold_file, capsys):
    assert ev.main([str(gold_file), "--json", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out[: out.rindex("}") + 1])
    assert set(data) == {"ALL", "DATE+TIME", "DURATION", "SET"}


def test_main_missing_file(tmp_path, capsys):
    assert ev.main([str(tmp_path / "nope.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err


def test_cli_dispatch(gold_file, repo_root):
    out = subprocess.run([sys.executable, "-m", "toolkit", "evaluate", "timexes", str(gold_file)],
                         capture_output=True, text=True, cwd=repo_root)
    assert out.returncode == 0, out.stderr
    assert "value_F1" in out.stdout


def test_dev_figures(shared_data):
    """The figures on the TimeML development data (guards against regressions)."""
    res = ev.evaluate(shared_data / "timeml" / "tbaq.jsonl")
    assert res["ALL"]["strict_F1"] >= 0.85
    assert res["ALL"]["value_F1"] >= 0.80
    assert res["DATE+TIME"]["value_F1"] >= 0.81


def test_error_classes_script(gold_file, repo_root, capsys):
    """scripts/timex_errors.py sorts errors into conventions and real errors, and prices a fix."""
    spec = importlib.util.spec_from_file_location("timex_errors", repo_root / "scripts" / "timex_errors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.classify("1989-WXX", "1989-W43") == "gold underspecified"
    assert mod.classify("1968-XX", "1968") == "gold underspecified"
    assert mod.classify("2000-W7", "2000-W07") == "week number written without 0"
    assert mod.classify("2000-01-05", "2000-01-05TNI") == "part of day"
    assert mod.classify("1990-08-07", "1990-08-14") == "weekday a week off"
    assert mod.classify("1988", "1988-Q3") == "granularity, same year"
    assert mod.classify("1990-08-07", "1990-08-09") == "other wrong value"
    assert mod.classify(None, "PRESENT_REF") == "vague reference not annotated"
    assert mod.classify("PAST_REF", None) == "vague reference missed"
    assert mod.classify("2023-10-02", None) == "other missed"
    gold = ev._load(gold_file)
    found = list(mod.errors(gold, _handmade_predictions()))
    assert ("other wrong value", "d1") in [(c, d) for c, d, _, _ in found]  # W40 for W41
    assert ("other spurious", "d2") in [(c, d) for c, d, _, _ in found]
    assert mod.main([str(gold_file), "--fix", "other wrong value,other missed,other spurious,part of day"]) == 0
    out = capsys.readouterr().out
    assert "DATE+TIME value F1" in out and out.rstrip().endswith("100.00")  # every error put right
