"""Name boundaries: where a name starts and ends (issue 12, "How", first rule).

Every sentence is invented; each test names the construction it checks.
"""

from __future__ import annotations


def test_state_and_title_before_a_name_are_not_part_of_it(actors_of):
    actors = actors_of("Minnesota Congresswoman Jane Doe met the mayor on Tuesday.")
    assert "Jane Doe" in actors and actors["Jane Doe"].kind == "person"
    assert not any("Congresswoman" in n or "Minnesota" in n for n in actors)


def test_elect_title_is_a_role(actors_of):
    actors = actors_of("Vice President-elect John Smith said the talks would go on.")
    assert "John Smith" in actors
    assert not any("elect" in n for n in actors)


def test_dotted_title_after_a_state(actors_of):
    actors = actors_of("Massachusetts Gov. Ann Holt signed the bill. Holt said it was overdue.")
    assert "Ann Holt" in actors
    assert not any("Gov" in n or "Massachusetts" in n for n in actors)


def test_compound_title_with_a_body_in_it(actors_of):
    actors = actors_of("White House Counsel Don Vale wrote the memo, Vale said.")
    assert "Don Vale" in actors
    assert not any("Counsel" in n for n in actors)


def test_place_prefix_keeps_a_paper_whole(actors_of):
    actors = actors_of("Jim Tarr said the New Lakeside Register had misreported the vote.")
    assert "New Lakeside Register" in actors
    assert actors["New Lakeside Register"].kind == "org"
    assert "Lakeside Register" not in actors


def test_place_prefix_keeps_a_council_whole(actors_of):
    actors = actors_of("The vote split the New Lakeside City Council last week.")
    assert "New Lakeside City Council" in actors
    assert actors["New Lakeside City Council"].kind == "org"


def test_party_word_before_a_name_is_an_affiliation(actors_of):
    actors = actors_of("Democrat Mary Roe, a member of the board, voted no. Roe said the plan failed.")
    assert "Mary Roe" in actors
    assert not any(n.startswith("Democrat") for n in actors)


def test_party_word_before_a_connector_is_dropped(actors_of):
    actors = actors_of("Pat Vine, the top Republican on the House Ethics Committee, said no.")
    assert "House Ethics Committee" in actors
    assert not any(n.startswith("Republican on") for n in actors)


def test_party_state_tag_after_a_name(actors_of):
    actors = actors_of("Rep. Tom Kettle (D-Wis.) said the audit was rigged.")
    assert "Tom Kettle" in actors
    assert not any("Wis" in n for n in actors)


def test_connectors_inside_an_office_name(actors_of):
    actors = actors_of("The U.S. Attorney's Office for the Southern District of Nowhere said it would appeal.")
    names = list(actors)
    assert "U.S. Attorney's Office for the Southern District of Nowhere" in names
    assert "United States" not in names


def test_place_and_lower_case_office_is_a_public_body(actors_of):
    actors = actors_of("A spokesman for the U.S. attorney's office declined to comment. "
                       "The U.S. attorney's office said the case was open.")
    assert "U.S. attorney's office" in actors
    assert actors["U.S. attorney's office"].kind == "org"
    assert "United States" not in actors


def test_joined_particle_inside_a_name(actors_of):
    actors = actors_of("Police said Jamaat al-Nour had claimed the blast.")
    assert "Jamaat al-Nour" in actors


def test_capitalised_particle_starts_a_name(actors_of):
    actors = actors_of("The group Al Qaeda claimed the attack, officials said.")
    assert "Al Qaeda" in actors and actors["Al Qaeda"].kind == "org"
    assert "Qaeda" not in actors


def test_corporate_suffix_keeps_its_dot(actors_of):
    actors = actors_of("Ivy Dale, who runs Marlow Corp., said sales fell.")
    assert "Marlow Corp." in actors and actors["Marlow Corp."].kind == "org"


def test_hyphenated_descriptor_ends_a_name(actors_of):
    actors = actors_of("The Al Qaeda-linked cell was broken up, police said.")
    assert "Al Qaeda" in actors
    assert not any("linked" in n for n in actors)


def test_generational_suffix_stays_in_the_name(actors_of):
    actors = actors_of("The seat went to Carl B. Dunmore Jr., who said he was pleased.")
    assert "Carl B. Dunmore Jr." in actors
    assert "Jr." not in actors and "Jr" not in actors


def test_title_after_a_body_is_a_role(actors_of):
    actors = actors_of("An FBI Special Agent testified on Monday, the FBI said.")
    assert "FBI" in actors
    assert not any("Special Agent" in n for n in actors)


def test_connector_before_a_known_body_splits_the_run(actors_of):
    actors = actors_of("Aides later informed the Harbor Security Council of the White House about it.")
    assert "White House" in actors and actors["White House"].kind == "org"
    assert not any(n.lower().startswith("the white") or n.startswith("of ") for n in actors)
