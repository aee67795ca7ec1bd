"""Word lists of the quote rules, read once from ``toolkit/data`` (one word a line, ``#`` comments).

``cue_words.txt`` is derived from PolNeAR train by ``scripts/derive_cue_lexicon.py``; the
``quote_*.txt`` files hold the closed word classes the rules test (determiners, auxiliaries,
prepositions, ...), each file's first line saying what it is for.
"""
from __future__ import annotations

import re

from ..text import data_lines, load_table, load_wordlist, trie_pattern

__all__ = [
    "CUES",
    "FIRST_NAME_GENDER",
    "TOPIC_OPENERS",
    "QUESTION_CUES",
    "COMPLEMENT_NOUNS",
    "THOUGHT_CUES",
    "SPEAKER_NOUNS",
    "PERSON_SPEAKER_NOUNS",
    "ORGANISATION_WORDS",
    "PLACE_WORDS",
    "PLACE_OPENERS",
    "NAME_SUFFIXES",
    "NAME_ALIASES",
    "ROLES",
    "TITLES",
    "OBJECT_CUES",
    "SAY",
    "PRONOUNS",
    "PERSONAL",
    "NUMBER_WORDS",
    "DETERMINERS",
    "AUX_VERBS",
    "FINITE_VERBS",
    "SKIP",
    "SKIP_BEFORE_CUE",
    "INTRO",
    "PREPS",
    "ADJUNCT_START",
    "TIME_DET",
    "TIME_WORDS",
    "WEEKDAY_NAMES",
    "WEEKDAYS",
    "ASKED_PASSIVE",
    "SEEM",
    "HEAD_PREPS",
    "IMPERSONAL",
    "CLAUSE_HEADS",
    "SHORT_OBJ",
    "NOUN_DET",
    "AFTER_STOP",
    "MONTHS",
    "NAME_LINKS",
    "CLAUSE_WORDS",
    "SOURCE_ADJECTIVES",
    "SOURCE_LINKS",
    "SUBORDINATORS",
    "NP_LEAD",
    "INDEFINITE",
    "SENT_START_STOP",
    "PARTICIPLES",
    "CLAUSE_INTRO",
    "QUANTIFIERS",
    "PERCENT_LEAD",
    "NOT_NAME_START",
    "ADJ_BEFORE",
    "SHOW_NOUN_BEFORE",
    "CALL_NOUN",
    "NOUN_COMPOUND",
    "IRREGULAR_SPEECH",
    "NOT_LABELS",
    "NOT_HEAD_LABELS",
    "CLAUSE_OPENERS",
    "ADJ_CUES",
    "ADJ_PASSIVE",
    "PREPS_END",
    "SKIP_END",
    "REL_AUX",
    "PARTS_OF_DAY",
    "GAP_ADVERBS",
    "SPOKE",
    "SECOND_NOT",
    "NOUN_CUES",
    "PHRASE_HEADS",
    "FUNCTION_WORDS",
    "SHORT_SUBJ",
    "REPORTED_OPENERS",
    "SUMMARY_OPENERS",
    "GERUND_CUES",
    "CLAUSE_SUBJECTS",
    "NARRATION_SUBJECTS",
    "REPORTED_MODALS",
    "NOT_HEADS",
    "ADJECTIVE_HEADS",
    "POSSESSIVE_NAMES",
    "RELATIVES",
    "CONNECTIVES",
    "SHORT_AUX",
    "SHOW_CUES",
    "DOC_NOUNS",
    "ORG_KINDS",
    "DESIGNATION_BEFORE",
    "is_speaker_noun",
    "is_speaker_head",
    "REGIONS",
    "REGION_ABBREVIATIONS",
    "REFLEXIVES",
    "cue_run_pattern",
    "set_cues",
]

# A set, not a frozenset: set_cues() replaces its words in place, for every module that imported it.
CUES = set((load_wordlist("cue_words.txt") | load_wordlist("cue_extra.txt")) - load_wordlist("cue_stop.txt"))
# Nouns that head a speaker mention: people ("a spokesman"), and sources, documents and bodies ("the poll").
PERSON_SPEAKER_NOUNS = load_wordlist("speaker_person_nouns.txt")
SPEAKER_NOUNS = PERSON_SPEAKER_NOUNS | load_wordlist("speaker_nouns.txt")
# First names of one gender ("bill" -> "m"): for people who share a surname, and surnames spelt like a
# month ("Theresa May").
FIRST_NAME_GENDER = {**dict.fromkeys(load_wordlist("quote_male_first_names.txt"), "m"),
                     **dict.fromkeys(load_wordlist("quote_female_first_names.txt"), "f")}
