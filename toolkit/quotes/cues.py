"""Choosing among the cues of a unit, further attributions from its other cues, chained cues of the
same speaker ("said X and added Y"), and cue verbs missing from the lexicon.
"""
from __future__ import annotations

from typing import Optional

from .content import content_after
from .cue_attribution import attribution_from_cue
from .document import Attribution
from .lexicon import (
    ADJUNCT_START, ADJ_BEFORE, ADJ_CUES, ADJ_PASSIVE, CLAUSE_WORDS, CUES, DETERMINERS, IRREGULAR_SPEECH, MONTHS,
    NOUN_COMPOUND, NOUN_DET, PHRASE_HEADS, PREPS, PRONOUNS, SAY, SEEM, SENT_START_STOP, SHOW_CUES, SHOW_NOUN_BEFORE,
    SKIP, TIME_DET, WEEKDAYS, is_speaker_noun,
)
from .patterns import (
    ADDED_NOT_AFTER, CALLED_NOT_AFTER, CHAIN, CHAIN_COORD, CHAIN_PART, FRAME_THAT, INNER_GAP, MADE_CLEAR,
    NEW_CLAUSE, NEXT_WORD, PASSIVE, POSTPOSED, POSTPOSED_NP, REFLEXIVE, SAW_AS, SHOW_NOUN_AFTER, THAT_WORD,
    VERB_COMMA_QUOTE, WHAT_REL, WORD, WORD_BEFORE,
)
from .subjects import subject_before

__all__ = ["find_cues", "best_attribution", "more_attributions", "chain_attributions", "that_frame", "unknown_verb"]


def find_cues(doc, unit_start: int, unit_end: int, unit_quotes: list) -> list:
    """The cue words of a unit outside its quotation marks, as ``(start, end, word)``: the words of
    the lexicon, less those that read as nouns or idioms here ("the reported contributions", "a
    reality TV show", "called off"); "according to", "as reported by" and "as X put it" included."""
    text = doc.text
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
    for outside_start, outside_end in outside:
        if low is not None and not (outside_start > 0 and "a" <= low[outside_start - 1] <= "z"):
            # The cue words of the lexicon as one trie pattern over the lower-cased text: the same
            # words as the letter runs below that are in the lexicon (a run cut at outside_start is left to
            # the loop below).
            found = [(m.start(), m.end(), m.group()) for m in doc.cue_run.finditer(low, outside_start, outside_end)]
        else:
            found = []
            for m in WORD.finditer(text, outside_start, outside_end):
                word = m.group().lower()
                if word in CUES or word in PHRASE_HEADS:
                    found.append((m.start(), m.end(), word))
        for word_start, word_end, word in found:
            cue = _cue_at(text, outside_start, outside_end, word_start, word_end, word)
            if cue is not None:
                cues.append(cue)
    return cues


_ADD = frozenset(("add", "adds", "added", "adding"))
# Verbs after which a plural before them is their subject's noun ("FEC reports show", "advocates say").
_AFTER_SUBJECT = SAY | SHOW_CUES | frozenset(("found", "suggest", "suggested"))
# Cue words ending in "s" that are verbs even before another verb of speech ("says", "adds").
_SAY_S_ONLY = frozenset(("says", "adds", "tells", "writes", "asks", "notes"))


