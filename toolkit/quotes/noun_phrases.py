"""Noun phrases around a cue: the clause's subject, a whole noun phrase, a passive's subject, the
inverted speaker after a cue ("said Andrew Rudman, director of ..."), and appositive roles.
"""
from __future__ import annotations

from typing import Optional

from .lexicon import (
    AFTER_STOP, AUX_VERBS, CLAUSE_INTRO, CLAUSE_WORDS, CUES, DETERMINERS, DOC_NOUNS, FUNCTION_WORDS, INDEFINITE, INTRO,
    MONTHS, NAME_LINKS, NP_LEAD, PREPS, PREPS_END, PRONOUNS, QUANTIFIERS, REL_AUX, ROLES, SENT_START_STOP, SKIP,
    SKIP_END, SOURCE_ADJECTIVES, SOURCE_LINKS, SPEAKER_NOUNS, SUBORDINATORS, TIME_WORDS, WEEKDAYS, is_speaker_noun,
)
from .patterns import (
    APPOSITIVE_END, APPOSITIVE_TITLE, CLAUSE_PUNCT, CLAUSE_PUNCT_NO_PAREN, COMMA_ARTICLE, COMMA_CUE, COMMA_PARTICIPLE,
    DATELINE_LEAD, NAME_BEFORE, PASSIVE, REPORT_NOUN_END, ROLE_END, VERB_COMMA_QUOTE,
)

__all__ = [
    "bare_plural",
    "speaker_head",
    "object_of_verb",
    "clause_subject",
    "np_subject",
    "passive_subject",
    "trim_np",
    "after_quote",
    "np_after",
    "appositive_role",
    "titled_appositive",
]


def bare_plural(doc, toks, j: int, i: int) -> bool:
    """toks[j..i] is a determiner-less lower-case noun phrase headed by a plural noun
    ("environmentalists", "presidential contenders of both parties")."""
    words = [t[2] for t in toks[j:i + 1]]
    if not words or not all(word.isalpha() and word.islower() for word in words):
        return False
    head = words[:words.index("of")] if "of" in words else words
    if not head or len(head) > 3:
        return False
    h = head[-1]
    return len(h) > 4 and h.endswith("s") and not h.endswith(("ss", "us", "is")) and h not in CUES \
        and h not in SKIP and not any(word in CLAUSE_WORDS or word in PREPS and word != "of" for word in words)


def speaker_head(doc, sp: tuple) -> bool:
    """The noun phrase ends in a speaker noun ("an intelligence source", "two officials")."""
    ws = doc.text[sp[0]:sp[1]].lower().split()
    return bool(ws) and is_speaker_noun(ws[-1])


def object_of_verb(doc, unit_start: int, s: int) -> bool:
    """True when the noun phrase at s follows a finite verb or a participle ("emailed supporters",
    "is making a pitch")."""
    ws = doc.text[max(unit_start, s - 40):s].split()
    if ws and ws[-1].lower() in ("a", "an", "the", "his", "her", "their", "its"):
        ws.pop()
    if not ws:
        return False
    p = ws[-1]
    pl = p.lower()
    if not p.isalpha() or not p.islower() or pl in FUNCTION_WORDS:
        return False
    return len(pl) > 3 and (pl.endswith(("ed", "ing")) or pl in CUES)


