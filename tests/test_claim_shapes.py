"""Claim shapes from issue 10's split-A misses, each on invented text (invented names).

Every test failed before the change that added it (checked by breaking the rule or code).
"""

from __future__ import annotations

import pytest


def items(card, speaker: str) -> list[str]:
    return [s.text for s in card.statements if s.speaker == speaker]


def test_a_signed_post_is_one_unit_of_its_signer(card_of):
    """'... — Name (@handle) Month D, YYYY' closes an embedded post: the paragraph is the
    signer's words, and the quotation inside it is nested (no item for the mayor)."""
    card = card_of("Mayor Colm Ashby spoke at the pier on Monday.\n\n"
                   "The mayor this morning says 'the ferry will run again in May.' #Harbour "
                   "pic.twitter.com/xyz — Dunmore Radio (@DunmoreRadio) March 4, 2017")
    said = items(card, "Dunmore Radio")
    assert len(said) == 1 and "The mayor this morning says" in said[0], card.statements
    assert not any("ferry will run" in s.text for s in card.statements if s.speaker != "Dunmore Radio")


def test_a_persons_account_tweeted(card_of):
    """"X's account tweeted: '...'": the account speaks for its owner."""
    card = card_of("Senator Colm Ashby spoke at the pier on Monday.\n\n"
                   "This came after Ashby's account tweeted Saturday: \u201cI had to fire the harbour master "
                   "because he misled the council.\u201d")
    assert any("fire the harbour master" in t for t in items(card, "Colm Ashby")), card.statements


def test_a_participle_after_a_closing_quote_is_a_new_act(card_of):
    """'called the audit "very unfair," claiming ...': the participle says something new,
    so it is its own item (CONVENTIONS.md 1, participles), with the comma inside the quote."""
    card = card_of("Mayor Colm Ashby on Monday called the harbour audit \u201cvery unfair,\u201d claiming "
                   "the council and its clerk both \u201clied\u201d to the voters of Dunmore.")
    said = items(card, "Colm Ashby")
    assert len(said) == 2, said
    assert "very unfair" in said[0] and "both \u201clied\u201d" in said[1]


def test_a_refusal_to_answer_either_way_gives_no_item(card_of):
    """'could not confirm, deny or comment on ...' states nothing (CONVENTIONS.md 3)."""
    card = card_of("A spokesman for the Dunmore Harbour Board said he could not confirm, deny or comment on the audit.")
    assert not card.statements, card.statements


def test_a_state_of_mind_is_no_reporting_act(card_of):
    """'believed' reports no words (CONVENTIONS.md 3, states of mind)."""
    card = card_of("Colm Ashby believed the audit of the harbour board was rigged by the council.")
    assert not card.statements, card.statements


def test_said_just_that_points_back_and_takes_nothing_before_it(card_of):
    """'In a reply on Monday, X said just that.': no content after the cue, and the opening
    adverbial before the source is no content either."""
    card = card_of("The council says the audit was rigged.\n\n"
                   "In a reply shortly after the audit was made public on Monday, Colm Ashby, spokesman for "
                   "the Dunmore Harbour Board, said just that.")
    assert not items(card, "Colm Ashby"), card.statements


def test_the_name_set_off_after_a_staff_role_speaks_for_himself(card_of):
    """'A lawyer for Ms. Roe, Colm Ashby, confirmed ...': named people speak for themselves
    (CONVENTIONS.md 2), not for the person whose lawyer they are."""
    card = card_of("Mayor Jane Roe met the harbour board on Monday.\n\n"
                   "A lawyer for Ms. Roe, Colm Ashby, confirmed in a statement that prosecutors intended "
                   "to file charges against his client.")
    assert any("prosecutors intended" in t for t in items(card, "Colm Ashby")), card.statements
    assert not items(card, "Jane Roe"), card.statements


def test_officials_of_a_body_the_article_names_speak_for_it(card_of):
    """'senior administration officials stressed that ...' after 'the Roe administration':
    officials tied to a named body speak for that body (CONVENTIONS.md 2)."""
    card = card_of("The Roe administration released the harbour e-mails on Monday.\n\n"
                   "But senior administration officials stressed on Wednesday that the language was "
                   "taken out at the request of the harbour board.")
    assert any("taken out at the request" in t for t in items(card, "Roe administration")), card.statements


