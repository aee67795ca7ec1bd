"""Quotation styles: single marks (British and wire style), guillemets, low-high marks and straight
marks in any mix are attributed like curly double ones, and the Quotes quote the text as written.
Texts written for the tests, invented people and places."""
from __future__ import annotations

import pytest

from toolkit.quotes import extract_quotes

from _quotes_helpers import check_quotes, spans_ok

STYLE_CASES = [
    pytest.param("'We will not back down,' said Jane Doe, the Labour MP for Bristol.", "back down",
                 {"text": "'We will not back down,'", "speaker": "Jane Doe", "cue": "said", "direct": True},
                 id="straight_single_marks_then_cue_and_appositive"),
    pytest.param("\u2018We will not back down,\u2019 said Jane Doe, the Labour MP for Bristol.", "back down",
                 {"text": "\u2018We will not back down,\u2019", "speaker": "Jane Doe", "direct": True},
                 id="curly_single_marks"),
    pytest.param("'We will not allow foreign agents to operate here,' Ramon Ortega told his daily morning "
                 "news conference.", "foreign agents",
                 {"text": "'We will not allow foreign agents to operate here,'", "speaker": "Ramon Ortega",
                  "cue": "told"},
                 id="straight_single_marks_then_speaker_and_told"),
    pytest.param("\u00abWe are ready\u00bb, Tomas Vell said, \u00aband we will win\u00bb.", "ready",
                 {"speaker": "Tomas Vell", "n_spans": 1, "direct": True},
                 id="guillemets_split_quote-1"),
    pytest.param("\u00abWe are ready\u00bb, Tomas Vell said, \u00aband we will win\u00bb.", "win",
                 {"speaker": "Tomas Vell", "text": "\u00aband we will win\u00bb", "direct": True},
                 id="guillemets_split_quote-2"),
    pytest.param("\u201eWe are ready\u201c, said Tomas Vell.", "ready",
                 {"text": "\u201eWe are ready\u201c", "speaker": "Tomas Vell", "direct": True},
                 id="low_high_marks"),
    pytest.param("\u00bbWe are ready\u00ab, said Tomas Vell.", "ready",
                 {"text": "\u00bbWe are ready\u00ab", "speaker": "Tomas Vell", "direct": True},
                 id="guillemets_pointing_inwards"),
    pytest.param("Tomas Vell, the harbor commissioner, said: 'We are ready.'", "ready",
                 {"text": "'We are ready.'", "speaker": "Tomas Vell", "direct": True},
                 id="colon_then_single_marks"),
    pytest.param("\u2018He called it \u201cabsurd\u201d,\u2019 Tomas Vell said.", "absurd",
                 {"text": "\u2018He called it \u201cabsurd\u201d,\u2019", "speaker": "Tomas Vell"},
                 id="double_marks_nested_in_single_ones"),
    pytest.param("'We are ready,' Tomas Vell said, \"and we will win.\"", "ready",
                 {"speaker": "Tomas Vell", "n_spans": 1}, id="single_and_double_marks_mixed-1"),
    pytest.param("'We are ready,' Tomas Vell said, \"and we will win.\"", "win",
                 {"speaker": "Tomas Vell", "text": "\"and we will win.\""}, id="single_and_double_marks_mixed-2"),
]


@pytest.mark.parametrize("text, needle, expected", STYLE_CASES)
def test_quotation_styles_are_attributed(text, needle, expected):
    check_quotes(text, needle, expected)


def test_no_false_quote_after_a_single_quotation():
    text = "'We will not allow foreign agents to operate here,' Ramon Ortega told his daily morning news conference."
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert "conference" not in quotes[0].text


def test_apostrophes_do_not_make_quotes():
    text = ("Don't expect rock 'n' roll from the '90s, Obrador's aide said of the farmers' festival. "
            "It's a small town.")
    quotes = extract_quotes(text)
    assert all(not q.direct for q in quotes)
    for q in quotes:
        spans_ok(text, q)
