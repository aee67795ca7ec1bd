"""The tone of a text or toward a target, with its evidence: :func:`sentiment` and its backends.

Example:
    >>> import toolkit as tk
    >>> s = tk.sentiment("The talks were a great success.")
    >>> s.label, s.evidence
    (1, (('great', 0.8), ('success', 0.3)))

Backends (all offline, see :func:`sentiment_backends`):

``"textblob"`` (default)
    TextBlob's pattern lexicon. ``polarity`` and ``subjectivity`` are TextBlob's, ``evidence``
    its assessments (the words, with negation and intensifiers applied, and their polarity). With
    a ``target`` only the sentence holding the target is scored. The lexicon comes from product
    reviews: on NewsMTSC dev (political news, tone toward a target) it reaches macro-F1 of about
    0.42.
``"news"``
    A logistic regression trained on NewsMTSC train (MIT licence) over content words (no
    function words: "we", "is", "the"), their pairs, a window of words around the target,
    negation scopes, a lexicon prior (VADER's lexicon, MIT) and TextBlob's lexicon scores; weights
    ship in ``toolkit/data/sentiment_news_model.json`` (``scripts/train_sentiment.py`` rebuilds
    it). ``polarity`` is P(positive) - P(negative), ``label`` the most probable class,
    ``subjectivity`` None, ``evidence`` the features that moved the polarity most with their
    contribution to the positive-minus-negative logit (content words only). Use it for news
    and whenever a target is given: NewsMTSC dev macro-F1 0.675.
``"vader"``, ``"afinn"``
    Listed only when the ``vaderSentiment`` / ``afinn`` packages are installed.

Names carry no tone: the target, the ``mask`` spans and every name-like word are replaced by a
neutral placeholder before scoring ("Hope Hicks", "Great Britain" score nothing). Label
thresholds for the lexicon backends (``polarity > t`` positive, ``< -t`` negative) were chosen on
NewsMTSC train and are stored in ``toolkit/data/sentiment_thresholds.json``.

Tone by speaker (:func:`~toolkit.tone.speakers.sentiment_by_speaker`) is in :mod:`toolkit.tone.speakers`.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import import_module, resources
from importlib.util import find_spec

from ..model import Sentiment
from ..text import sentences
from .news_model import load_model
from .pattern import masked_text, pattern_scores

__all__ = ["sentiment", "sentiment_backends", "check_backend", "tone", "DEFAULT_BACKEND"]

#: The backend used when none is named.
DEFAULT_BACKEND = "textblob"
_OPTIONAL = {"vader": "vaderSentiment", "afinn": "afinn"}
_THRESHOLDS_FILE = "sentiment_thresholds.json"


# ---------------------------------------------------------------------------------------------
# Backends

def sentiment_backends() -> tuple:
    """Names of the sentiment backends available offline on this machine.

    Returns:
        A tuple of names: ``"textblob"`` (the default) and ``"news"`` always, then ``"vader"``
        and ``"afinn"`` when their packages are installed.
    """
    names = ["textblob", "news"]
    for name, module in _OPTIONAL.items():
        if _importable(module):
            names.append(name)
    return tuple(names)


@lru_cache(maxsize=None)
def _importable(module: str) -> bool:
    """True when an optional backend's package is installed and imports cleanly."""
    if find_spec(module) is None:
        return False
    try:
        import_module(module)
    except Exception:  # a broken install: the backend is simply not offered
        return False
    return True


def check_backend(backend) -> str:
    """The backend's name when it is available, else a ValueError listing those that are."""
    if backend == "textblob" or backend == "news":  # always available (sentiment_backends)
        if type(backend) is str:
            return backend
    available = sentiment_backends()
    if not isinstance(backend, str) or backend not in available:
        hint = ""
        if backend in _OPTIONAL:
            hint = f" (install the {_OPTIONAL[backend]!r} package to use it)"
        raise ValueError(f"unknown sentiment backend {backend!r}{hint}; "
                         f"available: {', '.join(available)}")
    return backend


@lru_cache(maxsize=1)
def _thresholds() -> dict:
    try:
        raw = (resources.files("toolkit") / "data" / _THRESHOLDS_FILE).read_text(encoding="utf-8")
        return {k: float(v) for k, v in json.loads(raw).get("thresholds", {}).items()}
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return {}


def _label(polarity: float, threshold: float) -> int:
    if polarity > threshold:
        return 1
    if polarity < -threshold:
        return -1
    return 0


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _afinn():
    from afinn import Afinn

    return Afinn()


_WORD = re.compile(r"[\w']+")


def _score_lexicon(backend: str, text: str) -> tuple:
    """(polarity, subjectivity, evidence) of an already masked text."""
    if backend == "textblob":
        polarity, subjectivity, assessments = pattern_scores(text)
        evidence = tuple((" ".join(words), round(float(pol), 4)) for words, pol, _subj, _ in assessments)
        return float(polarity), float(subjectivity), evidence
    if backend == "vader":
        va = _vader()
        compound = float(va.polarity_scores(text)["compound"])
        evidence = tuple((w, round(va.lexicon[w] / 4.0, 4)) for w in _WORD.findall(text.lower())
                         if w in va.lexicon)
        return compound, None, evidence
    if backend == "afinn":
        af = _afinn()
        found = af.find_all(text)
        values = [float(af._dict.get(w.lower(), 0.0)) for w in found]
        total = sum(values)
        # squash the summed score into -1..1 as VADER does (alpha = 15)
        polarity = total / math.sqrt(total * total + 15.0) if total else 0.0
        evidence = tuple((w, round(v / 5.0, 4)) for w, v in zip(found, values))
        return polarity, None, evidence
    raise AssertionError(backend)  # pragma: no cover


