"""Quote attribution: direct and reported speech with speakers and offsets.

``extract_quotes`` finds who said what in a news article:

* direct quotes in curly, straight or doubled-apostrophe (``''``) marks, including quotes
  continued across paragraphs, split quotes (``"X," she said, "Y."``: two Quotes, one speaker)
  and partial quotes inside reported speech;
* reported speech: that-clauses after cue verbs, ``according to X``, parenthetical cues
  (``the plan, she said, is dead``), colon introductions and inverted cues
  (``..., said Andrew Rudman, director of ...``);
* the speaker at the cue (``mention``, pronouns included) and one canonical name per person
  across the article (``speaker``), with the role or affiliation the article gives.

Rule data lives in ``toolkit/data``: ``cue_words.txt`` (derived from PolNeAR train by
``scripts/derive_cue_lexicon.py``), ``cue_extra.txt``, ``cue_stop.txt``, ``speaker_nouns.txt``,
``speaker_person_nouns.txt``, ``speaker_roles.txt`` and the ``quote_*.txt`` word classes.

How the package reads a text (each module a step, its functions taking the :class:`Document`):

* ``extractor``: paragraphs, units (sentences merged so no quotation is cut), cue words;
* ``cues``: choosing among a unit's cues, more cues with their own subjects, chained cues;
* ``cue_attribution``: one attribution from one cue (content before or after it, inverted,
  according-to, passive, impressions);
* ``subjects`` and ``noun_phrases``: the speaker mention before or after a cue;
* ``content``: where reported content starts and ends around a cue and quotation marks;
* ``frames``: attributions without a cue word (labels, titles, colons, dashes, lone quotations);
* ``extent``: reported content running on to the paragraph's other sentences;
* ``speakers``: canonical speaker names and roles across the article, and the Quotes (one for
  each quotation);
* ``referents``: the person "he", "she", "they" or a description ("the top diplomat") names, from the
  people's mentions that ``mentions`` finds;
* ``forms``: direct, indirect, summary or transcript; mixed quotes split into their parts;
* ``acceptable``: the speaker check (no times, numbers, fragments, clauses);
* ``headline``: where the headline ends (what it seems to quote is left out);
* ``nested``: quotations inside a quotation that name their own speaker.

Example:
    >>> import toolkit as tk
    >>> qs = tk.extract_quotes('"We are ready," said Dana Whitcombe, the mayor of Eastvale.')
    >>> qs[0].speaker, qs[0].role
    ('Dana Whitcombe', 'the mayor of Eastvale')
"""
from __future__ import annotations

from typing import Any, Iterable

from ..columns import FRAME_META_COLUMNS as _ARTICLE_COLUMNS
from ..columns import QUOTE_COLUMNS
from ..model import Article, Quote, as_article
from ..text import english_quote_marks
from .acceptable import acceptable_speaker, is_share
from .document import Document
from .extractor import extract_attributions
from .headline import headline_end
from .lexicon import PRONOUNS, RELATIVES, THOUGHT_CUES, set_cues
from .nested import with_nested
from .patterns import NEGATION_BEFORE
from .speakers import split_direct, with_text

__all__ = ["extract_quotes", "quotes_frame", "QUOTE_COLUMNS", "set_cues", "EXTENTS"]

EXTENTS = ("sentence", "paragraph")  # what ``extract_quotes(extent=...)`` accepts

# ---------------------------------------------------------------------------------------------
# Public API


_FIRST_PERSON = frozenset({"i", "we"})


