"""Helpers of the quote tests: find the one quote a test is about, and check it against a table row."""
from __future__ import annotations

from toolkit.model import Quote
from toolkit.quotes import extract_quotes

from _checks import assert_quote_spans

# Keys of an expected dict that are not Quote fields, and how each checks the quote.
_DERIVED = {
    "text_start": lambda text, q, want: q.text.startswith(want),
    "text_end": lambda text, q, want: q.text.endswith(want),
    "text_has": lambda text, q, want: want in q.text,
    "text_lacks": lambda text, q, want: want not in q.text,
    "cue_in": lambda text, q, want: q.cue in want,
    "n_spans": lambda text, q, want: len(q.spans) == want,
    "span_texts": lambda text, q, want: [text[s:e] for s, e in q.spans] == want,
    "has_mention": lambda text, q, want: (q.mention is not None) == want,
}


def spans_ok(text: str, q: Quote) -> None:
    """Every offset a Quote reports indexes the text."""
    assert_quote_spans(text, [q])


def one_quote(text: str, needle: str, **options) -> Quote:
    """The one quote of ``text`` whose content contains ``needle`` (its spans checked);
    ``options`` go to :func:`extract_quotes`."""
    found = [q for q in extract_quotes(text, **options) if needle in q.text]
    assert len(found) == 1, [q.text for q in extract_quotes(text, **options)]
    spans_ok(text, found[0])
    return found[0]


def check_quotes(text: str, needle, expected: dict, **options) -> None:
    """Check a table row: the quote containing ``needle`` has the ``expected`` fields (Quote field
    names, or the keys of _DERIVED); with ``needle`` None, ``expected`` says what no quote of the
    text may be: ``{"no_quotes": True}`` or ``{"no_cue": word}``. ``options`` go to
    :func:`extract_quotes`."""
    if needle is None:
        quotes = extract_quotes(text, **options)
        for q in quotes:
            spans_ok(text, q)
        if expected.get("no_quotes"):
            assert quotes == []
        if "no_cue" in expected:
            assert not any(q.cue == expected["no_cue"] for q in quotes), [q.cue for q in quotes]
        return
    q = one_quote(text, needle, **options)
    for key, want in expected.items():
        if key in _DERIVED:
            assert _DERIVED[key](text, q, want), (key, want, q)
        else:
            assert getattr(q, key) == want, (key, want, q)
