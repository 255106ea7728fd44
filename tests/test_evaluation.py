"""``brief eval``'s scorer on small invented cards and gold entries.

Each test pins one point of the reference matching rule (shared/tools/score_cards.py),
so a scorer that drifts from it fails here before it disagrees on a real set.
"""

from __future__ import annotations

import pytest

from tui.cards.model import Actor, Card, Statement
from tui.evaluation.gold import Report, evaluate_stories, score_article
from tui.evaluation.labels import GoldError, Story
from tui.evaluation.rules import RuleTally, claim_classifier
from tui.rules.brief import Rule

TEXT = ("Mayor Ilsa Varnholt said the harbour bridge will reopen in March. "
        "The Tarrow Council said the harbour bridge will reopen in March. "
        "Varnholt denied that the council was ever consulted on the closure.")


def gold_entry(**extra) -> dict:
    entry = {"file": "a.txt",
             "actors": [{"name": "Ilsa Varnholt", "kind": "person", "aliases": ["Varnholt", "Mayor Ilsa Varnholt"]},
                        {"name": "Tarrow Council", "kind": "org", "aliases": ["The Tarrow Council"]}]}
    entry.update(extra)
    return entry


def statement(kind: str, speaker: str, phrase: str, occurrence: int = 0, rule: str = "r.say") -> Statement:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Statement(kind=kind, speaker=speaker, text=phrase, start=start, end=start + len(phrase),
                     rule=rule, attribution="r.say")


