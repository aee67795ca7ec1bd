"""Whom a pronoun or a description names: the people the article mentions, where, whether as the
subject of a sentence, and the gender and offices it gives them ("Ms.", "the harbor commissioner").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple, Optional

from ..text import load_wordlist, paragraphs, quotation_hulls, sentences
from .mentions import run_start, surname_mentions
from .patterns import INITIALS
from .wordclass import word_tag
from .lexicon import (
    AUX_VERBS, CUES, FIRST_NAME_GENDER, FUNCTION_WORDS, MONTHS, ORG_KINDS, ORGANISATION_WORDS, PERSON_SPEAKER_NOUNS,
    PERSONAL, PLACE_WORDS, PREPS, RELATIVES, ROLES, SAY, SPEAKER_NOUNS, SUBORDINATORS, TITLES, WEEKDAYS,
)

__all__ = ["Referents", "PersonMention", "ends_sentence", "is_person_name"]

MALE = load_wordlist("quote_male_words.txt")
FEMALE = load_wordlist("quote_female_words.txt")
# Each office's words ("rep" -> the congressman group).
ROLE_GROUPS: dict = {}
for _line in load_wordlist("quote_role_aliases.txt"):
    for _word in _line.split():
        ROLE_GROUPS.setdefault(_word, set()).update(_line.split())
# Words no person's name holds ("Even Friday", "United States", "Congressional Black Caucus").
NOT_PERSON = FUNCTION_WORDS | MONTHS | WEEKDAYS | ORGANISATION_WORDS | PLACE_WORDS | {"united", "states"}


def _singular(nouns: frozenset) -> frozenset:
    """The nouns of a word list that name one person ("aide", not "aides", "Democrats" or "people")."""
    return frozenset(w for w in nouns if (not w.endswith("s") or w.endswith("ss")) and w != "people")


# Nouns of an office or trade that a description ends with ("the former president").
PERSON_NOUNS = (ROLES | MALE | FEMALE | _singular(PERSON_SPEAKER_NOUNS) | set(ROLE_GROUPS)) - {
    "he", "him", "his", "himself", "she", "her", "hers", "herself"}
ROLE_NOUNS = PERSON_NOUNS | SPEAKER_NOUNS
# Words of the titles written before a name ("Former President", "NYPD Commissioner", "Ms.").
TITLE_WORDS = ROLE_NOUNS | TITLES | load_wordlist("people_title_words.txt")

# What may stand before a name that is the subject of its sentence: nothing, a linking word, a
# description and a comma ("The harbor commissioner, Tomas Vell, ..."), an opening adjunct and a
# comma ("In an interview on Monday, Vell ..."), or a few words of office ("longtime pollster").
_LEAD = re.compile(r"(?:(?:But|And|So|Yet|Still|Then|Now|Meanwhile|Later|Earlier|Also|However|Instead)\b[\s,]*)?")
_DESCRIPTION_BEFORE = re.compile(r"(?:The|A|An|Their|His|Her|Its)\s([^,;:\"\u201c\u201d]{1,60}),\s*")
_ADJUNCT_OPENERS = r"(?:In|On|At|During|After|Before|Since|Speaking|Asked|Earlier|Later)\b"
_ADJUNCT_BEFORE = re.compile(_ADJUNCT_OPENERS + r"[^;:\"\u201c\u201d]{0,90},\s*")
# The same adjunct up to its first comma only, to read what follows it.
_FIRST_ADJUNCT = re.compile(_ADJUNCT_OPENERS + r"[^,;:\"\u201c\u201d]{0,90},\s*")
_WORD = re.compile(r"\S+")
# A closing quotation mark (after a comma or end mark) right before a mention: '"...," she said'.
_AFTER_QUOTATION = re.compile(r"[,.!?]?[\"\u201d\u2019']\s+$")
_STOP_MARK = re.compile(r"[.!?]")
_CLAUSE_BEFORE = re.compile(r"(?:,\s*(?:and|but|while)|;)\s+\Z")
_WORD_BEFORE_MENTION = re.compile(r"\b([a-z]+)\s+(?:that\s+)?\Z")
# Words opening a clause inside a reported one, where a pronoun names that clause's subject.
_EMBEDDED_OPENERS = SUBORDINATORS | {"as"}
_WORDS_BEFORE = re.compile(r"(?:[\w\-\u2019']+\s+){1,4}")
# A person's name: capitalised words (initials may end with a full stop), the surname last.
_PERSON_NAME = re.compile(r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w'\u2019\-]*)(?:\s+(?:(?:[A-Z]\.){1,3}|[A-Z][\w'\u2019\-]*))*"
                          r"\s+[A-Z][\w'\u2019\-]*[a-z]")
_APPOSITIVE_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?([^,.;:\"\u201c\u201d()]{1,60})")
_APPOSITIVE_STOP = frozenset({"of", "for", "at", "in", "on", "with", "from", "to", "who", "which", "that", "and"})
# "A and B", or each with an appositive: "A, Democrat of Eastvale, and B".
_PLURAL_LINK = re.compile(r"\s+and\s+|,\s+[^,;:.\"\u201c\u201d()]{1,60},\s+and\s+")
# An office named with "of"/"for" before the capitalised words of a name ("Secretary of State ...").
_OFFICE_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+\Z")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# A line of underscores or asterisks between the items of a running story ("The Latest").
_SECTION_BREAK = re.compile(r"\n[ \t]*(?:_{3,}|\*(?:\s*\*){2,})\.?[ \t]*\n")
# Words after the head of a speaker's noun phrase: a preposition, a relative, "including", or an
# adjective taking a preposition ("officials at the agency", "people familiar with", "aides close to").
_AFTER_HEAD = PREPS | RELATIVES | {"including", "close", "familiar"}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")  # "press", "census", "analysis"
# People at an organisation ("officials at Eastvale Harbor Works", "analysts with Norvale Bank").
_STAFF_AT = re.compile(r"^\S+(?:\s+\S+)?\s+(?:at|with)\s+(?:the\s+)?[A-Z]")
# Lower-case words inside an organisation's name ("Department of Labor", "Bureau for ..."); a person's
# name has others (lexicon.NAME_LINKS: "de", "van").
_ORG_NAME_LINKS = frozenset({"of", "for", "and", "on", "the", "&"})
# A word and the word after it, for a plural subject and its verb.
_NOUN_VERB = re.compile(r"\b([A-Za-z][a-z]+)\s+(?=([a-z]+)\b)")
# What stands between a name and "who" that names it: a comma, an appositive or two ("Nia Abara, 24, from
# Eastvale, who", "Tomas Vell, the harbor commissioner who"), "of" and a place ("Ona Brel of Lanford, who").
_RELATIVE_GAP = re.compile(r"(?:\s+of\s+[A-Z][^,;:()\"\u201c\u201d]{0,40})?,(?:[^,;:()\"\u201c\u201d.!?]{1,90},){0,2}"
                           r"(?:\s+(?:a|an|the)\s[^,;:()\"\u201c\u201d.!?]{1,90})?\s*")
# A place before "who" is no antecedent ("a professor in Norvale, who", "Democrats on Capitol Hill, who").
_PLACE_PREP = re.compile(r"\b(?:in|on|at)\s+\Z")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_PLACE_LINKS = frozenset({"in", "on", "at", "from"})
# Word classes of a noun phrase's words: determiners, numbers, adjectives, nouns, possessives.
_NOUN_PHRASE_TAGS = re.compile(r"DT|CD|JJ|NN|PRP\$|POS")
# Determiners that bring in someone new: a description opening with one names nobody named before.
_INTRODUCING = frozenset({"a", "an", "one", "another", "some", "any", "each", "every"})


class PersonMention(NamedTuple):
    """One mention of a person of the article.

    Attributes:
        start: Offset of the mention, titles included ("Ms. Odile Marchetti").
        end: Offset after the surname.
        person: The person's canonical name.
        subject: True when the mention is the subject of its sentence.
    """

    start: int
    end: int
    person: str
    subject: bool


def _gender_of(words) -> Optional[str]:
    """"m" or "f" when the words tell one gender only, else None."""
    words = {w.lower().rstrip(".") for w in words}
    male, female = bool(words & MALE), bool(words & FEMALE)
    return "m" if male and not female else "f" if female and not male else None


_UNNAMED_SOURCES = load_wordlist("quote_unnamed_sources.txt")


class Referents:
    """The people of an article, for resolving "he", "she", "they" and descriptions.

    Args:
        text: The text the quote finder reads.
        names: The article's names (:func:`~toolkit.quotes.speakers.article_names`).
        persons: The canonical names that are people (not organisations).
        hulls: The quotations of the text as hulls, in text order (those of each paragraph, as
            :func:`~toolkit.text.quotation_hulls` gives them); found when not given.
    """

    def __init__(self, text: str, names: dict, persons: set, hulls: Optional[list] = None):
        self.text = text
        self.gender: dict = {}
        self.roles: dict = {}
        self.mentions: list = []
        self._surnames: set = set()
        self._names = frozenset(names.get("full", ()))  # the surnames of the article, lower case
        self._group: Optional[tuple] = None  # where the last plural speaker was mentioned, and who
        self._organisation: Optional[tuple] = None  # the same for the last organisation
        self._sent_starts = [s for s, _ in sentences(text)]
        if hulls is None:
            hulls = [h for s, e in paragraphs(text) for h in quotation_hulls(text, s, e)[0]]
        self._hulls = hulls
        self._hull_starts = [hull_start for hull_start, _ in hulls]
        self._find(names, persons)
        self._starts = [m.start for m in self.mentions]

    def _quoted(self, at: int) -> bool:
        """True when ``at`` lies inside a quotation (the hulls are in text order and disjoint)."""
        k = bisect_right(self._hull_starts, at) - 1
        return k >= 0 and at < self._hulls[k][1]

    def _find(self, names: dict, persons: set) -> None:
        text = self.text
        # (sorted: the order of a set varies from run to run)
        people = {full: full.split() for full in sorted(persons) if is_person_name(full)}
        surnames = {words[-1]: full for full, words in people.items() if names["full"].get(words[-1].lower()) == full}
        self._family = {}  # surname -> the people who bear it, when more than one does ("Bill", "Hillary Clinton")
        for full, words in people.items():
            if words[-1] in surnames and full != surnames[words[-1]]:
                self._family.setdefault(words[-1], [surnames[words[-1]]]).append(full)
                for relative in (full, surnames[words[-1]]):  # the first names' usual gender tells them apart
                    gender = FIRST_NAME_GENDER.get(people[relative][0].lower())
                    if gender is not None and relative not in self.gender:
                        self.learn_gender(relative, gender)
        # a first name's usual gender, for people the article gives no other sign of it ("Donald Trump")
        self._name_gender = {full: FIRST_NAME_GENDER[words[0].lower()] for full, words in people.items()
                             if words[0].lower() in FIRST_NAME_GENDER}
        self._surnames = set(surnames)
        if not surnames:
            return
        for at, end, surname in surname_mentions(text, surnames):
            if not self._quoted(at):  # a name inside a quotation: not a referent of the narrative
                self._add_mention(at, end, surnames[surname])

    def _add_mention(self, at: int, end: int, person: str) -> None:
        """Record the mention of ``person`` whose surname is ``text[at:end]``, with what the words
        around it say of the person (of the relative who bears the surname, if the words say so)."""
        start = self._mention_start(at)
        words = self.text[start:at].split()
        family = self._family.get(self.text[at:end])
        sure = True
        if family is not None:
            person, sure = self._family_member(family, words)
        own = person.split()
        while words and words[-1] in own:
            words.pop()  # the first names
        words = _titles(words)
        subject, described = self._subject(start)
        if sure:  # (a guess among relatives teaches nothing: "Mr. Khan" is not the first Khan named)
            self._learn(person, words + described + self._apposed(end))
        self.mentions.append(PersonMention(start, end, person, subject))

    def _family_member(self, family: list, words: list) -> tuple:
        """Which of the people sharing a surname a mention names, from the words before the surname,
        and whether the words settle it: the one whose first name they end with ("Melania Trump"),
        else the one whose known gender fits an honorific ("Mrs. Clinton"), else the first named."""
        if words:
            for full in family:
                if words[-1] in full.split()[:-1]:
                    return full, True
        gender = _gender_of(w.lower().rstrip(".,") for w in _titles(words))
        fits = [full for full in family if gender is not None and self.gender.get(full) == gender]
        return (fits[0], True) if len(fits) == 1 else (family[0], False)

    def person_at(self, start: int, end: int) -> Optional[str]:
        """The person of the mention whose surname ends inside ``start:end``, or None."""
        k = bisect_right(self._starts, end - 1) - 1
        while k >= 0 and self.mentions[k].end > start:
            if self.mentions[k].end <= end:
                return self.mentions[k].person
            k -= 1
        return None

    def _mention_start(self, at: int) -> int:
        """Start of the capitalised run before the surname at ``at`` (first names, titles), from
        the word after a full stop that ends a sentence inside the run."""
        text = self.text
        start = run_start(text, max(0, at - 80), at)
        link = _office_before(text, start)
        if link is not None and link.group(1).lower() in ROLE_NOUNS:
            start = run_start(text, max(0, link.start() - 80), link.end(1))  # "Secretary of State Ona Brel"
        if _STOP_MARK.search(text, start, at):  # only a word ending in one may end a sentence
            for word in _WORD.finditer(text, start, at):
                if ends_sentence(word.group()):
                    start = word.end()  # "Ona Brel. Carlos Ruiz": from "Carlos"
        while start < at and text[start].isspace():
            start += 1
        return start

    def _apposed(self, end: int) -> list:
        """The words of an appositive after a mention ending at ``end`` (", the harbor commissioner")."""
        after = _APPOSITIVE_AFTER.match(self.text, end)
        apposed: list = []
        if after is not None:
            for w in after.group(1).lower().split():
                if w in _APPOSITIVE_STOP:
                    break
                apposed.append(w)
        return apposed

    def _subject(self, start: int) -> tuple:
        """Whether a mention at ``start`` is its sentence's subject, and the words of a description
        standing before it ("The harbor commissioner, ...")."""
        text = self.text
        k = bisect_right(self._sent_starts, start) - 1
        sent_start = self._sent_starts[k] if k >= 0 else 0
        while sent_start < start and text[sent_start] in "\"'\u201c\u2018 ":
            sent_start += 1
        if _LEAD.fullmatch(text, sent_start, start) or _ADJUNCT_BEFORE.fullmatch(text, sent_start, start) \
                or _CLAUSE_BEFORE.search(text, max(sent_start, start - 12), start):
            return True, []
        adjunct = _FIRST_ADJUNCT.match(text, sent_start, start)
        if adjunct is not None:
            sent_start = adjunct.end()  # "In a statement on Tuesday, presidential nominee Nia Abara ..."
        m = _DESCRIPTION_BEFORE.fullmatch(text, sent_start, start)
        if m is not None:
            return True, m.group(1).lower().split()
        m = _WORDS_BEFORE.fullmatch(text, sent_start, start)
        if m is not None:
            words = m.group().lower().split()
            if words[-1] in ROLE_NOUNS:
                return True, words
        return False, []

    def _learn(self, person: str, words) -> None:
        """Record the offices and the gender that ``words`` give ``person``."""
        roles = self.roles.setdefault(person, set())
        if not words:
            return
        low = [w.lower().rstrip(".,") for w in words]
        # (a person's offices: not "party" of "Democrat James Polk, the Whig party faced ...", nor "voters")
        roles.update(w for w in low if w in PERSON_NOUNS)
        # a possessive names someone else: "Donald Trump, her opponent", "Jane Doe, his wife"
        gender = _gender_of([w for w in low if w not in _POSSESSIVE_PRONOUNS])
        if gender is not None:
            self.learn_gender(person, gender)

    def learn_gender(self, person: str, gender: str) -> None:
        """Record a person's gender ("m" or "f"); evidence for both leaves it unknown."""
        known = self.gender.get(person)
        self.gender[person] = gender if known in (None, gender) else "?"

    def compatible(self, person: str, gender: Optional[str]) -> bool:
        """True when nothing the article says contradicts ``person`` having ``gender``."""
        known = self.gender.get(person) or self._name_gender.get(person)
        return gender is None or known in (None, "?", gender)

    def is_surname(self, word: str) -> bool:
        """True when ``word`` ends one of the article's names ("Sanders" of "Bernie Sanders")."""
        return word.lower() in self._names

    def _before(self, at: int) -> list:
        return self.mentions[:bisect_right(self._starts, at - 1)]

    def pronoun(self, at: int, word: str, last_speaker_at: int, last_person: Optional[str]) -> Optional[str]:
        """The person "he" or "she" at ``at`` names: the subject of a sentence since the last
        speaker's mention (``last_speaker_at``), else that speaker (``last_person``), else the
        latest subject; always one whose gender fits. None when nobody fits."""
        gender = _gender_of([word])
        before = self._before(at)
        for m in reversed(before):
            if m.start <= last_speaker_at:
                break
            if m.subject and self.compatible(m.person, gender):
                return m.person
        embedded = self._embedded_subject(at, gender, last_speaker_at)
        if embedded is not None:
            return embedded
        if last_person is not None and self.compatible(last_person, gender):
            return last_person
        for m in reversed(before):
            if m.subject and self.compatible(m.person, gender):
                return m.person
        return None

    def _embedded_subject(self, at: int, gender: Optional[str], last_speaker_at: int) -> Optional[str]:
        """For a pronoun opening a subordinate clause ("when she", "as he"), the subject of a clause
        reported earlier in its sentence ("Vell said Ames was right when she said ..."): a name right
        after a verb of the say family (and "that"), whose gender fits; None otherwise."""
        opener = _WORD_BEFORE_MENTION.search(self.text, max(0, at - 12), at)
        if opener is None or opener.group(1).lower() not in _EMBEDDED_OPENERS:
            return None  # (not "Vell said Ames won, and he ...": the main clause's subject goes on)
        k = bisect_right(self._sent_starts, at) - 1
        sent_start = self._sent_starts[k] if k >= 0 else 0
        for m in reversed(self._before(at)):
            if m.start < max(sent_start, last_speaker_at + 1):
                break
            verb = _WORD_BEFORE_MENTION.search(self.text, max(sent_start, m.start - 20), m.start)
            if verb is not None and verb.group(1).lower() in SAY and self.compatible(m.person, gender):
                return m.person
        return None

    def plural(self, at: int, last_speaker_at: int, last_person: Optional[str] = None) -> Optional[str]:
        """The people "they" at ``at`` names: the latest of two people joined by "and" as the subject
        of a sentence since the last speaker's mention ("Mr. Ruiz and Ms. Abara"), the pair the last
        speaker was named in and a plural speaker (:meth:`note_group`, "Proponents say ..."); the
        last two only in the sentence of "they" or the one before, with no other plural subject
        named since ("Officials said ... officers were searching because they ...")."""
        found = [c for c in (self._group, self._speaker_pair(last_speaker_at, last_person))
                 if c is not None and c[0] < at and self._recent_plural(c[0], c[1], at)]
        pair = self._subject_pair(at, last_speaker_at)
        if pair is not None:
            found.append(pair)
        return max(found)[2] if found else None

    def _subject_pair(self, at: int, last_speaker_at: int) -> Optional[tuple]:
        """Two people joined by "and" as the subject of a sentence since the last speaker's mention."""
        before = self._before(at)
        for k in range(len(before) - 1, 0, -1):
            first, second = before[k - 1], before[k]
            if second.start <= last_speaker_at:
                break
            if first.subject and self._linked(first, second):
                return first.start, second.end, f"{first.person} and {second.person}"
        return None

    def _speaker_pair(self, last_speaker_at: int, last_person: Optional[str]) -> Optional[tuple]:
        """The two people joined by "and" that the last speaker's mention at ``last_speaker_at`` is
        one of ("Mr. Ruiz and Ms. Abara said ...": the rules take "Ms. Abara" as the mention)."""
        before = self._before(last_speaker_at + 1)
        if last_person is None or len(before) < 2:
            return None
        first, second = before[-2], before[-1]
        if last_person in (first.person, second.person) and self._linked(first, second) \
                and self._sentence_of(second.start) == self._sentence_of(last_speaker_at):
            return first.start, second.end, f"{first.person} and {second.person}"
        return None

    def _linked(self, first: PersonMention, second: PersonMention) -> bool:
        """True when two mentions of different people are joined by "and" ("A and B", "A, X, and B")."""
        return first.person != second.person and \
            _PLURAL_LINK.fullmatch(self.text, first.end, second.start) is not None

    def _sentence_of(self, at: int) -> int:
        return bisect_right(self._sent_starts, at)

    def _recent_plural(self, start: int, end: int, at: int) -> bool:
        """True when a plural mention at ``start:end`` lies in the sentence of ``at`` or the one
        before, and no other plural subject stands between them: in the sentence of ``at``
        ("Authorities said officers searched because they ...") or opening a sentence ("Waivers
        were designed ..., but they"); not one inside a clause they reported ("A and B say other
        changes are needed. The program is ..., they say")."""
        here = self._sentence_of(at)
        if self._sentence_of(start) < here - 1:
            return False
        for m in _NOUN_VERB.finditer(self.text, end, at):
            if _newer_subject(m) and (self._sentence_of(m.start()) == here or self._opens_sentence(m.start())):
                return False
        return True

    def _opens_sentence(self, at: int) -> bool:
        """True when at most two words stand between the start of the sentence and ``at`` ("Senate
        Democrats", "But campaign officials")."""
        k = bisect_right(self._sent_starts, at) - 1
        return len(self.text[self._sent_starts[k] if k >= 0 else 0:at].split()) <= 2

    def leads_clause(self, at: int) -> bool:
        """True when a mention at ``at`` opens its sentence or follows a quotation ('"...," she
        said'): the subject of its own clause, not a pronoun inside another's ("after she ...")."""
        return self._opens_sentence(at) or _AFTER_QUOTATION.search(self.text, max(0, at - 4), at) is not None

    def note_speaker(self, start: int, end: int, mention: str, speaker: str, person: bool) -> None:
        """Remember the speaker of a mention at ``start:end``: a plural one ("Proponents", "state
        officials", "they") for a later "they", an organisation ("Congressional Budget Office",
        "officials at Eastvale Harbor Works") for a later "the agency"."""
        low = mention.lower()
        if low in PERSONAL:
            return  # "he", "she": one person, no organisation
        plural = _plural_head(mention, self._names)
        if low == "they":
            self._group = (start, end, speaker)
        elif plural:
            # "Friends of Mr. Vell's" are not Vell: the group is the mention
            one = _POSSESSIVE.sub("", speaker.split()[-1]) in self._surnames
            self._group = (start, end, mention if one else speaker)
        staff = plural and _STAFF_AT.search(mention) is not None  # people at a place of work: an organisation
        if staff or (not person and (self._is_organisation(speaker) or low.split()[-1] in ORG_KINDS)):
            self._organisation = (start, end, speaker)

    def _is_organisation(self, speaker: str) -> bool:
        """True when a speaker reads as an organisation's name: capitalised words and the links of a
        name ("Homeland Security Investigations", "Department of Labor", "GunBroker.com"), not a
        person's name or surname ("Biden", "Donald Trump's"), a plural ("Democrats") or a function
        word cut from a phrase ("Other")."""
        words = speaker.split()
        if len(words) > 1 and words[0] == "the":
            words = words[1:]  # "the Times", "the Pentagon"
        last = _POSSESSIVE.sub("", words[-1]) if words else ""
        return bool(words) and words[0][:1].isupper() and words[0].lower() not in FUNCTION_WORDS \
            and all(w[:1].isupper() or w in _ORG_NAME_LINKS for w in words) and last not in self._surnames \
            and not (len(words) == 1 and _plural_noun(last.lower()))

    def names_a_body(self, speaker: str) -> bool:
        """True when a speaker's last word names an organisation ("NBC News", "the network"), which
        "he" or "she" never names."""
        last = _POSSESSIVE.sub("", speaker.split()[-1]).lower() if speaker.split() else ""
        return last in ORGANISATION_WORDS or last in ORG_KINDS

    def organisation(self, at: int, words: list) -> Optional[str]:
        """The organisation a description at ``at`` names ("the agency", "the company"): the last
        speaker, when an organisation of a kind that fits, named in the sentence of ``at`` or the
        one before ("..., according to the Congressional Budget Office. The middle fifth paid ...,
        the agency said")."""
        org = self._organisation
        if len(words) != 2 or words[0].lower() != "the" or org is None or org[0] >= at:
            return None
        kinds = ORG_KINDS.get(words[1].lower())
        last = _POSSESSIVE.sub("", org[2].split()[-1]).lower()
        if kinds is None or (last in ORGANISATION_WORDS and last not in kinds) \
                or self._sentence_of(org[0]) < self._sentence_of(at) - 1:
            return None
        return org[2]

    def body(self, at: int) -> Optional[str]:
        """The organisation "it" at ``at`` names: the last speaker, when an organisation named in the
        sentence of ``at`` or the one before ("The Eastvale Times said. It added, ...")."""
        org = self._organisation
        if org is None or org[0] >= at or self._sentence_of(org[0]) < self._sentence_of(at) - 1:
            return None
        return org[2]

    def relative(self, at: int, last_mention: Optional[tuple], last_speaker: Optional[str]) -> Optional[str]:
        """The person "who" at ``at`` names: the last speaker when its mention ends right before
        ("..., said one aide familiar with the talks, who added ..."), else a person named just before
        in the same sentence, an appositive between them ("Nia Abara, a lawyer from Eastvale, who
        ...", "Tomas Vell, the harbor commissioner who ..."); None otherwise."""
        text = self.text
        if last_mention is not None and last_speaker is not None and last_mention[1] <= at \
                and _RELATIVE_GAP.fullmatch(text, last_mention[1], at):
            return last_speaker
        for m in reversed(self._before(at)):
            if at - m.end > 160 or self._sentence_of(m.start) != self._sentence_of(at):
                return None
            if _POSSESSIVE_AFTER.match(text, m.end):
                continue  # "a top adviser to Vell's campaign who": not Vell
            if _PLACE_PREP.search(text, max(0, m.start - 4), m.start) or not _RELATIVE_GAP.fullmatch(text, m.end, at):
                return None
            return m.person
        return None

    def antecedent(self, at: int) -> Optional[str]:
        """The noun phrase right before a relative pronoun at ``at`` ("an architect who", "the Chicago
        Police Department which", "Scott's relatives, who"): determiners, adjectives, nouns, names and
        "of", back to the first word of another kind; None when it ends in no noun."""
        words = list(_WORD.finditer(self.text, max(0, at - 80), at))
        phrase: list = []
        before = ""  # the word before the phrase
        for k in range(len(words) - 1, -1, -1):
            token = words[k].group().rstrip(",") if not phrase else words[k].group()
            if token in _PLACE_LINKS and phrase and phrase[0][0].isupper() and k > 0 \
                    and (word_tag(words[k - 1].group()) or "").startswith("NN"):
                phrase.insert(0, token)  # "farmers in Port Norvale, who": the farmers, not the place
                continue
            if not token or not token[0].isalnum() or token[-1] in ",;:.!?\"\u201d)" and (phrase or token[-1] != ","):
                before = token
                break
            tag = word_tag(token) or word_tag(token.lower()) or "NN"  # (an unknown word: a name or a noun)
            if not (_NOUN_PHRASE_TAGS.match(tag) or token.lower() == "of" or _POSSESSIVE.search(token)):
                before = token
                break
            phrase.insert(0, token)
        while phrase and phrase[0].lower() in ("of", "and"):
            before = phrase.pop(0)
        if not phrase or phrase[-1].lower() == "of" or not (phrase[-1][0].isupper() or (
                word_tag(phrase[-1].lower()) or "NN").startswith("NN")):
            return None
        if phrase[0][0].isupper() and before.lower() in ("of", "for"):
            return None  # "Matt Duss, the president of the Foundation for Middle East Peace, who": a name's tail
        if len(phrase) == 1 and phrase[0].islower() and not phrase[0].endswith("s") and before.lower() in ("and", "or"):
            return None  # "is a liar, racist and birther who": the last noun of a list, with no determiner
        return " ".join(phrase)

    def description(self, at: int, words: list, last_speaker_at: int,
                    last_person: Optional[str] = None) -> Optional[str]:
        """The person a description at ``at`` names ("the California congressman", "the
        ambassador"): the latest person the article gave that office, else, for a noun of a person,
        the subject of a sentence since the last speaker's mention, else that speaker
        (``last_person``) when the article gave them no other office and their gender fits."""
        before = self._before(at)
        if before and self.text[before[-1].end:at].strip() == ",":
            return before[-1].person  # "Senator Ona Brel, Democrat of Eastvale, said"
        of = words.index("of") if "of" in words[2:-1] else -1
        if of > 0 and words[0].lower() == "the" and all(w.islower() for w in words[1:of]):
            words = words[:of]  # "the former secretary of state": the head comes before "of"
        head = words[-1].lower().rstrip(".,") if words else ""
        if head.endswith(("\u2019s", "'s")) or head not in ROLE_NOUNS or head[:-1] in ROLE_NOUNS \
                or words[-1][:1].isupper() and head not in TITLES:  # (not "the Brennan Center for Justice", a name)
            return None  # not an office, or several people ("top lawmakers")
        group = ROLE_GROUPS.get(head, {head})
        for m in reversed(before):
            if self.roles.get(m.person, set()) & group:
                return m.person
        if head not in PERSON_NOUNS or words[0].lower() in _INTRODUCING or self._relational(words[:-1]):
            return None  # "a spokesman", "one official", "Ruiz's lawyer": someone not named yet
        since = max(last_speaker_at, _previous_paragraph_start(self.text, at))
        if _introduced(self.text, head, since, at):
            return None  # "A senior official said ... The official added": the one brought in unnamed
        gender = _gender_of([head])
        for m in reversed(before):
            if m.start < since:
                break
            if m.subject and (self.gender.get(m.person) == gender if gender else True) \
                    and self._sentence_of(m.start) != self._sentence_of(at):  # (one sentence: two people)
                return m.person
        if self._epithet(words) and last_person is not None and last_speaker_at >= since \
                and not self.roles.get(last_person) and self.compatible(last_person, gender):
            return last_person  # "Sanders said ... the Vermont senator acknowledged"
        return None

    @staticmethod
    def _epithet(words: list) -> bool:
        """True when a description may stand for someone already named ("the Vermont senator", "the
        actress"), not for a source brought in unnamed ("the person", "the prime minister's spokesman")."""
        return words[0].lower() == "the" and words[-1].islower() and words[-1] not in _UNNAMED_SOURCES \
            and not any(_POSSESSIVE.search(w) for w in words)

    def _relational(self, words: list) -> bool:
        """True when words of a description name another person ("Ruiz's lawyer", "the Abara aide"):
        it describes someone by their tie to that person, not anyone the article has named yet."""
        return any(w.lower() in _POSSESSIVE_PRONOUNS or _POSSESSIVE.sub("", w.strip(",.")) in self._surnames
                   for w in words)