def _check_span(span, text: str, what: str) -> tuple:
    if type(span) is tuple and len(span) == 2:  # the common case, checked without a generator
        start, end = span
        if type(start) is int and type(end) is int and 0 <= start < end <= len(text):
            return start, end
    try:
        start, end = span
    except (TypeError, ValueError):
        raise TypeError(f"{what} must be a (start, end) pair of ints, got {span!r}") from None
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise TypeError(f"{what} must be a (start, end) pair of ints, got {span!r}")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"{what} {(start, end)!r} is outside the text (length {len(text)}): "
                         f"need 0 <= start < end <= {len(text)}")
    return start, end


def _find_target(words: str, text: str) -> tuple:
    """The span of the first whole-word, case-insensitive mention of ``words`` in ``text``.

    The first mention is the one scored (the sentence that introduces the person); pass a
    ``(start, end)`` span to score another.
    """
    if not words.strip():
        raise ValueError("target must be the words the tone is about or a (start, end) span, "
                         "got an empty string")
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words.split()) + r"(?!\w)"
    found = re.search(pattern, text, flags=re.IGNORECASE)
    if found is None:
        raise ValueError(f"target {words!r} is not in the text (looked for it as whole words, "
                         "ignoring case); pass words the text contains or a (start, end) span")
    return found.span()


def _focus(text: str, target: tuple, mask: list) -> tuple:
    """The sentence(s) holding the target, with target and mask spans moved into it."""
    s0, e0 = 0, len(text)
    spans = sentences(text)
    hit = [(s, e) for s, e in spans if s < target[1] and target[0] < e]
    if hit:
        s0, e0 = hit[0][0], hit[-1][1]
        s0, e0 = min(s0, target[0]), max(e0, target[1])
    sub = text[s0:e0]
    tgt = (target[0] - s0, target[1] - s0)
    moved = [(max(0, s - s0), min(len(sub), e - s0)) for s, e in mask if s < e0 and s0 < e]
    return sub, tgt, moved


def _raw(backend: str, text: str, target, mask: list) -> tuple:
    """(polarity, subjectivity, evidence, label) without validation. Label None: use threshold."""
    if backend == "news":
        label, polarity, evidence = load_model().predict(text, target, mask)
        return polarity, None, evidence, label
    if target is not None:
        text, target, mask = _focus(text, target, mask)
        mask = mask + [target]
    polarity, subjectivity, evidence = _score_lexicon(backend, masked_text(text, mask))
    return polarity, subjectivity, evidence, None


def sentiment(text: str, *, target=None, backend: str = DEFAULT_BACKEND, mask=()) -> Sentiment:
    """The tone of a text, or of the text toward a target mention.

    Args:
        text: The text (a sentence, a quote, a paragraph).
        target: Optional mention the tone is about: the words (``"Garland"``; its first
            whole-word mention, ignoring case, is used) or a ``(start, end)`` span of offsets
            into ``text``. The target's own words are never scored; the lexicon
            backends score the sentence holding it, ``"news"`` weighs the words around it.
        backend: One of :func:`sentiment_backends`; ``"textblob"`` by default, ``"news"`` for
            the tone toward a target in news.
        mask: Further ``(start, end)`` spans to neutralise before scoring (speaker names).

    Returns:
        A :class:`~toolkit.model.Sentiment`. Empty or blank text gives polarity 0, label 0 and
        no evidence.

    Raises:
        TypeError: ``text`` is not a str, or a span is not a pair of ints.
        ValueError: ``target`` words are not in the text, ``target`` or a ``mask`` span lies
            outside the text (the message names it), or ``backend`` is unknown (the message lists the available ones).

    Example:
        >>> text = "Residents praised Dr. Amara Quell for her tireless, generous work."
        >>> start = text.index("Amara")
        >>> s = sentiment(text, target=(start, start + 11), backend="news")
        >>> s.label, s.evidence[0][0]
        (1, 'praised')
    """
    if not isinstance(text, str):
        raise TypeError(f"sentiment() needs the text as a str, got {type(text).__name__}")
    backend = check_backend(backend)
    if isinstance(target, str):
        target = _find_target(target, text)
    elif target is not None:
        target = _check_span(target, text, "target span")
    if isinstance(mask, tuple) and len(mask) == 2 and all(isinstance(x, int) for x in mask):
        mask = (mask,)
    try:
        mask = list(mask or ())
    except TypeError:
        raise TypeError(f"mask must be a list of (start, end) spans, got {mask!r}") from None
    mask = [_check_span(m, text, "mask span") for m in mask]
    polarity, subjectivity, label, evidence = tone(text, backend, mask, target)
    return Sentiment(polarity=polarity, subjectivity=subjectivity, label=label,
                     evidence=evidence, backend=backend)


def tone(text: str, backend: str, mask: list, target=None) -> tuple:
    """``(polarity, subjectivity, label, evidence)`` of ``text`` for a checked backend, target
    and mask spans (inside ``text``): :func:`sentiment`'s result, which the quote scoring takes
    directly for the spans it found itself."""
    if not text.strip():
        return 0.0, None if backend != "textblob" else 0.0, 0, ()
    polarity, subjectivity, evidence, label = _raw(backend, text, target, mask)
    if label is None:
        label = _label(polarity, _thresholds().get(backend, 0.0))
    return max(-1.0, min(1.0, float(polarity))), subjectivity, int(label), tuple(evidence)
