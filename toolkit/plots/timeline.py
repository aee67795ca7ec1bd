"""Timeline plot (matplotlib, imported inside the function)."""
from __future__ import annotations

from typing import Any, Optional

__all__ = ["plot_timeline"]

_DAY_SECONDS = 86400
_EVENT_COLOURS = {False: "#1f77b4", True: "#ff7f0e"}  # event, report time
_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
_SEVERAL, _UNKNOWN = "several", "unknown"
_SEVERAL_COLOUR, _UNKNOWN_COLOUR = "#444444", "#aaaaaa"


def _reach(row: Any) -> int:
    """How many outlets (coverage timelines) or articles report the event."""
    for column in ("n_outlets", "n_sources"):
        n = row.get(column)
        if isinstance(n, (int, float)) and n == n:
            return int(n)
    return 1


def _label(row: Any, width: int) -> str:
    event = " ".join(str(row.get("event") or "").split())
    if len(event) > width:
        event = event[: width - 1].rstrip() + "\u2026"
    n = _reach(row)
    unit = "outlets" if "n_outlets" in row else "sources"
    extra = f" [{n} {unit}]" if n > 1 else ""
    if bool(row.get("dates_differ", False)):
        extra += " [dates differ]"
    return f"{row.get('expression')} ({row.get('value')}): {event}{extra}"


def _group(value: Any) -> str:
    """The colour group of a cell: its one value, "several" or "unknown"."""
    values = [v for v in (value if isinstance(value, (list, tuple)) else [value]) if v is not None and v == v]
    distinct = list(dict.fromkeys(str(v) for v in values))
    return distinct[0] if len(distinct) == 1 else (_SEVERAL if distinct else _UNKNOWN)


def _colour_groups(rows: Any, color_by: str) -> tuple:
    """The group of each row and a colour for each group (several and unknown in greys)."""
    column = {"outlet_country": "outlet_countries"}.get(color_by, color_by)
    if column not in rows.columns:
        raise ValueError(f"plot_timeline cannot colour by {color_by!r}: the timeline has no {column!r} column "
                         "(build it with tk.build_timeline(articles, coverage=True))")
    groups = [_group(v) for v in rows[column]]
    named = sorted({g for g in groups if g not in (_SEVERAL, _UNKNOWN)})
    colours = {g: _PALETTE[i % len(_PALETTE)] for i, g in enumerate(named)}
    colours.update({_SEVERAL: _SEVERAL_COLOUR, _UNKNOWN: _UNKNOWN_COLOUR})
    return groups, {g: colours[g] for g in [*named, _SEVERAL, _UNKNOWN] if g in groups}


def _legend(ax: Any, group_colours: Optional[dict], color_by: Optional[str]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    vague = Patch(facecolor="white", edgecolor="grey", hatch="//", label="vague")
    size = Line2D([], [], marker="o", linestyle="", color="grey", markersize=12, label="more outlets: bigger")
    if group_colours is None:
        handles = [Patch(color=_EVENT_COLOURS[False], alpha=0.6, label="event"),
                   Patch(color=_EVENT_COLOURS[True], alpha=0.6, label="time of a report"), vague, size]
    else:
        report = Line2D([], [], marker="D", linestyle="", color="grey", label="time of a report")
        handles = [Patch(color=c, alpha=0.7, label=f"{color_by}: {g}") for g, c in group_colours.items()]
        handles += [report, vague, size]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=min(len(handles), 4),
              fontsize=8, frameon=False)


