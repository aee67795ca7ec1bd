"""Quotations inside a quotation that name their own speaker ('"The left is saying, ‘Yeah, normally
that's true,’" Ames said': "the left" said the inner words). Each direct quote's words are read as a
text of their own; a direct quote found there with a named speaker is added beside the outer one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import PRONOUNS

__all__ = ["with_nested"]

# An opening quotation mark after a comma or colon inside a quote's words ('he said, ‘Our ...'; not an
# apostrophe, as in "that's" or "the '90s"): where a nested quotation with its own cue may start.
_INNER_MARK = re.compile("[,:]\\s*(?:[\u201c\"\u00ab\u201e]|[\u2018'](?=[A-Za-z]))")


_OUTER = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")


def with_nested(text: str, quotes: list, read) -> list:
    """The quotes and the quotations nested in their direct ones that name a speaker of their own.

    Args:
        text: The article's text.
        quotes: Its Quotes, in text order.
        read: A function from a text to its Quotes (``extract_quotes`` with the caller's options,
            nested quotations left out).

    Returns:
        The quotes with the nested ones added, in text order. A nested quote keeps the outer quote's
        paragraph and article id; its offsets index ``text``. Its speaker is the mention the inner
        cue names ("The left is saying, ‘...’"), the outer speaker's full name when the mention is
        that person's surname; one whose speaker is a pronoun or unknown is left out (who "he" is
        inside someone's words is not this reading's to say).
    """
    seen = {q.spans for q in quotes}
    added = []
    for q in quotes:
        if not q.direct or len(q.spans) != 1:
            continue
        start, end = _inside_marks(text, *q.spans[0])
        if end - start < 12 or _INNER_MARK.search(text, start, end) is None:
            continue
        for inner in read(text[start:end]):
            if not inner.direct or inner.speaker is None or (inner.mention or "").lower() in PRONOUNS:
                continue
            spans = tuple((s + start, e + start) for s, e in inner.spans)
            if spans in seen:
                continue
            seen.add(spans)
            added.append(replace(
                inner, spans=spans, start=spans[0][0], end=spans[-1][1], article_id=q.article_id,
                paragraph=q.paragraph, speaker=_full_name(inner.speaker, quotes),
                mention_span=_shifted(inner.mention_span, start), cue_span=_shifted(inner.cue_span, start)))
    if not added:
        return quotes
    return sorted(quotes + added, key=lambda q: (q.start, q.end))


def _inside_marks(text: str, start: int, end: int) -> tuple:
    """``(start, end)`` without the outer quotation marks: as many marks at the end as at the start
    (one, or two apostrophes: ``''...''``), so a nested quotation closing with them keeps its mark."""
    opened = 0
    while start < end and text[start] in _OUTER and opened < 2:
        start, opened = start + 1, opened + 1
    for _ in range(opened):
        if end > start and text[end - 1] in _OUTER:
            end -= 1
    return start, end


def _shifted(span, by: int):
    return None if span is None else (span[0] + by, span[1] + by)


def _full_name(speaker: str, quotes: list) -> str:
    """The full name of a speaker of the article whose surname ``speaker`` is ("Obama" -> "Barack
    Obama"), else ``speaker``."""
    for q in quotes:
        if q.speaker and q.speaker != speaker and q.speaker.endswith(" " + speaker):
            return q.speaker
    return speaker
