"""Tests for toolkit.topics: topic tagging from word lists. Texts are invented."""
from __future__ import annotations

import pytest

from toolkit.topics import NO_TOPIC, default_topics, tag_topics


def test_default_topics_are_the_meetings():
    topics = default_topics()
    assert list(topics) == ["drugs", "firearms", "migration"]
    assert "fentanyl" in topics["drugs"]
    assert all(isinstance(w, str) and w == w.lower() for ws in topics.values() for w in ws)
    # a fresh dict each time, so callers may extend it
    default_topics()["trade"] = ("tariff",)
    assert "trade" not in default_topics()


def test_tags_each_default_topic():
    assert tag_topics("Fentanyl seizures rose at the ports.") == ("drugs",)
    assert tag_topics("Smuggled rifles reached the cartels.") == ("drugs", "firearms")
    assert tag_topics("More asylum seekers crossed near Zelta.") == ("migration",)
    assert tag_topics("The talks covered opioids, handguns and migrants.") == (
        "drugs", "firearms", "migration")


def test_no_topic_gives_empty_tuple():
    assert tag_topics("The weather in Marlow was mild.") == ()
    assert tag_topics("") == ()
    assert NO_TOPIC == "(none)"


def test_word_boundaries_and_case():
    assert tag_topics("The rally had begun early.") == ()  # "gun" inside "begun"
    assert tag_topics("GUN laws were debated.") == ("firearms",)
    assert tag_topics("Human   smuggling rings were broken up.") == ("migration",)


def test_user_topics_replace_defaults_and_extend():
    trade = {"trade": ["tariff*", "steel", "free trade"]}
    assert tag_topics("Tariffs on steel rose.", trade) == ("trade",)
    assert tag_topics("Fentanyl and tariffs.", trade) == ("trade",)
    both = default_topics() | trade
    assert tag_topics("Fentanyl and tariffs.", both) == ("drugs", "trade")
    assert tag_topics("A free trade pact.", {"trade": "free trade"}) == ("trade",)
    assert tag_topics("Nothing here.", {"empty": []}) == ()


def test_bad_input():
    with pytest.raises(TypeError, match="int"):
        tag_topics(5)
    with pytest.raises(TypeError, match="dict"):
        tag_topics("text", ["fentanyl"])
    with pytest.raises(TypeError, match="trade"):
        tag_topics("text", {"trade": [1, 2]})


@pytest.mark.parametrize("text", [
    "\u201cThe cartels\u2019 fentanyl\u2026\u201d \u2014 she said", "It\u2019s about guns\u00a0and asylum",
    "Die Grenzübergänge und Migranten", "\u212aelvin ſmuggling İran", "Nothing here\u2019s relevant.", "",
])
def test_one_search_rules_out_all_topics_and_curly_punctuation_reads_as_ascii(text):
    # tag_topics rules out every topic with one search of all their words, and reads text whose
    # only non-ASCII characters are curly quotes, dashes and the like as ASCII; both are short
    # cuts to what each topic's case-insensitive pattern finds
    import importlib

    topics_module = importlib.import_module("toolkit.topics")
    topics = default_topics() | {"place": ["iran", "smuggl*"], "unit": ["kelvin"]}
    expected = tuple(name for name, words in topics.items() if topics_module._pattern(tuple(words)).search(text))
    assert tag_topics(text, topics) == expected
