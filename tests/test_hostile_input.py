"""Hostile input from the command line: no hang, no traceback, no wrong card (issue 13).

Every fixture is built at run time. Each command runs in a subprocess that is
killed after a generous limit, so a regression fails instead of hanging the run.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import run_brief
from tui.rules.budget import RULE_SECONDS, seconds_for

LIMIT = 90.0
"""Seconds before a command is killed: many times what each case needs on a loaded machine."""
A_LINE = "a" * 40 + "!"


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-2000:]


def alias_bomb(key: str) -> str:
    """Nine levels of anchors, each list naming the one before nine times, used as ``key``."""
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]")
    lines.append(f"{key}: *l8")
    return "\n".join(lines) + "\n"


# -- catastrophic regex -------------------------------------------------------------------

BAD_BRIEF = """\
name: backtracking
title: Backtracking
extends: default
boilerplate:
  - id: chrome.runaway
    pattern: '(a+)+$'
classify:
  - id: denial.runaway
    label: denial
    category: rejection
    pattern: '(?:\\w+\\s?)+!$'
"""


def test_a_catastrophic_rule_is_cut_off_and_named_while_the_card_is_built(tmp_path):
    brief = tmp_path / "bad.yaml"
    brief.write_text(BAD_BRIEF, encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text(f"Ann Blay said the bridge will open in May.\n\n{A_LINE}\n\n"
                       "Tom Quist denied the report.\n", encoding="utf-8")
    result = run_brief("card", str(article), "--brief", str(brief), "--json", timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)[0]
    stopped = [w for w in card["warnings"] if "chrome.runaway" in w]
    assert stopped and "story.txt" in stopped[0] and "bad.yaml" in stopped[0], card["warnings"]
    assert any(c["speaker"] == "Ann Blay" for c in card["claims"]), card
    assert any(d["speaker"] == "Tom Quist" for d in card["denials"]), card
    assert "chrome.runaway" in result.stderr  # also said where a --json reader sees it


def test_brief_check_warns_about_the_nested_quantifiers_it_can_see(tmp_path):
    brief = tmp_path / "bad.yaml"
    brief.write_text(BAD_BRIEF, encoding="utf-8")
    result = run_brief("check", str(brief), timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert any(re.match(rf"{re.escape(str(brief))}:6:15: warning: rule 'chrome.runaway'", w) for w in warnings), warnings
    assert any("denial.runaway" in w for w in warnings), warnings
    clean = run_brief("check", "briefs/track-two.yaml", timeout=LIMIT)
    assert clean.returncode == 0 and "warning" not in clean.stderr, clean.stderr


def test_brief_check_stops_an_inline_example_that_runs_away(tmp_path):
    brief = tmp_path / "bad.yaml"
    brief.write_text(BAD_BRIEF.replace("    pattern: '(a+)+$'\n",
                                       f"    pattern: '(a+)+$'\n    examples:\n      no_match: ['{A_LINE}']\n"),
                     encoding="utf-8")
    result = run_brief("check", str(brief), timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 1 and "was stopped" in result.stderr, result.stderr


# -- YAML alias bombs ---------------------------------------------------------------------

@pytest.mark.parametrize("key", ["name", "title", "macros"])
def test_an_alias_bomb_in_a_brief_is_refused_at_once(tmp_path, key):
    brief = tmp_path / "bomb.yaml"
    brief.write_text(alias_bomb(key) + "extends: default\n", encoding="utf-8")
    for args in (("check", str(brief)), ("card", "seeds", "--brief", str(brief))):
        result = run_brief(*args, timeout=LIMIT)
        no_traceback(result)
        assert result.returncode == 2, result.stderr
        assert re.search(rf"^{re.escape(str(brief))}:\d+:\d+: too many alias expansions; ", result.stderr, re.M), \
            result.stderr


def test_an_alias_bomb_in_front_matter_drops_that_front_matter_only(tmp_path):
    (tmp_path / "bomb.md").write_text("---\n" + alias_bomb("title") + "---\nAnn Blay said the vote was fair.\n",
                                      encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Tom Quist said the vote was late.\n", encoding="utf-8")
    result = run_brief("card", str(tmp_path), "--json", timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    cards = {Path(c["file"]).name: c for c in json.loads(result.stdout)}
    assert set(cards) == {"bomb.md", "plain.txt"}
    assert any("too many alias expansions" in w for w in cards["bomb.md"]["warnings"])
    assert cards["bomb.md"]["claims"] and cards["plain.txt"]["claims"]
    assert re.search(r"bomb\.md:\d+: front matter: too many alias expansions", result.stderr)


def test_an_alias_bomb_in_a_gold_file_is_one_line(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text(alias_bomb("articles"), encoding="utf-8")
    result = run_brief("eval", str(gold), "seeds", timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 2
    assert re.match(rf"{re.escape(str(gold))}:\d+:\d+: too many alias expansions", result.stderr), result.stderr


# -- size and shape -----------------------------------------------------------------------

def test_a_two_megabyte_paragraph_is_carded_in_linear_time(tmp_path):
    names = ["Ann Blay", "Tom Quist", "Eve Marsh", "Lou Vance", "Ida Orrin", "Max Teal"]
    shapes = ["{n} said the plan would work.", "The ministry denied the report.",
              '"We will not comment," {n} told reporters.', "He added that the talks were going well.",
              "Officials in the city declined to comment on the matter."]
    sentences, size, i = [], 0, 0
    while size < 2_000_000:
        sentence = shapes[i % len(shapes)].format(n=names[(i // len(shapes)) % len(names)])
        sentences.append(sentence)
        size += len(sentence) + 1
        i += 1
    article = tmp_path / "long.txt"
    article.write_text(" ".join(sentences) + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run_brief("card", str(article), "--json", timeout=4 * LIMIT)  # wall time: the machine may be busy
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)[0]
    assert len(card["claims"]) > 10_000
    # Processor time is what load does not inflate much: about 5 s on a quiet machine (the
    # quadratic scan took over 120 s).
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    assert cpu < 45, f"{cpu:.1f} s of processor time for a 2 MB paragraph"


def test_a_long_article_gives_each_rule_time_in_proportion():
    """A 2 MB article is not a runaway pattern: its rules get 20 times a short one's budget,
    so its card does not depend on how busy the machine is."""
    assert seconds_for(3_000) == RULE_SECONDS
    assert seconds_for(2_000_000) == 20 * RULE_SECONDS


def test_a_two_megabyte_paragraph_of_thousands_of_names_is_linear(tmp_path):
    """Thousands of distinct invented people and bodies: the alias merges, the family
    owners and the speaker model must not compare every name or mention with every other."""
    rnd = random.Random(7)
    firsts = [a + b for a in ("Al", "Bri", "Cas", "Dor", "El", "Fen", "Gil", "Hal") for b in ("an", "is", "o", "ette")]
    lasts = [a + b for a in ("Mar", "Quen", "Tal", "Vor", "Wex", "Yan", "Zel", "Orr") for b in ("by", "ton", "ick", "ley",
                                                                                          "sen", "dale")]
    shapes = ["{n} said the plan would work.", "The {b} Council denied the report.",
              '"We will not comment," {n} told the {b} Herald.', "His wife {f} added that the talks went well.",
              "The spokesman for {n} declined to comment.", "She said the {b} Board had agreed."]
    sentences, size = [], 0
    while size < 2_000_000:
        sentence = rnd.choice(shapes).format(n=f"{rnd.choice(firsts)} {rnd.choice(lasts)}", f=rnd.choice(firsts),
                                             b=rnd.choice(lasts))
        sentences.append(sentence)
        size += len(sentence) + 1
    article = tmp_path / "names.txt"
    article.write_text(" ".join(sentences) + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run_brief("card", str(article), "--json", timeout=4 * LIMIT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)[0]
    assert len(card["actors"]) > 500
    assert not [w for w in card["warnings"] if "was stopped" in w], card["warnings"]  # no rule cut short
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    assert cpu < 45, f"{cpu:.1f} s of processor time for 2 MB naming thousands of people"


def test_a_million_line_file_is_refused_with_its_shape(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("ab.\n" * 1_000_000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    alone = run_brief("card", str(big), timeout=LIMIT)
    no_traceback(alone)
    assert alone.returncode == 2
    assert re.search(r"big\.txt: 1,000,000 lines is not the shape of an article", alone.stderr), alone.stderr
    folder = run_brief("card", str(tmp_path), "--json", timeout=LIMIT)
    assert folder.returncode == 0 and [Path(c["file"]).name for c in json.loads(folder.stdout)] == ["ok.txt"]


# -- paths --------------------------------------------------------------------------------

def test_a_recursive_glob_reads_each_real_file_once_and_names_the_loops(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    (d / "sub" / "b.txt").write_text("Tom Quist said the vote was late.\n", encoding="utf-8")
    os.symlink(".", d / "l1")
    os.symlink(".", d / "l2")
    os.symlink("..", d / "sub" / "up")
    result = run_brief("card", str(d / "**" / "*.txt"), "--json", timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    files = sorted(os.path.relpath(c["file"], d) for c in json.loads(result.stdout))
    assert files == ["a.txt", os.path.join("sub", "b.txt")]
    for link in ("l1", "l2"):
        assert re.search(rf"^skipped: .*{link}: a symbolic link loop", result.stderr, re.M), result.stderr


def test_link_loops_among_the_files_are_skipped_and_named(tmp_path):
    (tmp_path / "ok.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    result = run_brief("card", str(tmp_path), "--json", timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0
    for name in ("loop1.txt", "loop2.txt", "self.txt"):
        assert re.search(rf"^skipped: .*{name}: a symbolic link loop", result.stderr, re.M), result.stderr
    alone = run_brief("card", str(tmp_path / "self.txt"), timeout=LIMIT)
    assert alone.returncode == 2 and "symbolic link loop" in alone.stderr


def _as_a_normal_user() -> list[str] | None:
    """How to run a command without root's right to read any folder, or None."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture
