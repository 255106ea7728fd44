"""Core speech verbs outside quotation marks that the cue reader used to miss (issue 10, PolNeAR
train mining of say/tell/describe/praise misses).

Each test is one construction on invented sentences (invented names and places), default pack
alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,words", [
    ("Senator Colm Ashby gave a speech in Dunmore saying the ferry tax is hurting the harbour.",
     "the ferry tax is hurting the harbour"),
    ("Senator Colm Ashby is making a pitch to Lakeside voters saying the ferry tax is hurting the harbour.",
     "the ferry tax is hurting the harbour"),
    ("Senator Colm Ashby opened the third debate saying the ferry tax is hurting the harbour.",
     "the ferry tax is hurting the harbour"),
    ("Senator Colm Ashby held a news conference on Tuesday saying the ferry tax is hurting the harbour.",
     "the ferry tax is hurting the harbour"),
], ids=["speech", "pitch", "debate", "news-conference"])
def test_an_occasions_participle_speaks_for_the_subject(card_of, body, words):
    """'X gave a speech in Y saying ...': like a document's participle ('issued a statement saying'),
    an occasion of speaking's participle goes on for the clause's subject."""
    card = card_of(body)
    assert words in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]


def test_a_relative_clause_on_the_occasion_keeps_its_own_subject(card_of):
    """'a speech that included Y vowing ...': the relative clause's subject goes on, not the main
    clause's (the participle is Pelham's, not Ashby's)."""
    card = card_of("Colm Ashby met the dockers after a long speech that included Ann Pelham vowing to cut "
                   "the ferry tax.")
    assert "cut the ferry tax" not in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("title", ["Lakeside Gov.", "Harbour Sen."])
def test_a_title_before_the_name_of_a_long_appositive(card_of, title):
    """'California Gov. X, <a relative clause longer than the source reach>, described ...': the
    title words before the name do not hide the subject the sentence opens on."""
    card = card_of(f"{title} Ann Pelham, who lost to Colm Ashby in the 2012 Lakeside harbour primaries and whose "
                   "views back then on tolls and ferries and other issues clashed with those of the former "
                   "Dunmore mayor, described the ferry board as \"a relic of another period.\"")
    assert "the ferry board as" in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]



@pytest.mark.parametrize("lead", ["before", "after", "until"])
def test_that_after_a_subordinator_is_no_complementizer(card_of, lead):
    """'accused Y of backing the plan before that became unpopular': "that" right after a
    subordinator is a pronoun; the content is the object and its grounds, not the words after "that"."""
    card = card_of(f"Senator Colm Ashby accused Ann Pelham of backing the ferry tax {lead} that became an "
                   "unpopular position.")
    assert "Ann Pelham of backing the ferry tax" in said_by(card, "Colm Ashby"), \
        [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("lead", ["in politics", "in business", "at sea"])
def test_a_clause_after_an_opening_phrase_is_content(card_of, lead):
    """'X said in politics it takes time to ...': a subject pronoun and its verb after the phrase make
    a clause, not a place or time the cue was said at."""
    card = card_of(f"Colm Ashby said {lead} it takes time to build trust with the dockers.")
    assert "it takes time to build trust" in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", ["Colm Ashby said of it on Monday.", "Colm Ashby said in response to it on Tuesday.",
                                  "Colm Ashby wrote in a memo to it and to the board."])
def test_a_pronoun_without_a_verb_keeps_the_fragment(card_of, body):
    """'said of it on Monday': an object pronoun in a time or place phrase is no clause; nothing is said."""
    assert said_by(card_of(body), "Colm Ashby") == ""


@pytest.mark.parametrize("verb", ["criticized", "labeled"])
def test_a_name_after_a_non_saying_cue_is_its_object(card_of, verb):
    """'X, who ..., criticized Y on two fronts': only a verb of saying stands before its subject
    ('..., said Y'); after any other cue the name is the object, and X, the subject, speaks."""
    card = card_of(f"Colm Ashby, who had said he would debate the mayor, {verb} Ann Pelham on two fronts.")
    assert said_by(card, "Ann Pelham") == "", [(s.speaker, s.text) for s in card.statements]


def test_a_saying_verb_still_takes_its_inverted_subject(card_of):
    card = card_of("The ferry was late again, added Mayor Ann Pelham, a council member.")
    assert "The ferry was late again" in said_by(card, "Ann Pelham")
