"""How set-wide work grows with the set: 200, 1,000 and 2,000 BBC articles.

    python bench/growth.py overview          # tui.comparison.overview
    python bench/growth.py export            # the Markdown briefing (with cards)
    python bench/growth.py both --sizes 200,2000

Cards are built first (on every core, not timed: that is bench/extract.py's job), for
articles spread over the whole corpus so each size has the same mix of topics. Each
size is then timed in CPU seconds (best of ``--repeat``), with its peak traced memory,
and the growth from the smallest size is printed: linear work grows 10x from 200 to
2,000; the target (issue 14) is at most 12x and under 300 MB.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

BBC = PROJECT.parent / "shared" / "corpus" / "bbc"


def spread(files: list[Path], n: int) -> list[Path]:
    """``n`` files spread evenly over the sorted corpus (its files are sorted by topic)."""
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def workspace_of(paths: list[Path], brief: str):
    from tui.cards.engine import CardEngine
    from tui.cards.pool import CardPool
    from tui.rules.loader import load_brief
    from tui.workspace import Entry, Workspace

    engine = CardEngine(load_brief(brief))
    return Workspace(engine=engine, entries=[Entry(a, c) for a, c in CardPool(engine, brief, paths).cards()])


def timed(fn, repeat: int) -> tuple[float, float]:
    """Best CPU seconds over ``repeat`` runs, and the peak traced memory of one run in MB."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return best, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("overview", "export", "both"))
    ap.add_argument("--sizes", default="200,1000,2000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--brief", default="default")
    args = ap.parse_args()
    if not BBC.is_dir():
        print(f"skipped: the BBC corpus is not at {BBC}")
        return 0
    from tui.briefing import BriefingOptions, render_briefing
    from tui.comparison import overview_of

    jobs = {"overview": lambda ws: overview_of(ws),
            "export": lambda ws: render_briefing(ws, BriefingOptions())}
    names = list(jobs) if args.what == "both" else [args.what]
    files = sorted(BBC.glob("*.txt"))
    sizes = [int(s) for s in args.sizes.split(",")]
    first: dict[str, float] = {}
    for n in sizes:
        ws = workspace_of(spread(files, n), args.brief)
        statements = sum(len(e.card.claims) + len(e.card.denials) for e in ws.entries)
        for name in names:
            cpu, peak = timed(lambda: jobs[name](ws), args.repeat)
            first.setdefault(name, cpu)
            print(f"{name:>8} {n:5,} articles ({statements:,} statements): CPU {cpu:6.2f} s "
                  f"(x{cpu / first[name]:5.1f} of {sizes[0]:,}), peak traced {peak:6.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
