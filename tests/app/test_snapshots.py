"""SVG snapshots of the reading screen, the help screen and the error panel (fixed size).

They use a small fixed story (tests/app/data) rather than the seeds, so rule
tuning elsewhere rarely changes them. Regenerate after an intended change with
``pytest tests/app/test_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app.app import make_app

from .conftest import SIZE, after_keys, wait_loaded

DATA = Path(__file__).parent / "data"
BROKEN = "\nactorz: []\nlexicons: 3\n"


@pytest.fixture
def story(tmp_path, monkeypatch):
    """The fixture story copied to a temporary folder that is also the working folder,
    so every path on screen is short and the same on every machine."""
    shutil.copytree(DATA / "articles", tmp_path / "articles")
    shutil.copyfile(DATA / "brief.yaml", tmp_path / "brief.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _app():
    return make_app(["articles"], "brief.yaml", watch=False)


def test_reading_screen(snap_compare, story):
    async def run_before(pilot):
        await wait_loaded(pilot)
        reader = pilot.app.screen
        target = reader.card_list.card.denials[0]
        reader.card_list.focus()
        reader.card_list.highlighted = next(i for i, it in enumerate(reader.card_list.items) if it.value is target)
        await pilot.press("enter")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=run_before)


def test_reading_screen_small(snap_compare, story):
    assert snap_compare(_app(), run_before=after_keys("n"), terminal_size=(80, 24))


def test_help_screen(snap_compare, story):
    assert snap_compare(_app(), run_before=after_keys("question_mark"), terminal_size=SIZE)


def test_error_panel(snap_compare, story):
    brief = story / "brief.yaml"
    good = brief.read_text(encoding="utf-8")

    async def run_before(pilot):
        await wait_loaded(pilot)
        brief.write_text(good + BROKEN, encoding="utf-8")
        await pilot.press("r")
        await wait_loaded(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SIZE, run_before=run_before)
