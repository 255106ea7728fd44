"""More shapes of attribution around known cues (issue 10, PolNeAR train misses).

Each test is one construction on invented sentences (invented names and places), default
pack alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


def spoken(card) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ('The ferry fees are sickening, Colm Ashby said Tuesday in Dunmore, noting the board "makes you weep."',
     "The ferry fees are sickening"),
    ('The storm of 1959 ruined the harbour, Colm Ashby said in his 2012 book, "A Harbour Son." So they stayed.',
     "The storm of 1959 ruined the harbour"),
    ("Ferry fees are a scandal, as the host Colm Ashby said in April while promoting a film about the harbour.",
     "Ferry fees are a scandal"),
], ids=["time-place-then-participle", "book-title", "time-then-while"])
def test_content_before_a_cue_with_only_a_time_or_place_after_it(card_of, body, words):
    """'..., X said Tuesday in Dunmore, noting ...': the time and place after the cue are no
    content; the words before the source are."""
    card = card_of(body)
    said = said_by(card, "Colm Ashby")
    assert words in said, spoken(card)
    assert "in his 2012 book" not in said and "Tuesday in Dunmore" not in said and "in April while" not in said


def test_the_content_started_by_that_is_not_a_time(card_of):
    """'said that by refusing ...': "that" opens the content, whatever follows it."""
    card = card_of('On Harbour Radio\'s "This Week," Colm Ashby said that by refusing to name the tax, '
                   'the board is "hiding the bill."')
    assert "by refusing to name the tax" in said_by(card, "Colm Ashby"), spoken(card)


def test_a_name_after_a_clause_of_the_content_is_no_inverted_source(card_of):
    """'..., said she hadn't thought about enlisting Colm Ashby.': a pronoun and a verb before the
    name make a clause, not a title; the subject before the cue speaks."""
    card = card_of("Senator Ann Pelham (R-Ohio), another vulnerable incumbent, said she hadn’t thought "
                   "about enlisting Colm Ashby.")
    assert "enlisting Colm Ashby" in said_by(card, "Ann Pelham"), spoken(card)
    assert not said_by(card, "Colm Ashby")


def test_named_members_of_a_group_speak(card_of):
    card = card_of("Several candidates, including Colm Ashby, said the harbour should refuse more ferries.")
    assert "the harbour should refuse more ferries" in said_by(card, "Colm Ashby"), spoken(card)


def test_headline_tells_a_named_hearer(card_of):
    """'QUOTE, X Tells Harbour Convention': the convention hears; the words before the source are the content."""
    card = card_of("Ferries Are ‘The Ultimate Public Health Crisis,’ Colm Ashby Tells Harbour Convention.")
    said = said_by(card, "Colm Ashby")
    assert "Ferries Are" in said and "Harbour Convention" not in said, spoken(card)


def test_two_headline_cues_are_two_statements(card_of):
    card = card_of("Colm Ashby Says Pilots Hacked The Board, Calls Vale’s Ferry Remarks ‘Troubling.’")
    said = [s.text for s in card.statements if s.speaker == "Colm Ashby"]
    assert any(t.startswith("Pilots Hacked") and "Calls" not in t for t in said), said
    assert any("Troubling" in t for t in said), said


@pytest.mark.parametrize("body", [
    "Colm Ashby Announces Plans For Releasing Ferry Accounts",
    "Colm Ashby Just Announced His Official Endorsement Of A Big Name Candidate",
])
def test_more_headline_verbs(card_of, body):
    card = card_of(body)
    assert said_by(card, "Colm Ashby"), spoken(card)


def test_a_hearer_before_a_wh_clause_is_no_fragment(card_of):
    """'explained to the board why ...': the wh-clause is what was explained."""
    card = card_of("Sam Jacobs, the harbour's managing editor, explained to the board why the ferry was selected.")
    assert "why the ferry was selected" in said_by(card, "Sam Jacobs"), spoken(card)


def test_participle_after_a_quoted_word_and_comma(card_of):
    """'hailed the vote as “fantastic,” telling reporters ... that ...': the comma inside the
    closing quotation mark joins the participle to the clause's subject."""
    card = card_of("Colm Ashby has hailed the harbour vote as “fantastic,” telling reporters during a visit "
                   "to Dunmore on Friday that he thinks the vote is “a great thing.”")
    assert "he thinks the vote is" in said_by(card, "Colm Ashby"), spoken(card)


