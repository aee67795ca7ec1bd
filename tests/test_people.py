"""People across articles, on an invented corpus; real names are tested as names alone."""
import pandas as pd
import pytest

from _people_corpus import ALIASES, GOLD, HALVORSEN, QUINTERO, QUOTES, corpus_frame
from toolkit.evaluate.people import bcubed
from toolkit.model import Quote
from toolkit.people import GROUPS, PEOPLE_COLUMNS, add_people, people
from toolkit.people.names import display_name, is_personal_name, name_key, subsumes


# --- names alone (no words attributed) --------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador"),
    ("Antony Blinken", "Antony J. Blinken"),
    ("ANTONY BLINKEN", "Mr. Antony Blinken"),
    ("Merrick Garland", "Attorney General Merrick B. Garland"),
    ("Elizabeth Sherwood Randall", "Elizabeth Sherwood-Randall"),
])
def test_name_variants_fold_to_one_key(a, b):
    assert name_key(a) == name_key(b)


def test_short_forms_are_subsumed_by_the_full_name():
    full = name_key("Andrés Manuel López Obrador")
    assert subsumes(full, name_key("López Obrador"))
    assert subsumes(name_key("Alicia Bárcena Ibarra"), name_key("Alicia Bárcena"))
    assert not subsumes(full, name_key("Manuel Rodríguez"))
    assert not subsumes(name_key("Antony Blinken"), name_key("Antony Blinken"))


def test_display_name_is_the_most_complete_variant_with_accents():
    assert display_name(["Andres Manuel Lopez Obrador", "Andrés Manuel López Obrador"]) == "Andrés Manuel López Obrador"
    assert display_name(["Antony Blinken", "Antony J. Blinken", "Mr. Blinken"]) == "Antony J. Blinken"


def test_descriptions_and_organisations_are_not_names():
    assert is_personal_name("Alicia Bárcena de la Cruz")
    assert not is_personal_name("a senior administration official")
    assert not is_personal_name("the Lakeside Institute")
    assert is_personal_name("Gov. J.B. Pritzker") and is_personal_name("John G. Roberts Jr.")
    assert not is_personal_name("Orwen. Marisol Quintero") and not is_personal_name("EVEN HER RIVALS")


# --- the invented corpus --------------------------------------------------------------------

@pytest.fixture(scope="module")
def frame():
    return add_people(corpus_frame(), aliases=ALIASES)


def test_variants_surnames_roles_and_aliases_join_one_person(frame):
    assert [p if isinstance(p, str) else None for p in frame["person"]] == GOLD
    scores = bcubed(frame["person"], GOLD)
    assert scores["f1"] == 1.0


def test_grouping_by_speaker_alone_scores_lower(frame):
    assert bcubed(frame["speaker"], GOLD)["recall"] < 0.6


def test_without_the_alias_the_short_form_stays_apart():
    plain = add_people(corpus_frame())
    assert plain.loc[12, "person"] == "MQA"


def test_groups_and_countries_come_from_roles(frame):
    by_person = frame.drop_duplicates("person").set_index("person")
    assert by_person.loc[HALVORSEN, "group"] == "government of the US"
    assert by_person.loc[HALVORSEN, "country"] == "US"
    assert by_person.loc[QUINTERO, "group"] == "government of Mexico"
    assert by_person.loc[QUINTERO, "country"] == "MX"
    assert by_person.loc["Wendeline Oakhurst", "group"] == "expert"
    assert by_person.loc["Rufus Danforth", "group"] == "advocacy or NGO"
    assert by_person.loc["senior administration official", "group"] == "anonymous"
    assert set(frame["group"].dropna()) <= set(GROUPS)


def test_unattributed_quotes_are_kept_without_a_person(frame):
    assert len(frame) == len(QUOTES)
    assert frame.loc[4, ["person", "group"]].isna().all()


def test_user_groups_override_by_any_variant():
    table = add_people(corpus_frame(), aliases=ALIASES, groups={"Wendeline Oakhurst": "business",
                                                                "Quintero Albarran": "other"})
    assert set(table.loc[table["person"] == "Wendeline Oakhurst", "group"]) == {"business"}
    assert set(table.loc[table["person"] == QUINTERO, "group"]) == {"other"}


def test_people_table_has_one_row_per_person(frame):
    table = people(corpus_frame(), aliases=ALIASES)
    assert list(table.columns) == PEOPLE_COLUMNS
    assert table["person"].is_unique and len(table) == 5
    row = table.set_index("person").loc[QUINTERO]
    assert row["quotes"] == 4 and row["articles"] == 4
    assert row["outlets"] == ["Diario del Valle", "Harbor Ledger", "Northfield Post"]
    assert {"MQA", "Marisol Quintero Albarran", "Quintero Albarrán"} <= set(row["variants"])
    assert table["quotes"].sum() == len(QUOTES) - 1


def test_people_accepts_quote_objects():
    quotes = [Quote(text="We will finish the canal.", spans=((0, 25),), start=0, end=25, direct=True,
                    speaker=name, role=role, article_id=article)
              for name, role, article in [("Teodoro P. Halvorsen", "Secretary of State", "x1"),
                                          ("Halvorsen", None, "x2")]]
    table = people(quotes)
    assert list(table["person"]) == [HALVORSEN] and table.loc[0, "articles"] == 2


def test_a_surname_shared_by_two_people_follows_the_article():
    rows = pd.DataFrame({"article_id": ["b1", "b1", "b2", "b2"],
                         "speaker": ["Ines Corvale", "Corvale", "Bruno Corvale", "Corvale"]})
    assert list(add_people(rows)["person"]) == ["Ines Corvale", "Ines Corvale", "Bruno Corvale", "Bruno Corvale"]


# --- the scorer -----------------------------------------------------------------------------

def test_bcubed_on_a_known_example():
    # gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
    scores = bcubed(["x", "x", "y", "y", "y"], ["A", "A", "A", "B", "B"])
    assert scores["precision"] == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert scores["recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert scores["items"] == 5


def test_bcubed_perfect_and_missing_labels():
    assert bcubed(["p", "p", "q"], ["A", "A", "B"])["f1"] == 1.0
    assert bcubed([None, None], ["A", "A"])["recall"] == 0.5
    assert bcubed(["p"], [None])["items"] == 0
    with pytest.raises(ValueError):
        bcubed(["p"], ["A", "B"])
