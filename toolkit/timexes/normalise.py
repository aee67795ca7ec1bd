"""The table of normalisers: each rule of the finder (:mod:`.patterns`) has one function that
turns its match into a TimeML ``(type, value, mod)``, or rejects it (None).

Every normaliser takes ``(doc, s, low, mod, start, end)``: the document state (:class:`~.context.Doc`),
the matched text, the same lower-cased with single spaces, the modifier its first words give
("early": START), and its offsets in the text. It may narrow the span (``doc.trim``) or mark a
value computed from the anchor (``doc.shifted``).
"""
from __future__ import annotations

from typing import Optional

from . import absolute, days, relative, spans
from .amounts import mod_of
from .context import Doc

__all__ = ["NORMALISERS", "normalise"]

NORMALISERS = {**absolute.NORMALISERS, **relative.NORMALISERS, **days.NORMALISERS, **spans.NORMALISERS}


def normalise(doc: Doc, rule: str, s: str, start: int, end: int) -> Optional[tuple]:
    """Return ``(type, value, mod)`` for a candidate of ``rule``, or None to reject it."""
    mod = mod_of(s, doc.data)
    return NORMALISERS[rule](doc, s, " ".join(s.lower().split()), mod, start, end)
