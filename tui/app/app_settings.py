"""The reader app's settings: the theme chosen last time, kept when another is chosen, and
where screenshots go.

A mixin of ``BriefingApp``. Settings are a convenience, never a reason to stop: a problem in
the settings file, an unknown theme or a folder that cannot be written is a note on screen.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.theme import Theme

from ..articles.safe_text import printable
from ..settings import Settings, load_settings, save_settings, settings_path


class AppSettings:
    """Settings for ``BriefingApp`` (which sets ``self.settings`` to the defaults first)."""

    settings: Settings

    def _apply_settings(self) -> None:
        """The theme chosen last time; problems in the settings file are notes, never fatal."""
        self.settings, problems = load_settings()
        for problem in problems:
            self.notify(printable(str(problem)), severity="warning", timeout=8, markup=False)
        theme = self.settings.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            self.notify(f"{settings_path()}: unknown theme '{printable(theme)}'; "
                        f"the default is used (Ctrl+P, Theme chooses one).", severity="warning", timeout=8,
                        markup=False)
        self.theme_changed_signal.subscribe(self, self._theme_chosen)

    def _theme_chosen(self, theme: Theme) -> None:
        if theme.name == self.settings.theme:
            return
        self.settings = replace(self.settings, theme=theme.name)
        error = save_settings(self.settings)
        if error:
            self.notify(printable(error), severity="warning", timeout=6, markup=False)

    def action_save_screenshot(self) -> None:
        """Save an SVG of the screen in the settings' folder (else the working folder) and say where."""
        folder = Path(self.settings.screenshots or ".").expanduser()
        try:
            path = Path(self.save_screenshot(path=str(folder))).resolve()
        except OSError as exc:
            self.notify(f"Screenshot not saved: {folder.resolve()}: {exc.strerror or exc}", severity="error",
                        timeout=8, markup=False)
            return
        self.notify(f"Screenshot saved to {path}", timeout=6, markup=False)
