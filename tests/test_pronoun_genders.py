"""Who "he" and "she" are when the speaker in focus does not fit the pronoun, and when a
paragraph turns to a new person before a quotation (default pack alone). The article's own
words tell a person's gender: an honorific, or the pronoun after their name when the sentence
opens on them. Invented sentences; names and places are invented.
"""

from __future__ import annotations

from conftest import said_by


def test_he_after_a_woman_spoke_is_the_man_named_before(card_of):
    card = card_of("Tom Varga took his seat at the back of the hall.\n\n"
                   "Ruth Kessel said she wanted a new audit of the harbour budget.\n\n"
                   "He said the board would appeal the ruling next week.")
    assert "the board would appeal the ruling" in said_by(card, "Tom Varga"), card.statements
    assert not any("appeal the ruling" in text for text in said_by(card, "Ruth Kessel")), card.statements


def test_she_after_a_man_spoke_is_the_woman_named_before(card_of):
    card = card_of("Ruth Kessel kept her notes on the table throughout the meeting.\n\n"
                   "Mayor Tom Varga said he would keep the ferry running all winter.\n\n"
                   "She said the harbour could not pay for a single extra crossing.")
    assert "could not pay for a single extra crossing" in said_by(card, "Ruth Kessel"), card.statements


def test_an_honorific_tells_the_gender(card_of):
    card = card_of("Mrs. Kessel and Mr. Varga met the harbour board on Monday.\n\n"
                   "Ruth Kessel said the audit had been rigged from the start.\n\n"
                   "He said the board would meet again in May.")
    assert "the board would meet again in May" in said_by(card, "Varga"), card.statements


def test_a_pronoun_after_a_name_in_the_object_tells_nothing(card_of):
    """ "Varga backs Ruth Kessel, and he ..." says nothing of Kessel: the name is no subject."""
    card = card_of("Tom Varga said on Monday that he backs Ruth Kessel, and he will campaign for her.\n\n"
                   "Dora Menk said the count was late in every ward.\n\n"
                   "She said the clerks had no paper ballots left by noon.")
    assert "the clerks had no paper ballots" in said_by(card, "Dora Menk"), card.statements


def test_a_quotation_after_a_paragraph_that_turns_to_a_new_person_is_theirs(card_of):
    """The paragraph before the quotation opens on a new person, though its last sentence
    names no one: "he" is that person, not whoever spoke before."""
    card = card_of("“The ferry will run all winter,” said Alan Brisk, the harbour master.\n\n"
                   "Mr. Varga, like most of the council, still backs the ferry. But he doubts that "
                   "the harbour can pay for it.\n\n"
                   "“We cannot pay for a single extra crossing,” he said.")
    assert "We cannot pay for a single extra crossing" in said_by(card, "Varga"), card.statements


def test_a_new_subject_after_but_in_the_paragraph_before_the_quotation(card_of):
    card = card_of("“The ferry will run all winter,” said Alan Brisk, the harbour master.\n\n"
                   "Most of the council backed the plan in the past, but Tom Varga, who "
                   "chairs the budget committee, doubts that the harbour can pay for it.\n\n"
                   "“We cannot pay for a single extra crossing,” he said.")
    assert "We cannot pay for a single extra crossing" in said_by(card, "Tom Varga"), card.statements


def test_a_name_in_apposition_to_an_object_is_not_whom_she_means(card_of):
    """ "... the campaign of his wife, Ruth Kessel, as she ..." names Kessel as an object;
    "she" in the next paragraph is the woman the paragraph before is about."""
    card = card_of("Dora Menk, who said Tom Varga misled the board, spoke on local radio. She has said "
                   "the audit was rigged. She has gone public with her story once again as Varga has joined the re-election campaign of "
                   "his wife, Ruth Kessel, as she runs for mayor.\n\n"
                   "On Sunday, she said for the first time that the ward clerks had been told to stop counting.")
    assert "the ward clerks had been told to stop counting" in said_by(card, "Dora Menk"), card.statements
