"""Denials by category, and their claim-side neighbours, with the default pack alone.

Every sentence is invented for the test (names too). Each denial must come out as a
denial with its category and the words that made it one; each neighbour that the
conventions call a claim (future refusals, negative outcomes, affirmative defences,
attacks on the accuser, apologies) must not.
"""

from __future__ import annotations

import pytest

from conftest import LAKESIDE_HEADLINE as HEADLINE


def only_denial(lakeside_card_of, body: str, headline: str = HEADLINE):
    card, text = lakeside_card_of(body, headline)
    assert len(card.denials) == 1, (card.denials, card.claims)
    denial = card.denials[0]
    marker = text[denial.marker[0]:denial.marker[1]] if denial.marker else ""
    return denial, marker, card


# --- the twelve denials of the issue, one category at a time --------------------------

@pytest.mark.parametrize("body, speaker, category, words", [
    # rejection verbs, phrasal ones included
    ("Senator John Smith pushed back on the claims, calling them a partisan smear.",
     "John Smith", "rejection", "pushed back on"),
    ("Acme Corporation brushed aside the accusations.", "Acme Corporation", "rejection", "brushed aside"),
    ("Jane Doe waved off the allegations as a hoax.", "Jane Doe", "rejection", "waved off"),
    ("Senator John Smith took issue with the findings of the audit.", "John Smith", "rejection", "took issue with"),
    ("Mayor Jane Roe on Tuesday disputed an audit report that found missing funds.",
     "Jane Roe", "rejection", "disputed"),
    ("Jane Doe has vigorously denied the allegations.", "Jane Doe", "rejection", "denied"),
    ("Jane Doe went on to rebut the charges in detail.", "Jane Doe", "rejection", "rebut"),
    # challenge verbs, only with a report or its facts as object
    ("The Lakeside Finance Ministry challenged the facts of the article.",
     "Lakeside Finance Ministry", "challenge", "challenged"),
    ("Senator John Smith questioned the accuracy of the report.", "John Smith", "challenge", "questioned"),
    # knowledge disclaimers
    ("Jane Doe said she had no knowledge of the payments.", "Jane Doe", "knowledge", "no knowledge of"),
    ("John Smith said he could not be sure whether the meeting took place.", "John Smith", "knowledge",
     "not be sure whether"),
    ("Jane Doe said she did not recall the meeting.", "Jane Doe", "knowledge", "did not recall"),
    ("John Smith said he was not aware of the cable.", "John Smith", "knowledge", "not aware of"),
    # innocence and wrongdoing
    ("Jane Doe insisted she is innocent.", "Jane Doe", "innocence", "is innocent"),
    ("Jane Doe's lawyer said she did nothing wrong.", "Jane Doe", "innocence", "did nothing wrong"),
    ("John Smith said there was no wrongdoing by his staff.", "John Smith", "innocence", "no wrongdoing"),
    ("Jane Roe said she has nothing to hide.", "Jane Roe", "innocence", "nothing to hide"),
    # falsity
    ("John Smith said the report was not accurate.", "John Smith", "falsity", "not accurate"),
    ("Jane Roe said the story was completely fabricated.", "Jane Roe", "falsity", "was completely fabricated"),
    ("Jane Doe said the allegations were baseless.", "Jane Doe", "falsity", "were baseless"),
    ("John Smith said the claims were categorically false.", "John Smith", "falsity", "were categorically false"),
    ("John Smith said the payments were entirely legal.", "John Smith", "innocence", "were entirely legal"),
    ("Jane Doe said she hid nothing from the auditors.", "Jane Doe", "innocence", "hid nothing"),
    ("John Smith said the mayor could not have broken any rule because she signed nothing.", "John Smith",
     "innocence", "could not have broken"),
    ("Jane Roe dismissed the council's plan as a gimmick.", "Jane Roe", "rejection", "dismissed"),  # always a denial
    # involvement
    ("Jane Roe said she had nothing to do with the contract.", "Jane Roe", "involvement", "nothing to do with"),
    ("John Smith said he had \u201cno involvement whatsoever\u201d with the flyer.", "John Smith", "involvement",
     "no involvement whatsoever"),
    ("Jane Doe said she had not had any conversations with the developer.", "Jane Doe", "involvement",
     "not had any conversations with"),
    ("John Smith said the memo says nothing of the kind.", "John Smith", "falsity", "nothing of the kind"),
    # acts denied: any act with I / we / he / she as subject, an act one is accused of otherwise
    ("Jane Doe said she did not take any money from the developers.", "Jane Doe", "act", "did not take"),
    ("Jane Roe said Acme Corporation had not violated any rules.", "Jane Roe", "act", "had not violated"),
    ("Jane Roe said the ministry was not accusing her of anything.", "Jane Roe", "act", "was not accusing"),
    ("John Smith said Acme Corporation is not funding the campaign.", "John Smith", "act", "is not funding"),
    # no evidence for the allegation
    ("The Lakeside Finance Ministry said it found no evidence that the memo was sent.",
     "Lakeside Finance Ministry", "falsity", "found no evidence that"),
    # a not-guilty plea announced
    ("Jane Doe has pleaded not guilty to charges of fraud.", "Jane Doe", "innocence", "pleaded"),
    # knowledge of a thing, not only of a clause
    ("John Smith insisted he did not know the date of the vote.", "John Smith", "knowledge", "did not know"),
    # falsity words in a list after "are"
    ("Jane Roe said the audit's findings are partial, inaccurate and biased.", "Jane Roe", "falsity", "inaccurate"),
    # protesting one's innocence; an event denied
    ("Jane Roe has always maintained her innocence.", "Jane Roe", "innocence", "maintained"),
    ("John Smith said the meeting with the developer never took place.", "John Smith", "act", "never took place"),
    # more falsity and knowledge forms
    ("John Smith said his remarks had been taken out of context.", "John Smith", "falsity", "out of context"),
    ("Jane Roe said her comments had been misquoted by the paper.", "Jane Roe", "falsity", "misquoted"),
    ("Jane Roe said she did not have any knowledge of the payments.", "Jane Roe", "knowledge", "any knowledge of"),
    ("John Smith said the talks were not authorized by the council.", "John Smith", "act", "not authorized by"),
    ("Jane Doe said there was zero truth to the report.", "Jane Doe", "falsity", "zero truth"),
    # an accused trait rejected, for oneself or on another's behalf
    ("Jane Roe said John Smith is not a racist.", "Jane Roe", "innocence", "not a racist"),
    ("Acme Corporation said the ranking was not politically biased.", "Acme Corporation", "innocence",
     "not politically biased"),
    ("John Smith said that was not what he said at the meeting.", "John Smith", "falsity", "not what he said"),
    ("Jane Roe said the allegations were absurd.", "Jane Roe", "falsity", "absurd"),
    ("John Smith said that was not what happened.", "John Smith", "falsity", "not what happened"),
    ("Jane Doe said she had never heard of the firm.", "Jane Doe", "knowledge", "never heard of"),
    ("John Smith wrote on Twitter: \u201cFake news!\u201d", "John Smith", "falsity", "Fake news"),
    # defending oneself against a report
    ("Jane Roe defended herself against a report that she had steered contracts to friends.",
     "Jane Roe", "rejection", "defended herself against"),
])
def test_denial_category_and_words(lakeside_card_of, body, speaker, category, words):
    denial, marker, _ = only_denial(lakeside_card_of, body)
    assert denial.speaker == speaker
    assert denial.category == category
    assert words in marker, (marker, denial.rule)


