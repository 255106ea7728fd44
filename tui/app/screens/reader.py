"""The reading screen: article list | article text | card, with search and the why view.

Its parts: showing the article in hand (``reader_showing``), searching the article
(``article_search``), filling in as cards arrive (``reader_loading``) and the ways into
compare, overview and preview (``reader_views``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, ProgressBar, Static

from ..legend import legend_text
from ..widgets.footer import KeysFooter
from .article_search import ArticleSearch
from .reader_loading import ReaderLoading
from .reader_navigation import ReaderNavigation
from .reader_showing import PREPARE_DELAY, ReaderShowing
from .reader_views import ReaderViews
from ...workspace import Workspace
from ..messages import ReaderReady, ReloadRules
from ..explain import explain_actor, explain_statement
from ..widgets.article_list import ArticleList
from ..widgets.article_view import ArticleView
from ..widgets.card_list import CardList
from .modals import WhyScreen

__all__ = ["ReaderScreen", "read_in_order", "PREPARE_DELAY"]
"""PREPARE_DELAY is reader_showing.py's, named here too where tests have read it."""


def read_in_order(bindings: list[Binding]) -> list[Binding]:
    """The screen's keys as priority bindings, which Textual runs as it reads each key.

    A plain binding runs only after the key has gone to the focused widget and back, so in
    a burst of keys (a fast typist, a paste, a busy reader, a browser) a key that moves the
    focus ("/", "d") is acted on before the keys queued behind it, which then reach the old
    place or are lost ("n/kirby" lost the "n"). Run at once, in order, they cannot be
    overtaken; in a text field they are text again (``ReaderScreen.check_action``)."""
    return [replace(b, priority=True) for b in bindings]


