"""Reading and cleaning articles: files, corpora, dates, the seed and bad input."""
import datetime as dt
import json

import pandas as pd
import pytest

import toolkit as tk
from toolkit.articles import InputError, clean_text, iter_articles, parse_date
from toolkit.model import Article, as_article

BODY = (
    "The council of Varnholt met on Tuesday.\n\n"
    "“We will rebuild the bridge,” said Mayor Ilse Krogh.\n\n"
    "Source link\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"
)

PAGE = """<html><head><title>Varnholt rebuilds its bridge</title>
<meta property="og:site_name" content="The Varnholt Courier">
<script>document.write("tracking code");</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Varnholt rebuilds its bridge</h1>
<p>The council of Varnholt voted on Tuesday to rebuild the old stone bridge over the river Ems.</p>
<p>“We will rebuild the bridge before winter,” said Mayor Ilse Krogh, who has led the town since 2019.</p>
<p>The work is expected to cost about four million euros and to take most of the coming year.</p>
</article>
<div class="share">Share on Facebook | Twitter</div>
<form id="comments"><h3>Leave a Reply</h3><textarea></textarea></form>
<footer>Copyright The Varnholt Courier</footer></body></html>"""


def test_seed_article(seed):
    assert seed.text.startswith("President Biden’s")
    assert seed.text.endswith("resell firearms.")
    assert seed.outlet == "The New York Times"
    assert seed.published == dt.date(2023, 10, 4)
    meta = seed.metadata
    assert meta["event"] == "US–Mexico High-Level Security Dialogue"
    assert meta["event_place"] == "Mexico City"
    assert meta["event_date"] == "2023-10-05"
    for gone in ("Source link", "Leave a Reply", "Your email address"):
        assert gone not in seed.text
    assert seed.removed[0] == "Source link"  # the removal is recorded, not silent
    assert len(seed.paragraphs) == 17


def test_article_html_escapes_text():
    article = tk.read_articles(pd.DataFrame({"text": ["<script>alert(1)</script> said Ana."]}))[0]
    html = article._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_clean_text_records_what_it_removed():
    text, removed = clean_text(BODY)
    assert text.endswith("said Mayor Ilse Krogh.")
    assert removed == ("Source link", "Leave a Reply",
                       "Your email address will not be published. Required fields are marked *")
    assert clean_text("Advertisement\n\nBody here.\n\nShare this:") == ("Body here.", ("Advertisement", "Share this:"))
    assert clean_text("Nothing to remove.") == ("Nothing to remove.", ())


def test_read_txt_with_metadata_and_sidecar(tmp_path):
    path = tmp_path / "krogh.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "krogh.meta.json").write_text(json.dumps({"outlet": "The Varnholt Courier", "section": "Local"}))
    article = tk.read_article(path, published="March 3, 2024")
    assert article.id == "krogh"
    assert article.outlet == "The Varnholt Courier"
    assert article.published == dt.date(2024, 3, 3)
    assert article.metadata == {"section": "Local"}
    assert article.source == str(path)
    assert "Source link" not in article.text and article.removed


def test_read_html_keeps_main_text_only(tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    article = tk.read_article(path, published="2024-03-05")
    assert "rebuild the old stone bridge" in article.text
    assert "said Mayor Ilse Krogh" in article.text
    for junk in ("tracking code", "Home", "Share on Facebook", "Leave a Reply", "Copyright"):
        assert junk not in article.text
    assert article.title == "Varnholt rebuilds its bridge"
    assert len(article.paragraphs) == 3


def test_read_json_and_aliases(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x1", "body": "Text here.", "publisher": "Courier",
                                "publication_date": "2024-01-02T08:00:00Z"}), encoding="utf-8")
    article = tk.read_article(path)
    assert (article.id, article.text, article.outlet, article.published) == ("x1", "Text here.", "Courier",
                                                                              dt.date(2024, 1, 2))


