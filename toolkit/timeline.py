"""Timelines: dated events from the time expressions of one or many articles.

Each DATE or TIME expression found by :func:`toolkit.timexes.find_timexes` dates the clause it
stands in: that clause is the event. Vague expressions ("in recent weeks", "for months", "now")
are kept, marked ``vague`` and placed relative to the publication date. The date of a report
("Mr. Lee said on Wednesday") is flagged ``is_report_time`` so it is not taken for the date of the
event reported. The same event reported by several outlets collapses into one row that lists its
sources.

Example:
    >>> import toolkit as tk
    >>> timeline = tk.build_timeline([tk.load_seed()])          # doctest: +SKIP
    >>> timeline[["expression", "value", "event"]].head()        # doctest: +SKIP

With ``coverage=True`` each row also tells who reports the event (outlets, their countries, the
first report), the quotes about it and whether other articles date the same event differently:

    >>> coverage = tk.build_timeline(articles, coverage=True)   # doctest: +SKIP
    >>> coverage[coverage["dates_differ"]][["event", "dates_seen"]]   # doctest: +SKIP
"""
from __future__ import annotations

import collections.abc
import datetime as _dt
import re
from functools import lru_cache
from typing import Any, NamedTuple, Optional

from .columns import COVERAGE_COLUMNS, COVERAGE_TIMELINE_COLUMNS, EVENT_QUOTE_COLUMNS, TIMELINE_COLUMNS
from .dates import parse_date
from .model import Article, as_article
from .text import paragraphs, sentences
from .timexes import find_timexes, granularity

__all__ = ["build_timeline", "timeline_events", "merge_events", "EventMerger", "columns_of_events", "typed_timeline",
           "event_quotes", "TIMELINE_COLUMNS", "COVERAGE_TIMELINE_COLUMNS"]


# How far back (or ahead) a vague expression reaches from the publication date.
_VAGUE_REACH = {"D": _dt.timedelta(days=7), "W": _dt.timedelta(weeks=6), "M": _dt.timedelta(days=182),
                "Q": _dt.timedelta(days=273), "Y": _dt.timedelta(days=3 * 365), "E": _dt.timedelta(days=3650),
                "C": _dt.timedelta(days=36500), "H": _dt.timedelta(hours=12)}
_REF_REACH = {"PAST_REF": _dt.timedelta(days=30), "FUTURE_REF": _dt.timedelta(days=90)}

_REPORT_VERBS = (r"said|says|told|tells|announced|announces|reported|reports|wrote|writes|added|stated|"
                 r"testified|confirmed|declared|predicted|noted|explained|argued|insisted|warned|"
                 r"acknowledged|disclosed|revealed|tweeted|posted|commented|responded|replied|"
                 r"according\s+to|in\s+a\s+statement|in\s+an\s+interview|at\s+a\s+news\s+conference")
# A report verb, then up to 70 characters that start no new clause, then the expression.
# Both patterns start with a lookahead for the first letters the match can have (and the cut
# pattern for its first characters): the same matches, about twice as fast to scan for.
_REPORT_BEFORE = re.compile(
    rf"(?=[{''.join(sorted({v[0] for v in _REPORT_VERBS.split('|')}))}])\b(?:{_REPORT_VERBS})\b"
    r"(?:(?!\b(?:that|who|which|when|after|before|because|while|whether|if|had|has|"
    rf"have|was|were|will|would|is|are|(?-i:[a-z]+ed))\b)[^.;:!?\"“”]){{0,70}}$", re.I)
_REPORT_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:{_REPORT_VERBS})\b", re.I)
# Clause boundaries: semicolons, colons, a comma before a conjunction, and the edges of quoted
# speech (so "... smuggling,” Mr. Garland said on Wednesday" keeps the attribution, not the quote).
_CLAUSE_CUT = re.compile(r"(?=[\s;:,\u201d\"])\s*(?:;|:(?=\s)|,\s+(?=(?:but|while|whereas|although|though|which|"
                         r"who|as|after|before|when|because|since|and|saying|according)\b)|(?<=[,.?!])[\u201d\"](?=\s)"
                         r"|,?\s+(?=[\u201c]))\s*")
