"""Every highlight stays legible in every built-in theme (issue 15, point 1).

The contrast is measured on the colours the article view draws with (blended,
as on screen), for each layer and for layers stacked in drawing order, not on
colour names. An orange search match over an orange mention was once invisible.
"""

from __future__ import annotations

import itertools

from rich.terminal_theme import DEFAULT_TERMINAL_THEME, NIGHT_OWLISH
from textual.color import Color

from tui.app.highlights import BLACK, WHITE, contrast, legible
from tui.app.app import make_app
from tui.commands.common import SEEDS_BRIEF, SEEDS_DIR

from .conftest import wait_loaded

DRAW_ORDER = ("mention", "claim", "denial", "search", "search-current", "focus")
"""The order ArticleView stylizes its layers in (a later layer is drawn over an earlier one)."""


def _rgb(color, foreground: bool, light: bool) -> Color:
    """An opaque colour as a terminal draws it: an ANSI theme's colours through a standard
    terminal palette, a light one for a light theme (it assumes a light terminal)."""
    palette = NIGHT_OWLISH if light else DEFAULT_TERMINAL_THEME
    return Color(*color.get_truecolor(palette, foreground=foreground))


def _stacks():
    for n in range(1, 4):
        for combo in itertools.combinations(DRAW_ORDER, n):
            if not ("claim" in combo and "denial" in combo):
                yield combo


def test_contrast_ratio_of_known_pairs():
    assert round(contrast(BLACK, WHITE), 1) == 21.0
    assert contrast(Color(200, 120, 0), Color(200, 120, 0)) == 1.0


def test_legible_falls_back_when_the_colour_fades_into_the_background():
    orange = Color(255, 166, 43)
    assert legible(orange, orange, orange) in (BLACK, WHITE)
    assert legible(WHITE, BLACK, Color(10, 10, 10)) == WHITE
    assert legible(Color(20, 20, 20), WHITE, Color(10, 10, 10)) == WHITE


async def test_every_highlight_is_legible_in_every_theme(seed_engine):
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        view = app.screen.article_view
        failures = []
        # The ANSI themes draw with the terminal's own sixteen colours, which differ from one
        # terminal to the next: there is no colour to measure, so they are left out here.
        themes = sorted(t for t in app.available_themes if not t.startswith("ansi-"))
        assert any("light" in t for t in themes) and any("dark" in t for t in themes)
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            base = view.rich_style
            light = not app.current_theme.dark
            plain_bg = _rgb(base.bgcolor, False, light)
            for stack in _stacks():
                style = base
                for name in stack:
                    style = style + view.layer_style_of(name)
                fg = _rgb(style.color, True, light)
                bg = _rgb(style.bgcolor, False, light)
                floor = 3.0 if stack == ("mention",) else 4.5
                ratio = contrast(fg, bg)
                if ratio < floor:
                    failures.append(f"{theme}: {'+'.join(stack)} text/background contrast {ratio:.2f} < {floor}")
                if stack[-1] in ("search", "search-current", "focus") and contrast(bg, plain_bg) < 1.15:
                    failures.append(f"{theme}: {stack[-1]} background cannot be told from the page")
        assert not failures, "\n".join(failures)


async def test_current_search_match_is_drawn_legibly(seed_engine):
    """The drawn strip itself: /Lavrov on the article that names him, textual-dark (orange on orange once)."""
    app = make_app([str(SEEDS_DIR)], str(SEEDS_BRIEF), engine=seed_engine, watch=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        app.theme = "textual-dark"
        await pilot.press("n", "slash", *"Lavrov", "enter")
        await pilot.pause()
        view = app.screen.article_view
        start, end = app.screen.matches[app.screen.match_index]
        line = view.line_of(start)
        strip = view.render_line(line - int(view.scroll_offset.y))
        drawn = [s for s in strip if "Lavrov" in s.text or s.text in "Lavrov" and s.text.strip()]
        assert drawn, "the current match is not on screen"
        for segment in drawn:
            fg = _rgb(segment.style.color, True, False)
            bg = _rgb(segment.style.bgcolor, False, False)
            assert contrast(fg, bg) >= 4.5, (segment.text, fg, bg)
