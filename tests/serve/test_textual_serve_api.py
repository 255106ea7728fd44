"""What ``brief serve`` relies on in textual-serve beyond its documented ``Server``.

textual-serve is pinned below 2 in pyproject.toml; if an update renames one of
these, this test says which, instead of every browser tab failing at run time.
"""

from __future__ import annotations

import asyncio
import inspect

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


def test_no_reader_is_left_when_it_ignores_the_request_to_quit(tmp_path):
    """A reader that does not quit when asked is killed, and the server waits for it."""
    from tui.serve.server import ReaderServer, Tab

    async def scenario() -> int | None:
        server = ReaderServer("exec sleep 60", "127.0.0.1", 8000, "test")
        server_quit = asyncio.get_running_loop().time()
        service = AppService(server.command, write_bytes=_nothing, write_str=_nothing, close=_nothing,
                             download_manager=server.download_manager)
        await service.start(80, 24)
        tab = Tab(ClosedSocket(), service)  # type: ignore[arg-type]
        server.tabs.add(tab)
        await server.end_tab(tab)
        assert asyncio.get_running_loop().time() - server_quit < 10
        assert not server.tabs and tab.over.is_set()
        return tab.process.returncode

    assert asyncio.run(scenario()) is not None
