"""Where the finder looks: trigger words, the places an expression can start, the full pattern.

A fast scan finds trigger words (month and weekday names, time units, "now", "today", years,
clock times); the full pattern (one alternation of the rules) is then tried only at the word
starts just before each trigger where one of its rules can begin, and not before a word or
character no expression contains. The words each rule can begin with and the words any
expression can hold are stated in ``toolkit/data/timex_scan_words.txt``.
"""
from __future__ import annotations

import operator
import re
from typing import Any, Iterator, Optional

from ..text import trie_pattern

__all__ = ["Scanner", "candidates", "WORD_START"]

_BEFORE = 32  # how far before a trigger word an expression may start ("at least two more ...")
# Word starts where an expression may begin: common words that never start one are skipped.
WORD_START = re.compile(
    r"(?<![\w'])(?!(?i:of|and|to|in|on|for|with|by|was|is|are|were|be|been|has|have|had|said|says|he|she|"
    r"it|its|they|we|his|her|their|or|but|not|will|would|could|if|than|also|into|after|before|since|"
    r"during|until|when|while|as|from|which|who|there|i|you|our|my|your)\b)[\w$']")
_START = operator.methodcaller("start")
_LETTERS = re.compile(r"[^\W\d_]+")
# Named characters of the scan-words file; any other non-letter token stands for itself.
# Keys of the file whose "@table" tokens stand for every word of the keys, not the first.
_EVERY_WORD_KEYS = frozenset({"inside", "triggers", "not_triggers"})
_CHAR_NAMES = {"<digit>": r"\d", "<space>": re.escape(" "), "<tab>": re.escape("\t"), "<nbsp>": re.escape("\u00a0")}


def _scan_words(data: Any, scan_rows: tuple) -> dict:
    """The rows of ``timex_scan_words.txt`` read: ``{key: (words, character-class pieces)}`` (see its header)."""
    rows = {row[0]: row[1].split() for row in scan_rows}
    groups = {key: tokens for key, tokens in rows.items() if key.startswith("%")}
    out = {}
    for key, tokens in rows.items():
        if key.startswith("%"):
            continue
        words, chars = set(), set()
        for token in tokens:
            if token.startswith("%"):
                words |= set(groups[token])
            elif token.startswith("@"):
                words |= _table_words(data, token, first_only=key not in _EVERY_WORD_KEYS)
            elif token in _CHAR_NAMES:
                chars.add(_CHAR_NAMES[token])
            elif _LETTERS.fullmatch(token) or "'" in token[1:]:
                words.add(token)
            else:
                chars.add(re.escape(token))
        out[key] = (frozenset(words), frozenset(chars))
    return out


def _table_words(data: Any, token: str, first_only: bool) -> set:
    """The words of ``@table``: the first word of each key (``first_only``) or all of them;
    ``@table+s``: the keys with an "s"."""
    name = token[1:].removesuffix("+s")
    keys = getattr(data, name)
    if token.endswith("+s"):
        return {key + "s" for key in keys}
    if first_only:
        return {_LETTERS.findall(key)[0] for key in keys}
    return {word for key in keys for word in _LETTERS.findall(key)}


def _check_of(words, chars) -> str:
    """A regex lookahead true where a match can begin: one of ``words`` followed by a non-letter,
    or a character of the class ``chars``. Compile it with the pattern's flags."""
    alternatives = ["(?:" + trie_pattern(words) + r")(?![^\W\d_])"]
    if chars:
        alternatives.append("[" + "".join(sorted(chars)) + "]")
    return "(?=" + "|".join(alternatives) + ")"


def _blocker_of(words, chars) -> str:
    """A regex whose ``match(text, lo, hi)`` finds (group 1) the last place in ``text[lo:hi]``
    that no match can contain: a run of letters that is none of ``words``, or a character that
    is no word character nor one of ``chars``. Compile it with the pattern's flags."""
    return (r"(?s:.*)((?<![^\W\d_])(?!(?:" + trie_pattern(words) + r")(?![^\W\d_]))[^\W\d_]|[^\w"
            + "".join(sorted(chars)) + "])")


