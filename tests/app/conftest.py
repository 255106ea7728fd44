"""Shared fixtures for the reader tests: one compiled seed brief, a wait-for-cards helper."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from tui.cards.engine import CardEngine
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR
from tui.rules.loader import load_brief

SIZE = (120, 36)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run ``async def`` tests here with asyncio (no async plugin is a dependency)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        names = pyfuncitem._fixtureinfo.argnames
        asyncio.run(pyfuncitem.obj(**{n: pyfuncitem.funcargs[n] for n in names}))
        return True
    return None


@pytest.fixture(scope="session")
def seed_engine() -> CardEngine:
    return CardEngine(load_brief(str(SEEDS_BRIEF)))


@pytest.fixture
def seeds_app(seed_engine):
    from tui.app.app import make_app

    return make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)


async def wait_loaded(pilot, limit: float = 10.0) -> None:
    """Let the card worker finish and its messages land."""
    app = pilot.app
    waited = 0.0
    while (app.loading or not app.workspace.entries) and waited < limit:
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def wait_until(pilot, condition, limit: float = 20.0) -> None:
    """Let the app run until ``condition()`` holds (or ``limit`` seconds pass)."""
    waited = 0.0
    while not condition() and waited < limit:
        await pilot.pause(0.02)
        waited += 0.02


def after_keys(*keys: str):
    """A snapshot's run_before: wait for the cards, press the keys, drop notifications
    (they time out, so they would make the picture depend on timing)."""
    async def run_before(pilot) -> None:
        await wait_loaded(pilot)
        await pilot.press(*keys)
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def seeds_dir() -> Path:
    return SEEDS_DIR
