"""Derive the cue-word lexicon (toolkit/data/cue_words.txt) from PolNeAR train.

Reads ../shared/data/polnear/train.jsonl (never committed), counts how often each word form
appears inside an annotated cue versus anywhere in the text, and keeps the forms that are cues
often enough and reliably enough. Only the word list is written, never corpus text.

    python scripts/derive_cue_lexicon.py [TRAIN.jsonl] [--min-count 3] [--min-ratio 0.25]
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
    a = ap.parse_args(argv)
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


if __name__ == "__main__":
    raise SystemExit(main())
