"""Benchmark: Markdown briefing export of the seeds and of 200 articles.

    /tmp/venv/bin/python bench/export.py

Prints, for each set: time to read the articles and build the cards (Workspace.load),
time to render the briefing (findings + Markdown), time to write it atomically,
and the total. Targets: seeds well under 1 s; 200 articles under 3 s.
The 200 articles are the seeds repeated (copied under new names into a temp folder).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tui.briefing import BriefingOptions, render_briefing, write_atomic  # noqa: E402
from tui.cards.engine import CardEngine  # noqa: E402
from tui.workspace import Workspace  # noqa: E402

SEEDS = PROJECT / "seeds"
BRIEF = PROJECT / "briefs" / "track-two.yaml"


def run(label: str, folder: Path, engine: CardEngine, out_dir: Path) -> None:
    t0 = time.perf_counter()
    ws = Workspace.load([str(folder)], engine)
    t1 = time.perf_counter()
    text = render_briefing(ws, BriefingOptions())
    t2 = time.perf_counter()
    write_atomic(out_dir / f"{label}.md", text, force=True)
    t3 = time.perf_counter()
    print(f"{label:>14}: {len(ws.entries):4d} articles  load+cards {t1 - t0:6.3f} s  "
          f"render {t2 - t1:6.3f} s  write {t3 - t2:6.3f} s  total {t3 - t0:6.3f} s  "
          f"({len(text) / 1024:.0f} KiB)")


def main() -> int:
    t = time.perf_counter()
    engine = CardEngine.from_path(BRIEF)
    print(f"brief compiled in {time.perf_counter() - t:.3f} s")
    seeds = sorted(SEEDS.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        many = tmp_path / "many"
        many.mkdir()
        for i in range(200):
            src = seeds[i % len(seeds)]
            shutil.copyfile(src, many / f"{i:03d}_{src.name}")
        run("seeds", SEEDS, engine, tmp_path)
        run("200 articles", many, engine, tmp_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
