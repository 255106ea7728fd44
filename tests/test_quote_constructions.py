"""Quotation shapes from issue 10 (PolNeAR train misses with quoted content), on invented text.

Each test failed before the change that added it (checked by undoing the change).
"""

from __future__ import annotations

from tui.articles.segment import find_quotes


def said_by(card, words: str) -> list[str]:
    return [s.speaker for s in card.statements if words in s.text]


def texts(card, speaker: str) -> list[str]:
    return [s.text for s in card.statements if s.speaker == speaker]


# -- a single quotation inside a double one -----------------------------------------------

def test_a_single_quotation_closed_by_a_comma_does_not_close_the_double_one():
    """'“When they said, ‘We will build it,’ that changed everything,”': the comma and the
    single mark end the inner quotation; the double one runs on to its own closing mark."""
    text = "“When the council said, ‘We will build the pier,’ that changed everything,” said Kyev Tatum."
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start:q.end] for q in quotes] == [
        "When the council said, ‘We will build the pier,’ that changed everything,"]


def test_a_typewriter_quote_still_closes_on_its_own_single_mark():
    """The control: '"... a calm before the storm,' " he said' keeps its inner mark and its
    outer one; an apostrophe inside a word opens nothing."""
    text = "\"It was, as they say, 'a calm before the storm,' \" he said. \"We don't know.\""
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start:q.end] for q in quotes] == [
        "It was, as they say, 'a calm before the storm,' ", "We don't know."]


def test_a_quotation_that_quotes_someone_is_its_speakers_words_whole(card_of):
    card = card_of("“When the council said, ‘We will build the pier,’ that changed everything in "
                   "the town,” said Kyev Tatum.")
    assert said_by(card, "that changed everything") == ["Kyev Tatum"], card.statements
    assert any("We will build the pier" in t and "that changed everything" in t
               for t in texts(card, "Kyev Tatum")), card.statements  # one unit, not two pieces


# -- signatures after a dash ------------------------------------------------------------------

def test_a_dash_signature_on_the_quotations_own_line(card_of):
    card = card_of("The council has spent too much on the pier.\n\n"
                   "“The pier is a disaster for the town and its people.” — Dana Pruitt")
    assert said_by(card, "disaster for the town") == ["Dana Pruitt"], card.statements


def test_a_double_hyphen_signature_with_a_tail(card_of):
    card = card_of("The council has spent too much on the pier.\n\n"
                   "\"The pier is a disaster for the town and its people.\" -- Dana Pruitt, Lakeside")
    assert said_by(card, "disaster for the town") == ["Dana Pruitt"], card.statements


def test_a_horizontal_bar_signature_on_the_next_line(card_of):
    """Quotation pages print '― Name' under the quotation (U+2015, not a dash)."""
    card = card_of("The council has spent too much on the pier.\n\n"
                   "“The pier is a disaster for the town and its people.”\n\n― Dana Pruitt")
    assert said_by(card, "disaster for the town") == ["Dana Pruitt"], card.statements


def test_narration_after_a_dash_signs_nothing(card_of):
    """'"..." — and the crowd cheered for Roe': a dash that goes on with the narration."""
    card = card_of("The council has spent too much on the pier.\n\n"
                   "“The pier is a disaster for the town and its people.” — and then the crowd "
                   "cheered loudly for Dana Pruitt and her friends outside the harbour hall.")
    assert not said_by(card, "disaster for the town"), card.statements


# -- a sentence that runs into its quotation ---------------------------------------------------

def test_a_sentence_running_into_a_quotation_with_a_comma_inside(card_of):
    """'The new pier "will not ..., but ...," Roe, the harbour master, said': the lead and the
    quotation are one statement of the speaker named after it."""
    card = card_of("The new pier “will not solve the problem, but it is a step in the right "
                   "direction,” Colm Ashby, the harbour master, said on Monday.")
    assert said_by(card, "a step in the right direction") == ["Colm Ashby"], card.statements
    assert any(t.startswith("The new pier") for t in texts(card, "Colm Ashby")), card.statements


def test_a_run_in_quotation_whose_comma_sits_inside_a_closing_single_mark(card_of):
    """'The vote is about "people telling the council, 'not here,'" Roe said.': the comma before
    the inner single mark closes the outer quotation too, so the run-in sentence is Roe's."""
    card = card_of("The ferry vote is about “people telling the council, ‘we do not want this "
                   "pier,’” Colm Ashby said.")
    assert said_by(card, "we do not want this pier") == ["Colm Ashby"], card.statements
    assert any(t.startswith("The ferry vote") for t in texts(card, "Colm Ashby")), card.statements