def _cue_at(text: str, outside_start: int, outside_end: int, word_start: int, word_end: int, word: str):
    """The cue ``(start, end, word)`` a lexicon word at ``text[word_start:word_end]`` makes, or None."""
    if word == "according":
        if text.startswith(" to", word_end):
            return (word_start, word_end + 3, "according")
        return None
    if word in ("reported", "quoted") and text.startswith(" by ", word_end) and \
            text[max(outside_start, word_start - 4):word_start].lower().endswith("as "):
        return (word_start, word_end + 3, "according")  # "as reported by X, ..."
    if word in ADJ_CUES and not text.startswith(ADJ_CUES[word], word_end):
        return None  # "critical of the plan", not "critical rhetoric"
    if word == "put":
        if text.startswith(" it", word_end):
            return (word_start, word_end + 3, "said")  # "as X put it, ..."
        return None
    if word in PHRASE_HEADS:
        made = MADE_CLEAR.match(text, word_end)  # "made it clear that ...", "made the case that ..."
        passive = PASSIVE.search(text, max(outside_start, word_start - 40), word_start)  # "were made clear"
        return (word_start, made.end(), word) if made is not None and passive is None else None
    # The word before matters only to these words (most cues are "said", "says", "told": no search).
    before = WORD_BEFORE.search(text, max(outside_start, word_start - 20), word_start) \
        if word.endswith(("ed", "ing")) or word in ("show", "shows") or word in NOUN_COMPOUND else None
    if before is not None and before.group(1).lower() in ADJ_BEFORE and word.endswith("ed"):
        return None  # "the reported contributions", "a widely shared view"
    if before is not None and word.endswith("ing") and before.group(1).lower() in NOUN_DET:
        return None  # "the writing of the speech", "his saying so": a noun, not a cue
    if word == "saw" and not SAW_AS.match(text, word_end, outside_end):
        return None  # "The board saw Ames as the best choice", "saw that ...": a view; "saw him there": not
    if word.startswith("found") and REFLEXIVE.match(text, word_end):
        return None  # "found himself embroiled", "has found itself at the center"
    if word == "called" and CALLED_NOT_AFTER.match(text, word_end):
        return None  # "called off", "called to mind": not a cue
    if word in _ADD and ADDED_NOT_AFTER.match(text, word_end):
        return None  # "adding to her delegate lead"
    if word.endswith("s") and word not in _SAY_S_ONLY:
        nxt = NEXT_WORD.match(text, word_end)
        if nxt is not None and nxt.group(1).lower() in _AFTER_SUBJECT and not nxt.group(1).lower().endswith("s"):
            return None  # "FEC reports show", "gun rights advocates say": the noun of the subject
    if word in ("show", "shows") and (SHOW_NOUN_AFTER.match(text, word_end) or before is not None and (
            before.group(1).lower() in SHOW_NOUN_BEFORE
            or before.group(1).isupper() and len(before.group(1)) > 1 and text[word_start].islower())):
        return None  # "a reality TV show", "the show's host", "an MSNBC show", "show up"
    if before is not None and NOUN_COMPOUND.get(word, frozenset()) and \
            before.group(1).lower() in NOUN_COMPOUND[word] or word in ("call", "calls") and \
            text[max(outside_start, word_start - 5):word_start].lower() == "roll-":
        return None  # "a conference call", "the roll call", "a strong showing": nouns, not cues
    return (word_start, word_end, word)


def best_attribution(doc, para_index, unit_start, unit_end, unit_quotes, cues) -> Optional[Attribution]:
    """The attribution of the unit's best cue: say-family cues first, then cues next to a
    quotation, then the first one; None when no cue yields one."""
    def rank(c):
        cue_start, cue_end, word = c
        near = min((min(abs(cue_start - quote_end), abs(quote_start - cue_end))
                    for quote_start, quote_end in unit_quotes), default=999)
        verbish = word in SAY or word == "according" or word.endswith(("ed", "s", "ing")) and not word.endswith("ss")
        edge = word == "according" and (not doc.text[unit_start:cue_start].strip(" \u201c\"")
                                     or doc.text[unit_start:cue_start].rstrip().endswith(","))
        lo = max(unit_start, cue_start - 40)
        if doc.text.find("what", lo, cue_start) >= 0 and WHAT_REL.search(doc.text, lo, cue_start):
            return (4, 0, cue_start)  # 'pledged to act against what it called "a threat"': the main verb first
        verbish = verbish or doc.text[max(unit_start, cue_start - 3):cue_start].lower() == "to "  # "continue to ignore"
        if not edge and unit_end - cue_end < 45 and len(doc.text[cue_end:unit_end].split()) <= 4 and (
                word in SAY and POSTPOSED.search(doc.text, max(unit_start, cue_start - 40), cue_start)
                or word.startswith("show")
                and POSTPOSED_NP.search(doc.text, max(unit_start, cue_start - 60), cue_start)) \
                and not any(quote_start >= cue_end for quote_start, quote_end in unit_quotes):
            edge = True  # "X has added Y, she noted.": the closing "she noted" is the attribution
        if near < 40 and _in_reported_clause(doc.text, cues, cue_start, cue_end, unit_quotes):
            near = 999  # 'said it would tell a story, one of "...": the quotation is said's, not tell's
        return (0 if edge else 1 if word in SAY or word == "according" else 2 if verbish else 3,
                0 if near < 40 else 1, cue_start)

    for cue in (sorted(cues, key=rank) if len(cues) > 1 else cues):  # (one cue: nothing to rank)
        att = attribution_from_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue)
        if att is not None:
            return att
    return None


