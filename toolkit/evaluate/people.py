"""B-cubed precision, recall and F1 of a clustering (one person per quote) against gold clusters.

B-cubed (Bagga & Baldwin 1998) scores each item: precision is the share of the items in its
predicted cluster that share its gold cluster, recall the share of its gold cluster that share its
predicted cluster; both are averaged over items. Items whose gold label is missing are left out;
an item with no predicted label is its own singleton cluster.
"""
from __future__ import annotations

from collections import Counter
from typing import Hashable, Optional, Sequence

__all__ = ["bcubed"]


def _is_missing(label) -> bool:
    return label is None or (isinstance(label, float) and label != label)


def bcubed(predicted: Sequence[Optional[Hashable]], gold: Sequence[Optional[Hashable]]) -> dict:
    """Score predicted cluster labels against gold labels, item by item.

    Args:
        predicted: One cluster label per item (e.g. the ``person`` column); None or NaN makes the
            item a singleton.
        gold: The gold label of each item, aligned with ``predicted``; items with None or NaN are
            not scored.

    Returns:
        ``{"precision", "recall", "f1", "items"}``; the scores are 0.0 when no item is scored.

    Raises:
        ValueError: the two sequences differ in length.
    """
    predicted, gold = list(predicted), list(gold)
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predicted labels for {len(gold)} gold labels")
    pairs = [(("singleton", i) if _is_missing(p) else ("label", p), g)
             for i, (p, g) in enumerate(zip(predicted, gold)) if not _is_missing(g)]
    if not pairs:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    both = Counter(pairs)
    pred_sizes = Counter(p for p, _ in pairs)
    gold_sizes = Counter(g for _, g in pairs)
    # each item in cell (p, g) shares both clusters with exactly both[(p, g)] items
    precision = sum(n * n / pred_sizes[p] for (p, _), n in both.items()) / len(pairs)
    recall = sum(n * n / gold_sizes[g] for (_, g), n in both.items()) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "items": len(pairs)}
