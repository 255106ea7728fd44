"""The legend of the article's highlight layers: under the card, and on the help screen."""

from __future__ import annotations

from rich.text import Text

from .widgets.article_view import ArticleView

LEGEND = (("claim", "claim", "a claim: what a source says (1 turns them on and off)"),
          ("denial", "denial", "a denial: what a source rejects (2)"),
          ("mention", "mention", "a mention of an actor on the card (3)"),
          ("focus", "selected", "the words of the card item selected"),
          ("search-current", "match", "the search match shown (other matches are lighter)"))
"""Highlight layers the legend names: layer, word, what it means."""


def legend_text(view: ArticleView) -> Text:
    """One word per highlight layer, each drawn in its own layer's style."""
    text = Text(no_wrap=False, justify="left")
    for i, (layer, word, _meaning) in enumerate(LEGEND):
        if i:
            text.append(" ")
        text.append(word, style=view.layer_style_of(layer))
    return text


def legend_rows(view: ArticleView) -> list[tuple[Text, str]]:
    """The legend for the help screen: each layer's word in its style, and what it means."""
    return [(Text(word, style=view.layer_style_of(layer)), meaning) for layer, word, meaning in LEGEND]
