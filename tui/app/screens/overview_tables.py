"""The overview's four tables, filled from an ``Overview``: the actor matrix (or totals and
top articles for a large set), shared statements, denials and articles.

A mixin of ``OverviewScreen``. Rows go in a batch per turn of the event loop, so keys are
served while thousands of rows are added; each row keeps where Enter on it jumps to.
Names and statements are article data: ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from ...articles.safe_text import printable
from ...comparison import Overview
from ...comparison.overview_model import TOP_ARTICLES

BATCH = 100
"""Rows added to a table per turn of the event loop: keys are served between batches (300
rows, some measured for wrapping, kept an Esc waiting up to 0.27 s on 2,000 articles)."""

Jump = tuple[int, tuple[int, int] | None]


def _t(value: object, style: str = "") -> Text:
    return Text(printable(str(value)), style=style, no_wrap=True, overflow="ellipsis")


def _wrapped(value: str) -> Text:
    """Words for a column they may wrap in (article data, never markup)."""
    return Text(printable(value))


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OverviewTables:
    """Filling the tables of ``overview``; ``jumps`` holds one target per row of each."""

    overview: Overview | None
    actor_rows: list
    jumps: dict[str, list[Jump]]
    sort_key: str
    sort_article: int | None
    _generation: dict[str | None, int]
    _filling: set[str | None]

    def _words_width(self, fixed: int) -> int:
        """Width of a table's words column: what the screen leaves after ``fixed`` cells of
        the other columns (their padding included), never under 30."""
        return max(30, self.size.width - fixed - 4)

    def _add_rows(self, table: DataTable, rows: list[list[Text]], wrap: int | None = None) -> None:
        """Add the rows, the first batch now and the rest a batch per turn of the event
        loop (a refill replaces rows still waiting: the table is cleared first). With
        ``wrap``, a row whose cell ``wrap`` is longer than its column is as tall as its
        wrapped words (the rest stay one line, cheap to add)."""
        generation = self._generation[table.id] = self._generation.get(table.id, 0) + 1
        self._filling.add(table.id)

        def add(start: int) -> None:
            if self._generation.get(table.id) != generation or not table.is_attached:
                return
            if wrap is None:
                table.add_rows(rows[start:start + BATCH])
            else:
                width = table.columns[list(table.columns)[wrap]].width
                for row in rows[start:start + BATCH]:
                    table.add_row(*row, height=None if row[wrap].cell_len > width else 1)
            if start + BATCH < len(rows):
                self.call_later(add, start + BATCH)
            else:
                self._filling.discard(table.id)

        add(0)

    @property
    def matrix(self) -> bool:
        """A column per article (small sets) or totals and the top articles (large ones)."""
        return self.overview is not None and self.overview.per_article_columns

    def _fill_actors(self) -> None:
        o = self.overview
        table = self.query_one("#overview-actors", DataTable)
        table.clear(columns=True)
        rows = o.sorted_actors(self.sort_key, self.sort_article)
        table.add_column("actor", key="actor", width=self._actor_width(rows))
        table.add_column("kind", key="kind")
        if self.matrix:
            for a in o.articles:
                table.add_column(a.label, key=f"a{a.index}")
        table.add_column("total", key="total")
        table.add_column("in", key="in")
        if not self.matrix:
            table.add_column("most in (article×mentions)", key="most")
        labels = {a.index: a.label for a in o.articles}
        self.actor_rows = rows
        cells: list[list[Text]] = []
        jumps: list[Jump] = []
        for row in rows:
            line = [_t(row.name, "bold"), _t(row.kind, "dim")]
            if self.matrix:
                line += [Text(str(row.count(a.index)), justify="right") if row.count(a.index)
                         else Text("·", style="dim", justify="center") for a in o.articles]
            line += [Text(str(row.total), justify="right", style="bold"), Text(str(row.articles), justify="right")]
            if not self.matrix:
                line.append(_t(", ".join(f"{labels.get(i, i)}×{row.count(i)}"
                                         for i in row.top_articles(TOP_ARTICLES))))
            cells.append(line)
            first = row.first_mention()
            jumps.append((first.article, (first.start, first.end)) if first else (0, None))
        self.jumps["overview-actors"] = jumps
        self._add_rows(table, cells)

    def _actor_width(self, rows: list) -> int:
        """The actor column: as wide as the longest name if the screen has room after the
        other columns (kind, counts, the top articles or one column per article), else cut."""
        columns = 6 + 6 + 4 + (5 * len(self.overview.articles) if self.matrix else 2 + 26)
        room = self.size.width - columns - 2 * 6 - 4
        return max(16, min(max((len(r.name) for r in rows), default=5), room))

    def _fill_shared(self) -> None:
        o = self.overview
        table = self.query_one("#overview-shared", DataTable)
        table.clear(columns=True)
        for label in ("#", "articles", "article", "speaker"):
            table.add_column(label, key=label)
        parties = max((len(m.party) for c in o.shared_statements for m in c.members), default=8)
        carried_width = max((len(c.articles) * 4 for c in o.shared_statements), default=8)
        words = self._words_width(4 + 2 + carried_width + 2 + 7 + 2 + min(parties, 30) + 2)
        table.add_column("words", key="words", width=words)
        jumps: list[Jump] = []
        rows: list[list[Text]] = []
        labels = {a.index: a.label for a in o.articles}
        for n, cluster in enumerate(o.shared_statements, 1):
            carried = ",".join(labels.get(i, str(i)) for i in cluster.articles)
            for k, m in enumerate(cluster.members):
                rows.append([Text(str(n) if k == 0 else "", style="bold"),
                             Text(carried if k == 0 else "", style="cyan"),
                             Text(labels.get(m.article, str(m.article))),
                             _t(m.party, "bold"), _wrapped(_clip(m.text, 400))])
                jumps.append((m.article, (m.start, m.end)))
        self.jumps["overview-shared"] = jumps
        self._add_rows(table, rows, wrap=4)

    def _fill_denials(self) -> None:
        o = self.overview
        table = self.query_one("#overview-denials", DataTable)
        table.clear(columns=True)
        parties = max((len(d.party) for d in o.denials), default=10)
        rules = max((len(d.rule) for d in o.denials), default=4)
        for label in ("article", "who denies"):
            table.add_column(label, key=label)
        table.add_column("what", key="what", width=self._words_width(7 + 2 + min(parties, 30) + 2 + rules + 2))
        table.add_column("rule", key="rule")
        labels = {a.index: a.label for a in o.articles}
        jumps: list[Jump] = []
        rows: list[list[Text]] = []
        for d in o.denials:
            rows.append([Text(labels.get(d.article, str(d.article))), _t(d.party, "bold"),
                         _wrapped(_clip(d.text, 400)), _t(d.rule, "dim")])
            jumps.append((d.article, (d.start, d.end)))
        self.jumps["overview-denials"] = jumps
        self._add_rows(table, rows, wrap=2)

    def _fill_articles(self) -> None:
        o = self.overview
        table = self.query_one("#overview-articles", DataTable)
        table.clear(columns=True)
        for label in ("#", "title", "outlet", "date", "words", "chars", "actors", "claims", "denials"):
            table.add_column(label, key=label)
        jumps: list[Jump] = []
        rows: list[list[Text]] = []
        for a in o.articles:
            rows.append([Text(a.label, style="bold"), _t(_clip(a.title, 70)), _t(a.outlet or "–"),
                         _t(a.date or "–"), Text(str(a.words), justify="right"),
                         Text(str(a.length), justify="right"), Text(str(a.actors), justify="right"),
                         Text(str(a.claims), justify="right"), Text(str(a.denials), justify="right")])
            jumps.append((a.index, None))
        self.jumps["overview-articles"] = jumps
        self._add_rows(table, rows)
