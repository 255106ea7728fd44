"""Search everything: every line and card item of the open folder, from the corpus store.

``f`` anywhere opens it. What is typed is the query of ``brief search`` (words,
"a phrase", ``prefix*``, ``OR``) with two filters, ``by:NAME`` (a speaker, matched
on card names and aliases, so ``by:Kirby`` finds what John Kirby said) and
``is:claim`` / ``is:denial``. The index is queried in a worker thread, a moment
after the typing stops, so the screen never waits on it; Enter on a hit opens the
article in the reader at the words. Without a store (``BRIEF_STORE=off``,
``--no-store``) the screen says so: ``/`` in the reader still searches one article.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...articles.safe_text import printable
from ...store import Store
from ...store.query import parse_request
from ...store.search import Hit, Scope, SearchError, search
from ..messages import OpenArticle
from ..widgets.footer import KeysFooter
from ..widgets.lists import KeyedOptionList

TYPING_PAUSE = 0.15
"""Seconds after the last key before the index is asked (a query per key is wasted work)."""
LIMIT = 200
AROUND = 50
"""Characters of a long line shown before the matched words."""


def hit_prompt(hit: Hit, label: str, title: str) -> Text:
    """Two lines: where (number, line, kind, speaker, then the title, which a narrow screen
    cuts first) and the words, the match bold."""
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    prompt.append(f"{label} line {hit.line}", style="dim")
    if hit.kind != "text":
        prompt.append(f" {hit.kind}", style="dim")
    if hit.speaker:
        prompt.append(f" · {printable(hit.speaker)}", style="bold")
    prompt.append(" · " + (" ".join(printable(title).split()) or "(untitled)"), style="dim")
    words = " ".join(printable(hit.words).split(" ")).replace("\n", " ")
    cut = max(0, hit.at - AROUND) if hit.kind == "text" else 0
    length = (hit.end - hit.start) if hit.kind == "text" else 0
    prompt.append("\n    " + ("…" if cut else "") + words[cut:hit.at])
    prompt.append(words[hit.at:hit.at + length], style="bold reverse")
    prompt.append(words[hit.at + length:])
    return prompt


class SearchAllScreen(Screen):
    """A search box over the store's index of the open folder, and its hits."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "search_all.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back", id="search-all-back"),
        Binding("slash", "edit", "Edit query", id="search-all-edit", tooltip="Back to the search box"),
    ]

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        return [("Search everything", list(self.BINDINGS) + [
            Binding("enter", "", "Search box: to the hits · hits: open the article at the words"),
            Binding("by:NAME", "", "Only statements by NAME (also by:\"Full Name\")"),
            Binding("is:claim", "", "Only claims (is:denial: only denials)")])]

    def __init__(self, store: Store, paths: list[str], rules: str, titles: list[str]) -> None:
        super().__init__()
        self.store = store
        self.scope = Scope(paths=paths, rules=rules)
        self.index_of = {p: i for i, p in enumerate(paths)}
        self.titles = titles
        """Titles by article number (the articles loaded when the screen opened)."""
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Input(placeholder='words, "a phrase", prefix*  ·  by:NAME  ·  is:claim / is:denial',
                    id="search-all-query")
        yield Static("", id="search-all-status", markup=False)
        yield KeyedOptionList(id="search-all-hits")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Search everything"
        self.set_focus(self.query_one(Input))
        if not self.store.enabled:
            self.say("Search everything needs the corpus store, which is off for this run "
                     "(BRIEF_STORE=off or --no-store); / in the reader searches one article.")
        else:
            self.say(f"Type to search the {len(self.index_of):,} articles of this folder "
                     "(lines, and claims and denials with by: or is:).")

    def say(self, line: str) -> None:
        self.query_one("#search-all-status", Static).update(Text(line, no_wrap=True, overflow="ellipsis"))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.store.enabled:
            self.run_query(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        hits = self.query_one(OptionList)
        if hits.option_count:
            hits.highlighted = hits.highlighted or 0
            self.set_focus(hits)

    @work(thread=True, exclusive=True, group="search-all")
    def run_query(self, line: str) -> None:
        worker = get_current_worker()
        time.sleep(TYPING_PAUSE)
        if worker.is_cancelled:
            return
        request = parse_request(line)
        if not request.words and request.speaker is None and request.kind is None:
            self.app.call_from_thread(self.show, [], request.problem or "")
            return
        started = time.perf_counter()
        try:
            db = self.store.connection()
            hits = [] if db is None else search(db, request.words, self.scope, request.speaker, request.kind,
                                                limit=LIMIT)
        except SearchError as exc:
            self.app.call_from_thread(self.show, [], str(exc))
            return
        ms = (time.perf_counter() - started) * 1000
        if not worker.is_cancelled:
            found = f"{len(hits):,}{'+' if len(hits) == LIMIT else ''} hit{'s' if len(hits) != 1 else ''}"
            note = f" · {request.problem}" if request.problem else ""
            self.app.call_from_thread(self.show, hits, f"{found} in {ms:.0f} ms · enter goes to the hits{note}")

    def show(self, hits: list[Hit], status: str) -> None:
        if not self.is_attached:
            return
        self.hits = [h for h in hits if h.path in self.index_of]
        options = self.query_one(OptionList)
        options.set_options(Option(hit_prompt(h, f"{self.index_of[h.path]:03d}", self.title_of(h)), id=str(i))
                            for i, h in enumerate(self.hits))
        self.say(status)

    def title_of(self, hit: Hit) -> str:
        index = self.index_of[hit.path]
        return self.titles[index] if index < len(self.titles) else Path(hit.path).name

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.hits[int(event.option.id or 0)]
        self.post_message(OpenArticle(self.index_of[hit.path], (hit.start, hit.end)))

    def action_edit(self) -> None:
        self.set_focus(self.query_one(Input))

    def action_back(self) -> None:
        self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "edit" and isinstance(self.focused, Input))  # "/" is text in the box
