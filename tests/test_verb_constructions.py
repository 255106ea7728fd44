"""Communication verbs already in the lexicon, in the forms and frames they missed (issue 10).

Each test is one construction on invented sentences (invented names and places), default
pack alone: a base form after a modal or a hedge ("may blame", "seemed to urge"), a habit
("has taken to urging"), a progressive request ("is pushing the board to ..."), a wh-clause
after a short topic ("talked about the harbour and how ..."), a view defended with its
that-clause, and "X's point was that". The no-statement cases keep what CONVENTIONS.md 3
excludes: negated reporting and a verb with only a target.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby and Ann Pelham often blame the harbour board for the lost jobs.", "Colm Ashby",
     "the harbour board for the lost jobs"),
    ("Ann Pelham seemed to blame the Dunmore Gazette for its reporting.", "Ann Pelham", "for its reporting"),
    ("Colm Ashby has taken to urging voters to slow down in their daily lives.", "Colm Ashby",
     "to slow down in their daily lives"),
    ("Ann Pelham is likely to stress that the board would pause its fare rises.", "Ann Pelham",
     "the board would pause its fare rises"),
    ("Pilots for Colm Ashby all agree that the ferry timetable was the cause of the delays.", "Colm Ashby",
     "ferry timetable was the cause of the delays"),
    ("Colm Ashby will push for a full audit of the harbour accounts.", "Colm Ashby",
     "a full audit of the harbour accounts"),
], ids=["modal-blame", "hedged-blame", "taken-to-urging", "likely-to-stress", "all-agree-that", "will-push-for"])
def test_base_form_after_a_filler(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby did not blame the harbour board for the lost jobs.",
    "Ann Pelham declined to urge voters to stay at home.",
    "Colm Ashby has shown no interest in pushing for an audit of the harbour accounts.",
    "Colm Ashby defended his vote on the harbour bill.",
], ids=["negated", "refusal", "no-interest-in-pushing", "defended-a-target"])
def test_no_statement(card_of, body):
    assert not card_of(body).statements


def test_progressive_request(card_of):
    """'is pushing X to ...' is a request in the progressive, not a passive ('is asked to')."""
    card = card_of("Colm Ashby is pushing fellow council members to reject the ferry deal.")
    assert "to reject the ferry deal" in said_by(card, "Colm Ashby")
    assert not card_of("Colm Ashby is asked to reject the ferry deal.").statements


def test_wh_clause_after_a_short_topic(card_of):
    card = card_of("Colm Ashby talked about the harbour and how pilots slip in at night.")
    assert "how pilots slip in at night" in said_by(card, "Colm Ashby")
    assert not card_of("Colm Ashby talked about the harbour and the ferry.").statements


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham defended the view that she is a resident of Dunmore.", "she is a resident of Dunmore"),
    ("Ann Pelham's point was that the ferry would need more pilots.", "the ferry would need more pilots"),
], ids=["defend-the-view", "point-was-that"])
def test_view_with_its_that_clause(card_of, body, words):
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_judging_verb_in_the_passive_speaks_for_its_agent(card_of):
    """'X was attacked by Y for ...': Y judges, and the grounds are Y's claim; the passive with
    only a target ('was attacked by Y on Monday') says nothing."""
    card = card_of("Earlier in the day, Colm Ashby was attacked by Ann Pelham for suggesting that he would stay neutral.")
    assert "suggesting that he would stay neutral" in said_by(card, "Ann Pelham")
    assert "Colm Ashby" not in {s.speaker for s in card.statements}
    assert not card_of("Colm Ashby was attacked by Ann Pelham on Monday.").statements


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham told the Dunmore Gazette she would not run again.", "she would not run again"),
    ("Ann Pelham told host Colm Ashby she believed the board would publish the figures.",
     "she believed the board would publish the figures"),
], ids=["outlet-hearer", "titled-hearer"])
def test_named_hearer_before_the_clause_is_no_content(card_of, body, words):
    """'told the Dunmore Gazette she would ...': the hearer is skipped; the clause after it is the content."""
    card = card_of(body)
    assert said_by(card, "Ann Pelham") == words, [(s.speaker, s.text) for s in card.statements]


def test_dash_aside_after_a_time_before_the_that_clause(card_of):
    """'proclaimed in July - falsely - that ...': the time and the aside are no content; the
    that-clause is."""
    card = card_of("Colm Ashby proclaimed in July - falsely - that pilots from Dover cannot land here.")
    assert "pilots from Dover cannot land here" in said_by(card, "Colm Ashby")


def test_base_naming_verb_with_its_object_and_name(card_of):
    """'used her speech to call Mr. Ashby a ...': naming in the base form after a filler is a
    claim; 'call' with a plain object phones or summons and says nothing."""
    card = card_of("Ann Pelham used part of her speech to call Mr. Ashby a student of the harbour board.")
    assert "a student of the harbour board" in said_by(card, "Ann Pelham")
    assert not card_of("Ann Pelham tried to call voters in Dunmore on Monday.").statements
