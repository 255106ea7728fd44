"""Attribution constructions that real news uses and the cue reader used to miss (issue 10).

Each test is one construction on invented sentences (invented names and places), default
pack alone; each failed before the change that added it.
"""

from __future__ import annotations

import pytest

from conftest import said_by


def test_two_apostrophe_quote_after_a_sentence_is_its_own_sentence(card_of):
    """Typewriter quotes ('') after a full stop start a new sentence: the reported
    speech before them is not swallowed by the quotation's attribution."""
    card = card_of("Colm Ashby said that even if the audit found gaps, he would not resign. "
                   "''I think the figures speak for themselves,'' he said.")
    assert "he would not resign" in said_by(card, "Colm Ashby")
    assert "speak for themselves" in said_by(card, "Colm Ashby")


def test_that_after_a_verb_of_the_content_is_no_complementizer(card_of):
    """'said the coverage would resemble that of ...': the 'that' belongs to the content."""
    card = card_of("In a note to staff, Colm Ashby said the new timetable would resemble that of the old ferry line.")
    assert "the new timetable would resemble" in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("body,speaker,words", [
    ("The ferry will not run until May, the Dunmore Gazette reported on Monday.", "Dunmore Gazette",
     "The ferry will not run until May"),
    ("In the small world of harbour politics, it is unusual for a budget to slip, said Colm Ashby, a veteran pilot.",
     "Colm Ashby", "unusual for a budget to slip"),
], ids=["source-then-time", "inverted-source-then-appositive"])
def test_content_before_the_source(card_of, body, speaker, words):
    """Unquoted content first, then the source and a cue with only a time or an appositive after it."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


def test_an_inverted_name_that_opens_the_content_is_the_hearer(card_of):
    """', told the Dunmore Gazette the warnings ...': the outlet hears; it is not the source."""
    card = card_of("A former harbour pilot, who reviewed the figures, told the Dunmore Gazette "
                   "the warnings show the board was negligent.")
    assert "Dunmore Gazette" not in {s.speaker for s in card.statements}


def test_title_before_the_name_is_not_the_subject(card_of):
    card = card_of("Harbour front-runner Ann Pelham, also campaigning in Dunmore, said the ferry would run in May.")
    assert "the ferry would run in May" in said_by(card, "Ann Pelham")


def test_an_opening_phrase_is_no_source(card_of):
    """'In describing ..., Ashby said': the participle's 'In' is not a speaker, and the
    later cue still finds its source."""
    card = card_of("In describing the harbour plan, Colm Ashby said the ferry would run in May.")
    assert "the ferry would run in May" in said_by(card, "Colm Ashby")


def test_role_with_the_name_in_commas(card_of):
    """'Lakeland's governor, Ann Pelham, a Republican, said': the role resolves to no one,
    the name set off by commas is the source."""
    card = card_of("Lakeland's governor, Ann Pelham, a Republican, said Tuesday that she had voted for the plan.")
    assert "she had voted for the plan" in said_by(card, "Ann Pelham")


@pytest.mark.parametrize("body,speaker,words", [
    ("Ann Pelham won the vote after initially saying she would not stand.", "Ann Pelham", "she would not stand"),
    ('The board will meet next week, Colm Ashby said, adding, "We need to sit down and talk."', "Colm Ashby",
     "We need to sit down"),
    ('Ann Pelham and Tom Varga will meet next week, Colm Ashby said, adding, "We need to sit down and talk."',
     "Colm Ashby", "We need to sit down"),
], ids=["after-saying", "said-adding", "said-adding-after-other-names"])
def test_participle_takes_the_source_of_its_clause(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


def test_words_a_document_attributes_stay_their_speakers(card_of):
    """'According to the e-mails, she argued ...': the e-mails name no speaker; she does."""
    card = card_of("Ann Pelham runs the port.\n\n"
                   "According to the e-mails, she argued that the board should not give the council ammunition.")
    assert "should not give the council ammunition" in said_by(card, "Ann Pelham")


def test_a_side_clause_ends_at_its_comma(card_of):
    """'After Ashby said the ferry was late, the board met': the main clause is narration."""
    card = card_of("After Colm Ashby said the ferry was late, the board met on Monday.")
    assert said_by(card, "Colm Ashby") == "the ferry was late"


def test_a_person_and_a_body_joined_by_and_both_speak(card_of):
    card = card_of("Ann Pelham and the Harbour Board have long claimed that the audit was fair to the ferry.")
    assert "the audit was fair" in said_by(card, "Ann Pelham")
    assert "the audit was fair" in said_by(card, "Harbour Board")


def test_an_appositive_is_not_a_list_of_sources(card_of):
    card = card_of("Dunmore Ferries, the firm that the people said was a focus of the audit, was on Quay Street.")
    assert "Dunmore Ferries" not in {s.speaker for s in card.statements}


def test_the_clause_before_a_participle_says_something_of_its_own(card_of):
    """'Pelham urged residents to vote ..., saying, "..."': the urging and the quotation."""
    card = card_of('Former harbour chief Ann Pelham recently urged residents to vote for the ferry plan, '
                   'saying, "There is no other way to save the port."')
    mine = said_by(card, "Ann Pelham")
    assert "residents to vote for the ferry plan" in mine and "no other way to save the port" in mine


@pytest.mark.parametrize("body,words", [
    ('"The ferry is a dictator in the making," said Colm Ashby, who said there were "too many disturbing things" in the plan.',
     'there were "too many disturbing things" in the plan'),
    ("The loss was steep for Colm Ashby, who said he intended to rest for a day.", "he intended to rest for a day"),
], ids=["after-a-quotation", "in-narration"])
def test_a_relative_who_said_speaks_for_the_name_before_it(card_of, body, words):
    card = card_of(body)
    assert words in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]


def test_an_adverb_set_off_by_commas_before_that(card_of):
    card = card_of("Ann Pelham now says, however, that the ferry is a strong asset for the town.")
    assert "the ferry is a strong asset" in said_by(card, "Ann Pelham")


def test_inverted_source_with_a_lower_case_title(card_of):
    card = card_of("Even the ferry has more resonance than the bridge, says harbour historian Colm Ashby in Dunmore.")
    assert "more resonance than the bridge" in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("headline,speaker,words", [
    ("Varga: The Ferry Will Run Again In May\n\n", "Varga", "The Ferry Will Run Again"),
    ("Colm Varga on Ferry Plan: 'It Will Work Out Fine'\n\n", "Colm Varga", "It Will Work Out Fine"),
], ids=["one-name", "name-on-topic"])
def test_colon_tags_in_headlines(card_of, headline, speaker, words):
    card = card_of("Colm Varga runs the ferry line.", headline=headline)
    assert words in " | ".join(s.text for s in card.statements if speaker in s.speaker), \
        [(s.speaker, s.text) for s in card.statements]


def test_a_label_before_a_colon_is_no_speaker(card_of):
    card = card_of("Colm Varga runs the ferry line.", headline="Poll: The Ferry Plan Is Popular With Voters\n\n")
    assert card.statements == []


def test_quotation_before_a_source_with_an_appositive_and_a_time(card_of):
    card = card_of('The "question of how one writes a budget to please five councillors remains open," '
                   'Ann Pelham, a law professor at Dunmore College, wrote last week after the council vote.')
    assert "remains open" in said_by(card, "Ann Pelham")


def test_dashes_set_off_an_appositive(card_of):
    card = card_of("On Friday, Colm Ashby — named by the Gazette as the leading choice for harbour master — "
                   "told Tom Varga of Dunmore Radio that the ferry would run in May.")
    assert "the ferry would run in May" in said_by(card, "Colm Ashby")


def test_a_participle_after_an_adverb_is_a_statement_of_its_own(card_of):
    card = card_of("Ann Pelham has expressed frustration about the ferry, recently telling one person close "
                   "to her that she is perplexed about the timetable.")
    assert any(s.text.startswith("recently telling") for s in card.statements if s.speaker == "Ann Pelham")


def test_called_upon_with_a_time_before_it(card_of):
    card = card_of("Sen. Ann Pelham on Wednesday morning also called upon the council to sell the ferry.")
    assert "the council to sell the ferry" in said_by(card, "Ann Pelham")


def test_the_clause_before_and_said_a_quotation(card_of):
    card = card_of('Ann Pelham called on the mayor to resign from her post and said, "Her plan is dead!"')
    mine = said_by(card, "Ann Pelham")
    assert "the mayor to resign" in mine and "Her plan is dead" in mine


def test_a_participle_after_a_quotations_source_goes_on(card_of):
    card = card_of('"This merger will leave harbour taxpayers holding the bag," Ann Pelham said in a statement, '
                   'calling on the council to act.')
    assert "the council to act" in said_by(card, "Ann Pelham")


def test_a_noun_of_saying_before_a_colon(card_of):
    card = card_of("In an interview on Monday, Colm Ashby brought out a new defense: the ferry was never late.")
    assert "the ferry was never late" in said_by(card, "Colm Ashby")


@pytest.mark.parametrize("headline,words", [
    ("Ann Pelham Defends Harbour Chief By Saying The Mayor Is The Real Problem\n\n", "The Mayor Is The Real Problem"),
    ("Ann Pelham Is Now Calling The Mayor The Worst Harbour Chief In Decades\n\n", "The Worst Harbour Chief"),
], ids=["by-saying", "is-now-calling"])
def test_headline_participles(card_of, headline, words):
    card = card_of("Ann Pelham runs the harbour board.", headline=headline)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_content_before_a_source_whose_participle_opens_a_quotation(card_of):
    card = card_of('Ann Pelham and Tom Varga will meet next week, Colm Ashby said, adding, "We need to sit down."')
    assert "will meet next week" in said_by(card, "Colm Ashby")


def test_an_inverted_source_wins_over_the_first_name_of_the_content(card_of):
    """'Lakeland's harbour ..., said Nora Kessel, an expert at Dunmore College.': Kessel speaks, not a name
    in the content before her."""
    card = card_of("Lakeland's growing influence has provoked mixed feelings in many towns, and it has used "
                   "gentle words with Dunmore, said Nora Kessel, an expert at Dunmore College.")
    assert "mixed feelings" in said_by(card, "Nora Kessel")
    assert "Lakeland" not in {s.speaker for s in card.statements}


def test_a_stray_comma_after_a_party_tag(card_of):
    card = card_of("Sen. Jack Rudd (D-R.I.), said after a lunch on Tuesday that he would vote for the plan.")
    assert "he would vote for the plan" in said_by(card, "Jack Rudd")


def test_while_arguing_after_a_quotation(card_of):
    card = card_of("“It would make things worse,” Ann Pelham said, while arguing the council should hire more pilots.")
    assert "the council should hire more pilots" in said_by(card, "Ann Pelham")


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham was quick to point out that the ferry had run late all winter.", "the ferry had run late"),
    ("Ann Pelham is continuing to insist she will publish the harbour accounts.", "she will publish the harbour accounts"),
    ("Ann Pelham pivoted to arguing that the storm was one more reason to dredge the bay.", "one more reason to dredge"),
    ("Ann Pelham has nevertheless called the vote an irresponsible one.", "the vote an irresponsible one"),
    ("Ann Pelham was quoted as saying the ferry was safe.", "the ferry was safe"),
], ids=["quick-to-base-form", "continuing-to", "pivoted-to", "nevertheless", "quoted-as-saying"])
def test_a_catenative_or_adverb_between_source_and_cue(card_of, body, words):
    """'was quick to point out', 'is continuing to insist': the auxiliary belongs to the
    catenative, so the cue is no passive and its base form speaks for the subject."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Ann Pelham declined to criticize the council for the delay.",
    "Ann Pelham failed to mention that the ferry had run late.",
    "Ann Pelham did not point out that the ferry had run late.",
    "Ann Pelham was accused of hiding the harbour accounts.",
    "Ann Pelham spoke to voters in Dunmore on Monday.",
], ids=["declined-to", "failed-to", "did-not", "passive", "spoke-to"])
def test_refused_negated_or_passive_cues_say_nothing(card_of, body):
    card = card_of(body)
    assert not said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham warned of a ferocious battle over the harbour budget.", "a ferocious battle"),
    ("Ann Pelham complained about the dour tone of the harbour debate.", "the dour tone"),
], ids=["warned-of", "complained-about"])
def test_a_warning_or_complaint_with_its_topic(card_of, body, words):
    """'warned of ...', 'complained about ...': the topic after the preposition is the content,
    not a place or time."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham urged voters to back the harbour plan.", "to back the harbour plan"),
    ("Ann Pelham called on her to resign from the board.", "to resign from the board"),
], ids=["urged-voters-to", "called-on-her-to"])
def test_a_hearer_between_a_cue_of_pressing_and_its_infinitive(card_of, body, words):
    """'urged voters to ...': the hearer stands between the cue and what it urges."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_a_dash_before_a_participle_cue(card_of):
    card = card_of("Ann Pelham changed her vote on the spot – saying she was rooting for the ferry.")
    assert "she was rooting for the ferry" in said_by(card, "Ann Pelham")


