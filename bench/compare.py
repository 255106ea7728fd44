"""Comparison speed: two ~4 KB articles side by side, and the overview of 200 articles.

    python bench/compare.py                  # default pack; seeds and (if present) the BBC corpus
    python bench/compare.py --brief briefs/track-two.yaml --n 200 --repeat 50

Cards are built before the clock starts (card speed is bench/extract.py's job);
the figures are for tui.comparison.compare and tui.comparison.overview alone.
Pair: the two longest seeds (000 and 001, ~5 KB and ~3 KB) and, if present, two
~4 KB BBC articles. Overview: the seeds repeated to N articles, and N real BBC
articles (../shared/corpus/bbc, never copied into the project).

Targets (issue 4): pair well under 50 ms; overview of 200 articles under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tui.articles.reader import article_from_text, read_article  # noqa: E402
from tui.cards.engine import CardEngine  # noqa: E402
from tui.comparison import compare, overview  # noqa: E402
from tui.rules.loader import load_brief  # noqa: E402

SEEDS = PROJECT / "seeds"
BBC = (PROJECT.parent / "shared" / "corpus" / "bbc") if (PROJECT.parent / "shared" / "corpus" / "bbc").is_dir() \
    else Path("/work/shared/corpus/bbc")


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--brief", default="default")
    ap.add_argument("--n", type=int, default=200, help="articles in the overview (default 200)")
    ap.add_argument("--repeat", type=int, default=30, help="pair comparisons to time (median reported)")
    args = ap.parse_args()
    engine = CardEngine(load_brief(args.brief))
    print(f"brief: {args.brief}")

    seeds = [read_article(p) for p in sorted(SEEDS.glob("*.txt"))]
    seed_cards = [engine.card(a) for a in seeds]
    a, b = 0, 1
    med, worst = timed(lambda: compare(seed_cards[a], seed_cards[b], seeds[a].text, seeds[b].text), args.repeat)
    c = compare(seed_cards[a], seed_cards[b], seeds[a].text, seeds[b].text)
    print(f"pair  seeds {a} vs {b} ({len(seeds[a].text)} + {len(seeds[b].text)} chars): "
          f"median {med:.1f} ms, max {worst:.1f} ms "
          f"({len(c.aligned)} aligned, {len(c.discrepancies)} discrepancies)")

    bbc_files = sorted(BBC.glob("*.txt")) if BBC.is_dir() else []
    if bbc_files:
        near4k = [p for p in bbc_files if 3500 <= p.stat().st_size <= 4500][:2]
        if len(near4k) == 2:
            arts = [read_article(p) for p in near4k]
            cards = [engine.card(x) for x in arts]
            med, worst = timed(lambda: compare(cards[0], cards[1], arts[0].text, arts[1].text), args.repeat)
            print(f"pair  bbc {near4k[0].name} vs {near4k[1].name} "
                  f"({len(arts[0].text)} + {len(arts[1].text)} chars): median {med:.1f} ms, max {worst:.1f} ms")

    n = args.n
    rep = [article_from_text(seeds[i % len(seeds)].text, f"seed{i:03d}.txt") for i in range(n)]
    rep_cards = [engine.card(x) for x in rep]
    texts = [x.text for x in rep]
    med, worst = timed(lambda: overview(rep_cards, texts), 3)
    o = overview(rep_cards, texts)
    print(f"overview  seeds x{n // len(seeds)} ({n} articles): median {med:.0f} ms, max {worst:.0f} ms "
          f"({len(o.actors)} actors, {len(o.shared_statements)} shared statements, {len(o.denials)} denials)")

    if bbc_files:
        step = max(1, len(bbc_files) // n)
        picked = bbc_files[::step][:n]
        arts = [read_article(p) for p in picked]
        cards = [engine.card(x) for x in arts]
        texts = [x.text for x in arts]
        med, worst = timed(lambda: overview(cards, texts), 3)
        o = overview(cards, texts)
        print(f"overview  bbc ({len(arts)} articles, {sum(map(len, texts)) // 1000} KB): "
              f"median {med:.0f} ms, max {worst:.0f} ms "
              f"({len(o.actors)} actors, {len(o.shared_statements)} shared statements, {len(o.denials)} denials)")
    else:
        print(f"overview  bbc: skipped ({BBC} not found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
