# %% [markdown]
# # 4. Timeline: what happened when
#
# **Question.** Which dates does the article mention, what does it say happened (or will happen)
# on each, and how do those events line up around the meeting in Mexico City?
#
# **Method.** `tk.find_timexes` finds time expressions ("Thursday", "Wednesday evening", "last
# year", "in recent weeks") and normalises each to a TimeML value, resolving relative ones
# against the publication date (Wednesday 4 October 2023). `tk.build_timeline` then takes the
# clause each expression dates as the event, and `tk.plot_timeline` draws the events on a date
# axis.

# %%
import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 80)

article = tk.load_seed()
timexes = tk.find_timexes(article)
print(f"published {article.published:%A %d %B %Y}; {len(timexes)} time expressions")

# %% [markdown]
# ## The time expressions and their values
#
# Each `Timex` has its text, offsets, TimeML type (DATE, TIME, DURATION, SET), value and, where
# it denotes one, the interval from `earliest` to `latest`. "Thursday" in an article published on
# a Wednesday is the next day; "this week" is ISO week 40 of 2023; vague expressions ("recent
# weeks", "now") keep TimeML's reference values (`PAST_REF`, `PRESENT_REF`) instead of an
# invented date.

# %%
pd.DataFrame([
    {"expression": t.text, "type": t.type, "value": t.value, "earliest": t.earliest, "latest": t.latest,
     "context": article.text[max(0, t.start - 40):t.end + 25].replace("\n", " ")}
    for t in timexes
])

# %% [markdown]
# A single expression displays with its value; in the highlighted article every expression is
# underlined, and hovering over it shows the value and interval.

# %%
timexes[0]

# %%
tk.highlight(article, quotes=[], timexes=timexes)

# %% [markdown]
# ## The timeline table
#
# One row per dated event: the clause (`event`), the expression and its value, the interval,
# its granularity, and the actors named in the clause. Two flags keep the table honest:
# `vague` marks expressions placed only roughly relative to the publication date, and
# `is_report_time` marks dates of *reporting* ("Mr. Garland said ... on Wednesday"), which are
# not the date of the event reported.

# %%
timeline = tk.build_timeline([article])
timeline[["earliest", "latest", "granularity", "expression", "value", "vague", "is_report_time", "event", "actors"]]

# %% [markdown]
# ## The timeline plot
#
# Day-level events are points; weeks, months and years are spans; vague expressions are faint
# and hatched; report times are drawn in a second colour.

# %%
fig, ax = plt.subplots(figsize=(11, 6))
tk.plot_timeline(timeline, ax=ax, title="Events dated in the seed article")
fig.tight_layout()
plt.show()

# %% [markdown]
# Zooming in on the days around the meeting, precise events only:

# %%
precise = timeline[~timeline["vague"] & timeline["granularity"].isin(["day", "part of day", "week"])]
fig, ax = plt.subplots(figsize=(11, 3.5))
tk.plot_timeline(precise, ax=ax, title="The week of the meeting")
fig.tight_layout()
plt.show()

# %% [markdown]
# **Result.** The article is anchored on the evening of Wednesday 4 October (arrival) and
# Thursday 5 October (the meetings and the news conference), with background reaching back to
# the September border figures and last year's summit, and forward to the 2024 election.
#
# ## How good are the time expressions?
#
# The finder and normaliser are scored against TempEval-3's TimeBank/AQUAINT news (TIMEX3 spans,
# types and values, annotated by hand). The next cell runs the scorer when the annotated data
# (`../shared/data`) is beside the checkout; otherwise it prints the command to run.

# %%
import subprocess
import sys
from pathlib import Path

gold = Path(tk.__file__).resolve().parents[2] / "shared" / "data" / "timeml" / "tbaq.jsonl"
if gold.exists():
    command = [sys.executable, "-m", "toolkit", "evaluate", "timexes", str(gold)]
    print(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
else:
    print(f"{gold} is not here; with the annotated data beside the checkout, run:\n"
          "    python -m toolkit evaluate timexes ../shared/data/timeml/tbaq.jsonl")

# %% [markdown]
# **Caveat.** Finding an expression is easier than resolving it: the value scores are lower than
# the span scores, and a wrong publication date shifts every relative expression ("Thursday",
# "last year") with it, so check `published` first (notebook 1). The event clause is the sentence
# part around the expression, not a parsed event: read it as a pointer into the text. Vague
# expressions are placed by a convention (e.g. "recent weeks" as the month before publication),
# not by the article. Those figures come from 1990s newswire, not 2023 coverage; treat them as
# an estimate.
