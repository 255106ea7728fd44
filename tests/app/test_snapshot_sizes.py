"""Snapshots of the five screens at 80x24 and 160x45, in a dark and a light theme (issue 15).

The fixture story (tests/app/data) keeps them small; its brief extends a copy of the
general pack placed beside it, so the export header names it by a relative path wherever
the project is cloned. The header's rules hash follows the pack, so a change of rules means
regenerating the export snapshots, as for the golden briefing. Regenerate after an intended
change with ``pytest tests/app/test_snapshot_sizes.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app.app import make_app
from tui.rules.loader import BRIEFS_DIR

from .conftest import wait_loaded

DATA = Path(__file__).parent / "data"
SIZES = {"80x24": (80, 24), "160x45": (160, 45)}
THEMES = ("textual-dark", "textual-light")


@pytest.fixture
def story(tmp_path, monkeypatch):
    shutil.copytree(DATA / "articles", tmp_path / "articles")
    brief = (DATA / "brief.yaml").read_text(encoding="utf-8")
    (tmp_path / "brief.yaml").write_text(brief.replace("extends: default\n", "extends: default.yaml\n"), encoding="utf-8")
    shutil.copyfile(BRIEFS_DIR / "default.yaml", tmp_path / "default.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767258000")  # the briefing's "Generated" time
    return tmp_path


async def _settle(pilot, done) -> None:
    for _ in range(200):
        if done(pilot.app):
            break
        await pilot.pause(0.05)
    await pilot.pause(0.1)
    pilot.app.clear_notifications()
    await pilot.pause()


def _screen_named(name: str):
    return lambda app: type(app.screen).__name__ == name


def _export_ready(app) -> bool:
    screen = app.screen
    return type(screen).__name__ == "ExportScreen" and screen.text is not None and bool(screen.query_one("#export-preview").lines)


SCREENS = {
    "reader": ((), lambda app: True),
    "compare": (("c", "enter"), _screen_named("CompareScreen")),
    "overview": (("o",), lambda app: _screen_named("OverviewScreen")(app) and app.screen.overview is not None),
    "export": (("e",), _export_ready),
    "help": (("question_mark",), _screen_named("HelpScreen")),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_screen(snap_compare, story, screen, size, theme):
    keys, done = SCREENS[screen]

    async def run_before(pilot):
        await wait_loaded(pilot)
        pilot.app.theme = theme
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.05)
        await _settle(pilot, done)

    app = make_app(["articles"], "brief.yaml", watch=False)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=run_before)
