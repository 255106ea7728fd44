"""The web server of ``brief serve``: textual-serve's page and protocol, run safely.

textual-serve (from the Textual authors) starts one reader process per browser
tab: the page's websocket is tied to the process's stdin and stdout, and the
process draws its screen for the browser instead of a terminal. Its own
``Server.serve`` is kept for what it does well (the page, the static files, the
browser protocol, file downloads) and replaced for what ``brief serve``
promises on top:

- requests are checked (:mod:`.guard`): a websocket from another site's page
  is refused, and bound to this machine only, so is a request addressed to a
  name that is not a loopback one;
- the page's websocket address is the one the browser used (textual-serve
  writes the listening address into the page, which is wrong for 0.0.0.0);
- Ctrl+C (SIGINT) or SIGTERM closes every tab's websocket, asks each reader to
  quit, and kills any reader that has not ended within a few seconds; the
  server exits only once every reader process it started has been waited for.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from dataclasses import dataclass, field
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from .guard import host_allowed, origin_allowed
from .listen import bind_problem, is_loopback

log = logging.getLogger("brief.serve")

QUIT_SECONDS = 3.0
"""How long a reader is given to quit after it is asked before it is killed."""
CLOSE_SECONDS = 2.0
"""How long closing a tab's websocket waits for the browser's answer."""
SHUTDOWN_SECONDS = 8.0
"""The longest Ctrl+C waits for every tab to end (quit, then kill) before the server exits."""


@dataclass(eq=False)
class Tab:
    """One browser tab: its websocket, the service relaying it, and when it is over."""

    websocket: web.WebSocketResponse
    service: AppService
    over: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def process(self) -> asyncio.subprocess.Process | None:
        # textual-serve keeps the process in a private attribute; tests/serve check it exists
        return getattr(self.service, "_process", None)


def kill(pid: int) -> None:
    """Kill a running reader and its process group (its card workers); the group's id is
    the reader's pid, which cannot belong to anyone else while the reader is alive."""
    try:
        os.killpg(pid, signal.SIGKILL)
        return
    except (ProcessLookupError, PermissionError, OSError):
        pass  # not a group leader (its group is the server's): the reader alone
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class ServeError(Exception):
    """The server could not start (one line, for the command to print)."""


class ReaderServer(Server):
    """textual-serve's server for the briefing reader (see the module's docstring)."""

    def __init__(self, command: str, host: str, port: int, title: str, banner: str = "") -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.loopback_only = is_loopback(host)
        self.banner = banner
        self.tabs: set[Tab] = set()
        self.stopping = False

    # -- the web application ---------------------------------------------------
    def web_app(self) -> web.Application:
        """The aiohttp application: the page, its websocket, downloads and static files."""
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])
        app.on_shutdown.append(self.on_shutdown)
        return app

    def check_host(self, request: web.Request) -> None:
        if not host_allowed(request.headers.get("Host"), self.loopback_only):
            raise web.HTTPForbidden(text="This reader answers only requests addressed to this machine "
                                         "(localhost or 127.0.0.1).\n")

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, with the websocket and static addresses the browser itself used."""
        self.check_host(request)
        base = f"{request.scheme}://{request.host}"
        websocket = ("wss" if request.scheme == "https" else "ws") + f"://{request.host}/ws"
        context: dict[str, Any] = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": websocket,
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        self.check_host(request)
        return await super().handle_download(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One tab: start its reader process and relay between it and the browser."""
        self.check_host(request)
        if not origin_allowed(request.headers.get("Origin"), request.headers.get("Host")):
            raise web.HTTPForbidden(text="A page from another site may not open this reader.\n")
        if self.stopping:
            raise web.HTTPServiceUnavailable(text="The reader is shutting down.\n")
        websocket = web.WebSocketResponse(heartbeat=15, timeout=CLOSE_SECONDS)
        await websocket.prepare(request)
        service = AppService(self.command, write_bytes=websocket.send_bytes, write_str=websocket.send_str,
                             close=websocket.close, download_manager=self.download_manager, debug=self.debug)
        tab = Tab(websocket, service)
        self.tabs.add(tab)
        try:
            await service.start(to_int(request.query.get("width", "80"), 80),
                                to_int(request.query.get("height", "24"), 24))
            await self._process_messages(websocket, service)
        except Exception as error:  # one tab's failure must not stop the others
            log.error("a reader tab failed: %s", error)
        finally:
            await asyncio.shield(self.end_tab(tab))
        return websocket

    async def end_tab(self, tab: Tab) -> None:
        """Ask the tab's reader to quit; kill it if it has not within QUIT_SECONDS; wait for it.

        A reader runs in a process group of its own, with the card workers it started
        (``brief read --served``), so a reader that has to be killed takes its workers
        with it; one that quits stops them itself.
        """
        try:
            await asyncio.wait_for(tab.service.stop(), QUIT_SECONDS)
        except Exception:  # a reader that does not answer (TimeoutError) is killed below
            pass
        process = tab.process
        if process is not None:
            if process.returncode is None:
                kill(process.pid)
            try:
                await asyncio.wait_for(process.wait(), QUIT_SECONDS)
            except asyncio.TimeoutError:
                log.error("reader process %s did not end", process.pid)
        if not tab.websocket.closed:
            await tab.websocket.close()
        self.tabs.discard(tab)
        tab.over.set()

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every tab (which ends its reader) and wait until all have ended."""
        self.stopping = True
        tabs = list(self.tabs)
        for tab in tabs:
            if not tab.websocket.closed:
                await tab.websocket.close(code=WSCloseCode.GOING_AWAY, message=b"brief serve stopped")
        if tabs:
            waits = [asyncio.ensure_future(tab.over.wait()) for tab in tabs]
            done, pending = await asyncio.wait(waits, timeout=SHUTDOWN_SECONDS)
            for waiting in pending:
                waiting.cancel()
        self.kill_leftovers()

    def kill_leftovers(self) -> None:
        """Last resort: no reader process (nor its card workers) outlives the server."""
        for tab in list(self.tabs):
            process = tab.process
            if process is not None and process.returncode is None:
                kill(process.pid)

    # -- running -----------------------------------------------------------------
    async def run(self, ready: asyncio.Event | None = None) -> None:
        """Listen until SIGINT or SIGTERM, then shut down cleanly. Raises ServeError."""
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop.set)
            except (NotImplementedError, RuntimeError):
                pass
        runner = web.AppRunner(self.web_app(), access_log=None, handle_signals=False,
                               shutdown_timeout=SHUTDOWN_SECONDS)
        await runner.setup()
        try:
            try:
                await web.TCPSite(runner, self.host, self.port).start()
            except OSError as exc:
                raise ServeError(bind_problem(self.host, self.port, exc)) from None
            if self.banner:
                print(self.banner, flush=True)
            if ready is not None:
                ready.set()
            await stop.wait()
            print("stopping: closing the browser tabs' readers…", flush=True)
        finally:
            await runner.cleanup()
            self.kill_leftovers()

    def serve(self, debug: bool = False) -> None:  # textual-serve's entry point, kept working
        self.debug = debug
        asyncio.run(self.run())
