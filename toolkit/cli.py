"""The command line: ``python -m toolkit analyze ...`` and ``python -m toolkit evaluate TASK GOLD.jsonl``.

Exit codes: 0 success, 1 the run finished with failures (e.g. articles in ``errors``), 2 bad usage
or unreadable input.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from .analysis import analyze
from .articles import expand_paths, is_url_source
from .dates import parse_date
from .errors import InputError
from .evaluate import TASKS
from .tone import sentiment_backends
from .tone.backends import DEFAULT_BACKEND

__all__ = ["main", "analyze_main"]

_USAGE = """\
python -m toolkit analyze PATH_OR_URL... [--published DATE] [--out DIR] [--workers N] [--backend NAME]
                 [--cache DIR] [--offline]
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
    parser.add_argument("paths", nargs="+", metavar="PATH_OR_URL",
                        help="article files (.txt, .html, .json, .jsonl, .csv), folders, globs, http(s) URLs, "
                             "or files listing URLs (one a line, a CSV/JSONL with a url column, a Media Cloud or "
                             "GDELT export)")
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
    parser.add_argument("--cache", metavar="DIR", help="page cache for URLs (default: the user's cache folder)")
    parser.add_argument("--offline", action="store_true", default=None,
                        help="read URLs from the cache only; fetch nothing")
    return parser


def analyze_main(argv: Optional[list] = None) -> int:
    """``python -m toolkit analyze PATH_OR_URL... [--published DATE] [--out DIR] [--workers N] [--backend NAME]
    [--cache DIR] [--offline]``.

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
    if args.stream and not args.out:
        print("error: --stream needs --out DIR", file=sys.stderr)
        return 2
    published = parse_date(args.published, field="--published") if args.published else None
    items = _sources(args.paths)
    result = analyze(items, workers=args.workers, progress=not args.no_progress and sys.stderr.isatty(),
                     published=published, out=args.out if args.stream else None, backend=args.backend,
                     cache=args.cache, offline=args.offline)
    if args.out and not args.stream:
        result.to_dir(args.out)
    _print_summary(result, args.out)
    return 1 if result.summary()["errors"] else 0


def _sources(args: list) -> list:
    """The items to analyse: URLs and files listing URLs as given (fetched by ``analyze``), every
    other argument expanded to its files now, so that a path naming nothing stops the run (exit 2).

    Raises:
        FileNotFoundError: An argument names no file, folder or URL.
        InputError: The arguments name no article file at all.
    """
    items: list = []
    for arg in args:
        if is_url_source(arg):
            items.append(arg)
        else:
            items.extend(Path(path) for path in expand_paths(arg))
    if not items:
        raise InputError(f"no article files found in {' '.join(args)}")
    return items


def _error_line(row) -> str:
    """One error row as a line: where (source, else the item's position), the id when there is one, why."""
    present = lambda value: value is not None and value == value  # noqa: E731 - NaN is missing
    where = row.source if present(row.source) else f"item {row.index}"
    ident = f" (id {row.id})" if present(row.id) else ""
    return f"  {where}{ident}: {row.stage}: {row.error}: {row.message}"


def _print_summary(result, out: Optional[str]) -> None:
    s = result.summary()
    print(f"articles: {s['articles']} ({s['analysed']} analysed, {s['words']} words)")
    print(f"quotes: {s['quotes']}")
    print(f"speakers: {s['speakers']}")
    print(f"timeline rows: {s['timeline']}")
    print(f"errors: {s['errors']}")
    if s["errors"]:
        for row in result.errors.head(_ERRORS_SHOWN).itertuples(index=False):
            print(_error_line(row))
        if s["errors"] > _ERRORS_SHOWN:
            print(f"  ... and {s['errors'] - _ERRORS_SHOWN} more in errors")
    if out:
        print(f"written to {out}: quotes, speakers, timeline, errors, articles (.csv and .parquet)")
