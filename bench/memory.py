"""Peak memory of ``brief card DIR --jsonl`` on a very large folder (issue 14: < 150 MB).

    python bench/memory.py [--files 50000] [--keep]

Writes ``--files`` articles into a temporary folder under /tmp: the BBC corpus
(``../shared/corpus/bbc``) repeated, each copy edited a little (a dateline naming the
copy, and every tenth copy with its paragraphs in another order) so that no two files
are the same text; deletes them afterwards. Runs ``brief card DIR --jsonl`` with
BRIEF_STORE=off (output to /dev/null) and samples, every 0.2 s, the resident memory
of the command's process and of its card workers (from /proc). Prints the peak of the
command's own process (what holds or streams the cards), the peak of one worker, the
peak of all of them together, the time taken and the number of lines written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
TARGET_MB = 150


def write_folder(folder: Path, files: int) -> None:
    source = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.glob("*.txt"))]
    if not source:
        source = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(files):
        text = source[i % len(source)]
        copy = i // len(source)
        if copy and copy % 10 == 0:
            paras = text.split("\n\n")
            text = "\n\n".join(paras[:1] + paras[:0:-1])
        (folder / f"{i:06d}.txt").write_text(f"{text.rstrip()}\n\nEdition {copy + 1} of this report.\n",
                                             encoding="utf-8")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        for k in kids:
            found.append(int(k))
            todo.append(int(k))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=50_000)
    ap.add_argument("--keep", action="store_true", help="keep the generated folder (its path is printed)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="brief-memory-", dir="/tmp"))
    try:
        t = time.perf_counter()
        write_folder(tmp, args.files)
        written = time.perf_counter() - t
        env = dict(os.environ, BRIEF_STORE="off", PYTHONPATH=str(ROOT))
        t = time.perf_counter()
        with open(os.devnull, "w") as sink:
            proc = subprocess.Popen([sys.executable, "-m", "tui", "card", str(tmp), "--jsonl"], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=sink, text=True)
            peak_main = peak_worker = peak_total = 0.0
            count = 0

            def sample() -> None:
                nonlocal peak_main, peak_worker, peak_total
                main_mb = rss_mb(proc.pid)
                workers = [rss_mb(p) for p in descendants(proc.pid)]
                peak_main = max(peak_main, main_mb)
                peak_worker = max([peak_worker] + workers)
                peak_total = max(peak_total, main_mb + sum(workers))

            last = 0.0
            assert proc.stdout is not None
            for _line in proc.stdout:  # read as it streams; sample now and then
                count += 1
                now = time.perf_counter()
                if now - last >= 0.2:
                    sample()
                    last = now
            proc.wait()
        seconds = time.perf_counter() - t
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"brief card DIR --jsonl, {args.files:,} files (written in {written:.0f} s): {count:,} lines in "
          f"{seconds:.0f} s, exit {proc.returncode}; peak RSS: command {peak_main:.0f} MB "
          f"(target {TARGET_MB} MB: {'ok' if peak_main < TARGET_MB else 'OVER TARGET'}), one worker "
          f"{peak_worker:.0f} MB, all processes together {peak_total:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
