"""Assertions shared by the tests: every offset a result reports indexes the text."""
from __future__ import annotations


def assert_quote_spans(text: str, quotes) -> None:
    """Each Quote's spans, hull, text, mention and cue agree with ``text``."""
    for q in quotes:
        assert q.spans, q
        for s, e in q.spans:
            assert 0 <= s <= e <= len(text)
        assert q.start == min(s for s, _ in q.spans) and q.end == max(e for _, e in q.spans)
        assert q.text == " \u2026 ".join(text[s:e] for s, e in q.spans)
        if q.mention_span is not None:
            assert text[q.mention_span[0]:q.mention_span[1]] == q.mention
        if q.cue_span is not None:
            assert text[q.cue_span[0]:q.cue_span[1]] == q.cue


def assert_timex_spans(text: str, timexes) -> None:
    """Each Timex's offsets slice exactly its text."""
    for t in timexes:
        assert 0 <= t.start <= t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
