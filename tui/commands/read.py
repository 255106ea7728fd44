"""``brief read PATH... [--brief FILE]``: the Textual reader (also ``brief`` and ``brief PATH``)."""

from __future__ import annotations

import sys

from ..articles.safe_text import printable
from .common import (EXIT_BAD_INPUT, SEEDS_BRIEF, SEEDS_DIR, add_brief_option, add_store_option, engine_or_exit,
                     split_brief_from_paths)


def add_parser(sub) -> None:
    p = sub.add_parser("read", help="open articles in the reader (default: the seeds with briefs/track-two.yaml)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files, folders or globs; a .yaml is the brief")
    add_brief_option(p)
    add_store_option(p)
    p.set_defaults(run=run)


def run(args) -> int:
    paths, brief = split_brief_from_paths(list(args.paths), args.brief)
    if not paths:
        paths = [str(SEEDS_DIR)]
        if brief is None and not args.paths:
            brief = str(SEEDS_BRIEF)
    engine = engine_or_exit(brief)
    from ..articles.reader import expand_paths

    files, problems = expand_paths(paths)
    if not files:
        for problem in problems:
            print(printable(problem), file=sys.stderr)
        print("no articles to read; give a folder, glob or files of .txt/.md articles", file=sys.stderr)
        return EXIT_BAD_INPUT
    from ..app.app import make_app  # Textual only when the reader runs
    from ..store import open_store

    app = make_app(paths, brief, engine=engine, store=open_store(args.no_store))
    app.run()
    return int(app.return_code or 0)