# Every name starts with a capital letter: the lookahead fails at other characters at once (same
# matches, about twice as fast as trying the optional title first at every character).
_NAME = re.compile(
    r"(?=[A-Z])"
    r"(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|St)\.\s+)?"
    r"(?:[A-Z][\w\u00C0-\u024F'’.-]*|[A-Z]\.)"
    r"(?:\s+(?:(?:de|del|la|van|von|der|bin|al|of)\s+)?(?:[A-Z][\w\u00C0-\u024F'’.-]*|[A-Z]\.))*")
# Patterns used per event, compiled once (bound methods: no lookup in re's cache per call).
_WORDS = re.compile(r"\w+").findall
_INITIALS_END = re.compile(r"(?:\b[A-Z]\.)+$").search
_CONTRACTION_END = re.compile(r"[’'](?:ve|m|ll|d|re)$").search
_UNIT = re.compile(r"\b(day|week|month|quarter|year|decade|centur|hour)").search
_PAST_LAST = re.compile(r"(?:the\s+)?(?:past|last|recent)\b", re.I).match
_CONTENT_WORD = re.compile(r"[a-z][a-z'’-]+").findall
_NOT_ACTORS = frozenset("""a an the in on at to of for by with from during after before as and but or so if
when while though although because since until he she it they we i you his her its their our my your this
that these those there here what who which where why how then also however meanwhile yet still both each
every some many most more officials official mr mrs ms dr source link leave reply""".split())


def _timestamp(value: Optional[_dt.datetime]):
    if type(value) is _dt.datetime and value.tzinfo is None:
        return _stamp(value, value.fold)  # (equal aware datetimes may differ in zone: not cached)
    import pandas as pd

    return pd.NaT if value is None else pd.Timestamp(value)


@lru_cache(maxsize=1024)  # an article's expressions share a few days; Timestamps are immutable
def _stamp(value: _dt.datetime, fold: int):
    import pandas as pd

    return pd.Timestamp(value)


def _clause(text: str, sent: tuple, start: int, end: int) -> str:
    """The clause of the sentence ``sent`` that contains ``text[start:end]``."""
    ss, se = sent
    pieces, pos = [], ss
    for m in _CLAUSE_CUT.finditer(text, ss, se):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, se))
    for ps, pe in pieces:
        if ps <= start < pe or (ps < end <= pe):
            clause = text[ps:pe].strip(" ,\"“”'")
            # A fragment of a few words ("on Thursday afternoon") says too little: use the sentence.
            if len(_WORDS(clause)) - len(_WORDS(text, start, end)) >= 4:
                return " ".join(clause.split())
            break
    return " ".join(text[ss:se].split())


_CALENDAR_WORDS: list = []  # [rule data, its calendar words, those and _NOT_ACTORS], for _actors


def _actors(clause: str, timex_text: str) -> list:
    """Capitalised names in the clause: people, places and institutions (a light heuristic)."""
    from .timexes import calendar_names  # the month and weekday names the finder knows

    data = calendar_names()
    cached = _CALENDAR_WORDS
    if cached and cached[0] is data:
        calendar_words, trailing_words = cached[1], cached[2]
    else:  # built once per rule data, not once per clause
        calendar_words = data | {"today", "tonight", "yesterday", "tomorrow"}
        trailing_words = calendar_words | _NOT_ACTORS
        _CALENDAR_WORDS[:] = [data, calendar_words, trailing_words]
    out: list = []
    for m in _NAME.finditer(clause):
        name = m.group(0).strip(" '’")
        if not name or name in timex_text:
            continue
        words = name.split()
        while words and (words[0].lower().strip(".") in _NOT_ACTORS or words[0].lower().rstrip(".") in calendar_words):
            words = words[1:]
        while words and words[-1].lower().rstrip(".") in trailing_words:
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        if name.endswith(".") and not _INITIALS_END(name):
            name = name.rstrip(".")
        if _CONTRACTION_END(name):
            continue
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if len(name) < 2 or name in out:
            continue
        out.append(name)
    return out


def _is_report_time(text: str, sent: tuple, start: int, end: int) -> bool:
    ss, se = sent
    before = text[ss:start]
    after = text[end:se]
    return bool(_REPORT_BEFORE.search(before) or _REPORT_AFTER.match(after))


