"""``brief card PATH... [--brief FILE] [--json]``: cards as readable output or JSON per DESIGN.md."""

from __future__ import annotations

import json
import sys

from ..articles.safe_text import printable
from .common import add_brief_option, articles_or_exit, engine_or_exit, split_brief_from_paths


def add_parser(sub) -> None:
    p = sub.add_parser("card", help="print the card of each article (Rich text or --json)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs")
    add_brief_option(p)
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per article")
    p.set_defaults(run=run)


def run(args) -> int:
    paths, brief = split_brief_from_paths(args.paths, args.brief)
    engine = engine_or_exit(brief)
    articles = articles_or_exit(paths)
    cards = [engine.card(a) for a in articles]
    if args.json:
        for article, card in zip(articles, cards):
            for warning in card.warnings[len(article.warnings):]:  # the article's own were printed
                print(f"warning: {printable(warning)}", file=sys.stderr)
        json.dump([c.to_json() for c in cards], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from ..cards.render import print_cards  # Rich only when printing for people

    print_cards(cards)
    return 0
