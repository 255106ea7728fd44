"""Small modal screens: why an item is on the card, the key help, and an article picker."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..widgets.lists import KeyedOptionList


class WhyScreen(ModalScreen[None]):
    """The rule behind one card item: id, YAML source with file and line, matched words."""

    BINDINGS = [
        Binding("escape,q,w", "dismiss", "Close", id="why-close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, body: RenderableType, title: str = "Why is this on the card?") -> None:
        super().__init__()
        self.body = body
        self.heading = title

    def compose(self) -> ComposeResult:
        with Vertical(id="why-box", classes="modal-box"):
            yield Label(self.heading, classes="modal-title")
            with VerticalScroll(id="why-scroll"):
                yield Static(self.body, id="why-body")
            yield Label("esc close", classes="modal-hint")

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#why-scroll", VerticalScroll)
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)


class HelpScreen(ModalScreen[None]):
    """Every key, generated from the BINDINGS of the screens and widgets given."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help-close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]], legend: list[tuple[Text, str]] = ()) -> None:
        super().__init__()
        self.groups = groups
        self.legend = list(legend)

    def table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("action")
        for title, bindings in self.groups:
            table.add_row(Text(title, style="bold underline"), "")
            seen: set[tuple[str, str]] = set()
            for binding in bindings:
                if not binding.description:
                    continue
                keys = " ".join(self.app.get_key_display(b) for b in _split(binding))
                row = (keys, binding.description)
                if row in seen:
                    continue
                seen.add(row)
                table.add_row(keys, binding.description)
            table.add_row("", "")
        if self.legend:
            table.add_row(Text("Colours in the article", style="bold underline"), "")
            for sample, meaning in self.legend:
                table.add_row(sample, meaning)
        return table

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="modal-box"):
            yield Label("Keys", classes="modal-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(self.table(), id="help-body")
            yield Label("esc close · ctrl+p finds any command", classes="modal-hint")

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        if direction == "down":
            scroll.scroll_down(animate=False)
        else:
            scroll.scroll_up(animate=False)


def _split(binding: Binding) -> list[Binding]:
    """One binding per key of a "j,down" binding, for display."""
    return [
        Binding(key.strip(), binding.action, binding.description, key_display=binding.key_display)
        for key in binding.key.split(",")
    ]


class PickArticleScreen(ModalScreen[int | None]):
    """Choose an article (for instance the second one to compare); ``/`` filters the list."""

    BINDINGS = [
        Binding("escape", "back", "Cancel", id="pick-cancel"),
        Binding("slash", "filter", "Filter", priority=True, id="pick-filter", tooltip="Type words to narrow the list"),
    ]
    """``/`` is a priority binding so that words typed right after it are the filter (see the reader)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "filter" and isinstance(self.focused, Input))  # in the filter "/" is text

    def __init__(self, title: str, choices: list[tuple[int, Text]], highlight: int = 0) -> None:
        super().__init__()
        self.heading = title
        self.choices = choices
        self.start = highlight
        self.shown = list(choices)
        """The choices the filter leaves, in order."""

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-box", classes="modal-box"):
            yield Label(self.heading, classes="modal-title")
            yield Input(placeholder="filter: words of the number or title (enter: back to the list)",
                        id="pick-filter")
            yield KeyedOptionList(*(Option(text, id=str(i)) for i, text in self.choices), id="pick-list")
            yield Label("", id="pick-count", classes="modal-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.choices:
            options.highlighted = max(0, min(self.start, len(self.choices) - 1))
        options.focus()
        self._count()

    def _count(self) -> None:
        n, total = len(self.shown), len(self.choices)
        shown = f"{n:,} articles" if n == total else f"{n:,} of {total:,} articles"
        self.query_one("#pick-count", Label).update(f"{shown} · enter choose · / filter · esc cancel")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        words = event.value.lower().split()
        self.shown = [(i, text) for i, text in self.choices if all(w in text.plain.lower() for w in words)]
        options = self.query_one(OptionList)
        options.set_options(Option(text, id=str(i)) for i, text in self.shown)
        if self.shown:
            options.highlighted = 0
        self._count()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.set_focus(self.query_one(OptionList))

    def action_filter(self) -> None:
        self.set_focus(self.query_one("#pick-filter", Input))  # at once: the next keys are the filter

    def action_back(self) -> None:
        """Esc: out of the filter first, then out of the picker."""
        field = self.query_one("#pick-filter", Input)
        if field.has_focus:
            self.set_focus(self.query_one(OptionList))
        else:
            self.dismiss(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))
