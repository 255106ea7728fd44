"""The card panel: actors, claims and denials as one list with collapsible sections.

One ``OptionList`` (not three) keeps the panel a single stop for Tab and lets
j/k walk from actors into claims. Section headers are options too: Enter or a
click on one folds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...articles.safe_text import printable
from ...cards.model import Actor, Card, Statement
from .scrolling import HighlightLinesMixin, KeepRowsMixin

SECTIONS = ("actors", "claims", "denials")
CACHE_SIZE = 64
"""Cards whose rows are kept built (moving back and forth is then cheap)."""
MAX_WORDS = 160
"""Longest claim text shown in the panel; the article shows the rest."""


@dataclass(frozen=True)
class Item:
    """What one row of the card panel stands for."""

    kind: str
    """"header", "actor", "claim", "denial" or "note"."""
    section: str
    value: Actor | Statement | None = None


def _clean(text: str) -> str:
    return " ".join(printable(text).split())


def actor_prompt(actor: Actor) -> Text:
    text = Text(end="")
    text.append(_clean(actor.name), style="bold")
    text.append(f"  ×{len(actor.mentions)}", style="dim")
    details = [actor.kind]
    if actor.role:
        details.append(_clean(actor.role))
    text.append("\n" + ", ".join(details), style="dim italic")
    return text


def statement_prompt(st: Statement) -> Text:
    words = _clean(st.text)
    if len(words) > MAX_WORDS:
        words = words[: MAX_WORDS - 1] + "…"
    text = Text(end="")
    text.append(_clean(st.speaker) or "?", style="bold")
    text.append(": ")
    text.append(f"“{words}”" if st.quote else words)
    text.append("\n" + st.rule, style="dim italic")
    return text


class CardList(HighlightLinesMixin, KeepRowsMixin, OptionList):
    """Rows for one card; ``items[i]`` says what option ``i`` stands for."""

    BINDINGS = [
        Binding("j", "cursor_down", "Next item", show=False),
        Binding("k", "cursor_up", "Previous item", show=False),
        Binding("g", "first", "First item", show=False),
        Binding("G", "last", "Last item", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.card: Card | None = None
        self.items: list[Item] = []
        self.collapsed: set[str] = set()
        self._built: dict[tuple, tuple] = {}

    def show_card(self, card: Card | None, keep_position: bool = False) -> None:
        keep = self.highlighted if keep_position else None
        self.card = card
        self._rebuild()
        if keep is not None and self.option_count:
            self.highlighted = min(keep, self.option_count - 1)

    def toggle_section(self, section: str) -> None:
        self.collapsed ^= {section}
        self._rebuild()
        for i, item in enumerate(self.items):
            if item.kind == "header" and item.section == section:
                self.highlighted = i
                break

    def _rebuild(self) -> None:
        key = (id(self.card), frozenset(self.collapsed))
        cached = self._built.get(key)
        if cached is None or cached[0] is not self.card:
            cached = (self.card, *self._build())
            self._built[key] = cached
            while len(self._built) > CACHE_SIZE:
                self._built.pop(next(iter(self._built)))
        _card, self.items, options = cached
        self.set_options(options)
        if self.option_count:
            self.highlighted = 0

    def _build(self) -> tuple[list[Item], list[Option]]:
        """Rows for the current card; Option objects are kept so Textual measures them once."""
        items: list[Item] = []
        prompts: list[Text] = []
        card = self.card
        if card is None:
            items.append(Item("note", ""))
            prompts.append(Text("No card yet", style="dim italic"))
        else:
            groups: dict[str, list] = {"actors": card.actors, "claims": card.claims, "denials": card.denials}
            for section in SECTIONS:
                values = groups[section]
                folded = section in self.collapsed
                header = Text(end="")
                header.append(("▸ " if folded else "▾ ") + section.capitalize(), style="bold")
                header.append(f" ({len(values)})")
                items.append(Item("header", section))
                prompts.append(header)
                if folded:
                    continue
                if not values:
                    items.append(Item("note", section))
                    prompts.append(Text(f"  no {section} found", style="dim italic"))
                for value in values:
                    if section == "actors":
                        items.append(Item("actor", section, value))
                        prompts.append(actor_prompt(value))
                    else:
                        items.append(Item(value.kind, section, value))
                        prompts.append(statement_prompt(value))
        return items, [Option(p, disabled=(it.kind == "note")) for p, it in zip(prompts, items)]

    @property
    def current(self) -> Item | None:
        index = self.highlighted
        if index is None or not (0 <= index < len(self.items)):
            return None
        return self.items[index]
