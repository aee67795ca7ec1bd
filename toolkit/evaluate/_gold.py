"""Reading annotated JSONL files for the scorers, checking their shape first, so that a file of the
wrong kind is one clear message (and exit code 2 on the command line), not a KeyError or zeros."""
from __future__ import annotations

import functools
import json
import sys
from typing import Callable, Iterator

from ..errors import InputError

__all__ = ["read_records", "exit_2_on_bad_input"]


def exit_2_on_bad_input(main: Callable) -> Callable:
    """Wrap a scorer's ``main`` so that an :class:`InputError` is one line on stderr and exit code 2."""
    @functools.wraps(main)
    def guarded(argv=None) -> int:
        try:
            return main(argv)
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    return guarded


def read_records(path, required: tuple, expected: str) -> Iterator[tuple]:
    """``(line number, record)`` of each non-blank line of a JSONL file, every record checked.

    Args:
        path: The file.
        required: Fields each record must have.
        expected: What the file should hold, for the message ("PolNeAR-style records with 'text'
            and 'attributions'").

    Raises:
        InputError: The file does not exist, or a line is not a JSON object with ``required``;
            the message names the file, the line, what is missing and what was expected.
    """
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        why = "not found" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
        raise InputError(f"cannot read gold file {path}: {why}; expected {expected}") from None
    with handle:
        count = 0
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            yield n, _record(path, n, line, required, expected)
            count += 1
    if count == 0:
        raise InputError(f"{path}: the file holds no records; expected {expected}, one JSON object a line")


def _record(path, n: int, line: str, required: tuple, expected: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} line {n}: not JSON ({exc.msg}); "
                         f"expected {expected}, one JSON object a line") from None
    if not isinstance(record, dict):
        raise InputError(f"{path} line {n}: a JSON {type(record).__name__}, not an object; expected {expected}")
    missing = [key for key in required if key not in record]
    if missing:
        fields = ", ".join(map(repr, record)) or "none"
        absent = " or ".join(map(repr, missing))
        raise InputError(f"{path} line {n}: no {absent} (fields: {fields}); expected {expected}")
    return record
