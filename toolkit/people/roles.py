"""Speaker groups and countries, read from roles and descriptions with the keyword lists in toolkit/data/.

``people_groups.txt``, ``people_countries.txt`` and ``people_country_offices.txt`` hold "label | phrase" lines; the
first line whose phrase occurs in the folded text decides. A role also gives a *role key* (its title words
and country) so that "Mexico's president" can be joined to the person whose role was "President".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..text import data_lines
from .names import fold

__all__ = ["GROUPS", "GOVERNMENT_BY_COUNTRY", "classify_group", "classify_country", "role_key"]

#: Every group a speaker can be given, in the order tables show them.
GROUPS = ["government of the US", "government of Mexico", "other government", "international body",
          "expert", "advocacy or NGO", "business", "media", "citizen or migrant", "anonymous", "other"]
#: The government group of a country code; other countries are "other government".
GOVERNMENT_BY_COUNTRY = {"US": "government of the US", "MX": "government of Mexico"}
_LABELS = {group.lower(): group for group in GROUPS}
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "s", "said"})


def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9'])" + re.escape(phrase) + r"(?![a-z0-9])")


@lru_cache(maxsize=None)
def _rules(name: str) -> tuple:
    rules = []
    for line in data_lines(name):
        label, _, phrase = (part.strip() for part in line.partition("|"))
        rules.append((label, phrase, _phrase_pattern(fold(phrase))))
    return tuple(rules)


def _first_match(name: str, text: str, *, skip: frozenset = frozenset()) -> Optional[str]:
    folded = fold(text)
    for label, _, pattern in _rules(name):
        if label not in skip and pattern.search(folded):
            return label
    return None


def classify_country(text: Optional[str]) -> Optional[str]:
    """The country code a role or description tells ("Mexico's foreign minister" -> "MX"), or None."""
    if not text:
        return None
    return _first_match("people_countries.txt", text) or _first_match("people_country_offices.txt", text)


def classify_group(text: Optional[str], *, named: bool, country: Optional[str] = None) -> Optional[str]:
    """The group a role or description tells, or None when no keyword occurs.

    Args:
        text: Role, organisation name or description ("Secretary of State", "a senior
            administration official", "director of the Mexico Institute").
        named: Whether the speaker is a named person or organisation: "anonymous" is given only
            to unnamed speakers.
        country: Country code, which splits "government" into the groups of ``GROUPS``.

    Returns:
        One of ``GROUPS`` or None.
    """
    if not text:
        return None
    label = _first_match("people_groups.txt", text, skip=frozenset({"anonymous"}) if named else frozenset())
    if label == "government":
        return GOVERNMENT_BY_COUNTRY.get(country, "other government")
    return _LABELS.get(label) if label else None


def role_key(role: Optional[str]) -> Optional[tuple]:
    """A role's title words and country: ``"Mexico's president"`` -> ``("president", "MX")``.

    Country words, determiners and possessives are dropped from the title, so the same office
    written two ways gets the same key. None when nothing of a title is left.
    """
    if not role:
        return None
    country = classify_country(role)
    folded = fold(role)
    for code, _phrase, pattern in _rules("people_countries.txt"):
        if code == country:
            folded = pattern.sub(" ", folded)
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _DETERMINERS]
    return (" ".join(words), country) if words else None
