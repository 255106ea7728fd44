"""Descriptor phrases ("the Kentucky Republican", "the Ohio governor", "the billionaire") name
the one person the article introduced with the same words (tui/cards/descriptors.py).
Default pack alone; invented sentences and names.
"""

from __future__ import annotations

from conftest import said_by

LEDE = "The harbour board met on Monday to discuss the budget for next year.\n\n"


def test_state_and_party_from_a_party_tag(card_of):
    card = card_of(LEDE + "Sen. Alan Brisk (R-Ky.) met voters in Dunmore. Sen. Tom Varga (R-Texas) was there too.\n\n"
                   "The Kentucky Republican said the ferry audit was a waste of money.")
    assert "the ferry audit was a waste of money" in said_by(card, "Alan Brisk"), card.statements
    item = next(s for s in card.statements if s.speaker == "Alan Brisk")
    assert "fits Alan Brisk alone" in item.how and "kentucky" in item.how


def test_a_state_before_the_title_tells_two_governors_apart(card_of):
    card = card_of(LEDE + "Ohio Gov. Ruth Kessel met voters on Monday. Former Florida Gov. Dora Menk met voters too.\n\n"
                   "The Ohio governor said the border must be secured.")
    assert "the border must be secured" in said_by(card, "Ruth Kessel"), card.statements
    assert not said_by(card, "Dora Menk"), card.statements


def test_a_trade_word_from_an_appositive(card_of):
    card = card_of(LEDE + "Alan Brisk, the billionaire businessman, and Tom Varga, a retired surgeon, spoke on Monday.\n\n"
                   "The billionaire said the plan would work.")
    assert "the plan would work" in said_by(card, "Alan Brisk"), card.statements
    assert not said_by(card, "Tom Varga"), card.statements


def test_two_people_who_fit_leave_the_phrase_to_the_other_rules(card_of):
    card = card_of(LEDE + "Sen. Alan Brisk (R-Ky.) met voters in Dunmore. Sen. Tom Varga (R-Ky.) was there too.\n\n"
                   "The Kentucky Republican said the ferry audit was a waste of money.")
    assert not any("fits" in s.how for s in card.statements), card.statements


def test_a_newspaper_named_like_a_descriptor_is_no_person(card_of):
    card = card_of(LEDE + "Sen. Alan Brisk (R-N.H.) met voters in Dunmore.\n\n"
                   "The New Hampshire Union Leader reported that the ferry would stop in May.")
    assert "the ferry would stop in May" not in said_by(card, "Alan Brisk"), card.statements


def test_a_hearer_after_told_is_no_inverted_source(card_of):
    card = card_of(LEDE + "“We are nowhere near the end,” Tom Varga, a Brisk supporter, told The Dunmore Gazette.\n\n"
                   "The ferry will stop in May, Ruth Kessel told The Dunmore Gazette.")
    assert "The ferry will stop in May" in said_by(card, "Ruth Kessel"), card.statements
    assert not said_by(card, "Dunmore Gazette"), card.statements


def test_a_role_in_commas_before_the_name_is_no_content(card_of):
    card = card_of(LEDE + "Despite the defeats, Ruth Kessel remains committed to the race, her top aide, Tom Varga, "
                   "told The Dunmore Gazette.")
    assert said_by(card, "Tom Varga") == "Despite the defeats, Ruth Kessel remains committed to the race", card.statements
    assert not said_by(card, "The Dunmore Gazette"), card.statements


def test_a_party_in_the_descriptor_is_not_left_out(card_of):
    card = card_of(LEDE + "Democratic front-runner Ruth Kessel met voters in Dunmore.\n\n"
                   "The GOP front-runner said the ferry audit was a waste of money.")
    assert not any("fits Ruth Kessel" in s.how for s in card.statements), card.statements


def test_a_word_that_only_opens_sentences_is_no_speaker(card_of):
    card = card_of(LEDE + "Shortly after the call ended, the board sent out a release saying the audit was a waste of money.\n\n"
                   "Minutes later, the council issued a statement saying that the audit was rigged.")
    assert not said_by(card, "Shortly") and not said_by(card, "Minutes"), card.statements


def test_a_surname_that_opens_its_sentence_still_speaks(card_of):
    card = card_of(LEDE + "Boone said the ferry would stop in May.")
    assert "the ferry would stop in May" in said_by(card, "Boone"), card.statements


