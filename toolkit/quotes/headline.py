"""The article's headline: the title (and a deck under it) at the top of the text, which reads like
speech ("Mayor Says Bridge Will Reopen") but is the outlet's summary, never a quote."""
from __future__ import annotations

import re
from typing import Optional

from ..text import CLOSING_QUOTES, OPENING_QUOTES, paragraphs
from .patterns import DATELINE_LEAD
from .wordclass import word_tag

__all__ = ["headline_end"]

_DOUBLE_MARKS = OPENING_QUOTES + CLOSING_QUOTES + '"'
_SENTENCE_END = re.compile(r"[.!?][\u2019'\u201d\")]*\s*$")
_SINGLE_QUOTED = re.compile(r"(?:^|[\s(])[\u2018'][A-Za-z][^\u2018\u2019']*[\u2019'](?![a-z])")
_PUNCT = ".,;:!?'\"\u2018\u2019\u201c\u201d()-"
# At most this many words, a line in the present tense is a headline, full stop or not.
_SHORT_HEADLINE_WORDS = 12
# Share of the longer words capitalised from which a paragraph is in Title Case.
_TITLE_CASE_SHARE = 0.6

# Longer than any title of PolNeAR's 504 articles but one (a title with its deck on one line);
# shorter than most leads, which a dateline marks anyway.
HEADLINE_MAX_WORDS = 25


def headline_end(text: str, title: Optional[str] = None) -> int:
    """The offset where the headline at the top of ``text`` ends, or 0 when the text opens without one.

    The headline is the first paragraph when it repeats the article's ``title``, or, without a title,
    when it is short (at most ``HEADLINE_MAX_WORDS`` words), more text follows, and it is not body
    text: a lead opening with a dateline ("OSLO (Reuters) — ..."), a transcript turn ("SMITH: ...")
    or a paragraph quoting in double marks (headlines quote in single ones: Mayor Says Bridge
    Will 'Reopen').

    Args:
        text: The article text.
        title: The article's title from its metadata, if known.

    Returns:
        The end offset of the headline paragraph, or 0.
    """
    paras = paragraphs(text)
    if len(paras) < 2:
        return 0
    first_start, first_end = paras[0]
    first = text[first_start:first_end]
    if title and title.strip() and first.startswith(title.strip()[:60]):
        return first_end
    words = first.split()
    if len(words) > HEADLINE_MAX_WORDS or DATELINE_LEAD.match(first) or any(m in first for m in _DOUBLE_MARKS):
        return 0
    if words[0].endswith(":") and words[0][:-1].isupper():
        return 0
    return first_end if _reads_as_headline(first, words) else 0


def _reads_as_headline(first: str, words: list) -> bool:
    """True when a short first paragraph has a headline's form, not a short lead's: no full stop at
    its end, a title and a deck on two lines, most longer words capitalised (Title Case), or a
    quotation in single marks (headline style)."""
    if not _SENTENCE_END.search(first) or "\n" in first:
        return True
    longer = [w for w in words if len(w.strip(_PUNCT)) >= 4 and w.strip(_PUNCT)[:1].isalpha()]
    if longer and sum(w.strip(_PUNCT)[:1].isupper() for w in longer) >= _TITLE_CASE_SHARE * len(longer):
        return True
    return _SINGLE_QUOTED.search(first) is not None or _short_present(words)


def _short_present(words: list) -> bool:
    """True for a short line in the present tense, as headlines are written even when a full stop
    ends them ("Cruz reboots his attacks on Trump.", "Push inside GOP to upend Trump."); a lead this
    short tells what happened, in the past ("The mayor resigned on Tuesday.")."""
    return len(words) <= _SHORT_HEADLINE_WORDS and not any(
        word_tag(w.strip(_PUNCT).lower()) in ("VBD", "VBN") for w in words if w.strip(_PUNCT).islower())
