"""A terminal driver whose input thread ends at once when the reader quits.

Textual's Linux driver reads keys on a thread that waits in ``select`` with a 0.1 s
timeout and looks at its stop flag between waits; on the way out it waits once more
for late input. Stopping it (each quit, each suspend) therefore cost 0.1-0.2 s, most
of what was left of 'q' once the card threads stop at once (issue 13: 'q' exits
within 0.5 s, also on a loaded machine). This driver gives the thread's selector a
wake-up pipe as well: stopping writes a byte to it, so each wait returns at once and
the thread ends; the pipe's own events are never passed on, and the byte is read
back before the thread is started again (after a suspend).

The thread's selector is made inside Textual's ``run_input_thread`` from the module's
``selectors``; this driver hands that function a ``selectors`` whose ``SelectSelector``
is the wakeable one (see textual_private.py for the private names used).
"""

from __future__ import annotations

import os
import selectors

from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver


class WakeableSelector(selectors.SelectSelector):
    """A select() selector that also returns, with no event, when ``wake_fd`` is readable."""

    def __init__(self, wake_fd: int) -> None:
        super().__init__()
        self.wake_fd = wake_fd
        super().register(wake_fd, selectors.EVENT_READ)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        return [(key, events) for key, events in super().select(timeout) if key.fd != self.wake_fd]


class _SelectorsWithWake:
    """The ``selectors`` module as the input thread sees it: the same, but wakeable."""

    def __init__(self, wake_fd: int) -> None:
        self._wake_fd = wake_fd

    def __getattr__(self, name: str):
        return getattr(selectors, name)

    def SelectSelector(self) -> WakeableSelector:  # noqa: N802 - the name Textual calls
        return WakeableSelector(self._wake_fd)


class QuickInputDriver(LinuxDriver):
    """Textual's Linux driver with an input thread that stops without waiting out a timeout."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        wake = os.pipe()
        self._wake_read = wake[0]
        self._wake_write = wake[1]

    def run_input_thread(self) -> None:
        linux_driver.selectors = _SelectorsWithWake(self._wake_read)
        try:
            super().run_input_thread()
        finally:
            linux_driver.selectors = selectors

    def disable_input(self) -> None:
        stopping = not self.exit_event.is_set() and self._key_thread is not None
        if stopping:
            os.write(self._wake_write, b"x")  # the thread's next wait returns at once
        try:
            super().disable_input()
        finally:
            if stopping:
                os.read(self._wake_read, 1)  # a later input thread waits as usual

    def close(self) -> None:
        super().close()
        for fd in (self._wake_read, self._wake_write):
            try:
                os.close(fd)
            except OSError:
                pass
