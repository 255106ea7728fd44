"""'q' ends the reader at once (issue 13): the quit key is acted on as it arrives, and the
terminal input thread stops without waiting out its select() timeout. The time itself is
measured by bench/quit.py (real process, tmux, optional load), not here."""

from __future__ import annotations

import os
import threading
import time

from tui.app.quick_input import QuickInputDriver, WakeableSelector


def test_a_wakeable_selector_returns_at_once_with_no_event_when_woken():
    stdin_r, stdin_w = os.pipe()
    wake_r, wake_w = os.pipe()
    selector = WakeableSelector(wake_r)
    selector.register(stdin_r, 1)
    try:
        threading.Timer(0.05, os.write, (wake_w, b"x")).start()
        began = time.perf_counter()
        assert selector.select(5.0) == []  # the wake-up is no input
        assert time.perf_counter() - began < 2.0
        os.write(stdin_w, b"q")
        assert [key.fd for key, _ in selector.select(0)] == [stdin_r]  # input still comes through
    finally:
        selector.close()
        for fd in (stdin_r, stdin_w, wake_r, wake_w):
            os.close(fd)


def test_the_reader_uses_the_quick_driver_where_textual_uses_its_linux_driver():
    from textual.drivers.linux_driver import LinuxDriver

    from tui.app.app import BriefingApp

    app = BriefingApp.__new__(BriefingApp)
    chosen = BriefingApp.get_driver_class(app)
    assert chosen is QuickInputDriver or not issubclass(chosen, LinuxDriver)


QUIT_ON_ARRIVAL = """
import asyncio, json, sys
from tui.app.app import make_app

async def main():
    app = make_app([sys.argv[1]], "default", watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        while app.loading:
            await pilot.pause(0.02)
        await pilot.pause()
        forwarded = []
        from textual.widget import Widget
        original = Widget._forward_event
        def spy(self, event):
            forwarded.append(getattr(event, "key", None))
            return original(self, event)
        Widget._forward_event = spy  # the screen or the focused widget would get the key first
        await pilot.press("q")
        return {"exiting": app._exit, "forwarded": forwarded}

print(json.dumps(asyncio.run(main())))
"""


def test_q_is_acted_on_as_it_arrives_not_after_a_trip_through_the_screen(tmp_path):
    from .test_hostile_reader import run_pilot

    (tmp_path / "a.txt").write_text("Orla Penhallow said the bridge would reopen in May.\n", encoding="utf-8")
    found = run_pilot(QUIT_ON_ARRIVAL, tmp_path)
    assert found["exiting"], found
    assert "q" not in found["forwarded"], found
