"""Beyond one machine: the per-article function of ``tk.analyze`` mapped over Dask collections.

Install the extra with ``pip install -e ".[scale]"``. Dask is imported only inside these
functions, so ``import toolkit`` stays light.

Example (a local process pool; point ``scheduler`` at a ``distributed.Client`` for a cluster)::

    import dask.bag as db
    import json
    from toolkit.scale import analyze_dask

    bag = db.read_text("corpus/part-*.jsonl").map(json.loads)   # dict records with 'text'
    result = analyze_dask(bag, scheduler="processes")
    result.to_dir("results/")

    import dask.dataframe as dd
    result = analyze_dask(dd.read_parquet("corpus/*.parquet"))   # a 'text' column, one row an article

Each partition is analysed by :func:`analyze_partition`, which calls the same
:func:`toolkit._pipeline.analyze_item` as ``tk.analyze`` on every item; the results are
gathered in partition order and assembled into the same :class:`~toolkit.analysis.Analysis`, so
on the same input the tables equal those of ``tk.analyze(items, workers=1)``.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from ._pipeline import analyze_items, frame_records
from .analysis import Collector
from .dates import parse_date

__all__ = ["analyze_dask", "analyze_partition", "analyze_frame_partition"]


def analyze_partition(items: Any, published: Optional[_dt.date] = None) -> list:
    """Analyse one partition of a Dask bag: a list of result dicts, in order.

    Args:
        items: The partition's items (Articles, texts, dict records ...).
        published: Publication date for articles that have none.

    Returns:
        One plain result dict per item (see :func:`toolkit._pipeline.analyze_item`).
    """
    return analyze_items(list(items), published)


def analyze_frame_partition(frame: Any, published: Optional[_dt.date] = None) -> list:
    """Analyse one partition of a Dask DataFrame (a pandas DataFrame, one article a row)."""
    return analyze_items(list(frame_records(frame)), published)


def analyze_dask(collection: Any, *, published: Any = None, scheduler: Any = None, progress: bool = False):
    """Analyse a Dask bag or Dask DataFrame of articles.

    Args:
        collection: A ``dask.bag.Bag`` of items (Articles, texts, dict records with ``text``) or a
            ``dask.dataframe.DataFrame`` with a ``text`` column (and optionally ``id``,
            ``title``, ``outlet``, ``published``, ``url``).
        published: Publication date for articles that have none.
        scheduler: Passed to ``dask.compute`` ("synchronous", "threads", "processes" or a
            ``distributed.Client``); None uses Dask's default for the collection.
        progress: Show Dask's progress bar for the local schedulers.

    Returns:
        An :class:`~toolkit.analysis.Analysis`, equal to ``tk.analyze`` on the same items.

    Raises:
        TypeError: ``collection`` is neither a Dask bag nor a Dask DataFrame.
        ImportError: Dask is not installed (``pip install -e ".[scale]"``).
    """
    import contextlib

    import dask

    default_date = parse_date(published, field="published")
    if hasattr(collection, "map_partitions") and hasattr(collection, "to_delayed") and hasattr(collection, "columns"):
        parts = [dask.delayed(analyze_frame_partition)(part, default_date) for part in collection.to_delayed()]
    elif hasattr(collection, "map_partitions") and hasattr(collection, "to_delayed"):
        parts = collection.map_partitions(analyze_partition, default_date).to_delayed()
    else:
        raise TypeError(f"analyze_dask expects a dask bag or dask DataFrame, not {type(collection).__name__}; "
                        "use tk.analyze for lists and iterators")
    bar = contextlib.nullcontext()
    if progress:
        from dask.diagnostics import ProgressBar

        bar = ProgressBar()
    with bar:
        computed = dask.compute(*parts, scheduler=scheduler)
    collector = Collector()
    for results in computed:
        collector.add(list(results))
    return collector.finish()
