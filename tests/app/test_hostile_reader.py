"""Hostile input in the reader (issue 13), as pilot tests.

Each pilot runs in a subprocess that is killed after a generous limit: the
failures these tests guard against are hangs that hold the interpreter, which
no timer inside the test's own event loop could interrupt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
LIMIT = 120.0

QUIT_WHILE_SLOW = """
import asyncio, json, sys, time
from tui.app.app import make_app

async def main():
    app = make_app([sys.argv[1]], "default", watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        while len(app.workspace.entries) < 1:
            await pilot.pause(0.02)
        await pilot.pause(0.3)
        slow = app.loading  # the second article's card is still being built
        began = time.perf_counter()
        await pilot.press("q")
    return slow, began

slow, began = asyncio.run(main())  # asyncio.run also waits for the worker threads, as 'brief' does
print(json.dumps({"slow": slow, "seconds": time.perf_counter() - began}))
"""

FRONT_MATTER_BOMB = """
import asyncio, json, sys
from tui.app.app import make_app

async def main():
    app = make_app([sys.argv[1]], "default", watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        while app.loading or len(app.workspace.entries) < 2:
            await pilot.pause(0.05)
        await pilot.pause()
        entries = {e.article.path.rsplit("/", 1)[-1]: e for e in app.workspace.entries}
        await pilot.press("n")
        shown = app.screen.current
        await pilot.press("q")
    return {"files": sorted(entries), "shown": shown,
            "warned": any("too many alias expansions" in w for w in entries["bomb.md"].card.warnings),
            "claims": len(entries["bomb.md"].card.claims), "title": entries["bomb.md"].article.title}

print(json.dumps(asyncio.run(main())))
"""


def run_pilot(script: str, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    result = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=PROJECT, env=env,
                            capture_output=True, text=True, timeout=LIMIT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_q_quits_at_once_while_a_card_is_slow(tmp_path):
    (tmp_path / "a.txt").write_text("Ann Blay said the bridge will open in May.\n", encoding="utf-8")
    sentences = [f"{name} said the plan would work. The ministry denied the report."
                 for name in ("Ann Blay", "Tom Quist", "Eve Marsh", "Lou Vance")] * 16000
    (tmp_path / "b.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")  # one 4.5 MB paragraph
    found = run_pilot(QUIT_WHILE_SLOW, tmp_path)
    assert found["slow"], "the slow card was done before 'q': nothing was tried"
    # Well under 0.5 s on a quiet machine (the card alone takes 10 s or more); slack for a loaded one.
    assert found["seconds"] < 2.0, found


def test_a_front_matter_alias_bomb_loads_the_folder_without_that_front_matter(tmp_path):
    levels = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 9)]
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(levels) + "\ntitle: *l8\n---\n"
                                      "Ann Blay said the vote was fair.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Tom Quist said the vote was late.\n", encoding="utf-8")
    found = run_pilot(FRONT_MATTER_BOMB, tmp_path)
    assert found["files"] == ["bomb.md", "plain.txt"]
    assert found["warned"] and found["claims"] == 1, found
    assert found["shown"] == 1 and len(found["title"]) < 100, found
