"""The ``brief`` command: ``brief [read] PATH``, ``card``, ``check``, ``eval`` and more.

Each subcommand lives in ``tui/commands/<name>.py`` with ``add_parser`` and ``run``;
the Textual reader is imported only when a command needs it, so the engine
commands start fast and never load Textual.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys

COMMANDS = ("read", "card", "check", "eval", "compare", "export", "search", "serve")
"""Subcommand modules under tui/commands/, in help order."""


def version() -> str:
    """The installed package's version (the source tree's when it is not installed)."""
    from importlib.metadata import PackageNotFoundError, version as package_version

    try:
        return package_version("briefing-reader")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brief",
        description="Briefing reader: articles beside rule-built cards of actors, claims and denials.")
    parser.add_argument("--version", action="version", version=f"brief {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"tui.commands.{name}").add_parser(sub)
    return parser


def hold_gc_for_startup() -> None:
    """Hold Python's cyclic garbage collector while the program starts.

    Importing Textual and the engine and building the first screen allocate
    hundreds of thousands of objects that live as long as the program; the
    collections they set off scan them again and again, 50-100 ms of the
    reader's start. The reader turns the collector back on once its first
    screen is painted (and freezes what the start made); other commands as
    soon as their arguments are read.
    """
    gc.disable()


def main(argv: list[str] | None = None) -> int:
    hold_gc_for_startup()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "read")
    try:
        args = parser.parse_args(argv)
    finally:
        if argv[0] != "read":
            gc.enable()
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
