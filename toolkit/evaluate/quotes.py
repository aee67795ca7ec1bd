"""Score quote attribution against PolNeAR-format gold: ``python -m toolkit evaluate quotes GOLD.jsonl``.

The metric re-implements ``../shared/eval/score_attribution.py`` exactly (content F1 with the
overlap rule, exact-content F1 on alphanumeric characters, attribution F1 = content and source
right), so the figures printed here are the reference scorer's figures for the same predictions.

Conventions mapping the toolkit's Quotes onto PolNeAR attributions:

* A quotation interrupted by its cue is one attribution with two content spans (``split=False``),
  what a headline seems to quote is kept (``headlines=True``), and reported content takes in the
  paragraph's unattributed sentences around it (``extent="paragraph"``), and reported words with no
  source (``speakerless=True``), reported thoughts ("experts believe that ...", ``thoughts=True``) and
  speech under a negation ("has not said when ...", ``negated=True``) are kept: PolNeAR annotates so.
* ``source`` is the in-text mention (pronouns included) and ``source_start/end`` its offsets.
* A quote with no cue of its own that continues the previous speaker's direct quote (the next
  sentence or paragraph of the same speech) is one PolNeAR attribution with the quote it
  continues: its span is appended to that attribution's ``content_spans``.
* The parts of one mixed quote (``said that the plan "was a costly mistake"``: the clause as an
  indirect quote and each quotation as a direct one, all with the same cue) are one PolNeAR
  attribution, as PolNeAR annotates one attribution per clause: the clause's span, or the hull of
  the quotations when the clause has no part of its own; direct when it starts at a quotation or
  the quotations fill half of it.
"""
from __future__ import annotations

import argparse
import json
import re
from typing import Optional

from ..quotes import extract_quotes
from ._gold import exit_2_on_bad_input, read_records

__all__ = ["evaluate", "main", "predict", "score", "quotes_to_attributions"]

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "the",
           "a", "an", "former", "prof", "professor", "sir", "lady", "lord", "judge", "gen", "general", "rev"}
_OPEN_Q, _CLOSE_Q = "\u201c\u201e\u00ab", "\u201d\u00bb"


# ---------------------------------------------------------------------------------------------
# Predictions

def quotes_to_attributions(quotes: list, text: Optional[str] = None) -> list:
    """Convert Quotes to PolNeAR-style attribution dicts (continuations merged into their quote).

    Args:
        quotes: Quotes of one article, as returned by ``extract_quotes``.
        text: The article's text: a mixed quote whose clause has no part of its own (only its
            quotations) then runs from its cue, as the clause does, not from its first quotation.

    Returns:
        A list of dicts with ``content_start``, ``content_end``, ``content_spans``, ``source``,
        ``source_start``, ``source_end``, ``direct``.
    """
    out: list = []
    for q in quotes:
        last = out[-1] if out else None
        if last is not None and q.cue_span is not None and last["_cue_span"] == q.cue_span \
                and last["_mention_span"] == q.mention_span:
            _fold_part(last, q, text)
            continue
        prev = None
        if q.cue_span is None and q.direct and q.mention_span is not None:
            for cand in reversed(out[-3:]):
                if cand["_mention_span"] == q.mention_span and cand["direct"]:
                    prev = cand
                    break
        if prev is not None:
            prev["content_spans"].extend([list(s) for s in q.spans])
            prev["content_end"] = max(prev["content_end"], q.end)
            continue
        ms = q.mention_span
        out.append({
            "content_start": q.start, "content_end": q.end, "content_spans": [list(s) for s in q.spans],
            "source": q.mention if q.mention else None,
            "source_start": ms[0] if ms else None, "source_end": ms[1] if ms else None,
            "direct": bool(q.direct), "_mention_span": ms, "_cue_span": q.cue_span,
            "_clause": None if q.direct else (q.start, q.end),
            "_inside": [(q.start, q.end)] if q.direct else [],
        })
    for d in out:
        for key in ("_mention_span", "_cue_span", "_clause", "_inside"):
            del d[key]
    return out


def _fold_part(att: dict, q, text: Optional[str]) -> None:
    """Add one more part of a mixed quote (same cue) to the attribution of its first part."""
    if q.direct:
        att["_inside"].append((q.start, q.end))
    else:
        att["_clause"] = (q.start, q.end)
        att["content_spans"] = [list(s) for s in q.spans]
    clause = att["_clause"]
    if clause is None:  # quotations only: their hull, from the cue when the cue comes first
        att["content_start"] = min(att["content_start"], q.start)
        cue_end = q.cue_span[1]
        if q.mention_span is not None and cue_end <= q.mention_span[0] < att["content_start"]:
            cue_end = q.mention_span[1]
        if text is not None and cue_end <= att["content_start"] and "\n" not in text[cue_end:att["content_start"]]:
            att["content_start"] = cue_end + len(text[cue_end:att["content_start"]]) \
                - len(text[cue_end:att["content_start"]].lstrip())
        att["content_end"] = max(att["content_end"], q.end)
        att["content_spans"] = [[att["content_start"], att["content_end"]]]
        att["direct"] = True
        return
    start, end = clause
    att["content_start"], att["content_end"] = start, end
    inside = sum(e - s for s, e in att["_inside"])
    att["direct"] = any(s == start for s, _ in att["_inside"]) or inside >= 0.5 * (end - start)


