"""The corpus store: warm reopen, cold start with and without it, search, size.

    python bench/store.py [--articles 10000] [--rounds 3] [--search-articles 50000] [--skip-reader]
    python bench/store.py --only-reopen [--cold] [--against main]   # the reader only (A/B with --against)

Builds, in a temporary folder (never committed), ``--articles`` articles: the BBC
corpus repeated, each copy edited a little (a line added at its end), so every
file is a different text. Then prints:

- the index's cost: CPU time to store and index a card against the time to make it;
- cold start, A/B: ``brief card DIR --jsonl`` with an empty store against
  ``--no-store``, alternating, ``--rounds`` of each; medians and their ratio
  (this machine is shared and noisy: compare the ratio, not single runs);
- store size per 1,000 articles, after the cold run;
- warm reopen: ``brief card`` with the warm store (process start to the last
  card written), and the reader (headless, process start to every card loaded and
  every article in its list; a stored card is decoded when first shown or used),
  with the warm store and, once, without a store (today's figure);
- search latency: the median of five runs of each query, in process, on the
  warm store, and on a ``--search-articles`` store (cards of the BBC articles
  written under that many edited copies: the index as a cold start makes it).
Targets (issue 16): warm reopen of 10,000 within 2 s; cold no slower than without
the store (the index adds at most 50%); search under 100 ms on 50,000.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
QUERIES = [("word", "economy", {}), ("two words", "oil prices", {}), ("phrase", '"prime minister"', {}),
           ("prefix", "elect*", {}), ("speaker", "", {"speaker": "Blair"}),
           ("word + speaker", "election", {"speaker": "Blair"}), ("denials", "", {"kind": "denial"})]
QUOTE = "we are not going to raise taxes"

READER = r"""
import asyncio, json, sys, time
T0 = float(sys.argv[1])
from tui.cli import hold_gc_for_startup
hold_gc_for_startup()
from tui.app.app import make_app
app = make_app([sys.argv[2]], None, watch=False)
def listed():
    try:
        return app.reader.article_list.option_count
    except Exception:  # the screen is not mounted yet
        return -1
async def main():
    async with app.run_test(size=(120, 36), headless=True):
        while app.loading or len(app.workspace.entries) < len(app.files) or listed() < len(app.files):
            await asyncio.sleep(0.01)
        done = time.time()
        cpu = time.process_time()
        stored = sum(1 for e in app.workspace.entries if e.ok)
    print(json.dumps({"all": done - T0, "n": stored, "cpu": cpu}))
