"""The speaker mention right before a cue (``subject_before``): names, pronouns, speaker nouns and
"the/a ... noun" phrases, looking past adverbs, dates, appositives and asides.
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import (
    AUX_VERBS, CLAUSE_HEADS, CLAUSE_INTRO, CLAUSE_WORDS, CUES, DETERMINERS, DOC_NOUNS, FUNCTION_WORDS, HEAD_PREPS,
    INTRO, MONTHS, NAME_LINKS, NUMBER_WORDS, PARTS_OF_DAY, PERCENT_LEAD, PERSON_SPEAKER_NOUNS, PREPS, PRONOUNS,
    QUANTIFIERS, ROLES, SAY, SENT_START_STOP, SKIP, SKIP_BEFORE_CUE, SOURCE_ADJECTIVES, SOURCE_LINKS, SPEAKER_NOUNS,
    REGIONS, SUBORDINATORS, TIME_WORDS, WEEKDAYS, is_speaker_noun,
)
from .wordclass import is_adverb
from .noun_phrases import bare_plural, clause_subject, speaker_head
from .patterns import HOMETOWN, NAME_COMMA_BEFORE, PARTY_STATE, VERB_TO

__all__ = ["subject_before", "find_subject_before", "aside_quote_subject", "appositive_subject", "address_before"]


def subject_before(doc, lo: int, cue_start: int, participle: bool = False) -> Optional[tuple]:
    """The noun phrase right before a cue: (start, end) or None (asked again for the same cue by
    later steps of the unit: answered once per unit, as it reads only the text and the unit's tokens)."""
    key = (lo, cue_start, participle)
    memo = doc.subject_memo
    if key in memo:
        return memo[key]
    out = find_subject_before(doc, lo, cue_start, participle)
    if out is not None and _participle_lead(doc.text, out[0], out[1]):
        out = None
    address = address_before(doc.text, out[0], out[1], lo) if out is not None else None
    if address is not None:
        out = _before_address(doc, lo, address)
    link = _SOURCE_LINK.search(doc.text, max(lo, out[0] - 30), out[0]) if out is not None else None
    if link is not None:  # "a source close to the campaign said": the source, not the campaign
        head = find_subject_before(doc, lo, link.start(), participle)
        if head is not None and not doc.text[head[1]:link.start()].strip():
            out = (head[0], out[1])
    memo[key] = out
    return out


# A city and its comma before a state or province, after a preposition ("in Worcester, [Massachusetts]").
_ADDRESS_BEFORE = re.compile(r"\b(?:in|of|from|near|outside|to|at)\s+(?:[A-Z][\w.'\u2019\-]*\s+){0,3}"
                             r"[A-Z][\w.'\u2019\-]*,\s*$")


def address_before(text: str, start: int, end: int, lo: int = 0):
    """The match of the city and its preposition before ``text[start:end]`` when that is a state or
    province ending an address ("in Worcester, [Massachusetts]"), never a speaker; else None. The
    address must start at ``lo`` or after."""
    if text[start:end].lower().rstrip(".") not in REGIONS:
        return None
    return _ADDRESS_BEFORE.search(text, max(lo, start - 60), start)


def _before_address(doc, lo: int, address) -> Optional[tuple]:
    """The subject before an address a state or province ends ("a woman in Worcester,
    [Massachusetts,] told", "Stacy Baker of Columbia, [South Carolina] says"): the noun phrase before
    the address when it names a speaker, else None."""
    subj = find_subject_before(doc, lo, address.start())
    if subj is None or doc.text[subj[1]:address.start()].strip():
        return None
    return subj if doc.text[subj[0]].isupper() or speaker_head(doc, subj) else None


# An adjective and its preposition between a source and what it is close to ("a person familiar with").
_SOURCE_LINK = re.compile(r"\b(?:%s)\s+(?:%s)\s+$" % ("|".join(sorted(SOURCE_ADJECTIVES)),
                                                       "|".join(sorted(SOURCE_LINKS))))

# Participles used as prepositions: a noun phrase never starts with them ("including Friday's ...").
_PREP_PARTICIPLES = frozenset(("including", "regarding", "concerning", "excluding", "considering"))


def _participle_lead(text: str, start: int, end: int) -> bool:
    """True when a subject found before a cue opens with a participle that governs what follows
    ("including Friday's [tweets]", "engaging in what analysts [described]"): the words are an
    adjunct, not the speaker."""
    words = text[start:end].split()
    first = words[0].lower()
    if first in _PREP_PARTICIPLES:
        return True
    return len(words) > 2 and first.endswith("ing") and words[1].lower() in PREPS


def find_subject_before(doc, lo: int, cue_start: int, participle: bool = False) -> Optional[tuple]:
    """:func:`subject_before` without the memo: the kind of the last word before the cue (after
    adverbs and dates) decides how the noun phrase is read back from it."""
    m = VERB_TO.search(doc.text, max(lo, cue_start - 40), cue_start)
    if m is not None:
        cue_start = m.start()  # "He went on to say", "Mr. Lee issued a statement"
    toks = doc.tokens(max(lo, cue_start - 160), cue_start)
    i = _last_subject_word(toks)
    if i < 0:
        return None
    found = _short_subject(doc, toks, i, lo, cue_start, participle)
    if found is not _UNDECIDED:
        return found
    last = toks[i][2]
    last_lower = last.lower()
    if last[0].isupper() or last[0].isdigit():
        return _name_subject(doc, toks, i, lo, participle)
    if last_lower in SPEAKER_NOUNS or last_lower in ROLES or (
            last_lower.endswith("s") and last_lower[:-1] in SPEAKER_NOUNS):
        return _speaker_noun_subject(toks, i)
    if last_lower.isalpha() and last_lower not in SKIP and last_lower not in CUES and last_lower not in PREPS \
            and last_lower not in CLAUSE_WORDS \
            and (last_lower not in DETERMINERS or (i > 0 and toks[i - 1][2].lower() == "of")):
        return _noun_phrase_subject(doc, toks, i, lo, participle)
    return None


# Returned by _short_subject when the last word is not one it decides on.
_UNDECIDED = object()


def _last_subject_word(toks: list) -> int:
    """Index of the last token of the subject: before a parenthesis, adverbs and auxiliaries, and
    time phrases ("Ames on Thursday evening said", "Ames last week said"); -1 when none is left."""
    i = len(toks) - 1
    if i >= 0 and toks[i][2] == ")":
        k = i
        while k >= 0 and toks[k][2] != "(":
            k -= 1
        if k > 0 and i - k <= 8:
            i = k - 1
    while i >= 0:
        t = toks[i][2].lower()
        if (t in SKIP or t in SKIP_BEFORE_CUE) and not _surname_like(toks, i) or (
                toks[i][2].islower() and t not in CUES and (t.endswith("ly") and len(t) > 4 or is_adverb(t))):
            i -= 1
            continue
        if t == "time" and i > 1 and toks[i - 1][2].lower() == "the" and toks[i - 2][2].lower() == "at":
            i -= 3  # "Ames at the time said"
            continue
        if t in WEEKDAYS and i > 0 and toks[i - 1][2].lower() == "on":
            i -= 2
            continue
        if t in PARTS_OF_DAY and i > 1 and toks[i - 1][2].lower() in WEEKDAYS and toks[i - 2][2].lower() == "on":
            i -= 3  # "Ames on Thursday evening said"
            continue
        if t in TIME_WORDS and i > 1 and toks[i - 1][2].lower() in ("last", "this", "next") and toks[i][2].islower():
            i -= 2  # "Ames last week said", "Ames earlier this month said"
            if i >= 0 and toks[i][2].lower() in ("earlier", "later"):
                i -= 1
            continue
        break
    return i


def _surname_like(toks: list, i: int) -> bool:
    """True when the word at ``i`` is a modal written with a capital after a capitalised word and
    before a lower-case one: a surname ("Theresa May said", "George Will also said"), not a
    headline's verb ("Trump May Not Have")."""
    word = toks[i][2]
    return i > 0 and word[:1].isupper() and word.lower() in AUX_VERBS and toks[i - 1][2][:1].isupper() \
        and (i + 1 == len(toks) or toks[i + 1][2].islower())


def _short_subject(doc, toks: list, i: int, lo: int, cue_start: int, participle: bool):
    """A subject the last word alone decides: a pronoun, "all", "which", "42%", or the punctuation of
    an aside or an appositive before the cue; ``_UNDECIDED`` when the last word is a word of a
    longer noun phrase."""
    end_tok = toks[i]
    t = end_tok[2]
    tl = t.lower()
    if tl in PRONOUNS and tl not in ("it", "you", "him", "her", "them"):
        return (end_tok[0], end_tok[1])
    if tl == "it" and i > 0 and toks[i - 1][2] == "," and i + 1 == len(toks) and \
            doc.text[cue_start:cue_start + 8].split(",")[0].split(" ")[0].lower() in SAY:
        return (end_tok[0], end_tok[1])  # "The fare, it says, would rise": a document's parenthetical cue
    if tl in ("all", "both", "most", "many", "some", "others", "several") and (
            i == 0 or toks[i - 1][2] in (",", ";", ":")):
        return (end_tok[0], end_tok[1])  # "To varying degrees, all agreed that ..."
    if tl == "which" and i > 0 and not participle and (toks[i - 1][2][0].isalnum()
                                                                  or toks[i - 1][2] in (",", "\u2014", "-", ")")):
        return (end_tok[0], end_tok[1])  # "the study, which notes ...": PolNeAR's source is the pronoun
    if t == "%" and i > 0 and toks[i - 1][2][0].isdigit():
        k = i - 1  # "42% say they are liberal"
        if k > 0 and toks[k - 1][2].lower() in PERCENT_LEAD:
            k -= 1
        if k == 0 or toks[k - 1][2] in (",", ";", ":") or toks[k - 1][2].lower() in ("and", "but", "while"):
            return (toks[k][0], end_tok[1])
    if t in ("\u201d", '"', "'") and i > 2 and (toks[i - 1][2] == "," or t == "'" and toks[i - 1][2] == "'"
                                                and toks[i - 2][2] == ","):
        subj = aside_quote_subject(doc, toks, i if toks[i - 1][2] == "," else i - 1, lo)
        if subj is not None:
            return subj
    if t in ("\u201d", '"', "'", ",", ")", "\u2019") or not t[0].isalnum():
        # An appositive "Name, role, said": look past the comma.
        if t == "," and i > 0:
            return appositive_subject(doc, toks, i, lo)
        if t in ("\u2014", "\u2013", "\u2015") and i > 0:
            # "insiders in two states — Nevada and South Carolina — said"
            for k in range(i - 1, max(-1, i - 14), -1):
                if toks[k][2] == t:
                    return subject_before(doc, lo, toks[k][0])
        return None
    return _UNDECIDED


def _org_link(toks: list, j: int) -> bool:
    """True when "for" (or "for a", "for the") stands between two capitalised words before ``j``: a link
    inside an organisation's name ("Club for Growth"), not "a spokesman for Ames"."""
    if j < 2 or not toks[j][2][:1].isupper():
        return False
    k = j - 1
    if toks[k][2].lower() in ("a", "the") and toks[k][2].islower():
        k -= 1
    return k >= 1 and toks[k][2] == "for" and toks[k - 1][2][:1].isupper()


def _name_subject(doc, toks: list, i: int, lo: int, participle: bool) -> Optional[tuple]:
    """The subject ends in a capitalised word or a number: the name read back over capitalised
    words, "of"/"de" links and possessives ("But Mr. Lee" -> "Mr. Lee")."""
    end_tok = toks[i]
    t = end_tok[2]
    tl = t.lower()
    j = i
    while j - 1 >= 0:
        p = toks[j - 1][2]
        pl = p.lower()
        if p[0].isupper() or (p[0].isdigit() and j - 1 > 0):
            j -= 1
        elif pl in NAME_LINKS and j - 2 >= 0 and toks[j - 2][2][0].isupper():
            j -= 1
        elif _org_link(toks, j):
            j -= 2 if pl == "for" else 3  # "Americans for Prosperity", "Committee for a Responsible Federal Budget"
        elif p in ("\u2019s", "'s") and j - 2 >= 0:
            j -= 1
        elif pl in ("the",) :
            j -= 1
            break
        else:
            break
    # Drop a sentence-initial function word captured by capitalisation ("But Mr. Lee").
    while j < i and toks[j][2].lower() in SENT_START_STOP and not (
            toks[j][2].lower() in ("the", "a", "an") and j > 0 and toks[j - 1][2] in (",", ";")):
        j += 1  # (but "..., The Eastvale Herald reports" keeps its article)
    if j > 1 and toks[j - 1][2].lower() in HEAD_PREPS and not participle:
        # "advisers to Mr. Obama say", "officials in Elmshire said": the head before the preposition
        hl = toks[j - 2][2].lower()
        if (toks[j - 2][2].islower() or toks[j - 2][0] == lo) and (
                is_speaker_noun(hl) or hl in ROLES):
            head = subject_before(doc, lo, toks[j - 1][0])
            if head is not None and head[1] == toks[j - 2][1]:
                return (head[0], end_tok[1])
    if j == i and j > 1 and t.isdigit() and toks[j - 1][2].lower() == "in" and (
            toks[j - 2][2].isdigit() or toks[j - 2][2].lower() in NUMBER_WORDS):
        k = j - 2  # "About three in 10 said ...", "six in 10 say ..."
        if k > 0 and toks[k - 1][2].lower() in QUANTIFIERS:
            k -= 1
        return (toks[k][0], end_tok[1])
    if j > 0 and toks[j - 1][2].lower() in SUBORDINATORS and not participle and t[0].isupper():
        return (toks[j][0], end_tok[1])  # "... three days after Trump told The Post ..."
    if j > 0 and toks[j - 1][2].lower() in PREPS and not (participle and toks[j - 1][2].lower() in ("of", "with")):
        return None  # (but "footage of Trump saying ...", "with Trump calling for ..." name the speaker)
    if j == i and (tl in WEEKDAYS or tl in MONTHS):
        return None
    if toks[j][2].lower() in SENT_START_STOP and j == i:
        return None
    return (toks[j][0], end_tok[1])


def _speaker_noun_subject(toks: list, i: int) -> tuple:
    """The subject ends in a speaker noun or role ("current and former officials", "the city's
    mayor"): read back to its determiner."""
    end_tok = toks[i]
    j = i
    while j - 1 >= 0:
        p = toks[j - 1][2]
        pl = p.lower()
        if not p[0].isalnum():
            if p in ("\u2019s", "'s") or p in ("\u2019", "'"):
                j -= 1
                continue
            if p == "-":
                j -= 1
                continue
            break
        if pl in ("and", "or") and j < i and j - 2 >= 0 and toks[j - 2][2].isalpha() and (
                j - 3 < 0 or toks[j - 3][2] in (",", ";", "\u2014") or toks[j - 3][2].lower() in DETERMINERS):
            w2 = toks[j - 2][2].lower()
            if w2 not in FUNCTION_WORDS and w2 not in CUES:
                j -= 2  # "current and former officials said", "Republican and Democratic leaders"
                if j - 1 >= 0 and toks[j - 1][2].lower() in DETERMINERS:
                    j -= 1
                break
        if pl in CLAUSE_WORDS or pl in CUES or pl in ("with", "without"):
            break
        j -= 1
        if pl in DETERMINERS:
            break
    return (toks[j][0], end_tok[1])


def _noun_phrase_subject(doc, toks: list, i: int, lo: int, participle: bool) -> Optional[tuple]:
    """Any "the/a ... noun" phrase ending in a lower-case word: "the 34-year-old mother of three
    replied", "..., one slide says", "21 percent said", "advisers to Mr. Obama say"."""
    end_tok = toks[i]
    tl = end_tok[2].lower()
    j = i
    while j - 1 >= 0 and i - j < 6:
        p = toks[j - 1][2]
        pl = p.lower()
        if pl in ("one", "both", "each", "all", "this", "these", "no") and (
                j - 2 < 0 or toks[j - 2][2] in (",", ";", ":")):
            return (toks[j - 1][0], end_tok[1])  # "..., one slide says"
        if pl in DETERMINERS and pl not in ("that", "this", "one", "no", "all", "both", "any", "each"):
            if j - 2 >= 0 and toks[j - 2][2].lower() in HEAD_PREPS and j - 3 >= 0 and not participle:
                # "supporters of the bill have rejected ...": the head before "of"
                head = subject_before(doc, lo, toks[j - 2][0])
                if head is not None and head[1] == toks[j - 3][1] and \
                        doc.text[head[0]:head[1]].lower() not in PRONOUNS:
                    return (head[0], end_tok[1])
                return None
            before = toks[j - 2][2].lower() if j - 2 >= 0 else ""
            if (before in PREPS or before in SKIP) and not (before in SUBORDINATORS and i == len(toks) - 1):
                return None  # (but "after the tycoon claimed": a clause of its own)
            return (toks[j - 1][0], end_tok[1])
        if pl in HEAD_PREPS and pl != "of" and j - 2 >= 0 and not participle \
                and (tl.endswith("s") or tl in SPEAKER_NOUNS) \
                and (toks[j][2][0].isupper() or toks[j][2].lower() in DETERMINERS):
            # "advisers to Mr. Obama say": the head before the preposition
            head = subject_before(doc, lo, toks[j - 1][0])
            if head is not None and head[1] == toks[j - 2][1] and \
                    doc.text[head[0]:head[1]].lower() not in PRONOUNS:
                return (head[0], end_tok[1])
        if p[0].isdigit() and (j - 2 < 0 or toks[j - 2][2] in (",", ";", ":", "\u2014")
                               or toks[j - 2][2].lower() in QUANTIFIERS
                               or toks[j - 2][2].lower() in ("while", "but", "and", "whereas")):
            # "In a matchup, 21 percent said ...", "...; 46 percent said ..."
            k = j - 1
            if k - 1 >= 0 and toks[k - 1][2].lower() in QUANTIFIERS:
                k -= 1
            return (toks[k][0], end_tok[1])
        if pl in CLAUSE_HEADS and j < i + 1 and (tl.endswith("s") or tl in SPEAKER_NOUNS) \
                and toks[j][2].isalpha() and toks[j][2].lower() not in SKIP:
            return (toks[j][0], end_tok[1])  # "..., and public records show ..."
        if p in (",", ";") and not participle and (bare_plural(doc, toks, j, i) or tl in DOC_NOUNS):
            return (toks[j][0], end_tok[1])  # "Should costs rise, environmentalists worry that ..."
        if pl == "and" and tl in DOC_NOUNS and j - 2 >= 0 and toks[j - 2][2].isalpha():
            j -= 1  # "..., campaign and corporate records show"
            continue
        if not (p[0].isalnum() or p in ("-", "\u2019s", "'s")) or pl in CLAUSE_WORDS or pl in CUES \
                or pl in SKIP or (pl in PREPS and pl != "of"):
            return None
        j -= 1
    if j == 0 and i < 6 and toks[0][0] == lo and (toks[0][2][0].isupper() or toks[0][2][0].isdigit()):
        return (toks[0][0], end_tok[1])  # "About 9 percent said ..." at the start of the sentence
    if j == 1 and i < 6 and toks[0][0] == lo and toks[0][2].lower() in ("but", "and", "yet", "so") \
            and toks[1][2].islower() and tl.endswith("s"):
        return (toks[1][0], end_tok[1])  # "But public records show ..."
    return None


def aside_quote_subject(doc, toks, quote_index: int, lo: int) -> Optional[tuple]:
    """'Ames, citing "the will of the voters," said ...' / 'Ames, who called it "a farce," said ...':
    toks[qi] closes a quotation that ends an aside (a participle or a relative clause) between the
    speaker and the cue; the speaker is the name before the aside's comma."""
    k = quote_index - 2
    while k >= 0 and toks[k][2] not in ("\u201c", '"', "'"):
        k -= 1
    while k >= 0 and toks[k][2] in ("\u201c", '"', "'"):
        k -= 1
    n = 0
    while k >= 0 and toks[k][2] != "," and n < 12:
        if toks[k][2] in ("\u201d", '"', "\u201c", ";", ":"):
            return None
        k -= 1
        n += 1
    if k <= 0 or toks[k][2] != ",":
        return None
    first = toks[k + 1][2].lower()
    if not (first in ("who", "whose") or first.endswith("ing") and len(first) > 4 and toks[k + 1][2].islower()):
        return None
    subj = subject_before(doc, lo, toks[k][0])
    if subj is None:
        return None
    st = doc.text[subj[0]:subj[1]]
    if not (st[0].isupper() or st.lower() in ("he", "she", "they", "we", "i")) or st.lower() in INTRO:
        return None
    return subj


def appositive_subject(doc, toks, comma_index, lo, depth: int = 0) -> Optional[tuple]:
    """``Name, role words, said``: toks[ci] is the comma before the cue."""
    k = comma_index - 1
    while k >= 0 and toks[k][2] != ",":
        if toks[k][2] in ("\u201d", '"', "\u201c"):
            return None
        k -= 1
    if k <= 0 or comma_index - k > 24:
        return None
    if toks[k + 1][2].lower() in ("he", "she", "it", "they", "we", "i") and comma_index - k > 2:
        return (toks[k + 1][0], toks[k + 1][1])  # "Meanwhile, it attacked Jones, saying ...": a clause
    if toks[k + 1][2].lower() in ("including", "like") and comma_index - k <= 10:
        # "many experts, including Ames, have pointed out": the noun phrase before the example
        subj = subject_before(doc, lo, toks[k][0])
        if subj is not None and doc.text[subj[0]:subj[1]].lower() not in PRONOUNS:
            return subj
        return None
    relative = toks[k + 1][2].lower() in ("who", "whose", "which")
    aside = toks[k + 1][2].lower() in PREPS or toks[k + 1][2].lower() in ("again", "however", "though")
    if aside and comma_index - k <= 14:
        # "Blunt, after a long pause, said": an adverbial aside between subject and cue
        subj = subject_before(doc, lo, toks[k][0])
        if subj is not None and (doc.text[subj[0]].isupper() or
                                 doc.text[subj[0]:subj[1]].lower() in PRONOUNS):
            return subj
        return None
    if not relative and (toks[k + 1][2].lower() in INTRO or toks[k + 1][2].lower() in CLAUSE_WORDS
                         or toks[k + 1][2].lower() in SKIP or toks[k + 1][2].lower() in CUES):
        return None
    if relative:
        subj = subject_before(doc, lo, toks[k][0])
        if subj is not None and not doc.text[subj[0]].isupper() and speaker_head(doc, subj):
            # "an intelligence source, who ..., told"; "Ames, the former governor, who ..., said" -> Ames
            m = NAME_COMMA_BEFORE.search(doc.text, max(lo, subj[0] - 60), subj[0])
            if m is not None:
                name = subject_before(doc, lo, m.start(1))
                if name is not None and doc.text[name[0]].isupper():
                    return name
            return subj
        if subj is not None and doc.text[subj[0]].isupper():
            holder = _OFFICE_OF_BEFORE.search(doc.text, max(lo, subj[0] - 160), subj[0]) \
                if toks[k + 1][2].lower() == "which" else None
            if holder is not None:
                return holder.span(1)  # "Ames, president of the Harbour Union, which ..., said": Ames
            return subj  # "Ames, who ..., said"
        return None
    seg = toks[k + 1:comma_index]
    core, depth_p = [], 0
    for t in seg:
        if t[2] == "(":
            depth_p += 1
        elif t[2] == ")":
            depth_p -= 1
        elif depth_p == 0:
            core.append(t)
    if core and len(core) <= 2 and core[0][2][0].isupper():
        # "Cory James, 22, of Flint, Mich., said" / "James of Flint, Mich., said": a hometown, not the speaker
        base = max(lo, toks[k][0] - 80)
        m = HOMETOWN.search(doc.text[base:toks[k][0]])
        if m is not None and not _office_before(doc.text, base + m.start()):
            subj = subject_before(doc, lo, base + m.start())
            if subj is not None and doc.text[subj[0]].isupper():
                return subj
            if subj is not None:
                # "Ona Brel, a teacher from Monsey, New York, said": the name before the description
                comma = doc.text.rfind(",", max(lo, subj[0] - 3), subj[0])
                name = subject_before(doc, lo, comma) if comma >= 0 else None
                if name is not None and doc.text[name[0]].isupper():
                    return name
                if comma < 0 and doc.text[subj[0]:subj[1]].split()[0].lower() in DETERMINERS:
                    return subj  # "A teacher from Monsey, New York, said"
    if core and PARTY_STATE.match(doc.text, seg[0][0], seg[-1][1]):
        # "Rep. Chris Ames, R-N.Y., noted": the party and state are not the speaker
        subj = subject_before(doc, lo, toks[k][0])
        if subj is not None and doc.text[subj[0]].isupper():
            return subj
        return None
    if core and all(t[2][0].isupper() or t[2] in (".",) for t in core) and len(core) <= 5 \
            and core[0][2].lower() not in SENT_START_STOP and core[0][2].lower() not in WEEKDAYS:
        return (seg[0][0], seg[-1][1])
    if _someones_office(seg):
        # "Dana Ames, Mr. Vell's deputy, said": the appositive names the speaker's tie to another person
        subj = subject_before(doc, lo, toks[k][0])
        if subj is not None and doc.text[subj[0]].isupper():
            return subj
    if seg and seg[0][2][0].isupper() and seg[0][2].lower() not in SENT_START_STOP:
        # "..., Rep. Jane Roe reacted to the news, saying" -- a clause, not an appositive
        cl = clause_subject(doc, seg[0][0], toks[comma_index][0])
        if cl is not None:
            return cl
    subj = subject_before(doc, lo, toks[k][0])
    if subj is None:
        return appositive_subject(doc, toks, k, lo, depth + 1) if depth < 1 else None
    st = doc.text[subj[0]:subj[1]]
    if st.lower() in PRONOUNS or not st[0].isupper() or st.lower() in INTRO or st.lower() in CLAUSE_INTRO \
            or " " not in st and st.lower().endswith("ly"):
        return None
    return subj


def _someones_office(seg: list) -> bool:
    """True when the tokens of an appositive are a possessive name and an office ("Mr. Vell's deputy
    national security adviser", "Mrs. Ames's chief of staff") or another lower-case noun phrase with no
    auxiliary ("Eastvale's only ally and its lifeline to the world"): a tie of the speaker to someone else."""
    owner = next((n for n, t in enumerate(seg[:3]) if t[2].endswith(("\u2019s", "'s"))), None)
    if owner is None or not all(t[2][0].isupper() for t in seg[:owner + 1]):
        return False
    words = [t[2] for t in seg[owner + 1:]]
    if words and len(words) <= 10 and all(w.islower() and (w.isalpha() or "-" in w) and w not in AUX_VERBS
                                          for w in words):
        return True  # "Norland, Eastvale's only ally and its lifeline to the world, said"
    office = [w.lower() for w in words]
    if "of" in office[1:]:
        office = office[:office.index("of", 1)]  # "chief of staff": the office is the chief
    return bool(office) and all(w.isalpha() or "-" in w for w in office) and office[-1] in _OFFICES


# A name and the office it holds in the organisation that follows ("Dana Ames, president of the ").
_OFFICE_OF_BEFORE = re.compile(r"([A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)+),\s+(?:(?:the|a|an)\s+)?"
                               r"(?:[a-z][\w\-]*\s+)(?:[\w\-]+\s+){0,11}(?:of|at|for|with)\s+(?:the\s+)?$")
# Offices a description ends with ("the foreign minister"), singular or plural.
_OFFICES = ROLES | PERSON_SPEAKER_NOUNS


def _office_before(text: str, end: int) -> bool:
    """True when the word ending at ``end`` is an office ("The foreign minister of Tessaly, Ana Velt,
    said"): then "of Tessaly" names its country, not the speaker's hometown."""
    words = text[max(0, end - 30):end].split()
    return bool(words) and words[-1].lower() in _OFFICES
