"""What ``brief serve`` relies on in textual-serve beyond its documented ``Server``.

textual-serve is pinned below 2 in pyproject.toml; if an update renames one of
these, this test says which, instead of every browser tab failing at run time.
"""

from __future__ import annotations

import asyncio
import inspect
import time

import pytest

pytest.importorskip("textual_serve", reason="textual-serve is not installed (pip install -e '.[serve]')")

from textual_serve.app_service import AppService  # noqa: E402
from textual_serve.download_manager import DownloadManager  # noqa: E402
from textual_serve.server import Server  # noqa: E402


async def _nothing(*_args) -> None:
    return None


class ClosedSocket:
    """A browser tab whose websocket is already closed."""

    closed = True


def test_the_private_names_the_server_uses_still_exist():
    assert inspect.iscoroutinefunction(getattr(Server, "_process_messages", None)), (
        "textual_serve.server.Server._process_messages (the browser protocol) is gone: "
        "tui/serve/server.py must relay the websocket itself")
    service = AppService("true", write_bytes=_nothing, write_str=_nothing, close=_nothing,
                         download_manager=DownloadManager())
    assert hasattr(service, "_process"), (
        "textual_serve AppService._process is gone: tui/serve/server.py cannot kill a reader "
        "that does not quit, so Ctrl+C may leave processes behind")
    for name in ("start", "stop"):
        assert inspect.iscoroutinefunction(getattr(AppService, name, None)), f"AppService.{name} is gone"


def test_the_page_template_and_statics_are_where_the_server_looks():
    server = Server("true")
    assert (server.templates_path / "app_index.html").is_file()
    assert (server.statics_path / "js" / "textual.js").is_file()


def test_the_server_imports_no_textual():
    from test_import_hygiene import imported_textual

    assert imported_textual("tui.serve.server", "tui.commands.serve") == []


LEADER = ("import os, subprocess, sys, time; os.setpgid(0, 0); "
          "subprocess.Popen(['sleep', '60']); print('started', flush=True); time.sleep(60)")
"""A stand-in reader that leads its own process group, starts a worker and ignores 'quit'."""


def test_a_reader_that_ignores_quit_is_killed_with_its_workers():
    import shlex
    import sys

    from tui.serve.server import ReaderServer, Tab

    from .conftest import children, running

    async def scenario() -> tuple[int | None, list[int]]:
        server = ReaderServer("exec " + shlex.join([sys.executable, "-c", LEADER]), "127.0.0.1", 8000, "test")
        service = AppService(server.command, write_bytes=_nothing, write_str=_nothing, close=_nothing,
                             download_manager=server.download_manager)
        await service.start(80, 24)
        tab = Tab(ClosedSocket(), service)  # type: ignore[arg-type]
        server.tabs.add(tab)
        loop = asyncio.get_running_loop()
        started = loop.time()
        while not children(tab.process.pid) and loop.time() - started < 10:
            await asyncio.sleep(0.05)
        workers = children(tab.process.pid)
        await server.end_tab(tab)
        assert loop.time() - started < 15
        assert not server.tabs and tab.over.is_set()
        return tab.process.returncode, workers

    code, workers = asyncio.run(scenario())
    assert code is not None and workers
    deadline = time.monotonic() + 5
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in workers), "the killed reader's worker is still running"
