"""Denials on unseen news: where a denial ends, who makes it, and what stays a claim.

Invented sentences and names only. Covers the constructions added for issue 11: the
participle after a denial verb (a new act unless it restates the denial), relative and
concessive denials, denials carried by a participle or a second verb of the sentence's
subject, the clause after a quotation, falsity verbs, and the precision side (negated
passives without an agent, "never" of a thing, non-answers).
"""

from __future__ import annotations

import pytest

from tui.articles.reader import article_from_text

HEADLINE = "Lakeside audit row deepens\n\n"
INTRO = ("Mayor Jane Roe of Lakeside, Senator John Smith, Jane Doe of Acme Corporation and "
         "Senator Bob Vale are at the centre of the row.\n\n")


@pytest.fixture(scope="module")
def card_of(default_engine):
    def build(body: str):
        text = HEADLINE + INTRO + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        return card, text
    return build


def pairs(items) -> list[tuple[str, str]]:
    return [(i.speaker, i.text) for i in items]


# --- the participle after a denial verb -----------------------------------------------

def test_participle_with_new_content_is_a_claim(card_of):
    card, _ = card_of("Senator John Smith pushed back on the audit findings of the council, "
                      "saying that the bill had the right safeguards.")
    assert pairs(card.denials) == [("John Smith", "the audit findings of the council")]
    assert [c.speaker for c in card.claims] == ["John Smith"]
    assert "the bill had the right safeguards" in card.claims[0].text


def test_second_speech_verb_after_a_denial_is_a_claim(card_of):
    card, _ = card_of("Acme Corporation denies any wrongdoing in the sale and points out that "
                      "the council signed the same agreement.")
    assert pairs(card.denials) == [("Acme Corporation", "any wrongdoing in the sale")]
    assert ["council signed the same agreement" in c.text for c in card.claims] == [True]


def test_participle_that_restates_the_denial_joins_it(card_of):
    card, _ = card_of("Senator John Smith pushed back on the claims, calling them a partisan smear.")
    assert pairs(card.denials) == [("John Smith", "the claims, calling them a partisan smear")]
    assert card.claims == []


def test_rejection_participle_with_its_own_object_is_a_second_denial(card_of):
    card, text = card_of('Jane Doe denied the accusations through a spokeswoman, dismissing Tom Lake as '
                         '"a disgruntled former employee."')
    assert pairs(card.denials) == [("Jane Doe", "the accusations through a spokeswoman"),
                                   ("Jane Doe", 'Tom Lake as "a disgruntled former employee."')]
    second = card.denials[1]
    assert second.rule == "denial-verb.participle"
    assert text[second.marker[0]:second.marker[1]] == "dismissing"


@pytest.mark.parametrize("back", ["them", "that"])
def test_rejection_participle_pointing_back_restates_the_denial(card_of, back):
    card, _ = card_of(f"Jane Doe denied the accusations of her rivals, dismissing {back} as a smear.")
    assert pairs(card.denials) == [("Jane Doe", f"the accusations of her rivals, dismissing {back} as a smear")]


def test_rejection_participle_with_a_that_clause_is_a_second_denial(card_of):
    card, _ = card_of("Jane Doe rejected the audit report on Monday, denying that she took the money.")
    assert pairs(card.denials) == [("Jane Doe", "the audit report on Monday"), ("Jane Doe", "she took the money")]


def test_bare_object_keeps_the_words_that_follow(card_of):
    card, _ = card_of("Mayor Jane Roe dismissed them, saying the audit was a waste of time, "
                      "adding that the auditor was paid too much.")
    assert pairs(card.denials) == [("Jane Roe", "them, saying the audit was a waste of time")]
    assert ["auditor was paid too much" in c.text for c in card.claims] == [True]


def test_two_that_clauses_under_denied_stay_one_denial(card_of):
    card, _ = card_of("Jane Doe denied that she took the money and that she met the donor.")
    assert [d.speaker for d in card.denials] == ["Jane Doe"]
    assert card.claims == []


# --- relative and concessive denials --------------------------------------------------

