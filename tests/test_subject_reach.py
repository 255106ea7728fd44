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

