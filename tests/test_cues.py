"""Cue-first attribution and the speaker model, on invented sentences (default pack alone).

Each case is a construction the earlier rules missed on real news (issue 10): the cue in
another tense or shape, a source the speaker pattern could not span, a pronoun or a
role whose antecedent needs the article. Names and places are invented.
"""

from __future__ import annotations

import pytest

from tui.articles.reader import article_from_text

HEADLINE = "Harbour budget row deepens\n\n"


@pytest.fixture(scope="module")
def card_of(default_engine):
    def build(body: str, headline: str = HEADLINE):
        text = headline + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        for item in card.claims + card.denials:
            assert text[item.start:item.end] == item.text, item
            assert item.rule and item.attribution, item
        return card
    return build


def said_by(card, speaker: str) -> str:
    """Everything the card gives to one speaker, joined (claims and denials)."""
    return " | ".join(s.text for s in card.statements if s.speaker == speaker)


def speakers(card) -> set[str]:
    return {s.speaker for s in card.statements}


@pytest.mark.parametrize("body,speaker,words", [
    ("Ann Pelham is claiming that the council ignored her warnings.", "Ann Pelham", "the council ignored"),
    ("Ann Pelham has insisted the figures are right.", "Ann Pelham", "the figures are right"),
    ("Ann Pelham has long argued that the harbour needs dredging.", "Ann Pelham", "needs dredging"),
    ("Ann Pelham tweeted that the vote was a disgrace.", "Ann Pelham", "the vote was a disgrace"),
    ("Ann Pelham pointed out that the audit was three years late.", "Ann Pelham", "three years late"),
    ("Ann Pelham urged residents to attend the hearing.", "Ann Pelham", "residents to attend"),
    ("Ann Pelham described the audit as a political stunt.", "Ann Pelham", "a political stunt"),
    ("Ann Pelham attempted to explain that the ferry contract had lapsed.", "Ann Pelham", "contract had lapsed"),
], ids=["progressive", "perfect", "perfect-adverb", "tweet", "point-out", "urge", "describe", "to-explain"])
def test_cue_verbs_in_any_form(card_of, body, speaker, words):
    card = card_of(body)
    assert speakers(card) == {speaker}, [(s.speaker, s.text) for s in card.statements]
    assert words in said_by(card, speaker)


@pytest.mark.parametrize("body,speaker", [
    ("Mr. Tom Varga, a council member, said the ferry would run again in May.", "Tom Varga"),
    ("Sen. Ruth Kessel (D-Wis.) said the ferry would run again in May.", "Ruth Kessel"),
    ("Ohio's state treasurer, Ruth Kessel, told reporters that the ferry would run again in May.", "Ruth Kessel"),
    ("Senator Ruth Kessel on Monday said the ferry would run again in May.", "Ruth Kessel"),
], ids=["appositive", "party-tag", "possessive-role-then-name", "time-between"])
def test_sources_around_the_cue(card_of, body, speaker):
    card = card_of(body)
    names = {a.name for a in card.actors}
    assert len(speakers(card)) == 1, [(s.speaker, s.text) for s in card.statements]
    (found,) = speakers(card)
    assert speaker in found or found in names and speaker.split()[-1] in found
    assert "ferry would run again in May" in said_by(card, found)


def test_coordinated_and_participle_clauses_take_the_subject(card_of):
    card = card_of("Senator Lena Brisk criticised the audit on Monday and said it was a waste of money.\n\n"
                   "Ms. Orla Denning defended the plan, saying the port needed the money.")
    assert "a waste of money" in said_by(card, "Lena Brisk")
    assert "the port needed the money" in said_by(card, "Orla Denning")


def test_participle_before_a_quotation(card_of):
    card = card_of('Ms. Orla Denning defended the plan, saying, "This is the only honest budget in years."')
    assert "the only honest budget" in said_by(card, "Orla Denning")


def test_parenthetical_cue_takes_the_whole_sentence(card_of):
    card = card_of("Ann Pelham spoke first.\n\nThe harbour, Ms. Pelham often says, is the town's lifeline.")
    found = [s for s in card.statements if "lifeline" in s.text]
    assert found and found[0].speaker == "Ann Pelham"


def test_as_x_put_it_and_colon_tags(card_of):
    card = card_of("Ann Pelham chairs the board.\n\nAs Pelham put it, the town cannot wait another year.\n\n"
                   "Colm Ashby: Council members worried about the deficit")
    assert "cannot wait another year" in said_by(card, "Ann Pelham")
    assert "worried about the deficit" in said_by(card, "Colm Ashby")


