"""An outlet's report around a named sayer's words (issue 10, PolNeAR train wrong speakers).

"Doe acknowledged that ..., the Gazette reported." stays Doe's words alone in the general pack
(CONVENTIONS "Relayed statements"). The opt-in brief ``briefs/outlet-relays.yaml`` gives the
outlet a claim beside the sayer's as well (labelling schemes such as PolNeAR's credit the relay),
and the sayer's words stop before the tag. "As the Gazette revealed, ..." and "..., as first
reported by the Gazette" without a sayer are the outlet's in both. Invented sentences and names;
each test failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import BRIEFS, card_builder, said_by


@pytest.fixture(scope="module")
def relay_card_of():
    """Cards of invented articles under the opt-in outlet-relays brief."""
    from tui.cards.engine import CardEngine

    return card_builder(CardEngine.from_path(BRIEFS / "outlet-relays.yaml"))


def test_the_general_pack_leaves_the_words_to_the_named_sayer(card_of):
    """CONVENTIONS "Relayed statements": no claim for the outlet that relays a named sayer."""
    card = card_of("On Monday, Ann Pelham said she was happy to see the ferry sold, according to the Lakeside Gazette.")
    assert "happy to see the ferry sold" in said_by(card, "Ann Pelham")
    assert not said_by(card, "Lakeside Gazette"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,sayer,outlet", [
    ('During the inquiry, Colm Ashby acknowledged that the fees could be termed "harbour lobbying," '
     'The Lakeside Gazette reported in 1991.', "Colm Ashby", "Lakeside Gazette"),
    ('Ann Pelham welcomed the vote, saying the board was "doing the right thing," Harbour News reported.',
     "Ann Pelham", "Harbour News"),
    ("Colm Ashby told investigators he was advised by Ann Pelham to use a private account, the Lakeside "
     "Gazette reported late Thursday.", "Colm Ashby", "Lakeside Gazette"),
    ('On Monday, Ann Pelham said she was "happy to see" that the ferry was sold, according to the Lakeside '
     'Gazette.', "Ann Pelham", "Lakeside Gazette"),
], ids=["reported-year", "reported-quote", "reported-time", "according-to"])
def test_the_closing_outlet_gets_its_report(relay_card_of, body, sayer, outlet):
    card = relay_card_of(body)
    outlets = [s for s in card.statements if outlet in s.speaker]
    assert outlets and outlets[0].kind == "claim", [(s.speaker, s.text) for s in card.statements]
    assert body[:12] in outlets[0].text  # the outlet reports the whole sentence before its tag
    mine = said_by(card, sayer)
    assert mine, [(s.speaker, s.text) for s in card.statements]
    assert outlet.split()[-1] not in mine  # the tag is no part of what the sayer said


def test_a_person_closing_the_sentence_gets_no_outlet_claim(card_of):
    """A closing tag that names no outlet gives nothing beside the first attribution."""
    card = card_of("Colm Ashby told investigators he was advised to use a private account, Ann Pelham said.")
    assert not [s for s in card.statements if s.rule.startswith("relay-tag")]


def test_an_outlet_alone_keeps_its_report(card_of):
    """No named sayer: the outlet's tag is the only attribution, as before (no second item)."""
    card = card_of("The ferry will run in Kansas on Saturday, Harbour News reported.")
    assert [s.speaker for s in card.statements] == ["Harbour News"]


@pytest.mark.parametrize("body", [
    "As the Lakeside Gazette revealed, the harbour board agreed to sell the ferry in November.",
    "(As the Lakeside Gazette first reported, Colm Ashby voiced support for the ferry sale in 2002.)",
], ids=["revealed", "in-parenthesis"])
def test_as_the_outlet_revealed(card_of, body):
    card = card_of(body)
    said = said_by(card, "Lakeside Gazette")
    assert "the ferry" in said, [(s.speaker, s.text) for s in card.statements]
    assert not said.endswith(")")


@pytest.mark.parametrize("body,outlet", [
    ('“Delegates should vote the way they see fit,” Ann Pelham said, according to the Lakeside Gazette.',
     "Lakeside Gazette"),
    ('“Delegates should vote the way they see fit,” Ann Pelham said, according to a Harbour News account.',
     "Harbour News"),
], ids=["quote-according-to", "quote-outlet-account"])
def test_a_quotation_relayed_by_an_outlet(relay_card_of, body, outlet):
    """'"...," Doe said, according to the Gazette.': the quotation stays Doe's and is the outlet's report."""
    card = relay_card_of(body)
    assert "Delegates should vote" in said_by(card, "Ann Pelham")
    assert "Delegates should vote" in said_by(card, outlet), [(s.speaker, s.text) for s in card.statements]


def test_an_outlet_report_named_after_according_to(relay_card_of):
    """'..., according to a Gazette report at the time.': the outlet before its report word relays."""
    card = relay_card_of("Colm Ashby said he kept his ferry contracts, according to a Lakeside Gazette report at the time.")
    assert "he kept his ferry contracts" in said_by(card, "Colm Ashby")
    assert "Colm Ashby said he kept his ferry contracts" in said_by(card, "Lakeside Gazette"), \
        [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("The ferry sale was first reported by the Lakeside Gazette.", "The ferry sale"),
    ("The nationwide ferry campaign, first reported by the Lakeside Gazette, is a key element of the plan.",
     "The nationwide ferry campaign"),
    ("The harbour board started reserving ferry time this week, as first reported by the Lakeside Gazette on "
     "Tuesday.", "The harbour board started reserving ferry time"),
    ("Colm Ashby’s remarks, first reported by the Lakeside Gazette on Tuesday, suggested a change of heart.",
     "Colm Ashby’s remarks"),
    ("Colm Ashby said the ferry was late, as first reported by the Lakeside Gazette.", "Colm Ashby said the ferry"),
], ids=["passive", "appositive", "as-first-reported", "appositive-beside-a-cue", "as-first-reported-beside-a-sayer"])
def test_what_an_outlet_reported_first(relay_card_of, body, words):
    """'X was first reported by the Gazette', 'X, first reported by the Gazette, ...', '..., as first reported
    by the Gazette': what the outlet reported first is its claim (opt-in brief)."""
    card = relay_card_of(body)
    assert words in said_by(card, "Lakeside Gazette"), [(s.speaker, s.text) for s in card.statements]
