# %% [markdown]
# # 4. The week's timeline across outlets
#
# **Question.** What happened when in the week of 2–9 October 2023, as the articles tell it: the
# border-wall waiver for Starr County, Texas, the US officials' arrival in Mexico City, the
# meeting on Thursday 5 October, the announcement of deportation flights to Venezuela, and what
# followed? Which events do several outlets report, who reported each first, what was said about
# it, and do outlets agree on its date?
#
# **Method.** `tk.build_timeline(articles, coverage=True)` finds time expressions ("Thursday",
# "Wednesday evening", "last year"), resolves each against its article's publication date, takes
# the clause it dates as the event, and merges an event reported by several articles (same date,
# similar words) into one row. With `coverage=True` each row also lists the `outlets` and
# `outlet_countries` reporting it, the first report (`first_outlet`, `first_published`), the
# `quotes` standing in the paragraph of its time expression, and `dates_differ` where other
# articles give the same event words a date that does not overlap (`dates_seen` lists them).
# `tk.plot_timeline` draws the rows on a date axis, bigger the more outlets report them.

# %%
import datetime as dt
import warnings

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import toolkit as tk
from toolkit.model import Article
from toolkit.timeline import event_quotes

pd.set_option("display.max_colwidth", 90)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # notebook 1 shows what is missing and why
    articles = tk.load_coverage(progress=False)
online = len(articles) > 1
print(f"analysing {'the fetched coverage' if online else 'the seed article only (offline)'}: {len(articles)} article(s)")

timeline = tk.build_timeline(articles, coverage=True)
print(len(timeline), "dated events")

# %% [markdown]
# ## What the coverage list says about the week
#
# Before reading any text: the list of pages (notebook 1) dates each page and names its outlet's
# country, so it shows which days the coverage falls on, and from where.

# %%
pages = tk.coverage_list()
pages.assign(outlet_country=pages["outlet_country"].fillna("unknown"),
             published=pages["published"].fillna("undated")).pivot_table(
    index="published", columns="outlet_country", values="url", aggfunc="count", fill_value=0)

# %% [markdown]
# ## The week of 2–9 October 2023
#
# Events whose interval falls within the week, day-level or finer, in date order, with how many
# outlets report each and which one was first:

# %%
def in_week(table, first, last):
    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    keep = (~table["vague"]) & (table["earliest"] >= start) & (table["latest"] < end)
    return table[keep].sort_values("earliest")


COVERAGE_VIEW = ["expression", "value", "is_report_time", "n_outlets", "first_outlet", "first_published",
                 "n_quotes", "dates_differ", "event"]
week = in_week(timeline, dt.date(2023, 10, 2), dt.date(2023, 10, 9))
week[COVERAGE_VIEW]

# %% [markdown]
# The threads of the week, as far as the available articles date them: each thread is a few
# words looked for in the event clauses of the whole timeline (dated outside the week too, since
# an article may place the waiver or the flights by month or year).

# %%
THREADS = {
    "the wall waiver": r"\bwall\b|waiver|Starr",
    "the arrivals": r"\barriv",
    "the meeting": r"\bmeet|\btalks\b|dialogue|news conference",
    "deportation flights to Venezuela": r"Venezuela|deport",
}


def thread(table, pattern):
    """The non-vague events whose clause matches the pattern, in date order."""
    return table[~table["vague"] & table["event"].str.contains(pattern, case=False, regex=True)]


for name, pattern in THREADS.items():
    rows = thread(timeline, pattern)
    dates = ", ".join(sorted(set(rows["value"]))) or "not dated in the available articles"
    print(f"{name:34} {len(rows):2} event(s): {dates}")
after = week[week["earliest"] > pd.Timestamp("2023-10-05 23:59:59")]
print(f"{'follow-ups (after 5 October)':34} {len(after):2} event(s): {', '.join(after['value']) or 'none dated'}")

# %%
fig, ax = plt.subplots(figsize=(11, 0.35 * len(week) + 2.2))
tk.plot_timeline(week, ax=ax, color_by="outlet_country",
                 title="The week of the meeting" + ("" if online else " (the seed only)"))
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Events reported by several outlets, and what was said about them
#
# The most widely reported dated events first (offline there is one article, so every count is
# 1), then the quotes about the most reported one: the quotes in the paragraph of its time
# expression, in every article that reports it.

# %%
reported = timeline[~timeline["vague"]].sort_values(["n_outlets", "n_quotes"], ascending=False, kind="stable")
reported[["value", "n_outlets", "outlets", "outlet_countries", "first_outlet", "n_quotes", "event"]].head(8)