def locked_folder():
    prefix = _as_a_normal_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be tried")
    root = Path(tempfile.mkdtemp(prefix="brief-locked-"))
    os.chmod(root, 0o755)
    locked, open_ = root / "locked", root / "open"
    locked.mkdir()
    open_.mkdir()
    (locked / "x.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    (open_ / "y.txt").write_text("Tom Quist said the vote was late.\n", encoding="utf-8")
    for p in (open_, open_ / "y.txt", locked / "x.txt"):
        os.chmod(p, 0o755)
    os.chmod(locked, 0)
    probe = subprocess.run(prefix + ["ls", str(locked)], capture_output=True)
    if probe.returncode == 0:
        os.chmod(locked, 0o755)
        shutil.rmtree(root)
        pytest.skip("this user can list a mode-000 folder")
    yield prefix, locked, open_
    os.chmod(locked, 0o755)
    shutil.rmtree(root)


def _run_as(prefix: list[str], *args: str) -> subprocess.CompletedProcess:
    import sys

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent), PYTHONIOENCODING="utf-8",
               BRIEF_CACHE_DIR="off", COLUMNS="200")
    return subprocess.run(prefix + [sys.executable, "-m", "tui", *args], cwd=Path(__file__).parent.parent,
                          env=env, capture_output=True, text=True, timeout=LIMIT)


