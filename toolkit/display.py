"""Rich HTML display of an article with its quotes and time expressions marked.

``highlight(article)`` returns a :class:`Highlighted` object: Jupyter shows it as HTML (through
``_repr_html_``), and ``.html`` holds the markup for saving or embedding elsewhere.

* Quotes are coloured by speaker (one colour per speaker, a legend above the text); direct
  quotes get a solid background, reported speech a lighter one with a dashed underline.
* Cues ("said", "according to") are bold; the speaker mentions at the cue ("Mr. Garland",
  "he") are bold with a border in the speaker's colour.
* Time expressions are underlined; hovering shows their TimeML type, value and interval.

The article text is always HTML-escaped, so a ``<script>`` in an article is shown, never run.
Spans may overlap (a quote contains a time expression and a mention): the text is cut at every
span boundary and each piece carries the styles of all spans that cover it.

Example:
    >>> import toolkit as tk
    >>> from toolkit.model import Quote
    >>> text = 'Ms. Lark said, "We open on Monday."'
    >>> q = Quote(text="We open on Monday.", spans=((16, 34),), start=16, end=34, direct=True,
    ...           speaker="Ada Lark", mention="Ms. Lark", mention_span=(0, 8), cue="said",
    ...           cue_span=(9, 13))
    >>> view = tk.highlight(text, quotes=[q], timexes=[])
    >>> "Ada Lark" in view.html
    True
"""
from __future__ import annotations

import html as _html
from typing import Any, Iterable, Optional, Sequence

from .model import as_article
from .quotes import extract_quotes
from .text import paragraphs
from .timexes import find_timexes

__all__ = ["highlight", "Highlighted", "speaker_colours", "PALETTE", "UNKNOWN_COLOUR"]

# Background colours for speakers: light enough for black text, distinct from one another
# (a pastel version of the Tableau 10 palette, then lighter variants).
PALETTE = (
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d",
    "#9edae5", "#fdd0a2", "#c7e9c0", "#dadaeb", "#fcbba1", "#d9d9d9", "#bcbddc", "#fdae6b",
)
UNKNOWN_COLOUR = "#e0e0e0"
UNKNOWN_LABEL = "unknown speaker"
_TIMEX_COLOUR = "#0b5cad"


def _esc(value: Any) -> str:
    return _html.escape("" if value is None else str(value), quote=True)


class Highlighted:
    """The HTML of a highlighted article; Jupyter displays it, ``str()`` gives the markup.

    Attributes:
        html: The markup (a self-contained ``<div>`` with inline styles).
        legend: Speaker name (``"unknown speaker"`` for None) to its colour, in order of first
            appearance in the text.
        quotes: The quotes that were marked.
        timexes: The time expressions that were marked.
    """

    def __init__(self, html: str, legend: dict, quotes: Sequence, timexes: Sequence):
        self.html = html
        self.legend = legend
        self.quotes = list(quotes)
        self.timexes = list(timexes)

    @property
    def data(self) -> str:
        """The markup, as ``IPython.display.HTML(...).data`` would hold it."""
        return self.html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<Highlighted: {len(self.quotes)} quotes, {len(self.timexes)} time expressions>"


def speaker_colours(quotes: Iterable) -> dict:
    """Assign each speaker a colour, in order of first appearance.

    Args:
        quotes: Quote objects (their ``speaker``; None is the unknown speaker).

    Returns:
        A dict from speaker name (``"unknown speaker"`` for None) to a hex colour. The palette
        repeats after 16 speakers.
    """
    colours: dict = {}
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        name = q.speaker or UNKNOWN_LABEL
        if name in colours:
            continue
        colours[name] = UNKNOWN_COLOUR if q.speaker is None else PALETTE[
            sum(1 for k in colours if k != UNKNOWN_LABEL) % len(PALETTE)]
    return colours


