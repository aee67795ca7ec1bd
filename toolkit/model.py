"""The toolkit's result types: frozen dataclasses whose offsets index the article text.

Every ``start``/``end`` pair indexes ``Article.text`` (or the string that was analysed), so
``text[start:end]`` is always the thing found.
"""
from __future__ import annotations

import datetime as _dt
import html
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

__all__ = ["Article", "Quote", "QUOTE_FORMS", "Timex", "Sentiment", "Span", "as_article"]

Span = tuple  # (start, end) character offsets; a plain tuple so results pickle and export simply

#: The forms of a Quote: words inside quotation marks, a reported clause, a speech act whose content
#: is a noun phrase or an infinitive ("urged the EU to act", "accused X of lying"), a turn of a
#: transcript ("HOLLOWAY: Will you sign?").
QUOTE_FORMS = ("direct", "indirect", "summary", "transcript")


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _table(title: str, rows: list[tuple[str, Any]]) -> str:
    body = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{_esc(k)}</th>"
        f"<td style='text-align:left'>{_esc(v)}</td></tr>"
        for k, v in rows
    )
    return f"<div><strong>{_esc(title)}</strong><table>{body}</table></div>"


@dataclass(frozen=True)
class Article:
    """A news article: its cleaned body text and metadata.

    Attributes:
        id: A stable identifier (file stem, record id or a hash of the text).
        text: The cleaned body; every offset the toolkit returns indexes this string.
        title: Headline, if known.
        outlet: Publisher, e.g. "The New York Times".
        published: Publication date, or None.
        url: Where the article was published, if known.
        source: Where it was read from (a path, "csv:path:line", "DataFrame[3]").
        removed: What cleaning cut from the raw text, e.g. the scraper trailer, so that nothing
            is dropped silently.
        meta: Any further metadata (event, place, ...), as a tuple of (key, value) pairs.
        published_from: Where ``published`` was read: ``"metadata"``, ``"dateline"``,
            ``"published line"``, ``"byline"`` (see :func:`toolkit.timexes.date_from_text`), or None
            when unknown.
    """

    id: str
    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[_dt.date] = None
    url: Optional[str] = None
    source: Optional[str] = None
    removed: tuple = ()
    meta: tuple = ()
    published_from: Optional[str] = None

    @property
    def metadata(self) -> dict:
        """The extra metadata as a dict."""
        return dict(self.meta)

    @property
    def paragraphs(self) -> list:
        """Paragraph spans of ``text`` as ``(start, end)`` pairs."""
        from .text import paragraphs  # lazily: model is the ground floor, text may come to use it

        return paragraphs(self.text)

    @property
    def sentences(self) -> list:
        """Sentence spans of ``text`` as ``(start, end)`` pairs."""
        from .text import sentences  # lazily, as above

        return sentences(self.text)

    def __len__(self) -> int:
        return len(self.text)

    def _repr_html_(self) -> str:
        rows = [("id", self.id), ("title", self.title), ("outlet", self.outlet),
                ("published", self.published), ("url", self.url), ("source", self.source),
                ("words", len(self.text.split()))]
        rows += list(self.meta)
        if self.removed:
            rows.append(("removed by cleaning", " | ".join(self.removed)))
        paras = "".join(f"<p>{_esc(self.text[s:e])}</p>" for s, e in self.paragraphs)
        return _table("Article", rows) + f"<div style='max-width:50em'>{paras}</div>"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["removed"] = list(self.removed)
        d["meta"] = dict(self.meta)
        return d


