"""A fetched HTML page -> an Article, by trafilatura (main text and metadata; nothing fetched here).

Which metadata wins: what the record gives (a Media Cloud or GDELT export, a CSV the researcher
made) is what the researcher chose, so its title, outlet, date, language and country are kept;
trafilatura fills only the fields the record lacks (title, site name as outlet, publication date)
and the ``lang`` attribute of the page gives the language when the record has none.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from typing import Optional

from ..articles import make_article
from ..html_text import html_to_text
from ..model import Article
from .client import FetchFailure, Page

__all__ = ["decode_html", "page_to_article", "url_id"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.IGNORECASE)


def url_id(url: str) -> str:
    """The stable Article id of a page: a hash of its URL (the same URL, the same id, every run)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _known(encoding: Optional[str]) -> Optional[str]:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_html(page: Page) -> str:
    """The page's text: the charset of the Content-Type header, else of a ``<meta>`` tag, else
    UTF-8, else Windows-1252 (which decodes any byte, as browsers do for unlabelled pages)."""
    header = _HEADER_CHARSET.search(page.header("content-type") or "")
    declared = _known(header.group(1) if header else None)
    if declared is None:
        meta = _META_CHARSET.search(page.body[:4096])
        declared = _known(meta.group(1).decode("ascii") if meta else None)
    if page.body.startswith(codecs.BOM_UTF8):
        declared = "utf-8-sig"
    for encoding in (declared, "utf-8", "cp1252"):
        if encoding:
            try:
                return page.body.decode(encoding)
            except UnicodeDecodeError:
                continue
    return page.body.decode("utf-8", errors="replace")


def _extract(html: str, url: str) -> tuple:
    try:
        return html_to_text(html, url)
    except Exception as exc:  # a page the parser chokes on fails alone, with the reason
        raise FetchFailure("extract", type(exc).__name__, f"could not read the page: {exc}") from None


def page_to_article(page: Page, record: Optional[dict] = None) -> Article:
    """Reduce a page to its article text and metadata.

    Args:
        page: The fetched page.
        record: What the input said about the URL (``outlet``, ``published``, ``title``,
            ``outlet_country``, ``language``, any other keys); these win over what trafilatura finds.

    Returns:
        The Article: ``id`` a hash of the URL, ``url`` and ``source`` the URL asked for,
        ``meta`` holding ``outlet_country``, ``language``, ``final_url`` (when redirected) and the
        record's other keys.

    Raises:
        FetchFailure: No article text was found on the page (stage "extract").
    """
    record = {k: v for k, v in (record or {}).items() if v not in (None, "")}
    html = decode_html(page)
    text, found = _extract(html, page.final_url)
    title = record.get("title") or found.get("title")
    if not text:
        raise FetchFailure("extract", "NoText", "no article text found on the page", page.status)
    lang = _HTML_LANG.search(html[:4096])
    metadata = {
        "outlet": found.get("outlet"), "published": found.get("published"),
        "language": found.get("language") or (lang.group(1) if lang else None),
        **record,
        "id": record.get("id") or url_id(page.url), "title": title, "url": page.url, "source": page.url,
    }
    if page.final_url != page.url:
        metadata["final_url"] = page.final_url
    metadata.pop("where", None)
    return make_article(text, where=record.get("where") or page.url, **metadata)
