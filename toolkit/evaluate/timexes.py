"""Score :func:`toolkit.find_timexes` against TimeML gold, TempEval-3 (Task A) style.

``python -m toolkit evaluate timexes GOLD.jsonl [--pred OUT.jsonl] [--json] [--errors N]``

The metric is a re-implementation of ``../shared/eval/score_timex.py`` (the package cannot import
it at run time) and gives the same numbers: per document, one-to-one matching, exact offsets
first (strict), then the remaining pairs greedily by largest character overlap (relaxed); per
bucket (ALL, DATE+TIME, DURATION, SET) strict and relaxed P/R/F1, type and value accuracy over
relaxed matches, type F1 and value F1 (relaxed F1 times accuracy).

Gold: one document a line, ``{"id", "dct", "text", "timexes": [{"text", "start", "end",
"type", "value"}]}``. The document's ``dct`` is passed as ``published``.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from ..timexes import find_timexes
from ._gold import exit_2_on_bad_input, read_records

__all__ = ["evaluate", "main", "predict", "score", "format_table", "BUCKETS"]

BUCKETS = {
    "ALL": {"DATE", "TIME", "DURATION", "SET"},
    "DATE+TIME": {"DATE", "TIME"},
    "DURATION": {"DURATION"},
    "SET": {"SET"},
}
_COLS = ["n_gold", "n_pred", "strict_P", "strict_R", "strict_F1", "relaxed_P", "relaxed_R",
         "relaxed_F1", "type_acc", "value_acc", "type_F1", "value_F1"]


_GOLD_SHAPE = "TimeML-style records with 'id', 'dct', 'text' and 'timexes'"


def _load(path) -> dict:
    return {str(d["id"]): d for _, d in read_records(path, ("id", "text", "timexes"), _GOLD_SHAPE)}


def _norm_type(t) -> str:
    t = (t or "DATE").upper()
    return t if t in BUCKETS["ALL"] else "DATE"


def _align(gold: list, pred: list) -> list:
    pairs, used_g, used_p = [], set(), set()
    exact: dict = {}
    for pi, p in enumerate(pred):
        exact.setdefault((p["start"], p["end"]), []).append(pi)
    for gi, g in enumerate(gold):
        for pi in exact.get((g["start"], g["end"]), []):
            if pi not in used_p:
                pairs.append((gi, pi, True))
                used_g.add(gi)
                used_p.add(pi)
                break
    cands = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p:
                continue
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, gi, pi))
    for _, gi, pi in sorted(cands):
        if gi in used_g or pi in used_p:
            continue
        pairs.append((gi, pi, False))
        used_g.add(gi)
        used_p.add(pi)
    return pairs


def _prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> tuple:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_docs: dict, pred_docs: dict, n_errors: int = 0) -> tuple:
    """Score predictions against gold (both ``{id: document}``).

    Returns:
        ``(results, errors)``: results per bucket (the reference scorer's keys) and up to all
        errors as ``(doc_id, kind, gold, pred)`` when ``n_errors`` is non-zero.
    """
    c = {b: dict(n_g=0, n_p=0, strict_g=0, strict_p=0, relax_g=0, relax_p=0, type_ok=0, value_ok=0)
         for b in BUCKETS}
    errors = []
    for did, gd in gold_docs.items():
        gold = gd.get("timexes", [])
        pred = pred_docs.get(did, {}).get("timexes", []) or []
        pairs = _align(gold, pred)
        g_match = {gi: (pi, s) for gi, pi, s in pairs}
        p_match = {pi: (gi, s) for gi, pi, s in pairs}
        for b, types in BUCKETS.items():
            cb = c[b]
            for gi, g in enumerate(gold):
                if _norm_type(g.get("type")) not in types:
                    continue
                cb["n_g"] += 1
                if gi in g_match:
                    pi, s = g_match[gi]
                    p = pred[pi]
                    cb["relax_g"] += 1
                    cb["strict_g"] += int(s)
                    cb["type_ok"] += int(_norm_type(p.get("type")) == _norm_type(g.get("type")))
                    cb["value_ok"] += int(str(p.get("value")) == str(g.get("value")))
            for pi, p in enumerate(pred):
                if _norm_type(p.get("type")) not in types:
                    continue
                cb["n_p"] += 1
                if pi in p_match:
                    cb["relax_p"] += 1
                    cb["strict_p"] += int(p_match[pi][1])
        if n_errors:
            for gi, g in enumerate(gold):
                if gi not in g_match:
                    errors.append((did, "MISS", g, None))
                else:
                    p = pred[g_match[gi][0]]
                    if str(p.get("value")) != str(g.get("value")) or not g_match[gi][1]:
                        errors.append((did, "DIFF", g, p))
            for pi, p in enumerate(pred):
                if pi not in p_match:
                    errors.append((did, "SPURIOUS", None, p))
    res = {}
    for b, cb in c.items():
        sp, sr, sf = _prf(cb["strict_p"], cb["n_p"], cb["strict_g"], cb["n_g"])
        rp, rr, rf = _prf(cb["relax_p"], cb["n_p"], cb["relax_g"], cb["n_g"])
        m = cb["relax_g"]
        tacc = cb["type_ok"] / m if m else 0.0
        vacc = cb["value_ok"] / m if m else 0.0
        res[b] = dict(n_gold=cb["n_g"], n_pred=cb["n_p"], strict_P=sp, strict_R=sr, strict_F1=sf,
                      relaxed_P=rp, relaxed_R=rr, relaxed_F1=rf, relaxed_matches=m, type_acc=tacc,
                      value_acc=vacc, type_F1=rf * tacc, value_F1=rf * vacc)
    return res, errors


def format_table(res: dict) -> str:
    """The reference scorer's table (percentages)."""
    lines = ["bucket      " + " ".join(f"{c:>10s}" for c in _COLS)]
    for b in ["DATE+TIME", "ALL", "DURATION", "SET"]:
        r = res[b]
        cells = [f"{r[c]:>10d}" if isinstance(r[c], int) else f"{100 * r[c]:>10.2f}" for c in _COLS]
        lines.append(f"{b:<11s} " + " ".join(cells))
    return "\n".join(lines)


def predict(gold_docs: dict) -> dict:
    """Run :func:`toolkit.timexes.find_timexes` on every gold document (with its ``dct``)."""
    out = {}
    for did, d in gold_docs.items():
        found = find_timexes(d.get("text") or "", published=d.get("dct") or None)
        out[did] = {"id": did, "timexes": [
            {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value}
            for t in found]}
    return out


def evaluate(gold_path, *, pred_path: Optional[str] = None, n_errors: int = 0) -> dict:
    """Run the finder over a gold file and score it.

    Args:
        gold_path: TimeML gold JSONL (see the module docstring).
        pred_path: If given, also write the predictions there (the reference scorer's format).
        n_errors: Also return the first N errors under ``"errors"``.

    Returns:
        The scores per bucket (``"ALL"``, ``"DATE+TIME"``, ``"DURATION"``, ``"SET"``), plus
        ``"n_docs"`` and, when asked, ``"errors"``.
    """
    gold = _load(gold_path)
    pred = predict(gold)
    if pred_path:
        with open(pred_path, "w", encoding="utf-8") as fh:
            for d in pred.values():
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    res, errors = score(gold, pred, n_errors)
    out = dict(res)
    out["n_docs"] = len(gold)
    if n_errors:
        out["errors"] = errors[:n_errors]
    return out


@exit_2_on_bad_input
def main(argv: Optional[list] = None) -> int:
    """Command line: ``python -m toolkit evaluate timexes GOLD.jsonl``."""
    ap = argparse.ArgumentParser(prog="python -m toolkit evaluate timexes",
                                 description="Score find_timexes against TimeML gold (TempEval-3 style).")
    ap.add_argument("gold", help="gold JSONL with id, dct, text, timexes")
    ap.add_argument("--pred", metavar="OUT.jsonl", help="also write the predictions here")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="also list the first N errors")
    a = ap.parse_args(argv)
    res = evaluate(a.gold, pred_path=a.pred, n_errors=a.errors)
    errors = res.pop("errors", [])
    n_docs = res.pop("n_docs")
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        print(f"gold={a.gold} docs={n_docs}  (percentages; micro-averaged)")
        print(format_table(res))
    for did, kind, g, p in errors:
        gs = f"{g['text']!r}[{g['start']}:{g['end']}] {g.get('type')} {g.get('value')}" if g else "-"
        ps = f"{p.get('text', '')!r}[{p['start']}:{p['end']}] {p.get('type')} {p.get('value')}" if p else "-"
        print(f"{kind:8s} {did}  gold: {gs}  pred: {ps}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