@dataclass(frozen=True)
class Quote:
    """Who said what: one attribution, direct (in quotation marks) or reported.

    Attributes:
        text: The content, the span fragments joined with " … " when the quote is split.
        spans: The content fragments as ``(start, end)`` pairs (one for each quotation; two for "X," she
            said, "Y." only with ``extract_quotes(..., split=False)``).
        start: Start of the hull of ``spans``.
        end: End of the hull of ``spans``.
        direct: True when the content stands inside quotation marks (``form == "direct"``).
        speaker: Canonical name ("Merrick B. Garland"), or None when unknown.
        mention: The words at the cue that name the speaker ("he", "Mr. Garland").
        mention_span: Offsets of ``mention``.
        cue: The cue words ("said", "according to").
        cue_span: Offsets of ``cue``.
        role: Role or affiliation the article gives ("Attorney General").
        article_id: Id of the article the quote comes from.
        paragraph: Index of the paragraph where the quote starts.
        form: ``"direct"`` (inside quotation marks), ``"indirect"`` (a reported clause: "said that
            ...", "according to X, ..."), ``"summary"`` (a speech act whose content is a noun phrase
            or an infinitive: "called for a repeal", "urged the EU to act") or ``"transcript"`` (a turn
            after a speaker label: "HOLLOWAY: Will you sign?"). Left out, it follows ``direct``
            ("direct" or "indirect").

    Raises:
        ValueError: ``form`` is not one of ``QUOTE_FORMS`` or disagrees with ``direct``.
    """

    text: str
    spans: tuple
    start: int
    end: int
    direct: bool
    speaker: Optional[str] = None
    mention: Optional[str] = None
    mention_span: Optional[tuple] = None
    cue: Optional[str] = None
    cue_span: Optional[tuple] = None
    role: Optional[str] = None
    article_id: Optional[str] = None
    paragraph: Optional[int] = None
    form: Optional[str] = None

    def __post_init__(self) -> None:
        if self.form is None:
            object.__setattr__(self, "form", "direct" if self.direct else "indirect")
        elif self.form not in QUOTE_FORMS:
            raise ValueError(f"Quote.form must be one of {QUOTE_FORMS}, not {self.form!r}")
        elif (self.form == "direct") != bool(self.direct):
            raise ValueError(f"Quote.form {self.form!r} disagrees with direct={self.direct!r}")

    def _repr_html_(self) -> str:
        kind = self.form
        who = self.speaker or "unknown speaker"
        role = f" ({_esc(self.role)})" if self.role else ""
        cue = f" <em>{_esc(self.cue)}</em>" if self.cue else ""
        return (f"<blockquote style='margin:0.3em 0'><strong>{_esc(who)}</strong>{role}{cue} "
                f"<small>[{kind}, {self.start}:{self.end}]</small><br>{_esc(self.text)}</blockquote>")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Timex:
    """A time expression with its TimeML type and normalised value.

    Attributes:
        text: The expression as written ("Wednesday evening").
        start: Offset of the first character.
        end: Offset after the last character.
        type: DATE, TIME, DURATION or SET.
        value: A TimeML value: ``2023-10-05``, ``2023-10-04TEV``, ``2023-09``, ``2023-W40``,
            ``PAST_REF``, ``P3W``.
        earliest: Start of the interval the expression denotes, or None.
        latest: End of that interval, or None.
        mod: TimeML modifier (APPROX, START, ...), if any.
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    earliest: Optional[_dt.datetime] = None
    latest: Optional[_dt.datetime] = None
    mod: Optional[str] = None

    def _repr_html_(self) -> str:
        span = ""
        if self.earliest is not None and self.latest is not None:
            span = f" &rarr; {_esc(self.earliest)} &hellip; {_esc(self.latest)}"
        return (f"<span title='{_esc(self.type)} {_esc(self.value)}' "
                f"style='text-decoration:underline dotted'>{_esc(self.text)}</span> "
                f"<small>{_esc(self.type)} <code>{_esc(self.value)}</code>{span}</small>")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Sentiment:
    """The tone of a text, or of the text toward a target mention.

    Attributes:
        polarity: From -1 (negative) to 1 (positive).
        subjectivity: From 0 to 1, or None where the backend has none.
        label: -1, 0 or 1.
        evidence: The words and their scores that produced the polarity, as
            ``(word, score)`` pairs.
        backend: The backend that scored it.
    """

    polarity: float
    subjectivity: Optional[float]
    label: int
    evidence: tuple = field(default=())
    backend: str = "textblob"

    def _repr_html_(self) -> str:
        colour = {1: "#1a7f37", 0: "#57606a", -1: "#cf222e"}.get(self.label, "#57606a")
        words = ", ".join(f"{_esc(w)} ({s:+.2f})" for w, s in self.evidence) or "no scored words"
        subj = "n/a" if self.subjectivity is None else f"{self.subjectivity:.2f}"
        return (f"<span style='color:{colour}'><strong>{self.label:+d}</strong> "
                f"polarity {self.polarity:+.2f}</span>, subjectivity {subj} "
                f"<small>[{_esc(self.backend)}]</small><br><small>evidence: {words}</small>")

    def to_dict(self) -> dict:
        return asdict(self)


def as_article(article_or_text: Any) -> Article:
    """The Article to analyse: an Article as given, or a string wrapped as one with no metadata.

    Every capability that takes "an Article or a text" coerces it here, so they accept and reject
    the same things. A wrapped string has ``id`` None (results then carry no article id).

    Args:
        article_or_text: An :class:`Article` or a string.

    Returns:
        The Article.

    Raises:
        TypeError: Anything else; the message names the type and what to do.
    """
    if isinstance(article_or_text, Article):
        return article_or_text
    if isinstance(article_or_text, str):
        return Article(id=None, text=article_or_text)
    raise TypeError(
        f"expected an Article or a str, got {type(article_or_text).__name__}; "
        "read files with tk.read_article(path) first"
    )