asyncio.run(main())
"""


def env(store: str, root: Path = ROOT) -> dict:
    return {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "BRIEF_STORE": store,
            "PYTHONPATH": str(root)}


def build(folder: Path, count: int) -> None:
    source = sorted(BBC.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in source]
    for i in range(count):
        text = texts[i % len(texts)]
        (folder / f"{i:05d}.txt").write_text(text.rstrip("\n") + f"\n\nEdition {i // len(texts) + 1}.\n",
                                            encoding="utf-8")


def card_run(folder: Path, store: str, no_store: bool = False, root: Path = ROOT) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "card", str(folder), "--jsonl", *(["--no-store"] * no_store)],
                   cwd=root, env=env(store, root), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def reader_run(folder: Path, store: str, root: Path = ROOT) -> dict:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", READER, repr(t0), str(folder)], cwd=root, env=env(store, root),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def remove(store: Path) -> None:
    for name in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
        name.unlink(missing_ok=True)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def search_figures(store_path: Path, label: str) -> None:
    from tui.store import open_store
    from tui.store.quotes import track_quote
    from tui.store.search import search

    store = open_store(path=store_path)
    db = store.connection()
    for name, query, options in QUERIES:
        times, hits = [], 0
        for _ in range(5):
            t = time.perf_counter()
            hits = len(search(db, query, **options, limit=50))
            times.append(time.perf_counter() - t)
        print(f"search {label}: {name:15} {query or '':18} {median(times) * 1000:7.1f} ms median "
              f"(best {min(times) * 1000:.1f}), {hits} hits")
    times = []
    for _ in range(5):
        t = time.perf_counter()
        hits = len(track_quote(db, QUOTE))
        times.append(time.perf_counter() - t)
    print(f"search {label}: {'quote':15} {QUOTE[:18]:18} {median(times) * 1000:7.1f} ms median "
          f"(best {min(times) * 1000:.1f}), {hits} hits")
    store.close()


def synthetic_store(path: Path, count: int) -> float:
    """``count`` edited copies of the BBC articles written to a store as a cold start would,
    with the cards of the originals (the edit adds a line at the end). Returns the time."""
    from tui.articles.model import FileStat
    from tui.articles.reader import article_from_text, read_article
    from tui.cards.engine import CardEngine
    from tui.rules.loader import load_brief
    from tui.store.keys import rules_key
    from tui.store.rows import write_card
    from tui.store.schema import open_database

    engine = CardEngine(load_brief("default"))
    rules = rules_key(engine.brief)
    source = sorted(BBC.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    originals = [read_article(p) for p in source]
    cards = [engine.card(a) for a in originals]
    db, _ = open_database(path)
    t0 = time.perf_counter()
    for start in range(0, count, 500):
        db.execute("BEGIN IMMEDIATE")
        for i in range(start, min(count, start + 500)):
            original, card = originals[i % len(originals)], cards[i % len(originals)]
            article = article_from_text(original.text + f"\nEdition {i}.\n", path=f"/bench/{i:05d}.txt")
            article.title = original.title
            write_card(db, article, card, rules, FileStat(len(article.text), i, i, i, i))
        db.execute("COMMIT")
    took = time.perf_counter() - t0
    db.close()
    return took


def index_cost(count: int = 400) -> None:
    """CPU time to store and index a card against the CPU time to make it, in one process:
    a ratio that the machine's load hardly moves (wall-clock A/B figures are noisy)."""
    from tui.articles.model import FileStat
    from tui.articles.reader import read_article
    from tui.cards.engine import CardEngine
    from tui.rules.loader import load_brief
    from tui.store.keys import rules_key
    from tui.store.rows import write_card
    from tui.store.schema import open_database

    engine = CardEngine(load_brief("default"))
    rules = rules_key(engine.brief)
    articles = [read_article(p) for p in (sorted(BBC.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt")))[:count]]
    t = time.process_time()
    cards = [engine.card(a) for a in articles]
    card_cpu = time.process_time() - t
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(Path(tmp) / "s.sqlite3")
        t = time.process_time()
        db.execute("BEGIN IMMEDIATE")
        for i, (article, card) in enumerate(zip(articles, cards)):
            write_card(db, article, card, rules, FileStat(1, i, i, i, i))
        db.execute("COMMIT")
        store_cpu = time.process_time() - t
        db.close()
    n = len(articles)
    print(f"index cost: carding {card_cpu / n * 1000:.2f} ms CPU per article, storing and indexing its card "
          f"{store_cpu / n * 1000:.2f} ms: +{store_cpu / card_cpu * 100:.0f}% (target <= 50%)")


def reopen_only(folder: Path, tmp: Path, rounds: int, against: str | None, cold: bool = False) -> None:
    """Warm reader runs only: the store is filled by one ``brief card`` run, then the reader
    opens the folder ``rounds`` times (alternating with REF's code when asked). With
    ``cold``, each run starts from an empty store instead (the reader's first start)."""
    store = tmp / "store.sqlite3"
    other = None
    if against:
        other = tmp / "against"
        subprocess.run(["git", "worktree", "add", "--detach", str(other), against], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not cold:
        card_run(folder, str(store))
        if other is not None:
            card_run(folder, str(tmp / "against.sqlite3"), root=other)
    try:
        ours, theirs = [], []
        for _ in range(rounds):
            if cold:
                remove(store)
            ours.append(reader_run(folder, str(store)))
            if other is not None:
                if cold:
                    remove(tmp / "against.sqlite3")
                theirs.append(reader_run(folder, str(tmp / "against.sqlite3"), root=other))
        label = "cold" if cold else "warm"
        mine, cpu = median(r["all"] for r in ours), median(r["cpu"] for r in ours)
        print(f"{label} reader (process start to every card loaded): median {mine:.2f} s "
              f"{sorted(round(r['all'], 2) for r in ours)}, CPU {cpu:.2f} s (this process), "
              f"{ours[0]['n']:,} cards (target 2 s)")
        if theirs:
            base, base_cpu = median(r["all"] for r in theirs), median(r["cpu"] for r in theirs)
            print(f"{label} reader at {against}: median {base:.2f} s {sorted(round(r['all'], 2) for r in theirs)}, "
                  f"CPU {base_cpu:.2f} s, {theirs[0]['n']:,} cards; ratio {mine / base:.2f} (CPU {cpu / base_cpu:.2f})")
    finally:
        if other is not None:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--search-articles", type=int, default=50_000)
    parser.add_argument("--skip-reader", action="store_true")
    parser.add_argument("--only-reopen", action="store_true",
                        help="fill the store once, then only the warm reader runs (no cold A/B, no search)")
    parser.add_argument("--cold", action="store_true",
                        help="with --only-reopen: the reader's first start instead (an empty store each run)")
    parser.add_argument("--against", metavar="REF",
                        help="with --only-reopen: alternate each warm reader run with one of git REF's "
                             "code (a worktree of it, its own store) and print both medians and the ratio")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        folder, store = Path(tmp) / "articles", Path(tmp) / "store.sqlite3"
        folder.mkdir()
        build(folder, args.articles)
        if args.only_reopen:
            reopen_only(folder, Path(tmp), args.rounds, args.against, args.cold)
            return
        index_cost()
        n = args.articles
        print(f"{n:,} articles ({'BBC' if BBC.is_dir() else 'seeds'} repeated, each copy edited), "
              f"{os.cpu_count()} cores")
        with_store, without = [], []
        for _ in range(args.rounds):  # A/B alternating: the machine's load changes between runs
            remove(store)
            with_store.append(card_run(folder, str(store)))
            without.append(card_run(folder, str(store), no_store=True))
        size = store.stat().st_size
        print(f"cold brief card: empty store median {median(with_store):.1f} s {sorted(round(x, 1) for x in with_store)}, "
              f"--no-store median {median(without):.1f} s {sorted(round(x, 1) for x in without)}; "
              f"ratio {median(with_store) / median(without):.2f} (target <= 1.5)")
        print(f"store size: {size / 1e6:.1f} MB for {n:,} articles, {size / n * 1000 / 1e6:.1f} MB per 1,000")
        warm = [card_run(folder, str(store)) for _ in range(args.rounds)]
        print(f"warm brief card (every card written): median {median(warm):.2f} s {sorted(round(x, 2) for x in warm)}")
        if not args.skip_reader:
            runs = [reader_run(folder, str(store)) for _ in range(args.rounds)]
            print(f"warm reader (process start to every card loaded): median {median(r['all'] for r in runs):.2f} s "
                  f"{sorted(round(r['all'], 2) for r in runs)}, {runs[0]['n']:,} cards (target 2 s)")
            today = reader_run(folder, "off")
            print(f"reader without a store (today): {today['all']:.1f} s")
        search_figures(store, f"{n // 1000}k")
        if args.search_articles:
            big = Path(tmp) / "big.sqlite3"
            took = synthetic_store(big, args.search_articles)
            print(f"index of {args.search_articles:,} articles written in {took:.1f} s "
                  f"({took / args.search_articles * 1000:.2f} ms per article), "
                  f"{big.stat().st_size / 1e6:.0f} MB")
            search_figures(big, f"{args.search_articles // 1000}k")


if __name__ == "__main__":
    main()