# Short forms of public figures' names -> the full name ("AMLO"), shared with toolkit.people.
NAME_ALIASES = {row["alias"]: row["name"] for row in load_table("people_aliases.csv")}
# Last words of an organisation's name ("National Review", "the Harbour Coalition").
ORGANISATION_WORDS = load_wordlist("people_organisations.txt")
PLACE_WORDS = load_wordlist("quote_place_words.txt")
PLACE_OPENERS = load_wordlist("quote_place_openers.txt")
# States and provinces that end an address ("Columbus, Ohio", "Fresno, Calif."), without a final period.
# "himself", "themselves": never a speaker's head, and after "found" no cue ("found himself embroiled").
REFLEXIVES = frozenset(("himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"))
_REGION_NAMES = load_wordlist("quote_regions.txt")
REGIONS = frozenset(name.rstrip(".") for name in _REGION_NAMES)
REGION_ABBREVIATIONS = frozenset(name.rstrip(".") for name in _REGION_NAMES if name.endswith("."))  # ("calif")
NAME_SUFFIXES = load_wordlist("people_name_suffixes.txt")  # ("Jr.", "III"), shared with toolkit.people
ROLES = load_wordlist("speaker_roles.txt")
TITLES = load_wordlist("title_abbreviations.txt")
OBJECT_CUES = load_wordlist("quote_object_cues.txt")
SAY = load_wordlist("quote_say.txt")
PRONOUNS = load_wordlist("quote_pronouns.txt")
PERSONAL = load_wordlist("quote_personal.txt")
NUMBER_WORDS = load_wordlist("quote_number_words.txt")
DETERMINERS = load_wordlist("quote_determiners.txt") | NUMBER_WORDS
AUX_VERBS = load_wordlist("quote_aux_verbs.txt")
FINITE_VERBS = load_wordlist("quote_finite_verbs.txt")
# Words skipped between a subject and its cue ("Mr. Lee has also repeatedly said"): the auxiliaries and
# these adverbs.
SKIP = AUX_VERBS | load_wordlist("quote_skip_adverbs.txt")
SKIP_BEFORE_CUE = load_wordlist("quote_skip_before_cue.txt")
INTRO = load_wordlist("quote_intro.txt")
PREPS = load_wordlist("quote_preps.txt")
ADJUNCT_START = load_wordlist("quote_adjunct_start.txt")
TIME_DET = load_wordlist("quote_time_det.txt")
TIME_WORDS = load_wordlist("quote_time_words.txt")
# Calendar words are the time-expression finder's data, read here as plain words (first column).
WEEKDAY_NAMES = "|".join(line.split("\t")[0].strip().capitalize() for line in data_lines("timex_weekdays.txt"))
WEEKDAYS = frozenset(WEEKDAY_NAMES.lower().split("|"))
ASKED_PASSIVE = load_wordlist("quote_asked_passive.txt")
SEEM = load_wordlist("quote_seem.txt")
HEAD_PREPS = load_wordlist("quote_head_preps.txt")
IMPERSONAL = load_wordlist("quote_impersonal.txt")
CLAUSE_HEADS = load_wordlist("quote_clause_heads.txt")
SHORT_OBJ = load_wordlist("quote_short_obj.txt")
NOUN_DET = load_wordlist("quote_noun_det.txt")
AFTER_STOP = load_wordlist("quote_after_stop.txt")
MONTHS = load_wordlist("quote_months.txt")
NAME_LINKS = load_wordlist("quote_name_links.txt")
CLAUSE_WORDS = load_wordlist("quote_clause_words.txt")
SUBORDINATORS = load_wordlist("quote_subordinators.txt")
SOURCE_ADJECTIVES = load_wordlist("quote_source_adjectives.txt")
SOURCE_LINKS = load_wordlist("quote_source_links.txt")
NP_LEAD = load_wordlist("quote_np_lead.txt") | SUBORDINATORS
INDEFINITE = load_wordlist("quote_indefinite.txt")
SENT_START_STOP = load_wordlist("quote_sent_start_stop.txt")
PARTICIPLES = load_wordlist("quote_participles.txt")
CLAUSE_INTRO = load_wordlist("quote_clause_intro.txt")
QUANTIFIERS = load_wordlist("quote_quantifiers.txt")
PERCENT_LEAD = QUANTIFIERS | {"just"}  # "just 42% say ..."
NOT_NAME_START = load_wordlist("quote_not_name_start.txt")
ADJ_BEFORE = load_wordlist("quote_adj_before.txt")
# "show"/"shows" as a noun ("a reality TV show", "the show's host", "an MSNBC show") or "show up": not a cue.
SHOW_NOUN_BEFORE = ADJ_BEFORE | load_wordlist("quote_show_noun_before.txt")
CALL_NOUN = load_wordlist("quote_call_noun.txt")
NOUN_COMPOUND = {"call": CALL_NOUN, "calls": CALL_NOUN, "showing": load_wordlist("quote_showing_noun_before.txt")}
IRREGULAR_SPEECH = load_wordlist("quote_irregular_speech.txt")
NOT_LABELS = load_wordlist("quote_not_labels.txt")
NOT_HEAD_LABELS = ("the latest", "exclusive", "update", "watch", "breaking")
CLAUSE_OPENERS = load_wordlist("quote_clause_openers.txt")
# Adjectives that are cues only with their preposition.
ADJ_CUES = {"critical": " of", "supportive": " of", "skeptical": " of", "wary": " of"}
ADJ_PASSIVE = load_wordlist("quote_adj_passive.txt")
PREPS_END = load_wordlist("quote_preps_end.txt")
SKIP_END = load_wordlist("quote_skip_end.txt")
REL_AUX = load_wordlist("quote_rel_aux.txt")
PARTS_OF_DAY = load_wordlist("quote_parts_of_day.txt")
GAP_ADVERBS = load_wordlist("quote_gap_adverbs.txt")
SPOKE = load_wordlist("quote_spoke.txt")
SECOND_NOT = load_wordlist("quote_second_not.txt")
NOUN_CUES = load_wordlist("quote_noun_cues.txt")
# Words that are never the content word of a noun phrase, nor a verb ("current and former", "emailed supporters").
FUNCTION_WORDS = CLAUSE_WORDS | SKIP | PREPS | DETERMINERS | PRONOUNS
SHORT_SUBJ = load_wordlist("quote_short_subj.txt")
REPORTED_OPENERS = load_wordlist("quote_reported_openers.txt")
SUMMARY_OPENERS = load_wordlist("quote_summary_openers.txt")
GERUND_CUES = load_wordlist("quote_gerund_cues.txt")
TOPIC_OPENERS = load_wordlist("quote_topic_openers.txt")
QUESTION_CUES = load_wordlist("quote_question_cues.txt")
COMPLEMENT_NOUNS = load_wordlist("quote_complement_nouns.txt")
THOUGHT_CUES = load_wordlist("quote_thought_cues.txt")
CLAUSE_SUBJECTS = load_wordlist("quote_clause_subjects.txt")
NARRATION_SUBJECTS = load_wordlist("quote_narration_subjects.txt")
REPORTED_MODALS = load_wordlist("quote_reported_modals.txt")
NOT_HEADS = load_wordlist("quote_not_heads.txt")
ADJECTIVE_HEADS = load_wordlist("quote_adjective_heads.txt")
POSSESSIVE_NAMES = load_wordlist("quote_possessive_names.txt")
RELATIVES = load_wordlist("quote_relatives.txt")
CONNECTIVES = load_wordlist("quote_connectives.txt")
SHORT_AUX = load_wordlist("quote_short_aux.txt")
SHOW_CUES = load_wordlist("quote_show_cues.txt")
DOC_NOUNS = load_wordlist("quote_doc_nouns.txt")
# "the agency" -> the last words of the organisations' names it may name ("Office", "Department").
ORG_KINDS = {kind.strip().lower(): frozenset(words.lower().split())
             for kind, words in (line.split("|") for line in data_lines("quote_org_kinds.txt"))}