def predict(gold_path: str) -> dict:
    """Run the extractor over every article of a gold JSONL file.

    Args:
        gold_path: PolNeAR-format JSONL (``id``, ``text``, ``attributions``).

    Returns:
        ``{id: {"id": id, "attributions": [...]}}``.
    """
    out = {}
    for rec in _load(gold_path).values():
        text = rec["text"]
        quotes = extract_quotes(text, split=False, headlines=True, extent="paragraph", speakerless=True,
                                thoughts=True, negated=True, nested=False)
        out[rec["id"]] = {"id": rec["id"], "attributions": quotes_to_attributions(quotes, text)}
    return out


# ---------------------------------------------------------------------------------------------
# The metric (same as ../shared/eval/score_attribution.py)

def _spans(rec: dict, key: str) -> list:
    if rec.get(key + "_spans"):
        return [tuple(s) for s in rec[key + "_spans"]]
    s, e = rec.get(key + "_start"), rec.get(key + "_end")
    return [(s, e)] if s is not None and e is not None else []


def _chars(text: str, sp: list, keep) -> set:
    return {k for s, e in sp for k in range(max(0, s), min(len(text), e)) if keep(text[k])}


def _quoted_mask(text: str) -> list:
    mask, pos = [False] * len(text), 0
    for line in text.split("\n"):
        inside, start = False, None
        for i, ch in enumerate(line):
            j = pos + i
            if ch in _OPEN_Q or (ch == '"' and not inside):
                if not inside:
                    inside, start = True, j
            elif ch in _CLOSE_Q or (ch == '"' and inside):
                lo = start if inside else pos
                for k in range(lo, j + 1):
                    mask[k] = True
                inside = False
        if inside:
            for k in range(start, pos + len(line)):
                mask[k] = True
        pos += len(line) + 1
    return mask


def _words(s: Optional[str]) -> list:
    return [re.sub(r"(['\u2019]s|['\u2019])$", "", w).strip(".")
            for w in re.findall(r"[^\W\d_][\w'\u2019.\-]*", s or "")]


def _head_token(s: str) -> str:
    ws = [w for w in _words(s) if w]
    run = []
    for w in ws:
        if w[0].isupper() and w.lower() not in _TITLES:
            run.append(w)
        elif run:
            break
    return (run[-1] if run else (ws[-1] if ws else "")).lower()


def _source_ok(g: dict, p: dict, text: str) -> bool:
    gsrc = g.get("source")
    psrc = p.get("source")
    if gsrc is None:
        return not psrc
    if not psrc and not _spans(p, "source"):
        return False
    gs = _chars(text, _spans(g, "source"), lambda c: not c.isspace())
    ps = _chars(text, _spans(p, "source"), lambda c: not c.isspace())
    if gs & ps:
        return True
    if psrc is None and ps:
        psrc = "".join(text[k] for k in sorted(ps))
    return _head_token(gsrc) in {w.lower() for w in _words(psrc)}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score(gold: dict, pred: dict, min_overlap: float = 0.5, subset: str = "all") -> dict:
    """Score predictions against gold, as the reference scorer does.

    Args:
        gold: ``{id: record}`` with ``text`` and ``attributions``.
        pred: ``{id: {"attributions": [...]}}``.
        min_overlap: Share of the gold content's non-space characters a prediction must cover.
        subset: ``"all"``, ``"direct"`` or ``"indirect"``.

    Returns:
        The reference scorer's result dict (``content_overlap``, ``content_exact``,
        ``attribution``, each with precision, recall, f1, tp, n_pred, n_gold; plus recalls by type).
    """
    tp_c = tp_x = tp_a = n_gold = n_pred = 0
    by_type = {True: [0, 0], False: [0, 0]}
    nonsp = lambda c: not c.isspace()  # noqa: E731
    alnum = lambda c: c.isalnum()  # noqa: E731
    for gid, gart in gold.items():
        text = gart["text"]
        G = gart["attributions"]
        P = pred.get(gid, {}).get("attributions", [])
        gch = [_chars(text, _spans(g, "content"), nonsp) for g in G]
        pch = [_chars(text, _spans(p, "content"), nonsp) for p in P]
        cands = []
        for i, gc in enumerate(gch):
            for j, pc in enumerate(pch):
                ov = len(gc & pc)
                if gc and ov / len(gc) >= min_overlap:
                    cands.append((ov / len(gc), ov, i, j))
        cands.sort(reverse=True)
        gm, pm = {}, {}
        for _, _, i, j in cands:
            if i not in gm and j not in pm:
                gm[i], pm[j] = j, i
        keep_g = [subset == "all" or G[i].get("direct") == (subset == "direct") for i in range(len(G))]
        mask = None
        keep_p = []
        for j, p in enumerate(P):
            if subset == "all":
                keep_p.append(True)
            elif j in pm:
                keep_p.append(keep_g[pm[j]])
            else:
                d = p.get("direct")
                if d is None:
                    mask = mask or _quoted_mask(text)
                    idx = list(pch[j])
                    d = sum(mask[k] for k in idx) / max(1, len(idx)) >= 0.5
                keep_p.append(d == (subset == "direct"))
        n_gold += sum(keep_g)
        n_pred += sum(keep_p)
        for i, j in gm.items():
            if not keep_g[i]:
                continue
            tp_c += 1
            by_type[bool(G[i].get("direct"))][0] += 1
            if _chars(text, _spans(G[i], "content"), alnum) == _chars(text, _spans(P[j], "content"), alnum):
                tp_x += 1
            if _source_ok(G[i], P[j], text):
                tp_a += 1
        for i, g in enumerate(G):
            if keep_g[i]:
                by_type[bool(g.get("direct"))][1] += 1
    return {
        "content_overlap": _prf(tp_c, n_pred, n_gold),
        "content_exact": _prf(tp_x, n_pred, n_gold),
        "attribution": _prf(tp_a, n_pred, n_gold),
        "recall_direct_gold": by_type[True][0] / by_type[True][1] if by_type[True][1] else None,
        "recall_indirect_gold": by_type[False][0] / by_type[False][1] if by_type[False][1] else None,
        "n_gold_direct": by_type[True][1], "n_gold_indirect": by_type[False][1],
        "min_overlap": min_overlap, "subset": subset,
    }


