"""One attribution from one cue word: the content after the cue (pre-posed: "Officials said that
X"), before it (post-posed: '"X," she said'), an inverted speaker, "according to", passives with
and without an agent, and the writer's impressions ("seemed", "appears").
"""
from __future__ import annotations

import re
from typing import Optional

from .content import (
    content_after, elliptical, has_quote, lead_content_end, quote_extent, second_part, split_quotes,
)
from .document import Attribution
from .lexicon import (
    ADJUNCT_START, ADJ_PASSIVE, CLAUSE_WORDS, CUES, IMPERSONAL, INTRO, OBJECT_CUES, PARTICIPLES, SAY, SEEM,
    SENT_START_STOP, SHORT_OBJ, SKIP, SPOKE, TIME_DET, TIME_WORDS, WEEKDAYS,
)
from .noun_phrases import (
    after_quote, appositive_role, clause_subject, np_after, np_subject, object_of_verb, passive_subject,
    titled_appositive, trim_np,
)
from .patterns import (
    ADJUNCT_COMMA, AGENT_END, CLAUSE_COMMA, COORD, DATELINE_LEAD, IT_BEFORE, IT_IS, PARTICLE, PASSIVE, SEEM_END,
    SEEM_LEAD, SEEM_NOT, SOURCE_END, TITLE_BEFORE, VERB_TO,
)
from .subjects import subject_before

__all__ = ["attribution_from_cue", "according", "passive_by"]


def attribution_from_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue) -> Optional[Attribution]:
    """The attribution a cue word introduces, or None.

    Args:
        doc: The document.
        para_index: Index of the paragraph.
        unit_start: Start of the unit (a sentence, merged across quotes).
        unit_end: End of the unit.
        unit_quotes: The unit's quotation hulls.
        cue: ``(cue_start, cue_end, word)``, the word lower-cased.
    """
    text = doc.text
    cue_start, cue_end, word = cue
    if word == "according":
        return according(doc, para_index, unit_start, unit_end, cue_start, cue_end)
    if text.startswith((" out", " up"), cue_end):
        m = PARTICLE.match(text, cue_end, unit_end)
        if m is not None:
            cue_end = m.end()  # "has pointed out, ...", "pointed out that ...": the particle belongs to the cue
    subj = _subject_of_cue(doc, unit_start, cue_start, word)
    if word in SEEM:
        return impression(doc, para_index, unit_start, unit_end, unit_quotes, (cue_start, cue_end), subj)
    tail = text[cue_end:unit_end].rstrip()
    if tail.endswith(":") and subj is not None and not any(q[0] >= cue_end for q in unit_quotes):
        # waits for the quote in the next paragraph
        return Attribution([], (cue_start, cue_end), subj, None, para_index)
    if subj is None:
        subj = titled_appositive(doc, unit_start, cue_start, unit_quotes)
    inverted = None
    if subj is None and not word.endswith("ing") and (word in SAY and word not in OBJECT_CUES
                                                     or after_quote(doc, cue_start, unit_quotes)) and not (
            word in OBJECT_CUES and COORD.search(text, max(unit_start, cue_start - 40), cue_start) is not None):
        inverted = np_after(doc, cue_end, unit_end, loose=after_quote(doc, cue_start, unit_quotes))
    if subj is None and inverted is None:
        subj = _speaker_between_quote_and_cue(doc, unit_start, unit_quotes, cue_start)
    role = None
    if inverted is not None:
        role = inverted[1]
    elif subj is not None:
        role = appositive_role(doc, subj, cue_start)
    # Post-posed cue: the content comes first ("X," she said / X, officials said).
    if subj is not None and text[subj[0]].isupper():
        m = TITLE_BEFORE.search(text, max(unit_start, subj[0] - 50), subj[0])
        if m is not None and not any(x in CLAUSE_WORDS or x in INTRO or x in SKIP
                                     for x in m.group(1).lower().split()):
            subj = (m.start(1), subj[1])
    mstart = subj[0] if subj is not None else cue_start
    doc.unit_end = unit_end
    relative = subj is not None and text[subj[0]:subj[1]].lower() in ("who", "which")
    after = inverted[2] if inverted is not None else _past_adjunct(text, unit_start, mstart, cue_end, word)
    lead_end = (lead_content_end(doc, unit_start, mstart, unit_quotes, after, word)
                if (subj is not None or inverted is not None) and not relative else None)
    cue_span = (cue_start, cue_end)
    if lead_end is not None:
        return _content_before_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue_span, subj, inverted, role,
                                   lead_end)
    return _content_after_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue_span, word, subj, inverted, role)


