"""``brief compare A B [--brief FILE] [--json]``: two articles side by side.

With more than two articles, or ``--overview``, prints the whole-set overview
instead (actor matrix, statements several articles carry, every denial).
"""

from __future__ import annotations

import json
import sys

from .common import (EXIT_BAD_INPUT, add_brief_option, add_store_option, articles_or_exit, engine_or_exit,
                     opened_store, split_brief_from_paths)


def add_parser(sub) -> None:
    p = sub.add_parser("compare", help="compare two articles (or --overview of a set): actors, statements, "
                                       "discrepancies")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="two article files (or, with --overview, files, folders or globs)")
    add_brief_option(p)
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p.add_argument("--overview", action="store_true", help="overview of the whole set instead of a pair")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..comparison import compare, overview
    from ..store.cards import card_articles

    paths, brief = split_brief_from_paths(args.paths, args.brief)
    engine = engine_or_exit(brief)
    articles = articles_or_exit(paths)
    if not args.overview and len(articles) != 2:
        print(f"compare needs exactly two readable articles, got {len(articles)}; "
              "name two files, or add --overview for the whole set", file=sys.stderr)
        return EXIT_BAD_INPUT
    with opened_store(args) as store:
        cards = card_articles(engine, articles, store)
    texts = [a.text for a in articles]
    if args.overview:
        result = overview(cards, texts)
    else:
        result = compare(cards[0], cards[1], texts[0], texts[1])
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from rich.console import Console

    from ..comparison.render import comparison_panel, overview_renderable

    console = Console()
    console.print(overview_renderable(result) if args.overview else comparison_panel(result))
    return 0
