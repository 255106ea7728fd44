"""Shared helpers for the briefing tests: hostile text, a hand-made workspace, token walkers."""

from __future__ import annotations

from types import SimpleNamespace

from markdown_it import MarkdownIt

from tui.articles.model import Article
from tui.cards.model import Actor, Card, Statement
from tui.workspace import Entry, Workspace

HOSTILE = [
    "# Heading | pipe",
    "`code` and ``more``",
    "*star* _under_ **bold** ~~strike~~",
    "<script>alert(1)</script>",
    "<b>bold</b> <img src=x onerror=alert(1)> <!-- c -->",
    "[link](http://evil.example) ![img](x.png) <http://auto.example> www.evil.example",
    "line one\nline two\r\n# not a heading\n- not a list\n> not a quote",
    "1. not ordered | a | b",
    "&lt;entity&gt; &amp; &#60;",
    "=====",
    "    indented code?",
    "back\\slash\\ at end\\",
    "+ plus | \x1b[31mred\x1b[0m",
]


def md_parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def flat_tokens(tokens):
    for tok in tokens:
        yield tok
        if tok.children:
            yield from flat_tokens(tok.children)


def inline_text(tok) -> str:
    """Plain text of an inline token, as a reader of the rendered page sees it."""
    parts = []
    for child in tok.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def fake_engine(title="Briefing <b>title</b> | # x", files=("briefs/x|y.yaml",)):
    brief = SimpleNamespace(title=title, files=list(files), name="hostile", digest="abc123")
    return SimpleNamespace(brief=brief)


def hostile_entry(i: int, text_pieces: list[str]) -> Entry:
    body = "\n\n".join(text_pieces)
    article = Article(path=f"/tmp/art{i}.md", text=body, title=text_pieces[0])
    card = Card(file=f"/tmp/art{i}.md", title=text_pieces[0], outlet=text_pieces[1 % len(text_pieces)],
                date=text_pieces[2 % len(text_pieces)], author=text_pieces[3 % len(text_pieces)])
    pos = 0
    for piece in text_pieces:
        start = body.index(piece, pos)
        pos = start + len(piece)
        card.actors.append(Actor(name=piece, kind="person", aliases=[piece, "x|y"],
                                 mentions=[(start, pos)], role=piece, affiliation="<i>org</i>"))
        card.claims.append(Statement("claim", piece, piece, start, pos, "r.claim"))
        card.denials.append(Statement("denial", piece, piece, start, pos, "r.denial"))
    return Entry(article, card)


def make_hostile_workspace() -> Workspace:
    engine = fake_engine()
    ws = Workspace(engine=engine)  # type: ignore[arg-type]
    ws.entries.append(hostile_entry(1, HOSTILE))
    ws.entries.append(hostile_entry(2, list(reversed(HOSTILE))))
    return ws
