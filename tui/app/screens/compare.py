"""Compare screen: two articles side by side and the comparison card between them.

The reader pushes ``CompareScreen(workspace, left, right)``. The comparison is
computed by the engine (:func:`tui.comparison.compare_entries`); this screen only
shows it. Highlighting an item of the comparison card (actors in both / one side,
aligned statements, one-sided statements, discrepancies) highlights its words in
both panes and scrolls each pane to them. Article text is shown literally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from ..widgets.footer import KeysFooter
from ...articles.safe_text import printable
from ..messages import OpenArticle
from ...comparison import Comparison, compare_entries
from ...workspace import Workspace
from ..widgets.article_view import ArticleView
from ..widgets.lists import KeyedOptionList

Span = tuple[int, int]


@dataclass
class CardItem:
    """What one line of the comparison card points at, in each article."""

    left: list[Span] = field(default_factory=list)
    right: list[Span] = field(default_factory=list)
    section: str = ""


def _line(*parts: tuple[str, str]) -> Text:
    """A Text from (words, style) parts; the words are article data, never markup."""
    text = Text(no_wrap=False, overflow="fold")
    for words, style in parts:
        text.append(printable(words), style=style)
    return text


class CompareScreen(Screen):
    """Left article | right article, and below them the comparison card."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "compare.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back", id="compare-back"),
        Binding("x", "swap", "Swap sides", id="compare-swap", tooltip="Put the right article on the left"),
        Binding("1", "section('discrepancies')", "Discrepancies", id="compare-discrepancies",
                tooltip="Go to the discrepancies"),
        Binding("2", "section('aligned')", "Aligned", id="compare-aligned",
                tooltip="Go to the statements both articles carry"),
        Binding("3", "section('only-left-statements')", "Only left", show=False, id="compare-only-left",
                tooltip="Go to the statements only the left article carries"),
        Binding("4", "section('only-right-statements')", "Only right", show=False, id="compare-only-right",
                tooltip="Go to the statements only the right article carries"),
        Binding("5", "section('actors')", "Actors in both", show=False, id="compare-actors",
                tooltip="Go to the actors both articles name"),
        Binding("less_than_sign", "open('left')", "Open left", id="compare-open-left",
                tooltip="Open the left article in the reader at the selected words"),
        Binding("greater_than_sign", "open('right')", "Open right", id="compare-open-right",
                tooltip="Open the right article in the reader at the selected words"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
    ]

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """This screen's keys, for the help screen."""
        return [("Compare", list(self.BINDINGS)),
                ("Comparison card", list(KeyedOptionList.BINDINGS) + [Binding("enter", "", "Show the words in both panes")])]

    def __init__(self, workspace: Workspace, left_index: int, right_index: int) -> None:
        super().__init__()
        self.workspace = workspace
        self.left_index = left_index
        self.right_index = right_index
        self.comparison: Comparison | None = None
        self.items: dict[str, CardItem] = {}
        self.sections: dict[str, int] = {}

    # -- layout ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="compare-panes"):
            with Vertical(id="compare-left-pane", classes="compare-pane"):
                yield Static("", id="compare-left-title", classes="compare-title")
                yield ArticleView(id="compare-left")
            with Vertical(id="compare-right-pane", classes="compare-pane"):
                yield Static("", id="compare-right-title", classes="compare-title")
                yield ArticleView(id="compare-right")
        yield Static("", id="compare-summary")
        yield KeyedOptionList(id="compare-card")
        yield KeysFooter()

    @property
    def left_view(self) -> ArticleView:
        return self.query_one("#compare-left", ArticleView)

    @property
    def right_view(self) -> ArticleView:
        return self.query_one("#compare-right", ArticleView)

    @property
    def card(self) -> OptionList:
        return self.query_one("#compare-card", OptionList)

    def on_mount(self) -> None:
        self.refresh_comparison()
        self.card.focus()

    # -- content -----------------------------------------------------------
    def refresh_comparison(self) -> None:
        ws = self.workspace
        left, right = ws.entries[self.left_index], ws.entries[self.right_index]
        self.comparison = c = compare_entries(ws, self.left_index, self.right_index)
        self.left_view.show(left.article, left.card)
        self.right_view.show(right.article, right.card)
        for side, index, entry in (("left", self.left_index, left), ("right", self.right_index, right)):
            title = entry.article.title or entry.card.title or entry.article.path
            meta = " · ".join(x for x in (entry.card.outlet, entry.card.date) if x)
            label = _line((f"{index:03d} ", "bold"), (title, "bold"))
            if meta:
                label.append("  " + printable(meta), style="dim")
            self.query_one(f"#compare-{side}-title", Static).update(label)
        counts = {}
        for d in c.discrepancies:
            counts[d.kind] = counts.get(d.kind, 0) + 1
        summary = (f"{len(c.both)} actors in both · {len(c.only_left)} only left · {len(c.only_right)} only right"
                   f" · {len(c.aligned)} aligned · {len(c.discrepancies)} discrepancies")
        self.query_one("#compare-summary", Static).update(Text(summary))
        self._fill_card(c)

    def _fill_card(self, c: Comparison) -> None:
        options: list[Option | None] = []
        self.items = {}
        self.sections = {}
        L, R = self.left_index, self.right_index

        def header(key: str, label: str) -> None:
            self.sections[key] = len(options)
            options.append(Option(Text(label, style="bold"), id=f"h-{key}", disabled=True))

        def add(key: str, prompt: Text, left: list[Span], right: list[Span], section: str) -> None:
            item_id = f"i{len(self.items)}-{key}"
            self.items[item_id] = CardItem(left, right, section)
            options.append(Option(prompt, id=item_id))

        header("discrepancies", f"Discrepancies ({len(c.discrepancies)})")
        for d in c.discrepancies:
            style = {"spelling": "magenta", "figure": "yellow", "denial-omitted": "red",
                     "attribution": "cyan"}.get(d.kind, "")
            add("d", _line((f" {d.kind} ", f"bold {style}"), (d.summary, "")),
                [(s.start, s.end) for s in d.left if s.article == L],
                [(s.start, s.end) for s in d.right if s.article == R], "discrepancies")
        header("aligned", f"Aligned statements ({len(c.aligned)})")
        for p in c.aligned:
            who = p.left.party if p.same_speaker else f"{p.left.party} / {p.right.party}"
            add("a", _line((f" {who}: ", "bold"), (f"“{p.left.text}”", ""), ("  ⟷  ", "dim"),
                           (f"“{p.right.text}”", ""), (f"  {p.similarity:.2f}", "dim")),
                [(p.left.start, p.left.end)], [(p.right.start, p.right.end)], "aligned")
        for key, label, refs, side in (("only-left-statements", "Only in the left article", c.left_only_statements, "left"),
                                       ("only-right-statements", "Only in the right article", c.right_only_statements,
                                        "right")):
            header(key, f"{label} ({len(refs)})")
            for s in refs:
                style = "red" if s.kind == "denial" else "cyan"
                spans = [(s.start, s.end)]
                add("s", _line((f" {s.kind} ", style), (f"{s.party}: ", "bold"), (s.text, "")),
                    spans if side == "left" else [], spans if side == "right" else [], key)
        header("actors", f"Actors in both ({len(c.both)})")
        for m in c.both:
            forms = ""
            if set(m.left.forms) != set(m.right.forms):
                forms = f"   ({' / '.join(m.left.forms)} ⟷ {' / '.join(m.right.forms)})"
            add("b", _line((f" {m.name}", "bold"), (f"  ×{m.left.count} ⟷ ×{m.right.count}", "dim"), (forms, "dim")),
                list(m.left.mentions), list(m.right.mentions), "actors")
        for key, label, sides, side in (("only-left-actors", "Actors only left", c.only_left, "left"),
                                        ("only-right-actors", "Actors only right", c.only_right, "right")):
            header(key, f"{label} ({len(sides)})")
            for a in sides:
                add("o", _line((f" {a.name}", "bold"), (f"  ×{a.count}", "dim")),
                    list(a.mentions) if side == "left" else [], list(a.mentions) if side == "right" else [], key)
        card = self.card
        card.clear_options()
        card.add_options(options)
        first = next((i for i, o in enumerate(options) if o is not None and not o.disabled), None)
        if first is not None:
            card.highlighted = first

    # -- selecting ---------------------------------------------------------
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "compare-card":
            self.show_item(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "compare-card":
            event.stop()
            self.show_item(event.option.id)

    def show_item(self, item_id: str | None) -> None:
        item = self.items.get(item_id or "")
        if item is None:
            return
        self.left_view.set_focus_spans(item.left, scroll=bool(item.left))
        self.right_view.set_focus_spans(item.right, scroll=bool(item.right))

    @property
    def selected(self) -> CardItem | None:
        card = self.card
        if card.highlighted is None:
            return None
        return self.items.get(card.get_option_at_index(card.highlighted).id or "")

    # -- actions -----------------------------------------------------------
    def action_back(self) -> None:
        self.app.pop_screen()

    def action_swap(self) -> None:
        self.left_index, self.right_index = self.right_index, self.left_index
        self.refresh_comparison()

    def action_section(self, name: str) -> None:
        index = self.sections.get(name)
        if index is None:
            return
        card = self.card
        self.set_focus(card)
        target = index + 1
        if target < card.option_count and not card.get_option_at_index(target).disabled:
            card.highlighted = target
        card.scroll_to_highlight(top=True)

    def action_open(self, side: str) -> None:
        item = self.selected
        spans = (item.left if side == "left" else item.right) if item else []
        index = self.left_index if side == "left" else self.right_index
        self.post_message(OpenArticle(index, spans[0] if spans else None))