def test_denial_json_names_category_and_words(lakeside_card_of):
    denial, marker, _ = only_denial(lakeside_card_of, "Acme Corporation brushed aside the accusations.")
    data = denial.to_json()
    assert data["category"] == "rejection"
    assert data["marker"] == list(denial.marker)
    assert {"speaker", "text", "start", "end", "rule", "quote"} <= set(data)


def test_headline_denial_verb(lakeside_card_of):
    # A headline that names the speaker by role or surname alone ("Mayor Disputes ...")
    # waits for the speaker finder to tie it to the person the story names.
    denial, marker, _ = only_denial(lakeside_card_of, "The audit was published on Monday.",
                                    headline="Jane Roe Disputes Audit Report\n\n")
    assert denial.speaker == "Jane Roe"
    assert marker == "Disputes"
    assert "Audit Report" in denial.text


def test_headline_calls_false(lakeside_card_of):
    card, text = lakeside_card_of("The audit was published on Monday.",
                         headline="John Smith Calls Audit Report 'False'\n\n")
    assert [(d.speaker, d.category) for d in card.denials] == [("John Smith", "falsity")]


def test_relative_denial_takes_the_allegation_before(lakeside_card_of):
    denial, _, _ = only_denial(lakeside_card_of, "Jane Doe faces allegations that she took bribes, which she has denied.")
    assert denial.speaker == "Jane Doe"
    assert "took bribes" in denial.text


