"""The briefing's structure holds whatever the articles contain (parsed with markdown-it-py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from briefing_helpers import HOSTILE, flat_tokens, inline_text, make_hostile_workspace, md_parser

from tui.briefing import BriefingOptions, render_briefing
from tui.briefing.escape import flatten
from tui.briefing.render import shown_path

WHEN = datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc)


@pytest.fixture
def hostile_workspace():
    return make_hostile_workspace()


def parse(text):
    return md_parser().parse(text)


def headings(tokens):
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            out.append((tok.tag, inline_text(tokens[i + 1])))
    return out


def tables(tokens):
    """Each table as a list of rows, each row a list of cell texts."""
    result, rows, row, in_table = [], [], None, False
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            rows, in_table = [], True
        elif tok.type == "table_close":
            result.append(rows)
            in_table = False
        elif in_table and tok.type == "tr_open":
            row = []
        elif in_table and tok.type == "tr_close":
            rows.append(row)
        elif in_table and tok.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[i + 1]))
    return result


def assert_no_raw_markup(tokens, files=()):
    """No markup from article text; code spans only for the file names the briefing shows."""
    types = [t.type for t in flat_tokens(tokens)]
    for bad in ("html_inline", "html_block", "link_open", "image", "code_block",
                "fence", "em_open", "blockquote_open", "hr", "lheading"):
        assert bad not in types, bad
    code = {t.content for t in flat_tokens(tokens) if t.type == "code_inline"}
    assert code <= set(files), code - set(files)


def test_hostile_workspace_structure(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN, base="/tmp"))
    tokens = parse(text)
    # the brief's relative path is shown relative to the base, wherever the project is cloned
    assert_no_raw_markup(tokens, files=("art1.md", "art2.md", shown_path("briefs/x|y.yaml", "/tmp")))
    heads = headings(tokens)
    levels = [tag for tag, _ in heads]
    n = len(hostile_workspace.entries)
    assert levels.count("h1") == 1
    assert [h for t, h in heads if t == "h2"] == ["Sources", "Key findings", "Articles"]
    assert [h for t, h in heads if t == "h3"][:4] == [
        "Actors that matter", "Statements carried by several outlets", "Denials",
        "Discrepancies between outlets"]
    assert levels.count("h3") == 4 + n
    assert levels.count("h4") == 3 * n
    # The title is the brief's title, literally.
    assert heads[0] == ("h1", "Briefing <b>title</b> | # x")
    # Article headings show the article title literally (line breaks as spaces).
    article_heads = [h for t, h in heads if t == "h3"][4:]
    assert article_heads == [f"000 {flatten(HOSTILE[0])}", f"001 {flatten(HOSTILE[-1])}"]

    sources, actors = tables(tokens)
    assert len(sources) == 1 + n and all(len(r) == 6 for r in sources)
    assert sources[0] == ["#", "Title", "Outlet", "Date", "Author", "File"]
    assert sources[1][1:5] == [flatten(HOSTILE[i]) for i in range(4)]
    assert sources[1][5] == "art1.md"
    assert all(len(r) == 6 for r in actors)

    # Per article: one list item per actor, claim and denial, each quoting the text whole.
    items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    per_article = 3 * len(HOSTILE)
    assert len(items) >= n * per_article
    inlines = [inline_text(t) for t in tokens if t.type == "inline"]
    for piece in HOSTILE:
        quoted = f"{flatten(piece)}: \u201c{flatten(piece)}\u201d (line "
        assert any(s.startswith(quoted) for s in inlines), piece


def test_speaker_is_bold_and_nothing_else_is(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN, cards=True))
    tokens = parse(text)
    strongs = [t for t in flat_tokens(tokens) if t.type == "strong_open"]
    card_items = sum(len(e.card.actors) + len(e.card.claims) + len(e.card.denials)
                     for e in hostile_workspace.entries)
    findings_items = sum(1 for t in tokens if t.type == "list_item_open") - card_items
    assert len(strongs) >= card_items
    assert len(strongs) <= card_items + 4 * findings_items  # discrepancies name up to a few speakers


def test_no_cards_leaves_out_the_articles_section(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN, cards=False))
    heads = headings(parse(text))
    assert [h for t, h in heads if t == "h2"] == ["Sources", "Key findings"]
    assert not [t for t, _ in heads if t == "h4"]


def test_choose_articles(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN, articles=[1]))
    sources = tables(parse(text))[0]
    assert len(sources) == 2 and sources[1][1] == flatten(HOSTILE[-1])
    assert "from 1 article " in inline_text(parse(text)[4])


def test_generated_line_names_articles_brief_and_rules_hash(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN))
    line = text.splitlines()[2]
    plain = inline_text(parse(line)[1])
    assert plain.startswith("Generated 2024-01-02 03:04 UTC from 2 articles")
    assert "briefs/x|y.yaml" in plain and "rules hash abc123" in plain


def test_shared_statement_and_denials_name_every_outlet(hostile_workspace):
    text = render_briefing(hostile_workspace, BriefingOptions(generated_at=WHEN, base="/tmp"))
    inlines = [inline_text(t) for t in parse(text) if t.type == "inline"]
    shared = [s for s in inlines if "carried by 2 outlets" in s]
    assert shared, "both articles hold the same statements"
    assert all(flatten(HOSTILE[1]) in s and flatten(HOSTILE[-2]) in s for s in shared)


def test_real_hostile_article_through_the_engine(tmp_path, default_engine):
    from tui.workspace import Workspace

    (tmp_path / "a.md").write_text(
        "---\n"
        "title: \"# Breaking | <script>alert(1)</script> *news* [click](http://evil.example)\"\n"
        "outlet: \"Evil | Outlet <b>bold</b>\"\n"
        "author: \"Jane `Doe` *Smith* & Co &lt;x&gt;\"\n"
        "---\n"
        "# Breaking | <script>alert(1)</script> *news* [click](http://evil.example)\n\n"
        "John Kirby said \"the | table <img src=x onerror=alert(1)> will *not* break "
        "[a link](http://x.y) inside\".\n\n"
        "\"We did not approve any `talks` | <b>ever</b>,\" Kirby said.\n\n"
        "Kirby denied that <script>evil()</script> was involved | at all.\n",
        encoding="utf-8")
    ws = Workspace.load([str(tmp_path)], default_engine)
    text = render_briefing(ws, BriefingOptions(generated_at=WHEN, base=tmp_path))
    tokens = parse(text)
    assert_no_raw_markup(tokens, files=("a.md", *default_engine.brief.files))
    sources = tables(tokens)[0]
    assert sources[1] == ["000", "# Breaking | <script>alert(1)</script> *news* [click](http://evil.example)",
                          "Evil | Outlet <b>bold</b>", "\u2014", "Jane `Doe` *Smith* & Co &lt;x&gt;", "a.md"]
    card = ws.entries[0].card
    inlines = [inline_text(t) for t in tokens if t.type == "inline"]
    for st in card.claims + card.denials:
        assert any(f"\u201c{flatten(st.text)}\u201d" in s for s in inlines), st.text


def test_a_preview_cuts_each_findings_list_but_the_saved_briefing_has_every_item(monkeypatch, track_two_engine,
                                                                                  seeds_dir):
    """Thousands of list items take seconds to render for the screen: the preview keeps the
    first of each list and says how many more the file has."""
    from tui.briefing import render

    monkeypatch.setattr(render, "PREVIEW_ITEMS", 1)
    from tui.workspace import Workspace

    briefing = render.build_briefing(Workspace.load([str(seeds_dir)], track_two_engine))
    assert briefing.text.count("\u2014 carried by") > 1
    preview = briefing.preview
    assert preview.count("\u2014 carried by") == 1 and preview.count("denies:") == 1
    more = briefing.text.count("\u2014 carried by") - 1
    assert f"- \u2026 and {more:,} more in the saved briefing." in preview
    assert "more in the saved briefing" not in briefing.text


def test_each_briefing_escapes_with_an_empty_cache_and_the_collector_held():
    """The escape cache holds one briefing's text: no export is faster because another
    ran before it (a 2,000-article set's text overflowed it, a 200-article one's did not),
    and a session does not keep the last briefing's strings. The collector is held while
    the briefing is built (issue 14) and given back."""
    import gc

    from tui.briefing import escape
    from tui.briefing.render import build_briefing

    left_over = "Left over from an earlier export"
    escape.md_inline(left_over)
    seen: list[bool] = []
    build_briefing(make_hostile_workspace(), progress=lambda stage, done, total: seen.append(gc.isenabled()))
    assert escape.md_inline.cache_info().currsize > 0  # this briefing's text is cached
    hits = escape.md_inline.cache_info().hits
    escape.md_inline(left_over)
    assert escape.md_inline.cache_info().hits == hits  # the earlier export's is not
    assert seen and not any(seen) and gc.isenabled()
