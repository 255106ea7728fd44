"""Workspace -> Markdown briefing text.

Everything that comes from an article, a brief or a path is escaped with
:mod:`tui.briefing.escape`; only the structure (headings, tables, lists, bold
speaker names) is written as Markdown here, so the structure holds whatever the
articles contain.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..comparison.collector import collector_held
from ..comparison.progress import Progress, counted, no_progress
from ..workspace import Entry, Workspace
from .escape import md_code, md_inline
from .findings import TOP_ACTORS, Source, find
from .sections import cards_section, findings_section, sources_section

@dataclass
class BriefingOptions:
    cards: bool = True
    """Include the per-article cards (``--no-cards`` leaves them out)."""
    generated_at: datetime | None = None
    """When the briefing says it was made; None = now. Fixed in tests for stable output."""
    base: str | Path | None = None
    """Paths inside this folder are shown relative to it; None = the current directory."""
    top_actors: int = TOP_ACTORS
    articles: list[int] | None = field(default=None)
    """Which workspace entries to include (0-based indices); None = all readable ones."""


def shown_path(path: str | Path, base: str | Path | None) -> str:
    base_dir = Path(base) if base is not None else Path.cwd()
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        return str(path)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return str(path)
    return Path(rel).as_posix()


def selected_entries(workspace: Workspace, options: BriefingOptions) -> list[Entry]:
    return [e for _i, e in numbered_entries(workspace, options)]


def numbered_entries(workspace: Workspace, options: BriefingOptions) -> list[tuple[int, Entry]]:
    """The readable entries chosen, each with its index in the workspace (its number on screen)."""
    count = len(workspace.entries)
    indices = range(count) if options.articles is None else [i for i in options.articles if 0 <= i < count]
    return [(i, workspace.entries[i]) for i in indices if workspace.entries[i].ok]


PREVIEW_SOURCES = 200
"""Rows of the Sources table a preview shows; the saved briefing lists every article."""
PREVIEW_ITEMS = 60
"""Items of each findings list a preview shows (rendering thousands of list items for the
screen takes seconds, and nobody reads them there); the saved briefing has them all."""


@dataclass(frozen=True)
class Briefing:
    """A briefing in parts, so a preview can leave out what is slow to lay out on screen
    (the per-article cards, thousands of source rows) while the saved file has it all."""

    head: tuple[str, ...]
    sources: tuple[str, ...]
    preview_sources: tuple[str, ...]
    findings: tuple[str, ...]
    preview_findings: tuple[str, ...]
    cards: tuple[str, ...]
    """Empty when the options leave the cards out."""

    @property
    def text(self) -> str:
        """The whole briefing as it is saved."""
        return _joined(self.head + self.sources + self.findings + self.cards)

    @property
    def preview(self) -> str:
        """The briefing without the cards, the Sources table and each findings list cut to
        their first rows."""
        return _joined(self.head + self.preview_sources + self.preview_findings)

    @property
    def on_screen(self) -> str:
        """The whole briefing with a Sources table narrow enough for a terminal (number,
        title, outlet; date, author and file are in the saved file)."""
        return _joined(self.head + self.preview_sources + self.findings + self.cards)


def _joined(lines: tuple[str, ...]) -> str:
    end = len(lines)
    while end and lines[end - 1] == "":
        end -= 1
    return "\n".join(lines[:end]) + "\n"


@collector_held()
def build_briefing(workspace: Workspace, options: BriefingOptions | None = None,
                   progress: Progress = no_progress) -> Briefing:
    """Every part of the briefing, computed once. ``progress`` hears how far the work is
    and may raise :class:`~tui.comparison.progress.Cancelled` to stop it."""
    options = options or BriefingOptions()
    # A briefing repeats its names and statements (a third of the escapes at 2,000 articles
    # are new); the cache holds this briefing's text only, so no export is faster because
    # a smaller one ran before it, and a session does not keep the text of the last one.
    md_inline.cache_clear()
    numbered = numbered_entries(workspace, options)
    entries = [e for _i, e in numbered]
    sources = [Source(i, e.article, e.card, shown_path(e.card.file or e.article.path, options.base))
               for i, e in numbered]
    findings = find(sources, options.top_actors, progress)
    brief = workspace.engine.brief
    head = [f"# {md_inline(brief.title) or 'Briefing'}", ""] + header_lines(workspace, entries, sources, options)
    cards = cards_section(counted(sources, len(sources), "writing cards", progress)) if options.cards else []
    return Briefing(tuple(head), tuple(sources_section(sources)), tuple(sources_section(sources, PREVIEW_SOURCES)),
                    tuple(findings_section(findings)), tuple(findings_section(findings, PREVIEW_ITEMS)), tuple(cards))


def render_briefing(workspace: Workspace, options: BriefingOptions | None = None) -> str:
    """The whole briefing as Markdown text (ends with one newline)."""
    return build_briefing(workspace, options).text


def header_lines(workspace: Workspace, entries: list[Entry], sources: list[Source],
                 options: BriefingOptions) -> list[str]:
    brief = workspace.engine.brief
    when = options.generated_at or datetime.now(timezone.utc)
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    stamp = when.strftime("%Y-%m-%d %H:%M UTC")
    n = len(sources)
    files = ", ".join(md_code(shown_path(f, options.base)) for f in brief.files) or md_inline(brief.name)
    lines = [
        md_inline(f"Generated {stamp} from {n:,} article{'s' if n != 1 else ''} with the brief {brief.name}")
        + f" ({files}); rules hash {md_inline(brief.digest)}.",
        "",
    ]
    skipped = [e for e in workspace.entries if not e.ok]
    notes = [e.article.error or e.article.path for e in skipped] + list(workspace.problems)
    if notes:
        lines += ["Not included:", ""]
        lines += [f"- {md_inline(note)}" for note in notes]
        lines.append("")
    return lines