def _past_adjunct(text: str, unit_start: int, mstart: int, cue_end: int, word: str) -> int:
    """Where a parenthetical say-family cue ends: after its adjunct ("These employees, Stumpf
    explained earlier in the hearing, were well paid": at the comma after "hearing"), else at the
    cue word."""
    if word not in SAY or not text[unit_start:mstart].rstrip().endswith(","):
        return cue_end
    m = ADJUNCT_COMMA.match(text, cue_end)
    if m is None or m.group().lstrip().startswith("to "):
        return cue_end  # ("asked to depose Ames, ...": an infinitive, not an adjunct)
    return text.rindex(",", cue_end, m.end())


def _subject_of_cue(doc, unit_start: int, cue_start: int, word: str) -> Optional[tuple]:
    """The noun phrase before the cue; for a participle after a verb's object ("emailed supporters
    saying ..."), the clause's subject."""
    text = doc.text
    subj = subject_before(doc, unit_start, cue_start, participle=word.endswith("ing"))
    if subj is not None and word.endswith("ing") and object_of_verb(doc, unit_start, subj[0]):
        # "The senator emailed supporters saying ...": the noun phrase before the participle is the
        # object of the clause's verb; the participle's subject is the clause's
        cl = clause_subject(doc, unit_start, subj[0])
        if cl is not None and cl[1] <= subj[0] and text[cl[0]:cl[1]].lower() not in WEEKDAYS \
                and not text[cl[0]:cl[1]].isupper():
            subj = cl
    return subj


def impression(doc, para_index, unit_start, unit_end, unit_quotes, cue_span, subj) -> Optional[Attribution]:
    """'The race seemed to be his to lose': the writer's impression; no source in the text, the
    content is the whole clause (or what follows "it seems")."""
    text = doc.text
    cue_start, cue_end = cue_span
    if SEEM_NOT.match(text, cue_end) or any(quote_start < cue_start < quote_end
                                            for quote_start, quote_end in unit_quotes):
        return None
    if subj is None and IT_BEFORE.search(text[max(0, cue_start - 4):cue_start]) \
            and not text.startswith(" to ", cue_end):
        # "it seems (that) X", "It appears, though, that X": the content is what follows
        m = SEEM_END.search(text, cue_end, unit_end)
        span = doc.trim(cue_end, m.start() if m else unit_end)
        lead = SEEM_LEAD.match(text, span[0], span[1])
        if lead is not None:
            span = (lead.end(), span[1])
        if len(text[span[0]:span[1]].split()) < 2:
            return None
        return Attribution([span], (cue_start, cue_end), None, None, para_index)
    if subj is None:
        subj = np_subject(doc, unit_start, cue_start)  # "Enthusiasm for Ames appears to have ..."
        if subj is None or doc.np_subordinate:
            return None
    m = SEEM_END.search(text, cue_end, unit_end)
    span = doc.trim(subj[0], m.start() if m else unit_end)
    if len(text[cue_end:span[1]].split()) < 1:
        return None
    return Attribution([span], (cue_start, cue_end), None, None, para_index)


