"""Named-source statements the cue reader used to miss entirely (issue 10, PolNeAR train mining).

Each test is one construction on invented sentences (invented names and places), default pack
alone; each failed before the change that added it. The no_match cases keep CONVENTIONS.md 3
(a target alone says nothing).
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("Shortly after the announcement of Colm Ashby's death, Mayor Ann Pelham issued a statement saying that the "
     "board should wait.", "Ann Pelham", "the board should wait"),
    ("Minutes later, the Harbour Trust issued a statement saying that the vote was unfair.", "Harbour Trust",
     "the vote was unfair"),
    ("There, the district chairman Colm Ashby declined to name the delegates but said one was a supporter of the "
     "plan.", "Colm Ashby", "one was a supporter of the plan"),
], ids=["shortly-after", "minutes-later", "there"])
def test_an_opening_time_or_place_is_no_subject(card_of, body, speaker, words):
    """'Shortly after ..., X issued a statement saying ...', 'Minutes later, ...', 'There, ...': the
    opening adverbial before its comma is skipped; the subject after it speaks."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("joiner", ["though", "although", "whereas"])
def test_a_second_source_after_though(card_of, joiner):
    """'X said A, though Y said B': the clause after 'though' brings its own source and cue;
    it is Y's statement, not part of X's."""
    card = card_of(f"Colm Ashby said the ferry was late, {joiner} Ann Pelham said the ferry ran on time.")
    assert "the ferry ran on time" in said_by(card, "Ann Pelham")
    assert "ran on time" not in said_by(card, "Colm Ashby")


def test_though_without_a_new_source_stays_with_the_speaker(card_of):
    card = card_of("Colm Ashby said the ferry was late, although he conceded it was cheap.")
    assert "he conceded it was cheap" in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("body,words", [
    ('Ann Pelham later defended her remarks as being "sarcastic."', 'remarks as being "sarcastic."'),
    ('Colm Ashby defended his harbour master as a "very decent man" on Tuesday.', 'his harbour master as a'),
], ids=["remarks-as", "person-as"])
def test_defended_as_is_a_portrayal(card_of, body, words):
    """'defended X as Y' says what X is: a claim (CONVENTIONS.md 1, like 'described ... as')."""
    speaker = "Ann Pelham" if "Pelham" in body else "Colm Ashby"
    assert words in said_by(card_of(body), speaker)


def test_defended_with_a_target_alone_says_nothing(card_of):
    """'defended the budget': a target without content (CONVENTIONS.md 3)."""
    card = card_of("Colm Ashby defended the harbour budget on Tuesday.")
    assert said_by(card, "Colm Ashby") == ""


def test_a_long_appositive_between_name_and_cue(card_of):
    """'Ashby, <an appositive longer than the source reach>, said ...': the name that opens the
    sentence is the subject."""
    card = card_of("Colm Ashby, a veteran Dunmore organiser who played a major role in the Lakeside harbour "
                   "campaign of 2008 and is now running the early-vote effort of the Harbour Party across the "
                   "county, said the absentee programme is a critical part of the plan.")
    assert "the absentee programme is a critical part" in said_by(card, "Colm Ashby")


def test_a_long_appositive_does_not_make_a_place_speak(card_of):
    card = card_of("In Dunmore, a town that played a major role in the Lakeside harbour campaign of 2008 and is "
                   "now running the early-vote effort of the Harbour Party across the county, residents said the "
                   "ferry was late.")
    assert said_by(card, "Dunmore") == ""


@pytest.mark.parametrize("lead", ["at one point", "at times"])
def test_a_time_aside_before_a_participle(card_of, lead):
    """'X has feuded with the board, at one point calling its chairman a fraud': the participle
    goes on for the clause's subject."""
    card = card_of(f'Colm Ashby has feuded with the harbour board, {lead} calling its chairman a "fraud."')
    assert 'its chairman a "fraud."' in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("joiner", ["while", "though"])
def test_a_named_source_inside_an_unnamed_sources_words(card_of, joiner):
    """'Several candidates agreed, saying ..., while Mrs. Pelham said ...': the unnamed source
    gives no item, and the clause that brings its own named source is still read."""
    card = card_of(f"Several candidates have followed Mr. Ashby's lead, saying the audit is fair game, {joiner} "
                   "Mrs. Pelham said she doubted voters would care.")
    assert "she doubted voters would care" in said_by(card, "Pelham")
    assert "fair game" not in " ".join(s.text for s in card.statements)


