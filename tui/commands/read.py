"""``brief read PATH... [--brief FILE]``: the Textual reader (also ``brief`` and ``brief PATH``)."""

from __future__ import annotations

import argparse
import sys

from ..cards.engine import CardEngine
from .common import (EXIT_BAD_INPUT, SEEDS_BRIEF, SEEDS_DIR, add_brief_option, add_store_option, engine_or_exit,
                     print_problems, split_brief_from_paths)


def add_parser(sub) -> None:
    p = sub.add_parser("read", help="open articles in the reader (default: the seeds with briefs/track-two.yaml)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files, folders or globs; a .yaml is the brief")
    add_brief_option(p)
    # `brief serve` starts one reader per browser tab with this flag (see tui/app/served.py)
    p.add_argument("--served", action="store_true", help=argparse.SUPPRESS)
    add_store_option(p)
    p.set_defaults(run=run)


def reading(path_args: list[str], brief_arg: str | None) -> tuple[list[str], str | None, CardEngine, int] | None:
    """The paths, brief, engine and number of files the reader opens (the seeds by default),
    or None after printing why there is nothing to read. A bad brief exits with status 2."""
    paths, brief = split_brief_from_paths(list(path_args), brief_arg)
    if not paths:
        paths = [str(SEEDS_DIR)]
        if brief is None and not path_args:
            brief = str(SEEDS_BRIEF)
    engine = engine_or_exit(brief)
    from ..articles.reader import expand_paths

    files, problems = expand_paths(paths)
    if not files:
        print_problems(problems)
        print("no articles to read; give a folder, glob or files of .txt/.md articles", file=sys.stderr)
        return None
    return paths, brief, engine, len(files)


def run(args) -> int:
    found = reading(args.paths, args.brief)
    if found is None:
        return EXIT_BAD_INPUT
    paths, brief, engine, _ = found
    if getattr(args, "served", False):  # a browser tab of `brief serve`
        from ..app.served import leave_terminal_group, make_served_app as make

        leave_terminal_group()
    else:
        from ..app.app import make_app as make  # Textual only when the reader runs

    from ..store import open_store

    app = make(paths, brief, engine=engine, store=open_store(args.no_store))
    app.run()
    return int(app.return_code or 0)
