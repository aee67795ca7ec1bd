#!/usr/bin/env python3
"""Benchmark: quotes per second per sentiment backend, on one core.

Scores the seed article's quotes (``tk.extract_quotes(tk.load_seed())``) and, when
``../shared/data/newsmtsc/dev.jsonl`` is there, the NewsMTSC dev sentences with their targets,
with every backend of :func:`toolkit.sentiment_backends`. Each measurement is repeated and the
median reported. The process is pinned to one CPU where the OS allows it.

Usage (from the repository root)::

    python benchmarks/bench_sentiment.py [--repeat 5] [--backend news] [--boot-quotes 83000]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import toolkit as tk  # noqa: E402
from _timing import pin_one_core  # noqa: E402
from toolkit.tone import sentiment, sentiment_by_speaker  # noqa: E402
from toolkit.tone import speakers as speakers_module  # noqa: E402


def seed_items() -> list:
    try:
        quotes = tk.extract_quotes(tk.load_seed())
    except NotImplementedError:
        return []
    return [(q.text, None) for q in quotes]


def newsmtsc_items() -> list:
    path = ROOT.parent / "shared" / "data" / "newsmtsc" / "dev.jsonl"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [(r["text"], (r["target_start"], r["target_end"])) for r in rows]


def rate(items: list, backend: str, repeat: int) -> float:
    sentiment(items[0][0], target=items[0][1], backend=backend)  # warm up: load lexicon/model
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text, target in items:
            sentiment(text, target=target, backend=backend)
        times.append(time.perf_counter() - t0)
    return len(items) / statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--backend", action="append", help="only these backends")
    ap.add_argument("--boot-quotes", type=int, default=83000,
                    help="also measure the bootstrap of one speaker with this many quotes (0: skip)")
    a = ap.parse_args(argv)
    print(pin_one_core())
    backends = a.backend or list(tk.sentiment_backends())
    sets = {"seed quotes": seed_items(), "NewsMTSC dev (target given)": newsmtsc_items()}
    print(f"{'backend':<10}" + "".join(f"{name + ' /s':>32}" for name in sets))
    for backend in backends:
        cells = []
        for _name, items in sets.items():
            cells.append(f"{rate(items, backend, a.repeat):>32.0f}" if items else f"{'n/a':>32}")
        print(f"{backend:<10}" + "".join(cells), flush=True)
    quotes = []
    try:
        quotes = tk.extract_quotes(tk.load_seed())
    except NotImplementedError:
        pass
    if quotes:
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            sentiment_by_speaker(quotes)
            times.append(time.perf_counter() - t0)
        print(f"sentiment_by_speaker on the seed ({len(quotes)} quotes, textblob, 2000 bootstrap "
              f"resamples per row): median {statistics.median(times) * 1000:.1f} ms")
    if a.boot_quotes:
        boot_memory(a.boot_quotes)
    return 0


def boot_memory(n: int) -> None:
    """Peak memory (tracemalloc, numpy's buffers included) and CPU time of one speaker's
    bootstrap interval over ``n`` quotes, 2000 resamples."""
    import random
    import tracemalloc

    module = speakers_module
    rnd = random.Random(0)
    values = [rnd.uniform(-1.0, 1.0) for _ in range(n)]
    tracemalloc.start()
    t0 = time.process_time()
    low, high = module._bootstrap(values, "speaker", 0, module._N_BOOT)
    cpu = time.process_time() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"bootstrap of one speaker with {n:,} quotes ({module._N_BOOT} resamples): peak "
          f"{peak / 2**20:,.0f} MiB, {cpu:.2f} CPU s, interval ({low:.6f}, {high:.6f})")


if __name__ == "__main__":
    sys.exit(main())
