"""Column lists of every table the toolkit returns, each defined once (the ground floor: no imports).

Capabilities build their DataFrames with these; orchestration and table I/O read them.
"""
from __future__ import annotations

__all__ = ["QUOTE_COLUMNS", "ARTICLE_META_COLUMNS", "PERSON_COLUMNS"]

#: One row per quote in ``quotes_frame``: the Quote's own fields, in this order.
QUOTE_COLUMNS = ["article_id", "paragraph", "speaker", "role", "mention", "mention_span", "cue", "cue_span",
                 "text", "direct", "start", "end", "spans"]
#: The article's metadata joined to rows about it (``outlet_country`` from ``article.metadata``).
ARTICLE_META_COLUMNS = ["outlet", "published", "title", "outlet_country"]
#: The speaker as one person across articles (``toolkit.people.add_people``), after the metadata.
PERSON_COLUMNS = ["person", "group", "country"]