# --- claim-side neighbours ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Jane Roe said she will not resign.",                                  # future refusal
    "John Smith said the talks did not lead anywhere.",                    # negative outcome, rebuts nothing
    "Jane Doe said the meeting didn't go well.",
    "Jane Roe said she stands by her record.",                             # affirmative defence
    "John Smith said the inquiry was a politically driven vendetta.",      # attack on the accuser
    "Jane Doe said she was sorry for the delay.",                          # apology
    "John Smith said the inquiry was not clear about its aims.",           # description, not a rebuttal
    "Jane Roe said she did not mean to cause offence.",                    # disclaiming one's intent
    "Jane Doe said the council had pleaded guilty to making false statements.",  # a charge, not a rebuttal
    "Acme Corporation rejected a takeover offer worth $2bn.",         # refusing an offer
    "John Smith challenged Jane Roe to a debate.",                              # challenge with no report as object
    "Jane Roe said the plan gave a false sense of security.",
    "Jane Doe said the problem lies in the budget.",
    "Jane Roe said innocent residents were hurt by the cuts.",
    "John Smith said sales did not grow last year.",                       # a negative outcome
    "Jane Doe said the council did not keep track of the money.",           # a criticism, rebuts nothing
    "John Smith said the meetings are legal to attend.",
    "Jane Roe said that if the council does not pass the budget the city loses its grant.",  # a condition
    "Jane Doe asked why the council had not called the police.",            # a question
    "John Smith said the race was a marathon, not a sprint.",               # a contrast that rebuts nothing
    "John Smith said the mayor doesn't know what the word audit means.",   # a criticism, not a disclaimer
    "Jane Roe said the city cannot break the law to help a developer.",    # a refusal, not a denial
    "Jane Doe said it was wrong to close the library.",                     # moral "wrong", no report rebutted
    "John Smith said the board is made up of five members.",
    "Jane Roe said the council should simply stop lying to voters.",        # an attack, a claim
    "John Smith said there will be no lies in his campaign.",               # a pledge
    "Jane Doe said that until you run a city you don't know how hard it is.",  # generic "you"
    "John Smith said they are not seeing the sales they hoped for.",         # a description, no act denied
    "Jane Roe said it was not surprising that the vote was close.",          # a mood, no act denied
    "Jane Doe said we don't know who the winner will be.",                 # the future, not a disclaimer
    "John Smith said he didn't know what to say.",
    "Jane Roe said she did not really care about the prize.",               # an adverb is not the act
    "John Smith said they didn't come through in the final.",               # "they" and an outcome
    "Jane Doe said that if there is no evidence of fraud the case ends.",    # a condition
    "John Smith called the doctor a quack, fake and charlatan.",            # name-calling, an attack
    "Jane Doe said we don't know all of his business dealings.",            # doubt that carries an allegation
    "Jane Roe pleaded guilty to fraud.",
    "John Smith said such a deal hasn't happened since 1984.",             # a record, not a denial
    "Jane Doe said the talks may not take place.",
    "John Smith said the new plan was absurd.",                              # an opinion of a plan
    "Jane Roe said it was absurd to charge farmers for the permits.",
    "Jane Doe said she had no idea it would grow so fast.",                  # surprise, not a disclaimer
    "John Smith said he had never heard of anyone who got away with it.",
    "Jane Roe said the defeat does not take anything away from her record.",  # "take away": no act denied
    "John Smith said he did not hear what she said.",                       # not a misquote
    "Jane Doe said John Smith is not only a racist but a liar.",            # an attack, not a rebuttal
    "Jane Roe said it is not partisan to ask for the audit.",
    "John Smith said the referee was biased.",
    "Jane Doe said she was not surprised by the delay.",                   # a feeling, not an act denied
    "John Smith said voters were not impressed by the plan.",
    "Jane Roe said it was part of his willingness to be politically incorrect.",
    "Jane Doe said it does not take courage to speak on the floor.",
    "John Smith asked: does she have any idea of the cost of the plan?",     # a question, an attack
    "Jane Roe said the mayor did not know what he was talking about.",      # an attack on another
    "John Smith said the rules would deny Jane Roe a fair hearing.",        # "deny" with two objects withholds
    "Jane Doe said the council was denying them access to the files.",
    "Jane Roe rebuffed John Smith's offer to hold a second debate.",        # someone's offer refused
    "John Smith said he does not plan to attend the hearing.",              # an intention, not an act denied
    "Jane Doe said: \u201cI don't know if I would run for the seat.\u201d",       # undecided about her own future
])
def test_claim_side_neighbours_are_not_denials(lakeside_card_of, body):
    card, _ = lakeside_card_of(body)
    assert card.denials == [], card.denials