def _vague_interval(value: str, published: Optional[_dt.date], text: str) -> tuple:
    """Place a vague expression relative to the publication date."""
    if published is None:
        return None, None
    pub0 = _dt.datetime.combine(published, _dt.time())
    pub1 = _dt.datetime.combine(published, _dt.time(23, 59, 59))
    if value == "PRESENT_REF":
        return pub0, pub1
    unit = None
    m = _UNIT(text.lower())
    if m:
        unit = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
                "centur": "C", "hour": "H"}[m.group(1)]
    if value.startswith("P"):
        letter = value[-1]
        reach = _VAGUE_REACH.get(letter, _dt.timedelta(days=30))
        if value.startswith("PT"):
            reach = _VAGUE_REACH["H"]
        return pub0 - reach, pub1
    reach = _VAGUE_REACH.get(unit, _REF_REACH.get(value, _dt.timedelta(days=30)))
    if value == "FUTURE_REF":
        return pub0, pub1 + reach
    return pub0 - reach, pub1


def timeline_events(article: Any, *, published: Any = None) -> list:
    """The dated events of one article, as dicts with the keys of :data:`TIMELINE_COLUMNS`.

    Args:
        article: An :class:`~toolkit.model.Article` or a string.
        published: Publication date, overriding the article's.

    Returns:
        One dict per DATE/TIME expression (and per vague duration), in text order.
    """
    art = as_article(article)
    text = art.text
    timexes = find_timexes(article, published=published)
    pub = parse_date(published) if published is not None else art.published
    sents = sentences(text) or [(0, len(text))]
    rows, si = [], 0
    for t in timexes:
        if t.type == "SET":
            continue
        vague = t.value.endswith("_REF") or (t.type == "DURATION")
        if t.type == "DURATION" and "X" not in t.value and not _PAST_LAST(t.text):
            continue  # "three weeks": a length of time, not a date
        while si + 1 < len(sents) and sents[si][1] <= t.start:
            si += 1
        sent = sents[si] if sents[si][0] <= t.start < max(sents[si][1], t.start + 1) else (
            max(0, text.rfind("\n", 0, t.start) + 1), len(text))
        if vague:
            earliest, latest = _vague_interval(t.value, pub, t.text)
        else:
            earliest, latest = t.earliest, t.latest
        event = _clause(text, sent, t.start, t.end)
        rows.append({
            "event": event,
            "expression": t.text,
            "value": t.value,
            "type": t.type,
            "granularity": "vague" if vague else (granularity(t.value) or "vague"),
            "earliest": _timestamp(earliest),
            "latest": _timestamp(latest),
            "vague": bool(vague or earliest is None),
            "is_report_time": _is_report_time(text, sent, t.start, t.end),
            "actors": _actors(event, t.text),
            "article_id": art.id,
            "outlet": art.outlet,
            "published": pub,
            "start": t.start,
            "end": t.end,
            "sources": [_source_label(art)],
            "n_sources": 1,
        })
    return rows


def _source_label(art: Article) -> str:
    if art.id is None and art.outlet is None:  # a text given as a string
        return "text"
    if art.outlet:
        return f"{art.outlet} ({art.id})"
    return str(art.id)


_STOP = frozenset("""the a an of to in on at for by with from and or but that this these those is are was were be
been has have had will would could should may might can its their his her it they he she we said says than
as also more most about after before over into during while which who""".split())


@lru_cache(maxsize=8192)  # merging compares each event with many others
def _content_words(s: str) -> frozenset:
    return frozenset(w for w in _CONTENT_WORD(s.lower()) if w not in _STOP and len(w) > 2)


def _same_event(a: dict, b: dict) -> bool:
    if a["value"] != b["value"] or a["article_id"] == b["article_id"] or a["vague"] or b["vague"]:
        return False
    if a["is_report_time"] != b["is_report_time"]:
        return False
    wa, wb = _content_words(a["event"]), _content_words(b["event"])
    if not wa or not wb:
        return False
    overlap = len(wa & wb) / min(len(wa), len(wb))
    shared_actors = set(a["actors"]) & set(b["actors"])
    return overlap >= 0.5 or (overlap >= 0.25 and bool(shared_actors))