def _in_reported_clause(text: str, cues: list, cue_start: int, cue_end: int, unit_quotes: list) -> bool:
    """True when a say-family cue stands a few words before the cue with no punctuation between,
    and no "that" opens the cue's own clause before the next quotation: the cue is a verb of the
    clause "said" reports ('said it would tell a story, one of "..."'; not 'said Ames was right
    when she said that "..."')."""
    if not any(word in SAY and end < cue_start and INNER_GAP.fullmatch(text, end, cue_start) for _, end, word in cues):
        return False
    quote_start = next((s for s, _ in unit_quotes if s >= cue_end), None)
    return quote_start is not None and THAT_WORD.search(text, cue_end, quote_start) is None


def more_attributions(doc, para_index, unit_start, unit_end, unit_quotes, cues, first_new) -> None:
    """Further attributions in the unit from its other cues (each with its own subject)."""
    text = doc.text
    accepted = doc.atts[first_new:]
    used = {a.cue[0] for a in accepted if a.cue}
    for cue in sorted(cues):
        cue_start, cue_end, word = cue
        if cue_start in used or word == "according":
            continue
        if any(a.mention and a.mention[0] <= cue_start < a.mention[1] for a in accepted):
            continue
        if any(a.cue and a.cue[0] <= cue_start < a.cue[1] + 1 for a in accepted):
            continue
        if any(a.cue and a.mention and a.spans and a.spans[-1][1] <= a.mention[0] < a.cue[0]
               and a.spans[0][0] < cue_start < a.spans[-1][1] and not doc.is_direct(tuple(a.spans))
               and POSTPOSED.search(text, max(unit_start, a.cue[0] - 40), a.cue[0])
               and len(text[a.cue[1]:unit_end].split()) <= 4 for a in accepted):
            continue  # "The firm has added a route, she noted.": a verb inside reported content
        if word in ADJ_PASSIVE and any(s0 < cue_start < e0 for a in accepted for s0, e0 in a.spans):
            continue  # "said they are worried that ...": a state of mind inside what was said
        seem = word in SEEM  # the writer's impression: no speaker of its own
        subj = subject_before(doc, unit_start, cue_start)
        if subj is None and not seem:
            continue
        cand = attribution_from_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue)
        if cand is None or not cand.spans or cand.mention is None and not seem:
            continue
        first = text[cand.spans[0][0]:cand.spans[0][0] + 5].lower()
        verb_comma_quote = bool(VERB_COMMA_QUOTE.match(text, cue_end)) and cand.spans[0][0] > cue_start
        anchor = cand.mention[0] if cand.mention else cand.spans[0][0]
        new_clause = bool(NEW_CLAUSE.search(text, max(unit_start, anchor - 12), anchor)) \
            and not doc.is_direct(tuple(cand.spans))
        relaxed_ok = True
        if not verb_comma_quote and not new_clause and (not (word in SAY or first.startswith("that "))
                                     or doc.is_direct(tuple(cand.spans))):
            if doc.is_direct(tuple(cand.spans)) or not any(a.cue and a.cue[0] > cue_end for a in accepted):
                continue
            relaxed_ok = False  # only when its content ends before the next attribution
        # Stop the content before another attribution's speaker or cue.
        ok = True
        for a in accepted:
            stops = [x[0] for x in (a.mention, a.cue) if x]
            for k, (s0, e0) in enumerate(cand.spans):
                inner = [x for x in stops if s0 < x < e0]
                if inner:
                    cut = doc.trim_conj(s0, min(inner))
                    if cut[1] - cut[0] < 8 or seem:
                        ok = False  # (an impression cut short by another attribution is dropped)
                    else:
                        cand.spans[k] = cut
                elif any(s0 <= sp[0] and sp[1] <= e0 for sp in a.spans) and a.mention and \
                        not (s0 <= a.mention[0] < e0):
                    ok = False  # would swallow another attribution whole
        if not ok or any(sp in [x for a in accepted for x in a.spans] for sp in cand.spans):
            continue
        if not relaxed_ok and any(s0 < e1 and s1 < e0 for s0, e0 in cand.spans for a in accepted
                                  for s1, e1 in a.spans):
            continue
        if verb_comma_quote:
            # '..., and when pressed, the mother of three replied, "..."': the earlier content
            # stops before this speaker.
            for a in accepted:
                if a.spans and a.spans[-1][0] < anchor < a.spans[-1][1]:
                    cut = doc.trim_conj(a.spans[-1][0], anchor)
                    if cut[1] - cut[0] >= 8:
                        a.spans[-1] = cut
        doc.atts.append(cand)
        accepted.append(cand)
        used.add(cue_start)