def test_a_participle_between_dashes_is_no_cue(card_of):
    """A participle set off by a pair of dashes describes the noun before it: no one speaks."""
    card = card_of("Ann Pelham's new rule - adding one pilot to each ferry - does not need a vote.")
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham attacked Tom Varga for his vote on the harbour budget.", "Tom Varga for his vote"),
    ("Ann Pelham credited the council with the rescue of the ferry.", "the council with the rescue"),
    ("Ann Pelham thanked the crew for their work in the storm.", "the crew for their work"),
    ("Ann Pelham hit back in March, lambasting the plan as a giveaway to the yard owners.", "the plan as a giveaway"),
], ids=["attacked-for", "credited-with", "thanked-for", "participle-as"])
def test_a_verb_of_judging_with_its_grounds(card_of, body, words):
    """'attacked X for Y': a stated complaint (or praise) with its grounds is a claim."""
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Ann Pelham attacked Tom Varga on Monday.",
    "Tom Varga was attacked for his vote on the harbour budget.",
    "Ann Pelham went after the ferry in the storm.",
], ids=["target-only", "passive", "no-grounds"])
def test_a_verb_of_judging_with_only_a_target_says_nothing(card_of, body):
    card = card_of(body)
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("As reported by the Dunmore Gazette, the council voted to sell the ferry last year.", "Dunmore Gazette",
     "the council voted to sell the ferry"),
    ("As the Dunmore Gazette reported on Tuesday, the council voted to sell the ferry.", "Dunmore Gazette",
     "the council voted to sell the ferry"),
    ("However, as Ann Pelham has noted, cases that led to charges were rare.", "Ann Pelham", "cases that led to charges"),
    ("As Ann Pelham told reporters, the ferry will run again in May.", "Ann Pelham", "the ferry will run again"),
    ("Ann Pelham met the council that day, as the Dunmore Gazette reported on Tuesday, and she will be back.",
     "Dunmore Gazette", "Ann Pelham met the council that day"),
], ids=["as-reported-by", "as-x-reported-time", "however-as-x-has-noted", "as-x-told-reporters", "inside"])
def test_an_as_clause_relays_the_statement(card_of, body, speaker, words):
    """'As X reported (on Tuesday), ...': the relayed statement is the clause after the comma
    (or before it, inside a sentence), not the time after the verb."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]
    assert "on Tuesday" not in [s.text for s in card.statements]


def test_an_as_clause_of_time_is_no_relay(card_of):
    card = card_of("As Ann Pelham left the harbour, the ferry sank.")
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


def test_single_quoted_words_after_a_cue_stay_its_content(card_of):
    """'calls X ‘stupid’, ‘useless.’': the short single-quoted words are part of the reported speech."""
    card = card_of("Ann Pelham calls Tom Varga’s idea for a harbour wall ‘stupid’, ‘useless.’")
    assert "idea for a harbour wall" in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_a_colon_tag_with_an_honorific(card_of):
    card = card_of("The harbour board met on Monday.", headline="Dr. Ann Pelham: Tom Varga Is Not Fit To Run The Harbour\n\n")
    assert any("Not Fit To Run The Harbour" in s.text for s in card.statements), [(s.speaker, s.text) for s in card.statements]


def test_a_name_with_a_generational_suffix(card_of):
    card = card_of("Harbour chief Colm R. Ashby Jr. warned this week that the ferry would stop in May.")
    assert "the ferry would stop in May" in said_by(card, "Colm R. Ashby Jr."), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ('Tom Varga, the owner of the harbour pageant and star of the show "The Yard," said in an interview that '
     'the ferry was late.', "Tom Varga", "the ferry was late"),
    ("Ann Pelham, the pilot known as “Skipper,” stated that she had seen the audit.", "Ann Pelham", "she had seen the audit"),
], ids=["show-title", "nickname"])
def test_an_appositive_that_ends_in_a_short_quotation(card_of, body, speaker, words):
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker", [
    ('Varga "has taken on a tough task, but it is a good choice for the harbour," said Ann Pelham, a pilot.', "Ann Pelham"),
    ("Dunmore fans also chanted, “Sink the ferry,” referring to the mayor's plan, the Dunmore Gazette reports.",
     "Dunmore Gazette"),
], ids=["quote-with-comma", "chanted-quote"])
def test_a_quotation_before_the_cue_is_no_appositive(card_of, body, speaker):
    card = card_of(body)
    assert card.statements and {s.speaker for s in card.statements} == {speaker}, \
        [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,words", [
    ("Ann Pelham talked about how the yard had saved the town.", "how the yard had saved the town"),
    ("Ann Pelham joked about why the ferry was always late.", "why the ferry was always late"),
], ids=["talked-about-how", "joked-about-why"])
def test_talking_about_a_statement(card_of, body, words):
    card = card_of(body)
    assert words in said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]


def test_talking_about_a_topic_says_nothing(card_of):
    card = card_of("Ann Pelham talked about the economy for an hour.")
    assert not card.statements, [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Ann Pelham said the ferry was late, and Tom Varga vowed to fix it by May.",
    "Ann Pelham said the ferry was late, and Mayor Tom Varga has also said it would stop in May.",
    "Ann Pelham said the ferry was late, and Tom Varga, her rival, said it would stop in May.",
], ids=["and-name-vowed", "and-titled-name-has-also-said", "and-name-appositive-said"])
def test_a_second_speaker_after_and(card_of, body):
    """'X said A, and Y vowed B': the clause after ', and' has a speaker of its own."""
    card = card_of(body)
    assert "the ferry was late" == said_by(card, "Ann Pelham"), [(s.speaker, s.text) for s in card.statements]
    assert said_by(card, "Tom Varga"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body,speaker,words", [
    ("Even if the yard closed, some of its work would go on, said Ann Pelham, who was elected to the council in 2012.",
     "Ann Pelham", "some of its work would go on"),
    ("Ann Pelham, whose firm has been fined, said the ferry was late.", "Ann Pelham", "the ferry was late"),
], ids=["clause-between-commas-is-content", "relative-appositive-stays"])
def test_a_clause_between_commas_is_no_appositive(card_of, body, speaker, words):
    """A piece between commas with its own auxiliary is a clause of the content, not an appositive
    of a source before it; a relative clause is an appositive whatever its verb."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text) for s in card.statements]
