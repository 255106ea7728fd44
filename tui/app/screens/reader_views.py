"""The reader's ways into the set-wide screens: compare, overview and the briefing preview.

A mixin of ``ReaderScreen``. The overview and the preview are installed once and shown again
on each visit (Esc hides them): leaving costs no teardown, and a complete overview of the
same articles comes back at once.
"""

from __future__ import annotations

from typing import Callable

from textual.screen import Screen

from ..widgets.article_list import entry_prompt
from .modals import PickArticleScreen

EXPORT_SCREEN = "export"
OVERVIEW_SCREEN = "overview"
"""The names the briefing preview and the overview are installed under (one each per app)."""


class ReaderViews:
    """``c``, ``o`` and ``e`` of the reader."""

    current: int | None

    def action_compare(self) -> None:
        entries = self.workspace.entries
        if self.current is None or len(entries) < 2:
            self.notify("Compare needs two loaded articles.", severity="warning", timeout=3)
            return
        from .compare import CompareScreen  # loaded when first asked for

        left = self.current
        choices = [(i, entry_prompt(i, e)) for i, e in enumerate(entries) if i != left and e.ok]

        def chosen(right: int | None) -> None:
            if right is not None:
                self.app.push_screen(CompareScreen(self.workspace, left, right))

        self.app.push_screen(
            PickArticleScreen(f"Compare article {left:03d} with…", choices, highlight=min(left, len(choices) - 1)),
            chosen,
        )

    def action_overview(self) -> None:
        from .overview import OverviewScreen

        self._show_kept(OVERVIEW_SCREEN, lambda: OverviewScreen(self.workspace, self.folder_size))

    def action_export(self) -> None:
        from .export import ExportScreen

        self._show_kept(EXPORT_SCREEN, lambda: ExportScreen(self.workspace, folder_size=self.folder_size))

    def _show_kept(self, name: str, make: Callable[[], Screen]) -> None:
        """Show a set-wide screen kept installed between visits: hidden, not removed, on Esc
        (see its ``show_for``), made on first use."""
        app = self.app
        if app.is_screen_installed(name):
            app.get_screen(name).show_for(self.workspace, self.folder_size)
        else:
            app.install_screen(make(), name=name)
        app.push_screen(name)

    def refresh_kept_screens(self) -> None:
        """New cards for the same articles (the brief changed): a kept screen on show now
        recomputes from them; a hidden one is dropped, so the old cards are not held until
        the next visit, which makes it anew."""
        app = self.app
        for name in (OVERVIEW_SCREEN, EXPORT_SCREEN):
            if not app.is_screen_installed(name):
                continue
            screen = app.get_screen(name)
            if screen in app.screen_stack:
                screen.show_for(self.workspace, self.folder_size)
            else:
                app.uninstall_screen(name)
