"""The form of each quote: ``direct`` (inside quotation marks), ``indirect`` (a reported clause),
``summary`` (a speech act whose content is a noun phrase or an infinitive: "called for a repeal",
"urged the EU to act", "accused X of lying") or ``transcript`` (a turn after a speaker label).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .content import is_designation, is_scare_quote, split_mixed
from .lexicon import (
    AUX_VERBS, CLAUSE_SUBJECTS, FINITE_VERBS, GERUND_CUES, PREPS, QUESTION_CUES, REPORTED_OPENERS, SAY, SUMMARY_OPENERS,
    TOPIC_OPENERS,
)
from .patterns import WORD
from .wordclass import word_tag

__all__ = ["quote_form", "with_forms", "is_transcript_turn", "looks_like_clause"]

# A relative clause set off by commas ("Vell, who was born in Norland, of ..."): its verb is not the
# content's, so it is skipped when the content is read for one.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,")
# Words of the content read for a finite verb ("believe [the message was] ...").
_CLAUSE_READ = 8
# A contraction holds a verb ("said Ames wasn't", "said she'd").
_CONTRACTION = re.compile(r"n['\u2019]t\b|['\u2019](?:d|ll|re|ve|m)\b")
_WH_WORDS = frozenset(("why", "how", "what", "who", "when", "where", "whether"))
# A word that ends in -s may be a verb ("said the plan needs"); these never are.
_NOT_VERB_S = frozenset(("its", "his", "this", "us", "as", "news", "less"))


def with_forms(doc, quotes: list) -> list:
    """The quotes with their ``form`` set (a Quote already holds the default form, "direct" or
    "indirect": only a summary needs a new one), a mixed quote split into its direct and indirect parts."""
    out = []
    for q in quotes:
        if q.direct and len(q.spans) == 1 and (is_designation(doc.text, q.start, q.end)
                                               or is_scare_quote(doc.text, q.start, q.end)):
            continue  # 'his "Keepin' It Real" show', 'called them "Manchurian anchors"': a name or a wording
        for part in split_mixed(doc, _with_form(q, quote_form(doc, q))):
            if q.direct and not part.direct and part.spans == q.spans:
                part = _with_form(part, quote_form(doc, part))  # only scare quotes: read as reported words
            out.append(part)
    return out


def _with_form(q, form: str):
    return q if form == q.form else replace(q, form=form)


def quote_form(doc, q) -> str:
    """``"direct"``, ``"indirect"``, ``"summary"`` or ``"transcript"`` for one Quote of ``doc``.

    Content after a speaker label that opens its paragraph ("HOLLOWAY: Will you sign?") is a
    transcript turn. Content in quotation marks is direct. Content without a cue word (labels, colons, continued
    speech), before its cue ("..., she said"), after a colon or after its source ("according to the
    mayor, ...") is a reported clause. Content after its cue is a
    reported clause when it opens with "that", "whether" or "if", or when the cue is a verb of the
    say family or the content reads as a clause (a subject pronoun first, or an auxiliary among its
    first words); opening with "to", "for", "of", ... (an infinitive or a prepositional object) or
    reading as a noun phrase, it summarises a speech act -- after a say-family cue too, when a short
    content has no word that could be its verb ("noted the rule in the interview") or a content opening
    with a determiner is a noun phrase ("declared a loss of $9 million, which ..."), and after a cue
    such as "admitted" or "recalled", when it is a gerund's phrase ("admitted using the tax code").
    """
    if not q.direct and is_transcript_turn(doc, q):
        return "transcript"
    if q.direct:
        return "direct"
    if q.cue_span is None or q.start < q.cue_span[1] or not q.cue[:1].isalpha():
        return "indirect"
    if q.mention_span is not None and q.cue_span[1] <= q.mention_span[0] < q.start:
        return "indirect"  # "According to the mayor, ...": the source stands between cue and clause
    window = _RELATIVE_CLAUSE.sub(" ", doc.text[q.start:min(q.end, q.start + 160)])
    words = [w.lower() for w in WORD.findall(window)[:_CLAUSE_READ]]
    if words and _determiner_that(words):
        return "summary"  # "rejected that argument in a ruling", "declined that assignment"
    if not words or words[0] in REPORTED_OPENERS:
        return "indirect"
    if words[0] in SUMMARY_OPENERS or words[0] in TOPIC_OPENERS and q.cue.lower() not in QUESTION_CUES:
        return "summary"  # ("explained why he backs the plan": what he spoke about)
    content = doc.text[q.start:q.end]
    if q.cue.lower() in GERUND_CUES and _gerund_object(content, words[0]):
        return "summary"  # "admitted using the tax code", "recalled sitting in on focus groups"
    if q.cue.lower() in SAY and (reads_as_noun_phrase(doc.text, q.start, q.end) or _object_phrase(content, words[0])):
        return "summary"  # "noted the rule", "acknowledged their uphill battle", "declared a loss of $9 million, ..."
    if q.cue.lower() in SAY or looks_like_clause(words):
        return "indirect"
    return "summary"


# Where a noun phrase that opens a content ends for sure: before a non-restrictive relative clause or a
# list ("a loss of $9 million, which ...", "the same thing, including ..."); after "nothing", "something" or
# "everything", before a relative "that" too ("nothing that would raise his taxes").
_PHRASE_END = re.compile(r",\s*(?:which|who|whose|including|such as)\b|\s[\u2014\u2013]|\s--\s")
_PRONOUN_PHRASE_END = re.compile(r"\s(?:that|which)\b")
# Words opening a noun phrase (not "that" nor "this", which may open a clause).
_PHRASE_OPENERS = frozenset(("a", "an", "the", "his", "her", "their", "its", "another"))
_PRONOUN_OPENERS = frozenset(("nothing", "something", "everything"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
_VERB_TAGS = _FINITE_TAGS | {"VB"}


def _object_phrase(content: str, first: str) -> bool:
    """True when a content opening with a determiner (``first``, lower case: "a", "the", "nothing", ...)
    is a noun phrase, the cue's object: no word that could be a verb in it, up to its end or to where a noun
    phrase ends for sure ("declared a loss of $916 million in 1995, which ...", "said the same thing,
    including ..."); not a clause ("said the prospect of a trade war would hurt ...", "said the plan needs
    work")."""
    if first in _PRONOUN_OPENERS:
        end = _PRONOUN_PHRASE_END.search(content) or _PHRASE_END.search(content)
    elif first in _PHRASE_OPENERS:
        end = _PHRASE_END.search(content)
    else:
        return False
    stretch = _up_to(content, end)
    phrase = [w.lower() for w in WORD.findall(stretch)]
    if len(phrase) > 12 or _CONTRACTION.search(stretch) \
            or any(_verb_like(w, nxt) for w, nxt in zip(phrase[1:], phrase[2:] + [""])):
        return False
    if end is not None and end.group().startswith(","):
        # "the pipeline, which is backed by Republicans, would not ...": the subject's verb after the aside
        after = _AFTER_ASIDE.search(content, end.end())
        return after is None or not _verb_like(after.group(1).lower(), "")
    return True


def _up_to(content: str, end) -> str:
    """The content up to a match ``end`` of a phrase's end, or all of it when there is none."""
    return content[:end.start()] if end is not None else content


# The first word after the comma that closes an aside ("..., which is widely supported, [would] ...").
_AFTER_ASIDE = re.compile(r",[\s\"\u201c\u201d']*([\w\u2019']+)")


def _verb_like(word: str, next_word: str) -> bool:
    """True when ``word`` marks a clause: a subject pronoun, or a word that could be its verb (an auxiliary,
    a finite verb, a contraction, a verb's tag, "-ed", or "-s" before "to" or "that": "the governor plans to")."""
    return word in AUX_VERBS or word in FINITE_VERBS or word in CLAUSE_SUBJECTS or _CONTRACTION.search(word) \
        or word_tag(word) in _VERB_TAGS or word.endswith("ed") or word.endswith("s") and next_word in ("to", "that")


# Where a gerund's phrase ends for sure: a comma, a dash, a relative pronoun or a subordinator.
_GERUND_PHRASE_END = re.compile(r"[,;:\u2014\u2013]|\s(?:that|which|who|when|if|because|after|before|while|as|until)\b")
# Words in -ing that open a prepositional phrase, not a gerund's ("following the vote").
_ING_PREPOSITIONS = frozenset(("following", "including", "according", "regarding", "concerning", "considering"))


def _gerund_object(content: str, first: str) -> bool:
    """True when a content opens with a gerund (``first``, lower case) whose phrase holds no finite verb up
    to where it ends ("using the tax code, he does not defend it"), not a gerund that is a clause's subject
    ("using a private server was improper")."""
    if not first.endswith("ing") or word_tag(first) != "VBG" or first in _ING_PREPOSITIONS:
        return False
    stretch = _up_to(content, _GERUND_PHRASE_END.search(content))
    return not _CONTRACTION.search(stretch) and not any(
        w in AUX_VERBS or w in FINITE_VERBS or word_tag(w) in _FINITE_TAGS
        for w in (x.lower() for x in WORD.findall(stretch)[1:]))


def _determiner_that(words: list) -> bool:
    """True when "that" opens a noun phrase, not a clause: a singular noun after it, then a
    preposition, "and" or nothing ("that argument in a ruling"; not "that argument was weak")."""
    return len(words) >= 2 and words[0] == "that" and word_tag(words[1]) == "NN" \
        and (len(words) == 2 or words[2] in PREPS or words[2] == "and")


def is_transcript_turn(doc, q) -> bool:
    """True when the quote's cue is the colon right after a speaker label that opens its paragraph
    (an opening quotation mark may stand before it, as when a transcript is quoted whole)."""
    if q.cue != ":" or q.mention_span is None or q.mention_span[1] != q.cue_span[0] or q.paragraph is None:
        return False
    para_start = doc.paras[q.paragraph][0]
    return para_start <= q.mention_span[0] and not doc.text[para_start:q.mention_span[0]].strip(" \t\"\u201c'\u2018")


def reads_as_noun_phrase(text: str, start: int, end: int) -> bool:
    """True when a short content (eight words at most) has no word that could be its verb: no
    subject pronoun, question word, auxiliary, contraction, irregular past, nor a word in -ed or
    -s ("the border crossing data", but not "the talks ran long" or "prices rose")."""
    stretch = text[start:end]
    words = [w.lower() for w in WORD.findall(stretch)]
    if not words or len(words) > _CLAUSE_READ or _CONTRACTION.search(stretch):
        return False
    for w in words:
        if w in CLAUSE_SUBJECTS or w in _WH_WORDS or w in AUX_VERBS or w in FINITE_VERBS:
            return False
        if w.endswith("ed") or w.endswith("s") and w not in _NOT_VERB_S:
            return False
    return True


def looks_like_clause(words: list) -> bool:
    """True when lower-cased words read as a clause: a subject pronoun first, or an auxiliary or
    modal among the first words ("the message was ...") before any summary preposition."""
    if words[0] in CLAUSE_SUBJECTS:
        return True
    for w in words[1:_CLAUSE_READ]:
        if w in SUMMARY_OPENERS:
            return False
        if w in AUX_VERBS:
            return True
    return False
