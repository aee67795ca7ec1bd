"""Reading articles: text, HTML, JSON, JSONL, CSV, folders, globs and DataFrames.

Example:
    >>> import toolkit as tk
    >>> article = tk.load_seed()
    >>> article.outlet, article.published.isoformat()
    ('The New York Times', '2023-10-04')

Cleaning removes scraper boilerplate ("Source link", "Leave a Reply", share bars) and records what
it removed in ``Article.removed``; nothing is dropped silently.
"""
from __future__ import annotations

import csv
import dataclasses
import glob as _glob
import hashlib
import io
import itertools
import json
import os
import re
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from .columns import TEXT_FIELDS
from .corpus_checks import LoaderWarning, checked
from .dates import dayfirst_for, parse_date
from .errors import InputError
from .html_text import html_to_text
from .model import Article, as_article
from .text import data_lines
from .timexes import date_from_text

__all__ = [
    "InputError",
    "LoaderWarning",
    "as_article",
    "clean_text",
    "expand_paths",
    "fill_defaults",
    "is_url_source",
    "iter_articles",
    "iter_corpus_items",
    "jsonl_lines",
    "load_seed",
    "looks_like_path",
    "make_article",
    "parse_date",
    "read_article",
    "read_articles",
    "Unreadable",
    "canonical_fields",
    "with_defaults",
    "ARTICLE_FIELDS",
    "ARTICLE_SUFFIXES",
]

#: Fields an Article takes from metadata; any other key goes into ``Article.meta``.
ARTICLE_FIELDS = ("id", "title", "outlet", "published", "url", "source")
#: File kinds ``read_article`` reads; ``read_articles`` also reads .jsonl and .csv.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json")
_CORPUS_SUFFIXES = (".jsonl", ".csv")

# Common alternative names in scraped data -> the Article field.
_ALIASES = {
    **{name: "text" for name in TEXT_FIELDS if name != "text"},
    "headline": "title",
    "publisher": "outlet", "source_name": "outlet", "site": "outlet", "sitename": "outlet",
    "date": "published", "publication_date": "published", "published_at": "published",
    "pub_date": "published", "datetime": "published",
    "link": "url",
}


# ---------------------------------------------------------------------------------------------
# Cleaning

@lru_cache(maxsize=None)
def _boilerplate() -> tuple:
    cut, drop = [], []
    for line in data_lines("boilerplate.txt"):
        kind, _, pattern = line.strip().partition(":")
        (cut if kind == "cut" else drop).append(pattern)

    def join(patterns: list):
        return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)
    return join(cut), join(drop)


_PARA_SPLIT = re.compile(r"\n\s*\n")


