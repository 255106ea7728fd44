"""``bench/extract.py --against REV``: this working tree's engine against a git revision's.

The revision is exported with ``git archive`` into a temporary folder (no change to the
repository's worktree list or index), and both engines card the same articles, read
from this tree's seeds and ../shared/corpus/bbc, each in a fresh subprocess of the same
Python. Runs alternate (working tree first in odd rounds, the revision first in even
ones) so that a machine that slows down or speeds up during the benchmark (two shared
cores here) weighs on both sides alike; medians are reported, and the figure that
decides is the ratio of CPU time (process time, which other processes' load disturbs
far less than wall time). Each side uses its own tree's brief unless ``--brief`` is an
absolute path, and its own pattern cache folder (warmed by an untimed first run), so
neither reads patterns the other compiled.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
PROJECT = HERE.parent.parent


@dataclass(frozen=True)
class Side:
    label: str
    root: Path
    brief: str
    cache: Path


def export_revision(rev: str, into: Path) -> str:
    """Extract ``rev``'s tree into ``into``; return its short commit id (SystemExit with one line if unknown)."""
    found = subprocess.run(["git", "-C", str(PROJECT), "rev-parse", "--verify", "--short", f"{rev}^{{commit}}"],
                           capture_output=True, text=True)
    if found.returncode != 0:
        raise SystemExit(f"--against {rev}: not a revision of {PROJECT} (git rev-parse found no commit)")
    archive = into / "rev.tar"
    with open(archive, "wb") as out:
        subprocess.run(["git", "-C", str(PROJECT), "archive", "--format=tar", rev], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "tree", filter="data")
    archive.unlink()
    return found.stdout.strip()


def brief_for(root: Path, brief: str | None) -> str:
    if brief and Path(brief).is_absolute():
        return brief
    return str(root / (brief or "briefs/default.yaml"))


def measure(side: Side, corpus: str, n: int) -> dict:
    cmd = [sys.executable, str(HERE.parent / "extract.py"), "--measure", corpus, "--n", str(n), "--workers", "1",
           "--brief", side.brief, "--engine-root", str(side.root)]
    env = dict(os.environ, BRIEF_CACHE_DIR=str(side.cache))
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=side.root, env=env)
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"measurement failed ({side.label}, {corpus}): {tail}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if not Path(result["engine"]).resolve().is_relative_to(side.root.resolve()):
        raise SystemExit(f"{side.label}: imported the engine from {result['engine']}, not from {side.root}")
    return result


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def summary(label: str, runs: list[dict]) -> str:
    articles = runs[0]["articles"]
    cpu, wall, whole = median(runs, "cpu_s"), median(runs, "seconds"), median(runs, "process_cpu_s")
    spread = f"{min(r['cpu_s'] for r in runs):.2f}-{max(r['cpu_s'] for r in runs):.2f}"
    return (f"  {label:14} CPU {cpu:6.2f} s (range {spread}), wall {wall:6.2f} s: "
            f"{articles / cpu:6.0f} cards/CPU-s carding, {articles / whole:6.0f} with start-up "
            f"(whole process {whole:.2f} CPU-s); peak {median(runs, 'peak_mb'):.0f} MB; "
            f"{runs[0]['items']} items")


def ratio_line(work: list[dict], rev: list[dict], rev_label: str) -> str:
    """Median and best-run CPU ratios, and whether the difference stands out of the runs' spread.

    On a shared machine one side's median can move by 10-15% with nothing changed; the
    best runs (least disturbed) move far less. Two sides are told apart only when every
    run of one beat every run of the other (with three runs or more) by more than 2%.
    """
    cpu = lambda runs: [r["cpu_s"] for r in runs]  # noqa: E731
    ratio = median(work, "cpu_s") / median(rev, "cpu_s")
    best = min(cpu(work)) / min(cpu(rev))
    if min(len(work), len(rev)) < 3:
        verdict = f"{min(len(work), len(rev))} run(s) per side: too few to tell a difference from noise (--repeats 5)"
    elif abs(best - 1) < 0.02 or abs(ratio - 1) < 0.02:
        verdict = "within 2%: no difference worth the name"
    elif max(cpu(work)) < min(cpu(rev)):
        verdict = "faster: every run of the working tree beat every run of the revision"
    elif min(cpu(work)) > max(cpu(rev)):
        verdict = "slower: every run of the working tree lost to every run of the revision"
    else:
        verdict = "the runs overlap: no difference beyond the noise of this machine"
    same = "same" if work[0]["items"] == rev[0]["items"] else "DIFFERENT"
    return (f"  CPU time ratio working tree / {rev_label}: median {ratio:.3f}, best run {best:.3f}; {verdict}; "
            f"{same} item counts")


def compare(rev: str, corpora: list[str], n: int, repeats: int, brief: str | None,
            available) -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-against-"))
    try:
        commit = export_revision(rev, work)
        sides = [Side("working tree", PROJECT, brief_for(PROJECT, brief), work / "cache-work"),
                 Side(f"{rev} ({commit})" if commit not in rev else rev, work / "tree",
                      brief_for(work / "tree", brief), work / "cache-rev")]
        print(f"{sys.executable} (Python {sys.version.split()[0]}), {os.cpu_count()} CPU(s); "
              f"{repeats} alternating runs per side, one core; medians")
        for side in sides:
            print(f"  {side.label}: {side.root}, brief {side.brief}")
        for side in sides:
            measure(side, "seeds", 50)  # untimed: fills each side's pattern cache and checks that it runs
        for corpus in corpora:
            if not available(corpus):
                print(f"{corpus}: not found; skipped")
                continue
            size = n if corpus == "seeds" else None
            runs: dict[str, list[dict]] = {s.label: [] for s in sides}
            for i in range(repeats):
                for side in (sides if i % 2 == 0 else sides[::-1]):
                    runs[side.label].append(measure(side, corpus, n))
            first = runs[sides[0].label][0]
            print(f"\n{corpus}: {first['articles']} articles ({first['bytes'] / 1e6:.1f} MB)"
                  + (f", the seeds repeated to {size}" if size else ""))
            for side in sides:
                print(summary(side.label, runs[side.label]))
            print(ratio_line(runs[sides[0].label], runs[sides[1].label], sides[1].label))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0
