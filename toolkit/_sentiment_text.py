"""Internals of :mod:`toolkit.sentiment`: tokens, name masking and target windows.

Names carry no tone: "Hope Hicks" is not hopeful and "Great Britain" is not great. Before any
lexicon or model scores a text, the target mention, the spans the caller asks to mask (speaker
names, mentions) and every word that looks like part of a proper name are replaced by a neutral
placeholder.

A word looks like part of a name when it is capitalised and either stands inside a sentence (not
its first word) or is followed by another capitalised word ("Hope Hicks said ..."). A
sentence-initial capitalised word followed by a lower-case one ("Great progress was made") is
kept, so ordinary sentence openings are still scored. Headlines in title case lose their words;
that is the price of never scoring a name. Text written mostly in capitals ("NOT GOOD AT
ALL") is the exception: there capitalisation tells nothing, and only the given spans are masked.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["tokenize", "name_spans", "masked_text", "pattern_scores", "PLACEHOLDER"]

# Words keep inner apostrophes and hyphens; everything else that is not space is a one-char token.
_TOKEN = re.compile(r"\w+(?:['\u2019\-]\w+)*|[^\w\s]", re.UNICODE)
# Tokens after which a capitalised word may just start a sentence or a quotation.
_OPENERS = frozenset(".!?:;\"\u201c\u201d\u2018\u2019'(\u2014\u2013-")
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'll", "i'd"})

PLACEHOLDER = "X"


def tokenize(text: str) -> list:
    """Word and punctuation tokens with offsets.

    Args:
        text: Any string.

    Returns:
        A list of ``(start, end, token)`` triples, the token as written.
    """
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in _NOT_NAMES


def name_spans(text: str, toks: list | None = None) -> list:
    """Spans of words that look like parts of proper names.

    Args:
        text: The text.
        toks: Its tokens from :func:`tokenize`, if already computed.

    Returns:
        A list of ``(start, end)`` spans, one per name-like word, in text order.
    """
    toks = tokenize(text) if toks is None else toks
    words = [tok for _, _, tok in toks if tok[:1].isalpha()]
    shouted = sum(1 for w in words if len(w) > 1 and w.isupper())
    if len(words) >= 3 and shouted > len(words) / 2:
        return []  # all capitals: capitalisation says nothing about names here
    out = []
    for i, (s, e, tok) in enumerate(toks):
        if not _capitalised(tok):
            continue
        sentence_initial = i == 0 or toks[i - 1][2] in _OPENERS or "\n" in text[toks[i - 1][1]:s]
        if not sentence_initial:
            out.append((s, e))
            continue
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if _capitalised(nxt) and nxt[:1].isalpha():
            out.append((s, e))
    return out


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < me and ms < e for ms, me in spans)


def masked_text(text: str, spans=(), *, names: bool = True, placeholder: str = PLACEHOLDER) -> str:
    """The text with the given spans and name-like words replaced by a neutral placeholder.

    Args:
        text: The text.
        spans: ``(start, end)`` spans to mask (the target, speaker names, mentions).
        names: Also mask every name-like word (see :func:`name_spans`).
        placeholder: What a masked stretch becomes; it must carry no tone in any lexicon.

    Returns:
        The masked text (offsets are not preserved).
    """
    toks = tokenize(text)
    cut = sorted(set(spans) | (set(name_spans(text, toks)) if names else set()))
    if not cut:
        return text
    # merge overlapping or adjacent stretches so "Hope Hicks" becomes one placeholder
    merged: list = []
    for s, e in cut:
        if merged and s <= merged[-1][1] + 1 and not text[merged[-1][1]:s].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    out, pos = [], 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append(placeholder)
        pos = e
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _pattern():
    """TextBlob's pattern-derived ``Sentiment`` lexicon object (loaded once, on first use)."""
    from textblob.en import sentiment as pattern_sentiment

    return pattern_sentiment


def pattern_scores(text: str) -> tuple:
    """TextBlob's polarity, subjectivity and assessments of a text, in one pass.

    Exactly ``TextBlob(text).sentiment_assessments`` (the same analyser, textblob's
    ``PatternAnalyzer``, whose pattern ``Sentiment`` object this calls directly), without
    building a blob, running the analyser twice and creating a namedtuple class per call.

    Args:
        text: A str.

    Returns:
        ``(polarity, subjectivity, assessments)``; ``assessments`` is pattern's list of
        ``(words, polarity, subjectivity, label)`` tuples.
    """
    score = _pattern()(text)
    return score[0], score[1], score.assessments
