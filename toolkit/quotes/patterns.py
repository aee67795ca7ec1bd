"""Compiled patterns of the quote rules, each compiled once here.

Several are written so that the regex engine can skip ahead to their first characters (a leading
literal, or a ``\\b`` written as a look-behind after the first letters): same matches, faster scans.
"""
from __future__ import annotations

import re

from .lexicon import DOC_NOUNS, REFLEXIVES, WEEKDAY_NAMES

__all__ = [
    "ASKED_WHAT",
    "ASKED",
    "ASKED_BEFORE",
    "ASKED_ADJUNCT",
    "ASKED_BY",
    "ASKED_END",
    "SEEM_NOT",
    "SEEM_END",
    "IT_IS",
    "OBJECT_THAT",
    "QUOTE_LINK",
    "FRAME_THAT",
    "NAME_BEFORE",
    "APPOSITIVE_TITLE",
    "TAIL_CUT",
    "VERB_TO",
    "CLAUSE_COMMA",
    "CLAUSE_PUNCT",
    "CLAUSE_PUNCT_NO_PAREN",
    "CLAUSE_STOP",
    "COMMA_SPACE",
    "SOURCE_END",
    "REPORT_NOUN_END",
    "APPOSITIVE_END",
    "COMMA_ARTICLE",
    "SENT_STOP",
    "WORD",
    "THAT",
    "NAME_SEQ",
    "TITLE_BEFORE",
    "IN_SOURCE",
    "ROLE_END",
    "PASSIVE",
    "BOILERPLATE",
    "PAREN_ONLY",
    "THAT_WORD",
    "WORD_BEFORE",
    "SHOW_NOUN_AFTER",
    "NEW_CLAUSE",
    "TO_OBJECT",
    "PREP_OBJECT",
    "ADJUNCT_COMMA",
    "COORD",
    "VERB_COMMA_QUOTE",
    "TRAILING_CONJ",
    "NEWLINE",
    "ALNUM",
    "PAREN",
    "INITIALS",
    "CHAIN",
    "CHAIN_PART",
    "CHAIN_COORD",
    "DASH_NAME",
    "LABEL",
    "HEAD_LABEL",
    "DATELINE",
    "AGENT_END",
    "WHAT_REL",
    "SENT_END",
    "SENT_END_TAIL",
    "DATELINE_LEAD",
    "POSTPOSED",
    "COMMA_CUE",
    "PARTICLE",
    "PARTY_STATE",
    "NAME_COMMA_BEFORE",
    "IT_BEFORE",
    "SEEM_LEAD",
    "POLL_HINT",
    "POLL_HINT_WORDS",
    "POLL_WORD",
    "IN_POLL",
    "HOMETOWN",
    "COLON_NAME",
    "SAW_AS",
    "REFLEXIVE",
    "CALLED_NOT_AFTER",
    "ADDED_NOT_AFTER",
    "NEXT_WORD",
    "NEGATION_BEFORE",
    "MADE_CLEAR",
    "POSSESSOR",
    "POSTPOSED_NP",
    "SHORT_CUE",
    "INNER_GAP",
]

# What follows "asked" when it reports a question ("asked about ...", "asked whether ...").
ASKED_WHAT = "about|whether|if|why|how|what|which|who|whom|where|when|to"
ASKED = re.compile(r"((?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter being|[Bb]efore being|[Ww]hile being|was|were|is|are|been|"
                    r"being)\s+)?([Aa]sked)\s+"
                    r"(?=(?:" + ASKED_WHAT + "|for|in|on|at|during|by|again|"
                    r"later|recently|directly|specifically|" + WEEKDAY_NAMES + r")\b)")
ASKED_BEFORE = re.compile(r"(?:^|[,;\u2014(]|\b(?i:said|says|and|but))\s*$")
ASKED_ADJUNCT = re.compile(r"(?:(?:again|later|recently|directly|specifically|repeatedly|" + WEEKDAY_NAMES
                            + r")\s+)?(?:(?:in|on|at|during|by)\s+(?!whether|why|how)[^,;:\"\u201c]{2,40}?\s+"
                            r"(?=(?:" + ASKED_WHAT + r")\b))?")
ASKED_BY = re.compile(r"by\s+((?:(?:a|an|the)\s+)?[\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]*){0,3})\s+"
                       r"(?=(?:" + ASKED_WHAT + r")\b)")
ASKED_END = re.compile(r",\s|;|:|\s[\u2014\u2013]\s|\.\s*$|\?")
SEEM_NOT = re.compile(r"\s+(?:on|in|at|before|with|alongside|onstage|together|for|as|from|during|via|live|"
                       r"briefly|only|twice|once)\b|\s*[,.;:]")
