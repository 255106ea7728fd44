"""``brief eval`` from the command line: the ways to name gold files, and one-line errors."""

from __future__ import annotations

import re

import pytest

from tui.evaluation.labels import GoldError, find_stories, load_gold

from conftest import run_brief
from test_evaluation import GOLD_ONE, GOLD_TWO, STORY_ONE, STORY_TWO, write_story


@pytest.fixture()
def labelled_set(tmp_path):
    root = tmp_path / "set"
    root.mkdir()
    write_story(root, "one", STORY_ONE, GOLD_ONE)
    write_story(root, "two", STORY_TWO, GOLD_TWO)
    return root


def test_a_set_folder_gives_one_story_per_gold_file(labelled_set):
    stories = find_stories([str(labelled_set)])
    assert [(s.name, s.gold.name, s.corpus.name) for s in stories] == [("one", "one.yaml", "one"),
                                                                       ("two", "two.yaml", "two")]


def test_pairs_and_folders_mix(labelled_set, tmp_path):
    pooled = tmp_path / "pooled"
    (pooled / "corpus").mkdir(parents=True)
    (pooled / "gold.yaml").write_text(GOLD_ONE, encoding="utf-8")
    stories = find_stories([str(labelled_set / "gold" / "one.yaml"), str(labelled_set / "corpus" / "one"),
                            str(labelled_set), str(pooled)])
    assert [s.name for s in stories] == ["one", "one", "two", "pooled"]


@pytest.mark.parametrize("make_args, message", [
    (lambda root: [str(root / "missing.yaml"), str(root)], "no such file or folder"),
    (lambda root: [str(root / "gold" / "one.yaml")], "needs its corpus folder after it"),
    (lambda root: [str(root / "gold" / "one.yaml"), str(root / "gold" / "two.yaml")], "not a folder"),
    (lambda root: [str(root / "corpus")], "not a labelled set"),
])
def test_bad_paths_are_one_line_errors(labelled_set, make_args, message):
    with pytest.raises(GoldError, match=message) as info:
        find_stories(make_args(labelled_set))
    assert "\n" not in str(info.value)


def test_a_story_without_its_corpus_folder_is_named(labelled_set):
    (labelled_set / "gold" / "three.yaml").write_text(GOLD_ONE, encoding="utf-8")
    with pytest.raises(GoldError, match=r"three\.yaml: no folder .*three"):
        find_stories([str(labelled_set)])


@pytest.mark.parametrize("text, message", [
    ("articles:\n- file: a.txt\n  claims: [speaker: X\n", r"g\.yaml:\d+:\d+: broken YAML"),
    ("just: words\n", "no 'articles:' list"),
    ("articles:\n- actors: []\n", "article 1: needs 'file:'"),
    ("articles:\n- file: a.txt\n  claims:\n  - {speaker: Ann Blay}\n", "claim 1 has no 'evidence:'"),
    ("articles:\n- file: a.txt\n  actors:\n  - {kind: person}\n", "actor 1 has no 'name:'"),
    ("articles:\n- file: a.txt\n  denials: {speaker: Ann Blay}\n", "'denials:' must be a list"),
])
def test_broken_gold_files_are_one_line_errors(tmp_path, text, message):
    gold = tmp_path / "g.yaml"
    gold.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError, match=message) as info:
        load_gold(gold)
    assert "\n" not in str(info.value)


def test_eval_prints_each_story_and_the_pooled_figure(labelled_set):
    result = run_brief("eval", str(labelled_set), "--quiet")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"^one\s+1\s+[01]\.\d{3}", out, re.M) and re.search(r"^two\s+1\s+[01]\.\d{3}", out, re.M), out
    assert "pooled: 2 stories, 2 articles" in out
    for category in ("actors", "claims", "denials"):
        assert re.search(rf"^{category}\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}\s+\d+", out, re.M), out
    assert re.search(r"^kind right .*: [01]\.\d{3} \(\d+/\d+\)$", out, re.M), out


def test_eval_by_rule_lists_rules_and_the_ones_that_never_fired(labelled_set):
    result = run_brief("eval", str(labelled_set / "gold" / "one.yaml"), str(labelled_set / "corpus" / "one"),
                       "--by-rule", "--quiet")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\s+(attribution|engine)\s+\S+\s+claims\s+1\s+1\s+1\.000$", result.stdout, re.M), result.stdout
    assert re.search(r"^never fired: \d+ attribution and classify rules", result.stdout, re.M)
    assert re.search(r"^\s+classify\s+\S+\s+\S+default\.yaml:\d+$", result.stdout, re.M)


@pytest.mark.parametrize("args, message", [
    (["nowhere/gold.yaml", "nowhere"], "no such file or folder"),
    (["tests/data/gold/seeds.yaml"], "needs its corpus folder"),
    (["tests/data/gold/seeds.yaml", "tests"], "no such article in tests"),
])
def test_eval_bad_input_exits_2_with_one_line(args, message):
    result = run_brief("eval", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_eval_evidence_not_found_names_the_gold_file(labelled_set):
    gold = labelled_set / "gold" / "one.yaml"
    gold.write_text(GOLD_ONE.replace("will reopen in March", "will reopen in May"), encoding="utf-8")
    result = run_brief("eval", str(labelled_set))
    assert result.returncode == 2
    assert re.fullmatch(r".*one\.yaml: a\.txt: claim evidence not found verbatim.*\n", result.stderr), result.stderr
