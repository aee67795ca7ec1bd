# %% [markdown]
# # 1. The coverage: who reported the Mexico City security dialogue, from where, and when?
#
# **Question.** Which outlets covered the US–Mexico High-Level Security Dialogue (Mexico City,
# Thursday 5 October 2023: Secretary of State Antony J. Blinken, Homeland Security Secretary
# Alejandro Mayorkas and Attorney General Merrick B. Garland with President Andrés Manuel López
# Obrador's government, on fentanyl, firearms trafficking and migration) and the week's news tied
# to it, from which countries, as what kind of outlet, and on which days? And which of those
# articles does *this* machine have to analyse?
#
# **Method.** `tk.coverage_list()` is the project's list of 23 real pages with facts about each
# (links and facts only: the texts belong to their publishers). It works offline. `tk.load_coverage()`
# then returns the articles themselves: the seed (the one real text the project ships, a *New
# York Times* report) plus every page fetched now or read from the local cache.

# %%
import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 60)
coverage = tk.coverage_list()
print(f"{len(coverage)} pages from {coverage['outlet'].nunique()} outlets")
coverage[["outlet", "outlet_country", "outlet_kind", "original_source", "published"]].head(8)

# %% [markdown]
# ## Outlets by country, kind and day
#
# Country is the outlet's (ISO code), not the story's origin; missing facts are shown as "unknown".

# %%
facts = coverage.assign(
    outlet_country=coverage["outlet_country"].fillna("unknown"),
    published=coverage["published"].map(lambda d: d.strftime("%a %d %b") if d else "unknown"),
)
fig, axes = plt.subplots(1, 3, figsize=(13, 3.4))
for ax, column in zip(axes, ["outlet_country", "outlet_kind", "published"]):
    counts = facts[column].value_counts()
    if column == "published":
        counts = counts.sort_index(key=lambda idx: [(i == "unknown", i) for i in idx])
    counts.plot.barh(ax=ax, color="#4c78a8")
    ax.invert_yaxis()
    ax.set_title(f"pages by {column.replace('_', ' ')}")
    ax.set_xlabel("pages")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Wire copy
#
# Several pages carry a story from an agency or another outlet: the same text can then appear
# under several mastheads, which matters when counting voices (notebook 2).

# %%
coverage.dropna(subset=["original_source"]).groupby("original_source")["outlet"].agg(
    pages="size", carried_by=lambda s: ", ".join(sorted(set(s)))).sort_values("pages", ascending=False)

# %% [markdown]
# ## The articles this machine has
#
# `tk.load_coverage()` fetches the pages politely and keeps them in a cache (your user cache
# folder; pass `cache="some/folder"` to choose), so a second run reads them from disk. Without a
# network, or with fetching off (`TOOLKIT_OFFLINE=1`, as in the project's tests), it returns the
# seed alone and says so in a warning. Every later notebook starts with this call and says which
# case it is in.

# %%
articles = tk.load_coverage()
online = len(articles) > 1
print("the fetched coverage:" if online else "the seed article only (nothing fetched or cached):",
      len(articles), "article(s)")

# %%
pd.DataFrame([{"id": a.id, "outlet": a.outlet, "outlet_country": a.metadata.get("outlet_country"),
               "published": a.published, "words": len(a.text.split()), "source": a.source}
              for a in articles])

# %% [markdown]
# ## The seed
#
# The seed is a *New York Times* report published on Wednesday 4 October 2023, the evening the
# three US officials arrived. Its metadata (no `outlet_country` is recorded for it: it is a US
# outlet) and what cleaning removed from the scraped file (recorded, never silently dropped):

# %%
seed = articles[0]
pd.Series({"outlet": seed.outlet, "published": seed.published, **seed.metadata,
           "paragraphs": len(seed.paragraphs), "words": len(seed.text.split()),
           "removed pieces": len(seed.removed)}, name="seed").to_frame()

# %% [markdown]
# **Findings.** The list holds 23 pages from 20 outlets: 15 pages from US outlets, 2 from Mexico,
# one each from Venezuela, Cuba, India and Brazil, and 2 whose country the page does not say.
# Broadcasters' and online outlets' sites dominate (9 and 7 pages); newspapers and wire services
# have 3 each. Of the 18 pages with a date, 11 are from Thursday 5 October (the day of the
# meeting), 2 from the day before and 5 from the day after. 9 pages name the agency or outlet
# their story comes from (Associated Press twice; Reuters, EFE, AFP, *The New York Times* and
# others once).
#
# **Limits.** This is a small, English-language sample gathered by searching stored web pages,
# not a census: Spanish-language Mexican coverage, paywalled newspapers and television are
# largely missing, so it cannot say how "the media" covered the meeting, only how these pages
# did. Country shares rest on a handful of pages per country outside the US. What the later
# notebooks find depends on what `load_coverage` returned above: offline, that is one article
# from one outlet, and nothing about *coverage* can be concluded from it; those notebooks show
# the cross-outlet methods on a small invented corpus as well.