@pytest.mark.parametrize("body,words", [
    ("Mayor Colm Ashby said on Monday the ferry would run again in May.", "the ferry would run again"),
    ("Mayor Colm Ashby said in an interview he was sorry for the delay at the pier.", "he was sorry"),
], ids=["weekday", "occasion"])
def test_a_time_between_cue_and_content_is_no_fragment(card_of, body, words):
    """'said on Monday the ferry would run': the time is no content, the clause after it is."""
    assert any(words in t for t in items(card_of(body), "Colm Ashby"))


@pytest.mark.parametrize("body", ["Mayor Colm Ashby said on Monday in Dunmore.",
                                  "Mayor Colm Ashby said Friday as he entered the harbour talks."])
def test_a_time_and_a_place_or_clause_stay_fragments(card_of, body):
    assert not card_of(body).statements


@pytest.mark.parametrize("body,words", [
    ("\u201cThe way he is acting now shows why he has no support,\u201d said former Lakeside congressman Colm Ashby.",
     "why he has no support"),
    ("His endorsement could matter more for harbour politics than for his clout, said Democratic strategist "
     "Colm Ashby.", "could matter more"),
], ids=["after-quote", "after-content"])
def test_an_inverted_source_behind_title_words(card_of, body, words):
    """'..., said former Lakeside congressman Colm Ashby.': title words, capitalised ones too,
    between the cue and the name."""
    assert any(words in t for t in items(card_of(body), "Colm Ashby"))


def test_a_bare_attribution_after_a_quote_that_ends_a_sentence(card_of):
    """'"... e-mails." Ashby said.': a sentence that is nothing but the attribution takes the
    quotation before it, even after its full stop."""
    card = card_of("Mayor Colm Ashby spoke at the pier. \u201cIf you are listening, I hope you find the "
                   "missing e-mails.\u201d Ashby said.")
    assert any("missing e-mails" in t for t in items(card, "Colm Ashby")), card.statements


def test_a_short_quote_with_a_titled_source(card_of):
    """'"It is unanimous," councilmember Colm Ashby said of ...': a short quote is a statement
    when the cue reader finds its source after it."""
    card = card_of("\u201cIt is unanimous,\u201d councilmember Colm Ashby said of the council's support for "
                   "ending the harbour contracts.")
    assert any("It is unanimous" in t for t in items(card, "Colm Ashby")), card.statements


def test_officials_of_a_body_the_article_names_only_later(card_of):
    """'Ms. Roe, administration officials said, deleted ...' before the article first writes
    'the Roe administration': the one body so called speaks."""
    card = card_of("Mayor Ann Roe, administration officials said, deleted a reference to the harbour audit "
                   "in the draft.\n\nThe Roe administration released the e-mails on Friday.")
    assert any("deleted a reference" in t for t in items(card, "Roe administration")), card.statements


def test_critics_are_unnamed_and_their_pronoun_names_no_one(card_of):
    """'Critics have said ... They have criticized ...': critics are unnamed sources, so
    'they' is not the body that spoke before them."""
    card = card_of("The Roe administration said on Monday that the audit was fair to everyone.\n\n"
                   "Critics have said the audit shows a council trying to protect itself. They have "
                   "criticized Colm Ashby for asking to remove a line noting that there were other leaks.")
    assert not any("remove a line" in s.text for s in card.statements), card.statements


def test_citing_a_source_is_no_new_act(card_of):
    """'..., citing someone familiar with the case': the participle names where the words
    came from; it is no item of its own."""
    card = card_of("The Dunmore Gazette reported the charges against Ashby \u201cwill include fraud at the "
                   "harbour office,\u201d citing someone familiar with the case.")
    assert not any(s.text.startswith("citing") for s in card.statements), card.statements


def test_citing_grounds_is_a_new_act(card_of):
    """'called Roe a "champion," citing her work at the harbour': grounds, not a source, so
    the participle says something of its own."""
    card = card_of("In a statement, the Dunmore Pilots Union called Ann Roe a \u201cchampion\u201d for its members, "
                   "citing her work after the harbour fire and her position on pilots' leave.")
    assert any(s.text.startswith("citing her work") for s in card.statements), card.statements


