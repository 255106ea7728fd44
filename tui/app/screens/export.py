"""Export screen: a preview of the Markdown briefing and a key to save it.

The reader pushes ``ExportScreen(workspace)``. The briefing is computed by the
engine (:mod:`tui.briefing`) once, in a worker thread that reports its progress and
stops when the screen is left, and shown as lines rendered in a worker thread
(:class:`MarkdownLines`; for a large set, without the per-article cards and with the
first rows of each list: the saved file has everything);
``s`` asks for a path (default ``briefing.md`` in the working folder), asks
before overwriting an existing file, and writes atomically.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, Label

from ..widgets.footer import KeysFooter
from ..widgets.markdown_lines import MarkdownLines
from ...briefing import BriefingExists, BriefingOptions, BriefingWriteError, build_briefing, write_atomic
from ...commands.export import fixed_time
from ...comparison.progress import Cancelled
from ..progress import ScreenProgress, article_count, still_loading
from ..switching import short_switch_interval
from ...workspace import Workspace

DEFAULT_NAME = "briefing.md"
PREVIEW_CARDS_LIMIT = 30
"""Above this many articles the preview leaves out the per-article cards (rendering them
would take long: about 30 s for 2,000 BBC articles); the saved file still has them."""


class SavePathScreen(ModalScreen[str | None]):
    """Ask where to save; enter accepts, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-path-cancel")]

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="export-path-box", classes="modal-box export-dialog"):
            yield Label("Save the briefing as", classes="modal-title")
            yield Input(value=self.default, id="export-path", placeholder=DEFAULT_NAME)
            yield Label("enter save · esc cancel", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmOverwriteScreen(ModalScreen[bool]):
    """The file exists: overwrite it (y) or keep it (n / escape)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Overwrite", id="export-overwrite-yes"),
        Binding("n,escape", "answer(False)", "Keep the file", id="export-overwrite-no"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-confirm-box", classes="modal-box export-dialog"):
            yield Label("Overwrite?", classes="modal-title")
            yield Label(f"{self.path} already exists.", id="export-confirm-text", markup=False)
            yield Label("y overwrite · n or esc keep the file", classes="modal-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ExportScreen(Screen):
    """Preview the briefing of the loaded articles and save it as Markdown."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "export.tcss")
    BINDINGS = [
        Binding("escape", "back", "Back", id="export-back"),
        Binding("s,ctrl+s", "save", "Save…", id="export-save", tooltip="Save the briefing to a Markdown file"),
        Binding("t", "toggle_cards", "Cards on/off", id="export-cards",
                tooltip="Include or leave out the per-article cards"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False),
        Binding("k,up", "scroll('up')", "Scroll up", show=False),
        Binding("space,pagedown", "scroll('page')", "Page down", show=False),
    ]

    def help_groups(self) -> list[tuple[str, list[Binding]]]:
        """This screen's keys, for the help screen."""
        return [("Briefing preview", list(self.BINDINGS))]

    def __init__(self, workspace: Workspace, default_path: str | Path | None = None,
                 folder_size: int | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.folder_size = folder_size
        """How many articles the folder holds, when some were still loading (else None)."""
        self.default_path = str(default_path) if default_path is not None else DEFAULT_NAME
        self.cards = True
        self.text: str | None = None
        """The briefing as it will be saved (None while it is being computed)."""
        self._stop = threading.Event()
        """Set to stop the briefing being computed (the screen closed or wants another)."""

    @property
    def articles(self) -> int:
        return sum(1 for e in self.workspace.entries if e.ok)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="export-bar"):
            yield Label("", id="export-status", markup=False)
        yield MarkdownLines(id="export-preview")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.sub_title = "Export briefing"
        self.query_one(MarkdownLines).focus()
        self.refresh_preview()

    def show_for(self, workspace: Workspace, folder_size: int | None = None) -> None:
        """Open again (the reader keeps this screen installed): the briefing of the articles
        loaded now; Esc only hides it, so the next preview is ready to draw at once."""
        self.workspace, self.folder_size = workspace, folder_size
        self.refresh_preview()

    def options(self, cards: bool) -> BriefingOptions:
        # SOURCE_DATE_EPOCH fixes the "Generated" time here as it does for `brief export`
        return BriefingOptions(cards=cards, generated_at=fixed_time())

    def set_status(self, text: str) -> None:
        for label in self.query("#export-status").results(Label):  # gone if the screen closed
            label.update(text)

    @work(exclusive=True, group="export-preview")
    async def refresh_preview(self) -> None:
        self._stop.set()  # a preview still being computed is not wanted any more
        stop = self._stop = threading.Event()
        self.text = None
        n = self.articles
        what = f"the briefing of {article_count(n)}"
        self.set_status(f"Preparing {what}…")

        progress = ScreenProgress(self.app, self.set_status, stop.is_set, f"Preparing {what}")
        try:
            briefing = await asyncio.to_thread(_built, self.workspace, self.options(self.cards), progress)
        except Cancelled:
            return
        if stop.is_set() or not self.is_attached:
            return
        full = briefing.text
        preview, note = briefing.on_screen, ""
        if n > PREVIEW_CARDS_LIMIT:
            preview = briefing.preview
            if preview != full:
                note = " · preview: no cards, the first rows of each list (the saved file has all)"
        self.text = full
        self.set_status(f"Rendering the preview of {what} (s saves it already)…")
        for widget in self.query("#export-preview").results(MarkdownLines):
            await widget.show(preview)
        if stop.is_set() or not self.is_attached:
            return
        cards = "with cards" if self.cards else "without cards"
        self.set_status(f"Briefing of {article_count(n)}, {cards}{still_loading(n, self.folder_size, 'e')}{note} · "
                        "s save · t cards on/off · esc back")

    def action_back(self) -> None:
        self._stop.set()  # the work stops, not just the screen
        self.app.pop_screen()

    def action_toggle_cards(self) -> None:
        self.cards = not self.cards
        self.refresh_preview()

    def action_scroll(self, how: str) -> None:
        scroll = self.query_one(MarkdownLines)
        if how == "down":
            scroll.scroll_down(animate=False)
        elif how == "up":
            scroll.scroll_up(animate=False)
        else:
            scroll.scroll_page_down(animate=False)

    def action_save(self) -> None:
        self.app.push_screen(SavePathScreen(self.default_path), self._path_chosen)

    def _path_chosen(self, value: str | None) -> None:
        if not value:
            return
        from ..served import save_target  # served in a browser: only inside the server's folder

        path = save_target(self.app, value)
        if path is None:
            return
        self.default_path = value
        if path.exists() and not path.is_dir():
            self.app.push_screen(ConfirmOverwriteScreen(path),
                                 lambda yes: self.save_to(path, force=True) if yes else self._kept(path))
        else:
            self.save_to(path, force=False)

    def _kept(self, path: Path) -> None:
        self.notify(f"Not saved; {path} is unchanged.", timeout=3)

    def save_to(self, path: Path, force: bool) -> None:
        """Write the briefing (atomically); never over an existing file unless ``force``."""
        text = self.text
        if text is None:  # never computed on the screen's thread: it would freeze a large set
            self.notify("The briefing is still being prepared; save again once it is shown.", timeout=4)
            return
        try:
            written = write_atomic(path, text, force=force)
        except BriefingExists:
            # it appeared since we looked: ask again rather than overwrite
            self.app.push_screen(ConfirmOverwriteScreen(path),
                                 lambda yes: self.save_to(path, force=True) if yes else self._kept(path))
            return
        except BriefingWriteError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.notify(f"Saved the briefing to {Path(written).resolve()}", timeout=8, markup=False)
        from ..served import briefing_saved  # served in a browser: say where, send a copy

        briefing_saved(self.app, written, text)


def _built(workspace: Workspace, options: BriefingOptions, progress: ScreenProgress):
    """The briefing, built on a worker thread that keeps keys quick meanwhile (switching.py)."""
    with short_switch_interval():
        return build_briefing(workspace, options, progress)
