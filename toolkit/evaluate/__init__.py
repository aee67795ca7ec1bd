"""Scorers for each capability, giving the same figures as the reference scorers.

``python -m toolkit evaluate quotes|timexes|sentiment GOLD.jsonl`` runs the toolkit over an
annotated file and prints the scores. Each submodule has ``evaluate(gold_path, ...) -> dict`` and
``main(argv) -> int``.
"""
from . import quotes, sentiment, timexes

__all__ = ["TASKS"]

#: Task name on the command line -> its scorer module.
TASKS = {"quotes": quotes, "timexes": timexes, "sentiment": sentiment}
