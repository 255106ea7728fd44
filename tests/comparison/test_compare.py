"""Pair comparison on small inline texts: actor matching, alignment, discrepancies."""

from __future__ import annotations

import json

import pytest

from tui.articles.reader import article_from_text
from tui.cards.engine import CardEngine
from tui.cards.model import Actor, Card, Statement
from tui.comparison import compare
from tui.comparison.actors import group_actors, spelling_variant
from tui.comparison.text import content_tokens, figures, similarity
from tui.rules.loader import load_brief


def card_with(file: str, text: str, actors: list[tuple[str, str, list[str]]],
              statements: list[tuple[str, str, str]]) -> Card:
    """A card built by hand: actors (name, kind, surface forms found in text), statements
    (kind, speaker, words found in text)."""
    card = Card(file=file, title=file)
    for name, kind, forms in actors:
        mentions = []
        for form in forms:
            at = text.find(form)
            assert at >= 0, form
            mentions.append((at, at + len(form)))
        card.actors.append(Actor(name=name, kind=kind, aliases=list(forms), mentions=mentions))
    for kind, speaker, words in statements:
        at = text.find(words)
        assert at >= 0, words
        s = Statement(kind=kind, speaker=speaker, text=words, start=at, end=at + len(words), rule="test")
        (card.claims if kind == "claim" else card.denials).append(s)
    return card


LEFT = ("Maria Haass met Sergey Petrov in April. Haass said nothing about Ukraine without Ukraine. "
        "Six people briefed on the talks told reporters. The ministry said it did not approve the meeting.")
RIGHT = ("Maria Haas met Sergei Petrov in April. Haas said nothing about Ukraine is complete without Ukraine. "
         "Two people briefed on the talks told reporters. Anna Field said the weather was mild.")


@pytest.fixture
def pair():
    left = card_with("a.txt", LEFT,
                     [("Maria Haass", "person", ["Maria Haass", "Haass"]),
                      ("Sergey Petrov", "person", ["Sergey Petrov"]),
                      ("the ministry", "org", ["The ministry"])],
                     [("claim", "Maria Haass", "nothing about Ukraine without Ukraine"),
                      ("denial", "the ministry", "it did not approve the meeting")])
    right = card_with("b.txt", RIGHT,
                      [("Maria Haas", "person", ["Maria Haas", "Haas"]),
                       ("Sergei Petrov", "person", ["Sergei Petrov"]),
                       ("Anna Field", "person", ["Anna Field"])],
                      [("claim", "Maria Haas", "nothing about Ukraine is complete without Ukraine"),
                       ("claim", "Anna Field", "the weather was mild")])
    return compare(left, right, LEFT, RIGHT)


def test_actors_matched_across_spellings(pair):
    both = {m.left.name: m.right.name for m in pair.both}
    assert both == {"Maria Haass": "Maria Haas", "Sergey Petrov": "Sergei Petrov"}
    assert [a.name for a in pair.only_left] == ["the ministry"]
    assert [a.name for a in pair.only_right] == ["Anna Field"]


def test_spelling_discrepancies_reported_with_spans(pair):
    spelling = [d for d in pair.discrepancies if d.kind == "spelling"]
    pairs = {(d.left_text, d.right_text) for d in spelling}
    assert ("Maria Haass", "Maria Haas") in pairs
    assert ("Sergey Petrov", "Sergei Petrov") in pairs
    for d in spelling:
        (l,), (r,) = d.left, d.right
        assert LEFT[l.start:l.end] == d.left_text and l.article == 0
        assert RIGHT[r.start:r.end] == d.right_text and r.article == 1


def test_paraphrase_aligned_same_speaker(pair):
    assert len(pair.aligned) == 1
    p = pair.aligned[0]
    assert p.same_speaker
    assert p.left.text == "nothing about Ukraine without Ukraine"
    assert p.right.text == "nothing about Ukraine is complete without Ukraine"
    assert LEFT[p.left.start:p.left.end] == p.left.text
    assert RIGHT[p.right.start:p.right.end] == p.right.text