@pytest.mark.parametrize("body,words", [
    ("At a ceremony in Dunmore, Mayor Colm Ashby praised the crowd for honouring the harbour pilots, noting that "
     "the town had not always done so.", "honouring the harbour pilots"),
    ("In January, the Lakeside Labour Board ordered the Harbour Cafe to pay $8,000 for not carrying insurance.",
     "to pay $8,000"),
    ("In particular, Republican lawmakers pointed to the fact that references to the audit were removed from the draft.",
     "references to the audit were removed"),
    ("A few days later, the harbour director at the time, Colm Ashby, recommended no charges be filed "
     "against her in the matter.", "no charges be filed"),
], ids=["praise-for", "order-to", "point-to", "recommend"])
def test_verbs_of_judging_and_directing_with_content(card_of, body, words):
    """PolNeAR train cue lemmas with content the pack lacked: praise, order, point to, recommend."""
    card = card_of(body)
    assert any(words in s.text for s in card.statements), card.statements


@pytest.mark.parametrize("body,speaker,words", [
    ("Mayor Colm Ashby (who has 25 delegates to date) said it is possible for him to win the nomination.",
     "Colm Ashby", "possible for him to win"),
    ("Colm Ashby and others said they could not support the harbour plan for the town.", "Colm Ashby",
     "could not support the harbour plan"),
    ("The Harbour Department less than two weeks ago said for the first time that secret files had passed "
     "through the server.", "Harbour Department", "secret files had passed"),
    ("Mayor Colm Ashby at the time said he had asked his people to look into paying the fees.", "Colm Ashby",
     "look into paying the fees"),
], ids=["parenthesis", "and-others", "weeks-ago", "at-the-time"])
def test_an_aside_between_source_and_cue(card_of, body, speaker, words):
    """A parenthesis, 'and others' or a time between the source and its cue."""
    assert any(words in t for t in items(card_of(body), speaker))


def test_a_relative_clause_between_dashes(card_of):
    """'Ashby - who previously said he would close the pier - said ...': 'who' after a dash
    refers to the name before the dash."""
    card = card_of("Harbour front-runner Colm Ashby - who previously said he would close the pier - said at a "
                   "rally that the ferry should also stop.")
    assert any("he would close the pier" in t for t in items(card, "Colm Ashby")), card.statements


def test_content_before_a_titled_source_who_told_a_named_outlet(card_of):
    """'..., harbour director Colm Ashby told the Dunmore Gazette earlier this week.': the
    outlet is the hearer, and the words before the titled name are the content."""
    card = card_of("The union will likely sit out the election altogether, harbour director Colm Ashby told "
                   "the Dunmore Gazette earlier this week.")
    assert items(card, "Colm Ashby") == ["The union will likely sit out the election altogether"], card.statements


def test_a_title_case_headline_clause_is_no_hearer(card_of):
    """'... By Saying Jane Doe Is The Real Liar': a clause in title case, not a named hearer."""
    card = card_of("The council met on Monday.", headline="Colm Ashby Defends Ann Roe By Saying Jane Doe Is Lying\n\n")
    assert any("Jane Doe Is Lying" in s.text for s in card.statements), card.statements


def test_a_source_and_his_supporters(card_of):
    """'Ashby and his supporters argue that ...': the named source speaks."""
    card = card_of("Colm Ashby and his supporters argue that the council should reconsider the ferry plan.")
    assert any("should reconsider the ferry" in t for t in items(card, "Colm Ashby")), card.statements


def test_that_committee_is_the_committee_named_before(card_of):
    """'That committee said ...' after 'The Harbour Ethics Committee announced ...'."""
    card = card_of("The Harbour Ethics Committee announced in November that Colm Ashby was under investigation. "
                   "That committee said it would defer its inquiry because of a separate inquiry.")
    assert any("defer its inquiry" in t for t in items(card, "Harbour Ethics Committee")), card.statements


