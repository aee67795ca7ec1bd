"""The explorer widget: the ``ipywidgets.VBox`` that :func:`toolkit.explore` returns.

Imported only when ``explore`` is called (it imports ipywidgets), never at ``import toolkit``;
matplotlib is imported when a chart is first drawn. See :mod:`toolkit.explorer` for what it shows.
"""
from __future__ import annotations

import base64
import html as _html
import io
from typing import Any, Optional

import ipywidgets as widgets

from . import plots as _plots
from . import quotes as _quotes
from . import timeline as _timeline
from . import timexes as _timexes
from . import tone as _tone
from . import topics as _topics
from .display import highlight
from .explorer import ALL_TOPICS, UNKNOWN_SPEAKER
from .model import Sentiment

__all__ = ["Explorer"]

_TONE_COLOURS = {1: "#1a7f37", 0: "#57606a", -1: "#cf222e"}
_TONE_NAMES = {1: "positive", 0: "neutral", -1: "negative"}


def _esc(value: Any) -> str:
    return _html.escape("" if value is None else str(value), quote=True)


def _topics_of(text: str) -> tuple:
    """Topic names for a text, whatever container ``tag_topics`` returns."""
    found = _topics.tag_topics(text)
    if isinstance(found, dict):
        found = [k for k, v in found.items() if v]
    elif isinstance(found, str):
        found = [found]
    return tuple(sorted({str(t) for t in (found or ())}))


