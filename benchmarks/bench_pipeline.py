"""Words per second of the whole pipeline (quotes, time expressions, tone of each quote).

Over the texts of ``../shared/data/polnear/dev.jsonl`` (read at run time, never copied into the
repository):

1. one core: ``tk.analyze(texts, workers=1)`` pinned to one CPU, the median of ``--repeat`` runs
   in CPU seconds (the machine may be shared; wall time is printed too), plus the same for each
   stage alone (extract_quotes; find_timexes; sentiment of each quote;
   build_timeline per article);
2. the speed-up with 2 workers: ``analyze(workers=2)`` against ``analyze(workers=1)`` on the dev
   texts repeated ``--copies`` times (84 articles are too few to amortise starting two processes);
3. optionally (``--textacy-python PYTHON``), textacy's ``direct_quotations`` over the same texts in
   another environment that has textacy and a spaCy English model, for a side-by-side ratio.

Usage::

    python benchmarks/bench_pipeline.py
    python benchmarks/bench_pipeline.py --textacy-python /tmp/venv-textacy/bin/python
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"
sys.path.insert(0, str(ROOT))  # this checkout's toolkit, as the other benchmarks do

TEXTACY_SNIPPET = r"""
import json, statistics, sys, time
import spacy
from textacy.extract import direct_quotations
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
words = sum(len(t.split()) for t in texts)
nlp = spacy.load(sys.argv[2])
runs = []
found = 0
for _ in range(int(sys.argv[3])):
    t0 = time.process_time()
    found = 0
    failed = 0
    for doc in nlp.pipe(texts):
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:  # textacy bails out on an unclosed quotation mark
            failed += 1
    runs.append(time.process_time() - t0)
print(json.dumps({"seconds": statistics.median(runs), "words": words, "quotes": found, "failed_docs": failed,
                  "spacy": spacy.__version__, "model": sys.argv[2]}))
