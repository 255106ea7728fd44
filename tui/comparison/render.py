"""Comparisons and overviews as Rich renderables (``brief compare``).

Article text goes into ``rich.text.Text`` through ``printable`` and is never parsed
as markup, so "[bold]" in an article prints as the characters it is.
"""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..articles.safe_text import printable
from .model import ArticleInfo, Comparison
from .overview_model import TOP_ARTICLES, Overview


def _t(value, style: str = "") -> Text:
    return Text(printable(str(value)), style=style)


def article_label(info: ArticleInfo) -> str:
    bits = [info.label]
    if info.outlet:
        bits.append(info.outlet)
    return " ".join(bits)


def comparison_renderable(c: Comparison) -> Group:
    parts: list = []
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for side, info in (("left", c.left), ("right", c.right)):
        meta = " · ".join(x for x in (info.outlet, info.date) if x)
        line = _t(info.title or info.file)
        if meta:
            line.append("  " + printable(meta), style="dim")
        line.append(f"  ({info.file}, {info.words} words)", style="dim")
        head.add_row(side, line)
    parts.append(head)

    actors = Table(title="Actors", title_justify="left", title_style="bold", expand=True)
    actors.add_column(f"both ({len(c.both)})")
    actors.add_column(f"only left ({len(c.only_left)})")
    actors.add_column(f"only right ({len(c.only_right)})")
    both = [f"{m.name} ×{m.left.count}/{m.right.count}" for m in c.both]
    left = [f"{a.name} ×{a.count}" for a in c.only_left]
    right = [f"{a.name} ×{a.count}" for a in c.only_right]
    actors.add_row(_t("\n".join(both)), _t("\n".join(left)), _t("\n".join(right)))
    parts.append(actors)

    aligned = Table(title=f"Aligned statements ({len(c.aligned)})", title_justify="left", title_style="bold",
                    expand=True, show_lines=True)
    aligned.add_column("speaker", ratio=1)
    aligned.add_column("left", ratio=3)
    aligned.add_column("right", ratio=3)
    aligned.add_column("sim", justify="right")
    for p in c.aligned:
        who = p.left.party if p.same_speaker else f"{p.left.party} / {p.right.party}"
        aligned.add_row(_t(who), _t(p.left.text), _t(p.right.text), f"{p.similarity:.2f}")
    parts.append(aligned)

    for title, items in (("Only in left", c.left_only_statements), ("Only in right", c.right_only_statements)):
        parts.append(Text(f"{title} ({len(items)})", style="bold"))
        for s in items:
            line = Text("  ")
            line.append(s.kind, style="red" if s.kind == "denial" else "cyan")
            line.append(" ")
            line.append(printable(s.party), style="bold")
            line.append(": ")
            line.append(printable(s.text))
            parts.append(line)

    parts.append(Text(f"Discrepancies ({len(c.discrepancies)})", style="bold yellow"))
    for d in c.discrepancies:
        line = Text("  ")
        line.append(d.kind, style="yellow")
        line.append("  ")
        line.append(printable(d.summary))
        parts.append(line)
        if d.kind == "figure":
            parts.append(Text("      L: ", style="dim") + _t(d.left_text))
            parts.append(Text("      R: ", style="dim") + _t(d.right_text))
    return Group(*parts)


def overview_renderable(o: Overview, limit: int = 40) -> Group:
    parts: list = []
    arts = Table(title="Articles", title_justify="left", title_style="bold")
    for col in ("#", "title", "outlet", "date", "words"):
        arts.add_column(col)
    for a in o.articles:
        arts.add_row(a.label, _t(a.title[:70]), _t(a.outlet or ""), _t(a.date or ""), str(a.words))
    parts.append(arts)
    wide = o.per_article_columns
    matrix = Table(title="Actors by article (mentions)", title_justify="left", title_style="bold")
    matrix.add_column("actor")
    columns = o.articles if wide else []
    for a in columns:
        matrix.add_column(a.label, justify="right")
    matrix.add_column("total", justify="right")
    if not wide:
        matrix.add_column("in", justify="right")
        matrix.add_column("most in (article×mentions)")
    labels = {a.index: a.label for a in o.articles}
    for row in o.actors[:limit]:
        cells = [str(row.count(a.index)) if row.count(a.index) else "·" for a in columns] + [str(row.total)]
        if not wide:
            cells += [str(row.articles), ", ".join(f"{labels.get(i, i)}×{row.count(i)}"
                                                   for i in row.top_articles(TOP_ARTICLES))]
        matrix.add_row(_t(row.name), *cells)
    parts.append(matrix)
    parts.append(Text(f"Statements carried by several articles ({len(o.shared_statements)})", style="bold"))
    for cl in o.shared_statements:
        line = Text("  ")
        line.append(",".join(str(a) for a in cl.articles), style="cyan")
        line.append("  ")
        line.append(printable(cl.text))
        line.append("  — " + printable(", ".join(cl.speakers)), style="dim")
        parts.append(line)
    parts.append(Text(f"Denials ({len(o.denials)})", style="bold red"))
    for d in o.denials:
        line = Text(f"  {d.article}  ")
        line.append(printable(d.party), style="bold")
        line.append(": ")
        line.append(printable(d.text))
        parts.append(line)
    if o.discrepancies:  # the set's one list, as the briefing exports it
        parts.append(Text(f"Discrepancies ({len(o.discrepancies)})", style="bold yellow"))
        for d in o.discrepancies:
            line = Text(f"  {d.kind}: ", style="yellow") + _t(d.summary())
            for s in d.statements:
                line.append(f"\n    {s.article}  ")
                line.append(printable(s.party), style="bold")
                line.append(": " + printable(s.text))
            parts.append(line)
    return Group(*parts)


def comparison_panel(c: Comparison) -> Panel:
    return Panel(comparison_renderable(c), title=_t(f"{c.left.file}  ⟷  {c.right.file}"), title_align="left")
