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
from typing import Iterable

from ..comparison.collector import collector_held
from ..comparison.progress import Progress, counted, no_progress
from ..workspace import Entry, Workspace
from .escape import md_cell, md_code, md_inline, md_quote
from .findings import TOP_ACTORS, Discrepancy, Findings, Group, Item, Source, find

EMPTY = "\u2014"
"""Shown for a missing value (an em dash: not Markdown syntax, unlike '-')."""


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


def source_name(src: Source) -> str:
    """How a reference names an article: its number, then its outlet if it has one."""
    return f"{src.label} {md_inline(src.card.outlet)}" if src.card.outlet else src.label


def ref(item: Item) -> str:
    """Where a statement stands: "label (file, line N)", escaped."""
    return f"{source_name(item.source)}, line {item.line}"


def refs_by_source(items: list[Item]) -> list[str]:
    """One reference per article, with every line the statement stands on there."""
    lines: dict[int, list[int]] = {}
    first: dict[int, Item] = {}
    for item in items:
        first.setdefault(item.source.index, item)
        lines.setdefault(item.source.index, [])
        if item.line not in lines[item.source.index]:
            lines[item.source.index].append(item.line)
    out = []
    for index, item in first.items():
        nums = sorted(lines[index])
        word = "line" if len(nums) == 1 else "lines"
        out.append(f"{source_name(item.source)}, {word} {', '.join(map(str, nums))}")
    return out


def speaker(name: str) -> str:
    return "**" + (md_inline(name) or "unknown speaker") + "**"


def table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(cell or EMPTY for cell in row) + " |")
    return lines


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


def sources_section(sources: list[Source], limit: int | None = None) -> list[str]:
    """The Sources table; with ``limit`` (a preview on screen), its first rows and how many
    more the file has, in three columns that fit a terminal (date, author, file left out)."""
    lines = ["## Sources", ""]
    if not sources:
        return lines + ["No articles.", ""]
    shown = sources if limit is None else sources[:limit]
    if limit is None:
        rows = [[s.label, md_cell(s.card.title), md_cell(s.card.outlet), md_cell(s.card.date),
                 md_cell(s.card.author), md_code(s.file, in_table=True)] for s in shown]
        lines += table(["#", "Title", "Outlet", "Date", "Author", "File"], rows)
    else:
        rows = [[s.label, md_cell(s.card.title), md_cell(s.card.outlet)] for s in shown]
        lines += table(["#", "Title", "Outlet"], rows)
        lines += ["", "Dates, authors and file names are in the saved briefing."]
    if len(shown) < len(sources):
        lines += ["", f"\u2026 and {len(sources) - len(shown):,} more articles in the saved briefing."]
    return lines + [""]


def findings_section(findings: Findings, limit: int | None = None) -> list[str]:
    """Key findings; with ``limit`` (a preview on screen), each list's first items and how
    many more the saved briefing has."""
    def first(items: list, lines_of) -> list[str]:
        shown = items if limit is None else items[:limit]
        more = len(items) - len(shown)
        return [lines_of(x) for x in shown] + ([f"- \u2026 and {more:,} more in the saved briefing."] if more else [])

    lines = ["## Key findings", "", "### Actors that matter", ""]
    if findings.actors:
        rows = []
        for a in findings.actors:
            role = ", ".join(x for x in (a.role, a.affiliation) if x)
            rows.append([md_cell(a.name), a.kind, md_cell(role), str(a.articles),
                         str(a.mentions), str(a.statements)])
        lines += table(["Actor", "Kind", "Role", "Articles", "Mentions", "Statements"], rows)
    else:
        lines.append("No people or organisations found.")
    lines += ["", "### Statements carried by several outlets", ""]
    if findings.shared:
        lines += first(findings.shared, lambda group: statement_line(group, "carried by"))
    else:
        lines.append("No statement is reported by more than one outlet.")
    lines += ["", "### Denials", ""]
    if findings.denials:
        lines += first(findings.denials, lambda group: statement_line(group, "reported in", verb="denies"))
    else:
        lines.append("No denials found.")
    lines += ["", "### Discrepancies between outlets", ""]
    if findings.discrepancies:
        lines += first(findings.discrepancies, discrepancy_line)
    else:
        lines.append("No discrepancies found between outlets.")
    return lines + [""]


def discrepancy_line(d: Discrepancy) -> str:
    parts = [f"{speaker(i.statement.speaker)}: {md_quote(i.statement.text)} \u2014 {ref(i)}" for i in d.items]
    return f"- {md_inline(d.summary)}" + (": " + "; ".join(parts) if parts else "")


def statement_line(group: Group, carried: str, verb: str = "") -> str:
    said = f" {verb}" if verb else ""
    refs = refs_by_source(group.items)
    n = len(group.outlets)
    count = f" {n} outlets" if n > 1 else ""
    who = " / ".join(speaker(s) for s in group.speakers)
    return (f"- {who}{said}: {md_quote(group.wording)} \u2014 "
            f"{carried}{count}: " + "; ".join(refs))


def cards_section(sources: Iterable[Source]) -> list[str]:
    lines = ["## Articles", ""]
    for src in sources:
        card = src.card
        lines += [f"### {src.label} {md_inline(card.title) or md_code(src.file)}", ""]
        meta = [md_inline(m) for m in (card.outlet, card.date, card.author) if m] + [md_code(src.file)]
        lines += [" \u00b7 ".join(meta), ""]
        lines += [f"#### Actors ({len(card.actors)})", ""]
        if card.actors:
            for actor in card.actors:
                bits = [actor.kind]
                bits += [x for x in (actor.role, actor.affiliation) if x]
                detail = "; ".join(md_inline(b) for b in bits)
                n = len(actor.mentions)
                text = f"- **{md_inline(actor.name) or EMPTY}** ({detail}), {n} mention{'s' if n != 1 else ''}"
                aliases = [a for a in dict.fromkeys(actor.aliases) if a != actor.name]
                if aliases:
                    text += "; also " + ", ".join(md_inline(a) for a in aliases)
                lines.append(text)
        else:
            lines.append("None found.")
        for title, items in (("Claims", card.claims), ("Denials", card.denials)):
            lines += ["", f"#### {title} ({len(items)})", ""]
            if not items:
                lines.append("None found.")
            for st in items:
                lines.append(f"- {speaker(st.speaker)}: {md_quote(st.text)} (line {src.article.line_of(st.start)})")
        lines.append("")
    return lines
