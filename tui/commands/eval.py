"""``brief eval GOLD.yaml CORPUS_DIR [--brief FILE]``: precision, recall, F1 and every error."""

from __future__ import annotations

import sys

from ..evaluation.gold import CATEGORIES, GoldError, evaluate
from .common import EXIT_BAD_INPUT, add_brief_option, engine_or_exit


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="score cards against a gold file (precision, recall, F1)")
    p.add_argument("gold", help="gold labels in the format of shared/gold/GUIDELINE.md")
    p.add_argument("corpus", help="folder holding the gold file's articles")
    add_brief_option(p)
    p.add_argument("--quiet", action="store_true", help="print the scores only, not each miss")
    p.set_defaults(run=run)


def run(args) -> int:
    engine = engine_or_exit(args.brief)
    try:
        report = evaluate(args.gold, args.corpus, engine)
    except GoldError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"brief: {', '.join(engine.brief.files)}")
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for category in CATEGORIES:
        s = report.scores[category]
        print(f"{category:10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")
    if not args.quiet and report.findings:
        print(f"\n{len(report.findings)} misses and false positives:")
        for finding in report.findings:
            print(f"  {finding}")
    return 0
