"""Voices-by-outlet plot (matplotlib, imported inside the function)."""
from __future__ import annotations

__all__ = ["plot_voices"]

_PALETTE = ["#1f4e79", "#c0504d", "#4f9a45", "#e3a21a", "#7f5fa8", "#3aa6b9", "#8c564b", "#7f7f7f"]


def plot_voices(table, ax=None, *, measure: str = "quote", title: str | None = None):
    """Share of each speaker group per outlet country (or outlet): a dot and its interval.

    One row per group; within a row one dot per outlet country, in its own colour, with the
    bootstrap interval as a bar. The legend gives the number of articles behind each colour.

    Args:
        table: The DataFrame from :func:`toolkit.voices.voices`.
        ax: A matplotlib Axes to draw on; a new figure is made when None.
        measure: ``"quote"`` (share of quotes) or ``"word"`` (share of quoted words).
        title: Axes title.

    Returns:
        The matplotlib Axes.

    Raises:
        ValueError: the table lacks the voices columns, or ``measure`` is unknown.
    """
    if measure not in ("quote", "word"):
        raise ValueError("measure is 'quote' or 'word'")
    needed = ["group", "articles", f"{measure}_share", f"{measure}_low", f"{measure}_high"]
    if not hasattr(table, "columns") or any(c not in table.columns for c in needed):
        raise ValueError(f"plot_voices() needs the table from voices(), with the columns {needed}")
    import matplotlib.pyplot as plt

    by = table.columns[0]
    groups = list(dict.fromkeys(table["group"]))
    keys = list(dict.fromkeys(table[by]))
    if ax is None:
        _, ax = plt.subplots(figsize=(7.5, 1.0 + 0.45 * max(len(groups), 1) * max(1, len(keys) / 3)))
    step = 0.8 / max(len(keys), 1)
    for k, key in enumerate(keys):
        part = table[table[by] == key].set_index("group")
        colour = _PALETTE[k % len(_PALETTE)]
        offset = (k - (len(keys) - 1) / 2) * step
        ys = [len(groups) - 1 - groups.index(g) - offset for g in part.index]
        ax.hlines(ys, part[f"{measure}_low"], part[f"{measure}_high"], color=colour, linewidth=2, alpha=0.7)
        n = int(part["articles"].iloc[0])
        ax.plot(part[f"{measure}_share"], ys, "o", color=colour, label=f"{key} ({n} article{'s' * (n != 1)})")
    ax.set_yticks(range(len(groups)))
    ax.set_yticklabels(list(reversed(groups)))
    ax.set_xlim(0, 1)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    what = "quotes" if measure == "quote" else "quoted words"
    ax.set_xlabel(f"share of {what} (bar: bootstrap interval over articles)")
    ax.set_title(title if title is not None else f"Who is quoted, by {by.replace('_', ' ')}")
    ax.legend(title=by.replace("_", " "), fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False)
    return ax
