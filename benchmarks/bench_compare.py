"""Compare the whole pipeline's speed at several git revisions, interleaved in one process.

On a machine shared with other work, two benchmark runs minutes apart can differ by 30% because
the load changed. This script loads the package of each revision side by side (``git archive``
into a temporary folder, imported under its own name) and times ``analyze`` over the texts of
``../shared/data/polnear/dev.jsonl`` revision after revision, round after round, pinned to one
CPU: every revision sees the same load, so the ratios hold even when the absolute figures do not.

Usage::

    python benchmarks/bench_compare.py 86d3761 HEAD
    python benchmarks/bench_compare.py 86d3761 HEAD --rounds 12 --cpu 1
    python benchmarks/bench_compare.py 86d3761 HEAD --quotes   # extract_quotes alone
    python benchmarks/bench_compare.py HEAD WORKTREE --quotes  # the uncommitted tree against HEAD
"""
from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def _export(revision: str, folder: Path, name: str) -> None:
    """The ``toolkit`` package of ``revision`` (``WORKTREE``: as it is on disk) as package ``name``
    in ``folder``."""
    if revision == "WORKTREE":
        shutil.copytree(ROOT / "toolkit", folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        data = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "toolkit"], check=True,
                              capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(folder / "_tmp", filter="data")
        (folder / "_tmp" / "toolkit").rename(folder / name)
    for path in (folder / name).rglob("*.py"):  # data files are found by package name
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r'resources\.files\("toolkit"\)', f'resources.files("{name}")', text),
                        encoding="utf-8")


def _analyze_run(module, texts: list):
    return lambda: module.analyze(texts, progress=False)


def _quotes_run(module, texts: list):
    extract_quotes = importlib.import_module(module.__name__ + ".quotes").extract_quotes
    return lambda: [extract_quotes(text) for text in texts]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs="+",
                        help="git revisions to compare (e.g. 86d3761 HEAD); WORKTREE is the uncommitted tree")
    parser.add_argument("--rounds", type=int, default=10, help="timed runs per revision")
    parser.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the lowest allowed)")
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--quotes", action="store_true",
                        help="time extract_quotes alone (each text in turn) instead of analyze")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found", file=sys.stderr)
        return 2
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    if hasattr(os, "sched_setaffinity"):
        cpu = args.cpu if args.cpu is not None else min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = [f"tk_rev{i}" for i in range(len(args.revisions))]
        for revision, name in zip(args.revisions, names):
            _export(revision, folder, name)
        sys.path.insert(0, str(folder))
        modules = [importlib.import_module(name) for name in names]
        runs = [_quotes_run(module, texts) if args.quotes else _analyze_run(module, texts)
                for module in modules]
        for run in runs:  # warm up: rule data, lexicons, caches of each copy
            run()
        times: dict = {name: [] for name in names}
        for _ in range(args.rounds):
            for name, run in zip(names, runs):
                t0 = time.process_time()
                run()
                times[name].append(time.process_time() - t0)
    timed = "extract_quotes" if args.quotes else "analyze"
    print(f"{timed}: {len(texts)} articles, {words} words; {args.rounds} interleaved rounds; "
          f"load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "")
    base = statistics.median(times[names[0]])
    for revision, name in zip(args.revisions, names):
        runs = times[name]
        med = statistics.median(runs)
        print(f"{revision:>12}: median {med * 1000:6.0f} ms ({words / med:9,.0f} words/CPU s), "
              f"best {min(runs) * 1000:6.0f} ms ({words / min(runs):9,.0f}), {med / base:.2f}x the first's time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
