"""What may stand as a speaker: a noun phrase that names a person, group, organisation, document or
country -- never a time expression, a number, a function-word fragment, a stretch across a sentence
boundary, a phrase cut before its head or verb, a clause, a relative pronoun or a thing that cannot
speak. One checker (:func:`acceptable_speaker`), applied to every Quote (:func:`check_speakers`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import (
    ADJECTIVE_HEADS, AUX_VERBS, CONNECTIVES, DETERMINERS, FINITE_VERBS, FIRST_NAME_GENDER, FUNCTION_WORDS, MONTHS,
    NOT_HEADS, NUMBER_WORDS, PLACE_OPENERS, POSSESSIVE_NAMES, PREPS, PRONOUNS, REFLEXIVES, REGION_ABBREVIATIONS,
    RELATIVES, SENT_START_STOP, SOURCE_ADJECTIVES, SUBORDINATORS, TIME_WORDS, TITLES, WEEKDAYS, is_speaker_head,
    is_speaker_noun,
)
from .wordclass import is_adverb, is_modifier, is_participle, is_past_verb, word_tag

__all__ = ["acceptable_speaker", "speaker_problem", "check_speakers", "is_share", "last_sentence",
           "without_trailing_modifiers",
           "without_clause_opener", "possessor"]

# A word ending a sentence inside the phrase ("Lake Erie. Smith"): a period after a word of two or
# more lower-case letters (not an abbreviated title such as "Gov."), then a capital.
_SENTENCE_GAP = re.compile(r"\b([A-Za-z][a-z]+)[.!?]\s+[A-Z]")
# A possessive or a contracted verb at the end ("Kaine's", "the judge’s", "It's", "You'll").
_CONTRACTED_END = re.compile(r"[\u2019'](?:s|ll|ve|re|d|m)$")
# One capital, a few lower-case letters and a period: an abbreviated state or place ("Fla.", "Calif.").
_ABBREVIATED_PLACE = re.compile(r"^[A-Z][a-z]{1,4}\.$")
# Words that open a clause before its subject ("Whether Ames", "If Ames"), besides the subordinators.
# (and a question's verb: "Is Ames ...", not "Will Hurd" or "May Kim", who are names)
_CLAUSE_OPENERS = frozenset(("whether", "if", "as", "so", "than", "is", "are", "was", "were", "has", "have", "had",
                             "does", "did"))
# A pronoun with a contracted verb ("He's", "It's", "They're").
_PRONOUN_CONTRACTION = re.compile(r"^(?:he|she|it|they|we|you|i|that|there|here|this)[\u2019'](?:s|re|ve|ll|d|m)$")
# Quantifiers that take a plural noun: before a singular name, the name is a modifier ("Some Cruz backers").
_PLURAL_QUANTIFIERS = frozenset(("some", "many", "several", "most", "few", "both"))
# A share of people ("63 percent"): a poll's source, but no speaker's name.
_SPELLED_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|one|two|three|four|five"
                   r"|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                   r"|nineteen)")
_PERCENTAGE = re.compile(r"^(?:[a-z]+\s+){0,2}(?:[\d.,]+|" + _SPELLED_NUMBER + r")(?:%|\s+(?:percent|per\s+cent))$",
                         re.IGNORECASE)
# A share of people as "six in 10" or "one of five".
_SHARE_OF_TEN = re.compile(r"\b(?:in|of)\s+(?:10|ten|five|four|three)\b", re.IGNORECASE)
_SPELLED = re.compile(_SPELLED_NUMBER)  # ("sixty-seven", "twelve")
_TIME_UNITS = frozenset(("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "it", "you"))
# Words that open a question or a headline's clause, never a speaker ("What he", "WHERE OBAMA").
_WH_WORDS = frozenset(("what", "where", "when", "why", "how"))
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")  # ("November 12th")
_NUMBER = re.compile(r"^[\d.,%$]+$")
# Words from which a capitalised word may be a verb of a headline run into a speaker
# ("Donald Trump Is Now"); shorter, it may be a name ("Yin Myint May", "Al From").
_HEADLINE_WORDS = 4


def acceptable_speaker(speaker) -> bool:
    """True when ``speaker`` may name who spoke (None, for an unknown speaker, is acceptable).

    Args:
        speaker: The speaker string of a Quote, or None.

    Returns:
        False for a time expression ("Monday", "2016"), a bare number, function words only ("the",
        "The next"), a stretch across a sentence boundary ("Lake Erie. Smith"), a phrase cut before
        its head or verb ("The release of", "Police ready to"), a clause ("Farmers gathered in the
        square on Thursday to"), a relative pronoun ("which", "who") or a phrase with no name,
        pronoun or noun that may head a speaker ("Holding signs", "The health").
    """
    return speaker_problem(speaker) is None


@lru_cache(maxsize=8192)  # (pure; the same speakers recur across a corpus)
def speaker_problem(speaker):
    """Why ``speaker`` is not acceptable ("time", "number", "fragment", "sentence", "cut",
    "clause", "relative", "thing"), or None when it is."""
    if speaker is None:
        return None
    raw = [w.strip(",;:()\u201c\u201d\"'\u2018\u2019") for w in speaker.split()]
    raw = [w for w in raw if w]
    if not raw:
        return "fragment"
    words = [w.lower() for w in raw]
    if words[0] in _WH_WORDS or any(w in RELATIVES and (k > 0 or len(words) > 1) for k, w in enumerate(words)):
        return "relative"  # "what he", "WHERE OBAMA": a question or a headline's clause
    if "\n" in speaker or _sentence_gap(speaker) or len(raw) > 1 and words[-1] in PRONOUNS:
        return "sentence"  # ("job, he": the end of one clause and the subject of the next)
    if all(_is_number(w) for w in words) or _PERCENTAGE.match(speaker.strip()) or (
            words[0] in NUMBER_WORDS and words[0] != "one" and len(words) == 2 and not is_speaker_noun(words[1])):
        return "number"  # ("two nations": a count of things, not who spoke)
    if all(_is_time(w) or w.isdigit() for w in words) or words[-1] in WEEKDAYS \
            or words[-1] in MONTHS and not (len(words) > 1 and words[-2] in FIRST_NAME_GENDER) \
            or len(words) > 1 and words[-1] in _TIME_UNITS:
        return "time"  # ("March 23", "A few minutes")
    if all(w in FUNCTION_WORDS or w in NOT_HEADS or w in CONNECTIVES for w in words) \
            or len(raw) == 1 and (_ABBREVIATED_PLACE.match(speaker.strip())
                                  or words[0].rstrip(".") in REGION_ABBREVIATIONS):
        return "fragment"  # ("Fla.", "Calif": a state's abbreviation, of a party-and-state tag "R-Fla." or an address)
    return _cut_problem(speaker, raw, words) or _clause_problem(raw, words) \
        or _thing_problem(speaker, raw, words)


def _thing_problem(speaker: str, raw: list, words: list):
    """"thing" for a phrase that names no one: no name, pronoun or noun that may head a speaker
    ("Holding signs", "The health", "his drinking"), else None."""
    if is_speaker_head(_head(words)) or any(w in PRONOUNS or w.endswith("-year-old") for w in words) \
            or _SHARE_OF_TEN.search(speaker):
        return None
    if any(w[:1].isupper() for w in raw[1:]) or raw[0][:1].isupper() and not _common_opener(words[0]) \
            or any(w.isupper() and len(w) > 1 or "." in w.strip(".") for w in raw):
        return None  # a name ("Twitter", "Ames", "AFT", "ouest-france.fr")
    return "thing"


def _head(words: list) -> str:
    """The word that heads a lower-cased phrase: the last before a preposition or a relative pronoun,
    past the adjectives, participles and adverbs after it ("officials familiar [with ...]", "those
    surveyed", "all those factors", "a more frontal attack [on ...]")."""
    end = next((k for k, w in enumerate(words) if k > 0 and (w in PREPS or w in RELATIVES)
                and words[k - 1] not in DETERMINERS and not is_adverb(words[k - 1])), len(words))
    k = end - 1  # (not "an outside group", "just about every poll": a modifier, not a preposition)
    while k > 0 and not is_speaker_head(words[k]) and (is_modifier(words[k]) or is_participle(words[k])
                                                       or words[k] in SOURCE_ADJECTIVES or words[k] in REFLEXIVES):
        k -= 1
    return words[k]


# Pronouns that name no one ("None", "Neither", "Nobody"), which a capital never makes a name.
_NO_ONE = frozenset(("none", "neither", "nobody"))


def _common_opener(low: str) -> bool:
    """True for a word that, capitalised first in a phrase, is no name ("The", "His", "Holding", "None")."""
    return low in FUNCTION_WORDS or low in _NO_ONE \
        or (word_tag(low) or "")[:2] in ("VB", "RB", "JJ", "DT", "PR", "IN", "CD")


def _clause_problem(raw: list, words: list):
    """"clause" for a subject with its verb or a clause's opener, else None."""
    # A word may be read as a verb when lower-case, or in a phrase as long as a headline.
    plain = [w.islower() or len(raw) >= _HEADLINE_WORDS for w in raw]
    if len(words) > 1 and (_opens_clause(words[0]) or _adverb_before_name(raw) or _link_before_name(raw)):
        return "clause"  # "Whether Ames", "Is Dana Ames", "He's Dana Ames", "Then Brafman"
    if len(raw) > 1 and raw[1][:1].isupper() and (word_tag(words[0]) == "VBG" and not words[1].endswith("s")
                                                  or words[0].endswith("ing") and words[1] in PREPS):
        return "clause"  # "Debating Clinton", "Railing Against Trump": a headline's verb (not "Leading Democrats")
    if len(raw) > 1 and raw[1][:1].isupper() and word_tag(words[0]) == "VB" and words[0] not in FIRST_NAME_GENDER:
        return "clause"  # "Hold Melania Trump": a headline's verb (not "Jack Ames")
    if len(raw) > 2 and any(raw[k][:1].isupper() and word_tag(words[k]) == "VBZ" for k in range(1, len(raw) - 1)):
        return "clause"  # "Warren Prompts VP": a headline's clause
    if len(raw) > 2 and any(raw[k][:1].isupper() and word_tag(words[k]) == "VBG" for k in range(1, len(raw) - 1)) \
            and any(w[:1].isupper() and w.lower() in FUNCTION_WORDS for w in raw[1:]):
        return "clause"  # "Hillary Asking Moderator To Fact Check Trump" (not "America Rising PAC")
    if len(words) > 1 and words[0] in _SUBJECT_PRONOUNS and raw[1].islower() \
            and not words[1].endswith(("self", "selves")):
        return "clause"  # "They stop" (not "they themselves")
    if any(w in AUX_VERBS and plain[k] for k, w in enumerate(words) if k > 0):
        return "clause"  # "the council has been"
    if any(w in FINITE_VERBS and raw[k].islower() for k, w in enumerate(words[:-1]) if k > 0):
        return "clause"  # "Al Sharpton began taking", "Sanders got the rest": a verb and what follows it
    if any(raw[k].islower() and is_past_verb(w) for k, w in enumerate(words) if k > 0):
        return "clause"  # "He scrapped", "many laughed"
    if len(raw) > 1 and raw[-1].islower() and word_tag(words[-1]) in ("VBZ", "VBP") and not is_speaker_head(words[-1]):
        return "clause"  # "Whitcombe avoids", "The deal binds": a subject and its verb
    return None


def _cut_problem(speaker: str, raw: list, words: list):
    """"cut" for a phrase cut before its head (or after it), else None."""
    last, last_raw = words[-1], raw[-1]
    if _CONTRACTED_END.search(speaker) and last.replace("\u2019", "'") not in POSSESSIVE_NAMES:
        return "cut"  # "Trump's", "The Texan's", "It's", "You'll": a possessive or a verb waiting for more
    if (last_raw.islower() or len(raw) >= _HEADLINE_WORDS) and (
            last in PREPS or last in ("to", "of") or last in DETERMINERS or last in NOT_HEADS):
        return "cut"  # "The release of", "Police ready to", "The next"
    if len(raw) > 1 and last_raw.islower() and last not in ADJECTIVE_HEADS and (
            is_modifier(last) and not is_speaker_noun(last) or is_participle(last) and _modifies(raw[-2])):
        return "cut"  # "A legal", "The famously", "The retired": an adjective, adverb or participle
    if word_tag(last_raw) in ("JJ", "JJS") and (
            len(raw) == 1 or len(raw) > 2 and words[-2] in FUNCTION_WORDS and last not in ADJECTIVE_HEADS):
        return "cut"  # "Democratic", "Primary", "A majority of Democratic": the adjective of a name
    if len(raw) == 1 and (word_tag(last_raw) or word_tag(last) or "").startswith("VB"):
        return "cut"  # "Echoing", "Celebrated": a verb of a headline or a clause, alone
    if len(raw) > 1 and raw[-2][:1].isupper() and last_raw[:1].isupper() and is_adverb(last) \
            and not any(w in AUX_VERBS for w in words):
        return "cut"  # "Donald Trump Finally": a name run on into a headline's adverb
    if len(raw) > 1 and "-" in last and last_raw.rsplit("-", 1)[1].islower() and _hyphenated_modifier(last):
        return "cut"  # "An Istanbul-based", "a race-conscious": an adjective waiting for its noun
    if len(raw) > 1 and _is_number(last) and words[-2] in DETERMINERS:
        return "cut"  # "A 2014", "Her 64": a number waiting for its noun
    if len(raw) == 2 and (words[0] in ("a", "an") and last_raw.isupper() and len(last_raw) > 1
                          or words[0] in _PLURAL_QUANTIFIERS and last_raw[0].isupper() and not last.endswith("s")):
        return "cut"  # "an HBO [film]", "Some Cruz [backers]": a name used as a modifier
    if raw[0].islower() and words[0] in PREPS:
        return "cut"  # "about the rapid spread of information": a phrase cut after its head
    return None


def _adverb_before_name(raw: list) -> bool:
    """True when an adverb opens a name ("Then Brafman", "Maybe Trump"), not a place's first word
    ("South Carolina", "Inland Empire")."""
    low = raw[0].lower()
    return len(raw) > 1 and raw[1][:1].isupper() and is_adverb(low) and low not in PLACE_OPENERS


def _link_before_name(raw: list) -> bool:
    """True when a preposition or a wh-word opens a name ("Despite Santilli", "Wherever Hillary
    Clinton"): a clause's or a phrase's first word, not the speaker's."""
    return len(raw) > 1 and raw[0][:1].isupper() and raw[1][:1].isupper() \
        and word_tag(raw[0].lower()) in ("IN", "WRB") and raw[0].lower() not in ("of", "for")


def _hyphenated_modifier(word: str) -> bool:
    """True for a hyphenated adjective ("istanbul-based", "race-conscious", "well-known")."""
    tail = word.rsplit("-", 1)[1]
    return tail not in ADJECTIVE_HEADS and (is_modifier(tail) or is_participle(tail))


def _opens_clause(low: str) -> bool:
    """True for a lower-cased word that opens a clause before its subject ("whether", "is", "he's")."""
    return low in SUBORDINATORS or low in _CLAUSE_OPENERS or _PRONOUN_CONTRACTION.match(low) is not None \
        or low.endswith(("n't", "n\u2019t"))  # ("Don't Republicans ...": a question's verb)


def _modifies(word: str) -> bool:
    """True for a determiner or a lower-case adjective before a participle ("the retired", "a more
    dedicated"), not "those" ("those surveyed" are people)."""
    low = word.lower()
    return low not in ("those", "these") and (low in DETERMINERS or word.islower() and is_modifier(low))


def is_share(mention: str) -> bool:
    """True for a share of people standing as a source ("63 percent [said]"): a poll's respondents,
    reported words worth keeping though no speaker's name."""
    return _PERCENTAGE.match(mention.strip()) is not None


def check_speakers(quotes: list) -> list:
    """The quotes with each unacceptable speaker replaced: a name run on from the sentence before
    ("Lake Erie. Smith") by its part in the speaker's own sentence ("Smith"), a phrase run on into
    adverbs by the phrase ("voters overall"), a possessive by its owner ("Ames's [claim]"), a name
    after a clause's opener by the name ("He's Donald Trump"), anything else by None (the quote
    itself is kept)."""
    out = []
    for q in quotes:
        problem = speaker_problem(q.speaker)  # (memoised: the same speakers recur)
        if problem is None:
            out.append(q)
            continue
        speaker = last_sentence(q.speaker) if problem == "sentence" else \
            (without_trailing_modifiers(q.speaker) or possessor(q.speaker)) if problem == "cut" else \
            without_clause_opener(q.speaker) if problem == "clause" else None
        out.append(replace(q, speaker=speaker, role=q.role if speaker else None))
    return out


def possessor(speaker: str):
    """Whose speech a possessive names ("Donald Trump's [assertion that ...]" -> "Donald Trump", the
    cue a noun of speech), when that is an acceptable speaker; not "It's" or "There's"; else None."""
    if not speaker.endswith(("'s", "\u2019s")) or _PRONOUN_CONTRACTION.match(speaker.split()[-1].lower()):
        return None
    owner = speaker[:-2]
    return owner if owner[:1].isupper() and acceptable_speaker(owner) else None


def without_clause_opener(speaker: str):
    """The name after a clause's opening word ("He's Dana Ames" -> "Dana Ames", "Whether Ames" ->
    "Ames"), when it is a capitalised, acceptable speaker; else None."""
    first, _, rest = speaker.partition(" ")
    low = first.lower()
    if not rest[:1].isupper() or not (_opens_clause(low) or _adverb_before_name(speaker.split())
                                      or _link_before_name(speaker.split())):
        return None
    return rest if acceptable_speaker(rest) else None


def last_sentence(speaker: str):
    """The last acceptable piece of a speaker run across sentence boundaries, without a leading
    connective or determiner ("Iowa. But the Ebeling" -> "Ebeling", "Smith. We" -> "Smith"), or None."""
    cuts = [m.end() - 1 for m in _SENTENCE_GAP.finditer(speaker)]
    bounds = [0] + cuts + [len(speaker)]
    for start, end in reversed(list(zip(bounds, bounds[1:]))):
        words = speaker[start:end].rstrip(" .!?").split()
        while words and (words[0].lower() in SENT_START_STOP or words[0].lower() in DETERMINERS
                         or words[0].lower() in CONNECTIVES):
            words = words[1:]
        piece = " ".join(words)
        if piece and acceptable_speaker(piece):
            return piece
    return None


def without_trailing_modifiers(speaker: str):
    """The speaker without the adverbs or adjectives it ran on into ("Most voters overall" -> "Most
    voters", "Ames now" -> "Ames"), when that is acceptable; else None."""
    words = speaker.split()
    while len(words) > 1 and (words[-1].islower() and is_modifier(words[-1]) or is_adverb(words[-1].lower())):
        words.pop()  # ("Donald Trump Finally": a headline's adverb)
    piece = " ".join(words)
    return piece if piece != speaker and acceptable_speaker(piece) else None


def _sentence_gap(speaker: str) -> bool:
    return any(m.group(1).lower() not in TITLES for m in _SENTENCE_GAP.finditer(speaker))


def _is_number(word: str) -> bool:
    return bool(_NUMBER.match(word) or _SPELLED.fullmatch(word)) or word in NUMBER_WORDS


def _is_time(word: str) -> bool:
    return word in TIME_WORDS or word in MONTHS or word in WEEKDAYS or bool(_YEAR.match(word) or _DAY.match(word))