def test_according_to_between_a_sayer_and_his_verb_is_a_relay(card_of):
    """'The mayor, according to the Gazette, said she had misspoken': the named sayer keeps
    the statement (CONVENTIONS.md 2, relayed statements); the outlet gets nothing."""
    card = card_of("Mayor Ann Roe spoke on Monday.\n\nMs. Roe, according to the Dunmore Gazette, said she had "
                   "misspoken at a 2008 event in which she said she had served at sea.")
    assert not any("Gazette" in s.speaker for s in card.statements), card.statements
    assert any("misspoken" in s.text and s.speaker.endswith("Roe") for s in card.statements), card.statements
    card = card_of("Mayor Ann Roe disputed a report in the Dunmore Times on Monday.\n\nThe A.G., according to "
                   "the Times, said she had misspoken at a 2008 event in which she said she had served at sea.")
    assert not any("Times" in s.speaker for s in card.statements), card.statements


def test_a_participle_after_a_quote_with_again(card_of):
    """'"...," Ashby said, before again claiming that ...': the same speaker goes on."""
    card = card_of("\u201cThe council lied many times and nothing happened,\u201d Colm Ashby said, before again "
                   "claiming that the clerk \u201clied many times to the board.\u201d")
    assert any("lied many times to the board" in t for t in items(card, "Colm Ashby")), card.statements


@pytest.mark.parametrize("body,first,second", [
    ("Last month, harbour director Colm Ashby called Roe's use of private boats \u201cextremely careless,\u201d but "
     "said she should face no criminal charges.", "extremely careless", "she should face no criminal charges"),
    ("Colm Ashby has expressed concerns about the ferry but has said he wants to see the bill move forward.",
     "concerns about the ferry", "he wants to see the bill"),
], ids=["quote-comma-but-said", "but-has-said"])
def test_a_second_cue_joined_by_but_is_a_new_act(card_of, body, first, second):
    """'... "careless," but said ...', '... but has said ...': two acts, two items."""
    said = items(card_of(body), "Colm Ashby")
    assert len(said) == 2 and first in said[0] and second in said[1], said


def test_a_named_hearer_with_an_occasion_is_no_content(card_of):
    """'"...," Rep. Doe's chief of staff, Colm Ashby, told the Gazette before the interview.':
    the Gazette is the hearer, 'before the interview' an occasion: no content, no source."""
    card = card_of("\u201cEventually, positions are going to soften on the ferry,\u201d Dunmore Rep. Jane Doe's chief "
                   "of staff, Colm Ashby, told the Dunmore Gazette before the interview.")
    assert any("positions are going to soften" in t for t in items(card, "Colm Ashby")), card.statements
    assert not items(card, "Dunmore Gazette"), card.statements


def test_an_inverted_name_after_a_role_and_a_comma(card_of):
    """'..., said another leading harbour advocate, Colm Ashby of the law firm Ashby Partners.'"""
    card = card_of("\u201cThe odds are more likely than not that the term will be long,\u201d said another leading "
                   "harbour advocate, Colm Ashby of the law firm Ashby Partners.")
    assert any("The odds are more likely" in s.text and "Ashby" in s.speaker for s in card.statements), card.statements


def test_a_participle_after_the_attribution_of_a_quote(card_of):
    """'"...," harbour candidate Ann Roe said in a statement, calling on ...': the participle
    goes on after the attribution; it is no content that makes the cue a statement of its own."""
    card = card_of("\u201cThis proposed merger will leave taxpayers holding the bag,\u201d harbour candidate Ann Roe "
                   "said in a statement, calling on the council to act.")
    assert any("holding the bag" in t for t in items(card, "Ann Roe")), card.statements


def test_a_short_clause_before_a_new_act_keeps_its_own_item(card_of):
    """Headline 'Roe calls audit 'unfair,' claims council 'lied' ...': the short first act is not
    merged into the second; each is an item (CONVENTIONS.md 1, participles and new acts)."""
    card = card_of("The council met on Monday.",
                   headline="Mayor Roe calls audit 'unfair,' claims council 'lied many times' to voters\n\n")
    said = [s.text for s in card.statements]
    assert len(said) == 2 and "unfair" in said[0] and said[1].startswith("claims council"), said


def test_then_opens_a_clause_before_its_subject(card_of):
    """'Then, the mayor, speaking ..., said ...': 'Then' is no source; the role after it is."""
    card = card_of("Mayor Colm Ashby met the harbour board on Monday. Then, the mayor, speaking in a whisper to "
                   "the board, said the ferry would run again in May.")
    assert any("the ferry would run again" in t for t in items(card, "Colm Ashby")), card.statements


