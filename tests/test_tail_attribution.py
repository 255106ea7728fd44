"""A speech verb and its speaker closing a sentence ("..., Bo Lin said.") are the outer
attribution: an earlier cue whose words run into the tag is nested in them (CONVENTIONS 2).
An outlet's closing tag relays a named sayer, who keeps the words. Invented names."""

from __future__ import annotations

from conftest import said_by


def test_a_noun_cue_whose_words_run_into_a_closing_tag_is_the_tags_speakers(card_of):
    card = card_of("Ann Roe thrilled the small crowds with speeches and promises to cut the tolls if "
                   "elected, Bo Lin said.")
    assert "cut the tolls" in said_by(card, "Bo Lin"), card.statements
    assert not said_by(card, "Ann Roe"), card.statements


def test_a_verb_that_only_looks_like_a_cue_leaves_the_sentence_to_the_tag(card_of):
    card = card_of("Ann Roe has maintained support among farmers and pilots, Bo Lin told reporters on Monday.")
    assert "support among farmers" in said_by(card, "Bo Lin"), card.statements
    assert not said_by(card, "Ann Roe"), card.statements


def test_an_inverted_closing_tag_with_an_appositive_is_the_speaker(card_of):
    card = card_of("Polling shows that ''the public is not at ease with the tolls,'' said Carl Moss, "
                   "the editor of a harbour magazine.")
    assert "not at ease with the tolls" in said_by(card, "Carl Moss"), card.statements
    assert not said_by(card, "Polling"), card.statements


def test_an_outlets_closing_tag_leaves_the_named_sayer_his_words(card_of):
    card = card_of("Ann Roe argued that the ferry was late, CNN reported.")
    assert "the ferry was late" in said_by(card, "Ann Roe"), card.statements