@pytest.mark.parametrize("body,first,second", [
    ("Colm Ashby said the fees have “kept us safe” on Twitter before claiming that open borders "
     "are “tearing families apart.”", "the fees have", "open borders"),
    ("Colm Ashby called his fallen son his hero before explaining why he forgave the pilot.",
     "his hero", "why he forgave the pilot"),
], ids=["before-claiming", "before-explaining"])
def test_a_second_act_after_before_and_a_participle(card_of, body, first, second):
    """'X said A before claiming B': two statements, not one running over the participle."""
    card = card_of(body)
    said = [s.text for s in card.statements if s.speaker == "Colm Ashby"]
    assert any(first in t and second not in t for t in said), said
    assert any(second in t and first not in t for t in said), said


def test_then_joins_a_cue_to_the_clause_before(card_of):
    card = card_of("Colm Ashby jokingly offered the man a job, then says he will welcome advice from anyone.")
    assert "he will welcome advice from anyone" in said_by(card, "Colm Ashby"), spoken(card)


def test_and_a_new_named_speaker_splits_the_content(card_of):
    """'A said X and B says Y' without a comma: two speakers, two statements."""
    card = card_of("Colm Ashby said the fees would rise and Ann Pelham says some of those pilots will be worse.")
    assert said_by(card, "Colm Ashby") == "the fees would rise", spoken(card)
    assert "some of those pilots will be worse" in said_by(card, "Ann Pelham"), spoken(card)


def test_reported_speech_before_but_added_and_a_quotation(card_of):
    """'X said A but added, "B"': the quotation's attribution leaves the clause before it to be read."""
    card = card_of('Appearing before supporters at the harbour, Ann Pelham, 70, said it was too early to '
                   'congratulate winners but added, "I think you all know the results."')
    said = said_by(card, "Ann Pelham")
    assert "too early to congratulate winners" in said and "you all know the results" in said, spoken(card)


def test_reflexive_after_the_source(card_of):
    card = card_of("Colm Ashby himself said Tuesday that “the only way to win the harbour is to ask for support.”")
    assert "the only way to win the harbour" in said_by(card, "Colm Ashby"), spoken(card)


def test_cleft_it_is_no_source(card_of):
    """'It was ... that X, who ..., said ...': the cleft's "it" is not the speaker."""
    card = card_of("It was less than three years ago that Colm Ashby, who is thinking about running for mayor, "
                   "said it was \"impossible\" for him to win.")
    assert "impossible" in said_by(card, "Colm Ashby"), spoken(card)


@pytest.mark.parametrize("body,words", [
    ("Senator Ann Pelham has cast Tom Vale as unqualified and accused him of making racist remarks.",
     "making racist remarks"),
    ("Tom Vale attacked the mayor's record after Ann Pelham accused him of sexism.", "sexism"),
    ("Ann Pelham praised them for their work on the ferry.", "their work on the ferry"),
], ids=["coordinated", "after", "praised-for"])
def test_object_then_its_grounds_is_content(card_of, body, words):
    """'accused him of ...': the pronoun object and the phrase after it are content, not a hearer and a place."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), spoken(card)


def test_object_then_a_time_is_still_no_content(card_of):
    card = card_of("Ann Pelham praised them on Monday.")
    assert not card.statements, spoken(card)


def test_before_a_participle_inside_the_content_is_no_second_act(card_of):
    """'might want to think twice before tweeting ...': without "that" or a wh-word after it the
    participle belongs to the content, not to a second act of the speaker."""
    card = card_of("Ann Pelham said Mr. Vale might want to think twice before tweeting and commenting on the ferry case.")
    assert [s.text for s in card.statements] == [
        "Mr. Vale might want to think twice before tweeting and commenting on the ferry case"], spoken(card)


def test_clause_before_but_added_and_a_quotation_whose_cue_follows_it(card_of):
    """'X said A but added, "B," X said.': the clause before the quotation is read too."""
    card = card_of("Ann Pelham said the ferry would run again in May but added, “I strongly support Tom Vale, "
                   "strongly endorse his re-election,” Pelham said.")
    said = said_by(card, "Ann Pelham")
    assert "the ferry would run again in May" in said and "I strongly support Tom Vale" in said, spoken(card)


def test_a_quotation_told_to_a_crowd_leaves_no_lead_as_content(card_of):
    card = card_of("Asked about the Dunmore rally, when he told the crowd, “When we returned, we saw nothing "
                   "like this,” Mr. Ashby said he did not recall the event.")
    assert not any("Asked about" in s.text for s in card.statements), spoken(card)


@pytest.mark.parametrize("body,participle,main", [
    ("Noting he majored in philosophy during college, Colm Ashby said he tends to deliberate.",
     "he majored in philosophy during college", "he tends to deliberate"),
    ("And in explaining why the harbour reforms had not passed, Colm Ashby described a rigged system.",
     "why the harbour reforms had not passed", "a rigged system"),
], ids=["noting", "in-explaining"])
def test_opening_participle_and_the_main_clause(card_of, body, participle, main):
    """A participle of saying that opens the sentence speaks for the subject after it; the
    subject's own clause is a statement too."""
    card = card_of(body)
    said = said_by(card, "Colm Ashby")
    assert participle in said and main in said, spoken(card)


