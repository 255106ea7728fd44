"""``brief card PATH... [--brief FILE] [--json | --jsonl]``: cards as readable output or JSON.

Cards are streamed: each is written as soon as it is made (on every core for a large
folder, in file order), so memory stays bounded whatever the folder's size and a
consumer sees the first card at once. ``--json`` still writes one valid JSON array,
byte for byte what ``json.dump(cards, indent=2)`` would; ``--jsonl`` writes one
compact object per line, for tools that read line by line.
"""

from __future__ import annotations

import gc
import json
import sys
from typing import Iterator, TextIO

from ..articles.reader import expand_paths
from ..articles.safe_text import printable
from ..cards.model import Card
from ..store.pool import StoredPool
from .common import (DEFAULT_BRIEF, EXIT_BAD_INPUT, NO_ARTICLES, add_brief_option, add_store_option,
                     engine_or_exit, opened_store, print_problems, report_article, split_brief_from_paths)
from .json_text import indented


def add_parser(sub) -> None:
    p = sub.add_parser("card", help="print the card of each article (Rich text, --json or --jsonl)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or globs")
    add_brief_option(p)
    add_store_option(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON array, one object per article")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object per line, one line per article")
    p.set_defaults(run=run)


def run(args) -> int:
    paths, brief = split_brief_from_paths(args.paths, args.brief)
    engine = engine_or_exit(brief)
    files, problems = expand_paths(paths)
    print_problems(problems)
    with opened_store(args) as store:
        pool = StoredPool(engine, brief or DEFAULT_BRIEF, files, store)
        cards = _collected_between(_good_cards(pool, card_warnings=args.json or args.jsonl))
        if args.json:
            written = write_json_array(cards, sys.stdout)
        elif args.jsonl:
            written = write_json_lines(cards, sys.stdout)
        else:
            from ..cards.render import print_cards  # Rich only when printing for people

            printed = list(cards)
            print_cards(printed)
            written = len(printed)
    if not written:
        print(NO_ARTICLES, file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _good_cards(pool: StoredPool, card_warnings: bool) -> Iterator[Card]:
    """The cards of the readable articles, in file order; problems go to stderr as they come
    (with ``card_warnings``, also what the engine warned of, such as a rule cut off: JSON
    output has no panel to show it in)."""
    for article, card in pool.cards():
        report_article(article)
        if card_warnings:
            for warning in card.warnings[len(article.warnings):]:  # the article's own were printed
                print(f"warning: {printable(warning)}", file=sys.stderr)
        if article.ok:
            yield card


COLLECT_EVERY = 64
"""Cards written between two runs of the cyclic garbage collector."""


def _collected_between(cards: Iterator[Card]) -> Iterator[Card]:
    """The cards, with Python's cyclic collector run between cards instead of inside them.

    A card is a tree (no reference cycles), and building one makes almost no cyclic
    garbage, but the collector cannot know it: while a long article's card grows, every
    full collection scans it all again (0.5-0.7 s of a 2 MB paragraph's 6 s). The engine,
    which lives as long as the command, is frozen out of the collections; whatever cycles
    a few dozen cards leave are collected after them."""
    gc.freeze()
    gc.disable()
    try:
        for count, card in enumerate(cards, 1):
            yield card
            if count % COLLECT_EVERY == 0:
                gc.collect()
    finally:
        gc.enable()


def write_json_array(cards: Iterator[Card], out: TextIO) -> int:
    """Write the cards as one indented JSON array, each as soon as it comes; nothing at all
    when there is none (the caller says why). Returns how many were written."""
    count = 0
    for card in cards:
        item = indented(card.to_json(), level=1)
        out.write(("[\n  " if count == 0 else ",\n  ") + item)
        out.flush()
        count += 1
    if count:
        out.write("\n]\n")
    return count


def write_json_lines(cards: Iterator[Card], out: TextIO) -> int:
    """Write one compact JSON object per line (JSON escapes newlines inside strings)."""
    count = 0
    for card in cards:
        out.write(json.dumps(card.to_json(), ensure_ascii=False) + "\n")
        out.flush()
        count += 1
    return count
