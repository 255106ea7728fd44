"""Claims and denials from general constructions, with the default pack alone.

Every text here is written for the test (no seed sentences): the default pack
must handle the construction, not a remembered sentence.
"""

from __future__ import annotations

import pytest
from pathlib import Path

from tui.articles.reader import article_from_text
from tui.cards.engine import INTERNAL_ERROR

HEADLINE = "Harbour bridge repairs draw scrutiny\n\n"


@pytest.fixture(scope="module")
def card_of(default_engine):
    def build(body: str):
        text = HEADLINE + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        for item in card.claims + card.denials:
            assert text[item.start:item.end] == item.text, item
            assert item.rule, item
        for actor in card.actors:
            for s, e in actor.mentions:
                assert text[s:e] in actor.aliases, (actor.name, text[s:e])
        return card
    return build


def claims_by(card, speaker):
    return [c for c in card.claims if c.speaker == speaker]


def denials_by(card, speaker):
    return [d for d in card.denials if d.speaker == speaker]


def assert_only_claim(card, speaker, *phrases, quote=None):
    """One speaker, claims only; the phrases lie inside the claims, the cue words outside."""
    assert card.denials == [], [(d.speaker, d.text, d.rule) for d in card.denials]
    assert card.claims, "no claim found"
    assert {c.speaker for c in card.claims} == {speaker}, [(c.speaker, c.text) for c in card.claims]
    joined = " ".join(c.text for c in card.claims)
    for phrase in phrases:
        assert phrase in joined, (phrase, [c.text for c in card.claims])
    for c in card.claims:
        assert speaker not in c.text, f"the speaker's name is attribution, not content: {c.text!r}"
        if quote is not None:
            assert c.quote is quote, c


def assert_only_denial(card, speaker, phrase):
    denials = denials_by(card, speaker)
    assert len(denials) == 1, ([(d.speaker, d.text) for d in card.denials], [(c.speaker, c.text) for c in card.claims])
    d = denials[0]
    assert phrase in d.text, d.text
    assert d.rule.startswith("denial"), d.rule
    overlapping = [c for c in card.claims if c.speaker == speaker and c.start < d.end and d.start < c.end]
    assert overlapping == [], "a denial is not also a claim"


# -- claims -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Alice Montgomery said the bridge will reopen in March.",
    "Alice Montgomery said that the bridge will reopen in March.",
    "The bridge will reopen in March, Alice Montgomery said.",
    "Alice Montgomery told reporters that the bridge will reopen in March.",
    "Alice Montgomery told the Harbour Gazette that the bridge will reopen in March.",
    "According to Alice Montgomery, the bridge will reopen in March.",
], ids=["said", "said-that", "trailing-said", "told-reporters", "told-outlet", "according-to"])
def test_reported_speech_forms(card_of, body):
    card = card_of(body)
    assert_only_claim(card, "Alice Montgomery", "bridge will reopen in March", quote=False)
    for c in card.claims:
        assert not c.text.startswith(("that ", "said", "told")), c.text


@pytest.mark.parametrize("verb", ["confirmed", "stressed", "added", "assured", "disclosed", "emphasised"])
def test_speech_verbs(card_of, verb):
    card = card_of(f"Alice Montgomery {verb} that the repairs are on schedule.")
    assert_only_claim(card, "Alice Montgomery", "the repairs are on schedule")


@pytest.mark.parametrize("body", [
    '"The repairs are on schedule," said Alice Montgomery.',
    '"The repairs are on schedule," Alice Montgomery said.',
    "“The repairs are on schedule,” Alice Montgomery said.",
    "“The repairs are on schedule,” said Alice Montgomery.",
    "‘The repairs are on schedule,’ said Alice Montgomery.",
    "Alice Montgomery said: “The repairs are on schedule.”",
    'Alice Montgomery said: "The repairs are on schedule."',
    "“The repairs are on schedule,” Alice Montgomery told reporters on Friday.",
], ids=["straight-said-X", "straight-X-said", "curly-X-said", "curly-said-X", "curly-single",
        "curly-before", "straight-before", "told-reporters"])
def test_quotations(card_of, body):
    assert_only_claim(card_of(body), "Alice Montgomery", "The repairs are on schedule", quote=True)


