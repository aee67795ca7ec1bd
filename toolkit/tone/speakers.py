"""Tone by speaker: each quote scored with the speaker's name masked, then one row per speaker
(or per speaker and topic) with a bootstrap interval.

Example:
    >>> import toolkit as tk
    >>> table = tk.sentiment_by_speaker(tk.extract_quotes(tk.load_seed()))   # doctest: +SKIP
    >>> table[["speaker", "n_quotes", "mean_polarity", "ci_low", "ci_high"]]   # doctest: +SKIP
"""
from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from types import SimpleNamespace

from ..columns import BY_SPEAKER_COLUMNS, SCORED_QUOTE_COLUMNS
from ..topics import NO_TOPIC, default_topics, tag_topics
from . import backends
from .backends import DEFAULT_BACKEND, check_backend, tone

__all__ = ["sentiment_by_speaker", "score_quotes", "quote_tones", "speaker_table", "MIN_QUOTES", "UNKNOWN_SPEAKER"]

#: Speakers with fewer quotes than this are flagged ``too_few`` in :func:`sentiment_by_speaker`:
#: with one or two quotes the bootstrap interval spans most of the scale and a mean says little.
MIN_QUOTES = 3
#: The row label for quotes whose speaker is None.
UNKNOWN_SPEAKER = "(unknown)"

_N_BOOT = 2000
# Bootstrap resamples are drawn in blocks of at most this many resampled values (16 MB of int64
# indices plus 16 MB of values): all at once for up to 1,000 quotes, 2 at a time for 1 million.
_BOOT_CELLS = 2_000_000
# The scoring function as shipped: quotes are scored through it directly unless it was replaced
# (as tests do, to make one stage fail), in which case the replacement is called.
_SENTIMENT = backends.sentiment


_PRONOUNS = frozenset("he she they i we it you him her them his its their this that who".split())


def _name_spans(text: str, *names) -> list:
    """Spans in ``text`` of the speaker's name parts and the mention (names carry no tone)."""
    try:
        finders = _name_finders(names)
    except TypeError:  # a name that cannot be a cache key (not a str: it is skipped anyway)
        finders = _name_finders.__wrapped__(names)
    out = []
    for finditer in finders:
        out.extend(m.span() for m in finditer(text))
    return out


@lru_cache(maxsize=4096)  # speakers and mentions recur across quotes
def _name_finders(names: tuple) -> tuple:
    """The whole-word finders of the name parts (capitalised, two letters or more) of ``names``."""
    parts = set()
    for name in names:
        if not name or not isinstance(name, str):
            continue
        if name.lower() in _PRONOUNS:
            continue
        for w in _NAME_PART.findall(name):
            if len(w) > 1 and w[0].isupper():
                parts.add(w)
    return tuple(_whole_word(w).finditer for w in parts)


_NAME_PART = re.compile(r"[\w\u2019'\-]+")


