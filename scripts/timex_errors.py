"""Sort the DATE+TIME errors of the time-expression finder into classes, to see which are ours.

Usage:
    python scripts/timex_errors.py ../shared/data/timeml/tbaq.jsonl [--pred PRED.jsonl] [--show CLASS]

Without ``--pred`` the finder is run on the gold file's texts. Matching is the reference scorer's
(TempEval-3: exact offsets first, then largest overlap). Each gold DATE/TIME expression that is
missed or gets another value, and each DATE/TIME prediction that matches no gold expression, is
put in the first class whose test it passes:

- ``gold underspecified``: the gold value has X where ours is specific and agrees elsewhere
  ("1989-WXX" for our "1989-W43", "1968-XX" for "1968", "199X" for "199")
- ``week number written without 0``: "2000-W7" for "2000-W07"
- ``part of day``: the values differ only in a part of day ("2000-01-05" vs "2000-01-05TNI", TEV vs TNI)
- ``weekday a week off``: the values are days exactly 7 days apart
- ``granularity, same year``: both name the same year at different granularities (1988 / 1988-Q3 /
  1988-11-02: "a year ago" in earnings reports)
- ``vague reference not annotated``: a PRESENT_REF / PAST_REF / FUTURE_REF prediction ("now",
  "recent", "current") the annotators left out
- ``vague reference missed``: such a gold expression we do not report ("previously", "already")
- ``other wrong value``, ``other missed``, ``other spurious``: the rest

``--fix`` tells what putting a set of classes right would be worth. The first five classes are
not errors of resolution: in each, other gold expressions in the same
corpus follow the convention we follow (run with ``--show`` to read them in context).
"""
from __future__ import annotations

import argparse
import collections
import copy
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.evaluate.timexes import _align, _load, predict, score  # noqa: E402

DT = {"DATE", "TIME"}
VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def _day(v: str):
    try:
        return dt.date.fromisoformat(v[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d", v[:10]) else None
    except ValueError:
        return None


def classify(gold_value, pred_value) -> str:
    """The class of one error (see the module docstring); either value may be None."""
    g, p = gold_value, pred_value
    if g is not None and p is not None:
        if "X" in g and "X" not in p:
            if re.fullmatch(r"\d{4}-WXX(?:-WE)?", g) and p.startswith(g[:6]):
                return "gold underspecified"
            if g.rstrip("-X") == p or g.replace("X", "") == p or (g[:4] == p[:4] and "Q" in g and "Q" in p):
                return "gold underspecified"
        if re.fullmatch(r"\d{4}-W\d", g) and re.fullmatch(r"\d{4}-W0\d", p):
            return "week number written without 0"
        strip = lambda v: re.sub(r"T(?:MO|AF|EV|NI|DT)$", "", v)  # noqa: E731
        if strip(g) == strip(p):
            return "part of day"
        dg, dp = _day(g), _day(p)
        if dg and dp and abs((dg - dp).days) == 7:
            return "weekday a week off"
        if re.match(r"\d{4}", g) and g[:4] == p[:4] and len(g) != len(p):
            return "granularity, same year"
        return "other wrong value"
    if g is None:
        return "vague reference not annotated" if p in VAGUE else "other spurious"
    return "vague reference missed" if g in VAGUE else "other missed"


def errors(gold_docs: dict, pred_docs: dict):
    """Yield ``(class, doc id, gold timex or None, predicted timex or None)`` for every error."""
    for did, gd in gold_docs.items():
        gold = gd.get("timexes", [])
        pred = pred_docs.get(did, {}).get("timexes", []) or []
        pairs = _align(gold, pred)
        gm = {gi: pi for gi, pi, _ in pairs}
        pm = {pi: gi for gi, pi, _ in pairs}
        for gi, g in enumerate(gold):
            if (g.get("type") or "DATE").upper() not in DT:
                continue
            if gi not in gm:
                yield classify(g["value"], None), did, g, None
            elif str(pred[gm[gi]].get("value")) != str(g["value"]):
                p = pred[gm[gi]]
                yield classify(str(g["value"]), str(p.get("value"))), did, g, p
        for pi, p in enumerate(pred):
            if (p.get("type") or "DATE").upper() in DT and pi not in pm:
                yield classify(None, str(p.get("value"))), did, None, p


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--pred", help="predictions (JSONL); default: run the finder")
    ap.add_argument("--show", help="print the errors of this class in context")
    ap.add_argument("--fix", help="comma-separated classes: the DATE+TIME value F1 if all their errors "
                                  "were put right (the gold value given, the spurious dropped)")
    a = ap.parse_args(argv)
    gold = _load(a.gold)
    pred = _load(a.pred) if a.pred else predict(gold)
    counts = collections.Counter()
    fix = set((a.fix or "").split(",")) - {""}
    fixed = copy.deepcopy(pred)
    for cls, did, g, p in errors(gold, pred):
        counts[cls] += 1
        if cls in fix:
            ts = fixed.setdefault(did, {"id": did, "timexes": []})["timexes"]
            if p is not None:
                ts[:] = [t for t in ts if not (t["start"] == p["start"] and t["end"] == p["end"])]
            if g is not None:
                ts.append(dict(g))
        if a.show and cls == a.show:
            t = gold[did]["text"]
            x = g or p
            ctx = (t[max(0, x["start"] - 60):x["start"]] + "[[" + t[x["start"]:x["end"]] + "]]"
                   + t[x["end"]:x["end"] + 40])
            print(f"{did} dct={gold[did].get('dct')} gold={g and g['value']} pred={p and p.get('value')}: "
                  + " ".join(ctx.split()))
    print(f"{sum(counts.values())} DATE+TIME errors")
    for cls, n in counts.most_common():
        print(f"{n:5}  {cls}")
    value_f1 = lambda docs: 100 * score(gold, docs)[0]["DATE+TIME"]["value_F1"]  # noqa: E731
    print(f"DATE+TIME value F1 {value_f1(pred):.2f}")
    if fix:
        print(f"with every error of {', '.join(sorted(fix))} put right: {value_f1(fixed):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
