"""Trimming content spans: no opening quote at the end, no dangling 'it as' at the start
(issue 15, point 9). Invented sentences; the span always still slices the text."""

from __future__ import annotations

import pytest

from tui.articles.model import Article
from tui.cards.engine import CardEngine
from tui.cards.model import Statement
from tui.cards.span_trim import SpanTrim, trim_end, trim_span, trim_statements
from tui.rules.loader import load_brief


@pytest.fixture(scope="module")
def trim():
    return SpanTrim.from_brief(load_brief("default"))


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


@pytest.mark.parametrize("text, piece, want", [
    ("Mr Tallow said he understands farmers may feel \u201cbetrayed\u201d by it.",
     "he understands farmers may feel \u201c", "he understands farmers may feel"),
    ("She said the plan was \u2018sound\u2019.", "the plan was \u2018", "the plan was"),
    ('He called it "a farce" twice.', 'He called it "', "He called it"),
    ("He said it was \u201cfine\u201d", "it was \u201cfine\u201d", "it was \u201cfine\u201d"),  # a closing mark stays
    ('They said "no"', 'They said "no"', 'They said "no"'),
    # a mark that follows a stop closes the quotation, whatever its shape
    ("It rated the claim \u201cMostly False.\u201c then moved on.", "the claim \u201cMostly False.\u201c",
     "the claim \u201cMostly False.\u201c"),
])
def test_no_span_ends_on_an_opening_quote(text, piece, want, trim):
    start, end = trim_span(text, *_span(text, piece), trim)
    assert text[start:end] == want


@pytest.mark.parametrize("text, piece, want", [
    ("The ministry dismissed it as \u201cpure invention.\u201d", "it as \u201cpure invention.\u201d",
     "\u201cpure invention.\u201d"),
    ("Ms Quarrel described them as \"baseless rumours.\"", 'them as "baseless rumours."', '"baseless rumours."'),
    ("He rejected It As \u2018nonsense\u2019.", "It As \u2018nonsense\u2019.", "\u2018nonsense\u2019."),
    # without a quotation the words after the verb are the statement's own
    ("Ms Quarrel cited it as an example of waste.", "it as an example of waste.", "it as an example of waste."),
    # not a pronoun and preposition: left alone
    ("He said items as varied as these were lost.", "items as varied as these were lost.",
     "items as varied as these were lost."),
    ("She said it was as planned.", "it was as planned.", "it was as planned."),
])
def test_no_span_starts_with_a_dangling_pronoun_and_preposition(text, piece, want, trim):
    start, end = trim_span(text, *_span(text, piece), trim)
    assert text[start:end] == want


def test_nothing_left_keeps_the_span(trim):
    text = "He said \u201c"
    assert trim_span(text, 8, 9, trim) == (8, 9)
    assert trim_end("ab \u201c", 0, 4) == 2
    assert trim_end("ab.\u201c", 0, 4) == 4


def test_without_the_lexicons_only_quotes_are_trimmed():
    plain = SpanTrim(None)
    text = "They branded it as \u201cfake\u201d and said more \u201c"
    assert trim_span(text, *_span(text, "it as \u201cfake\u201d"), plain) == _span(text, "it as \u201cfake\u201d")


def test_statements_keep_their_exact_slice(trim):
    text = "A spokesman rejected it as \u201cmalicious gossip.\u201d"
    start, end = _span(text, "it as \u201cmalicious gossip.\u201d")
    st = Statement(kind="denial", speaker="Spokesman", text=text[start:end], start=start, end=end, rule="r")
    (out,) = trim_statements(text, [st], trim)
    assert out.text == text[out.start:out.end] == "\u201cmalicious gossip.\u201d"
    assert out.kind == "denial" and out.speaker == "Spokesman"


def test_cards_from_the_engine_never_end_on_an_opening_quote():
    engine = CardEngine(load_brief("default"))
    text = ("Mayor Ivo Dunwoody said the plan would go ahead in an interview with the Valley Courier on "
            "Monday, adding that he understands residents may feel \u201cignored by the council.\u201d\n\n"
            "In a statement, regional spokeswoman Pella Marsh dismissed it as \u201cnonsense.\u201d\n")
    card = engine.card(Article(path="invented.txt", text=text, title=""))
    assert any(st.text == "\u201cnonsense.\u201d" for st in card.denials), card.denials
    for st in card.claims + card.denials:
        assert text[st.start:st.end] == st.text
        assert not st.text.rstrip().endswith("\u201c"), st.text
        assert not st.text.lower().startswith("it as "), st.text