def test_read_articles_from_folder_glob_jsonl_csv_and_frame(tmp_path):
    (tmp_path / "one.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps({"text": "Second article.", "date": "2024-02-01"}))
    rows = [{"id": "r1", "text": "Third.", "published": "2024-02-02"}, {"id": "r2", "text": "Fourth."}]
    (tmp_path / "more.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    pd.DataFrame([{"text": "Fifth.", "outlet": "Gazette", "topic": "roads"}]).to_csv(tmp_path / "c.csv", index=False)

    folder = tk.read_articles(tmp_path, outlet="Default Outlet")
    assert [a.text for a in folder] == ["Fifth.", "Third.", "Fourth.", "First article.", "Second article."]
    assert folder[0].outlet == "Gazette" and folder[0].metadata == {"topic": "roads"}
    assert folder[3].outlet == "Default Outlet"
    assert folder[1].id == "r1" and folder[1].published == dt.date(2024, 2, 2)

    assert [a.text for a in tk.read_articles(str(tmp_path / "*.txt"))] == ["First article."]
    frame = pd.DataFrame({"text": ["A.", None], "published": [dt.date(2024, 1, 1), None]})
    got = tk.read_articles(frame)
    assert [a.text for a in got] == ["A.", ""] and got[0].published == dt.date(2024, 1, 1)
    assert got[1].paragraphs == []  # empty text is allowed


def test_iter_articles_is_lazy(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    stream = iter_articles(path)
    assert next(stream).text == "ok"  # the bad second line is not read yet
    with pytest.raises(InputError, match=r"big.jsonl line 2"):
        next(stream)


@pytest.mark.parametrize("value, expected", [
    ("2023-10-04", dt.date(2023, 10, 4)),
    ("October 4, 2023", dt.date(2023, 10, 4)),
    ("Oct. 4, 2023", dt.date(2023, 10, 4)),
    ("Wednesday, October 4, 2023", dt.date(2023, 10, 4)),
    ("4 October 2023", dt.date(2023, 10, 4)),
    ("10/4/2023", dt.date(2023, 10, 4)),
    ("2023-10-04T21:15:00+00:00", dt.date(2023, 10, 4)),
    (dt.datetime(2023, 10, 4, 9, 30), dt.date(2023, 10, 4)),
    (dt.date(2023, 10, 4), dt.date(2023, 10, 4)),
    (pd.Timestamp("2023-10-04"), dt.date(2023, 10, 4)),
    (None, None),
    ("", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_as_article_wraps_a_text_and_keeps_an_article():
    wrapped = as_article("plain")
    assert (wrapped.text, wrapped.id, wrapped.published) == ("plain", None, None)
    article = Article(id="a1", text="body")
    assert as_article(article) is article
    with pytest.raises(TypeError, match="int"):
        as_article(42)


# -- bad input: clear messages naming the file, line or field -----------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        tk.read_article(tmp_path / "nope.txt")
    with pytest.raises(FileNotFoundError, match="matches no file"):
        tk.read_articles(str(tmp_path / "*.html"))


def test_undecodable_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 in Valdora.".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin.txt.*UTF-8.*encoding="):
        tk.read_article(path)
    assert tk.read_article(path, encoding="latin-1").text == "Café in Valdora."


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("headline,date\nA,2024-01-01\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv.*'text' column"):
        tk.read_articles(path)


def test_unparseable_date_names_file_line_and_field(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("text,published\nFine.,2024-01-01\nBad.,next Tuesday-ish\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dates.csv line 3.*'published'.*next Tuesday-ish"):
        tk.read_articles(path)
    with pytest.raises(InputError, match=r"dates.csv.*use tk.read_articles"):
        tk.read_article(tmp_path / "dates.csv")  # wrong kind of file for read_article
    with pytest.raises(ValueError, match="'2023-13-45'"):
        parse_date("2023-13-45")


def test_json_without_text_field(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"title": "T"}), encoding="utf-8")
    with pytest.raises(InputError, match=r"x.json.*'text'"):
        tk.read_article(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"x.json line 1.*not valid JSON"):
        tk.read_article(path)


def test_non_string_text_field(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"text": 5}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"n.jsonl line 1.*'text'.*int"):
        tk.read_articles(path)


def test_read_articles_lazy_returns_an_iterator(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    stream = tk.read_articles(path, lazy=True)
    assert not isinstance(stream, list)
    assert [a.text for a in stream] == ["one", "two"]
