"""The set-wide views of the reader on a large folder: 'o' and 'e', and Esc and 'q' meanwhile.

    python bench/views.py [--folder-size 2000] [--runs 2] [--tree DIR]

In a fresh process per run (imports included), the reader runs headless (120x36) on
``--folder-size`` BBC articles (``../shared/corpus/bbc``, copied into a temp folder; the
seeds copied under new names if it is absent), with BRIEF_STORE=off. Once every card is
in, the script times:

- ``o``: the key to the overview complete on screen (its status line shows the totals
  and every table holds all its rows; the tables fill in batches), then Esc back;
- ``e``: the key to the preview on screen (the status line says "Briefing of ..."), then Esc;
- Esc at several moments after ``o`` and after ``e`` (while the work runs, while the
  tables fill, once done): the key to the reader screen shown again. The reader keeps the
  overview it made (a second ``o`` shows it at once), so before each of these ``o`` the
  kept one is dropped: every one is a first ``o``, with the work to stop;
- ``q`` at one such moment (the run's last act): the key to the app's message loop ended.

Each latency is the time from the simulated key to the refresh after its effect.
Prints the medians over the runs and the worst latency. Targets (issue 14): overview
and preview within 10 s; Esc and ``q`` within 0.2 s at every moment.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import big_folder  # noqa: E402  (the same folder the start-up bench times)

CHILD = r"""
import asyncio, json, sys, time
from tui.app.app import make_app
from tui.app.screens.export import ExportScreen
from tui.app.screens.overview import OverviewScreen
from tui.app.screens.reader import ReaderScreen
from textual.widgets import DataTable, Label, Static

folder, esc_delays, q_key, q_delay = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], float(sys.argv[4])
out = {"esc": [], "o": [], "e": []}

async def refreshed(app):
    done = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.done() or done.set_result(time.perf_counter()))
    return await done

expected = {}
real_add_rows = OverviewScreen._add_rows
def add_rows(self, table, rows, wrap=None):
    expected[table.id] = len(rows)  # what the table holds once its batches are in
    return real_add_rows(self, table, rows, wrap)
OverviewScreen._add_rows = add_rows

def overview_done(screen):
    if not isinstance(screen, OverviewScreen) or screen.overview is None or not expected:
        return False
    tables = {t.id: t for t in screen.query(DataTable).results(DataTable)}
    return all(tables[i].row_count >= n for i, n in expected.items() if i in tables) and \
        "articles ·" in str(screen.query_one("#overview-status", Static).render())

def preview_done(screen):
    return isinstance(screen, ExportScreen) and screen.text is not None and \
        str(screen.query_one("#export-status", Label).render()).startswith("Briefing of")

async def wait(cond, limit=600.0):
    t = time.perf_counter()
    while not cond():
        if time.perf_counter() - t > limit:
            raise SystemExit(f"timed out after {limit} s")
        await asyncio.sleep(0.005)

async def open_view(app, key):
    t = time.perf_counter()
    app.simulate_key(key)
    kind = OverviewScreen if key == "o" else ExportScreen
    await wait(lambda: isinstance(app.screen, kind))
    return t

async def back(app):
    t = time.perf_counter()
    app.simulate_key("escape")
    await wait(lambda: isinstance(app.screen, ReaderScreen))
    return await refreshed(app) - t

async def main():
    app = make_app([folder], "default", watch=False)
    async with app.run_test(size=(120, 36), headless=True) as pilot:
        await wait(lambda: not app.loading and len(app.workspace.entries) > 0)
        out["cards"] = len(app.workspace.entries)
        await asyncio.sleep(0.5)
        for key, done in (("o", overview_done), ("e", preview_done)):
            expected.clear()
            t = await open_view(app, key)
            await wait(lambda: done(app.screen))
            out[key].append(await refreshed(app) - t)
            await asyncio.sleep(0.3)
            await back(app)
            await asyncio.sleep(0.5)
        for key, delay in esc_delays:
            if key == "o" and app.is_screen_installed("overview"):
                app.uninstall_screen("overview")  # each time the first 'o': the overview is computed
            t = await open_view(app, key)
            await asyncio.sleep(max(0.0, delay - (time.perf_counter() - t)))
            out["esc"].append([key, delay, await back(app)])
            await asyncio.sleep(0.5)
        t = await open_view(app, q_key)
        await asyncio.sleep(max(0.0, q_delay - (time.perf_counter() - t)))
        t = time.perf_counter()
        app.simulate_key("q")
        await wait(lambda: not app.is_running, 30)
        out["q"] = [q_key, q_delay, time.perf_counter() - t]
asyncio.run(main())
print(json.dumps(out))
"""

ESC_MOMENTS = [("o", 0.05), ("o", 0.5), ("o", 1.0), ("o", 2.0), ("o", 3.0), ("o", 5.0),
               ("e", 0.05), ("e", 0.5), ("e", 1.0), ("e", 2.0), ("e", 3.0), ("e", 5.0)]
Q_MOMENTS = [("o", 0.5), ("e", 1.0), ("o", 2.0), ("e", 3.0)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folder-size", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--tree", type=Path, default=ROOT, help="project folder whose reader is measured "
                    "(e.g. a git archive of another revision); default: this one")
    args = ap.parse_args()
    env = dict(os.environ, BRIEF_STORE="off", PYTHONPATH=str(args.tree))
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        kind = big_folder(Path(tmp), args.folder_size)
        for r in range(args.runs):
            q_key, q_delay = Q_MOMENTS[r % len(Q_MOMENTS)]
            done = subprocess.run([sys.executable, "-c", CHILD, tmp, json.dumps(ESC_MOMENTS), q_key, str(q_delay)],
                                  cwd=args.tree, env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                sys.stderr.write(done.stderr[-3000:])
                return 1
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{args.folder_size} articles ({kind}, default brief, {runs[0]['cards']} cards), {len(runs)} runs:")
    for key, what, target in (("o", "overview complete on screen", 10), ("e", "preview on screen", 10)):
        values = [v for r in runs for v in r[key]]
        print(f"  '{key}' -> {what}: median {statistics.median(values):.2f} s over {len(values)} "
              f"(target {target} s: {'ok' if max(values) < target else 'OVER TARGET'}) {[round(v, 2) for v in values]}")
    for key in ("o", "e"):
        lat = [(d, v) for r in runs for k, d, v in r["esc"] if k == key]
        worst = max(v for _, v in lat)
        by_moment = {d: statistics.median(v for dd, v in lat if dd == d) for d, _ in lat}
        print(f"  Esc after '{key}' -> reader on screen: worst {worst * 1000:.0f} ms "
              f"(target 200 ms: {'ok' if worst <= 0.2 else 'OVER TARGET'}); median by moment: " +
              ", ".join(f"{d:g} s {v * 1000:.0f} ms" for d, v in sorted(by_moment.items())))
    qs = [r["q"] for r in runs]
    print("  'q' -> app's loop ended: " + ", ".join(f"{k} +{d:g} s: {v * 1000:.0f} ms" for k, d, v in qs) +
          f" (target 200 ms: {'ok' if max(v for _, _, v in qs) <= 0.2 else 'OVER TARGET'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
