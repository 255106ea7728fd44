"""Pilot tests for the polish of issue 15: search bar, legend, numbering, keys, small things."""

from __future__ import annotations

from textual.widgets import Static

from tui.app.app import make_app
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

from .conftest import wait_loaded


def _app(engine):
    return make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=engine, watch=False)


def _shown(widget) -> bool:
    """On screen, at least one cell wide and tall."""
    region = widget.region
    return widget.display and region.width > 0 and region.height > 0


async def test_search_bar_shows_query_and_count_at_80_columns(seed_engine):
    async with _app(seed_engine).run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("n", "slash", *"Lavrov", "enter")
        await pilot.pause()
        reader = pilot.app.screen
        count = reader.query_one("#search-count", Static)
        field = reader.query_one("#search")
        assert _shown(count) and _shown(field)
        n = len(reader.matches)
        assert n > 1
        assert str(count.render()) == f"1/{n}"
        assert field.value == "Lavrov"
        await pilot.press("right_square_bracket")
        assert str(count.render()) == f"2/{n}"
        # the count stays inside the screen (it was cut off at the end of the header line once)
        assert count.region.right <= 80


async def test_search_without_match_says_so(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("slash", *"zzqx")
        await pilot.pause()
        assert str(pilot.app.screen.query_one("#search-count", Static).render()) == "no match"


async def test_legend_names_every_highlight_in_its_style(seed_engine):
    async with _app(seed_engine).run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        reader = pilot.app.screen
        legend = reader.query_one("#legend", Static)
        assert _shown(legend)
        text = legend.render()
        plain = str(text)
        for word in ("claim", "denial", "mention", "selected", "match"):
            assert word in plain
        pilot.app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        view = reader.article_view
        drawn = reader.query_one("#legend", Static).render().spans[0].style
        assert drawn.background.rgb == tuple(view.layer_style_of("claim").bgcolor.triplet)
        assert drawn.background.brightness > 0.5  # the light theme's claim colour, not the dark one's