def test_two_predicted_actors_for_one_gold_actor_are_both_right_but_find_it_once():
    card = Card(file="a.txt", title="", actors=[
        Actor("Ilsa Varnholt", "person", ["Ilsa Varnholt"]),
        Actor("Varnholt", "person", ["Varnholt"]),
        Actor("Harbour Bridge", "place", ["Harbour Bridge"])])
    report = Report()
    score_article(gold_entry(), card, TEXT, report)
    s = report.scores["actors"]
    assert (s.pred, s.right, s.gold, s.found) == (3, 2, 2, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(1 / 2)


def test_names_match_across_case_spacing_and_curly_apostrophes():
    entry = {"file": "a.txt", "actors": [{"name": "Dara O'Neel", "kind": "person"}]}
    card = Card(file="a.txt", title="", actors=[Actor("dara  o\u2019neel", "person")])
    report = Report()
    score_article(entry, card, TEXT, report)
    assert report.scores["actors"].found == 1


def test_kind_accuracy_counts_matched_actors_only():
    card = Card(file="a.txt", title="", actors=[
        Actor("Ilsa Varnholt", "person"), Actor("Tarrow Council", "person"), Actor("Nobody Known", "org")])
    report = Report()
    score_article(gold_entry(), card, TEXT, report)
    assert (report.kinds.gold, report.kinds.found) == (2, 1)
    assert report.kind_accuracy == 0.5
    assert any(f.kind == "wrong kind" and "Tarrow Council" in f.text for f in report.findings)


def test_repeated_evidence_takes_its_next_occurrence_and_the_speaker_must_agree():
    phrase = "the harbour bridge will reopen in March"
    entry = gold_entry(claims=[{"speaker": "Ilsa Varnholt", "evidence": phrase},
                               {"speaker": "Tarrow Council", "evidence": phrase}])
    card = Card(file="a.txt", title="", actors=[Actor("Tarrow Town Council", "org", ["Tarrow Council"])], claims=[
        statement("claim", "Tarrow Town Council", phrase, occurrence=1),  # a predicted actor with a gold alias
        statement("claim", "Someone Else", phrase, occurrence=0)])        # right span, wrong speaker
    report = Report()
    rights = score_article(entry, card, TEXT, report)
    s = report.scores["claims"]
    assert (s.pred, s.right, s.gold, s.found) == (2, 1, 2, 1)
    assert rights.claims == (True, False)


def test_predictions_take_gold_items_in_card_order_one_to_one():
    phrase = "the harbour bridge will reopen in March"
    entry = gold_entry(claims=[{"speaker": "Ilsa Varnholt", "evidence": phrase}])
    card = Card(file="a.txt", title="", claims=[statement("claim", "Varnholt", phrase),
                                                  statement("claim", "Ilsa Varnholt", phrase)])
    report = Report()
    assert score_article(entry, card, TEXT, report).claims == (True, False)


def test_evidence_not_in_the_article_is_a_one_line_error():
    entry = gold_entry(denials=[{"speaker": "Ilsa Varnholt", "evidence": "words the article never uses"}])
    with pytest.raises(GoldError, match=r"a\.txt: denial evidence not found verbatim") as info:
        score_article(entry, Card(file="a.txt", title=""), TEXT, Report())
    assert "\n" not in str(info.value)


def test_no_prediction_and_no_gold_score_zero_as_the_reference_does():
    report = Report()
    score_article({"file": "a.txt"}, Card(file="a.txt", title=""), TEXT, report)
    assert report.scores["denials"].f1 == 0.0 and report.scores["denials"].precision == 0.0


def write_story(root, name: str, text: str, gold: str) -> None:
    (root / "gold").mkdir(exist_ok=True)
    (root / "corpus" / name).mkdir(parents=True)
    (root / "corpus" / name / "a.txt").write_text(text, encoding="utf-8")
    (root / "gold" / f"{name}.yaml").write_text(gold, encoding="utf-8")


STORY_ONE = "Mayor Ilsa Varnholt said the harbour bridge will reopen in March.\n"
GOLD_ONE = """articles:
- file: a.txt
  actors:
  - {name: Ilsa Varnholt, kind: person, aliases: [Ilsa Varnholt]}
  claims:
  - {speaker: Ilsa Varnholt, evidence: "the harbour bridge will reopen in March"}
"""
STORY_TWO = "Brannock Mills said the factory would close. Oskar Delwyn said nothing changed.\n"
GOLD_TWO = """articles:
- file: a.txt
  actors:
  - {name: Brannock Mills, kind: org}
  - {name: Oskar Delwyn, kind: person}
  - {name: Quell Harbour, kind: place}
  claims:
  - {speaker: Brannock Mills, evidence: "the factory would close"}
"""


def test_the_pooled_figure_sums_counts_over_stories(tmp_path, default_engine):
    write_story(tmp_path, "one", STORY_ONE, GOLD_ONE)
    write_story(tmp_path, "two", STORY_TWO, GOLD_TWO)
    stories = [Story(n, tmp_path / "gold" / f"{n}.yaml", tmp_path / "corpus" / n) for n in ("one", "two")]
    tally = RuleTally(default_engine.brief)
    reports, pooled = evaluate_stories(stories, default_engine, tally)
    for category in ("actors", "claims", "denials"):
        one, two, both = reports[0].report.scores[category], reports[1].report.scores[category], pooled.scores[category]
        assert (both.pred, both.right, both.gold, both.found) == (
            one.pred + two.pred, one.right + two.right, one.gold + two.gold, one.found + two.found)
    assert pooled.scores["actors"].gold == 4 and pooled.articles == 2
    # Every claim counts once for its attribution rule; every fired rule is off the never-fired list.
    made = sum(r.count.made for r in tally.rows() if r.section in ("attribution", "engine") and r.category == "claims")
    assert made == pooled.scores["claims"].pred > 0
    right = sum(r.count.right for r in tally.rows() if r.section in ("attribution", "engine") and r.category == "claims")
    assert right == pooled.scores["claims"].right
    fired = {r.rule for r in tally.rows()}
    unfired = {r.id for r in tally.never_fired()}
    assert unfired and not unfired & fired
    assert unfired | (fired & {r.id for r in default_engine.brief.rules}) >= {
        r.id for r in default_engine.brief.rules if r.section in ("attribution", "classify")}


def make_rule(rule_id: str, label: str, pattern: str, trigger_words: frozenset[str] = frozenset()) -> Rule:
    import re

    return Rule(id=rule_id, section="classify", pattern=pattern, regex=re.compile(pattern), file="x.yaml",
                line=1, label=label, trigger_words=trigger_words)


def test_a_claim_is_credited_to_the_first_classify_rule_that_matches_when_it_labels_claims():
    rules = [make_rule("denial.never", "denial", r"\bnever\b", frozenset({"never"})),
             make_rule("claim.future", "claim", r"\bwill not\b", frozenset({"not"})),
             make_rule("claim.any-not", "claim", r"\bnot\b")]
    text = "She said the ferry will not run on Sunday."
    assert claim_classifier(rules, text, 9, len(text)) == "claim.future"
    assert claim_classifier(rules, "He has never been late, not once.", 0, 33) is None  # a denial rule came first
    assert claim_classifier(rules, "The ferry runs daily.", 0, 21) is None
    assert claim_classifier(rules[2:], "It is not yet clear.", 0, 20) == "claim.any-not"
