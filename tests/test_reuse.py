"""Quotes that travel, on the invented corpus: fragments, edited copies, first publication."""
import datetime as dt
import random
import time

import pandas as pd

from _people_corpus import ALIASES, HALVORSEN, QUINTERO, corpus_frame
from toolkit.reuse import REUSE_COLUMNS, normalise_quotation, quote_reuse


def test_normalise_folds_punctuation_accents_and_case():
    assert normalise_quotation("“Él dijo: ¡NO, señor!”") == "el dijo no senor"
    assert normalise_quotation("We’re ready.") == normalise_quotation("were ready")


def test_fragment_and_edited_copy_are_found_across_outlets():
    table = quote_reuse(corpus_frame(), aliases=ALIASES)
    assert list(table.columns) == REUSE_COLUMNS
    canal = table.iloc[0]
    assert canal["rows"] == [0, 5, 8]  # the longer version, a lower-case fragment, an edited copy
    assert canal["person"] == HALVORSEN and canal["count"] == 3 and canal["versions"] == 3
    assert canal["outlets"] == ["Diario del Valle", "Harbor Ledger", "Northfield Post"]
    assert canal["first_published"] == dt.date(2031, 3, 4) and canal["first_outlet"] == "Harbor Ledger"
    assert canal["quotation"].endswith("keep that promise.")


def test_first_publication_is_the_earliest_date_not_the_first_row():
    frame = corpus_frame()
    frame.loc[6, "published"] = dt.date(2031, 3, 9)  # the a2 copy now comes after the a4 one
    orwen = quote_reuse(frame, aliases=ALIASES).set_index("first_article_id").loc["a4"]
    assert orwen["person"] == QUINTERO and orwen["first_published"] == dt.date(2031, 3, 6)


def test_quotes_within_one_article_or_unrelated_are_not_reuse():
    table = quote_reuse(corpus_frame(), aliases=ALIASES)
    assert len(table) == 2
    assert all(row["articles"] >= 2 for _, row in table.iterrows())


def test_a_few_thousand_quotes_stay_fast():
    rng = random.Random(1)
    vocabulary = [f"w{n}" for n in range(3000)]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(14)) for _ in range(3000)]
    frame = pd.DataFrame({"article_id": [f"x{i // 10}" for i in range(3000)], "text": texts,
                          "person": None, "outlet": "Harbor Ledger", "published": None})
    frame.loc[2999, "text"] = texts[0]
    began = time.perf_counter()
    table = quote_reuse(frame)
    assert time.perf_counter() - began < 20
    assert len(table) == 1 and table.loc[0, "rows"] == [0, 2999]
