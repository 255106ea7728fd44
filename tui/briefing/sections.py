"""The briefing's Markdown sections: the Sources table, the key findings and the
per-article cards, each with the line helpers that name where a statement stands.

Apart from render.py, which decides what goes in (entries, options, preview limits);
here every value from an article is escaped (:mod:`tui.briefing.escape`) and only the
structure is Markdown.
"""

from __future__ import annotations

from typing import Iterable

from .escape import md_cell, md_code, md_inline, md_quote
from .findings import Discrepancy, Findings, Group, Item, Source

EMPTY = "\u2014"
"""Shown for a missing value (an em dash: not Markdown syntax, unlike '-')."""


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
