"""Named-source statements with a core verb of saying that the pack used to miss (issue 10,
PolNeAR train mining, helper 'coreverbs').

Each test is one construction on invented sentences (invented names and places), default pack
alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,speaker,words", [
    ("In nearby Lakeside, the old boatyard still builds ferries, but it is short of welders, said "
     "the company's chief executive, Colm J. Ashby.", "Colm J. Ashby", "the old boatyard still builds ferries"),
    ("Ashby has few friends on the council, whom he has annoyed with his long speeches, said "
     "Ann Pelham, director of the Lakeside Centre for Harbour Studies.", "Ann Pelham", "Ashby has few friends"),
], ids=["title-appositive", "whom-clause"])
def test_an_inverted_source_after_a_paraphrase_is_no_content(card_of, body, speaker, words):
    """'A, but B, said the company's chief executive, NAME.': the paraphrase before ', said' is the
    content and the name after it the source; the words before the comma are no appositive of a
    speaker whose content would be that source."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]
    assert all(s.text != speaker and not s.text.endswith(speaker) for s in card.statements)


@pytest.mark.parametrize("body,speaker,words", [
    ("Colm Ashby asked the pilots to vote for the new rota.", "Colm Ashby", "the pilots to vote for the new rota"),
    ("In a letter, Ann Pelham asked the ferry board to give the ticket money to a harbour charity.", "Ann Pelham",
     "the ferry board to give the ticket money"),
    ("Colm Ashby texted the dockers on Sunday, asking them not to block the quay.", "Colm Ashby",
     "not to block the quay"),
    ("The Pelham campaign challenged Colm Ashby to debate her in Dunmore on Friday.", "Pelham",
     "Colm Ashby to debate her in Dunmore"),
    ("Ann Pelham has also implored the delegates to unite behind the harbour plan.", "Ann Pelham",
     "the delegates to unite behind the harbour plan"),
    ("Colm Ashby pushed the council to reopen the harbour before May.", "Colm Ashby",
     "the council to reopen the harbour"),
    ("Ann Pelham pleaded with the pilots to return to work.", "Ann Pelham", "the pilots to return to work"),
    ("Colm Ashby lashed out at the council, advising the mayor to stick to the budget.", "Colm Ashby",
     "the mayor to stick to the budget"),
], ids=["asked", "asked-opening", "asking-participle", "challenged", "implored", "pushed", "pleaded-with",
        "advising-participle"])
def test_a_request_to_act_is_a_statement(card_of, body, speaker, words):
    """'X asked Y to VERB', '..., asking them not to VERB', 'X challenged Y to VERB': a request or dare is
    said like 'urged' (CONVENTIONS.md 1); the hearer and the infinitive are the content."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby asked whether the harbour would reopen.",
    "Colm Ashby asked about the harbour budget on Monday.",
    "Colm Ashby was asked to stay on as harbour master.",
    "Asked by Ann Pelham to respond to the criticism, Colm Ashby smiled.",
    "Colm Ashby wrote to supporters, asking whether they would march.",
    "Ann Pelham pushed the cart to the end of the pier.",
], ids=["whether", "about", "passive", "asked-by", "asking-whether", "pushed-to-a-place"])
def test_a_question_or_a_passive_request_is_no_request(card_of, body):
    """Questions stay off the card (CONVENTIONS.md 3), and 'was asked to ...' is no request of the
    subject's."""
    card = card_of(body)
    assert not any(s.rule == "cue.request" for s in card.statements), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("Ann Pelham is making a spirited case that the harbour needs a second crane.", "Ann Pelham",
     "the harbour needs a second crane"),
    ("Colm Ashby delivered a loud promise to paint the lighthouse and fix the pier.", "Colm Ashby",
     "to paint the lighthouse and fix the pier"),
    ("Ann Pelham offered her clearest promise yet that the night ferry would keep running.", "Ann Pelham",
     "the night ferry would keep running"),
    ("Colm Ashby made a sudden call for a freeze on mooring fees.", "Colm Ashby", "a freeze on mooring fees"),
    ("Ann Pelham made a plea for the pilots to accept the new rota.", "Ann Pelham", "the pilots to accept the new rota"),
], ids=["case-that", "promise-to", "promise-yet-that", "call-for", "plea-for"])
def test_a_speech_act_noun_after_a_light_verb(card_of, body, speaker, words):
    """'made the case that ...', 'delivered a promise to ...', 'made a call for ...': the light verb and
    its noun of saying are the cue, what follows 'that', 'to' or 'for' the content."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Ann Pelham made a call to the harbour office on Monday.",
    "Ann Pelham made no promise to cut the fares.",
    "Colm Ashby made the case in court on Monday.",
], ids=["call-to-place", "negated", "no-content"])
def test_a_speech_act_noun_without_content_says_nothing(card_of, body):
    card = card_of(body)
    assert not any(s.rule == "cue.act-noun" for s in card.statements), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("Ann Pelham introduced him as ''a friend of the harbour'' and a careful sailor.", "Ann Pelham",
     "a friend of the harbour"),
    ("Colm Ashby has repeatedly pointed to the fee rise as proof of a “closed shop.”", "Colm Ashby",
     "the fee rise as proof of a"),
    ("Colm Ashby, for his part, is labeling the board's vote “a quayside stitch-up.”", "Colm Ashby",
     "a quayside stitch-up"),
    ("Ann Pelham dubbed the ferry meeting a “shouting match.”", "Ann Pelham", "the ferry meeting a “shouting match.”"),
    ("Colm Ashby derided the harbour plan as a giveaway to the rich.", "Colm Ashby", "a giveaway to the rich"),
    ("Ann Pelham denounced the harbour fire as an act of arson.", "Ann Pelham", "the harbour fire as an act of arson"),
], ids=["introduced-as", "pointed-to-as", "labeling", "dubbed", "derided-as", "denounced-as"])
def test_naming_or_presenting_something_as_what_it_is(card_of, body, speaker, words):
    """'labeled X Y', 'dubbed X Y' (like 'called X Y'); 'introduced / hailed / derided / pointed to X as
    Y' (like 'portrayed X as Y'): what the object is said to be is a claim."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby pointed to the door.",
    "Ann Pelham introduced the harbour bill in May.",
    "Colm Ashby hailed a taxi outside the harbour office.",
], ids=["pointed-to", "introduced", "hailed"])
def test_without_as_the_object_alone_says_nothing(card_of, body):
    card = card_of(body)
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("The Pelham campaign projects that a small tax on ferry tickets would raise $5 million a year.", "Pelham",
     "a small tax on ferry tickets would raise"),
    ("The Lakeside Labour Office calculates that 4,000 pilots will be owed back pay.",
     "Lakeside Labour Office", "4,000 pilots will be owed back pay"),
    ("Colm Ashby speculated that the missing nets had been sold in Dunmore.", "Colm Ashby",
     "the missing nets had been sold in Dunmore"),
    ("Colm Ashby also bemoaned the state of the quay, where gulls “own every bollard.”", "Colm Ashby",
     "the state of the quay"),
    ("Ann Pelham advocates a ''flat harbour levy'' like the one in Dunmore.", "Ann Pelham",
     "flat harbour levy"),
    ("The ferry is “a floating scandal,” Ann Pelham proclaimed to the dockers on Tuesday.",
     "Ann Pelham", "The ferry is"),
    ("Colm Ashby groused to the dockers in Dunmore that the Gazette “never prints my side.”", "Colm Ashby",
     "the Gazette “never prints my side.”"),
    ("Ann Pelham griped that the ferry was late again.", "Ann Pelham", "the ferry was late again"),
], ids=["projects-that", "calculates-that", "speculated-that", "bemoaned", "advocates", "proclaimed", "groused",
        "griped"])
