"""The reader as a browser tab of ``brief serve`` runs it: saves stay in the server's folder,
say where they went and send a copy to the browser; only web links are opened."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Input

from tui.app.screens.export import ExportScreen, SavePathScreen
from tui.app.served import ServedBriefingApp, make_served_app, save_target
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

from .conftest import wait_loaded


async def wait_for(pilot, condition, timeout: float = 15.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


def served_app(engine, folder: Path) -> ServedBriefingApp:
    app = ServedBriefingApp(engine, sorted(SEEDS_DIR.glob("*.txt")), str(SEEDS_BRIEF), watch=False,
                            save_folder=folder)
    app.delivered = []  # type: ignore[attr-defined]

    def deliver_text(file, **options):  # the browser's download, recorded
        app.delivered.append((file.read(), options))  # type: ignore[attr-defined]
        return "key"

    app.deliver_text = deliver_text  # type: ignore[method-assign]
    record_notes(app)
    return app


def record_notes(app) -> None:
    """Keep every notification's text in ``app.notes`` (and still show it)."""
    app.notes = []  # type: ignore[attr-defined]
    notify = app.notify

    def recording(message, *args, **kwargs):
        app.notes.append(str(message))  # type: ignore[attr-defined]
        return notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]


async def save_as(pilot, name: str) -> None:
    await pilot.press("s")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, SavePathScreen))
    pilot.app.screen.query_one(Input).value = name
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportScreen))


async def test_the_export_saves_on_the_server_says_where_and_sends_a_copy(seed_engine, tmp_path):
    folder = tmp_path / "served"
    folder.mkdir()
    app = served_app(seed_engine, folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.text is not None)
        text = app.screen.text

        await save_as(pilot, "../outside.md")  # out of the folder: nothing written, a note says why
        await wait_for(pilot, lambda: any("can be saved only in" in m for m in app.notes))
        assert not (tmp_path / "outside.md").exists() and app.delivered == []

        await save_as(pilot, "week-1.md")
        target = folder / "week-1.md"
        await wait_for(pilot, target.exists)
        await wait_for(pilot, lambda: app.delivered)
        assert target.read_text(encoding="utf-8") == text
        assert app.delivered == [(text, {"save_filename": "week-1.md", "mime_type": "text/markdown",
                                         "open_method": "download", "name": "briefing"})]
        note = next(m for m in app.notes if "is on the server" in m)
        assert note.startswith(str(target)) and "downloading a copy, week-1.md" in note


def test_names_are_taken_inside_the_servers_folder(seed_engine, tmp_path):
    app = served_app(seed_engine, tmp_path)
    assert app.save_target("briefing.md") == tmp_path.resolve() / "briefing.md"
    assert app.save_target("out/b.md") == tmp_path.resolve() / "out" / "b.md"
    assert app.save_target(str(tmp_path / "abs.md")) == tmp_path.resolve() / "abs.md"
    (tmp_path / "link").symlink_to("/")
    for outside in ("../x.md", "/etc/x.md", "~/x.md", "link/x.md"):
        assert app.save_target(outside) is None, outside


def test_a_terminal_reader_saves_where_it_is_told(seeds_app):
    assert save_target(seeds_app, "../x.md") == Path("../x.md")


def test_only_web_links_are_opened_in_the_browser(seed_engine, monkeypatch):
    app = make_served_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine)
    assert isinstance(app, ServedBriefingApp) and app.save_folder == Path.cwd().resolve()
    opened = []
    monkeypatch.setattr(App, "open_url", lambda self, url, new_tab=True: opened.append(url))
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(str(message)))
    app.open_url("https://example.org/story")
    app.open_url("file:///etc/passwd")
    app.open_url("/srv/articles/a.txt")
    assert opened == ["https://example.org/story"]
    assert sum("is on the server" in m for m in notes) == 2


def test_a_reader_quits_when_its_server_is_gone(seed_engine, monkeypatch):
    app = make_served_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine)
    exits = []
    monkeypatch.setattr(app, "exit", lambda *a, **k: exits.append(True))
    app.check_server()
    assert exits == []  # the server that started it is still its parent
    app.server_pid = -1  # as if the server had been killed and the reader adopted
    app.check_server()
    assert exits == [True]