@pytest.mark.parametrize("verb", ["questioned", "said"])
def test_the_main_clause_after_an_opening_subordinate_attribution(card_of, verb):
    """'After the chairman of the board confirmed ..., Ann Roe questioned why ...': the opening
    clause's source names no one here ('After' is no part of it), and the main clause after its
    comma is read as well."""
    card = card_of("Harbour chairman Colm Ashby spoke to the board. After the chairman of the harbour board "
                   f"confirmed he knew about the cable, Ann Roe {verb} the military was read in when Doe was not.")
    assert any("the military was read in" in t for t in items(card, "Ann Roe")), card.statements


def test_a_middle_initial_in_a_name_set_off_after_a_role(card_of):
    """'the harbour director at the time, James B. Ashby, recommended ...': a middle initial is
    part of the name the source walk reads."""
    card = card_of("A few days later, the harbour director at the time, James B. Ashby, recommended no charges "
                   "be filed against her in the matter.")
    assert any("no charges be filed" in s.text and "Ashby" in s.speaker for s in card.statements), card.statements


def test_a_paragraph_after_x_tweeted_colon_is_theirs(card_of):
    """'Later that night, Ashby tweeted:' then the post text as a paragraph of its own: the
    paragraph is Ashby's, and the opening 'Later that night' is no content."""
    card = card_of("Mayor Colm Ashby spoke on Monday.\n\nLater that night, Ashby tweeted:\n\n"
                   "The harbour board is a disgrace and the audit was rigged from the start.\n\n"
                   "The council met on Tuesday.")
    said = [s.text for s in card.statements if s.speaker.endswith("Ashby")]
    assert said == ["The harbour board is a disgrace and the audit was rigged from the start"], card.statements


def test_a_bullet_list_after_a_statement_colon_stops_with_the_bullets(card_of):
    """'X said in a statement:' then '- ...' paragraphs: each bullet is one unit of X's words;
    the first paragraph without a bullet is the article's own again."""
    card = card_of("The Dunmore Harbour Board said in a statement:\n\n"
                   "- Here are the facts: the ferry ran on time for six years in a row.\n\n"
                   "- The board has been a constant champion of the harbour pilots.\n\n"
                   "The vote on the ferry is on Friday.")
    said = items(card, "Dunmore Harbour Board")
    assert len(said) == 2 and "ran on time" in said[0] and "constant champion" in said[1], card.statements


def test_a_passive_introduction_before_a_colon_gives_the_bullets_to_its_agent(card_of):
    """'... points were circulated by X:' then bullets: each bullet is X's (form: colon-intro)."""
    card = card_of("Mayor Colm Ashby spoke at the pier on Monday.\n\n"
                   "On Tuesday, a set of talking points was circulated by Wren Halloway, a harbour councillor:\n\n"
                   "-The ferry ran on time for six years and the harbour board knew it.\n\n"
                   "-The audit was rushed and the clerk never read the harbour accounts.")
    said = items(card, "Wren Halloway")
    assert len(said) == 2 and "ferry ran on time" in said[0], card.statements


def test_issued_the_following_statement_introduces_the_next_paragraph(card_of):
    """'X issued the following statement:' has no speech verb; the paragraph after it is X's."""
    card = card_of("Mayor Colm Ashby spoke at the pier on Monday.\n\n"
                   "Ashby later issued the following statement:\n\n"
                   "The harbour is safe and the budget is balanced for the next year.")
    assert any("harbour is safe" in t for t in items(card, "Colm Ashby")), card.statements


def test_a_quotation_nested_in_an_introduced_paragraph_labels_nothing(card_of):
    """A quote of someone else inside a bullet is nested speech: its sentences give the
    bullet's speaker no item (here no denial from 'did not serve')."""
    card = card_of("Mayor Colm Ashby spoke at the pier on Monday.\n\n"
                   "A list of points was circulated by Wren Halloway, a harbour councillor:\n\n"
                   "-Ashby has always been proud of his service. In 2010 he said \u201cthe reserves taught me a lot. "
                   "Although I did not serve overseas, I know the cost of war.\u201d")
    assert not any(s.speaker == "Wren Halloway" for s in card.denials), card.denials


# Names joined by 'and' (CONVENTIONS.md 1, two speakers of one statement): one item each.

