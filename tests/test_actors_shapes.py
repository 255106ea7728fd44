"""Name shapes read with the words around them (issue 12, follow-up on unseen news).

Each test names one construction; every sentence and name is invented.
"""

from __future__ import annotations


def test_a_leading_the_belongs_to_a_papers_name(actors_of):
    actors = actors_of("The memo was obtained by The Quarterly Beacon and shared widely, Tom Reed said.")
    assert "The Quarterly Beacon" in actors and actors["The Quarterly Beacon"].kind == "org"
    assert "Quarterly Beacon" not in actors


def test_the_and_bare_forms_of_one_paper_merge(actors_of):
    actors = actors_of("Tom Reed wrote for The Quarterly Beacon. Later the Quarterly Beacon editors disagreed.")
    assert "The Quarterly Beacon" in actors
    assert "Quarterly Beacon" not in actors


def test_the_before_a_known_body_is_not_kept(actors_of):
    actors = actors_of("MARLOW, Md. — The White House on Monday released the notes, Tom Reed said.")
    assert "White House" in actors
    assert not any(n.startswith("The White") for n in actors)


def test_body_named_only_after_ambassador_to_is_no_party(actors_of):
    actors = actors_of("Nora Penn, the ambassador to the United Nations, spoke to the crowd on Monday.")
    assert "Nora Penn" in actors
    assert "United Nations" not in actors


def test_body_named_only_in_a_race_is_no_party(actors_of):
    actors = actors_of("Mr. Penn, a Democrat now running for the United States Senate, spoke. "
                       "Ann Vale, a Senate candidate, and Penn's Senate campaign disagreed.")
    assert "Senate" not in actors and "United States Senate" not in actors


def test_body_that_acts_is_kept_even_if_also_in_a_post(actors_of):
    actors = actors_of("Nora Penn, the ambassador to the United Nations, spoke. The United Nations said it would act.")
    assert "United Nations" in actors


def test_office_of_a_chief_named_in_a_title_is_no_party(actors_of):
    actors = actors_of("After the chairman of the Joint Chiefs of Staff spoke, Nora Penn left the hall.")
    assert not any("Chiefs" in n for n in actors)


def test_body_opener_keeps_a_council_whole(actors_of):
    actors = actors_of("At the time, the spokesman for the National Security Council, Tom Reed, wrote to remind "
                       "officials that the notes would be read by many people in the coming days.")
    assert "National Security Council" in actors
    assert "UN Security Council" not in actors


def test_surname_before_a_known_body_names_its_head(actors_of):
    actors = actors_of("Tom Reed served in the Quarle White House for two years, aides said on Monday.")
    assert "Quarle" in actors and actors["Quarle"].kind == "person"
    assert "White House" in actors


def test_capitalised_word_before_a_known_body_without_the_is_no_one(actors_of):
    actors = actors_of("MARLOW (Reuters) – Top Republican Party donor Tom Reed said so on Monday.")
    assert "Top" not in actors
    assert "Tom Reed" in actors


def test_surname_alone_is_the_named_person(actors_of):
    actors = actors_of("Aldo Quarle resigned. Aides in the Quarle White House were angry, Tom Reed said.")
    assert "Aldo Quarle" in actors
    assert "Quarle" not in actors


def test_a_surname_label_after_an_article_is_no_person(actors_of):
    actors = actors_of('Ravi Quarle spoke. Tom Reed wrote: "The Quarle Bombshell comes at the end of it."')
    assert "Ravi Quarle" in actors
    assert "Quarle Bombshell" not in actors


def test_a_person_whose_first_name_is_anothers_surname_stays(actors_of):
    actors = actors_of("Jackson Tully and Mara Jackson met on Monday to talk about the plan for the new road, "
                       "and they said it was going well.")
    assert "Jackson Tully" in actors and "Mara Jackson" in actors


def test_day_or_ordinal_after_the_opens_a_brigade(actors_of):
    actors = actors_of("The cable warned that the 19 March Brigade, the group guarding the site, was weak.")
    assert "19 March Brigade" in actors and actors["19 March Brigade"].kind == "org"
    actors = actors_of("Soldiers of the 83rd Mountain Division arrived on Monday, Tom Reed said.")
    assert "83rd Mountain Division" in actors


