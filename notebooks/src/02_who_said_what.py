# %% [markdown]
# # 2. Who said what: quotes, speakers and how they were reported
#
# **Question.** Whom does the article quote, what does each person say, and does the reporter let
# them speak in their own words (direct quotes, inside quotation marks) or paraphrase them
# (reported speech: *"Mr. López Obrador has denied that fentanyl is made in Mexico"*)?
#
# **Method.** `tk.extract_quotes` is rule-based: it pairs quotation marks, finds the cue ("said",
# "according to", "denied"), the words that name the speaker at the cue ("Mr. Garland", "he"),
# and resolves each mention to one canonical name per person in the article, with the role the
# article gives. Every result carries character offsets into `article.text`.

# %%
import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 90)

article = tk.load_seed()
quotes = tk.extract_quotes(article)
print(f"{len(quotes)} quotes in {len(article.paragraphs)} paragraphs "
      f"({sum(q.direct for q in quotes)} direct, {sum(not q.direct for q in quotes)} reported)")

# %% [markdown]
# ## The quotes table
#
# `tk.quotes_frame` gives one row per quote: the canonical speaker, the role, the words at the cue
# (`mention`), the cue itself, whether the quote is direct, and the quoted or reported content.
# Offsets (`start`, `end`, `spans`) are kept for checking and highlighting.

# %%
table = tk.quotes_frame(quotes)
table[["paragraph", "speaker", "role", "mention", "cue", "direct", "text"]]

# %% [markdown]
# Every row points back into the text, so any attribution can be checked by reading the article
# at its offsets. A single quote is also displayed on its own:

# %%
q = quotes[0]
assert article.text[q.start:q.end] == q.text or len(q.spans) > 1
q

# %% [markdown]
# ## The highlighted article
#
# `tk.highlight` shows the article with each quote coloured by speaker (legend on top; a solid
# background is a direct quote, a light one with a dashed underline reported speech), the cue in
# bold italics, the speaker mention boxed, and time expressions underlined (hover over them to see
# the date they resolve to; notebook 4 is about those).

# %%
tk.highlight(article, quotes=quotes)

# %% [markdown]
# ## Speakers and their roles
#
# The same person is named several ways ("Attorney General Merrick B. Garland", "Mr. Garland",
# "he"). Grouping by the canonical name gives who speaks, how often, and in which words the
# article introduces them.

# %%
def joined(values):
    return "; ".join(sorted({str(v) for v in values if isinstance(v, str) and v}))


speakers = (
    table.assign(speaker=table["speaker"].fillna("(unknown)"))
    .groupby("speaker", sort=False)
    .agg(quotes=("text", "size"), direct=("direct", "sum"), roles=("role", joined), mentions=("mention", joined))
    .assign(reported=lambda d: d["quotes"] - d["direct"])
    .sort_values(["quotes", "direct"], ascending=False)
)
speakers[["quotes", "direct", "reported", "roles", "mentions"]]

# %% [markdown]
# ## Reported versus direct speech
#
# Who gets their own words, and who is paraphrased? Officials on the visiting side speak in
# direct quotes; the Mexican president's position is reported in the reporter's words.

# %%
order = speakers.sort_values("quotes").index
fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(order) + 1.2))
ax.barh(order, speakers.loc[order, "direct"], color="#4c78a8", label="direct (in quotation marks)")
ax.barh(order, speakers.loc[order, "reported"], left=speakers.loc[order, "direct"], color="#f58518",
        label="reported speech")
ax.set_xlabel("number of quotes")
ax.xaxis.get_major_locator().set_params(integer=True)
ax.set_title("Quotes per speaker in the seed article")
ax.legend(loc="lower right", frameon=False)
fig.tight_layout()
plt.show()

# %% [markdown]
# **Result.** The article is built around the three US cabinet officials' statements plus outside
# voices (a think-tank director, a governor, a mayor), while the Mexican side is paraphrased.
# Unattributed statements ("officials said") are kept with a descriptive or empty speaker rather
# than dropped.
#
# ## How good are the attributions?
#
# The extractor is scored against PolNeAR, a corpus of US political news in which every
# attribution (source, cue, content) was annotated by hand. The next cell runs the scorer when the
# annotated data (`../shared/data`) is beside the checkout; otherwise it prints the command to run.

# %%
import subprocess
import sys
from pathlib import Path

gold = Path(tk.__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
command = [sys.executable, "-m", "toolkit", "evaluate", "quotes", str(gold)]
if gold.exists():
    print(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
else:
    print(f"{gold} is not here; with the annotated data beside the checkout, run:\n"
          "    python -m toolkit evaluate quotes ../shared/data/polnear/dev.jsonl")

# %% [markdown]
# **Caveat.** Read the figures above before trusting the table: direct quotes are found far more
# reliably than reported speech, so counts of *reported* speech are underestimates, and a speaker
# who is mostly paraphrased is under-represented. The speaker column is only as good as the
# matching of mentions ("he", "the official") to names; check surprising rows against the
# highlighted text. And a count of quotes in one article says nothing yet about how the *coverage*
# treated anyone: that takes many articles (notebook 6).