def _figure_html(draw, data, *, width: float = 7.5, height: float = 3.6, title: str = "") -> str:
    """Draw ``draw(data, ax=ax)`` on a fresh Figure (no pyplot state) and embed it as a PNG."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.subplots()
    draw(data, ax=ax)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    png = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="{_esc(title)}" style="max-width:100%" src="data:image/png;base64,{png}">'


def _error_html(where: str, exc: BaseException) -> str:
    return (f'<div class="tk-error" style="color:#cf222e">{_esc(where)} failed: '
            f"{_esc(type(exc).__name__)}: {_esc(exc)}</div>")


class Explorer(widgets.VBox):
    """The explorer app: controls, panels and the current selection (see module docs).

    Attributes:
        articles: The articles explored.
        quotes: Every quote found, as ``(quote, article)`` pairs in text order.
        speakers, topic, dates, backend, article: The controls (SelectMultiple, Dropdown,
            SelectionRangeSlider, Dropdown, Dropdown).
        status, quotes_html, text_html, tone_html, timeline_html: The panels (HTML widgets).
        matches: The quotes matching the current selection.
        tone_table: ``sentiment_by_speaker`` of the matches, for the current backend.
        timeline: The timeline rows of the matching articles.
        errors: Messages of anything that failed while refreshing (also shown in the panel).
    """

    def __init__(self, articles: list, backend: str):
        self.articles = articles
        self._by_id = {a.id: a for a in articles}
        self.quotes = []
        self.timexes = {}
        for a in articles:
            self.quotes.extend((q, a) for q in _quotes.extract_quotes(a))
            self.timexes[a.id] = _timexes.find_timexes(a)
        self.topics = {id(q): _topics_of(q.text) for q, _ in self.quotes}
        self._tones: dict = {}
        self._timeline_all = None
        self.matches: list = []
        self.tone_table = None
        self.timeline = None
        self.errors: list = []
        self._busy = False

        # Controls
        counts: dict = {}
        for q, _ in self.quotes:
            counts[q.speaker or UNKNOWN_SPEAKER] = counts.get(q.speaker or UNKNOWN_SPEAKER, 0) + 1
        order = sorted(counts, key=lambda s: (s == UNKNOWN_SPEAKER, -counts[s], s.lower()))
        self.speakers = widgets.SelectMultiple(
            options=[(f"{s} ({counts[s]})", s) for s in order], value=(),
            rows=min(10, max(4, len(order))), description="Speakers",
            layout=widgets.Layout(width="420px"))
        self.speakers.add_class("tk-speakers")
        topic_names = sorted({t for ts in self.topics.values() for t in ts})
        self.topic = widgets.Dropdown(options=[ALL_TOPICS] + topic_names, value=ALL_TOPICS,
                                      description="Topic")
        self.topic.add_class("tk-topic")
        dates = sorted({a.published for a in articles if a.published is not None})
        if dates:
            self.dates = widgets.SelectionRangeSlider(
                options=[(d.isoformat(), d) for d in dates], index=(0, len(dates) - 1),
                description="Published", readout=False, disabled=len(dates) == 1,
                layout=widgets.Layout(width="300px"))
        else:
            self.dates = widgets.SelectionRangeSlider(options=[("undated", None)], index=(0, 0),
                                                      description="Published", readout=False,
                                                      disabled=True, layout=widgets.Layout(width="300px"))
        self.dates.add_class("tk-dates")
        self.dates_label = widgets.HTML()
        names = list(_tone.sentiment_backends())
        if backend not in names:
            raise ValueError(f"unknown sentiment backend {backend!r}; available: {', '.join(names)}")
        self.backend = widgets.Dropdown(options=names, value=backend, description="Tone by")
        self.backend.add_class("tk-backend")
        self.article = widgets.Dropdown(options=self._article_options(articles), description="Article",
                                        layout=widgets.Layout(width="420px"))
        self.article.add_class("tk-article")
        self.reset = widgets.Button(description="Show everything", icon="undo")
        self.reset.on_click(self._on_reset)

        # Panels
        self.status = widgets.HTML()
        self.status.add_class("tk-status")
        self.quotes_html = widgets.HTML()
        self.quotes_html.add_class("tk-quotes")
        self.text_html = widgets.HTML()
        self.text_html.add_class("tk-text-panel")
        self.tone_html = widgets.HTML()
        self.tone_html.add_class("tk-tone")
        self.timeline_html = widgets.HTML()
        self.timeline_html.add_class("tk-timeline")
        self.tabs = widgets.Tab(children=[self.quotes_html, self.text_html, self.tone_html, self.timeline_html],
                                titles=["Quotes", "Text", "Tone by speaker", "Timeline"])

        controls = widgets.HBox([
            self.speakers,
            widgets.VBox([self.topic, widgets.HBox([self.dates, self.dates_label]), self.backend,
                          self.article, self.reset]),
        ])
        super().__init__(children=[self.status, controls, self.tabs])
        self.add_class("tk-explorer")

        for w in (self.speakers, self.topic, self.dates, self.backend):
            w.observe(self._on_change, names="value")
        self.article.observe(self._on_article, names="value")
        self.refresh()

    def _repr_mimebundle_(self, **kwargs):
        """The widget, plus a static HTML snapshot (status and quotes) for viewers without
        a kernel or widget manager (e.g. an HTML export); JupyterLab shows the live widget."""
        data = super()._repr_mimebundle_(**kwargs)
        if isinstance(data, dict):
            data["text/html"] = (f'<div class="tk-explorer-snapshot"><p>{self.status.value}</p>'
                                 f"{self.quotes_html.value}</div>")
        return data

    def __repr__(self) -> str:
        return (f"<Explorer: {len(self.matches)} of {len(self.quotes)} quotes selected, "
                f"{len(self.articles)} article{'s' if len(self.articles) != 1 else ''}, "
                f"backend {self.backend.value!r}>")

    # -- selection ------------------------------------------------------------------------

    @staticmethod
    def _article_options(articles: list) -> list:
        opts = []
        for a in articles:
            label = a.title or a.id
            if a.published:
                label = f"{a.published.isoformat()} · {label}"
            if a.outlet:
                label += f" ({a.outlet})"
            opts.append((label[:90], a.id))
        return opts

    def _in_dates(self, article) -> bool:
        if article.published is None or self.dates.options[0][1] is None:
            return True
        lo, hi = self.dates.value
        return lo <= article.published <= hi

    def _select(self) -> list:
        chosen = set(self.speakers.value)
        topic = self.topic.value
        out = []
        for q, a in self.quotes:
            if chosen and (q.speaker or UNKNOWN_SPEAKER) not in chosen:
                continue
            if topic != ALL_TOPICS and topic not in self.topics[id(q)]:
                continue
            if not self._in_dates(a):
                continue
            out.append((q, a))
        return out

    def tones(self, backend: Optional[str] = None) -> dict:
        """The Sentiment of every quote for a backend (computed once, then cached)."""
        backend = backend or self.backend.value
        if backend in self._tones:
            return self._tones[backend]
        quotes = [q for q, _ in self.quotes]
        tones = {}
        if quotes:  # as sentiment_by_speaker scores them (speaker names masked), so table and chart agree
            rows = _tone.score_quotes(quotes, backend=backend).to_dict("records")
            if len(rows) != len(quotes):
                raise RuntimeError(f"score_quotes returned {len(rows)} rows for {len(quotes)} quotes")
            for q, r in zip(quotes, rows):
                subj = r.get("subjectivity")
                tones[id(q)] = Sentiment(
                    polarity=float(r["polarity"]), label=int(r["label"]),
                    subjectivity=None if subj is None or subj != subj else float(subj),
                    evidence=tuple(r.get("evidence") or ()), backend=backend)
        self._tones[backend] = tones
        return tones

    # -- callbacks ------------------------------------------------------------------------

    def _on_change(self, change=None) -> None:
        if not self._busy:
            self.refresh()

    def _on_article(self, change=None) -> None:
        if not self._busy:
            self._render_text()

    def _on_reset(self, button=None) -> None:
        self._busy = True
        try:
            self.speakers.value = ()
            self.topic.value = ALL_TOPICS
            if not self.dates.disabled:
                self.dates.index = (0, len(self.dates.options) - 1)
        finally:
            self._busy = False
        self.refresh()

    def refresh(self) -> None:
        """Recompute the selection and redraw every panel."""
        self.errors = []
        pairs = self._select()
        self.matches = [q for q, _ in pairs]
        ids = list(dict.fromkeys(a.id for _, a in pairs))
        self._busy = True
        try:  # the article menu offers the articles that have matching quotes
            keep = [a for a in self.articles if a.id in ids] or [
                a for a in self.articles if self._in_dates(a)] or self.articles
            current = self.article.value
            self.article.options = self._article_options(keep)
            self.article.value = current if current in {a.id for a in keep} else keep[0].id
        finally:
            self._busy = False
        self._render_quotes(pairs)
        self._render_text()
        self._render_tone()
        self._render_timeline(ids)
        lo, hi = self.dates.label if isinstance(self.dates.label, tuple) else (self.dates.label,) * 2
        undated = sum(a.published is None for a in self.articles)
        self.dates_label.value = (f"<small>{_esc(lo)}{' to ' + _esc(hi) if hi != lo else ''}"
                                  f"{f' (+{undated} undated)' if undated and lo != 'undated' else ''}</small>")
        n_speakers = len({q.speaker or UNKNOWN_SPEAKER for q in self.matches})
        what = []
        if self.speakers.value:
            what.append("speakers: " + ", ".join(self.speakers.value))
        if self.topic.value != ALL_TOPICS:
            what.append(f"topic: {self.topic.value}")
        self.status.value = (
            f"<b>{len(self.matches)} of {len(self.quotes)} quotes</b> from {n_speakers} speaker"
            f"{'s' if n_speakers != 1 else ''} in {len(ids)} of {len(self.articles)} article"
            f"{'s' if len(self.articles) != 1 else ''}; tone by <code>{_esc(self.backend.value)}</code>"
            + (f" <small>({_esc('; '.join(what))})</small>" if what else "")
            + (f' <span class="tk-error" style="color:#cf222e">{len(self.errors)} panel(s) failed</span>'
               if self.errors else ""))

    def _fail(self, where: str, exc: BaseException) -> str:
        self.errors.append(f"{where}: {type(exc).__name__}: {exc}")
        return _error_html(where, exc)

    # -- panels ---------------------------------------------------------------------------

    def _render_quotes(self, pairs: list) -> None:
        if not pairs:
            self.quotes_html.value = "<em>No quotes match this selection.</em>"
            return
        try:
            tones = self.tones()
        except Exception as exc:  # shown in the panel, kept in .errors
            self.quotes_html.value = self._fail("tone", exc)
            return
        multi = len(self.articles) > 1
        rows = []
        td = '<td style="vertical-align:top;padding:4px 8px;border-top:1px solid #ddd;line-height:1.35">'
        for q, a in pairs:
            s = tones[id(q)]
            colour = _TONE_COLOURS.get(s.label, "#57606a")
            evidence = ", ".join(f"{_esc(w)} {v:+.2f}" for w, v in s.evidence[:6]) or "&ndash;"
            topics = ", ".join(self.topics[id(q)])
            where = (f'<br><small style="color:#666"><i>{_esc(a.title or a.id)}</i>'
                     f"{', ' + a.published.isoformat() if a.published else ''}</small>" if multi else "")
            rows.append(
                "<tr>"
                f"{td}<b>{_esc(q.speaker or UNKNOWN_SPEAKER)}</b>"
                f"{'<br><small>' + _esc(q.role) + '</small>' if q.role else ''}{where}</td>"
                f"{td}{'direct' if q.direct else 'reported'}<br><small>{_esc(q.cue or '')}</small></td>"
                f'{td[:-2]};color:{colour};white-space:nowrap"><b>{_TONE_NAMES.get(s.label, s.label)}</b>'
                f"<br>{s.polarity:+.2f}</td>"
                f"{td}<small>{evidence}</small></td>"
                f"{td}{_esc(q.text)}{'<br><small>topics: ' + _esc(topics) + '</small>' if topics else ''}</td>"
                "</tr>")
        head = "".join(f'<th style="text-align:left;padding:4px 8px">{h}</th>' for h in
                       ("speaker", "kind", "tone", "evidence", "quote"))
        self.quotes_html.value = (
            '<table class="tk-quotes-table" style="border-collapse:collapse;width:100%">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def _render_text(self) -> None:
        article = self._by_id.get(self.article.value)
        if article is None:
            self.text_html.value = "<em>No article.</em>"
            return
        chosen = {id(q) for q in self.matches}
        quotes = [q for q, a in self.quotes if a.id == article.id and id(q) in chosen]
        try:
            self.text_html.value = highlight(article, quotes=quotes, timexes=self.timexes[article.id]).html
        except Exception as exc:
            self.text_html.value = self._fail("highlight", exc)

    def _render_tone(self) -> None:
        if not self.matches:
            self.tone_table = None
            self.tone_html.value = "<em>No quotes match this selection.</em>"
            return
        try:
            self.tone_table = _tone.sentiment_by_speaker(self.matches, backend=self.backend.value)
            n = max(1, len(self.tone_table))
            img = _figure_html(_plots.plot_sentiment_by_speaker, self.tone_table, height=1.4 + 0.45 * n,
                               title=f"Tone by speaker ({self.backend.value})")
            table = self.tone_table.to_html(index=False, float_format=lambda v: f"{v:.2f}", border=0)
            self.tone_html.value = img + f"<details><summary>table</summary>{table}</details>"
        except Exception as exc:
            self.tone_html.value = self._fail("tone by speaker", exc)

    def _render_timeline(self, ids: list) -> None:
        try:
            if self._timeline_all is None:
                self._timeline_all = _timeline.build_timeline(self.articles)
            table = self._timeline_all
            col = next((c for c in ("article_id", "article") if c in table.columns), None)
            if col is not None:
                table = table[table[col].isin(ids)]
            narrowed = []
            names = [n for n in self.speakers.value if n != UNKNOWN_SPEAKER]
            if names and "event" in table.columns:
                # "Merrick B. Garland" is "Mr. Garland" in the text: match the surname too.
                keys = set(names) | {n.split()[-1] for n in names if n.split() and n.split()[-1][:1].isupper()}
                table = table[table["event"].fillna("").map(lambda e: any(k in e for k in keys))]
                narrowed.append("name the chosen speakers")
            if self.topic.value != ALL_TOPICS and "event" in table.columns:
                table = table[table["event"].fillna("").map(lambda e: self.topic.value in _topics_of(e))]
                narrowed.append(f"are about {self.topic.value}")
            self.timeline = table
            if table.empty:
                self.timeline_html.value = ("<em>No dated events in the matching articles"
                                            f"{' that ' + ' and '.join(narrowed) if narrowed else ''}.</em>")
                return
            note = (f"<small>Events of the matching articles whose clause {' and '.join(narrowed)}.</small><br>"
                    if narrowed else "")
            img = note + _figure_html(_plots.plot_timeline, table, width=11,
                                      height=max(3.0, min(9.0, 1.2 + 0.32 * len(table))), title="Timeline")
            self.timeline_html.value = img
        except Exception as exc:
            self.timeline_html.value = self._fail("timeline", exc)

