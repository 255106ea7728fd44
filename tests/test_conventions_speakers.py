"""Who is the speaker (CONVENTIONS.md section 2), on invented articles.

Each test is one construction of the conventions' speaker rules, written as a short
article of its own: the person is introduced, then the attribution under test. The
default pack must give the words to the named source the conventions name.
"""

from __future__ import annotations

from conftest import card_builder, said_by


def _said(card) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in card.statements]


def test_content_before_a_name_and_its_appositive_then_said_on_a_day(card_of):
    """'..., Carla Min, the chief engineer, said on Tuesday.': the named subject before the
    verb speaks; the day after "said" is a time, never an inverted source."""
    card = card_of("The Orrin bridge will reopen next week, Carla Min, the city's chief engineer, "
                   "said on Tuesday.")
    assert "The Orrin bridge will reopen next week" in said_by(card, "Carla Min"), _said(card)


def test_content_before_a_role_and_its_name_then_said_on_a_day(card_of):
    """'..., his attorney, Carla Min, said on Tuesday.': the name set off after the role speaks."""
    card = card_of("Businessman Ellis Danvers faces two counts. Prosecutors plan to charge Danvers this "
                   "week, his attorney, Carla Min, said Tuesday.")
    assert "Prosecutors plan to charge Danvers this week" in said_by(card, "Carla Min"), _said(card)


def test_headline_tail_role_is_the_one_person_the_lede_names_so(default_engine):
    """Headline '..., minister says' (CONVENTIONS.md 1, headlines; 2, a single role whose holder
    the article names): the lede's minister speaks the headline's words too."""
    card = card_builder(default_engine)(
        "Infrastructure Minister Pavel Dusek said on Monday that the Orrin dam would be rebuilt by 2030.\n",
        headline="Orrin dam will be rebuilt by 2030, minister says\n\n")
    assert "Orrin dam will be rebuilt by 2030" in said_by(card, "Pavel Dusek"), _said(card)


def test_headline_tail_attorney_is_the_attorney_the_lede_names(default_engine):
    """Headline '..., attorney says' with the lede's 'his attorney, Carla Min, said': Min speaks."""
    card = card_builder(default_engine)(
        "Prosecutors plan to charge businessman Ellis Danvers, his attorney, Carla Min, said on Tuesday.\n",
        headline="Prosecutors to charge Danvers, attorney says\n\n")
    assert "Prosecutors to charge Danvers" in said_by(card, "Carla Min"), _said(card)


def test_headline_tail_role_with_two_holders_names_no_one(default_engine):
    """Two ministers in the lede: the headline's bare 'minister' is neither of them."""
    card = card_builder(default_engine)(
        "Infrastructure Minister Pavel Dusek and Finance Minister Ida Brann said on Monday that the "
        "Orrin dam would be rebuilt by 2030.\n",
        headline="Orrin dam will be rebuilt by 2030, minister says\n\n")
    headline = "Orrin dam will be rebuilt by 2030"
    assert headline not in said_by(card, "Pavel Dusek") + said_by(card, "Ida Brann"), _said(card)


def test_possessor_role_goes_to_the_one_holder_named_later(card_of):
    """'Danvers's attorney said ...', then 'The attorney, Carla Min, said ...': a single role whose
    holder the article names is the holder, not the principal (CONVENTIONS.md 2, exception)."""
    card = card_of("Businessman Ellis Danvers faces fraud charges in Delmont. Danvers's attorney said on "
                   "Tuesday that prosecutors had offered no plea deal. The attorney, Carla Min, said the "
                   "evidence was thin.")
    assert "prosecutors had offered no plea deal" in said_by(card, "Carla Min"), _said(card)


def test_possessor_role_stays_with_the_principal_when_the_holder_serves_another(card_of):
    """'Roe's lawyer, Ann Smith,' serves Roe: 'Danvers's lawyer said ...' is not Smith's."""
    card = card_of("Ellis Danvers and Ivo Roe face fraud charges in Delmont. Danvers's lawyer said on "
                   "Tuesday that prosecutors had offered no plea deal. Roe's lawyer, Ann Smith, said the "
                   "evidence was thin.")
    assert "prosecutors had offered no plea deal" not in said_by(card, "Ann Smith"), _said(card)


def test_a_trade_before_a_name_is_no_part_of_it(card_of):
    """'Activist Lena Ortiz said ...': named people speak for themselves, under their name."""
    card = card_of("Activist Lena Ortiz said the new law would hurt renters. Developer Sam Keel said it "
                   "would help them.")
    assert "the new law would hurt renters" in said_by(card, "Lena Ortiz"), _said(card)
    assert "it would help them" in said_by(card, "Sam Keel"), _said(card)


def test_officials_under_the_short_name_of_a_named_body_speak_for_it(card_of):
    """'Alliance officials said' after 'the Dockworkers Alliance': officials tied to a named body."""
    card = card_of("The Dockworkers Alliance met in Port Averin on Monday. Alliance officials said the port "
                   "authority was to blame for the delays.")
    assert "the port authority was to blame" in said_by(card, "Dockworkers Alliance"), _said(card)