def _newer_subject(match) -> bool:
    """True when a noun and the word after it read as a plural subject and its verb ("officers
    encountered", "waivers were", "these people said")."""
    noun, verb = match.group(1).lower(), match.group(2).lower()
    return _plural_noun(noun) and (
        verb in AUX_VERBS or (verb in CUES and not verb.endswith("ing")) or (verb.endswith("ed") and len(verb) > 4))


def _plural_noun(low: str) -> bool:
    """True when a lower-case word reads as a plural noun ("officials", "people", not "its", "press")."""
    return low == "people" or (len(low) > 3 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS)
                               and low.isalpha() and low not in FUNCTION_WORDS)


def _plural_head(mention: str, surnames) -> bool:
    """True when the head noun of a speaker's mention is plural ("Proponents", "Federal and state
    officials", "supporters in Congress"), not a name ending in s ("Bernie Sanders", "CBS News")."""
    if "s" not in mention and "people" not in mention.lower():
        return False  # (most mentions: no plural noun can be in them)
    words = []
    for word in mention.split(",", 1)[0].split():
        if word.lower() in _AFTER_HEAD:
            break
        words.append(word)
    if not words:
        return False
    head = words[-1]
    low = head.lower()
    if head[0].isupper() and len(words) > 1 and low not in SPEAKER_NOUNS:
        return False  # a capitalised word after others: a name ("Tomas Rhodes", "Eastvale Times")
    return _plural_noun(low) and low not in surnames and low not in ORGANISATION_WORDS