def test_a_run_in_sentence_of_two_quotations_told_to_a_crowd(card_of):
    """'Piers are "a" and "b," Roe, the harbour master, told a cheering crowd.': the crowd is
    the hearer, and the lead is not the speaker."""
    card = card_of("Piers are “the worst waste of money” and “a shame on the whole town,” "
                   "Colm Ashby, the harbour master, told a cheering crowd.")
    assert said_by(card, "a shame on the whole town") == ["Colm Ashby"], card.statements
    assert not texts(card, "Piers"), card.statements


def test_a_title_in_quotation_marks_before_an_attribution_is_no_statement(card_of):
    """'On the Gazette's "Morning Hour Live," Roe said the pier ...': the quotation is a
    programme's title, and the attribution after it has words of its own."""
    card = card_of("Speaking on the Lakeside Gazette’s “Morning Hour Live,” Colm Ashby said the "
                   "pier would be finished in May.")
    assert not said_by(card, "Morning Hour"), card.statements


# -- a quotation paragraph after a reported-speech paragraph ----------------------------------

def test_a_quotation_paragraph_after_reported_speech_goes_on_in_that_voice(card_of):
    card = card_of("Dana Pruitt said the council had ignored the harbour report.\n\n"
                   "“Nobody will use the pier, and the town will pay for it for decades.”")
    assert said_by(card, "Nobody will use the pier") == ["Dana Pruitt"], card.statements


def test_a_quotation_closed_by_a_comma_is_not_handed_to_the_last_speaker(card_of):
    """'"...," columnist Ai Jun wrote': an attribution after the quotation that no rule read
    (here an unknown name) is still someone else's; the reported speaker does not take it."""
    card = card_of("Dana Pruitt said the council had ignored the harbour report.\n\n"
                   "“Nobody will use the pier, and the town will pay for it,” "
                   "wrote xo in a post.")
    assert "Dana Pruitt" not in said_by(card, "Nobody will use the pier"), card.statements


# -- an attribution sentence after a closed quotation ----------------------------------------

def test_an_attribution_sentence_with_a_time_or_place_takes_the_closed_quotation(card_of):
    """'"....." Doe said in a statement.': after a full stop, a sentence that is the
    attribution and a fragment (a time, a place, "in a statement") still takes the quotation."""
    card = card_of("The council voted on Monday. “The pier is a disaster for everyone in the town.” "
                   "Spokeswoman Dana Pruitt said on Monday.")
    assert said_by(card, "disaster for everyone") == ["Dana Pruitt"], card.statements


def test_an_attribution_that_opens_the_next_quotation_does_not_take_the_one_before(card_of):
    """'"...." He added, "...": "He added," introduces the quotation after it; the closed one
    before it stays with the speaker of its own sentence."""
    card = card_of("As Colm Ashby told the Lakeside Gazette, “The harbour has suffered for years, and the "
                   "pier made it worse.” Dana Pruitt added, “So the council should have listened first.”")
    assert said_by(card, "The harbour has suffered") == ["Colm Ashby"], card.statements
    assert said_by(card, "should have listened") == ["Dana Pruitt"], card.statements


# -- a participle that introduces a quotation --------------------------------------------------

def test_a_participle_after_a_platform_has_its_clauses_subject(card_of):
    """'Roe took to Twitter, writing: "..."': the platform is a preposition's object, not the
    one writing."""
    card = card_of("Dana Pruitt quickly took to Twitter, writing: “Another terrible day for the harbour. "
                   "When will the council learn?”")
    assert said_by(card, "Another terrible day") == ["Dana Pruitt"], card.statements


def test_a_participle_after_the_person_replied_to_has_its_clauses_subject(card_of):
    card = card_of("Dana Pruitt replied to Colm Ashby on Twitter, writing: “Another terrible day for "
                   "the harbour and its people.”")
    assert said_by(card, "Another terrible day") == ["Dana Pruitt"], card.statements


def test_a_participle_after_an_attribution_keeps_its_speaker(card_of):
    """The control: 'A will happen, Doe said, adding, "..."': the name before the participle is
    the subject of its own "said", not a preposition's object."""
    card = card_of("Colm Ashby and the council will meet next week, Dana Pruitt said, adding, "
                   "“They need to sit down and have a good talk about the pier.”")
    assert said_by(card, "have a good talk") == ["Dana Pruitt"], card.statements


def test_a_role_word_before_the_name_after_a_quotation_with_a_long_occasion(card_of):
    """'"...," spokesman Roe said in a statement issued an hour before the vote.': the role word
    before the name does not stop the tag, so the quotation is not handed to the paragraph's
    earlier speaker."""
    card = card_of("Lakeside Rising, a harbour committee, called the pier “a walking liability” for "
                   "the town. “The pier reinforces every doubt voters have about the council,” "
                   "spokesman Colm Ashby said in a statement issued an hour before the vote was set to begin.")
    assert said_by(card, "every doubt voters have") == ["Colm Ashby"], card.statements