def clause_subject(doc, unit_start: int, cue_start: int) -> Optional[tuple]:
    """The first noun phrase of the unit (for participial cues)."""
    semi = doc.text.rfind(";", unit_start, cue_start)
    if semi >= 0:
        unit_start = semi + 1
    m = DATELINE_LEAD.match(doc.text, unit_start, cue_start)
    if m is not None:
        unit_start = m.end()  # "EASTVALE, Ore. — Lee's allies predicted ...": not the dateline
    toks = doc.tokens(unit_start, cue_start)
    i = 0
    while i < len(toks) and (toks[i][2].lower() in ("and", "but", "so", "yet", "or", "then")
                             or not toks[i][2][0].isalnum()):
        i += 1
    for _ in range(3):  # "Once in my 20s, when my mother asked, I laughed"
        if i < len(toks) and (toks[i][2].lower() in INTRO or toks[i][2].endswith("ing")
                              or toks[i][2].lower() in CLAUSE_INTRO or toks[i][2].lower() in WEEKDAYS):
            for n in range(i + 1, min(len(toks), i + 20)):
                if toks[n][2] == ",":
                    i = n + 1
                    break
            else:
                return None
        else:
            break
    if i >= len(toks):
        return None
    t = toks[i][2]
    if t.lower() in ("he", "she", "they", "we", "i", "it"):
        return (toks[i][0], toks[i][1])
    if not t[0].isupper() and t.lower() not in DETERMINERS:
        return None
    k = i
    if t.lower() in QUANTIFIERS or t[0].isdigit():
        # "Only 52 percent of registered voters", "About one in five", "73 percent"
        for n in range(i, min(len(toks), i + 5)):
            if toks[n][2].lower() in ("percent", "%") or toks[n][2].lower().rstrip("s") in SPEAKER_NOUNS:
                return (toks[i][0], toks[n][1])
        if not t[0].isdigit() and t.lower() not in DETERMINERS:
            return None
    while k + 1 < len(toks):
        p = toks[k + 1][2]
        if p[0].isupper() or p.lower() in NAME_LINKS or p in ("\u2019s", "'s"):
            k += 1
        elif toks[k][2].lower() in DETERMINERS or toks[k][2][0].isupper() and p.islower() and \
                p.lower().rstrip("s") in SPEAKER_NOUNS:
            k += 1
        elif p.islower() and toks[k][2].isalpha() and k - i < 4 and is_speaker_noun(p):
            k += 1  # "A harbor official who ...": the noun phrase runs to its speaker noun
        elif p.islower() and (title := _title_before_name(toks, k + 1)) is not None:
            k = title  # "Democratic presidential nominee [Hillary Clinton]"
        else:
            break
    # "New York City's mayor, Eric Adams," -> the appositive name
    if k + 2 < len(toks) and toks[k + 1][2] == "," and toks[k + 2][2][0].isupper():
        n = k + 2
        while n + 1 < len(toks) and (toks[n + 1][2][0].isupper() or toks[n + 1][2].lower() in NAME_LINKS):
            n += 1
        if n + 1 < len(toks) and toks[n + 1][2] == ",":
            doc.clause_role = doc.text[toks[i][0]:toks[k][1]]
            return (toks[k + 2][0], toks[n][1])
    if toks[i][2].lower() in SENT_START_STOP and k == i:
        return None
    return (toks[i][0], toks[k][1])


def _title_before_name(toks: list, j: int) -> Optional[int]:
    """The index of an office noun within three lower-case words from ``j`` that a capitalised name
    follows ("presidential nominee Hillary", "former governor Ames"), else None."""
    for n in range(j, min(len(toks) - 1, j + 3)):
        word = toks[n][2]
        if not (word.isalpha() and word.islower()):
            return None
        if word in ROLES and toks[n + 1][2][:1].isupper():
            return n
    return None


