"""``brief serve [PATH...] [--brief FILE] [--host 127.0.0.1] [--port 8000]``: the reader in a browser.

Needs the optional ``[serve]`` extra (textual-serve); without it this command
says in one line how to install it, and everything else works as before. The
brief and the articles are checked here, before anything listens, so a bad
brief or an empty folder is reported once at the terminal instead of in every
browser tab; each tab then runs ``brief read --served`` on the same paths.
"""

from __future__ import annotations

import importlib.util
import shlex
import socket
import sys

from ..serve.listen import DEFAULT_HOST, DEFAULT_PORT, exposure_warning, host_name, port_number, port_problem
from .common import EXIT_BAD_INPUT, add_brief_option
from .read import reading

MISSING_EXTRA = ("brief serve needs textual-serve, which is not installed; "
                 "install it with: .venv/bin/pip install -e '.[serve]'")
TITLE = "Briefing reader"
READER_PRELUDE = "trap '' INT; exec "


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="serve the reader to web browsers, one reader per tab (needs the [serve] extra)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files, folders or globs; a .yaml is the brief (default: the seeds)")
    add_brief_option(p)
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.set_defaults(run=run)


def serve_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("textual_serve", "aiohttp", "aiohttp_jinja2"))


def reader_command(paths: list[str], brief: str | None) -> str:
    """The shell command that runs one browser tab's reader (textual-serve runs it with sh -c).

    ``exec`` makes the reader the server's own child, so stopping it needs no shell in
    between. Ctrl+C in the terminal signals the readers too; a reader still starting up
    would die of it with a traceback, so the signal is ignored until the reader's own
    handler takes over (the server asks every reader to quit anyway)."""
    argv = [sys.executable, "-m", "tui.cli", "read", "--served"]
    if brief:
        argv += ["--brief", brief]
    return READER_PRELUDE + shlex.join(argv + ["--", *paths])


def page_url(host: str, port: int) -> str:
    """The address to give a browser (a wildcard host is reached by this machine's name)."""
    name = host_name(host)
    if name in ("", "0.0.0.0", "::"):
        name = socket.gethostname()
    if ":" in name:
        name = f"[{name}]"
    return f"http://{name}:{port}/"


def run(args) -> int:
    if not serve_installed():
        print(MISSING_EXTRA, file=sys.stderr)
        return EXIT_BAD_INPUT
    found = reading(args.paths, args.brief)
    if found is None:
        return EXIT_BAD_INPUT
    paths, brief, _, count = found
    problem = port_problem(args.host, args.port)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    warning = exposure_warning(args.host, args.port)
    if warning:
        print(warning, file=sys.stderr)
    from ..serve.server import ReaderServer, ServeError

    banner = (f"Serving {count:,} article{'s' if count != 1 else ''} at {page_url(args.host, args.port)} "
              "(each browser tab runs its own reader; Ctrl+C stops)")
    server = ReaderServer(reader_command(paths, brief), args.host, args.port, TITLE, banner=banner)
    try:
        server.serve()
    except ServeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    print("stopped.", flush=True)
    return 0
