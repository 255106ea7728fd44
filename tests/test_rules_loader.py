"""Loading briefs: every problem reported, one line each, at the right place."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tui.rules.examples import check_examples
from tui.rules.loader import load_brief
from tui.rules.problems import BriefError

from conftest import BRIEFS, PROJECT, run_brief

BAD = Path(__file__).resolve().parent / "data" / "bad_briefs"
LINE_RE = re.compile(r"^(?P<file>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<message>[^\n;]+)(?:; (?P<hint>[^\n]+))?$")

# file, then one (line, words in the message, words in the hint) per expected problem.
BAD_BRIEFS = [
    ("syntax.yaml", [(6, "YAML syntax error", "check")]),
    ("unknown_top_key.yaml", [(3, "unknown key 'atribution'", "did you mean 'attribution'")]),
    ("unknown_rule_key.yaml", [(7, "unknown key 'descripton'", "did you mean 'description'")]),
    ("wrong_type.yaml", [(3, "'classify' must be a list", "")]),
    ("bad_regex.yaml", [(6, "does not compile", "fix the regex")]),
    ("duplicate_id.yaml", [(7, "duplicate rule id 'x.twice'", "own id")]),
    ("duplicate_id_across_extends.yaml", [(4, "duplicate rule id 'speech-verb.said'", "own id")]),
    ("missing_extends.yaml", [(2, "'no-such-pack' not found", "pack name")]),
    # The cycle is reported at the 'extends' line that closes it, in the other file.
    ("cycle_a.yaml", [(None, "cycle", "extends", "cycle_b.yaml")]),
    ("trigger_words_type.yaml", [(5, "'trigger_words' must be a list of words", "")]),
    ("yes_no_word.yaml", [(3, "no is read by YAML as a boolean", "quotes")]),
    ("macro_cycle.yaml", [(8, "cycle (a -> b -> a)", "plain regex")]),
    ("unknown_macro.yaml", [(6, "unknown macro '{speakr}'", "did you mean 'speaker'")]),
    ("python_tag.yaml", [(3, "python/object/apply", "")]),
    ("three_problems.yaml", [
        (3, "unknown key 'actor'", "did you mean 'actors'"),
        (8, "does not compile", "fix the regex"),
        (10, "label 'denail' is not known", "did you mean 'denial'"),
    ]),
]


def problems_of(path: Path) -> list[str]:
    with pytest.raises(BriefError) as info:
        load_brief(path)
    lines = [str(p) for p in info.value.problems]
    assert str(info.value).splitlines() == lines
    return lines


@pytest.mark.parametrize("name, expected", BAD_BRIEFS, ids=[b[0] for b in BAD_BRIEFS])
def test_bad_brief_reports_every_problem_in_one_line_form(name, expected):
    lines = problems_of(BAD / name)
    assert len(lines) == len(expected), "\n".join(lines)
    for text, (line, message, hint, *file) in zip(lines, expected):
        m = LINE_RE.match(text)
        assert m, f"not in file:line:col: message; hint form: {text!r}"
        assert Path(m["file"]).name == (file[0] if file else name), text
        if line is not None:
            assert int(m["line"]) == line, text
        assert int(m["col"]) >= 1
        assert message in m["message"], text
        assert m["hint"], f"no hint saying what to do: {text!r}"
        assert hint in m["hint"], text


@pytest.mark.parametrize("name", ["bad_regex.yaml", "three_problems.yaml"])
def test_regex_error_gives_its_position(name):
    [text] = [t for t in problems_of(BAD / name) if "does not compile" in t]
    assert re.search(r"at position \d+", text), text


def test_regex_error_column_points_at_the_bad_character_in_a_plain_scalar():
    [text] = problems_of(BAD / "bad_regex.yaml")
    m = LINE_RE.match(text)
    source_line = (BAD / "bad_regex.yaml").read_text().splitlines()[int(m["line"]) - 1]
    assert source_line[int(m["col"]) - 1:].startswith("(involved"), (text, source_line)


def test_regex_error_column_points_at_the_bad_character_in_a_quoted_scalar():
    [text] = [t for t in problems_of(BAD / "three_problems.yaml") if "does not compile" in t]
    m = LINE_RE.match(text)
    source_line = (BAD / "three_problems.yaml").read_text().splitlines()[int(m["line"]) - 1]
    assert source_line[int(m["col"]) - 1:].startswith("(involved"), (text, source_line)


def test_duplicate_across_extends_names_the_first_site():
    [text] = problems_of(BAD / "duplicate_id_across_extends.yaml")
    assert re.search(r"first at \S*default\.yaml:\d+", text), text


def test_cyclic_extends_is_an_error_not_a_hang():
    for name in ("cycle_a.yaml", "cycle_b.yaml"):
        [text] = problems_of(BAD / name)
        assert "cycle_a.yaml" in text and "cycle_b.yaml" in text


def test_cyclic_extends_points_at_an_extends_line():
    [text] = problems_of(BAD / "cycle_a.yaml")
    m = LINE_RE.match(text)
    source = Path(m["file"]).read_text().splitlines()[int(m["line"]) - 1]
    assert source.startswith("extends"), (text, source)


def test_self_extending_brief_is_a_cycle(tmp_path):
    (tmp_path / "me.yaml").write_text("name: me\nextends: me.yaml\n")
    [text] = problems_of(tmp_path / "me.yaml")
    assert "cycle" in text


def test_python_tag_is_rejected_and_nothing_runs(tmp_path):
    marker = tmp_path / "PWNED"
    brief = tmp_path / "evil.yaml"
    brief.write_text(f'name: evil\nextends: default\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n')
    [text] = problems_of(brief)
    assert "evil.yaml:3:" in text
    assert not marker.exists()
    result = run_brief("check", str(brief))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not marker.exists()


def test_failing_inline_examples_are_problems_in_one_line_form():
    brief = load_brief(BAD / "failing_example.yaml")
    lines = [str(p) for p in check_examples(brief)]
    assert len(lines) == 2, lines
    for text in lines:
        m = LINE_RE.match(text)
        assert m and Path(m["file"]).name == "failing_example.yaml" and m["line"] == "4", text
    assert "'they always did it' should match" in lines[0]
    assert "'we never did it' must not match" in lines[1]


def test_extends_default_works_from_any_folder(tmp_path):
    (tmp_path / "story.yaml").write_text(textwrap.dedent("""\
        name: story
        extends: default
        actors:
          - {name: Alice Montgomery, kind: person, aliases: [Montgomery]}
        classify:
          - id: story.never
            label: denial
            pattern: '\\bnever happened\\b'
            examples:
              match: ["it never happened"]
        """))
    brief = load_brief(tmp_path / "story.yaml")
    assert [Path(f).name for f in brief.files] == ["story.yaml", "default.yaml"]
    assert brief.rule("story.never") is not None and brief.rule("speech-verb.said") is not None
    assert any(a.name == "Alice Montgomery" for a in brief.actors)
    assert any(a.name == "Kremlin" for a in brief.actors), "the default gazetteer is inherited"
    assert check_examples(brief) == []


def test_extends_by_relative_path(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "base.yaml").write_text("name: base\nextends: default\n")
    (tmp_path / "story.yaml").write_text("name: story\nextends: packs/base.yaml\n")
    brief = load_brief(tmp_path / "story.yaml")
    assert len(brief.files) == 3


def test_shipped_briefs_load_and_pass_their_examples():
    for name in ("default.yaml", "track-two.yaml"):
        brief = load_brief(BRIEFS / name)
        assert brief.rules and check_examples(brief) == []
        ids = [r.id for r in brief.rules]
        assert len(ids) == len(set(ids))


# -- brief check ------------------------------------------------------------------

@pytest.mark.parametrize("brief", ["briefs/default.yaml", "briefs/track-two.yaml", "default"])
def test_brief_check_passes_the_shipped_briefs(brief):
    result = run_brief("check", brief)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize("name, count", [("three_problems.yaml", 3), ("syntax.yaml", 1), ("cycle_a.yaml", 1)])
def test_brief_check_exits_2_with_one_line_per_problem(name, count):
    result = run_brief("check", str(BAD / name))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == count, result.stderr
    assert all(LINE_RE.match(line) for line in lines), result.stderr


def test_brief_check_exits_1_on_failing_examples():
    result = run_brief("check", str(BAD / "failing_example.yaml"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "should match but does not" in result.stderr


def test_brief_check_missing_brief_exits_2(tmp_path):
    result = run_brief("check", str(tmp_path / "absent.yaml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert LINE_RE.match(result.stderr.strip().splitlines()[0])


def test_project_dir_is_the_repo():
    assert (PROJECT / "briefs" / "default.yaml").is_file()


def test_a_cue_rule_keeps_its_own_trigger_lexicons():
    """A ``form: cue`` rule that names ``trigger_lexicons`` is tried on sentences holding those
    words, not only the form's default cue words (else its verbs never run)."""
    brief = load_brief(BRIEFS / "default.yaml")
    grounds = brief.rule("cue.grounds")
    assert "attacked" in grounds.trigger_words
    assert "attacked" not in brief.rule("cue.reporting-verb").trigger_words