def test_an_unlistable_folder_is_one_line(locked_folder):
    prefix, locked, open_ = locked_folder
    for command in ("card", "read"):
        result = _run_as(prefix, command, str(locked))
        no_traceback(result)
        assert result.returncode == 2, result.stderr
        assert f"{locked}: cannot list this folder (Permission denied)" in result.stderr
    both = _run_as(prefix, "card", str(locked), str(open_), "--json")
    no_traceback(both)
    assert both.returncode == 0 and [Path(c["file"]).name for c in json.loads(both.stdout)] == ["y.txt"]


def test_a_path_under_an_unsearchable_folder_is_one_line(locked_folder):
    prefix, locked, _ = locked_folder
    result = _run_as(prefix, "card", str(locked / "x.txt"))
    no_traceback(result)
    assert result.returncode == 2
    assert f"{locked / 'x.txt'}: cannot reach it (Permission denied" in result.stderr


def test_control_characters_in_file_names_never_reach_the_terminal(tmp_path):
    (tmp_path / "a\x1b]0;pwned\x07.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    (tmp_path / "b\x1b[41mred.txt").write_text("", encoding="utf-8")  # empty: on the skipped list
    (tmp_path / "c\x1b[2J.md").write_text("---\ntitle: [unclosed\n---\nTom Quist said so.\n", encoding="utf-8")
    result = run_brief("card", str(tmp_path), timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 0
    assert "skipped:" in result.stderr and "warning:" in result.stderr
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x07" not in stream, stream


# -- gold files ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, where, what", [
    ("articles: [5, 6]\n", "1:12", "article 1: an article entry must be a mapping"),
    ("articles:\n- file: a.txt\n  actors:\n  - {kind: person}\n", "4:5", "actor 1 has no 'name:'"),
    ("articles:\n- file: a.txt\n  claims:\n  - {evidence: Ann}\n", "4:5", "claim 1 has no 'speaker:'"),
    ("articles:\n- file: a.txt\n  actors:\n  - {name: [Ann, Blay]}\n", "4:12", "'name:' must be text"),
    ("articles:\n- file: a.txt\n  actors: [5]\n", "3:12", "actor 1 must be a mapping"),
    ("articles:\n- file: a.txt\n  denials:\n  - {speaker: Ann, evidence: {x: 1}}\n", "4:30",
     "'evidence:' must be text"),
])
def test_a_gold_file_of_the_wrong_shape_is_file_line_col(tmp_path, text, where, what):
    gold = tmp_path / "g.yaml"
    gold.write_text(text, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ann Blay said the vote was fair.\n", encoding="utf-8")
    result = run_brief("eval", str(gold), str(corpus), timeout=LIMIT)
    no_traceback(result)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"{gold}:{where}: "), result.stderr
    assert what in result.stderr, result.stderr
