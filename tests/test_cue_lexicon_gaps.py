"""Reported-speech cues the pack lacked (issue 10, PolNeAR train misses by cue lemma).

Each test is one construction on invented sentences (invented names and places), default
pack alone: verbs of apology, voicing, verdict, retort, pressing and condemning; portraying
someone as something; a transcript's speaker tag in capitals.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby apologized for the ferry ads of the spring campaign.", "Colm Ashby", "the ferry ads of the spring"),
    ("Colm Ashby voiced confidence that the ferry would be easy to sell.", "Colm Ashby",
     "the ferry would be easy to sell"),
    ("The Lakeside Harbour Board deemed the plan a reasonable trade-off.", "Lakeside Harbour Board",
     "the plan a reasonable trade-off"),
    ("Colm Ashby fired back that the ferry had run twice that week.", "Colm Ashby", "the ferry had run twice"),
    ("Colm Ashby, a harbour pilot, pressed the case that low fares are important.", "Colm Ashby",
     "low fares are important"),
    ("Colm Ashby has pushed for an audit of the harbour board.", "Colm Ashby", "an audit of the harbour board"),
    ("Colm Ashby condemned the closure of the ferry line as reckless.", "Colm Ashby", "the closure of the ferry line"),
    ("Colm Ashby outlined how the harbour could pay for the new ferry.", "Colm Ashby", "how the harbour could pay"),
    ("Colm Ashby spoke for an hour, chiding the board for its silence on the ferry.", "Colm Ashby",
     "the board for its silence"),
    ("Colm Ashby went on to promise that the ferry would run all winter.", "Colm Ashby",
     "the ferry would run all winter"),
    ("Colm Ashby was quick to pledge that fares would not rise.", "Colm Ashby", "fares would not rise"),
], ids=["apologized-for", "voiced", "deemed", "fired-back", "pressed-the-case", "pushed-for", "condemned",
        "outlined", "chiding", "went-on-to-promise", "quick-to-pledge"])
def test_verbs_of_saying_the_pack_lacked(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby portrayed Tom Varga as a friend of the harbour lobby.", "Colm Ashby", "Tom Varga as a friend"),
    ("Colm Ashby has cast the vote as a test of the board's nerve.", "Colm Ashby", "the vote as a test"),
    ("Colm Ashby spoke for an hour, painting Tom Varga as a sympathizer of the harbour board.", "Colm Ashby",
     "Tom Varga as a sympathizer"),
], ids=["portrayed", "cast-as", "participle-painting"])
def test_portraying_someone_as_something(card_of, body, speaker, words):
    """cue.portrayal: the object and what it is cast as are the subject's claim, the
    participle's too (its subject is the clause's, not the name before the comma)."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]
    assert "Tom Varga" not in {s.speaker for s in card.statements}


@pytest.mark.parametrize("body", [
    "Colm Ashby painted the ferry shed with a brush on Monday.",
    "Colm Ashby cast his vote on Monday in Dunmore.",
], ids=["painted-with", "cast-a-vote"])
def test_portrayal_verbs_without_as_say_nothing(card_of, body):
    assert not card_of(body).statements


TRANSCRIPT = ("Dunmore Mayor Ann Roe appeared on the Sunday show with host Colm Ashby.\n\n"
              "Partial transcript:\n\n"
              "ROE: Well, I think the whole harbour needs to work together on the ferry.\n\n"
              "UPDATE: The harbour board met again on Monday night.\n\n"
              "VARGA: The budget for the ferry has been gone since March.")


def test_a_capital_tag_in_a_transcript_is_its_speaker(card_of):
    """colon-tag.caps: "ROE: ..." is Ann Roe's; a label in capitals ("UPDATE:") and a tag
    that is no one's surname in the article ("VARGA:") give no statement."""
    card = card_of(TRANSCRIPT)
    assert "the whole harbour needs to work together" in said_by(card, "Ann Roe")
    assert not [s for s in card.statements if "met again on Monday" in s.text or "budget for the ferry" in s.text]


@pytest.mark.parametrize("body,words", [
    ("Colm Ashby has even likened Tom Varga to a socialist dictator.", "Tom Varga to a socialist dictator"),
    ("Colm Ashby attacked Tom Varga last night, comparing Varga to a pirate at sea.", "Varga to a pirate"),
], ids=["likened", "participle-comparing"])
def test_likening_someone_to_something(card_of, body, words):
    """cue.likening: the object and what it is likened to are the subject's claim; the name
    after a participle is its object, never an inverted source ("..., comparing Varga to ...")."""
    card = card_of(body)
    assert words in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]
    assert "Tom Varga" not in {s.speaker for s in card.statements}


def test_sales_compared_to_last_year_say_nothing(card_of):
    assert not card_of("Ferry sales rose four percent, compared to the year before.").statements


@pytest.mark.parametrize("body,speaker,words", [
    ("As the Dunmore Gazette puts it, the ferry cannot wait another year.", "Dunmore Gazette",
     "the ferry cannot wait another year"),
    ("Tom Varga sold the harbour yard, as the Dunmore Gazette reported a few days later.", "Dunmore Gazette",
     "Tom Varga sold the harbour yard"),
], ids=["puts-it", "time-after"])
def test_as_relays(card_of, body, speaker, words):
    """"As X puts it, ..." relays X's words; "..., as X reported a few days later": the time
    after the cue is no content of its own, so the words before the relay are."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


def test_a_coordinated_cue_with_an_infinitive_is_its_own_act(card_of):
    """clause_break: "... and promised to build ..." opens a new act even though "to"
    follows the cue (the infinitive is what was promised), so each act keeps its words."""
    card = card_of("Colm Ashby announced that he was leaving the harbour board and vowed to focus on the ferry.")
    texts = [s.text for s in card.statements if s.speaker == "Colm Ashby"]
    assert "he was leaving the harbour board" in texts, texts
    assert any(t.startswith("vowed to focus on the ferry") for t in texts), texts


def test_a_naming_verb_in_the_passive_is_its_namers_claim(card_of):
    """'The ferry plan was labelled a "big mistake" by the Harbour Board who said ...': the
    namer after "by" speaks the clause up to the name it gives, and its "who said" clause too."""
    card = card_of('The ferry plan was labelled a "big mistake" by Colm Ashby who said the fares had '
                   'doubled. The pier was branded a disaster by Colm Ashby.')
    said = said_by(card, "Colm Ashby")
    assert 'The ferry plan was labelled a "big mistake"' in said, said
    assert "the fares had doubled" in said, said
    assert "The pier was branded a disaster" in said, said


def test_a_noun_of_pledging_before_a_closing_tag_is_no_verb(card_of):
    """The pledge base forms read only with their "that": "Her pledge to cut the tolls ..., said
    Carl Moss" is Moss's statement about a noun, not a pledge by "her"."""
    card = card_of("Her pledge to cut the tolls will never be kept, said Colm Ashby.")
    assert "Her pledge to cut the tolls" in said_by(card, "Colm Ashby"), card.statements
