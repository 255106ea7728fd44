"""Fixtures for the briefing tests (helpers live in briefing_helpers.py)."""

from __future__ import annotations

import pytest

from briefing_helpers import make_hostile_workspace


@pytest.fixture
def hostile_workspace():
    return make_hostile_workspace()