DESIGNATION_BEFORE = load_wordlist("quote_designation_before.txt")
# Every common noun that may head a phrase naming who spoke: people, groups, bodies, documents,
# shares of people ("some", "percent") -- the speaker nouns and the words of names' lists besides.
SPEAKER_HEADS = (SPEAKER_NOUNS | ROLES | ORGANISATION_WORDS | DOC_NOUNS | frozenset(ORG_KINDS)
                 | load_wordlist("quote_male_words.txt") | load_wordlist("quote_female_words.txt")
                 | load_wordlist("quote_speaker_heads.txt")
                 ) - load_wordlist("quote_personal.txt") - REFLEXIVES - {"his", "hers"}


def is_speaker_noun(word: str) -> bool:
    """A lower-case word that is a speaker noun, also in the plural ("official", "officials")."""
    return word in SPEAKER_NOUNS or word.rstrip("s") in SPEAKER_NOUNS


def is_speaker_head(word: str) -> bool:
    """A lower-case word that may head a phrase naming a speaker, also in the plural ("reporter",
    "allies", "lawsuit", "company")."""
    return word in SPEAKER_HEADS or word.endswith("s") and (word[:-1] in SPEAKER_HEADS or word.endswith("ies")
                                                           and word[:-3] + "y" in SPEAKER_HEADS)


# First words of cue phrases that are no cues alone: "as X put it", "made it clear that", "make the case that".
PHRASE_HEADS = frozenset(("put", "make", "makes", "made", "making"))


def _cue_run(cues) -> re.Pattern:
    """The letter runs of lower-cased text that are cue words ("put" for "as X put it"): the words of
    patterns.WORD that are in ``cues``, found by the regex engine in one pass."""
    return re.compile(r"(?<![a-z])" + trie_pattern(
        sorted(word for word in cues | PHRASE_HEADS if re.fullmatch("[a-z]+", word))) + r"(?![a-z])")


_CUE_RUN = _cue_run(CUES)


def cue_run_pattern() -> re.Pattern:
    """The compiled scan for the cue words of the current lexicon (see :func:`set_cues`)."""
    return _CUE_RUN


def set_cues(cues) -> frozenset:
    """Replace the cue lexicon (and the cue scan built from it) for this process: how
    scripts/derive_cue_lexicon.py tries a wider lexicon without editing the data files.

    Args:
        cues: The cue words (lower case).

    Returns:
        The lexicon it replaces (to widen it, or to put it back).
    """
    global _CUE_RUN
    new, previous = frozenset(cues), frozenset(CUES)
    CUES.clear()
    CUES.update(new)
    _CUE_RUN = _cue_run(CUES)
    return previous