def _introduced(text: str, head: str, since: int, at: int) -> bool:
    """True when someone with the noun ``head`` was brought in unnamed between ``since`` and ``at``
    ("a senior official", "another official")."""
    return _introducing_pattern(head).search(text, since, at) is not None


@lru_cache(maxsize=256)
def _introducing_pattern(head: str):
    return re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-.\u2019']+\s+){0,4}" + re.escape(head) + r"\b")


def _previous_paragraph_start(text: str, at: int) -> int:
    """Where the text two paragraphs before the one holding ``at`` starts (0 near the top), or the
    section break (a line of underscores or asterisks) before it."""
    start = at
    for _ in range(3):
        start = _end_of_text_before(text, text.rfind("\n", 0, start))
    breaks = [m.end() for m in _SECTION_BREAK.finditer(text, max(start - 1, 0), at)]
    return breaks[-1] if breaks else text.rfind("\n", 0, start) + 1


def _end_of_text_before(text: str, at: int) -> int:
    """The offset after the last non-space character before ``at`` (``len(text[:at].rstrip())``
    without copying the text), 0 when ``at`` is not positive."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return max(at, 0)


def ends_sentence(token: str) -> bool:
    """True when a word of a capitalised run ends a sentence ("Vell." but not "G.K.", "Jr.", "Rep.")."""
    return token.endswith((".", "!", "?")) and len(token) > 3 and not INITIALS.match(token) \
        and token.lower().rstrip(".") not in TITLE_WORDS


def _office_before(text: str, start: int):
    """``_OFFICE_OF`` searched in the 40 characters before ``start``; None without a search unless
    they end in "of" or "for" and spaces or tabs (most mentions)."""
    lo = max(0, start - 40)
    end = start
    while end > lo and text[end - 1] in " \t":
        end -= 1
    if end == start or not text.endswith(("of", "for"), lo, end):
        return None
    return _OFFICE_OF.search(text, lo, start)


def is_person_name(name: str) -> bool:
    """True when ``name`` reads as a person's name ("G.K. Butterfield", not "Mitt Romney. He")."""
    return _PERSON_NAME.fullmatch(name) is not None and not any(
        w.lower().rstrip(".") in NOT_PERSON for w in name.split())


def _titles(words: list) -> list:
    """The title words that end ``words`` (the capitalised words before a name): "Former
    President" of "Former President", "Rep." of "Black Lawmakers Rip Rep.", none of "Black Lawmakers Rip"."""
    k = len(words)
    while k > 0 and words[k - 1].lower().rstrip(".") in TITLE_WORDS:
        k -= 1
    return words[k:]
