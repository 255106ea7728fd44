"""Denial shapes beyond "X denied Y" (CONVENTIONS.md section 4): a rejection participle after
the main clause or opening the sentence, the rejection named as a noun ("Roe's denial that",
"issued a rebuttal of"), and a denial in a relative clause by a state party's leaders.

Every sentence is invented (names too). Each denial names its category and the words that
made it one (what the why view shows); each neighbour is a claim or no item the conventions
keep apart: a refusal of an offer, a denial that withholds, a future refusal, a negative
statement that rebuts nothing.
"""

from __future__ import annotations

import pytest
from rich.console import Console

from tui.app.explain import _denial_reason

@pytest.mark.parametrize("body, speaker, words, evidence", [
    # a participle after the main clause's comma shares its subject
    ("Jane Roe spoke for an hour on Monday, denying that she took the money.", "Jane Roe", "denying",
     "she took the money"),
    ("British Ambassador John Smith praised the town. The diplomat also mused about the race, pushing back "
     "against candidates who say the town is in decline.", "John Smith", "pushing back against", "candidates"),
    # a sentence that opens on the participle: the subject after its comma
    ("In denying that she took the money, Jane Roe cited the audit.", "Jane Roe", "denying", "she took the money"),
    ("Rejecting the claims, Acme Corporation said the audit was sound.", "Acme Corporation", "Rejecting",
     "the claims"),
    # the rejection named as a noun
    ("It was Jane Roe's rejection of the claims about the loan that won the day.", "Jane Roe", "rejection",
     "the claims about the loan"),
    ("Acme Corporation issued a rebuttal of the report.", "Acme Corporation", "rebuttal", "the report"),
    ("John Smith released a point-by-point rebuttal to the audit.", "John Smith", "rebuttal", "the audit"),
    # members acting as a group speak for their party, a state's leaders too
    ("Jane Roe complained that the vote had been fixed, a claim that Ohio Democratic leaders firmly "
     "denied, saying they had run the count by the book.", "Democratic Party", "denied", "a claim"),
])
def test_denial_shape(lakeside_card_of, body, speaker, words, evidence):
    card, text = lakeside_card_of(body)
    found = [d for d in card.denials if d.speaker == speaker]
    assert len(found) == 1, (card.denials, card.claims)
    denial = found[0]
    assert denial.category == "rejection", denial.rule
    assert words in text[denial.marker[0]:denial.marker[1]], (denial.marker, denial.rule)
    assert evidence in denial.text, denial.text


def test_why_view_names_category_and_words(lakeside_card_of):
    """The reader's why view says which category made the item a denial, and by which words."""
    card, text = lakeside_card_of("In denying that she took the money, Jane Roe cited the audit.")
    console = Console(width=200, record=True)
    for part in _denial_reason(text, card.denials[0]):
        console.print(part)
    shown = console.export_text()
    assert "category: rejection" in shown and "“denying”" in shown, shown


@pytest.mark.parametrize("body", [
    "Jane Roe walked out of the talks, rejecting the offer.",            # an offer refused
    "Rejecting the offer, Jane Roe walked out of the talks.",
    "Jane Roe's rejection of the offer stunned the board.",
    "Acme Corporation issued a rejection of the request.",
    "The court overturned the Lakeside Finance Ministry's denial of access.",  # withholding
    "Jane Roe said she will not resign.",                                  # a future refusal
    "Jane Roe said the talks did not lead anywhere.",                      # rebuts nothing
    "John Smith said he would not support the budget.",
])
def test_claim_side_neighbours(lakeside_card_of, body):
    card, _ = lakeside_card_of(body)
    assert not card.denials, [(d.text, d.rule) for d in card.denials]
