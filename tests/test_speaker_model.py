"""Who speaks a quotation or a reported statement when no speech verb names them beside it
(default pack alone): the sentence that introduces a quotation with a colon, a name tag after
a dash. Invented sentences; names and places are invented.
"""

from __future__ import annotations

from conftest import said_by


def test_a_colon_hands_the_quotation_to_the_subject_of_its_sentence(card_of):
    card = card_of("“We will keep the ferry running all winter,” said Alan Brisk, the harbour master.\n\n"
                   "Ruth Kessel leaned over the table and snapped:\n\n"
                   "“The harbour cannot pay for a single extra crossing this winter.”")
    assert "cannot pay for a single extra crossing" in said_by(card, "Ruth Kessel"), card.statements


def test_a_colon_in_the_same_paragraph_introduces_the_quotation(card_of):
    card = card_of("“We will keep the ferry running all winter,” said Alan Brisk, the harbour master. "
                   "Ruth Kessel shook her head: “The harbour cannot pay for a single extra crossing.”")
    assert "cannot pay for a single extra crossing" in said_by(card, "Ruth Kessel"), card.statements


def test_a_name_tag_after_a_dash_speaks_not_the_headline(card_of):
    card = card_of("“Turnout was low in every ward,” said Alan Brisk, the harbour master.\n\n"
                   "Counts were late again - Dora Menk: “The ward clerks had no paper ballots left by noon.”")
    assert "no paper ballots left by noon" in said_by(card, "Dora Menk"), card.statements


def test_the_person_named_after_a_role_speaks_not_the_principal(card_of):
    card = card_of("Ruth Kessel toured the harbour on Monday.\n\n"
                   "Kessel's campaign manager, Alan Brisk, said the audit would be finished in May.\n\n"
                   "The harbour board chairman, Dora Menk, said the ferry would stop for the winter.")
    assert "the audit would be finished in May" in said_by(card, "Alan Brisk"), card.statements
    assert "the ferry would stop for the winter" in said_by(card, "Dora Menk"), card.statements


def test_a_quotation_after_reported_words_goes_on_in_the_newer_voice(card_of):
    card = card_of("“We will keep the ferry running all winter,” said Alan Brisk, the harbour master.\n\n"
                   "Ruth Kessel said she could not support the plan.\n\n"
                   "“The harbour cannot pay for a single extra crossing this winter.”")
    assert "cannot pay for a single extra crossing" in said_by(card, "Ruth Kessel"), card.statements


def test_subject_after_an_opening_adverbial_and_a_dateline(card_of):
    card = card_of("LAKESIDE, Ore. (Wire) - Mayor Tom Varga met the harbour board and said the ferry "
                   "would stop in May.\n\n"
                   "At a rally in Dunmore, Ore., on Sunday, Ruth Kessel spoke for an hour, saying the audit "
                   "had been a waste of money.")
    assert "the ferry would stop in May" in said_by(card, "Tom Varga"), card.statements
    assert "the audit had been a waste of money" in said_by(card, "Ruth Kessel"), card.statements


def test_an_opening_participle_is_no_subject(card_of):
    card = card_of("Facing questions from Ruth Kessel, Mayor Tom Varga released a statement on Monday, "
                   "describing the audit as a waste of money.")
    assert "the audit as a waste of money" in said_by(card, "Tom Varga"), card.statements
    assert not said_by(card, "Facing"), card.statements


def test_who_after_an_appositive_is_the_person(card_of):
    card = card_of("The board invited Tom Varga, the head of the Lakeside Harbour Trust, who often criticizes "
                   "the ferry company for its fares.")
    assert "the ferry company" in said_by(card, "Tom Varga"), card.statements


def test_a_person_named_after_a_place_speaks(card_of):
    card = card_of("Alarmed by the flooding in Vermont, Senator Tom Varga, the committee chairman, said that "
                   "the harbour wall would be raised.")
    assert "the harbour wall would be raised" in said_by(card, "Tom Varga"), card.statements


def test_an_inverted_source_keeps_its_title_and_initials(card_of):
    card = card_of("The harbour vote was close.\n\n"
                   "“I do not see how a better candidate did not run,” said Air Force 1st Lt. Tomas Varga "
                   "of Lakeland.\n\n"
                   "“I have been watching this vote for months,” said Ruth de Kessel, a professor of law.")
    assert "a better candidate did not run" in said_by(card, "Tomas Varga"), card.statements
    assert "watching this vote" in said_by(card, "Ruth de Kessel"), card.statements


def test_a_paper_named_with_its_article_speaks(card_of):
    card = card_of("The harbour board met on Monday.\n\n"
                   "According to The Sentinel, the board voted to close the ferry for the winter.")
    ledger = [a for a in card.actors if a.name == "The Sentinel"]
    assert ledger and ledger[0].kind == "org", card.actors
    assert "voted to close the ferry" in said_by(card, "The Sentinel"), card.statements


def test_he_after_a_paragraph_that_turns_to_a_new_person(card_of):
    card = card_of("Mayor Tom Varga said the ferry would run again in May.\n\n"
                   "Alan Brisk, the harbour master, was more doubtful.\n\n"
                   "“The boats are old and the crews have gone,” he said.")
    assert "The boats are old" in said_by(card, "Alan Brisk"), card.statements