def extract_quotes(article_or_text: Any, *, published: Any = None, split: bool = True,
                   headlines: bool = False, extent: str = "sentence", speakerless: bool = False,
                   thoughts: bool = False, negated: bool = False, nested: bool = True) -> list:
    """Find direct and reported quotes with their speakers.

    Args:
        article_or_text: An :class:`~toolkit.model.Article` or the text of one.
        published: Publication date (unused by the rules; accepted for a uniform signature).
        split: Each quotation is a Quote of its own: one interrupted by its cue (``"X," she said,
            "Y."``) or joined by "and" is two Quotes with one speaker and cue, and words two cues
            report ("said ..., adding that X") are one Quote. ``False`` keeps them one Quote with two
            ``spans``, and one Quote per cue, as PolNeAR annotates them.
        headlines: Keep what the headline seems to quote ("Mayor Says Bridge Will Reopen"). Left
            out by default: a headline is the outlet's summary, not speech (PolNeAR annotates it).
        extent: How far reported speech reaches. ``"sentence"``: the reported clause, or the
            sentence of a cue set in it ("X, she said."). ``"paragraph"``: it also takes in the
            paragraph's sentences around it that carry no attribution of their own ("X. Y, she
            said."), as PolNeAR annotates it; that reading also takes in narration.
        speakerless: Keep reported words that name no source at all ("Ames was accused of ...",
            "it is unclear whether ...") or whose only source is words a rule took for one ("It's",
            "A legal"), or is the writer ("I think ...", "we must recognize that ..." outside any
            quotation), as PolNeAR annotates them. Left out by default: they say who said nothing.
            A direct quote is kept whether or not its speaker is found.
        thoughts: Keep reported thoughts ("few experts believe that ...", "police fear that ..."):
            what a writer says someone believes, fears, hopes or knows, as PolNeAR annotates them.
            Left out by default: they are not speech (quoted words are kept whatever the verb).
        negated: Keep reported speech under a negation ("Lawmakers have not said when they would
            ...", "she never said that ..."), as PolNeAR annotates it. Left out by default: nothing
            was said (quoted words are kept).
        nested: Add the quotations inside a direct quote that name their own speaker ('"The left
            is saying, ‘Yeah, that's true,’" Ames said': the inner words are the left's), as
            the coverage annotations do. ``False`` leaves them inside the outer quote, as PolNeAR
            annotates them.

    Returns:
        A list of :class:`~toolkit.model.Quote` in text order. Every span indexes the text:
        ``text[q.start:q.end]`` is the hull of the content, ``text[s:e]`` for ``(s, e)`` in
        ``q.spans`` are its fragments, and ``mention_span``/``cue_span`` index the speaker mention
        and the cue. A quote whose speaker cannot be found has ``speaker=None``.

    Raises:
        TypeError: When given something other than a str or an Article.
        ValueError: When ``extent`` is neither ``"sentence"`` nor ``"paragraph"``.
    """
    if extent not in EXTENTS:
        raise ValueError(f"extract_quotes: extent={extent!r}; use one of {', '.join(map(repr, EXTENTS))}")
    article = as_article(article_or_text)
    text = article.text
    if not isinstance(text, str) or not text.strip():
        return []
    marked = english_quote_marks(text)  # the rules read English-style marks; the Quotes quote the text
    for more in (True, False):  # without the optional "more cues" step if a rule bug raised
        try:
            doc = Document(marked, article.id, more=more, paragraph_extent=extent == "paragraph")
            quotes = with_text(extract_attributions(doc), text)
            if not headlines:
                body_start = headline_end(text, article.title)
                quotes = [q for q in quotes if q.start >= body_start]
            if not speakerless:
                quoted = [(q.start, q.end) for q in quotes if q.direct]
                quotes = [q for q in quotes if q.direct or (q.speaker is not None or _names_a_source(q.mention))
                          and not _the_writer(q, quoted)]
            if not thoughts:
                quotes = [q for q in quotes if q.direct or q.cue is None or q.cue.lower() not in THOUGHT_CUES]
            if not negated:
                quotes = [q for q in quotes if q.direct or q.cue_span is None or not _negated(text, q.cue_span[0])]
            quotes = _without_repeats(split_direct(doc, quotes, text)) if split else quotes
            if nested:
                quotes = with_nested(text, quotes, lambda inner: extract_quotes(
                    inner, split=split, headlines=True, extent=extent, speakerless=speakerless, thoughts=thoughts,
                    negated=negated, nested=False))
            return quotes
        except Exception:  # pragma: no cover - a rule bug must never raise from inside the extractor
            continue
    return []


