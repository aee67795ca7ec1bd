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
    "trie_pattern",
    "OPENING_QUOTES",
    "CLOSING_QUOTES",
]

OPENING_QUOTES = "\u201c\u201e\u00ab"  # “ „ «
CLOSING_QUOTES = "\u201d\u00bb"  # ” »
_DOUBLE_MARKS = OPENING_QUOTES + CLOSING_QUOTES + '"'


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> frozenset:
    """Read a rule-data file from ``toolkit/data/``: one lower-cased entry a line, ``#`` comments.

    Args:
        name: File name inside ``toolkit/data`` (e.g. ``"abbreviations.txt"``).

    Returns:
        The entries as a frozenset of lower-case strings.
    """
    raw = (resources.files("toolkit") / "data" / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


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
_BOUNDARY = re.compile(r"([.!?\u2026]+)([\"\u201d\u2019')\]]*)(\s+)(?=(\S))")
_WORD_BEFORE = re.compile(r"([\w.\-\u2019']*)$")
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
            before = _WORD_BEFORE.search(text, max(ps, m.start(1) - 40), m.start(1)).group(1)
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

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}(?:-\w+(?:[\u2019'\-]\w+)*)?"  # U.S., J.B., U.S.-Mexican
    r"|\w+(?:[\u2019'.\-]+\w+)*"  # words, with inner apostrophes, periods and hyphens
    r"|[^\w\s]",
    re.UNICODE,
)


def tokens(text: str, start: int = 0, end: int | None = None) -> list:
    """Words and punctuation marks with offsets.

    Words keep inner apostrophes, hyphens and periods ("López", "don't", "U.S.", "U.S.-Mexican").

    Args:
        text: The text.
        start: Offset to start at.
        end: Offset to stop at (default: the end).

    Returns:
        A list of ``(start, end)`` offsets.
    """
    end = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


# ---------------------------------------------------------------------------------------------
# Quotation marks

class Quotation(NamedTuple):
    """A stretch of text inside double quotation marks, within one paragraph.

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


_MARK = re.compile("[" + _DOUBLE_MARKS + "]")


def _is_opening_straight(text: str, i: int, ps: int, pe: int) -> bool:
    before = text[i - 1] if i > ps else " "
    after = text[i + 1] if i + 1 < pe else " "
    if before.isspace() or before in "([{\u2014\u2013-/:":
        return not after.isspace()
    return False


def quotations(text: str) -> list:
    """Pair the double quotation marks of a text, robust to the irregularities of real news.

    Curly (“ ”), low (\u201e), guillemets (« ») and straight (") marks are paired within each
    paragraph. A quotation left open at the end of a paragraph continues when the next paragraph
    opens with a mark (the news convention for multi-paragraph quotes); otherwise it ends with its
    paragraph. A stray closing mark is ignored, and a new opening mark while one is open ends the
    open stretch first, so one missing mark never shifts the pairing of the others. Apostrophes
    and single quotes are never paired.

    Args:
        text: The article text.

    Returns:
        A list of :class:`Quotation`, in text order.
    """
    out: list = []
    open_at_end = False
    for pi, (ps, pe) in enumerate(_paragraphs(text)):
        opened = None  # offset of the current opening mark
        first_mark_seen = False
        for m in _MARK.finditer(text, ps, pe):
            i, ch = m.start(), m.group()
            if ch in OPENING_QUOTES:
                is_open = True
            elif ch in CLOSING_QUOTES:
                is_open = False
            else:
                is_open = opened is None and _is_opening_straight(text, i, ps, pe)
                if opened is None and not is_open and not text[ps:i].strip():
                    is_open = True  # a straight mark that starts the paragraph
            continued = False
            if not first_mark_seen:
                first_mark_seen = True
                continued = open_at_end and is_open and not text[ps:i].strip()
            if is_open:
                if opened is not None:
                    s, e = _strip(text, opened + 1, i)
                    if s < e:
                        out.append(Quotation(s, e, opened, None, pi, _cont))
                opened, _cont = i, continued
            elif opened is not None:
                s, e = _strip(text, opened + 1, i)
                if s < e:
                    out.append(Quotation(s, e, opened, i, pi, _cont))
                opened = None
        open_at_end = False
        if opened is not None:
            s, e = _strip(text, opened + 1, pe)
            if s < e:
                out.append(Quotation(s, e, opened, None, pi, _cont))
                open_at_end = True
    return out


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
