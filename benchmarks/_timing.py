"""Timing shared by the benchmarks: pin to one core, run several times, report medians."""
from __future__ import annotations

import os
import statistics
import time
from typing import Callable


def pin_one_core() -> str:
    """Run this process on one CPU, as the speed targets are stated; says what it did."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except OSError as exc:
        return f"not pinned ({exc})"


def median_times(run: Callable[[], object], runs: int) -> tuple:
    """Median wall and CPU seconds of ``run()`` over ``runs`` runs, and its last result.

    CPU time is the fairer figure on a shared machine: wall time also counts waiting for a core.
    """
    walls, cpus, result = [], [], None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = run()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), result


def report(words: int, runs: int, wall: float, cpu: float) -> str:
    """The benchmark's closing lines: words per second by CPU and by wall time."""
    return (f"median of {runs} runs: {cpu:.3f} s CPU  ->  {words / cpu:,.0f} words/s (one core)\n"
            f"                   {wall:.3f} s wall ->  {words / wall:,.0f} words/s")
