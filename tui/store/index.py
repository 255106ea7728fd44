"""The full-text rows of an article and its card: its lines, and its claims and denials.

Lines are indexed once per text (they do not depend on the rules); card items once
per card, each with its speaker and the aliases the card gives that speaker, so a
search for "Kirby" finds what the card calls "John Kirby".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..articles.model import Article
from ..cards.model import Card

ALIAS_SEPARATOR = " | "


@dataclass(frozen=True)
class LineRow:
    line: int
    start: int
    words: str


@dataclass(frozen=True)
class ItemRow:
    kind: str
    speaker: str
    aliases: str
    words: str
    start: int
    end: int
    line: int


def line_starts(text: str) -> list[int]:
    """Offset of the first character of each line (line 1 starts at 0)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)


def line_rows(text: str) -> list[LineRow]:
    rows = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            rows.append(LineRow(number, start, line.rstrip("\r")))
        start += len(line) + 1
    return rows


def item_rows(article: Article, card: Card) -> list[ItemRow]:
    starts = line_starts(article.text)
    aliases = {a.name: ALIAS_SEPARATOR.join(dict.fromkeys([a.name, *a.aliases])) for a in card.actors}
    rows = []
    for statement in card.claims + card.denials:
        rows.append(ItemRow(statement.kind, statement.speaker, aliases.get(statement.speaker, statement.speaker),
                            statement.text, statement.start, statement.end, line_of(starts, statement.start)))
    return rows
