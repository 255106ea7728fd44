"""The reader as ``brief serve`` runs it: one process per browser tab.

The reader is the same in a browser; what differs is whose machine things
happen on. The person at the browser is not at the server:

- the export's save writes on the server, so the file name is taken inside
  the folder ``brief serve`` was started in (no other folder of the server's
  can be written from a browser), the note says the file is on the server (and its full path),
  and the browser downloads a copy (``App.deliver_text``);
- a link opens in the browser only when it is a web address: a ``file:`` link
  or a path names a file on the server, which the browser cannot open.

``brief read --served`` builds this app (the server starts it that way) in a
process group of its own, and it quits if the server goes away; the export screen asks :func:`save_target` and :func:`briefing_saved`, which do
what a terminal reader always did unless the app is served.
"""

from __future__ import annotations

import io
import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

from textual.app import App

from ..articles.reader import expand_paths
from ..articles.safe_text import printable
from ..cards.engine import CardEngine
from ..store import Store
from .app import DEFAULT_BRIEF, BriefingApp

WEB_SCHEMES = frozenset({"http", "https", "mailto"})
SERVER_POLL_SECONDS = 2.0
"""How often a reader looks whether the server that started it is still there."""


class ServedBriefingApp(BriefingApp):
    """The briefing reader in one browser tab (see the module's docstring)."""

    def __init__(self, *args, save_folder: Path | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.save_folder = (save_folder or Path.cwd()).resolve()
        """The server's folder the export may write in (and below it)."""
        self.server_pid = os.getppid()

    def on_mount(self) -> None:  # Textual runs BriefingApp.on_mount too
        self.set_interval(SERVER_POLL_SECONDS, self.check_server)

    def check_server(self) -> None:
        """Quit once the server is gone (killed outright, it could not ask): no reader is left
        running for a tab nobody can reach."""
        if os.getppid() != self.server_pid:
            self.exit()

    def save_target(self, value: str) -> Path | None:
        """The server file for the name typed, or None (after saying why) if it is outside the folder."""
        typed = Path(value).expanduser()
        target = (self.save_folder / typed).resolve()
        if target != self.save_folder and not target.is_relative_to(self.save_folder):
            self.notify(f"In the browser the briefing can be saved only in {self.save_folder} on the server "
                        "(or a folder in it); give a file name such as briefing.md.",
                        severity="warning", timeout=8, markup=False)
            return None
        return target

    def offer_download(self, path: Path, text: str) -> None:
        """Say where the file is on the server and send a copy to the browser."""
        where = Path(os.path.abspath(path))
        self.notify(f"{printable(str(where))} is on the server ({printable(socket.gethostname())}); "
                    f"your browser is downloading a copy, {printable(where.name)}.", timeout=10, markup=False)
        self.deliver_text(io.StringIO(text), save_filename=where.name, mime_type="text/markdown",
                          open_method="download", name="briefing")

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        if urlsplit(url).scheme.lower() in WEB_SCHEMES:
            super().open_url(url, new_tab=new_tab)
            return
        self.notify(f"{printable(url)} is on the server; a browser cannot open it from here.",
                    severity="warning", timeout=6, markup=False)


def save_target(app: App, value: str) -> Path | None:
    """The file the export writes for the name typed: as typed in a terminal; when served,
    inside the server's folder (None, after a note, when the name leads out of it)."""
    if isinstance(app, ServedBriefingApp):
        return app.save_target(value)
    return Path(value).expanduser()


def briefing_saved(app: App, path: Path, text: str) -> None:
    """After the export is written: a served reader says where and offers a download."""
    if isinstance(app, ServedBriefingApp):
        app.offer_download(path, text)


def leave_terminal_group() -> None:
    """Put this reader, and the card workers it will start, in a process group of its own.

    Ctrl+C in the terminal of ``brief serve`` signals its whole process group. The
    server then asks each reader to quit, and a reader stops its card workers
    itself; a worker that got the signal directly would die mid-card with a
    traceback instead. (Until this runs, the server's command ignores the signal.)
    """
    try:
        os.setpgid(0, 0)
    except (AttributeError, OSError):  # not POSIX, or already a group leader
        pass


def make_served_app(paths: list[str], brief_path: str | None, *, engine: CardEngine,
                    store: Store | None = None) -> ServedBriefingApp:
    """``make_app`` for a browser tab (the same reader, served)."""
    files, problems = expand_paths(list(paths))
    return ServedBriefingApp(engine, files, brief_path or DEFAULT_BRIEF, problems, store=store)
