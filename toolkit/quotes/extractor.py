"""The reading loop: paragraphs, units (sentences merged so that no quotation is cut), the cue words
of a unit outside quotation marks, and the steps that turn them into attributions.
"""
from __future__ import annotations

from bisect import bisect_left

from ..text import CLOSING_QUOTES, QUOTE_MARK, quotation_hulls, sentences
from .cues import best_attribution, chain_attributions, more_attributions, that_frame, unknown_verb
from .document import Attribution
from .frames import colon_quote, dash_source, head_label, in_poll, is_headline, label, uncued_quotes
from .lexicon import ADJ_BEFORE, ADJ_CUES, ASKED_PASSIVE, CUES, NOUN_COMPOUND, NOUN_DET, SHOW_NOUN_BEFORE
from .noun_phrases import trim_np
from .patterns import (
    ASKED, ASKED_ADJUNCT, ASKED_BEFORE, ASKED_BY, ASKED_END, CALLED_NOT_AFTER, CLAUSE_STOP, IN_SOURCE,
    NEWLINE, POLL_HINT, POLL_WORD, REFLEXIVE, SAW_AS, SHORT_CUE, SHOW_NOUN_AFTER, WORD, WORD_BEFORE,
)
from .speakers import build_quotes
from .subjects import subject_before

__all__ = ["extract_attributions", "sentence_units", "cue_sentence", "read_unit"]


def extract_attributions(doc) -> list:
    text = doc.text
    pending = None  # an attribution whose cue ended with ":" and waits for its quote
    low = doc.lower
    poll_at = [m.start() for m in POLL_HINT.finditer(low)] if doc.more and low is not None else []
    for para_index, (para_start, para_end) in enumerate(doc.paras):
        para_quotes, _ = quotation_hulls(text, para_start, para_end)
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
            n0 = len(doc.atts)
            read_unit(doc, para_index, unit_start, unit_end, unit_quotes)
            if poll_at:
                k = bisect_left(poll_at, unit_start)
                if k < len(poll_at) and poll_at[k] < unit_end and POLL_WORD.search(low, unit_start, unit_end):
                    in_poll(doc, para_index, unit_start, unit_end, unit_quotes, n0)
        if doc.atts and not doc.atts[-1].spans:
            last = doc.atts.pop()
            if last.para == para_index and text[para_start:para_end].rstrip().endswith(":"):
                pending = last
    return build_quotes(doc)



def sentence_units(doc, para_start: int, para_end: int, para_quotes: list) -> list:
    """Sentences of the paragraph, merged so that no quotation is cut."""
    sents = sentences(doc.text, para_start, para_end)
    if "\n" in doc.text[para_start:para_end]:
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
        elif (text[cur_e - 1] in CLOSING_QUOTES or text[cur_e - 1] == '"' or text.endswith("''", 0, cur_e))\
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



