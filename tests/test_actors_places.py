"""Places count only as parties (issue 12, "How", places rule; CONVENTIONS "Actors")."""

from __future__ import annotations


def test_place_in_talks_with_is_a_party(actors_of):
    assert "Mexico" in actors_of("The envoy held talks with Mexico on Friday.")


def test_possessive_place_is_a_party(actors_of):
    assert "Russia" in actors_of("Officials described Russia's attempts to sway the vote.")


def test_place_as_subject_of_a_reporting_verb_is_a_party(actors_of):
    assert "Moscow" in actors_of("Moscow said the claims were false.")


def test_place_object_of_a_pair_is_a_party(actors_of):
    assert "Kremlin" in actors_of("Donors close to the Kremlin were named in the filing.")


def test_venue_is_not_a_party(actors_of):
    actors = actors_of("He served in Vietnam and later studied in France.")
    assert "Vietnam" not in actors and "France" not in actors


def test_destination_is_not_a_party(actors_of):
    assert "Canada" not in actors_of("The agency sent investigators to Canada last year.")


def test_modifier_is_not_a_party(actors_of):
    actors = actors_of("Ohio voters and Japan officials met in Kyoto.")
    assert "Japan" not in actors and "Ohio" not in actors


def test_discovered_town_seen_only_as_venue_is_dropped(actors_of):
    actors = actors_of("The rally in Norbury drew a crowd. A second rally in Norbury was cancelled.")
    assert "Norbury" not in actors


def test_state_named_alone_is_a_place(actors_of):
    actors = actors_of("Iowa has voted. Voters in Iowa said Iowa had spoken.")
    assert actors["Iowa"].kind == "place"


def test_place_named_by_an_office_is_not_the_country(actors_of):
    actors = actors_of("The U.S. attorney said the case was closed.")
    assert "United States" not in actors


def test_capital_that_speaks_for_its_government_is_a_place(actors_of):
    # "Riyadh has denied ...": a capital used for its government is a place (a party), not a person
    actors = actors_of("Riyadh has denied any role in the scheme, and Havana said it would not comment.")
    assert actors["Riyadh"].kind == "place" and actors["Havana"].kind == "place"


def test_capital_as_a_venue_is_not_a_party(actors_of):
    assert "Cairo" not in actors_of("The agency notified the embassy in Cairo of the protest.")
