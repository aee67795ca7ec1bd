"""Where an article names its people, read with ``str`` methods rather than a regex compiled for each
article: the mentions of known surnames, and the capitalised run of first names and titles before one.
:class:`~toolkit.quotes.referents.Referents` builds its person mentions from these."""
from __future__ import annotations

import re

__all__ = ["surname_mentions", "run_start"]


def surname_mentions(text: str, surnames) -> list:
    """The surnames of ``surnames`` that ``text`` mentions, as ``(start, end, surname)`` in text order:
    each at the start of a word (no letter, digit, "_" or "-" before it), the longest one there,
    followed by no letter, digit, "_", "-", nor an apostrophe and a lower-case letter other than "s".
    What searching the alternation of the surnames (longest first) behind ``(?<![\\w\\-])`` and
    before ``(?![\\w\\-]|['\u2019][a-rt-z])`` finds, from ``str.find`` of each surname: no regex to
    compile for each article."""
    n = len(text)
    places = []  # (start, -length, surname) of each occurrence that may be a mention
    for surname in surnames:
        at = text.find(surname)
        while at >= 0:
            after = at + len(surname)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) and (
                    after == n or _ends_word(text, after)):
                places.append((at, -len(surname), surname))
            at = text.find(surname, at + 1)
    places.sort()  # by start, the longest first
    found, end = [], 0
    for at, minus_length, surname in places:
        if at >= end:  # not inside the mention just found, nor a shorter one at the same place
            end = at - minus_length
            found.append((at, end, surname))
    return found


# "Vell's" ends a surname at "Vell"; "Vell'd" does not.
_NOT_AFTER_APOSTROPHE = frozenset("abcdefghijklmnopqrtuvwxyz")


def _ends_word(text: str, at: int) -> bool:
    """True when the character at ``at`` (< len(text)) may follow a surname (see :func:`surname_mentions`)."""
    ch = text[at]
    if ch.isalnum() or ch in "_-":
        return False
    return not (ch in "'\u2019" and at + 1 < len(text) and text[at + 1] in _NOT_AFTER_APOSTROPHE)


# A word of a capitalised run: letters, digits and . ' \u2019 - _ (what \\w and the four marks match).
_RUN_WORD = re.compile(r"[\w.'\u2019\-]*")
_RUN_WORD_CHARS = ".'\u2019-_"  # besides letters and digits
_CAPITAL = re.compile(r"[A-Z]")


def run_start(text: str, lo: int, end: int) -> int:
    """The first offset ``p`` in ``[lo, end]`` such that ``text[p:end]`` is a run of words that
    start with a capital A-Z and are each followed by spaces or tabs (``end`` when none is): what
    searching ``(?:[A-Z][\\w.'\u2019\\-]*[ \\t]+)*\\Z`` between ``lo`` and ``end`` finds, read backwards."""
    start = end
    while True:
        word_end = start
        while word_end > lo and text[word_end - 1] in " \t":
            word_end -= 1
        if word_end == start:
            return start
        word_start = _run_word_start(text, lo, word_end)
        capital = _CAPITAL.search(text, word_start, word_end)
        if capital is None:
            return start
        if capital.start() > word_start or word_start == lo:
            return capital.start()  # the run cannot reach further back
        start = word_start


def _run_word_start(text: str, lo: int, word_end: int) -> int:
    """Start of the word of :data:`_RUN_WORD` characters that ends at ``word_end`` (not before ``lo``)."""
    chunk_start = max(lo, text.rfind(" ", lo, word_end) + 1, text.rfind("\t", lo, word_end) + 1)
    if _RUN_WORD.fullmatch(text, chunk_start, word_end):
        return chunk_start  # the common case: the word is all that stands since the last space
    word_start = word_end
    while word_start > lo and (text[word_start - 1].isalnum() or text[word_start - 1] in _RUN_WORD_CHARS):
        word_start -= 1
    return word_start