def build_timeline(articles: Any, *, coverage: bool = False) -> Any:
    """Dated events of one or many articles, ordered by date, with cross-outlet duplicates merged.

    Args:
        articles: An :class:`~toolkit.model.Article`, a string, or an iterable of them.
        coverage: Add the coverage of each event (:data:`~toolkit.columns.COVERAGE_COLUMNS`): the
            outlets and outlet countries reporting it, the first report, the quotes in the
            paragraphs that hold its time expression (found with :func:`toolkit.extract_quotes`,
            so slower) and ``dates_differ`` where other articles give the same event words a
            different date. ``tk.analyze``'s timeline has the plain columns.

    Returns:
        A pandas DataFrame with the columns of :data:`TIMELINE_COLUMNS` (or
        :data:`COVERAGE_TIMELINE_COLUMNS`), also when empty, one row per dated event, sorted by
        ``earliest`` (undated rows last). ``sources`` lists "outlet (article id)" of every article
        reporting the event and ``n_sources`` counts them.

    Raises:
        TypeError: An item is neither an Article nor a string.
    """
    if isinstance(articles, (Article, str)):
        articles = [articles]
    elif hasattr(articles, "columns") or isinstance(articles, (bytes, dict)) or not hasattr(articles, "__iter__"):
        raise TypeError(f"build_timeline expects Articles or strings (or a list of them), not "
                        f"{type(articles).__name__}; read tables with tk.read_articles(...) first")
    if coverage:
        return _coverage_timeline(articles)
    merger = EventMerger()
    for art in articles:
        for row in timeline_events(art):
            merger.add(row)
    return merger.frame()


# ---------------------------------------------------------------------------------------------
# Merging the events of many articles

def merge_events(timeline) -> Any:
    """Merge the events of many articles as :func:`build_timeline` does, and order them by date.

    ``tk.analyze`` does this for the tables it keeps in memory. With ``analyze(..., out=DIR)`` the
    streamed timeline holds each article's events as they were found (one source each), since
    merging needs every event at once; call this on ``result.timeline`` when it fits in memory.
    The coverage columns of ``build_timeline(..., coverage=True)`` are not recomputed here (a merged
    row keeps those of its first event): build the coverage timeline from the articles instead.

    Args:
        timeline: A timeline DataFrame (or a list of event dicts of :func:`timeline_events`).

    Returns:
        The merged timeline, with the columns and order of :func:`build_timeline`.
    """
    rows = timeline if isinstance(timeline, list) else timeline.to_dict(orient="records")
    merger = EventMerger()
    for row in rows:
        row = dict(row)  # the caller's rows are not changed
        for key in ("actors", "sources"):
            if key in row and not isinstance(row[key], list):
                value = row[key]
                row[key] = list(value) if isinstance(value, (tuple, list)) or hasattr(value, "tolist") else []
        merger.add(row)
    return merger.frame()


class EventMerger:
    """A timeline merged as events arrive, in input order: the one merge of the toolkit.

    Each event is compared with the events kept so far and folded into the first that reports the
    same event (:func:`_same_event`); an event can only match one with the same TimeML value, so
    the comparison runs within the events of that value, and events that merge are dropped at
    once (memory holds only the kept events, compactly: corpora have hundreds of thousands).
    """

    _KEYS = ("value", "sources", "n_sources", "actors")

    def __init__(self):
        self.kept: list = []
        self.buckets: dict = {}

    def add(self, row):
        """Merge one event (a dict of :func:`timeline_events`) into the timeline.

        Returns:
            The kept event the row now belongs to: the one it merged into, or the row itself.
        """
        if row.get("vague") or any(k not in row for k in self._KEYS):
            self.kept.append(row)  # vague events never merge
            return row
        bucket = self.buckets.setdefault(row["value"], [])
        for old in bucket:
            if _same_event(old, row):
                if row["sources"][0] not in old["sources"]:
                    old["sources"] = old["sources"] + [row["sources"][0]]
                    old["n_sources"] = len(old["sources"])
                old["actors"] = old["actors"] + [a for a in row["actors"] if a not in old["actors"]]
                return old
        row = _compact_event(row)
        self.kept.append(row)
        bucket.append(row)
        return row

    def frame(self):
        """The merged timeline as a DataFrame, typed and ordered as :func:`build_timeline`'s."""
        import pandas as pd

        columns = columns_of_events(self.kept)
        compact = columns == TIMELINE_COLUMNS  # an _Event's values are then the row, in order
        frame = pd.DataFrame([row._values if compact and type(row) is _Event else [row.get(c) for c in columns]
                              for row in self.kept], columns=columns)
        return typed_timeline(frame)