"""


def load_texts(path: Path) -> list:
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


def median_time(fn, repeat: int, clock=time.perf_counter) -> float:
    runs = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        runs.append(clock() - t0)
    return statistics.median(runs)


def wall_and_total_cpu(fn, repeat: int) -> tuple:
    """Median wall seconds, and median CPU seconds of this process and its worker processes."""
    import resource

    wall, cpu = [], []
    for _ in range(repeat):
        r0 = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        w0 = time.perf_counter()
        fn()
        wall.append(time.perf_counter() - w0)
        r1 = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        cpu.append(sum(b.ru_utime - a.ru_utime + b.ru_stime - a.ru_stime for a, b in zip(r0, r1)))
    return statistics.median(wall), statistics.median(cpu)


def cpu_and_wall(fn, repeat: int, runs: list | None = None) -> tuple:
    """Median CPU seconds and median wall seconds of ``fn`` in this process.

    On a machine shared with other work, the CPU time is the honest single-core figure: wall time
    also counts the time the process waited for a core. ``runs``, if given, receives every run's
    CPU seconds (for the spread).
    """
    cpu, wall = [], []
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    if runs is not None:
        runs.extend(cpu)
    return statistics.median(cpu), statistics.median(wall)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEV, help="a JSONL file with a 'text' field per line")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (the median is reported)")
    parser.add_argument("--copies", type=int, default=6, help="copies of the texts for the 2-worker speed-up")
    parser.add_argument("--textacy-python", help="a Python with textacy and a spaCy model, for the comparison")
    parser.add_argument("--spacy-model", default="en_core_web_sm")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: the benchmark reads ../shared/data/polnear/dev.jsonl beside the checkout",
              file=sys.stderr)
        return 2

    import toolkit as tk
    from toolkit.articles import make_article
    from toolkit.timeline import timeline_events
    from toolkit.tone import quote_tones, speaker_table

    texts = load_texts(args.data)
    words = sum(len(t.split()) for t in texts)
    articles = [make_article(t, clean=False) for t in texts]
    quotes = [q for a in articles for q in tk.extract_quotes(a)]
    figures = {"articles": len(texts), "words": words, "quotes": len(quotes), "cpus": os.cpu_count()}

    all_cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if all_cpus:
        os.sched_setaffinity(0, {min(all_cpus)})  # one core for the single-process figures
    tk.analyze(texts[:5], progress=False)  # warm up: rule data, lexicons

    scored = tk.analyze(texts, progress=False).quotes
    stages = {  # what analyze runs for each article, stage by stage
        "extract_quotes": lambda: [tk.extract_quotes(a) for a in articles],
        "find_timexes": lambda: [tk.find_timexes(a) for a in articles],
        "timeline_events (incl. find_timexes)": (
            lambda: [timeline_events(a) for a in articles]),
        "tone of each quote (quote_tones)": (
            lambda: quote_tones(quotes)),
    }
    # the speakers table from the quotes' tones (bootstrap per speaker)
    stages["speakers table (speaker_table)"] = lambda: speaker_table(scored)
    figures["load_average_at_start"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    figures["stages_words_per_s"] = {}
    for name, fn in stages.items():
        cpu, _ = cpu_and_wall(fn, args.repeat)
        figures["stages_words_per_s"][name] = round(words / cpu)
    runs: list = []
    seconds, wall = cpu_and_wall(lambda: tk.analyze(texts, workers=1, progress=False), args.repeat, runs)
    figures["pipeline_seconds_one_core"] = round(seconds, 3)
    figures["pipeline_words_per_s_one_core_range"] = [round(words / max(runs)), round(words / min(runs))]
    figures["pipeline_words_per_s_one_core"] = round(words / seconds)
    figures["pipeline_words_per_s_one_core_wall"] = round(words / wall)

    if all_cpus:
        os.sched_setaffinity(0, all_cpus)
    corpus = texts * args.copies
    big_words = words * args.copies
    repeat = max(1, min(args.repeat, 3))
    one, one_cpu = wall_and_total_cpu(lambda: tk.analyze(corpus, workers=1, progress=False), repeat)
    two, two_cpu = wall_and_total_cpu(lambda: tk.analyze(corpus, workers=2, progress=False), repeat)
    figures["speedup"] = {"articles": len(corpus), "words": big_words, "one_worker_words_per_s": round(big_words / one),
                          "two_workers_words_per_s": round(big_words / two), "speedup": round(one / two, 2),
                          "cpu_seconds_one_worker": round(one_cpu, 2), "cpu_seconds_two_workers": round(two_cpu, 2),
                          "work_efficiency": round(one_cpu / two_cpu, 2),
                          "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}

    if args.textacy_python:
        proc = subprocess.run([args.textacy_python, "-c", TEXTACY_SNIPPET, str(args.data), args.spacy_model,
                               str(max(1, min(args.repeat, 3)))], capture_output=True, text=True)
        if proc.returncode == 0:
            t = json.loads(proc.stdout.strip().splitlines()[-1])
            quotes_only = median_time(lambda: [tk.extract_quotes(a) for a in articles], args.repeat,
                                      clock=time.process_time)
            figures["textacy"] = {**t, "words_per_s": round(t["words"] / t["seconds"]),
                                  "toolkit_quotes_words_per_s": round(words / quotes_only),
                                  "ratio_toolkit_quotes_to_textacy": round(t["seconds"] / quotes_only, 1),
                                  "ratio_toolkit_pipeline_to_textacy": round(t["seconds"] / seconds, 1)}
        else:
            figures["textacy"] = {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}

    print(f"{figures['articles']} articles, {words} words, {figures['quotes']} quotes ({args.data.name})")
    print(f"whole pipeline, one core: {figures['pipeline_words_per_s_one_core']:,} words per CPU second "
          f"({figures['pipeline_seconds_one_core']} CPU s, median of {args.repeat}, runs "
          f"{figures['pipeline_words_per_s_one_core_range'][0]:,}-"
          f"{figures['pipeline_words_per_s_one_core_range'][1]:,}; "
          f"{figures['pipeline_words_per_s_one_core_wall']:,} words per wall second; "
          f"load average {figures['load_average_at_start']:.1f})")
    for name, rate in figures["stages_words_per_s"].items():
        print(f"  {name}: {rate:,} words/s")
    s = figures["speedup"]
    print(f"2 workers on {s['articles']} articles: {s['two_workers_words_per_s']:,} words/s vs "
          f"{s['one_worker_words_per_s']:,} with 1 -> speed-up {s['speedup']}x ({figures['cpus']} CPUs, "
          f"load average {s['load_average']:.1f}); CPU seconds {s['cpu_seconds_one_worker']} with 1 worker, "
          f"{s['cpu_seconds_two_workers']} with 2 (work efficiency {s['work_efficiency']})")
    if "textacy" in figures:
        t = figures["textacy"]
        if "error" in t:
            print(f"textacy: could not run ({t['error']})")
        else:
            print(f"textacy {t['model']} direct quotations ({t['failed_docs']} of {len(texts)} articles "
                  f"bailed out on an unclosed mark): {t['words_per_s']:,} words/s; toolkit quotes "
                  f"{t['toolkit_quotes_words_per_s']:,} words/s ({t['ratio_toolkit_quotes_to_textacy']}x), "
                  f"whole pipeline {t['ratio_toolkit_pipeline_to_textacy']}x")
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
