"""Timeline plot (matplotlib, imported inside the function)."""
from __future__ import annotations

from typing import Any, Optional

__all__ = ["plot_timeline"]

_DAY_SECONDS = 86400


def _label(row: Any, width: int) -> str:
    event = " ".join(str(row.get("event") or "").split())
    if len(event) > width:
        event = event[: width - 1].rstrip() + "\u2026"
    n = row.get("n_sources")
    extra = f" [{int(n)} sources]" if isinstance(n, (int, float)) and n == n and n > 1 else ""
    return f"{row.get('expression')} ({row.get('value')}): {event}{extra}"


def plot_timeline(timeline: Any, ax: Optional[Any] = None, *, max_events: int = 40, label_width: int = 70,
                  title: Optional[str] = "Timeline") -> Any:
    """Draw a timeline: events on a date axis, coarse expressions as spans.

    Each event gets its own row, so labels never overlap; rows follow the table's order (by
    date). Day-level (and finer) events are drawn as points, coarser ones (a week, a month, a
    year) as spans from ``earliest`` to ``latest``; vague ones (``vague``) are hatched and faint,
    and report times are drawn in a second colour.

    Args:
        timeline: The DataFrame of :func:`toolkit.build_timeline`.
        ax: A matplotlib Axes to draw on; a new figure is made when None.
        max_events: Draw at most this many dated rows (the first ones by date).
        label_width: Truncate event labels to this many characters.
        title: Axes title, or None.

    Returns:
        The matplotlib Axes.

    Raises:
        TypeError: ``timeline`` is not a DataFrame with ``earliest`` and ``latest`` columns.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd

    if not isinstance(timeline, pd.DataFrame) or not {"earliest", "latest"} <= set(timeline.columns):
        raise TypeError("plot_timeline expects the DataFrame of tk.build_timeline (with earliest and latest "
                        f"columns), not {type(timeline).__name__}")
    rows = timeline.dropna(subset=["earliest", "latest"]).head(max_events)
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
    colours = {False: "#1f77b4", True: "#ff7f0e"}  # event, report time
    for i, (idx, row) in enumerate(rows.iterrows()):
        y = n - 1 - i
        a, b = pd.Timestamp(earliest.loc[idx]), pd.Timestamp(latest.loc[idx])
        colour = colours[bool(row.get("is_report_time", False))]
        vague = bool(row.get("vague", False))
        length = (b - a).total_seconds() / _DAY_SECONDS
        if length > 1.01:
            ax.barh(y, mdates.date2num(b) - mdates.date2num(a), left=mdates.date2num(a), height=0.5,
                    color=colour, alpha=0.25 if vague else 0.55, hatch="//" if vague else None,
                    edgecolor=colour, linewidth=0.8)
            x_label = a
        else:
            mid = a + (b - a) / 2
            ax.plot([mdates.date2num(mid)], [y], marker="o", color=colour, alpha=0.5 if vague else 1.0,
                    markersize=7)
            x_label = mid
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
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=colours[False], alpha=0.6, label="event"),
                       Patch(color=colours[True], alpha=0.6, label="time of a report"),
                       Patch(facecolor="white", edgecolor="grey", hatch="//", label="vague")],
              loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=3, fontsize=8, frameon=False)
    return ax