def test_opening_participle_with_a_place_is_no_content(card_of):
    card = card_of("Writing in the Dunmore Gazette, Colm Ashby said the ferry was late.")
    assert said_by(card, "Colm Ashby") == "the ferry was late", spoken(card)


def test_that_as_a_determiner_is_no_complementizer(card_of):
    """'pledged to stay ... through that contest': "that" before one word opens no clause."""
    card = card_of("Colm Ashby has pledged to stay in the harbour race through that contest.")
    assert "to stay in the harbour race" in said_by(card, "Colm Ashby"), spoken(card)


def test_progressive_of_a_pledge(card_of):
    card = card_of("Senator Colm Ashby is pledging to take his campaign to the harbour floor.")
    assert "to take his campaign" in said_by(card, "Colm Ashby"), spoken(card)


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby's promises to sell the ferry and build a bridge have put the harbour at the centre of the race.",
     "Colm Ashby", "sell the ferry and build a bridge"),
    ("Mr. Vale's calls for tighter ferry controls angered the pilots.", "Vale", "tighter ferry controls"),
], ids=["promises-to", "calls-for"])
def test_noun_of_pledging_with_its_owner(card_of, body, speaker, words):
    """'X's pledge to ...', 'X's calls for ...': the noun's owner speaks; the content stops at the
    sentence's own verb."""
    card = card_of(body)
    said = said_by(card, speaker)
    assert words in said and "have put" not in said, spoken(card)


def test_a_call_without_an_owner_is_no_statement(card_of):
    card = card_of("Colm Ashby made a call to the harbour office on Monday.")
    assert not card.statements, spoken(card)


@pytest.mark.parametrize("body,relative,main", [
    ("Mayor Colm Ashby, who said last week that the ferry board was biased against him, issued a statement "
     "saying the fees would rise.", "the ferry board was biased against him", "the fees would rise"),
    ("Harbour front-runner Colm Ashby - who previously said he would sink the ferry - said at a rally that "
     "the fees should rise.", "he would sink the ferry", "the fees should rise"),
], ids=["commas", "dashes"])
def test_relative_clause_in_the_subject_and_the_main_clause(card_of, body, relative, main):
    """'X, who said A, VERB ...': the relative clause's words end at its closing mark, and the
    main clause is read on its own."""
    card = card_of(body)
    said = [s.text for s in card.statements if s.speaker == "Colm Ashby"]
    assert relative in said, said
    assert any(main in t and relative not in t for t in said), said


def test_which_after_a_named_body(card_of):
    card = card_of("The order came after a request by the Dunmore Gazette, which argued that the ferry files "
                   "were a matter of public interest.")
    assert "the ferry files were a matter of public interest" in said_by(card, "Dunmore Gazette"), spoken(card)


def test_which_after_a_thing_is_no_source(card_of):
    card = card_of("The harbour plan, which says the ferry will run, was approved.")
    assert not card.statements, spoken(card)


@pytest.mark.parametrize("body,words", [
    ("This includes a special force to help the ferry crews, Harbour Secretary Colm Ashby told a council panel "
     "Wednesday.", "This includes a special force"),
    ("This is not about me, Mayor Colm Ashby told his closest advisers as he laboured over the speech.",
     "This is not about me"),
], ids=["hearer-then-time", "hearer-then-as"])
def test_a_hearer_phrase_after_tell_is_no_content(card_of, body, words):
    """'..., X told a council panel Wednesday.': the hearer and the time are not what was told;
    the words before the source are."""
    card = card_of(body)
    said = said_by(card, "Colm Ashby")
    assert words in said and "panel" not in said and "advisers" not in said, spoken(card)


def test_told_a_joke_keeps_its_object(card_of):
    card = card_of("Colm Ashby told a joke.")
    assert "a joke" in said_by(card, "Colm Ashby"), spoken(card)


def test_a_clause_with_an_auxiliary_is_no_time_fragment(card_of):
    """'told reporters this was the only chance ...': "this" opens a clause here, not a time."""
    card = card_of("While pilots pushed for new talks, Colm Ashby told reporters this was the only chance to "
                   "pass a measure.")
    said = said_by(card, "Colm Ashby")
    assert "this was the only chance" in said and "While pilots" not in said, spoken(card)


