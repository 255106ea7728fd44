"""The seed articles compared under the track-two brief, shared by the crosswalk tests
(test_seeds.py) and the one-model tests (test_one_model.py): built once per module, as each
module had done for itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cards.engine import CardEngine
from tui.comparison import overview_of
from tui.rules.loader import load_brief
from tui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ws() -> Workspace:
    """The seeds, carded with briefs/track-two.yaml."""
    return Workspace.load([str(ROOT / "seeds")], CardEngine(load_brief(str(ROOT / "briefs" / "track-two.yaml"))))


@pytest.fixture(scope="module")
def ov(ws: Workspace):
    """The overview of ``ws``."""
    return overview_of(ws)
