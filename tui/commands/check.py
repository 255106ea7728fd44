"""``brief check BRIEF``: validate a brief and run its rules' inline examples."""

from __future__ import annotations

import sys

from ..articles.safe_text import printable
from ..rules.backtracking import backtracking_warnings
from ..rules.examples import check_examples
from ..rules.loader import load_brief
from ..rules.problems import BriefError
from .common import EXIT_BAD_INPUT


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="validate a brief and run its inline rule examples")
    p.add_argument("brief", help="YAML brief or pack name")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        brief = load_brief(args.brief)
    except BriefError as exc:
        for problem in exc.problems:
            print(printable(str(problem)), file=sys.stderr)
        return EXIT_BAD_INPUT
    for warning in backtracking_warnings(brief.rules):
        print(printable(warning), file=sys.stderr)
    problems = check_examples(brief)
    for problem in problems:
        print(printable(str(problem)), file=sys.stderr)
    examples = sum(len(r.examples_match) + len(r.examples_no_match) for r in brief.rules)
    if problems:
        print(f"{len(problems)} problem(s) in {len(brief.files)} file(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(brief.rules)} rules, {len(brief.actors)} actors, {examples} examples passed "
          f"({', '.join(brief.files)})")
    return 0
