"""Named sources the pack found no statement for although the reporting verb is known (issue
10, PolNeAR train misses read by construction; CONVENTIONS.md decides which count).

Invented sentences and names, default pack alone. A participle after a closing attribution
("..., Doe said on Monday, adding that ...") is the same source's next act (CONVENTIONS.md 1,
participles that add new content are their own entry).
"""

from __future__ import annotations

import pytest

from conftest import said_by


@pytest.mark.parametrize("body,words", [
    ("The ferry plan is bad, Colm Ashby said on Monday, adding that the pier would close.", "the pier would close"),
    ("The ferry plan is bad, said Colm Ashby, noting that the pier would close.", "the pier would close"),
    ("The ferry plan is bad, Colm Ashby told reporters, adding that the pier would close.", "the pier would close"),
    ('"The ferry is late," Colm Ashby responded before adding that the pier would close.', "the pier would close"),
    ('Colm Ashby said the board will meet, but said, "It is time we change," promising the pier would reopen.',
     "the pier would reopen"),
], ids=["said-time", "said-inverted", "told-hearer", "before-adding", "after-quote-no-comma"])
def test_participle_after_a_closing_attribution(card_of, body, words):
    """The content came before the attribution, or a quotation ended on its comma: the
    participle after it goes on for the same source."""
    card = card_of(body)
    assert words in said_by(card, "Colm Ashby"), [(s.speaker, s.text, s.rule) for s in card.statements]



@pytest.mark.parametrize("body,speaker,words", [
    ("A former mayor - Colm Ashby - said the pier would close.", "Colm Ashby", "the pier would close"),
    ("One candidate -- Colm Ashby, who lost the ferry vote -- said the pier would close.", "Colm Ashby",
     "the pier would close"),
    ("Harbour scholars -- including Colm Ashby -- quickly accused the board of hiding the audit.", "Colm Ashby",
     "the board of hiding the audit"),
], ids=["single-dash", "double-dash-relative", "double-dash-including"])
def test_holder_named_between_dashes(card_of, body, speaker, words):
    """A role, then its holder's name between dashes (one or two hyphens): the holder speaks
    (CONVENTIONS.md 2, a single role whose holder is named)."""
    card = card_of(body)
    assert words in said_by(card, speaker), [(s.speaker, s.text, s.rule) for s in card.statements]


def test_dashes_after_a_name_keep_the_name(card_of):
    """'Colm Ashby -- unlike Tom Varga -- said': the name before the dashes opens the clause."""
    card = card_of("Colm Ashby -- unlike Tom Varga -- said the pier would close.")
    assert "the pier would close" in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]
    assert not said_by(card, "Tom Varga"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "His wife, longtime aide Colm Ashby, announced the pier would close.",
    "Her top rival, former senator Colm Ashby, said the pier would close.",
], ids=["longtime-aide", "former-senator"])
def test_name_after_role_with_lower_case_title(card_of, body):
    """'his wife, longtime aide Ann Roe,': the name in commas after a role, behind title words."""
    card = card_of(body)
    assert "the pier would close" in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("body", [
    "Colm Ashby and his rivals for the nomination have said the pier would close.",
    "Colm Ashby and her Harbour allies said the pier would close.",
], ids=["rivals-for", "capital-adjective"])
def test_name_joined_to_unnamed_companions(card_of, body):
    """'Ann Roe and her rivals for the nomination have said': the unnamed companions are no source
    (CONVENTIONS.md 3); the named one speaks."""
    card = card_of(body)
    assert "the pier would close" in said_by(card, "Colm Ashby"), [(s.speaker, s.text) for s in card.statements]
