"""HTML to an article's text and metadata, by trafilatura: one reduction for the HTML files the
loaders read and the pages ``toolkit.fetch`` fetches (a loader module: it parses, never fetches)."""
from __future__ import annotations

from typing import Optional

__all__ = ["html_to_text"]


def html_to_text(html: str, url: Optional[str] = None) -> tuple:
    """An HTML page's main text and metadata, by trafilatura (no scripts, navigation or forms).

    Parsed only: nothing is fetched. The files the loaders read and the pages ``toolkit.fetch``
    fetches are reduced here, the same way.

    Args:
        html: The page.
        url: Where it was published, if known (helps trafilatura with relative metadata).

    Returns:
        ``(text, metadata)``: the text as blank-line separated paragraphs without the headline,
        and the ``title``, ``outlet`` (site name), ``url``, ``published`` and ``language`` found.
    """
    import trafilatura

    options = dict(url=url, with_metadata=True, include_comments=False, include_tables=False)
    doc = trafilatura.bare_extraction(html, favor_precision=True, **options)
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(html, favor_recall=True, **options)
    found = {} if doc is None else doc.as_dict()
    lines = [line.strip() for line in (found.get("text") or "").splitlines() if line.strip()]
    title = found.get("title")
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    metadata = {"title": title, "outlet": found.get("sitename"), "url": found.get("url"),
                "published": found.get("date"), "language": found.get("language")}
    return "\n\n".join(lines), {k: v for k, v in metadata.items() if v}
