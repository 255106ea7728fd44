"""The reader app's help screen and command palette: every key, where it works, and the
reader's actions in the palette.

A mixin of ``BriefingApp``. The help lists the keys of the screen in front first, then the
ones that work everywhere, then the reader's (the screen the others return to); the palette
replaces Textual's own Keys and Screenshot with the reader's and offers each reader key as a
command, so a key can be found without knowing it.
"""

from __future__ import annotations

from functools import partial
from typing import Iterable

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from .legend import legend_rows
from .screens.modals import HelpScreen
from .screens.reader import ReaderScreen


class HelpAndPalette:
    """``?`` and the palette's commands for ``BriefingApp``."""

    reader: ReaderScreen
    """The reading screen at the bottom of the stack (a property of ``BriefingApp``)."""

    def help_groups(self, screen: Screen) -> list[tuple[str, list[Binding]]]:
        """The keys of ``screen`` first, then those that work everywhere, then the reader's."""
        own = getattr(screen, "help_groups", None)
        groups = list(own()) if callable(own) else [(type(screen).__name__, list(screen.BINDINGS))]
        groups.append(("Everywhere", list(self.BINDINGS) + [
            Binding("j", "", "Next row (every list)"), Binding("k", "", "Previous row (every list)"),
            Binding("tab", "", "Next pane"), Binding("shift+tab", "", "Previous pane"),
            Binding("ctrl+p", "", "Command palette (also searches all articles)")]))
        if not isinstance(screen, ReaderScreen):
            groups += [(f"Reader: {title.lower()}", bindings) for title, bindings in self.reader.help_groups()]
        return groups

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups(self.screen), legend_rows(self.reader.article_view)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own Keys (a panel) and Screenshot (to ~/Downloads, which need not exist)
        # are replaced by the reader's
        for command in super().get_system_commands(screen):
            if command.title not in ("Keys", "Screenshot"):
                yield command
        yield SystemCommand("Keys (?)", "Every key of this screen, then the others, and what the colours mean",
                            self.action_help)
        yield SystemCommand("Screenshot", "Save an SVG picture of the screen in "
                            + (self.settings.screenshots or "the working folder"),
                            lambda: self.set_timer(0.1, self.action_save_screenshot))
        yield SystemCommand("Search everything (f)", "Every line, claim and denial of the folder's articles, "
                            "by speaker (by:NAME) or kind (is:claim, is:denial)", self.action_search_all)
        reader = self.reader
        for binding in ReaderScreen.BINDINGS:
            if binding.description and binding.id not in ("clear", "pane-left", "pane-right"):
                key = binding.key.split(",")[0]
                yield SystemCommand(
                    binding.description + f" ({self.get_key_display(Binding(key, ''))})",
                    binding.tooltip or "In the reader",
                    partial(self._reader_action, reader, binding.action),
                )

    def _reader_action(self, reader: ReaderScreen, action: str) -> None:
        while len(self.screen_stack) > 1 and self.screen is not reader:
            self.pop_screen()
        self.call_later(reader.run_action, action)