def np_subject(doc, unit_start: int, cue_start: int) -> Optional[tuple]:
    """The whole noun phrase from the start of the clause to the cue, modifiers included
    ("a 2014 study by Eastvale University and the Lanford Institute found ..."), or None when the
    stretch holds anything but a noun phrase (a clause word, a cue, a pronoun, an auxiliary)."""
    text = doc.text
    lo = unit_start
    for m in CLAUSE_PUNCT.finditer(text, unit_start, cue_start):
        lo = m.end()
    toks = doc.tokens(lo, cue_start)
    i = 0
    doc.np_subordinate = False
    while i < len(toks) and (not toks[i][2][0].isalnum() or toks[i][2].lower() in NP_LEAD):
        doc.np_subordinate = doc.np_subordinate or toks[i][2].lower() in SUBORDINATORS
        i += 1
    k = len(toks)
    while k > i and (toks[k - 1][2].lower() in SKIP
                     or toks[k - 1][2].lower().endswith("ly") and toks[k - 1][2].islower()):
        k -= 1
    core = toks[i:k]
    if not core or len(core) > 20:
        return None
    rel = next((n for n, t in enumerate(core) if t[2].lower() == "who" or t[2].lower() == "that" and
                n + 1 < len(core) and core[n + 1][2].lower() in REL_AUX), None)
    if rel is not None and 1 <= rel <= 6 and len(core) - rel <= 10 and (core[0][2][0].isupper() or (
            core[0][2].lower() in DETERMINERS and core[0][2].lower() not in ("that", "this"))
            or bare_plural(doc, core, 0, rel - 1)) and all(
            t[2][0].isalnum() and t[2].lower() not in CLAUSE_WORDS and t[2].lower() not in PRONOUNS
            for t in core[:rel]) and all(
            t[2].lower() not in CLAUSE_WORDS or n == rel for n, t in enumerate(core[rel:], rel)) \
            and core[rel + 1:] and core[-1][2].isalpha() and core[-1][2].lower() not in PREPS_END \
            and core[-1][2].lower() not in SKIP_END:
        # "progressive groups that have endorsed him say ...": a noun phrase with its relative clause
        return (core[0][0], core[-1][1])
    if len(core) > 14:
        return None
    first = core[0][2]
    fl = first.lower()
    if not (first[0].isupper() or fl in DETERMINERS or first[0].isdigit() or fl in INDEFINITE
            or _bare_plural_head(doc, core, text[cue_start:cue_start + 20].split(None, 1)[0].endswith("ed"))):
        return None
    if fl in SENT_START_STOP - DETERMINERS or fl in INTRO and fl not in DETERMINERS:
        return None
    for n, t in enumerate(core):
        tl = t[2].lower()
        if tl == "and" and n + 1 < len(core) and (core[n + 1][2][0].isupper() or core[n + 1][2].lower() == "the"):
            continue  # "a study by Eastvale University and the Lanford Institute"
        if tl in CLAUSE_WORDS or tl in CUES or tl in PRONOUNS and tl != "it" or tl in SKIP \
                or not (t[2][0].isalnum() or t[2] in ("'s", "\u2019s", "-", "&", ".")):
            return None
    return (core[0][0], core[-1][1])


def _bare_plural_head(doc, core: list, cue_ed: bool) -> bool:
    """The stretch opens with a determiner-less plural noun phrase of one or two words, up to its
    first preposition ("protest organizers in Eastvale", "proponents of tighter rules"); no
    participle or infinitive in it ("members used technology created by ... to claim"), and a cue
    in -ed only after a speaker or document noun ("surveys indicated"; "controls designed to",
    "immigrants expected": participles)."""
    h = next((n for n, t in enumerate(core) if t[2].lower() in PREPS), len(core))
    if not 0 < h <= 2 or core[h - 1][2].lower() in TIME_WORDS:
        return False
    head = core[h - 1][2].lower()
    if cue_ed and not (is_speaker_noun(head) or head in DOC_NOUNS):
        return False
    return bare_plural(doc, core, 0, h - 1) and not any(
        t[2].lower() == "to" or t[2].endswith(("ed", "ing")) for t in core)


def passive_subject(doc, unit_start: int, cue_start: int, longest: int = 15) -> Optional[tuple]:
    """The subject of a passive cue: from the clause start to the auxiliary ("The plan was ...")."""
    text = doc.text
    m = PASSIVE.search(text, max(unit_start, cue_start - 40), cue_start)
    if m is None:
        return None
    lo = unit_start
    for c in CLAUSE_PUNCT_NO_PAREN.finditer(text, unit_start, m.start()):
        lo = c.end()
    span = doc.trim(lo, m.start())
    toks = text[span[0]:span[1]].split()
    while toks and toks[-1].lower() in SKIP:  # "Ames - a senator - has been called ...": not "has"
        toks.pop()
    if not toks:
        return None
    span = (span[0], span[0] + text[span[0]:span[1]].rindex(toks[-1]) + len(toks[-1]))
    ws = text[span[0]:span[1]].split()
    if not ws or len(ws) > longest or ws[0].lower() in ("it", "there", "this", "that", "which", "who") \
            or any(x.lower() in CLAUSE_WORDS for x in ws):
        return None
    return span


def trim_np(doc, sp: tuple) -> tuple:
    """A source noun phrase without a trailing relative clause or time phrase ("an official who ...")."""
    text = doc.text
    s, e = sp
    # Cut relative clauses and trailing time phrases off a source ("an official who spoke ...").
    m = REPORT_NOUN_END.search(text, s, e)
    if m and m.start() > s:
        e = m.start()
    return doc.trim(s, e)


def after_quote(doc, cue_start: int, unit_quotes: list) -> bool:
    """True when the cue directly follows a closing quotation ('"X," said ...')."""
    return any(quote_end <= cue_start and not doc.text[quote_end:cue_start].strip(" ,")
               for quote_start, quote_end in unit_quotes)