def _speaker_between_quote_and_cue(doc, unit_start: int, unit_quotes: list, cue_start: int) -> Optional[tuple]:
    """'"X," the 34-year-old mother of three replied': the words between a closing quote and the cue."""
    text = doc.text
    subj = None
    for quote_start, quote_end in unit_quotes:
        if quote_end <= cue_start and quote_start >= unit_start:
            gap_end = cue_start
            gw = text[quote_end:gap_end].replace(",", " ").split()
            while len(gw) > 1 and gw[-1] in SKIP:  # '"X," it further wrote': the speaker is "it"
                gap_end = text.rindex(gw.pop(), quote_end, gap_end)
            gap = text[quote_end:gap_end]
            named = bool(gw) and gw[0][:1].isupper() and gw[0].lower() not in SENT_START_STOP
            clause_ok = (not any(x.lower() in CLAUSE_WORDS for x in gw)
                         or named and not any(x.lower() in CLAUSE_WORDS - {"who", "which", "that"}
                                              for x in gw))
            if 0 < len(gw) <= (16 if named else 8) and not any(c in gap for c in ";:\"\u201c\u201d") \
                    and gw[0].lower() not in SKIP and gw[0].lower() not in CUES and clause_ok:
                m0 = doc.trim(quote_end, gap_end)
                if m0[1] > m0[0] and text[quote_end - 2:quote_end].strip()[:1] in (",", "?", "!", "\u2014") \
                        or text[quote_end - 2:quote_end - 1] in (",", "?", "!"):
                    subj = m0
    return subj


# An appositive after the speaker's role: ', a nonpartisan research institute based in Eastvale'.
_INDEFINITE_APPOSITIVE = re.compile(r",\s+an?\s")


def _content_before_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue_span, subj, inverted, role,
                        lead_end) -> Attribution:
    """Post-posed cue: the content comes first ('"X," she said' / 'X, officials said'), with the
    second part of a split quote after the cue."""
    text = doc.text
    cue_start, cue_end = cue_span
    lstart = unit_start
    dateline = DATELINE_LEAD.match(text, unit_start, cue_start)
    if dateline is not None:
        lstart = dateline.end()  # "EASTVALE, Oct 5 (Reuters) - X, officials said": the dateline is not said
    for quote_start, _quote_end in unit_quotes:
        if unit_start <= quote_start < lead_end:
            if text[unit_start:quote_start].rstrip().endswith(":"):
                lstart = quote_start
            break
    spans = split_quotes(doc, doc.trim(lstart, lead_end), unit_quotes)
    if subj is not None and role is None:
        # The whole stretch between the content and the cue names the speaker.
        m0 = doc.trim(lead_end, subj[1])
        if text.startswith(("as ", "As "), m0[0]):
            m0 = (m0[0] + 3, m0[1])
        if m0[1] > m0[0] and len(text[m0[0]:m0[1]].split()) <= 12:
            subj = m0
    after = inverted[2] if inverted is not None else _past_adjunct(
        text, unit_start, subj[0] if subj else cue_start, cue_end, text[cue_start:cue_end].lower())
    second = second_part(doc, after, unit_end, unit_quotes)
    if second is not None and not (inverted is not None and inverted[1] and _INDEFINITE_APPOSITIVE.match(text, after)):
        spans.append(second)  # (but 'said Ames, director of the Lanford Center, a research institute' names no content)
    mention = subj if subj is not None else inverted[0]
    return Attribution([sp for sp in spans if sp[1] > sp[0]], (cue_start, cue_end), mention, role, para_index)


