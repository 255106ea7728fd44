"""The reader's settings file: read strictly, never fatal, written atomically."""

from __future__ import annotations

import pytest

from tui.settings import Settings, load_settings, save_settings, settings_path


def test_missing_file_is_the_defaults(tmp_path):
    assert load_settings(tmp_path / "none.yaml") == (Settings(), [])


def test_round_trip(tmp_path):
    path = tmp_path / "deep" / "settings.yaml"
    assert save_settings(Settings(theme="nord", screenshots="/tmp/shots"), path) is None
    assert load_settings(path) == (Settings(theme="nord", screenshots="/tmp/shots"), [])


@pytest.mark.parametrize("text, where, words", [
    ("theme: nord\nthem: x\n", ":2:1:", "unknown key 'them'; did you mean 'theme'?"),
    ("theme: [a, b]\n", ":1:8:", "'theme' must be text"),
    ("- theme\n", ":1:1:", "must be a mapping"),
    ("theme: 'open\n", ":", "not valid YAML"),
    ("theme: &a [*a]\n", ":", "must be text"),
])
def test_bad_files_give_one_line_problems_and_keep_what_is_good(tmp_path, text, where, words):
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    settings, problems = load_settings(path)
    assert len(problems) == 1
    line = str(problems[0])
    assert line.startswith(str(path) + where) and words in line, line
    if text.startswith("theme: nord"):
        assert settings.theme == "nord"


def test_binary_file_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_bytes(b"\xff\xfe\x00\x01")
    settings, problems = load_settings(path)
    assert settings == Settings() and "cannot be read" in str(problems[0])


def test_location_follows_xdg_and_override(monkeypatch, tmp_path):
    monkeypatch.delenv("BRIEF_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "briefing-reader" / "settings.yaml"
    monkeypatch.setenv("BRIEF_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert settings_path() == tmp_path / "elsewhere" / "settings.yaml"
