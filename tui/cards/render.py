"""Cards as Rich renderables for the terminal (``brief card``).

Article text is always wrapped in ``rich.text.Text`` and never parsed as markup,
so "[bold]" in an article prints as the literal characters it is.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..articles.safe_text import printable
from .model import Card


def card_renderable(card: Card) -> Panel:
    meta = " · ".join(x for x in (card.outlet, card.date, card.author) if x)
    actors = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    actors.add_column("actor")
    actors.add_column("kind")
    actors.add_column("×", justify="right")
    actors.add_column("aliases")
    for actor in card.actors:
        actors.add_row(Text(printable(actor.name)), actor.kind, str(len(actor.mentions)),
                       Text(printable(", ".join(a for a in actor.aliases if a != actor.name))))
    parts: list = [Text(printable(meta), style="dim")] if meta else []
    parts += [Text(f"Actors ({len(card.actors)})", style="bold"), actors]
    for label, items, style in (("Claims", card.claims, "cyan"), ("Denials", card.denials, "red")):
        parts.append(Text(f"{label} ({len(items)})", style=f"bold {style}"))
        for s in items:
            line = Text("  ")
            line.append(printable(s.speaker), style="bold")
            line.append(": ")
            line.append(printable(s.text))
            line.append(f"  [{s.rule}]", style="dim")
            parts.append(line)
    for warning in card.warnings:
        parts.append(Text(printable(warning), style="yellow"))
    return Panel(Group(*parts), title=Text(printable(card.title or card.file)), subtitle=Text(printable(card.file)),
                 title_align="left")


def print_cards(cards: list[Card]) -> None:
    console = Console()
    for card in cards:
        console.print(card_renderable(card))