def _valid(span: Any, n: int) -> Optional[tuple]:
    """A clipped ``(start, end)`` span, or None when it is missing or empty."""
    if not span or len(span) != 2:
        return None
    try:
        s, e = max(0, int(span[0])), min(n, int(span[1]))
    except (TypeError, ValueError):
        return None
    return (s, e) if s < e else None


def _fmt_time(value: Any) -> str:
    if value is None:
        return ""
    iso = getattr(value, "isoformat", None)
    text = iso(sep=" ") if callable(iso) and hasattr(value, "hour") else (iso() if callable(iso) else str(value))
    return text[:-9] if text.endswith(" 00:00:00") else text


def _timex_title(t: Any) -> str:
    title = f"{t.type} {t.value}"
    if getattr(t, "earliest", None) is not None and getattr(t, "latest", None) is not None:
        title += f" ({_fmt_time(t.earliest)} to {_fmt_time(t.latest)})"
    if getattr(t, "mod", None):
        title += f" mod={t.mod}"
    return title


def _quote_title(q: Any) -> str:
    who = q.speaker or UNKNOWN_LABEL
    if q.role:
        who += f" ({q.role})"
    kind = "direct quote" if q.direct else "reported speech"
    return f"{who}: {kind}" + (f", cue '{q.cue}'" if q.cue else "")


def _annotations(text: str, quotes: Sequence, timexes: Sequence, colours: dict) -> list:
    """Flatten results into ``(start, end, kind, payload)`` marks."""
    n = len(text)
    marks = []
    for q in quotes:
        colour = colours[q.speaker or UNKNOWN_LABEL]
        spans = q.spans or ((q.start, q.end),)
        for span in spans:
            span = _valid(span, n)
            if span:
                marks.append((*span, "quote", (q, colour)))
        cue = _valid(q.cue_span, n)
        if cue:
            marks.append((*cue, "cue", (q, colour)))
        mention = _valid(q.mention_span, n)
        if mention:
            marks.append((*mention, "mention", (q, colour)))
    for t in timexes:
        span = _valid((t.start, t.end), n)
        if span:
            marks.append((*span, "timex", t))
    return marks


def _render_piece(piece: str, active: list) -> str:
    """One run of text with the combined style of every mark covering it."""
    if not active:
        return _esc(piece)
    styles, classes, titles, attrs = [], [], [], []
    quotes = [m for m in active if m[2] == "quote"]
    if quotes:
        # The innermost quote wins the colour (a partial quote inside reported speech).
        s, e, _, (q, colour) = min(quotes, key=lambda m: m[1] - m[0])
        if q.direct:
            styles.append(f"background:{colour}")
        else:
            styles.append(f"background:{colour}99;border-bottom:1px dashed #555")
        classes.append("tk-quote tk-direct" if q.direct else "tk-quote tk-reported")
        attrs.append(f'data-speaker="{_esc(q.speaker or UNKNOWN_LABEL)}"')
        titles.append(_quote_title(q))
    for m in active:
        kind = m[2]
        if kind == "cue":
            styles.append("font-weight:bold;font-style:italic")
            classes.append("tk-cue")
            titles.append(f"cue: {m[3][0].cue}")
        elif kind == "mention":
            q, colour = m[3]
            styles.append(f"font-weight:bold;border:2px solid {colour if q.speaker else '#999'};"
                          "border-radius:3px;padding:0 1px")
            classes.append("tk-mention")
            titles.append(f"speaker mention: {q.speaker or UNKNOWN_LABEL}")
        elif kind == "timex":
            t = m[3]
            styles.append(f"text-decoration:underline 2px {_TIMEX_COLOUR};text-underline-offset:3px")
            classes.append("tk-timex")
            attrs.append(f'data-value="{_esc(t.value)}"')
            titles.append(_timex_title(t))
    style = ";".join(dict.fromkeys(styles))
    title = " | ".join(dict.fromkeys(titles))
    attr = " ".join(dict.fromkeys(attrs))
    attr = f" {attr}" if attr else ""
    return (f'<span class="{" ".join(dict.fromkeys(classes))}" style="{_esc(style)}" '
            f'title="{_esc(title)}"{attr}>{_esc(piece)}</span>')


