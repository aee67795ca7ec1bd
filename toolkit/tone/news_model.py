"""The "news" backend of :mod:`toolkit.tone`.

A multinomial logistic regression over sparse, explainable features, trained on NewsMTSC
(Hamborg & Donnay 2021, MIT licence; US political news with the tone toward a target mention)
by ``scripts/train_sentiment.py``. Inference is pure Python: the weights ship as
``toolkit/data/sentiment_news_model.json``.

Features of a text with a target mention (all names masked, see :mod:`toolkit.tone.pattern`).
Word features are built from content words only: the function words of
``toolkit/data/sentiment_function_words.txt`` ("we", "is", "the", ...), punctuation and numbers
carry no tone of their own, so they are neither features nor evidence.

* ``u:w`` each content word (lower-cased; ``!w`` inside a negation scope: after "not",
  "never", "n't", ... up to the next punctuation mark),
* ``b:a_b`` each pair of adjacent content words,
* ``w:w`` each content word within ``window`` words of the target, ``lw:``/``rw:`` the same by
  side (before / after the target), ``l1:``/``r1:`` the words just before and after it,
* ``lex_pos``/``lex_neg`` the summed valences (divided by 4, negated words flipped and damped)
  of the words of ``toolkit/data/sentiment_lexicon.tsv``, a prior from the VADER lexicon
  (Hutto & Gilbert 2014, MIT licence) that covers words NewsMTSC seldom shows;
  ``lexw_pos``/``lexw_neg`` the same within ``window`` words of the target, ``lex_none``
  when the text holds no lexicon word at all (most factual sentences). They are
  multiplied by the model's ``lexicon_scale``: the larger, the less the training data
  regularises the prior away,
* ``tb_pos``/``tb_neg``/``tb_subj`` TextBlob's polarity (split by sign) and subjectivity of the
  masked text, ``tbw_pos``/``tbw_neg`` the same within 60 characters of the target,
* ``in_quote`` the target stands inside quotation marks.

The target becomes the token ``<t>`` and every name-like word ``<n>``, so no name carries tone.
Without a target the window features are left out and the tone is the sentence's.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from ..text import data_lines, load_wordlist
from .pattern import masked_text, name_spans, pattern_scores, tokenize

__all__ = ["features", "NewsModel", "load_model", "lexicon", "lexicon_valence", "function_words", "is_content",
           "MODEL_FILE", "LEXICON_FILE", "FUNCTION_WORDS_FILE", "NEGATORS"]

MODEL_FILE = "sentiment_news_model.json"
LEXICON_FILE = "sentiment_lexicon.tsv"
FUNCTION_WORDS_FILE = "sentiment_function_words.txt"
#: A negated lexicon word counts this share of its valence, sign flipped (as VADER does).
NEGATED_VALENCE = -0.74
NEGATORS = frozenset({"not", "no", "never", "nor", "without", "cannot", "nobody", "nothing",
                      "none", "neither", "n't", "hardly"})
_SCOPE_END = frozenset(".,;:!?\"\u201c\u201d()")
_CHAR_WINDOW = 60


def function_words() -> frozenset:
    """The function words (pronouns, auxiliaries, determiners, ...) that carry no tone."""
    return load_wordlist(FUNCTION_WORDS_FILE)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Word to valence (-4..4) of the lexicon prior."""
    out = {}
    for line in data_lines(LEXICON_FILE):
        word, valence = line.split("\t")[:2]
        out[word] = float(valence)
    return out


def is_content(token: str) -> bool:
    """True for a token that may carry tone: a word that is not a function word or a number
    (the placeholders ``<t>`` and ``<n>`` count as content)."""
    word = token[1:] if token.startswith("!") and len(token) > 1 else token
    if word in ("<t>", "<n>"):
        return True
    return any(ch.isalpha() for ch in word) and word not in function_words()


# Endings tried, in order, when a word is not in the lexicon: (ending, replacement).
_INFLECTIONS = (("our", "or"), ("ours", "ors"), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"),
                ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""))


@lru_cache(maxsize=65536)
def lexicon_valence(word: str) -> float:
    """The lexicon valence of a word (-4..4), or of its stem ("honoured" -> "honor"); 0 if none."""
    known = lexicon()
    if word in known:
        return known[word]
    for ending, replacement in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:len(word) - len(ending)] + replacement
            if stem in known:
                return known[stem]
    return 0.0


