"""Derive the cue-word lexicon (toolkit/data/cue_words.txt) from PolNeAR train.

Reads ../shared/data/polnear/train.jsonl (never committed), counts how often each word form
appears inside an annotated cue versus anywhere in the text, and keeps the forms that are cues
often enough and reliably enough. Only the word list is written, never corpus text.

    python scripts/derive_cue_lexicon.py [TRAIN.jsonl] [--min-count 3] [--min-ratio 0.25]

With ``--engine-report`` nothing is written: the extractor runs over TRAIN with the current lexicon
(plus, with ``--extra-ratio R``, every word form that is a gold cue at least R of the time) and
prints, per cue word, how many attributions it produced, how many matched a gold content (the
reference scorer's overlap rule) and how many also had the right source -- counts only, never
corpus text. cue_extra.txt / cue_stop.txt were extended from this report: cues with attribution
precision >= 0.5 were added, cues with attribution precision < 0.25-0.3 (and content precision
< 0.45-0.5, >= 5-6 uses) were stopped. A second round (2026-11-28, ``--extra-ratio 0.05`` and
``0.1``) added word forms by content precision: >= 0.5 with >= 5 uses and attribution precision
>= 0.2 (a cue adds to content F1 when more than about 40% of its attributions match), leaving out
adverbs, weekdays and other words that are not cues on their own.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
# Function words and auxiliaries that occur inside multi-word cues but carry no cue meaning.
SKIP = {
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "also", "not", "the", "a",
    "an", "to", "of", "in", "on", "for", "that", "and", "or", "with", "about", "as", "at", "by", "from",
    "it", "its", "his", "her", "their", "this", "will", "would", "could", "should", "may", "might", "can",
    "did", "does", "do", "later", "then", "still", "even", "already", "just", "repeatedly", "previously",
    "he", "she", "they", "we", "i", "you", "who", "which", "no", "into", "over", "up", "out", "than",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="?", default=str(ROOT.parent / "shared/data/polnear/train.jsonl"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-ratio", type=float, default=0.25)
    ap.add_argument("--out", default=str(ROOT / "toolkit/data/cue_words.txt"))
    ap.add_argument("--engine-report", action="store_true",
                    help="print per-cue precision of the extractor on TRAIN (counts only); write nothing")
    ap.add_argument("--extra-ratio", type=float, default=None,
                    help="with --engine-report: also try word forms that are gold cues this often")
    ap.add_argument("--min-uses", type=int, default=3, help="with --engine-report: rows with this many uses")
    a = ap.parse_args(argv)
    if a.engine_report:
        return engine_report(a.train, a.extra_ratio, a.min_count, a.min_uses)
    as_cue, total = collections.Counter(), collections.Counter()
    with open(a.train, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            for w in WORD.findall(text):
                total[w.lower()] += 1
            for att in rec["attributions"]:
                s, e = att.get("cue_start"), att.get("cue_end")
                if s is None or e is None:
                    continue
                for w in WORD.findall(text[s:e]):
                    if w.lower() not in SKIP:
                        as_cue[w.lower()] += 1
    keep = sorted(w for w, n in as_cue.items()
                  if n >= a.min_count and n / max(1, total[w]) >= a.min_ratio)
    header = (
        "# Cue words (verbs and nouns that introduce speech or belief), derived from PolNeAR train\n"
        f"# by scripts/derive_cue_lexicon.py (min count {a.min_count}, min cue ratio {a.min_ratio}).\n"
        "# Word forms, one a line. Regenerate rather than edit; add hand-picked cues to cue_extra.txt.\n"
    )
    Path(a.out).write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} cue words -> {a.out}")
    return 0


def engine_report(train: str, extra_ratio, min_count: int, min_uses: int) -> int:
    """Per-cue counts of the extractor's attributions on TRAIN: uses, content matches, attribution matches."""
    import sys

    sys.path.insert(0, str(ROOT))
    from toolkit.quotes import lexicon
    from toolkit.evaluate.quotes import _chars, _source_ok, _spans
    from toolkit.quotes import extract_quotes

    if extra_ratio is not None:
        as_cue, total = collections.Counter(), collections.Counter()
        with open(train, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for w in WORD.findall(rec["text"]):
                    total[w.lower()] += 1
                for att in rec["attributions"]:
                    if att.get("cue_start") is not None:
                        for w in WORD.findall(rec["text"][att["cue_start"]:att["cue_end"]]):
                            as_cue[w.lower()] += 1
        extra = {w for w, n in as_cue.items() if n >= min_count and n / max(1, total[w]) >= extra_ratio}
        lexicon.set_cues(lexicon.CUES | (extra - SKIP - lexicon.load_wordlist("cue_stop.txt")))
    stats = collections.defaultdict(lambda: [0, 0, 0])
    nonsp = lambda c: not c.isspace()  # noqa: E731
    with open(train, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text, gold = rec["text"], rec["attributions"]
            preds = []
            for q in extract_quotes(text):
                prev = None
                if q.cue_span is None and q.direct and q.mention_span is not None:
                    prev = next((p for p in reversed(preds[-3:]) if p["ms"] == q.mention_span and p["direct"]), None)
                if prev is not None:
                    prev["content_spans"].extend(list(s) for s in q.spans)
                    continue
                ms = q.mention_span
                preds.append({"content_spans": [list(s) for s in q.spans], "source": q.mention or None,
                              "source_start": ms[0] if ms else None, "source_end": ms[1] if ms else None,
                              "direct": q.direct, "ms": ms, "cue": (q.cue or "<none>").lower().split()[-1]})
            gch = [_chars(text, _spans(g, "content"), nonsp) for g in gold]
            pch = [_chars(text, _spans(p, "content"), nonsp) for p in preds]
            cands = sorted(((len(gc & pc) / len(gc), len(gc & pc), i, j) for i, gc in enumerate(gch)
                            for j, pc in enumerate(pch) if gc and len(gc & pc) / len(gc) >= 0.5), reverse=True)
            gm, pm = {}, {}
            for _, _, i, j in cands:
                if i not in gm and j not in pm:
                    gm[i], pm[j] = j, i
            for j, p in enumerate(preds):
                row = stats[re.sub(r"^\W+|\W+$", "", p["cue"]) or p["cue"]]
                row[0] += 1
                if j in pm:
                    row[1] += 1
                    row[2] += _source_ok(gold[pm[j]], p, text)
    print(f"{'cue':<20}{'uses':>6}{'content':>9}{'attrib':>8}{'P(content)':>12}{'P(attrib)':>11}")
    for cue, (n, c, at) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
        if n >= min_uses:
            print(f"{cue:<20}{n:>6}{c:>9}{at:>8}{c / n:>12.2f}{at / n:>11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
