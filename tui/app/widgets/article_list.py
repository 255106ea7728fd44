"""The article list: one two-line option per article, appended as cards arrive.

An ``OptionList`` stays fast at thousands of rows (a ``ListView`` does not), and
options are only ever appended, so Textual measures each row once.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...articles.safe_text import printable
from ...workspace import Entry
from .scrolling import HighlightLinesMixin, KeepRowsMixin


def one_line(text: str) -> str:
    """Printable text on a single line (for titles shown in lists)."""
    return " ".join(printable(text).split())


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class Rows(Content):
    """Text whose rows are its lines: lists of articles are styled not to wrap
    (``text-wrap: nowrap``), so a row's height is its line count. Textual would otherwise
    lay out every row to learn it, which was a third of reopening 10,000 articles."""

    def get_height(self, rules: RulesMap, width: int) -> int:
        if rules.get("text_wrap", "wrap") == "nowrap":
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)


def entry_prompt(index: int, entry: Entry) -> Rows:
    """Two lines: number and title; outlet, date and counts (or why it could not be read)."""
    number = f"{index:03d} "
    if not entry.ok:
        name = entry.path.replace("\\", "/").rsplit("/", 1)[-1]
        return _rows(number, "⚠ " + one_line(name), "\n    unreadable: " + one_line(entry.article.error or "?"),
                     "italic")
    row = entry.summary  # a stored entry's row is listed without reading its file
    details = [f"{_count(row.claims, 'claim')} {_count(row.denials, 'denial')}"]
    details += [one_line(x) for x in (row.outlet, row.date) if x]
    return _rows(number, one_line(row.title or entry.path) or "(untitled)", "\n    " + " · ".join(details), "dim")


def _rows(number: str, title: str, second: str, second_style: str) -> Rows:
    """A dim number, a bold title, a second line: what ``Rows.assemble`` makes, built
    directly (a reopened folder lists 10,000 of them at once). Every part went through
    ``one_line`` (control characters made visible), so Textual need not strip them again."""
    a, b = len(number), len(number) + len(title)
    return Rows(number + title + second, [Span(0, a, "dim"), Span(a, b, "bold"), Span(b, b + len(second), second_style)],
                strip_control_codes=False)


class ArticleList(HighlightLinesMixin, KeepRowsMixin, OptionList):
    """Articles of the workspace, in load order (index = workspace entry index)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Next article", show=False),
        Binding("k", "cursor_up", "Previous article", show=False),
        Binding("g", "first", "First article", show=False),
        Binding("G", "last", "Last article", show=False),
    ]

    class LastAsked(Message):
        """G was pressed: the screen knows whether more articles are still to come."""

    def action_last(self) -> None:
        super().action_last()
        self.post_message(self.LastAsked())

    def add_entries(self, start: int, entries: list[Entry]) -> None:
        self.add_options(
            Option(entry_prompt(i, e), id=f"article-{i}")
            for i, e in enumerate(entries, start)
        )

    def replace_all(self, entries: list[Entry]) -> None:
        """New cards for every article (the brief changed): keep the highlighted row."""
        keep = self.highlighted
        self.set_options(Option(entry_prompt(i, e), id=f"article-{i}") for i, e in enumerate(entries))
        if keep is not None and keep < len(entries):
            self.highlighted = keep
