"""URLs in the loaders (#16): read_articles, analyze and the command line fetch http(s) URLs, URL
lists and exports, against the local server of test_fetch (127.0.0.1 only)."""
import datetime as dt
import warnings

import pytest

import test_fetch
import toolkit as tk
from toolkit.articles import LoaderWarning
from toolkit.cli import main

server = test_fetch.server  # the local news server of test_fetch (module scope)


@pytest.fixture
def srv(server):
    server.reset()
    return server


def _loader_warnings(caught):
    return [str(w.message) for w in caught if issubclass(w.category, LoaderWarning)]


def test_read_articles_of_urls_warns_per_failure_and_returns_the_pages_that_loaded(srv, tmp_path):
    good, missing = srv.base + "/news/bridge.html", srv.base + "/missing.html"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = tk.read_articles([good, missing], cache=tmp_path)
    assert [a.url for a in articles] == [good]
    assert articles[0].outlet == "The Harbor Ledger" and articles[0].published == dt.date(2024, 4, 2)
    failures = [m for m in _loader_warnings(caught) if "not loaded" in m]
    assert len(failures) == 1 and missing in failures[0] and "HTTP 404" in failures[0]
    assert srv.counts["/robots.txt"] == 1  # URLs in a row are fetched together, by one polite client


def test_a_url_list_file_with_defaults_for_what_the_pages_lack(srv, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# coverage of the harbour\n{srv.base}/news/harbour.html\n{srv.base}/news/bridge.html\n",
                       encoding="utf-8")
    articles = tk.read_articles(str(listing), cache=tmp_path / "cache", outlet="Default Outlet", region="North Vell")
    assert [a.title for a in articles] == ["Calderport ferry deal signed", "Mayor Quill opens the Bellmoor bridge"]
    assert {a.outlet for a in articles} == {"The Harbor Ledger"}  # the page's outlet wins over the default
    assert all(a.metadata["region"] == "North Vell" for a in articles)  # the default fills what it lacks


def test_a_csv_of_urls_without_text_is_fetched(srv, tmp_path):
    table = tmp_path / "stories.csv"
    table.write_text(f"url,publisher,date\n{srv.base}/news/harbour.html,Calderport Courier,2024-05-11\n",
                     encoding="utf-8")
    (article,) = tk.read_articles(table, cache=tmp_path / "cache", published="2000-01-01")
    assert article.outlet == "Calderport Courier" and article.published == dt.date(2024, 5, 11)


def test_analyze_makes_each_failed_url_an_error_row_and_completes_the_others(srv, tmp_path):
    good, missing = srv.base + "/news/harbour.html", srv.base + "/missing.html"
    text = '"We will rebuild the pier," said harbour master Olek Brandt on Tuesday.'
    result = tk.analyze([good, missing, text], progress=False, cache=tmp_path)
    assert result.articles["status"].tolist() == ["ok", "error", "ok"]
    (row,) = result.errors.itertuples(index=False)
    assert (row.index, row.id, row.source, row.stage) == (1, None, missing, "fetch")
    assert "HTTP 404" in row.message
    assert "Ines Varga" in set(result.quotes["speaker"])


def test_analyze_of_one_url_and_offline_reads_the_cache(srv, tmp_path):
    url = srv.base + "/news/bridge.html"
    assert tk.analyze(url, progress=False, cache=tmp_path).ok
    srv.reset()
    again = tk.analyze([url, srv.base + "/news/harbour.html"], progress=False, cache=tmp_path, offline=True)
    assert srv.total == 0 and again.articles["status"].tolist() == ["ok", "error"]
    assert again.errors["stage"].tolist() == ["offline"]


def test_command_line_takes_urls_and_url_files_with_cache_and_offline(srv, tmp_path, capsys):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{srv.base}/news/harbour.html\n{srv.base}/missing.html\n", encoding="utf-8")
    cache = str(tmp_path / "cache")
    code = main(["analyze", str(listing), srv.base + "/news/bridge.html", "--cache", cache, "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1 and "articles: 3 (2 analysed" in out
    assert f"{srv.base}/missing.html: fetch: HTTPError" in out or f"{srv.base}/missing.html: fetch:" in out
    assert "#" not in out.split("errors:")[1] and "nan" not in out
    srv.reset()
    code = main(["analyze", srv.base + "/news/bridge.html", "--cache", cache, "--offline", "--no-progress"])
    assert code == 0 and srv.total == 0


def test_command_line_names_a_path_that_does_not_exist(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nowhere" / "story.txt")]) == 2
    assert "nowhere" in capsys.readouterr().err
