"""Column lists of every table the toolkit returns, each defined once (the ground floor: no imports).

Capabilities build their DataFrames with these; orchestration and table I/O read them. Lists
that share columns are built from the shared pieces, so a column is named in one place.
"""
from __future__ import annotations

__all__ = [
    "TEXT_FIELDS",
    "QUOTE_COLUMNS",
    "ARTICLE_META_COLUMNS",
    "FRAME_META_COLUMNS",
    "PERSON_COLUMNS",
    "TONE_COLUMNS",
    "SCORED_QUOTE_COLUMNS",
    "BY_SPEAKER_COLUMNS",
    "TIMELINE_COLUMNS",
    "COVERAGE_COLUMNS",
    "COVERAGE_TIMELINE_COLUMNS",
    "EVENT_QUOTE_COLUMNS",
    "ANALYSIS_QUOTE_COLUMNS",
    "ERROR_COLUMNS",
    "ANALYSIS_ARTICLE_COLUMNS",
]

#: Input fields that hold an article's text: ``text`` and the names scraped data give it.
TEXT_FIELDS = ("text", "body", "content", "article")

#: One row per quote in ``quotes_frame``: the Quote's own fields, in this order.
QUOTE_COLUMNS = ["article_id", "paragraph", "speaker", "role", "mention", "mention_span", "cue", "cue_span",
                 "text", "direct", "form", "start", "end", "spans"]
#: The article's metadata joined to rows about it.
ARTICLE_META_COLUMNS = ["outlet", "published", "title"]
#: ``quotes_frame`` of Articles: the metadata and the outlet's country (from ``article.metadata``).
FRAME_META_COLUMNS = [*ARTICLE_META_COLUMNS, "outlet_country"]
#: The speaker as one person across articles (``toolkit.people.add_people``), after the metadata.
PERSON_COLUMNS = ["person", "group", "country"]

# -- tone ---------------------------------------------------------------------------------------

#: The tone of one quote, scored with the speaker's name masked: polarity, subjectivity, label,
#: the scored words and the quote's topics.
TONE_COLUMNS = ["polarity", "subjectivity", "label", "evidence", "topics"]
#: ``score_quotes``: who, the quote and where it stands, its tone, then where it comes from.
SCORED_QUOTE_COLUMNS = ["speaker", "text", "start", "end", "direct", *TONE_COLUMNS, "article_id", "backend"]
#: ``sentiment_by_speaker`` (``topic`` follows ``speaker`` when grouping by topic).
BY_SPEAKER_COLUMNS = ["speaker", "n_quotes", "mean_polarity", "ci_low", "ci_high",
                      "share_positive", "share_neutral", "share_negative", "coverage", "too_few", "backend"]

# -- timeline -----------------------------------------------------------------------------------

#: ``build_timeline``: one row per dated event.
TIMELINE_COLUMNS = [
    "event",            # the clause the expression dates
    "expression",       # the time expression as written
    "value",            # its TimeML value
    "type",             # DATE, TIME or DURATION (vague durations only)
    "granularity",      # day, part of day, week, month, quarter, year, ... or "vague"
    "earliest",         # pandas Timestamp: start of the interval
    "latest",           # pandas Timestamp: end of the interval
    "vague",            # True for PAST_REF/PRESENT_REF/FUTURE_REF and vague durations
    "is_report_time",   # True when the expression dates a report ("said on Wednesday")
    "actors",           # capitalised names in the event clause
    "article_id",
    "outlet",
    "published",
    "start",            # offsets of the expression in the article text
    "end",
    "sources",          # "outlet (article id)" for every article reporting the event
    "n_sources",
]
#: ``build_timeline(..., coverage=True)``: who reports each event, first, with which quotes and dates.
COVERAGE_COLUMNS = [
    "outlets",          # the outlets reporting the event, in order of publication
    "n_outlets",
    "outlet_countries",  # their countries (``article.metadata["outlet_country"]``), in the same order
    "article_ids",      # the articles reporting the event, in order of publication
    "first_published",  # the earliest publication date among them
    "first_outlet",     # the outlet of that first report
    "first_article",    # and its article id
    "quotes",           # dicts (EVENT_QUOTE_COLUMNS) of the quotes in the paragraphs that hold
                        # the event's expression, in every article reporting it
    "n_quotes",
    "dates_differ",     # True when other articles give the same event words a different date
    "dates_seen",       # every date given to the event: "value: outlet, outlet", one per value
]
#: The timeline with its coverage columns.
COVERAGE_TIMELINE_COLUMNS = [*TIMELINE_COLUMNS, *COVERAGE_COLUMNS]
#: A quote about an event (the dicts of the ``quotes`` column; ``toolkit.timeline.event_quotes``).
EVENT_QUOTE_COLUMNS = ["speaker", "text", "direct", "outlet", "article_id", "start", "end"]

# -- a corpus run (``tk.analyze``) --------------------------------------------------------------

#: ``Analysis.quotes``: the quote (as ``quotes_frame``), its tone, the article's metadata.
ANALYSIS_QUOTE_COLUMNS = [*QUOTE_COLUMNS, *TONE_COLUMNS, *ARTICLE_META_COLUMNS]
# Every input item is named by its position in the input, its id and where it was read from.
_ITEM_COLUMNS = ["index", "id", "source"]
#: ``Analysis.errors``: the item, the stage that failed, the exception and where it was raised.
ERROR_COLUMNS = [*_ITEM_COLUMNS, "stage", "error", "message", "location"]
#: ``Analysis.articles``: the item, its metadata, its size, what was found and its status.
ANALYSIS_ARTICLE_COLUMNS = [*_ITEM_COLUMNS, *ARTICLE_META_COLUMNS, "words", "quotes", "timeline", "status"]