def test_a_date_before_a_body_is_not_part_of_it(actors_of):
    actors = actors_of("On 12 March Congress voted on the plan, Tom Reed said.")
    assert "Congress" in actors
    assert not any(n[0].isdigit() for n in actors)


def test_chamber_committee_in_lower_case(actors_of):
    actors = actors_of("Records released by the House waterways committee show it, Tom Reed said.")
    assert "House Waterways Committee" in actors
    assert actors["House Waterways Committee"].kind == "org"
    assert "House waterways committee" in actors["House Waterways Committee"].aliases


def test_body_noun_before_a_name_makes_a_body(actors_of):
    actors = actors_of("Tom Reed met Ansar Dawla in town. Later the group Ansar Dawla held a rally.")
    assert actors["Ansar Dawla"].kind == "org"
    actors = actors_of("Its parent company, Quill Marsh, said so on Monday, Tom Reed wrote.")
    assert actors["Quill Marsh"].kind == "org"


def test_a_post_in_a_body_before_a_name_keeps_a_person(actors_of):
    actors = actors_of("He assisted The Harbor Post’s publisher, Kay Dunmore, in 1970, Tom Reed said.")
    assert actors["Kay Dunmore"].kind == "person"


def test_corporate_suffix_after_a_comma_makes_a_body(actors_of):
    actors = actors_of("The business that he formed to run it was called Granny Pies, L.L.C., and a lawyer "
                       "later sued Granny Pies in federal court over unpaid wages.")
    assert actors["Granny Pies"].kind == "org"


def test_name_after_a_persons_of_is_where_they_work(actors_of):
    actors = actors_of("A lawyer for Mr. Reed, William McTarr of Patton Hale, confirmed it on Monday.")
    assert actors["William McTarr"].kind == "person"
    assert actors["Patton Hale"].kind == "org"


def test_compound_title_after_a_state(actors_of):
    actors = actors_of("On Monday, Vermont Secretary of State Jason Tully said that the count of the votes "
                       "would be done by the end of the week.")
    assert "Jason Tully" in actors
    assert not any(n.startswith("State") for n in actors)


def test_long_portfolio_leaves_the_holder(actors_of):
    actors = actors_of("Lake County Supervisor of Elections Susan Tully said that voters can wait.")
    assert "Susan Tully" in actors
    assert not any("Elections" in n for n in actors)


def test_programme_is_read_before_its_day_word(actors_of):
    actors = actors_of("Speaking on “Sunday Morning Futures,” Tom Reed said the plan would fail.")
    assert not any("Futures" in n for n in actors)


def test_acronym_inside_a_name_makes_a_body(actors_of):
    actors = actors_of("Quill USA Action spent heavily on ads, Tom Reed said on Monday.")
    assert actors["Quill USA Action"].kind == "org"


def test_long_all_capital_runs_are_shouts(actors_of):
    actors = actors_of("Tom Reed said the vote was close.\n\nCORRECTION APPENDED")
    assert not any("CORRECTION" in n for n in actors)


def test_state_nickname_is_a_place_not_a_person(actors_of):
    actors = actors_of("Voters in the Granite State came out, and the Granite State said no, Tom Reed said.")
    assert all(a.kind != "person" for n, a in actors.items() if "State" in n)


def test_time_zone_and_storm_are_no_names(actors_of):
    actors = actors_of("All times Eastern Standard Time. After Hurricane Dorla hit, Tom Reed said so.")
    assert not any("Standard" in n or "Dorla" in n for n in actors)


def test_capitalised_dateline_with_agency_is_no_actor(actors_of):
    actors = actors_of("MARLOW HEIGHTS (AP) — Tom Reed said the plan would fail.")
    assert not any(n.isupper() and " " in n for n in actors)


def test_owner_possessive_before_a_known_body_splits(actors_of):
    actors = actors_of("Ann Rogers spoke. The Quill League wrote to Rogers’ Senate office that it had not "
                       "given its consent for the use of the photograph in the ads.")
    assert not any("’" in n for n in actors)


def test_state_chamber_is_a_body(actors_of):
    actors = actors_of("The Vermont House voted on Monday, Tom Reed said.")
    assert actors["Vermont House"].kind == "org"


