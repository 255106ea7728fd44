"""Pilot tests of the reader: opening, moving, jumping to words, why, search, live rules, hostile text."""

from __future__ import annotations

import shutil

from rich.console import Console

from tui.app.app import make_app
from tui.app.commands import ArticleSearchProvider
from tui.app.explain import explain_actor, explain_statement
from tui.app.screens import reader as reader_module
from tui.app.screens.modals import HelpScreen, WhyScreen
from tui.app.screens.reader import ReaderScreen
from tui.articles.safe_text import printable

from .conftest import SIZE, wait_loaded, wait_until


def plain(renderable, width: int = 100) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))
    console.print(renderable)
    return console.export_text()


def visible_lines(view) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


async def test_opens_seeds_and_shows_first_article_and_card(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        app = seeds_app
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert len(app.workspace.entries) == 5
        assert app.title == "Track Two talks with Sergey Lavrov · 5 articles"
        assert reader.current == 0
        first = app.workspace.entries[0]
        assert reader.article_view.source_text == printable(first.article.text).replace("\t", " ")
        kinds = [item.kind for item in reader.card_list.items]
        assert kinds.count("actor") == len(first.card.actors)
        assert kinds.count("claim") == len(first.card.claims)
        assert kinds.count("denial") == len(first.card.denials)
        assert reader.article_list.option_count == 5
        assert "John Kirby" in "".join(visible_lines(reader.article_view))


async def test_moving_between_articles(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await pilot.press("n")
        assert reader.current == 1
        await pilot.press("n", "n")
        assert reader.current == 3
        await pilot.press("p")
        assert reader.current == 2
        reader.article_list.focus()
        await pilot.press("G")
        await pilot.pause()
        assert reader.current == 4
        await pilot.press("k")
        await pilot.pause()
        assert reader.current == 3
        await pilot.press("g")
        await pilot.pause()
        assert reader.current == 0
        entry = seeds_app.workspace.entries[0]
        assert reader.card_list.card is entry.card


async def test_claim_jumps_to_its_words(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        view = reader.article_view
        await pilot.press("d")
        assert reader.card_list.has_focus
        card = reader.card_list.card
        last = card.statements[-1]
        index = next(i for i, it in enumerate(reader.card_list.items) if it.value is last)
        reader.card_list.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert view.focus_spans == [(last.start, last.end)]
        line = view.line_of(last.start)
        top = view.scroll_offset.y
        assert top <= line < top + view.scrollable_content_region.height
        assert top > 0, "a late statement needs the article scrolled"
        words = " ".join(last.text.split()[:2])
        assert words in " ".join(" ".join(visible_lines(view)).split())


async def test_actor_highlights_all_mentions(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await pilot.press("d", "j")
        await pilot.pause()
        item = reader.card_list.current
        assert item.kind == "actor"
        assert reader.article_view.focus_spans == sorted(item.value.mentions)


async def test_why_view_shows_rule_source_and_words(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await pilot.press("w")  # nothing selected yet: a hint, not a crash
        assert isinstance(seeds_app.screen, ReaderScreen)
        card = reader.card_list.card
        denial = card.denials[0]
        reader.card_list.focus()
        reader.card_list.highlighted = next(i for i, it in enumerate(reader.card_list.items) if it.value is denial)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(seeds_app.screen, WhyScreen)
        text = plain(seeds_app.screen.body)
        rule = seeds_app.workspace.engine.brief.rule(denial.rule)
        assert denial.rule in text
        assert f"{rule.file}:{rule.line}" in text
        assert f"id: {denial.rule}" in text
        assert " ".join(denial.text.split()) in " ".join(text.split())
        await pilot.press("escape")
        assert isinstance(seeds_app.screen, ReaderScreen)


def test_why_for_builtin_and_gazetteer_rules(seed_engine):
    from tui.cards.model import Actor, Statement

    brief = seed_engine.brief
    text = "“More,” he said. Kirby spoke."
    st = Statement("claim", "John Kirby", "More", 1, 5, "quote.continuation")
    out = plain(explain_statement(brief, text, st))
    assert "built into the engine" in out and "continues it" in out
    actor = Actor("John Kirby", "person", mentions=[(17, 22)], rule="gazetteer.john-kirby")
    out = plain(explain_actor(brief, text, actor))
    assert "track-two.yaml" in out and "Kirby" in out


async def test_search_in_article(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await pilot.press("slash")
        await pilot.press(*"kirby")
        await pilot.press("enter")
        await pilot.pause()
        expected = printable(seeds_app.workspace.entries[0].article.text).lower().count("kirby")
        assert len(reader.matches) == expected > 3
        assert reader.match_index == 0
        assert reader.article_view.has_focus
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert reader.match_index == 2
        await pilot.press("left_square_bracket")
        assert reader.match_index == 1
        start = reader.matches[1][0]
        view = reader.article_view
        assert view.scroll_offset.y <= view.line_of(start) < view.scroll_offset.y + view.size.height
        await pilot.press("escape")
        assert reader.matches == []


async def test_palette_provider_searches_all_articles(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        provider = ArticleSearchProvider(seeds_app.screen)
        hits = [hit async for hit in provider.search("Zakharova")]
        assert hits
        target = next(h for h in hits if "000" not in (h.text or "")[:3])
        target.command()
        await pilot.pause()
        reader = seeds_app.screen
        assert reader.current != 0 or reader.article_view.focus_spans
        assert reader.article_view.focus_spans
        start, end = reader.article_view.focus_spans[0]
        assert reader.article_view.source_text[start:end].lower() == "zakharova"


async def test_help_lists_every_reader_key(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        screen = seeds_app.screen
        assert isinstance(screen, HelpScreen)
        text = plain(screen.table(), width=120)
        for binding in ReaderScreen.BINDINGS:
            assert binding.description in text
        await pilot.press("escape")
        assert isinstance(seeds_app.screen, ReaderScreen)


async def test_highlight_layers_toggle(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        view = seeds_app.screen.article_view
        await pilot.press("1", "3")
        assert view.shown == {"claim": False, "denial": True, "mention": False}
        await pilot.press("1")
        assert view.shown["claim"] is True


GOOD = "name: t\ntitle: Test brief\nextends: default\n"
BROKEN = "name: t\ntitle: Test brief\nextends: default\nactorz: []\n"


def app_with_own_brief(tmp_path):
    """An app on a copy of the seeds with a brief of its own that the test may rewrite."""
    brief = tmp_path / "brief.yaml"
    brief.write_text(GOOD, encoding="utf-8")
    articles = tmp_path / "articles"
    shutil.copytree(reader_module.__file__.rsplit("/tui/", 1)[0] + "/seeds", articles)
    return make_app([str(articles)], str(brief), watch=False), brief


async def test_reload_with_broken_then_fixed_brief(tmp_path):
    app, brief = app_with_own_brief(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = app.screen
        before = [e.card for e in app.workspace.entries]
        brief.write_text(BROKEN, encoding="utf-8")
        await pilot.press("r")
        await wait_loaded(pilot)
        assert app.brief_problems
        assert any("brief.yaml:4" in p and "actorz" in p for p in app.brief_problems)
        assert reader.query_one("#errors").has_class("-shown")
        assert [e.card for e in app.workspace.entries] == before, "last good cards stay"
        assert reader.card_list.card is before[0]
        brief.write_text(GOOD.replace("Test brief", "Fixed brief"), encoding="utf-8")
        app._poll_brief()  # what the 1-second timer does: the file changed, so reload
        await wait_loaded(pilot)
        assert app.brief_problems == []
        assert not reader.query_one("#errors").has_class("-shown")
        assert app.title.startswith("Fixed brief")
        assert len(app.workspace.entries) == len(before)


async def test_a_rules_change_reaches_the_kept_overview(tmp_path):
    """The overview is kept installed between visits; new cards from a changed brief must not
    leave it showing (or holding) the old ones."""
    app, brief = app_with_own_brief(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("o")
        overview = app.screen
        await wait_until(pilot, lambda: overview.complete)
        brief.write_text(GOOD.replace("Test brief", "Second brief"), encoding="utf-8")
        app._poll_brief()  # the brief changed while the overview is on show
        await wait_loaded(pilot)
        await wait_until(pilot, lambda: overview.complete)
        assert app.screen is overview
        assert overview.workspace is app.workspace, "the overview on show follows the new cards"
        await pilot.press("escape")
        brief.write_text(GOOD.replace("Test brief", "Third brief"), encoding="utf-8")
        app._poll_brief()  # changed again while the overview is hidden
        await wait_loaded(pilot)
        assert not app.is_screen_installed("overview"), "a hidden overview lets the old cards go"
        await pilot.press("o")
        await wait_until(pilot, lambda: app.screen.complete)
        assert app.screen.workspace is app.workspace


HOSTILE = (
    "Hostile [bold red]x[/] headline\n\n"
    "A [link=http://x]y[/link] link, an \x1b[31mANSI red\x1b[0m escape,\r a carriage return,"
    " a \u202eRTL override\u202c and a [b]bold[/b] tag; Kirby said \"nothing\".\n"
)


async def test_hostile_article_shown_literally(tmp_path, seed_engine):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8", newline="")
    big = tmp_path / "zz_huge.txt"
    big.write_bytes(b"x" * 5_000_001)
    app = make_app([str(tmp_path)], None, engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = app.screen
        assert len(app.workspace.entries) == 2
        raw = "\n".join(visible_lines(reader.article_view))
        assert "\x1b" not in raw and "\r" not in raw and "\u202e" not in raw
        # Words joined by single spaces, so where the view wraps a line does not matter.
        screen_text = " ".join(raw.split())
        assert "[bold red]x[/]" in screen_text
        assert "[link=http://x]y[/link]" in screen_text
        assert "[b]bold[/b]" in screen_text
        assert "\x1b" not in screen_text and "\r" not in screen_text and "\u202e" not in screen_text
        assert "[31mANSI red" in screen_text
        row = reader.article_list.get_option_at_index(0).prompt
        assert "[bold red]x[/]" in row.plain
        bad = reader.article_list.get_option_at_index(1).prompt.plain
        assert "⚠" in bad and "unreadable" in bad
        await pilot.press("n")
        assert reader.current == 1
        error = reader.workspace.entries[1].article.error
        assert error and error.split(":")[-1].strip()[:20] in reader.article_view.source_text
        assert visible_lines(reader.article_view)[0].strip()


async def test_small_terminal_is_usable(seeds_app):
    async with seeds_app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        for selector in ("#articles", "#article", "#card"):
            region = reader.query_one(selector).region
            assert region.width >= 12 and region.height >= 10, selector
        await pilot.press("n", "d", "j", "w")
        await pilot.pause()
        assert isinstance(seeds_app.screen, WhyScreen)


async def test_palette_lists_reader_actions(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        commands = {c.title: c for c in seeds_app.get_system_commands(reader)}
        for title in ("Next (n)", "Compare (c)", "Overview (o)", "Export (e)", "Why (w)", "Reload (r)", "Keys (?)"):
            assert title in commands, title
        commands["Next (n)"].callback()
        await pilot.pause()
        await pilot.pause()
        assert reader.current == 1


async def test_lists_are_redrawn_at_the_new_width_after_a_resize(seed_engine):
    """The card and article list keep their drawn rows across a resize only when the width holds."""
    from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

    def rows(app) -> list[list[str]]:
        reader = app.screen
        return [[lst.render_line(y).text for y in range(lst.scrollable_content_region.height)]
                for lst in (reader.article_list, reader.card_list)]

    resized = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with resized.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        after_resize = rows(resized)
    fresh = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with fresh.run_test(size=(90, 30)) as pilot:
        await wait_loaded(pilot)
        assert rows(fresh) == after_resize


async def test_moving_the_highlight_redraws_both_rows(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        listing = seeds_app.screen.article_list
        first_row = listing.render_line(0)
        await pilot.press("n")
        await pilot.pause()
        assert listing.highlighted == 1
        assert listing.render_line(0).text == first_row.text
        assert listing.render_line(0) != first_row  # no longer drawn highlighted
        assert listing.render_line(2) != listing.render_line(4)  # the new highlight differs from a plain row


def drawn(widget) -> list[list]:
    """What a widget paints, line by line: text, styles and the click metadata."""
    return [list(widget.render_line(y)) for y in range(widget.scrollable_content_region.height)]


def drawn_fresh(reader) -> tuple[list[list], list[list]]:
    """The article and card as they paint with every drawing cache dropped."""
    view, card = reader.article_view, reader.card_list
    view.restyle()
    card._drawn.clear()
    card._option_render_cache.clear()
    return drawn(view), drawn(card)


async def wait_prepared(pilot) -> None:
    await pilot.pause(reader_module.PREPARE_DELAY + 0.1)


async def test_next_article_is_drawn_ahead_and_paints_as_a_fresh_one(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await wait_prepared(pilot)
        following = seeds_app.workspace.entries[1]
        assert any(key[:2] == (id(following.article), id(following.card))
                   for key in reader.article_view._prepared)
        await pilot.press("n")
        shown = drawn(reader.article_view), drawn(reader.card_list)
        assert not any(key[:2] == (id(following.article), id(following.card))
                       for key in reader.article_view._prepared)  # taken, not drawn again
        assert shown == drawn_fresh(reader)
        await wait_prepared(pilot)
        await pilot.press("p")  # back to a card whose rows were drawn before
        card = reader.card_list
        for y in range(card.scrollable_content_region.height):  # a click lands on the row's own item
            option_index, _ = card._lines[card.scroll_offset.y + y]
            assert {seg.style.meta.get("option") for seg in card.render_line(y) if seg.style} == {option_index}
        assert (drawn(reader.article_view), drawn(reader.card_list)) == drawn_fresh(reader)


async def test_a_page_drawn_ahead_follows_later_layer_theme_and_size_changes(seeds_app):
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await wait_prepared(pilot)  # article 1 drawn with every layer on
        await pilot.press("1", "3", "n")  # claims and mentions off, then on
        assert reader.article_view.shown == {"claim": False, "denial": True, "mention": False}
        assert (drawn(reader.article_view), drawn(reader.card_list)) == drawn_fresh(reader)
        await wait_prepared(pilot)  # article 2 drawn in this theme
        seeds_app.theme = "textual-light" if seeds_app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.press("n")
        assert (drawn(reader.article_view), drawn(reader.card_list)) == drawn_fresh(reader)
        await wait_prepared(pilot)  # article 3 drawn at this width
        await pilot.resize_terminal(96, 30)
        await pilot.pause()
        await pilot.press("n")
        assert (drawn(reader.article_view), drawn(reader.card_list)) == drawn_fresh(reader)


async def test_a_large_folder_is_built_by_worker_processes_with_the_same_cards(tmp_path, seed_engine, monkeypatch):
    """Inside the running app (whose stderr is Textual's), the workers start and their cards are the engine's."""
    from tui.cards import pool
    from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

    monkeypatch.setattr(pool, "MIN_FILES", 12)
    monkeypatch.setattr(pool, "worker_count", lambda: 2)
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for i in range(30):
        shutil.copyfile(seeds[i % len(seeds)], tmp_path / f"{i:03d}.txt")
    app = make_app([str(tmp_path)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, limit=30)
        assert app.card_workers == 2
        entries = app.workspace.entries
        assert [e.article.path for e in entries] == [str(p) for p in sorted(tmp_path.glob("*.txt"))]
        assert [e.card for e in entries] == [seed_engine.card_for_file(e.article.path) for e in entries]



async def test_the_reader_turns_the_garbage_collector_back_on_after_its_first_paint(seeds_app):
    """`brief` holds the collector while it starts (tui.cli.hold_gc_for_startup)."""
    import gc

    gc.disable()
    try:
        async with seeds_app.run_test(size=SIZE) as pilot:
            await wait_loaded(pilot)
            assert gc.isenabled()
    finally:
        gc.enable()


async def typed_at_once(pilot, keys: list[str], until) -> None:
    """Queue every key before the app handles the first, as a fast typist, a paste or a
    browser's burst of keys does (``pilot.press`` waits for each key to be handled), then
    wait (up to 10 s: a loaded machine) until ``until()``: the last key has been handled."""
    from textual import events

    for key in keys:
        pilot.app.post_message(events.Key(key, {"slash": "/"}.get(key, key if len(key) == 1 else None)))
    for _ in range(200):
        if until():
            return
        await pilot.pause(0.05)


async def test_keys_typed_right_after_a_focus_key_reach_the_new_place(seeds_app):
    """"n/kirby" typed in one burst goes to the next article and searches it for "kirby" (not
    "k", "i", ... as reader keys, and the "n" not lost), and after "d" (to the card) a "j" at
    once moves in the card, not in the list left behind."""
    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        reader = seeds_app.screen
        await typed_at_once(pilot, ["n", "slash", *"kirby"], lambda: reader.query_one("#search").value == "kirby")
        assert reader.query_one("#search").value == "kirby"
        assert reader.current == 1 and isinstance(seeds_app.screen, ReaderScreen)
        await pilot.press("escape")
        await typed_at_once(pilot, ["a", "p", "d", "j"], lambda: reader.card_list.highlighted == 1)
        assert reader.card_list.has_focus and reader.card_list.highlighted == 1
        assert reader.current == 0


async def test_a_filter_typed_right_after_slash_in_the_compare_picker(seeds_app):
    from tui.app.screens.modals import PickArticleScreen

    async with seeds_app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("c")
        await pilot.pause(0.2)
        assert isinstance(seeds_app.screen, PickArticleScreen)
        await typed_at_once(pilot, ["slash", *"white", "slash"],
                            lambda: seeds_app.screen.query_one("#pick-filter").value == "white/")
        assert seeds_app.screen.query_one("#pick-filter").value == "white/"
