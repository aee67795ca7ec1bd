"""Benchmark time-expression finding: words per second on one core over TimeML news.

    python benchmarks/bench_timexes.py [GOLD.jsonl] [--runs 5]

Reports the median of several runs of ``find_timexes`` alone (each document resolved against
its own creation date; no scoring, no I/O), pinned to one core, as CPU time (the figure that
does not depend on other processes sharing the machine) and as wall time. Aim: >= 200,000
words/s.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _timing import median_times, pin_one_core, report  # noqa: E402
from toolkit.timexes import find_timexes  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/timeml/tbaq.jsonl"))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    path = Path(a.gold)
    if not path.exists():
        print(f"no data at {path}: pass a TimeML-format JSONL (id, dct, text)", file=sys.stderr)
        return 2
    pinned = pin_one_core()
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    words = sum(len(d["text"].split()) for d in docs)
    for d in docs[:3]:  # build the patterns once
        find_timexes(d["text"], published=d.get("dct"))
    wall, cpu, n = median_times(
        lambda: sum(len(find_timexes(d["text"], published=d.get("dct"))) for d in docs), a.runs)
    print(f"{len(docs)} documents, {words} words, {n} time expressions ({pinned})")
    print(report(words, a.runs, wall, cpu))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
