"""Attributions that no cue word introduces: headline and transcript labels ("SMITH: ..."), colon
introductions, quotations signed with a dash, polls named after "in", and lone quotations
(continuing the previous speaker or standing on their own).
"""
from __future__ import annotations

from typing import Optional

from ..text import QUOTE_MARK
from .document import Attribution
from .lexicon import ASKED_PASSIVE, INTRO, NOT_HEAD_LABELS, NOT_LABELS
from .noun_phrases import clause_subject, trim_np
from .patterns import (
    ASKED, ASKED_ADJUNCT, ASKED_BEFORE, ASKED_BY, ASKED_END, BOILERPLATE, CLAUSE_PUNCT_NO_PAREN, COLON_NAME,
    DASH_NAME, HEAD_LABEL, IN_POLL, IN_SOURCE, LABEL, PAREN_ONLY, WORD,
)

__all__ = [
    "asked_question",
    "in_source",
    "in_poll",
    "is_headline",
    "head_label",
    "dash_source",
    "colon_quote",
    "label",
    "uncued_quotes",
]


def in_poll(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list, first_new: int) -> None:
    """'Trump leads Clinton by 8 points in the survey': a clause reported by the poll named after "in"
    (PolNeAR's source is the poll)."""
    text = doc.text
    for m in IN_POLL.finditer(text, unit_start, unit_end):
        src = (m.start(2), m.end(2))
        lo = unit_start
        for c in CLAUSE_PUNCT_NO_PAREN.finditer(text, unit_start, m.start()):
            lo = c.end()
        content = doc.trim(lo, m.start())
        words = text[content[0]:content[1]].split()
        if len(words) < 3 or words[0].lower() in INTRO or any(
                quote_start < m.end() and quote_end > content[0] for quote_start, quote_end in unit_quotes):
            continue
        if any(s0 < content[1] and content[0] < e0 for a in doc.atts[first_new:] for s0, e0 in a.spans):
            continue
        doc.atts.append(Attribution([content], (m.start(1), m.end(1)), src, None, para_index))


def is_headline(doc, unit_start: int, unit_end: int) -> bool:
    """The unit is the whole first paragraph and short: the article's title."""
    return unit_end == doc.para_end and bool(doc.paras) and doc.paras[0][0] == unit_start \
        and 2 <= len(doc.text[unit_start:unit_end].split()) <= 18


def head_label(doc, para_index: int, unit_start: int, unit_end: int) -> Optional[Attribution]:
    """'Rep. Ames: Budget Deal Is Dead.': a title naming its speaker before a colon."""
    text = doc.text
    m = HEAD_LABEL.match(text, unit_start, unit_end)
    if m is None:
        return None
    name = m.group(1).lower()
    if name.split()[-1].rstrip(".") in NOT_LABELS or name in NOT_LABELS or name.startswith(NOT_HEAD_LABELS):
        return None
    span = doc.trim(m.end(), unit_end)
    if span[1] - span[0] < 3:
        return None
    return Attribution([span], (m.end(1), m.end(1) + 1), m.span(1), None, para_index)


