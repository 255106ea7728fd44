"""The HTTP side of ``brief serve`` without a browser: the page, its websocket, the guards,
and Ctrl+C (SIGINT) leaving no reader process behind."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time

import pytest

from .conftest import children, running

aiohttp = pytest.importorskip("aiohttp", reason="aiohttp comes with textual-serve (pip install -e '.[serve]')")
pytest.importorskip("textual_serve", reason="textual-serve is not installed (pip install -e '.[serve]')")

SCREEN_SECONDS = 30.0
CSI = re.compile(r"\x1b\[[0-9;?$<>=]*[ -/]*[@-~]")


def plain(drawn: str) -> str:
    """The characters a screen update draws, without its escape sequences."""
    return CSI.sub("", drawn)


async def read_screen(ws, until: str, seconds: float = SCREEN_SECONDS) -> str:
    """What the reader drew (its bytes, decoded) until ``until`` appears in its characters."""
    text = ""
    deadline = time.monotonic() + seconds
    while until not in plain(text) and time.monotonic() < deadline:
        try:
            message = await asyncio.wait_for(ws.receive(), 1.0)
        except asyncio.TimeoutError:
            continue
        if message.type == aiohttp.WSMsgType.BINARY:
            text += message.data.decode("utf-8", "replace")
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            break
    return text


def test_the_page_answers_with_the_readers_html(serve_seeds):
    async def fetch():
        async with aiohttp.ClientSession() as session:
            async with session.get(serve_seeds.url) as page:
                html = (page.status, await page.text())
            async with session.get(serve_seeds.url + "static/js/textual.js") as script:
                js = script.status
            async with session.get(serve_seeds.url, headers={"Host": f"attacker.example:{serve_seeds.port}"}) as other:
                foreign = other.status
            return html, js, foreign

    (status, html), js, foreign = asyncio.run(fetch())
    assert status == 200 and js == 200
    assert "Briefing reader" in html and 'class="textual-terminal"' in html
    assert f'data-session-websocket-url="ws://127.0.0.1:{serve_seeds.port}/ws"' in html
    assert foreign == 403  # a DNS-rebinding name is not answered on a loopback-only server
    assert serve_seeds.banner.startswith("Serving 5 articles at http://127.0.0.1:")


def test_the_websocket_runs_a_reader_and_ctrl_c_leaves_no_process(serve_seeds):
    async def scenario():
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(serve_seeds.url + "ws", origin="http://attacker.example")
            assert refused.value.status == 403

            ws = await session.ws_connect(serve_seeds.url + "ws?width=140&height=40",
                                          origin=serve_seeds.url.rstrip("/"))
            first = plain(await read_screen(ws, "004 "))  # every article listed: all five are loaded
            assert "Track Two" in first and "000_" in first  # the reader's title and first article
            await ws.send_json(["stdin", "n"])
            assert "001_" in await read_screen(ws, "001_")  # the second article's file name

            readers = children(serve_seeds.process.pid)
            assert readers, "no reader process was started for the tab"
            code, out = serve_seeds.stop(signal.SIGINT)  # the tab is still open
            return readers, code, out

    readers, code, out = asyncio.run(scenario())
    assert code == 0, out
    assert "Traceback" not in out and "stopped." in out
    left = [pid for pid in readers if running(pid)]
    assert left == [], f"reader processes left running after Ctrl+C: {left}"


def test_closing_a_tab_ends_its_reader(serve_seeds):
    async def scenario() -> list[int]:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(serve_seeds.url + "ws?width=100&height=30")
            # the reader's title line: drawn once the folder is read, whatever the layout
            # (a file name can be cut or redrawn in pieces at this width under load)
            assert "5 articles" in plain(await read_screen(ws, "5 articles"))
            readers = children(serve_seeds.process.pid)
            await ws.close()
        return readers

    readers = asyncio.run(scenario())
    assert readers
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in readers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(running(pid) for pid in readers), "a closed tab's reader is still running"
    assert serve_seeds.process.poll() is None  # the server goes on serving other tabs


def test_ctrl_c_in_the_terminal_while_a_reader_starts(tmp_path):
    """The terminal sends Ctrl+C to the whole process group, readers included; one still
    starting up must not die with a traceback, and none may be left."""
    from .conftest import start_server

    served = start_server(tmp_path, new_session=True)

    async def connect() -> list[int]:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(served.url + "ws?width=100&height=30")
            deadline = time.monotonic() + 10
            while not children(served.process.pid) and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            readers = children(served.process.pid)
            os.killpg(served.process.pid, signal.SIGINT)  # as the terminal does
            await read_screen(ws, "never drawn", seconds=2)
            return readers

    readers = asyncio.run(connect())
    code, out = served.stop(signal.SIGINT)
    assert readers and code == 0, out
    assert "Traceback" not in out and "KeyboardInterrupt" not in out, out
    assert not [pid for pid in readers if running(pid)]
