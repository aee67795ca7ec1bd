# %% [markdown]
# # 5. The explorer: quotes, tone and timeline in one widget
#
# **Question.** Notebooks 2 to 4 answer fixed questions. Often the next question is "and what
# did *this* person say about *that*?": the explorer answers it by pointing and clicking, on the
# same results.
#
# **Method.** `tk.explore(articles)` analyses the articles once (quotes, time expressions, topics,
# timeline) and returns an ipywidgets app. Choose
#
# * **Speakers** (ctrl/cmd-click for several; none selected means everyone),
# * a **Topic** (the meeting's topics: drugs, firearms, migration),
# * a **Published** date range (active when the articles span several dates),
# * the sentiment backend (**Tone by**),
#
# and the tabs show the matching quotes with their tone and evidence words, the highlighted
# article (matching quotes only), the per-speaker tone chart and the timeline. **Show
# everything** resets the choice.

# %%
import toolkit as tk

article = tk.load_seed()
app = tk.explore([article])
app

# %% [markdown]
# The widget needs a running kernel: in a static rendering of this notebook (e.g. on a code
# hosting site) it shows nothing. Run the notebook in JupyterLab (`jupyter lab notebooks/`).
#
# ## The same explorer, from code
#
# Every control is an attribute, so a choice can be scripted and its result read back: useful to
# reproduce exactly what was looked at. Setting a control here updates the widget above.

# %%
most_quoted = app.speakers.options[0][1]  # the list is ordered by number of quotes
app.speakers.value = (most_quoted,)
app.topic.value = "drugs"
print(most_quoted)
print([type(w).__name__ for w in (app.speakers, app.topic, app.dates, app.backend)])
print(len(app.matches), "matching quotes")

# %% [markdown]
# `app.matches` holds the matching `Quote` objects, so the selection turns into a table (or any
# other analysis) directly:

# %%
tk.quotes_frame(app.matches)[["speaker", "direct", "cue", "text"]]

# %% [markdown]
# and `app.tone_table` is the per-speaker tone of the selection for the chosen backend:

# %%
app.backend.value = "news"
app.tone_table

# %%
app.reset.click()  # every speaker, topic and date again
app.backend.value = "textblob"
print(len(app.matches), "quotes")

# %% [markdown]
# **Caveat.** The explorer shows results, it does not validate them: a quote in the wrong
# speaker's row, or a tone label from a lexicon that misreads news language, looks just as
# convincing in a widget as in a table. Keep the accuracy figures of notebooks 2 to 4 in mind,
# check surprising rows in the *Text* tab, and compare backends before reading anything into a
# tone difference between speakers.