def test_quotation_in_straight_single_marks(card_of):
    card = card_of("'The repairs are on schedule,' said Alice Montgomery.")
    assert_only_claim(card, "Alice Montgomery", "The repairs are on schedule", quote=True)


@pytest.mark.parametrize("body", [
    "“The repairs are on schedule. The bridge will reopen in March,” Alice Montgomery said.",
    "Alice Montgomery said: “The repairs are on schedule. The bridge will reopen in March.”",
    "“The repairs are on schedule,” Alice Montgomery said. “The bridge will reopen in March.”",
])
def test_multi_sentence_quotes(card_of, body):
    card = card_of(body)
    assert_only_claim(card, "Alice Montgomery", "The repairs are on schedule", "The bridge will reopen in March",
                      quote=True)


def test_pronoun_after_a_statement_is_the_same_speaker(card_of):
    card = card_of("Robert Calloway said the repairs are on schedule. "
                   "He said the bridge will reopen in March.")
    assert_only_claim(card, "Robert Calloway", "the repairs are on schedule", "the bridge will reopen in March")


def test_pronoun_in_a_later_paragraph_keeps_the_speaker(card_of):
    card = card_of("Robert Calloway said the repairs are on schedule.\n\n"
                   "He added that the bridge will reopen in March.")
    assert_only_claim(card, "Robert Calloway", "the bridge will reopen in March")


def test_pronoun_resolves_to_the_person_in_focus(card_of):
    card = card_of("Robert Calloway, the city engineer, inspected the bridge on Friday. "
                   "He said the repairs will finish in March.")
    assert_only_claim(card, "Robert Calloway", "the repairs will finish in March")


def test_pronoun_with_no_one_in_focus_gives_nothing(card_of):
    card = card_of("The bridge has been closed since May. He said the repairs will finish in March.")
    assert card.claims == [] and card.denials == []


@pytest.mark.parametrize("body, body_name", [
    ("A spokesperson for the Transport Ministry said the bridge will reopen in March.", "Transport Ministry"),
    ("A spokesman for the Harbour Authority said the bridge will reopen in March.", "Harbour Authority"),
    ("The Transport Ministry said in a statement that the bridge will reopen in March.", "Transport Ministry"),
    ("Transport Ministry spokesmen said the bridge will reopen in March.", "Transport Ministry"),
    ("Harbour Authority spokeswomen said the bridge will reopen in March.", "Harbour Authority"),
])
def test_unnamed_spokesperson_speaks_for_the_body(card_of, body, body_name):
    card = card_of(body)
    assert_only_claim(card, body_name, "the bridge will reopen in March")
    assert card.actor(body_name).kind == "org"


def test_two_speakers_in_one_article_are_kept_apart(card_of):
    card = card_of("Alice Montgomery said the bridge will reopen in March.\n\n"
                   "Robert Calloway, a union organiser, said the workers had not been paid.")
    assert [c.text for c in claims_by(card, "Alice Montgomery")] == ["the bridge will reopen in March"]
    calloway = claims_by(card, "Robert Calloway") + denials_by(card, "Robert Calloway")
    assert len(calloway) == 1 and "workers had not been paid" in calloway[0].text


def test_conditional_refusal_stays_a_claim(card_of):
    card = card_of("Alice Montgomery said the city will not sign the contract without a public vote.")
    assert_only_claim(card, "Alice Montgomery", "will not sign the contract without a public vote")


@pytest.mark.parametrize("body", [
    "Alice Montgomery said the city would not raise fares this year.",
    "Alice Montgomery said it was not clear when the bridge would reopen.",
])
def test_modal_and_descriptive_negation_stay_claims(card_of, body):
    assert_only_claim(card_of(body), "Alice Montgomery")


# -- denials ---------------------------------------------------------------------

@pytest.mark.parametrize("body, phrase", [
    ("Alice Montgomery denied that the city had cut the repair budget.", "the city had cut the repair budget"),
    ("Alice Montgomery dismissed the report as disinformation.", "the report as disinformation"),
    ("Alice Montgomery rejected the accusation of negligence.", "the accusation of negligence"),
    ("Alice Montgomery said the council was not involved in the contract.", "was not involved"),
    ("Alice Montgomery said she did not authorize the payments.", "did not authorize the payments"),
    ("Alice Montgomery said the city was not behind the leak.", "was not behind the leak"),
    ("Alice Montgomery said the report was false.", "the report was false"),
    ("“The council was not involved in the contract,” Alice Montgomery said.", "was not involved"),
    ("The report was false, Alice Montgomery said.", "The report was false"),
    ("The Transport Ministry denied the report.", "the report"),
], ids=["denied", "dismissed-as-disinformation", "rejected", "not-involved", "did-not-authorize",
        "not-behind", "false", "quoted-not-involved", "trailing-false", "org-denied"])