SEEM_END = re.compile(r",\s+(?:but|and|while|though|although)\s|;|\s[\u2014\u2013]\s")
IT_IS = re.compile(r"\b[Ii]t(?:\s+(?:is|was|remains|remained|seems|seemed|has been|had been|will be|would be)|"
                    r"['\u2019]s)\s+(?:\w+\s+)?$")
OBJECT_THAT = re.compile(r"(?:\s+(?:on|in|at|last|this|during|early|late)?\s*[\w\-]+){0,3}?\s+(that)\s")
QUOTE_LINK = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s*[\u2014\u2013])?(?:\s*\w+,)?\s*(?=[\"\u201c])")
FRAME_THAT = re.compile(r"\b([A-Za-z][\w\-]*)\s+([a-z]+)\s+that\s+(?=\w)")
NAME_BEFORE = re.compile(r"(?:[A-Z][\w.\-\u2019']*\s+){0,3}[A-Z][\w.\-]*$")
APPOSITIVE_TITLE = re.compile(r"[A-Z][\w.\-]*,\s+(?:(?:the|a|an)\s+)?[\w\s\-]{2,40}\s(?:of|in|on|for)\s+"
                               r"(?:[A-Z][\w.\-&]*(?:['\u2019]s)?\s+){0,3}$")
TAIL_CUT = re.compile(r",\s+(?:according to|saying|noting|adding)\b")
VERB_TO = re.compile(
    r"\s(?:went on|continued|went|began|tried|wanted|appeared|seemed|used|took to \w+|was quick|were quick|"
    r"rushed|moved|hastened|sought|interjected|interrupted|paused|stopped|returned|stepped in|chimed in|"
    r"took the stage|took the floor|went so far as|go so far as|goes so far as|had this|has this)\s+to\s+$|"
    r"\s(?:issued|released|put out|sent|sent out|posted|gave|wrote|published)\s+(?:a|an|the|his|her|their|its)"
    r"(?:\s+[\w\-]+){0,2}\s+$")
CLAUSE_COMMA = re.compile(r",\s")
CLAUSE_PUNCT = re.compile(r"[,;:\u2014\u2013(]")
CLAUSE_PUNCT_NO_PAREN = re.compile(r"[,;:\u2014\u2013]")  # a passive subject keeps "(41 Shots)"
# Small patterns the rules run at one place each, compiled once (not looked up in re's cache per call).
CLAUSE_STOP = re.compile(r"[,.;:]")
COMMA_SPACE = re.compile(r",\s*")
SOURCE_END = re.compile(r"[,;:]|\s[\u2014\u2013-]{1,2}\s")
REPORT_NOUN_END = re.compile(r"\s(?:who|which|that|released|published|conducted|out|on|in|last|this)\b")
APPOSITIVE_END = re.compile(r"[.;]\s|[.;]$|\s[\u2014\u2013]\s|,\s*[\u201c\"]")
COMMA_ARTICLE = re.compile(r",\s+(?:a|an|the)\s")
# A participle clause after a speaker's role (", adding that ...", ", saying ..."): not the role
# (but ", during his presidency", ", including ..." are prepositions).
COMMA_PARTICIPLE = re.compile(r",\s+(?!(?:during|including|according|regarding|concerning|following|excluding"
                              r"|pending|barring)\b)[a-z]{2,}ing\b")
SENT_STOP = re.compile(r"[.;!?]")
WORD = re.compile(r"[A-Za-z]+")
# r"\b(?:that|whether|if|how|why|what)\b" with each "\b" before a word written as a lookbehind after it,
# so that the pattern starts with letters and the engine skips to them (same matches).
THAT = re.compile(r"(?:that(?<!\wthat)|whether(?<!\wwhether)|if(?<!\wif)|how(?<!\whow)|why(?<!\wwhy)"
                   r"|what(?<!\wwhat))\b")
# "(?<!\w.)" after the first capital is a "\b" before it: a pattern that starts with a capital lets the
# engine skip to capitals (same matches, about twice as fast over an article).
NAME_SEQ = re.compile(
    r"[A-Z](?<!\w.)[\w\u2019'.\-]*(?:[ \t]+(?:(?:of|de|la|del|van|von|der|da|bin|al)[ \t]+)?[A-Z][\w\u2019'.\-]*)+")
TITLE_BEFORE = re.compile(r",\s+((?:[a-z][\w\-]*\s+){1,3})$")
IN_SOURCE = re.compile(
    r"(In)\s+((?:a|an|the|its)\s+[^,.;:\"\u201c]{0,60}?\b(?:poll|polls|survey|study|report|analysis))"
    r"(?:\s+[^,.;:\"\u201c]{0,40})?,\s*")
ROLE_END = re.compile(r"[.;]\s|[.;]$|,\s*[\u201c\"]|,\s+(?:who|which|a|an|the)\s")
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:not|also|still|often|widely|long|"
                      r"generally|\w+ly|first|never|already|just|since)\s+)*$", re.IGNORECASE)