def _valence(token: str) -> float:
    """The lexicon valence of a (possibly negation-marked) token, divided by 4; 0 if unknown."""
    if token.startswith("!") and len(token) > 1:
        return NEGATED_VALENCE * lexicon_valence(token[1:]) / 4.0
    return lexicon_valence(token) / 4.0


def _lexicon_features(f: dict, marked: list, tpos, window: int, scale: float) -> None:
    valences = [_valence(t) for t in marked]
    f["lex_pos"] = scale * sum(v for v in valences if v > 0)
    f["lex_neg"] = scale * sum(v for v in valences if v < 0)
    if not any(valences):
        f["lex_none"] = scale
    if tpos is not None:
        near = valences[max(0, tpos - window):tpos + window + 1]
        f["lexw_pos"] = scale * sum(v for v in near if v > 0)
        f["lexw_neg"] = scale * sum(v for v in near if v < 0)


def _inside(s: int, e: int, spans) -> bool:
    return any(s < me and ms < e for ms, me in spans)


def _words(text: str, target, mask) -> tuple:
    """Lower-cased tokens with the target as ``<t>`` and names as ``<n>``; index of ``<t>``."""
    toks = tokenize(text)
    names = name_spans(text, toks)
    out: list = []
    tpos = None
    for s, e, tok in toks:
        if target is not None and s < target[1] and target[0] < e:
            if tpos is None:
                tpos = len(out)
                out.append("<t>")
            continue
        if _inside(s, e, mask) or _inside(s, e, names):
            if not out or out[-1] != "<n>":
                out.append("<n>")
            continue
        low = tok.lower().replace("\u2019", "'")
        if low.endswith("n't") and len(low) > 3:
            out.append(low[:-3])
            out.append("n't")
            continue
        out.append(low)
    if target is not None and tpos is None:
        tpos = len(out)
        out.append("<t>")
    return out, tpos


def _negation_marked(toks: list) -> list:
    """The tokens with ``!`` before each word inside a negation scope."""
    marked = []
    scope = False
    for t in toks:
        if t in _SCOPE_END:
            scope = False
        marked.append("!" + t if scope and t not in _SCOPE_END else t)
        if t in NEGATORS:
            scope = True
    return marked


def features(text: str, target=None, mask=(), window: int = 5, lexicon_scale: float = 1.0) -> dict:
    """The feature dict of a text toward a target.

    Args:
        text: The sentence (or quote).
        target: ``(start, end)`` of the target mention in ``text``, or None.
        mask: Further ``(start, end)`` spans to mask as names.
        window: Words either side of the target that get window features.
        lexicon_scale: Multiplier of the lexicon prior's features.

    Returns:
        A dict of feature name to value.
    """
    toks, tpos = _words(text, target, mask)
    f: dict = {}
    marked = _negation_marked(toks)
    content = [is_content(t) for t in toks]
    for t, keep in zip(marked, content):
        if keep:
            f["u:" + t] = 1.0
    for i in range(len(toks) - 1):
        if content[i] and content[i + 1]:
            f["b:" + toks[i] + "_" + toks[i + 1]] = 1.0
    _lexicon_features(f, marked, tpos, window, lexicon_scale)
    spans = [tuple(target)] if target is not None else []
    spans += list(mask)
    whole_polarity, whole_subjectivity, _ = pattern_scores(masked_text(text, spans))
    f["tb_pos"] = max(whole_polarity, 0.0)
    f["tb_neg"] = min(whole_polarity, 0.0)
    f["tb_subj"] = whole_subjectivity
    if tpos is not None:
        for i in range(max(0, tpos - window), min(len(toks), tpos + window + 1)):
            if i != tpos and content[i]:
                f["w:" + marked[i]] = 1.0
        for i in range(max(0, tpos - window), tpos):
            if content[i]:
                f["lw:" + toks[i]] = 1.0
        for i in range(tpos + 1, min(len(toks), tpos + window + 1)):
            if content[i]:
                f["rw:" + toks[i]] = 1.0
        if tpos > 0:
            f["l1:" + toks[tpos - 1]] = 1.0
        if tpos + 1 < len(toks):
            f["r1:" + toks[tpos + 1]] = 1.0
        ts, te = target
        ws, we = max(0, ts - _CHAR_WINDOW), min(len(text), te + _CHAR_WINDOW)
        near = text[ws:we]
        local_polarity, _, _ = pattern_scores(masked_text(near, [(ts - ws, te - ws)]
                                                        + [(max(0, s - ws), min(len(near), e - ws))
                                                           for s, e in mask if s < we and ws < e]))
        f["tbw_pos"] = max(local_polarity, 0.0)
        f["tbw_neg"] = min(local_polarity, 0.0)
        before = text[:ts]
        if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
            f["in_quote"] = 1.0
    return f


