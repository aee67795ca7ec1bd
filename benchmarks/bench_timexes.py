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
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    if hasattr(os, "sched_setaffinity"):  # one core, as the target is stated
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    words = sum(len(d["text"].split()) for d in docs)
    for d in docs[:3]:  # build the patterns once
        find_timexes(d["text"], published=d.get("dct"))
    walls, cpus = [], []
    n = 0
    for _ in range(a.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for d in docs:
            n += len(find_timexes(d["text"], published=d.get("dct")))
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"{len(docs)} documents, {words} words, {n} time expressions")
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    print(f"median of {a.runs} runs: {cpu:.3f} s CPU  ->  {words / cpu:,.0f} words/s (one core)")
    print(f"                   {wall:.3f} s wall ->  {words / wall:,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
