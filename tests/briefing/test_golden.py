"""Golden file: the seeds' briefing, byte for byte, with a fixed timestamp.

The card engine and the rules change over time, so this file changes with them.
When a change to the briefing is intended, regenerate it on purpose and review
the diff before committing:

    UPDATE_GOLDEN=1 /tmp/venv/bin/python -m pytest tests/briefing/test_golden.py

Without UPDATE_GOLDEN the test only compares and never writes.
"""

from __future__ import annotations

import difflib
import os
from datetime import datetime, timezone
from pathlib import Path

from briefing_helpers import md_parser

from tui.briefing import BriefingOptions, render_briefing

GOLDEN = Path(__file__).parent / "golden" / "seeds-briefing.md"
WHEN = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)


def seeds_briefing(project_dir, seeds_dir, track_two_engine) -> str:
    from tui.workspace import Workspace

    ws = Workspace.load([str(seeds_dir)], track_two_engine)
    return render_briefing(ws, BriefingOptions(generated_at=WHEN, base=project_dir))


def test_seeds_briefing_matches_golden(project_dir, seeds_dir, track_two_engine):
    text = seeds_briefing(project_dir, seeds_dir, track_two_engine)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8", newline="\n")
    assert GOLDEN.exists(), f"{GOLDEN} is missing; create it with UPDATE_GOLDEN=1 (see this file's docstring)"
    expected = GOLDEN.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(list(difflib.unified_diff(
            expected.splitlines(True), text.splitlines(True), "golden", "now"))[:80])
        raise AssertionError("the seeds' briefing differs from the golden file; if the change is "
                             "intended, run UPDATE_GOLDEN=1 pytest tests/briefing/test_golden.py\n" + diff)


def test_golden_is_well_formed():
    tokens = md_parser().parse(GOLDEN.read_text(encoding="utf-8"))
    types = {t.type for t in tokens}
    assert "html_block" not in types
    assert sum(1 for t in tokens if t.type == "heading_open" and t.tag == "h1") == 1
    assert sum(1 for t in tokens if t.type == "table_open") == 2