def columns_of_events(rows: list) -> list:
    """:data:`TIMELINE_COLUMNS`, or the keys of rows that have other keys, in order of appearance."""
    columns: dict = {}
    for row in rows:
        for key in row:
            columns.setdefault(key, None)
    if not columns or set(columns) == set(TIMELINE_COLUMNS):
        return TIMELINE_COLUMNS
    return list(columns)


class _Event(collections.abc.Mapping):
    """A kept event: its values in :data:`TIMELINE_COLUMNS` order behind a read-write mapping (a
    fifth of a dict's memory)."""

    __slots__ = ("_values",)
    _index = {column: i for i, column in enumerate(TIMELINE_COLUMNS)}

    def __init__(self, values: list):
        self._values = values

    def __getitem__(self, key):
        return self._values[self._index[key]]

    def __setitem__(self, key, value) -> None:
        self._values[self._index[key]] = value

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    # Mapping's get and `in` go through __getitem__ and an exception; these are direct.
    def __contains__(self, key) -> bool:
        return key in self._index

    def get(self, key, default=None):
        i = self._index.get(key)
        return default if i is None else self._values[i]


_TIMELINE_KEYS = frozenset(TIMELINE_COLUMNS)


def _compact_event(row):
    """The row as an :class:`_Event` when it has exactly the timeline's columns, else as given."""
    if type(row) is not dict or len(row) != len(TIMELINE_COLUMNS) or not row.keys() >= _TIMELINE_KEYS:
        return row
    return _Event([row[c] for c in TIMELINE_COLUMNS])


def typed_timeline(frame):
    """Column types and row order of :func:`build_timeline`'s table (dates as Timestamps, flags as
    bools, counts and offsets as int64, rows by ``earliest`` then ``latest``, undated last)."""
    import pandas as pd

    for col in ("earliest", "latest"):
        if col in frame.columns:
            frame[col] = pd.to_datetime(frame[col])
    if len(frame) and "earliest" in frame.columns and "latest" in frame.columns:
        frame = frame.sort_values(["earliest", "latest"], kind="stable", na_position="last").reset_index(drop=True)
    for col in ("vague", "is_report_time", "dates_differ"):
        if col in frame.columns and frame[col].notna().all():
            frame[col] = frame[col].astype(bool)
    for col in ("n_sources", "start", "end", "n_outlets", "n_quotes"):
        if col in frame.columns and frame[col].notna().all():
            frame[col] = frame[col].astype("int64")
    return frame


# ---------------------------------------------------------------------------------------------
# The coverage of each event: who reports it, first, with which quotes and which dates

class _Report(NamedTuple):
    """One article's report of an event."""

    article_id: Any
    outlet: Optional[str]
    country: Optional[str]
    published: Optional[_dt.date]
    quotes: list  # dicts with the keys of EVENT_QUOTE_COLUMNS


def _coverage_timeline(articles: Any) -> Any:
    """:func:`build_timeline` with the coverage columns (``coverage=True``)."""
    import pandas as pd

    merger, reports = EventMerger(), {}
    for item in articles:
        art = as_article(item)
        rows = timeline_events(art)
        quotes = _quote_records(art) if rows else []
        for row in rows:
            report = _report(art, row, quotes)
            reports.setdefault(id(merger.add(row)), []).append(report)
    coverage = [_coverage_of(reports[id(row)]) for row in merger.kept]
    _mark_date_disagreements(merger.kept, coverage)
    data = [[row.get(c) for c in TIMELINE_COLUMNS] + [cov[c] for c in COVERAGE_COLUMNS]
            for row, cov in zip(merger.kept, coverage)]
    return typed_timeline(pd.DataFrame(data, columns=COVERAGE_TIMELINE_COLUMNS))


def _quote_records(art: Article) -> list:
    """The article's quotes as dicts with the keys of :data:`EVENT_QUOTE_COLUMNS`."""
    from .quotes import extract_quotes  # the public finder, only when coverage is asked for

    return [{"speaker": q.speaker, "text": q.text, "direct": q.direct, "outlet": art.outlet, "article_id": art.id,
             "start": q.start, "end": q.end} for q in extract_quotes(art)]


def _report(art: Article, row: dict, quotes: list) -> _Report:
    """The article's report of the event ``row``, with the quotes of the paragraph holding it."""
    start, end = _paragraph_around(art.text, row["start"])
    about = [q for q in quotes if q["start"] < end and q["end"] > start]
    return _Report(art.id, art.outlet, art.metadata.get("outlet_country"), row["published"], about)