# %%
if len(reported):
    top = reported.index[0]
    print(reported.loc[top, "event"])
    display(event_quotes(timeline, top)[["speaker", "text", "direct", "outlet"]])

# %% [markdown]
# Where outlets date the same event differently (none when only the seed is available):

# %%
timeline[timeline["dates_differ"]][["value", "outlets", "dates_seen", "event"]]

# %% [markdown]
# ## The same on the invented corpus
#
# The invented reports of notebook 2 (fictional border talks in Port Halden, 11–15 March 2024;
# every name made up), plus one more invented report written here, from a radio station that
# dates the minister's arrival a day earlier than the wire story does:

# %%
orwen = tk.read_articles("data/orwen_corpus.jsonl")
radio = Article(
    id="tessel-0313", outlet="Tessel Radio", published=dt.date(2024, 3, 13), meta=(("outlet_country", "Orwen"),),
    text="Kestria's interior minister, Ilka Marrow, arrived in Port Halden on Sunday for talks with Orwen's "
         "government.\n\n“We came to listen before we speak,” said Ansel Dorne, her spokesman, on the quay.")
o_timeline = tk.build_timeline([*orwen, radio], coverage=True)
o_timeline[["expression", "value", "n_outlets", "outlets", "outlet_countries", "first_outlet", "first_published",
            "n_quotes", "dates_differ"]]

# %% [markdown]
# Outlets per event and the first report: the talks on Wednesday 13 March are one row reported by
# two outlets from two countries; the wire story of Monday announced them first.

# %%
talks = o_timeline[(o_timeline["value"] == "2024-03-13") & (o_timeline["n_outlets"] > 1)]
talks[["event", "outlets", "outlet_countries", "first_outlet", "first_published"]]

# %% [markdown]
# Quotes about an event: the quotes in the paragraph of each event's time expression. The
# minister's arrival on Monday, as the wire story tells it, comes with none (her warning stands
# in the next paragraph); the advocates' count of deaths announced for next month comes with the
# words of the advocate, quoted and reported, in the same paragraph:

# %%
for value in ("2024-03-11", "2024-04"):
    row = o_timeline.index[o_timeline["value"] == value][0]
    print(value, "-", o_timeline.loc[row, "event"])
    display(event_quotes(o_timeline, row)[["speaker", "text", "direct", "outlet"]])

# %% [markdown]
# Date disagreements: the same words ("Ilka Marrow arrived in Port Halden ... for talks with
# Orwen's government") dated Sunday by the radio and Monday by the wire. Both rows stay on the
# timeline, flagged, with every date seen:

# %%
o_timeline[o_timeline["dates_differ"]][["expression", "value", "outlets", "dates_seen", "event"]]

# %%
o_week = in_week(o_timeline, dt.date(2024, 3, 10), dt.date(2024, 3, 18))
fig, ax = plt.subplots(figsize=(11, 0.35 * len(o_week) + 2.2))
tk.plot_timeline(o_week, ax=ax, color_by="outlet_country", title="The week in the invented corpus")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Findings.** In the invented corpus the talks on Wednesday 13 March are one row reported by
# two outlets from Kestria and Orwen, first by the Kestrian wire two days before; the arrival of
# the minister is dated Sunday by one outlet and Monday by another, and both rows are flagged
# `dates_differ`; "Monday" in the Friday article is resolved forward to 18 March. Offline, the
# seed alone dates the arrival on the evening of Wednesday 4 October and the meetings and news
# conference on Thursday 5 October, with background reaching back to the September border
# figures and last year, and forward to 2024; the Starr County waiver and the Venezuela flights
# are not dated in it, and the coverage list shows most pages published on 5 and 6 October, most
# from US outlets. With the fetched coverage the threads above list what those articles date, and
# the tables show which outlets report each event, who was first and where dates disagree.
#
# **Limits.** A wrong publication date shifts every relative expression with it: check the
# `published` column first (some pages in the list have none, notebook 1). The event is the
# clause around the expression, not a parsed event: merging needs the same date and similar
# words, so the same event described differently stays two rows, and `dates_differ` needs
# similar words (three or more shared content words) at the same granularity, so it misses
# reworded reports and can pair two different events told in the same words. A report's date
# ("said on Wednesday") is never a disagreement. The quotes about an event are those of its
# paragraph, whatever they are about; the quote finder also reports verbs such as "voted to"
# as reported speech. The time expression finder is scored on 1990s newswire
# (`python -m toolkit evaluate timexes`), not on this coverage.
