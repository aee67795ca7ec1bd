# %% [markdown]
# # 6. Your own corpus: read, analyse, export, scale
#
# **Question.** How do I run the same analysis on *my* coverage, from a folder of files, a
# spreadsheet or a list of links, and get tables I can take to R, Stata or a paper?
#
# **Method.** `tk.read_articles` reads a folder, a glob, a .jsonl or .csv file or a DataFrame into
# `Article` objects; `tk.analyze` runs quotes, tone and timeline over all of them and keeps every
# failure in an `errors` table instead of stopping; `Analysis.to_dir` writes CSV and Parquet.
#
# To keep this notebook self-contained, it writes a small invented corpus (three reports on a
# fictional water-sharing summit in the fictional town of Lake Orlen) into a temporary folder.
# Replace the paths with yours.

# %%
import json
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import toolkit as tk

pd.set_option("display.max_colwidth", 70)
work = Path(tempfile.mkdtemp(prefix="toolkit-corpus-"))
print("working in", work)

# %% [markdown]
# ## A folder of text files
#
# One `.txt` file per article (the body); metadata in a `NAME.meta.json` beside it, or passed as
# keyword arguments (`read_articles(folder, outlet="...")`) for all files at once.

# %%
folder = work / "coverage"
folder.mkdir()
stories = {
    "courier-0611": ("The Valley Courier", "June 11, 2024", "Orlen summit opens with a warning",
        "Delegates from the three river provinces met in Lake Orlen on Tuesday for a two-day summit on "
        "sharing the Orlen River's water after the driest spring in a decade.\n\n"
        "\u201cWe cannot keep taking more than the river gives,\u201d said Marta Velsen, the governor of "
        "North Orlen. \u201cThis summit is our last good chance.\u201d\n\n"
        "Pieter Danholm, the farmers' union leader, said the proposed cuts would ruin small farms. "
        "Ms. Velsen said a compensation fund would be announced on Wednesday."),
    "times-0612": ("Northbank Times", "2024-06-12", "Provinces agree on river fund",
        "The three provinces agreed on Wednesday to create a fund of 40 million crowns to pay farmers "
        "who use less water, according to a statement from the summit.\n\n"
        "\u201cIt is a fair deal and a hopeful one,\u201d Governor Marta Velsen told reporters. "
        "She said the first payments would arrive next spring.\n\n"
        "Pieter Danholm, who leads the farmers' union, called the fund \u201ca good start, but far too "
        "small.\u201d Last year, he said, "
        "half of the valley's farms lost money."),
}
for name, (outlet, published, title, body) in stories.items():
    (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    meta = {"outlet": outlet, "published": published, "title": title}
    (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")

articles = tk.read_articles(folder)
pd.DataFrame([{"id": a.id, "outlet": a.outlet, "published": a.published, "title": a.title,
               "words": len(a.text.split())} for a in articles])

# %% [markdown]
# ## A CSV file
#
# One article a row: a `text` column, and optionally `id`, `title`, `outlet` (or `publisher`),
# `published` (or `date`; "2024-06-13" or "June 13, 2024") and `url`. Any other column is kept in
# `article.metadata`.

# %%
sheet = pd.DataFrame([{
    "id": "daily-0613", "outlet": "Orlen Daily", "date": "June 13, 2024", "title": "Farmers divided over fund",
    "section": "Region",
    "text": ("Farmers gathered in the market square on Thursday to discuss the summit's deal. "
             "\u201cNobody asked us,\u201d said Ilse Maarten, who grows barley near the river. "
             "Pieter Danholm said the union would vote on the fund within three weeks.\n\n"
             "Governor Velsen said she was confident that the farmers would accept it."),
}])
csv_path = work / "more_coverage.csv"
sheet.to_csv(csv_path, index=False)

more = tk.read_articles(csv_path)
print(more[0].id, more[0].outlet, more[0].published, more[0].metadata)

# %% [markdown]
# ## A .jsonl file, with outlet countries
#
# One JSON object a line, with the same fields; fields the toolkit does not know (here
# `outlet_country`) are kept in `article.metadata`, and `tk.quotes_frame` carries
# `outlet_country` for the cross-outlet steps of notebooks 2 and 3 (`tk.people`, `tk.voices`,
# `tk.quote_reuse`). The invented corpus of those notebooks is such a file:

# %%
orwen = tk.read_articles("data/orwen_corpus.jsonl")
print(orwen[0].outlet, orwen[0].published, orwen[0].metadata)

# %% [markdown]
# ## A list of links, or a Media Cloud or GDELT export
#
# With a network, `toolkit.fetch.fetch_articles(source, cache="pages/")` fetches news pages
# politely (robots.txt honoured, a few requests per host at a time, retries, a disk cache so
# nothing is fetched twice) and returns `articles` plus an `errors` list of the pages that failed
# and why. `source` is a list of URLs, a text file of URLs, a CSV or JSON export from Media Cloud
# or GDELT (their date, outlet and title columns become the articles' metadata), or a list of
# records like the rows of `tk.coverage_list()`; `tk.read_articles(source, cache=...)` does the
# same and returns the articles. This notebook does not fetch anything: it runs offline.
#
# Bad input fails loudly and says where: a date that cannot be read names the file, the line and
# the field.

# %%
broken = work / "broken.csv"
pd.DataFrame([{"text": "A short report.", "published": "the day after"}]).to_csv(broken, index=False)
try:
    tk.read_articles(broken)
except ValueError as error:
    print(type(error).__name__, "-", error)

# %% [markdown]
# ## Analyse
#
# `tk.analyze` takes the articles (or the folder path itself) and returns an `Analysis`: `quotes`
# (one row per quote, with its tone and the article's metadata), `speakers` (tone per speaker),
# `timeline` (dated events of all articles) and `errors` (anything that could not be analysed).

# %%
corpus = articles + more
result = tk.analyze(corpus, progress=False)
result

# %%
result.quotes[["outlet", "published", "speaker", "direct", "label", "polarity", "text"]]

# %%
result.speakers

# %% [markdown]
# Speakers are named consistently *within* an article ("Governor Marta Velsen", "Ms. Velsen",
# "she" are one person), but not across articles: the Orlen Daily only writes "Governor Velsen",
# so she appears twice above. Merge such names with a mapping before comparing speakers:

# %%
aliases = {"Velsen": "Marta Velsen"}
merged = result.quotes.assign(speaker=result.quotes["speaker"].replace(aliases))
merged.groupby("speaker")["polarity"].agg(quotes="size", mean_polarity="mean").sort_values("quotes", ascending=False)

# %% [markdown]
# `tk.people` does such merging across articles itself (surname-only mentions join the full name
# the corpus gives), and takes `aliases=` for short forms it cannot guess:

# %%
tk.people(tk.quotes_frame(corpus))[["person", "variants", "group", "quotes", "articles", "outlets"]]

# %% [markdown]
# Check the `group` column on your own corpus: the word lists were written for the US–Mexico
# coverage, so "governor" reads as a US office and the invented governor lands in "government of
# the US"; a sentence misread as a speaker ("Farmers gathered...") shows up here too. Pass
# `groups={"Marta Velsen": "provincial government"}` to say who is who.

# %% [markdown]
# Nothing failed here; with real scraped files, this table lists each article that could not be
# read or analysed, with the stage and the error, while the others are still analysed.

# %%
result.errors

# %% [markdown]
# The same plots and views as for the seed work on the corpus:

# %%
fig, axes = plt.subplots(1, 2, figsize=(13, 3.8))
tk.plot_sentiment_by_speaker(result.speakers, ax=axes[0])
tk.plot_timeline(result.timeline, ax=axes[1], title="Events in the corpus")
fig.tight_layout()
plt.show()

# %%
tk.highlight(corpus[1])

# %% [markdown]
# And the explorer of notebook 5; with articles from three days its *Published* range is active:

# %%
tk.explore(corpus)

# %% [markdown]
# ## Export
#
# Every table goes to CSV and Parquet. Span columns are written as JSON (`[12, 40]`), dates as
# ISO dates, so the files read back cleanly anywhere.

# %%
written = result.to_dir(work / "results")
print("\n".join(str(p.relative_to(work)) for p in written))
back = pd.read_csv(work / "results" / "quotes.csv")
back[["article_id", "outlet", "published", "speaker", "spans", "label", "text"]].head(3)

# %% [markdown]
# ## Scaling up
#
# The same calls scale with the corpus:
#
# * **Many files, one machine.** `tk.read_articles(path, lazy=True)` streams articles one at a
#   time; `tk.analyze(..., workers=4)` runs them in worker processes (same tables, same order,
#   whatever the number of workers); `out="results/"` streams the tables to disk chunk by chunk so
#   memory stays flat.
# * **From a terminal or a batch job.** `python -m toolkit analyze coverage/ --out results/`
#   does the same without a notebook.
# * **Beyond one machine.** With the `scale` extra (`pip install -e ".[scale]"`),
#   `toolkit.scale.analyze_dask` maps the same per-article function over a Dask bag or dataframe
#   (e.g. `dd.read_parquet("corpus/*.parquet")`) on a local process pool or a cluster.
#
# Here is the streaming form on our small folder (one worker, since this is a demo):

# %%
streamed = tk.analyze(tk.read_articles(folder, lazy=True), progress=False, out=work / "streamed")
print(streamed)
print(sorted(p.name for p in (work / "streamed").iterdir()))

# %% [markdown]
# **Caveat.** The analysis is only as good as its inputs and its rules: check `result.errors` and
# the `removed` boilerplate of a few articles, read a sample of quotes against the highlighted
# text, and keep the accuracy figures of notebooks 2 to 4 next to any result you report. Tone
# per speaker means something only with enough quotes per speaker: look at `n_quotes` and the
# interval before comparing anyone. And a corpus is a sample of coverage: which outlets and dates
# it contains decides what it can say.
#
# **Findings.** On three invented reports (every name made up) the steps run end to end: files,
# a spreadsheet and a .jsonl file read into articles, quotes with tone and a timeline across
# outlets and days, an empty error table, and CSV and Parquet files that read back. The numbers
# themselves mean nothing: three short invented articles are a test of the pipeline, not data.

# %%
import shutil

shutil.rmtree(work)  # the temporary folder; your own results stay where you write them
