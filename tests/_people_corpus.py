"""A small invented corpus of quotes about a fictional event (the Lake Orwen water talks).

Every person, outlet and quotation is made up for the tests; the rows have the columns of
``tk.quotes_frame`` plus ``outlet_country``.
"""
import datetime as dt

import pandas as pd

from toolkit.columns import QUOTE_COLUMNS

ARTICLES = {
    "a1": ("Harbor Ledger", "US", dt.date(2031, 3, 4)),
    "a2": ("Diario del Valle", "MX", dt.date(2031, 3, 5)),
    "a3": ("Northfield Post", "US", dt.date(2031, 3, 5)),
    "a4": ("Diario del Valle", "MX", dt.date(2031, 3, 6)),
    "a5": ("Eastbrook Courier", "US", dt.date(2031, 3, 3)),
}

SHARED_WORDS = "The canal agreement will bring clean water to every town along the lake within two years"

# article, speaker, role, mention, text
QUOTES = [
    ("a1", "Teodoro P. Halvorsen", "Secretary of State", "Mr. Halvorsen",
     SHARED_WORDS + ", and we intend to keep that promise."),
    ("a1", "Teodoro P. Halvorsen", "Secretary of State", "he", "Talks with our neighbours went well today."),
    ("a1", "Marisol Quintero Albarrán", "Mexico's president", "Ms. Quintero Albarrán",
     "Our farmers deserve a fair share of the river."),
    ("a1", "a senior administration official", None, "a senior administration official",
     "Nobody expects a final text before the summer."),
    ("a1", None, None, None, "The pumps were silent all week."),
    ("a2", "Teodoro Halvorsen", None, "Teodoro Halvorsen",
     "the canal agreement will bring clean water to every town along the lake within two years"),
    ("a2", "Marisol Quintero Albarran", "President", "Quintero Albarran", "Orwen belongs to both of our peoples."),
    ("a2", "Wendeline Oakhurst", "director of the Lakeside Institute", "Wendeline Oakhurst",
     "The treaty is the first in a generation to set limits on pumping."),
    ("a3", "Halvorsen", None, "Halvorsen",
     "The canal agreement will bring clean water to every single town along the lake within two years."),
    ("a3", "Quintero Albarrán", None, "Quintero Albarrán", "We will not sign a deal that leaves the valley dry."),
    ("a3", "Rufus Danforth", "migrant advocate", "Rufus Danforth",
     "Families crossing the hills need water stations, not fences."),
    ("a4", "the secretary of state", None, "the secretary of state", "Both delegations agreed on a calendar."),
    ("a4", "MQA", None, "MQA", "Orwen belongs to both of our peoples, and to our children."),
    ("a4", "Wendeline Oakhurst", "director of the Lakeside Institute", "Ms. Oakhurst",
     "Enforcement will decide whether the limits mean anything."),
    ("a5", "Rufus Danforth", "migrant advocate", "he", "Nobody asked the families who live by the lake."),
]

HALVORSEN, QUINTERO = "Teodoro P. Halvorsen", "Marisol Quintero Albarrán"
#: the person each row belongs to (None for the unattributed quote)
GOLD = [HALVORSEN, HALVORSEN, QUINTERO, "senior administration official", None, HALVORSEN, QUINTERO,
        "Wendeline Oakhurst", HALVORSEN, QUINTERO, "Rufus Danforth", HALVORSEN, QUINTERO, "Wendeline Oakhurst",
        "Rufus Danforth"]
ALIASES = {"MQA": "Marisol Quintero Albarrán"}


def corpus_frame() -> pd.DataFrame:
    """The quotes frame of the invented corpus."""
    rows = []
    for paragraph, (article, speaker, role, mention, text) in enumerate(QUOTES):
        outlet, country, published = ARTICLES[article]
        rows.append({"article_id": article, "paragraph": paragraph, "speaker": speaker, "role": role,
                     "mention": mention, "mention_span": None, "cue": "said", "cue_span": None, "text": text,
                     "direct": True, "start": 0, "end": len(text), "spans": ((0, len(text)),),
                     "outlet": outlet, "published": published, "title": None, "outlet_country": country})
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS + ["outlet", "published", "title", "outlet_country"])