def test_denials(card_of, body, phrase):
    card = card_of(body)
    speaker = "Transport Ministry" if body.startswith("The Transport Ministry") else "Alice Montgomery"
    assert_only_denial(card, speaker, phrase)
    assert card.claims == [], [(c.speaker, c.text) for c in card.claims]


def test_claim_and_denial_in_one_sentence_are_split(card_of):
    card = card_of("Alice Montgomery said the repairs are on schedule, but the council was not involved "
                   "in the contract.")
    assert [c.text for c in claims_by(card, "Alice Montgomery")] == ["the repairs are on schedule"]
    assert_only_denial(card, "Alice Montgomery", "the council was not involved in the contract")


# -- nothing to card ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The bridge will reopen in March. Traffic has been heavy for months.",
    "Repairs began in May after a barge struck a pier. The work was not finished by August.",
    "Alice Montgomery visited the depot on Friday and met workers from the night shift.",
])
def test_unattributed_narration_gives_nothing(card_of, body):
    card = card_of(body)
    assert card.claims == [] and card.denials == [], [(s.speaker, s.text) for s in card.statements]


def test_boilerplate_lines_give_no_items_and_are_marked(card_of):
    chrome = ["Share on twitter", "Share on facebook", "Subscribe Now", "Post a Comment", "Related Posts",
              "Support Us"]
    body = "\n".join(chrome[:3]) + "\nAlice Montgomery said the bridge will reopen in March.\n" + "\n".join(chrome[3:])
    card = card_of(body)
    text = HEADLINE + body + "\n"
    marked = {text[s:e] for s, e in card.boilerplate}
    assert set(chrome) <= marked, marked
    assert "Alice Montgomery said the bridge will reopen in March." not in marked
    for item in card.statements:
        assert not any(s <= item.start < e for s, e in card.boilerplate), item
    for actor in card.actors:
        for m in actor.mentions:
            assert not any(s <= m[0] < e for s, e in card.boilerplate), (actor.name, m)
    assert_only_claim(card, "Alice Montgomery", "the bridge will reopen in March")


# -- actors -------------------------------------------------------------------------

def test_surname_resolves_to_the_full_name_seen_earlier(card_of):
    card = card_of("Robert Calloway inspected the bridge on Friday. "
                   "Calloway said the repairs are on schedule.")
    assert [a.name for a in card.actors if a.kind == "person"] == ["Robert Calloway"]
    assert set(card.actor("Robert Calloway").aliases) >= {"Robert Calloway", "Calloway"}
    assert_only_claim(card, "Robert Calloway", "the repairs are on schedule")


def test_honorific_and_surname_resolve_to_the_full_name(card_of):
    card = card_of("Robert Calloway inspected the bridge on Friday. "
                   "Mr. Calloway said the repairs are on schedule.")
    assert [a.name for a in card.actors if a.kind == "person"] == ["Robert Calloway"]
    assert "Mr. Calloway" in card.actor("Robert Calloway").aliases
    assert_only_claim(card, "Robert Calloway", "the repairs are on schedule")


def test_title_is_not_part_of_the_name(card_of):
    card = card_of("Foreign Minister Alice Montgomery said the talks will resume in June.")
    assert card.actor("Alice Montgomery") is not None
    assert_only_claim(card, "Alice Montgomery", "the talks will resume in June")


def test_organisation_words_make_an_org(card_of):
    card = card_of("The Harbour Safety Council said the bridge will reopen in March.")
    assert card.actor("Harbour Safety Council").kind == "org"
    assert_only_claim(card, "Harbour Safety Council", "the bridge will reopen in March")


def test_byline_and_dateline_fill_metadata_and_give_no_items(default_engine):
    text = ("Harbour bridge repairs draw scrutiny\n\nBy Jane Doe\nThursday, 6 July 2023, 16:19\n\n"
            "Alice Montgomery said the bridge will reopen in March.\n")
    card = default_engine.card(article_from_text(text, path="inline.txt"))
    assert card.author == "Jane Doe"
    assert card.date == "Thursday, 6 July 2023, 16:19"
    assert [(s.speaker, s.text) for s in card.statements] == [("Alice Montgomery", "the bridge will reopen in March")]