BOILERPLATE = re.compile(r"\bFollow\b.{0,40}\bon (?:Twitter|Facebook|Instagram)\b|\b(?:Click here|Sign up|Subscribe)\b",
                          re.IGNORECASE)
PAREN_ONLY = re.compile(r"\W*[(\[][^()\[\]]*[)\]]\W*")
THAT_WORD = re.compile(r"\bthat\b")
WORD_BEFORE = re.compile(r"(\w+)\s+$")
SHOW_NOUN_AFTER = re.compile(r"['\u2019]s\b|\s+(?:up|host|hosts|hosted|of|business)\b")
NEW_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\b(?:but|while|whereas))\s+$")
TO_OBJECT = re.compile(r"\s+to\s+(?=\w)")
PREP_OBJECT = re.compile(r"\s+(?:with|about|of|on|against|for)\s+(?=[\w\u201c\"])")
ADJUNCT_COMMA = re.compile(r"\s+(?:in|on|at|during|to|from|with|via|over|after|before|last|this|earlier|later)"
                            r"\s[^,.;:\"\u201c\u201d]{2,40},\s+")
COORD = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|has|have|had|\w+ly)\s+)*$")
VERB_COMMA_QUOTE = re.compile(r"\s*[,:]\s*[\"\u201c]")
TRAILING_CONJ = re.compile(r"[\s,]+(?:and|but|or|while|as|then)$")
NEWLINE = re.compile(r"[ \t]*\n\s*")
ALNUM = re.compile(r"[^\W_]")
PAREN = re.compile(r"\s*\([^()]*\)")
INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
CHAIN = re.compile(
    r"(?:,[\u201d\"]?\s*|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?)"
    r"(said|says|added|adding|saying|noting|noted|arguing|argued|warning|warned|insisting|insisted|"
    r"explaining|explained|claiming|claimed|suggesting|suggested|stressing|"
    r"acknowledging|acknowledged|predicting|predicted|denied|denying|referring|citing|pointing|recalling|"
    r"describing|accusing|going on to \w+)\b")
CHAIN_PART = re.compile(r",\s+([a-z]{3,}ing)\b")
CHAIN_COORD = re.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?"
                          r"([a-z]{3,}(?:ed|es|s|ing))\b(?!\s+(?:by|to\s+be)\b)")
DASH_NAME = re.compile(r"\s*([\u2015\u2014\u2013]|--)\s*((?:[A-Z][\w\u2019'.\-]*\s?){1,4})\s*\.?\s*$")
LABEL = re.compile(r"[\"\u201c]?([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)?|"
                    r"[A-Z][\w.'\-]*(?: (?:of |the )?[A-Z][\w.'\-]*){0,4})(:)[ \t]")
# A title "Name: what they said" (capitalised words, "of"/"the"/"at" inside the name).
HEAD_LABEL = re.compile(r"((?:[A-Z][\w.'\u2019\-]*|of|the)(?:\s+(?:[A-Z][\w.'\u2019\-]*|of|the|at)){0,5}):\s+(?=\S)")
# A dateline before the lead: "EASTVALE, Ore. —".
# The place of a dateline: "EASTVALE" or "EASTVALE, Ore." (capitals, then an optional state).
_DATELINE_PLACE = r"[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
DATELINE = re.compile("^" + _DATELINE_PLACE + r"\s*$")
AGENT_END = re.compile(r"[,;:]|\s[\u2014\u2013]\s|\.\s|\.$|"
                        r"\s(?:who|which|that|after|before|when|while|because|for|in|on|at|during|to|as)\s")
# A cue in a free relative ('what it called "a threat"'): tried after the clause's main verb.
WHAT_REL = re.compile(r"\bwhat\s+(?:[\w\u2019'\-]+\s+){1,3}$")
SENT_END = re.compile(r"[.!?][\u201d\"'\u2019)]*\s+")
SENT_END_TAIL = re.compile(r"[.!?][\u201d\"'\u2019)]*\s*$")
# A wire dateline's date and agency: "EASTVALE, Oct. 5 (Reuters) -", "Eastvale (AP) —", "EASTVALE (EFE).-".
_DATELINE_DATE = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
_DATELINE_AGENCY = r"\s*\([A-Z][\w.&\s]{1,30}\)"
_DATELINE_DASH = r"\s*(?:\u2014|\u2013|--?|\.-)\s*"
DATELINE_LEAD = re.compile(
    rf"(?:{_DATELINE_PLACE}{_DATELINE_DATE}?(?:{_DATELINE_AGENCY})?"
    rf"|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?{_DATELINE_DATE}?{_DATELINE_AGENCY})"
    + _DATELINE_DASH)
