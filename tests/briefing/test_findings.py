"""Key findings: shared statements, denials, and discrepancies between outlets."""

from __future__ import annotations

from briefing_helpers import fake_engine

from tui.articles.model import Article
from tui.briefing.findings import Source, find, spelling_discrepancy
from tui.cards.model import Actor, Card, Statement
from tui.workspace import Entry, Workspace


def source(index: int, outlet: str, statements: list[tuple[str, str, str]]) -> Source:
    body = "\n".join(text for _, _, text in statements)
    card = Card(file=f"/x/{index}.txt", title=f"T{index}", outlet=outlet)
    pos = 0
    for kind, speaker, text in statements:
        start = body.index(text, pos)
        pos = start + len(text)
        st = Statement(kind, speaker, text, start, pos, "r")
        (card.claims if kind == "claim" else card.denials).append(st)
        if card.actor(speaker) is None:
            card.actors.append(Actor(speaker, "person", [speaker], [(start, start + 1)]))
    return Source(index, Article(path=card.file, text=body, title=card.title), card, f"{index}.txt")


SOURCES = [
    source(1, "Daily A", [
        ("claim", "Kirby", "the officials met Lavrov in April in New York for two days"),
        ("claim", "Kirby", "the White House was aware of the talks in general terms"),
        ("denial", "Kirby", "Sullivan was not involved in the meetings at all"),
    ]),
    source(2, "Daily B", [
        ("claim", "Kirby", "the officials met Lavrov in April in New York for three days"),
        ("claim", "Price", "the White House was aware of the talks in general terms"),
        ("claim", "Kirby", "Sullivan was involved in the meetings at all"),
        ("denial", "Kirby", "Sullivan was not involved in the meetings at all"),
    ]),
    source(3, "Daily C", [("denial", "Kirby", "Sullivan was not involved in the meetings at all")]),
]


def check(result):
    kinds = {d.kind for d in result.discrepancies}
    assert {"attribution", "figure"} <= kinds, result.discrepancies
    speaker = next(d for d in result.discrepancies if d.kind == "attribution")
    assert {i.statement.speaker for i in speaker.items} == {"Kirby", "Price"}
    numbers = next(d for d in result.discrepancies if d.kind == "figure")
    assert {i.source.outlet_key for i in numbers.items} == {"Daily A", "Daily B"}
    # every denial is listed; the same denial from three outlets is one finding
    assert sum(len(g.items) for g in result.denials) == 3
    sullivan = [g for g in result.denials if "Sullivan" in g.wording]
    assert len(sullivan) == 1 and sullivan[0].outlets == ["Daily A", "Daily B", "Daily C"]
    assert any(len(g.outlets) >= 2 for g in result.shared)


def test_findings_with_comparison():
    check(find(SOURCES))


def test_spelling_discrepancy_folds_short_forms():
    """The overview decides what is a spelling variant (a name written all in lower case is
    one, as on the compare screen); the briefing shows it, folding short forms."""
    by_index = {s.index: s for s in SOURCES}
    case = spelling_discrepancy("X", {"State Department": [1], "state department": [2]}, by_index)
    assert case is not None and "\u201cstate department\u201d in 002 Daily B" in case.summary
    assert spelling_discrepancy("X", {"State Department": [1]}, by_index) is None
    d = spelling_discrepancy("Zelenskyy", {"Volodymyr Zelenskyy": [1], "Zelenskyy": [1],
                                           "Volodymyr Zelensky": [2], "Zelensky": [2]}, by_index)
    assert d is not None and "Zelensky\u201d in 002 Daily B" in d.summary and d.summary.count("\u201c") == 2


def test_workspace_without_statements_renders_empty_findings():
    from tui.briefing import render_briefing

    ws = Workspace(engine=fake_engine())  # type: ignore[arg-type]
    ws.entries.append(Entry(Article(path="/x/a.txt", text="Nothing here."), Card(file="/x/a.txt", title="")))
    text = render_briefing(ws)
    assert "No statement is reported by more than one outlet." in text
    assert "No denials found." in text and "No discrepancies found between outlets." in text