def test_question_opener_is_not_part_of_a_name(actors_of):
    actors = actors_of("Did the Quill Foundation pay for the trip? That question was asked by many people "
                       "in the town on Monday.")
    assert "Quill Foundation" in actors
    assert not any(n.startswith("Did") for n in actors)


def test_family_member_by_first_name_takes_the_family_name(actors_of):
    actors = actors_of("Rick Dorner spoke at the rally with his wife, Karen, and his daughter Bella, who was ill. "
                       "Later Karen thanked the crowd for coming out in the rain.")
    assert "Karen Dorner" in actors and "Karen" in actors["Karen Dorner"].aliases
    assert "Bella Dorner" in actors
    assert actors["Rick Dorner"].aliases == ["Rick Dorner"]


def test_family_member_after_a_possessive_name(actors_of):
    actors = actors_of("Ted Crane spoke on Monday about the plan for the town. Crane’s wife Heidi was there too, "
                       "and she said little to the reporters who waited outside.")
    assert "Heidi Crane" in actors


def test_family_member_written_in_full_is_not_renamed(actors_of):
    actors = actors_of("Rick Dorner spoke on Monday about the plan, and his son John Dorner stood by him "
                       "while the crowd waited in the rain outside the hall.")
    assert "John Dorner" in actors
    assert "John Dorner Dorner" not in actors


def test_group_noun_of_a_nationality_is_the_country(actors_of):
    actors = actors_of("He said the communist Chinese were taking the jobs, and the Chinese government "
                       "denied it on Monday in a short note to the press.")
    assert "China" in actors
    assert {"Chinese", "Chinese government"} <= set(actors["China"].aliases)


def test_plural_nationality_is_the_country(actors_of):
    actors = actors_of("The Russians have been quiet about the talks, and the officials said they would wait.")
    assert "Russia" in actors and "Russians" in actors["Russia"].aliases


def test_bare_nationality_adjective_is_no_actor(actors_of):
    actors = actors_of("The Chinese restaurant on the corner was busy, and the Russian ambassador ate there "
                       "with his aides on a cold night in the spring.")
    assert "China" not in actors and "Russia" not in actors


def test_the_administration_is_the_titled_presidents(actors_of):
    actors = actors_of("President Quarle spoke on Monday. Critics said the administration had misled the "
                       "public, and the administration denied it in a short note.")
    assert "Quarle administration" in actors
    assert actors["Quarle administration"].aliases == ["administration"]
    assert len(actors["Quarle administration"].mentions) == 2


def test_the_administration_joins_the_one_named(actors_of):
    actors = actors_of("The Quarle administration said so on Monday. Critics said the administration had misled "
                       "the public about the plan for the road.")
    assert "administration" in actors["Quarle administration"].aliases


def test_administration_of_something_else_is_no_actor(actors_of):
    actors = actors_of("The staff said the administration of the school was slow, and no one knew why "
                       "the forms had not come back.")
    assert not any("administration" in n for n in actors)


def test_gerund_opening_a_sentence_is_not_part_of_a_name(actors_of):
    actors = actors_of("Comparing the Marlow Assembly Government with the old office, he said it had failed.")
    assert "Marlow Assembly Government" in actors


def test_a_countrys_possessive_does_not_join_its_body(actors_of):
    actors = actors_of("He said the UK's Department for Harbours had failed the town in the winter.")
    assert "Department for Harbours" in actors
    assert not any(n.startswith("UK") for n in actors)


def test_plans_and_declarations_are_things(actors_of):
    actors = actors_of("He said the Marlow Declaration and the Quill Plan had failed the town in the winter.")
    assert not any("Declaration" in n or "Plan" in n for n in actors)


def test_person_after_a_clause_ending_in_a_body_noun_stays_a_person(actors_of):
    actors = actors_of("As a summer associate at a Quill law firm, Ann B. Tully said she was asked to give a "
                       "talk. Later Ann Tully spoke, and Tully said it was fine.")
    assert actors["Ann B. Tully"].kind == "person"
    assert {"Ann Tully", "Tully"} <= set(actors["Ann B. Tully"].aliases)


def test_possessive_determiner_inside_a_body_name_is_kept(actors_of):
    actors = actors_of("The Alliance to Save Our Harbors said so on Monday in a short note to the press.")
    assert any("Our Harbors" in n for n in actors)
