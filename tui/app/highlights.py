"""Highlight styles that stay legible in every theme.

A highlight in ``app.tcss`` is written with theme variables and often a
transparency (``background: $success 25%``). Rich styles have no transparency,
so Textual's partial component style drops it and paints the full colour: a
search match drawn in ``$warning`` over a mention coloured ``$accent`` was an
orange block in themes where the two are the same colour. Here each layer's
background is blended over the widget's own background, and its text colour is
kept only when it stands out from that background; otherwise the theme's
foreground, or failing that black or white, is used.

Only layers that set a background set the text colour too, so whichever
background is drawn on top decides the text colour, and a mention (text colour
and underline, no background) under it keeps only its underline.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.css.styles import StylesBase

MIN_CONTRAST = 4.5
"""WCAG AA for body text: the contrast every highlighted word must reach."""
MIN_MENTION_CONTRAST = 3.0
"""A mention is also underlined, so its colour may be a little softer (WCAG for UI marks)."""
BLACK = Color(0, 0, 0)
WHITE = Color(255, 255, 255)


def luminance(color: Color) -> float:
    """Relative luminance as WCAG 2 defines it (0 black .. 1 white)."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio between two opaque colours (1 same .. 21 black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(preferred: Color, fallback: Color, background: Color, floor: float = MIN_CONTRAST) -> Color:
    """``preferred`` if it stands out from ``background``, else ``fallback`` if that does,
    else whichever of black and white stands out more."""
    for color in (preferred, fallback):
        if contrast(color, background) >= floor:
            return color
    return max((BLACK, WHITE), key=lambda c: contrast(c, background))


def _opaque(color: Color, under: Color) -> Color:
    """``color`` as drawn over ``under`` (a colour with transparency mixed into it)."""
    return color if color.a >= 1 else under.blend(color.with_alpha(1.0), color.a)


def layer_style(styles: StylesBase, base_background: Color, base_color: Color) -> Style:
    """A highlight layer's Rich style, with its background blended over ``base_background``
    and a text colour that reads on it (see the module docstring)."""
    base_background = _opaque(base_background, BLACK)
    base_color = _opaque(base_color, base_background)
    text_style = styles.text_style
    if styles.has_rule("background") and styles.background.a > 0:
        background = base_background.blend(styles.background.with_alpha(1.0), styles.background.a)
        wanted = styles.color if styles.has_rule("color") else base_color
        wanted = _opaque(wanted, background)
        color = legible(wanted, base_color, background)
        return Style(color=color.rich_color, bgcolor=background.rich_color) + text_style
    if styles.has_rule("color") and styles.color.a > 0:
        wanted = _opaque(styles.color, base_background)
        color = legible(wanted, base_color, base_background, MIN_MENTION_CONTRAST)
        return Style(color=color.rich_color) + text_style
    return Style() + text_style