def _content_after_cue(doc, para_index, unit_start, unit_end, unit_quotes, cue_span, word, subj, inverted,
                       role) -> Optional[Attribution]:
    """Pre-posed cue: subject, cue, content ("Officials said that ..."), passives included."""
    text = doc.text
    cue_start, cue_end = cue_span
    cstart = content_after(doc, cue_end, unit_end, word, unit_quotes)
    if cstart is None:
        return None
    if subj is None and inverted is None:
        subj, role = _clause_subject_of_cue(doc, unit_start, cue_start, word, cstart, role)
    if subj is None and inverted is None:
        subj = np_subject(doc, unit_start, cue_start)  # "a 2014 study by Eastvale University found that ..."
        if subj is not None and doc.np_subordinate:
            # "While no rule demands it, candidates ...": the subordinate clause ends at its comma
            cut = CLAUSE_COMMA.search(text, cue_end, unit_end)
            if cut is not None:
                unit_end = cut.start()
    mention = subj if subj is not None else (inverted[0] if inverted is not None else None)
    passive = inverted is None and (word.endswith("ed") or word in PARTICIPLES) and (
        PASSIVE.search(text, max(unit_start, cue_start - 40), cue_start) is not None and not (
            word in ADJ_PASSIVE and mention is not None and not text.startswith(" by ", cue_end))
        or word in ("known", "called", "dubbed", "named", "titled", "labeled")
        and text[max(unit_start, cue_start - 3):cue_start].rstrip().endswith(",")
        and (mention is None or text.count(",", mention[1], cue_start) < 2))  # (not "Ames, a senator, called")
    if passive and not text.startswith(" by ", cue_end):
        mention = None  # "He has been criticized for ...": no source in the text
    if passive and text.startswith(" by ", cue_end):
        by_agent = passive_by(doc, unit_start, unit_end, cue_start, cue_end, para_index)
        if by_agent is not None:
            return by_agent
    span = doc.trim(cstart, unit_end)
    if span[1] <= span[0]:
        return None
    spans = quote_extent(doc, span, unit_quotes)
    span = spans[0]
    body = text[span[0]:span[1]]
    words = body.split()
    quoted = has_quote(span[0], span[1], unit_quotes) or any(
        quote_start <= span[0] < quote_end for quote_start, quote_end in unit_quotes)
    if not quoted and _too_short(doc, unit_start, cue_start, word, mention, span, words):
        return None
    if mention is None and word in IMPERSONAL \
            and IT_IS.search(text, max(unit_start, cue_start - 30), cue_start) is not None \
            and words and words[0].lower() in ("whether", "that", "if", "how", "why", "what", "who", "when"):
        # "it was unclear whether ...": no source
        return Attribution([span], (cue_start, cue_end), None, None, para_index)
    if mention is None and not passive and not has_quote(span[0], span[1], unit_quotes):
        return None  # reported speech with no speaker at all is rarely an attribution
    if mention is not None and text[mention[0]:mention[1]].lower() == "it" and word in IMPERSONAL:
        mention = None  # "it was unclear whether ...": an impersonal subject, no source
    if passive and mention is None and not doc.is_direct(tuple(spans)):
        subj_np = passive_subject(doc, unit_start, cue_start)
        if subj_np is not None and subj_np[1] <= spans[0][0]:
            spans = [subj_np] + spans  # "Ames is expected to win": PolNeAR's content includes Ames
    return Attribution(spans, (cue_start, cue_end), mention, role if mention else None, para_index)


def _clause_subject_of_cue(doc, unit_start: int, cue_start: int, word: str, cstart: int, role) -> tuple:
    """A subject for a cue with none right before it: the clause's first noun phrase ("..., but went
    on to say", "Hillary Clinton on Tuesday night closed ..."); ``(subject or None, role)``."""
    text = doc.text
    subj = None
    before = text[max(unit_start, cue_start - 4):cue_start].rstrip()
    if word in SAY or word.endswith("ing") or before.endswith(",") or doc.has_marks(cstart, cstart + 1) \
            or COORD.search(text, max(unit_start, cue_start - 40), cue_start) is not None:
        if not text[max(unit_start, cue_start - 4):cue_start].lower().endswith("to ") \
                or VERB_TO.search(text, max(unit_start, cue_start - 40), cue_start):
            doc.clause_role = None  # (but "..., but went on to say" takes the clause subject)
            subj = clause_subject(doc, unit_start, cue_start)
            if subj is not None:
                role = doc.clause_role
    elif not text[max(unit_start, cue_start - 4):cue_start].lower().endswith("to "):
        # "Hillary Clinton on Tuesday night closed ...": a named subject a few words back
        cl = clause_subject(doc, unit_start, cue_start)
        named = cl is not None and (text[cl[0]].isupper() or text[cl[0]:cl[1]] in ("he", "she", "they", "we"))
        if named and len(text[cl[1]:cue_start].split()) <= 10 \
                and not any(c in text[cl[1]:cue_start] for c in ",;:\"\u201c"):
            subj = cl
    return subj, role