def dash_source(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> Optional[Attribution]:
    """'"X." ― Carla Mendes': a quotation signed with a dash and a name."""
    quote_start, quote_end = unit_quotes[-1]
    m = DASH_NAME.match(doc.text, quote_end, unit_end)
    if m is None:
        return None
    return Attribution([doc.trim(unit_quotes[0][0], quote_end)], (m.start(1), m.end(1)), m.span(2), None, para_index)


def colon_quote(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> Optional[Attribution]:
    """'Sen. Jo Ames scolded him: "..."': a clause ending in a colon introduces the quote."""
    text = doc.text
    for quote_start, _quote_end in unit_quotes:
        lead = text[unit_start:quote_start].rstrip()
        if lead.endswith(":") and quote_start > unit_start:
            c = unit_start + len(lead) - 1
            m = COLON_NAME.search(text, max(unit_start, c - 60), c)
            if m is not None and m.start(1) > unit_start:
                # "... - Philip Bump: "..."", "More from Jones: "..."", "... pollster Daron Shaw: "...""
                return Attribution([doc.trim(quote_start, unit_end)], (c, c + 1), (m.start(1), m.end(1)), None,
                                   para_index)
            subj = clause_subject(doc, unit_start, c)
            if subj is None or text[subj[0]:subj[1]].lower() in ("it", "this", "that"):
                return None
            return Attribution([doc.trim(quote_start, unit_end)], (c, c + 1), subj, None, para_index)
    return None


def label(doc, para_index: int, unit_start: int, unit_end: int) -> Optional[Attribution]:
    """Transcript labels: 'SMITH: We will win.' at the start of a paragraph."""
    m = LABEL.match(doc.text, unit_start, unit_end)
    if m is None or m.group(1).lower().rstrip(".") in NOT_LABELS or \
            m.group(1).split()[-1].lower().rstrip(".") in NOT_LABELS:
        return None
    if not m.group(1).isupper() and not WORD.search(doc.text, m.end(), unit_end):
        return None  # "Hillary Clinton: 1,769." -- a tally, not speech
    span = doc.trim(m.end(), unit_end)
    if span[1] - span[0] < 3:
        return None
    body = doc.text[span[0]:span[1]]
    if len(body.split()) < 5 and body.rstrip("\u201d\"'\u2019)")[-1:] not in ".?!" and not m.group(1).isupper():
        return None  # "Kasich: Now or never" -- a section heading, not speech
    para_end = doc.para_end
    if para_end > unit_end and m.group(1).isupper() and not QUOTE_MARK.search(doc.text, unit_end, para_end):
        span = doc.trim(m.end(), para_end)  # the whole answer of a transcript paragraph
    return Attribution([span], (m.start(2), m.end(2)), m.span(1), None, para_index)


def uncued_quotes(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> None:
    """Quotations with no cue in their unit: a continuation of the last speaker's speech, or a
    quotation standing on its own (titles and page furniture left out)."""
    text = doc.text
    if BOILERPLATE.search(text, unit_start, unit_end) or PAREN_ONLY.fullmatch(text, unit_start, unit_end):
        return  # "(CROSSTALK.)", "Follow Jo Lee on Twitter @jolee" -- page furniture, not speech
    qs0 = unit_quotes[0][0]
    starts_with_quote = not text[unit_start:qs0].strip()
    inside = sum(min(quote_end, unit_end) - max(quote_start, unit_start) for quote_start, quote_end in unit_quotes)
    mostly = inside >= 0.6 * (unit_end - unit_start)
    prev = doc.atts[-1] if doc.atts else None
    if prev is not None and prev.mention and len(doc.atts) > 1 and \
            text[prev.mention[0]:prev.mention[1]].lower() in ("who", "which"):
        prev = doc.atts[-2]  # "..., who said she would march. "Quote."" continues the main speaker
    if starts_with_quote and mostly and prev is not None and para_index - prev.para <= 1 and prev.spans \
            and (prev.continuation or doc.has_marks(prev.spans[0][0], prev.spans[-1][1])):
        doc.atts.append(Attribution([doc.trim(unit_start, unit_end)], None, prev.mention, prev.role, para_index,
                                    continuation=True))
        return
    if not starts_with_quote and inside >= 0.4 * (unit_end - unit_start) and prev is not None \
            and para_index == prev.para \
            and prev.spans and prev.cue is not None and doc.is_direct(tuple(prev.spans)):
        # '"X," she says. It's "Y."' -- the quotation continues the same speech
        spans = [doc.trim(max(quote_start, unit_start), min(quote_end, unit_end))
                 for quote_start, quote_end in unit_quotes]
        doc.atts.append(Attribution(spans, None, prev.mention, prev.role, para_index, continuation=True))
        return
    if starts_with_quote and mostly and prev is not None and para_index == prev.para and prev.mention:
        # The quotation after a reported cue in the same paragraph: "She says X. "Y.""
        doc.atts.append(Attribution([doc.trim(unit_start, unit_end)], None, prev.mention, prev.role, para_index))
        return
    for quote_start, quote_end in unit_quotes:
        s, e = doc.trim(quote_start, quote_end)
        words = WORD.findall(text, s, e)
        n = len(words)
        if n and sum(word[0].isupper() for word in words) >= 0.7 * n and n < 12:
            continue  # a title in quotation marks ("The Making of a Senator")
        at_start = not text[unit_start:quote_start].strip()
        if (n >= 5 and at_start) or n >= 8 or (mostly and starts_with_quote and n >= 3 and len(unit_quotes) == 1):
            if prev is not None and prev.mention and para_index - prev.para <= 2:
                # A quotation with no cue near the last speaker (within two paragraphs) is taken
                # to be theirs, like the continuations above.
                doc.atts.append(Attribution([(s, e)], None, prev.mention, prev.role, para_index))
                continue
            doc.atts.append(Attribution([(s, e)], None, None, None, para_index))


def asked_question(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> Optional[int]:
    """'Asked about the charges, Rubio said ...', '..., he said when asked why': a question put to the
    speaker, with no source in the text (or the asker after "by"). Adds the attribution and
    returns the offset of "asked" (no longer a cue of its own), or None."""
    text = doc.text
    asked = ASKED.search(text, unit_start, unit_end) if text.find("sked", unit_start, unit_end) >= 0 else None
    if asked is not None and asked.group(1) and asked.group(1).split()[0] in ASKED_PASSIVE and \
            text.startswith("to ", asked.end()):
        asked = None  # "was asked to give a presentation": a request, not a question
    if asked is not None and (asked.start() == unit_start or asked.group(1) or ASKED_BEFORE.search(
            text, max(unit_start, asked.start() - 12), asked.start())) \
            and not any(quote_start <= asked.start() < quote_end for quote_start, quote_end in unit_quotes):
        body = asked.end()
        adj = ASKED_ADJUNCT.match(text, body, unit_end)
        asker = None
        if adj is not None:
            body = adj.end()
            by = ASKED_BY.match(text, asked.end(), unit_end)
            if by is not None:
                asker = trim_np(doc, by.span(1))  # "Asked by Stephanopoulos to respond, ..."
        stop = ASKED_END.search(text, body, unit_end)
        span = doc.trim(body, stop.start() if stop else unit_end)
        n_words = len(text[span[0]:span[1]].split())
        if (2 <= n_words <= 40 or n_words == 1 and text[span[0]:span[1]].lower() in ("why", "how")) and not any(
                quote_start < span[1] and quote_end > span[0] for quote_start, quote_end in unit_quotes):
            doc.atts.append(Attribution([span], (asked.start(2), asked.end(2)), asker, None, para_index))
            return asked.start(2)
    return None


def in_source(doc, para_index: int, unit_start: int, unit_end: int) -> None:
    """'In a September poll, 75 percent said ...' / 'In his op-ed, he argued ...': the poll or
    document after "In" is a source of the clause."""
    text = doc.text
    src = IN_SOURCE.match(text, unit_start, unit_end)
    if src is not None:
        # "In a September poll, 75 percent said ..." / "In his op-ed, he argued ..."
        body = doc.trim(src.end(), unit_end)
        if body[1] - body[0] > 10:
            doc.atts.append(Attribution([body], (src.start(1), src.end(1)), src.span(2), None, para_index))
