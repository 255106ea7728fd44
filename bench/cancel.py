"""How soon set-wide work can stop: CPU time between two progress calls of the briefing.

    python bench/cancel.py [--n 2000]

Esc on the overview or the briefing preview stops their worker at its next progress
call (tui.comparison.progress); until then the worker keeps the interpreter busy and
the reader waits for its turns. This builds the briefing of ``--n`` BBC articles
(``../shared/corpus/bbc``; the seeds repeated if it is absent) in process, with BRIEF_STORE=off, and
prints the total CPU time and the largest CPU gaps between two progress calls
(thread CPU time, so the machine's other load does not count). Target: no gap
much above 100 ms (issue 14: Esc within 0.2 s at every moment).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "corpus" / "bbc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2,000)")
    parser.add_argument("--top", type=int, default=8, help="gaps to print")
    args = parser.parse_args()
    os.environ["BRIEF_STORE"] = "off"
    from tui.briefing import BriefingOptions, build_briefing
    from tui.commands.common import engine_or_exit
    from tui.commands.export import fixed_time
    from tui.workspace import Workspace

    paths = sorted(str(p) for p in BBC.glob("*.txt"))[:args.n] if BBC.is_dir() else []
    if not paths:
        seeds = sorted(str(p) for p in (ROOT / "seeds").iterdir() if p.is_file())
        paths = (seeds * (args.n // len(seeds) + 1))[:args.n]
    workspace = Workspace.load(paths, engine_or_exit(None))
    calls: list[tuple[float, str, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        calls.append((time.thread_time(), stage, done))

    start = time.thread_time()
    build_briefing(workspace, BriefingOptions(cards=True, generated_at=fixed_time()), progress)
    points = [(start, "start", 0)] + calls + [(time.thread_time(), "end", 0)]
    gaps = sorted(((b[0] - a[0]) * 1000, f"{a[1]} {a[2]:,}", f"{b[1]} {b[2]:,}")
                  for a, b in zip(points, points[1:]))
    print(f"{len(workspace.entries):,} articles: briefing {points[-1][0] - start:.2f} CPU-s, "
          f"{len(calls)} progress calls")
    for ms, before, after in reversed(gaps[-args.top:]):
        print(f"  {ms:7.1f} ms  from {before} to {after}")


if __name__ == "__main__":
    main()