def clean_text(raw: str) -> tuple:
    """Remove scraper boilerplate from an article body.

    Trailers such as "Source link" / "Leave a Reply" / "Your email address will not be
    published…" are cut with everything after them; share bars and "Advertisement" lines are
    dropped from the start and end. Line endings are normalised to "\\n".

    Args:
        raw: The text as read.

    Returns:
        ``(text, removed)``: the cleaned text and a tuple of the removed pieces.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return "", ()
    cut, drop = _boilerplate()
    sep = "\n\n" if _PARA_SPLIT.search(text) else "\n"
    paras = [p for p in (_PARA_SPLIT.split(text) if sep == "\n\n" else text.split("\n"))]
    removed: list = []
    for i, p in enumerate(paras):
        if i > 0 and cut.match(p.strip()):
            removed.extend(q.strip() for q in paras[i:] if q.strip())
            paras = paras[:i]
            break
    while paras and drop.match(paras[0].strip()):
        removed.insert(0, paras.pop(0).strip())
    while paras and drop.match(paras[-1].strip()):
        removed.append(paras.pop().strip())
    if not removed:
        return text, ()
    # Re-join from the original text so inner white space and offsets stay as written.
    return sep.join(paras).strip(), tuple(r for r in removed if r)


# ---------------------------------------------------------------------------------------------
# Articles

def _stable_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_article(text: Any, *, clean: bool = True, where: Optional[str] = None, dayfirst: Optional[bool] = None,
                 **metadata: Any) -> Article:
    """Build an Article from a body and metadata, cleaning the body and parsing the date.

    Args:
        text: The body; None counts as empty.
        clean: Remove scraper boilerplate (recorded in ``Article.removed``).
        where: Where the record came from, for error messages ("file.csv line 4").
        dayfirst: Read a numeric date such as "04/10/2023" day first (True) or month first
            (False); None decides by the article's ``language``/``country`` when known (see
            :func:`toolkit.dates.dayfirst_for`) and otherwise reads month first with a warning.
        **metadata: id, title, outlet, published, url, source; common aliases (publisher,
            publication_date, date, headline, link) are understood (the field's own name wins
            over an alias); other keys go into ``article.metadata``.

    Returns:
        The Article.

    Raises:
        InputError: The text is not a string or the date cannot be parsed.
    """
    if text is None or (isinstance(text, float) and text != text):
        text = ""
    if not isinstance(text, str):
        at = f"{where}: " if where else ""
        raise InputError(f"{at}field 'text' must be a string, not {type(text).__name__}")
    fields: dict = {}
    meta: dict = {}
    for key, value in canonical_fields(metadata).items():
        if key in ARTICLE_FIELDS:
            fields[key] = value
        elif key != "text":
            meta[key] = value
    body, removed = clean_text(text) if clean else (text, ())
    if dayfirst is None:
        dayfirst = dayfirst_for(meta.get("language") or meta.get("lang"),
                                meta.get("country") or meta.get("outlet_country"))
    fields["published"] = parse_date(fields.get("published"), source=where, dayfirst=dayfirst)
    fields["published_from"] = "metadata" if fields["published"] is not None else None
    if fields["published"] is None:  # read it from a dateline, a "Published" line or a byline
        fields["published"], fields["published_from"] = date_from_text(body)
    for key in ("id", "title", "outlet", "url", "source"):
        v = fields.get(key)
        fields[key] = None if _missing(v) else v if isinstance(v, str) else str(v)
    if not fields.get("id"):
        fields["id"] = _stable_id(body)
    meta = {k: v for k, v in meta.items() if not _missing(v)}
    return Article(text=body, removed=removed, meta=tuple(meta.items()), **fields)


def _missing(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, float) and value != value)


def canonical_fields(record: dict) -> dict:
    """A record with its aliases mapped to the Article field names ("date" -> "published").

    A field's own name wins over an alias; among aliases the first given (not missing) wins.
    """
    out: dict = {}
    for key, value in record.items():
        target = _ALIASES.get(key, key)
        if key == target:
            if not _missing(value) or target not in out:
                out[target] = value
        elif _missing(out.get(target)) and (not _missing(value) or target not in out):
            out[target] = value
    return out


def with_defaults(record: dict, defaults: dict) -> dict:
    """``record`` (aliases mapped) with each of ``defaults`` filled in only where the record lacks it.

    Example: a record with ``date`` keeps it when ``published=`` is given as a default; a record
    with ``publisher`` keeps it when ``outlet=`` is.
    """
    fields = canonical_fields(record)
    for key, value in canonical_fields(defaults).items():
        if _missing(fields.get(key)):
            fields[key] = value
    return fields


def _read_bytes_as_text(path: Path, encoding: Optional[str]) -> str:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file; check the path (working directory is {os.getcwd()})")
    if path.is_dir():
        raise InputError(f"{path} is a folder; use tk.read_articles({str(path)!r}) for a folder of articles")
    data = path.read_bytes()
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: cannot decode byte {data[exc.start:exc.start + 1]!r} at position {exc.start} as "
            f"{encoding or 'UTF-8'}; re-save the file as UTF-8 or pass encoding='latin-1' (or the file's encoding)"
        ) from None
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}; use a name such as 'utf-8' or 'latin-1'") from None


def _sidecar(path: Path) -> dict:
    meta_path = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{meta_path}: not valid JSON ({exc}); fix or remove the metadata file") from None
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: metadata must be a JSON object of field: value")
    return meta


def read_article(path: str | os.PathLike, *, encoding: Optional[str] = None, clean: bool = True,
                 dayfirst: Optional[bool] = None, **metadata: Any) -> Article:
    """Read one article from a .txt, .html/.htm or .json file.

    Metadata comes from (later wins): the file itself (HTML meta tags, JSON fields), a sidecar
    ``NAME.meta.json`` beside the file, and the keyword arguments.

    Args:
        path: The file.
        encoding: The file's encoding (default UTF-8).
        clean: Remove scraper boilerplate, recording it in ``Article.removed``.
        dayfirst: Read numeric dates ("04/10/2023") day first; see :func:`make_article`.
        **metadata: id, title, outlet, published, url and any other fields.

    Returns:
        The Article; ``source`` is the path.

    Raises:
        FileNotFoundError: No such file.
        InputError: The file cannot be decoded or parsed, or a field is malformed.
    """
    return _read_file(Path(path), encoding, clean, defaults={}, overrides=metadata, dayfirst=dayfirst)


def _read_file(path: Path, encoding: Optional[str], clean: bool, defaults: dict, overrides: dict,
               dayfirst: Optional[bool] = None) -> Article:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        hint = " use tk.read_articles for .jsonl and .csv;" if suffix in _CORPUS_SUFFIXES else ""
        raise InputError(f"{path}: cannot read {suffix or 'files without a suffix'} as an article;{hint} "
                         f"read_article reads {', '.join(ARTICLE_SUFFIXES)}")
    raw = _read_bytes_as_text(path, encoding)
    found: dict = {}
    if suffix == ".json":
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} line {exc.lineno}: not valid JSON ({exc.msg})") from None
        if isinstance(record, list):
            raise InputError(f"{path} holds a list of {len(record)} records; use tk.read_articles({str(path)!r})")
        if not isinstance(record, dict):
            raise InputError(f"{path}: expected a JSON object with a 'text' field")
        record = {_ALIASES.get(k, k): v for k, v in record.items()}
        if "text" not in record:
            raise InputError(f"{path}: the JSON object has no 'text' field (fields: {', '.join(record) or 'none'}); "
                             "put the article body in 'text'")
        raw = record.pop("text")
        found.update({k: v for k, v in record.items() if v is not None})
    elif suffix in (".html", ".htm"):
        raw, html_meta = html_to_text(raw)
        found.update({k: v for k, v in html_meta.items() if k != "language"})
    found = {**canonical_fields(found), **canonical_fields(_sidecar(path))}
    found = with_defaults({**found, **canonical_fields(overrides)}, {"id": path.stem, "source": str(path), **defaults})
    return make_article(raw, clean=clean, where=str(path), dayfirst=dayfirst, **found)


def jsonl_lines(path: Path, encoding: Optional[str] = None) -> Iterator[tuple]:
    """Parse a JSONL file lazily, one line at a time, without stopping at a bad line.

    Args:
        path: The file.
        encoding: Its encoding (default UTF-8).

    Yields:
        ``(where, fallback_id, record)`` for each non-blank line: ``where`` is "PATH line N",
        ``fallback_id`` is "STEM:N", and ``record`` is the parsed value or, for a line that
        cannot be decoded or parsed, an :class:`InputError` saying why (callers decide whether
        to raise it or keep going).
    """
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file; check the path (working directory is {os.getcwd()})")
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path} line {n}"
            try:
                record = json.loads(line.decode(encoding or "utf-8-sig"))
            except UnicodeDecodeError:
                record = InputError(f"{where}: not UTF-8 text; re-save the file as UTF-8 or pass encoding=")
            except json.JSONDecodeError as exc:
                record = InputError(f"{where}: not valid JSON ({exc.msg}); each line must be one JSON object")
            yield where, f"{path.stem}:{n}", record


def _records_jsonl(path: Path, encoding: Optional[str]) -> Iterator[tuple]:
    for where, fallback_id, record in jsonl_lines(path, encoding):
        if isinstance(record, InputError):
            raise record
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object with a 'text' field")
        yield where, fallback_id, record


def _records_csv(path: Path, encoding: Optional[str]) -> Iterator[tuple]:
    """``(where, fallback_id, row)`` of each CSV row; ``where`` names the physical line the row
    starts on (the header is line 1)."""
    lines = list(io.StringIO(_read_bytes_as_text(path, encoding), newline=""))
    reader = csv.DictReader(lines)
    columns = [_ALIASES.get(c, c) for c in (reader.fieldnames or [])]
    if "text" not in columns:
        names = ", ".join(reader.fieldnames or []) or "none"
        raise InputError(f"{path}: the CSV has no 'text' column (columns: {names}); "
                         "name the column with the article body 'text'")
    end = reader.line_num
    for row in reader:
        start = end + 1
        while start < reader.line_num and not lines[start - 1].strip():
            start += 1  # blank lines before the row
        end = reader.line_num
        if None in row:
            raise InputError(f"{path} line {start}: {len(reader.fieldnames) + len(row[None])} cells but the header "
                             f"names {len(reader.fieldnames)} fields; the extra field {row[None][0]!r} has no column. "
                             "Put quotes around values that contain commas")
        yield f"{path} line {start}", f"{path.stem}:{start}", row


def _records_frame(frame: Any) -> Iterator[tuple]:
    columns = [_ALIASES.get(str(c), str(c)) for c in frame.columns]
    if "text" not in columns:
        raise InputError(f"the DataFrame has no 'text' column (columns: {', '.join(map(str, frame.columns))}); "
                         "name the column with the article body 'text'")
    for i, row in enumerate(frame.to_dict(orient="records")):
        yield f"DataFrame row {i}", f"row{i}", {str(k): v for k, v in row.items()}


# Characters a file name on any common system avoids but news text and markup have.
_NOT_IN_PATHS = frozenset('<>"|\u201c\u201d')


def looks_like_path(value: Any) -> bool:
    """True for a string that names a file rather than being an article's text: one line, and
    either a path separator without spaces or a file suffix the loaders read (.txt, .html, .json,
    .jsonl, .csv) at its end."""
    if isinstance(value, os.PathLike):
        return True
    if not isinstance(value, str) or not value.strip() or "\n" in value or len(value) > 1024:
        return False
    s = value.strip()
    if any(ch in _NOT_IN_PATHS for ch in s):  # "</p>" is markup, not a file
        return False
    if not any(ch.isalnum() for ch in s):
        return False  # "/" or "..": punctuation, not a file anyone means to read
    has_suffix = Path(s).suffix.lower() in ARTICLE_SUFFIXES + _CORPUS_SUFFIXES
    has_separator = "/" in s or os.sep in s
    return (has_separator and not any(ch.isspace() for ch in s)) or (has_suffix and (has_separator or " " not in s))


def expand_paths(source: Any) -> list:
    """Paths named by a folder, a glob, a file or a list of these.

    Raises:
        FileNotFoundError: A path or pattern names nothing (the message names it).
    """
    if isinstance(source, (list, tuple)):
        return [p for s in source for p in expand_paths(s)]
    path = Path(source)
    if path.is_dir():
        readable = ARTICLE_SUFFIXES + _CORPUS_SUFFIXES
        return sorted(p for p in path.rglob("*")
                      if p.suffix.lower() in readable and not p.name.endswith(".meta.json") and _is_file(p))
    if any(ch in str(source) for ch in "*?["):
        matches = sorted(Path(p) for p in _glob.glob(str(source), recursive=True))
        if not matches:
            raise FileNotFoundError(f"{source}: the pattern matches no file")
        return [p for p in matches if not p.name.endswith(".meta.json")]
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder; check the path (working directory is {os.getcwd()})")
    return [path]


def _is_file(path: Path) -> bool:
    """``path.is_file()``, False for what cannot be looked at (a folder without permission)."""
    try:
        return path.is_file()
    except OSError:
        return False


def is_url_source(source: Any) -> bool:
    """True when ``source`` is fetched rather than read: an http(s) URL, a list of them, or a
    file listing URLs (a URL list, a CSV/JSONL with a ``url`` column and no text column, a Media
    Cloud or GDELT export)."""
    from .fetch import is_url, looks_like_url_source

    if isinstance(source, str) and is_url(source):
        return True
    if isinstance(source, (str, os.PathLike)):
        return looks_like_url_source(source)
    return False


def iter_articles(source: Any, *, encoding: Optional[str] = None, clean: bool = True, cache: Any = None,
                  offline: Optional[bool] = None, dayfirst: Optional[bool] = None,
                  **defaults: Any) -> Iterator[Article]:
    """Yield articles one at a time from any source ``read_articles`` accepts (lazy; flat memory).

    Args:
        source: See :func:`read_articles`.
        encoding: Encoding of the files (default UTF-8).
        clean: Remove scraper boilerplate.
        cache: Page cache folder for URLs (see :func:`toolkit.fetch.fetch_articles`).
        offline: Read URLs from the cache only (None: the ``TOOLKIT_OFFLINE`` variable).
        dayfirst: Read numeric dates day first; see :func:`make_article`.
        **defaults: Metadata for every article where the record or page lacks it (e.g. ``outlet=``).

    Yields:
        Article objects, in the order of the source. A URL that gives no page is skipped with a
        warning naming it and why.
    """
    if hasattr(source, "columns") and hasattr(source, "to_dict"):
        yield from _from_records(_records_frame(source), clean, defaults, "DataFrame", dayfirst)
        return
    if isinstance(source, Article):
        yield source
        return
    if isinstance(source, (list, tuple)) and source and all(isinstance(a, Article) for a in source):
        yield from source
        return
    parts = source if isinstance(source, (list, tuple)) else [source]
    for fetch_together, group in itertools.groupby(parts, key=_is_one_url):  # URLs in a row: one polite fetch
        if fetch_together:
            yield from _fetched(list(group), cache, offline, defaults, dayfirst)
            continue
        yield from _read_parts(list(group), encoding, clean, cache, offline, dayfirst, defaults)


def _is_one_url(value: Any) -> bool:
    from .fetch import is_url

    return isinstance(value, str) and is_url(value)


def _read_parts(parts: list, encoding: Optional[str], clean: bool, cache: Any, offline: Optional[bool],
                dayfirst: Optional[bool], defaults: dict) -> Iterator[Article]:
    for part in parts:
        if is_url_source(part):
            yield from _fetched(part, cache, offline, defaults, dayfirst)
            continue
        if isinstance(part, (list, tuple)):
            yield from iter_articles(part, encoding=encoding, clean=clean, cache=cache, offline=offline,
                                     dayfirst=dayfirst, **defaults)
            continue
        for path in expand_paths(part):
            yield from _read_path(path, encoding, clean, defaults, dayfirst)


def _from_records(records: Iterable, clean: bool, defaults: dict, origin: str,
                  dayfirst: Optional[bool] = None) -> Iterator[Article]:
    for where, fallback_id, record in records:
        fields = with_defaults(record, {"id": fallback_id, "source": where, **defaults})
        text = fields.pop("text", None)
        yield make_article(text, clean=clean, where=where, dayfirst=dayfirst, **fields)


def _read_path(path: Path, encoding: Optional[str], clean: bool, defaults: dict,
               dayfirst: Optional[bool]) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _from_records(_records_jsonl(path, encoding), clean, defaults, str(path), dayfirst)
    elif suffix == ".csv":
        yield from _from_records(_records_csv(path, encoding), clean, defaults, str(path), dayfirst)
    elif suffix in ARTICLE_SUFFIXES:
        yield _read_file(path, encoding, clean, defaults=defaults, overrides={}, dayfirst=dayfirst)
    else:
        raise InputError(f"{path}: cannot read {suffix or 'files without a suffix'}; "
                         f"use {', '.join(ARTICLE_SUFFIXES + _CORPUS_SUFFIXES)}")


def fetch_items(source: Any, cache: Any, offline: Optional[bool]) -> Iterator:
    """An Article or a ``FetchError`` per URL of ``source`` (one URL, a list, a URL file or export), in order.

    One URL is fetched as a one-item list, so its errors are located like those of a list.
    """
    from .fetch import iter_fetch

    return iter_fetch([source] if isinstance(source, str) and "://" in source else source,
                      cache=cache, offline=offline, progress=False)


def _fetched(source: Any, cache: Any, offline: Optional[bool], defaults: dict,
             dayfirst: Optional[bool]) -> Iterator[Article]:
    """The pages of URLs that loaded, with ``defaults`` for what they lack; a warning per failure."""
    from .fetch import FetchError

    for item in fetch_items(source, cache, offline):
        if isinstance(item, FetchError):
            warnings.warn(f"{item.url}: not loaded ({item.stage}: {item.reason})"
                          + (f", listed at {item.location}" if item.location else ""), LoaderWarning, stacklevel=4)
            continue
        yield fill_defaults(item, defaults, dayfirst)


def fill_defaults(article: Article, defaults: dict, dayfirst: Optional[bool] = None) -> Article:
    """``article`` with each of ``defaults`` (metadata such as ``outlet=``) set where it has none."""
    fields = canonical_fields(defaults)
    changes = {k: v for k, v in fields.items() if k in ARTICLE_FIELDS and _missing(getattr(article, k))}
    if "published" in changes:
        changes["published"] = parse_date(changes["published"], source=article.source, dayfirst=dayfirst)
    meta = dict(article.meta)
    extra = {k: v for k, v in fields.items() if k not in ARTICLE_FIELDS and k != "text" and _missing(meta.get(k))}
    if extra:
        changes["meta"] = tuple({**meta, **extra}.items())
    return dataclasses.replace(article, **changes) if changes else article


def read_articles(source: Any, *, encoding: Optional[str] = None, clean: bool = True, lazy: bool = False,
                  cache: Any = None, offline: Optional[bool] = None, dayfirst: Optional[bool] = None,
                  **defaults: Any):
    """Read many articles.

    Args:
        source: A folder (every .txt, .html, .json, .jsonl and .csv below it), a glob
            ("coverage/*.html"), a .jsonl file (one JSON object a line), a .csv file, a pandas
            DataFrame, http(s) URLs (one, a list, a text file of one URL a line, a CSV/JSONL with a
            ``url`` column and no text column, a Media Cloud or GDELT export; fetched politely
            with :func:`toolkit.fetch.fetch_articles`), or a list of any of these. Records need a
            ``text`` field (or ``body``, ``content``, ``article``); ``id``, ``title``, ``outlet``
            (or ``publisher``), ``published`` (or ``date``, ``publication_date``) and ``url`` are
            read when present and any other column goes into ``article.metadata``.
        encoding: Encoding of the files (default UTF-8).
        clean: Remove scraper boilerplate, recording it in ``Article.removed``.
        lazy: Return an iterator that reads one article at a time (for corpora too large for
            memory; ``tk.analyze`` consumes it in chunks) instead of a list.
        cache: Folder of the page cache for URLs (None: the user's cache folder; False: none).
        offline: Read URLs from the cache only (None: the ``TOOLKIT_OFFLINE`` variable decides).
        dayfirst: Read numeric dates such as "04/10/2023" day first (True) or month first
            (False). None decides by each article's ``language``/``country`` when known, else
            reads month first and warns.
        **defaults: Metadata for every article, used only where the record or page lacks the
            field (after aliases are mapped): ``published="2020-01-01"`` does not replace a
            record's own ``date``, and ``outlet="Reuters"`` does not replace its ``publisher``.

    Returns:
        A list of Article, or an iterator of them with ``lazy=True``. Warnings
        (:class:`LoaderWarning`) name each URL that gave no page (it is skipped), each article
        with the same text as an earlier one (the second is dropped: nothing is lost), each one
        with the same id as an earlier one but another text (both are kept), and empty and
        undated articles.

    Raises:
        FileNotFoundError: A path or pattern names nothing.
        InputError: A record cannot be read; the message names the file, line and field.
    """
    articles = checked(iter_articles(source, encoding=encoding, clean=clean, cache=cache, offline=offline,
                                      dayfirst=dayfirst, **defaults))
    return articles if lazy else list(articles)


# ---------------------------------------------------------------------------------------------
# Items for a corpus run: every record read on its own, a bad one kept, not fatal

class Unreadable(NamedTuple):
    """A record or file a loader could not read, kept so that a corpus run records it and reads on.

    Attributes:
        id: The record's id when known ("STEM:LINE"), else None.
        source: Where it was read from ("PATH line N", a path).
        error: Why: an :class:`InputError` or the exception raised.
        note: What the failure means for the records after it, or None.
    """

    id: Optional[str]
    source: str
    error: Exception
    note: Optional[str] = None


def iter_corpus_items(paths: list) -> Iterator:
    """The items of many files for ``tk.analyze``, lazily, each file read on its own.

    Args:
        paths: Files (see :func:`expand_paths`).

    Yields:
        For a .jsonl file, each line's record (a dict, with ``id`` "STEM:LINE" and ``source``
        "PATH line N" where it has none); for a .csv file, its Articles; for any other file, its
        ``Path`` (read later, where the article is analysed, so that a file that cannot be read
        is one failed article). A line or file that cannot be read is an :class:`Unreadable`.
    """
    for path in paths:
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl_items(path)
        elif suffix == ".csv":
            try:
                yield from iter_articles(path)
            except Exception as exc:  # noqa: BLE001 - the rest of the file is lost: say so
                yield Unreadable(None, str(path), exc)
        else:
            yield Path(path)


def _jsonl_items(path: Path) -> Iterator:
    for where, fallback_id, record in jsonl_lines(path):
        if isinstance(record, InputError):
            yield Unreadable(fallback_id, where, record)
            continue
        if not isinstance(record, dict):
            yield Unreadable(fallback_id, where, InputError(
                f"{where}: expected a JSON object with a 'text' field, not a {type(record).__name__}"))
            continue
        record.setdefault("id", fallback_id)
        record.setdefault("source", where)
        yield record


# ---------------------------------------------------------------------------------------------
# The seed

_SEED_NAME = "000_176b3cb6a9b04893.txt"


def _seed_path() -> Path:
    candidates = [Path(__file__).resolve().parent.parent / "seeds" / _SEED_NAME]
    try:
        candidates.append(Path(str(resources.files("toolkit") / "seeds" / _SEED_NAME)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    for path in candidates:
        if path.exists():
            return path
    raise FileNotFoundError(
        f"the seed article {_SEED_NAME} is not installed; install the toolkit from its checkout "
        "with `pip install -e .` so that seeds/ is available"
    )


def load_seed() -> Article:
    """The seed article: The New York Times, 4 October 2023, on the US–Mexico security meeting.

    Returns:
        The Article, cleaned of the scraper trailer, with outlet, publication date and the event
        (US–Mexico High-Level Security Dialogue, Mexico City, 2023-10-05) in ``meta``.
    """
    return read_article(_seed_path())
