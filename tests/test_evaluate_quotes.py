"""Tests for toolkit.evaluate.quotes: the scorer gives the reference scorer's figures."""
from __future__ import annotations

import importlib.util
import json

import pytest

from toolkit.evaluate import quotes as ev

# A small PolNeAR-format gold file written for the tests (invented people).
TEXT = ("“The harbour will reopen in March,” said Ilse Marwick, the port director.\n\n"
        "She added that the dredging had cost twice the estimate.\n\n"
        "The ferry company, according to a union official, plans to cut two routes.\n\n"
        "“We were never asked,” Tobias Renn said. “Not once.”\n\n"
        "Critics have long doubted the plan.")


def _at(text, content, source=None, direct=False, spans=None):
    s = text.index(content)
    d = {"content": content, "content_start": s, "content_end": s + len(content),
         "content_spans": spans or [[s, s + len(content)]], "direct": direct, "source": source,
         "source_start": None, "source_end": None}
    if source:
        ss = text.index(source)
        d.update(source_start=ss, source_end=ss + len(source), source_spans=[[ss, ss + len(source)]])
    return d


def _gold():
    t = TEXT
    q4 = t.index("“We were never")
    q4e = t.index("” Tobias") + 1
    q5 = t.index("“Not once.”")
    return {"id": "g1", "text": t, "attributions": [
        _at(t, "“The harbour will reopen in March,”", "Ilse Marwick", True),
        _at(t, "that the dredging had cost twice the estimate", "She"),
        _at(t, "plans to cut two routes", "a union official"),
        {**_at(t, "“We were never asked,”", "Tobias Renn", True), "content_end": q5 + 11,
         "content_spans": [[q4, q4e], [q5, q5 + 11]]},
        _at(t, "the plan", "Critics"),
    ]}


@pytest.fixture()
def gold_file(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(_gold(), ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def test_continuation_merged_into_previous_attribution():
    from toolkit.quotes import extract_quotes

    atts = ev.quotes_to_attributions(extract_quotes(TEXT))
    renn = [a for a in atts if a["source"] == "Tobias Renn"]
    assert len(renn) == 1 and len(renn[0]["content_spans"]) == 2


def test_evaluate_scores_the_small_file(gold_file):
    res = ev.evaluate(str(gold_file))
    assert res["all"]["content_overlap"]["n_gold"] == 5
    assert res["all"]["attribution"]["tp"] >= 3
    assert res["direct"]["attribution"]["n_gold"] == 2


def test_same_numbers_as_reference_scorer(gold_file, tmp_path, shared_eval, capsys):
    spec = importlib.util.spec_from_file_location("score_attribution", shared_eval / "score_attribution.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    pred_path = tmp_path / "pred.jsonl"
    ours = ev.evaluate(str(gold_file), write_predictions=str(pred_path), subsets=("all", "direct", "indirect"))
    gold, pred = ref.load(str(gold_file)), ref.load(str(pred_path))
    for subset in ("all", "direct", "indirect"):
        theirs = ref.score(gold, pred, 0.5, subset)
        assert ours[subset] == theirs
    # The printed figures are the reference scorer's printed figures.
    assert ev.main([str(gold_file), "--pred", str(pred_path), "--subset", "all"]) == 0
    mine = capsys.readouterr().out
    ref.main([str(gold_file), str(pred_path)])
    assert capsys.readouterr().out == mine


def test_same_numbers_on_polnear_dev_sample(shared_data, shared_eval, tmp_path):
    dev = shared_data / "polnear" / "dev.jsonl"
    sample = tmp_path / "dev5.jsonl"
    sample.write_text("".join(dev.read_text(encoding="utf-8").splitlines(keepends=True)[:5]), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("score_attribution", shared_eval / "score_attribution.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    pred_path = tmp_path / "pred.jsonl"
    ours = ev.evaluate(str(sample), write_predictions=str(pred_path))
    gold, pred = ref.load(str(sample)), ref.load(str(pred_path))
    assert ours["all"] == ref.score(gold, pred, 0.5, "all")
    assert ours["direct"] == ref.score(gold, pred, 0.5, "direct")


def test_main_reports_missing_file(tmp_path, capsys):
    assert ev.main([str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read gold file" in capsys.readouterr().err


def test_the_parts_of_a_mixed_quote_are_one_polnear_attribution():
    from toolkit.quotes import extract_quotes
    text = ("Mayor Dana Whitcombe said that the bridge plan, which the council backed in May, "
            "\u201cwas a costly mistake for Eastvale.\u201d")
    quotes = extract_quotes(text)
    assert [q.form for q in quotes] == ["indirect", "direct"]  # the clause and its quotation
    atts = ev.quotes_to_attributions(quotes, text)
    assert len(atts) == 1
    att = atts[0]
    assert text[att["content_start"]:att["content_end"]].startswith("that the bridge plan")
    assert att["content_end"] == quotes[0].end and att["direct"] is False
    assert att["source"] == quotes[0].mention
