"""Where reported content lies around a cue: where it starts after the cue, where it ends before the
speaker ('"X," she said'), the second part of a split quote, and quotations as separate spans.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..text import CLOSING_QUOTES, OPENING_QUOTES
from .lexicon import (
    ADJUNCT_START, CLAUSE_SUBJECTS, CLAUSE_WORDS, COMPLEMENT_NOUNS, CUES, DESIGNATION_BEFORE, DETERMINERS,
    FUNCTION_WORDS, GAP_ADVERBS, INTRO, MONTHS, NAME_LINKS, NOUN_CUES, OBJECT_CUES, PRONOUNS, SAY, SECOND_NOT,
    SHORT_AUX, SHORT_SUBJ, SHOW_CUES, SKIP, SPEAKER_NOUNS, TIME_WORDS, WEEKDAYS,
)
from .wordclass import word_tag
from .patterns import (
    ADJUNCT_COMMA, APPOSITIVE_TITLE, COMMA_SPACE, DATELINE, OBJECT_THAT, PREP_OBJECT, QUOTE_LINK, SENT_STOP,
    THAT, THAT_WORD, TO_OBJECT,
)

__all__ = [
    "has_quote",
    "elliptical",
    "content_after",
    "substantive_after",
    "title_in_intro",
    "lead_content_end",
    "second_part",
    "split_quotes",
    "quote_extent",
    "split_mixed",
    "is_designation",
    "is_scare_quote",
]

# A quotation inside reported content is a direct quote from this many words (shorter: scare quotes).
_QUOTED_WORDS = 3
# A title in quotation marks after a word of its sentence is this long at most ("the Justice Against
# Sponsors of Terrorism Act"); longer title case is a headline or speech.
_TITLE_WORDS = 8
# Reported content keeps its own (indirect) quote beside its quotations from this many unquoted words.
_UNQUOTED_WORDS = 4


def has_quote(s, e, unit_quotes) -> bool:
    """True when a quotation lies inside ``[start, end]`` (its closing mark may end at ``end + 1``)."""
    return any(quote_start >= s and quote_end <= e + 1 for quote_start, quote_end in unit_quotes)


def elliptical(doc, s: int, e: int) -> bool:
    """'he would', 'no': an elliptical answer after a say-verb ("Flake said he would")."""
    words = doc.text[s:e].lower().split()
    return len(words) == 2 and words[0] in SHORT_SUBJ and words[1].strip(".,;") in SHORT_AUX \
        or len(words) == 1 and words[0].strip(".,;") in ("no", "yes")


def content_after(doc, cue_end: int, unit_end: int, word: str, unit_quotes: list) -> Optional[int]:
    """Where the content after a cue starts, or None when nothing follows."""
    text = doc.text
    rest = text[cue_end:unit_end]
    stripped = rest.strip(" ,.;:\u2014\u2013-\n")
    if len(stripped) < 3:
        return None
    # A quotation soon after the cue ("said in a statement: “...”").
    for quote_start, _quote_end in unit_quotes:
        if quote_start >= cue_end:
            gap = text[cue_end:quote_start]
            if len(gap) <= 60 and ("," in gap or ":" in gap or not gap.strip()) and (
                    len(gap.split()) <= 5 or gap.rstrip().endswith((",", ":")) or THAT_WORD.search(gap)
                    or gap.split()[-1].lower() in CUES or gap.split()[-1].endswith("ing")):
                gws = gap.split()
                if len(gws) >= 5 and gws[-1].lower().strip(",:") in CUES and (
                        gws[-2].lower() in ("and", "but") or gws[-2].endswith(",") and gws[-1].endswith("ing,")):
                    break  # 'said he would appeal and added, "..."': the quotation is the next cue's
                m = THAT_WORD.search(gap)
                if m is not None and (len(gap[:m.start()].split()) > 6 or any(
                        x.lower().strip(",") in CLAUSE_WORDS for x in gap[:m.start()].split())):
                    break  # "says she hopes ..., but she knows that "...": a later clause's quote
                if m is not None and ":" not in gap[:m.start()]:
                    return cue_end + m.start()  # "said in an interview that in her state, "..."
                if _clause_before_colon(gap):
                    return cue_end + len(gap) - len(gap.lstrip())  # 'said she has one quality: "..."'
                return quote_start
            break
    m = THAT.search(text, cue_end, min(unit_end, cue_end + 70))
    if m:
        gap = text[cue_end:m.start()]
        gw = gap.replace(",", " , ").split()
        if m.group() in ("that", "whether"):
            ok_gap = not gw or len(gw) <= (10 if gw[0].lower() in GAP_ADVERBS and "," not in gw else 6) and (
                len(gw) <= 1 and not _object_noun(gw[0], word) or word in OBJECT_CUES or gw[0] == ","
                or gw[0].lower() in ADJUNCT_START or gw[0].lower() in WEEKDAYS)
        else:
            ok_gap = not gw or (word in OBJECT_CUES and len(gw) <= 2)
        if ok_gap and not any(q[0] < m.start() and q[0] >= cue_end for q in unit_quotes) and "." not in gap:
            return m.start()
    if word in OBJECT_CUES:
        toks = doc.tokens(cue_end, min(unit_end, cue_end + 80))
        if toks:
            k = 0
            t = toks[0][2]
            if t.lower() in ("him", "her", "them", "me", "us", "reporters", "journalists", "supporters"):
                k = 1
            elif t[0].isupper() or t.lower() in DETERMINERS:
                k = 1
                while k < len(toks) and (toks[k][2][0].isupper() or toks[k][2].lower() in NAME_LINKS
                                         or toks[k][2].lower().rstrip("s") in SPEAKER_NOUNS):
                    k += 1
                if k == 1 and t.lower() in ("the", "a", "an", "his", "her", "their") and k + 1 < len(toks) \
                        and toks[k][2].isalpha() and toks[k][2].islower() \
                        and toks[k + 1][2].lower() in PRONOUNS | {"that", "the", "a"}:
                    k += 1  # "tells the crowd he was ..."
            if k < len(toks):
                return toks[k][0]
            return None
    # A comma right after the cue usually closes a parenthetical or an inverted cue.
    lead = rest.lstrip()
    if lead.startswith(","):
        after = lead[1:].strip()
        if not after:
            return None
    if lead.startswith("."):
        return None
    m = ADJUNCT_COMMA.match(text, cue_end)
    if m is not None and word not in SAY and m.group().lstrip().startswith("to "):
        m = None  # "declined to comment, ...": an infinitive, not an adjunct
    if m is not None and m.end() < unit_end and text[m.end()].isalpha():
        return m.end()  # "Ash argued in his email, the incident is ..."
    if word in ("referring", "referred", "pointing", "pointed", "alluding", "responding", "responded"):
        m = TO_OBJECT.match(text, cue_end)
        if m is not None:
            return m.end()  # "referring to the campaign's list" -> "the campaign's list"
    if word and word not in SAY:
        m = PREP_OBJECT.match(text, cue_end)
        if m is not None and len(text[m.end():unit_end].split()) >= 2:
            return m.end()  # "disagrees with her former boss" -> "her former boss"
    return cue_end + (len(rest) - len(lead))


def _clause_before_colon(gap: str) -> bool:
    """'she has one quality:' before a quotation: a reported clause that introduces it (not an
    adjunct such as 'in a statement:'), so the content starts at the clause."""
    words = gap.split()
    return gap.rstrip().endswith(":") and len(words) >= 3 and words[0].lower() in CLAUSE_SUBJECTS - {"it", "this"}


def substantive_after(doc, cue_end: int, unit_end: int, word: str, unit_quotes: list) -> bool:
    """True when real content follows the cue (not just an object and adjuncts)."""
    cstart = content_after(doc, cue_end, unit_end, word, unit_quotes)
    if cstart is None:
        return False
    words = doc.text[cstart:unit_end].split()
    if len(words) < 4 and not doc.has_marks(cstart, unit_end):
        return False
    first = words[0].lower().strip(",.") if words else ""
    return not (first in ADJUNCT_START or first in WEEKDAYS)


def title_in_intro(doc, unit_start: int, q: tuple, cue_end: int, word: str, unit_quotes: list) -> bool:
    """A short quoted title inside an introductory phrase, with real content after the cue."""
    text = doc.text
    first = text[unit_start:q[0]].split(None, 1)
    if not first or len(text[q[0]:q[1]].split()) > 5:
        return False
    fw = first[0].lower().strip(",")
    if fw not in INTRO and fw not in WEEKDAYS and fw not in MONTHS and not (fw.endswith("ing") and len(fw) > 5) \
            and not APPOSITIVE_TITLE.search(text, unit_start, q[0]):
        return False
    inner = text[q[0]:q[1]].strip(OPENING_QUOTES + CLOSING_QUOTES + "\"',. ")
    if not inner[:1].isupper():
        return False
    return substantive_after(doc, cue_end, doc.unit_end, word, unit_quotes)


def lead_content_end(doc, unit_start: int, upto: int, unit_quotes: list, cue_end: int, word: str = "") -> Optional[int]:
    """Content before the speaker: "X," she said / X, officials said -> end of X."""
    text = doc.text
    seg = text[unit_start:upto].rstrip()
    if not seg:
        return None
    if seg.endswith((" as", " As")) and seg[:-3].rstrip().endswith(","):
        seg = seg[:-3].rstrip()  # "..., as the police have said."
    last_q = None
    for quote_start, quote_end in unit_quotes:
        if quote_end <= upto + 1:
            last_q = (quote_start, quote_end)
    if last_q is not None and last_q[0] >= unit_start and \
            title_in_intro(doc, unit_start, last_q, cue_end, word, unit_quotes):
        return None  # 'On the broadcast of "Morning Eastvale," Mayor Lee said the plan ...'
    if last_q is not None and last_q[0] >= unit_start:
        between = text[last_q[1]:upto]
        if len(between) <= 100 and '"' not in between and not any(c in between for c in OPENING_QUOTES):
            body = text[unit_start:last_q[1]]
            if between.strip(" ,\u2014\u2013-") == "" or between.lstrip().startswith(","):
                return unit_start + len(body.rstrip())
            if between.strip().lower() == "as" and body.rstrip()[-2:-1] == ",":
                return unit_start + len(body.rstrip())  # '"X," as Ames put it.'
            if between.rstrip().endswith(",") and not any(
                    c in between for c in ";:") and len(between.split()) >= 2:
                return unit_start + len(seg.rstrip(",").rstrip())  # 'A clerk who "steals" is jailed, Lee said.'
            # '"X" she said' with no comma: still the quote (not 'Despite his claims that "X" on
            # Tuesday he said Y', where the cue has its own content)
            bw = [x.lower() for x in between.split()]
            if not bw or (len(bw) <= 8 and not any(x in CLAUSE_WORDS for x in bw) and not (
                    len(bw) >= 3 and text[unit_start:last_q[0]].strip()
                    and substantive_after(doc, cue_end, doc.unit_end, word, unit_quotes))):
                return unit_start + len(body.rstrip())
    if seg[-1] in ",\u2014\u2013":
        body = seg.rstrip(",\u2014\u2013- ")
        if DATELINE.match(body):
            return None  # "EASTVALE, Ore. — Mayor Ames said ...": a dateline
        first = body.split(None, 1)[0].lower().strip("\u201c\"(") if body.split() else ""
        after = text[cue_end:doc.unit_end].lstrip()
        rest = after[:1]
        if rest == "," and after[1:].lstrip()[:1] in ('"', "\u201c", "'"):
            rest = ""
        intro = first in INTRO or first in WEEKDAYS or first in MONTHS or first.endswith("ly") \
            or first == "asked"
        after_words = SENT_STOP.split(after, maxsplit=1)[0].replace(",", " ").split()
        if len(after_words) > 1 and after_words[0].lower() == "at" and \
                after_words[1].lower() in ("least", "most"):
            after_words = after_words[2:] or ["x"]  # "reported at least six ...": not an adjunct
        trivial_after = not after_words or after_words[0].lower() in ADJUNCT_START or \
            after_words[0].lower() in WEEKDAYS or after_words[0].lower() in SKIP or \
            after_words[0][0] in "\u201c\"'" or after_words[0][0].isupper()
        if rest != "," and trivial_after and not substantive_after(doc, cue_end, doc.unit_end, word, unit_quotes) and (
                not intro or ((word in SAY or word in SHOW_CUES) and (
                    "," in body or first != "asked" and len(body.split()) >= 6))):
            return unit_start + len(body)  # "As a woman, she raised less suspicion, Mr. Lee said."
        if intro and not (rest == "," and word in SAY and len(body.split()) >= 3
                          and second_part(doc, cue_end, doc.unit_end, unit_quotes) is not None):
            return None  # (but "When X, Y, he said, Z": the whole sentence around the cue is content)
        if rest == ",":
            return unit_start + len(body)
    return None


def second_part(doc, after: int, unit_end: int, unit_quotes: list) -> Optional[tuple]:
    """The part of a split quote after its cue: ', "Y."' or ', is dead.'"""
    text = doc.text
    rest = text[after:unit_end]
    if not rest.strip(" ,.;:\u2014\u2013-"):
        return None
    for quote_start, _quote_end in unit_quotes:
        if quote_start >= after:
            gap = text[after:quote_start]
            if len(gap) <= 80 and gap.rstrip().endswith((",", ":")):
                return doc.trim(quote_start, unit_end)
            break
    if rest.startswith(","):
        m = COMMA_SPACE.match(text, after)
        body = doc.trim(m.end(), unit_end)
        first = text[body[0]:body[1]].split(None, 1)[0].lower() if body[1] > body[0] else ""
        participle = first.endswith("ing") and first != "including"  # ('X, experts say, including a Y ...')
        if len(text[body[0]:body[1]].split()) >= 2 and text[body[0]].islower() and first not in (
                "who", "whose", "which", "when", "where", "whom") and not participle and first not in SECOND_NOT:
            return body  # not '"X," she said, referring to ...' (a participle, not content)
    return None


def split_quotes(doc, span: tuple, unit_quotes: list) -> list:
    """'"X" and "Y," she said': two quotations joined by and/or/comma are two spans."""
    text = doc.text
    s, e = span
    inner = [(quote_start, quote_end) for quote_start, quote_end in unit_quotes
             if s <= quote_start and quote_end <= e + 1]
    if len(inner) < 2 or inner[0][0] != s or inner[-1][1] < e:
        return [span]
    for (_, a), (b, _) in zip(inner, inner[1:]):
        if text[a:b].strip(" ,").lower() not in ("", "and", "or"):
            return [span]
    return [doc.trim(quote_start, quote_end) for quote_start, quote_end in inner]


def quote_extent(doc, span: tuple, unit_quotes: list) -> list:
    """Content that starts at a quotation ends at its closing mark: 'said "We will win" on Monday'
    -> '"We will win"'; 'said "X" and "Y" on Monday' -> two spans. A quoted fragment that is only
    part of a clause ('said "the plan" was dead') keeps the clause."""
    text = doc.text
    s, e = span
    out = []
    while True:
        q = next(((quote_start, quote_end) for quote_start, quote_end in unit_quotes if quote_start == s), None)
        if q is None or q[1] >= e:
            break
        quote_start, quote_end = q
        inner = text[quote_start:quote_end].rstrip(CLOSING_QUOTES + "\"'’ ")
        tail = text[quote_end:e]
        full = inner[-1:] in (",", ".", "?", "!", ";", ":") or (inner[1:2].isupper() and len(inner.split()) >= 3)
        m = OBJECT_THAT.match(tail)
        if m is not None and inner[1:2].isupper() and inner[-1:] not in (",", ".", "?", "!") \
                and len(inner.split()) <= 6:
            return [doc.trim(quote_end + m.start(1), e)]  # 'told "Morning Joe" on Friday that ...'
        if not (full or tail.lstrip()[:1] in ";)—–"):
            break  # '"budget reforms" and the collection of taxes would ...': a fragment in a clause
        out.append(doc.trim(quote_start, quote_end))
        m = QUOTE_LINK.match(text, quote_end, e)
        if m is None:
            return out
        s = m.end()
    out.append((s, e))
    return out


def split_mixed(doc, q) -> list:
    """A mixed quote (``said that the plan "was a costly mistake"``) as a direct quote for each
    quotation of three words or more, plus the whole clause as an indirect quote when it holds
    substantial unquoted words (ANNOTATION.md); any other quote as it is. A clause cut by its cue
    ('X, she said, and "Y"') is read over all its spans. The parts keep the quote's cue and
    speaker (``evaluate.quotes`` folds them back into one PolNeAR attribution)."""
    if q.cue_span is None:
        return [q]
    text = doc.text
    all_hulls = [hull for s, e in q.spans for hull in doc.quotation_hulls(s, e)]
    hulls = [(s, e) for s, e in all_hulls
             if len(text[s:e].split()) >= _QUOTED_WORDS and not is_designation(text, s, e)]
    if q.form == "summary":  # 'described the plan as "a step backwards for everyone"': the quotation is direct
        return [q] + [replace(q, text=text[s:e], spans=((s, e),), start=s, end=e, direct=True, form="direct")
                      for s, e in hulls]
    if not hulls:
        if q.direct and all_hulls and not _all_quoted(q.spans, all_hulls):
            return [replace(q, direct=False, form="indirect")]  # scare quotes in reported words
        return [q]
    if _all_quoted(q.spans, hulls):
        return [q]
    quoted = [replace(q, text=text[s:e], spans=((s, e),), start=s, end=e, direct=True, form="direct")
              for s, e in hulls]
    outside = sum(len(text[s:e].split()) for s, e in q.spans) - sum(len(text[s:e].split()) for s, e in hulls)
    if outside < _UNQUOTED_WORDS:
        return [q] if len(quoted) == 1 else quoted
    return [replace(q, direct=False, form="indirect")] + quoted


def _all_quoted(spans, hulls) -> bool:
    """True when each span is one quotation from its first character on."""
    return all(any(hs == s and he >= e for hs, he in hulls) for s, e in spans)


_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")


def _word_before(text: str, lo: int, end: int) -> str:
    """The word of letters, digits, "_" and apostrophes before ``end`` and the spaces after it, not
    before ``lo`` ("" when none): what searching ``([\\w'\u2019]+)\\s*$`` there finds, read backwards."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_'\u2019"):
        start -= 1
    return text[start:end]


def _object_noun(gap_word: str, cue: str) -> bool:
    """True when the one word between a cue and "that" is a common noun, the cue's object, so
    "that" opens a relative clause ("attacked loopholes that benefit others"), not what was said
    ("said Monday that", "told reporters that", "argued repeatedly that", "expressed concern that")."""
    low = gap_word.lower()
    return cue not in OBJECT_CUES and gap_word.islower() and low not in TIME_WORDS \
        and low not in COMPLEMENT_NOUNS and (word_tag(low) or "").startswith("NN")


def _after_a_word(text: str, start: int, before: str) -> bool:
    """True when the quotation at ``start`` follows ``before``, a word of its sentence, across a space
    (not after a comma, a colon or a sentence's end)."""
    return bool(before) and text[start - 1].isspace() and before[-1:].isalpha()


def is_scare_quote(text: str, start: int, end: int) -> bool:
    """A quotation of one or two words inside a sentence, right after one of its words, that is no
    question or exclamation ('called them "Manchurian anchors"', 'rated it "Mostly True."'): a
    phrase marked as someone's wording, which the coverage conventions do not count as a quote."""
    if text[start] not in OPENING_QUOTES + "\"'":
        return False
    before = _word_before(text, max(0, start - 30), start)
    if not _after_a_word(text, start, before) or before.lower() in SAY and before.lower() not in NOUN_CUES:
        return False  # (but 'by saying "Too many."' is speech; 'the claim "Mostly True."' is not)
    inner = text[start + 1:end].strip(" \"'\u201c\u201d\u2018\u2019")
    words = inner.split()
    return 0 < len(words) < _QUOTED_WORDS and not inner.endswith(("?", "!")) \
        and not any(w.lower().strip(",.") in PRONOUNS for w in words)


def is_designation(text: str, start: int, end: int) -> bool:
    """A quotation in title case right after a possessive ('his "Keepin' It Real" show', 'ABC's
    "Good Morning America"') or, short, right after a word of its sentence ('sang "A Change Is Gonna
    Come"', 'a goal of "Peace Through Strength"'): the name of a show, song, law or slogan, not speech."""
    if text[start] not in OPENING_QUOTES + "\"'":
        return False  # not a quotation on its own: 'named Merkel "The Chancellor ..."'
    before = _word_before(text, max(0, start - 30), start).lower()  # (first: most quotes stop here)
    named = before in DESIGNATION_BEFORE or before.endswith(("'s", "\u2019s"))
    if not named and not _after_a_word(text, start, before):
        return False  # (after a comma, a colon or a sentence's end, title case may be speech)
    words = _TITLE_WORD.findall(text, start, end)
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= _QUOTED_WORDS and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words) and (named or len(words) <= _TITLE_WORDS)