def test_one_sided_statements_and_omitted_denial(pair):
    assert [s.text for s in pair.left_only_statements] == ["it did not approve the meeting"]
    assert [s.text for s in pair.right_only_statements] == ["the weather was mild"]
    omitted = [d for d in pair.discrepancies if d.kind == "denial-omitted"]
    assert len(omitted) == 1 and omitted[0].left_text == "it did not approve the meeting"
    assert omitted[0].right == []


def test_count_discrepancy(pair):
    figs = [d for d in pair.discrepancies if d.kind == "figure"]
    assert len(figs) == 1
    d = figs[0]
    assert "Six people" in d.summary and "Two people" in d.summary
    assert LEFT[d.left[0].start:d.left[0].end] == "Six people"
    assert RIGHT[d.right[0].start:d.right[0].end] == "Two people"


def test_same_numbers_no_discrepancy():
    text = "Six people briefed on the talks told reporters in April."
    a = card_with("a", text, [], [])
    b = card_with("b", text, [], [])
    c = compare(a, b, text, text)
    assert [d for d in c.discrepancies if d.kind == "figure"] == []


def test_date_discrepancy_in_similar_sentences():
    a_text = "The foreign minister met the delegation in New York in April to discuss a ceasefire."
    b_text = "The foreign minister met the delegation in New York in March to discuss a ceasefire."
    c = compare(card_with("a", a_text, [], []), card_with("b", b_text, [], []), a_text, b_text)
    figs = [d for d in c.discrepancies if d.kind == "figure"]
    assert len(figs) == 1 and "April" in figs[0].summary and "March" in figs[0].summary


def test_unrelated_statements_not_aligned():
    a_text = "Kirby said the talks were private."
    b_text = "Kirby said the weather in Moscow was cold."
    a = card_with("a", a_text, [("John Kirby", "person", ["Kirby"])],
                  [("claim", "John Kirby", "the talks were private")])
    b = card_with("b", b_text, [("John Kirby", "person", ["Kirby"])],
                  [("claim", "John Kirby", "the weather in Moscow was cold")])
    c = compare(a, b, a_text, b_text)
    assert c.aligned == []
    assert len(c.left_only_statements) == 1 and len(c.right_only_statements) == 1


def test_same_words_other_speaker_is_attribution_discrepancy():
    a_text = "The White House said the administration did not authorize the secret meetings."
    b_text = "The State Department said the administration did not authorize the secret meetings."
    words = "the administration did not authorize the secret meetings"
    a = card_with("a", a_text, [("White House", "org", ["White House"])], [("denial", "White House", words)])
    b = card_with("b", b_text, [("State Department", "org", ["State Department"])],
                  [("denial", "State Department", words)])
    c = compare(a, b, a_text, b_text)
    assert len(c.aligned) == 1 and not c.aligned[0].same_speaker
    kinds = [d.kind for d in c.discrepancies]
    assert "attribution" in kinds and "denial-omitted" not in kinds


def test_json_round_trip(pair):
    data = json.loads(json.dumps(pair.to_json()))
    assert set(data) >= {"left", "right", "actors", "aligned", "statements_only_left",
                         "statements_only_right", "discrepancies"}
    assert data["aligned"][0]["left"]["start"] == pair.aligned[0].left.start


def test_with_card_engine_default_brief():
    engine = CardEngine(load_brief("default"))
    a_text = ("Officials meet in Geneva\n\nJohn Kirby said on Sunday: \"Nothing about Ukraine without Ukraine.\"\n\n"
              "Six people familiar with the talks said the meeting took place in April.\n")
    b_text = ("Talks in Geneva\n\nJohn Kirby said: \"Nothing about Ukraine is complete without Ukraine.\"\n\n"
              "Two people familiar with the talks said the meeting took place in April.\n")
    a, b = article_from_text(a_text, "a.txt"), article_from_text(b_text, "b.txt")
    c = compare(engine.card(a), engine.card(b), a_text, b_text)
    assert any(m.name == "John Kirby" for m in c.both)
    assert any(p.left.party == "John Kirby" and "complete" in p.right.text for p in c.aligned)
    assert any(d.kind == "figure" and "Six people" in d.summary for d in c.discrepancies)


