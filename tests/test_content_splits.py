"""Where one speaker's content is cut in two: a second cue joined to the first.

Invented sentences and names only. A speech verb joined by "and"/"but", or a participle after
a comma or a dash, inside the content of a first cue ends the first item and opens a second by
the same speaker (../shared/gold/CONVENTIONS.md section 1, "Participles"; section 4: a denial
and a separate assertion give one denial and one claim). A denial verb's short object is a
denial of its own unless it is only pronouns ("dismissed them, saying ...").
"""

from __future__ import annotations

import pytest

from tui.articles.reader import article_from_text

HEADLINE = "Lakeside audit row deepens\n\n"
INTRO = ("Mayor Jane Roe of Lakeside, Senator John Smith and Acme Corporation are at the centre "
         "of the row.\n\n")


@pytest.fixture(scope="module")
def card_of(default_engine):
    def build(body: str):
        text = HEADLINE + INTRO + body + "\n"
        return default_engine.card(article_from_text(text, path="inline.txt"))
    return build


def pairs(items) -> list[tuple[str, str]]:
    return [(i.speaker, i.text) for i in items]


# --- a denial verb's short object, then a second act ------------------------------------

def test_short_object_of_a_denial_keeps_its_own_denial(card_of):
    card = card_of("Senator John Smith rejected the label, noting that it costs money to run a campaign.")
    assert pairs(card.denials) == [("John Smith", "the label")]
    assert [c.speaker for c in card.claims] == ["John Smith"]
    assert card.claims[0].text.endswith("it costs money to run a campaign")


def test_short_object_before_but_says(card_of):
    card = card_of("Acme Corporation has disputed both reports, but says that it would have acted differently.")
    assert pairs(card.denials) == [("Acme Corporation", "both reports")]
    assert [c.text.endswith("it would have acted differently") for c in card.claims] == [True]


def test_short_object_before_a_joined_speech_verb(card_of):
    card = card_of("Acme Corporation denies any wrongdoing and points out that the council signed the deal.")
    assert pairs(card.denials) == [("Acme Corporation", "any wrongdoing")]
    assert [c.text.endswith("the council signed the deal") for c in card.claims] == [True]


def test_pronoun_object_still_takes_the_words_that_follow(card_of):
    card = card_of("Mayor Jane Roe dismissed it, saying the audit was a waste of time.")
    assert pairs(card.denials) == [("Jane Roe", "it, saying the audit was a waste of time")]
    assert card.claims == []


# --- a second cue inside a claim's content -----------------------------------------------

def test_but_noted_that_opens_a_second_claim(card_of):
    card = card_of("Senator John Smith said the mayor misspoke but noted that experts say the plan works.")
    assert pairs(card.claims) == [("John Smith", "the mayor misspoke"),
                                  ("John Smith", "experts say the plan works")]


def test_participle_after_two_apostrophe_quotes(card_of):
    card = card_of("Senator John Smith said the plan was ''unfair,'' adding that the council had no money left.")
    assert [c.speaker for c in card.claims] == ["John Smith", "John Smith"]
    assert card.claims[0].text.startswith("the plan was ''unfair")
    assert card.claims[1].text.endswith("the council had no money left")


def test_participle_after_a_dash(card_of):
    card = card_of("Mayor Jane Roe says she saw no difference between the two groups - noting that "
                   "she met them together.")
    assert pairs(card.claims) == [("Jane Roe", "she saw no difference between the two groups"),
                                  ("Jane Roe", "noting that she met them together")]


def test_participle_joined_by_and(card_of):
    card = card_of("Senator John Smith mocked the mayor's famous launch and pointedly saying the city "
                   "was not safe under her.")
    assert [c.text for c in card.claims][-1] == "pointedly saying the city was not safe under her"
    assert len(card.claims) == 2


def test_before_pointing_out_that(card_of):
    card = card_of("Mayor Jane Roe said the audit was late before pointing out that the auditor was paid too much.")
    assert pairs(card.claims) == [("Jane Roe", "the audit was late"),
                                  ("Jane Roe", "pointing out that the auditor was paid too much")]


# --- a relative clause with its own subject and speech verb --------------------------------

def test_which_he_describes_is_a_second_claim(card_of):
    card = card_of("Senator John Smith touted his wins in the east, particularly in Lakeside, "
                   "which he describes as his second home.")
    assert pairs(card.claims) == [("John Smith", "his wins in the east, particularly in Lakeside"),
                                  ("John Smith", "as his second home")]


def test_which_another_name_says_is_that_names_claim(card_of):
    card = card_of("Senator John Smith criticized the plan, which Mayor Jane Roe praised for its ambition.")
    assert [c.speaker for c in card.claims] == ["John Smith", "Jane Roe"]
    assert card.claims[0].text == "the plan"