def _shown(word: str) -> str:
    """A token as the evidence shows it: ``TARGET``, ``NAME``, ``not…word``."""
    neg = word.startswith("!") and len(word) > 1
    word = word[1:] if neg else word
    word = {"<t>": "TARGET", "<n>": "NAME"}.get(word, word)
    return f"not…{word}" if neg else word


def _display(name: str):
    """A readable name for a feature, for the evidence; None for one of function words only."""
    if name.startswith(("tb_", "tbw_")):
        return "[textblob lexicon near target]" if name.startswith("tbw_") else "[textblob lexicon]"
    if name == "in_quote":
        return "[target inside quotation]"
    kind, _, rest = name.partition(":")
    if kind == "b":
        a, _, b = rest.partition("_")
        words = [a, b]
    else:
        words = [rest]
    if not any(is_content(w) and w not in ("<t>", "<n>") for w in words):
        return None
    return " ".join(_shown(w) for w in words)


class NewsModel:
    """The trained news model: weights per feature and class, pure-Python inference.

    Attributes:
        classes: The labels, in the order of the weight columns.
        intercept: One bias per class.
        weights: Feature name to one weight per class.
        config: Feature settings used in training (``window``).
        meta: What the model file says about its training.
    """

    def __init__(self, data: dict):
        self.classes = [int(c) for c in data["classes"]]
        self.intercept = [float(b) for b in data["intercept"]]
        self.weights = {k: [float(x) for x in v] for k, v in data["weights"].items()}
        self.config = dict(data.get("config", {}))
        self.window = int(self.config.get("window", 5))
        self.lexicon_scale = float(self.config.get("lexicon_scale", 1.0))
        self.meta = {k: v for k, v in data.items() if k not in ("weights", "intercept")}

    def probabilities(self, feats: dict) -> list:
        """Class probabilities for a feature dict, in the order of ``classes``."""
        z = list(self.intercept)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None and value:
                for k in range(len(z)):
                    z[k] += value * w[k]
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        total = sum(ex)
        return [v / total for v in ex]

    def predict(self, text: str, target=None, mask=()) -> tuple:
        """Score a text.

        Returns:
            ``(label, polarity, evidence)``: the most probable class, P(positive) -
            P(negative), and the features that pushed the polarity most, as ``(words, score)``
            pairs with score the feature's contribution to the positive-minus-negative logit.
        """
        feats = features(text, target, mask, window=self.window, lexicon_scale=self.lexicon_scale)
        probs = self.probabilities(feats)
        pos, neg = self.classes.index(1), self.classes.index(-1)
        polarity = probs[pos] - probs[neg]
        label = self.classes[max(range(len(probs)), key=probs.__getitem__)]
        contrib: dict = {}
        marked = None  # the negation-marked tokens, read once for the lexicon features' evidence
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is None or not value:
                continue
            c = value * (w[pos] - w[neg])
            if name == "lex_none":  # the absence of tone words: no word to show
                continue
            if name.startswith("lex"):
                if marked is None:
                    toks, tpos = _words(text, target, mask)
                    marked = _negation_marked(toks)
                self._lexicon_evidence(contrib, name, w[pos] - w[neg], marked, tpos)
                continue
            key = _display(name)
            if key is not None:
                contrib[key] = contrib.get(key, 0.0) + c
        evidence = sorted(((k, round(v, 3)) for k, v in contrib.items() if abs(v) >= 0.05),
                          key=lambda kv: (-abs(kv[1]), kv[0]))[:12]
        return label, polarity, tuple(evidence)

    def _lexicon_evidence(self, contrib: dict, name: str, weight: float, marked: list, tpos) -> None:
        """Share a lexicon feature's contribution out to the words (``marked``, the target at
        ``tpos``) that made it."""
        lo, hi = 0, len(marked)
        if name.startswith("lexw"):
            if tpos is None:
                return
            lo, hi = max(0, tpos - self.window), tpos + self.window + 1
        for token in marked[lo:hi]:
            v = _valence(token)
            if (v > 0 and name.endswith("_pos")) or (v < 0 and name.endswith("_neg")):
                key = _shown(token)
                contrib[key] = contrib.get(key, 0.0) + self.lexicon_scale * v * weight


@lru_cache(maxsize=1)
def load_model() -> NewsModel:
    """Load the shipped model file (cached)."""
    raw = (resources.files("toolkit") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    return NewsModel(json.loads(raw))
