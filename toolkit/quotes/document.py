"""The state of one text while its quotes are being found: a :class:`Document` that the rule
functions of this package read and extend, and the :class:`Attribution` records it collects."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..text import OPENING_QUOTES, QUOTE_MARK, TOKEN, TOKEN_READ, paragraph_hulls, paragraphs, quotation_hulls
from .lexicon import cue_run_pattern
from .patterns import TRAILING_CONJ

__all__ = ["Attribution", "Document", "UnitTokens"]

# Characters trimmed off both ends of a span (and a full stop off its end only).
_TRIM_START = ",;:\u2014\u2013-"
_TRIM_END = ",.;:\u2014\u2013-"


class Attribution:
    """A mutable attribution while the article is being read.

    Attributes:
        spans: The content as a list of ``(start, end)``.
        cue: ``(start, end)`` of the cue word(s), or None.
        mention: ``(start, end)`` of the speaker mention, or None.
        role: The role the sentence gives the speaker, or None.
        para: Index of the paragraph.
        continuation: True when the content continues the previous speaker's speech.
        speaker: The canonical speaker (set when the quotes are built).
    """

    __slots__ = ("spans", "cue", "mention", "role", "para", "continuation", "speaker")

    def __init__(self, spans, cue, mention, role, para, continuation=False):
        self.spans = spans
        self.cue = cue
        self.mention = mention
        self.role = role
        self.para = para
        self.continuation = continuation
        self.speaker = None


class UnitTokens:
    """The tokens of the current unit (a sentence, merged across quotes), found on demand.

    Inside the unit the tokens are those of the whole unit (``TOKEN.finditer(text, start, end)``)
    that lie in the asked range. No token holds a space, so the unit's tokens after a space (or
    from the unit's start) are those found by a search from there: the cache holds the unit's
    tokens that start in ``[cached_from, cached_to)`` only, grown on demand, and most of a long
    unit is never tokenized.
    """

    def __init__(self, text: str):
        self.text = text
        self.start, self.end = 0, -1
        self._tokens: Optional[list] = None  # (start, end, string) of the cached stretch
        self._starts: list = []
        self._cached_from = self._cached_to = 0

    def reset(self, unit_start: int, unit_end: int) -> None:
        """Start a new unit: nothing of it is tokenized yet."""
        self.start, self.end = unit_start, unit_end
        self._tokens = None

    def get(self, start: int, end: int) -> list:
        """Tokens of ``text[start:end]`` as ``(start, end, string)``; cached when inside the unit."""
        if not (self.start <= start and end <= self.end):
            return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text, start, end)]
        if self._tokens is None or start < self._cached_from:
            self._extend_back(start)
        if end > self._cached_to:
            self._extend_forward(end)
        toks, starts = self._tokens, self._starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        while j > i and toks[j - 1][1] > end:
            j -= 1
        return toks[i:j]

    def _extend_back(self, start: int) -> None:
        text = self.text
        word_start = start
        while word_start > self.start and not text[word_start - 1].isspace():
            word_start -= 1
        if self._tokens is None:
            self._tokens, self._starts = [], []
            self._cached_from = self._cached_to = word_start
            return
        new = []
        for m in TOKEN.finditer(text, word_start, self.end):
            if m.start() >= self._cached_from:
                break
            new.append((m.start(), m.end(), m.group()))
        self._tokens = new + self._tokens
        self._starts = [t[0] for t in self._tokens]
        self._cached_from = word_start

    def _extend_forward(self, end: int) -> None:
        text, toks, starts = self.text, self._tokens, self._starts
        cached_to = self._cached_to
        # A search bounded a little past end finds the same tokens as one bounded at the unit's end
        # up to where the bound could be seen (TOKEN_READ).
        bound = end + TOKEN_READ + 8
        if bound >= self.end and cached_to < end:
            # Near the unit's end: its last few tokens in one go.
            new = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, cached_to, self.end)]
            toks += new
            starts += [t[0] for t in new]
            self._cached_to = self.end
            return
        if bound < self.end:
            new = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, cached_to, bound)]
            while new and new[-1][1] + TOKEN_READ > bound:
                new.pop()
            if new:
                toks += new
                starts += [t[0] for t in new]
                cached_to = new[-1][1]
        if cached_to < end:
            last = self.end
            for m in TOKEN.finditer(text, cached_to, self.end):
                toks.append((m.start(), m.end(), m.group()))
                starts.append(m.start())
                if m.end() >= end:
                    last = m.end()
                    break
            cached_to = last
        self._cached_to = cached_to


class Document:
    """One text being read: its paragraphs, the current unit and the attributions found so far.

    Attributes:
        text: The article text.
        article_id: The article's id (copied into each Quote).
        more: Look for further attributions from the other cues of a sentence.
        paragraph_extent: Reported content takes in the paragraph's unattributed sentences around
            it (PolNeAR's extent, :func:`~toolkit.quotes.extent.extend_reported`).
        atts: The :class:`Attribution` records found so far, in reading order.
        lower: ``text.lower()`` when lower-casing keeps every offset and makes no ASCII letter of
            another character (KELVIN SIGN), else None.
        paras: The paragraphs as ``(start, end)``.
        para_hulls: The quotations of each paragraph as hulls (:func:`~toolkit.text.quotation_hulls`).
        para_starts: Their start offsets, as a set.
        para_end: End of the paragraph being read.
        unit_end: End of the unit an attribution is being built in.
        np_subordinate: Set by ``noun_phrases.np_subject``: the noun phrase follows a subordinator.
        clause_role: Set by ``noun_phrases.clause_subject``: a role before an appositive name.
        subject_memo: ``subjects.subject_before``'s answers in the current unit.
        cue_run: The compiled cue-word scan.
        unit_tokens: The current unit's tokens (see :class:`UnitTokens`).
    """

    def __init__(self, text: str, article_id: Optional[str], more: bool = True, paragraph_extent: bool = False):
        self.text = text
        self.article_id = article_id
        self.more = more
        self.paragraph_extent = paragraph_extent
        self.atts: list = []
        lower = text.lower()
        self.lower = lower if len(lower) == len(text) and "\u212a" not in text else None
        self.paras = paragraphs(text)
        self.para_hulls = paragraph_hulls(text)
        self.para_starts = {para_start for para_start, _ in self.paras}
        self.para_end = 0
        self.unit_end = 0
        self.np_subordinate = False
        self.clause_role = None
        self.subject_memo: dict = {}
        self.cue_run = cue_run_pattern()
        self.unit_tokens = UnitTokens(text)
        self._direct_memo: dict = {}
        self._hulls_memo: dict = {}

    def start_unit(self, unit_start: int, unit_end: int) -> None:
        """Begin reading a unit: its tokens and the subjects found in it start afresh."""
        self.unit_tokens.reset(unit_start, unit_end)
        self.subject_memo = {}

    def tokens(self, start: int, end: int) -> list:
        """Tokens of ``text[start:end]`` as ``(start, end, string)``."""
        return self.unit_tokens.get(start, end)

    def trim(self, start: int, end: int) -> tuple:
        """``(start, end)`` without white space and clause punctuation at either end."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _TRIM_START):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM_END):
            end -= 1
        return (start, end)

    def trim_conj(self, start: int, end: int) -> tuple:
        """Trim, then drop a dangling conjunction at the end ("... relationships but")."""
        start, end = self.trim(start, end)
        m = TRAILING_CONJ.search(self.text, start, end)
        if m is not None and m.end() == end:
            start, end = self.trim(start, m.start())
        return (start, end)

    def has_marks(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` contains a double quotation mark."""
        return QUOTE_MARK.search(self.text, start, end) is not None

    def quotation_hulls(self, start: int, end: int) -> tuple:
        """The quotations of ``text[start:end]`` as hulls (:func:`~toolkit.text.quotation_hulls`),
        memoised: :meth:`is_direct` and the splitting of mixed quotes read the same spans."""
        out = self._hulls_memo.get((start, end))
        if out is None:
            out = self._hulls_memo[(start, end)] = tuple(quotation_hulls(self.text, start, end)[0])
        return out

    def is_direct(self, spans: tuple) -> bool:
        """True when the content starts at a quotation mark or is mostly inside quotation marks
        (memoised: later steps ask again for the same spans)."""
        out = self._direct_memo.get(spans)
        if out is None:
            out = self._direct_memo[spans] = self._is_direct(spans)
        return out

    def _is_direct(self, spans: tuple) -> bool:
        text = self.text
        first = spans[0][0]
        if text[first] in OPENING_QUOTES or text[first] == '"' or text.startswith("''", first):
            return True
        length = sum(end - start for start, end in spans)
        inside = 0
        for start, end in spans:
            for hull_start, hull_end in self.quotation_hulls(start, end):
                inside += hull_end - hull_start
        return inside >= 0.5 * length
