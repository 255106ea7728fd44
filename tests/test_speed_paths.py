"""The fast paths of the statement finder give what the plain ones gave."""

from tui.cards.matching import RuleIndex, join_fragments
from tui.rules.brief import Rule


def test_short_clause_joins_its_neighbour():
    text = "Not anonymously, the clerk filed every form on time"
    pieces = [(0, 15), (17, len(text))]
    assert join_fragments(text, pieces) == [(0, len(text))]


def test_clauses_of_four_words_stay_apart():
    text = "Ada Quillon filed forms; the board then approved them"
    pieces = [(0, 23), (25, len(text))]
    assert join_fragments(text, pieces) == pieces


def test_whitespace_of_any_kind_separates_words():
    text = "Ada\tQuillon\u00a0filed\u2003forms, then the board approved"
    first = text.index(",")
    assert join_fragments(text, [(0, first), (first + 2, len(text))]) == [(0, first), (first + 2, len(text))]


def _rule(rule_id: str, words: set[str]) -> Rule:
    import re

    return Rule(id=rule_id, section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1,
                trigger_words=frozenset(words))


def test_rule_index_keeps_brief_order():
    rules = [_rule("a", {"denied"}), _rule("b", set()), _rule("c", {"said", "denied"})]
    index = RuleIndex(rules)
    assert [r.id for r in index.candidates(frozenset({"said", "denied", "the"}))] == ["a", "b", "c"]
    assert [r.id for r in index.candidates(frozenset({"the"}))] == ["b"]
    assert [r.id for r in index.candidates(frozenset({"said"}))] == ["b", "c"]
