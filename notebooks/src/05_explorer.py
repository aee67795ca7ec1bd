# %% [markdown]
# # 5. The explorer: quotes, tone and timeline of the coverage in one widget
#
# **Question.** Notebooks 2 to 4 answer fixed questions. The next one is often "what did *this*
# person say about *that*, and in which outlets?": the explorer answers it by pointing and
# clicking, on the same results.
#
# **Method.** `tk.explore(articles)` analyses the articles once (quotes, time expressions,
# topics, timeline) and returns an ipywidgets app: choose **Speakers** (none selected means
# everyone), a **Topic** (drugs, firearms, migration), a **Published** date range (active when
# the articles span several dates) and the sentiment backend (**Tone by**); the tabs show the
# matching quotes with their tone, the highlighted articles, the per-speaker tone and the
# timeline. **Show everything** resets the choice.

# %%
import warnings

import toolkit as tk

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # notebook 1 shows what is missing and why
    articles = tk.load_coverage(progress=False)
online = len(articles) > 1
print(f"exploring {'the fetched coverage' if online else 'the seed article only (offline)'}: {len(articles)} article(s)")
app = tk.explore(articles)
app

# %% [markdown]
# The widget needs a running kernel (`jupyter lab notebooks/`); a static rendering shows nothing.
#
# ## The same choices, from code
#
# Every control is an attribute, so what was looked at can be reproduced exactly. Setting a
# control here updates the widget above.

# %%
most_quoted = app.speakers.options[0][1]  # ordered by number of quotes
app.speakers.value = (most_quoted,)
app.topic.value = "drugs"
print(most_quoted, "on drugs:", len(app.matches), "quote(s)")
tk.quotes_frame(app.matches)[["article_id", "speaker", "direct", "text"]]

# %% [markdown]
# `app.tone_table` is the per-speaker tone of the selection for the chosen backend:

# %%
app.backend.value = "news"
app.tone_table

# %%
app.reset.click()
print(len(app.matches), "quotes in all")

# %% [markdown]
# ## Over several outlets and days
#
# On the invented corpus of notebook 2 (fictional border talks in Port Halden, 11–15 March 2024,
# four invented outlets), the *Published* range is active: here, the quotes of the days after the
# talks.

# %%
import datetime as dt

orwen = tk.explore(tk.read_articles("data/orwen_corpus.jsonl"))
orwen.dates.value = (dt.date(2024, 3, 14), dt.date(2024, 3, 15))
tk.quotes_frame(orwen.matches)[["article_id", "speaker", "text"]]

# %%
orwen

# %% [markdown]
# **Findings.** The explorer adds no analysis of its own: it shows the results of notebooks 2 to
# 4, filtered. Offline it holds the seed alone (one outlet, one day, so the date range is
# inactive); with the fetched coverage it spans the outlets and days of notebook 1.
#
# **Limits.** A quote in the wrong speaker's row, or a tone label from a backend that misreads
# news language, looks just as convincing in a widget as in a table. Keep the accuracy figures
# (`python -m toolkit evaluate ...`) in mind, check surprising rows in the *Text* tab, and compare
# backends before reading anything into a tone difference.