def _render_range(text: str, start: int, end: int, marks: list) -> str:
    """Render ``text[start:end]``, cutting at every mark boundary inside it."""
    local = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {b for m in local for b in (m[0], m[1]) if start < b < end})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in local if m[0] <= a and m[1] >= b]
        piece = text[a:b]
        rendered = _render_piece(piece, active)
        out.append(rendered.replace("\n", "<br>"))
    return "".join(out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _legend(colours: dict, quotes: Sequence, timexes: Sequence) -> str:
    counts: dict = {}
    for q in quotes:
        counts[q.speaker or UNKNOWN_LABEL] = counts.get(q.speaker or UNKNOWN_LABEL, 0) + 1
    items = "".join(
        f'<span class="tk-legend-item" data-speaker="{_esc(name)}" style="display:inline-block;'
        f'margin:0 0.8em 0.2em 0;white-space:nowrap"><span style="display:inline-block;width:0.9em;'
        f'height:0.9em;background:{colour};border:1px solid #888;vertical-align:middle"></span> '
        f"{_esc(name)} <small>({counts.get(name, 0)})</small></span>"
        for name, colour in colours.items()
    )
    key = ('<small style="color:#555">solid background: direct quote; light with dashed underline: '
           'reported speech; <b><i>cue</i></b>; <b style="border:2px solid #999;border-radius:3px">'
           f'speaker mention</b>; <span style="text-decoration:underline 2px {_TIMEX_COLOUR}">time '
           f"expression</span> (hover for its value). {_count(len(quotes), 'quote')}, "
           f"{_count(len(timexes), 'time expression')}.</small>")
    return f'<div class="tk-legend" style="margin-bottom:0.6em">{items or "<em>no quotes</em>"}<br>{key}</div>'


def highlight(article: Any, quotes: Optional[Sequence] = None, timexes: Optional[Sequence] = None,
              *, published: Any = None) -> Highlighted:
    """Render an article with its quotes coloured by speaker and time expressions marked.

    Args:
        article: An :class:`~toolkit.model.Article` or a string.
        quotes: Quotes to mark; by default ``extract_quotes(article)``. Pass a filtered list to
            show only some (an empty list marks none).
        timexes: Time expressions to mark; by default ``find_timexes(article)``.
        published: Publication date for resolving time expressions when ``article`` is a string.

    Returns:
        A :class:`Highlighted` object: displayed as HTML in Jupyter; ``.html`` is the markup and
        ``.legend`` maps each speaker to its colour.

    Raises:
        TypeError: ``article`` is neither an Article nor a string.
    """
    art = as_article(article)
    text = art.text
    if quotes is None:
        quotes = extract_quotes(article, published=published)
    if timexes is None:
        timexes = find_timexes(article, published=published)
    quotes, timexes = list(quotes), list(timexes)
    colours = speaker_colours(quotes)
    marks = _annotations(text, quotes, timexes, colours)

    header = ""
    if art.id is not None:  # an Article, not a bare text
        bits = [b for b in (art.outlet, art.published.isoformat() if art.published else None) if b]
        title = f"<strong>{_esc(art.title)}</strong><br>" if art.title else ""
        header = (f'<div class="tk-header" style="margin-bottom:0.4em">{title}'
                  f'<small>{_esc(", ".join(bits))}{" · " if bits else ""}id {_esc(art.id)}</small></div>')

    paras = paragraphs(text) or ([(0, len(text))] if text else [])
    body = "".join(f'<p style="margin:0 0 0.7em 0">{_render_range(text, s, e, marks)}</p>' for s, e in paras)
    markup = (f'<div class="tk-highlight" style="max-width:52em;line-height:1.6">{header}'
              f"{_legend(colours, quotes, timexes)}<div class=\"tk-text\">{body}</div></div>")
    return Highlighted(markup, colours, quotes, timexes)
