"""Assign every speaker mention a person: one cluster per real person across the corpus.

Speakers come in three kinds: personal names (joined by their keys, see :mod:`.names`),
organisations, and descriptions ("Mexico's president", "a senior administration official").
Descriptions that name an office are joined to the one person seen holding that office in the
corpus; the rest, like organisations, are their own speaker, compared by their folded words.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..text import load_wordlist
from .names import alias_table, display_name, fold, is_organisation, is_personal_name, name_key, subsumes
from .roles import classify_country, classify_group, role_key

__all__ = ["Mention", "resolve_people", "cluster_display", "cluster_group"]

_LEADING_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass
class Mention:
    """One quote's speaker as the resolver sees it (the inputs are the quotes-frame columns)."""

    speaker: Optional[str]
    role: Optional[str] = None
    mention: Optional[str] = None
    article_id: Optional[str] = None
    name: Optional[str] = None  # the speaker after the alias table
    kind: Optional[str] = None  # "name", "organisation" or "description"
    key: tuple = ()


@dataclass
class _Cluster:
    members: list = field(default_factory=list)  # indexes into the mentions
    kind: str = "name"


def _prepare(mention: Mention, aliases: dict) -> None:
    if not mention.speaker:
        return
    mention.name = aliases.get(" ".join(fold(mention.speaker).split()), mention.speaker)
    if is_personal_name(mention.name):
        mention.kind, mention.key = "name", name_key(mention.name)
    else:
        mention.kind = "organisation" if is_organisation(mention.name) else "description"
        words = fold(mention.name).replace("'", "").split()
        while len(words) > 1 and words[0] in _LEADING_DETERMINERS:
            words.pop(0)
        mention.key = tuple(words)


def _cluster_names(mentions: list) -> dict:
    """Map each name mention's index to a cluster id (the longest key it joins)."""
    by_key = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind == "name":
            by_key[m.key].append(i)
    cluster_of_key, assignment = {}, {}
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        roots = {cluster_of_key[longer] for longer in cluster_of_key if subsumes(longer, key)}
        if len(roots) == 1:
            cluster_of_key[key] = roots.pop()
        elif not roots:
            cluster_of_key[key] = key
        for i in by_key[key]:
            assignment[i] = cluster_of_key.get(key) or _in_article(mentions, i, roots, assignment)
    return assignment


def _in_article(mentions: list, i: int, roots: set, assignment: dict):
    # a surname shared by several people in the corpus: the one named in the same article
    article = mentions[i].article_id
    local = {assignment[j] for j in assignment if mentions[j].article_id == article} & roots
    return local.pop() if len(local) == 1 else mentions[i].key


def _names_an_office(mention: Mention) -> bool:
    roles = load_wordlist("speaker_roles.txt")
    return any(word in roles for word in mention.key) and classify_group(mention.name, named=False) != "anonymous"


def _office_holders(mentions: list, assignment: dict) -> dict:
    """role key -> {cluster id}, from the roles and descriptive mentions of named speakers."""
    holders = defaultdict(set)
    for i, cluster in assignment.items():
        m = mentions[i]
        if m.kind != "name":
            continue
        for text in (m.role, m.mention):
            key = role_key(text) if text and not is_personal_name(text) else None
            if key:
                holders[key[0]].add((cluster, key[1]))
    return holders


def _join_offices(mentions: list, assignment: dict, countries: dict) -> None:
    holders = _office_holders(mentions, assignment)
    for i, m in enumerate(mentions):
        if m.kind != "description" or not _names_an_office(m):
            continue
        title, country = role_key(m.name) or (None, None)
        candidates = {c for c, held_in in holders.get(title, ())
                      if country is None or (held_in or countries.get(c)) in (None, country)}
        if len(candidates) > 1:
            candidates = {c for c in candidates if countries.get(c) == country} or candidates
        if len(candidates) > 1:
            candidates = _in_article(mentions, i, candidates, assignment)
            candidates = {candidates} if candidates != m.key else set()
        if len(candidates) == 1:
            assignment[i] = candidates.pop()


def _country_votes(mentions: list, assignment: dict) -> dict:
    votes = defaultdict(Counter)
    for i, cluster in assignment.items():
        m = mentions[i]
        texts = [m.role] + [t for t in (m.mention, m.name) if t and not is_personal_name(t)]
        for code in filter(None, map(classify_country, texts)):
            votes[cluster][code] += 1
    return {c: v.most_common(1)[0][0] for c, v in votes.items()}


def resolve_people(mentions: list, *, aliases: Optional[dict] = None) -> tuple:
    """Cluster the speaker mentions of a corpus into people.

    Args:
        mentions: :class:`Mention` objects, one per quote (speaker None for unattributed quotes).
        aliases: Short form -> full name, added to the shipped alias table.

    Returns:
        ``(assignment, countries)``: mention index -> cluster id (only for mentions with a
        speaker), and cluster id -> country code where the roles tell one.
    """
    table = alias_table(aliases)
    for m in mentions:
        _prepare(m, table)
    assignment = _cluster_names(mentions)
    for i, m in enumerate(mentions):
        if m.kind in ("organisation", "description"):
            assignment[i] = (m.kind,) + m.key
    countries = _country_votes(mentions, assignment)
    _join_offices(mentions, assignment, countries)
    return assignment, _country_votes(mentions, assignment)


def cluster_display(mentions: list, members: list) -> str:
    """The readable name of a cluster: the most complete name variant, else the commonest wording."""
    names = Counter(mentions[i].name for i in members if mentions[i].kind == "name")
    if names:
        return display_name(names, names)
    wordings = Counter(_drop_determiner(mentions[i].name) for i in members)
    return max(wordings, key=lambda w: (wordings[w], w))


def _drop_determiner(text: str) -> str:
    words = text.split()
    while len(words) > 1 and fold(words[0]) in _LEADING_DETERMINERS:
        words.pop(0)
    return " ".join(words)


def cluster_group(mentions: list, members: list, country: Optional[str]) -> str:
    """The commonest group the cluster's roles and descriptions tell ("other" when none does)."""
    votes = Counter()
    for i in members:
        m = mentions[i]
        named = m.kind != "description"
        texts = [m.role] + [t for t in (m.mention, m.name) if t and not is_personal_name(t)]
        for text in texts:
            group = classify_group(text, named=named, country=country)
            if group:
                votes[group] += 1
    return votes.most_common(1)[0][0] if votes else "other"
