"""Benchmark quote extraction: words per second on one core over PolNeAR dev texts.

    python benchmarks/bench_quotes.py [GOLD.jsonl] [--runs 5]

Reports the median of several runs of ``extract_quotes`` alone (no scoring, no I/O).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _timing import median_times, pin_one_core, report  # noqa: E402
from toolkit.quotes import extract_quotes  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/dev.jsonl"))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    path = Path(a.gold)
    if not path.exists():
        print(f"no data at {path}: pass a PolNeAR-format JSONL", file=sys.stderr)
        return 2
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    for t in texts[:3]:  # warm the lexicon caches
        extract_quotes(t)
    pinned = pin_one_core()
    wall, cpu, n = median_times(lambda: sum(len(extract_quotes(t)) for t in texts), a.runs)
    print(f"{len(texts)} articles, {words} words, {n} quotes ({pinned})")
    print(report(words, a.runs, wall, cpu))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
