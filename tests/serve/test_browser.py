"""``brief serve`` in a real browser: headless Chromium, driven by Playwright.

Select it with ``-m browser``. It needs Playwright's Python package and a
Chromium (Debian's ``chromium``; ``BRIEF_CHROMIUM=/path`` picks another);
without them it is skipped, saying which is missing. ``.ci/run`` installs both
when it can.

The browser draws the reader on a canvas, so the page holds no text to read
back; what the browser was sent to draw is read from the page's own websocket
(Playwright sees its frames), the same bytes its terminal drew from.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CSI = re.compile(r"\x1b\[[0-9;?$<>=]*[ -/]*[@-~]")
WAIT_SECONDS = 20.0
CHROMIUM_PLACES = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome")
"""Debian's real binary first: /usr/bin/chromium is a shell wrapper around it."""


def chromium() -> str | None:
    """The Chromium to drive: $BRIEF_CHROMIUM, else the first one found."""
    chosen = os.environ.get("BRIEF_CHROMIUM")
    for place in ([chosen] if chosen else CHROMIUM_PLACES):
        found = place if os.path.isabs(place) and os.access(place, os.X_OK) else shutil.which(place)
        if found:
            return found
    return None


class Screen:
    """What the reader has sent the page to draw, as plain characters."""

    def __init__(self) -> None:
        self.drawn: list[str] = []

    def watch(self, websocket) -> None:
        websocket.on("framereceived", self.received)

    def received(self, payload) -> None:
        self.drawn.append(payload if isinstance(payload, str) else payload.decode("utf-8", "replace"))

    def mark(self) -> int:
        return len(self.drawn)

    def text(self, since: int = 0) -> str:
        return CSI.sub("", "".join(self.drawn[since:]))

    def wait_for(self, page, words: str, since: int = 0) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if words in self.text(since):
                return self.text(since)
            page.wait_for_timeout(100)
        raise AssertionError(f"{words!r} not drawn within {WAIT_SECONDS} s; drawn:\n{self.text(since)[-2000:]}")


@pytest.fixture
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright's Python package is not installed (pip install playwright)")
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set BRIEF_CHROMIUM=/path/to/chrome)")
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, headless=True)
        except Exception as exc:  # a browser that cannot start here is no browser
            pytest.skip(f"Chromium at {executable} does not start: {str(exc).splitlines()[0]}")
        try:
            yield launched
        finally:
            launched.close()


def test_the_reader_in_headless_chromium(browser, serve_seeds, tmp_path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    screen = Screen()
    page.on("websocket", screen.watch)
    page.goto(serve_seeds.url, wait_until="domcontentloaded")

    first = screen.wait_for(page, "004 ")  # the fifth article is listed: every card is loaded
    assert "Track Two talks with Sergey Lavrov" in first and "000_1e6162be73efbda0.txt" in first
    assert "Hadizat" not in first
    page.focus(".xterm-helper-textarea")  # where the page's terminal takes keys

    before_n = screen.mark()
    page.keyboard.press("n")
    second = screen.wait_for(page, "001_6dbcb90c4370552a.txt", since=before_n)
    assert "By Ahmad Hadizat Omayoza" in second  # the second seed article's own words
    page.screenshot(path=str(tmp_path / "second-article.png"))

    before_help = screen.mark()
    page.keyboard.press("?")
    help_text = screen.wait_for(page, "esc close", since=before_help)  # the help's closing hint
    assert "Keys" in help_text
    shot = tmp_path / "help.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert "-closed" not in (page.evaluate("document.body.className") or "")
    print(f"screenshots: {tmp_path / 'second-article.png'} {shot}")
