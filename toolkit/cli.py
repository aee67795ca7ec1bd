"""Command line: ``python -m toolkit analyze ...`` and ``python -m toolkit evaluate TASK GOLD.jsonl``.

Exit codes: 0 success, 1 the run finished with failures (e.g. articles in ``errors``), 2 bad usage
or unreadable input.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Optional

from .evaluate import TASKS

__all__ = ["main"]

_USAGE = """\
python -m toolkit analyze PATH... [--published DATE] [--out DIR] [--workers N]
python -m toolkit evaluate {quotes,timexes,sentiment} GOLD.jsonl [options]

  analyze    quotes, time expressions and tone of every article; prints a summary, writes tables
  evaluate   score the toolkit on annotated news (the reference scorers' figures)

Run `python -m toolkit COMMAND --help` for a command's options."""


def main(argv: Optional[list] = None) -> int:
    """Run the command line.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(_USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "evaluate":
        if not rest or rest[0] in ("-h", "--help"):
            print("usage: python -m toolkit evaluate {" + ",".join(TASKS) + "} GOLD.jsonl [options]")
            return 0 if rest else 2
        task = rest[0]
        if task not in TASKS:
            print(f"error: unknown task {task!r}; choose one of: {', '.join(TASKS)}", file=sys.stderr)
            return 2
        name = f"toolkit.evaluate.{TASKS[task]}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"error: evaluating {task} is not available in this version", file=sys.stderr)
            return 2
        return _guarded(module.main, rest[1:])
    if command == "analyze":
        from . import analysis

        return _guarded(analysis.main, rest)
    print(f"error: unknown command {command!r}\n\n{_USAGE}", file=sys.stderr)
    return 2


def _guarded(fn, argv: list) -> int:
    """Turn input errors into one clear line and exit code 2, not a traceback."""
    from .articles import InputError

    try:
        return int(fn(argv) or 0)
    except (InputError, FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except NotImplementedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