def test_the_subject_after_but_speaks_for_the_participle(card_of):
    """'It is a long shot, but Pelham was in Dunmore, emphasizing ...': the clause after ', but'
    has its own subject."""
    card = card_of("It is a long shot, but Ann Pelham was in Dunmore on Tuesday night, emphasizing the "
                   "harbour's importance to the county.")
    assert "the harbour's importance" in said_by(card, "Ann Pelham")


def test_but_joining_two_verbs_keeps_one_subject(card_of):
    card = card_of("Colm Ashby praised the harbour plan, but said the ferry was late.")
    assert "the ferry was late" in said_by(card, "Colm Ashby")


def test_an_infinitive_of_purpose_opens_the_sentence(card_of):
    """'To nudge the board along, the Trust has run ads, reminding ...': 'To ...,' is no subject."""
    card = card_of("To nudge the board along, the Harbour Trust has run ads in both papers, reminding members "
                   "that they used to support the ferry.")
    assert "they used to support the ferry" in said_by(card, "Harbour Trust")


TRANSCRIPT = ("Partial transcript as follows:\n\n"
              "ANN PELHAM: The ferry plan is a waste of money, and the board knows it.\n\n"
              "ASHBY: Do you think the board has been honest with the town about the cost?\n\n"
              "PELHAM: I think the board is trying to hide the real figures from the voters.\n")


def test_a_full_name_in_capitals_tags_a_transcript(card_of):
    """'ANN PELHAM: ...' opening a transcript whose later lines are tagged 'PELHAM:': the tag
    names a person, and the later surname tags are hers."""
    card = card_of(TRANSCRIPT)
    said = said_by(card, "ANN PELHAM")
    assert "The ferry plan is a waste of money" in said
    assert "trying to hide the real figures" in said


def test_a_capital_label_is_no_transcript_tag(card_of):
    """'BREAKING NEWS: ...' has no later 'NEWS:' line: it names no one."""
    card = card_of("BREAKING NEWS: The ferry plan has been scrapped by the harbour board tonight.\n\n"
                   "The board met on Friday.")
    assert "BREAKING NEWS" not in {s.speaker for s in card.statements}
    assert "BREAKING NEWS" not in {a.name for a in card.actors}


@pytest.mark.parametrize("body,speaker,words", [
    ("After hinting on Friday that the ferry would be sold, Colm Ashby rarely disagreed with the board.",
     "Colm Ashby", "the ferry would be sold"),
    ("Since announcing in October that she would not seek the seat, Ann Pelham has been a loyal deputy.",
     "Ann Pelham", "she would not seek the seat"),
], ids=["on-weekday", "in-month"])
def test_an_opening_participle_with_a_time_before_that(card_of, body, speaker, words):
    """'After hinting on Friday that ..., X ...': a time between the participle and its
    that-clause keeps the clause the subject's words."""
    assert words in said_by(card_of(body), speaker)


@pytest.mark.parametrize("body,speaker,words", [
    ("The decisive vote led harbour board chairman Colm Ashby to declare the ferry plan dead.", "Colm Ashby",
     "the ferry plan dead"),
    ("The shift prompted Ann Pelham to accuse the board of hypocrisy on air.", "Ann Pelham",
     "the board of hypocrisy"),
], ids=["led-to-declare", "prompted-to-accuse"])
def test_a_causative_verbs_object_is_the_source(card_of, body, speaker, words):
    """'The vote led X to declare ...': the object of 'led' or 'prompted' does the act."""
    assert words in said_by(card_of(body), speaker)


def test_a_request_is_not_the_act(card_of):
    """'The board asked X to declare ...': X was asked; nothing was said."""
    card = card_of("The harbour board asked Ann Pelham to declare the ferry plan dead.")
    assert said_by(card, "Ann Pelham") == ""


