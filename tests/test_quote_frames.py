"""Quotations and non-verb frames from issue 10 (PolNeAR train misses), on invented text.

Each test failed before the change that added it (checked by undoing the change).
"""

from __future__ import annotations

from tui.articles.segment import find_quotes
from tui.cards.matching import sentence_start


def items(card, speaker: str) -> list[str]:
    return [s.text for s in card.statements if s.speaker == speaker]


def said_by(card, words: str) -> list[str]:
    return [s.speaker for s in card.statements if words in s.text]


def test_a_quote_led_in_by_narration_does_not_continue_the_last_speaker(card_of):
    """'Across town, "..."' opens with the narration's words: the quotation is not the
    previous paragraph's speaker going on (only a quote that opens its paragraph is)."""
    card = card_of("\u201cThe ferry will run in May,\u201d Mayor Colm Ashby said on Monday.\n\n"
                   "Across town, \u201cshouting from the harbour wall about the cost of the new pier\u201d "
                   "was the mood of the evening.")
    assert not said_by(card, "shouting from the harbour wall"), card.statements


def test_a_quote_paragraph_continues_the_speaker_one_paragraph_on(card_of):
    """The control: a paragraph that opens with a quotation right after the speaker's own
    quotation paragraph goes on in that speaker's voice."""
    card = card_of("\u201cThe ferry will run in May,\u201d Mayor Colm Ashby said on Monday.\n\n"
                   "\u201cAnd nobody on the council will stop the harbour plan now that the money is in.\u201d")
    assert said_by(card, "nobody on the council") == ["Colm Ashby"], card.statements


def test_a_quote_two_paragraphs_on_is_not_continued(card_of):
    """A narration paragraph between breaks the passage: the quotation after it is not
    given to the speaker before it."""
    card = card_of("\u201cThe ferry will run in May,\u201d Mayor Colm Ashby said on Monday.\n\n"
                   "The Harbour Action Group was founded by a former aide to the mayor in 2012.\n\n"
                   "\u201cThis shocking new leaflet raises new questions about the harbour plan and its cost.\u201d")
    assert not said_by(card, "shocking new leaflet"), card.statements


def test_a_single_quoted_subheading_is_no_ones_words(card_of):
    """A paragraph that is only a short single-quoted phrase is a section title, not the
    last speaker's continued quotation."""
    card = card_of("\u201cThe ferry will run in May,\u201d Mayor Colm Ashby said on Monday.\n\n"
                   "'A really tough decision.'\n\n"
                   "The council meets again in June.")
    assert not said_by(card, "tough decision"), card.statements


def test_as_x_put_it_with_a_colon_introduces_the_quotation(card_of):
    """'Or, as X, a role, put it: "..."': the relay names the speaker, and a title's dot
    ("the No. 2") does not cut the sentence."""
    card = card_of("The vote on the harbour plan is close. Or, as Colm Ashby, the No. 2 on the council, "
                   "put it: \u201cThe barbarians are no longer at the gate. They are inside.\u201d")
    assert said_by(card, "barbarians") == ["Colm Ashby"], card.statements


def test_a_name_and_one_verb_introduce_the_quotation(card_of):
    """'Ashby interjected, "..."': whatever the verb, the frame hands the quote to the name."""
    card = card_of("The harbour meeting ran late on Monday.\n\n"
                   "Colm Ashby interjected, \u201cLadies and gentlemen, the harbour is closed for the winter.\u201d")
    assert said_by(card, "closed for the winter") == ["Colm Ashby"], card.statements


def test_a_dash_line_signs_the_quotation_paragraph_above(card_of):
    """Fact checks print '- Name.' under a quotation paragraph: the name speaks."""
    card = card_of("Here are some claims from the harbour debate.\n\n"
                   "\u201cThe harbour plan will cost twice what the council promised, and nobody read the audit.\u201d\n\n"
                   "- Colm Ashby.\n\n"
                   "Ashby has a point about the audit.")
    assert said_by(card, "cost twice") == ["Colm Ashby"], card.statements


def test_a_dash_line_under_narration_signs_nothing(card_of):
    """The control: a dash line under a narration paragraph attributes nothing."""
    card = card_of("The harbour plan will cost twice what the council promised last year.\n\n"
                   "- Colm Ashby.")
    assert not card.statements, card.statements


def test_according_to_in_brackets(card_of):
    """'(According to X, ...)' and '(..., according to X)' attribute the bracketed words."""
    card = card_of("Skaters say officers still fine them. (According to the Dunmore Harbour Board, "
                   "it does not keep records of the fines.)\n\n"
                   "The ferry lost 81 percent of its riders last year (the harbour board puts the loss at 15 percent, "
                   "according to the Dunmore Ledger).")
    assert said_by(card, "does not keep records") == ["Dunmore Harbour Board"], card.statements
    assert said_by(card, "puts the loss at 15 percent") == ["Dunmore Ledger"], card.statements


