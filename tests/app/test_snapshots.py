"""SVG snapshots of the reading screen, the help screen and the error panel (fixed size).

Regenerate after an intended change with ``pytest tests/app --snapshot-update``.
"""

from __future__ import annotations

import shutil

from tui.app.app import make_app
from tui.commands.common import SEEDS_DIR

from .conftest import SIZE, wait_loaded


def _settle(app):
    app.clear_notifications()


def test_reading_screen(snap_compare, seeds_app):
    async def run_before(pilot):
        await wait_loaded(pilot)
        reader = pilot.app.screen
        card = reader.card_list.card
        target = card.denials[0]
        reader.card_list.focus()
        reader.card_list.highlighted = next(i for i, it in enumerate(reader.card_list.items) if it.value is target)
        await pilot.press("enter")
        _settle(pilot.app)
        await pilot.pause()

    assert snap_compare(seeds_app, terminal_size=SIZE, run_before=run_before)


def test_reading_screen_small(snap_compare, seeds_app):
    async def run_before(pilot):
        await wait_loaded(pilot)
        await pilot.press("n")
        _settle(pilot.app)
        await pilot.pause()

    assert snap_compare(seeds_app, terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare, seeds_app):
    async def run_before(pilot):
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        _settle(pilot.app)
        await pilot.pause()

    assert snap_compare(seeds_app, terminal_size=SIZE, run_before=run_before)


def test_error_panel(snap_compare, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS_DIR, tmp_path / "articles")
    brief = tmp_path / "brief.yaml"
    brief.write_text("name: t\ntitle: Test brief\nextends: default\n", encoding="utf-8")
    app = make_app(["articles"], "brief.yaml", watch=False)

    async def run_before(pilot):
        await wait_loaded(pilot)
        brief.write_text("name: t\ntitle: Test brief\nextends: default\nactorz: []\nlexicons: 3\n",
                         encoding="utf-8")
        await pilot.press("r")
        await wait_loaded(pilot)
        _settle(pilot.app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
