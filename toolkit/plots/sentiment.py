"""Sentiment-by-speaker plot (matplotlib, imported inside the function)."""
from __future__ import annotations

import math

__all__ = ["plot_sentiment_by_speaker"]


def plot_sentiment_by_speaker(table, ax=None, *, title: str | None = None):
    """Mean polarity per speaker with its bootstrap 95% interval.

    One horizontal line per row of :func:`toolkit.sentiment_by_speaker` (per speaker, or per
    speaker and topic, or per speaker and ``by`` value such as the outlet's country: the column
    after ``speaker`` then joins the row label, "Dana Whitcombe · UK"), the dot at the mean polarity, the
    bar the interval, the number of quotes at the right. Rows flagged ``too_few`` are drawn in
    grey with an open marker: too few quotes to compare.

    Args:
        table: The DataFrame from :func:`toolkit.sentiment_by_speaker`.
        ax: A matplotlib Axes to draw on; a new figure is made when None.
        title: Axes title (default names the backend).

    Returns:
        The matplotlib Axes.

    Raises:
        TypeError: ``table`` is not a DataFrame.
        ValueError: it lacks the columns ``speaker`` and ``mean_polarity``.
    """
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"plot_sentiment_by_speaker() needs the DataFrame from "
                        f"sentiment_by_speaker, got {type(table).__name__}")
    missing = [c for c in ("speaker", "mean_polarity") if c not in table.columns]
    if missing:
        raise ValueError(f"the table lacks the columns {missing}; pass sentiment_by_speaker(...)")

    import matplotlib.pyplot as plt

    n = len(table)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 1.2 + 0.4 * max(n, 1)))
    backend = None
    if "backend" in table.columns and n:
        backend = str(table["backend"].iloc[0])
    ax.set_title(title if title is not None else
                 "Tone by speaker" + (f" ({backend})" if backend else ""))
    ax.axvline(0.0, color="#888888", linewidth=0.8, zorder=0)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean polarity (bar: bootstrap 95% interval)")
    if n == 0:
        ax.text(0.5, 0.5, "no quotes", ha="center", va="center", transform=ax.transAxes)
        ax.set_yticks([])
        return ax

    rows = table.reset_index(drop=True)
    split = _split_column(rows)
    labels = []
    for i, row in rows.iterrows():
        y = n - 1 - i
        label = str(row["speaker"])
        if split and row.get(split) is not None:
            label += f" · {row[split]}"
        labels.append((y, label))
        few = bool(row.get("too_few", False))
        colour = "#9a9a9a" if few else "#1f4e79"
        mean = float(row["mean_polarity"])
        low, high = row.get("ci_low", math.nan), row.get("ci_high", math.nan)
        if low is not None and high is not None and not (pd.isna(low) or pd.isna(high)):
            ax.plot([float(low), float(high)], [y, y], color=colour, linewidth=2, solid_capstyle="butt")
        ax.plot([mean], [y], marker="o", markersize=7, color=colour,
                markerfacecolor="white" if few else colour, linestyle="none")
        if "n_quotes" in rows.columns:
            ax.text(1.04, y, f"n={int(row['n_quotes'])}", va="center", ha="right", fontsize=8,
                    color=colour)
    ax.set_yticks([y for y, _ in labels])
    ax.set_yticklabels([label for _, label in labels])
    ax.set_ylim(-0.7, n - 0.3)
    if "too_few" in rows.columns and rows["too_few"].any():
        ax.set_xlabel(ax.get_xlabel() + "\ngrey, open marker: too few quotes to compare")
    return ax


def _split_column(rows) -> str | None:
    """The second grouping column (``topic`` or the ``by`` field) of a by-speaker table, if any."""
    from ..columns import BY_SPEAKER_COLUMNS

    if "topic" in rows.columns:
        return "topic"
    columns = list(rows.columns)
    if len(columns) > 1 and columns[0] == "speaker" and columns[1] not in BY_SPEAKER_COLUMNS:
        return columns[1]
    return None