def _joined_items(card) -> dict[str, list]:
    found: dict[str, list] = {}
    for s in card.statements:
        found.setdefault(s.speaker, []).append(s)
    return found


@pytest.mark.parametrize("sentence, content", [
    ("Colm Ashby and Ruth Kessel have long claimed that the harbour audit was rigged.", "the harbour audit was rigged"),
    ("Colm Ashby and Ruth Kessel both said the harbour audit was rigged.", "the harbour audit was rigged"),
    ("Colm Ashby and the Dunmore Harbour Board said the harbour audit was rigged.", "the harbour audit was rigged"),
    ("According to Colm Ashby and Ruth Kessel, the harbour audit was rigged.", "the harbour audit was rigged"),
    ("\u201cThe harbour audit was rigged,\u201d Colm Ashby and Ruth Kessel said.", "The harbour audit was rigged"),
    ("\u201cThe harbour audit was rigged,\u201d said Colm Ashby and Ruth Kessel.", "The harbour audit was rigged"),
    ("On Monday, Mayor Colm Ashby and Sen. Ruth Kessel said the harbour audit was rigged.",
     "the harbour audit was rigged"),
])
def test_two_sources_joined_by_and_give_one_item_each(card_of, sentence, content):
    """Each source gets its own item on the same words, with its rule and a why view that
    says the names were joined."""
    card = card_of(sentence)
    found = _joined_items(card)
    second = "Dunmore Harbour Board" if "Board" in sentence else "Ruth Kessel"
    assert set(found) == {"Colm Ashby", second}, card.statements
    for speaker in found:
        (item,) = found[speaker]
        assert item.text == content and "joined by 'and'" in item.how, item
    assert found["Colm Ashby"][0].rule == found[second][0].rule


def test_three_sources_in_a_list_give_three_items(card_of):
    card = card_of("Colm Ashby, Ruth Kessel and Tomas Brell said the harbour audit was rigged.")
    assert set(_joined_items(card)) == {"Colm Ashby", "Ruth Kessel", "Tomas Brell"}, card.statements


def test_the_nearest_joined_name_keeps_the_focus(card_of):
    """A pronoun after a joined source still means the nearer name, as it did when only it spoke."""
    card = card_of("Colm Ashby and Ruth Kessel said the harbour audit was rigged.\n\n"
                   "She added that the ferry would stop in May.")
    assert any("the ferry would stop" in t for t in items(card, "Ruth Kessel")), card.statements


@pytest.mark.parametrize("sentence, speakers", [
    # a name before the list in its clause: the list's first name is an object
    ("Ruth Kessel met Colm Ashby and Tomas Brell said the harbour audit was rigged.", {"Tomas Brell"}),
    # names inside the content are no sources
    ("Colm Ashby said Ruth Kessel and Tomas Brell met the harbour board in May.", {"Colm Ashby"}),
    # 'and others' names no one more
    ("Colm Ashby and others said the harbour audit was rigged.", {"Colm Ashby"}),
])
def test_names_joined_by_and_that_do_not_speak_together(card_of, sentence, speakers):
    card = card_of(sentence)
    assert set(_joined_items(card)) == speakers, card.statements


@pytest.mark.parametrize("sentence", [
    "The talks between Colm Ashby and Ruth Kessel said little about the harbour audit.",
    "Fans of Colm Ashby and Ruth Kessel said the harbour audit was rigged.",
])
def test_names_after_a_preposition_are_not_a_list_of_sources(card_of, sentence):
    """'between X and Y', 'of X and Y': the names are an object, so the list is not widened
    to its first name (object_lead lexicon)."""
    card = card_of(sentence)
    assert "Colm Ashby" not in _joined_items(card), card.statements


@pytest.mark.parametrize("sentence", [
    "Colm Ashby and his wife said the harbour audit was rigged.",
    "Ruth Kessel and her husband have long claimed that the harbour audit was rigged.",
])
def test_a_name_joined_to_an_unnamed_relative_speaks_alone(card_of, sentence):
    """'X and his wife said': X speaks; the relative, unnamed and tied to no body, gets no
    item (CONVENTIONS.md 2)."""
    card = card_of(sentence)
    speaker = sentence.split(" and ")[0]
    assert [s.speaker for s in card.statements] == [speaker], card.statements
    assert "unnamed relative" in card.statements[0].how