POSTPOSED = re.compile(r"[^\s,]\s*,\s+(?:he|she|they|we|I|[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){0,3})\s+$")
COMMA_CUE = re.compile(r"\w[\w\u2019'\-]*[.!?\u201d\"]?\s*,\s+\w+\s*$")  # "..., said" (a clause, then the cue)
PARTICLE = re.compile(r"\s+(?:out|up)(?=\s*,|\s+that\b|\s*:)")
PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*\.?$|[RDI]\.?\s*-\s*[A-Z][\w.]*\.?$")
NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w.'\u2019\-]*(,)\s+$")
IT_BEFORE = re.compile(r"(?:^|[^\w'\u2019])[Ii]t\s+$")
SEEM_LEAD = re.compile(r"[\s,]*(?:though|however|then|now|also)?[\s,]*")
# Words whose presence lets a unit be read for "in ... poll" (none overlaps another: str.find finds them).
POLL_HINT_WORDS = ("poll", "survey", "average", "ranking")
POLL_HINT = re.compile("|".join(POLL_HINT_WORDS))
# (a period after a lone letter is an abbreviation: "in the new U.S. poll")
POLL_WORD = re.compile(r"\bin\s(?:[^.;]|(?<=\b[a-z])\.){0,70}?\b(?:polls?|surveys?|averages?|rankings?)\b")
IN_POLL = re.compile(r"\s(in)\s+((?:(?:the|a|an|our|its|their|most|recent|latest|new|national|statewide|state)\s+)*"
                      r"(?:[\w\-/.'\u2019]+\s+){0,6}?(?:poll|survey|average|[Pp]ower [Rr]ankings))"
                      r"(?=[\s,.;:]|$)", re.I)
HOMETOWN = re.compile(r"(?:,\s*\d{1,3}\s*,\s*|,?\s+)(?:of|from|in|near)\s+"
                      r"[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?\s*$")
COLON_NAME = re.compile(r"(?:\s[\u2014\u2013-]|\sfrom|\s(?:pollster|strategist|analyst|spokesman|spokeswoman|"
                         r"senator|professor|economist|expert|adviser|aide|official|director|author|editor|writer|"
                         r"columnist|reporter|host))\s+((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*)\s*$")
SAW_AS = re.compile(r"\s+(?:that\s|(?:[\w\-\u2019',]+\s+){1,8}as\s+"
                    r"(?!well\b|soon\b|much\b|many\b|long\b|a\s+result\b))")
REFLEXIVE = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(REFLEXIVES)))
CALLED_NOT_AFTER = re.compile(r"\s+(?:off|to mind|into question)\b")
MADE_CLEAR = re.compile(r"\s+(?:it\s+)?clear\b|\s+the\s+case(?=\s+that\b)")
# A negation right before a cue ("has not said", "didn't say", "never told").
NEGATION_BEFORE = re.compile(r"(?:\bnot|n['\u2019]t|\bnever)\s+(?:yet\s+|publicly\s+)?\Z")
NEXT_WORD = re.compile(r" +([A-Za-z]+)\b")
# "added to her lead", "adds to the drama": growth, not speech (but "added to reporters", "told People")
ADDED_NOT_AFTER = re.compile(r"\s+to\s+(?:his|her|its|their|the|a|an|this|that|our|my)\b")
POSSESSOR = re.compile(r"(?<![\w'\u2019])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# "..., the latest campaign records show.": a postposed subject that is a document (or a poll or report).
POSTPOSED_NP = re.compile(r"[^\s,]\s*,\s+(?:the\s+)?(?:[A-Za-z][\w.'\u2019\-]*\s+){0,5}(?:"
                           + "|".join(sorted(DOC_NOUNS | {"polls", "surveys", "reports"})) + r")\s+$")
SHORT_CUE = re.compile(r"\b(?:said|says|say|added|adds|asked|asks|wrote|writes|told|tells|continued|replied|"
                        r"explained|noted|insisted|declared|shouted|tweeted|argued|recalled|responded)\b")
# One to six words and nothing else between a say-family cue and a later cue ("said it would tell").
INNER_GAP = re.compile(r"(?:\s+\w[\w'\u2019\-]*){1,6}\s+")