def _negated(text: str, cue_start: int) -> bool:
    """True when a negation stands right before the cue at ``cue_start`` ("have not said when ...")."""
    return NEGATION_BEFORE.search(text, max(0, cue_start - 12), cue_start) is not None


def _without_repeats(quotes: list) -> list:
    """The quotes without a second Quote of the same words in the same form ("said in a statement,
    adding that X": two cues, one content), keeping the one that names a speaker, else a mention."""
    best: dict = {}
    for k, q in enumerate(quotes):
        key = (q.spans, q.direct)
        if key not in best or _sourced(q) > _sourced(quotes[best[key]]):
            best[key] = k
    return [q for k, q in enumerate(quotes) if best[(q.spans, q.direct)] == k]


def _sourced(quote: Quote) -> tuple:
    return quote.speaker is not None, quote.mention is not None


def _the_writer(quote: Quote, quoted: list) -> bool:
    """True for reported words whose source is "I" or "we" outside any quotation: the writer's own
    argument ("I think ...", "we must recognize that ..."), not someone the article quotes."""
    if quote.mention is None or quote.mention.lower() not in _FIRST_PERSON or quote.mention_span is None:
        return False
    at = quote.mention_span[0]
    return not any(start <= at < end for start, end in quoted)


def _names_a_source(mention) -> bool:
    """True for a speaker mention that names someone, found or not ("he", "who", "a spokesman"), not
    words a rule took for one ("It's", "A legal", "The so")."""
    return mention is not None and (mention.lower() in PRONOUNS or mention.lower() in RELATIVES
                                    or acceptable_speaker(mention) or is_share(mention))


def quotes_frame(quotes_or_articles: Any):
    """Turn quotes (or articles, which are then analysed) into a DataFrame, one row per quote.

    Args:
        quotes_or_articles: A list of :class:`Quote`, an :class:`Article`, or a list of Articles.

    Returns:
        A pandas DataFrame with the columns ``QUOTE_COLUMNS`` (plus ``FRAME_META_COLUMNS``:
        ``outlet``, ``published``, ``title``, ``outlet_country``, and the speaker's ``person``,
        ``group`` and ``country`` when articles are given), in a stable order even when empty.

    Raises:
        TypeError: For anything else.
    """
    import pandas as pd

    items = quotes_or_articles
    if isinstance(items, Article):
        items = [items]
    if isinstance(items, Quote):
        items = [items]
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise TypeError(f"quotes_frame expects Quotes or Articles, not {type(quotes_or_articles).__name__}")
    items = list(items)
    rows = []
    with_articles = any(isinstance(x, Article) for x in items)
    for x in items:
        if isinstance(x, Article):
            meta = {"outlet": x.outlet, "published": x.published, "title": x.title,
                    "outlet_country": x.metadata.get("outlet_country")}
            for q in extract_quotes(x):
                rows.append({**_quote_row(q), **meta})
        elif isinstance(x, Quote):
            row = _quote_row(x)
            if with_articles:
                row.update(dict.fromkeys(_ARTICLE_COLUMNS))
            rows.append(row)
        else:
            raise TypeError(f"quotes_frame expects Quotes or Articles, got an item of type {type(x).__name__}")
    if not with_articles:
        return pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    from ..people import add_people  # imported here: it loads pandas, which extract_quotes never needs

    return add_people(pd.DataFrame(rows, columns=QUOTE_COLUMNS + _ARTICLE_COLUMNS))


def _quote_row(q: Quote) -> dict:
    return {c: getattr(q, c) for c in QUOTE_COLUMNS}