def _paragraph_around(text: str, offset: int) -> tuple:
    """The ``(start, end)`` of the paragraph holding ``offset`` (the whole text if none does)."""
    for start, end in paragraphs(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)


def _coverage_of(reports: list) -> dict:
    """The coverage columns of one event from its reports (first published first)."""
    ordered = sorted(reports, key=lambda r: (r.published is None, r.published or _dt.date.min))
    first = ordered[0]
    quotes = list({(q["article_id"], q["start"], q["end"]): q for r in ordered for q in r.quotes}.values())
    outlets = _distinct(r.outlet for r in ordered)
    return {"outlets": outlets, "n_outlets": len(outlets),
            "outlet_countries": _distinct(r.country for r in ordered),
            "article_ids": _distinct(r.article_id for r in ordered),
            "first_published": first.published, "first_outlet": first.outlet, "first_article": first.article_id,
            "quotes": quotes, "n_quotes": len(quotes), "dates_differ": False, "dates_seen": []}


def _distinct(values) -> list:
    """The values that are not None, each once, in order."""
    return list(dict.fromkeys(v for v in values if v is not None))


def _mark_date_disagreements(kept: list, coverage: list) -> None:
    """Fill ``dates_differ`` and ``dates_seen``: events of other articles with the same words
    (beyond the time expression), the same granularity and a date that does not overlap."""
    words = {i: _event_words(row) for i, row in enumerate(kept) if _datable(row)}
    by_word: dict = {}
    for i, event_words in words.items():
        for word in event_words:
            by_word.setdefault(word, []).append(i)
    for i, cov in enumerate(coverage):
        others = sorted({j for word in words.get(i, ()) for j in by_word[word]} - {i})
        differing = [j for j in others if _dates_differ(kept[i], kept[j], words[i], words[j],
                                                          coverage[i], coverage[j])]
        cov["dates_differ"] = bool(differing)
        cov["dates_seen"] = _dates_seen([kept[k] for k in [i, *differing]], [coverage[k] for k in [i, *differing]])


def _datable(row) -> bool:
    earliest = row.get("earliest")
    return not row.get("vague") and not row.get("is_report_time") and earliest is not None and earliest == earliest


def _event_words(row) -> frozenset:
    """The content words of the event clause that are not in its time expression."""
    return _content_words(row["event"]) - _content_words(row["expression"])


def _dates_differ(a, b, words_a: frozenset, words_b: frozenset, cov_a: dict, cov_b: dict) -> bool:
    """Whether ``a`` and ``b`` are the same event given different dates by different articles."""
    if a["value"] == b["value"] or a["granularity"] != b["granularity"]:
        return False
    if not (a["latest"] < b["earliest"] or b["latest"] < a["earliest"]):
        return False  # overlapping intervals ("Wednesday", "Wednesday evening") agree
    if set(cov_a["article_ids"]) & set(cov_b["article_ids"]):
        return False  # one article dating two events
    shared = words_a & words_b
    return len(shared) >= 3 and len(shared) / min(len(words_a), len(words_b)) >= 0.6


def _dates_seen(rows: list, coverage: list) -> list:
    """"value: outlet, outlet" for each date given to the event, in date order."""
    pairs = sorted(zip(rows, coverage), key=lambda pair: pair[0]["earliest"])
    return [f"{row['value']}: {', '.join(map(str, cov['outlets'])) or 'no outlet'}" for row, cov in pairs]


def event_quotes(timeline: Any, row: Any) -> Any:
    """The quotes about one event of a coverage timeline, one row per quote.

    Args:
        timeline: The DataFrame of ``build_timeline(articles, coverage=True)``.
        row: The index label of the event's row.

    Returns:
        A DataFrame with the columns of :data:`~toolkit.columns.EVENT_QUOTE_COLUMNS`.

    Raises:
        KeyError: The timeline has no ``quotes`` column (build it with ``coverage=True``).
    """
    import pandas as pd

    if "quotes" not in timeline.columns:
        raise KeyError("this timeline has no quotes: build it with tk.build_timeline(articles, coverage=True)")
    return pd.DataFrame(list(timeline.loc[row, "quotes"]), columns=EVENT_QUOTE_COLUMNS)
