"""The disk cache of fetched pages, so that a second run fetches nothing it already has.

Only pages that were fetched and are HTML are kept: the body as it came (``KEY.body``) beside
its status, headers, final URL and fetch time (``KEY.json``), where KEY is the SHA-256 of the URL
asked for (without its ``#fragment``). Failures are not cached: a 404, a timeout or a refusal is
asked again on the next run, because it may have been passing and it costs one request.

The JSON file is written last, by an atomic rename, so a run stopped half way never leaves a
page that looks complete but is not. Delete the folder to start afresh.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import warnings
from pathlib import Path
from typing import Optional
from urllib.parse import urldefrag

from .client import Page

__all__ = ["PageCache", "default_cache_dir"]


def default_cache_dir() -> Path:
    """The user's cache folder for fetched pages (e.g. ``~/.cache/news-toolkit/pages`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("news-toolkit")) / "pages"


class PageCache:
    """Fetched pages on disk, keyed by URL; safe to share between threads and runs.

    Args:
        folder: Where the pages are kept; created when the first page is stored.
    """

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).expanduser()

    def __repr__(self) -> str:
        return f"PageCache({str(self.folder)!r})"

    def _paths(self, url: str) -> tuple:
        key = hashlib.sha256(urldefrag(url)[0].encode("utf-8")).hexdigest()
        stem = self.folder / key[:2] / key
        return stem.with_suffix(".json"), stem.with_suffix(".body")

    def get(self, url: str) -> Optional[Page]:
        """The cached page of ``url``, or None when it has not been fetched."""
        info_path, body_path = self._paths(url)
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):  # absent, or damaged: fetch again
            return None
        return Page(url=url, final_url=info["final_url"], status=info["status"],
                    headers=tuple(tuple(h) for h in info["headers"]), body=body)

    def put(self, page: Page) -> None:
        """Store a fetched page; a cache that cannot be written warns and the page is still used."""
        info_path, body_path = self._paths(page.url)
        info = {"url": page.url, "final_url": page.final_url, "status": page.status,
                "headers": [list(h) for h in page.headers],
                "fetched": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
        try:
            info_path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(body_path, page.body)
            _write_atomically(info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            warnings.warn(f"page cache {self.folder}: cannot store {page.url} ({exc}); it will be fetched "
                          "again next time", RuntimeWarning, stacklevel=2)

    def __contains__(self, url: str) -> bool:
        return self._paths(url)[0].exists()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{id(data)}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
