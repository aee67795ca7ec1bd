# %% [markdown]
# # 3. Sentiment by speaker: who sounds how, and how sure can we be?
#
# **Question.** Do the people quoted in the coverage sound positive, neutral or negative, and does
# that differ by speaker and by topic (drugs, firearms, migration)?
#
# **Method.** Each quote is scored by `tk.sentiment`, which returns a `Sentiment`: a polarity
# from -1 to 1, a label (-1, 0, 1), and the *evidence*: the words (or features) that produced
# the score. Several backends are available offline; the speaker's own name is masked so names
# carry no tone. `tk.sentiment_by_speaker` aggregates the quotes per speaker with a bootstrap 95%
# interval, and flags speakers with too few quotes to compare.

# %%
import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 80)

article = tk.load_seed()
quotes = tk.extract_quotes(article)
print("backends available here:", ", ".join(tk.sentiment_backends()))

# %% [markdown]
# ## Scores with their evidence
#
# A score is only useful if you can see why it was given. `score_quotes` scores every quote the
# way `sentiment_by_speaker` does (the speaker's name and the mention masked) and keeps the
# label, the polarity, the evidence and the topics; here for the default backend (`textblob`, a
# general-purpose lexicon):

# %%
from toolkit import score_quotes

scores = score_quotes(quotes)
scores.assign(
    polarity=scores["polarity"].round(2),
    evidence=scores["evidence"].map(lambda ev: ", ".join(f"{w} ({v:+.2f})" for w, v in ev) or "(none)"),
)[["speaker", "label", "polarity", "evidence", "topics", "text"]]

# %% [markdown]
# Most quotes get no scored word at all from the lexicon, and a label of 0. Is that neutrality,
# or blindness? One of the Attorney General's quotes, scored by the lexicon and by the `news`
# backend (a classifier trained on annotated political news); the evidence shows what each one
# reacted to:

# %%
example = next((q for q in quotes if "deadliest" in q.text), quotes[0])
print(example.speaker, "-", example.text)
tk.sentiment(example.text, backend="textblob")

# %%
tk.sentiment(example.text, backend="news")

# %% [markdown]
# ## Tone per speaker, with intervals
#
# `mean_polarity` is the mean over a speaker's quotes; `ci_low`/`ci_high` a bootstrap 95%
# interval of that mean (none with a single quote); `share_*` the shares of positive, neutral
# and negative quotes; `coverage` the share of quotes with any scored word; `too_few` marks
# speakers with fewer than three quotes.

# %%
table = tk.sentiment_by_speaker(quotes)
table

# %%
fig, ax = plt.subplots(figsize=(8, 0.45 * len(table) + 1.5))
tk.plot_sentiment_by_speaker(table, ax=ax, title="Tone of quotes per speaker (textblob)")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Speaker × topic
#
# A quote is tagged with each topic whose words it contains (word lists in
# `toolkit/data/topic_*.txt`; pass your own with `topics={...}`). The mean polarity per speaker
# and topic, with the number of quotes behind each cell in brackets ("(none)": quotes on none of
# the three topics):

# %%
by_topic = tk.sentiment_by_speaker(quotes, by_topic=True)
cells = (by_topic.assign(cell=by_topic["mean_polarity"].map("{:+.2f}".format) + " (" + by_topic["n_quotes"].astype(str) + ")")
         .pivot(index="speaker", columns="topic", values="cell")
         .reindex(index=table["speaker"], columns=[t for t in ["drugs", "firearms", "migration", "(none)"]
                                                   if t in set(by_topic["topic"])])
         .fillna(""))
cells

# %% [markdown]
# ## Do the backends agree?
#
# The same quotes, scored by every available backend: where the columns disagree, the tone is in
# the instrument as much as in the text.

# %%
compare = pd.concat(
    {b: tk.sentiment_by_speaker(quotes, backend=b).set_index("speaker")["mean_polarity"]
     for b in tk.sentiment_backends()}, axis=1)
compare.round(2)

# %% [markdown]
# **Result.** In this article most quotes give the lexicon little or nothing to score, so the
# per-speaker means sit near zero with wide intervals, hardly any speaker reaches the three-quote
# minimum, and the backends disagree about who sounds most positive or negative (compare the
# rows above). What the article does show is *who gets quoted on what*, and the evidence column
# shows why each label was given.
#
# ## Validation: how accurate is each backend on annotated news?
#
# NewsMTSC is a corpus of sentences from US political news in which annotators labelled the tone
# toward a named person (negative, neutral, positive). Scoring each backend on its dev split
# tells us how far to trust the labels above. The next cell runs the scorer (the same figures as
# `python -m toolkit evaluate sentiment ../shared/data/newsmtsc/dev.jsonl --backend NAME`) when
# the annotated data is beside the checkout, and says how to get them otherwise.

# %%
from pathlib import Path

from toolkit.evaluate.sentiment import evaluate

gold = Path(tk.__file__).resolve().parents[2] / "shared" / "data" / "newsmtsc" / "dev.jsonl"
if gold.exists():
    rows = []
    for backend in tk.sentiment_backends():
        r = evaluate(gold, backend=backend)
        rows.append({"backend": backend, "items": r["n"], "accuracy": r["accuracy"], "macro_F1": r["macro_f1"],
                     "F1 pos/neg": r["f1_pn"],
                     **{f"recall {c}": r["per_class"][c]["recall"] for c in ("negative", "neutral", "positive")}})
    validation = pd.DataFrame(rows).set_index("backend").round(3)
    print(f"measured now on {gold.name} ({validation['items'].iloc[0]} sentences)")
    display(validation)
else:
    print(f"{gold} is not here; with the annotated data beside the checkout, run for each backend:\n"
          "    python -m toolkit evaluate sentiment ../shared/data/newsmtsc/dev.jsonl --backend NAME")

# %% [markdown]
# **What these numbers mean, and what they do not.**
#
# * They measure agreement with human labels of tone *toward a person* in single news sentences.
#   A quote's tone is a different thing: a speaker can sound grim ("the deadliest drug threat we
#   have ever faced") while being positive about their own policy.
# * Chance is about 0.33 for three balanced classes; a backend that always answers "neutral"
#   scores well on accuracy when most sentences are neutral, hence macro-F1 and F1 pos/neg.
#   Per-class recall shows which tone a backend misses.
# * The lexicon backends were built for product reviews (`textblob`) and social media (`vader`,
#   `afinn`); the `news` backend was trained on NewsMTSC's own training split, so its dev figure
#   is an in-domain one (same kind of sentences, same annotation guidelines): expect less on
#   other outlets, years and topics.
# * None of this says a speaker *is* negative. With one article and one to three quotes per
#   speaker, the intervals above span most of the scale: the per-speaker table describes this
#   article's quotes, not the speakers' positions.
#
# **Caveat.** Report tone per speaker only with the backend named, the number of quotes, the
# interval and the validation figure beside it, and on a corpus large enough that `too_few` is
# false for the speakers you compare (notebook 6).
