"""Rule engine behind :func:`toolkit.quotes.extract_quotes` (internal; the API is in ``quotes.py``).

Reads a text unit by unit (sentences merged so that no quotation is cut), finds cue words outside
quotation marks, and builds attributions from them: the speaker mention before or after the cue,
the content before (post-posed cue), after (pre-posed cue) or on both sides (split and parenthetical
cues), continuations of the same speech, and canonical speakers across the article. Rule data comes
from ``toolkit/data`` (cue_words.txt, cue_extra.txt, cue_stop.txt, speaker_nouns.txt,
speaker_roles.txt).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from .model import Quote
from .text import load_wordlist, paragraphs, sentences, trie_pattern

__all__ = ["Extractor"]

# ---------------------------------------------------------------------------------------------
# Lexicons

_CUES = (load_wordlist("cue_words.txt") | load_wordlist("cue_extra.txt")) - load_wordlist("cue_stop.txt")
_SPEAKER_NOUNS = load_wordlist("speaker_nouns.txt")
_ROLES = load_wordlist("speaker_roles.txt")
_TITLES = load_wordlist("title_abbreviations.txt")


def _speaker_noun(w: str) -> bool:
    """A lower-case word that is a speaker noun, also in the plural ("official", "officials")."""
    return w in _SPEAKER_NOUNS or w.rstrip("s") in _SPEAKER_NOUNS


# Cues whose content follows after an object ("told reporters that", "asked him whether").
_OBJECT_CUES = frozenset("tell tells told telling ask asks asked asking warn warns warned warning "
                         "remind reminds reminded reminding assure assured assures inform informed "
                         "urge urged urges urging".split())
# The say family: these also allow the inverted order ("said Mr. Lee").
_SAY = frozenset("say says said saying add adds added adding tell tells told telling write writes wrote "
                 "writing ask asks asked note notes noted explain explains explained continue continued "
                 "continues argue argued argues warn warned warns insist insisted insists recall recalled "
                 "recalls reply replied replies respond responded claim claimed claims tweeted "
                 "declared announced acknowledged admitted conceded observed remarked stressed "
                 "suggested cautioned concluded predicted quipped shouted wondered testified "
                 "emphasized complained confirmed stated asserted contended maintained vowed "
                 "promised reported".split())
_PRONOUNS = frozenset("he she they i we it who you him her them".split())
_PERSONAL = frozenset("he she him her".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that these those some many several "
                         "few other another both most all no any each".split()) | _NUMBER_WORDS
# Auxiliaries and modals ("said the party was not ...": a clause, not an inverted speaker).
_AUX_VERBS = frozenset("has have had is was were are be been will would could should may might can must shall "
                       "cannot didn't doesn't don't won't wouldn't couldn't hasn't haven't isn't wasn't aren't "
                       "weren't".split())
# Words skipped between a subject and its cue ("Mr. Lee has also repeatedly said"): the auxiliaries and
# these adverbs.
_SKIP = _AUX_VERBS | frozenset("also not never just later earlier previously recently then still again once often "
                               "repeatedly already even further frequently publicly privately do does did since "
                               "reportedly apparently initially originally last week month year yesterday today "
                               "tonight".split())
# More words skipped between a subject and its cue only ("Mr. Lee has long said").
_SKIP_BEFORE_CUE = frozenset("long first once twice personally privately openly".split())
_INTRO = frozenset("in on at during after before when while as since although though if because despite "
                   "for with without speaking asked last earlier later meanwhile still however yet now then "
                   "also but and so instead under over at about from by to of amid following based here there outside "
                   "inside across throughout within back once like unlike alongside".split())
_PREPS = frozenset("in on at to for with by from of about into onto early late than like against over under "
                   "near toward towards via per since until through across around along behind beyond inside "
                   "outside within among between during after before upon".split())
_ADJUNCT_START = frozenset("on in at for during after before since by from with without into onto as "
                           "when while last yesterday today tonight earlier later this next".split())
# Determiner-like adjunct openers that start a time phrase only before a time word ("this week" but
# not "this is a rough patch").
_TIME_DET = frozenset("this last next earlier later".split())
_TIME_WORDS = frozenset("week weekend month year morning afternoon evening night time summer winter spring fall "
                        "autumn spring season term decade century quarter day days weeks months years past "
                        "cycle session".split())
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAYS = frozenset(_WEEKDAY_NAMES.lower().split("|"))
# What follows "asked" when it reports a question ("asked about ...", "asked whether ...").
_ASKED_WHAT = "about|whether|if|why|how|what|which|who|whom|where|when|to"
_ASKED = re.compile(r"((?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter being|[Bb]efore being|[Ww]hile being|was|were|is|are|been|"
                    r"being)\s+)?([Aa]sked)\s+"
                    r"(?=(?:" + _ASKED_WHAT + "|for|in|on|at|during|by|again|"
                    r"later|recently|directly|specifically|" + _WEEKDAY_NAMES + r")\b)")
_ASKED_PASSIVE = frozenset("was were is are been being".split())
_ASKED_BEFORE = re.compile(r"(?:^|[,;\u2014(]|\b(?i:said|says|and|but))\s*$")
_ASKED_ADJUNCT = re.compile(r"(?:(?:again|later|recently|directly|specifically|repeatedly|" + _WEEKDAY_NAMES
                            + r")\s+)?(?:(?:in|on|at|during|by)\s+(?!whether|why|how)[^,;:\"\u201c]{2,40}?\s+"
                            r"(?=(?:" + _ASKED_WHAT + r")\b))?")
_ASKED_BY = re.compile(r"by\s+((?:(?:a|an|the)\s+)?[\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]*){0,3})\s+"
                       r"(?=(?:" + _ASKED_WHAT + r")\b)")
_ASKED_END = re.compile(r",\s|;|:|\s[\u2014\u2013]\s|\.\s*$|\?")
_SEEM = frozenset("seem seems seemed seeming appear appears appeared appearing".split())
_SEEM_NOT = re.compile(r"\s+(?:on|in|at|before|with|alongside|onstage|together|for|as|from|during|via|live|"
                       r"briefly|only|twice|once)\b|\s*[,.;:]")
_SEEM_END = re.compile(r",\s+(?:but|and|while|though|although)\s|;|\s[\u2014\u2013]\s")
_HEAD_PREPS = frozenset("of from to at for with in".split())
_IMPERSONAL = frozenset("unclear clear likely unlikely possible expected believed thought estimated known "
                        "reported rumored alleged obvious evident apparent understood".split())
_IT_IS = re.compile(r"\b[Ii]t(?:\s+(?:is|was|remains|remained|seems|seemed|has been|had been|will be|would be)|"
                    r"['\u2019]s)\s+(?:\w+\s+)?$")
_CLAUSE_HEADS = frozenset("and but while whereas because although though since when".split())
_SHORT_OBJ = frozenset("the a an his her their its him them it this these those".split())
_NOUN_DET = frozenset("the a an his her their its our my your this these those".split())
_OBJECT_THAT = re.compile(r"(?:\s+(?:on|in|at|last|this|during|early|late)?\s*[\w\-]+){0,3}?\s+(that)\s")
_QUOTE_LINK = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s*[\u2014\u2013])?(?:\s*\w+,)?\s*(?=[\"\u201c])")
_FRAME_THAT = re.compile(r"\b([A-Za-z][\w\-]*)\s+([a-z]+)\s+that\s+(?=\w)")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.\-\u2019']*\s+){0,3}[A-Z][\w.\-]*$")
_APPOSITIVE_TITLE = re.compile(r"[A-Z][\w.\-]*,\s+(?:(?:the|a|an)\s+)?[\w\s\-]{2,40}\s(?:of|in|on|for)\s+"
                               r"(?:[A-Z][\w.\-&]*(?:['\u2019]s)?\s+){0,3}$")
_TAIL_CUT = re.compile(r",\s+(?:according to|saying|noting|adding)\b")
_AFTER_STOP = frozenset("in on at during to after before about when last this yesterday today earlier "
                        "later while as of for from with".split())
_VERB_TO = re.compile(
    r"\s(?:went on|continued|went|began|tried|wanted|appeared|seemed|used|took to \w+|was quick|were quick|"
    r"rushed|moved|hastened|sought|interjected|interrupted|paused|stopped|returned|stepped in|chimed in|"
    r"took the stage|took the floor|went so far as|go so far as|goes so far as|had this|has this)\s+to\s+$|"
    r"\s(?:issued|released|put out|sent|sent out|posted|gave|wrote|published)\s+(?:a|an|the|his|her|their|its)"
    r"(?:\s+[\w\-]+){0,2}\s+$")
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb aug sept oct nov dec".split())
# Lower-case words allowed inside a capitalised name ("Bank of America", "Luis de la Cruz").
_NAME_LINKS = frozenset("of de la del van von der da di bin al du le".split())
_CLAUSE_WORDS = frozenset("and but or while when as because although though if since after before "
                          "that which who where so".split())
# Words that open a clause before its subject noun phrase ("Yet, a study by ... found").
_SUBORDINATORS = frozenset("though although while because after before when if since once unless whereas".split())
_NP_LEAD = frozenset("yet but and so however still also meanwhile instead now then thus indeed".split()) | _SUBORDINATORS
_CLAUSE_COMMA = re.compile(r",\s")
_INDEFINITE = frozenset("someone everyone nobody anyone people".split())
_CLAUSE_PUNCT = re.compile(r"[,;:\u2014\u2013(]")
_CLAUSE_PUNCT_NO_PAREN = re.compile(r"[,;:\u2014\u2013]")  # a passive subject keeps "(41 Shots)"
_SENT_START_STOP = frozenset("the a an and but or in on at for to this that these those it its as if "
                             "when while after before during since though although because with "
                             "without by from".split())

# A token: initialisms (U.S., J.B.), title abbreviations (Mr.), words, or one punctuation mark.
_ABBR = "|".join(sorted(_TITLES | {"jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "mt", "ft"},
                        key=len, reverse=True))
# The first three alternatives all start with one to five letters and a full stop: one lookahead for
# that skips them together at the many places where none can match (same tokens, fewer tries).
_TOK = re.compile(r"(?=[A-Za-z]{1,5}\.)(?:(?:[A-Za-z]\.){2,}|(?=[A-Za-z]{1,5}\.\s)(?i:(?:" + _ABBR + r")\.)"
                  r"|[A-Z]\.(?=\s))|\d{1,3}(?:,\d{3})+\b|\w+(?:[\u2019'\-.&]\w+)*|[^\w\s]")
# Small patterns the rules run at one place each, compiled once (not looked up in re's cache per call).
_CLAUSE_STOP = re.compile(r"[,.;:]")
_COMMA_SPACE = re.compile(r",\s*")
_SOURCE_END = re.compile(r"[,;:]|\s[\u2014\u2013-]{1,2}\s")
_REPORT_NOUN_END = re.compile(r"\s(?:who|which|that|released|published|conducted|out|on|in|last|this)\b")
_APPOSITIVE_END = re.compile(r"[.;]\s|[.;]$|\s[\u2014\u2013]\s|,\s*[\u201c\"]")
_COMMA_ARTICLE = re.compile(r",\s+(?:a|an|the)\s")
_SENT_STOP = re.compile(r"[.;!?]")
_TOK_READ = 16  # more than _TOK reads past a token's start (8) or end (4), with a margin
_WORD = re.compile(r"[A-Za-z]+")


def _cue_run_pattern(cues) -> re.Pattern:
    """The letter runs of lower-cased text that are cue words ("put" for "as X put it"): the words of
    _WORD.finditer that are in ``cues``, found by the regex engine."""
    return re.compile(r"(?<![a-z])" + trie_pattern(
        sorted(w for w in cues | {"put"} if re.fullmatch("[a-z]+", w))) + r"(?![a-z])")


_CUE_RUN = _cue_run_pattern(_CUES)


def set_cues(cues) -> None:
    """Replace the cue lexicon (and the cue scan built from it) for this process: how
    scripts/derive_cue_lexicon.py tries a wider lexicon without editing the data files."""
    global _CUES, _CUE_RUN
    _CUES = frozenset(cues)
    _CUE_RUN = _cue_run_pattern(_CUES)


# Written as literals only, so that the engine skips to the first characters of the marks (same
# matches as "[\u201c\u201d\u201e\u00ab\u00bb\"]|''", about twice as fast).
_DOUBLE_MARK = re.compile("\u201c|\u201d|\u201e|\u00ab|\u00bb|\"|''")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
# r"\b(?:that|whether|if|how|why|what)\b" with each "\b" before a word written as a lookbehind after it,
# so that the pattern starts with letters and the engine skips to them (same matches).
_THAT = re.compile(r"(?:that(?<!\wthat)|whether(?<!\wwhether)|if(?<!\wif)|how(?<!\whow)|why(?<!\wwhy)"
                   r"|what(?<!\wwhat))\b")
# "(?<!\w.)" after the first capital is a "\b" before it: a pattern that starts with a capital lets the
# engine skip to capitals (same matches, about twice as fast over an article).
_NAME_SEQ = re.compile(
    r"[A-Z](?<!\w.)[\w\u2019'.\-]*(?:[ \t]+(?:(?:of|de|la|del|van|von|der|da|bin|al)[ \t]+)?[A-Z][\w\u2019'.\-]*)+")
_TITLE_BEFORE = re.compile(r",\s+((?:[a-z][\w\-]*\s+){1,3})$")
_IN_SOURCE = re.compile(
    r"(In)\s+((?:a|an|the|its)\s+[^,.;:\"\u201c]{0,60}?\b(?:poll|polls|survey|study|report|analysis))"
    r"(?:\s+[^,.;:\"\u201c]{0,40})?,\s*")
_ROLE_END = re.compile(r"[.;]\s|[.;]$|,\s*[\u201c\"]|,\s+(?:who|which|a|an|the)\s")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:not|also|still|often|widely|long|"
                      r"generally|\w+ly|first|never|already|just|since)\s+)*$", re.IGNORECASE)
_PARTICIPLES = frozenset("known thought seen held said told shown written given taken".split())
_CLAUSE_INTRO = frozenset("even if whether years months days conversely indeed instead along together "
                          "likewise similarly still nevertheless nonetheless moreover furthermore".split())
_QUANTIFIERS = frozenset("only about nearly almost roughly some most many more fewer half".split())
_PERCENT_LEAD = _QUANTIFIERS | {"just"}  # "just 42% say ..."
_BOILERPLATE = re.compile(r"\bFollow\b.{0,40}\bon (?:Twitter|Facebook|Instagram)\b|\b(?:Click here|Sign up|Subscribe)\b",
                          re.IGNORECASE)
_PAREN_ONLY = re.compile(r"\W*[(\[][^()\[\]]*[)\]]\W*")
_NOT_NAME_START = frozenset("follow read watch see contact email like share click subscribe meet ask tell dear "
                            "thanks thank photo video update editor note related more advertisement sponsored "
                            "when while after before during since with without".split())
_THAT_WORD = re.compile(r"\bthat\b")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_ADJ_BEFORE = frozenset("the a an all its his her their our this that these those any every some "
                        "widely previously publicly".split())
# "show"/"shows" as a noun ("a reality TV show", "the show's host", "an MSNBC show") or "show up": not a cue.
_SHOW_NOUN_BEFORE = _ADJ_BEFORE | frozenset("s my your tv television talk radio reality morning night late award awards "
                                            "daily weekly nightly hit cable cooking comedy variety chat other "
                                            "only new old popular favorite favourite".split())
_SHOW_NOUN_AFTER = re.compile(r"['\u2019]s\b|\s+(?:up|host|hosts|hosted|of|business)\b")
_CALL_NOUN = frozenset("conference roll phone telephone close wake".split())
_NOUN_COMPOUND = {"call": _CALL_NOUN, "calls": _CALL_NOUN,
                  "showing": frozenset("strong weak poor solid dismal disappointing surprising impressive "
                                       "good better best respectable lackluster lacklustre".split())}
_NEW_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\b(?:but|while|whereas))\s+$")
_TO_OBJECT = re.compile(r"\s+to\s+(?=\w)")
_PREP_OBJECT = re.compile(r"\s+(?:with|about|of|on|against|for)\s+(?=[\w\u201c\"])")
_ADJUNCT_COMMA = re.compile(r"\s+(?:in|on|at|during|to|from|with|via|over|after|before|last|this|earlier|later)"
                            r"\s[^,.;:\"\u201c\u201d]{2,40},\s+")
_IRREGULAR_SPEECH = frozenset("read reads put spoke sang sung wrote told said began went shot fired "
                               "thought felt knew".split())
_COORD = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|has|have|had|\w+ly)\s+)*$")
_NOT_LABELS = frozenset("byline source update updated photo photos editor's note correction related watch "
                        "read more see also video credit dateline abstract full text the latest latest breaking "
                        "contributing twitter facebook update delegate exclusive "
                        "editorial live reporting contributors email follow".split())
_VERB_COMMA_QUOTE = re.compile(r"\s*[,:]\s*[\"\u201c]")
_TRAILING_CONJ = re.compile(r"[\s,]+(?:and|but|or|while|as|then)$")
_NEWLINE = re.compile(r"[ \t]*\n\s*")
_ALNUM = re.compile(r"[^\W_]")
_PAREN = re.compile(r"\s*\([^()]*\)")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_CHAIN = re.compile(
    r"(?:,[\u201d\"]?\s*|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?)"
    r"(said|says|added|adding|saying|noting|noted|arguing|argued|warning|warned|insisting|insisted|"
    r"explaining|explained|claiming|claimed|suggesting|suggested|stressing|"
    r"acknowledging|acknowledged|predicting|predicted|denied|denying|referring|citing|pointing|recalling|"
    r"describing|accusing|going on to \w+)\b")
_CHAIN_PART = re.compile(r",\s+([a-z]{3,}ing)\b")
_CHAIN_COORD = re.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?"
                          r"([a-z]{3,}(?:ed|es|s|ing))\b(?!\s+(?:by|to\s+be)\b)")
_DASH_NAME = re.compile(r"\s*([\u2015\u2014\u2013]|--)\s*((?:[A-Z][\w\u2019'.\-]*\s?){1,4})\s*\.?\s*$")
_LABEL = re.compile(r"[\"\u201c]?([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)?|"
                    r"[A-Z][\w.'\-]*(?: (?:of |the )?[A-Z][\w.'\-]*){0,4})(:)[ \t]")
# A title "Name: what they said" (capitalised words, "of"/"the"/"at" inside the name).
_HEAD_LABEL = re.compile(r"((?:[A-Z][\w.'\u2019\-]*|of|the)(?:\s+(?:[A-Z][\w.'\u2019\-]*|of|the|at)){0,5}):\s+(?=\S)")
_NOT_HEAD_LABELS = ("the latest", "exclusive", "update", "watch", "breaking")
# A dateline before the lead: "EASTVALE, Ore. —".
_DATELINE = re.compile(r"^[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*$")
_AGENT_END = re.compile(r"[,;:]|\s[\u2014\u2013]\s|\.\s|\.$|"
                        r"\s(?:who|which|that|after|before|when|while|because|for|in|on|at|during|to|as)\s")
# A cue in a free relative ('what it called "a threat"'): tried after the clause's main verb.
_WHAT_REL = re.compile(r"\bwhat\s+(?:[\w\u2019'\-]+\s+){1,3}$")
# First words of reported content that make it a clause rather than an object.
_CLAUSE_OPENERS = frozenset("that whether if how why what he she they it we i there".split())
_SENT_END = re.compile(r"[.!?][\u201d\"'\u2019)]*\s+")
_SENT_END_TAIL = re.compile(r"[.!?][\u201d\"'\u2019)]*\s*$")
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                            r"(?:\s*\([A-Z][\w.&\s]{1,30}\))?\s*(?:\u2014|\u2013|--?)\s*")
# Adjectives that are cues only with their preposition.
_ADJ_CUES = {"critical": " of", "supportive": " of", "skeptical": " of", "wary": " of"}
_POSTPOSED = re.compile(r"[^\s,]\s*,\s+(?:he|she|they|we|I|[A-Z][\w.'\u2019\-]+(?:\s+[A-Z][\w.'\u2019\-]+){0,3})\s+$")
_COMMA_CUE = re.compile(r"\w[\w\u2019'\-]*[.!?\u201d\"]?\s*,\s+\w+\s*$")  # "..., said" (a clause, then the cue)
# Past participles that read as adjectives of a state of mind: "Ames is convinced that ..." has Ames as source.
_ADJ_PASSIVE = frozenset("convinced persuaded worried concerned pleased disappointed determined opposed inclined "
                         "alarmed encouraged frustrated satisfied troubled dismayed resigned".split())
_PREPS_END = frozenset("to of in on at for with by from about".split())
_SKIP_END = frozenset("almost also just still even only never already most more less very so too".split())
_REL_AUX = frozenset("have has had is are was were will would can could".split())
_PARTICLE = re.compile(r"\s+(?:out|up)(?=\s*,|\s+that\b|\s*:)")
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*\.?$|[RDI]\.?\s*-\s*[A-Z][\w.]*\.?$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w.'\u2019\-]*(,)\s+$")
_GAP_ADVERBS = frozenset("earlier later again also repeatedly recently privately publicly".split())
_IT_BEFORE = re.compile(r"(?:^|[^\w'\u2019])[Ii]t\s+$")
_SEEM_LEAD = re.compile(r"[\s,]*(?:though|however|then|now|also)?[\s,]*")
_POLL_HINT = re.compile(r"poll|survey|average|ranking")
# (a period after a lone letter is an abbreviation: "in the new U.S. poll")
_POLL_WORD = re.compile(r"\bin\s(?:[^.;]|(?<=\b[a-z])\.){0,70}?\b(?:polls?|surveys?|averages?|rankings?)\b")
_IN_POLL = re.compile(r"\s(in)\s+((?:(?:the|a|an|our|its|their|most|recent|latest|new|national|statewide|state)\s+)*"
                      r"(?:[\w\-/.'\u2019]+\s+){0,6}?(?:poll|survey|average|[Pp]ower [Rr]ankings))"
                      r"(?=[\s,.;:]|$)", re.I)
_SPOKE = frozenset("spoke speaks speak speaking talked talks talk talking".split())
_HOMETOWN = re.compile(r"(?:,\s*\d{1,3}\s*,\s*|\s+)of\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?\s*$")
_COLON_NAME = re.compile(r"(?:\s[\u2014\u2013-]|\sfrom|\s(?:pollster|strategist|analyst|spokesman|spokeswoman|"
                         r"senator|professor|economist|expert|adviser|aide|official|director|author|editor|writer|"
                         r"columnist|reporter|host))\s+((?:[A-Z][\w.'\u2019\-]*\s+){0,3}[A-Z][\w.'\u2019\-]*)\s*$")
# Words that open an adjunct or a new clause after '"X," she said,' -- not the quote's second part.
_SECOND_NOT = frozenset("just shortly moments minutes hours days weeks prior according during".split())
_SAW_AS = re.compile(r"\s+(?:that\s|(?:[\w\-\u2019',]+\s+){1,8}as\s+(?!well\b|soon\b|much\b|many\b|long\b|a\s+result\b))")
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|itself|themselves|myself|ourselves|yourself)\b")
_CALLED_NOT_AFTER = re.compile(r"\s+(?:off|to mind|into question)\b")
_NOUN_CUES = frozenset("claim claims statement statements remarks comments assertion assertions argument arguments "
                       "warning warnings promise promises pledge pledges accusation accusations allegation allegations "
                       "suggestion suggestions contention insistence demand demands".split())
_POSSESSOR = re.compile(r"(?<![\w'\u2019])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# Words that are never the content word of a noun phrase, nor a verb ("current and former", "emailed supporters").
_FUNCTION_WORDS = _CLAUSE_WORDS | _SKIP | _PREPS | _DETERMINERS | _PRONOUNS
_SHORT_SUBJ = frozenset("he she they it we i you".split())
_SHORT_AUX = frozenset("would could will can did does do should might may had has have was were is are "
                       "wouldn't couldn't won't can't didn't doesn't don't wasn't isn't".split())
_SHOW_CUES = frozenset("show shows showed indicate indicates indicated".split())
_DOC_NOUNS = frozenset("records documents filings figures tallies numbers results statistics data".split())
# "..., the latest campaign records show.": a postposed subject that is a document (or a poll or report).
_POSTPOSED_NP = re.compile(r"[^\s,]\s*,\s+(?:the\s+)?(?:[A-Za-z][\w.'\u2019\-]*\s+){0,5}(?:"
                           + "|".join(sorted(_DOC_NOUNS | {"polls", "surveys", "reports"})) + r")\s+$")
_SHORT_CUE = re.compile(r"\b(?:said|says|say|added|adds|asked|asks|wrote|writes|told|tells|continued|replied|"
                        r"explained|noted|insisted|declared|shouted|tweeted|argued|recalled|responded)\b")


# ---------------------------------------------------------------------------------------------
# The extractor

class _Att:
    """A mutable attribution while the article is being read."""

    __slots__ = ("spans", "cue", "mention", "role", "para", "continuation", "speaker")

    def __init__(self, spans, cue, mention, role, para, continuation=False):
        self.spans = spans
        self.cue = cue
        self.mention = mention
        self.role = role
        self.para = para
        self.continuation = continuation
        self.speaker = None


class Extractor:
    """Extract the attributions of one text; ``run()`` returns the Quotes."""

    def __init__(self, text: str, article_id: Optional[str], more: bool = True):
        self._tok_range = (0, -1)
        self._tok_cache: Optional[list] = None  # the unit's tokens that start in [_tok_lo, _tok_hi)
        self._tok_starts: list = []
        self._tok_lo = self._tok_hi = 0
        self.more = more  # look for further attributions from the other cues of a sentence
        self.text = text
        self.article_id = article_id
        self.atts: list = []
        self._np_subordinate = False
        self._direct_memo: dict = {}
        self._subj_memo: dict = {}  # _subject_before's answers in the current unit
        self._low: Optional[str] = None  # text.lower() when it keeps the offsets (set by run)
        self._cue_run = _CUE_RUN

    # -- quotation marks ------------------------------------------------------------------------
    def _pair(self, ps: int, pe: int, open_before: bool) -> tuple:
        """Pair the double marks of one paragraph: list of (start, end) hulls with marks."""
        text = self.text
        out, opened = [], None
        first = True
        for m in _DOUBLE_MARK.finditer(text, ps, pe):
            i, ch = m.start(), m.group()
            if ch[0] in _OPENERS:
                # An opening mark right after a word and before a space closes the open quote
                # ('... here,“ said Mr. Lee'): a mistyped closer.
                is_open = not (opened is not None and i > ps and not text[i - 1].isspace()
                               and (m.end() >= pe or text[m.end()].isspace()))
            elif ch[0] in _CLOSERS:
                # A closing mark that starts a paragraph (or follows a space and precedes a word)
                # while nothing is open is a mistyped opener.
                is_open = opened is None and (not text[ps:i].strip() or (
                    text[i - 1].isspace() and m.end() < pe and text[m.end()].isalnum()))
            else:
                if opened is not None:
                    is_open = False
                else:
                    before = text[i - 1] if i > ps else " "
                    after = text[m.end()] if m.end() < pe else " "
                    is_open = (before.isspace() or before in "([{\u2014\u2013-/:,;") and not after.isspace()
                    if not is_open and not text[ps:i].strip():
                        is_open = True
            if first:
                first = False
            if is_open:
                if opened is not None:  # a new opener while one is open: close the open one here
                    out.append((opened, i))
                opened = i
            elif opened is not None:
                out.append((opened, m.end()))
                opened = None
        left_open = opened is not None
        if left_open:
            out.append((opened, pe))
        return out, left_open

    # -- main loop --------------------------------------------------------------------------------
    def run(self) -> list:
        text = self.text
        pending = None  # an attribution whose cue ended with ":" and waits for its quote
        # The lower-cased text for the cue scan, when lower-casing keeps every offset and makes no ASCII
        # letter of another character (KELVIN SIGN): its [a-z] runs are then _WORD's runs, lower-cased.
        low = text.lower()
        self._low = low if len(low) == len(text) and "\u212a" not in text else None
        paras = paragraphs(text)
        self._paras = paras
        low = self._low
        poll_at = [m.start() for m in _POLL_HINT.finditer(low)] if self.more and low is not None else []
        self._para_starts = {ps for ps, _ in paras}
        for pi, (ps, pe) in enumerate(paras):
            quots, _ = self._pair(ps, pe, False)
            if pending is not None:
                att, pending = pending, None
                if quots and quots[0][0] == ps:
                    att.spans.append(self._trim(ps, pe))
                    self.atts.append(att)
                    continue
            units = self._units(ps, pe, quots)
            self._para_end = pe
            for (us, ue) in units:
                uq = [q for q in quots if q[0] < ue and q[1] > us]
                n0 = len(self.atts)
                self._unit(pi, us, ue, uq)
                if poll_at:
                    k = bisect_left(poll_at, us)
                    if k < len(poll_at) and poll_at[k] < ue and _POLL_WORD.search(low, us, ue):
                        self._in_poll(pi, us, ue, uq, n0)
            if self.atts and not self.atts[-1].spans:
                last = self.atts.pop()
                if last.para == pi and text[ps:pe].rstrip().endswith(":"):
                    pending = last
        return self._finish()

    def _units(self, ps: int, pe: int, quots: list) -> list:
        """Sentences of the paragraph, merged so that no quotation is cut."""
        sents = sentences(self.text, ps, pe)
        if "\n" in self.text[ps:pe]:
            split = []
            for s0, e0 in sents:
                pos = s0
                for m in _NEWLINE.finditer(self.text, s0, e0):
                    if m.start() > pos:
                        split.append((pos, m.start()))
                    pos = m.end()
                if pos < e0:
                    split.append((pos, e0))
            sents = split
        if not quots or len(sents) < 2:
            return sents
        out = []
        cur_s, cur_e = sents[0]
        text = self.text
        for s, e in sents[1:]:
            if any(qs < cur_e - 1 and qe > cur_e for qs, qe in quots):
                cur_e = e
            elif (text[cur_e - 1] in _CLOSERS or text[cur_e - 1] == '"' or text.endswith("''", 0, cur_e)) \
                    and self._cue_sentence(s, e):
                cur_e = e
            else:
                out.append((cur_s, cur_e))
                cur_s, cur_e = s, e
        out.append((cur_s, cur_e))
        return out

    def _cue_sentence(self, s: int, e: int) -> bool:
        """'Trump said of Apple in February, ...' after '"...?"': a speaker and cue, no new quote."""
        text = self.text
        m = _SHORT_CUE.search(text, s, min(e, s + 60))
        if m is None:
            # "Hannity pressed." -- a name and a verb the lexicon may not know
            ws = text[s:e].split()
            return (len(ws) <= 4 and ws[-1].rstrip(".").endswith(("ed", "s")) and ws[0][:1].isupper()
                    and not _DOUBLE_MARK.search(text, s, e) and "\n" not in text[max(0, s - 3):s])
        if _DOUBLE_MARK.search(text, s, m.start()) or "," in text[s:m.start()]:
            return False
        if len(text[s:m.start()].split()) > 7 or "\n" in text[max(0, s - 3):s]:
            return False
        tail = _CLAUSE_STOP.split(text[m.end():e], maxsplit=1)[0]
        return len(tail.split()) <= 6 and not _DOUBLE_MARK.search(text, s, e)

    # -- one unit (a sentence, merged across quotes) --------------------------------------------
    def _unit(self, pi: int, us: int, ue: int, uq: list) -> None:
        text = self.text
        # The unit's tokens are found on first use (many units never need them).
        self._tok_cache = None
        self._tok_range = (us, ue)
        self._subj_memo = {}
        # Cue candidates outside quotation marks.
        outside = []
        pos = us
        for qs, qe in uq:
            if qs > pos:
                outside.append((pos, qs))
            pos = max(pos, qe)
        if pos < ue:
            outside.append((pos, ue))
        cues = []
        low = self._low
        for os_, oe in outside:
            if low is not None and not (os_ > 0 and "a" <= low[os_ - 1] <= "z"):
                # The cue words of the lexicon as one trie pattern over the lower-cased text: the same
                # words as the letter runs below that are in the lexicon (a run cut at os_ is left to
                # the loop below).
                found = [(m.start(), m.end(), m.group()) for m in self._cue_run.finditer(low, os_, oe)]
            else:
                found = []
                for m in _WORD.finditer(text, os_, oe):
                    w = m.group().lower()
                    if w in _CUES or w == "put":
                        found.append((m.start(), m.end(), w))
            for ms, me, w in found:
                if w == "according":
                    if text.startswith(" to", me):
                        cues.append((ms, me + 3, "according"))
                    continue
                if w in ("reported", "quoted") and text.startswith(" by ", me) and \
                        text[max(os_, ms - 4):ms].lower().endswith("as "):
                    cues.append((ms, me + 3, "according"))  # "as reported by X, ..."
                    continue
                if w in _ADJ_CUES and not text.startswith(_ADJ_CUES[w], me):
                    continue  # "critical of the plan", not "critical rhetoric"
                if w == "put":
                    if text.startswith(" it", me):
                        cues.append((ms, me + 3, "said"))  # "as X put it, ..."
                    continue
                before = _WORD_BEFORE.search(text, max(os_, ms - 20), ms)
                if before is not None and before.group(1).lower() in _ADJ_BEFORE and w.endswith("ed"):
                    continue  # "the reported contributions", "a widely shared view"
                if before is not None and w.endswith("ing") and before.group(1).lower() in _NOUN_DET:
                    continue  # "the writing of the speech", "his saying so": a noun, not a cue
                if w == "saw" and not _SAW_AS.match(text, me, oe):
                    continue  # "The board saw Ames as the best choice", "saw that ...": a view; "saw him there": not
                if w.startswith("found") and _REFLEXIVE.match(text, me):
                    continue  # "found himself embroiled", "has found itself at the center"
                if w == "called" and _CALLED_NOT_AFTER.match(text, me):
                    continue  # "called off", "called to mind": not a cue
                if w in ("show", "shows") and (_SHOW_NOUN_AFTER.match(text, me) or before is not None and (
                        before.group(1).lower() in _SHOW_NOUN_BEFORE
                        or before.group(1).isupper() and len(before.group(1)) > 1 and text[ms].islower())):
                    continue  # "a reality TV show", "the show's host", "an MSNBC show", "show up"
                if before is not None and _NOUN_COMPOUND.get(w, frozenset()) and \
                        before.group(1).lower() in _NOUN_COMPOUND[w] or w in ("call", "calls") and \
                        text[max(os_, ms - 5):ms].lower() == "roll-":
                    continue  # "a conference call", "the roll call", "a strong showing": nouns, not cues
                cues.append((ms, me, w))
        asked = _ASKED.search(text, us, ue) if text.find("sked", us, ue) >= 0 else None
        if asked is not None and asked.group(1) and asked.group(1).split()[0] in _ASKED_PASSIVE and \
                text.startswith("to ", asked.end()):
            asked = None  # "was asked to give a presentation": a request, not a question
        if asked is not None and (asked.start() == us or asked.group(1) or _ASKED_BEFORE.search(
                text, max(us, asked.start() - 12), asked.start())) \
                and not any(qs <= asked.start() < qe for qs, qe in uq):
            # "Asked about the charges, Rubio said ...", "..., he said when asked why": a question put
            # to the speaker, with no source in the text.
            body = asked.end()
            adj = _ASKED_ADJUNCT.match(text, body, ue)
            asker = None
            if adj is not None:
                body = adj.end()
                by = _ASKED_BY.match(text, asked.end(), ue)
                if by is not None:
                    asker = self._trim_np(by.span(1))  # "Asked by Stephanopoulos to respond, ..."
            stop = _ASKED_END.search(text, body, ue)
            span = self._trim(body, stop.start() if stop else ue)
            n_words = len(text[span[0]:span[1]].split())
            if (2 <= n_words <= 40 or n_words == 1 and text[span[0]:span[1]].lower() in ("why", "how")) and not any(qs < span[1] and qe > span[0]
                                                                          for qs, qe in uq):
                self.atts.append(_Att([span], (asked.start(2), asked.end(2)), asker, None, pi))
                cues = [c for c in cues if c[0] != asked.start(2)]
        src = _IN_SOURCE.match(text, us, ue)
        if src is not None:
            # "In a September poll, 75 percent said ..." / "In his op-ed, he argued ..."
            body = self._trim(src.end(), ue)
            if body[1] - body[0] > 10:
                self.atts.append(_Att([body], (src.start(1), src.end(1)), src.span(2), None, pi))
        att = None
        if pi == 0 and self._is_headline(us, ue):
            att = self._head_label(pi, us, ue)
        if cues and att is None:
            att = self._best(pi, us, ue, uq, cues)
        if att is None and uq and not text[us:uq[0][0]].strip():
            att = self._unknown_verb(pi, us, ue, uq) or self._dash_source(pi, us, ue, uq)
        if att is None and us in self._para_starts:
            att = self._label(pi, us, ue)
        if att is None and uq:
            att = self._colon_quote(pi, us, ue, uq)
        if att is None and self.more:
            att = self._that_frame(pi, us, ue, uq)
        if att is not None:
            n0 = len(self.atts)
            self.atts.append(att)
            self._chain(pi, att, ue, uq)
            if len(cues) > 1 and self.more:
                self._more(pi, us, ue, uq, cues, n0)
            return
        # A colon introduction at the end of the unit with no cue word: "Mr. Lee's reply:"
        tail = text[us:ue].rstrip()
        if tail.endswith(":") and not (uq and uq[-1][1] >= us + len(tail)):
            c = us + len(tail) - 1
            subj = self._subject_before(us, c)
            if subj is not None:
                self.atts.append(_Att([], (c, c + 1), subj, None, pi))
                return
        # No cue: quotations standing on their own.
        if uq:
            self._uncued(pi, us, ue, uq)

    def _in_poll(self, pi: int, us: int, ue: int, uq: list, n0: int) -> None:
        """'Trump leads Clinton by 8 points in the survey': a clause reported by the poll named after "in"
        (PolNeAR's source is the poll)."""
        text = self.text
        for m in _IN_POLL.finditer(text, us, ue):
            src = (m.start(2), m.end(2))
            lo = us
            for c in _CLAUSE_PUNCT_NO_PAREN.finditer(text, us, m.start()):
                lo = c.end()
            content = self._trim(lo, m.start())
            words = text[content[0]:content[1]].split()
            if len(words) < 3 or words[0].lower() in _INTRO or any(qs < m.end() and qe > content[0] for qs, qe in uq):
                continue
            if any(s0 < content[1] and content[0] < e0 for a in self.atts[n0:] for s0, e0 in a.spans):
                continue
            self.atts.append(_Att([content], (m.start(1), m.end(1)), src, None, pi))

    def _that_frame(self, pi: int, us: int, ue: int, uq: list) -> Optional[_Att]:
        """'SUBJECT VERB that CLAUSE' with a verb missing from the lexicon: a that-complement after a
        finite verb whose subject is a person, a pronoun or a named organisation is reported content."""
        text = self.text
        if text.find("that", us, ue) < 0:
            return None
        for m in _FRAME_THAT.finditer(text, us, ue):
            w = m.group(2).lower()
            if w in _SKIP or w in _DETERMINERS or w in _CLAUSE_WORDS or w in _PREPS or w in _CUES:
                continue
            if not (len(w) > 3 and (w.endswith("ed") or w.endswith("s") and not w.endswith("ss"))
                    or w in _IRREGULAR_SPEECH):
                continue
            if any(qs <= m.start(2) < qe for qs, qe in uq):
                continue
            prev = m.group(1)
            pl = prev.lower()
            if not (pl in ("he", "she", "they", "we", "i")
                    or prev[0].isupper() and pl not in _SENT_START_STOP and pl not in _WEEKDAYS
                    and pl not in _MONTHS
                    or _speaker_noun(pl)):
                continue
            return self._from_cue(pi, us, ue, uq, (m.start(2), m.end(2), w))
        return None

    def _is_headline(self, us: int, ue: int) -> bool:
        """The unit is the whole first paragraph and short: the article's title."""
        return ue == self._para_end and bool(self._paras) and self._paras[0][0] == us \
            and 2 <= len(self.text[us:ue].split()) <= 18

    def _head_label(self, pi: int, us: int, ue: int) -> Optional[_Att]:
        """'Rep. Ames: Budget Deal Is Dead.': a title naming its speaker before a colon."""
        text = self.text
        m = _HEAD_LABEL.match(text, us, ue)
        if m is None:
            return None
        name = m.group(1).lower()
        if name.split()[-1].rstrip(".") in _NOT_LABELS or name in _NOT_LABELS or name.startswith(_NOT_HEAD_LABELS):
            return None
        span = self._trim(m.end(), ue)
        if span[1] - span[0] < 3:
            return None
        return _Att([span], (m.end(1), m.end(1) + 1), m.span(1), None, pi)

    def _dash_source(self, pi: int, us: int, ue: int, uq: list) -> Optional[_Att]:
        """'"X." ― Carla Mendes': a quotation signed with a dash and a name."""
        qs, qe = uq[-1]
        m = _DASH_NAME.match(self.text, qe, ue)
        if m is None:
            return None
        return _Att([self._trim(uq[0][0], qe)], (m.start(1), m.end(1)), m.span(2), None, pi)

    def _colon_quote(self, pi: int, us: int, ue: int, uq: list) -> Optional[_Att]:
        """'Sen. Jo Ames scolded him: "..."': a clause ending in a colon introduces the quote."""
        text = self.text
        for qs, qe in uq:
            lead = text[us:qs].rstrip()
            if lead.endswith(":") and qs > us:
                c = us + len(lead) - 1
                m = _COLON_NAME.search(text, max(us, c - 60), c)
                if m is not None and m.start(1) > us:
                    # "... - Philip Bump: "..."", "More from Jones: "..."", "... pollster Daron Shaw: "...""
                    return _Att([self._trim(qs, ue)], (c, c + 1), (m.start(1), m.end(1)), None, pi)
                subj = self._clause_subject(us, c)
                if subj is None or text[subj[0]:subj[1]].lower() in ("it", "this", "that"):
                    return None
                return _Att([self._trim(qs, ue)], (c, c + 1), subj, None, pi)
        return None

    def _label(self, pi: int, us: int, ue: int) -> Optional[_Att]:
        """Transcript labels: 'SMITH: We will win.' at the start of a paragraph."""
        m = _LABEL.match(self.text, us, ue)
        if m is None or m.group(1).lower().rstrip(".") in _NOT_LABELS or \
                m.group(1).split()[-1].lower().rstrip(".") in _NOT_LABELS:
            return None
        if not m.group(1).isupper() and not _WORD.search(self.text, m.end(), ue):
            return None  # "Hillary Clinton: 1,769." -- a tally, not speech
        span = self._trim(m.end(), ue)
        if span[1] - span[0] < 3:
            return None
        body = self.text[span[0]:span[1]]
        if len(body.split()) < 5 and body.rstrip("\u201d\"'\u2019)")[-1:] not in ".?!" and not m.group(1).isupper():
            return None  # "Kasich: Now or never" -- a section heading, not speech
        pe = getattr(self, "_para_end", ue)
        if pe > ue and m.group(1).isupper() and not _DOUBLE_MARK.search(self.text, ue, pe):
            span = self._trim(m.end(), pe)  # the whole answer of a transcript paragraph
        return _Att([span], (m.start(2), m.end(2)), m.span(1), None, pi)

    def _unknown_verb(self, pi: int, us: int, ue: int, uq: list) -> Optional[_Att]:
        """'"X," the host exhorted.' -- a verb missing from the lexicon right after a quote."""
        text = self.text
        qe = uq[0][1]
        before_mark = text[:qe].rstrip("\"'\u201d\u00bb\u2019")[-1:]
        if before_mark not in (",", "?", "!") and text[qe - 1:qe] not in (",",):
            return None
        nxt = uq[1][0] if len(uq) > 1 else ue
        toks = self._tokens(qe, nxt)
        words = []
        for t in toks:
            if not t[2][0].isalnum():
                if words and t[2] in (",", ".", ";", "(", "\u2014"):
                    break
                continue
            words.append(t)
        if not words or len(words) > 10:
            return None
        for t in words[:8]:
            tl = t[2]
            if tl.islower() and tl not in _SKIP and (len(tl) > 3 and (tl.endswith("ed") or tl.endswith("s"))
                                                     or tl in _IRREGULAR_SPEECH) and tl not in _DETERMINERS:
                return self._from_cue(pi, us, ue, uq, (t[0], t[1], tl))
        return None

    def _chain(self, pi: int, att: _Att, ue: int, uq: list) -> None:
        """Further cues of the same speaker: "She said X but said Y", '"X," she wrote, arguing that Y'."""
        text = self.text
        for _ in range(3):
            if not att.spans or att.cue is None:
                return
            lo = att.cue[1]
            m = _CHAIN.search(text, lo, ue)
            while m is not None and any(qs < m.start(1) < qe for qs, qe in uq):
                m = _CHAIN.search(text, m.end(), ue)
            m2 = _CHAIN_COORD.search(text, lo, m.start() if m is not None else ue)
            cue_w = text[att.cue[0]:att.cue[1]].lower()
            past = cue_w.endswith("ed") or cue_w in _IRREGULAR_SPEECH
            while m2 is not None and (any(qs < m2.start() < qe for qs, qe in uq)
                                      or m2.group(1).lower() not in _CUES
                                      or past != m2.group(1).lower().endswith("ed")
                                      or m2.group(1).endswith("ing") != cue_w.endswith("ing")):
                m2 = _CHAIN_COORD.search(text, m2.end(), m.start() if m is not None else ue)
            if m2 is not None:
                m = m2  # "said he makes $41,000 a year and questioned how ..."
            m3 = _CHAIN_PART.search(text, lo, m.start() if m is not None else ue)
            while m3 is not None and (any(qs < m3.start() < qe for qs, qe in uq)
                                      or m3.group(1).lower() not in _CUES):
                m3 = _CHAIN_PART.search(text, m3.end(), m.start() if m is not None else ue)
            if m3 is not None:
                m = m3  # "is questioning X, encouraging his supporters to ..."
            if m is None:
                return
            cstart = self._content_after(m.end(1), ue, m.group(1).lower(), uq)
            if cstart is None:
                return
            span = self._trim(cstart, ue)
            if span[1] - span[0] < 8:
                return
            last = att.spans[-1]
            at = next((qe for qs, qe in uq if qs < m.start() < qe), m.start())  # ',"' ends the quote
            if last[0] < at < last[1]:
                cut = self._trim(last[0], at)
                if cut[1] <= cut[0]:
                    return
                att.spans[-1] = cut
            mention, role = att.mention, att.role
            if mention is not None and text[m.start()] == "," and text[mention[0]:mention[1]].lower() in ("who", "which") \
                    and text[max(0, mention[0] - 2):mention[0]].rstrip().endswith(","):
                # "Barkley, who said X, said Y": the relative clause ends at the comma; Y is Barkley's
                ante = self._subject_before(self._tok_range[0], text.rindex(",", 0, mention[0]))
                if ante is not None and text[ante[0]:ante[1]].lower() not in _PRONOUNS:
                    mention, role = ante, None
            new = _Att([span], (m.start(1), m.end(1)), mention, role, pi)
            self.atts.append(new)
            att = new

    def _has_marks(self, s: int, e: int) -> bool:
        """True when text[s:e] contains a double quotation mark."""
        return _DOUBLE_MARK.search(self.text, s, e) is not None

    def _uncued(self, pi: int, us: int, ue: int, uq: list) -> None:
        text = self.text
        if _BOILERPLATE.search(text, us, ue) or _PAREN_ONLY.fullmatch(text, us, ue):
            return  # "(CROSSTALK.)", "Follow Jo Lee on Twitter @jolee" -- page furniture, not speech
        qs0 = uq[0][0]
        starts_with_quote = not text[us:qs0].strip()
        inside = sum(min(qe, ue) - max(qs, us) for qs, qe in uq)
        mostly = inside >= 0.6 * (ue - us)
        prev = self.atts[-1] if self.atts else None
        if prev is not None and prev.mention and len(self.atts) > 1 and \
                text[prev.mention[0]:prev.mention[1]].lower() in ("who", "which"):
            prev = self.atts[-2]  # "..., who said she would march. "Quote."" continues the main speaker
        if starts_with_quote and mostly and prev is not None and pi - prev.para <= 1 and prev.spans \
                and (prev.continuation or self._has_marks(prev.spans[0][0], prev.spans[-1][1])):
            self.atts.append(_Att([self._trim(us, ue)], None, prev.mention, prev.role, pi, continuation=True))
            return
        if not starts_with_quote and inside >= 0.4 * (ue - us) and prev is not None and pi == prev.para \
                and prev.spans and prev.cue is not None and self._is_direct(tuple(prev.spans)):
            # '"X," she says. It's "Y."' -- the quotation continues the same speech
            spans = [self._trim(max(qs, us), min(qe, ue)) for qs, qe in uq]
            self.atts.append(_Att(spans, None, prev.mention, prev.role, pi, continuation=True))
            return
        if starts_with_quote and mostly and prev is not None and pi == prev.para and prev.mention:
            # The quotation after a reported cue in the same paragraph: "She says X. "Y.""
            self.atts.append(_Att([self._trim(us, ue)], None, prev.mention, prev.role, pi))
            return
        for qs, qe in uq:
            s, e = self._trim(qs, qe)
            words = _WORD.findall(text, s, e)
            n = len(words)
            if n and sum(w[0].isupper() for w in words) >= 0.7 * n and n < 12:
                continue  # a title in quotation marks ("The Making of a Senator")
            at_start = not text[us:qs].strip()
            if (n >= 5 and at_start) or n >= 8 or (mostly and starts_with_quote and n >= 3 and len(uq) == 1):
                if prev is not None and prev.mention and pi - prev.para <= 2:
                    # A quotation with no cue near the last speaker (within two paragraphs) is taken
                    # to be theirs, like the continuations above.
                    self.atts.append(_Att([(s, e)], None, prev.mention, prev.role, pi))
                    continue
                self.atts.append(_Att([(s, e)], None, None, None, pi))

    # -- building an attribution from a cue -----------------------------------------------------
    def _best(self, pi, us, ue, uq, cues) -> Optional[_Att]:
        # Prefer say-family cues, then cues next to a quotation, then the first one.
        def rank(c):
            cs, ce, w = c
            near = min((min(abs(cs - qe), abs(qs - ce)) for qs, qe in uq), default=999)
            verbish = w in _SAY or w == "according" or w.endswith(("ed", "s", "ing")) and not w.endswith("ss")
            edge = w == "according" and (not self.text[us:cs].strip(" \u201c\"")
                                         or self.text[us:cs].rstrip().endswith(","))
            lo = max(us, cs - 40)
            if self.text.find("what", lo, cs) >= 0 and _WHAT_REL.search(self.text, lo, cs):
                return (4, 0, cs)  # 'pledged to act against what it called "a threat"': the main verb first
            verbish = verbish or self.text[max(us, cs - 3):cs].lower() == "to "  # "continue to ignore"
            if not edge and ue - ce < 45 and len(self.text[ce:ue].split()) <= 4 and (
                    w in _SAY and _POSTPOSED.search(self.text, max(us, cs - 40), cs)
                    or w.startswith("show") and _POSTPOSED_NP.search(self.text, max(us, cs - 60), cs)) \
                    and not any(qs >= ce for qs, qe in uq):
                edge = True  # "X has added Y, she noted.": the closing "she noted" is the attribution
            return (0 if edge else 1 if w in _SAY or w == "according" else 2 if verbish else 3,
                    0 if near < 40 else 1, cs)

        for cue in sorted(cues, key=rank):
            att = self._from_cue(pi, us, ue, uq, cue)
            if att is not None:
                return att
        return None

    def _more(self, pi, us, ue, uq, cues, n0) -> None:
        """Further attributions in the unit from its other cues (each with its own subject)."""
        text = self.text
        accepted = self.atts[n0:]
        used = {a.cue[0] for a in accepted if a.cue}
        for cue in sorted(cues):
            cs, ce, w = cue
            if cs in used or w == "according":
                continue
            if any(a.mention and a.mention[0] <= cs < a.mention[1] for a in accepted):
                continue
            if any(a.cue and a.cue[0] <= cs < a.cue[1] + 1 for a in accepted):
                continue
            if any(a.cue and a.mention and a.spans and a.spans[-1][1] <= a.mention[0] < a.cue[0]
                   and a.spans[0][0] < cs < a.spans[-1][1] and not self._is_direct(tuple(a.spans))
                   and _POSTPOSED.search(text, max(us, a.cue[0] - 40), a.cue[0])
                   and len(text[a.cue[1]:ue].split()) <= 4 for a in accepted):
                continue  # "The firm has added a route, she noted.": a verb inside reported content
            if w in _ADJ_PASSIVE and any(s0 < cs < e0 for a in accepted for s0, e0 in a.spans):
                continue  # "said they are worried that ...": a state of mind inside what was said
            seem = w in _SEEM  # the writer's impression: no speaker of its own
            subj = self._subject_before(us, cs)
            if subj is None and not seem:
                continue
            cand = self._from_cue(pi, us, ue, uq, cue)
            if cand is None or not cand.spans or cand.mention is None and not seem:
                continue
            first = text[cand.spans[0][0]:cand.spans[0][0] + 5].lower()
            verb_comma_quote = bool(_VERB_COMMA_QUOTE.match(text, ce)) and cand.spans[0][0] > cs
            anchor = cand.mention[0] if cand.mention else cand.spans[0][0]
            new_clause = bool(_NEW_CLAUSE.search(text, max(us, anchor - 12), anchor)) \
                and not self._is_direct(tuple(cand.spans))
            relaxed_ok = True
            if not verb_comma_quote and not new_clause and (not (w in _SAY or first.startswith("that "))
                                         or self._is_direct(tuple(cand.spans))):
                if self._is_direct(tuple(cand.spans)) or not any(a.cue and a.cue[0] > ce for a in accepted):
                    continue
                relaxed_ok = False  # only when its content ends before the next attribution
            # Stop the content before another attribution's speaker or cue.
            ok = True
            for a in accepted:
                stops = [x[0] for x in (a.mention, a.cue) if x]
                for k, (s0, e0) in enumerate(cand.spans):
                    inner = [x for x in stops if s0 < x < e0]
                    if inner:
                        cut = self._trim_conj(s0, min(inner))
                        if cut[1] - cut[0] < 8 or seem:
                            ok = False  # (an impression cut short by another attribution is dropped)
                        else:
                            cand.spans[k] = cut
                    elif any(s0 <= sp[0] and sp[1] <= e0 for sp in a.spans) and a.mention and \
                            not (s0 <= a.mention[0] < e0):
                        ok = False  # would swallow another attribution whole
            if not ok or any(sp in [x for a in accepted for x in a.spans] for sp in cand.spans):
                continue
            if not relaxed_ok and any(s0 < e1 and s1 < e0 for s0, e0 in cand.spans for a in accepted
                                      for s1, e1 in a.spans):
                continue
            if verb_comma_quote:
                # '..., and when pressed, the mother of three replied, "..."': the earlier content
                # stops before this speaker.
                for a in accepted:
                    if a.spans and a.spans[-1][0] < anchor < a.spans[-1][1]:
                        cut = self._trim_conj(a.spans[-1][0], anchor)
                        if cut[1] - cut[0] >= 8:
                            a.spans[-1] = cut
            self.atts.append(cand)
            accepted.append(cand)
            used.add(cs)

    def _from_cue(self, pi, us, ue, uq, cue) -> Optional[_Att]:
        text = self.text
        cs, ce, w = cue
        if w == "according":
            return self._according(pi, us, ue, cs, ce)
        if text.startswith((" out", " up"), ce):
            m = _PARTICLE.match(text, ce, ue)
            if m is not None:
                ce = m.end()  # "has pointed out, ...", "pointed out that ...": the particle belongs to the cue
        subj = self._subject_before(us, cs, participle=w.endswith("ing"))
        if subj is not None and w.endswith("ing") and self._object_of_verb(us, subj[0]):
            # "The senator emailed supporters saying ...": the noun phrase before the participle is the
            # object of the clause's verb; the participle's subject is the clause's
            cl = self._clause_subject(us, subj[0])
            if cl is not None and cl[1] <= subj[0] and text[cl[0]:cl[1]].lower() not in _WEEKDAYS \
                    and not text[cl[0]:cl[1]].isupper():
                subj = cl
        if w in _SEEM:
            # "The race seemed to be his to lose": the writer's impression; no source in the text,
            # the content is the whole clause.
            if _SEEM_NOT.match(text, ce) or any(qs < cs < qe for qs, qe in uq):
                return None
            if subj is None and _IT_BEFORE.search(text[max(0, cs - 4):cs]) and not text.startswith(" to ", ce):
                # "it seems (that) X", "It appears, though, that X": the content is what follows
                m = _SEEM_END.search(text, ce, ue)
                span = self._trim(ce, m.start() if m else ue)
                lead = _SEEM_LEAD.match(text, span[0], span[1])
                if lead is not None:
                    span = (lead.end(), span[1])
                if len(text[span[0]:span[1]].split()) < 2:
                    return None
                return _Att([span], (cs, ce), None, None, pi)
            if subj is None:
                subj = self._np_subject(us, cs)  # "Enthusiasm for Ames appears to have ..."
                if subj is None or self._np_subordinate:
                    return None
            m = _SEEM_END.search(text, ce, ue)
            span = self._trim(subj[0], m.start() if m else ue)
            if len(text[ce:span[1]].split()) < 1:
                return None
            return _Att([span], (cs, ce), None, None, pi)
        tail = text[ce:ue].rstrip()
        if tail.endswith(":") and subj is not None and not any(q[0] >= ce for q in uq):
            return _Att([], (cs, ce), subj, None, pi)  # waits for the quote in the next paragraph
        if subj is None:
            subj = self._titled_appositive(us, cs, uq)
        inverted = None
        if subj is None and not w.endswith("ing") and (w in _SAY and w not in _OBJECT_CUES
                                                         or self._after_quote(cs, uq)) and not (
                w in _OBJECT_CUES and _COORD.search(text, max(us, cs - 40), cs) is not None):
            inverted = self._np_after(ce, ue, loose=self._after_quote(cs, uq))
        if subj is None and inverted is None:
            for qs, qe in uq:
                if qe <= cs and qs >= us:
                    gap = text[qe:cs]
                    gw = gap.replace(",", " ").split()
                    named = bool(gw) and gw[0][:1].isupper() and gw[0].lower() not in _SENT_START_STOP
                    clause_ok = (not any(x.lower() in _CLAUSE_WORDS for x in gw)
                                 or named and not any(x.lower() in _CLAUSE_WORDS - {"who", "which", "that"}
                                                      for x in gw))
                    if 0 < len(gw) <= (16 if named else 8) and not any(c in gap for c in ";:\"\u201c\u201d") \
                            and gw[0].lower() not in _SKIP and gw[0].lower() not in _CUES and clause_ok:
                        m0 = self._trim(qe, cs)
                        if m0[1] > m0[0] and text[qe - 2:qe].strip()[:1] in (",", "?", "!", "\u2014") \
                                or text[qe - 2:qe - 1] in (",", "?", "!"):
                            subj = m0
        role = None
        if inverted is not None:
            role = inverted[1]
        elif subj is not None:
            role = self._appositive_role(subj, cs)
        # Post-posed cue: the content comes first ("X," she said / X, officials said).
        if subj is not None and text[subj[0]].isupper():
            m = _TITLE_BEFORE.search(text, max(us, subj[0] - 50), subj[0])
            if m is not None and not any(x in _CLAUSE_WORDS or x in _INTRO or x in _SKIP
                                         for x in m.group(1).lower().split()):
                subj = (m.start(1), subj[1])
        mstart = subj[0] if subj is not None else cs
        self._unit_end = ue
        relative = subj is not None and text[subj[0]:subj[1]].lower() in ("who", "which")
        lead_end = (self._lead_content_end(us, mstart, uq, inverted[2] if inverted is not None else ce, w)
                    if (subj is not None or inverted is not None) and not relative else None)
        if lead_end is not None:
            lstart = us
            for qs, qe in uq:
                if us <= qs < lead_end:
                    if text[us:qs].rstrip().endswith(":"):
                        lstart = qs
                    break
            spans = self._split_quotes(self._trim(lstart, lead_end), uq)
            if subj is not None and role is None:
                # The whole stretch between the content and the cue names the speaker.
                m0 = self._trim(lead_end, subj[1])
                if text.startswith(("as ", "As "), m0[0]):
                    m0 = (m0[0] + 3, m0[1])
                if m0[1] > m0[0] and len(text[m0[0]:m0[1]].split()) <= 12:
                    subj = m0
            after = inverted[2] if inverted is not None else ce
            second = self._second_part(after, ue, uq)
            if second is not None:
                spans.append(second)
            mention = subj if subj is not None else inverted[0]
            return _Att([sp for sp in spans if sp[1] > sp[0]], (cs, ce), mention, role, pi)
        # Pre-posed cue: subject, cue, content ("Officials said that ...").
        cstart = self._content_after(ce, ue, w, uq)
        if cstart is None:
            return None
        if subj is None and inverted is None:
            before = text[max(us, cs - 4):cs].rstrip()
            if w in _SAY or w.endswith("ing") or before.endswith(",") or self._has_marks(cstart, cstart + 1) \
                    or _COORD.search(text, max(us, cs - 40), cs) is not None:
                if not text[max(us, cs - 4):cs].lower().endswith("to ") or _VERB_TO.search(text, max(us, cs - 40), cs):
                    self._clause_role = None  # (but "..., but went on to say" takes the clause subject)
                    subj = self._clause_subject(us, cs)
                    if subj is not None:
                        role = self._clause_role
            elif not text[max(us, cs - 4):cs].lower().endswith("to "):
                # "Hillary Clinton on Tuesday night closed ...": a named subject a few words back
                cl = self._clause_subject(us, cs)
                named = cl is not None and (text[cl[0]].isupper() or text[cl[0]:cl[1]] in ("he", "she", "they", "we"))
                if named and len(text[cl[1]:cs].split()) <= 10 and not any(c in text[cl[1]:cs] for c in ",;:\"\u201c"):
                    subj = cl
        if subj is None and inverted is None:
            subj = self._np_subject(us, cs)  # "a 2014 study by Eastvale University found that ..."
            if subj is not None and self._np_subordinate:
                # "While no rule demands it, candidates ...": the subordinate clause ends at its comma
                cut = _CLAUSE_COMMA.search(text, ce, ue)
                if cut is not None:
                    ue = cut.start()
        mention = subj if subj is not None else (inverted[0] if inverted is not None else None)
        passive = inverted is None and (w.endswith("ed") or w in _PARTICIPLES) and (
            _PASSIVE.search(text, max(us, cs - 40), cs) is not None and not (
                w in _ADJ_PASSIVE and mention is not None and not text.startswith(" by ", ce))
            or w in ("known", "called", "dubbed", "named", "titled", "labeled")
            and text[max(us, cs - 3):cs].rstrip().endswith(",")
            and (mention is None or text.count(",", mention[1], cs) < 2))  # (not "Ames, a senator, called")
        if passive and not text.startswith(" by ", ce):
            mention = None  # "He has been criticized for ...": no source in the text
        if passive and text.startswith(" by ", ce):
            by_agent = self._passive_by(us, ue, cs, ce, pi)
            if by_agent is not None:
                return by_agent
        span = self._trim(cstart, ue)
        if span[1] <= span[0]:
            return None
        spans = self._quote_extent(span, uq)
        span = spans[0]
        body = text[span[0]:span[1]]
        words = body.split()
        quoted = self._has_quote(span[0], span[1], uq) or any(qs <= span[0] < qe for qs, qe in uq)
        if not quoted:
            w0 = words[0].lower() if words else ""
            adjunct = w0 in _WEEKDAYS or (w0 in _ADJUNCT_START and (
                w0 not in _TIME_DET or len(words) > 1 and words[1].lower().strip(",.") in _TIME_WORDS | _WEEKDAYS))
            if w0 == "at" and len(words) > 1 and words[1].lower() in ("least", "most"):
                adjunct = False  # "reported at least six planes ..."
            short_np = (mention is not None and w not in _SAY and 1 <= len(words) < 3 and not adjunct
                        and (words[0][0].isupper() or words[0].lower() in _SHORT_OBJ)
                        and not text[max(us, cs - 4):cs].lower().endswith("to "))
            short_said = w in _SAY and 1 <= len(words) <= 2 and mention is not None and self._elliptical(*span)
            if w in _SPOKE and (adjunct or w0 in ("to", "for", "over", "after", "before", "with")) and not any(
                    x.lower() in ("about", "of") for x in words[:8]):
                return None  # "Clinton spoke Monday night at a town hall": where and when, not what
            if (len(words) < (2 if words and words[0] == "to" else 3) and not short_np and not short_said) \
                    or (adjunct and len(words) < 8):
                return None
        if mention is None and w in _IMPERSONAL and _IT_IS.search(text, max(us, cs - 30), cs) is not None \
                and words and words[0].lower() in ("whether", "that", "if", "how", "why", "what", "who", "when"):
            return _Att([span], (cs, ce), None, None, pi)  # "it was unclear whether ...": no source
        if mention is None and not passive and not self._has_quote(span[0], span[1], uq):
            return None  # reported speech with no speaker at all is rarely an attribution
        if mention is not None and text[mention[0]:mention[1]].lower() == "it" and w in _IMPERSONAL:
            mention = None  # "it was unclear whether ...": an impersonal subject, no source
        if passive and mention is None and not self._is_direct(tuple(spans)):
            subj_np = self._passive_subject(us, cs)
            if subj_np is not None and subj_np[1] <= spans[0][0]:
                spans = [subj_np] + spans  # "Ames is expected to win": PolNeAR's content includes Ames
        return _Att(spans, (cs, ce), mention, role if mention else None, pi)

    def _object_of_verb(self, us: int, s: int) -> bool:
        """True when the noun phrase at s follows a finite verb or a participle ("emailed supporters",
        "is making a pitch")."""
        ws = self.text[max(us, s - 40):s].split()
        if ws and ws[-1].lower() in ("a", "an", "the", "his", "her", "their", "its"):
            ws.pop()
        if not ws:
            return False
        p = ws[-1]
        pl = p.lower()
        if not p.isalpha() or not p.islower() or pl in _FUNCTION_WORDS:
            return False
        return len(pl) > 3 and (pl.endswith(("ed", "ing")) or pl in _CUES)

    def _passive_subject(self, us: int, cs: int, longest: int = 15) -> Optional[tuple]:
        """The subject of a passive cue: from the clause start to the auxiliary ("The plan was ...")."""
        text = self.text
        m = _PASSIVE.search(text, max(us, cs - 40), cs)
        if m is None:
            return None
        lo = us
        for c in _CLAUSE_PUNCT_NO_PAREN.finditer(text, us, m.start()):
            lo = c.end()
        span = self._trim(lo, m.start())
        toks = text[span[0]:span[1]].split()
        while toks and toks[-1].lower() in _SKIP:  # "Ames - a senator - has been called ...": not "has"
            toks.pop()
        if not toks:
            return None
        span = (span[0], span[0] + text[span[0]:span[1]].rindex(toks[-1]) + len(toks[-1]))
        ws = text[span[0]:span[1]].split()
        if not ws or len(ws) > longest or ws[0].lower() in ("it", "there", "this", "that", "which", "who") \
                or any(x.lower() in _CLAUSE_WORDS for x in ws):
            return None
        return span

    def _passive_by(self, us: int, ue: int, cs: int, ce: int, pi: int) -> Optional[_Att]:
        """'The plan was endorsed by the Eastvale council': PolNeAR's content is the passive subject and
        its source the agent after "by"."""
        text = self.text
        content = self._passive_subject(us, cs, longest=20)
        if content is None:
            return None
        stop = _AGENT_END.search(text, ce + 4, ue)
        agent = self._trim(ce + 4, stop.start() if stop else ue)
        if agent[1] <= agent[0] or len(text[agent[0]:agent[1]].split()) > 12:
            return None
        return _Att([content], (cs, ce), agent, None, pi)

    def _split_quotes(self, span: tuple, uq: list) -> list:
        """'"X" and "Y," she said': two quotations joined by and/or/comma are two spans."""
        text = self.text
        s, e = span
        inner = [(qs, qe) for qs, qe in uq if s <= qs and qe <= e + 1]
        if len(inner) < 2 or inner[0][0] != s or inner[-1][1] < e:
            return [span]
        for (_, a), (b, _) in zip(inner, inner[1:]):
            if text[a:b].strip(" ,").lower() not in ("", "and", "or"):
                return [span]
        return [self._trim(qs, qe) for qs, qe in inner]

    def _quote_extent(self, span: tuple, uq: list) -> list:
        """Content that starts at a quotation ends at its closing mark: 'said "We will win" on Monday'
        -> '"We will win"'; 'said "X" and "Y" on Monday' -> two spans. A quoted fragment that is only
        part of a clause ('said "the plan" was dead') keeps the clause."""
        text = self.text
        s, e = span
        out = []
        while True:
            q = next(((qs, qe) for qs, qe in uq if qs == s), None)
            if q is None or q[1] >= e:
                break
            qs, qe = q
            inner = text[qs:qe].rstrip(_CLOSERS + "\"'’ ")
            tail = text[qe:e]
            tw = tail.split()
            first = tw[0].lower().strip(",.;:") if tw else ""
            full = inner[-1:] in (",", ".", "?", "!", ";", ":") or (inner[1:2].isupper() and len(inner.split()) >= 3)
            m = _OBJECT_THAT.match(tail)
            if m is not None and inner[1:2].isupper() and not inner[-1:] in (",", ".", "?", "!") \
                    and len(inner.split()) <= 6:
                return [self._trim(qe + m.start(1), e)]  # 'told "Morning Joe" on Friday that ...'
            if not (full or tail.lstrip()[:1] in ";)—–"):
                break  # '"budget reforms" and the collection of taxes would ...': a fragment in a clause
            out.append(self._trim(qs, qe))
            m = _QUOTE_LINK.match(text, qe, e)
            if m is None:
                return out
            s = m.end()
        out.append((s, e))
        return out

    def _second_part(self, after: int, ue: int, uq: list) -> Optional[tuple]:
        """The part of a split quote after its cue: ', "Y."' or ', is dead.'"""
        text = self.text
        rest = text[after:ue]
        if not rest.strip(" ,.;:\u2014\u2013-"):
            return None
        for qs, qe in uq:
            if qs >= after:
                gap = text[after:qs]
                if len(gap) <= 80 and gap.rstrip().endswith((",", ":")):
                    return self._trim(qs, ue)
                break
        if rest.startswith(","):
            m = _COMMA_SPACE.match(text, after)
            body = self._trim(m.end(), ue)
            first = text[body[0]:body[1]].split(None, 1)[0].lower() if body[1] > body[0] else ""
            if len(text[body[0]:body[1]].split()) >= 2 and text[body[0]].islower() and first not in (
                    "who", "whose", "which", "when", "where", "whom") and not first.endswith("ing") \
                    and first not in _SECOND_NOT:
                return body  # not '"X," she said, referring to ...' (a participle, not content)
        return None

    def _has_quote(self, s, e, uq) -> bool:
        return any(qs >= s and qe <= e + 1 for qs, qe in uq)

    def _according(self, pi, us, ue, cs, ce) -> Optional[_Att]:
        text = self.text
        # Source: up to the next comma or the end of the unit.
        m = _SOURCE_END.search(text, ce, ue)
        src_end = m.start() if m else ue
        src = self._trim(ce, src_end)
        if src[1] <= src[0]:
            return None
        lead = text[us:cs].strip()
        if not lead or lead.lower() in ("and", "but", "yet", "so", "also"):
            if not m:
                return None
            spans = [self._trim(m.end(), ue)]
        else:
            spans = [self._trim(us, cs)]
            if m is not None:
                rest = self._trim(m.end(), ue)
                if rest[1] - rest[0] > 8 and text[us:cs].rstrip().endswith(","):
                    spans.append(rest)
        spans = [sp for sp in spans if sp[1] > sp[0]]
        if not spans:
            return None
        src = self._trim_np(src)
        return _Att(spans, (cs, ce), src, None, pi)

    # -- helpers on offsets -----------------------------------------------------------------------
    def _trim(self, s: int, e: int) -> tuple:
        text = self.text
        while s < e and (text[s].isspace() or text[s] in ",;:\u2014\u2013-"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:\u2014\u2013-"):
            e -= 1
        return (s, e)

    def _trim_conj(self, s: int, e: int) -> tuple:
        """Trim, then drop a dangling conjunction at the end ("... relationships but")."""
        s, e = self._trim(s, e)
        m = _TRAILING_CONJ.search(self.text, s, e)
        if m is not None and m.end() == e:
            s, e = self._trim(s, m.start())
        return (s, e)

    def _tokens(self, s: int, e: int) -> list:
        """Tokens of text[s:e] as (start, end, string); served from the unit's cache when inside it.

        Inside the unit the tokens are those of the whole unit (``_TOK.finditer(text, us, ue)``) that
        lie in [s, e). No token holds a space, so the unit's tokens after a space (or from the unit's
        start) are those found by a search from there: the cache holds the unit's tokens that start
        in [lo, hi) only, grown on demand, and most of a long unit is never tokenized.
        """
        us, ue = self._tok_range
        if us <= s and e <= ue:
            text = self.text
            toks = self._tok_cache
            if toks is None or s < self._tok_lo:
                p = s
                while p > us and not text[p - 1].isspace():
                    p -= 1
                if toks is None:
                    toks = self._tok_cache = []
                    self._tok_starts = []
                    self._tok_lo = self._tok_hi = p
                else:
                    lo = self._tok_lo
                    new = []
                    for m in _TOK.finditer(text, p, ue):
                        if m.start() >= lo:
                            break
                        new.append((m.start(), m.end(), m.group()))
                    toks = self._tok_cache = new + toks
                    self._tok_starts = [t[0] for t in toks]
                    self._tok_lo = p
            if e > self._tok_hi:
                hi = self._tok_hi
                starts = self._tok_starts
                # A search bounded a little past e finds the same tokens as one bounded at ue up to
                # where the bound could be seen: a try at a place reads at most 8 characters past the
                # place and 4 past the token it finds (the lookaheads, a run's next character).
                bound = e + _TOK_READ + 8
                if bound < ue:
                    new = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(text, hi, bound)]
                    while new and new[-1][1] + _TOK_READ > bound:
                        new.pop()
                    if new:
                        toks += new
                        starts += [t[0] for t in new]
                        hi = new[-1][1]
                if hi < e:
                    last = ue
                    for m in _TOK.finditer(text, hi, ue):
                        t = (m.start(), m.end(), m.group())
                        toks.append(t)
                        starts.append(t[0])
                        if t[1] >= e:
                            last = t[1]
                            break
                    hi = last
                self._tok_hi = hi
            starts = self._tok_starts
            i = bisect_left(starts, s)
            j = bisect_left(starts, e, i)
            while j > i and toks[j - 1][1] > e:
                j -= 1
            return toks[i:j]
        return [(m.start(), m.end(), m.group()) for m in _TOK.finditer(self.text, s, e)]

    def _subject_before(self, lo: int, cs: int, participle: bool = False) -> Optional[tuple]:
        """The noun phrase right before a cue: (start, end) or None (asked again for the same cue by
        later steps of the unit: answered once per unit, as it reads only the text and the unit's tokens)."""
        key = (lo, cs, participle)
        memo = self._subj_memo
        if key in memo:
            return memo[key]
        out = memo[key] = self._subject_before_uncached(lo, cs, participle)
        return out

    def _subject_before_uncached(self, lo: int, cs: int, participle: bool = False) -> Optional[tuple]:
        m = _VERB_TO.search(self.text, max(lo, cs - 40), cs)
        if m is not None:
            cs = m.start()  # "He went on to say", "Mr. Lee issued a statement"
        toks = self._tokens(max(lo, cs - 160), cs)
        i = len(toks) - 1
        if i >= 0 and toks[i][2] == ")":
            k = i
            while k >= 0 and toks[k][2] != "(":
                k -= 1
            if k > 0 and i - k <= 8:
                i = k - 1
        while i >= 0:
            t = toks[i][2].lower()
            if t in _SKIP or t in _SKIP_BEFORE_CUE or (
                    t.endswith("ly") and len(t) > 4 and t not in _CUES and toks[i][2].islower()):
                i -= 1
                continue
            if t in _WEEKDAYS and i > 0 and toks[i - 1][2].lower() == "on":
                i -= 2
                continue
            if t in _PARTS_OF_DAY and i > 1 and toks[i - 1][2].lower() in _WEEKDAYS and toks[i - 2][2].lower() == "on":
                i -= 3  # "Ames on Thursday evening said"
                continue
            if t in _TIME_WORDS and i > 1 and toks[i - 1][2].lower() in ("last", "this", "next") and toks[i][2].islower():
                i -= 2  # "Ames last week said", "Ames earlier this month said"
                if i >= 0 and toks[i][2].lower() in ("earlier", "later"):
                    i -= 1
                continue
            break
        if i < 0:
            return None
        end_tok = toks[i]
        t = end_tok[2]
        tl = t.lower()
        if tl in _PRONOUNS and tl not in ("it", "you", "him", "her", "them"):
            return (end_tok[0], end_tok[1])
        if tl == "it" and i > 0 and toks[i - 1][2] == "," and i + 1 == len(toks) and \
                self.text[cs:cs + 8].split(",")[0].split(" ")[0].lower() in _SAY:
            return (end_tok[0], end_tok[1])  # "The fare, it says, would rise": a document's parenthetical cue
        if tl in ("all", "both", "most", "many", "some", "others", "several") and (
                i == 0 or toks[i - 1][2] in (",", ";", ":")):
            return (end_tok[0], end_tok[1])  # "To varying degrees, all agreed that ..."
        if tl == "which" and i > 0 and not participle and (toks[i - 1][2][0].isalnum()
                                                                      or toks[i - 1][2] in (",", "\u2014", "-", ")")):
            return (end_tok[0], end_tok[1])  # "the study, which notes ...": PolNeAR's source is the pronoun
        if t == "%" and i > 0 and toks[i - 1][2][0].isdigit():
            k = i - 1  # "42% say they are liberal"
            if k > 0 and toks[k - 1][2].lower() in _PERCENT_LEAD:
                k -= 1
            if k == 0 or toks[k - 1][2] in (",", ";", ":") or toks[k - 1][2].lower() in ("and", "but", "while"):
                return (toks[k][0], end_tok[1])
        if t in ("\u201d", '"', "'") and i > 2 and (toks[i - 1][2] == "," or t == "'" and toks[i - 1][2] == "'"
                                                    and toks[i - 2][2] == ","):
            subj = self._aside_quote_subject(toks, i if toks[i - 1][2] == "," else i - 1, lo)
            if subj is not None:
                return subj
        if t in ("\u201d", '"', "'", ",", ")", "\u2019") or not t[0].isalnum():
            # An appositive "Name, role, said": look past the comma.
            if t == "," and i > 0:
                return self._appositive_subject(toks, i, lo)
            if t in ("\u2014", "\u2013", "\u2015") and i > 0:
                # "insiders in two states — Nevada and South Carolina — said"
                for k in range(i - 1, max(-1, i - 14), -1):
                    if toks[k][2] == t:
                        return self._subject_before(lo, toks[k][0])
            return None
        j = i
        if t[0].isupper() or t[0].isdigit():
            while j - 1 >= 0:
                p = toks[j - 1][2]
                pl = p.lower()
                if p[0].isupper() or (p[0].isdigit() and j - 1 > 0):
                    j -= 1
                elif pl in _NAME_LINKS and j - 2 >= 0 and toks[j - 2][2][0].isupper():
                    j -= 1
                elif p in ("\u2019s", "'s") and j - 2 >= 0:
                    j -= 1
                elif pl in ("the",) :
                    j -= 1
                    break
                else:
                    break
            # Drop a sentence-initial function word captured by capitalisation ("But Mr. Lee").
            while j < i and toks[j][2].lower() in _SENT_START_STOP and not (
                    toks[j][2].lower() in ("the", "a", "an") and j > 0 and toks[j - 1][2] in (",", ";")):
                j += 1  # (but "..., The Eastvale Herald reports" keeps its article)
            if j > 1 and toks[j - 1][2].lower() in _HEAD_PREPS and not participle:
                # "advisers to Mr. Obama say", "officials in Elmshire said": the head before the preposition
                hl = toks[j - 2][2].lower()
                if (toks[j - 2][2].islower() or toks[j - 2][0] == lo) and (
                        _speaker_noun(hl) or hl in _ROLES):
                    head = self._subject_before(lo, toks[j - 1][0])
                    if head is not None and head[1] == toks[j - 2][1]:
                        return (head[0], end_tok[1])
            if j == i and j > 1 and t.isdigit() and toks[j - 1][2].lower() == "in" and (
                    toks[j - 2][2].isdigit() or toks[j - 2][2].lower() in _NUMBER_WORDS):
                k = j - 2  # "About three in 10 said ...", "six in 10 say ..."
                if k > 0 and toks[k - 1][2].lower() in _QUANTIFIERS:
                    k -= 1
                return (toks[k][0], end_tok[1])
            if j > 0 and toks[j - 1][2].lower() in _SUBORDINATORS and not participle and t[0].isupper():
                return (toks[j][0], end_tok[1])  # "... three days after Trump told The Post ..."
            if j > 0 and toks[j - 1][2].lower() in _PREPS and not (participle and toks[j - 1][2].lower() in ("of", "with")):
                return None  # (but "footage of Trump saying ...", "with Trump calling for ..." name the speaker)
            if j == i and (tl in _WEEKDAYS or tl in _MONTHS):
                return None
            if toks[j][2].lower() in _SENT_START_STOP and j == i:
                return None
            return (toks[j][0], end_tok[1])
        if tl in _SPEAKER_NOUNS or tl in _ROLES or (tl.endswith("s") and tl[:-1] in _SPEAKER_NOUNS):
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
                        j - 3 < 0 or toks[j - 3][2] in (",", ";", "\u2014") or toks[j - 3][2].lower() in _DETERMINERS):
                    w2 = toks[j - 2][2].lower()
                    if w2 not in _FUNCTION_WORDS and w2 not in _CUES:
                        j -= 2  # "current and former officials said", "Republican and Democratic leaders"
                        if j - 1 >= 0 and toks[j - 1][2].lower() in _DETERMINERS:
                            j -= 1
                        break
                if pl in _CLAUSE_WORDS or pl in _CUES or pl in ("with", "without"):
                    break
                j -= 1
                if pl in _DETERMINERS:
                    break
            return (toks[j][0], end_tok[1])
        if tl.isalpha() and tl not in _SKIP and tl not in _CUES and tl not in _PREPS and tl not in _CLAUSE_WORDS \
                and (tl not in _DETERMINERS or (i > 0 and toks[i - 1][2].lower() == "of")):
            # Any "the/a ... noun" phrase: "the 34-year-old mother of three replied".
            j = i
            while j - 1 >= 0 and i - j < 6:
                p = toks[j - 1][2]
                pl = p.lower()
                if pl in ("one", "both", "each", "all", "this", "these", "no") and (
                        j - 2 < 0 or toks[j - 2][2] in (",", ";", ":")):
                    return (toks[j - 1][0], end_tok[1])  # "..., one slide says"
                if pl in _DETERMINERS and pl not in ("that", "this", "one", "no", "all", "both", "any", "each"):
                    if j - 2 >= 0 and toks[j - 2][2].lower() in _HEAD_PREPS and j - 3 >= 0 and not participle:
                        # "supporters of the bill have rejected ...": the head before "of"
                        head = self._subject_before(lo, toks[j - 2][0])
                        if head is not None and head[1] == toks[j - 3][1] and \
                                self.text[head[0]:head[1]].lower() not in _PRONOUNS:
                            return (head[0], end_tok[1])
                        return None
                    if j - 2 >= 0 and (toks[j - 2][2].lower() in _PREPS or toks[j - 2][2].lower() in _SKIP):
                        return None
                    return (toks[j - 1][0], end_tok[1])
                if pl in _HEAD_PREPS and pl != "of" and j - 2 >= 0 and not participle \
                        and (tl.endswith("s") or tl in _SPEAKER_NOUNS) \
                        and (toks[j][2][0].isupper() or toks[j][2].lower() in _DETERMINERS):
                    # "advisers to Mr. Obama say": the head before the preposition
                    head = self._subject_before(lo, toks[j - 1][0])
                    if head is not None and head[1] == toks[j - 2][1] and \
                            self.text[head[0]:head[1]].lower() not in _PRONOUNS:
                        return (head[0], end_tok[1])
                if p[0].isdigit() and (j - 2 < 0 or toks[j - 2][2] in (",", ";", ":", "\u2014")
                                       or toks[j - 2][2].lower() in _QUANTIFIERS
                                       or toks[j - 2][2].lower() in ("while", "but", "and", "whereas")):
                    # "In a matchup, 21 percent said ...", "...; 46 percent said ..."
                    k = j - 1
                    if k - 1 >= 0 and toks[k - 1][2].lower() in _QUANTIFIERS:
                        k -= 1
                    return (toks[k][0], end_tok[1])
                if pl in _CLAUSE_HEADS and j < i + 1 and (tl.endswith("s") or tl in _SPEAKER_NOUNS) \
                        and toks[j][2].isalpha() and toks[j][2].lower() not in _SKIP:
                    return (toks[j][0], end_tok[1])  # "..., and public records show ..."
                if p in (",", ";") and not participle and (self._bare_plural(toks, j, i) or tl in _DOC_NOUNS):
                    return (toks[j][0], end_tok[1])  # "Should costs rise, environmentalists worry that ..."
                if pl == "and" and tl in _DOC_NOUNS and j - 2 >= 0 and toks[j - 2][2].isalpha():
                    j -= 1  # "..., campaign and corporate records show"
                    continue
                if not (p[0].isalnum() or p in ("-", "\u2019s", "'s")) or pl in _CLAUSE_WORDS or pl in _CUES \
                        or pl in _SKIP or (pl in _PREPS and pl != "of"):
                    return None
                j -= 1
            if j == 0 and i < 6 and toks[0][0] == lo and (toks[0][2][0].isupper() or toks[0][2][0].isdigit()):
                return (toks[0][0], end_tok[1])  # "About 9 percent said ..." at the start of the sentence
            if j == 1 and i < 6 and toks[0][0] == lo and toks[0][2].lower() in ("but", "and", "yet", "so") \
                    and toks[1][2].islower() and tl.endswith("s"):
                return (toks[1][0], end_tok[1])  # "But public records show ..."
        return None

    def _np_subject(self, us: int, cs: int) -> Optional[tuple]:
        """The whole noun phrase from the start of the clause to the cue, modifiers included
        ("a 2014 study by Eastvale University and the Lanford Institute found ..."), or None when the
        stretch holds anything but a noun phrase (a clause word, a cue, a pronoun, an auxiliary)."""
        text = self.text
        lo = us
        for m in _CLAUSE_PUNCT.finditer(text, us, cs):
            lo = m.end()
        toks = self._tokens(lo, cs)
        i = 0
        self._np_subordinate = False
        while i < len(toks) and (not toks[i][2][0].isalnum() or toks[i][2].lower() in _NP_LEAD):
            self._np_subordinate = self._np_subordinate or toks[i][2].lower() in _SUBORDINATORS
            i += 1
        k = len(toks)
        while k > i and (toks[k - 1][2].lower() in _SKIP
                         or toks[k - 1][2].lower().endswith("ly") and toks[k - 1][2].islower()):
            k -= 1
        core = toks[i:k]
        if not core or len(core) > 20:
            return None
        rel = next((n for n, t in enumerate(core) if t[2].lower() == "who" or t[2].lower() == "that" and
                    n + 1 < len(core) and core[n + 1][2].lower() in _REL_AUX), None)
        if rel is not None and 1 <= rel <= 6 and len(core) - rel <= 10 and (core[0][2][0].isupper() or (
                core[0][2].lower() in _DETERMINERS and core[0][2].lower() not in ("that", "this"))
                or self._bare_plural(core, 0, rel - 1)) and all(
                t[2][0].isalnum() and t[2].lower() not in _CLAUSE_WORDS and t[2].lower() not in _PRONOUNS
                for t in core[:rel]) and all(
                t[2].lower() not in _CLAUSE_WORDS or n == rel for n, t in enumerate(core[rel:], rel)) \
                and core[rel + 1:] and core[-1][2].isalpha() and core[-1][2].lower() not in _PREPS_END \
                and core[-1][2].lower() not in _SKIP_END:
            # "progressive groups that have endorsed him say ...": a noun phrase with its relative clause
            return (core[0][0], core[-1][1])
        if len(core) > 14:
            return None
        first = core[0][2]
        fl = first.lower()
        if not (first[0].isupper() or fl in _DETERMINERS or first[0].isdigit() or fl in _INDEFINITE):
            return None
        if fl in _SENT_START_STOP - _DETERMINERS or fl in _INTRO and fl not in _DETERMINERS:
            return None
        for n, t in enumerate(core):
            tl = t[2].lower()
            if tl == "and" and n + 1 < len(core) and (core[n + 1][2][0].isupper() or core[n + 1][2].lower() == "the"):
                continue  # "a study by Eastvale University and the Lanford Institute"
            if tl in _CLAUSE_WORDS or tl in _CUES or tl in _PRONOUNS and tl != "it" or tl in _SKIP \
                    or not (t[2][0].isalnum() or t[2] in ("'s", "\u2019s", "-", "&", ".")):
                return None
        return (core[0][0], core[-1][1])

    def _bare_plural(self, toks, j: int, i: int) -> bool:
        """toks[j..i] is a determiner-less lower-case noun phrase headed by a plural noun
        ("environmentalists", "presidential contenders of both parties")."""
        words = [t[2] for t in toks[j:i + 1]]
        if not words or not all(w.isalpha() and w.islower() for w in words):
            return False
        head = words[:words.index("of")] if "of" in words else words
        if not head or len(head) > 3:
            return False
        h = head[-1]
        return len(h) > 4 and h.endswith("s") and not h.endswith(("ss", "us", "is")) and h not in _CUES \
            and h not in _SKIP and not any(w in _CLAUSE_WORDS or w in _PREPS and w != "of" for w in words)

    def _aside_quote_subject(self, toks, qi: int, lo: int) -> Optional[tuple]:
        """'Ames, citing "the will of the voters," said ...' / 'Ames, who called it "a farce," said ...':
        toks[qi] closes a quotation that ends an aside (a participle or a relative clause) between the
        speaker and the cue; the speaker is the name before the aside's comma."""
        k = qi - 2
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
        subj = self._subject_before(lo, toks[k][0])
        if subj is None:
            return None
        st = self.text[subj[0]:subj[1]]
        if not (st[0].isupper() or st.lower() in ("he", "she", "they", "we", "i")) or st.lower() in _INTRO:
            return None
        return subj

    def _appositive_subject(self, toks, ci, lo, depth: int = 0) -> Optional[tuple]:
        """``Name, role words, said``: toks[ci] is the comma before the cue."""
        k = ci - 1
        while k >= 0 and toks[k][2] != ",":
            if toks[k][2] in ("\u201d", '"', "\u201c"):
                return None
            k -= 1
        if k <= 0 or ci - k > 24:
            return None
        if toks[k + 1][2].lower() in ("he", "she", "it", "they", "we", "i") and ci - k > 2:
            return (toks[k + 1][0], toks[k + 1][1])  # "Meanwhile, it attacked Jones, saying ...": a clause
        if toks[k + 1][2].lower() in ("including", "like") and ci - k <= 10:
            # "many experts, including Ames, have pointed out": the noun phrase before the example
            subj = self._subject_before(lo, toks[k][0])
            if subj is not None and self.text[subj[0]:subj[1]].lower() not in _PRONOUNS:
                return subj
            return None
        relative = toks[k + 1][2].lower() in ("who", "whose", "which")
        aside = toks[k + 1][2].lower() in _PREPS or toks[k + 1][2].lower() in ("again", "however", "though")
        if aside and ci - k <= 14:
            # "Blunt, after a long pause, said": an adverbial aside between subject and cue
            subj = self._subject_before(lo, toks[k][0])
            if subj is not None and (self.text[subj[0]].isupper() or
                                     self.text[subj[0]:subj[1]].lower() in _PRONOUNS):
                return subj
            return None
        if not relative and (toks[k + 1][2].lower() in _INTRO or toks[k + 1][2].lower() in _CLAUSE_WORDS
                             or toks[k + 1][2].lower() in _SKIP or toks[k + 1][2].lower() in _CUES):
            return None
        if relative:
            subj = self._subject_before(lo, toks[k][0])
            if subj is not None and not self.text[subj[0]].isupper() and self._speaker_head(subj):
                # "an intelligence source, who ..., told"; "Ames, the former governor, who ..., said" -> Ames
                m = _NAME_COMMA_BEFORE.search(self.text, max(lo, subj[0] - 60), subj[0])
                if m is not None:
                    name = self._subject_before(lo, m.start(1))
                    if name is not None and self.text[name[0]].isupper():
                        return name
                return subj
            if subj is not None and self.text[subj[0]].isupper():
                return subj  # "Ames, who ..., said"
            return None
        seg = toks[k + 1:ci]
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
            m = _HOMETOWN.search(self.text[base:toks[k][0]])
            if m is not None:
                subj = self._subject_before(lo, base + m.start())
                if subj is not None and self.text[subj[0]].isupper():
                    return subj
        if core and _PARTY_STATE.match(self.text, seg[0][0], seg[-1][1]):
            # "Rep. Chris Ames, R-N.Y., noted": the party and state are not the speaker
            subj = self._subject_before(lo, toks[k][0])
            if subj is not None and self.text[subj[0]].isupper():
                return subj
            return None
        if core and all(t[2][0].isupper() or t[2] in (".",) for t in core) and len(core) <= 5 \
                and core[0][2].lower() not in _SENT_START_STOP and core[0][2].lower() not in _WEEKDAYS:
            return (seg[0][0], seg[-1][1])
        if seg and seg[0][2][0].isupper() and seg[0][2].lower() not in _SENT_START_STOP:
            # "..., Rep. Jane Roe reacted to the news, saying" -- a clause, not an appositive
            cl = self._clause_subject(seg[0][0], toks[ci][0])
            if cl is not None:
                return cl
        subj = self._subject_before(lo, toks[k][0])
        if subj is None:
            return self._appositive_subject(toks, k, lo, depth + 1) if depth < 1 else None
        st = self.text[subj[0]:subj[1]]
        if st.lower() in _PRONOUNS or not st[0].isupper() or st.lower() in _INTRO or st.lower() in _CLAUSE_INTRO \
                or " " not in st and st.lower().endswith("ly"):
            return None
        return subj

    def _speaker_head(self, sp: tuple) -> bool:
        """The noun phrase ends in a speaker noun ("an intelligence source", "two officials")."""
        ws = self.text[sp[0]:sp[1]].lower().split()
        return bool(ws) and _speaker_noun(ws[-1])

    def _appositive_role(self, subj, cs) -> Optional[str]:
        text = self.text
        mid = text[subj[1]:cs]
        if mid.startswith(",") and mid.rstrip().endswith(","):
            r = mid.strip(" ,")
            if 0 < len(r) < 120 and not r.startswith(("including ", "like ")):
                return r
        return None

    def _trim_np(self, sp: tuple) -> tuple:
        text = self.text
        s, e = sp
        # Cut relative clauses and trailing time phrases off a source ("an official who spoke ...").
        m = _REPORT_NOUN_END.search(text, s, e)
        if m and m.start() > s:
            e = m.start()
        return self._trim(s, e)

    def _after_quote(self, cs: int, uq: list) -> bool:
        """True when the cue directly follows a closing quotation ('"X," said ...')."""
        return any(qe <= cs and not self.text[qe:cs].strip(" ,") for qs, qe in uq)

    def _np_after(self, ce: int, ue: int, loose: bool = False) -> Optional[tuple]:
        """Inverted order "said Andrew Rudman, director of ...": ((start, end), role, end) or None."""
        text = self.text
        toks = self._tokens(ce, min(ue, ce + 200))
        if not toks:
            return None
        if loose and toks[0][2].lower() not in ("he", "she", "they", "i", "we", "that", "it"):
            k = 0
            while k < len(toks) and k < 14 and (toks[k][2][0].isalnum() or toks[k][2] in ("\u2019s", "'s", "-", "&")) \
                    and toks[k][2].lower() not in ("who", "whose", "which", "in", "on", "at", "during", "after",
                                                     "before", "as", "when", "while", "to"):
                k += 1
            if 0 < k < 14 and (k == len(toks) or not toks[k][2][0].isalnum() or k >= 1):
                end = toks[k - 1][1]
                role = None
                if k < len(toks) and toks[k][2] == ",":
                    m = _ROLE_END.search(text, toks[k][1], ue)
                    r = self._trim(toks[k][1], m.start() if m else ue)
                    if r[1] > r[0] and r[1] - r[0] < 160:
                        role = text[r[0]:r[1]]
                        end = r[1]
                return ((toks[0][0], toks[k - 1][1]), role, end)
        i = 0
        t = toks[0][2]
        tl = t.lower()
        if tl in ("that", "whether", "if", "how", "why", "what"):
            return None  # "said that ...": content, never an inverted speaker
        if tl in ("he", "she", "they", "i", "we"):
            if len(toks) == 1 or not toks[1][2][0].isalnum() or toks[1][2].lower() in _AFTER_STOP:
                return ((toks[0][0], toks[0][1]), None, toks[0][1])
            return None
        j = i
        det = tl in _DETERMINERS
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
                    and toks[k + 1][2].lower() not in _CLAUSE_WORDS:
                k += 1  # "a handful of Democrats", "a group of senators"
                continue
            if not det and pl == "and" and k > j and toks[k - 1][2].islower() and any(
                    t[2][0].isupper() for t in toks[k + 1:k + 4]):
                k += 1  # "said lobbyist and party strategist Carl Brenner"
                continue
            if pl in _CLAUSE_WORDS or pl in _AFTER_STOP:
                break
            if pl in _AUX_VERBS and k > j:
                return None  # "said the party was not ...": a clause, not an inverted speaker
            if not det and not (p[0].isupper() or p[0].isdigit() or pl in _NAME_LINKS or p in ("\u2019s", "'s", "-", "&")):
                # lower-case title words before a name: "former Elmshire governor Ed Randall"
                if not ((pl in _ROLES or pl in _SPEAKER_NOUNS or k - j < 4 and p.isalpha() and pl not in _SKIP
                         and pl not in _DETERMINERS and pl not in _PRONOUNS and pl not in _CUES
                         and all(t[2].islower() for t in toks[j:k]) and _COMMA_CUE.search(text, max(0, ce - 30), ce))
                        and any(t[2][0].isupper() for t in toks[k + 1:k + (6 if titled or pl not in _ROLES else 4)])):
                    return None
                titled = True
            k += 1
        if k == j or k - j > 10:
            return None
        if titled and not (toks[k - 1][2][0].isupper() and (k == len(toks) or toks[k][2] in (",", ".", ";"))):
            return None  # title words lead to a name that ends the clause
        if k < len(toks):
            nxt = toks[k][2]
            if nxt[0].isalnum() and nxt.lower() not in _AFTER_STOP and nxt.lower() not in ("who", "whose", "which"):
                return None
        first = toks[j][2]
        if k - j == 1 and (first.lower() in _WEEKDAYS or first.lower() in _MONTHS) and k < len(toks) \
                and _VERB_COMMA_QUOTE.match(text, toks[k - 1][1]):
            return None  # 'said Wednesday, "..."': a day, not an inverted speaker
        if not (first[0].isupper() or toks[k - 1][2][0].isupper() or _speaker_noun(toks[k - 1][2].lower())
                or tl in ("the", "a", "an") and k - j <= 5 and toks[k - 1][2].isalpha() and (k == len(toks) or toks[k][2] in (",", "."))
                and _COMMA_CUE.search(text, max(0, ce - 30), ce)):
            return None  # (but "..., said the company's chief executive." ends the clause: a speaker)
        span = (toks[i][0], toks[k - 1][1])
        role, end = None, span[1]
        if k < len(toks) and toks[k][2].lower() in ("who", "whose"):
            # "said a handful of Democrats who point to ...": the relative clause is not content
            m = _APPOSITIVE_END.search(text, toks[k][1], ue)
            end = self._trim(toks[k][0], m.start() if m else ue)[1]
        elif k < len(toks) and toks[k][2] == ",":
            rest_end = ue
            m = _APPOSITIVE_END.search(text, toks[k][1], ue)
            if m:
                rest_end = m.start()
            m2 = _COMMA_ARTICLE.search(text, toks[k][1], rest_end)
            if m2:
                rest_end = m2.start()
            r = self._trim(toks[k][1], rest_end)
            if r[1] > r[0] and r[1] - r[0] < 160:
                role = text[r[0]:r[1]]
                end = r[1]
        return (span, role, end)

    def _clause_subject(self, us: int, cs: int) -> Optional[tuple]:
        """The first noun phrase of the unit (for participial cues)."""
        semi = self.text.rfind(";", us, cs)
        if semi >= 0:
            us = semi + 1
        m = _DATELINE_LEAD.match(self.text, us, cs)
        if m is not None:
            us = m.end()  # "EASTVALE, Ore. — Lee's allies predicted ...": not the dateline
        toks = self._tokens(us, cs)
        i = 0
        while i < len(toks) and (toks[i][2].lower() in ("and", "but", "so", "yet", "or", "then")
                                 or not toks[i][2][0].isalnum()):
            i += 1
        for _ in range(3):  # "Once in my 20s, when my mother asked, I laughed"
            if i < len(toks) and (toks[i][2].lower() in _INTRO or toks[i][2].endswith("ing")
                                  or toks[i][2].lower() in _CLAUSE_INTRO or toks[i][2].lower() in _WEEKDAYS):
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
        if not t[0].isupper() and t.lower() not in _DETERMINERS:
            return None
        k = i
        if t.lower() in _QUANTIFIERS or t[0].isdigit():
            # "Only 52 percent of registered voters", "About one in five", "73 percent"
            for n in range(i, min(len(toks), i + 5)):
                if toks[n][2].lower() in ("percent", "%") or toks[n][2].lower().rstrip("s") in _SPEAKER_NOUNS:
                    return (toks[i][0], toks[n][1])
            if not t[0].isdigit() and t.lower() not in _DETERMINERS:
                return None
        while k + 1 < len(toks):
            p = toks[k + 1][2]
            if p[0].isupper() or p.lower() in _NAME_LINKS or p in ("\u2019s", "'s"):
                k += 1
            elif toks[k][2].lower() in _DETERMINERS or toks[k][2][0].isupper() and p.islower() and \
                    p.lower().rstrip("s") in _SPEAKER_NOUNS:
                k += 1
            elif p.islower() and toks[k][2].isalpha() and k - i < 4 and _speaker_noun(p):
                k += 1  # "A harbor official who ...": the noun phrase runs to its speaker noun
            else:
                break
        # "New York City's mayor, Eric Adams," -> the appositive name
        if k + 2 < len(toks) and toks[k + 1][2] == "," and toks[k + 2][2][0].isupper():
            n = k + 2
            while n + 1 < len(toks) and (toks[n + 1][2][0].isupper() or toks[n + 1][2].lower() in _NAME_LINKS):
                n += 1
            if n + 1 < len(toks) and toks[n + 1][2] == ",":
                self._clause_role = self.text[toks[i][0]:toks[k][1]]
                return (toks[k + 2][0], toks[n][1])
        if toks[i][2].lower() in _SENT_START_STOP and k == i:
            return None
        return (toks[i][0], toks[k][1])

    def _content_after(self, ce: int, ue: int, w: str, uq: list) -> Optional[int]:
        """Where the content after a cue starts, or None when nothing follows."""
        text = self.text
        rest = text[ce:ue]
        stripped = rest.strip(" ,.;:\u2014\u2013-\n")
        if len(stripped) < 3:
            return None
        # A quotation soon after the cue ("said in a statement: “...”").
        for qs, qe in uq:
            if qs >= ce:
                gap = text[ce:qs]
                if len(gap) <= 60 and ("," in gap or ":" in gap or not gap.strip()) and (
                        len(gap.split()) <= 5 or gap.rstrip().endswith((",", ":")) or _THAT_WORD.search(gap)
                        or gap.split()[-1].lower() in _CUES or gap.split()[-1].endswith("ing")):
                    gws = gap.split()
                    if len(gws) >= 5 and gws[-1].lower().strip(",:") in _CUES and (
                            gws[-2].lower() in ("and", "but") or gws[-2].endswith(",") and gws[-1].endswith("ing,")):
                        break  # 'said he would appeal and added, "..."': the quotation is the next cue's
                    m = _THAT_WORD.search(gap)
                    if m is not None and (len(gap[:m.start()].split()) > 6 or any(
                            x.lower().strip(",") in _CLAUSE_WORDS for x in gap[:m.start()].split())):
                        break  # "says she hopes ..., but she knows that "...": a later clause's quote
                    if m is not None and ":" not in gap[:m.start()]:
                        return ce + m.start()  # "said in an interview that in her state, "..."
                    return qs
                break
        m = _THAT.search(text, ce, min(ue, ce + 70))
        if m:
            gap = text[ce:m.start()]
            gw = gap.replace(",", " , ").split()
            if m.group() in ("that", "whether"):
                ok_gap = not gw or len(gw) <= (10 if gw[0].lower() in _GAP_ADVERBS and "," not in gw else 6) and (
                    len(gw) <= 1 or w in _OBJECT_CUES or gw[0] == "," or gw[0].lower() in _ADJUNCT_START
                    or gw[0].lower() in _WEEKDAYS)
            else:
                ok_gap = not gw or (w in _OBJECT_CUES and len(gw) <= 2)
            if ok_gap and not any(q[0] < m.start() and q[0] >= ce for q in uq) and "." not in gap:
                return m.start()
        if w in _OBJECT_CUES:
            toks = self._tokens(ce, min(ue, ce + 80))
            if toks:
                k = 0
                t = toks[0][2]
                if t.lower() in ("him", "her", "them", "me", "us", "reporters", "journalists", "supporters"):
                    k = 1
                elif t[0].isupper() or t.lower() in _DETERMINERS:
                    k = 1
                    while k < len(toks) and (toks[k][2][0].isupper() or toks[k][2].lower() in _NAME_LINKS
                                             or toks[k][2].lower().rstrip("s") in _SPEAKER_NOUNS):
                        k += 1
                    if k == 1 and t.lower() in ("the", "a", "an", "his", "her", "their") and k + 1 < len(toks) \
                            and toks[k][2].isalpha() and toks[k][2].islower() \
                            and toks[k + 1][2].lower() in _PRONOUNS | {"that", "the", "a"}:
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
        m = _ADJUNCT_COMMA.match(text, ce)
        if m is not None and w not in _SAY and m.group().lstrip().startswith("to "):
            m = None  # "declined to comment, ...": an infinitive, not an adjunct
        if m is not None and m.end() < ue and text[m.end()].isalpha():
            return m.end()  # "Ash argued in his email, the incident is ..."
        if w in ("referring", "referred", "pointing", "pointed", "alluding", "responding", "responded"):
            m = _TO_OBJECT.match(text, ce)
            if m is not None:
                return m.end()  # "referring to the campaign's list" -> "the campaign's list"
        if w and w not in _SAY:
            m = _PREP_OBJECT.match(text, ce)
            if m is not None and len(text[m.end():ue].split()) >= 2:
                return m.end()  # "disagrees with her former boss" -> "her former boss"
        return ce + (len(rest) - len(lead))

    def _lead_content_end(self, us: int, upto: int, uq: list, ce: int, w: str = "") -> Optional[int]:
        """Content before the speaker: "X," she said / X, officials said -> end of X."""
        text = self.text
        seg = text[us:upto].rstrip()
        if not seg:
            return None
        if seg.endswith((" as", " As")) and seg[:-3].rstrip().endswith(","):
            seg = seg[:-3].rstrip()  # "..., as the police have said."
        last_q = None
        for qs, qe in uq:
            if qe <= upto + 1:
                last_q = (qs, qe)
        if last_q is not None and last_q[0] >= us and self._title_in_intro(us, last_q, ce, w, uq):
            return None  # 'On the broadcast of "Morning Eastvale," Mayor Lee said the plan ...'
        if last_q is not None and last_q[0] >= us:
            between = text[last_q[1]:upto]
            if len(between) <= 100 and '"' not in between and not any(c in between for c in _OPENERS):
                body = text[us:last_q[1]]
                if between.strip(" ,\u2014\u2013-") == "" or between.lstrip().startswith(","):
                    return us + len(body.rstrip())
                if between.rstrip().endswith(",") and not any(
                        c in between for c in ";:") and len(between.split()) >= 2:
                    return us + len(seg.rstrip(",").rstrip())  # 'A clerk who "steals" is jailed, Lee said.'
                # '"X" she said' with no comma: still the quote (not 'Despite his claims that "X" on
                # Tuesday he said Y', where the cue has its own content)
                bw = [x.lower() for x in between.split()]
                if not bw or (len(bw) <= 8 and not any(x in _CLAUSE_WORDS for x in bw) and not (
                        len(bw) >= 3 and text[us:last_q[0]].strip() and self._substantive_after(ce, self._unit_end, w, uq))):
                    return us + len(body.rstrip())
        if seg[-1] in ",\u2014\u2013":
            body = seg.rstrip(",\u2014\u2013- ")
            if _DATELINE.match(body):
                return None  # "EASTVALE, Ore. — Mayor Ames said ...": a dateline
            first = body.split(None, 1)[0].lower().strip("\u201c\"(") if body.split() else ""
            after = text[ce:self._unit_end].lstrip()
            rest = after[:1]
            if rest == "," and after[1:].lstrip()[:1] in ('"', "\u201c", "'"):
                rest = ""
            intro = first in _INTRO or first in _WEEKDAYS or first in _MONTHS or first.endswith("ly") \
                or first == "asked"
            after_words = _SENT_STOP.split(after, maxsplit=1)[0].replace(",", " ").split()
            if len(after_words) > 1 and after_words[0].lower() == "at" and \
                    after_words[1].lower() in ("least", "most"):
                after_words = after_words[2:] or ["x"]  # "reported at least six ...": not an adjunct
            trivial_after = not after_words or after_words[0].lower() in _ADJUNCT_START or \
                after_words[0].lower() in _WEEKDAYS or after_words[0].lower() in _SKIP or \
                after_words[0][0] in "\u201c\"'" or after_words[0][0].isupper()
            if rest != "," and trivial_after and not self._substantive_after(ce, self._unit_end, w, uq) and (
                    not intro or ((w in _SAY or w in _SHOW_CUES) and (
                        "," in body or first != "asked" and len(body.split()) >= 6))):
                return us + len(body)  # "As a woman, she raised less suspicion, Mr. Lee said."
            if intro and not (rest == "," and w in _SAY and len(body.split()) >= 3
                              and self._second_part(ce, self._unit_end, uq) is not None):
                return None  # (but "When X, Y, he said, Z": the whole sentence around the cue is content)
            if rest == ",":
                return us + len(body)
        return None

    def _titled_appositive(self, us: int, cs: int, uq: list) -> Optional[tuple]:
        """'Ames, host of XBN's "Harbor Lights," said ...': the name before an appositive that ends in a
        short quoted title right before the cue (the title is not a quotation, nor the speaker after)."""
        text = self.text
        for qs, qe in uq:
            if qs >= us and qe <= cs and not text[qe:cs].strip(" ,") and len(text[qs:qe].split()) <= 5:
                m = _APPOSITIVE_TITLE.search(text, us, qs)
                if m is None:
                    return None
                comma = text.index(",", m.start())
                n = _NAME_BEFORE.search(text, us, comma)
                return (n.start(), comma) if n is not None else None
        return None

    def _title_in_intro(self, us: int, q: tuple, ce: int, w: str, uq: list) -> bool:
        """A short quoted title inside an introductory phrase, with real content after the cue."""
        text = self.text
        first = text[us:q[0]].split(None, 1)
        if not first or len(text[q[0]:q[1]].split()) > 5:
            return False
        fw = first[0].lower().strip(",")
        if fw not in _INTRO and fw not in _WEEKDAYS and fw not in _MONTHS and not (fw.endswith("ing") and len(fw) > 5) \
                and not _APPOSITIVE_TITLE.search(text, us, q[0]):
            return False
        inner = text[q[0]:q[1]].strip(_OPENERS + _CLOSERS + "\"',. ")
        if not inner[:1].isupper():
            return False
        return self._substantive_after(ce, self._unit_end, w, uq)

    def _substantive_after(self, ce: int, ue: int, w: str, uq: list) -> bool:
        """True when real content follows the cue (not just an object and adjuncts)."""
        cstart = self._content_after(ce, ue, w, uq)
        if cstart is None:
            return False
        words = self.text[cstart:ue].split()
        if len(words) < 4 and not self._has_marks(cstart, ue):
            return False
        first = words[0].lower().strip(",.") if words else ""
        return not (first in _ADJUNCT_START or first in _WEEKDAYS)

    # -- speakers ---------------------------------------------------------------------------------
    def _finish(self) -> list:
        text = self.text
        names = self._names()
        out = []
        prev_speaker = None
        prev_person = None
        by_mention: dict = {}
        roles: dict = {}
        self._extend_reported()
        order = sorted(self.atts, key=lambda a: min([a.spans[0][0]] + ([a.mention[0]] if a.mention else []))
                       if a.spans else 0)
        starts = sorted(a.mention[0] for a in self.atts if a.mention and a.cue and a.spans)
        for att in order:
            att.spans = [self._cut_tail(sp) for sp in att.spans]
            if att.mention is None and att.cue is not None and att.spans:
                s0, e0 = att.spans[-1]
                k = bisect_left(starts, s0 + 1)
                if k < len(starts) and starts[k] < e0 and text[s0:starts[k]].rstrip().endswith(","):
                    cut = self._trim_conj(s0, starts[k])
                    if cut[1] - cut[0] >= 8:
                        att.spans[-1] = cut  # "... was declared the winner, Ames told ...": stop before Ames
            att.spans = [sp for sp in att.spans if sp[1] > sp[0] and _ALNUM.search(text, sp[0], sp[1])]
            if not att.spans:
                continue
            basis = None  # the words that name the speaker when they are not the mention
            if att.cue is not None and att.mention is not None and text[att.cue[0]:att.cue[1]].lower() in _NOUN_CUES:
                poss = _POSSESSOR.search(text, max(0, att.cue[0] - 20), att.cue[0])
                if poss is not None:
                    # "his claim that ...": the possessive is the source; the speaker is still the subject's
                    basis = text[att.mention[0]:att.mention[1]]
                    att.mention, att.role = poss.span(1), None
            mspan = att.mention
            mention = text[mspan[0]:mspan[1]] if mspan else None
            speaker, role = None, att.role
            if att.continuation:
                src = by_mention.get(tuple(att.mention)) if att.mention else None
                if src is None and out:
                    src = out[-1]
                speaker = src.speaker if src else prev_speaker
                mention = src.mention if src else None
                mspan = src.mention_span if src else None
                role = src.role if src else None
            elif mention:
                basis = mention if basis is None else basis
                ml = basis.lower()
                if ml in _PERSONAL:
                    speaker = prev_person or prev_speaker
                    if speaker and speaker in names["role_of"]:
                        role = role or names["role_of"][speaker]
                elif ml in _PRONOUNS or ml in ("which", "that"):
                    speaker = None
                else:
                    speaker, r = self._canonical(basis, names)
                    role = role or r
            if speaker is not None and not att.continuation:
                prev_speaker = speaker
                if mention and (mention[0].isupper() and mention.lower() not in _PRONOUNS
                                and self._is_person(speaker, names)):
                    prev_person = speaker
                elif mention and mention.lower() in _PERSONAL:
                    prev_person = speaker
            if speaker is not None:
                # One role per person across the article, from wherever the article gives it.
                if role is None:
                    role = roles.get(speaker)
                else:
                    roles.setdefault(speaker, role)
            spans = tuple(sorted(att.spans))
            start, end = spans[0][0], spans[-1][1]
            content = " \u2026 ".join(text[s:e] for s, e in spans)
            direct = self._is_direct(spans)
            cue = text[att.cue[0]:att.cue[1]] if att.cue else None
            q = (Quote(
                text=content, spans=spans, start=start, end=end, direct=direct, speaker=speaker,
                mention=mention, mention_span=tuple(mspan) if mspan else None, cue=cue,
                cue_span=tuple(att.cue) if att.cue else None, role=role, article_id=self.article_id,
                paragraph=att.para))
            out.append(q)
            if q.mention_span is not None and not att.continuation:
                by_mention[q.mention_span] = q
        out.sort(key=lambda q: (q.start, q.end))
        return self._drop_stray_nested(out)

    @staticmethod
    def _drop_stray_nested(out: list) -> list:
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

    def _extend_reported(self) -> None:
        """Reported content before its cue ("X, he said." / "X, he said, Y.") runs on to the end of the
        paragraph when the sentences after it carry no attribution of their own (PolNeAR's extent); so
        does reported speech or a reported clause after its cue ("Officials said that X. Y.")."""
        text = self.text
        pends = [pe for _, pe in self._paras]
        marks = []
        for a in self.atts:
            for x in ([a.mention] if a.mention else []) + ([a.cue] if a.cue else []) + list(a.spans):
                marks.append(x[0])
        marks.sort()
        reported = [a for a in self.atts if a.spans and a.cue is not None and not a.continuation
                    and not self._is_direct(tuple(a.spans))]
        for a in reported:
            if a.cue[0] < a.spans[0][0] and not self._runs_on(a):
                continue
            s0, e0 = a.spans[-1]
            if len(a.spans) == 1 and e0 - s0 < 16 and self._elliptical(s0, e0):
                continue  # "Flake said he would.": an elliptical answer does not run on
            k = bisect_left(pends, e0)
            if k >= len(pends):
                continue
            pe = pends[k]
            j = bisect_left(marks, max(e0, a.cue[1]) + 1)
            stop = min(pe, marks[j]) if j < len(marks) else pe
            if stop <= e0 + 2 or _DOUBLE_MARK.search(text, e0, stop):
                continue
            m = _SENT_END.search(text, max(e0, a.cue[1]), stop)
            if m is None:
                continue  # nothing after the cue's own sentence
            nxt = self._trim(m.end(), stop)
            if nxt[1] - nxt[0] < 10:
                continue
            a.spans.append(nxt)
        self._extend_back(reported)

    def _elliptical(self, s: int, e: int) -> bool:
        """'he would', 'no': an elliptical answer after a say-verb ("Flake said he would")."""
        words = self.text[s:e].lower().split()
        return len(words) == 2 and words[0] in _SHORT_SUBJ and words[1].strip(".,;") in _SHORT_AUX \
            or len(words) == 1 and words[0].strip(".,;") in ("no", "yes")

    def _runs_on(self, a: _Att) -> bool:
        """Reported content after its cue runs on when it is speech or a proposition ("said ...",
        "argued that ...", "believes the plan ..."), not an act's object ("vetoed the bill")."""
        text = self.text
        if text[a.cue[0]:a.cue[1]].lower() in _SAY:
            return True
        first = text[a.spans[0][0]:a.spans[0][0] + 12].split()
        return bool(first) and first[0].lower() in _CLAUSE_OPENERS

    def _extend_back(self, reported: list) -> None:
        """Reported content before its cue ("X. Y, she said.") starts at the paragraph's first sentence
        when the sentences before it carry no attribution of their own (PolNeAR's extent)."""
        text = self.text
        pstarts = [ps for ps, _ in self._paras]
        ends = sorted(x[1] for a in self.atts for x in ([a.mention] if a.mention else []) + ([a.cue] if a.cue else [])
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
            if lo >= s0 - 2 or _DOUBLE_MARK.search(text, lo, s0):
                continue
            prev = self._trim(lo, s0)
            if prev[1] - prev[0] < 10 or not _SENT_END_TAIL.search(text, prev[0], s0):
                continue
            a.spans[0] = (prev[0], e0)

    def _cut_tail(self, sp: tuple) -> tuple:
        """Reported content ends before a trailing ', according to X' or ', saying ...' outside quotes."""
        text = self.text
        s, e = sp
        if text[s] in _OPENERS or text[s] == '"':
            return sp
        m = _TAIL_CUT.search(text, s, e)
        if m is None or m.start() - s < 12 or _DOUBLE_MARK.search(text, s, m.start()) and \
                len(_DOUBLE_MARK.findall(text, s, m.start())) % 2:
            return (s, e)
        return self._trim(s, m.start())

    def _is_direct(self, spans) -> bool:
        """True when the content starts at a quotation mark or is mostly inside quotation marks."""
        try:
            return self._direct_memo[spans]  # asked again for the same spans by later steps
        except KeyError:
            out = self._direct_memo[spans] = self._is_direct_uncached(spans)
            return out
        except TypeError:  # pragma: no cover - spans not hashable
            return self._is_direct_uncached(spans)

    def _is_direct_uncached(self, spans) -> bool:
        text = self.text
        s = spans[0][0]
        if text[s] in _OPENERS or text[s] == '"' or text.startswith("''", s):
            return True
        n = sum(e - s for s, e in spans)
        inside = 0
        for s, e in spans:
            for qs, qe in self._pair(s, e, False)[0]:
                inside += qe - qs
        return inside >= 0.5 * n

    def _names(self) -> dict:
        """Person and organisation names of the article, with the roles written before them."""
        text = self.text
        full, role_of = {}, {}
        for m in _NAME_SEQ.finditer(text):
            toks = m.group().split()
            # Split off leading role/title words ("Attorney General", "Homeland Security Secretary").
            last_role = -1
            for k, t in enumerate(toks):
                if t.lower().rstrip(".") in _ROLES:
                    last_role = k
            of_role = last_role >= 0 and last_role + 3 < len(toks) and toks[last_role + 1] == "of"
            if of_role:
                last_role += 2  # "Secretary of State Antony J. Blinken"
            name = toks[last_role + 1:]
            if of_role and len(name) >= 3 and not _INITIALS.match(name[-2]):
                last_role += len(name) - 2  # "Director of Government Affairs Phil Smith"
                name = name[-2:]
            role = " ".join(toks[:last_role + 1]) if last_role >= 0 else None
            if "of" in name and name.index("of") >= 2 and (role or len(name[:name.index("of")]) >= 2):
                name = name[:name.index("of")]  # "J.B. Pritzker of Illinois"
            while name and (name[0].lower() in _SENT_START_STOP or name[0].lower() in _DETERMINERS
                            or name[0].lower() in _NOT_NAME_START or name[0].lower() in _CUES):
                name = name[1:]
            while name and name[-1].lower() in _NAME_LINKS:
                name = name[:-1]
            if not name:
                continue
            name = [t.rstrip(",;:") for t in name]
            if name[-1].endswith(".") and len(name[-1]) > 2 and not _INITIALS.match(name[-1]):
                name[-1] = name[-1][:-1]
            if name[-1].endswith(("\u2019s", "'s")):
                name[-1] = name[-1][:-2]
            if len(name) < 2 and not role:
                continue
            key = name[-1].lower().rstrip(".")
            cand = " ".join(name)
            if len(name) >= 2 and (key not in full or len(cand) > len(full[key])):
                full[key] = cand
            if role and len(name) >= 1 and role.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr"):
                role_of.setdefault(full.get(key, cand), role)
        # Roles given by title words map back to names ("the attorney general").
        by_role = {}
        for nm, role in role_of.items():
            by_role[role.lower()] = nm
        return {"full": full, "role_of": role_of, "by_role": by_role}

    def _canonical(self, mention: str, names: dict) -> tuple:
        mention = _PAREN.sub("", mention).strip(" ,")
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
        if len(toks) > 2:
            full = names["full"].get(toks[-1].lower().rstrip(".,"))
            if full is not None and " ".join(toks).endswith(full):
                return full, names["role_of"].get(full)
        # Strip leading titles ("Senate Majority Leader Mitch McConnell").
        k = 0
        for n, t in enumerate(toks[:-1]):
            if t.lower().rstrip(".") in _ROLES:
                k = n + 1
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
            if k > 0:
                return " ".join(core), " ".join(toks[:k])
        return mention, None

    def _is_person(self, speaker: str, names: dict) -> bool:
        toks = speaker.split()
        return 2 <= len(toks) <= 5 and all(t[0].isupper() for t in toks) and \
            toks[-1].lower().rstrip(".") not in _SPEAKER_NOUNS and names["full"].get(toks[-1].lower()) == speaker