@pytest.mark.parametrize("a,b,expected", [
    ("Richard Haass", "Richard Haas", True),
    ("Sergey Lavrov", "Sergei Lavrov", True),
    ("Zelensky", "Volodymyr Zelenskyy", True),
    ("Kiev", "Kyiv", True),
    ("state department", "State Department", True),
    ("Kirby", "John Kirby", False),
    ("US", "United States", False),
    ("Joe Biden’s administration", "Biden administration", False),
    ("NATO", "NASA", False),
])
def test_spelling_variant(a, b, expected):
    assert spelling_variant(a, b) is expected


def _groups(items):
    return sorted(sorted(items[i][1].name for i in g) for g in group_actors(items))


def test_group_actors_rules():
    items = [(0, Actor("Richard Haass", "person", ["Richard Haass"])),
             (1, Actor("Richard Haas", "person", ["Richard Haas"])),
             (0, Actor("Anna Smith", "person", ["Anna Smith"])),
             (1, Actor("Anna Smyth", "person", ["Anna Smyth"])),
             (0, Actor("Sergey Lavrov", "person", ["Sergey Lavrov", "Lavrov"])),
             (1, Actor("Sergei Lavrov", "person", ["Sergei Lavrov"])),
             (0, Actor("Tom Wu", "person", ["Tom Wu"])),
             (1, Actor("Tom Wo", "person", ["Tom Wo"])),
             (0, Actor("UK TV", "org", ["UK TV"])),
             (1, Actor("US TV", "org", ["US TV"])),
             (0, Actor("White House", "org", ["White House"])),
             (1, Actor("white house", "org", ["white house"]))]
    groups = _groups(items)
    assert ["Richard Haas", "Richard Haass"] in groups
    assert ["Anna Smith", "Anna Smyth"] in groups
    assert ["Sergei Lavrov", "Sergey Lavrov"] in groups
    assert ["Tom Wo"] in groups and ["Tom Wu"] in groups  # surnames under 4 letters must match exactly
    assert ["UK TV"] in groups and ["US TV"] in groups
    assert ["White House", "white house"] in groups


def test_bare_surname_joins_only_an_unambiguous_person():
    one = [(0, Actor("John Kirby", "person", ["John Kirby"])), (1, Actor("Kirby", "person", ["Kirby"]))]
    assert _groups(one) == [["John Kirby", "Kirby"]]
    two = one + [(2, Actor("Jane Kirby", "person", ["Jane Kirby", "Kirby"]))]
    assert _groups(two) == [["Jane Kirby"], ["John Kirby"], ["Kirby"]]


def test_similarity_paraphrase_and_unrelated():
    a = content_tokens("nothing about Ukraine without Ukraine")
    b = content_tokens("nothing about Ukraine is complete without Ukraine")
    c = content_tokens("the weather in Moscow was cold")
    assert similarity(a, b) >= 0.5
    assert similarity(a, c) == 0.0


def test_figures():
    figs = figures("Citing six sources familiar with the talks, it said 2,000 troops left in May 2022 on Monday.")
    kinds = {(f.kind, f.value, f.unit) for f in figs}
    assert ("count", "6", "people") in kinds
    assert ("count", "2000", "troop") in kinds
    assert ("month", "may", "") in kinds and ("year", "2022", "") in kinds and ("weekday", "monday", "") in kinds
    assert not any(f.kind == "month" for f in figures("He may go."))


def test_a_word_made_from_a_name_is_not_a_spelling_of_it():
    from tui.comparison.actors import spelling_variant

    assert not spelling_variant("Marlovia", "Marlovians")  # the nationals of a country are its alias, not a spelling
    assert spelling_variant("Quarlesky", "Quarleskyy")
