"""``brief read``: a bad brief or no articles stop before the reader opens, with exit status 2."""

from __future__ import annotations

import pytest

from tui.cli import main


def test_bad_brief_prints_problems_and_exits_2(tmp_path, capsys):
    brief = tmp_path / "bad.yaml"
    brief.write_text("name: x\ntitle: X\nextends: default\nactorz: []\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["read", "seeds", "--brief", str(brief)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"{brief}:4:1:" in err and "actorz" in err
    assert "Traceback" not in err


def test_yaml_among_paths_is_the_brief(tmp_path, capsys):
    brief = tmp_path / "bad.yaml"
    brief.write_text("name: x\nbogus: 1\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path / "nothing-here"), str(brief)])
    assert exc.value.code == 2
    assert "bogus" in capsys.readouterr().err


def test_no_articles_exits_2(tmp_path, capsys):
    assert main(["read", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err
