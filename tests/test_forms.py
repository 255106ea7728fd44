"""The attribution forms' registry: briefs are validated against it, the README is generated from it,
and a story brief can switch off or replace a rule it inherits."""

from __future__ import annotations

import textwrap

import pytest

from tui.rules.forms import FORMS, forms_table
from tui.rules.loader import load_brief
from tui.rules.problems import BriefError

from conftest import BRIEFS, PROJECT


def write(tmp_path, text: str, name: str = "story.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def problems(path) -> list[str]:
    with pytest.raises(BriefError) as info:
        load_brief(path)
    return [str(p) for p in info.value.problems]


def test_a_form_that_reads_a_missing_lexicon_is_an_error_at_the_rule(tmp_path):
    path = write(tmp_path, """
        name: lonely
        lexicons:
          cue_verbs: [said]
        attribution:
          - id: cue.lonely
            form: cue
            pattern: 'said'
        """)
    lines = problems(path)
    assert any(f"{path}:6:" in line and "reads lexicon 'cue_filler'" in line for line in lines), lines
    assert all(line.startswith(str(path)) for line in lines)


def test_a_form_checks_its_groups(tmp_path):
    path = write(tmp_path, """
        name: groupless
        extends: default
        attribution:
          - id: my.indirect
            form: indirect
            pattern: '(?P<speaker>[A-Z]\\w+) whispered (?P<said>.+)'
        """)
    (line,) = [p for p in problems(path) if "my.indirect" in p]
    assert "(?P<content>...)" in line and "form 'indirect' needs it" in line


def test_every_pack_reads_only_lexicons_it_has():
    for pack in BRIEFS.glob("*.yaml"):
        load_brief(pack)  # raises on a missing lexicon or macro


def test_readme_table_is_the_registry():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert forms_table() in readme, "regenerate it: python -m tui.rules.forms README.md"
    for name in FORMS:
        assert f"`{name}`" in forms_table()


def test_disable_switches_off_an_inherited_rule_and_allows_a_replacement(tmp_path):
    path = write(tmp_path, """
        name: quiet
        extends: default
        disable: [cue.reporting-verb, colon-tag]
        attribution:
          - id: colon-tag
            form: indirect
            pattern: '^(?P<speaker>[A-Z]\\w+ [A-Z]\\w+) -- (?P<content>.+)$'
        """)
    brief = load_brief(path)
    ids = [r.id for r in brief.section("attribution")]
    assert "cue.reporting-verb" not in ids
    assert ids.count("colon-tag") == 1 and "--" in brief.rule("colon-tag").pattern


def test_disable_of_an_unknown_rule_names_the_line(tmp_path):
    path = write(tmp_path, """
        name: typo
        extends: default
        disable: [cue.reporting-verbs]
        """)
    (line,) = problems(path)
    assert line.startswith(f"{path}:3:") and "did you mean 'cue.reporting-verb'" in line