_GOLD_SHAPE = "PolNeAR-style records with 'id', 'text' and 'attributions'"
_PRED_SHAPE = "prediction records with 'id' and 'attributions'"


def _load(path, required: tuple = ("id", "text", "attributions"), expected: str = _GOLD_SHAPE) -> dict:
    return {d["id"]: d for _, d in read_records(path, required, expected)}


# ---------------------------------------------------------------------------------------------
# Entry points

def evaluate(gold_path, *, pred_path=None, min_overlap: float = 0.5, subsets=("all", "direct"),
             write_predictions=None) -> dict:
    """Run the extractor over a gold file (or read predictions) and score it.

    Args:
        gold_path: PolNeAR-format JSONL.
        pred_path: Score this prediction JSONL instead of running the extractor.
        min_overlap: See :func:`score`.
        subsets: Which subsets to score (``"all"``, ``"direct"``, ``"indirect"``).
        write_predictions: Optional path: write the predictions as JSONL there.

    Returns:
        ``{subset: result dict}``.
    """
    gold = _load(gold_path)
    pred = _load(pred_path, ("id", "attributions"), _PRED_SHAPE) if pred_path else predict(gold_path)
    if write_predictions:
        with open(write_predictions, "w", encoding="utf-8") as fh:
            for rec in pred.values():
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {s: score(gold, pred, min_overlap, s) for s in subsets}


def _print(res: dict, n_articles: int, subset: str, min_overlap: float) -> None:
    print(f"gold articles={n_articles}  subset={subset}  min_overlap={min_overlap}")
    print(f"{'metric':<28}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
    for k, name in [("content_overlap", f"content (overlap>={min_overlap:g})"),
                    ("content_exact", "content (exact, alnum)"), ("attribution", "attribution (content+source)")]:
        m = res[k]
        print(f"{name:<28}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}{m['tp']:7d}"
              f"{m['n_pred']:7d}{m['n_gold']:7d}")
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    print(f"content recall: direct gold {fmt(res['recall_direct_gold'])} (n={res['n_gold_direct']}), "
          f"indirect gold {fmt(res['recall_indirect_gold'])} (n={res['n_gold_indirect']})")


@exit_2_on_bad_input
def main(argv: Optional[list] = None) -> int:
    """``python -m toolkit evaluate quotes GOLD.jsonl [--pred P] [--out P] [--json]``."""
    ap = argparse.ArgumentParser(prog="python -m toolkit evaluate quotes",
                                 description="Score quote attribution on PolNeAR-format gold.")
    ap.add_argument("gold", help="gold JSONL, e.g. ../shared/data/polnear/dev.jsonl")
    ap.add_argument("--pred", help="score this prediction JSONL instead of running the extractor")
    ap.add_argument("--out", help="write the predictions as JSONL")
    ap.add_argument("--min-overlap", type=float, default=0.5)
    ap.add_argument("--subset", choices=["all", "direct", "indirect", "both"], default="both",
                    help="both = all attributions and direct ones only (default)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args(argv)
    n = len(_load(a.gold))  # a file of another shape: InputError, exit code 2
    subsets = ("all", "direct") if a.subset == "both" else (a.subset,)
    res = evaluate(a.gold, pred_path=a.pred, min_overlap=a.min_overlap, subsets=subsets,
                   write_predictions=a.out)
    if a.json:
        print(json.dumps(res, indent=1))
        return 0
    for i, s in enumerate(subsets):
        if i:
            print()
        _print(res[s], n, s, a.min_overlap)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