def test_more_verbs_of_asserting(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby projected the supreme confidence that has defined his campaign.",
    "Ann Pelham calculated the cost of the new ferry.",
], ids=["projected-confidence", "calculated-cost"])
def test_estimating_without_a_that_clause_says_nothing(card_of, body):
    card = card_of(body)
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("After Ann Pelham informed Colm Ashby that she had sailed for the harbour board, he hired her.", "Ann Pelham",
     "she had sailed for the harbour board"),
    ("Colm Ashby sent out a statement reassuring pilots that the night ferry would run.", "Colm Ashby",
     "the night ferry would run"),
    ("Ann Pelham notified the board on Monday that she would step down.", "Ann Pelham", "she would step down"),
], ids=["informed-that", "reassuring-that", "notified-that"])
def test_telling_a_hearer_that(card_of, body, speaker, words):
    """'informed / notified / reassured X that ...': like 'told X that', the hearer is skipped and the
    that-clause is the content."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


def test_informing_about_a_topic_says_nothing(card_of):
    card = card_of("Former pilots later informed the Harbour Council about the talks.")
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("Sen. Ann Pelham has released a short video that accuses Colm Ashby of being soft on smugglers.",
     "Colm Ashby of being soft on smugglers"),
    ("Ann Pelham issued a brief statement which said the night ferry would run.", "the night ferry would run"),
], ids=["video-that-accuses", "statement-which-said"])
def test_a_document_put_out_speaks_for_its_author_through_a_relative_clause(card_of, body, words):
    """'X released a video that accuses ...': documents speak for their author (CONVENTIONS.md 2), through a
    restrictive relative clause as through a participle ('a video accusing ...')."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_a_document_someone_else_wrote_is_not_theirs(card_of):
    card = card_of("Colm Ashby read the harbour report that said the pier was unsafe.")
    assert said_by(card, "Colm Ashby") == "", [(s.speaker, s.text) for s in card.statements]


def test_an_infinitive_inside_the_occasion_after_said_is_no_content(card_of):
    """'A, X said during his speech to be a delegate.': 'to be' inside the phrase after the cue is no
    clause of its own; the phrase is an occasion and the words before the source are the content."""
    card = card_of("His vote has moved from Pelham to Boyd, Colm Ashby said during his speech to be a harbour delegate.")
    assert said_by(card, "Colm Ashby") == "His vote has moved from Pelham to Boyd", \
        [(s.speaker, s.text) for s in card.statements]