def test_denial_and_separate_assertion_give_one_of_each(lakeside_card_of):
    card, _ = lakeside_card_of("John Smith said the report was not accurate, but the audit will continue next year.")
    assert [d.speaker for d in card.denials] == ["John Smith"]
    assert [c.speaker for c in card.claims] == ["John Smith"]
    assert "not accurate" in card.denials[0].text
    assert "continue" in card.claims[0].text


def test_x_not_y_gives_a_claim_and_a_denial(lakeside_card_of):
    # CONVENTIONS.md section 4: "X, not Y" correcting what a remark was about is a claim
    # (X) and a denial (not Y), with spans that do not overlap.
    card, _ = lakeside_card_of("John Smith said his remark was about the budget, not the mayor's family.")
    assert [(c.speaker, c.text) for c in card.claims] == [("John Smith", "his remark was about the budget")]
    assert [(d.speaker, d.text, d.category) for d in card.denials] == [
        ("John Smith", "not the mayor's family", "contrast")]


def test_a_denial_in_a_relative_clause_is_not_the_speakers(lakeside_card_of):
    # "a charge that X denied": X denies; the speaker of the sentence only reports the charge.
    card, _ = lakeside_card_of("John Smith said the vote had been rigged, a charge that Jane Roe strongly denied.")
    assert "John Smith" not in [d.speaker for d in card.denials]
    assert [(c.speaker, c.text) for c in card.claims] == [("John Smith", "the vote had been rigged")]
    # ... and the denier gets the denial of that charge
    assert [(d.speaker, d.text) for d in card.denials] == [("Jane Roe", "a charge that Jane Roe strongly denied")]


def test_and_they_rejected_starts_a_new_act(lakeside_card_of):
    # ", and they rejected ...": the denial is its own act, not part of the claim before it.
    card, _ = lakeside_card_of("Aides to Jane Roe said the audit was late, and they rejected any suggestion "
                      "that she had steered contracts.")
    assert [(c.speaker, c.text) for c in card.claims] == [("Jane Roe", "the audit was late")]
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert "steered contracts" in card.denials[0].text and "late" not in card.denials[0].text


def test_a_defence_after_a_colon_is_labelled_on_its_words(lakeside_card_of):
    card, _ = lakeside_card_of("John Smith brought out a new defense: Jane Doe isn't guilty of fraud because she signed nothing.")
    assert [(d.speaker, d.category) for d in card.denials] == [("John Smith", "innocence")]
    card, _ = lakeside_card_of("John Smith offered a new defense: the council had asked for the audit.")
    assert card.denials == [] and [c.speaker for c in card.claims] == ["John Smith"]


def test_claims_carry_no_denial_fields(lakeside_card_of):
    card, _ = lakeside_card_of("Jane Roe said she will not resign.")
    claim = card.claims[0]
    assert claim.category == "" and claim.marker is None
    assert "category" not in claim.to_json() and "marker" not in claim.to_json()


# --- the why view ---------------------------------------------------------------------

def _plain(renderable) -> str:
    from rich.console import Console

    console = Console(width=120, record=True, file=open("/dev/null", "w"))
    console.print(renderable)
    return console.export_text()


def test_why_view_names_category_and_words(lakeside_card_of, default_engine):
    from tui.app.explain import explain_statement

    card, text = lakeside_card_of("Jane Doe said she had no knowledge of the payments.")
    denial = card.denials[0]
    out = _plain(explain_statement(default_engine.brief, text, denial))
    assert "Why a denial" in out
    assert "category: knowledge" in out
    assert "“no knowledge of”" in out
    assert "denial.knowledge" in out


def test_why_view_of_a_claim_has_no_denial_section(lakeside_card_of, default_engine):
    from tui.app.explain import explain_statement

    card, text = lakeside_card_of("Jane Roe said she will not resign.")
    out = _plain(explain_statement(default_engine.brief, text, card.claims[0]))
    assert "Why a denial" not in out


# --- who else the denial brings in ----------------------------------------------------

def test_denied_report_is_its_publishers_claim(lakeside_card_of):
    card, _ = lakeside_card_of("Jane Roe disputed a New York Times report that she had steered contracts to friends.")
    assert [(d.speaker, d.category) for d in card.denials] == [("Jane Roe", "rejection")]
    assert [(c.speaker, c.text) for c in card.claims] == [("New York Times", "she had steered contracts to friends")]