def test_a_name_and_any_verb_after_a_quotation_attribute_it(card_of):
    card = card_of("“We will keep the ferry running,” said Alan Brisk, the harbour master.\n\n"
                   "“Would the ferry run in winter?” Ruth Kessel pressed.\n\n"
                   "“The boats cannot be repaired in time,” asked J. B. Morrow of the ferry union.")
    assert "Would the ferry run in winter?" in said_by(card, "Ruth Kessel"), card.statements
    assert "cannot be repaired in time" in said_by(card, "J. B. Morrow"), card.statements


def test_a_long_clause_joined_by_and_said_keeps_its_subject(card_of):
    card = card_of("Last week, Ruth Kessel met the Lakeland Harbour Board and the ferry company for a long "
                   "review of every boat, crane, pier and timetable in the harbour before the winter storms "
                   "and said the ferry crews should be paid for the days they lost.")
    assert "the ferry crews should be paid" in said_by(card, "Ruth Kessel"), card.statements


def test_the_senator_is_the_person_named_with_the_title(card_of):
    card = card_of("Sen. Ruth Kessel (D-Wis.) visited Dunmore on Monday. Mayor Tom Varga met her at the pier.\n\n"
                   "The senator said the ferry would need federal money.")
    assert "the ferry would need federal money" in said_by(card, "Ruth Kessel"), card.statements


def test_a_description_with_a_role_and_a_place_is_the_person_in_focus(card_of):
    card = card_of("Ruth Kessel said the harbour fund of the United States was empty, and that U.S. ports "
                   "needed money.\n\n"
                   "The former ferry pilot and U.S. senator said it was a mistake to sell the pier, but she "
                   "denied that she had approved the sale.")
    assert "she had approved the sale" in " | ".join(d.text for d in card.denials if d.speaker == "Ruth Kessel"), \
        card.statements


def test_the_named_head_of_a_source_phrase_speaks_not_the_name_that_describes_him(card_of):
    # "said Roe spokesman Jo Bell": named staff speak for themselves (CONVENTIONS.md 2)
    card = card_of("Ruth Kessel toured the harbour on Monday.\n\n"
                   "“We will finish the audit in May,” said Kessel campaign manager Alan Brisk.\n\n"
                   "Former Kessel Senior Adviser Dora Menk said the ferry would stop for the winter.")
    assert "We will finish the audit in May" in said_by(card, "Alan Brisk"), card.statements
    assert "the ferry would stop for the winter" in said_by(card, "Dora Menk"), card.statements
    item = next(s for s in card.statements if s.speaker == "Alan Brisk")
    assert "describe" in item.how, item.how  # the why view says how the speaker was chosen


def test_a_name_joined_by_a_linking_word_stays_the_source(card_of):
    card = card_of("Ruth Kessel toured the harbour on Monday.\n\n"
                   "“We will finish the audit in May,” said Alan Brisk, a lawyer for Ruth Kessel.")
    assert "We will finish the audit in May" in said_by(card, "Alan Brisk"), card.statements


def test_the_campaign_of_a_named_person_speaks_for_that_person_not_the_last_aide(card_of):
    card = card_of("Ruth Kessel toured the harbour on Monday.\n\n"
                   "“We will win the county,” said Alan Brisk, a Kessel campaign aide.\n\n"
                   "The Kessel campaign said the audit would be finished in May.")
    assert "the audit would be finished in May" in said_by(card, "Ruth Kessel"), card.statements


def test_a_quotation_handed_on_by_a_comma_is_the_one_name_in_the_short_clause_after_it(card_of):
    card = card_of("“We will keep the ferry running all winter,” said Alan Brisk, the harbour master.\n\n"
                   "“The harbour will always pay its way,” an angry Ruth Kessel retaliated.")
    assert "The harbour will always pay its way" in said_by(card, "Ruth Kessel"), card.statements
    item = next(s for s in card.statements if s.speaker == "Ruth Kessel")
    assert item.rule == "quote.named-after" and "short clause" in item.how, item


def test_a_quotation_with_two_names_after_it_is_not_guessed(card_of):
    card = card_of("“We will keep the ferry running all winter,” said Alan Brisk, the harbour master.\n\n"
                   "“The harbour will always pay its way,” Ruth Kessel and Dora Menk retaliated.")
    assert "The harbour will always pay its way" not in said_by(card, "Ruth Kessel"), card.statements


def test_he_is_the_one_person_his_sentence_opens_on_not_the_paragraph_subject(card_of):
    card = card_of("Alan Brisk, the harbour master, said the ferry would run all winter.\n\n"
                   "Mr. Brisk, officials said, acted on his own. But when the final audit was sent to "
                   "Tom Varga, he dismissed it, saying the harbour could not pay for a single crossing.")
    assert "the harbour could not pay for a single crossing" in said_by(card, "Tom Varga"), card.statements


def test_a_name_inside_the_words_said_is_not_whom_he_means(card_of):
    card = card_of("Alan Brisk, the harbour master, said the ferry would run all winter.\n\n"
                   "The plan Tom Varga drew up for the ferry had failed badly, he said.")
    assert not said_by(card, "Tom Varga"), card.statements


def test_a_party_member_labelled_by_a_place_is_unnamed_not_the_place(card_of):
    # the place acts as a party elsewhere in the article, so it is an actor; it still does not speak
    card = card_of("Lawyers for New Hampshire said on Monday that the state would sue the harbour board.\n\n"
                   "“The ferry will stop in May,” said one New Hampshire Democrat.")
    assert "The ferry will stop in May" not in said_by(card, "New Hampshire"), card.statements