def chain_attributions(doc, para_index: int, att: Attribution, unit_end: int, unit_quotes: list) -> None:
    """Further cues of the same speaker: "She said X but said Y", '"X," she wrote, arguing that Y'."""
    text = doc.text
    for _ in range(3):
        if not att.spans or att.cue is None:
            return
        lo = att.cue[1]
        m = CHAIN.search(text, lo, unit_end)
        while m is not None and any(quote_start < m.start(1) < quote_end for quote_start, quote_end in unit_quotes):
            m = CHAIN.search(text, m.end(), unit_end)
        m2 = CHAIN_COORD.search(text, lo, m.start() if m is not None else unit_end)
        cue_w = text[att.cue[0]:att.cue[1]].lower()
        past = cue_w.endswith("ed") or cue_w in IRREGULAR_SPEECH
        while m2 is not None and (any(quote_start < m2.start() < quote_end for quote_start, quote_end in unit_quotes)
                                  or m2.group(1).lower() not in CUES
                                  or past != m2.group(1).lower().endswith("ed")
                                  or m2.group(1).endswith("ing") != cue_w.endswith("ing")):
            m2 = CHAIN_COORD.search(text, m2.end(), m.start() if m is not None else unit_end)
        if m2 is not None:
            m = m2  # "said he makes $41,000 a year and questioned how ..."
        m3 = CHAIN_PART.search(text, lo, m.start() if m is not None else unit_end)
        while m3 is not None and (any(quote_start < m3.start() < quote_end for quote_start, quote_end in unit_quotes)
                                  or m3.group(1).lower() not in CUES):
            m3 = CHAIN_PART.search(text, m3.end(), m.start() if m is not None else unit_end)
        if m3 is not None:
            m = m3  # "is questioning X, encouraging his supporters to ..."
        if m is None:
            return
        cstart = content_after(doc, m.end(1), unit_end, m.group(1).lower(), unit_quotes)
        if cstart is None:
            return
        span = doc.trim(cstart, unit_end)
        if span[1] - span[0] < 8 or m.group(1).lower() in SAY and _adjunct_only(text, span):
            return
        later = [sp for sp in att.spans if m.start() < sp[0] <= span[0] and span[1] <= sp[1]]
        if later and len(att.spans) > len(later):
            # '"X," she said, adding, "Y."': Y is the chained cue's, not a second part of X
            att.spans[:] = [sp for sp in att.spans if sp not in later]
        last = att.spans[-1]
        # ',"' ends the quote
        at = next((quote_end for quote_start, quote_end in unit_quotes if quote_start < m.start() < quote_end),
                  m.start())
        if last[0] < at < last[1]:
            cut = doc.trim(last[0], at)
            if cut[1] <= cut[0]:
                return
            att.spans[-1] = cut
        mention, role = att.mention, att.role
        if mention is not None and text[m.start()] == "," and text[mention[0]:mention[1]].lower() in ("who", "which") \
                and text[max(0, mention[0] - 2):mention[0]].rstrip().endswith(","):
            # "Barkley, who said X, said Y": the relative clause ends at the comma; Y is Barkley's
            ante = subject_before(doc, doc.unit_tokens.start, text.rindex(",", 0, mention[0]))
            if ante is not None and text[ante[0]:ante[1]].lower() not in PRONOUNS:
                mention, role = ante, None
        new = Attribution([span], (m.start(1), m.end(1)), mention, role, para_index)
        doc.atts.append(new)
        att = new


