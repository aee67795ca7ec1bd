"""The quote finder's speed-ups checked against the plain way they replace, on odd strings.

These are the only quote tests that read the package's modules rather than its public functions:
each speed-up (tokens found on demand, the cue trie, patterns rewritten to start with literals)
must find exactly what the plain way finds, which extract_quotes alone cannot show.
"""


_ODD_PIECES = ["that", "whatever", "if", "somehow", "U.S.", "J.B.", "Mr.", "gov. ", "No.", "A.", "A. ", "1,000",
               "12,345", "x", " ", ".", "\n",
               "it's", "rock-and-roll", "AT&T", "\u2019", "\u00e9", "_", "Sept.", "\x1c", "\xa0", "\u3000",
               "\u200b", "\t", "\u2014", "said", "Said", "unsaid", "says,", "put", "according", "warned",
               "\u201c", "\u201d", '"', "'", "''", "\u00ab", "Dana Whitcombe", " of ", "Of", "\u0130",
               "\u212a", "Lee", "told"]


def _odd_strings(n: int, seed: int = 11) -> list:
    import random

    rng = random.Random(seed)
    return [''.join(rng.choice(_ODD_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_unit_tokens_on_demand_equal_the_whole_units_tokens():
    import random

    from toolkit.quotes.document import UnitTokens
    from toolkit.text import TOKEN

    rng = random.Random(3)
    for text in _odd_strings(1500):
        unit_start = rng.randint(0, len(text))
        unit_end = rng.randint(unit_start, len(text))
        whole = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, unit_start, unit_end)]
        unit_tokens = UnitTokens(text)
        unit_tokens.reset(unit_start, unit_end)
        for _ in range(5):  # windows asked in any order, as the rules ask them
            s = rng.randint(unit_start, unit_end)
            e = rng.randint(s, unit_end)
            expected = [t for t in whole if s <= t[0] < e and t[1] <= e]
            assert unit_tokens.get(s, e) == expected, (text, unit_start, unit_end, s, e)


def test_cue_trie_finds_the_lexicon_words_of_the_plain_scan():
    import random
    import re

    from toolkit.quotes import lexicon

    rng = random.Random(5)
    found = 0
    for text in _odd_strings(1500) + ["As Ms. Lee put it, officials said, according to the mayor, ADDED"]:
        low = text.lower()
        if len(low) != len(text) or "\u212a" in text:
            continue  # the engine scans the text itself then
        starts = [i for i in range(len(text) + 1) if i == 0 or not ("a" <= low[i - 1] <= "z")]
        for _ in range(3):
            a = rng.choice(starts)
            b = rng.randint(a, len(text))
            plain = [(m.start(), m.end(), m.group().lower()) for m in re.finditer("[A-Za-z]+", text[:b])
                     if m.start() >= a and (m.group().lower() in lexicon.CUES or m.group().lower() == "put")]
            assert [(m.start(), m.end(), m.group()) for m in lexicon.cue_run_pattern().finditer(low, a, b)] == plain
            found += len(plain)
    assert found > 100


def test_rewritten_patterns_match_like_the_plain_ones():
    import random
    import re

    from toolkit.quotes.patterns import NAME_SEQ, THAT
    from toolkit.text import QUOTE_MARK

    plain_marks = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\"]|''")
    plain_names = re.compile(r"\b[A-Z]" + NAME_SEQ.pattern[len(r"[A-Z](?<!\w.)"):])
    plain_that = re.compile(r"\b(?:that|whether|if|how|why|what)\b")
    rng = random.Random(9)
    for text in _odd_strings(1500) + ["somehow that, thatch, what-if, whether_or why? How"]:
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for new, old in ((QUOTE_MARK, plain_marks), (NAME_SEQ, plain_names), (THAT, plain_that)):
            assert [m.span() for m in new.finditer(text, a, b)] == [m.span() for m in old.finditer(text, a, b)]
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_surname_mentions_are_the_matches_of_the_surname_alternation():
    import random
    import re

    from toolkit.quotes.mentions import surname_mentions

    def plain(text, surnames):
        pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
                             + r")(?![\w\-]|['\u2019][a-rt-z])")
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]

    pieces = ["Lee", "Leeds", "Lee-Ann", "O'Brien", "Brien", "Smith", "Smiths", "Smith's", "Smith'd",
              "Smith\u2019s", "Ann", "Anna", "Annanna", "x", " ", "_", "-", "'", "\u2019", "\u00e9", "1", "."]
    rng = random.Random(13)
    names = ["Lee", "Leeds", "Lee-Ann", "O'Brien", "Brien", "Smith", "Smiths", "Ann", "Anna", "Annanna"]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        surnames = set(rng.sample(names, rng.randint(1, len(names))))
        expected = plain(text, surnames)
        assert surname_mentions(text, surnames) == expected, (text, surnames)
        found += len(expected)
    assert found > 500
