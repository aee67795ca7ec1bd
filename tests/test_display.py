"""highlight() and the HTML display of results: escaped text, overlapping spans, legend."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit as tk
from toolkit.display import Highlighted, speaker_colours
from toolkit.model import Article, Quote, Timex

TEXT = ('Mayor Ines Valdor said on Monday, "We will reopen the Harrow Bridge by Friday." '
        "Her deputy, Tomas Brill, said the repairs would cost more than planned.\n\n"
        "Residents were not convinced <script>alert('x')</script> & said so.")


def _q(text, speaker, start, end, *, direct, mention=None, cue=None, role=None):
    mention_span = cue_span = None
    if mention:
        i = TEXT.index(mention)
        mention_span = (i, i + len(mention))
    if cue:
        i = TEXT.index(cue, mention_span[1] if mention_span else 0)
        cue_span = (i, i + len(cue))
    return Quote(text=text, spans=((start, end),), start=start, end=end, direct=direct, speaker=speaker,
                 mention=mention, mention_span=mention_span, cue=cue, cue_span=cue_span, role=role)


def _span(needle, start=0):
    i = TEXT.index(needle, start)
    return i, i + len(needle)


@pytest.fixture
def quotes():
    s, e = _span("We will reopen the Harrow Bridge by Friday.")
    rs, re_ = _span("the repairs would cost more than planned")
    return [
        _q(TEXT[s:e], "Ines Valdor", s, e, direct=True, mention="Mayor Ines Valdor", cue="said", role="Mayor"),
        _q(TEXT[rs:re_], "Tomas Brill", rs, re_, direct=False, mention="Tomas Brill", cue="said"),
        # A quote with no identifiable speaker is kept and shown as the unknown speaker.
        _q("so", None, TEXT.index("so."), TEXT.index("so.") + 2, direct=False),
    ]


@pytest.fixture
def timexes():
    mon, fri = _span("Monday"), _span("Friday")
    return [
        Timex("Monday", *mon, "DATE", "2024-03-04", dt.datetime(2024, 3, 4), dt.datetime(2024, 3, 4, 23, 59, 59)),
        Timex("Friday", *fri, "DATE", "2024-03-08", dt.datetime(2024, 3, 8), dt.datetime(2024, 3, 8, 23, 59, 59)),
    ]


class _Tags(HTMLParser):
    """Checks the markup is balanced and collects the visible text."""

    VOID = {"br", "img", "hr", "meta", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> after {self.stack[-3:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup):
    p = _Tags()
    p.feed(markup)
    p.close()
    assert not p.stack, f"unclosed tags: {p.stack}"
    return p


def test_highlight_escapes_the_article_text(quotes, timexes):
    article = Article(id="t1", text=TEXT, title="<b>Bridge</b> news", outlet="Eastvale Post")
    view = tk.highlight(article, quotes=quotes, timexes=timexes)
    assert "<script>" not in view.html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in view.html
    assert "<b>Bridge</b>" not in view.html
    parsed = _parse(view.html)
    assert parsed.scripts == 0
    visible = "".join(parsed.text)
    assert "<script>alert('x')</script> & said so." in visible  # shown as text, intact


def test_highlight_keeps_every_character_of_the_text(quotes, timexes):
    view = tk.highlight(TEXT, quotes=quotes, timexes=timexes)
    visible = "".join(_parse(view.html).text)
    for para in TEXT.split("\n\n"):
        assert para in visible


def test_overlapping_spans_nest_cleanly(quotes, timexes):
    """The direct quote contains "Friday"; the reported quote follows a mention and a cue."""
    view = tk.highlight(TEXT, quotes=quotes, timexes=timexes)
    _parse(view.html)
    friday = re.search(r'<span class="([^"]*)"[^>]*>Friday</span>', view.html)
    assert friday, "Friday should be one marked piece"
    classes = friday.group(1).split()
    assert {"tk-quote", "tk-direct", "tk-timex"} <= set(classes)
    piece = friday.group(0)
    assert 'data-speaker="Ines Valdor"' in piece and 'data-value="2024-03-08"' in piece
    assert "DATE 2024-03-08 (2024-03-08 to 2024-03-08 23:59:59)" in piece  # the hover text


def test_cues_mentions_and_timexes_are_marked(quotes, timexes):
    view = tk.highlight(TEXT, quotes=quotes, timexes=timexes)
    html = view.html
    assert re.search(r'class="tk-mention"[^>]*>Mayor Ines Valdor</span>', html)
    assert re.search(r'class="tk-cue"[^>]*>said</span>', html)
    assert re.search(r'class="tk-timex"[^>]*title="DATE 2024-03-04[^"]*"[^>]*>Monday</span>', html)
    assert "tk-reported" in html and "tk-direct" in html


def test_legend_lists_speakers_with_their_colours(quotes, timexes):
    view = tk.highlight(TEXT, quotes=quotes, timexes=timexes)
    assert list(view.legend) == ["Ines Valdor", "Tomas Brill", "unknown speaker"]
    assert len(set(view.legend.values())) == 3
    for name, colour in view.legend.items():
        assert f'data-speaker="{name}"' in view.html
        assert colour in view.html
    # The quote's background uses its speaker's colour.
    assert re.search(rf'background:{view.legend["Ines Valdor"]}[;"][^>]*>We will reopen', view.html)


def test_highlight_result_displays_in_jupyter(quotes, timexes):
    view = tk.highlight(TEXT, quotes=quotes, timexes=timexes)
    assert isinstance(view, Highlighted)
    assert view._repr_html_() == view.html == view.data == str(view)
    assert "3 quotes" in repr(view)


def test_highlight_with_no_quotes_or_timexes_still_shows_the_text():
    view = tk.highlight("A quiet day in Eastvale.", quotes=[], timexes=[])
    assert "A quiet day in Eastvale." in view.html
    assert view.legend == {}


def test_bad_spans_are_ignored_not_raised():
    bad = Quote(text="x", spans=((50, 10), (0, 999)), start=0, end=999, direct=True, speaker="A B",
                mention_span=(3,), cue_span=None)
    timex = Timex("never", -5, 2, "DATE", "PAST_REF")
    view = tk.highlight("Short text here.", quotes=[bad], timexes=[timex])
    _parse(view.html)
    assert "Short text here." in "".join(_parse(view.html).text)


def test_highlight_rejects_what_is_not_an_article():
    with pytest.raises(TypeError, match="int"):
        tk.highlight(42, quotes=[], timexes=[])


def test_speaker_colours_are_stable_and_distinct():
    qs = [Quote(text=str(i), spans=((i, i + 1),), start=i, end=i + 1, direct=True, speaker=f"P{i % 20}")
          for i in range(40)]
    colours = speaker_colours(qs)
    assert list(colours) == [f"P{i}" for i in range(20)]
    assert len(set(list(colours.values())[:16])) == 16
    assert speaker_colours(reversed(qs)) == colours


def test_highlight_computes_quotes_and_timexes_by_default(seed):
    view = tk.highlight(seed)
    assert view.quotes and view.timexes
    assert "Merrick B. Garland" in view.legend
    assert "tk-timex" in view.html and "Thursday" in view.html


def test_results_display_as_escaped_html():
    article = Article(id="x", text="<img src=x onerror=alert(1)> hello", title="<i>t</i>")
    html = article._repr_html_()
    assert "<img" not in html and "&lt;img" in html and "<i>t</i>" not in html
    quote = Quote(text="<b>bold</b>", spans=((0, 11),), start=0, end=11, direct=True, speaker="<Ann>")
    assert "<b>bold</b>" not in quote._repr_html_() and "&lt;Ann&gt;" in quote._repr_html_()
    timex = Timex("<u>Monday</u>", 0, 13, "DATE", "2024-03-04")
    assert "<u>Monday" not in timex._repr_html_() and "2024-03-04" in timex._repr_html_()


_any_span = st.tuples(st.integers(-5, 60), st.integers(-5, 60))


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from('ab <>&"\'\n.'), max_size=50),
       quote_spans=st.lists(st.tuples(_any_span, _any_span, _any_span, st.booleans(),
                                      st.sampled_from(["Ann", None, "<B>"])),
                            max_size=4),
       timex_spans=st.lists(_any_span, max_size=3))
def test_any_spans_give_balanced_markup_and_the_whole_text(text, quote_spans, timex_spans):
    quotes = [Quote(text="q", spans=(content,), start=content[0], end=content[1], direct=direct, speaker=who,
                    mention_span=mention, cue="said", cue_span=cue)
              for content, mention, cue, direct, who in quote_spans]
    timexes = [Timex("t", s, e, "DATE", "2024") for s, e in timex_spans]
    view = tk.highlight(text, quotes=quotes, timexes=timexes)
    parsed = _parse(view.html)
    assert parsed.scripts == 0
    visible = "".join(parsed.text)
    for s, e in tk.paragraphs(text):
        assert text[s:e].replace("\n", "") in visible
