"""The command line: ``python -m toolkit analyze ...`` and ``python -m toolkit evaluate TASK GOLD.jsonl``.

Exit codes: 0 success, 1 the run finished with failures (e.g. articles in ``errors``), 2 bad usage
or unreadable input.
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from .analysis import analyze
from .articles import expand_paths, iter_corpus_items
from .dates import parse_date
from .errors import InputError
from .evaluate import TASKS
from .tone import sentiment_backends
from .tone.backends import DEFAULT_BACKEND

__all__ = ["main", "analyze_main"]

_USAGE = """\
python -m toolkit analyze PATH... [--published DATE] [--out DIR] [--workers N] [--backend NAME]
python -m toolkit evaluate {quotes,timexes,sentiment} GOLD.jsonl [options]

  analyze    quotes, time expressions and tone of every article; prints a summary, writes tables
  evaluate   score the toolkit on annotated news (the reference scorers' figures)

Run `python -m toolkit COMMAND --help` for a command's options."""
# The summary lists this many error rows; the rest are counted.
_ERRORS_SHOWN = 10


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
        return _guarded(TASKS[task].main, rest[1:])
    if command == "analyze":
        return _guarded(analyze_main, rest)
    print(f"error: unknown command {command!r}\n\n{_USAGE}", file=sys.stderr)
    return 2


def _guarded(fn, argv: list) -> int:
    """Turn input errors into one clear line and exit code 2, not a traceback."""
    try:
        return int(fn(argv) or 0)
    except (InputError, FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


# ---------------------------------------------------------------------------------------------
# analyze

def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m toolkit analyze",
        description="Find the quotes (with the tone of each), speakers and timeline of every article, "
                    "print a summary and optionally write the tables as CSV and Parquet.",
        epilog="Exit codes: 0 every article analysed; 1 some articles failed (listed in errors); "
               "2 bad usage or unreadable input.")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files (.txt, .html, .json, .jsonl, .csv), folders or globs")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date for articles without one (2023-10-04 or 'October 4, 2023')")
    parser.add_argument("--out", metavar="DIR", help="write the quotes, speakers, timeline, errors and articles "
                                                       "tables here as CSV and Parquet")
    parser.add_argument("--stream", action="store_true",
                        help="with --out: append the tables to the files while running, so memory stays flat "
                             "for corpora of any size (the timeline is then not merged across articles)")
    parser.add_argument("--workers", metavar="N", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--backend", metavar="NAME", default=DEFAULT_BACKEND,
                        help=f"tone backend, one of {', '.join(sentiment_backends())} (default {DEFAULT_BACKEND}; "
                             "'news' suits news coverage)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def analyze_main(argv: Optional[list] = None) -> int:
    """``python -m toolkit analyze PATH... [--published DATE] [--out DIR] [--workers N] [--backend NAME]``.

    Args:
        argv: The arguments after ``analyze``.

    Returns:
        0 when every article was analysed, 1 when some are in ``errors``, 2 for bad usage or
        unreadable input (argparse errors; missing files raise ``FileNotFoundError``, which
        :func:`main` reports in one line with exit code 2).
    """
    parser = _analyze_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help exits 0, usage errors 2
        return int(exc.code or 0)
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.backend not in sentiment_backends():
        print(f"error: unknown --backend {args.backend!r}; available: {', '.join(sentiment_backends())}",
              file=sys.stderr)
        return 2
    published = parse_date(args.published, field="--published") if args.published else None
    paths = [p for source in args.paths for p in expand_paths(source)]
    if not paths:
        raise InputError(f"no article files found in {' '.join(args.paths)}")
    if args.stream and not args.out:
        print("error: --stream needs --out DIR", file=sys.stderr)
        return 2
    result = analyze(iter_corpus_items(paths), workers=args.workers,
                     progress=not args.no_progress and sys.stderr.isatty(),
                     published=published, out=args.out if args.stream else None, backend=args.backend)
    if args.out and not args.stream:
        result.to_dir(args.out)
    _print_summary(result, args.out)
    return 1 if result.summary()["errors"] else 0


def _print_summary(result, out: Optional[str]) -> None:
    s = result.summary()
    print(f"articles: {s['articles']} ({s['analysed']} analysed, {s['words']} words)")
    print(f"quotes: {s['quotes']}")
    print(f"speakers: {s['speakers']}")
    print(f"timeline rows: {s['timeline']}")
    print(f"errors: {s['errors']}")
    if s["errors"]:
        for row in result.errors.head(_ERRORS_SHOWN).itertuples(index=False):
            print(f"  {row.id} ({row.source}): {row.stage}: {row.error}: {row.message}")
        if s["errors"] > _ERRORS_SHOWN:
            print(f"  ... and {s['errors'] - _ERRORS_SHOWN} more in errors")
    if out:
        print(f"written to {out}: quotes, speakers, timeline, errors, articles (.csv and .parquet)")
