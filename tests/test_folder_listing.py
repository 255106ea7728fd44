"""A folder is listed without a ``stat`` per plain file; links are still looked at one by one
and every real file is read once, whichever names lead to it."""

from __future__ import annotations

import os

from tui.articles.paths import expand_paths


def test_plain_files_links_and_linked_folders_give_each_real_file_once(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Alma Torv said the bridge was safe.\n")
    (real / "b.md").write_text("Bela Ostrov denied the claim.\n")
    (real / "notes.csv").write_text("not an article\n")
    os.symlink("a.txt", real / "c.txt")  # another name for a.txt, in the same folder
    os.symlink("missing.txt", real / "d.txt")  # a link to nothing: named, skipped
    os.symlink(real, tmp_path / "alias")  # the same folder under another name
    files, problems = expand_paths([str(real), str(tmp_path / "alias"), str(real / "b.md")])
    assert [f.name for f in files] == ["a.txt", "b.md"]
    assert problems and all("d.txt" in p and "does not exist" in p for p in problems)


def test_a_folder_reached_through_a_link_keeps_the_name_it_was_given(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Alma Torv said the bridge was safe.\n")
    os.symlink(real, tmp_path / "alias")
    files, problems = expand_paths([str(tmp_path / "alias")])
    assert files == [tmp_path / "alias" / "a.txt"] and problems == []