# Fewer words than this after an adjunct's first word: only the adjunct (as _too_short reads it).
_ADJUNCT_WORDS = 8


def _adjunct_only(text: str, span: tuple) -> bool:
    """'..., said before he died': a short stretch that opens with a preposition or subordinator
    after a say-family cue says when or where, not what ("resulted in X": an object)."""
    words = text[span[0]:span[1]].split()
    first = words[0].lower()
    return first in ADJUNCT_START and first not in TIME_DET and len(words) < _ADJUNCT_WORDS  # ("this year will")


def that_frame(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> Optional[Attribution]:
    """'SUBJECT VERB that CLAUSE' with a verb missing from the lexicon: a that-complement after a
    finite verb whose subject is a person, a pronoun or a named organisation is reported content."""
    text = doc.text
    if text.find("that", unit_start, unit_end) < 0:
        return None
    for m in FRAME_THAT.finditer(text, unit_start, unit_end):
        word = m.group(2).lower()
        if word in SKIP or word in DETERMINERS or word in CLAUSE_WORDS or word in PREPS or word in CUES:
            continue
        if not (len(word) > 3 and (word.endswith("ed") or word.endswith("s") and not word.endswith("ss"))
                or word in IRREGULAR_SPEECH):
            continue
        if any(quote_start <= m.start(2) < quote_end for quote_start, quote_end in unit_quotes):
            continue
        prev = m.group(1)
        pl = prev.lower()
        if not (pl in ("he", "she", "they", "we", "i")
                or prev[0].isupper() and pl not in SENT_START_STOP and pl not in WEEKDAYS
                and pl not in MONTHS
                or is_speaker_noun(pl)):
            continue
        return attribution_from_cue(doc, para_index, unit_start, unit_end, unit_quotes, (m.start(2), m.end(2), word))
    return None


def unknown_verb(doc, para_index: int, unit_start: int, unit_end: int, unit_quotes: list) -> Optional[Attribution]:
    """'"X," the host exhorted.' -- a verb missing from the lexicon right after a quote."""
    text = doc.text
    quote_end = unit_quotes[0][1]
    before_mark = text[:quote_end].rstrip("\"'\u201d\u00bb\u2019")[-1:]
    if before_mark not in (",", "?", "!") and text[quote_end - 1:quote_end] not in (",",):
        return None
    nxt = unit_quotes[1][0] if len(unit_quotes) > 1 else unit_end
    toks = doc.tokens(quote_end, nxt)
    words = []
    for t in toks:
        if not t[2][0].isalnum():
            if words and t[2] in (",", ".", ";", "(", "\u2014"):
                break
            continue
        words.append(t)
    if not words or len(words) > 10:
        return None
    for t in words[:8]:
        tl = t[2]
        if tl.islower() and tl not in SKIP and (len(tl) > 3 and (tl.endswith("ed") or tl.endswith("s"))
                                                 or tl in IRREGULAR_SPEECH) and tl not in DETERMINERS:
            return attribution_from_cue(doc, para_index, unit_start, unit_end, unit_quotes, (t[0], t[1], tl))
    return None
