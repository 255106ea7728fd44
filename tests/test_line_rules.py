"""The first-character test before each line rule lets through every line the rule matches."""

import re

import pytest

from tui.articles.reader import article_from_text
from tui.cards.engine import CardEngine
from tui.cards.line_rules import opening_chars

LINES = ["By Ada Quillon", "By Ada Quillon, Quill Ledger", "Source: Quill wire", "SHARE THIS", "ſhare this",
         "Share on Quillbook", "Photo: Ada Quillon", "PHOTO CREDIT: Bo Marrow", "Written by: Ada Quillon",
         "Reporter: Bo Marrow", "Author: Bo Marrow", "Comments", "Sign up now", "Related stories",
         "12 March 2021", "Monday, March 12, 2021", "Please support us today", "İmage: Ada", "Tweet",
         "Ada Quillon said the plan would pass.", "“By then,” Ada said.", "Email", "email this"]


def test_listed_characters_are_every_case_a_match_opens_with():
    assert opening_chars(re.compile(r"^\s*By\s+\w+")) == {"B"}
    assert {"s", "S", "ſ", "t", "T"} <= opening_chars(re.compile(r"(?:share|tweet)", re.IGNORECASE))
    assert {"p", "P"} <= opening_chars(re.compile(r"(?i:post)"))
    for unlisted in (r"\s+By", r"\d+ March", r".{0,10}now", r"^\s*(?:By|)", r"(?i)\w+"):
        assert opening_chars(re.compile(unlisted)) is None, unlisted


@pytest.mark.parametrize("brief", ["briefs/default.yaml", "briefs/track-two.yaml"])
def test_no_line_a_rule_matches_is_skipped(brief):
    engine = CardEngine.from_path(brief)
    for rule, _, _, opening in engine.boilerplate_rules:
        for line in LINES:
            if rule.regex.fullmatch(line):
                assert opening is None or line[:1] in opening, (rule.id, line)
    for rule, opening in engine.metadata_rules:
        for line in LINES:
            if rule.regex.match(line):
                assert opening is None or line[:1] in opening, (rule.id, line)


def test_paragraphs_are_read_as_every_rule_tried_read_them(default_engine, monkeypatch):
    text = "Quill Ledger report on the dam\n\n" + "\n".join(f"  {line}  " for line in LINES) + "\n"
    fast = [(p.start, p.end, p.boilerplate, p.boilerplate_rule, p.meta)
            for p in default_engine.paragraphs(article_from_text(text, path="x.txt"))]
    monkeypatch.setattr(default_engine, "boilerplate_rules", [r[:3] + (None,) for r in default_engine.boilerplate_rules])
    monkeypatch.setattr(default_engine, "metadata_rules", [(r, None) for r, _ in default_engine.metadata_rules])
    plain = [(p.start, p.end, p.boilerplate, p.boilerplate_rule, p.meta)
             for p in default_engine.paragraphs(article_from_text(text, path="x.txt"))]
    assert fast == plain
    assert {p[3] for p in fast if p[2]} >= {"boilerplate.share", "boilerplate.photo-credit"}
    assert {p[4] for p in fast} >= {"meta.byline", "meta.source-line"}