def test_denied_report_without_a_named_publisher_gives_the_denial_only(lakeside_card_of):
    card, _ = lakeside_card_of("Jane Roe disputed a report that she had steered contracts to friends.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert card.claims == []


def test_participle_denial_after_a_quotation(lakeside_card_of):
    card, _ = lakeside_card_of("\u201cThe audit is finished and the books are clean,\u201d Jane Doe said, "
                      "dismissing the report as a partisan smear.")
    assert [(d.speaker, d.category) for d in card.denials] == [("Jane Doe", "rejection")]
    assert "dismissing the report" in card.denials[0].text
    assert [c.speaker for c in card.claims] == ["Jane Doe"]


def test_denial_with_her_lawyers_is_hers(lakeside_card_of):
    denial, marker, _ = only_denial(lakeside_card_of, "Jane Doe and her lawyers have vigorously denied the claims.")
    assert denial.speaker == "Jane Doe" and marker == "denied"


def test_report_named_without_its_content_gives_no_publisher_claim(lakeside_card_of):
    card, _ = lakeside_card_of("Jane Roe dismissed a New York Times report as a partisan smear.")
    assert [d.speaker for d in card.denials] == ["Jane Roe"]
    assert card.claims == []


def test_called_false_with_any_object(lakeside_card_of):
    card, _ = lakeside_card_of("Senator John Smith called the audit false on Wednesday.")
    assert [(d.speaker, d.category) for d in card.denials] == [("John Smith", "falsity")]


# --- sentence shapes that carry a rejection verb ----------------------------------------

@pytest.mark.parametrize("body, speaker, inside", [
    # a passive with the denier after "by": the allegation is what is denied
    ("His claims were denied by Senator John Smith, who spoke on Monday.", "John Smith", "His claims"),
    ("That charge was firmly rejected by Acme Corporation.", "Acme Corporation", "That charge"),
    # a relative clause right after the name: "X, which disputes ..."
    ("The audit was sent to Acme Corporation, which disputes the findings.", "Acme Corporation", "the findings"),
    # a second verb after "but" shares the subject
    ("Acme Corporation announced it would close the plant, but denied the move was linked to the audit.",
     "Acme Corporation", "linked to the audit"),
    # "issued a statement denying ...": the statement's author denies
    ("Jane Doe sent the council a long letter firmly disputing the findings of the audit.", "Jane Doe", "the findings"),
    # "in rejecting": the same subject rejects
    ("Senator John Smith has been vocal in rejecting the claims of the audit.", "John Smith", "the claims"),
    # a second verb in the present after "and" shares the subject
    ("Senator John Smith feuds with his party and dismisses the findings of the audit.", "John Smith",
     "the findings"),
    # do-support: "did contradict" is a rejection; "that" before a claim word is its determiner
    ("Jane Roe did contradict the claims made by the auditors.", "Jane Roe", "the claims"),
    ("Jane Roe, however, disputes that account of the meeting.", "Jane Roe", "that account"),
    # an offer inside the rejected claims does not make it a refusal
    ("Jane Roe rejected claims that John Smith's offer had been accepted.", "Jane Roe", "offer had been accepted"),
    # an aside between dashes before the verb
    ("Jane Roe did - quietly but firmly - contradict the claims of the auditors.", "Jane Roe", "the claims"),
    # a sentence that opens on "The" and a noun is no speaker: the subject after "but" is
    ("The vote led to a meeting, but Jane Roe has been vocal in rejecting the claims of the audit.",
     "Jane Roe", "the claims"),
    # "There is ..." opens no speaker: the participle's subject is the name after it
    ("There is still time for Jane Roe to make peace, even after repeatedly dismissing the claims of the audit.",
     "Jane Roe", "the claims"),
    # a descriptive role with no one named in it is the person in focus
    ("Senator John Smith spoke in Lakeside. The candidate also continued to refute a report about his "
     "record.", "John Smith", "a report"),
])
def test_rejection_verb_shapes(lakeside_card_of, body, speaker, inside):
    card, _ = lakeside_card_of(body)
    assert [d.speaker for d in card.denials] == [speaker], (card.denials, card.claims)
    assert inside in card.denials[0].text


def test_a_new_subject_inside_the_clause_is_the_second_verbs_subject(lakeside_card_of):
    # "In the Lakeside trial Ms Doe played down ... and denied ...": the denier is Doe, not the
    # place that the speaker pattern could reach first.
    card, _ = lakeside_card_of("During questioning in the Lakeside trial Ms. Doe played down her role and denied he "
                      "met the developer.")
    assert len(card.denials) == 1 and card.denials[0].speaker.endswith("Doe"), card.denials


@pytest.mark.parametrize("body", [
    "The takeover bid was rejected by Acme Corporation.",      # an offer refused: no denial
    "Jane Doe was dismissed by Acme Corporation in 2004.",   # a person fired
    "The charges were filed by the Lakeside Finance Ministry.",
])
def test_passive_neighbours_are_not_denials(lakeside_card_of, body):
    card, _ = lakeside_card_of(body)
    assert card.denials == [], card.denials


@pytest.mark.parametrize("body", [
    "John Smith said the row followed a long dispute about the contract.",   # "dispute" as a noun
    "Jane Roe said that if the council rejects the treaty the city loses.",  # a measure refused
    "Acme Corporation rejected the merger.",
    "John Smith said old phones are often just lying around in drawers.",    # "lying" that is no lie
    "Jane Doe said the suspect had passed a lie detector test.",
    "John Smith said the cuts would be a false economy.",
    "Jane Roe said it would be wrong to close the library.",                # a judgement, not falsity
    "John Smith said something was wrong with the engine.",
    "Jane Doe said it was the wrong approach.",
])
def test_falsity_and_rejection_look_alikes_are_claims(lakeside_card_of, body):
    card, _ = lakeside_card_of(body)
    assert card.denials == [], card.denials


@pytest.mark.parametrize("body, words", [
    ("Jane Roe said she disputes the figures.", "disputes"),
    ("John Smith said the forecasts were simply wrong.", "wrong"),
])
def test_verb_dispute_and_plain_wrong_stay_denials(lakeside_card_of, body, words):
    denial, marker, _ = only_denial(lakeside_card_of, body)
    assert words in marker


def test_headline_breaks_silence_to_dispute(lakeside_card_of):
    denial, marker, _ = only_denial(lakeside_card_of, "The audit was published on Monday.",
                                    headline="Jane Roe Breaks Silence to Dispute Audit Report\n\n")
    assert denial.speaker == "Jane Roe" and marker == "Dispute"


@pytest.mark.parametrize("headline, marker", [
    ("Jane Roe Dismissed Audit Report\n\n", "Dismissed"),
    ("Jane Roe Rejected Audit Claims\n\n", "Rejected"),
    ("Jane Roe Pushed Back on Audit Report\n\n", "Pushed Back on"),
])
def test_headline_rejection_verb_in_the_past(lakeside_card_of, headline, marker):
    denial, found, _ = only_denial(lakeside_card_of, "The audit was published on Monday.", headline=headline)
    assert denial.speaker == "Jane Roe" and found == marker


@pytest.mark.parametrize("body, headline", [
    ("Jane Roe did not contradict the claims made by the auditors.", HEADLINE),   # negated: no rejection
    ("The audit was published on Monday.", "Acme Rejected Takeover Bid\n\n"),    # an offer refused
])
def test_negated_or_refusing_rejection_verbs_are_not_denials(lakeside_card_of, body, headline):
    card, _ = lakeside_card_of(body, headline)
    assert card.denials == [], card.denials


def test_dismissed_as_by_agent(lakeside_card_of):
    denial, marker, _ = only_denial(lakeside_card_of, "The claims were dismissed as nonsense by Acme Corporation.")
    assert denial.speaker == "Acme Corporation" and marker == "dismissed"


@pytest.mark.parametrize("body, speaker", [
    ("Canada and Acme Corporation signed the deal. The Canadian government denied the report about the talks.",
     "Canada"),
    ("Mexico hosted the talks. Mexican authorities denied the report about the meeting.", "Mexico"),
    ("Canada hosted the talks. Canadian officials denied any links to the militia.", "Canada"),
])
def test_a_states_government_denies_for_the_state(lakeside_card_of, body, speaker):
    # CONVENTIONS.md 5: "the Chinese government" is the country; a state body is no unnamed source
    card, _ = lakeside_card_of(body)
    assert [d.speaker for d in card.denials] == [speaker], (card.denials, card.claims)


def test_an_official_from_a_place_stays_unnamed(lakeside_card_of):
    card, _ = lakeside_card_of("Canada hosted the talks. A former official from Canada denied the report about the talks.")
    assert card.denials == [], card.denials

