"""Names compared across articles: folding, the comparison key, and joining short forms to full names.

A name's key is its folded words (accents, case and punctuation dropped) without titles, middle
initials or suffixes: "Antony J. Blinken" and "antony blinken" share the key ("antony", "blinken").
A shorter key joins a longer one when it is the same person written shorter: the first name with
some of the surnames ("Alicia Bárcena" in "Alicia Bárcena Ibarra") or surnames alone ("López
Obrador", "Blinken").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Mapping, Optional

from ..text import load_table, load_wordlist

__all__ = ["fold", "name_key", "is_personal_name", "is_organisation", "default_aliases", "alias_table",
           "subsumes", "display_name"]

# lower-case words that may stand inside a personal name ("Alicia Bárcena de la Cruz")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von",
                             "der", "den", "bin", "al", "el", "di", "du", "le", "ten", "ter"})
_WORD = re.compile(r"[a-z0-9']+")


def fold(text: str) -> str:
    """Lower-case ``text`` with accents, periods and apostrophe variants folded (``"López"`` -> ``"lopez"``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    return re.sub(r"[-\u2010-\u2015/]", " ", plain).lower()


def _words(text: str) -> list:
    return _WORD.findall(fold(text))


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    return (load_wordlist("title_abbreviations.txt") | load_wordlist("speaker_roles.txt")
            | load_wordlist("people_title_words.txt"))


def name_key(name: str) -> tuple:
    """The comparison key of a personal name: folded words without titles, initials and suffixes.

    Args:
        name: A name as written ("Antony J. Blinken", "Mr. López Obrador", "Gov. J.B. Pritzker").

    Returns:
        A tuple of words, e.g. ``("antony", "blinken")``; empty when nothing of a name is left.
    """
    words = [w.replace("'", "") for w in _words(name)]
    titles = _title_words()
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    suffixes = load_wordlist("people_name_suffixes.txt")
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    kept = [w for i, w in enumerate(words) if len(w) > 1 or i == len(words) - 1]
    return tuple(kept)


def is_organisation(speaker: str) -> bool:
    """Whether a speaker string names an organisation ("CBS News", "the Wilson Center")."""
    words = _words(speaker)
    return bool(words) and words[-1] in load_wordlist("people_organisations.txt")


def is_personal_name(speaker: str) -> bool:
    """Whether a speaker string is a person's name rather than a description or an organisation.

    A name has every word capitalised (particles such as "de la" aside), at most six words, and
    does not end in an organisation word.
    """
    tokens = _strip_titles(speaker.replace("\u2019", "'")).split()
    if not tokens or len(tokens) > 6 or is_organisation(speaker):
        return False
    if _looks_like_sentence_or_headline(tokens):
        return False
    for token in tokens:
        bare = token.strip(".,'\"()")
        if not bare or (not bare[0].isupper() and bare.lower() not in _NAME_PARTICLES):
            return False
    # an office alone ("Secretary of State") is no name
    return any(word not in _title_words() for word in name_key(speaker))


def _looks_like_sentence_or_headline(tokens: list) -> bool:
    # a sentence end inside ("Lanka. Ban Ki-moon") or capitals throughout ("EVEN HIS BOSS")
    # come from a mis-read speaker, not from a name
    inner_stop = any(re.fullmatch(r"[A-Z][a-z]{2,}\.", t) and fold(t) not in _title_words() for t in tokens[:-1])
    shouting = len(tokens) > 1 and all(t.isupper() for t in tokens if any(c.isalpha() for c in t))
    return inner_stop or shouting


def default_aliases() -> dict:
    """The shipped alias table (``toolkit/data/people_aliases.csv``): short form -> full name."""
    return {row["alias"]: row["name"] for row in load_table("people_aliases.csv")}


def alias_table(aliases: Optional[Mapping[str, str]] = None) -> dict:
    """The default aliases extended (and overridden) by the user's, keyed by the folded short form."""
    merged = {**default_aliases(), **dict(aliases or {})}
    return {" ".join(_words(alias)): name for alias, name in merged.items()}


def _is_subsequence(short: tuple, long: tuple) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def _is_run(short: tuple, long: tuple) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def subsumes(long: tuple, short: tuple) -> bool:
    """Whether the name key ``short`` can be a shorter way of writing ``long``.

    True when ``short`` keeps the first name and some of the other names in order ("antony
    blinken" in "antony john blinken"), or is a run of the names after the first ("lopez obrador"
    in "andres manuel lopez obrador").
    """
    if not short or len(short) >= len(long):
        return False
    if len(short) >= 2 and short[0] == long[0] and _is_subsequence(short, long):
        return True
    return _is_run(short, long[1:])


def _accents(text: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c))


def display_name(variants: Iterable[str], counts: Optional[Mapping[str, int]] = None) -> str:
    """The most complete variant: most words, then most accents, then most frequent, then alphabetical.

    Args:
        variants: Names as written (titles are dropped before they are compared).
        counts: How often each variant was seen.

    Returns:
        The chosen variant, without a leading title ("Mr. López Obrador" -> "López Obrador").
    """
    counts = counts or {}

    def completeness(variant: str):
        bare = _strip_titles(variant)
        return (len(bare.split()), _accents(bare), counts.get(variant, 0), bare)

    return _strip_titles(max(variants, key=completeness))


def _strip_titles(name: str) -> str:
    tokens = name.split()
    titles = _title_words()
    while len(tokens) > 1 and fold(tokens[0]).strip("'") in titles:
        tokens.pop(0)
    return " ".join(tokens)