class ReaderScreen(ReaderShowing, ArticleSearch, ReaderLoading, ReaderNavigation, ReaderViews, Screen):
    """Three panes: the articles, the text of the highlighted one, and its card."""

    BINDINGS = read_in_order([
        Binding("n", "next_article", "Next", id="next-article", tooltip="Show the next article"),
        Binding("p", "previous_article", "Prev", id="previous-article", tooltip="Show the previous article"),
        Binding("slash", "search", "Search", id="search", tooltip="Search in this article"),
        Binding("right_square_bracket", "search_next", "Next match", show=False, id="search-next",
                tooltip="Scroll to the next match of the search"),
        Binding("left_square_bracket", "search_previous", "Previous match", show=False, id="search-previous",
                tooltip="Scroll to the previous match of the search"),
        Binding("w", "why", "Why", id="why", tooltip="Show the rule behind the selected card item"),
        Binding("c", "compare", "Compare", id="compare", tooltip="Compare this article with another"),
        Binding("o", "overview", "Overview", id="overview", tooltip="All articles in one overview"),
        Binding("e", "export", "Export", id="export", tooltip="Export the briefing as Markdown"),
        Binding("r", "reload", "Reload", id="reload", tooltip="Reload the brief's YAML files now"),
        Binding("1", "toggle_layer('claim')", "Claims on/off", show=False, id="toggle-claims",
                tooltip="Show or hide the green claim highlights"),
        Binding("2", "toggle_layer('denial')", "Denials on/off", show=False, id="toggle-denials",
                tooltip="Show or hide the red denial highlights"),
        Binding("3", "toggle_layer('mention')", "Mentions on/off", show=False, id="toggle-mentions",
                tooltip="Show or hide the underlined actor mentions"),
        Binding("h,left", "pane(-1)", "Pane to the left", show=False, id="pane-left"),
        Binding("l,right", "pane(1)", "Pane to the right", show=False, id="pane-right"),
        Binding("a", "focus_pane(0)", "Go to article list", show=False, id="focus-articles",
                tooltip="Move to the list of articles"),
        Binding("t", "focus_pane(1)", "Go to article text", show=False, id="focus-text", tooltip="Move to the article's text"),
        Binding("d", "focus_pane(2)", "Go to card", show=False, id="focus-card", tooltip="Move to the card of actors, claims and denials"),
        Binding("escape", "clear", "Clear highlight", show=False, id="clear"),
    ])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action != "clear" and isinstance(self.focused, Input):
            return False  # typed into the search field, "n", "/", arrows are text (esc closes it)
        return True

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """This screen's keys by pane, for the help screen."""
        return [
            ("Reading", list(self.BINDINGS)),
            ("Article list", list(ArticleList.BINDINGS)),
            ("Article text", list(ArticleView.BINDINGS)),
            ("Card", list(CardList.BINDINGS) + [Binding("enter", "", "Jump to words / fold a section")]),
        ]

    def __init__(self, workspace: Callable[[], Workspace]) -> None:
        super().__init__(id="reader")
        self._workspace = workspace
        """The app's current workspace (a reload of the rules replaces it)."""
        self.current: int | None = None
        self.query_text = ""
        self.matches: list[tuple[int, int]] = []
        self.match_index: int | None = None
        self.ready = False
        """True once the widgets exist (cards may arrive before that)."""
        self.total = 0
        """Articles being loaded in all (the list grows to this)."""
        self.cards_loading = False
        self._load_started: tuple[float, int] | None = None
        """When the loading line first showed, and how many cards there were then."""
        self._pending_last = False
        """G was pressed while loading: show the last article once it is in."""

    # -- layout ----------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            with Vertical(id="text-pane"):
                yield Static("", id="article-info")
                yield ArticleView(id="article")
                with Horizontal(id="search-bar"):
                    yield Input(placeholder="search this article (enter: keep, esc: close)", id="search")
                    yield Static("", id="search-count")
            with Vertical(id="card-pane"):
                yield CardList(id="card")
                yield Static("", id="legend")
        yield Static("", id="errors")
        with Horizontal(id="progress"):
            yield ProgressBar(id="progress-bar", show_percentage=False, show_eta=False)
            yield Static("", id="progress-text")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#articles", ArticleList).border_title = "Articles"
        self.query_one("#text-pane").border_title = "Article"
        self.query_one("#card-pane").border_title = "Card"
        self.show_legend()
        self.watch(self.app, "theme", lambda _theme: self.call_after_refresh(self.show_legend), init=False)
        self.query_one("#articles").focus()
        self.ready = True
        if self.workspace.entries:  # cards that came in before the screen existed
            self.entries_added(0, len(self.workspace.entries))
        self.post_message(ReaderReady())

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def card_list(self) -> CardList:
        return self.query_one("#card", CardList)

    @property
    def workspace(self) -> Workspace:
        return self._workspace()

    def show_legend(self) -> None:
        """The compact legend under the card, drawn in the styles the article is drawn with."""
        self.query_one("#legend", Static).update(legend_text(self.article_view))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "articles":
            event.stop()
            if event.option_index != self.current:
                self.show_article(event.option_index)
        elif event.option_list.id == "card":
            event.stop()
            if self.card_list.has_focus:
                self._focus_item(scroll=True)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "articles":
            event.stop()
            self.show_article(event.option_index)
            self.set_focus(self.card_list)
        elif event.option_list.id == "card":
            event.stop()
            item = self.card_list.current
            if item is not None and item.kind == "header":
                self.card_list.toggle_section(item.section)
            else:
                self._focus_item(scroll=True)

    def _focus_item(self, scroll: bool) -> None:
        item = self.card_list.current
        if item is None or item.value is None:
            # a header (also where a new card starts): the words shown stay, such as those
            # another screen or the palette opened the article at; esc clears them
            return
        if item.kind == "actor":
            spans = list(item.value.mentions)  # type: ignore[union-attr]
        else:
            spans = [(item.value.start, item.value.end)]  # type: ignore[union-attr]
        self.article_view.set_focus_spans(spans, scroll=scroll)

    # -- actions -----------------------------------------------------------
    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        bar = self.query_one("#search-bar")
        if search.has_focus or bar.has_class("-shown"):
            bar.remove_class("-shown")
            self.query_text, self.matches, self.match_index = "", [], None
            self.article_view.set_search([], None)
            self.set_focus(self.article_view)
            self._update_info()
            return
        self.article_view.set_focus_spans([], scroll=False)

    def action_why(self) -> None:
        item = self.card_list.current
        if self.current is None or item is None or item.value is None:
            self.notify("Pick a claim, denial or actor in the card first (d goes to the card).",
                        severity="warning", timeout=4)
            return
        entry = self.workspace.entries[self.current]
        brief = self.workspace.engine.brief
        if item.kind == "actor":
            body = explain_actor(brief, entry.article.text, item.value)  # type: ignore[arg-type]
        else:
            body = explain_statement(brief, entry.article.text, item.value)  # type: ignore[arg-type]
        self.app.push_screen(WhyScreen(body))

    def action_reload(self) -> None:
        self.post_message(ReloadRules())
