"""The reading loop: paragraphs, units (sentences merged so that no quotation is cut), the cue words
of a unit outside quotation marks, and the steps that turn them into attributions.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..text import CLOSING_QUOTES, QUOTE_MARK, sentences
from .cues import best_attribution, chain_attributions, find_cues, more_attributions, that_frame, unknown_verb
from .document import Attribution
from .acceptable import check_speakers
from .forms import with_forms
from .frames import (
    asked_question, colon_quote, dash_source, head_label, in_poll, in_source, is_headline, label,
    uncued_quotes,
)
from .patterns import CLAUSE_STOP, NEWLINE, POLL_HINT_WORDS, POLL_WORD, SHORT_CUE, WORD_BEFORE
from .speakers import build_quotes
from .subjects import subject_before

__all__ = ["extract_attributions", "sentence_units", "cue_sentence", "read_unit"]


def extract_attributions(doc) -> list:
    """Read the document paragraph by paragraph, unit by unit, and return its Quotes."""
    text = doc.text
    pending = None  # an attribution whose cue ended with ":" and waits for its quote
    low = doc.lower
    poll_at = _poll_hints(low) if doc.more and low is not None else []
    for para_index, (para_start, para_end) in enumerate(doc.paras):
        para_quotes = doc.para_hulls[para_index]
        if pending is not None:
            att, pending = pending, None
            if para_quotes and para_quotes[0][0] == para_start:
                att.spans.append(doc.trim(para_start, para_end))
                doc.atts.append(att)
                continue
        units = sentence_units(doc, para_start, para_end, para_quotes)
        doc.para_end = para_end
        for (unit_start, unit_end) in units:
            unit_quotes = [q for q in para_quotes if q[0] < unit_end and q[1] > unit_start]
            first_new = len(doc.atts)
            read_unit(doc, para_index, unit_start, unit_end, unit_quotes)
            if poll_at:
                k = bisect_left(poll_at, unit_start)
                if k < len(poll_at) and poll_at[k] < unit_end and POLL_WORD.search(low, unit_start, unit_end):
                    in_poll(doc, para_index, unit_start, unit_end, unit_quotes, first_new)
        if doc.atts and not doc.atts[-1].spans:
            last = doc.atts.pop()
            if last.para == para_index and text[para_start:para_end].rstrip().endswith(":"):
                pending = last
    return with_forms(doc, check_speakers(build_quotes(doc)))


def _poll_hints(low: str) -> list:
    """The offsets of ``POLL_HINT.finditer(low)``, in order, found by ``str.find`` (many times faster
    than the regex over a whole text; the hint words cannot overlap one another)."""
    found = []
    for word in POLL_HINT_WORDS:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + len(word))
    return sorted(found)


def sentence_units(doc, para_start: int, para_end: int, para_quotes: list) -> list:
    """Sentences of the paragraph, merged so that no quotation is cut."""
    sents = sentences(doc.text, para_start, para_end)
    if doc.text.find("\n", para_start, para_end) >= 0:
        split = []
        for s0, e0 in sents:
            pos = s0
            for m in NEWLINE.finditer(doc.text, s0, e0):
                if m.start() > pos:
                    split.append((pos, m.start()))
                pos = m.end()
            if pos < e0:
                split.append((pos, e0))
        sents = split
    if not para_quotes or len(sents) < 2:
        return sents
    out = []
    cur_s, cur_e = sents[0]
    text = doc.text
    for s, e in sents[1:]:
        if any(quote_start < cur_e - 1 and quote_end > cur_e for quote_start, quote_end in para_quotes):
            cur_e = e
        elif (text[cur_e - 1] in CLOSING_QUOTES or text[cur_e - 1] == '"' or text.endswith("''", 0, cur_e)) \
                and cue_sentence(doc, s, e):
            cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return out


def cue_sentence(doc, s: int, e: int) -> bool:
    """'Trump said of Apple in February, ...' after '"...?"': a speaker and cue, no new quote."""
    text = doc.text
    m = SHORT_CUE.search(text, s, min(e, s + 60))
    if m is None:
        # "Hannity pressed." -- a name and a verb the lexicon may not know
        ws = text[s:e].split()
        return (len(ws) <= 4 and ws[-1].rstrip(".").endswith(("ed", "s")) and ws[0][:1].isupper()
                and not QUOTE_MARK.search(text, s, e) and "\n" not in text[max(0, s - 3):s])
    if QUOTE_MARK.search(text, s, m.start()) or "," in text[s:m.start()]:
        return False
    if len(text[s:m.start()].split()) > 7 or "\n" in text[max(0, s - 3):s]:
        return False
    tail = CLAUSE_STOP.split(text[m.end():e], maxsplit=1)[0]
    return len(tail.split()) <= 6 and not QUOTE_MARK.search(text, s, e)


def block_after_colon(doc, para_index: int, unit_start: int, unit_end: int, cues: list) -> Optional[Attribution]:
    """'Limbaugh added:' ending a paragraph, the next paragraph without quotation marks: a block quotation
    whose marks the page lost, reported words of the cue's subject."""
    text = doc.text
    tail_end = unit_start + len(text[unit_start:unit_end].rstrip())
    if not cues or tail_end == unit_start or text[tail_end - 1] != ":" or para_index + 1 >= len(doc.paras) \
            or text[tail_end:doc.paras[para_index][1]].strip():
        return None
    cue_start, cue_end = cues[-1][0], cues[-1][1]
    next_start, next_end = doc.paras[para_index + 1]
    if text[cue_end:tail_end - 1].strip() or QUOTE_MARK.match(text, next_start):
        return None
    subj = subject_before(doc, unit_start, cue_start)
    return Attribution([(next_start, next_end)], (cue_start, cue_end), subj, None, para_index + 1) if subj else None


