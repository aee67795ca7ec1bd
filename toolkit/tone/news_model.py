"""The "news" backend of :mod:`toolkit.tone`.

A multinomial logistic regression over sparse, explainable features, trained on NewsMTSC
(Hamborg & Donnay 2021, MIT licence; US political news with the tone toward a target mention)
by ``scripts/train_sentiment.py``. Inference is pure Python: the weights ship as
``toolkit/data/sentiment_news_model.json``.

Features of a text with a target mention (all names masked, see :mod:`toolkit.tone.pattern`):

* ``u:w`` each word (lower-cased; ``!w`` inside a negation scope: after "not", "never",
  "n't", ... up to the next punctuation mark),
* ``b:a_b`` each pair of adjacent words,
* ``w:w`` each word within ``window`` words of the target, ``lw:``/``rw:`` the same by side
  (before / after the target), ``l1:``/``r1:`` the words just before and after it,
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

from .pattern import masked_text, name_spans, pattern_scores, tokenize

__all__ = ["features", "NewsModel", "load_model", "MODEL_FILE", "NEGATORS"]

MODEL_FILE = "sentiment_news_model.json"
NEGATORS = frozenset({"not", "no", "never", "nor", "without", "cannot", "nobody", "nothing",
                      "none", "neither", "n't", "hardly"})
_SCOPE_END = frozenset(".,;:!?\"\u201c\u201d()")
_CHAR_WINDOW = 60


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


def features(text: str, target=None, mask=(), window: int = 5) -> dict:
    """The feature dict of a text toward a target.

    Args:
        text: The sentence (or quote).
        target: ``(start, end)`` of the target mention in ``text``, or None.
        mask: Further ``(start, end)`` spans to mask as names.
        window: Words either side of the target that get window features.

    Returns:
        A dict of feature name to value.
    """
    toks, tpos = _words(text, target, mask)
    f: dict = {}
    marked = []
    scope = False
    for t in toks:
        if t in _SCOPE_END:
            scope = False
        marked.append("!" + t if scope and t not in _SCOPE_END else t)
        if t in NEGATORS:
            scope = True
    for t in marked:
        f["u:" + t] = 1.0
    for a, b in zip(toks, toks[1:]):
        f["b:" + a + "_" + b] = 1.0
    spans = [tuple(target)] if target is not None else []
    spans += list(mask)
    whole_polarity, whole_subjectivity, _ = pattern_scores(masked_text(text, spans))
    f["tb_pos"] = max(whole_polarity, 0.0)
    f["tb_neg"] = min(whole_polarity, 0.0)
    f["tb_subj"] = whole_subjectivity
    if tpos is not None:
        for i in range(max(0, tpos - window), min(len(toks), tpos + window + 1)):
            if i != tpos:
                f["w:" + marked[i]] = 1.0
        for i in range(max(0, tpos - window), tpos):
            f["lw:" + toks[i]] = 1.0
        for i in range(tpos + 1, min(len(toks), tpos + window + 1)):
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


def _display(name: str) -> str:
    """A readable name for a feature, for the evidence."""
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
    shown = []
    for w in words:
        neg = w.startswith("!") and len(w) > 1
        w = w[1:] if neg else w
        w = {"<t>": "TARGET", "<n>": "NAME"}.get(w, w)
        shown.append(f"not…{w}" if neg else w)
    return " ".join(shown)


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
        feats = features(text, target, mask, window=int(self.config.get("window", 5)))
        probs = self.probabilities(feats)
        pos, neg = self.classes.index(1), self.classes.index(-1)
        polarity = probs[pos] - probs[neg]
        label = self.classes[max(range(len(probs)), key=probs.__getitem__)]
        contrib: dict = {}
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is None or not value:
                continue
            c = value * (w[pos] - w[neg])
            key = _display(name)
            contrib[key] = contrib.get(key, 0.0) + c
        evidence = sorted(((k, round(v, 3)) for k, v in contrib.items() if abs(v) >= 0.05),
                          key=lambda kv: (-abs(kv[1]), kv[0]))[:12]
        return label, polarity, tuple(evidence)


@lru_cache(maxsize=1)
def load_model() -> NewsModel:
    """Load the shipped model file (cached)."""
    raw = (resources.files("toolkit") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    return NewsModel(json.loads(raw))
