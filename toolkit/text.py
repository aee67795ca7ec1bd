"""Text segmentation with character offsets: paragraphs, sentences, tokens and quotation marks.

Pure Python and regex-based, so it needs no NLTK data and keeps up with large corpora. Every
function returns ``(start, end)`` offsets into the string it was given.

Example:
    >>> from toolkit.text import sentences
    >>> text = "Mr. Lee met Gov. J.B. Ortiz in the U.S. on Jan. 5. They talked."
    >>> [text[s:e] for s, e in sentences(text)]
    ['Mr. Lee met Gov. J.B. Ortiz in the U.S. on Jan. 5.', 'They talked.']
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = [
    "paragraphs",
    "sentences",
    "tokens",
    "quotations",
    "Quotation",
    "load_wordlist",
    "load_table",
    "trie_pattern",
    "quotation_hulls",
    "paragraph_hulls",
    "english_quote_marks",
    "OPENING_QUOTES",
    "CLOSING_QUOTES",
    "QUOTE_MARK",
    "TOKEN",
    "TOKEN_READ",
]

OPENING_QUOTES = "\u201c\u201e\u00ab"  # “ „ «
CLOSING_QUOTES = "\u201d\u00bb"  # ” »


@lru_cache(maxsize=None)
def data_lines(name: str) -> tuple:
    """The lines of a rule-data file in ``toolkit/data/`` that hold data: not blank, not a ``#`` comment.

    Every reader of rule data (word lists, tables, aliases, the tone model's lists) starts here.

    Args:
        name: File name inside ``toolkit/data`` (e.g. ``"abbreviations.txt"``).

    Returns:
        The lines as written (not stripped), in file order.
    """
    raw = (resources.files("toolkit") / "data" / name).read_text(encoding="utf-8")
    return tuple(line for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> frozenset:
    """Read a rule-data file from ``toolkit/data/``: one lower-cased entry a line, ``#`` comments.

    Args:
        name: File name inside ``toolkit/data`` (e.g. ``"abbreviations.txt"``).

    Returns:
        The entries as a frozenset of lower-case strings.
    """
    return frozenset(line.strip().lower() for line in data_lines(name))


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple:
    """Read a rule-data table from ``toolkit/data/``: CSV with a header line, ``#`` comments.

    Args:
        name: File name inside ``toolkit/data`` (e.g. ``"people_aliases.csv"``).

    Returns:
        The rows as dicts of stripped strings, in file order (a tuple, so the cached value is shared).
    """
    rows = csv.DictReader(io.StringIO("\n".join(data_lines(name))))
    return tuple({key: (value or "").strip() for key, value in row.items()} for row in rows)


# ---------------------------------------------------------------------------------------------
# Paragraphs

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list:
    """Split text into paragraphs.

    Blank lines separate paragraphs when the text has any; otherwise every line is a paragraph
    (the common shape of scraped news). Leading and trailing white space is trimmed from each
    span and empty paragraphs are skipped.

    Args:
        text: The article text.

    Returns:
        A list of ``(start, end)`` offsets, one per paragraph.
    """
    return list(_paragraphs(text))


@lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple:
    """:func:`paragraphs` as a tuple, cached: the quote finder and the timeline both split the
    same article (callers get a fresh list, so the cached value is never mutated)."""
    return _paragraphs_in(text, 0, len(text))


def _paragraphs_in(text: str, start: int, end: int) -> tuple:
    """The paragraphs of ``text[start:end]`` with offsets into ``text``, without copying the
    slice (the patterns have no anchors or look-arounds, so searching between ``start`` and
    ``end`` finds what searching the slice finds)."""
    if start >= end:
        return ()
    if text.find("\n", start, end) < 0:  # one line (a paragraph the quote finder asks about)
        s, e = _strip(text, start, end)
        return ((s, e),) if s < e else ()
    if _BLANK_LINE.search(text, start, end):
        bounds, pos = [], start
        for m in _BLANK_LINE.finditer(text, start, end):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, end))
    else:
        bounds = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    out = []
    for s, e in bounds:
        s, e = _strip(text, s, e)
        if s < e:
            out.append((s, e))
    return tuple(out)


def _strip(text: str, s: int, e: int) -> tuple:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# ---------------------------------------------------------------------------------------------
# Sentences

# A candidate boundary: terminal punctuation, closing quotes or brackets, white space, then the
# first character of what follows.
# (The first mark is written out of the repeat so that the regex engine can skip to the marks.)
_BOUNDARY = re.compile(r"([.!?\u2026][.!?\u2026]*)([\"\u201d\u2019')\]]*)(\s+)(?=(\S))")
_WORD_BEFORE_CHARS = "_.-\u2019'"  # besides letters and digits


def _word_before(text: str, lo: int, end: int) -> str:
    """The word that ends ``text[lo:end]`` (letters, digits and ``_ . - \u2019 '``), read backwards:
    what searching ``([\\w.\\-\u2019']*)$`` there finds ($ also matches before a final newline)."""
    if end > lo and text[end - 1] == "\n":
        end -= 1
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_BEFORE_CHARS):
        start -= 1
    return text[start:end]


_WORD_AFTER = re.compile(r"[\"\u201c\u2018'(\[]*([\w\u2019']*)")
_NEEDS_NUMBER = frozenset({"no", "nos", "vol", "fig", "pp"})  # "No. 2", but "voted no. Then"
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")  # U.S, J.B, a.m, A


def sentences(text: str, start: int = 0, end: int | None = None) -> list:
    """Split text into sentences, within paragraphs.

    Handles the abbreviations of news (Mr., Gov., U.S., J.B., Jan., a.m.), sentence-final
    quotation marks ('... said. "Next'), and never lets a sentence cross a paragraph break.

    Args:
        text: The text to split.
        start: Only split ``text[start:end]`` (offsets stay relative to ``text``).
        end: See ``start``.

    Returns:
        A list of ``(start, end)`` offsets.
    """
    n = len(text)
    end = n if end is None else end
    out = []
    if start == 0 and end >= n:  # the whole text: its paragraphs are cached
        for ps, pe in _paragraphs(text):
            out.extend(_split_paragraph(text, ps, pe))
        return out
    if 0 <= start <= end <= n:
        # A part (the quote finder splits one paragraph at a time): found in place, as in the slice.
        for ps, pe in _paragraphs_in(text, start, end):
            out.extend(_split_paragraph(text, ps, pe))
        return out
    for ps, pe in _paragraphs(text[start:end]):
        out.extend(_split_paragraph(text, ps + start, pe + start))
    return out


@lru_cache(maxsize=512)  # an article's paragraphs; small, so a repeated corpus does not hit it
def _split_paragraph(text: str, ps: int, pe: int) -> tuple:
    """The sentences of one paragraph, cached (the quote finder and the timeline split the same
    paragraphs); a tuple, so the cached value cannot be mutated."""
    titles = load_wordlist("title_abbreviations.txt")
    abbrevs = load_wordlist("abbreviations.txt")
    starters = load_wordlist("sentence_starters.txt")
    out, s = [], ps
    for m in _BOUNDARY.finditer(text, ps, pe):
        nxt = m.group(4)
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"\u201c\u2018'(["):
            continue
        if m.group(1) == ".":
            before = _word_before(text, max(ps, m.start(1) - 40), m.start(1))
            before = before.lstrip("-").lower()
            if "-" in before:  # "then-Sen.", "ex-Gov."
                before = before.rsplit("-", 1)[1]
            if before in titles and not m.group(2):
                continue
            after = _WORD_AFTER.match(text, m.start(4)).group(1).lower()
            if (before in abbrevs or _INITIALISM.match(before)) and not m.group(2):
                if before in _NEEDS_NUMBER:
                    if nxt.isdigit():
                        continue
                elif after not in starters and after not in titles:
                    continue
        cut = m.end(2)
        if cut > s:
            out.append((s, cut))
        s = m.end(3)
    if s < pe:
        out.append((s, pe))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Tokens

# Title abbreviations and a few more that a full stop does not end ("Mr.", "Jan.", "No.").
_ABBREVIATIONS = "|".join(sorted(load_wordlist("title_abbreviations.txt")
                                 | {"jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "mt", "ft"},
                                 key=len, reverse=True))
# A token: initialisms (U.S., J.B.), title abbreviations (Mr.), a lone capital's full stop before a space
# (J. Lee), numbers with thousands commas, words with inner apostrophes, hyphens, periods and "&", or
# one punctuation mark. The first three alternatives all start with one to five letters and a full
# stop: one lookahead for that skips them together at the many places where none can match.
TOKEN = re.compile(r"(?=[A-Za-z]{1,5}\.)(?:(?:[A-Za-z]\.){2,}|(?=[A-Za-z]{1,5}\.\s)(?i:(?:" + _ABBREVIATIONS + r")\.)"
                   r"|[A-Z]\.(?=\s))|\d{1,3}(?:,\d{3})+\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\w+(?:[\u2019'\-.&]\w+)*|[^\w\s]")
# How far TOKEN reads around a token (8 characters past a place it tries, 4 past the token it
# finds), with a margin: a search bounded this far past a place finds the tokens before it.
TOKEN_READ = 16


def tokens(text: str, start: int = 0, end: int | None = None) -> list:
    """Words and punctuation marks with offsets.

    Words keep inner apostrophes, hyphens and periods ("López's", "don't", "U.S.", "a.m", "1,200");
    title abbreviations keep their full stop ("Mr.", "Gov.").

    Args:
        text: The text.
        start: Offset to start at.
        end: Offset to stop at (default: the end).

    Returns:
        A list of ``(start, end)`` offsets.
    """
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN.finditer(text, start, end)]


# ---------------------------------------------------------------------------------------------
# Quotation marks

class Quotation(NamedTuple):
    """A stretch of text inside quotation marks, within one paragraph.

    Attributes:
        start: Offset of the first character inside the marks.
        end: Offset just after the last character inside the marks.
        open: Offset of the opening mark.
        close: Offset of the closing mark, or None when the paragraph ended with it open.
        paragraph: Index of the paragraph.
        continued: True when this stretch continues the previous one: it was left open at the
            end of the previous paragraph and this paragraph opens with a quotation mark again.
    """

    start: int
    end: int
    open: int
    close: int | None
    paragraph: int
    continued: bool


# Written as literals only, so that the regex engine skips to the first characters of the marks
# (same matches as "[\u201c\u201d\u201e\u00ab\u00bb\"]|''", about twice as fast). Two apostrophes
# ('') are a double mark too.
QUOTE_MARK = re.compile("\u201c|\u201d|\u201e|\u00ab|\u00bb|\"|''")
# Every mark the pairing reads: the double marks, guillemets pointing either way, single marks
# (curly, low, straight, single guillemets). Two apostrophes come before one.
_ANY_MARK = re.compile("\u201c|\u201d|\u201e|\u00ab|\u00bb|\"|''|'|\u2018|\u2019|\u201a|\u2039|\u203a")
_DOUBLE_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\"'"  # (' only as the first of two)
# The closer that ends a quotation opened with a mark, where it differs from the English one:
# German and Polish \u201elow-high\u201c, guillemets either way (\u00ab \u00bb and \u00bb \u00ab), single ones.
_PARTNER = {"\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u201a": "\u2018\u2019",
            "\u2039": "\u203a", "\u203a": "\u2039", "\u2018": "\u2019'", "'": "'\u2019", "\u2019": "\u2019'"}
_GUILLEMETS = "\u00ab\u00bb"
# Characters before a straight mark that let it open a quotation ("said: \"...", "(\"...").
_OPENS_AFTER = "([{\u2014\u2013-/:,;"
# Words an apostrophe starts ("rock 'n' roll", "'em", "'til"): never a single quotation.
_ELISION = re.compile(r"(?:n|em|til|tis|twas|cause|bout|round|cuz|nother)\b|\d\ds\b|\d\d\b", re.IGNORECASE)


def _single_opens(text: str, at: int, start: int, end: int) -> bool:
    """True when the single mark at ``at`` opens a quotation: after a space (or an opening
    bracket, a dash, a colon) and before a word that is not an elision ("'90s", "'n'", "'em")."""
    before = text[at - 1] if at > start else " "
    nxt = at + 1
    if nxt >= end or not (before.isspace() or before in _OPENS_AFTER or text[at] in "\u2039\u203a\u201a"):
        return False
    if text[at] == "\u2019" and not text[nxt].isupper():
        return False  # "\u2019tis", "\u201990s" with the apostrophe the typesetter meant
    return (text[nxt].isalnum() or text[nxt] in "\u2014\u2013.") and not _ELISION.match(text, nxt, end)


def _single_closes(text: str, at: int, open_mark: str, start: int, end: int) -> bool:
    """True when the single mark at ``at`` closes the single quotation opened with ``open_mark``:
    its partner, after a word or a punctuation mark and not inside a word ("don't", "Obrador's"),
    nor a plural possessive before a lower-case word ("the workers' union")."""
    if text[at] not in _PARTNER[open_mark] or at == start or text[at - 1].isspace():
        return False
    after = text[at + 1] if at + 1 < end else " "
    if after.isalnum():
        return False
    if text[at - 1] in "sS" and after == " " and at + 2 < end and text[at + 2].islower() \
            and not _AFTER_QUOTE.match(text, at + 2, end):
        return False
    return True


# Words that follow a closing mark but not a plural possessive ("the farmers' union").
_AFTER_QUOTE = re.compile(r"(?:said|says|told|added|asked|wrote|he|she|they|according|and|or|but|as|in|on|at|for"
                          r"|from|to|with|by|of|that|is|was|are|were)\b")


def _double_opens(text: str, at: int, mark: str, opened, start: int, end: int) -> bool:
    """True when the double mark at ``at`` opens a quotation (``opened``: the open double mark's
    offset, or None)."""
    after_at = at + len(mark)
    if mark[0] in OPENING_QUOTES:
        # An opening mark right after a word and before a space closes the open quote
        # ('... here,\u201c said Mr. Lee'): a mistyped closer; so does its partner after a word
        # ('\u201eWir sind bereit\u201c, sagte').
        if opened is None or at == start or text[at - 1].isspace():
            return True
        if mark in _PARTNER.get(text[opened], ""):
            return False
        return not (after_at >= end or text[after_at].isspace())
    if mark[0] in CLOSING_QUOTES:
        if opened is not None and mark in _PARTNER.get(text[opened], mark):
            return False
        # A closing mark that starts the stretch (or follows a space and precedes a word) while
        # nothing is open is a mistyped opener (and \u00bb opens German quotations: \u00bbJa\u00ab).
        return opened is None and (not text[start:at].strip() or (
            text[at - 1].isspace() and after_at < end and text[after_at].isalnum()))
    if opened is not None:
        return False
    before = text[at - 1] if at > start else " "
    after = text[after_at] if after_at < end else " "
    return (before.isspace() or before in _OPENS_AFTER) and not after.isspace() or not text[start:at].strip()


def _mark_pairs(text: str, start: int, end: int):
    """Pair the quotation marks of ``text[start:end]`` (one paragraph, or any stretch of one).

    Double marks (\u201c \u201d \u201e \u00ab \u00bb " '') pair as they always have; a single mark
    (\u2018 \u2019 \u201a ' \u2039 \u203a) opens a quotation only where nothing is open, and the
    quotation it opens must close within the stretch (else the mark was an apostrophe). Marks of
    the other kind inside an open quotation are nested and left alone.

    Yields ``(open_at, close_at, hull_end)`` in text order: the offsets of the opening and the
    closing mark (``close_at`` None when the stretch was ended by a new opening mark or by ``end``)
    and the end of the hull (after the closing mark, at the next opening mark, or ``end``).
    """
    pos, skip = start, set()
    while True:
        unclosed = yield from _pairs_from(text, pos, start, end, skip)
        if unclosed is None:
            return
        skip.add(unclosed)  # an apostrophe after all: read again from it
        pos = unclosed


def _pairs_from(text: str, pos: int, start: int, end: int, skip: set):
    """:func:`_mark_pairs` from ``pos``; returns the offset of a single opener left unclosed
    (whose pairs are not yielded), else None."""
    opened = None  # offset of the open mark
    single = False  # the open mark is a single one
    nested_end = -1  # end of a curly quotation nested in a straight one
    for m in _ANY_MARK.finditer(text, pos, end):
        at, mark = m.start(), m.group()
        if at < nested_end:
            continue
        if mark == "\u201c" and opened is not None and text[opened] == '"' and text[opened + 1:at].strip():
            nested_end = _curly_inside_straight(text, at, end)
            if nested_end > 0:
                continue
        if mark[0] not in _DOUBLE_MARKS or mark == "'":
            if at in skip:
                continue
            if opened is None:
                if _single_opens(text, at, start, end):
                    opened, single = at, True
            elif single and _single_closes(text, at, text[opened], start, end):
                yield opened, at, m.end()
                opened, single = None, False
            continue
        if single or opened is not None and text[opened] in _GUILLEMETS and mark[0] not in _GUILLEMETS:
            continue  # nested in a single quotation or in guillemets (\u00abIl a dit \u201cnon\u201d\u00bb)
        if _double_opens(text, at, mark, opened, start, end):
            if opened is not None:  # a new opener while one is open: the open one ends here
                yield opened, None, at
            opened = at
        elif opened is not None:
            yield opened, at, m.end()
            opened = None
    if opened is not None:
        if single:
            return opened
        yield opened, None, end
    return None


def _curly_inside_straight(text: str, at: int, end: int) -> int:
    """The end of the curly quotation opening at ``at`` inside an open straight one, when it closes
    before the straight one does ('"The question was: \u201cWill you?\u201d Most said no."'); else -1."""
    close_at = text.find("\u201d", at + 1, end)
    if close_at < 0 or text.find('"', at + 1, close_at) >= 0:
        return -1
    straight = text.find('"', close_at + 1, end)
    closes = straight > 0 and not text[straight - 1].isspace() \
        and (straight + 1 == end or not text[straight + 1].isalnum())
    return close_at + 1 if closes else -1


def quotation_hulls(text: str, start: int, end: int) -> tuple:
    """The quotations of ``text[start:end]`` as hulls, marks included (see :func:`quotations`).

    Args:
        text: The text.
        start: Offset of the stretch (a paragraph, or any part of one).
        end: Offset just after it.

    Returns:
        ``(hulls, left_open)``: a list of ``(open, end)`` offsets, from the opening mark to just
        after the closing mark (or to where the quotation was cut off), and whether the last
        quotation is still open at ``end``.
    """
    hulls, left_open = [], False
    if _ANY_MARK.search(text, start, end) is None:
        return hulls, left_open  # no mark to pair (most reported speech)
    for open_at, close_at, hull_end in _mark_pairs(text, start, end):
        hulls.append((open_at, hull_end))
        left_open = close_at is None and hull_end == end
    return hulls, left_open


def paragraph_hulls(text: str) -> list:
    """The quotations of each paragraph of ``text`` as hulls: ``quotation_hulls(text, start,
    end)[0]`` for each paragraph ``(start, end)`` of :func:`paragraphs`, as a new list of lists."""
    return [[(open_at, hull_end) for open_at, _, hull_end in pairs] for pairs in _paragraph_mark_pairs(text)]


@lru_cache(maxsize=16)
def _paragraph_mark_pairs(text: str) -> tuple:
    """The :func:`_mark_pairs` of each paragraph, cached: :func:`english_quote_marks` and the quote
    finder read the same article (a tuple of tuples, so the cached value cannot be mutated)."""
    return tuple(tuple(_mark_pairs(text, para_start, para_end)) if _ANY_MARK.search(text, para_start, para_end) else ()
                 for para_start, para_end in _paragraphs(text))


def quotations(text: str) -> list:
    """Pair the quotation marks of a text, robust to the irregularities of real news.

    Curly (\u201c \u201d), low-high (\u201e \u201c), guillemets (\u00ab \u00bb, \u00bb \u00ab), straight (") and
    doubled-apostrophe ('') marks are paired within each paragraph, and so are single quotation marks
    (\u2018 \u2019, ', \u201a \u2018, \u2039 \u203a) where no other quotation is open; apostrophes
    ("don't", "Obrador's", "'90s", "rock 'n' roll") stay apostrophes, and a single mark that never
    closes in its paragraph was one. A quotation left open at the end of a paragraph
    continues when the next paragraph opens with a mark (the news convention for multi-paragraph
    quotes); otherwise it ends with its paragraph. A stray closing mark is ignored, a mistyped one
    (a closer before a word, an opener after one) is read as what it must be, and a new opening mark
    while one is open ends the open stretch first, so one missing mark never shifts the pairing of
    the others. Marks nested in an open quotation are left alone.

    Args:
        text: The article text.

    Returns:
        A list of :class:`Quotation`, in text order.
    """
    out: list = []
    open_at_end = False
    for para_index, (para_start, para_end) in enumerate(_paragraphs(text)):
        first_in_para = True
        left_open = False
        for open_at, close_at, hull_end in _mark_pairs(text, para_start, para_end):
            continued = first_in_para and open_at_end and not text[para_start:open_at].strip()
            first_in_para = False
            inner_start = open_at + (2 if text.startswith("''", open_at) else 1)
            s, e = _strip(text, inner_start, close_at if close_at is not None else hull_end)
            left_open = close_at is None and hull_end == para_end and s < e
            if s < e:
                out.append(Quotation(s, e, open_at, close_at, para_index, continued))
        open_at_end = left_open
    return out


# The single marks that double marks nested in a quotation become (:func:`english_quote_marks`).
_NESTED = {"\u201c": "\u2018", "\u201e": "\u2018", "\u00ab": "\u2018", "\u2039": "\u2018",
           "\u201d": "\u2019", "\u00bb": "\u2019", "\u203a": "\u2019", "\"": "'"}


def _english(text: str, at: int) -> bool:
    """True when the mark at ``at`` is an English double one (curly, straight or two apostrophes)."""
    return text[at] in "\u201c\u201d\"" or text.startswith("''", at)


def english_quote_marks(text: str) -> str:
    """The text with its quotations written in English style, offsets unchanged.

    A quotation opened with another mark (single, guillemets, low-high) gets curly double marks,
    and the double marks nested in it become single ones; quotations already in curly or straight
    double marks are left as they are. Each mark is one character replaced by one, so every offset
    into the result indexes ``text`` too (the quote finder reads the result and reports ``text``).

    Args:
        text: The article text.

    Returns:
        A string of the same length.
    """
    chars = None
    for pairs in _paragraph_mark_pairs(text):
        for open_at, close_at, hull_end in pairs:
            if _english(text, open_at) and (close_at is None or _english(text, close_at)):
                continue
            if chars is None:
                chars = list(text)
            chars[open_at] = "\u201c"
            inner_end = close_at if close_at is not None else hull_end
            if close_at is not None:
                chars[close_at] = "\u201d"
            for m in QUOTE_MARK.finditer(text, open_at + 1, inner_end):
                if m.group() in _NESTED:
                    chars[m.start()] = _NESTED[m.group()]
    return text if chars is None else "".join(chars)


def trie_pattern(words) -> str:
    """One regex source matching exactly ``words``, written as a trie ("sa(?:id|ys?)"): tried at a
    place, the regex engine follows the letters there instead of trying each word in turn.

    Args:
        words: the words (any iterable of non-empty strings); regex characters are escaped.

    Returns:
        The pattern source (no group, no anchors); empty for no words.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = None

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