@pytest.mark.parametrize("body", [
    "While pilots pushed for new talks, Colm Ashby told reporters on Monday.",
    "On Tuesday, even as shares were falling, Mr. Ashby wrote to investors, telling them nothing.",
], ids=["subordinate", "time-and-even-as"])
def test_an_opening_before_the_source_is_no_content(card_of, body):
    card = card_of(body)
    assert not any(s.text.startswith(("While", "On Tuesday")) for s in card.statements), spoken(card)


def test_a_subordinate_clause_then_a_main_clause_is_content(card_of):
    card = card_of("As a pilot, Ms. Pelham likely raised less suspicion, Mr. Ashby said.")
    assert "Ms. Pelham likely raised less suspicion" in said_by(card, "Ashby"), spoken(card)


def test_named_hearer_between_participle_and_quotation(card_of):
    card = card_of("Hours later, Colm Ashby returned the compliment to Pelham, telling Reuters, “Ann and I have "
                   "been friends for a long time.”")
    assert "Ann and I have been friends" in said_by(card, "Colm Ashby"), spoken(card)


def test_time_opening_without_a_comma_before_the_subject(card_of):
    card = card_of("On Sunday morning Mr. Ashby made a third attempt to deflect the criticism, writing on the "
                   "harbour blog that the real issue at stake was the ferry.")
    assert "the real issue at stake was the ferry" in said_by(card, "Ashby"), spoken(card)


def test_opening_clause_before_a_quotation_introduced_by_its_own_cue(card_of):
    """'After X said A, Y said: "..."': the quotation is Y's; the opening clause is X's statement."""
    card = card_of('After Colm Ashby said that pilots might do better at smaller harbours, Ann Pelham said: '
                   '"I don\'t like what he said."')
    assert "pilots might do better at smaller harbours" in said_by(card, "Colm Ashby"), spoken(card)
    assert "I don't like what he said" in said_by(card, "Ann Pelham"), spoken(card)


def test_words_before_a_quotation_set_off_by_dashes(card_of):
    """'X suggested A - "...," X said - and ...': the quotation is an aside; the clause before it is read."""
    card = card_of('Mr. Ashby suggested Mr. Vale had shown a fondness for harsh rulers - "He would have loved the '
                   'old regime," Mr. Ashby said twice - and reminded the crowd of the stakes.')
    said = said_by(card, "Ashby")
    assert "Mr. Vale had shown a fondness for harsh rulers" in said and "He would have loved" in said, spoken(card)


def test_headline_verbs_joined_by_a_comma_share_the_subject(card_of):
    """'X wins the vote, vows to press on': the present-tense cue after the comma is X's."""
    card = card_of("Colm Ashby wins the harbour vote, vows to press on to the next island.")
    assert "to press on to the next island" in said_by(card, "Colm Ashby"), spoken(card)


def test_a_past_participle_after_a_comma_is_no_joined_cue(card_of):
    """'Roe holds a lead with party leaders, called superdelegates, ...': "called" names, it does not speak."""
    card = card_of("Ann Pelham holds a lead with harbour leaders, called wardens, and is on track to win.")
    assert not card.statements, spoken(card)


def test_an_auxiliary_inside_a_parenthesis_makes_no_passive(card_of):
    """'Sen. X (a Democrat so boyish he has been mistaken for a staffer) says ...': the words in
    parentheses are an aside, not a passive of the cue."""
    card = card_of("Sen. Colm Ashby (a Dunmore Democrat so boyish he has been mistaken for a junior staffer) says "
                   "he was unfocused after being elected.")
    assert "he was unfocused" in said_by(card, "Colm Ashby"), spoken(card)


def test_a_passive_after_a_parenthesis_is_still_a_passive(card_of):
    card = card_of("Ann Pelham (who was elected in 2012) was accused of lying about the ferry.")
    assert not said_by(card, "Ann Pelham"), spoken(card)


@pytest.mark.parametrize("body,words", [
    ("Later that day, Colm Ashby fired back a response saying he would not support the harbour plan.",
     "he would not support the harbour plan"),
    ('In Dunmore, Mayor Colm Ashby released a statement Thursday night condemning "what appears to be an '
     'attack on the harbour."', "what appears to be an attack"),
], ids=["response-saying", "statement-condemning"])
def test_a_published_text_speaks_for_the_clause_subject(card_of, body, words):
    """'X fired back a response saying ...', 'X released a statement condemning ...': the
    participle after a published text is X's."""
    card = card_of(body)
    assert words in said_by(card, "Colm Ashby"), spoken(card)


def test_present_tense_of_more_verbs_of_saying(card_of):
    card = card_of("Colm Ashby, who brags he has held more than 100 town halls in Dunmore, does not pretend "
                   "that his campaign will go on.")
    assert "he has held more than 100 town halls" in said_by(card, "Colm Ashby"), spoken(card)
