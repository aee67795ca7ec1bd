"""HTML -> Article (toolkit.fetch.pages): only the article body is kept, charsets are respected,
and what the researcher's record says wins over what the page says. Texts are invented."""
import datetime as dt

import pytest

from toolkit.fetch.client import FetchFailure, Page
from toolkit.fetch.pages import decode_html, page_to_article, url_id

BODY = [
    "The new bridge over the river Vell opened on Tuesday after three years of work, and hundreds "
    "of residents of Bellmoor walked across it before the first buses.",
    '"This bridge joins two halves of one town," said Mayor Odalys Quill, who cut the ribbon at noon. '
    "She said the council would publish the final costs next month.",
    "Engineer Tobin Marsh, who led the project, said the crossing had been designed to last a century. "
    '"We built it for our grandchildren," he said.',
]


def news_html(title="Mayor Quill opens the Bellmoor bridge", paragraphs=BODY, site="The Harbor Ledger",
              date="2024-04-02", charset="utf-8", lang="en") -> str:
    """A realistic news page: navigation, share bar, script, comments and footer around the article."""
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | {site}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}T09:00:00Z">
<script>var tracker = "SCRIPT-SHOULD-GO";</script></head><body>
<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">NAV-SHOULD-GO</a></nav>
<div class="share">Share on Facebook Share on Twitter SHARE-SHOULD-GO</div>
<article><h1>{title}</h1>{paras}</article>
<section class="comments"><h3>Comments</h3><p>Reader123: COMMENT-SHOULD-GO, great news for the town!</p></section>
<footer>Copyright {site}. FOOTER-SHOULD-GO</footer></body></html>"""


def page(html, url="http://news.test/a", content_type="text/html; charset=utf-8", encoding="utf-8", final_url=None):
    return Page(url=url, final_url=final_url or url, status=200, headers=(("content-type", content_type),),
                body=html.encode(encoding))


def test_only_the_article_body_remains():
    article = page_to_article(page(news_html()))
    assert article.text == "\n\n".join(BODY)
    for noise in ("SCRIPT", "NAV", "SHARE", "COMMENT", "FOOTER"):
        assert f"{noise}-SHOULD-GO" not in article.text
    assert article.title == "Mayor Quill opens the Bellmoor bridge"
    assert article.outlet == "The Harbor Ledger"
    assert article.published == dt.date(2024, 4, 2)
    assert article.metadata["language"] == "en"
    assert article.url == article.source == "http://news.test/a"
    assert article.id == url_id("http://news.test/a") and len(article.id) == 16


def test_the_record_wins_and_the_page_fills_the_rest():
    record = {"title": "Bridge opens", "outlet": "Ledger (print)", "published": dt.date(2024, 4, 3),
              "outlet_country": "Freedonia", "language": None, "where": "list.csv line 2"}
    article = page_to_article(page(news_html()), record)
    assert (article.title, article.outlet, article.published) == ("Bridge opens", "Ledger (print)", dt.date(2024, 4, 3))
    assert article.metadata["outlet_country"] == "Freedonia"
    assert article.metadata["language"] == "en"  # the record had none: from the page
    assert "where" not in article.metadata
    assert article.text.startswith("The new bridge")


def test_a_redirected_page_keeps_the_url_asked_for_and_notes_the_final_one():
    article = page_to_article(page(news_html(), url="http://news.test/old", final_url="http://news.test/new"))
    assert article.url == "http://news.test/old" and article.metadata["final_url"] == "http://news.test/new"


def test_declared_latin1_is_decoded_as_latin1():
    html = news_html(paragraphs=["Zoë Amberly opened a café in Port Varnë, the first on the quay since the fire of "
                                 "last winter, and said the façade would be repainted by spring."],
                     charset="iso-8859-1")
    assert "Zoë" in decode_html(page(html, content_type="text/html; charset=ISO-8859-1", encoding="latin-1"))
    # no header charset: the <meta charset> decides
    assert "café" in decode_html(page(html, content_type="text/html", encoding="latin-1"))
    # nothing declared and not UTF-8: Windows-1252, as browsers do
    bare = html.replace('<meta charset="iso-8859-1">', "")
    assert "façade" in decode_html(page(bare, content_type="text/html", encoding="latin-1"))


def test_a_page_without_article_text_is_a_failure_of_the_extract_stage():
    with pytest.raises(FetchFailure) as info:
        page_to_article(page("<html><head><script>var a = 1;</script></head><body><div></div></body></html>"))
    assert info.value.stage == "extract" and info.value.error == "NoText"
