"""PolNeAR's extent of reported content: content runs on to the paragraph's other sentences when
they carry no attribution of their own, and ends before a trailing ", according to X".
"""
from __future__ import annotations

from bisect import bisect_left

from ..text import OPENING_QUOTES, QUOTE_MARK
from .content import elliptical
from .document import Attribution
from .lexicon import CLAUSE_OPENERS, NARRATION_SUBJECTS, REPORTED_MODALS, SAY
from .patterns import SENT_END, SENT_END_TAIL, TAIL_CUT

__all__ = ["extend_reported", "runs_on", "narration", "extend_back", "cut_tail"]


def extend_reported(doc) -> None:
    """Reported content before its cue ("X, he said." / "X, he said, Y.") runs on to the end of the
    paragraph when the sentences after it carry no attribution of their own (PolNeAR's extent); so
    does reported speech or a reported clause after its cue ("Officials said that X. Y.")."""
    text = doc.text
    pends = [para_end for _, para_end in doc.paras]
    marks = []
    for a in doc.atts:
        for x in ([a.mention] if a.mention else []) + ([a.cue] if a.cue else []) + list(a.spans):
            marks.append(x[0])
    marks.sort()
    reported = [a for a in doc.atts if a.spans and a.cue is not None and not a.continuation
                and not doc.is_direct(tuple(a.spans))]
    for a in reported:
        if a.cue[0] < a.spans[0][0] and not runs_on(doc, a):
            continue
        s0, e0 = a.spans[-1]
        if len(a.spans) == 1 and e0 - s0 < 16 and elliptical(doc, s0, e0):
            continue  # "Flake said he would.": an elliptical answer does not run on
        k = bisect_left(pends, e0)
        if k >= len(pends):
            continue
        para_end = pends[k]
        j = bisect_left(marks, max(e0, a.cue[1]) + 1)
        stop = min(para_end, marks[j]) if j < len(marks) else para_end
        if stop <= e0 + 2 or QUOTE_MARK.search(text, e0, stop):
            continue
        m = SENT_END.search(text, max(e0, a.cue[1]), stop)
        if m is None:
            continue  # nothing after the cue's own sentence
        nxt = doc.trim(m.end(), stop)
        if nxt[1] - nxt[0] < 10 or narration(doc, nxt):
            continue
        a.spans.append(nxt)
    extend_back(doc, reported)


def runs_on(doc, a: Attribution) -> bool:
    """Reported content after its cue runs on when it is speech or a proposition ("said ...",
    "argued that ...", "believes the plan ..."), not an act's object ("vetoed the bill")."""
    text = doc.text
    if text[a.cue[0]:a.cue[1]].lower() in SAY:
        return True
    first = text[a.spans[0][0]:a.spans[0][0] + 12].split()
    return bool(first) and first[0].lower() in CLAUSE_OPENERS


def narration(doc, span: tuple) -> bool:
    """True when a sentence tells what someone did rather than running on with what was reported:
    it opens with "He", "She" or "They" and no modal follows ("He snubbed a similar summit last
    year.", "He is also traveling to Mexico." -- but "He would not resign." runs on)."""
    words = doc.text[span[0]:min(span[1], span[0] + 40)].split()
    if len(words) < 2 or words[0].lower() not in NARRATION_SUBJECTS:
        return False
    return words[1].lower().replace("\u2019", "'") not in REPORTED_MODALS


def extend_back(doc, reported: list) -> None:
    """Reported content before its cue ("X. Y, she said.") starts at the paragraph's first sentence
    when the sentences before it carry no attribution of their own (PolNeAR's extent)."""
    text = doc.text
    pstarts = [para_start for para_start, _ in doc.paras]
    ends = sorted(x[1] for a in doc.atts for x in ([a.mention] if a.mention else []) + ([a.cue] if a.cue else [])
                  + list(a.spans))
    for a in reported:
        if a.cue[0] < a.spans[0][0] or a.mention is None and a.cue[0] < a.spans[-1][1]:
            continue  # content before its cue ("X. Y, she said."), not a passive's subject ("Ames is expected to")
        s0, e0 = a.spans[0]
        k = bisect_left(pstarts, s0 + 1) - 1
        if k < 0:
            continue
        lo = pstarts[k]
        j = bisect_left(ends, s0) - 1
        if j >= 0 and ends[j] > lo:
            lo = ends[j]
        if lo >= s0 - 2 or QUOTE_MARK.search(text, lo, s0):
            continue
        prev = doc.trim(lo, s0)
        if prev[1] - prev[0] < 10 or not SENT_END_TAIL.search(text, prev[0], s0):
            continue
        a.spans[0] = (prev[0], e0)


def cut_tail(doc, sp: tuple) -> tuple:
    """Reported content ends before a trailing ', according to X' or ', saying ...' outside quotes."""
    text = doc.text
    s, e = sp
    if text[s] in OPENING_QUOTES or text[s] == '"':
        return sp
    m = TAIL_CUT.search(text, s, e)
    if m is None or m.start() - s < 12 or QUOTE_MARK.search(text, s, m.start()) and \
            len(QUOTE_MARK.findall(text, s, m.start())) % 2:
        return (s, e)
    return doc.trim(s, m.start())