def test_a_quotation_whose_sentence_names_another_person_does_not_continue_the_last_voice(card_of):
    card = card_of(LEDE + "\"The ferry must run all winter,\" Tom Varga said.\n\n"
                   "Ruth Kessel asked, \"Do you think the board would close the harbour for good?\"\n\n"
                   "\"The board is out of money,\" Varga said.\n\n"
                   "\"It will close in May and nobody will open it again.\"")
    assert "close the harbour" not in said_by(card, "Tom Varga"), card.statements
    assert "It will close in May" in said_by(card, "Tom Varga"), card.statements


def test_a_name_right_before_the_quotation_speaks_it(card_of):
    card = card_of(LEDE + "\"The ferry must run all winter,\" Tom Varga said.\n\n"
                   "Ruth Kessel interjected, \"The board has no money left for the ferry this winter.\"")
    assert "no money left for the ferry" in said_by(card, "Ruth Kessel"), card.statements
    item = next(s for s in card.statements if s.speaker == "Ruth Kessel")
    assert item.rule in ("quote.named-before", "quote.name-verb-before")  # the brief's rule reads it first


def test_a_body_that_ends_a_persons_appositive_is_not_the_speaker(card_of):
    card = card_of(LEDE + "Ruth Kessel, the editor in chief of the harbour's official newspaper, The Dunmore Gazette, "
                   "said every mayor was both religious and political.\n\n"
                   "The harbour paper's parent company, Acme Holdings, said the ferry would stop.")
    assert "every mayor was both religious and political" in said_by(card, "Ruth Kessel"), card.statements
    assert "the ferry would stop" in said_by(card, "Acme Holdings"), card.statements


def test_an_empty_it_is_no_speaker(card_of):
    card = card_of(LEDE + "The Lakeside Trust released a report on Monday. It’s a big if, but Ruth Kessel was in Dunmore "
                   "on Tuesday night, emphasizing the ferry's importance.")
    assert not said_by(card, "Lakeside Trust"), card.statements


def test_a_capitalised_object_or_address_is_no_new_speaker(card_of):
    card = card_of(LEDE + "Large majorities of voters in six harbour towns going to the polls on Ferry Tuesday said they "
                   "support a ban on night crossings.\n\n"
                   "The turnout was low, according to Pollwise.")
    assert not said_by(card, "Ferry Tuesday") and not said_by(card, "Tuesday"), card.statements
    assert "The turnout was low" in said_by(card, "Pollwise"), card.statements


def test_a_nested_quotation_closing_before_the_outer_mark_does_not_end_it(card_of):
    card = card_of(LEDE + "\"The ferry must run all winter,\" Tom Varga said.\n\n"
                   "\"She went so far as to say she'll be 'above the mayor,' \" said Ruth Kessel, an activist.")
    assert "above the mayor" in said_by(card, "Ruth Kessel"), card.statements
    assert "above the mayor" not in said_by(card, "Tom Varga"), card.statements


def test_a_titled_name_in_commas_after_a_possessive_role_speaks(card_of):
    card = card_of(LEDE + "Ruth Kessel spoke first. Kessel’s Democratic opponent, Vermont Sen. Tom Varga, also praised "
                   "the plan as a crucial step for the harbour.")
    assert "a crucial step for the harbour" in said_by(card, "Tom Varga"), card.statements
    assert not said_by(card, "Ruth Kessel"), card.statements


def test_an_abbreviation_inside_the_sentence_does_not_cut_off_its_subject(card_of):
    card = card_of(LEDE + "Mr. Varga deflected numerous questions about Mr. Kessel before saying, "
                   "''It's time to quit attacking various people that you competed with.''")
    assert "time to quit attacking" in said_by(card, "Varga"), card.statements


def test_a_longer_lead_ending_in_a_comma_hands_the_quotation_to_its_name(card_of):
    card = card_of(LEDE + "\"The ferry must run all winter,\" Tom Varga said.\n\n"
                   "The meeting was so calm that Ruth Kessel was prompted to say, \"I cannot believe how civil it has been.\"")
    assert "how civil it has been" in said_by(card, "Ruth Kessel"), card.statements


def test_a_name_opening_the_next_sentence_does_not_tag_a_continued_quotation(card_of):
    card = card_of(LEDE + "\"The ferry must run all winter,\" Tom Varga said.\n\n"
                   "\"A new ferry for the harbour is also likely this year.\" Ruth Kessel tipped another plan.")
    assert "A new ferry for the harbour" in said_by(card, "Tom Varga"), card.statements


def test_a_company_opening_its_sentence_before_an_appositive_still_speaks(card_of):
    card = card_of(LEDE + "Zorvex, the Dunmore insurer, said it did not know yet what its losses would be.")
    assert "it did not know yet what its losses would be" in said_by(card, "Zorvex"), card.statements
