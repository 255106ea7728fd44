"""How long 'q' takes to end the reader while a slow card is being built (issue 13).

    python bench/quit.py [--presses 10] [--load 2] [--size 2000000] [--tree DIR --tree DIR2]

The real ``brief`` runs in a tmux window (120x36) on a folder of a short article and
one paragraph of ``--size`` characters (invented sentences with names and said-cues,
built here). Once the reader shows the short article, the script waits a random
0.3-2.5 s (the long card is then being built: it takes several seconds), sends 'q',
and times from the key to the end of the process (its pid gone), which includes the
screen's shutdown and the interpreter's exit. ``--load N`` runs N busy processes
(``yes > /dev/null``) meanwhile, as a loaded machine would. Prints the median, 90th
percentile and worst over the presses. Target (issue 13): 0.5 s, also under load.
With several ``--tree`` (project folders, e.g. a ``git archive`` of the parent revision),
presses alternate between them, each tree's ``tui`` on PYTHONPATH, and each is reported.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.5


def long_paragraph(size: int, seed: int = 7) -> str:
    """One paragraph of invented reporting: many people, said-cues, quotations, denials."""
    rnd = random.Random(seed)
    firsts = [a + b for a in ("Al", "Bri", "Cas", "Dor", "El", "Fen") for b in ("an", "is", "o", "ette")]
    lasts = [a + b for a in ("Mar", "Quen", "Tal", "Vor", "Wex", "Zel") for b in ("by", "ton", "ick", "ley")]
    shapes = ["{n} said the plan would work.", "The {b} Council denied the report.",
              '"We will not comment," {n} told the {b} Herald.', "His wife {f} added that the talks went well.",
              "The spokesman for {n} declined to comment.", "According to {n}, the budget was cut by a third.",
              "{n}, who chairs the {b} Trust, insisted the vote was fair.",
              "Rain fell over the harbour for most of the week."]
    out, total = [], 0
    while total < size:
        s = rnd.choice(shapes).format(n=f"{rnd.choice(firsts)} {rnd.choice(lasts)}", f=rnd.choice(firsts),
                                      b=rnd.choice(lasts))
        out.append(s)
        total += len(s) + 1
    return " ".join(out) + "\n"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def one_press(tree: Path, folder: Path, session: str, rnd: random.Random) -> tuple[float, bool] | None:
    """Seconds from 'q' to the end of the process, and whether the long card was still being built."""
    env = f"BRIEF_STORE=off TERM=xterm-256color PYTHONPATH={tree}"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "36",
         f"cd {tree} && {env} exec {sys.executable} -m tui {folder}")
    pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip() or 0)
    deadline = time.time() + 30
    while "a_short.txt" not in tmux("capture-pane", "-p", "-t", session) and time.time() < deadline:
        time.sleep(0.05)
    if time.time() >= deadline:
        tmux("kill-session", "-t", session)
        return None
    time.sleep(rnd.uniform(0.3, 2.5))
    slow = "│ 001 " not in tmux("capture-pane", "-p", "-t", session)  # the long article not listed yet
    t0 = time.perf_counter()
    tmux("send-keys", "-t", session, "q")
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        if Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
            break  # exited, not yet reaped by tmux
        if time.perf_counter() - t0 > 30:
            break
        time.sleep(0.002)
    seconds = time.perf_counter() - t0
    tmux("kill-session", "-t", session)
    return seconds, slow


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--presses", type=int, default=10)
    ap.add_argument("--load", type=int, default=0, help="busy processes to run meanwhile")
    ap.add_argument("--size", type=int, default=2_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tree", action="append", type=Path, help="project folder to run (default: this one)")
    args = ap.parse_args()
    if shutil.which("tmux") is None:
        print("skipped: tmux is not installed")
        return 0
    rnd = random.Random(args.seed)
    busy = [subprocess.Popen(["yes"], stdout=subprocess.DEVNULL) for _ in range(args.load)]
    trees = args.tree or [ROOT]
    times: dict[Path, list[float]] = {tree: [] for tree in trees}
    slow_count = dict.fromkeys(trees, 0)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "b_long.txt").write_text(long_paragraph(args.size), encoding="utf-8")
            (folder / "a_short.txt").write_text("Orla Penhallow said the bridge would reopen in May.\n",
                                              encoding="utf-8")
            for i in range(args.presses * len(trees)):
                tree = trees[i % len(trees)]
                found = one_press(tree, folder, f"bench-quit-{os.getpid()}-{i}", rnd)
                if found is None:
                    print(f"press {i + 1}: the reader did not show the short article within 30 s", file=sys.stderr)
                    continue
                times[tree].append(found[0])
                slow_count[tree] += found[1]
    finally:
        for p in busy:
            p.kill()
            p.wait()
    for tree in trees:
        got = sorted(times[tree])
        if not got:
            return 1
        p90 = got[max(0, int(len(got) * 0.9) - 1)]
        print(f"{tree}: 'q' to process end, {len(got)} presses ({slow_count[tree]} while the long card was "
              f"being built), load {args.load}: median {statistics.median(got):.3f} s, p90 {p90:.3f} s, "
              f"worst {got[-1]:.3f} s (target {TARGET} s: {'ok' if got[-1] <= TARGET else 'OVER TARGET'}) "
              f"{[round(t, 3) for t in got]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