def test_relative_denial_after_a_coordinated_verb(card_of):
    card, _ = card_of("The audit found gaps, a charge that Mayor Jane Roe has faced before and has always denied.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert card.denials[0].text.endswith("a charge that")


def test_relative_denial_wins_over_the_plain_verb(card_of):
    card, _ = card_of("Mayor Jane Roe faces allegations that she took bribes, which she has denied "
                      "and which the auditor later withdrew.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert "took bribes" in card.denials[0].text
    assert "auditor" not in card.denials[0].text


def test_concessive_denial_of_this(card_of):
    # the item runs through "this": the allegation and the word that points back to it
    card, _ = card_of("The new depot stands on council land, although Senator Bob Vale disputes this.")
    assert pairs(card.denials) == [("Bob Vale", "The new depot stands on council land, although Senator Bob Vale "
                                                "disputes this")]


def test_concessive_denial_of_this_after_but_is_one_item(card_of):
    # the words before "this" are the allegation's, not a second statement read from "but ..."
    card, _ = card_of("It has long been said that the depot stands on council land, but Senator Bob Vale "
                      "has always denied this.")
    assert pairs(card.denials) == [("Bob Vale", "It has long been said that the depot stands on council land, "
                                                "but Senator Bob Vale has always denied this")]


def test_concessive_denial_without_a_pronoun_object_keeps_the_allegation(card_of):
    card, _ = card_of("The new depot stands on council land, but Senator Bob Vale disputes that account.")
    assert pairs(card.denials) == [("Bob Vale", "that account")]


def test_whom_a_speaker_took_time_to_disavow(card_of):
    card, text = card_of("Tom Lake, whom Mayor Jane Roe took a long time to disavow, spoke on Monday.")
    assert pairs(card.denials) == [("Jane Roe", "whom Mayor Jane Roe took a long time to disavow")]
    assert card.denials[0].rule == "denial-verb.whom"


def test_whom_a_speaker_dismissed_as_something(card_of):
    # the person dismissed is the one the clause points back to, not the words after it
    card, _ = card_of("Tom Lake, whom Mayor Jane Roe dismissed as a crank, spoke on Monday.")
    assert pairs(card.denials) == [("Jane Roe", "whom Mayor Jane Roe dismissed as a crank")]


def test_whom_a_single_name_dismissed_without_as_is_no_denial(card_of):
    # "whom Roe dismissed in May" is a firing, not a rebuttal
    card, _ = card_of("Tom Lake, whom Roe dismissed in May, spoke on Monday.")
    assert card.denials == []


def test_absolute_clause_with_a_denying_subject(card_of):
    card, _ = card_of("With Acme Corporation under fire and denying claims of fraud, the council met on Monday.")
    assert pairs(card.denials) == [("Acme Corporation", "claims of fraud")]
    assert card.denials[0].rule == "denial-verb.with-participle"


def test_absolute_clause_rejecting_an_offer_is_no_denial(card_of):
    card, _ = card_of("With Acme Corporation rejecting the offer, the talks ended on Monday.")
    assert card.denials == []


# --- the sentence's subject denies through a participle or a second verb --------------

@pytest.mark.parametrize("body, words", [
    ("Senator Bob Vale ended the debate by dismissing the audit as a partisan exercise.",
     "the audit as a partisan exercise"),
    ("Mayor Jane Roe spoke for an hour, attacking her rivals and dismissing questions about the contract.",
     "questions about the contract"),
    ("Mayor Jane Roe pointed to the new figures and dismissed criticism from the council.",
     "criticism from the council"),
    ("Senator Bob Vale risks losing Mr. Smith's voters by dismissing him as a crank.", "him as a crank"),
])
def test_participle_or_second_verb_denial(card_of, body, words):
    card, _ = card_of(body)
    assert [(d.speaker, d.text, d.category) for d in card.denials][0][1:] == (words, "rejection")
    assert len(card.denials) == 1


@pytest.mark.parametrize("body", [
    "Senator Bob Vale ended the debate by rejecting the offer.",       # refusing an offer is a claim
    "Senator Bob Vale met Mayor Jane Roe and John Smith rejected the plan.",
])
def test_participle_rule_neighbours(card_of, body):
    card, _ = card_of(body)
    assert all(d.speaker != "Bob Vale" for d in card.denials), card.denials


def test_participle_cue_does_not_reach_past_a_nearer_subject(card_of):
    card, _ = card_of("Like Senator Bob Vale, Mayor Jane Roe also rejected the notion that the council "
                      "could pull out of the deal, arguing that there is room for the city.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert [c.speaker for c in card.claims] == ["Jane Roe"]


def test_speaker_is_not_a_sentence_opener(card_of):
    card, _ = card_of("However, Jane Doe, a director of the firm, forcefully rejected the council's claim.")
    assert [d.speaker for d in card.denials] == ["Jane Doe"]


# --- the words after a quotation ------------------------------------------------------

def test_clause_after_said_following_a_quote(card_of):
    card, _ = card_of("\u201cWe saw nothing like it,\u201d Mayor Jane Roe said she did not recall the event.")
    assert [(d.speaker, d.category, d.text) for d in card.denials] == [
        ("Jane Roe", "knowledge", "she did not recall the event")]


def test_but_denied_after_a_quote(card_of):
    card, _ = card_of("Mayor Jane Roe said, \u201cThe guards were there for a reason,\u201d but she denied "
                      "that they were on duty that night.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert "they were on duty" in card.denials[0].text


def test_quote_then_place_words_are_no_statement(card_of):
    card, _ = card_of("\u201cWe will win the vote,\u201d Mayor Jane Roe said in an interview on Monday.")
    assert pairs(card.claims) == [("Jane Roe", "We will win the vote")]
    assert card.denials == []


# --- falsity verbs --------------------------------------------------------------------

def test_report_that_distorts_a_record(card_of):
    card, _ = card_of("Senator John Smith said the article unfairly distorts Mayor Roe's record in office.")
    assert [(d.speaker, d.category) for d in card.denials] == [("John Smith", "falsity")]


# --- acts denied, and negative statements that rebut nothing --------------------------

@pytest.mark.parametrize("body, category", [
    ("Jane Doe said she never met the donor.", "act"),
    ("Mayor Jane Roe said the talks were not authorized by the council.", "act"),
    ("Senator John Smith said his staff were not supporting the plan.", "act"),
])
def test_act_denials(card_of, body, category):
    card, _ = card_of(body)
    assert [d.category for d in card.denials] == [category]


@pytest.mark.parametrize("body", [
    "Senator John Smith noted that Mayor Jane Roe was not sworn in or under oath at the hearing.",
    "Jane Doe said the rules could be used to attack the agency for not paying attention to warnings.",
    "Senator John Smith said his reserve service never took him overseas.",
    "Mayor Jane Roe said she will not resign.",
    "The spokesman for Acme Corporation, Jane Doe, said she could not confirm, deny or discuss the audit.",
    "Jane Doe said Acme Corporation would neither confirm nor deny the report.",
])
def test_negative_statements_that_rebut_nothing_are_claims(card_of, body):
    card, _ = card_of(body)
    assert card.denials == [], card.denials


def test_relative_subject_denies(card_of):
    card, _ = card_of("The bill was opposed by Acme Corporation, which has strongly denied any role in the attack.")
    assert pairs(card.denials) == [("Acme Corporation", "any role in the attack")]


def test_relative_subject_denial_ends_with_its_clause(card_of):
    card, _ = card_of("Senator Bob Vale, who has long denied the charges, met the council on Friday.")
    assert pairs(card.denials) == [("Bob Vale", "the charges")]


# --- turning a person away is no denial -------------------------------------------------

def test_urging_voters_to_reject_a_candidate_is_a_claim(card_of):
    card, _ = card_of("Mayor Jane Roe said voters should elect Jane Doe and reject Bob Vale.")
    assert card.denials == []
    assert [c.speaker for c in card.claims] == ["Jane Roe"]


def test_rejecting_a_person_in_a_vote_is_no_denial(card_of):
    card, _ = card_of("Senator John Smith rejected Bob Vale in the primary.")
    assert card.denials == []


def test_rejecting_a_named_persons_claims_stays_a_denial(card_of):
    card, _ = card_of("Senator John Smith rejected Bob Vale's claims about the audit.")
    assert pairs(card.denials) == [("John Smith", "Bob Vale's claims about the audit")]
