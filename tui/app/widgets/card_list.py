"""The card panel: actors, claims and denials as one list with collapsible sections.

One ``OptionList`` (not three) keeps the panel a single stop for Tab and lets
j/k walk from actors into claims. Section headers are options too: Enter or a
click on one folds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...articles.safe_text import printable
from ...cards.model import Actor, Card, Statement
from .scrolling import HighlightLinesMixin, KeepRowsMixin

SECTIONS = ("actors", "claims", "denials")
CACHE_SIZE = 64
"""Cards whose rows are kept built (moving back and forth is then cheap)."""
DRAWN_CACHE_SIZE = 4096
"""Drawn options kept across cards (an option is one card item at one style)."""
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
        self._built: dict[tuple, tuple[Card | None, list[Item], list[Option]]] = {}
        self._drawn: dict[tuple[Option, Style, int], list[Strip]] = {}

    def show_card(self, card: Card | None, keep_position: bool = False) -> None:
        keep = self.highlighted if keep_position else None
        self.card = card
        self._rebuild()
        if keep is not None and self.option_count:
            self.highlighted = min(keep, self.option_count - 1)

    def prepare(self, card: Card | None) -> None:
        """Draw a card's first screen of rows ahead of time (the next article's, while the
        reader reads this one), so that showing it is a paint of rows already drawn."""
        width = self._rows_width
        if card is None or not width or not self.is_mounted:
            return
        _items, options = self._rows_for(card)
        plain = self.get_visual_style("option-list--option")
        first = self.get_visual_style("option-list--option", "option-list--option-highlighted")
        padding = self.get_component_styles("option-list--option").padding.width
        lines = 0
        for index, option in enumerate(options):
            if lines >= self.size.height:
                break
            lines += self._get_visual(option).get_height(self.styles, width - padding)
            style = self.get_visual_style("option-list--option", "option-list--option-disabled") \
                if option.disabled else (first if index == 0 else plain)
            self._draw(option, index, style)

    def toggle_section(self, section: str) -> None:
        self.collapsed ^= {section}
        self._rebuild()
        for i, item in enumerate(self.items):
            if item.kind == "header" and item.section == section:
                self.highlighted = i
                break

    def _rebuild(self) -> None:
        self.items, options = self._rows_for(self.card)
        self.set_options(options)
        if self.option_count:
            self.highlighted = 0

    def _rows_for(self, card: Card | None) -> tuple[list[Item], list[Option]]:
        """A card's items and options, built once while it stays among the recent cards."""
        key = (id(card), frozenset(self.collapsed))
        cached = self._built.get(key)
        if cached is None or cached[0] is not card:
            cached = (card, *self._build(card))
            self._built[key] = cached
            while len(self._built) > CACHE_SIZE:
                self._built.pop(next(iter(self._built)))
        return cached[1], cached[2]

    # -- drawing ----------------------------------------------------------
    # Textual forgets every drawn option on set_options; here they are kept across cards.
    # This replaces OptionList._get_option_render and uses its _get_visual: private parts,
    # listed in tui/app/textual_private.py and checked by a test (Textual 8.2.x is pinned).
    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        return self._draw(option, self.options.index(option), style)

    def _draw(self, option: Option, index: int, style: Style) -> list[Strip]:
        """An option's rows as Textual draws them (padding, full width, the click target)."""
        key = (option, style, self._rows_width or 0)
        strips = self._drawn.get(key)
        if strips is None:
            width = self._rows_width or 0
            padding = self.get_component_styles("option-list--option").padding
            visual = self._get_visual(option)
            if padding:
                visual = Padding(visual, padding)
            strips = [strip.extend_cell_length(width, style.rich_style).apply_meta({"option": index})
                      for strip in visual.to_strips(self, visual, width, None, style)]
            self._drawn[key] = strips
            while len(self._drawn) > DRAWN_CACHE_SIZE:
                self._drawn.pop(next(iter(self._drawn)))
        return strips

    def _build(self, card: Card | None) -> tuple[list[Item], list[Option]]:
        """Rows for a card; Option objects are kept so Textual measures them once."""
        items: list[Item] = []
        prompts: list[Text] = []
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