def test_a_single_close_before_a_double_close_ends_only_the_inner_quote():
    """'"... what sailors call 'a calm before the storm,' " he said.': one quotation, to the double mark."""
    text = "\"What I see in the harbour is what sailors call 'a calm before the storm,' \" he said."
    quotes = find_quotes(text, 0, len(text))
    assert len(quotes) == 1 and text[quotes[0].end] == '"', [text[q.start:q.end] for q in quotes]


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quote():
    """'\u201cIt is unusual,\u201c said Roe.': the second opening mark after a comma closes it."""
    text = "\u201cIt is unusual for a harbour to close,\u201c said Ann Roe, a lawyer."
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start:q.end] for q in quotes] == ["It is unusual for a harbour to close,"]


def test_an_opening_typed_closing_mark_is_attributed(card_of):
    card = card_of("\u201cIt is unusual for a harbour to close in May,\u201c said Ann Roe, a lawyer in Dunmore.")
    assert said_by(card, "unusual for a harbour") == ["Ann Roe"], card.statements


def test_a_sentence_does_not_start_after_a_title_or_initial():
    text = "Talks failed. As Ann B. Roe, the No. 2 on the council, put it: "
    assert text[sentence_start(text, 0, len(text)):].lstrip().startswith("As Ann B. Roe")


def test_a_headline_ending_on_a_short_quotation_after_a_colon(card_of):
    """'Mayor Ann Varga Praises Harbour Chief: ‘Very Good Manager.’': a headline's closing
    quotation is its subject's words, however short."""
    card = card_of("Mayor Ann Varga praised the harbour chief at a news conference in Dunmore on Monday.",
                   headline="Mayor Ann Varga Praises Harbour Chief Tom Peller: \u2018Very Good Manager.\u2019\n\n")
    assert set(said_by(card, "Very Good Manager")) == {"Ann Varga"}, card.statements  # the quotation, or the
    # headline verb's clause that holds it (both hers)


def test_a_noun_of_saying_with_a_time_before_that(card_of):
    """"Ashby's statement earlier this year that ..." / "his claim on Monday that ...": a time
    phrase between the noun and its that-clause keeps the clause the owner's words."""
    card = card_of("The leaflet was a dig at Colm Ashby's statement earlier this year that the harbour "
                   "audit had been rigged by the council.")
    assert said_by(card, "audit had been rigged") == ["Colm Ashby"], card.statements


def test_a_question_put_by_someone_is_not_the_answerers(card_of):
    """'Asked by an aide, "Is this final?" Vale replied with a single word: "Yup."': the quoted
    question is the asker's, not Vale's; Vale's reply is read from the sentence."""
    card = card_of("Tom Vale and Ann Roe met on Monday.\n\n"
                   "Asked by one of Ann Roe\u2019s aides, \u201cIs this the final language you want to use on the "
                   "harbour,\u201d Tom Vale replied with a single word: \u201cYup.\u201d")
    assert not said_by(card, "final language"), card.statements
    assert said_by(card, "Yup") == ["Tom Vale"], card.statements


def test_asked_about_a_topic_the_quotation_is_the_answer(card_of):
    """The control: 'Asked about the plan, "...," Vale said' quotes Vale's answer."""
    card = card_of("Asked about the harbour plan, \u201cI have no idea what the council will do,\u201d Tom Vale said.")
    assert said_by(card, "no idea what the council") == ["Tom Vale"], card.statements


EXCERPT = ("The Dunmore Gazette reported on Monday that Mayor Ann Roe had misstated her record.\n\n"
           "Here's an excerpt from the Dunmore Gazette report:\n\n"
           "\"\"We have learned something important since the days that I served at sea,\" Ms. Roe said "
           "to the group gathered in Lakeside in March 2008. \"And you exemplify it.\"\n\n"
           "There was one problem: Ms. Roe, a Democrat now running for the Senate, never served at sea. "
           "She obtained at least five deferments, according to records.\"\n\n"
           "Roe's campaign called the report an outrageous distortion.")


def test_an_excerpt_block_is_the_publishers_until_its_marks_close(card_of):
    """'Here's an excerpt from the Gazette report:' then a block inside one pair of marks: each
    paragraph of it is the Gazette's, and Roe's words quoted inside it are nested (not hers)."""
    card = card_of(EXCERPT)
    assert said_by(card, "We have learned something") == ["Dunmore Gazette"], card.statements
    assert said_by(card, "never served at sea") == ["Dunmore Gazette"], card.statements
    assert not items(card, "Ann Roe") or not any("served at sea" in t for t in items(card, "Ann Roe"))


def test_a_quote_after_a_typewriter_closing_mark_stands_alone(card_of):
    """"''Nonsense,'' Vale said on ''Harbour Talk.'' ''She lies ...''": the '' that closes the
    show's title leaves the next quotation a statement of its own."""
    card = card_of("''It's nonsense,'' Mr. Tom Vale said by telephone on the radio show ''Harbour Talk.'' "
                   "''She lies like crazy about everything, whether it's the ferry or the pier.''")
    assert said_by(card, "She lies like crazy") == ["Tom Vale"], card.statements