def test_headline_verb(card_of):
    card = card_of("Ann Pelham said the vote was close.", headline="Mayor Ann Pelham Accuses Council Of Hiding Budget Gaps\n\n")
    assert "Hiding Budget Gaps" in said_by(card, "Ann Pelham")


@pytest.mark.parametrize("body,speaker", [
    ('"It is heartbreaking," Colm Ashby said.', "Colm Ashby"),
    ('"The numbers were never checked," said Mr. Colm Ashby.', "Colm Ashby"),
    ('Colm Ashby runs the yard.\n\n"The numbers were never checked," Mr. Ashby said.', "Colm Ashby"),
    ('"The harbour economy has moved sideways," port chief economist Colm Ashby said.', "Colm Ashby"),
    ("''The harbour economy has moved sideways,'' said Colm Ashby.", "Colm Ashby"),
], ids=["short-quote", "said-mr", "mr-said", "title-before-name", "two-apostrophes"])
def test_quotations_with_titles_and_short_quotes(card_of, body, speaker):
    card = card_of(body)
    quoted = [s for s in card.statements if s.quote]
    assert quoted, [(s.speaker, s.text) for s in card.statements]
    assert {s.speaker for s in quoted} <= {speaker, "Mr. Ashby"} and speaker in {a.name for a in card.actors}


def test_quoted_passage_is_one_unit(card_of):
    card = card_of('"The budget is sound. The audit is late. The ferry will run," Colm Ashby said.')
    assert len([c for c in card.claims if c.speaker == "Colm Ashby"]) == 1


@pytest.mark.parametrize("body", [
    "Colm Ashby said on Monday.",
    "Colm Ashby told reporters in Dunmore.",
    "Colm Ashby was accused by rivals of hiding the figures from the board.",
    "When Colm Ashby asked about the figures, the room went quiet.",
], ids=["time-only", "hearer-only", "passive", "question"])
def test_no_statement_without_content_or_speaker(card_of, body):
    card = card_of(body)
    assert card.statements == [], [(s.speaker, s.text, s.rule) for s in card.statements]


# -- the speaker model --------------------------------------------------------------------

def test_named_lawyer_speaks_not_the_client(card_of):
    card = card_of("Rep. Dale Okafor faces charges.\n\n"
                   "Okafor's lawyer, Mina Castell, said the charges were a political vendetta.\n\n"
                   "Federal prosecutors plan to file charges, Okafor's attorney said.")
    assert "political vendetta" in said_by(card, "Mina Castell")
    assert "political vendetta" not in said_by(card, "Dale Okafor")


def test_a_lawyer_of_someone_else_is_not_the_holder(card_of):
    card = card_of("Mina Castell, a lawyer for the Harbour Trust, spoke on Monday.\n\n"
                   "Dale Okafor's lawyer said the charges were a political vendetta.")
    assert "Mina Castell" not in speakers(card)


def test_it_is_the_body_named_in_its_sentence(card_of):
    card = card_of("Colm Ashby spoke first.\n\n"
                   "When the Dunmore Gazette profiled the yard in 2001, it said the yard had no debts.")
    assert "the yard had no debts" in said_by(card, "Dunmore Gazette")


def test_he_is_never_an_organisation(card_of):
    card = card_of("Colm Ashby runs the yard.\n\nThe Dunmore Gazette reported that the yard had no debts.\n\n"
                   "In an interview, he said the yard would hire forty workers.")
    assert "hire forty workers" in said_by(card, "Colm Ashby")


def test_why_view_says_how_the_speaker_was_found(card_of, default_engine):
    from rich.console import Console

    from tui.app.explain import explain_statement

    body = "Colm Ashby runs the yard.\n\nHe later said the yard would hire forty workers."
    card = card_of(body)
    (item,) = [s for s in card.statements if "forty workers" in s.text]
    assert item.source is not None and item.how
    console = Console(width=200, record=True)
    console.print(explain_statement(default_engine.brief, HEADLINE + body + "\n", item))
    shown = console.export_text()
    assert "Source and speaker" in shown and "source words: He" in shown
    assert "'he' is" in shown, shown


def test_a_noun_of_saying_with_its_owner(card_of):
    card = card_of("Critics seized on Ann Pelham's claim that the audit was rigged from the start.")
    assert "the audit was rigged" in said_by(card, "Ann Pelham")


def test_coordinated_cues_give_one_statement_each(card_of):
    card = card_of("Ann Pelham said the ferry was late again, and claimed the audit had been rigged from the start.")
    mine = [s.text for s in card.statements if s.speaker == "Ann Pelham"]
    assert len(mine) == 2, mine
    assert any("ferry was late" in t for t in mine) and any("audit had been rigged" in t for t in mine)
