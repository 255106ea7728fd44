"""The compare screen, the overview and the exported briefing agree on discrepancies (issue 14).

On the seeds (briefs/track-two.yaml; the ``ws`` and ``ov`` fixtures: conftest.py), every discrepancy the pair comparison reports between
two articles, of a kind the whole set can see too, is on the overview and in the briefing,
and every pairwise one the overview reports is reported by the pair comparison.
"""

from __future__ import annotations

import re
from itertools import combinations

from tui.briefing import render_briefing
from tui.comparison import compare_entries

PAIRWISE = ("attribution", "figure", "spelling")
"""Kinds both the pair comparison and the whole set report ("denial-omitted" is only about
two articles, "claim-vs-denial" only about a set)."""


def _inside(span, refs) -> bool:
    return any(r.article == span.article and r.start <= span.start and span.end <= r.end for r in refs)


def pair_view(ws, ov) -> set[tuple[str, int, int]]:
    """(kind, left, right) for every pairwise discrepancy of every pair of articles. A figure
    counts where the set can see it: both numbers inside statements one cluster carries (the
    pair comparison also reads figures in sentences no one is quoted in)."""
    out = set()
    for a, b in combinations(range(len(ws.entries)), 2):
        for d in compare_entries(ws, a, b).discrepancies:
            if d.kind not in PAIRWISE:
                continue
            if d.kind == "figure" and not any(_inside(d.left[0], c.members) and _inside(d.right[0], c.members)
                                              for c in ov.shared_statements):
                continue
            out.add((d.kind, a, b))
    return out


def overview_view(ov) -> set[tuple[str, int, int]]:
    return {(d.kind, a, b) for d in ov.discrepancies if d.kind in PAIRWISE for a, b in d.pairs()}


SPELLING = re.compile(r"^- .+? is spelled differently\\?: (.*)$")
STATEMENT = re.compile(r"^- (.+?) and (.+?) give (the same words to different speakers|different figures)")


def article_number(label: str) -> int:
    """The article a briefing label ("001" or "001 Mamos Nigeria") names."""
    return int(label.split()[0])


def briefing_view(ws) -> set[tuple[str, int, int]]:
    """The same triples read back from the exported Markdown (labels are "NNN" or "NNN Outlet")."""
    text = render_briefing(ws)
    section = text[text.index("### Discrepancies between outlets"):text.index("## Articles")]
    out = set()
    for line in section.splitlines():
        line = line.replace("\\", "")
        if m := SPELLING.match(line):
            forms = [(f, {article_number(x) for x in arts.split(", ")})
                     for f, arts in re.findall(r"\u201c(.+?)\u201d in ([^;]+)", m.group(1))]
            for (fx, ax), (fy, ay) in combinations(forms, 2):
                out |= {("spelling", min(a, b), max(a, b)) for a in ax - ay for b in ay - ax}
        elif m := STATEMENT.match(line):
            a, b = article_number(m.group(1)), article_number(m.group(2))
            kind = "attribution" if "same words" in m.group(3) else "figure"
            out.add((kind, min(a, b), max(a, b)))
    return out


def test_pair_comparison_overview_and_briefing_agree(ws, ov):
    pairs, whole, export = pair_view(ws, ov), overview_view(ov), briefing_view(ws)
    assert ("spelling", 0, 2) in pairs  # Haass / Haas, seen by all three
    assert pairs == whole, f"only pairwise: {pairs - whole}; only overview: {whole - pairs}"
    assert export == whole, f"only exported: {export - whole}; only overview: {whole - export}"


def test_set_only_kinds_reach_the_briefing(ws, ov):
    text = render_briefing(ws)
    claim_vs_denial = [d for d in ov.discrepancies if d.kind == "claim-vs-denial"]
    assert claim_vs_denial, "the NBC claim in one article reported as a denial in another"
    for d in claim_vs_denial:
        assert d.statements[0].kind == "claim" and d.statements[1].kind == "denial"
        assert "reports it as a statement" in text
    data = ov.to_json()["discrepancies"]
    assert {d["kind"] for d in data} >= {"spelling", "claim-vs-denial"}


def _card(name: str, statements: list[tuple[str, str, str]]) -> tuple[object, str]:
    """A card made by hand over an invented text (one statement a line)."""
    from tui.cards.model import Actor, Card, Statement

    body = "\n".join(text for _, _, text in statements)
    card = Card(file=f"/x/{name}.txt", title=name, outlet=name)
    pos = 0
    for kind, speaker, text in statements:
        start = body.index(text, pos)
        pos = start + len(text)
        (card.claims if kind == "claim" else card.denials).append(Statement(kind, speaker, text, start, pos, "r"))
        if card.actor(speaker) is None:
            card.actors.append(Actor(speaker, "person", [speaker], [(start, start + len(speaker))]))
    return card, body


def test_attribution_and_figure_agree_on_invented_texts():
    """The seeds give no attribution and no quoted figure; invented texts do, and the pair
    comparison and the overview must both see them for the same pair of articles."""
    from tui.comparison import compare, overview

    made = [
        _card("Daily A", [("claim", "Tomas Vey", "the harbour board met the Kessel envoys in Orlin for two days"),
                          ("claim", "Tomas Vey", "the port authority was aware of the Kessel grain talks in general terms")]),
        _card("Daily B", [("claim", "Tomas Vey", "the harbour board met the Kessel envoys in Orlin for three days"),
                          ("claim", "Ilse Marr", "the port authority was aware of the Kessel grain talks in general terms")]),
    ]
    cards, texts = [c for c, _ in made], [t for _, t in made]
    pair = {(d.kind, 0, 1) for d in compare(cards[0], cards[1], texts[0], texts[1]).discrepancies
            if d.kind in PAIRWISE}
    ov = overview(cards, texts)
    assert pair == overview_view(ov) == {("attribution", 0, 1), ("figure", 0, 1)}