def _draw_event(ax: Any, y: int, a: Any, b: Any, row: Any, colour: str, report_marker: str) -> Any:
    """Draw one event (a span, or a point sized by its outlets) and return where its label goes."""
    import matplotlib.dates as mdates

    vague = bool(row.get("vague", False))
    if (b - a).total_seconds() / _DAY_SECONDS > 1.01:
        ax.barh(y, mdates.date2num(b) - mdates.date2num(a), left=mdates.date2num(a), height=0.5,
                color=colour, alpha=0.25 if vague else 0.55, hatch="//" if vague else None,
                edgecolor=colour, linewidth=0.8)
        return a
    mid = a + (b - a) / 2
    marker = report_marker if bool(row.get("is_report_time", False)) else "o"
    ax.plot([mdates.date2num(mid)], [y], marker=marker, color=colour, alpha=0.5 if vague else 1.0,
            markersize=min(7 + 3 * (_reach(row) - 1), 16), linestyle="")
    return mid


def plot_timeline(timeline: Any, ax: Optional[Any] = None, *, max_events: int = 40, label_width: int = 70,
                  title: Optional[str] = "Timeline", color_by: Optional[str] = None) -> Any:
    """Draw a timeline: events on a date axis, coarse expressions as spans.

    Each event gets its own row, so labels never overlap; rows follow the table's order (by
    date). Day-level (and finer) events are drawn as points, bigger the more outlets (or
    articles) report them; coarser ones (a week, a month, a year) as spans from ``earliest`` to
    ``latest``; vague ones (``vague``) are hatched and faint. Labels count the outlets ("[3
    outlets]") and flag events that other articles date differently ("[dates differ]").

    Args:
        timeline: The DataFrame of :func:`toolkit.build_timeline`.
        ax: A matplotlib Axes to draw on; a new figure is made when None.
        max_events: Draw at most this many dated rows (the first ones by date).
        label_width: Truncate event labels to this many characters.
        title: Axes title, or None.
        color_by: None to colour events and report times apart; or a column to colour by, such as
            "outlet_country" (the ``outlet_countries`` of ``build_timeline(..., coverage=True)``)
            or "first_outlet", with a legend (events with several values are "several"; report
            times are then diamonds).

    Returns:
        The matplotlib Axes.

    Raises:
        TypeError: ``timeline`` is not a DataFrame with ``earliest`` and ``latest`` columns.
        ValueError: ``color_by`` names a column the timeline does not have.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd

    if not isinstance(timeline, pd.DataFrame) or not {"earliest", "latest"} <= set(timeline.columns):
        raise TypeError("plot_timeline expects the DataFrame of tk.build_timeline (with earliest and latest "
                        f"columns), not {type(timeline).__name__}")
    rows = timeline.dropna(subset=["earliest", "latest"]).head(max_events)
    groups, group_colours = _colour_groups(rows, color_by) if color_by else (None, None)
    n = len(rows)
    if ax is None:
        _, ax = plt.subplots(figsize=(11, max(2.5, 0.42 * n + 1.2)))
    if title:
        ax.set_title(title)
    if n == 0:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
        return ax

    earliest = pd.to_datetime(rows["earliest"])
    latest = pd.to_datetime(rows["latest"])
    lo, hi = earliest.min(), latest.max()
    span_days = max((hi - lo).total_seconds() / _DAY_SECONDS, 1.0)
    for i, (idx, row) in enumerate(rows.iterrows()):
        y = n - 1 - i
        if groups is None:
            colour, report_marker = _EVENT_COLOURS[bool(row.get("is_report_time", False))], "o"
        else:
            colour, report_marker = group_colours[groups[i]], "D"
        x_label = _draw_event(ax, y, pd.Timestamp(earliest.loc[idx]), pd.Timestamp(latest.loc[idx]), row,
                              colour, report_marker)
        ax.annotate(_label(row, label_width), (mdates.date2num(x_label), y), xytext=(6, 8),
                    textcoords="offset points", fontsize=8, va="bottom", ha="left", clip_on=False)
    pad = span_days * 0.04 + 1
    ax.set_xlim(mdates.date2num(lo) - pad, mdates.date2num(hi) + pad + span_days * 0.6)
    ax.set_ylim(-0.8, n - 0.2 + 0.6)
    ax.set_yticks([])
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    _legend(ax, group_colours, color_by)
    return ax
