"""ExportScreen under a pilot: preview, save, overwrite confirmation, back."""

from __future__ import annotations

import asyncio
import re

import pytest
from textual.app import App
from textual.widgets import Input, Label

from tui.app.screens.export import ConfirmOverwriteScreen, ExportScreen, SavePathScreen
from tui.app.widgets.markdown_lines import MarkdownLines
from tui.workspace import Workspace


class Host(App):
    """A bare app holding a workspace, the way the reader does (``app.workspace``)."""

    def __init__(self, workspace: Workspace, folder_size: int | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.folder_size = folder_size

    def on_mount(self) -> None:
        self.push_screen(ExportScreen(self.workspace, folder_size=self.folder_size))


@pytest.fixture(scope="module")
def workspace(track_two_engine, seeds_dir) -> Workspace:
    return Workspace.load([str(seeds_dir)], track_two_engine)


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"condition not met in time; on screen: {pilot.app.screen!r}, "
                         f"notes: {[n.message for n in pilot.app._notifications]}")


def run(coro):
    asyncio.run(coro)


def test_preview_save_and_overwrite(workspace, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    async def scenario():
        app = Host(workspace)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.text is not None)
            screen = app.screen
            preview = screen.query_one("#export-preview", MarkdownLines)
            await wait_for(pilot, lambda: preview.source.startswith("# Track Two") and preview.lines)
            assert "## Key findings" in preview.source and "## Articles" in preview.source
            shown = preview.plain_lines()
            assert shown[0].strip().startswith("Track Two")  # the title, rendered: no "#" left
            assert not any(re.match(r"#{1,6} \S", line.lstrip()) for line in shown)
            assert any("Key findings" in line for line in shown)

            # save: the path prompt defaults to briefing.md in the working folder
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            assert app.screen.query_one(Input).value == "briefing.md"
            await pilot.press("enter")
            target = tmp_path / "briefing.md"
            await wait_for(pilot, target.exists)
            assert target.read_text(encoding="utf-8") == screen.text
            assert isinstance(app.screen, ExportScreen)

            # save again over the same file: asked first; "n" keeps it
            target.write_text("keep me", encoding="utf-8")
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmOverwriteScreen))
            await pilot.press("n")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
            assert target.read_text(encoding="utf-8") == "keep me"

            # ...and "y" overwrites it
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmOverwriteScreen))
            await pilot.press("y")
            await wait_for(pilot, lambda: target.read_text(encoding="utf-8") == screen.text)
            assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]

            # a path typed by hand, and escape cancels the prompt
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            app.screen.query_one(Input).value = str(tmp_path / "other.md")
            await pilot.press("enter")
            await wait_for(pilot, (tmp_path / "other.md").exists)
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))

            # t leaves out the cards; escape goes back
            await pilot.press("t")
            await wait_for(pilot, lambda: screen.text is not None and "## Articles" not in screen.text)
            await wait_for(pilot, lambda: "## Articles" not in preview.source)
            await pilot.press("escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))

    run(scenario())


def test_write_error_is_a_notification_not_a_crash(workspace, tmp_path):
    async def scenario():
        app = Host(workspace)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.text is not None)
            app.screen.save_to(tmp_path / "missing" / "b.md", force=False)
            await wait_for(pilot, lambda: any("does not exist" in n.message for n in app._notifications))
            assert any("does not exist" in n.message for n in app._notifications)
            assert isinstance(app.screen, ExportScreen)

    run(scenario())


def test_hostile_article_in_preview_stays_text(tmp_path, default_engine):
    (tmp_path / "a.md").write_text(
        "---\ntitle: \"<script>x</script> [link](http://e.x) | # h\"\n---\n"
        "John Kirby said \"`code` <b>bold</b> [l](http://x.y) | *star*\".\n", encoding="utf-8")
    ws = Workspace.load([str(tmp_path)], default_engine)

    async def scenario():
        app = Host(ws)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.text is not None)
            preview = app.screen.query_one("#export-preview", MarkdownLines)
            await wait_for(pilot, lambda: bool(preview.lines))
            shown = "\n".join(preview.plain_lines())
            # the title and the quote are shown as written, not as a heading, link, tag or code
            assert "<script>x</script> [link](http://e.x) | # h" in shown
            assert "`code` <b>bold</b> [l](http://x.y) | *star*" in shown

    run(scenario())


def test_reader_opens_export_with_e(seeds_dir, tmp_path, monkeypatch):
    """The reader's "e" key pushes ExportScreen(app.workspace)."""
    app_module = pytest.importorskip("tui.app.app")
    monkeypatch.chdir(tmp_path)

    async def scenario():
        from tui.commands.common import SEEDS_BRIEF

        app = app_module.make_app([str(seeds_dir)], str(SEEDS_BRIEF), watch=False)
        async with app.run_test(size=(140, 40)) as pilot:
            await wait_for(pilot, lambda: len(app.workspace.entries) == 5 and not app.loading)
            await pilot.press("e")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.text is not None)
            assert app.screen.text.startswith("# Track Two talks")
            first = app.screen
            await pilot.press("escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, ExportScreen))
            # Esc hid the preview (removing its blocks took 1-2 s on a large set); e shows the
            # same screen again, with the briefing computed afresh
            assert first.is_attached and first.query_one(MarkdownLines).lines
            first.text = None
            await pilot.press("e")
            await wait_for(pilot, lambda: app.screen is first and first.text is not None)
            assert first.text.startswith("# Track Two talks")
            await pilot.press("escape")

    run(scenario())


def status_text(app) -> str:
    return str(app.screen.query_one("#export-status", Label).render())


def test_a_briefing_of_part_of_a_folder_says_so(workspace):
    async def scenario():
        app = Host(workspace, folder_size=7)  # the reader's export while 2 of 7 cards still load
        async with app.run_test(size=(200, 30)) as pilot:
            await wait_for(pilot, lambda: "esc back" in status_text(app))
            assert "only 5 of 7 articles loaded; e again once all are in" in status_text(app)
        app = Host(workspace)  # the whole folder: nothing to say
        async with app.run_test(size=(200, 30)) as pilot:
            await wait_for(pilot, lambda: "esc back" in status_text(app))
            assert "loaded" not in status_text(app)

    run(scenario())


def test_the_save_note_is_on_screen_with_the_full_path(workspace, tmp_path, monkeypatch):
    """The toast is drawn on the preview (not only recorded), naming the file absolutely."""
    from textual.widgets._toast import Toast

    monkeypatch.chdir(tmp_path)

    async def scenario():
        app = Host(workspace)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and "esc back" in status_text(app),
                           timeout=60)  # laid out: a loaded machine can take seconds, longer than a toast lasts
            await pilot.press("s")
            await wait_for(pilot, lambda: isinstance(app.screen, SavePathScreen))
            await pilot.press("enter")
            await wait_for(pilot, lambda: any(f"Saved the briefing to {tmp_path / 'briefing.md'}" in str(t.render())
                                              for t in app.screen.query(Toast)), timeout=30)
            assert isinstance(app.screen, ExportScreen)

    run(scenario())