def read_unit(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> None:
    text = doc.text
    # The unit's tokens are found on first use (many units never need them).
    doc.start_unit(unit_start, unit_end)
    # Cue candidates outside quotation marks.
    outside = []
    pos = unit_start
    for quote_start, quote_end in unit_quotes:
        if quote_start > pos:
            outside.append((pos, quote_start))
        pos = max(pos, quote_end)
    if pos < unit_end:
        outside.append((pos, unit_end))
    cues = []
    low = doc.lower
    for os_, oe in outside:
        if low is not None and not (os_ > 0 and "a" <= low[os_ - 1] <= "z"):
            # The cue words of the lexicon as one trie pattern over the lower-cased text: the same
            # words as the letter runs below that are in the lexicon (a run cut at os_ is left to
            # the loop below).
            found = [(m.start(), m.end(), m.group()) for m in doc.cue_run.finditer(low, os_, oe)]
        else:
            found = []
            for m in WORD.finditer(text, os_, oe):
                w = m.group().lower()
                if w in CUES or w == "put":
                    found.append((m.start(), m.end(), w))
        for ms, me, w in found:
            if w == "according":
                if text.startswith(" to", me):
                    cues.append((ms, me + 3, "according"))
                continue
            if w in ("reported", "quoted") and text.startswith(" by ", me) and\
                    text[max(os_, ms - 4):ms].lower().endswith("as "):
                cues.append((ms, me + 3, "according"))  # "as reported by X, ..."
                continue
            if w in ADJ_CUES and not text.startswith(ADJ_CUES[w], me):
                continue  # "critical of the plan", not "critical rhetoric"
            if w == "put":
                if text.startswith(" it", me):
                    cues.append((ms, me + 3, "said"))  # "as X put it, ..."
                continue
            before = WORD_BEFORE.search(text, max(os_, ms - 20), ms)
            if before is not None and before.group(1).lower() in ADJ_BEFORE and w.endswith("ed"):
                continue  # "the reported contributions", "a widely shared view"
            if before is not None and w.endswith("ing") and before.group(1).lower() in NOUN_DET:
                continue  # "the writing of the speech", "his saying so": a noun, not a cue
            if w == "saw" and not SAW_AS.match(text, me, oe):
                continue  # "The board saw Ames as the best choice", "saw that ...": a view; "saw him there": not
            if w.startswith("found") and REFLEXIVE.match(text, me):
                continue  # "found himself embroiled", "has found itself at the center"
            if w == "called" and CALLED_NOT_AFTER.match(text, me):
                continue  # "called off", "called to mind": not a cue
            if w in ("show", "shows") and (SHOW_NOUN_AFTER.match(text, me) or before is not None and (
                    before.group(1).lower() in SHOW_NOUN_BEFORE
                    or before.group(1).isupper() and len(before.group(1)) > 1 and text[ms].islower())):
                continue  # "a reality TV show", "the show's host", "an MSNBC show", "show up"
            if before is not None and NOUN_COMPOUND.get(w, frozenset()) and\
                    before.group(1).lower() in NOUN_COMPOUND[w] or w in ("call", "calls") and\
                    text[max(os_, ms - 5):ms].lower() == "roll-":
                continue  # "a conference call", "the roll call", "a strong showing": nouns, not cues
            cues.append((ms, me, w))
    asked = ASKED.search(text, unit_start, unit_end) if text.find("sked", unit_start, unit_end) >= 0 else None
    if asked is not None and asked.group(1) and asked.group(1).split()[0] in ASKED_PASSIVE and\
            text.startswith("to ", asked.end()):
        asked = None  # "was asked to give a presentation": a request, not a question
    if asked is not None and (asked.start() == unit_start or asked.group(1) or ASKED_BEFORE.search(
            text, max(unit_start, asked.start() - 12), asked.start()))\
            and not any(quote_start <= asked.start() < quote_end for quote_start, quote_end in unit_quotes):
        # "Asked about the charges, Rubio said ...", "..., he said when asked why": a question put
        # to the speaker, with no source in the text.
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
        if (2 <= n_words <= 40 or n_words == 1 and text[span[0]:span[1]].lower() in ("why", "how")) and not any(quote_start < span[1] and quote_end > span[0]
                                                                      for quote_start, quote_end in unit_quotes):
            doc.atts.append(Attribution([span], (asked.start(2), asked.end(2)), asker, None, para_index))
            cues = [c for c in cues if c[0] != asked.start(2)]
    src = IN_SOURCE.match(text, unit_start, unit_end)
    if src is not None:
        # "In a September poll, 75 percent said ..." / "In his op-ed, he argued ..."
        body = doc.trim(src.end(), unit_end)
        if body[1] - body[0] > 10:
            doc.atts.append(Attribution([body], (src.start(1), src.end(1)), src.span(2), None, para_index))
    att = None
    if para_index == 0 and is_headline(doc, unit_start, unit_end):
        att = head_label(doc, para_index, unit_start, unit_end)
    if cues and att is None:
        att = best_attribution(doc, para_index, unit_start, unit_end, unit_quotes, cues)
    if att is None and unit_quotes and not text[unit_start:unit_quotes[0][0]].strip():
        att = unknown_verb(doc, para_index, unit_start, unit_end, unit_quotes) or dash_source(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is None and unit_start in doc.para_starts:
        att = label(doc, para_index, unit_start, unit_end)
    if att is None and unit_quotes:
        att = colon_quote(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is None and doc.more:
        att = that_frame(doc, para_index, unit_start, unit_end, unit_quotes)
    if att is not None:
        n0 = len(doc.atts)
        doc.atts.append(att)
        chain_attributions(doc, para_index, att, unit_end, unit_quotes)
        if len(cues) > 1 and doc.more:
            more_attributions(doc, para_index, unit_start, unit_end, unit_quotes, cues, n0)
        return
    # A colon introduction at the end of the unit with no cue word: "Mr. Lee's reply:"
    tail = text[unit_start:unit_end].rstrip()
    if tail.endswith(":") and not (unit_quotes and unit_quotes[-1][1] >= unit_start + len(tail)):
        c = unit_start + len(tail) - 1
        subj = subject_before(doc, unit_start, c)
        if subj is not None:
            doc.atts.append(Attribution([], (c, c + 1), subj, None, para_index))
            return
    # No cue: quotations standing on their own.
    if unit_quotes:
        uncued_quotes(doc, para_index, unit_start, unit_end, unit_quotes)
