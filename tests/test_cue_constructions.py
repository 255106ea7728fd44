"""Attribution constructions that real news uses and the cue reader used to miss (issue 10).

Each test is one construction on invented sentences (invented names and places), default
pack alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from tui.articles.reader import article_from_text

HEADLINE = "Harbour budget row deepens\n\n"


@pytest.fixture(scope="module")
def card_of(default_engine):
    def build(body: str, headline: str = HEADLINE):
        text = headline + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        for item in card.claims + card.denials:
            assert text[item.start:item.end] == item.text, item
        return card
    return build


def said_by(card, speaker: str) -> str:
    return " | ".join(s.text for s in card.statements if s.speaker == speaker)


def test_two_apostrophe_quote_after_a_sentence_is_its_own_sentence(card_of):
    """Typewriter quotes ('') after a full stop start a new sentence: the reported
    speech before them is not swallowed by the quotation's attribution."""
    card = card_of("Colm Ashby said that even if the audit found gaps, he would not resign. "
                   "''I think the figures speak for themselves,'' he said.")
    assert "he would not resign" in said_by(card, "Colm Ashby")
    assert "speak for themselves" in said_by(card, "Colm Ashby")


def test_that_after_a_verb_of_the_content_is_no_complementizer(card_of):
    """'said the coverage would resemble that of ...': the 'that' belongs to the content."""
    card = card_of("In a note to staff, Colm Ashby said the new timetable would resemble that of the old ferry line.")
    assert "the new timetable would resemble" in said_by(card, "Colm Ashby")
