"""Helpers the subcommands share: loading a brief and articles with one-line errors."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from ..articles.model import Article
from ..articles.reader import read_articles
from ..articles.safe_text import printable
from ..cards.engine import CardEngine
from ..rules.loader import BRIEFS_DIR, load_brief
from ..rules.problems import BriefError
from ..store import Store, open_store

PROJECT_DIR = BRIEFS_DIR.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
DEFAULT_BRIEF = "default"
SEEDS_BRIEF = BRIEFS_DIR / "track-two.yaml"
EXIT_BAD_INPUT = 2
NO_ARTICLES = "no readable articles; give a folder, glob or files of .txt/.md articles"


def add_brief_option(parser) -> None:
    parser.add_argument("--brief", metavar="FILE",
                        help="brief or rule pack (a YAML path, or a pack name in briefs/); default: default")


def add_store_option(parser) -> None:
    parser.add_argument("--no-store", action="store_true",
                        help="neither use nor keep cards in the store (as BRIEF_STORE=off)")


def print_store_notices(store: Store) -> None:
    for notice in store.take_notices():
        print(printable(notice), file=sys.stderr)


@contextmanager
def opened_store(args) -> Iterator[Store]:
    """The store for a command (off with ``--no-store``), its notices on stderr, and what it
    was handed written before the command ends."""
    store = open_store(getattr(args, "no_store", False))
    print_store_notices(store)
    try:
        yield store
    finally:
        store.close()
        print_store_notices(store)


def engine_or_exit(brief: str | None) -> CardEngine:
    """Load the brief; on problems print them one per line and exit with status 2."""
    try:
        return CardEngine(load_brief(brief or DEFAULT_BRIEF))
    except BriefError as exc:
        for problem in exc.problems:
            print(printable(str(problem)), file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT) from None


def split_brief_from_paths(paths: list[str], brief: str | None) -> tuple[list[str], str | None]:
    """A YAML file among the paths is the brief ("brief read seeds/ briefs/x.yaml")."""
    rest = []
    for p in paths:
        if p.endswith((".yaml", ".yml")) and Path(p).is_file() and brief is None:
            brief = p
        else:
            rest.append(p)
    return rest, brief


def print_problems(problems: Iterable[str]) -> None:
    """The problems met while gathering articles (a path that matched nothing, a folder that
    could not be read), one line each on stderr, made printable: a path can hold anything."""
    for problem in problems:
        print(printable(problem), file=sys.stderr)


def report_article(article: Article) -> None:
    """Print an article's warnings, or why it was skipped, one line each on stderr."""
    for warning in article.warnings:
        print(f"warning: {printable(warning)}", file=sys.stderr)
    if article.error:
        print(f"skipped: {printable(article.error)}", file=sys.stderr)


def articles_or_exit(paths: list[str]) -> list[Article]:
    articles, problems = read_articles(paths)
    print_problems(problems)
    for article in articles:
        report_article(article)
    good = [a for a in articles if a.ok]
    if not good:
        print(NO_ARTICLES, file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)
    return good
