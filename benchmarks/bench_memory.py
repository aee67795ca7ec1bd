"""Peak memory of ``tk.analyze`` over a large generated JSONL corpus, streamed lazily.

Writes N invented articles (default 100,000) to a JSONL file in a temporary folder, then runs
``tk.analyze(tk.read_articles(path, lazy=True), ...)`` in a fresh process and reports

* the peak resident memory of that process (``resource.getrusage``, ru_maxrss),
* the resident memory sampled every ``--every`` articles as they are consumed, to show whether it
  grows with the input,
* with ``--tracemalloc``, the peak of Python allocations (slower).

Two modes: ``--mode out`` streams the tables to a folder (``analyze(..., out=DIR)``), which is
the flat-memory path for corpora of any size; ``--mode memory`` keeps the tables in memory, so
memory grows with the results (not with the input) by the size of the result tables.

Usage::

    python benchmarks/bench_memory.py                    # 100,000 articles, both modes
    python benchmarks/bench_memory.py -n 20000 --mode out
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from _newsgen import make_text as _make_text  # noqa: E402  (the invented articles the tests use)


def make_text(rng: random.Random) -> str:
    """An invented article of 3 to 7 paragraphs: quotes, reported speech and dates."""
    return _make_text(rng, paragraphs=rng.randint(3, 7))


def write_corpus(path: Path, n: int, seed: int = 2023) -> int:
    """Write ``n`` articles as JSONL; returns the number of words."""
    rng = random.Random(seed)
    words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = make_text(rng)
            words += len(text.split())
            record = {"id": f"gen-{i}", "text": text, "outlet": rng.choice(["The Eastvale Courier", "Harbor News"]),
                      "published": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_child(path: str, mode: str, every: int, workers: int, use_tracemalloc: bool) -> dict:
    """Inside the measured process: analyze the corpus lazily, sampling memory as it is consumed."""
    import toolkit as tk

    if use_tracemalloc:
        import tracemalloc

        tracemalloc.start()
    samples = []
    baseline = _rss_mb()

    def sampled(articles):
        for i, article in enumerate(articles):
            if i % every == 0:
                samples.append((i, round(_rss_mb(), 1)))
            yield article

    tmp = tempfile.TemporaryDirectory(prefix="bench-memory-out-") if mode == "out" else None
    out = tmp.name if tmp else None
    t0 = time.perf_counter()
    result = tk.analyze(sampled(tk.read_articles(path, lazy=True)), workers=workers, progress=False, out=out)
    elapsed = time.perf_counter() - t0
    consuming_peak = max(mb for _, mb in samples)
    summary = result.summary() if mode == "memory" else None
    samples.append(("end", round(_rss_mb(), 1)))
    if summary is None:  # streamed: count from the files without loading the big tables
        import pyarrow.parquet as pq

        summary = {name: pq.ParquetFile(Path(out) / f"{name}.parquet").metadata.num_rows
                   for name in ("articles", "quotes", "timeline", "errors", "speakers")}
        summary["MB on disk"] = round(sum(p.stat().st_size for p in Path(out).iterdir()) / 2**20, 1)
        largest = pq.read_table(Path(out) / "speakers.parquet", columns=["speaker", "n_quotes"]).to_pylist()[:1]
    else:
        largest = result.speakers[["speaker", "n_quotes"]].head(1).to_dict("records")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {"mode": mode, "workers": workers, "seconds": round(elapsed, 1), "baseline_rss_mb": round(baseline, 1),
              "peak_rss_mb": round(peak, 1), "peak_rss_while_consuming_mb": consuming_peak,
              "rss_samples_mb": samples, "summary": summary, "speaker_with_most_quotes": largest}
    if use_tracemalloc:
        import tracemalloc

        report["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    if tmp is not None:
        tmp.cleanup()
    if mode == "memory":
        report["result_tables_mb"] = round(sum(
            getattr(result, t).memory_usage(deep=True).sum() for t in ("quotes", "timeline", "errors", "articles",
                                                                       "speakers")) / 2**20, 1)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to generate (default 100,000)")
    parser.add_argument("--mode", choices=["out", "memory", "both"], default="both")
    parser.add_argument("--every", type=int, default=10_000, help="sample memory every N articles")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_child(args.child[0], args.child[1], args.every, args.workers, args.tracemalloc)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        t0 = time.perf_counter()
        words = write_corpus(path, args.n)
        print(f"corpus: {args.n} articles, {words} words, {path.stat().st_size / 2**20:.1f} MB JSONL "
              f"(generated in {time.perf_counter() - t0:.1f} s)")
        modes = ["out", "memory"] if args.mode == "both" else [args.mode]
        for mode in modes:
            cmd = [sys.executable, __file__, "--child", str(path), mode, "--every", str(args.every),
                   "--workers", str(args.workers)] + (["--tracemalloc"] if args.tracemalloc else [])
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            report = json.loads(proc.stdout.strip().splitlines()[-1])
            rate = words / report["seconds"] if report["seconds"] else float("nan")
            print(f"\nmode={mode} workers={args.workers}: {report['seconds']} s ({rate:,.0f} words/s), "
                  f"peak RSS {report['peak_rss_mb']} MB (after imports {report['baseline_rss_mb']} MB; "
                  f"at most {report['peak_rss_while_consuming_mb']} MB while the articles were consumed)")
            print(f"  speaker with most quotes: {report['speaker_with_most_quotes']}")
            if "tracemalloc_peak_mb" in report:
                print(f"  tracemalloc peak: {report['tracemalloc_peak_mb']} MB")
            if "result_tables_mb" in report:
                print(f"  result tables in memory: {report['result_tables_mb']} MB")
            print("  RSS while consuming (articles read: MB): " +
                  ", ".join(f"{i}: {mb}" for i, mb in report["rss_samples_mb"]))
            print(f"  tables: {report['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
