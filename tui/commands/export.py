"""``brief export [PATH|BRIEF ...] [--brief FILE] [-o FILE|-] [--force] [--no-cards] [--stdout]``.

Writes the Markdown briefing of a set of articles. With no PATH it exports the
seed corpus with the Track Two brief. An existing file is never overwritten
without ``--force``; the write is atomic (see tui/briefing/write.py). Set
``SOURCE_DATE_EPOCH`` to fix the "Generated" time (reproducible output).
"""

from __future__ import annotations

from ..articles.safe_text import printable

import sys

from .common import (EXIT_BAD_INPUT, NO_ARTICLES, SEEDS_BRIEF, SEEDS_DIR, add_brief_option, add_store_option,
                     engine_or_exit, opened_store, print_problems, report_article, split_brief_from_paths)

DEFAULT_OUTPUT = "briefing.md"


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="write the Markdown briefing of a set of articles")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files, folders or globs (a .yaml among them is the brief); "
                        "default: the seeds with briefs/track-two.yaml")
    add_brief_option(p)
    add_store_option(p)
    p.add_argument("-o", "--output", metavar="FILE", default=None,
                   help=f"where to write the briefing ('-' = stdout); default: {DEFAULT_OUTPUT}")
    p.add_argument("--stdout", action="store_true", help="print the briefing instead of writing a file")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    p.add_argument("--no-cards", action="store_true", help="leave out the per-article cards")
    p.set_defaults(run=run)


def fixed_time():
    """SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the "Generated" time."""
    import os
    from datetime import datetime, timezone

    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value.isdigit():
        return datetime.fromtimestamp(int(value), timezone.utc)
    return None


def run(args) -> int:
    from ..briefing import BriefingExists, BriefingOptions, BriefingWriteError, render_briefing, write_atomic
    from ..workspace import Workspace

    paths, brief = split_brief_from_paths(list(args.paths), args.brief)
    if not paths:
        paths = [str(SEEDS_DIR)]
        if brief is None:
            brief = str(SEEDS_BRIEF)
    to_stdout = args.stdout or args.output == "-"
    if args.stdout and args.output not in (None, "-"):
        print("give either --stdout or -o FILE, not both", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = args.output or DEFAULT_OUTPUT
    if not to_stdout and not args.force:
        from pathlib import Path

        if Path(output).exists():  # fail before the work, not after it
            print(f"{output}: already exists; use --force to overwrite it or choose another name",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
    engine = engine_or_exit(brief)
    with opened_store(args) as store:
        workspace = Workspace.load(paths, engine, store=store, brief_spec=str(brief) if brief else None)
    print_problems(workspace.problems)
    for entry in workspace.entries:
        report_article(entry.article)
    good = [e for e in workspace.entries if e.ok]
    if not good:
        print(NO_ARTICLES, file=sys.stderr)
        return EXIT_BAD_INPUT
    text = render_briefing(workspace, BriefingOptions(cards=not args.no_cards, generated_at=fixed_time()))
    if to_stdout:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    try:
        written = write_atomic(output, text, force=args.force)
    except (BriefingExists, BriefingWriteError) as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    n = len(good)
    print(f"wrote {written} ({n} article{'s' if n != 1 else ''})", file=sys.stderr)
    return 0
