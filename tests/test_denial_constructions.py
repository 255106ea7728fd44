"""Denial constructions found in political news (PolNeAR train shapes, CONVENTIONS.md
section 4), and the look-alikes that must stay claims.

Every sentence is invented (names too). Each denial case names the category and the
words that made it a denial; each neighbour is a claim the conventions keep apart
(a question, a state of mind, a moral judgement, a rejection someone else is urged to make).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, speaker, category, words", [
    # rejection verbs: showing a claim false
    ("Senator John Smith rubbished the claims about the budget.", "John Smith", "rejection", "rubbished"),
    ("Jane Doe debunked the story about the loan.", "Jane Doe", "rejection", "debunked"),
    # mocking or swatting a claim away: challenge verbs, a report or claim as object
    ("Jane Roe scoffed at the notion that she had lied to the council.", "Jane Roe", "challenge", "scoffed at"),
    ("John Smith knocked down the rumors of a rift with the mayor.", "John Smith", "challenge", "knocked down"),
    ("Jane Doe batted away the reports about the contract.", "Jane Doe", "challenge", "batted away"),
    # knowledge disclaimed
    ("John Smith said he knew nothing about the payments.", "John Smith", "knowledge", "knew nothing about"),
    ("\u201cI know absolutely nothing about it,\u201d Jane Roe said.", "Jane Roe", "knowledge", "know absolutely nothing"),
    ("Jane Doe said she was never told about the loan.", "Jane Doe", "knowledge", "never told about"),
    ("John Smith said he wasn't informed of the decision.", "John Smith", "knowledge", "informed of"),
    ("Jane Roe said she had \u201cno idea\u201d whether the story was true.", "Jane Roe", "knowledge", "no idea"),
    # involvement and approval disclaimed
    ("Jane Roe said the leaflets were not hers.", "Jane Roe", "involvement", "not hers"),
    ("John Smith said the post was sent without his knowledge.", "John Smith", "involvement", "without his knowledge"),
    ("John Smith said he had \u201cnothing to do\u201d with the story.", "John Smith", "involvement", "nothing to do"),
    # falsity
    ("John Smith said the claims had been debunked.", "John Smith", "falsity", "debunked"),
    ("Jane Roe said the lawsuit was meritless.", "Jane Roe", "falsity", "meritless"),
    ("Jane Roe said the claim \u201chas no basis.\u201d", "Jane Roe", "falsity", "no basis"),
    ("Acme Corporation said it had found nothing to support the claim.", "Acme Corporation", "falsity",
     "found nothing to support"),
    ("John Smith said the paper had gotten it all wrong.", "John Smith", "falsity", "gotten it all wrong"),
    ("\u201cNone of it is true,\u201d Jane Roe said.", "Jane Roe", "falsity", "None of it is true"),
    ("\u201cNothing could be further from the truth,\u201d John Smith said.", "John Smith", "falsity",
     "further from the truth"),
    # an act denied: considering something is an act here, considering resigning is not
    ("\u201cWe don't consider political views,\u201d Jane Doe said.", "Jane Doe", "act", "don't consider"),
    # a reading of one's words rejected
    ("\u201cI'm not questioning the mayor's faith,\u201d John Smith said.", "John Smith", "rejection",
     "not questioning"),
    ("\u201cI didn't say that,\u201d Jane Roe said.", "Jane Roe", "rejection", "didn't say that"),
    ("John Smith said his remarks were not about the mayor's family.", "John Smith", "rejection", "not about"),
    ("Jane Roe said the joke was not aimed at the council.", "Jane Roe", "rejection", "not aimed at"),
    ("\u201cI was not referring to the mayor,\u201d Jane Doe said.", "Jane Doe", "rejection", "referring to"),
    # another's statement called false by what it implies or by its sums
    ("John Smith said it was wrong to suggest the mayor would quit.", "John Smith", "falsity", "wrong to suggest"),
    ("Jane Roe said the council's sums do not add up.", "Jane Roe", "falsity", "do not add up"),
    ("Jane Doe said the mayor's view that there was no deal was flawed.", "Jane Doe", "falsity", "was flawed"),
])
def test_denial_construction(lakeside_card_of, body, speaker, category, words):
    card, text = lakeside_card_of(body)
    assert len(card.denials) == 1, (card.denials, card.claims)
    denial = card.denials[0]
    marker = text[denial.marker[0]:denial.marker[1]] if denial.marker else ""
    assert denial.speaker == speaker
    assert denial.category == category, denial.rule
    assert words in marker, (marker, denial.rule)


@pytest.mark.parametrize("body, words", [
    # a relative clause with its own predicate before the denial verb
    ("The row reached the radio show of Mary Vale, who is a friend of Mr. Smith, but has long dismissed "
     "the report on the loan.", "the report on the loan"),
    # a say-word read as a noun does not end the subject's clause
    ("John Smith pointed to the mayor\u2019s updated comments and dismissed criticism from Jane Doe.",
     "criticism from Jane Doe"),
    # a one-word object keeps its verb: the item reads "denied wrongdoing", "denied it"
    ("John Smith has repeatedly denied wrongdoing.", "denied wrongdoing"),
    ("Asked about the loan on Monday, Jane Roe denied it.", "denied it"),
    # a later participle cue of the same subject does not take the sentence from the denial
    ("There is still time for Jane Roe to make peace, even after dismissing them as cranks and calling "
     "John Smith a liar.", "them as cranks"),
])
def test_denial_verb_shapes(lakeside_card_of, body, words):
    card, _ = lakeside_card_of(body)
    assert [d.text for d in card.denials if words in d.text], (card.denials, card.claims)


@pytest.mark.parametrize("body, speakers", [
    ("John Smith and Acme Corporation have denied the report.", {"John Smith", "Acme Corporation"}),
    ("Both Jane Roe and John Smith dismissed the story as a smear.", {"Jane Roe", "John Smith"}),
])
def test_joined_deniers_each_deny(lakeside_card_of, body, speakers):
    """Two speakers of one statement: one entry each (CONVENTIONS.md section 1)."""
    card, _ = lakeside_card_of(body)
    assert {d.speaker for d in card.denials} == speakers, card.denials


@pytest.mark.parametrize("body", [
    "John Smith asked, \u201cDoes that not show poor judgement on your part?\u201d",   # a question
    "\u201cWe never imagined that the row would go this far,\u201d Jane Roe said.",    # a state of mind
    "\u201cI never wanted to press charges,\u201d Jane Doe said.",
    "\u201cWe are going to do things we never did before,\u201d John Smith said.",
    "\u201cI wish I never did it,\u201d John Smith said.",                               # a regret
    "Jane Roe said she has not considered resigning.",
    "John Smith said he hadn't given up hope of a deal.",
    "Jane Doe said she would vote for the mayor, though she hasn't endorsed her.",
    "\u201cI didn't come here today to flatter you,\u201d John Smith said.",          # one's own intent
    "\u201cWe don't discuss internal matters,\u201d Jane Doe said.",                   # a non-answer
    "\u201cIt was not a responsible way to act,\u201d Jane Roe said.",
    "\u201cThey don't feel like a part of the town,\u201d Jane Doe said.",
    "\u201cEverything the council is doing is wrong,\u201d John Smith said.",                      # moral judgement
    "Jane Roe said it was wrong to cut the school budget.",
    "John Smith said the plan for the pier was flawed.",
    "\u201cThat is wrong, it is shameful,\u201d Jane Roe said.",
    "\u201cThe country must reject this man once and for all,\u201d John Smith said.",    # urged, not done
    "Jane Doe criticised the mayor's refusal to disavow the group.",
    "Jane Roe said the rules deny many voters the right to take part.",              # withholding
    "John Smith called for denying entry to the delegation.",
    "\u201cI don't know one voter who wants that,\u201d Jane Roe said.",                 # acquaintance idiom
    "\u201cI don't recall anything as cruel as this budget,\u201d John Smith said.",
    "Jane Doe said the poll puts to rest the notion that young voters are unaware of the stakes.",
    "\u201cHe knows nothing about farming,\u201d Jane Roe said.",                           # an attack on another
    "\u201cWe got it wrong and we apologise,\u201d Jane Doe said.",                       # an admission
    "\u201cGoing on the attack just isn't his style,\u201d John Smith said.",
    "\u201cWe're not talking about small changes,\u201d Jane Roe said.",
    "\u201cIf we don't say this is a change, we will miss a chance,\u201d John Smith said.",  # a condition
    "\u201cWe can't afford to get it wrong with the budget,\u201d Jane Doe said.",
    "\u201cHand over the land that is not theirs,\u201d Jane Roe said.",               # an accusation
    "Jane Roe will help her rivals most by denying them otherwise winnable seats.",  # withholding
    "John Smith rejected across-the-board tax cuts in favour of help for families.",  # a policy, no report
])
def test_claim_side_neighbours(lakeside_card_of, body):
    card, _ = lakeside_card_of(body)
    assert not card.denials, [(d.text, d.rule) for d in card.denials]
