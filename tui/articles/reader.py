"""Reading article files from folders, globs and lists, robust to what the web leaves in them.

A bad file never stops a folder from loading: it becomes an Article with ``error``
set (unreadable) or with ``warnings`` (read with replacement characters), and the
message names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..safe_yaml import AliasBombError, alias_message, safe_load
from .model import Article, FileStat
from .paths import ARTICLE_SUFFIXES, expand_paths, show

__all__ = ["ARTICLE_SUFFIXES", "expand_paths", "read_article", "read_articles", "article_from_text", "decode"]

MAX_BYTES = 5_000_000
"""Files above this size are skipped: no news article is 5 MB, a log or dump is."""
MAX_LINES = 50_000
"""Files with more lines are skipped too: a news article has hundreds, a log or a
list of a million short lines would take the card engine most of a minute."""

FRONT_MATTER_KEYS = ("title", "outlet", "date", "url", "author")


def decode(data: bytes, name: str) -> tuple[str | None, list[str], str | None]:
    """Decode bytes as UTF-8; return (text, warnings, error)."""
    if not data.strip():
        return None, [], f"{name}: the file is empty; add the article text or remove the file"
    sample = data[:8192]
    if b"\x00" in sample:
        return None, [], f"{name}: looks binary (NUL bytes), not an article; remove it from the folder"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8", errors="replace")
        warning = (f"{name}:{line}: not valid UTF-8 (byte {exc.start}); read with replacement "
                   "characters; re-save the file as UTF-8")
        return text, [warning], None
    if text.startswith("\ufeff"):
        # A byte-order mark is a file-encoding detail, not text; keep offsets by blanking it.
        text = " " + text[1:]
    return text, [], None


def read_article(path: Path | str) -> Article:
    """Read one article file; never raises for bad content."""
    path = Path(path)
    name = show(path)  # for messages; the article keeps its real path
    try:
        stat = FileStat.of(path)  # before the read: a write after it changes what the store sees
        size = stat.size
        if size > MAX_BYTES:
            return Article(path=str(path), text="", error=(
                f"{name}: {size // 1_000_000} MB is too large for an article "
                f"(limit {MAX_BYTES // 1_000_000} MB); split it or remove it"))
        data = path.read_bytes()
    except OSError as exc:
        return Article(path=str(path), text="", error=f"{name}: cannot read ({exc.strerror}); check permissions")
    lines = data.count(b"\n")
    if lines > MAX_LINES:
        return Article(path=str(path), text="", error=(
            f"{name}: {lines:,} lines is not the shape of an article (limit {MAX_LINES:,} lines); "
            "it looks like a log or a data dump: split it or remove it"))
    text, warnings, error = decode(data, name)
    if error is not None or text is None:
        return Article(path=str(path), text="", error=error)
    article = Article(path=str(path), text=text, warnings=warnings, stat=stat)
    if path.suffix.lower() in (".md", ".markdown"):
        _read_front_matter(article)
    return article


def article_from_text(text: str, path: str = "<text>") -> Article:
    """An Article from a string (tests, other programs)."""
    article = Article(path=path, text=text)
    if path.endswith((".md", ".markdown")):
        _read_front_matter(article)
    return article


def read_articles(specs: list[str]) -> tuple[list[Article], list[str]]:
    """Read every article the specs name; return articles and path problems."""
    files, problems = expand_paths(specs)
    return [read_article(f) for f in files], problems


def _read_front_matter(article: Article) -> None:
    text = article.text
    if not text.startswith("---"):
        return
    end = text.find("\n---", 3)
    if end < 0:
        article.warnings.append(f"{show(article.path)}:1: front matter opened with '---' is never closed; "
                                "add a closing '---' line")
        return
    block = text[3:end]
    close_end = text.find("\n", end + 4)
    article.body_start = len(text) if close_end < 0 else close_end + 1
    try:
        meta = safe_load(block)
    except AliasBombError as exc:
        line = (exc.problem_mark.line if exc.problem_mark else 0) + 2
        article.warnings.append(f"{show(article.path)}:{line}: front matter: {alias_message(exc)} "
                                "(metadata ignored)")
        return
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        article.warnings.append(f"{show(article.path)}:{line}: front matter is not valid YAML; "
                                "fix it or remove it (metadata ignored)")
        return
    if not isinstance(meta, dict):
        article.warnings.append(f"{show(article.path)}:2: front matter is not a mapping of keys; "
                                "write 'title: ...' lines")
        return
    for key in FRONT_MATTER_KEYS:
        value = meta.get(key)
        if value is not None:
            setattr(article, key, str(value).strip())
    if article.title:
        at = text.find(article.title, 0, end)
        if at >= 0:
            article.title_span = (at, at + len(article.title))
