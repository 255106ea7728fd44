"""Command-palette providers: search every loaded article, and every reader action."""

from __future__ import annotations

import asyncio
import re
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..articles.safe_text import printable
from ..workspace import Entry, Workspace
from .messages import OpenArticle

MAX_HITS = 40
SNIPPET = 30
READ_AHEAD = 200
"""Entries whose articles are read in a thread at a time (a stored entry reads its file
when first asked for: 10,000 of them at once would hold up the screen for a second)."""


def _snippet(text: str, start: int, end: int) -> Text:
    left = max(0, start - SNIPPET)
    right = min(len(text), end + SNIPPET)
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(("…" if left else "") + " ".join(printable(text[left:start]).split(" ")).replace("\n", " "))
    out.append(printable(text[start:end]).replace("\n", " "), style="bold reverse")
    out.append(printable(text[end:right]).replace("\n", " ") + ("…" if right < len(text) else ""))
    return out


class ArticleSearchProvider(Provider):
    """Find words across all loaded articles; choosing a hit opens the article at them."""

    def _entries(self) -> list[Entry]:
        workspace = getattr(self.app, "workspace", None)
        return workspace.entries if isinstance(workspace, Workspace) else []

    def _open(self, index: int, span: tuple[int, int] | None = None) -> None:
        self.app.post_message(OpenArticle(index, span))

    async def discover(self) -> Hits:
        for index, entry in enumerate(self._entries()[:MAX_HITS]):
            title = " ".join(printable(entry.summary.title or entry.path).split())
            yield DiscoveryHit(
                f"Open {index:03d} {title}",
                partial(self._open, index),
                help="article",
            )

    async def search(self, query: str) -> Hits:
        query = query.strip()
        if len(query) < 2:
            return
        matcher = self.matcher(query)
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        hits = 0
        entries = self._entries()
        for index, entry in enumerate(entries):
            if index % READ_AHEAD == 0:
                await asyncio.to_thread(_read, entries[index:index + READ_AHEAD])
            title = " ".join(printable(entry.summary.title or entry.path).split())
            score = matcher.match(title)
            if score > 0:
                hits += 1
                yield Hit(
                    score,
                    matcher.highlight(f"{index:03d} {title}"),
                    partial(self._open, index),
                    help="open article",
                )
            text = entry.article.text
            for match in pattern.finditer(text):
                hits += 1
                yield Hit(
                    0.5,
                    _snippet(text, *match.span()),
                    partial(self._open, index, match.span()),
                    text=f"{index:03d} {query}",
                    help=f"in {index:03d} {title[:60]}, line {entry.article.line_of(match.start())}",
                )
                if hits >= MAX_HITS:
                    return
            if hits >= MAX_HITS:
                return


def _read(entries: list[Entry]) -> None:
    for entry in entries:
        entry.article  # noqa: B018 - a stored entry reads its file here, off the screen's thread
