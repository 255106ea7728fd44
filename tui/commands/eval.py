"""``brief eval``: precision, recall, F1 per story and pooled, kind accuracy, every error.

    brief eval GOLD.yaml CORPUS_DIR                one gold file and its articles
    brief eval G1.yaml C1 G2.yaml C2 ...           several, each scored, then pooled
    brief eval SET_DIR                             a labelled set: SET_DIR/gold/<story>.yaml
                                                   with SET_DIR/corpus/<story>/ (or gold.yaml + corpus/)

The pooled figure is micro-averaged (counts summed over every article), as the
reference scorer computes it on the pooled files.
"""

from __future__ import annotations

from ..articles.safe_text import printable

import argparse
import sys

from ..evaluation.gold import GoldError, evaluate_stories, find_stories
from ..evaluation.rules import RuleTally
from ..evaluation.text import findings_block, rules_block, score_block, story_table
from .common import EXIT_BAD_INPUT, add_brief_option, add_store_option, engine_or_exit, opened_store


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="score cards against gold labels (precision, recall, F1), per story and pooled",
                       description=__doc__.replace("``", ""), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="GOLD CORPUS | SET_DIR",
                   help="GOLD.yaml CORPUS_DIR pairs and/or labelled set folders, in any mix")
    add_brief_option(p)
    add_store_option(p)
    p.add_argument("--quiet", action="store_true", help="print the scores only, not each miss")
    p.add_argument("--by-rule", action="store_true",
                   help="items made and right per rule; attribution and classify rules that never fired")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        stories = find_stories(args.paths)
    except GoldError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    engine = engine_or_exit(args.brief)
    tally = RuleTally(engine.brief) if args.by_rule else None
    from ..store.cards import card_article

    try:
        with opened_store(args) as store:
            reports, pooled = evaluate_stories(stories, engine, tally,
                                               card_of=lambda article: card_article(engine, article, store))
    except GoldError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    lines = [f"brief: {', '.join(engine.brief.files)}"]
    if len(reports) > 1:
        lines += story_table(reports)
        lines.append(f"\npooled: {len(reports)} stories, {pooled.articles} articles (micro-averaged)")
    else:
        lines.append(f"{reports[0].story.name}: {pooled.articles} articles")
    lines += score_block(pooled)
    if not args.quiet:
        lines += findings_block(reports)
    if tally is not None:
        lines += rules_block(tally)
    print("\n".join(lines))
    return 0
