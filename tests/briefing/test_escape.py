"""md_inline: every Markdown/HTML construct in article text stays literal text."""

from __future__ import annotations

import pytest

from tui.briefing.escape import flatten, md_cell, md_inline

from briefing_helpers import HOSTILE, flat_tokens, inline_text, md_parser

FORBIDDEN = {"html_inline", "html_block", "link_open", "image", "code_inline", "code_block",
             "fence", "em_open", "strong_open", "s_open", "heading_open", "bullet_list_open",
             "ordered_list_open", "blockquote_open", "table_open", "hr"}


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_parses_as_one_plain_paragraph(text):
    escaped = md_inline(text)
    assert "\n" not in escaped and "\r" not in escaped
    tokens = md_parser().parse(escaped)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert not {t.type for t in flat_tokens(tokens)} & FORBIDDEN
    # What the reader sees is the article's words, on one line.
    assert inline_text(tokens[1]) == flatten(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_text_at_line_start_of_a_list_item_and_heading(text):
    for doc in (f"- {md_inline(text)}", f"## {md_inline(text)}", md_inline(text)):
        tokens = md_parser().parse(doc)
        types = [t.type for t in flat_tokens(tokens)]
        assert "html_inline" not in types and "html_block" not in types and "link_open" not in types
        assert types.count("heading_open") == (1 if doc.startswith("##") else 0)
        assert types.count("list_item_open") == (1 if doc.startswith("- ") else 0)


def test_gfm_viewer_parser_does_not_linkify_or_strike():
    """Viewers of the saved file (GitHub, Textual's Markdown widget) parse with "gfm-like"
    (tables, strikethrough, linkify)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("gfm-like")
    text = "see www.evil.example and https://evil.example/x ~~gone~~ <b>x</b>"
    types = {t.type for t in flat_tokens(md.parse(md_inline(text)))}
    assert not types & {"link_open", "s_open", "html_inline", "html_block"}


def test_line_breaks_and_controls_become_spaces_and_stand_ins():
    assert flatten("a\nb\r\nc\u2028d\te") == "a b c d e"
    assert flatten("red \x1b[31m") == "red \ufffd[31m"
    assert flatten("  lead") == "lead"


def test_table_cell_keeps_pipes_inside_the_cell():
    row = "| " + md_cell("a | b | c") + " | " + md_cell("`x|y`") + " |"
    doc = "| h1 | h2 |\n|---|---|\n" + row + "\n"
    tokens = md_parser().parse(doc)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    inlines = [t for t in tokens if t.type == "inline"]
    assert inline_text(inlines[-2]) == "a | b | c"
    assert inline_text(inlines[-1]) == "`x|y`"


def test_empty_values():
    assert md_inline(None) == "" and md_inline("") == ""
    assert md_cell(None, "\u2014") == "\u2014"


@pytest.mark.parametrize("text", ["2026-12-01 02:17", "US: Biden didn’t approve", "well-known ex-minister",
                                  "snake_case_name", "Thursday, 6 July 2023. Then 3.5 per cent!", "A & B"])
def test_clean_text_is_left_as_it_is(text):
    """Only what would change the meaning where it stands is escaped (issue 15, point 8)."""
    assert md_inline(text) == text


@pytest.mark.parametrize("text", ["javascript:alert(1)", "# heading", "1. item", "> quote", "- item",
                                  "_emphasis_", "&lt;b&gt;"])
def test_syntax_where_it_stands_is_still_escaped(text):
    assert md_inline(text) != text
    tokens = md_parser().parse(md_inline(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert inline_text(tokens[1]) == text


@pytest.mark.parametrize("name", ["seeds/000_1e6162be73efbda0.txt", "a`b.txt", "`odd`.md", "x|y.md"])
def test_file_names_are_code_spans_shown_exactly(name):
    from tui.briefing.escape import md_code

    tokens = md_parser().parse(md_code(name))
    code = [t for t in flat_tokens(tokens) if t.type == "code_inline"]
    assert len(code) == 1 and code[0].content == name
    row = md_parser().parse("| f |\n|---|\n| " + md_code(name, in_table=True) + " |\n")
    cells = [t for t in row if t.type == "td_open"]
    assert len(cells) == 1
