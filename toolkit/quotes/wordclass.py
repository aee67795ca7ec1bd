"""The most frequent part of speech of an English word, read from the Brill lexicon that TextBlob
ships (``textblob/en/en-lexicon.txt``: about 94,000 words tagged on the Brown corpus and the Penn
Treebank). Reading the file needs no corpus download; it is read once, on first use.

The speaker checks use it to tell a phrase cut before its head ("A legal", "The famously") and a
clause ("He scrapped") from a noun phrase, without a tagger.
"""
from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["word_tag", "is_modifier", "is_adverb", "is_participle", "is_past_verb", "is_finite_verb", "is_common_word"]

# Penn Treebank tags of words that modify a head and cannot be one: adjectives, adverbs, numbers.
_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
_MODIFIER_TAGS = _ADVERB_TAGS | {"JJ", "JJR", "JJS", "CD"}


@cache
def _lexicon() -> dict:
    # Found without importing textblob (which imports nltk: a second and more).
    path = Path(find_spec("textblob").origin).parent / "en" / "en-lexicon.txt"
    tags = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and not line.startswith(";"):
                tags.setdefault(parts[0], parts[1])
    return tags


def word_tag(word: str):
    """The most frequent Penn Treebank tag of ``word`` as written (case matters: "May" is NNP,
    "may" MD), or None for a word the lexicon does not hold."""
    return _lexicon().get(word)


def is_modifier(word: str) -> bool:
    """True for a lower-case adjective, adverb or number word ("legal", "famously", "second")."""
    return word_tag(word) in _MODIFIER_TAGS


def is_adverb(word: str) -> bool:
    """True for a lower-case word most often an adverb ("now", "soon", "however")."""
    return word_tag(word) in _ADVERB_TAGS


def is_participle(word: str) -> bool:
    """True for a lower-case word most often a participle ("retired", "passing"), not a noun
    ("polling", "drinking")."""
    return word_tag(word) in ("VBN", "VBG")


def is_past_verb(word: str) -> bool:
    """True for a lower-case word most often a verb in the past tense ("helped", "laughed")."""
    return word_tag(word) == "VBD"


def is_finite_verb(word: str) -> bool:
    """True for a lower-case word most often a verb in the present third person or the past tense
    ("calls", "goes", "helped"): in a run of capitalised words, a headline's verb, never a name."""
    return word_tag(word) in ("VBZ", "VBD")


def is_common_word(word: str) -> bool:
    """True for a lower-case word the lexicon holds as anything but a proper noun ("underdog",
    "navy", "bill"): written with a capital, a word of a headline or a title, or a name."""
    tag = word_tag(word)
    return tag is not None and not tag.startswith("NNP")
