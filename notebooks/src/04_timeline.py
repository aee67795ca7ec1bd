# %% [markdown]
# # 4. The week's timeline across outlets
#
# **Question.** What happened when in the week of 2–9 October 2023, as the articles tell it: the
# border-wall waiver for Starr County, Texas, the US officials' arrival in Mexico City, the
# meeting on Thursday 5 October, the announcement of deportation flights to Venezuela, and what
# followed? Which events do several articles report?
#
# **Method.** `tk.build_timeline(articles)` finds time expressions ("Thursday", "Wednesday
# evening", "last year"), resolves each against its article's publication date, takes the clause
# it dates as the event, and merges an event reported by several articles into one row with its
# `sources`. `tk.plot_timeline` draws them on a date axis.

# %%
import datetime as dt
import warnings

import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 90)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # notebook 1 shows what is missing and why
    articles = tk.load_coverage(progress=False)
online = len(articles) > 1
print(f"analysing {'the fetched coverage' if online else 'the seed article only (offline)'}: {len(articles)} article(s)")

timeline = tk.build_timeline(articles)
print(len(timeline), "dated events")

# %% [markdown]
# ## The week of 2–9 October 2023
#
# Events whose interval falls within the week, day-level or finer, in date order:

# %%
def in_week(table, first, last):
    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    keep = (~table["vague"]) & (table["earliest"] >= start) & (table["latest"] < end)
    return table[keep].sort_values("earliest")


week = in_week(timeline, dt.date(2023, 10, 2), dt.date(2023, 10, 9))
week[["expression", "value", "is_report_time", "n_sources", "outlet", "event"]]

# %%
fig, ax = plt.subplots(figsize=(11, 0.35 * len(week) + 1.8))
tk.plot_timeline(week, ax=ax, title="The week of the meeting" + ("" if online else " (the seed only)"))
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Events reported by several articles
#
# `n_sources` counts the articles behind a row; the most widely reported dated events first
# (offline there is one article, so every count is 1):

# %%
timeline.sort_values("n_sources", ascending=False)[["value", "n_sources", "sources", "event"]].head(8)

# %% [markdown]
# ## The same on the invented corpus
#
# The invented reports of notebook 2 (fictional border talks in Port Halden, 11–15 March 2024;
# every name made up): the arrival on Monday, the talks on Wednesday, the defence of the deal on
# Thursday, the patrols announced for the next Monday.

# %%
orwen = tk.read_articles("data/orwen_corpus.jsonl")
o_timeline = tk.build_timeline(orwen)
o_timeline[["expression", "value", "granularity", "n_sources", "sources", "event"]]

# %%
o_week = in_week(o_timeline, dt.date(2024, 3, 11), dt.date(2024, 3, 18))
fig, ax = plt.subplots(figsize=(11, 0.35 * len(o_week) + 1.8))
tk.plot_timeline(o_week, ax=ax, title="The week in the invented corpus")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Findings.** In the invented corpus the talks on Wednesday 13 March are one row with two
# sources (the wire story announcing them, the broadcaster reporting them), and "Monday" in the
# Friday article is resolved forward to 18 March. Offline, the seed alone dates the arrival on
# the evening of Wednesday 4 October and the meetings and news conference on Thursday 5
# October, with background reaching back to the September border figures and last year, and
# forward to 2024; the Starr County waiver and the Venezuela flights appear only when the fetched
# coverage is available, and only as far as those articles date them.
#
# **Limits.** A wrong publication date shifts every relative expression with it: check the
# `published` column first (some pages in the list have none, notebook 1). The event is the
# clause around the expression, not a parsed event, and merging across articles needs the same
# date and similar words: the same event described differently stays two rows. The time
# expression finder is scored on 1990s newswire (`python -m toolkit evaluate timexes`), not on
# this coverage.
