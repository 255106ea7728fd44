"""Card-building speed and memory: articles/s and MB/s on one core and on all cores.

    python bench/extract.py                 # seeds x 10,000 and the BBC corpus, default pack
    python bench/extract.py --n 2000 --brief briefs/track-two.yaml
    python bench/extract.py --profile       # cProfile of a one-core run, top 15 by cumtime
    python bench/extract.py --stages        # ms per article in each stage of the engine
    python bench/extract.py --against 789c7bb [--repeats 5]   # this tree's engine vs a revision's

Corpora:
  seeds  the five seed articles read once, repeated in memory to N Article objects
         with distinct paths (tui.articles.reader.article_from_text);
  bbc    ../shared/corpus/bbc/*.txt (2,225 real BBC articles), skipped if absent;
         never copied into the project.

Each measurement runs in a fresh subprocess, so every peak-memory figure
(ru_maxrss) is that measurement's own. Timings cover card building only: the
articles are read before the clock starts (reading time is printed apart). The
one-core run keeps every card in memory, as the reader's workspace does, so its
peak is the memory a 10,000-article session needs. The all-core run builds the
engine once per worker (Pool initializer) and sends back item counts only.

``--against REV`` (bench/against.py) cards the same articles with this working tree's
engine and with REV's, alternating fresh one-core runs, and prints medians, the ratio
of CPU time, cards per CPU-second with and without start-up, and peak memory.

Targets (issue 2): >= 1,000 articles/s per core, < 250 MB peak for 10,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

SEEDS = PROJECT / "seeds"
BBC = (PROJECT.parent / "shared" / "corpus" / "bbc") if (PROJECT.parent / "shared").is_dir() \
    else Path("/work/shared/corpus/bbc")
CHUNK = 50
DEFAULT_BRIEF = str(PROJECT / "briefs" / "default.yaml")


# -- corpora -------------------------------------------------------------------

def load_corpus(name: str, n: int) -> list:
    """Articles in memory for the named corpus."""
    from tui.articles.reader import article_from_text, read_article

    if name == "seeds":
        seeds = [(p.name, read_article(p).text) for p in sorted(SEEDS.glob("*.txt"))]
        return [article_from_text(seeds[i % len(seeds)][1], path=f"seeds-x/{i:05d}_{seeds[i % len(seeds)][0]}")
                for i in range(n)]
    if name == "bbc":
        articles = [read_article(p) for p in sorted(BBC.glob("*.txt"))]
        return [a for a in articles if a.ok]
    raise SystemExit(f"unknown corpus {name!r}")


def corpus_available(name: str) -> bool:
    return name == "seeds" or (BBC.is_dir() and any(BBC.glob("*.txt")))


# -- workers -------------------------------------------------------------------

_ENGINE = None


def _init_worker(brief: str) -> None:
    global _ENGINE
    from tui.cards.engine import CardEngine

    _ENGINE = CardEngine.from_path(brief)


def _card_chunk(chunk: list[tuple[str, str]]) -> tuple[int, int]:
    from tui.articles.reader import article_from_text

    items = 0
    for path, text in chunk:
        card = _ENGINE.card(article_from_text(text, path=path))
        items += len(card.actors) + len(card.claims) + len(card.denials)
    return len(chunk), items


def _ready(_: int) -> bool:
    return _ENGINE is not None


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def measure(corpus: str, n: int, workers: int, brief: str) -> dict:
    """One measurement, in this (fresh) process."""
    from tui.cards.engine import CardEngine

    t0 = time.perf_counter()
    articles = load_corpus(corpus, n)
    read_s = time.perf_counter() - t0
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    result = {"corpus": corpus, "articles": len(articles), "bytes": size, "workers": workers, "read_s": read_s}
    if workers == 1:
        t0 = time.perf_counter()
        engine = CardEngine.from_path(brief)
        result["compile_s"] = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        cards = [engine.card(a) for a in articles]  # kept: a session holds every card
        result["seconds"] = time.perf_counter() - t0
        result["cpu_s"] = time.process_time() - c0
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["process_cpu_s"] = usage.ru_utime + usage.ru_stime  # imports, brief, reading and carding
        result["items"] = sum(len(c.actors) + len(c.claims) + len(c.denials) for c in cards)
        result["peak_mb"] = peak_mb(resource.RUSAGE_SELF)
        return result
    from multiprocessing import get_context

    payload = [(a.path, a.text) for a in articles]
    chunks = [payload[i:i + CHUNK] for i in range(0, len(payload), CHUNK)]
    del articles
    with get_context("fork").Pool(workers, initializer=_init_worker, initargs=(brief,)) as pool:
        assert all(pool.map(_ready, range(workers * 4), chunksize=1))
        t0 = time.perf_counter()
        done = items = 0
        for count, found in pool.imap_unordered(_card_chunk, chunks):
            done += count
            items += found
        result["seconds"] = time.perf_counter() - t0
    result["items"] = items
    result["peak_mb"] = peak_mb(resource.RUSAGE_SELF)
    result["worker_peak_mb"] = peak_mb(resource.RUSAGE_CHILDREN)
    return result


def run_in_subprocess(corpus: str, n: int, workers: int, brief: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", corpus, "--n", str(n),
           "--workers", str(workers), "--brief", brief]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=PROJECT)
    if out.returncode != 0:
        raise SystemExit(f"measurement failed ({corpus}, {workers} workers):\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report_line(r: dict) -> str:
    rate = r["articles"] / r["seconds"]
    mbs = r["bytes"] / 1e6 / r["seconds"]
    per_core = rate / r["workers"]
    mem = f"peak {r['peak_mb']:.0f} MB"
    if "worker_peak_mb" in r:
        mem = f"peak main {r['peak_mb']:.0f} MB, largest worker {r['worker_peak_mb']:.0f} MB"
    return (f"{r['corpus']:5} {r['workers']:2} core(s): {r['articles']:6} articles "
            f"({r['bytes'] / 1e6:5.1f} MB) in {r['seconds']:6.2f} s = {rate:7.0f} articles/s "
            f"({per_core:6.0f}/core), {mbs:5.2f} MB/s; {mem}; read {r['read_s']:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="seed articles to build (default 10,000)")
    parser.add_argument("--brief", default=DEFAULT_BRIEF)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="cores for the all-core run")
    parser.add_argument("--corpus", choices=("seeds", "bbc", "both"), default="both")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of a one-core run instead")
    parser.add_argument("--stages", action="store_true", help="print ms per article in each engine stage instead")
    parser.add_argument("--against", metavar="REV",
                        help="compare this working tree's engine with git revision REV (one core, alternating runs)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per side with --against (default 5)")
    parser.add_argument("--measure", choices=("seeds", "bbc"), help=argparse.SUPPRESS)
    parser.add_argument("--engine-root", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:
        if args.engine_root:
            sys.path.insert(0, args.engine_root)  # that tree's tui/, ahead of this one's
        import tui

        result = measure(args.measure, args.n, args.workers, args.brief)
        result["engine"] = tui.__file__
        print(json.dumps(result))
        return 0
    if args.against:
        from against import compare

        corpora = ["seeds", "bbc"] if args.corpus == "both" else [args.corpus]
        brief = None if args.brief == DEFAULT_BRIEF else args.brief
        return compare(args.against, corpora, args.n, max(1, args.repeats), brief, corpus_available)
    corpora = ["seeds", "bbc"] if args.corpus == "both" else [args.corpus]
    if args.profile or args.stages:
        for corpus in corpora:
            if corpus_available(corpus):
                from inside import profile, stages

                run = profile if args.profile else stages
                n = min(args.n, 3000 if args.profile else 1000) if corpus == "seeds" else args.n
                run(load_corpus(corpus, n), corpus, args.brief)
        return 0

    print(f"brief: {args.brief}; {os.cpu_count()} CPU(s); Python {sys.version.split()[0]}")
    results = []
    for corpus in corpora:
        if not corpus_available(corpus):
            print(f"{corpus}: {BBC} not found; skipping the BBC corpus")
            continue
        for workers in dict.fromkeys([1, args.workers]):
            r = run_in_subprocess(corpus, args.n, workers, args.brief)
            results.append(r)
            print(report_line(r), flush=True)
    one = next((r for r in results if r["corpus"] == "seeds" and r["workers"] == 1), None)
    if one:
        rate = one["articles"] / one["seconds"]
        print(f"target: >= 1,000 articles/s per core: {'met' if rate >= 1000 else 'NOT met'} ({rate:.0f}); "
              f"< 250 MB peak for {one['articles']} articles: "
              f"{'met' if one['peak_mb'] < 250 else 'NOT met'} ({one['peak_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