def test_going_out_of_ones_way_to_speak(card_of):
    """'X went out of his way to praise ...': a filler between the source and its cue."""
    card = card_of("Colm Ashby went out of his way to praise the harbour crew for the rescue.")
    assert "the harbour crew for the rescue" in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("body,speaker,words", [
    ("Senator Vale has attacked harbour pilots, dock workers, and ferry crews for opposing the timetable.",
     "Vale", "for opposing the timetable"),
    ('First, Colm Ashby attacked former harbour board chairman Ann Pelham for being a "failed manager."',
     "Colm Ashby", 'for being a "failed manager."'),
], ids=["listed-object", "long-object"])
def test_grounds_after_a_longer_object(card_of, body, speaker, words):
    """'attacked A, B, and C for ...', 'attacked <a six-word title and name> for ...': the grounds
    still follow the object."""
    assert words in said_by(card_of(body), speaker)


def test_all_between_a_list_of_sources_and_the_cue(card_of):
    card = card_of("Colm Ashby, Ann Pelham and Tom Vale have all said the ferry is late.")
    for name in ("Colm Ashby", "Ann Pelham", "Tom Vale"):
        assert "the ferry is late" in said_by(card, name)


def test_a_subordinate_clause_after_a_participles_comma(card_of):
    """'..., saying, if elected, she would ...': the clause after the comma opens the content."""
    card = card_of("Ann Pelham also sent a message saying, if elected, she would put new rules in place for the ferry.")
    assert "she would put new rules in place" in said_by(card, "Ann Pelham")


def test_a_parenthetical_cue_keeps_the_whole_sentence(card_of):
    card = card_of("The ferry, Ann Pelham said, if anything was early.")
    assert "The ferry" in said_by(card, "Ann Pelham")


@pytest.mark.parametrize("body,speaker", [
    ("Tom Vale and others who want to ban the ferry said the ruling will make the choice starker.", "Tom Vale"),
    ("Tom Vale and other harbour pilots said the ruling will make the choice starker.", "Tom Vale"),
    ("Mrs. Ashby and other prominent donors in both parties said the ruling will make the choice starker.", "Ashby"),
], ids=["others-who", "other-group", "other-group-in"])
def test_a_named_source_with_others_before_the_cue(card_of, body, speaker):
    """'X and others who ... said', 'X and other pilots said': the named member speaks."""
    assert "the ruling will make the choice starker" in said_by(card_of(body), speaker)


@pytest.mark.parametrize("body", [
    "Tom Vale in his speech said the harbour board was corrupt.",
    "Tom Vale in an interview with the Dunmore Gazette said the harbour board was corrupt.",
    "Tom Vale during his announcement speech on Friday said the harbour board was corrupt.",
], ids=["in-his-speech", "interview-with-outlet", "during-speech-on"])
def test_an_occasion_between_source_and_cue(card_of, body):
    """'X in his speech said', 'X in an interview with the Gazette said': the occasion (and the
    outlet that hears it) stands between the source and its cue; X speaks."""
    card = card_of(body)
    assert "the harbour board was corrupt" in said_by(card, "Tom Vale"), [(s.speaker, s.text) for s in card.statements]


def test_an_occasion_aside_does_not_swallow_a_joined_cue(card_of):
    """'Vale spared Roe in his remarks on Friday evening but insisted ...': the occasion ends
    at its capitalised names; the cue joined by 'but' keeps the clause's subject."""
    card = card_of("Tom Vale, who won only in Lakeside, spared Mrs. Pelham entirely in his remarks on Friday "
                   "evening but insisted that the harbour needed a new master.")
    assert "Pelham" not in {s.speaker for s in card.statements}


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham used her victory speech to call for a new vote on the ferry.", "a new vote on the ferry"),
    ("Ann Pelham used part of her address to say that the ferry would run in May.",
     "the ferry would run in May"),
], ids=["used-speech-to", "used-part-of"])
def test_using_an_occasion_to_speak(card_of, body, words):
    """'X used her speech to call for ...': the occasion is the means; X speaks."""
    assert words in said_by(card_of(body), "Ann Pelham")


def test_an_opening_participle_word_is_no_source(card_of):
    """'Following the release of a report warning of ..., X called on ...': the participle that opens
    the sentence is no source of the cue inside its clause; the later cue finds X."""
    card = card_of("Following the release of a new report from the harbour board warning of an attack on the ferry "
                   "in Dunmore, Colm Ashby called on Mayor Ann Pelham to restart the patrols.")
    assert "to restart the patrols" in said_by(card, "Colm Ashby")
