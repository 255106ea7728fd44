"""Background work holds a short switch interval and puts the old one back (issue 14:
Esc within 0.2 s while the overview or the preview of a large set is computed)."""

from __future__ import annotations

import sys

from tui.app.switching import SWITCH_INTERVAL, short_switch_interval


def test_overlapping_holds_put_back_the_interval_from_before_the_first():
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.004)
        outer = short_switch_interval()
        outer.__enter__()
        assert sys.getswitchinterval() == SWITCH_INTERVAL
        with short_switch_interval():  # the cards still loading while the overview runs
            assert sys.getswitchinterval() == SWITCH_INTERVAL
        assert sys.getswitchinterval() == SWITCH_INTERVAL  # the outer hold still runs
        outer.__exit__(None, None, None)
        assert sys.getswitchinterval() == 0.004
    finally:
        sys.setswitchinterval(before)


def test_the_overview_and_the_preview_are_built_with_the_short_interval(monkeypatch):
    import importlib

    from tui.app.screens import export

    overview_screen = importlib.import_module("tui.app.screens.overview")
    seen = []
    monkeypatch.setattr(export, "build_briefing", lambda *a: seen.append(sys.getswitchinterval()))
    export._built(None, None, None)
    assert seen == [SWITCH_INTERVAL]
    assert "short_switch_interval()" in importlib.util.find_spec(overview_screen.__name__).loader.get_source(
        overview_screen.__name__)
