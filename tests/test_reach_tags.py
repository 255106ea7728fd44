"""Speaker tags and colon-introduced passages the statement finder misread (issue 10, PolNeAR
train mining): the last clause before an introducing colon, headline tags.

Invented sentences and names, default pack alone; each test failed before its change.
"""

from __future__ import annotations

import pytest

from conftest import said_by

QUOTED = "“If there are growers who cannot keep to the rules, the fix is not to punish every farmer.”"


@pytest.mark.parametrize("lead,speaker", [
    ("The Dunmore Gazette made the same charge against the Farm Bureau in May, and the Elmira Ledger "
     "responded:", "Elmira Ledger"),
    ("It would be hard to overstate the weight of the charter to the movement, as the Harbour Trust "
     "website notes:", "Harbour Trust"),
    ("Ann Pelham raised the point in May, but Colm Ashby wrote in reply:", "Colm Ashby"),
], ids=["and-responded", "as-notes", "but-wrote"])
def test_the_last_clause_before_a_colon_introduces_the_quotation(card_of, lead, speaker):
    """'X made the charge, and Y responded: ¶ "..."': the colon ends Y's clause, so Y speaks,
    not the sentence's first name."""
    card = card_of(f"{lead}\n\n{QUOTED}")
    assert "the fix is not to punish every farmer" in said_by(card, speaker), \
        [(s.speaker, s.text) for s in card.statements]


@pytest.mark.parametrize("stamp", [
    "Tom ValeFlagShareLikeReplyAnn Roe 5ptsmoderatorFeaturedMay 6, 2016 9:12PM",
    "May 6, 2016 9:09 p.m. ",
], ids=["glued", "spaced"])
def test_a_live_blog_stamp_is_cut_from_the_headline_after_it(card_of, stamp):
    """'...FeaturedMay 6, 2016 9:12PMRoe Says ...': a live blog's buttons, moderator and clock
    time are glued to the entry's headline; cut off, the headline names its speaker."""
    card = card_of(f"Ann Roe spoke on Monday about the ferry and the harbour.\n\n{stamp}Roe Says The Ferry Will Run Again In May\n")
    assert "The Ferry Will Run Again In May" in said_by(card, "Ann Roe"), \
        [(s.speaker, s.text) for s in card.statements]


def test_a_staff_word_in_a_colon_tag_gives_the_principal(card_of):
    """'Pelham camp: ...': a one-name tag with a staff word is the principal's (CONVENTIONS.md 2,
    unnamed staff of a person)."""
    card = card_of("Ann Pelham spoke on Monday about the ferry and the harbour.\n\n"
                   "Pelham camp: The ferry plan threatens the whole harbour\n")
    assert "The ferry plan threatens the whole harbour" in said_by(card, "Ann Pelham"), \
        [(s.speaker, s.text) for s in card.statements]
