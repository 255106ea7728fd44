"""The hearer of an occasion of speaking is no source (issue 10, PolNeAR train wrong speakers).

'In a statement to the Gazette, her adviser, Tom Vale, said: "..."' names the hearer first:
the name after an occasion noun and its preposition ("statement to", "interview with",
"memo to") heard the words; the speaker is the other name. Invented sentences, default pack.
"""

from __future__ import annotations

import pytest

from conftest import said_by


def _said(card) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.rule) for s in card.statements]


@pytest.mark.parametrize("body", [
    'In a statement to the Dunmore Gazette, her harbour adviser, Colm Ashby, said: "We will win the ferry vote."',
    'In an interview with the Dunmore Gazette, her harbour adviser, Colm Ashby, said: "We will win the ferry vote."',
], ids=["statement-to", "interview-with"])
def test_quote_before_skips_the_hearer(card_of, body):
    """quote-before: the name after 'statement to' heard the quotation; the name after it said it."""
    card = card_of(body)
    assert "We will win the ferry vote" in said_by(card, "Colm Ashby"), _said(card)
    assert not said_by(card, "Dunmore Gazette"), _said(card)


def test_quote_before_keeps_a_speaker_who_is_no_hearer(card_of):
    """A name after a preposition with no occasion noun before it is still the speaker."""
    card = card_of('Back in Dunmore, Colm Ashby said: "We will win the ferry vote."')
    assert "We will win the ferry vote" in said_by(card, "Colm Ashby"), _said(card)


@pytest.mark.parametrize("body", [
    "Two ferries were sunk at the pier, Colm Ashby, the harbour master, wrote in a memo to Inspector General Tom Varga.",
    "Two ferries were sunk at the pier, Colm Ashby, the harbour master, wrote in a memo to the Dunmore Gazette.",
], ids=["memo-to-person", "memo-to-outlet"])
def test_inverted_hearer_is_no_source(card_of, body):
    """'..., Doe wrote in a memo to Roe.': Roe heard it; the subject before the cue wrote the words
    before it (and 'a memo to Roe' is no content)."""
    card = card_of(body)
    assert "Two ferries were sunk at the pier" in said_by(card, "Colm Ashby"), _said(card)
    assert not [s for s in card.statements if "a memo" in s.text], _said(card)


def test_occasion_object_of_a_cue_is_still_content(card_of):
    """Only a cue that ends on its preposition ('wrote in') leaves an occasion as no content:
    'Ashby proposed a harbour debate on Monday evening' keeps its object."""
    card = card_of("Colm Ashby proposed a harbour debate on the evening of April 4.")
    assert "a harbour debate" in said_by(card, "Colm Ashby"), _said(card)


@pytest.mark.parametrize("body", [
    "Voters in Dale County and Lake County are restless.\n\n"
    "Dale County GOP Chairman Colm Ashby, for example, said the harbour visit would help the party.",
    "The Ferrovia lawmakers are angry.\n\nIn response, Ferrovia Harbour Communications Office Secretary Colm Ashby "
    'released a statement saying that Tom Varga had "professed his love for Ferrovia" during the launch.',
], ids=["county-party-chairman", "office-secretary"])
def test_capitalised_title_run_names_its_holder(card_of, body):
    """'Dale County GOP Chairman Ann Roe': a place or body named inside a capitalised title run
    says where the title is held; the person after the title speaks."""
    card = card_of(body)
    assert [s for s in card.statements if s.speaker == "Colm Ashby"], _said(card)
    assert not [s for s in card.statements if s.speaker in ("Dale County", "Ferrovia")], _said(card)


def test_titled_second_name_joins_the_list(card_of):
    """'Rep. Ann Roe and state House Speaker Tom Varga said': the title words after 'and' belong to
    the second name; both are sources (a list, not the last name alone)."""
    card = card_of("Rep. Colm Ashby and state House Speaker Tom Varga have publicly stated their interest in the ferry job.")
    assert "their interest in the ferry job" in said_by(card, "Colm Ashby"), _said(card)
    assert "their interest in the ferry job" in said_by(card, "Tom Varga"), _said(card)


def test_no_join_without_a_title(card_of):
    """A verb between the names keeps them apart: 'Roe met harbour staff and Tom Varga said ...'."""
    card = card_of("Colm Ashby met the harbour staff and Tom Varga said the ferry was late.")
    assert not said_by(card, "Colm Ashby"), _said(card)


@pytest.mark.parametrize("body,speaker", [
    ("Colm Ashby's top challenger, Sen. Tom Varga of Lakeland, said the ferry was late.", "Tom Varga"),
    ('Colm Ashby\'s biographers, David and Jeanne Varga, wrote that Tom Roe "had a tin ear" for ferries.',
     "Jeanne Varga"),
], ids=["challenger", "biographers"])
def test_owner_of_a_role_is_no_source(card_of, body, speaker):
    """'Roe's top challenger, Sen. Varga, said': Roe only owns the role; the person in commas holds it."""
    card = card_of(body)
    assert said_by(card, speaker), _said(card)
    assert not said_by(card, "Colm Ashby"), _said(card)


def test_role_holder_before_an_unclosed_appositive(card_of):
    """'Ann Roe, president and CEO of the Harbour Board stated, "..."' (no comma after the role):
    the board only says whose president Roe is; Roe speaks."""
    card = card_of("Colm Ashby, president and CEO of Dale Harbour Board stated, "
                   "“It’s not a ferry problem; it’s a math problem.”")
    assert "a math problem" in said_by(card, "Colm Ashby"), _said(card)


def test_role_holder_must_be_a_person(card_of):
    """'On Thursday, a spokesperson for the board stated, "...': "Thursday" holds no role, and the
    quote-before rule keeps its own speaker phrase."""
    card = card_of("In response to questions on Thursday, a spokesperson for the Dale Harbour Board stated, "
                   "“The ferry did not sail on those days.”")
    assert [s for s in card.statements if s.rule == "quote.said-before" and "did not sail" in s.text
            and s.speaker != "Thursday"], _said(card)