def _speaker_right_after_quote(doc, toks: list, unit_end: int) -> Optional[tuple]:
    """'"X," said the harbor board chair, ...': right after a quotation any short run of words up to
    a comma is the speaker, with the appositive after the comma as role; as :func:`np_after`."""
    text = doc.text
    k = 0
    while k < len(toks) and k < 14 and (toks[k][2][0].isalnum() or toks[k][2] in ("\u2019s", "'s", "-", "&")) \
            and toks[k][2].lower() not in ("who", "whose", "which", "in", "on", "at", "during", "after",
                                             "before", "as", "when", "while", "to"):
        k += 1
    k = _source_link_end(toks, k)
    if 0 < k < 14 and (k == len(toks) or not toks[k][2][0].isalnum() or k >= 1):
        end = toks[k - 1][1]
        role = None
        if k < len(toks) and toks[k][2] == ",":
            m = ROLE_END.search(text, toks[k][1], unit_end)
            role_end = m.start() if m else unit_end
            m = COMMA_PARTICIPLE.search(text, toks[k][1], role_end)
            if m:
                role_end = m.start()  # '"X," said Ames, the director, adding that ...': the role ends at its comma
            r = doc.trim(toks[k][1], role_end)
            if r[1] > r[0] and r[1] - r[0] < 160:
                role = text[r[0]:r[1]]
                end = r[1]
        return ((toks[0][0], toks[k - 1][1]), role, end)
    return None


def np_after(doc, cue_end: int, unit_end: int, loose: bool = False) -> Optional[tuple]:
    """Inverted order "said Andrew Rudman, director of ...": ((start, end), role, end) or None."""
    text = doc.text
    toks = doc.tokens(cue_end, min(unit_end, cue_end + 200))
    if not toks:
        return None
    if loose and toks[0][2].lower() not in ("he", "she", "they", "i", "we", "that", "it"):
        found = _speaker_right_after_quote(doc, toks, unit_end)
        if found is not None:
            return found
    i = 0
    t = toks[0][2]
    tl = t.lower()
    if tl in ("that", "whether", "if", "how", "why", "what"):
        return None  # "said that ...": content, never an inverted speaker
    if tl in ("he", "she", "they", "i", "we"):
        if len(toks) == 1 or not toks[1][2][0].isalnum() or toks[1][2].lower() in AFTER_STOP:
            return ((toks[0][0], toks[0][1]), None, toks[0][1])
        return None
    j = i
    det = tl in DETERMINERS
    if det:
        j += 1
    k = j
    titled = False
    while k < len(toks):
        p = toks[k][2]
        pl = p.lower()
        if not p[0].isalnum() and p not in ("\u2019s", "'s", "-", "&"):
            break
        if pl == "of" and det and k > j and k + 1 < len(toks) and toks[k + 1][2][0].isalnum() \
                and toks[k + 1][2].lower() not in CLAUSE_WORDS:
            k += 1  # "a handful of Democrats", "a group of senators"
            continue
        if not det and pl == "and" and k > j and toks[k - 1][2].islower() and any(
                t[2][0].isupper() for t in toks[k + 1:k + 4]):
            k += 1  # "said lobbyist and party strategist Carl Brenner"
            continue
        if pl in CLAUSE_WORDS or pl in AFTER_STOP:
            break
        if pl in AUX_VERBS and k > j:
            return None  # "said the party was not ...": a clause, not an inverted speaker
        if not det and not (p[0].isupper() or p[0].isdigit() or pl in NAME_LINKS or p in ("\u2019s", "'s", "-", "&")):
            # lower-case title words before a name: "former Elmshire governor Ed Randall"
            if not ((pl in ROLES or pl in SPEAKER_NOUNS or k - j < 4 and p.isalpha() and pl not in SKIP
                     and pl not in DETERMINERS and pl not in PRONOUNS and pl not in CUES
                     and all(t[2].islower() for t in toks[j:k])
                     and COMMA_CUE.search(text, max(0, cue_end - 30), cue_end))
                    and any(t[2][0].isupper() for t in toks[k + 1:k + (6 if titled or pl not in ROLES else 4)])):
                return None
            titled = True
        k += 1
    k = _source_link_end(toks, k)
    if k == j or k - j > 14:
        return None
    if titled and not (toks[k - 1][2][0].isupper() and (k == len(toks) or toks[k][2] in (",", ".", ";"))):
        return None  # title words lead to a name that ends the clause
    if k < len(toks):
        nxt = toks[k][2]
        if nxt[0].isalnum() and nxt.lower() not in AFTER_STOP and nxt.lower() not in ("who", "whose", "which"):
            return None
    first = toks[j][2]
    if k - j == 1 and (first.lower() in WEEKDAYS or first.lower() in MONTHS) and k < len(toks) \
            and VERB_COMMA_QUOTE.match(text, toks[k - 1][1]):
        return None  # 'said Wednesday, "..."': a day, not an inverted speaker
    if not (first[0].isupper() or toks[k - 1][2][0].isupper() or is_speaker_noun(toks[k - 1][2].lower())
            or tl in ("the", "a", "an") and k - j <= 5 and toks[k - 1][2].isalpha()
            and (k == len(toks) or toks[k][2] in (",", "."))
            and COMMA_CUE.search(text, max(0, cue_end - 30), cue_end)):
        return None  # (but "..., said the company's chief executive." ends the clause: a speaker)
    span = (toks[i][0], toks[k - 1][1])
    role, end = None, span[1]
    if k < len(toks) and toks[k][2].lower() in ("who", "whose"):
        # "said a handful of Democrats who point to ...": the relative clause is not content
        m = APPOSITIVE_END.search(text, toks[k][1], unit_end)
        end = doc.trim(toks[k][0], m.start() if m else unit_end)[1]
    elif k < len(toks) and toks[k][2] == ",":
        rest_end = unit_end
        m = APPOSITIVE_END.search(text, toks[k][1], unit_end)
        if m:
            rest_end = m.start()
        m2 = COMMA_ARTICLE.search(text, toks[k][1], rest_end)
        if m2:
            rest_end = m2.start()
        m3 = COMMA_PARTICIPLE.search(text, toks[k][1], rest_end)
        if m3:
            rest_end = m3.start()  # "said Ames, the director, adding that ...": the role ends at its comma
        r = doc.trim(toks[k][1], rest_end)
        if r[1] > r[0] and r[1] - r[0] < 160:
            role = text[r[0]:r[1]]
            end = r[1]
    return (span, role, end)