@lru_cache(maxsize=4096)
def _whole_word(word: str):
    """The compiled pattern of ``word`` as a whole word (speakers recur: cached)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def _quotes_list(quotes) -> list:
    import pandas as pd

    if isinstance(quotes, pd.DataFrame):
        if "text" not in quotes.columns or "speaker" not in quotes.columns:
            raise ValueError("a quotes DataFrame needs 'text' and 'speaker' columns, "
                             f"got {list(quotes.columns)}")
        return [SimpleNamespace(**{k: (None if (not isinstance(v, (str, tuple, list)) and pd.isna(v)) else v)
                                   for k, v in row.items()})
                for row in quotes.to_dict("records")]
    if isinstance(quotes, (str, bytes)) or not hasattr(quotes, "__iter__"):
        raise TypeError(f"expected a list of Quote objects, got {type(quotes).__name__}")
    out = list(quotes)
    for i, q in enumerate(out):
        if not hasattr(q, "text") or not hasattr(q, "speaker"):
            raise TypeError(f"quotes[{i}] is a {type(q).__name__}, not a Quote "
                            "(needs .text and .speaker)")
        if not isinstance(q.text, str):
            raise TypeError(f"quotes[{i}].text is a {type(q.text).__name__}, not a str")
    return out


def score_quotes(quotes, *, backend: str = DEFAULT_BACKEND, topics=None):
    """Score each quote: one row per quote with its tone, evidence and topics.

    The speaker's name and the mention are masked in the quote before scoring.

    Args:
        quotes: A list of :class:`~toolkit.model.Quote` (or a DataFrame with ``text`` and
            ``speaker`` columns, e.g. from ``quotes_frame``).
        backend: One of :func:`~toolkit.tone.backends.sentiment_backends`.
        topics: Topic word lists as a dict of name to words (see
            :func:`toolkit.topics.tag_topics`); None for the meeting's default topics.

    Returns:
        A DataFrame with columns :data:`~toolkit.columns.SCORED_QUOTE_COLUMNS`; ``speaker`` is
        None for quotes with no identified speaker, ``topics`` a tuple of topic names.
    """
    import pandas as pd

    rows = _score_rows(quotes, check_backend(backend), topics)
    frame = pd.DataFrame(rows, columns=SCORED_QUOTE_COLUMNS)
    # keep None (not NaN) for unknown speakers and article ids, as documented
    for col in ("speaker", "article_id"):
        frame[col] = pd.Series([r[col] for r in rows], index=frame.index, dtype=object)
    return frame


def _speaker_of(q):
    sp = getattr(q, "speaker", None)
    if isinstance(sp, str) and sp.strip():
        return sp
    return None


def quote_tones(quotes, *, backend: str = DEFAULT_BACKEND, topics=None) -> list:
    """The tone of each quote as :func:`score_quotes` scores it, as plain tuples (no DataFrame).

    Args:
        quotes: A list of :class:`~toolkit.model.Quote` (or a DataFrame with ``text`` and
            ``speaker`` columns).
        backend: One of :func:`~toolkit.tone.backends.sentiment_backends`.
        topics: Topic word lists (see :func:`score_quotes`).

    Returns:
        One ``(polarity, subjectivity, label, evidence, topics)`` tuple per quote, in order: the
        values of the same columns of ``score_quotes(quotes)``.
    """
    return [(*tone, tags) for _q, tone, tags in _scored(quotes, check_backend(backend), topics)]


def _scored(quotes, backend: str, topics):
    """(quote, its (polarity, subjectivity, label, evidence) with the speaker's name masked, its
    topics), quote by quote: the fields of ``sentiment(text, backend=backend, mask=...)``."""
    direct = backends.sentiment is _SENTIMENT
    for q in _quotes_list(quotes):
        text = q.text
        mask = _name_spans(text, getattr(q, "speaker", None), getattr(q, "mention", None))
        if direct and type(text) is str:
            tone_of_quote = tone(text, backend, mask)
        else:
            s = backends.sentiment(text, backend=backend, mask=mask)
            tone_of_quote = (s.polarity, s.subjectivity, s.label, s.evidence)
        yield q, tone_of_quote, tag_topics(text, topics)


def _score_rows(quotes, backend: str, topics) -> list:
    rows = []
    for q, (polarity, subjectivity, label, evidence), tags in _scored(quotes, backend, topics):
        rows.append({
            "speaker": _speaker_of(q), "text": q.text, "start": getattr(q, "start", None),
            "end": getattr(q, "end", None), "direct": getattr(q, "direct", None),
            "polarity": polarity, "subjectivity": subjectivity, "label": label,
            "evidence": evidence, "topics": tags,
            "article_id": getattr(q, "article_id", None), "backend": backend,
        })
    return rows


def _bootstrap(values, key: str, seed: int, n_boot: int) -> tuple:
    """The percentile bootstrap 95% interval of the mean of ``values`` (NaN, NaN below 2 values)."""
    return _intervals([_boot_means(values, key, seed, n_boot)])[0]


def _boot_means(values, key: str, seed: int, n_boot: int):
    """The ``n_boot`` bootstrap means of ``values``, or None below 2 values.

    Each resample row is drawn from the row's own generator (seeded by ``seed`` and ``key``), so
    the numbers do not depend on the other speakers.
    """
    import numpy as np

    values = np.asarray(values, dtype=float)
    n = len(values)
    if n < 2:
        return None
    rng = np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])
    # Resamples are drawn in blocks of rows so memory stays bounded (one (n_boot x n) matrix
    # would be 3 GB for 2,000 resamples of 83,000 quotes). Consecutive draws of the same
    # generator give the same stream as one big draw, so the numbers do not depend on the
    # block size (tests/test_tone.py checks this against the one-matrix draw).
    rows = max(1, min(n_boot, _BOOT_CELLS // n))
    means = np.empty(n_boot, dtype=float)
    for first in range(0, n_boot, rows):
        b = min(rows, n_boot - first)
        # ndarray.mean(axis=1) is this sum divided by n; without mean's Python wrapper
        means[first:first + b] = np.add.reduce(values[rng.integers(0, n, size=(b, n))], axis=1)
    means /= n
    return means


def _intervals(all_means: list) -> list:
    """(low, high) percentile 95% intervals of each row's bootstrap means (NaN, NaN for None).

    The percentiles of all rows are taken in one ``np.percentile(..., axis=1)`` call: each row's
    figures are those of ``np.percentile(row_means, [2.5, 97.5])`` (the same partition and
    interpolation, row by row), without numpy's per-call overhead for every speaker.
    """
    import numpy as np

    out = [(math.nan, math.nan)] * len(all_means)
    full = [i for i, m in enumerate(all_means) if m is not None]
    if not full:
        return out
    if len(all_means[full[0]]) == 0:  # no resamples: numpy's own answer, row by row
        for i in full:
            low, high = np.percentile(all_means[i], [2.5, 97.5])
            out[i] = (float(low), float(high))
        return out
    lows, highs = np.percentile(np.vstack([all_means[i] for i in full]), [2.5, 97.5], axis=1,
                                overwrite_input=True)  # the stacked copy is ours to reorder
    for i, low, high in zip(full, lows.tolist(), highs.tolist()):
        out[i] = (low, high)
    return out


def _row(speaker: str, split: tuple, pol: list, labels: list, evidence: list, interval: tuple, backend: str,
         min_quotes: int) -> dict:
    """One table row; ``split`` is ``(column, value)`` of the second grouping key, or None."""
    n = len(pol)
    low, high = interval
    row = {"speaker": speaker}
    if split is not None:
        row[split[0]] = split[1]
    row.update({
        "n_quotes": n,
        "mean_polarity": sum(pol) / n,
        "ci_low": low,
        "ci_high": high,
        "share_positive": labels.count(1) / n,
        "share_neutral": labels.count(0) / n,
        "share_negative": labels.count(-1) / n,
        "coverage": sum(1 for ev in evidence if any(v for _, v in ev)) / n,
        "too_few": n < min_quotes,
        "backend": backend,
    })
    return row


def sentiment_by_speaker(quotes, *, backend: str = DEFAULT_BACKEND, by_topic: bool = False,
                         topics=None, min_quotes: int = MIN_QUOTES, seed: int = 0,
                         n_boot: int = _N_BOOT, by: str | None = None):
    """Tone per speaker: one row per canonical speaker, with a bootstrap 95% interval.

    Each quote is scored with :func:`~toolkit.tone.backends.sentiment` (the speaker's name and the mention masked).
    Quotes whose speaker is None are kept in one row labelled ``"(unknown)"``, placed last, so
    nothing is lost; drop it with ``table[table.speaker != "(unknown)"]``.

    Args:
        quotes: A list of :class:`~toolkit.model.Quote` (or a DataFrame with ``text`` and
            ``speaker`` columns).
        backend: One of :func:`~toolkit.tone.backends.sentiment_backends`.
        by_topic: One row per speaker and topic instead. A quote is tagged with every topic
            whose words it contains (so it may count under several); quotes with no topic go
            under ``"(none)"``.
        topics: Topic word lists, a dict of name to words; None for the meeting's topics
            (drugs, firearms, migration; see :mod:`toolkit.topics`).
        min_quotes: Speakers (or speaker-topic cells) with fewer quotes are flagged
            ``too_few``: too few to compare. Default :data:`MIN_QUOTES` (3).
        seed: Seed of the bootstrap; each row's resampling depends only on the seed and the
            row's key, so results are deterministic and a row does not change when other
            speakers are added.
        n_boot: Bootstrap resamples.
        by: One row per speaker and value of this quote field instead, e.g.
            ``"outlet_country"`` (a column of ``tk.quotes_frame(articles)``, or an attribute of
            the quote objects) to compare a person's tone across outlets' countries. Quotes
            without a value go under ``"(unknown)"``.

    Returns:
        A DataFrame with columns :data:`~toolkit.columns.BY_SPEAKER_COLUMNS` (``topic``, or the
        ``by`` field, inserted after ``speaker``), also when there are no quotes. ``mean_polarity`` is
        the mean of the quotes' polarities; ``ci_low``/``ci_high`` the percentile bootstrap
        95% interval of that mean (NaN with a single quote); ``share_*`` the shares of quotes
        labelled positive, neutral and negative; ``coverage`` the share of quotes with any
        evidence of non-zero score (a word the backend scored; TextBlob also lists words it
        knows as neutral, such as "next", which do not count). Rows are ordered by number of quotes, then name.

    Raises:
        TypeError: ``quotes`` is not a list of quotes.
        ValueError: unknown backend, ``min_quotes`` below 1, ``by`` together with ``by_topic``,
            or a ``by`` field the quotes do not have.
    """
    backend = check_backend(backend)
    if not isinstance(min_quotes, int) or min_quotes < 1:
        raise ValueError(f"min_quotes must be a positive int, got {min_quotes!r}")
    _check_by(by, by_topic)
    quotes = _quotes_list(quotes)
    rows = _score_rows(quotes, backend, topics)
    if by is not None:
        for row, q in zip(rows, quotes):
            row[by] = _by_value(q, by)
    return speaker_table(rows, backend=backend, by_topic=by_topic, topics=topics,
                         min_quotes=min_quotes, seed=seed, n_boot=n_boot, by=by)


def _check_by(by, by_topic: bool) -> None:
    """A ValueError for a ``by`` that cannot be used."""
    if by is None:
        return
    if not isinstance(by, str) or not by or by in BY_SPEAKER_COLUMNS:
        raise ValueError(f"by must name a quote field such as 'outlet_country', got {by!r}")
    if by_topic:
        raise ValueError("choose by_topic=True or by=..., not both")


def _by_value(quote, by: str):
    """The quote's ``by`` field as a row label (``"(unknown)"`` when missing)."""
    if not hasattr(quote, by):
        raise ValueError(f"the quotes have no field {by!r}; pass tk.quotes_frame(articles), whose "
                         f"columns include 'outlet_country', or quotes with a .{by} attribute")
    value = getattr(quote, by)
    if value is None or (isinstance(value, str) and not value.strip()):
        return UNKNOWN_SPEAKER
    return value if isinstance(value, str) else str(value)


def speaker_table(scored, *, backend: str = DEFAULT_BACKEND, by_topic: bool = False, topics=None,
                  min_quotes: int = MIN_QUOTES, seed: int = 0, n_boot: int = _N_BOOT, by: str | None = None):
    """The per-speaker table of :func:`sentiment_by_speaker` from quotes already scored.

    Use it when the tone of each quote is known (``score_quotes``, or the ``quotes`` table of
    ``tk.analyze``), so that no quote is scored twice.

    Args:
        scored: Records (dicts, or a DataFrame's rows) with ``speaker``, ``polarity``, ``label``,
            ``evidence`` and, for ``by_topic``, ``topics``.
        backend: The backend that scored them (recorded in the table).
        by_topic: See :func:`sentiment_by_speaker`.
        topics: See :func:`sentiment_by_speaker`.
        min_quotes: See :func:`sentiment_by_speaker`.
        seed: See :func:`sentiment_by_speaker`.
        n_boot: See :func:`sentiment_by_speaker`.
        by: See :func:`sentiment_by_speaker`; the records then hold that field (a missing value
            is counted as ``"(unknown)"``).

    Returns:
        The same DataFrame as :func:`sentiment_by_speaker`.
    """
    import pandas as pd

    _check_by(by, by_topic)
    split = "topic" if by_topic else by
    columns = list(BY_SPEAKER_COLUMNS)
    if split:
        columns.insert(1, split)
    if hasattr(scored, "to_dict"):  # a DataFrame: read its columns, not one dict per row
        speakers, polarity, label, evidence = (scored[c].tolist() for c in ("speaker", "polarity", "label",
                                                                                "evidence"))
        tags = scored["topics"].tolist() if by_topic else None
        values = scored[by].tolist() if by else None
    else:
        if not scored:
            return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in columns}, columns=columns)
        speakers = [r["speaker"] for r in scored]
        tags = [r["topics"] for r in scored] if by_topic else None
        values = [r.get(by) for r in scored] if by else None
        polarity = [r["polarity"] for r in scored]
        label = [r["label"] for r in scored]
        evidence = [r["evidence"] for r in scored]
    if not speakers:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in columns}, columns=columns)
    groups: dict = {}
    totals: dict = {}
    topic_order = list((default_topics() if topics is None else topics).keys()) + [NO_TOPIC]
    for i, speaker in enumerate(speakers):
        speaker = speaker if isinstance(speaker, str) and speaker else UNKNOWN_SPEAKER
        totals[speaker] = totals.get(speaker, 0) + 1
        if by_topic:
            for t in (tags[i] or (NO_TOPIC,)):
                groups.setdefault((speaker, t), []).append(i)
        elif by:
            value = values[i]
            value = value if isinstance(value, str) and value else UNKNOWN_SPEAKER
            groups.setdefault((speaker, value), []).append(i)
        else:
            groups.setdefault((speaker, None), []).append(i)
    keys = list(groups)
    pols = [[polarity[i] for i in groups[k]] for k in keys]
    intervals = _intervals([_boot_means(pol, sp if tp is None else f"{sp}\x00{tp}", seed, n_boot)
                            for (sp, tp), pol in zip(keys, pols)])
    rows = [_row(sp, None if tp is None else (split, tp), pol, [label[i] for i in groups[(sp, tp)]],
                 [evidence[i] for i in groups[(sp, tp)]], interval, backend, min_quotes)
            for (sp, tp), pol, interval in zip(keys, pols, intervals)]

    def order(row):
        sp = row["speaker"]
        t = topic_order.index(row["topic"]) if by_topic and row["topic"] in topic_order else 0
        value = row[by] if by else ""
        return (sp == UNKNOWN_SPEAKER, -totals[sp], sp, t, value == UNKNOWN_SPEAKER, value)

    rows.sort(key=order)
    return pd.DataFrame(rows, columns=columns).reset_index(drop=True)


def _dtype(column: str) -> str:
    if column in ("speaker", "topic", "backend") or column not in BY_SPEAKER_COLUMNS:
        return "object"
    if column == "n_quotes":
        return "int64"
    if column == "too_few":
        return "bool"
    return "float64"
