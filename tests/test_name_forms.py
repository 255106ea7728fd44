"""Name forms that decide who speaks (issue 10, speaker accuracy): a body's name read whole,
a person's name without the post or headline words glued to it, and every form the article
calls a speaker by among their aliases. Invented names throughout."""

from __future__ import annotations

from conftest import said_by


def test_a_surname_inside_a_bodys_name_leaves_the_body_speaking(card_of):
    card = card_of("Ann Varga chairs the harbour trust. The Varga Foundation describes itself in its "
                   "report as a charity for fishermen.")
    assert "as a charity for fishermen" in said_by(card, "Varga Foundation"), card.statements
    assert not said_by(card, "Ann Varga"), card.statements


def test_a_persons_last_word_inside_a_bodys_name_is_the_body(card_of):
    card = card_of("Fares rose last year, according to the National Ferry Foundation. "
                   "Tom Ray Ferry runs boats on the lake.")
    assert "Fares rose last year" in said_by(card, "National Ferry Foundation"), card.statements


def test_a_transcript_tag_in_capitals_joins_the_speakers_aliases(card_of):
    card = card_of("Governor Ann Roe spoke on Sunday about the harbour.\n\n"
                   "JOHN VARGA: Ann Roe released a plan on Friday about the harbour. Take a listen.\n\n"
                   "VARGA: And obviously, you are supporting the plan, I think there are some skeptical voters.\n\n"
                   "ROE: Well, I think the whole harbour needs to work together.")
    actors = {a.name: a for a in card.actors}
    assert "VARGA" in actors["JOHN VARGA"].aliases
    assert "ROE" in actors["Ann Roe"].aliases
    assert "some skeptical voters" in said_by(card, "JOHN VARGA"), card.statements


def test_a_preposition_or_a_time_word_does_not_open_a_name(actors_of):
    actors = actors_of("Alongside TBU, the Harbour Union calls for a new vote on the tolls. "
                       "The paper called him Liar of the Year Tom Vink in a column.")
    assert "Alongside TBU" not in actors and "TBU" in actors
    assert "Tom Vink" in actors and "Year Tom Vink" not in actors


def test_a_sentence_opening_adverb_is_no_name(actors_of):
    actors = actors_of("The Courier ran a piece on the tolls. Likewise, a paper from the Lakeside Institute "
                       "found that fares were too high.")
    assert "Likewise" not in actors


def test_an_anchors_title_is_not_part_of_her_name(card_of):
    card = card_of("Lakeside Today co-Anchor Mary Varga said the harbour was flooded after the storm.")
    assert "the harbour was flooded" in said_by(card, "Mary Varga"), card.statements


def test_a_field_and_a_body_joined_by_and_are_one_name(card_of):
    card = card_of("But when contacted, a spokesperson for the Docks and Moorings Department said the "
                   "department would follow the mayor.\n\nThe Reef and Wildlife Service said the birds were safe.")
    assert "would follow the mayor" in said_by(card, "Docks and Moorings Department"), card.statements
    assert "the birds were safe" in said_by(card, "Reef and Wildlife Service"), card.statements


def test_two_people_joined_by_and_stay_two(actors_of):
    actors = actors_of("Tom Vink and Ann Roe said the birds were safe. The Roe and Poe Group said so too. Roe left.")
    assert {"Tom Vink", "Ann Roe"} <= set(actors)
    assert "Roe and Poe Group" not in actors


def test_an_honorific_and_surname_before_of_leave_the_body_apart(actors_of):
    actors = actors_of("\"The tax plan is bad,\" said Mr. Pike of the Lakeside Policy Center. Ann Pike runs it.")
    assert "Lakeside Policy Center" in actors
    assert "Mr. Pike" in actors["Ann Pike"].aliases
    assert not any(" of the " in name for name in actors)


def test_a_bodys_staff_is_not_cut_before_for(card_of):
    card = card_of("The Joint Staff met on Monday. Staff for the Lakeside Harbour Committee said the report "
                   "was ready for the council.")
    speakers = {s.speaker for s in card.statements if "the report was ready" in s.text}
    assert speakers and not speakers & {"Joint Staff", "Staff"}, card.statements


def test_a_post_before_a_party_word_is_not_part_of_the_name(card_of):
    card = card_of("Senate Harbour Ranking Democrat Ann Roe (D-Calif.) last week said the harbour was safe.")
    assert "the harbour was safe" in said_by(card, "Ann Roe"), card.statements


def test_a_surname_particle_keeps_one_person(actors_of):
    actors = actors_of("Mayor Luis de Varga rejected the harbour plan on Monday. De Varga said the move was made "
                       "by the harbour chief. Later, de Varga said the tolls were high.")
    persons = [n for n, a in actors.items() if a.kind == "person"]
    assert persons == ["Luis de Varga"], persons
    assert {"De Varga", "de Varga"} <= set(actors["Luis de Varga"].aliases)


def test_a_particle_before_a_place_is_no_persons_name(actors_of):
    actors = actors_of("The Tour de Russia ended on Sunday after nine stages along the coast road.")
    assert not [n for n, a in actors.items() if a.kind == "person"]


def test_a_states_own_department_is_not_the_federal_one(card_of):
    card = card_of("Turnout rose by a third, according to the Florida Department of State. "
                   "The U.S. State Department said nothing about the count.")
    assert "Turnout rose by a third" in said_by(card, "Florida Department of State"), card.statements
    assert "State Department" in {a.name for a in card.actors}


def test_a_countrys_formal_name_is_the_country(card_of):
    card = card_of("Many were killed in the war. The Republic of Turkey denies that the killings were a "
                   "crime, and its envoy said so again on Monday. The Republic of Turkey calls them acts of war.")
    assert "the killings were a" in said_by(card, "Turkey"), card.statements
