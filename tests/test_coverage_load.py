"""load_coverage: the seed plus the coverage list's pages, from the cache when fetching is off.

The coverage pages are real and cannot be fetched here, so the cache is filled with invented pages
under their URLs (invented town, invented people): what is tested is the loader's path from the
list to Articles, with the list's facts as metadata, and the warning for what is missing.
"""
import warnings

import pytest

import toolkit as tk
from toolkit.coverage import coverage_list, load_coverage
from toolkit.fetch import PageCache
from toolkit.fetch.client import Page

from test_fetch_pages import news_html


def _cache_pages(folder, urls):
    cache = PageCache(folder)
    for url in urls:
        html = news_html(title="Harbor council meets in Bellmoor", site="Some Site", date="2024-04-02")
        cache.put(Page(url=url, final_url=url, status=200,
                       headers=(("content-type", "text/html; charset=utf-8"),), body=html.encode("utf-8")))


def test_offline_reads_the_cache_and_keeps_the_lists_facts(tmp_path):
    listing = coverage_list()
    cached = listing.iloc[:3]
    _cache_pages(tmp_path, cached["url"])
    with pytest.warns(UserWarning, match=r"(?s)20 of 23 coverage pages not loaded.*not in the cache"):
        articles = load_coverage(cache=tmp_path, offline=True, progress=False)
    assert articles[0] == tk.load_seed()
    assert [a.url for a in articles[1:]] == list(cached["url"])
    first, row = articles[1], cached.iloc[0]
    assert first.outlet == row["outlet"]           # the list wins over the page's site name
    assert first.published == row["published"]
    assert first.metadata["outlet_country"] == row["outlet_country"]
    assert first.metadata["outlet_kind"] == row["outlet_kind"]
    assert "Bellmoor" in first.text and "NAV-SHOULD-GO" not in first.text


def test_the_environment_variable_turns_fetching_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_OFFLINE", "1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_coverage(cache=tmp_path, progress=False)
    assert articles == [tk.load_seed()]
    assert "23 of 23" in str(caught[0].message)
