"""Topic tagging: which of a set of topics a text (a quote) talks about, from word lists.

The default topics are the Mexico City meeting's: ``drugs`` (fentanyl and drugs), ``firearms``
and ``migration``, read from ``toolkit/data/topic_NAME.txt`` (one entry a line, ``#`` comments;
an entry may be a phrase, and a trailing ``*`` matches any ending: ``migra*`` matches
"migrants" and "migration"). Users pass their own lists as a dict of name to words.

Example:
    >>> tag_topics("Smugglers moved fentanyl and rifles across the border.")
    ('drugs', 'firearms', 'migration')
    >>> tag_topics("Tariffs on steel rose.", {"trade": ["tariff*", "steel"]})
    ('trade',)
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["tag_topics", "default_topics", "NO_TOPIC"]

#: The topic label :func:`toolkit.tone.sentiment_by_speaker` gives quotes with no topic.
NO_TOPIC = "(none)"
_PREFIX = "topic_"


@lru_cache(maxsize=1)
def _default() -> tuple:
    folder = resources.files("toolkit") / "data"
    out = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        name = entry.name
        if name.startswith(_PREFIX) and name.endswith(".txt"):
            words = tuple(
                line.strip().lower() for line in entry.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.lstrip().startswith("#"))
            out.append((name[len(_PREFIX):-4], words))
    return tuple(out)


def default_topics() -> dict:
    """The default topics and their words (from ``toolkit/data/topic_*.txt``).

    Returns:
        A new dict of topic name to a tuple of entries; extend it and pass it to
        :func:`tag_topics` to add topics of your own to the defaults.
    """
    return {name: words for name, words in _default()}


@lru_cache(maxsize=256)
def _pattern(words: tuple) -> re.Pattern | None:
    alts = []
    for w in words:
        w = " ".join(w.strip().lower().split())
        if not w:
            continue
        star = w.endswith("*")
        w = w.rstrip("*").strip()
        if not w:
            continue
        body = r"\s+".join(re.escape(part) for part in w.split(" "))
        alts.append(body + (r"[\w\-\u2019']*" if star else "") + r"\b")
    if not alts:
        return None
    return re.compile(r"\b(?:" + "|".join(alts) + ")", re.IGNORECASE)


@lru_cache(maxsize=256)
def _ascii_pattern(words: tuple) -> re.Pattern | None:
    """The same pattern without IGNORECASE, for lower-cased ASCII text, when every word is
    ASCII (then matching it on ``text.lower()`` finds exactly what :func:`_pattern` finds in an
    ASCII ``text``, about twice as fast); None otherwise."""
    pat = _pattern(words)
    if pat is None or not pat.pattern.isascii():
        return None
    return re.compile(pat.pattern)


# Text whose only non-ASCII characters are uncased punctuation and spaces (curly quotes and
# apostrophes, dashes, ellipses, no-break spaces) lower-cases like ASCII text: its ASCII letters
# change, nothing else; case-insensitive matching of ASCII words finds the same there.
_CASED_NON_ASCII = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2026\u2013\u2014\u00a0]").search


@lru_cache(maxsize=64)
def _union(normalised: tuple, ascii_lower: bool) -> re.Pattern | None:
    """One pattern matching wherever any topic's pattern matches (the alternatives of all of
    them, under the same ``\\b``), to rule out every topic with one search; for lower-cased ASCII
    text when ``ascii_lower`` and every topic has its ASCII pattern, else the case-insensitive
    one. None when no topic has words."""
    pats = []
    for _name, words in normalised:
        pat = _pattern(words)
        if pat is None:
            continue
        fast = _ascii_pattern(words) if ascii_lower else None
        if ascii_lower and fast is None:
            return None  # mixed: no short cut
        pats.append(fast if ascii_lower else pat)
    if not pats:
        return None
    prefix = r"\b(?:"
    if not all(p.pattern.startswith(prefix) and p.pattern.endswith(")") for p in pats):
        return None
    return re.compile(prefix + "|".join(p.pattern[len(prefix):-1] for p in pats) + ")", pats[0].flags)


def _normalise(topics) -> tuple:
    if topics is None:
        return _default()
    if not isinstance(topics, dict):
        raise TypeError(f"topics must be a dict of name to words, got {type(topics).__name__}")
    out = []
    for name, words in topics.items():
        if not isinstance(name, str):
            raise TypeError(f"topic names must be str, got {name!r}")
        if isinstance(words, str):
            words = (words,)
        try:
            words = tuple(words)
        except TypeError:
            raise TypeError(f"topic {name!r}: words must be a list of str, "
                            f"got {type(words).__name__}") from None
        bad = [w for w in words if not isinstance(w, str)]
        if bad:
            raise TypeError(f"topic {name!r}: words must be str, got {bad[0]!r}")
        out.append((name, words))
    return tuple(out)


def tag_topics(text: str, topics=None) -> tuple:
    """The topics a text mentions.

    Args:
        text: The text (a quote, a sentence).
        topics: A dict of topic name to words (phrases allowed, ``*`` for any ending); None for
            the default topics (see :func:`default_topics`).

    Returns:
        The names of the topics whose words occur in the text, in the order of ``topics``.

    Raises:
        TypeError: ``text`` is not a str, or ``topics`` is not a dict of name to words.
    """
    if not isinstance(text, str):
        raise TypeError(f"tag_topics() needs the text as a str, got {type(text).__name__}")
    found = []
    lower = text.lower() if text.isascii() or not _CASED_NON_ASCII(text) else None
    normalised = _normalise(topics)
    union = _union(normalised, lower is not None)
    if union is not None and union.search(text if lower is None else lower) is None:
        return ()  # no topic's words at all (most quotes): one search instead of one per topic
    for name, words in normalised:
        pat = _pattern(words)
        if pat is None:
            continue
        fast = _ascii_pattern(words) if lower is not None else None
        if (fast.search(lower) if fast is not None else pat.search(text)):
            found.append(name)
    return tuple(found)
