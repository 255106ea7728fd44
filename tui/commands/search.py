"""``brief search QUERY [PATH...]``: everything said, across every stored article.

    brief search audit                          lines with the word, every stored article
    brief search "nuclear talks" seeds/         a phrase, in these files (carded first if new)
    brief search sanctions --speaker Kirby      what Kirby (John Kirby, by alias) said about it
    brief search "" seeds --denials             every denial in the seeds
    brief search --quote "nothing about Ukraine without Ukraine" seeds
                                                every article carrying the quote, and how it differs

Without PATH the search covers every file any command has carded into the store
(each with the rules it was last carded with, or --brief's). Exit status 1 when
nothing is found, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..articles.reader import expand_paths
from ..articles.safe_text import printable
from .common import (DEFAULT_BRIEF, EXIT_BAD_INPUT, add_brief_option, engine_or_exit, opened_store,
                     print_problems, report_article, split_brief_from_paths)

SHOWN_CHARS = 160
EXIT_NOTHING = 1


def add_parser(sub) -> None:
    p = sub.add_parser("search", help="search what every stored article says: words, speakers, claims, "
                                      "denials, a quote's travels",
                       description=__doc__.replace("``", ""), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help='words (all must occur), "a phrase", word* for a prefix, a OR b')
    p.add_argument("paths", nargs="*", metavar="PATH", help="search only these files, folders or globs")
    add_brief_option(p)
    p.add_argument("--speaker", metavar="NAME", help="only statements by this speaker (name or alias)")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--claims", action="store_true", help="only claims")
    kind.add_argument("--denials", action="store_true", help="only denials")
    p.add_argument("--quote", metavar="TEXT", help="find this quote, verbatim or reworded, and say what differs")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")
    p.add_argument("--json", action="store_true", help="print the hits as a JSON array")
    p.set_defaults(run=run)


def _split(args) -> tuple[str, list[str]]:
    """The query and the paths: with --quote, or a filter and a first word that names a
    file or folder, every positional is a path."""
    positional = ([args.query] if args.query else []) + list(args.paths)
    filtered = args.speaker is not None or args.claims or args.denials
    if args.quote is not None or (filtered and positional and Path(positional[0]).exists()):
        return "", positional
    return args.query, list(args.paths)


def run(args) -> int:
    from ..store.quotes import track_quote
    from ..store.search import Scope, SearchError, search

    query, paths = _split(args)
    paths, brief = split_brief_from_paths(paths, args.brief)
    if args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    with opened_store(args) as store:
        if not store.enabled:
            print("brief search needs the store (it is off: see above, or BRIEF_STORE=off)", file=sys.stderr)
            return EXIT_BAD_INPUT
        scope = Scope()
        if paths or brief:
            from ..store.keys import rules_key
            from ..store.sync import sync

            engine = engine_or_exit(brief)
            scope = Scope(rules=rules_key(engine.brief))
            if paths:
                files, problems = expand_paths(paths)
                print_problems(problems)
                if not files:
                    print("no articles to search; give a folder, glob or files of .txt/.md articles", file=sys.stderr)
                    return EXIT_BAD_INPUT
                sync(engine, brief or DEFAULT_BRIEF, files, store, on_article=report_article)
                scope = Scope(paths=[str(f) for f in files], rules=scope.rules)
        db = store.connection()
        try:
            if args.quote is not None:
                hits = track_quote(db, args.quote, scope)
            else:
                kind = "claim" if args.claims else "denial" if args.denials else None
                hits = search(db, query, scope, speaker=args.speaker, kind=kind, limit=args.limit)
        except SearchError as exc:
            print(printable(str(exc)), file=sys.stderr)
            return EXIT_BAD_INPUT
        hits = [h for h in hits if Path(h.path).exists()][:args.limit]  # a file deleted since
    if args.json:
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.quote is not None:
        _print_quotes(hits)
    else:
        _print_hits(hits)
    return 0 if hits else EXIT_NOTHING


def shown(words: str, start: int = 0) -> str:
    """The words on one line, around ``start``, at most SHOWN_CHARS long, made safe to print."""
    words = words.replace("\t", " ").strip()
    if len(words) > SHOWN_CHARS:
        begin = max(0, min(start - SHOWN_CHARS // 3, len(words) - SHOWN_CHARS))
        if begin:
            begin = words.find(" ", begin) + 1 or begin  # from a word's start
        words = ("…" if begin else "") + words[begin:begin + SHOWN_CHARS] + "…"
    return printable(words)


def _print_hits(hits) -> None:
    for h in hits:
        who = f"{h.kind}  {h.speaker}" if h.kind != "text" else (f"said by {h.speaker}" if h.speaker else "-")
        print(f"{printable(h.path)}:{h.line}  {printable(who)}  {shown(h.words, h.at)}")
    print(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}", file=sys.stderr)


def _print_quotes(hits) -> None:
    for h in hits:
        how = "verbatim" if h.verbatim else "reworded: " + "; ".join(h.differences)
        print(f"{printable(h.path)}:{h.line}  {shown(h.words)}  ({printable(how)})")
    articles = {h.path for h in hits}
    verbatim = {h.path for h in hits if h.verbatim}
    print(f"{len(articles)} article{'s carry' if len(articles) != 1 else ' carries'} the quote: {len(verbatim)} verbatim, "
          f"{len(articles - verbatim)} only reworded", file=sys.stderr)
