"""Do the tone backends agree with a reader on unambiguous sentences?

Forty-two invented sentences in the style of political news (invented people and places), a
third positive, a third negative, a third neutral; some carry a target, the person the tone is
about. These sentences were written before the "news" model was tuned and are a held-out check:
the model and its rules were improved on a separate list (``tests/data/tone_dev_sentences.tsv``),
never on these. Each backend's accuracy is printed (``pytest -s``); the news backend must be
right on at least 90% of them.
"""
from __future__ import annotations

import pytest

import toolkit as tk

POS, NEU, NEG = 1, 0, -1

#: (sentence, target or None, the label a reader gives).
READER_SENTENCES = [
    # positive
    ("We are making real progress on the housing plan.", None, POS),
    ("Senator Dana Whitcombe supported the bill.", "Whitcombe", POS),
    ("Residents praised Mayor Ilse Vorhagen for her quick and generous response to the flood.",
     "Vorhagen", POS),
    ("The new clinic in Brantmoor has been a remarkable success.", None, POS),
    ("Governor Tomas Eberle won broad praise for the budget deal.", "Eberle", POS),
    ("Unemployment in Carrow County fell to its lowest level in a decade, good news for families.",
     None, POS),
    ("Council member Rosa Lindqvist was honoured for her years of dedicated service.", "Lindqvist", POS),
    ("The agreement is a big win for workers and their families.", None, POS),
    ("Voters in Elmsford welcomed the plan with enthusiasm.", None, POS),
    ("Minister Arjun Pellow helped secure the release of the hostages.", "Pellow", POS),
    ("The bridge reopened ahead of schedule and under budget.", None, POS),
    ("Teachers celebrated the pay rise as a long overdue victory.", None, POS),
    ("Judge Marisol Okafor was widely respected for her fairness.", "Okafor", POS),
    ("The festival drew record crowds and delighted visitors.", None, POS),
    # negative
    ("Fentanyl is killing our children, and we will act.", None, NEG),
    ("Critics accused Senator Dana Whitcombe of lying to voters.", "Whitcombe", NEG),
    ("The scandal has badly damaged Mayor Ilse Vorhagen's reputation.", "Vorhagen", NEG),
    ("The flood destroyed hundreds of homes in Brantmoor.", None, NEG),
    ("Governor Tomas Eberle was indicted on corruption charges.", "Eberle", NEG),
    ("The program has been a costly failure.", None, NEG),
    ("Protesters condemned the police for the violent crackdown.", None, NEG),
    ("Council member Rosa Lindqvist was fired after the fraud was uncovered.", "Lindqvist", NEG),
    ("Three people were killed in the attack on the market in Carrow.", None, NEG),
    ("The hospital is overwhelmed and patients are dying in the corridors.", None, NEG),
    ("Minister Arjun Pellow faced angry criticism over the botched rollout.", "Pellow", NEG),
    ("The crisis has left thousands of families hungry and afraid.", None, NEG),
    ("Judge Marisol Okafor was removed from the bench for misconduct.", "Okafor", NEG),
    ("The deal was a disaster for local farmers.", None, NEG),
    # neutral
    ("The committee will meet on Tuesday to discuss the proposal.", None, NEU),
    ("Senator Dana Whitcombe represents the northern district.", "Whitcombe", NEU),
    ("Mayor Ilse Vorhagen spoke to reporters after the meeting.", "Vorhagen", NEU),
    ("The bill will be debated in the state assembly next week.", None, NEU),
    ("Governor Tomas Eberle is expected to sign the budget on Friday.", "Eberle", NEU),
    ("The report was published on Monday.", None, NEU),
    ("The city of Elmsford has about 40,000 residents.", None, NEU),
    ("Council member Rosa Lindqvist was elected in 2019.", "Lindqvist", NEU),
    ("The vote is scheduled for March.", None, NEU),
    ("Minister Arjun Pellow travelled to Brantmoor on Thursday.", "Pellow", NEU),
    ("The agency released its annual figures this morning.", None, NEU),
    ("Judge Marisol Okafor will hear the case in the spring.", "Okafor", NEU),
    ("The ministry said the talks would continue next month.", None, NEU),
    ("The proposal would change how the county collects taxes.", None, NEU),
]

#: The news backend must be right on at least this share of the sentences.
NEWS_MIN_ACCURACY = 0.90


def accuracy(backend: str) -> float:
    """The share of :data:`READER_SENTENCES` a backend labels as the reader does."""
    right = 0
    for text, target, gold in READER_SENTENCES:
        right += tk.sentiment(text, target=target, backend=backend).label == gold
    return right / len(READER_SENTENCES)


def test_the_sentences_are_balanced_and_some_have_targets():
    labels = [gold for _, _, gold in READER_SENTENCES]
    assert len(READER_SENTENCES) >= 40
    assert all(labels.count(c) == len(labels) // 3 for c in (POS, NEU, NEG))
    assert sum(target is not None for _, target, _ in READER_SENTENCES) >= 10


@pytest.mark.parametrize("backend", tk.sentiment_backends())
def test_each_backend_accuracy_is_reported(backend):
    share = accuracy(backend)
    print(f"\n{backend}: {share:.3f} of {len(READER_SENTENCES)} reader sentences")
    assert 0.0 <= share <= 1.0


def test_news_backend_agrees_with_a_reader():
    misses = [(text, target, gold, tk.sentiment(text, target=target, backend="news").label)
              for text, target, gold in READER_SENTENCES
              if tk.sentiment(text, target=target, backend="news").label != gold]
    share = 1 - len(misses) / len(READER_SENTENCES)
    assert share >= NEWS_MIN_ACCURACY, f"news backend right on {share:.2f}; misses: {misses}"


def test_news_evidence_shows_content_words_not_function_words():
    function_words = {"we", "is", "the", "are", "our", "and", "a", "of", "to", "was", "has"}
    for text in ("We are making real progress on the housing plan.",
                 "Fentanyl is killing our children, and we will act."):
        shown = {w for words, _ in tk.sentiment(text, backend="news").evidence for w in words.split()}
        assert shown and not shown & function_words, shown