@pytest.mark.parametrize("line", ["OBE", "Mr", "QC MP", "The", "Lord", "Attorney General", "Mr. Dr.", "BBC Mr",
                                  "Foster's", "’s", "A-", "Sen. Gen. Lt."])
def test_odd_capitalised_runs_give_a_card_not_an_error(card_of, line):
    card = card_of(f"{line}\nHe said {line} was there.\n")
    assert all(a.name.strip() for a in card.actors)
    assert not any(INTERNAL_ERROR in w for w in card.warnings), card.warnings


def test_every_real_article_gets_a_card(default_engine):
    """A sample of real BBC articles, when the shared corpus is beside the project."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"
    files = sorted(corpus.glob("*.txt"))[::7]
    if not files:
        pytest.skip("../shared/corpus/bbc is not beside the project")
    for path in files:
        card = default_engine.card_for_file(path)
        assert card.title, path
        assert not any(INTERNAL_ERROR in w for w in card.warnings), card.warnings


def test_a_failure_inside_the_engine_is_a_warning_on_that_card(default_engine, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(default_engine.statement_finder, "find", broken)
    card = default_engine.card(article_from_text("Title\n\nKirby said the talks failed.\n", path="bad.txt"))
    assert card.claims == [] and any(INTERNAL_ERROR in w and "ValueError: boom" in w for w in card.warnings)


def test_front_matter_author_and_outlet_are_actors(default_engine):
    text = ("---\ntitle: Minister denies report\noutlet: Example Gazette\nauthor: Jane Roe\n---\n"
            "Minister denies report\n\nAnna Berg said the ministry had no part in the sale.\n")
    card = default_engine.card(article_from_text(text, path="story.md"))
    names = {a.name: a for a in card.actors}
    assert names["Jane Roe"].kind == "person" and names["Example Gazette"].kind == "org"
    for actor in names.values():
        assert all(text[s:e] in actor.aliases for s, e in actor.mentions)
    assert [(d.speaker, d.text) for d in card.denials] == [("Anna Berg", "the ministry had no part in the sale")]


def test_unattributed_quote_belongs_to_its_sentences_speaker(card_of):
    card = card_of('"We will win this fight," Alice Montgomery said.\n'
                   'The Labour Party has always promised a cap on tuition fees for every student in the country '
                   'with the slogan: "Fair shares for all of us".\n')
    slogan = next(s for s in card.statements if s.text.startswith("Fair shares"))
    assert slogan.speaker == "Labour Party"
    assert any(s.speaker == "Labour Party" and "a cap on tuition fees" in s.text for s in card.claims)


def test_a_statement_in_a_while_clause_ends_at_its_comma(card_of):
    card = card_of("While Alice Montgomery said the bridge was safe, engineers kept it closed for a month.\n")
    assert [(c.speaker, c.text) for c in card.claims] == [("Alice Montgomery", "the bridge was safe")]


def actors_of(card) -> dict[str, str]:
    return {a.name: a.kind for a in card.actors}


def test_a_job_word_before_a_name_is_not_part_of_it(card_of):
    card = card_of('Actress Mara Quell said the script was "a gift to any performer". '
                   'Capital Radio DJ Tomas Brenner said listeners had asked for the song all week.')
    names = actors_of(card)
    assert names.get("Mara Quell") == "person" and names.get("Tomas Brenner") == "person", names
    assert not any(n.startswith(("Actress", "Capital Radio DJ")) for n in names), names
    assert claims_by(card, "Tomas Brenner")


def test_a_portfolio_after_a_title_is_not_a_person(card_of):
    card = card_of("Dara Vell, Minister of Foreign Affairs of Ostland, said the border would reopen. "
                   "Ina Roe, Chief Executive of ACME UK, said profits had doubled.")
    names = actors_of(card)
    assert "Foreign Affairs" not in names, names
    assert "ACME UK" in names, names  # a body after a title is kept


def test_events_laws_and_numbered_names_are_not_people(card_of):
    card = card_of("The Harbour Film Festival opened as the Coastal Access Bill reached the Commons. "
                   "Organisers of the Harbour Film Festival said Track Two meetings would follow, "
                   "and Channel Five would broadcast the Six Nations final.")
    persons = [n for n, kind in actors_of(card).items() if kind == "person"]
    assert not persons, persons


def test_a_day_after_an_organisation_is_not_part_of_its_name(card_of):
    card = card_of("The Harbour Council on Wednesday said the repairs would cost more than planned.")
    assert "Harbour Council" in actors_of(card), actors_of(card)
    assert claims_by(card, "Harbour Council")


def test_a_contracted_pronoun_is_a_pronoun_not_a_name(card_of):
    card = card_of('Lena Moss said the council had failed. "We\'ve said from the start that '
                   'the bridge needs work," she said. We\'ve said this before, she added.')
    assert "We've" not in actors_of(card), actors_of(card)
    assert all(s.speaker != "We've" for s in card.claims + card.denials)


def test_the_office_names_the_person_just_named(card_of):
    card = card_of("Marta Lind has delivered a speech to the party conference. "
                   "The chancellor said she was proud of the record on jobs.")
    assert claims_by(card, "Marta Lind"), card.claims


def test_a_name_opening_with_an_acronym_is_a_body(card_of):
    card = card_of('"Trade will recover by spring," said KLM Vantor\'s Eddie Prost.')
    names = actors_of(card)
    assert names.get("KLM Vantor") == "org" and names.get("Eddie Prost") == "person", names
    assert claims_by(card, "Eddie Prost"), card.claims


def test_he_or_she_follows_the_person_a_new_paragraph_turns_to(card_of):
    card = card_of("Tom Brack said the harbour needed a new bridge.\n\n"
                   "The Green Party's harbour spokeswoman, Ada Kern, welcomed the plan. "
                   "She said the bridge should open by spring.\n\n"
                   "Mrs Ulla Penn, 59, ran the old ferry. Mr Ivo Dane was a rival of the plan. "
                   "He denied a report that he had lobbied the council.")
    assert claims_by(card, "Ada Kern"), [(c.speaker, c.text) for c in card.claims]
    assert not claims_by(card, "Tom Brack")[1:], [(c.speaker, c.text) for c in card.claims]
    assert denials_by(card, "Ivo Dane") and not denials_by(card, "Ulla Penn"), card.denials


def test_neither_confirming_nor_denying_is_no_denial(card_of):
    card = card_of('Harbour Holdings said it "neither admits nor denies the allegations" in the settlement.')
    assert not card.denials and claims_by(card, "Harbour Holdings"), (card.claims, card.denials)


def test_our_correspondent_is_the_correspondent_just_named(card_of):
    """ "Our correspondent said" after "Wire correspondent Tom Reed said": the outlet's own
    reporter, a single role whose holder the article names (CONVENTIONS.md 2)."""
    card = card_of("Wire correspondent Tom Reed said the unions were strong.\n\n"
                   "Our correspondent said that no deal had been offered at the meeting.")
    assert any("no deal" in c.text for c in claims_by(card, "Tom Reed")), card.claims


def test_the_office_is_the_person_speaking_in_its_paragraph_when_named_long_before(card_of):
    """ "..., he said. ..., the chancellor said." with the chancellor's name far back: the
    one-holder office is the person speaking in this paragraph (CONVENTIONS.md 2)."""
    card = card_of("Tom Pike delivered his spending plan to the assembly on Wednesday.\n\n"
                   "He said the plan would cut the deficit within three years. The plan also raised duty on "
                   "fuel, froze rail fares until autumn and set aside money for flood defences in the north, "
                   "along with a modest rise in grants to councils and a new fund for small firms that export "
                   "goods, and a review of the levy that ports pay on every ship and every cargo they handle "
                   "in a year. The economy had grown for twelve quarters, he said. The first savings from the "
                   "efficiency review have been achieved, the chancellor said.")
    assert any("savings" in c.text for c in claims_by(card, "Tom Pike")), card.claims


def test_the_mep_is_the_person_just_named(card_of):
    """ "The MEP said" with no one else called an MEP: the person the story is about."""
    card = card_of("Former host Tom Vane-Roe has quit the Green Union and accused it of betraying its members.\n\n"
                   "The MEP said he was ashamed to have joined the party.")
    assert any("ashamed" in c.text for c in claims_by(card, "Tom Vane-Roe")), card.claims
