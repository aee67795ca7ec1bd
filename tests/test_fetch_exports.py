"""URL lists and exports -> records (toolkit.fetch.exports), recognised by their columns."""
import datetime as dt
import json

import pandas as pd
import pytest

from toolkit.errors import InputError
from toolkit.fetch import RECORD_FIELDS, is_url, looks_like_url_source, read_url_source

A, B = "https://ledger.test/news/bridge", "https://calderport.test/ferry?id=4"


def test_is_url():
    assert is_url(A) and is_url("HTTP://x.test") and is_url(f"  {B}  ")
    assert not any(is_url(v) for v in ("ftp://x.test/a", "ledger.test/news", "https://", "notes.txt", None, 3))


def test_a_url_list_file_skips_blank_lines_and_comments(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text(f"# coverage of the bridge\n{A}\n\n{B}\n", encoding="utf-8")
    records = read_url_source(path)
    assert [r["url"] for r in records] == [A, B]
    assert records[1]["where"] == f"{path} line 4"
    assert all(set(r) == set(RECORD_FIELDS) for r in records)
    assert looks_like_url_source(path)


def test_media_cloud_csv(tmp_path):
    path = tmp_path / "mc.csv"
    path.write_text("id,publish_date,title,url,language,media_name,media_url,indexed_date\n"
                    f"9001,2024-04-03 08:15:00,Bellmoor gets its bridge,{A},en,Ledger Weekly,ledger.test,2024-04-03\n"
                    f"9002,,Ferry deal,{B},en,Calderport Post,calderport.test,2024-04-04\n", encoding="utf-8")
    first, second = read_url_source(path)
    assert first == {"url": A, "outlet": "Ledger Weekly", "published": dt.date(2024, 4, 3),
                     "title": "Bellmoor gets its bridge", "outlet_country": None, "language": "en",
                     "where": f"{path} line 2"}
    assert second["published"] is None and second["outlet"] == "Calderport Post"
    assert looks_like_url_source(path)
    assert read_url_source([first, second]) == [first, second]  # records read before pass unchanged


def gdelt_rows():
    return [{"url": A, "url_mobile": "", "title": "Bridge opens", "seendate": "20240402T091500Z",
             "socialimage": "", "domain": "ledger.test", "language": "English", "sourcecountry": "Freedonia"},
            {"url": B, "url_mobile": "", "title": "Ferry deal", "seendate": "20240510T000000Z",
             "socialimage": "", "domain": "calderport.test", "language": "Spanish", "sourcecountry": "Sylvania"}]


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_gdelt_doc_article_list(tmp_path, kind):
    path = tmp_path / f"gdelt.{kind}"
    if kind == "json":
        path.write_text(json.dumps({"articles": gdelt_rows()}), encoding="utf-8")
    else:
        pd.DataFrame(gdelt_rows()).to_csv(path, index=False)
    first, second = read_url_source(path)
    assert (first["outlet"], first["published"], first["outlet_country"], first["language"]) == (
        "ledger.test", dt.date(2024, 4, 2), "Freedonia", "English")
    assert second["url"] == B and second["title"] == "Ferry deal" and "socialimage" not in second
    assert looks_like_url_source(path)


def test_a_generic_table_keeps_its_own_columns(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"link": A, "date": "April 2, 2024", "stance": "pro"}) + "\n"
                    + json.dumps({"link": B, "stance": "neutral"}) + "\n", encoding="utf-8")
    first, second = read_url_source(path)
    assert first["url"] == A and first["published"] == dt.date(2024, 4, 2) and first["stance"] == "pro"
    assert second["where"] == f"{path} line 2"
    frame = pd.DataFrame({"url": [A], "outlet": ["Ledger"], "country": ["Freedonia"]})
    (record,) = read_url_source(frame)
    assert (record["outlet"], record["outlet_country"], record["where"]) == ("Ledger", "Freedonia", "DataFrame[0]")


def test_lists_of_urls_and_dicts():
    assert [r["url"] for r in read_url_source([A, {"url": B, "title": "Ferry deal"}])] == [A, B]
    assert read_url_source(A)[0]["url"] == A


def test_what_is_not_a_url_source(tmp_path):
    articles = tmp_path / "articles.csv"
    articles.write_text(f"url,text\n{A},The bridge opened on Tuesday.\n", encoding="utf-8")
    prose = tmp_path / "notes.txt"
    prose.write_text(f"{A}\nThe bridge opened on Tuesday.\n", encoding="utf-8")
    assert not looks_like_url_source(articles)  # it carries its text: an article corpus
    assert not looks_like_url_source(prose)
    assert not looks_like_url_source(tmp_path / "absent.txt") and not looks_like_url_source(tmp_path)
    no_url = tmp_path / "people.csv"
    no_url.write_text("name,town\nOdalys Quill,Bellmoor\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'url' column"):
        read_url_source(no_url)
    with pytest.raises(FileNotFoundError):
        read_url_source(tmp_path / "absent.txt")
