"""Inside one core's carding: ``bench/extract.py --profile`` and ``--stages``.

Split from extract.py so that each file keeps one job: extract.py measures whole
runs (speed, memory, one revision against another); this module looks inside one.
"""

from __future__ import annotations

import sys
import time


def profile(articles: list, corpus: str, brief: str, top: int = 15) -> None:
    import cProfile
    import pstats

    from tui.cards.engine import CardEngine

    engine = CardEngine.from_path(brief)
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        engine.card(a)
    prof.disable()
    print(f"\n== cProfile: {len(articles)} {corpus} articles, one core, top {top} by cumtime")
    pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats("cumulative").print_stats(top)


def stages(articles: list, corpus: str, brief: str, reps: int = 3) -> None:
    """Where a card's time goes: the engine's stages timed one by one (best of ``reps``),
    so the slowest stage is the one to work on next."""
    from tui.articles.segment import segment
    from tui.cards.engine import CardEngine
    from tui.rules.budget import budget_for_card, seconds_for

    engine = CardEngine.from_path(brief)
    for a in articles[:20]:
        engine.card(a)  # warm the per-brief caches, as a session does after its first cards
    finder, statements = engine.actor_finder, engine.statement_finder
    best: dict[str, float] = {}
    for _ in range(reps):
        spent = dict.fromkeys(("segment", "boilerplate + metadata", "actor discovery", "actor mentions",
                               "statements", "whole card"), 0.0)
        for a in articles:
            t0 = time.process_time()
            segment(a.text, a.body_start)
            t1 = time.process_time()
            paras = engine.paragraphs(a)
            t2 = time.process_time()
            body = [p for p in paras if not p.boilerplate]
            finder._discover(a.text, body, set())
            t3 = time.process_time()
            actors = finder.find(a.text, paras)
            t4 = time.process_time()
            with budget_for_card(seconds_for(len(a.text or ""))):  # as the engine runs it
                statements.find(a.text, paras, actors)
            t5 = time.process_time()
            engine.card(a)
            t6 = time.process_time()
            for key, seconds in zip(spent, (t1 - t0, t2 - t1 - (t1 - t0), t3 - t2, t4 - t3 - (t3 - t2),
                                            t5 - t4, t6 - t5)):
                spent[key] += seconds
        for key, seconds in spent.items():
            best[key] = min(best.get(key, seconds), seconds)
    print(f"\n== stages: {len(articles)} {corpus} articles, CPU ms per article (best of {reps})")
    for key, seconds in best.items():
        print(f"  {key:24} {seconds / len(articles) * 1000:6.3f}")