def test_a_name_that_starts_with_another_actors_alias_is_one_person_after_a_quotation(card_of):
    """'"...," his friend Mahamat Saleh Oumar told the website.': the alias "Mahamat" of another
    actor inside the longer name is no second person, so the one name in the clause speaks."""
    card = card_of("Ken Mahamat was a cadet. Mahamat was returning home.\n\n"
                   "Friends in Lakeside were devastated, according to the Gazette. “He had so many "
                   "projects and ambitions,” his friend Mahamat Saleh Oumar told the website.")
    assert said_by(card, "so many projects") == ["Mahamat Saleh Oumar"], card.statements
    assert not said_by(card, "the website"), card.statements


def test_a_headline_name_that_modifies_the_next_does_not_tag_the_quotation(card_of):
    """'Finch Challenger Ann Lee: Impeach ..., ‘...’': Finch only describes Lee, whose
    headline quotation it is."""
    card = card_of("Finch Challenger Ann Lee: Impeach the Mayor, ‘Stop the Pier at the Town Line.’\n\n"
                   "Former state senator Ann Lee called for the impeachment of Mayor Tom Finch. "
                   "Finch was silent.")
    assert said_by(card, "Stop the Pier") == ["Ann Lee"], card.statements


def test_an_as_relay_with_a_role_before_the_name(card_of):
    """'As Lakeside harbour spokesman Colm Ashby explained, ..., "which ...": the role words
    before the name do not stop the relay, and the quotation its sentence runs into is his.'"""
    card = card_of("For now, the council waves off the delay as having “minimal” impact. As Lakeside "
                   "harbour spokesman Colm Ashby explained, three fees were postponed in the budget deal, "
                   "costing the town $35,000, “which sounds like a lot of money. But the pier will still "
                   "save the town money over ten years.”")
    assert said_by(card, "three fees were postponed") == ["Colm Ashby"], card.statements
    assert said_by(card, "save the town money") == ["Colm Ashby"], card.statements


# -- a headline that is a name, a colon and a quotation ----------------------------------

def test_a_named_headline_quotation_is_one_claim(card_of):
    """'Marta Lindqvist: "I'm Tired Of Waiting."' is one statement (CONVENTIONS 1: one passage,
    one claim): the colon tag reads the quotation as its content, so the quotation is not
    attributed a second time on its own."""
    card = card_of("Marta Lindqvist spoke on Tuesday.",
                   headline="Marta Lindqvist: \"I'm Tired Of Waiting For The Harbour Board.\"\n\n")
    tired = [s for s in card.statements if "Tired Of Waiting" in s.text]
    assert [s.speaker for s in tired] == ["Marta Lindqvist"]



# -- a quotation left open at a paragraph's end ---------------------------------------------

def test_a_quotation_reopened_after_one_left_open_goes_on_in_the_same_voice(card_of):
    """'Vale said: "It remains to be seen. ¶ "Voters need ...' : the first paragraph leaves its
    mark open, so the next one's opening quotation is Vale's, though Roe speaks later in it."""
    card = card_of('Safety head Tom Vale said: "It remains to be seen whether drivers will change.\n\n'
                   '"Voters need to consider this carefully. Drivers follow consensus." Committee chair '
                   'Ann Roe said the limit was a distraction. "It is not the main issue," she said.')
    assert said_by(card, "Voters need to consider") == ["Tom Vale"], card.statements
    assert said_by(card, "It is not the main issue") == ["Ann Roe"], card.statements


def test_paragraphs_of_one_quotation_run_together_are_each_a_quotation():
    """'said: "A. "B. "C."': a text that joined a quotation's paragraphs reopens it without a
    close; a double mark after a space that follows a sentence's end, before a capital, opens
    the next paragraph, so the middle one is a quotation too, not narration."""
    text = ('A harbour spokesman said: "We have sent the papers, the fault is with the post. '
            '"Somewhere along the line, it went wrong. "The post office is looking into it." '
            'He left. "Yes," he said. "No."')
    quotes = [text[q.start:q.end] for q in find_quotes(text, 0, len(text))]
    assert quotes == ["We have sent the papers, the fault is with the post.",
                      "Somewhere along the line, it went wrong.", "The post office is looking into it.",
                      "Yes,", "No."], quotes


def test_a_middle_paragraph_of_a_run_together_quotation_is_the_speakers(card_of):
    card = card_of('Ann Roe said: "We have sent the papers, the fault is with the post. '
                   '"Somewhere along the line, it went wrong. "The post office is looking into it."')
    assert said_by(card, "Somewhere along the line") == ["Ann Roe"], card.statements
