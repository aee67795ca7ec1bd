"""Canonical speakers across the article (one name per person, with the role the article gives) and
the Quotes built from the attributions.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Optional

from ..model import Quote
from .acceptable import speaker_problem
from .extent import cut_tail, extend_reported
from .lexicon import (
    CLAUSE_WORDS, CUES, DETERMINERS, FIRST_NAME_GENDER, FUNCTION_WORDS, NAME_ALIASES, NAME_LINKS, NAME_SUFFIXES,
    NOT_NAME_START, NOUN_CUES, ORGANISATION_WORDS, PERSONAL, PLACE_OPENERS, PLACE_WORDS, PREPS, PRONOUNS, QUANTIFIERS,
    ROLES, SENT_START_STOP, SOURCE_ADJECTIVES, SPEAKER_NOUNS, is_speaker_head, is_speaker_noun,
)
from .patterns import ALNUM, INITIALS, NAME_SEQ, PAREN, POSSESSOR
from .referents import TITLE_WORDS, Referents, ends_sentence, is_person_name
from .subjects import address_before
from .wordclass import is_common_word, is_finite_verb, word_tag

__all__ = ["build_quotes", "split_direct", "with_text", "drop_stray_nested", "article_names", "canonical_speaker",
           "is_person"]

# A lone word after a title that is an adjective or a plural noun is no surname ("General Electric", "General Motors").
_COMMON_WORD_TAGS = frozenset(("JJ", "NNS"))
# Prepositions that tie someone to a person ("an aide to Senator Brel"); not "of", which titles take.
_TIED_TO = frozenset(("to", "for", "with", "at", "from"))
# Words a name does not start with (besides the cue words, which set_cues may change): a capitalised run
# at the start of a sentence may open with one ("Neither Hillary Clinton", "Among Democrats").
_NOT_NAME_FIRST = SENT_START_STOP | DETERMINERS | NOT_NAME_START | CLAUSE_WORDS | QUANTIFIERS | PREPS | PRONOUNS
# An honorific before a name: whoever it names is a person, one name or two.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?(?:\s+[A-Z][\w.\-]*)+$")
# A subject pronoun with "is" or "has" contracted onto it.
_CONTRACTED = re.compile(r"^(he|she|it|they|we|i)['\u2019](?:s|re|ve|m|ll|d)$")


@dataclass
class _Last:
    """The last speaker found while the attributions are read in text order."""

    speaker: Optional[str] = None
    mention: Optional[tuple] = None  # the span of that speaker's mention
    person: Optional[str] = None  # the last speaker who is a person
    person_at: int = -1  # where that person was mentioned


def build_quotes(doc) -> list:
    """The Quotes of the document's attributions: content extended to PolNeAR's extent if asked, trailing
    attributions cut off, a canonical speaker and role for each, nested second readings dropped."""
    text = doc.text
    names = article_names(doc)
    out = []
    last = _Last()
    persons = {full for full in list(names["full"].values()) + list(names["family_of"]) if is_person(doc, full, names)}
    refs = Referents(text, names, persons, [hull for hulls in doc.para_hulls for hull in hulls])
    by_mention: dict = {}
    roles: dict = {}
    if doc.paragraph_extent:
        extend_reported(doc)
    order = sorted(doc.atts, key=lambda a: min([a.spans[0][0]] + ([a.mention[0]] if a.mention else []))
                   if a.spans else 0)
    starts = sorted(a.mention[0] for a in doc.atts if a.mention and a.cue and a.spans)
    for att in order:
        att.spans = _trimmed_spans(doc, att, starts)
        if not att.spans or (att.mention is None and len(att.spans) > 1 and _only_determiners(text, att.spans[0])):
            continue  # "The are focused on ...": a lone determiner is no clause's subject
        basis = None  # the words that name the speaker when they are not the mention
        if att.cue is not None and att.mention is not None and text[att.cue[0]:att.cue[1]].lower() in NOUN_CUES:
            poss = POSSESSOR.search(text, max(0, att.cue[0] - 20), att.cue[0])
            if poss is not None:
                # "his claim that ...": the possessive is the source; the speaker is still the subject's
                basis = text[att.mention[0]:att.mention[1]]
                att.mention, att.role = poss.span(1), None
        if att.mention is not None and basis is None:
            att.mention = _with_head_after(text, att.mention, att.cue)
        mspan = att.mention
        mention = text[mspan[0]:mspan[1]] if mspan else None
        speaker, role = None, att.role
        if att.continuation:
            src = by_mention.get(tuple(att.mention)) if att.mention else None
            if src is None and out:
                src = out[-1]
            speaker = src.speaker if src else last.speaker
            mention = src.mention if src else None
            mspan = src.mention_span if src else None
            role = src.role if src else None
        elif mention:
            speaker, role = _speaker_of(doc, refs, names, basis or mention, mspan, role, last)
        if speaker is not None and not att.continuation:
            _note_speaker(refs, last, speaker, mention, mspan, speaker in persons or speaker in names["role_of"],
                          speaker in persons or _titled_surname(speaker, names))
        if speaker is not None:
            # One role per person across the article, from wherever the article gives it.
            if role is None:
                role = roles.get(speaker)
            else:
                roles.setdefault(speaker, role)
        q = _quote_of(doc, att, speaker, mention, mspan, role)
        out.append(q)
        if q.mention_span is not None and not att.continuation:
            by_mention[q.mention_span] = q
    out.sort(key=lambda q: (q.start, q.end))
    return drop_stray_nested(out)


_HEAD_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]+)\b[ \t]*([\w\u2019']*)")
# What may follow a noun that ends a subject: its verb, a modal, an adverb, "who", "and".
_AFTER_HEAD_TAGS = frozenset(("VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD", "RB", "WP", "CC"))


def _with_head_after(text: str, mspan: tuple, cue) -> tuple:
    """The mention with the noun it was cut before ("The Louisville [crowd]", "Republican
    [opponents]", "Mr. Rubio's [father]"): a lower-case noun that heads a speaker right after a mention
    ending in a possessive or in a capitalised word other than a function word, and before a verb, a
    modal or a preposition ("Anti-Trump [forces] on the floor were"; not "Polls show voters", "Mr. Putin
    forecast that", where the word after the mention is a verb)."""
    start, end = mspan
    m = _HEAD_AFTER.match(text, end)
    if m is None or (cue is not None and cue[0] <= m.start(1) < cue[1]) or not is_speaker_head(m.group(1)) \
            or word_tag(m.group(1)) not in ("NN", "NNS") or word_tag(m.group(2)) not in _AFTER_HEAD_TAGS \
            and not (word_tag(m.group(2)) == "IN" and m.group(2) not in ("that", "as", "if", "because")):
        return mspan
    last = text[start:end].split()[-1]
    possessive = last.endswith(("'s", "\u2019s"))
    if possessive or last[:1].isupper() and not _function_word(last.lower()):
        return (start, m.end(1))
    return mspan


def _function_word(low: str) -> bool:
    """True for a pronoun, determiner, preposition, conjunction or adverb ("Not", "Every", "Among")."""
    return low in FUNCTION_WORDS or (word_tag(low) or "")[:2] in ("RB", "DT", "IN", "CC")


def _speaker_of(doc, refs, names: dict, basis: str, mspan: tuple, role, last: _Last) -> tuple:
    """The speaker ``basis`` (the mention, or the subject a possessive stands for) names at ``mspan``,
    and its role: a pronoun or a relative resolved, a name made canonical, a description tied to
    the person given that office. ``(speaker or None, role)``."""
    if address_before(doc.text, mspan[0], mspan[1]) is not None:
        return None, role  # "at a rally in Birmingham, Alabama, ...": a place of the address
    ml = basis.lower()
    if "'" in ml or "\u2019" in ml:
        ml = _CONTRACTED.sub(r"\1", ml)  # "He's given airtime to ...": the pronoun "he"
    if ml in PERSONAL:
        speaker = refs.pronoun(mspan[0], ml, last.person_at, last.person)
        if speaker is None and last.person is None and last.speaker is not None \
                and not refs.names_a_body(last.speaker):
            speaker = last.speaker  # "..., a spokeswoman said. She added ...", not "NBC News"
        if speaker and speaker in names["role_of"]:
            role = role or names["role_of"][speaker]
        return speaker, role
    if ml == "they":
        group = refs.plural(mspan[0], last.person_at, last.person)
        if group is None:  # a body that spoke just before: "The Security Council said ... they would"
            body = refs.body(mspan[0])
            group = body if body is not None and refs.names_a_body(body) else None
        return group, role
    if ml == "it":  # (not "It's unclear whether ...": no one's words)
        return (refs.body(mspan[0]) if basis.lower() == "it" else None), role
    if ml == "who":
        return refs.relative(mspan[0], last.mention, last.speaker) or refs.antecedent(mspan[0]), role
    if ml == "which":
        speaker = refs.antecedent(mspan[0])  # "the Chicago Police Department, which reported"
        head = speaker.split()[-1] if speaker else ""
        fits = speaker is not None and (head[0].isupper() or is_speaker_noun(head))
        return (speaker if fits else None), role  # (not "its Safety Check tool, which")
    if ml in PRONOUNS or ml == "that":
        return None, role
    speaker, r = canonical_speaker(doc, basis, names)
    role = role or r
    if speaker in names["family_of"]:  # one of several people with the surname: which one
        named = refs.person_at(mspan[0], mspan[1])
        if named is not None and names["family_of"].get(named) == names["family_of"][speaker]:
            speaker = named
    if r is None and speaker == PAREN.sub("", basis).strip(" ,"):
        described = refs.description(mspan[0], speaker.split(), last.person_at, last.person) \
            or refs.organisation(mspan[0], speaker.split())
        if described is not None:
            speaker, role = described, role or names["role_of"].get(described)
    return speaker, role


def _note_speaker(refs, last: _Last, speaker: str, mention, mspan: tuple, person_like: bool, named: bool) -> None:
    """Remember a speaker for the pronouns, relatives and descriptions after it."""
    last.speaker, last.mention = speaker, mspan
    refs.note_speaker(mspan[0], mspan[1], mention, speaker, person_like)
    # ("Vice President Biden" is a person for the notes; "Mr. Obama", one name or two, for "he"; not
    # "Mr. Obama's aides")
    if mention and mention.lower() not in PRONOUNS and (named or _HONORIFIC.match(mention)):
        last.person, last.person_at = speaker, mspan[0]
    elif mention == speaker and _first_name_alone(mention, refs):
        # someone the article calls by a first name alone ("Melanie said"): a person of known gender
        last.person, last.person_at = speaker, mspan[0]
        refs.learn_gender(speaker, FIRST_NAME_GENDER[mention.lower()])
    elif mention and mention.lower() in PERSONAL:
        last.person, last.person_at = speaker, mspan[0]
        if refs.leads_clause(mspan[0]):  # ("X called Y a liar after she ...": she may be Y)
            refs.learn_gender(speaker, "f" if mention.lower() in ("she", "her") else "m")


# "for" inside an organisation's name, between capitalised words ("Americans for Prosperity").
_ORG_FOR = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w\u2019'.\-]*\s+)+for\s+(?:(?:a|the)\s+)?[A-Z]")


def _org_name_with_for(toks: list) -> bool:
    """True for an organisation's name with "for" inside ("Americans for Prosperity", "the Committee for a
    Responsible Federal Budget"), not a person's byline ("Cameron Easley for Morning Consult") nor an office
    and a name after it ("Centers for Disease Control Director Thomas Frieden")."""
    return _ORG_FOR.search(" ".join(toks)) is not None and toks[0].lower() not in FIRST_NAME_GENDER \
        and not any(t.lower().rstrip(".") in ROLES for t in toks[1:-1])


def _better_name(cand: str, current: Optional[str]) -> bool:
    """True when ``cand`` should replace ``current`` as the article's full name for a surname: the longer
    name, but never a headline's clause ("Railing Against Trump") over a name, nor a name opening with a
    common word ("Understated Perez") over one opening with a first name ("Tom Perez")."""
    if current is None:
        return True
    if speaker_problem(cand) is not None:
        return False
    if speaker_problem(current) is not None:
        return True
    plain_cand, plain_current = _plain_first(cand.split()[0]), _plain_first(current.split()[0])
    if plain_cand != plain_current:
        return plain_cand
    return len(cand) > len(current)


def _plain_first(word: str) -> bool:
    """True when ``word`` may open a person's name: a usual first name, an initial or no common word
    ("Mark", "J.B.", "Zephyr"; not "Republican", "Understated")."""
    low = word.lower()
    return low in FIRST_NAME_GENDER or INITIALS.match(word) is not None or not is_common_word(low.rstrip("."))


def _titled_surname(speaker: str, names: dict) -> bool:
    """True for one capitalised word the article writes after a person's title ("President Obama")."""
    return " " not in speaker and speaker[:1].isupper() and speaker in names["role_of"]


def _first_name_alone(word: str, refs) -> bool:
    """True for a usual first name written alone ("Melanie", not "CREW") that is no surname of the article."""
    return word.istitle() and word.lower() in FIRST_NAME_GENDER and not refs.is_surname(word)


def _quote_of(doc, att, speaker, mention, mspan, role) -> Quote:
    """The Quote of an attribution, its speaker found."""
    text = doc.text
    spans = tuple(sorted(att.spans))
    return Quote(
        text=" \u2026 ".join(text[s:e] for s, e in spans), spans=spans, start=spans[0][0], end=spans[-1][1],
        direct=doc.is_direct(spans), speaker=speaker, mention=mention,
        mention_span=tuple(mspan) if mspan else None, cue=text[att.cue[0]:att.cue[1]] if att.cue else None,
        cue_span=tuple(att.cue) if att.cue else None, role=role, article_id=doc.article_id, paragraph=att.para)


def _trimmed_spans(doc, att, starts: list) -> list:
    """The attribution's content spans without a trailing attribution ("..., according to X"), stopped
    before another attribution's speaker ("... was declared the winner, Ames told ..."), and without
    spans that hold no word."""
    text = doc.text
    spans = [cut_tail(doc, sp) for sp in att.spans]
    if att.mention is None and att.cue is not None and spans:
        s0, e0 = spans[-1]
        k = bisect_left(starts, s0 + 1)
        if k < len(starts) and starts[k] < e0 and text[s0:starts[k]].rstrip().endswith(","):
            cut = doc.trim_conj(s0, starts[k])
            if cut[1] - cut[0] >= 8:
                spans[-1] = cut
    return [sp for sp in spans if sp[1] > sp[0] and ALNUM.search(text, sp[0], sp[1])]


def _only_determiners(text: str, span: tuple) -> bool:
    return all(w.lower() in DETERMINERS for w in text[span[0]:span[1]].split())


def split_direct(doc, quotes: list, text: str) -> list:
    """The quotes with each direct one whose fragments are all quoted split into one Quote per
    quotation (\"X,\" she said, \"Y.\" is two quotes, one speaker and cue): a reader counts, scores
    and highlights each stretch between marks, as the coverage annotation conventions do."""
    out = []
    for q in quotes:
        if not q.direct or len(q.spans) < 2 or not all(doc.is_direct((span,)) for span in q.spans):
            out.append(q)
            continue
        for s, e in q.spans:
            part = replace(q, text=text[s:e], spans=((s, e),), start=s, end=e)
            out.append(_continuing(text, out, part) or part)
    return out


def _continuing(text: str, done: list, part: Quote):
    """``part`` as the continuation of the quote before it on its line when its cue lies on a later
    line: '\"A,\" Ames said. \"B ...' (closing mark left out) '\\n\"C,\" added Ruiz.' -- B is Ames's,
    C Ruiz's. None when ``part`` is not such a fragment."""
    if part.cue_span is None or not done:
        return None
    before = done[-1]
    if not (before.direct and before.cue_span is not None and before.speaker != part.speaker
            and before.end <= part.start and "\n" not in text[before.start:part.end]
            and "\n" in text[part.end:part.cue_span[0]]):
        return None
    return replace(part, speaker=before.speaker, mention=before.mention, mention_span=before.mention_span,
                   role=before.role, cue=None, cue_span=None)


def with_text(quotes: list, text: str) -> list:
    """The quotes with their content, mention and cue read from ``text`` (the article as written,
    when the rules read it with its quotation marks rewritten: same offsets, other marks)."""
    out = []
    for q in quotes:
        content = " \u2026 ".join(text[s:e] for s, e in q.spans)
        mention = text[q.mention_span[0]:q.mention_span[1]] if q.mention_span else q.mention
        cue = text[q.cue_span[0]:q.cue_span[1]] if q.cue_span else q.cue
        same = content == q.text and mention == q.mention and cue == q.cue
        out.append(q if same else replace(q, text=content, mention=mention, cue=cue))
    return out


def drop_stray_nested(out: list) -> list:
    """Drop reported content that lies inside another quote's content while its own speaker is outside
    that content (a second reading of the same words, not a nested attribution): on PolNeAR train
    these match a gold content less than one time in five."""
    keep = []
    max_end = -1  # out is sorted by start: a container of q starts before it and ends after it
    for i, q in enumerate(out):
        if q.cue and not q.direct and max_end >= q.end:
            outer = None
            for o in reversed(out[max(0, i - 40):i]):  # near neighbours only (bounded work)
                if o.end - o.start > q.end - q.start and any(s <= q.start and q.end <= e for s, e in o.spans):
                    outer = o
                    break
            if outer is not None and not (q.mention_span is not None and any(
                    s <= q.mention_span[0] < e for s, e in outer.spans)):
                max_end = max(max_end, q.end)
                continue
        max_end = max(max_end, q.end)
        keep.append(q)
    return keep


def article_names(doc) -> dict:
    """Person and organisation names of the article, with the roles written before them."""
    text = doc.text
    full, role_of, written = {}, {}, {}
    for toks in _name_runs(text):
        # Split off leading role/title words ("Attorney General", "Homeland Security Secretary").
        # (never the run's last word: "Howard Dean" is a name, "Dean Ames" a title and a name)
        last_role = len(toks) - 2
        while last_role >= 0 and toks[last_role].lower().rstrip(".") not in ROLES:
            last_role -= 1
        of_role = last_role >= 0 and last_role + 3 < len(toks) and toks[last_role + 1] == "of"
        if of_role:
            last_role += 2  # "Secretary of State Antony J. Blinken"
        name = toks[last_role + 1:]
        if of_role and len(name) >= 3 and not INITIALS.match(name[-2]):
            last_role += len(name) - 2  # "Director of Government Affairs Phil Smith"
            name = name[-2:]
        role = " ".join(toks[:last_role + 1]) if last_role >= 0 else None
        if "of" in name and name.index("of") >= 2 and (role or len(name[:name.index("of")]) >= 2):
            name = name[:name.index("of")]  # "J.B. Pritzker of Illinois"
        while name and (name[0].lower() in _NOT_NAME_FIRST or name[0].lower() in CUES or len(name) > 2
                        and not _plain_first(name[0]) and name[1].lower() in FIRST_NAME_GENDER):
            name = name[1:]  # (and a common word before a first name: "Liberals Elena Kagan", "Republican Jo Ames")
        while name and name[-1].lower() in NAME_LINKS:
            name = name[:-1]
        if not name:
            continue
        name = [t.rstrip(",;:") for t in name]
        if name[-1].endswith(".") and len(name[-1]) > 2 and not INITIALS.match(name[-1]) \
                and name[-1].lower().rstrip(".") not in NAME_SUFFIXES:
            name[-1] = name[-1][:-1]  # a sentence's full stop (not "Jr.")
        if name[-1].endswith(("\u2019s", "'s")):
            name[-1] = name[-1][:-2]
        if len(name) < 2 and not role:
            continue
        key = name[-1].lower().rstrip(".")
        if key in NAME_SUFFIXES and len(name) >= 3:
            key = name[-2].lower().rstrip(".,")  # "Joseph R. Biden Jr.": "Mr. Biden" names him
        if name[0].lower() in PLACE_OPENERS and key not in ORGANISATION_WORDS:
            continue  # "New York", "North Korea": a place ("New York Times" stays a name)
        cand = " ".join(name)
        if len(name) >= 2 and _better_name(cand, full.get(key)):
            full[key] = cand
        if len(name) >= 2:
            written.setdefault(key, []).append(name)
        if role and len(name) >= 1 and role.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr"):
            role_of.setdefault(full.get(key, cand), role)
    # Roles given by title words map back to names ("the attorney general").
    by_role = {}
    for nm, role in role_of.items():
        by_role[role.lower()] = nm
    family, family_of = {}, {}
    for key, written_names in written.items():
        people = _people_of(written_names)
        if len(people) > 1:
            family[key] = people
            family_of.update((person, key) for person in people + [full[key]])
    return {"full": full, "role_of": role_of, "by_role": by_role, "family": family, "family_of": family_of}


def _people_of(written_names: list) -> list:
    """The people among the full names written with one surname, each as its longest name, in order
    of first mention: "Donald Trump" and "Donald J. Trump" are one, "Melania Trump" another (one
    shares the other's first name, or all its words). Only names that read as a person's count: not
    "Republican Donald Trump", "Pres. Obama" or "Washington Post Trump"."""
    people: list = []
    for name in written_names:
        if not _first_and_surname(name[0], name[-1]) or not is_person_name(" ".join(name)):
            continue
        for k, person in enumerate(people):
            if name[0] == person[0] or set(name) <= set(person) or set(person) <= set(name):
                if len(name) > len(person):
                    people[k] = name
                break
        else:
            people.append(name)
    return [" ".join(person) for person in people]


def _first_and_surname(first: str, surname: str) -> bool:
    """True when the words may be a person's first name (a known one, "Bill", or no common word,
    "Hillary", "Khizr"; not "Then", "Navy" or "Pres.") and surname ("Bush", not "Republican", "High"
    or "Americans")."""
    return (first.lower() in FIRST_NAME_GENDER or word_tag(first) in (None, "NNP") and not is_common_word(first.lower())
            or INITIALS.match(first) is not None) and first.lower().rstrip(".") not in TITLE_WORDS \
        and word_tag(surname) not in ("NNPS", "NNS") and word_tag(surname.lower()) != "JJ"


def _name_runs(text: str):
    """The capitalised runs of the text as lists of words, split where a sentence ends inside one
    ("Tomas Vell. Nia Abara" is two runs), leaving out headings (a paragraph of common words:
    "Gender Equality.") and keeping of a headline only its names ("Ana Ruiz Calls Tom Ames")."""
    for m in NAME_SEQ.finditer(text):
        if _heading(text, m.start(), m.end()):
            continue
        run = []
        for tok in m.group().split():
            run.append(tok)
            if tok[-1] in ".!?" and ends_sentence(tok):  # (the first test saves a call for most words)
                if len(run) > 1:
                    yield from _names_of_run(run)
                run = []
        if run:
            yield from _names_of_run(run)


def _names_of_run(run: list):
    """The run itself, or for a headline's run ("Hillary Clinton Goes After Donald Trump's Record")
    the pieces between its verbs that read as a person's name: two or three words, the first and
    the last no common word, no possessive ("Hillary Clinton", not "Offensive Things Donald Trump"
    or "Schlafly's Final Column")."""
    place = next((k for k, tok in enumerate(run[:-1])
                  if k > 1 and len(tok) > 2 and tok.lower() in PLACE_OPENERS), None)
    if place is not None:  # "Ted Cruz South Carolina": a name run on into a place
        yield from _names_of_run(run[:place])
        yield run[place:]
        return
    verbs = [k for k, tok in enumerate(run) if k > 0 and is_finite_verb(tok.lower())]
    if not verbs:
        yield run
        return
    for lo, hi in zip([0] + [k + 1 for k in verbs], verbs + [len(run)]):
        piece = run[lo:hi]
        if 2 <= len(piece) <= 3 and piece[0][:1].isupper() and not any("\u2019" in t or "'" in t for t in piece) \
                and not is_common_word(piece[0].lower()) and not is_common_word(piece[-1].lower()):
            yield piece


def _heading(text: str, start: int, end: int) -> bool:
    """True when the run at ``start:end`` lies in a heading of common words: a paragraph of its own
    ("Gender Equality.") or the run-in head of one ("Limited Tools to Fight Terror: The council
    ..."), not a name ("Dana Ames.", a transcript's "Dana Ames: ...")."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    colon = text.find(": ", para_start, para_end)
    if colon >= end and len(text[para_start:colon].split()) >= _RUN_IN_HEAD_WORDS:
        head = text[para_start:colon]
    elif not text[para_start:start].strip() and not text[end:para_end].strip(" .:"):
        head = text[start:end]
    else:
        return False
    return all(is_common_word(w.strip(".:,").lower()) or w.islower() for w in head.split())


# Words from which a paragraph's opening phrase before a colon may be a run-in head, not a
# transcript's label ("Dana Ames:", "SEN. AMES:").
_RUN_IN_HEAD_WORDS = 3


def canonical_speaker(doc, mention: str, names: dict) -> tuple:
    """The canonical name of a mention (the article's full name for "Mr. Lee", the person a role
    names) and its role, as ``(speaker, role)``."""
    mention = PAREN.sub("", mention).strip(" ,")
    if mention.rstrip(".") == "Q":
        return "the interviewer", None  # a question's label in an interview transcript ("Q: Do you ...")
    if mention in NAME_ALIASES:  # "AMLO"
        full = NAME_ALIASES[mention]
        return full, names["role_of"].get(full)
    toks = mention.replace("\u2019s", "").split()
    low = " ".join(t.lower() for t in toks)
    for drop in ("the ", "a ", "an ", "former "):
        if low.startswith(drop):
            low = low[len(drop):]
    if low in names["by_role"]:
        nm = names["by_role"][low]
        return nm, names["role_of"].get(nm)
    if "," in mention:
        head = mention.split(",")[0].replace("\u2019s", "").split()
        if head and head[-1][:1].isupper():
            toks = head
    if _org_name_with_for(toks):
        return mention, None  # "the Center for American Progress": an organisation's name, whole
    if len(toks) > 2:
        full = names["full"].get(toks[-1].lower().rstrip(".,"))
        if full is not None and " ".join(toks).endswith(full) and not _named_before_of(toks, full):
            return full, names["role_of"].get(full)
    # Strip leading titles ("Senate Majority Leader Mitch McConnell").
    k = 0
    for n, t in enumerate(toks[:-1]):
        if t.lower().rstrip(".") in ROLES:
            k = n + 1
    if any(t in _TIED_TO and (toks[n - 1].islower() or n == 1) for n, t in enumerate(toks[1:k], 1)):
        return mention, None  # "advisers to Mr. Obama", "a spokesman for Mr. Clinton": someone tied to the person
    core = toks[k:]
    if "of" in core and core.index("of") >= 1 and core[0][0].isupper():
        core = core[:core.index("of")]
    if core and core[0][0].isupper():
        key = core[-1].lower().rstrip(".,")
        full = names["full"].get(key)
        if full is not None:
            ftoks = full.split()
            # Only when the mention's words are the tail of the full name (or its surname).
            if all(t in ftoks for t in core) or len(core) == 1 or core[-2] in ftoks:
                return full, names["role_of"].get(full)
        if full is None and k == 0 and len(core) == 1:
            full = _by_first_name(doc, core[0], names)
            if full is not None:
                return full, names["role_of"].get(full)
        if k > 0 and not (len(core) == 1 and word_tag(core[0].lower()) in _COMMON_WORD_TAGS
                          and core[0].lower() not in ROLES):
            return " ".join(core), " ".join(toks[:k])  # (but "General Electric" is no general named Electric)
    return mention, None


def _by_first_name(doc, first: str, names: dict) -> Optional[str]:
    """The article's one person whose first name is ``first`` ("Bill" for "Bill Clinton"), or None: when
    ``first`` is no usual first name, names a place of the article ("in Cleveland") or starts several names,
    or when the name is no person's ("Sharon Statement")."""
    if first.lower() not in FIRST_NAME_GENDER or re.search(rf"\bin {first}\b(?!['\u2019])", doc.text):
        return None
    named = {nm for nm in [*names["full"].values(), *names["family_of"]] if nm.split()[0] == first
             and is_person(doc, nm, names)
             and is_person_name(nm) and not is_speaker_head(nm.split()[-1].lower())}
    return named.pop() if len(named) == 1 else None


def _named_before_of(toks: list, full: str) -> bool:
    """True when the full name ending the mention follows "of" after a capitalised name: the
    place or body the person is of ("Del. Ona Brel of the Virgin Islands"), not the person."""
    before = toks[:len(toks) - len(full.split())]
    while before and before[-1].lower() == "the":
        before = before[:-1]
    if len(before) >= 2 and before[-2].lower() in SOURCE_ADJECTIVES:
        return True  # "a source close to Ona Brel": the source, not Brel
    return len(before) >= 2 and before[-1] == "of" and before[-2][:1].isupper() \
        and before[-2].lower().rstrip(".") not in ROLES


def is_person(doc, speaker: str, names: dict) -> bool:
    """True when the speaker is a full personal name of the article (not an organisation)."""
    toks = speaker.split()
    if len(toks) >= 3 and toks[-1].lower().rstrip(".") in NAME_SUFFIXES:
        toks = toks[:-1]  # "Brent Bozell III" is known by "Bozell"
    last = toks[-1].lower().rstrip(".") if toks else ""
    return 2 <= len(toks) <= 5 and all(t[0].isupper() for t in toks) and last not in SPEAKER_NOUNS \
        and last not in ORGANISATION_WORDS and last not in PLACE_WORDS \
        and (names["full"].get(toks[-1].lower()) == speaker or speaker in names["family"].get(toks[-1].lower(), ()))
