"""Score :func:`toolkit.sentiment` against gold tone labels (NewsMTSC style).

``python -m toolkit evaluate sentiment GOLD.jsonl [--backend B] [--no-target] [--pred OUT.jsonl]
[--json]``

Gold: one item a line, ``{"id", "text", "label"}`` with label -1, 0 or 1, and optionally
``"target_start"``/``"target_end"`` (the mention the tone is about), which are passed as
``target`` unless ``--no-target``.

The metric re-implements ``../shared/eval/score_sentiment.py`` (the package cannot import it at
run time) and gives the same numbers: accuracy, macro-F1 over the three classes, F1pn (mean F1
of positive and negative), per-class precision/recall/F1, the confusion matrix and coverage; a
gold item without a prediction counts as wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from ..errors import InputError
from ..tone import sentiment, sentiment_backends
from ._gold import exit_2_on_bad_input, read_records

__all__ = ["evaluate", "main", "predict", "score", "load_gold", "format_report", "LABELS"]

LABELS = (-1, 0, 1)
_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}
_ALIASES = {"-1": -1, "neg": -1, "negative": -1, "0": 0, "neu": 0, "neutral": 0,
            "1": 1, "+1": 1, "pos": 1, "positive": 1}


def _norm_label(x) -> int:
    if isinstance(x, bool):
        raise ValueError(f"bad label {x!r}")
    if isinstance(x, (int, float)) and x in LABELS:
        return int(x)
    if isinstance(x, str) and x.strip().lower() in _ALIASES:
        return _ALIASES[x.strip().lower()]
    raise ValueError(f"bad label {x!r}; expected -1, 0 or 1")


def load_gold(path) -> list:
    """Read gold items (dicts with at least ``id``, ``text`` and ``label``).

    Raises:
        ValueError: a line is not JSON, lacks a field, repeats an id or has a bad label; the
            message names the file and line.
    """
    items, seen = [], set()
    for n, obj in read_records(path, ("id", "text", "label"), _GOLD_SHAPE):
        key = str(obj["id"])
        if key in seen:
            raise InputError(f"{path} line {n}: duplicate id {key!r}")
        seen.add(key)
        try:
            obj["label"] = _norm_label(obj["label"])
        except ValueError as exc:
            raise InputError(f"{path} line {n}: {exc}") from None
        items.append(obj)
    return items


_GOLD_SHAPE = "NewsMTSC-style records with 'id', 'text' and 'label' (negative, neutral, positive or -1, 0, 1)"


def predict(items: list, *, backend: str = "textblob", use_target: bool = True) -> dict:
    """Run :func:`toolkit.sentiment` on gold items.

    Returns:
        ``{id: label}``.
    """
    out = {}
    for obj in items:
        target = None
        if use_target and obj.get("target_start") is not None and obj.get("target_end") is not None:
            target = (int(obj["target_start"]), int(obj["target_end"]))
        out[str(obj["id"])] = sentiment(obj["text"], target=target, backend=backend).label
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: dict, pred: dict) -> dict:
    """The reference scorer's figures for ``{id: label}`` gold and predictions."""
    ids = list(gold)
    y = [gold[i] for i in ids]
    yhat = [pred.get(i) for i in ids]
    n = len(ids)
    covered = sum(v is not None for v in yhat)
    correct = sum(a == b for a, b in zip(y, yhat))
    per = {}
    for c in LABELS:
        tp = sum(a == c and b == c for a, b in zip(y, yhat))
        fp = sum(a != c and b == c for a, b in zip(y, yhat))
        fn = sum(a == c and b != c for a, b in zip(y, yhat))
        p, r, f = _prf(tp, fp, fn)
        per[_NAMES[c]] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    conf = {_NAMES[a]: {_NAMES[b]: 0 for b in LABELS} | {"missing": 0} for a in LABELS}
    for a, b in zip(y, yhat):
        conf[_NAMES[a]]["missing" if b is None else _NAMES[b]] += 1
    return {
        "n": n,
        "coverage": covered / n if n else 0.0,
        "extra_predictions": len(set(pred) - set(gold)),
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(v["f1"] for v in per.values()) / 3,
        "f1_pn": (per["positive"]["f1"] + per["negative"]["f1"]) / 2,
        "per_class": per,
        "confusion": conf,
    }


def evaluate(gold_path, *, backend: str = "textblob", use_target: bool = True,
             pred_path: Optional[str] = None) -> dict:
    """Predict the gold items' tone and score it.

    Args:
        gold_path: JSONL gold file.
        backend: A sentiment backend (see :func:`toolkit.sentiment_backends`).
        use_target: Pass each item's target span (when it has one).
        pred_path: Also write the predictions there, one ``{"id", "label"}`` a line, in the
            format the reference scorer reads.

    Returns:
        The reference scorer's result dict plus ``backend`` and ``target``.
    """
    items = load_gold(gold_path)
    pred = predict(items, backend=backend, use_target=use_target)
    if pred_path:
        with open(pred_path, "w", encoding="utf-8") as fh:
            for key, label in pred.items():
                fh.write(json.dumps({"id": key, "label": label}) + "\n")
    result = score({str(o["id"]): o["label"] for o in items}, pred)
    result["backend"] = backend
    result["target"] = use_target
    return result


def format_report(s: dict) -> str:
    """The reference scorer's text output (plus a first line naming the backend)."""
    lines = [f"backend: {s.get('backend')}  target given: {s.get('target')}",
             f"items: {s['n']}  coverage: {s['coverage']:.3f}  extra predictions ignored: "
             f"{s['extra_predictions']}",
             f"accuracy: {s['accuracy']:.4f}",
             f"macro-F1: {s['macro_f1']:.4f}",
             f"F1pn (mean F1 of pos & neg): {s['f1_pn']:.4f}",
             f"{'class':<10}{'prec':>8}{'recall':>8}{'F1':>8}{'support':>9}"]
    for name, v in s["per_class"].items():
        lines.append(f"{name:<10}{v['precision']:>8.4f}{v['recall']:>8.4f}{v['f1']:>8.4f}"
                     f"{v['support']:>9d}")
    lines.append("confusion (rows = gold, cols = predicted):")
    cols = ["negative", "neutral", "positive", "missing"]
    lines.append(f"{'':<10}" + "".join(f"{c:>10}" for c in cols))
    for g, row in s["confusion"].items():
        lines.append(f"{g:<10}" + "".join(f"{row[c]:>10d}" for c in cols))
    return "\n".join(lines)


@exit_2_on_bad_input
def main(argv: Optional[list] = None) -> int:
    """``python -m toolkit evaluate sentiment GOLD.jsonl [options]``; returns the exit code."""
    ap = argparse.ArgumentParser(prog="python -m toolkit evaluate sentiment",
                                 description="Score the toolkit's tone labels against gold.")
    ap.add_argument("gold", help="gold JSONL: {id, text, label[, target_start, target_end]}")
    ap.add_argument("--backend", default="textblob",
                    help=f"sentiment backend (available: {', '.join(sentiment_backends())})")
    ap.add_argument("--no-target", action="store_true",
                    help="ignore the gold target spans: score the whole text's tone")
    ap.add_argument("--pred", help="also write the predictions to this JSONL file")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args(sys.argv[1:] if argv is None else argv)
    if a.backend not in sentiment_backends():
        print(f"error: unknown sentiment backend {a.backend!r}; available: "
              f"{', '.join(sentiment_backends())}", file=sys.stderr)
        return 2
    try:
        result = evaluate(a.gold, backend=a.backend, use_target=not a.no_target, pred_path=a.pred)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2) if a.json else format_report(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