def read_unit(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> None:
    """Find the attributions of one unit and add them to ``doc.atts``."""
    text = doc.text
    # The unit's tokens are found on first use (many units never need them).
    doc.start_unit(unit_start, unit_end)
    cues = find_cues(doc, unit_start, unit_end, unit_quotes)
    asked_at = asked_question(doc, para_index, unit_start, unit_end, unit_quotes)
    if asked_at is not None:
        cues = [c for c in cues if c[0] != asked_at]
    in_source(doc, para_index, unit_start, unit_end)
    att = None
    if para_index == 0 and is_headline(doc, unit_start, unit_end):
        att = head_label(doc, para_index, unit_start, unit_end)
    if cues and att is None:
        att = block_after_colon(doc, para_index, unit_start, unit_end, cues) \
            or best_attribution(doc, para_index, unit_start, unit_end, unit_quotes, cues)
    if att is None and unit_quotes and not text[unit_start:unit_quotes[0][0]].strip():
        att = unknown_verb(doc, para_index, unit_start, unit_end, unit_quotes) \
            or dash_source(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is None and unit_start in doc.para_starts:
        att = label(doc, para_index, unit_start, unit_end)
    if att is None and unit_quotes:
        att = colon_quote(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is None and doc.more:
        att = that_frame(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is not None:
        first_new = len(doc.atts)
        doc.atts.append(att)
        chain_attributions(doc, para_index, att, unit_end, unit_quotes)
        if len(cues) > 1 and doc.more:
            more_attributions(doc, para_index, unit_start, unit_end, unit_quotes, cues, first_new)
        return
    # A colon introduction at the end of the unit with no cue word: "Mr. Lee's reply:"
    tail = text[unit_start:unit_end].rstrip()
    if tail.endswith(":") and not (unit_quotes and unit_quotes[-1][1] >= unit_start + len(tail)):
        c = unit_start + len(tail) - 1
        subj = subject_before(doc, unit_start, c)
        if subj is not None and text.startswith("the following ", subj[0]):
            # "Ames made the following comment:": the subject of the verb before the object
            verb = WORD_BEFORE.search(text, max(unit_start, subj[0] - 20), subj[0])
            subj = subject_before(doc, unit_start, verb.start()) if verb is not None else None
        if subj is not None:
            doc.atts.append(Attribution([], (c, c + 1), subj, None, para_index))
            return
    # No cue: quotations standing on their own.
    if unit_quotes:
        uncued_quotes(doc, para_index, unit_start, unit_end, unit_quotes)
