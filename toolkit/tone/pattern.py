"""Tokens, name masking and TextBlob's pattern scoring, for :mod:`toolkit.tone`.

Names carry no tone: "Hope Hicks" is not hopeful and "Great Britain" is not great. Before any
lexicon or model scores a text, the target mention, the spans the caller asks to mask (speaker
names, mentions) and every word that looks like part of a proper name are replaced by a neutral
placeholder.

A word looks like part of a name when it is capitalised and either stands inside a sentence (not
its first word) or is followed by another capitalised word ("Hope Hicks said ..."). A
sentence-initial capitalised word followed by a lower-case one ("Great progress was made") is
kept, so ordinary sentence openings are still scored. Headlines in title case lose their words;
that is the price of never scoring a name. Text written mostly in capitals ("NOT GOOD AT
ALL") is the exception: there capitalisation tells nothing, and only the given spans are masked.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

__all__ = ["tokenize", "name_spans", "masked_text", "pattern_scores", "PLACEHOLDER"]

# Words keep inner apostrophes and hyphens; everything else that is not space is a one-char token.
_TOKEN = re.compile(r"\w+(?:['\u2019\-]\w+)*|[^\w\s]", re.UNICODE)
# Tokens after which a capitalised word may just start a sentence or a quotation.
_OPENERS = frozenset(".!?:;\"\u201c\u201d\u2018\u2019'(\u2014\u2013-")
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'll", "i'd"})

PLACEHOLDER = "X"


def tokenize(text: str) -> list:
    """Word and punctuation tokens with offsets.

    Args:
        text: Any string.

    Returns:
        A list of ``(start, end, token)`` triples, the token as written.
    """
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in _NOT_NAMES


def name_spans(text: str, toks: list | None = None) -> list:
    """Spans of words that look like parts of proper names.

    Args:
        text: The text.
        toks: Its tokens from :func:`tokenize`, if already computed.

    Returns:
        A list of ``(start, end)`` spans, one per name-like word, in text order.
    """
    if toks is None:
        return _name_spans_untokenised(text)
    out = []
    for i, (s, e, tok) in enumerate(toks):
        if not tok[0].isupper() or tok.lower() in _NOT_NAMES:  # _capitalised, inlined
            continue
        sentence_initial = i == 0 or toks[i - 1][2] in _OPENERS or "\n" in text[toks[i - 1][1]:s]
        if not sentence_initial:
            out.append((s, e))
            continue
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if _capitalised(nxt) and nxt[:1].isalpha():
            out.append((s, e))
    if out:  # (with no name-like word the answer is [] either way)
        words = [tok for _, _, tok in toks if tok[:1].isalpha()]
        shouted = sum(1 for w in words if len(w) > 1 and w.isupper())
        if len(words) >= 3 and shouted > len(words) / 2:
            return []  # all capitals: capitalisation says nothing about names here
    return out


_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")", _TOKEN.flags)


def _name_spans_untokenised(text: str) -> list:
    """:func:`name_spans` without building every token's (start, end, token) triple.

    ``re.split`` with the token pattern as a group gives the white space before each token and
    the token, in C; offsets are their running lengths, worked out only for capitalised tokens.
    The same rules as :func:`name_spans`, in the same order.
    """
    parts = _TOKEN_SPLIT.split(text)  # [space, token, space, token, ..., space]
    toks = parts[1::2]
    capitalised = [i for i, tok in enumerate(toks) if tok[0].isupper()]
    if not capitalised:
        return []
    ends = list(accumulate(map(len, parts)))  # token i spans ends[2i] to ends[2i + 1]
    n = len(toks)
    out = []
    for i in capitalised:
        tok = toks[i]
        if tok.lower() in _NOT_NAMES:
            continue
        sentence_initial = i == 0 or toks[i - 1] in _OPENERS or "\n" in parts[2 * i]
        if not sentence_initial:
            out.append((ends[2 * i], ends[2 * i + 1]))
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        if _capitalised(nxt) and nxt[:1].isalpha():
            out.append((ends[2 * i], ends[2 * i + 1]))
    if out:
        # All capitals (more than half the words, of at least three) says nothing about names.
        # Counted among the upper-case tokens first: below two, it cannot be more than half.
        shouted = sum(1 for w in filter(str.isupper, toks) if len(w) > 1 and w[:1].isalpha())
        if shouted >= 2:
            n_words = sum(1 for tok in toks if tok[:1].isalpha())
            if n_words >= 3 and shouted > n_words / 2:
                return []
    return out


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < me and ms < e for ms, me in spans)


def masked_text(text: str, spans=(), *, names: bool = True, placeholder: str = PLACEHOLDER) -> str:
    """The text with the given spans and name-like words replaced by a neutral placeholder.

    Args:
        text: The text.
        spans: ``(start, end)`` spans to mask (the target, speaker names, mentions).
        names: Also mask every name-like word (see :func:`name_spans`).
        placeholder: What a masked stretch becomes; it must carry no tone in any lexicon.

    Returns:
        The masked text (offsets are not preserved).
    """
    cut = sorted(set(spans) | (set(_name_spans_untokenised(text)) if names else set()))
    if not cut:
        return text
    # merge overlapping or adjacent stretches so "Hope Hicks" becomes one placeholder
    merged: list = []
    for s, e in cut:
        if merged and s <= merged[-1][1] + 1 and not text[merged[-1][1]:s].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    out, pos = [], 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append(placeholder)
        pos = e
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _pattern():
    """TextBlob's pattern-derived ``Sentiment`` lexicon, unpacked into plain lookups (once).

    Returns:
        ``(tokenizer, known, modifying, labels, negations, emoticons)``: the lexicon's
        tokenizer, word -> (polarity, subjectivity, intensity) for the words pattern scores
        when no part of speech is given, the words that modify the next one (adverbs), the
        semantic labels, the negation words, and the emoticons as (polarity, lower-cased forms)
        in pattern's order.
    """
    from textblob import _text as pattern_text
    from textblob.en import sentiment as pattern_sentiment

    len(pattern_sentiment)  # load the lexicon file (a lazy dict)
    lexicon = dict(dict.items(pattern_sentiment))
    known = {w: tuple(tags[None]) for w, tags in lexicon.items() if None in tags}
    modifying = frozenset(w for w, tags in lexicon.items()
                          if any(m in tags for m in pattern_sentiment.modifiers))
    emoticons = tuple((p, frozenset(e.lower() for e in forms))
                      for (_kind, p), forms in pattern_text.EMOTICONS.items())
    return (pattern_sentiment.tokenizer, known, modifying, dict(pattern_sentiment.labeler),
            tuple(pattern_sentiment.negations), emoticons, pattern_text.PUNCTUATION,
            pattern_text.MOOD, pattern_text.IRONY, pattern_sentiment)


def _assessments(words: list, known: dict, modifying: frozenset, labels: dict, negations: tuple,
                 emoticons: tuple, punctuation: str, mood, irony) -> list:
    """pattern's ``Sentiment.assessments`` for lower-cased words without part-of-speech tags.

    A line-by-line transcription of textblob's ``_text.Sentiment.assessments`` (negation on,
    every ``pos`` None), reading plain dicts instead of pattern's lazy dictionary.
    """
    a = []
    m = None  # preceding modifier
    n = None  # preceding negation
    for w in words:
        psi = known.get(w)
        if psi is None and n is None and m is None and w.isalpha() and w not in negations:
            continue  # an unscored word with no modifier or negation pending: nothing below applies
        if psi is not None:
            p, s, i = psi
            if m is None:
                a.append([[w], p, s, i, 1, labels.get(w)])
            else:
                last = a[-1]
                last[0].append(w)
                last[1] = max(-1.0, min(p * last[3], +1.0))
                last[2] = max(-1.0, min(s * last[3], +1.0))
                last[3] = i
                last[5] = labels.get(w)
            if n is not None:
                last = a[-1]
                last[0].insert(0, n)
                last[3] = 1.0 / last[3]
                last[4] = -1
            m = None
            n = None
            if w in modifying:
                m = w
            if w in negations:
                n = w
        else:
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and m.endswith("ly"):
                a[-1][0].append(n)
                a[-1][4] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and len(a) > 0:
                a[-1][0].append("!")
                a[-1][1] = max(-1.0, min(a[-1][1] * 1.25, +1.0))
            if w == "(!)":
                a.append([[w], 0.0, 1.0, 1.0, 1, irony])
            if w.isalpha() is False and len(w) <= 5 and w not in punctuation:
                for p, forms in emoticons:
                    if w in forms:
                        a.append([[w], p, 1.0, 1.0, 1, mood])
                        break
    return [(w, p * -0.5 if n < 0 else p, s, x) for w, p, s, _i, n, x in a]


_LINEBREAK = re.compile(r"\n{2,}")


@lru_cache(maxsize=1)
def _tokenizer_tables() -> tuple:
    from textblob import _text as t

    punctuation = tuple(t.PUNCTUATION.replace(".", ""))
    return (t, punctuation, frozenset(punctuation), frozenset(punctuation + (".",)),
            tuple(t.replacements.items()))


def _emoticon(m) -> str:
    return m.group(1).replace(" ", "") + m.group(2)


def pattern_words(text: str) -> list:
    """The words pattern's sentiment analyser reads in a text, as written (not lower-cased).

    Exactly ``" ".join(find_tokens(text)).split()`` with textblob's ``_text.find_tokens`` and
    its default settings (what TextBlob's sentiment uses), with the literal contraction
    patterns replaced by ``str.replace``, the regexes precompiled and a short cut for tokens
    with no punctuation at either end. The sentence split, which decides where the sarcasm
    and emoticon patterns may match, is kept as it is.

    Args:
        text: A str.

    Returns:
        The list of tokens.
    """
    t, punctuation, starts, ends, replace = _tokenizer_tables()
    string = text
    for a, b in replace:
        string = string.replace(a, b)
    string = (string.replace("\u201c", " \u201c ").replace("\u201d", " \u201d ")
              .replace("\u2018", " \u2018 ").replace("\u2019", " \u2019 ")
              .replace("'", " ' ").replace('"', ' " '))
    string = string.replace("\r\n", "\n")
    if "\n\n" in string:
        string = _LINEBREAK.sub(" %s " % t.EOS, string)
    # pattern collapses white space and takes the runs of non-space (its TOKEN, r"(\S+)\s", over
    # the text plus a space): the runs str.split() gives (the same white space as \s).
    replace_keys = t.replacements
    abbreviations = t.ABBREVIATIONS
    tokens: list = []
    for w in string.split():
        if w[0] not in starts and w[-1] not in ends:
            tokens.append(w)
            continue
        tail = []
        while w.startswith(punctuation) and w not in replace_keys:
            tokens.append(w[0])
            w = w[1:]
        while w.endswith(punctuation + (".",)) and w not in replace_keys:
            if w.endswith(punctuation):
                tail.append(w[-1])
                w = w[:-1]
            if w.endswith("..."):
                tail.append("...")
                w = w[:-3].rstrip(".")
            if w.endswith("."):
                if (w in abbreviations or t.RE_ABBR1.match(w) is not None
                        or t.RE_ABBR2.match(w) is not None or t.RE_ABBR3.match(w) is not None):
                    break
                tail.append(w[-1])
                w = w[:-1]
        if w != "":
            tokens.append(w)
        tokens.extend(reversed(tail))
    eos = t.EOS
    if "(" not in string and eos not in tokens:
        # The sentences below partition the tokens; with no sarcasm mark possible, no sentence
        # break token to drop and no emoticon anywhere in the joined tokens (a match inside one
        # sentence's joined tokens would also match in all of them joined: the pattern has no
        # left context and ends at white space or the end), every sentence gives back its
        # tokens unchanged, so the words are the tokens.
        if t.RE_EMOTICONS.search(" ".join(tokens)) is None:
            return tokens
    ends_sentence = ("...", ".", "!", "?", eos)
    trailing = ("'", '"', "\u201d", "\u2019", "...", ".", "!", "?", ")", eos)
    sentences, i, j = [[]], 0, 0
    n = len(tokens)
    while j < n:
        if tokens[j] in ends_sentence:
            while j < n and tokens[j] in trailing:
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break  # balanced quotes
                j += 1
            sentences[-1].extend(x for x in tokens[i:j] if x != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    words: list = []
    for sent in sentences:
        if not sent:
            continue
        joined = " ".join(sent)
        if "(" in joined:
            joined = t.RE_SARCASM.sub("(!)", joined)
        words.extend(t.RE_EMOTICONS.sub(_emoticon, joined).split())
    return words


def pattern_scores(text: str) -> tuple:
    """TextBlob's polarity, subjectivity and assessments of a text, in one pass.

    Exactly ``TextBlob(text).sentiment_assessments`` (textblob's ``PatternAnalyzer``: pattern's
    tokenizer, lexicon and assessment rules), without building a blob, running the analyser
    twice, creating a namedtuple class per call or going through pattern's lazy dictionary
    for every word. tests/test_tone.py checks the equality.

    Args:
        text: A str.

    Returns:
        ``(polarity, subjectivity, assessments)``; ``assessments`` is pattern's list of
        ``(words, polarity, subjectivity, label)`` tuples.
    """
    _tok, known, modifying, labels, negations, emoticons, punctuation, mood, irony, _ = _pattern()
    words = [w.lower() for w in pattern_words(text)]
    a = _assessments(words, known, modifying, labels, negations, emoticons, punctuation, mood, irony)
    polarity = subjectivity = 0
    for _w, p, s, _x in a:
        polarity += p
        subjectivity += s
    k = float(len(a) or 1)
    return polarity / k, subjectivity / k, a