class Scanner:
    """The compiled scan of the finder.

    Args:
        rules: ``(name, regex source)`` pairs in the order they are tried.
        data: The word tables (:class:`~.ruledata.RuleData`).
        scan_rows: The rows of ``toolkit/data/timex_scan_words.txt``.

    Attributes:
        finder: The full pattern; ``lastgroup`` names the rule that matched.
        may_start: ``may_start(text, pos)`` is None where no rule can begin.
        last_blocker: ``last_blocker(text, lo, hi)`` finds (group 1) the last place in
            ``text[lo:hi]`` no expression crosses, or is None.
    """

    def __init__(self, rules: list, data: Any, scan_rows: tuple) -> None:
        scan_words = _scan_words(data, scan_rows)
        self._compile_triggers(data, scan_words)
        pre, post = r"(?<![\w$£€#/])(?:", r")(?![\w%]|-[a-z])"
        # Each rule is guarded by its own check, so that the rules that cannot match at a place
        # fail at once: the same matches, with a fraction of the time a try takes.
        firsts = [scan_words[name] for name, _ in rules]
        self.may_start = re.compile(_check_of(frozenset().union(*(w for w, _ in firsts)),
                                              frozenset().union(*(c for _, c in firsts))), re.I).match
        self.finder = re.compile(pre + "|".join(f"(?P<{name}>{_check_of(*scan_words[name])}(?:{source}))"
                                                for name, source in rules) + post, re.I)
        inside_words, _ = scan_words["inside"]
        _, inside_chars = scan_words["inside_chars"]
        self.last_blocker = re.compile(_blocker_of(inside_words, inside_chars), re.I).match

    def _compile_triggers(self, data: Any, scan_words: dict) -> None:
        """The trigger scan: every expression contains a trigger word or number near its end.
        Scanning for them (a case-sensitive trie) is several times faster than running the full
        pattern everywhere."""
        words = set(data.months) | set(data.weekdays) | set(data.pods) | set(data.seasons) | set(data.sets)
        for unit in data.units:
            words |= {unit, unit + "s"}
        words |= scan_words["triggers"][0]
        for phrase in list(data.refs) + list(data.holidays):
            words |= set(re.findall(r"[a-z]+", phrase))
        words -= scan_words["not_triggers"][0]
        variants = words | {w.capitalize() for w in words} | {w.upper() for w in words}
        # A word inside a longer one is no trigger (candidates skips it): when every trigger
        # word is made of ASCII letters, such words can be left out of the scan already
        # (``(?<![A-Za-z])``), which lets the engine reject most positions at once. Numbers:
        # ``\d(?<!\d\d)`` is ``(?<!\d)\d`` with the digit first, so that positions without a
        # digit fail at once.
        letters_only = all(re.fullmatch(r"[A-Za-z]+", w) for w in variants)
        inside = r"(?<![A-Za-z])" if letters_only else ""
        trigger_words = inside + r"(?:" + trie_pattern(variants) + r")(?![A-Za-z])"
        trigger_numbers = (r"\d(?<!\d\d)(?:\d{3}(?!\d)|\d?(?::\d\d)?[ \t]?(?:[AaPp]\.?[Mm]|o'clock)|\d?:\d\d"
                           r"|\d?/\d{1,2}/\d)")
        self.trigger = re.compile(trigger_words + "|" + trigger_numbers)
        # The two kinds scanned apart (a pattern that starts with a digit lets the engine skip
        # to the digits) give the same triggers when they cannot overlap: words of letters only,
        # none of them a run of letters inside a number trigger ("5 a.m.", "5 o'clock").
        self.triggers_apart: Optional[tuple] = None
        if letters_only and not {w.lower() for w in variants} & {"a", "am", "p", "pm", "m", "o", "clock"}:
            self.triggers_apart = (re.compile(trigger_words).finditer, re.compile(trigger_numbers).finditer)

    def triggers(self, text: str):
        """The trigger words and numbers of ``text`` in text order (``self.trigger.finditer``)."""
        if self.triggers_apart is None:
            return self.trigger.finditer(text)
        words, numbers = self.triggers_apart
        found = list(numbers(text))
        if not found:
            return words(text)
        found += words(text)
        found.sort(key=_START)
        return found

    def match_inside(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """Matches of the full pattern at the word starts in ``text[start+1:end]`` (a shorter
        expression inside a rejected one: "last Oct." rejected, "Oct. 23" found)."""
        for word in WORD_START.finditer(text, start + 1, end):
            if self.may_start(text, word.start()) is None:
                continue
            inner = self.finder.match(text, word.start())
            if inner is not None:
                yield inner


def candidates(text: str, scanner: Scanner) -> Iterator[re.Match]:
    """Matches of the full pattern in text order, tried only at the word starts shortly before
    each trigger word (every expression contains one)."""
    match, may_start, word_starts = scanner.finder.match, scanner.may_start, WORD_START.finditer
    last_blocker = scanner.last_blocker
    pos = 0
    for trigger in scanner.triggers(text):
        trigger_start = trigger.start()
        if trigger_start < pos:
            continue
        if trigger_start and text[trigger_start - 1].isalpha() and not trigger.group(0)[0].isdigit():
            continue  # inside a longer word
        lo = max(pos, trigger_start - _BEFORE)
        blocker = last_blocker(text, lo, trigger_start)
        if blocker is not None:  # no match from before it reaches the trigger
            lo = blocker.start(1) + 1
        for word in word_starts(text, lo, trigger_start + 1):
            if may_start(text, word.start()) is None:
                continue
            found = match(text, word.start())
            if found is not None and found.end() > trigger_start:
                yield found
                pos = found.end()
                break
