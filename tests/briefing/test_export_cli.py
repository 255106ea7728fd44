"""``brief export``: defaults, --force, --stdout / -o -, --no-cards, clear errors."""

from __future__ import annotations

from pathlib import Path

from briefing_helpers import md_parser


def test_default_exports_seeds_with_track_two_brief(brief_cli, tmp_path):
    result = brief_cli("export", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "briefing.md"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Track Two talks with Sergey Lavrov\n")
    assert "from 5 articles" in text
    assert "wrote briefing.md (5 articles)" in result.stderr
    assert "Traceback" not in result.stderr


def test_existing_file_needs_force(brief_cli, tmp_path):
    out = tmp_path / "b.md"
    out.write_text("keep me", encoding="utf-8")
    result = brief_cli("export", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{out}: already exists; use --force to overwrite it or choose another name"]
    assert out.read_text(encoding="utf-8") == "keep me"
    result = brief_cli("export", "-o", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Track Two")


def test_stdout_and_no_cards(brief_cli, project_dir):
    for args in (["--stdout"], ["-o", "-"]):
        result = brief_cli("export", "seeds/", "briefs/track-two.yaml", "--no-cards", *args)
        assert result.returncode == 0, result.stderr
        tokens = md_parser().parse(result.stdout)
        h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.type == "heading_open"]
        assert h2 == ["Sources", "Key findings"]
    assert not (project_dir / "-").exists()


def test_choose_articles_and_brief_option(brief_cli, seed_files):
    result = brief_cli("export", str(seed_files[1]), str(seed_files[3]),
                       "--brief", "briefs/track-two.yaml", "--stdout")
    assert result.returncode == 0, result.stderr
    assert "from 2 articles" in result.stdout
    # file names are code spans: shown as they are, nothing escaped inside
    assert Path(seed_files[1]).name + "`" in result.stdout
    assert Path(seed_files[0]).name not in result.stdout


def test_bad_inputs_give_one_line_errors(brief_cli, tmp_path):
    result = brief_cli("export", str(tmp_path / "nothing-here"), "--stdout")
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr and "Traceback" not in result.stderr
    result = brief_cli("export", "-o", str(tmp_path / "missing" / "b.md"))
    assert result.returncode == 2
    assert "does not exist; create it first" in result.stderr and "Traceback" not in result.stderr
    result = brief_cli("export", "--stdout", "-o", str(tmp_path / "b.md"))
    assert result.returncode == 2 and "not both" in result.stderr


def test_source_date_epoch_fixes_the_timestamp(project_dir, tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(project_dir), SOURCE_DATE_EPOCH="1767258000")
    runs = [subprocess.run([sys.executable, "-m", "tui", "export", "--stdout", "--no-cards"], cwd=project_dir,
                           env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
            for _ in range(2)]
    assert runs[0].returncode == 0, runs[0].stderr
    assert "Generated 2026-01-01 09:00 UTC" in runs[0].stdout
    assert runs[0].stdout == runs[1].stdout


def test_output_is_a_folder(brief_cli, tmp_path):
    result = brief_cli("export", "-o", str(tmp_path), "--force")
    assert result.returncode == 2 and "is a folder" in result.stderr