def _too_short(doc, unit_start: int, cue_start: int, word: str, mention, span: tuple, words: list) -> bool:
    """Unquoted content too short (or only an adjunct: "spoke Monday at a town hall") to be what
    was said."""
    text = doc.text
    w0 = words[0].lower() if words else ""
    adjunct = w0 in WEEKDAYS or (w0 in ADJUNCT_START and (
        w0 not in TIME_DET or len(words) > 1 and words[1].lower().strip(",.") in TIME_WORDS | WEEKDAYS))
    if w0 == "at" and len(words) > 1 and words[1].lower() in ("least", "most"):
        adjunct = False  # "reported at least six planes ..."
    short_np = (mention is not None and word not in SAY and 1 <= len(words) < 3 and not adjunct
                and (words[0][0].isupper() or words[0].lower() in SHORT_OBJ)
                and not text[max(unit_start, cue_start - 4):cue_start].lower().endswith("to "))
    short_said = word in SAY and 1 <= len(words) <= 2 and mention is not None and elliptical(doc, *span)
    if word in SPOKE and (adjunct or w0 in ("to", "for", "over", "after", "before", "with")) and not any(
            x.lower() in ("about", "of") for x in words[:8]):
        return True  # "Clinton spoke Monday night at a town hall": where and when, not what
    if (len(words) < (2 if words and words[0] == "to" else 3) and not short_np and not short_said) \
            or (adjunct and len(words) < 8):
        return True
    return False


def according(doc, para_index, unit_start, unit_end, cue_start, cue_end) -> Optional[Attribution]:
    """'X, according to Y' / 'According to Y, X': the source after "according to", the content
    before it or after its comma."""
    text = doc.text
    # Source: up to the next comma or the end of the unit.
    m = SOURCE_END.search(text, cue_end, unit_end)
    src_end = m.start() if m else unit_end
    src = doc.trim(cue_end, src_end)
    if src[1] <= src[0]:
        return None
    lead = text[unit_start:cue_start].strip()
    if not lead or lead.lower() in ("and", "but", "yet", "so", "also"):
        if not m:
            return None
        spans = [doc.trim(m.end(), unit_end)]
    else:
        spans = [doc.trim(unit_start, cue_start)]
        if m is not None:
            rest = doc.trim(m.end(), unit_end)
            if rest[1] - rest[0] > 8 and text[unit_start:cue_start].rstrip().endswith(","):
                spans.append(rest)
    spans = [sp for sp in spans if sp[1] > sp[0]]
    if not spans:
        return None
    src = trim_np(doc, src)
    return Attribution(spans, (cue_start, cue_end), src, None, para_index)


def passive_by(doc, unit_start: int, unit_end: int, cue_start: int, cue_end: int,
               para_index: int) -> Optional[Attribution]:
    """'The plan was endorsed by the Eastvale council': PolNeAR's content is the passive subject and
    its source the agent after "by"."""
    text = doc.text
    content = passive_subject(doc, unit_start, cue_start, longest=20)
    if content is None:
        return None
    stop = AGENT_END.search(text, cue_end + 4, unit_end)
    agent = doc.trim(cue_end + 4, stop.start() if stop else unit_end)
    if agent[1] <= agent[0] or len(text[agent[0]:agent[1]].split()) > 12:
        return None
    return Attribution([content], (cue_start, cue_end), agent, None, para_index)
