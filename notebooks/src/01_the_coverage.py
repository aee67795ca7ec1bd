# %% [markdown]
# # 1. The coverage: the seed article and what we know about it
#
# **Question.** What is the article we analyse, where does it come from, and what did we change
# before analysing it?
#
# The seed is a report from *The New York Times*, published on Wednesday 4 October 2023, the
# evening the US Secretary of State (Antony J. Blinken), the Secretary of Homeland Security
# (Alejandro Mayorkas) and the Attorney General (Merrick B. Garland) arrived in Mexico City for the
# US–Mexico High-Level Security Dialogue on Thursday 5 October 2023: fentanyl, firearms trafficking
# and migration.

# %%
import toolkit as tk

article = tk.load_seed()
article

# %% [markdown]
# ## Metadata
#
# Every `Article` carries its outlet, publication date and where it was read from; anything else
# (here: the event) is in `article.metadata`. The publication date matters later: "Thursday" and
# "last year" are resolved against it.

# %%
import pandas as pd

pd.Series({
    "id": article.id,
    "outlet": article.outlet,
    "published": article.published,
    "source": article.source,
    **article.metadata,
    "paragraphs": len(article.paragraphs),
    "sentences": len(article.sentences),
    "words": len(article.text.split()),
}, name="seed").to_frame()

# %% [markdown]
# ## What cleaning removed
#
# The article was scraped: the raw file ends with the scraper's trailer (a "Source link" line and a
# comment form). The loader cuts such boilerplate and records every removed piece in
# `article.removed`, so nothing disappears silently.

# %%
pd.DataFrame({"removed": article.removed})

# %%
raw = open(article.source, encoding="utf-8").read()
print(f"raw file: {len(raw):,} characters; cleaned text: {len(article.text):,} characters")
print("cleaned text ends with:", repr(article.text[-60:]))

# %% [markdown]
# ## Paragraphs and sentences, with offsets
#
# Everything the toolkit finds is a span of `article.text`, so results can be highlighted and
# checked. Segmentation handles news abbreviations ("Gov. J.B. Pritzker", "U.S. officials").

# %%
rows = [{"start": s, "end": e, "sentence": article.text[s:e]} for s, e in article.sentences]
pd.DataFrame(rows).head(12)

# %% [markdown]
# **Caveat.** This is one article from one outlet. The rest of the walkthrough shows the method on
# it; notebook 6 shows how to run the same steps on your own corpus, where conclusions about
# *coverage* can actually be drawn.