def test_an_unnamed_newspaper_is_the_paper_the_article_names_later(card_of):
    """'A newspaper reported ...' and then 'The Eastfield Courier said ...': that paper reports it."""
    card = card_of("A newspaper reported on Sunday that Councilwoman Dora Fisk had hired her brother. "
                   "The Eastfield Courier said the contract was worth $80,000.")
    assert "Dora Fisk had hired her brother" in said_by(card, "Eastfield Courier"), _said(card)


def test_the_newspaper_is_the_paper_named_before(card_of):
    """'The Eastfield Courier ran a story. The newspaper reported that ...': the Courier."""
    card = card_of("The Eastfield Courier ran a story on Sunday. The newspaper reported that Councilwoman "
                   "Dora Fisk had hired her brother.")
    assert "Dora Fisk had hired her brother" in said_by(card, "Eastfield Courier"), _said(card)


def test_a_local_newspaper_is_the_paper_the_article_names(card_of):
    """'A local newspaper reported ...': an adjective before the outlet word changes nothing."""
    card = card_of("A local newspaper reported on Sunday that Councilwoman Dora Fisk had hired her brother. "
                   "The report in the Eastfield Courier said the contract was worth $80,000.")
    assert "Dora Fisk had hired her brother" in said_by(card, "Eastfield Courier"), _said(card)


def test_the_role_is_the_one_person_titled_so_later_in_the_article(card_of):
    """'..., the minister said.' before 'Infrastructure Minister Pavel Dusek ...': the holder speaks."""
    card = card_of("The Orrin dam will be rebuilt by 2030, the minister said. Infrastructure Minister Pavel "
                   "Dusek spoke in Orrin on Monday.")
    assert "The Orrin dam will be rebuilt by 2030" in said_by(card, "Pavel Dusek"), _said(card)


def test_the_role_is_no_one_when_two_people_are_titled_so(card_of):
    """Two ministers named later: 'the minister' is neither of them."""
    card = card_of("The Orrin dam will be rebuilt by 2030, the minister said. Infrastructure Minister Pavel "
                   "Dusek and Finance Minister Ida Brann spoke in Orrin on Monday.")
    words = said_by(card, "Pavel Dusek") + said_by(card, "Ida Brann")
    assert "The Orrin dam will be rebuilt by 2030" not in words, _said(card)


def test_an_internal_review_speaks_for_the_body_that_released_it(card_of):
    """Documents speak for their author: 'The review concluded that ...' is the board's."""
    card = card_of("The Federal Aviation Board released an internal review on Friday. The review concluded "
                   "that managers had ignored three safety warnings in 2019.")
    assert "managers had ignored three safety warnings" in said_by(card, "Federal Aviation Board"), _said(card)


def test_a_named_sayer_relayed_by_an_outlet_keeps_the_statement(card_of):
    """'According to the Dunmore Gazette, Senator Hugo Lind said ...': Lind's words (relayed statements)."""
    card = card_of("According to the Dunmore Gazette, Senator Hugo Lind said he had misremembered the date "
                   "of the harbour vote.")
    assert "he had misremembered the date" in said_by(card, "Hugo Lind"), _said(card)
    assert "he had misremembered the date" not in said_by(card, "Dunmore Gazette"), _said(card)


def test_headline_tail_spokeswoman_is_the_body_the_lede_ties_her_to(default_engine):
    """Headline '..., spokeswoman says' over 'A spokeswoman for Orlan Chemicals said ...': a role
    whose holder the article never names speaks for the body (CONVENTIONS.md 2)."""
    card = card_builder(default_engine)(
        "A spokeswoman for Orlan Chemicals said on Wednesday that the company would appeal the verdict.\n",
        headline="Company will appeal verdict, spokeswoman says\n\n")
    assert "Company will appeal verdict" in said_by(card, "Orlan Chemicals"), _said(card)


def test_headline_office_is_the_holder_the_lede_names(default_engine):
    """'Treasurer Says Audit Was Rigged' above 'Ann Roe, the city treasurer, said ...': a headline
    that opens on an office speaks for the one person the lede names in it (CONVENTIONS.md 2)."""
    card = card_builder(default_engine)(
        "Ann Roe, the Dunmore city treasurer, said on Monday that the audit had been rigged.\n",
        headline="Treasurer Says Harbour Audit Was Rigged\n\n")
    assert "Harbour Audit Was Rigged" in said_by(card, "Ann Roe"), _said(card)


def test_headline_office_with_no_holder_in_the_lede_is_no_actor(default_engine):
    """A headline's office alone names no one: with no holder in the lede, 'Treasurer' becomes
    neither an actor nor a speaker (in prose, 'King said' may still be a surname)."""
    card = card_builder(default_engine)(
        "The harbour audit was published on Monday after a long delay.\n",
        headline="Treasurer Says Harbour Audit Was Rigged\n\n")
    assert "Treasurer" not in {a.name for a in card.actors}, [a.name for a in card.actors]
    assert not said_by(card, "Treasurer"), _said(card)


def test_headline_role_is_not_the_name_that_opens_the_next_paragraph(default_engine):
    """'..., Lawyer Says' then a lede opening on 'Tom Vale': a title and its name share a line,
    so Vale (no lawyer anywhere) is not the headline's lawyer."""
    card = card_builder(default_engine)(
        "Tom Vale said the charges against the harbour chief were baseless.\n",
        headline="Charges Expected Against Harbour Chief, Lawyer Says\n\n")
    assert "Charges Expected" not in said_by(card, "Tom Vale"), _said(card)