def _source_link_end(toks: list, k: int) -> int:
    """The end of a source after its adjective and preposition ("a source close | to the campaign",
    "one official involved | in the talks"): the tokens up to the next punctuation or clause word."""
    if not (0 < k + 1 < len(toks) and toks[k - 1][2].lower() in SOURCE_ADJECTIVES
            and toks[k][2].lower() in SOURCE_LINKS):
        return k
    end = k + 1
    while end < len(toks) and end - k <= 6 and (toks[end][2][0].isalnum() or toks[end][2] in ("\u2019s", "'s")) \
            and toks[end][2].lower() not in CLAUSE_WORDS and toks[end][2].lower() not in AFTER_STOP:
        end += 1
    return end if end > k + 1 else k


def appositive_role(doc, subj, cue_start) -> Optional[str]:
    """The appositive between a subject and its cue ("Ames, the mayor, said" -> "the mayor"), or None."""
    text = doc.text
    mid = text[subj[1]:cue_start]
    if mid.startswith(",") and mid.rstrip().endswith(","):
        r = mid.strip(" ,")
        if 0 < len(r) < 120 and not r.startswith(("including ", "like ")):
            return r
    return None


def titled_appositive(doc, unit_start: int, cue_start: int, unit_quotes: list) -> Optional[tuple]:
    """'Ames, host of XBN's "Harbor Lights," said ...': the name before an appositive that ends in a
    short quoted title right before the cue (the title is not a quotation, nor the speaker after)."""
    text = doc.text
    for quote_start, quote_end in unit_quotes:
        if quote_start >= unit_start and quote_end <= cue_start and not text[quote_end:cue_start].strip(" ,") \
                and len(text[quote_start:quote_end].split()) <= 5:
            m = APPOSITIVE_TITLE.search(text, unit_start, quote_start)
            if m is None:
                return None
            comma = text.index(",", m.start())
            n = NAME_BEFORE.search(text, unit_start, comma)
            return (n.start(), comma) if n is not None else None
    return None
