"""write_atomic: never clobbers without force, and a failed write leaves the old file whole."""

from __future__ import annotations

import os

import pytest

from tui.briefing import BriefingExists, BriefingWriteError, write_atomic
from tui.briefing import write as write_mod


def test_writes_new_file(tmp_path):
    target = tmp_path / "b.md"
    assert write_atomic(target, "# hi\n") == target
    assert target.read_text(encoding="utf-8") == "# hi\n"
    assert os.listdir(tmp_path) == ["b.md"]  # no temporary file left behind


def test_existing_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "b.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(BriefingExists, match="already exists; use --force"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    write_atomic(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert os.listdir(tmp_path) == ["b.md"]


def test_overwrite_keeps_permissions(tmp_path):
    target = tmp_path / "b.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, "new", force=True)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_failure_leaves_old_file_whole(tmp_path, monkeypatch, where):
    target = tmp_path / "b.md"
    old = "old briefing\n" * 1000
    target.write_text(old, encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "write":
        real_fdopen = os.fdopen

        class Half:
            def __init__(self, fh):
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.fh.close()

            def write(self, text):
                self.fh.write(text[: len(text) // 2])
                self.fh.flush()
                boom()

        monkeypatch.setattr(write_mod.os, "fdopen", lambda *a, **k: Half(real_fdopen(*a, **k)))
    elif where == "fsync":
        monkeypatch.setattr(write_mod.os, "fsync", boom)
    else:
        monkeypatch.setattr(write_mod.os, "replace", boom)
    with pytest.raises(BriefingWriteError, match="No space left on device.*unchanged"):
        write_atomic(target, "new briefing\n" * 5000, force=True)
    assert target.read_text(encoding="utf-8") == old
    assert os.listdir(tmp_path) == ["b.md"]


def test_missing_folder_and_folder_target(tmp_path):
    with pytest.raises(BriefingWriteError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "b.md", "x")
    with pytest.raises(BriefingWriteError, match="is a folder"):
        write_atomic(tmp_path, "x", force=True)


def test_no_clobber_race(tmp_path, monkeypatch):
    """The file appears between the check and the rename: still not overwritten."""
    target = tmp_path / "b.md"
    real_mkstemp = write_mod.tempfile.mkstemp

    def mkstemp(*a, **k):
        target.write_text("someone else's", encoding="utf-8")
        return real_mkstemp(*a, **k)

    monkeypatch.setattr(write_mod.tempfile, "mkstemp", mkstemp)
    with pytest.raises(BriefingExists):
        write_atomic(target, "mine")
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert os.listdir(tmp_path) == ["b.md"]
