"""Reading articles: paths, front matter and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.articles import reader
from tui.articles.reader import article_from_text, expand_paths, read_article, read_articles

STORY = "Harbour bridge to reopen\n\nThe city engineer said the bridge will reopen in March.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


# -- paths -------------------------------------------------------------------

def test_folder_lists_articles_sorted_and_ignores_other_files(tmp_path):
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "a.md", "---\ntitle: A\n---\nBody text here.\n")
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / "image.png", b"\x89PNG\x00\x00")
    (tmp_path / "sub.txt").mkdir()  # a folder named like an article is not one
    files, problems = expand_paths([str(tmp_path)])
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert problems == []


def test_glob_expands_and_list_is_deduplicated(tmp_path):
    a = write(tmp_path / "one.txt", STORY)
    write(tmp_path / "two.txt", STORY)
    write(tmp_path / "three.md", STORY)
    files, problems = expand_paths([str(tmp_path / "*.txt"), str(a), str(tmp_path / "." / "one.txt")])
    assert sorted(f.name for f in files) == ["one.txt", "two.txt"]
    assert len(files) == 2, "the same file named three ways is read once"
    assert problems == []


def test_missing_path_and_empty_glob_are_reported_not_raised(tmp_path):
    files, problems = expand_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.zzz")])
    assert files == []
    assert len(problems) == 2
    assert "nope.txt" in problems[0] and "no such file" in problems[0]
    assert "*.zzz" in problems[1]


def test_empty_folder_is_a_problem(tmp_path):
    (tmp_path / "empty").mkdir()
    files, problems = expand_paths([str(tmp_path / "empty")])
    assert files == [] and len(problems) == 1 and "empty" in problems[0]


# -- front matter -------------------------------------------------------------

MD = """---
title: Bridge to reopen in March
outlet: Harbour Gazette
date: 2023-07-06
url: https://example.org/bridge
author: Jane Doe
---
The city engineer said the bridge will reopen in March.
"""


def test_markdown_front_matter_fills_metadata(tmp_path):
    article = read_article(write(tmp_path / "story.md", MD))
    assert article.ok and article.warnings == []
    assert article.title == "Bridge to reopen in March"
    assert article.outlet == "Harbour Gazette"
    assert article.date == "2023-07-06"
    assert article.url == "https://example.org/bridge"
    assert article.author == "Jane Doe"
    assert article.text == MD, "the text keeps the front matter so offsets index the file"
    assert article.text[article.body_start:].startswith("The city engineer")
    s, e = article.title_span
    assert article.text[s:e] == article.title


def test_article_from_text_reads_front_matter_for_md_paths():
    article = article_from_text(MD, path="x.md")
    assert article.author == "Jane Doe" and article.body_start > 0
    plain = article_from_text(MD, path="x.txt")
    assert plain.author is None and plain.body_start == 0


def test_unclosed_or_broken_front_matter_warns_and_keeps_text(tmp_path):
    unclosed = read_article(write(tmp_path / "u.md", "---\ntitle: X\nBody without close.\n"))
    assert unclosed.ok and any("never closed" in w and "u.md:1" in w for w in unclosed.warnings)
    broken = read_article(write(tmp_path / "b.md", "---\ntitle: [unclosed\n---\nBody.\n"))
    assert broken.ok and any("b.md" in w and "not valid YAML" in w for w in broken.warnings)
    assert broken.title == ""


def test_front_matter_is_loaded_safely(tmp_path):
    evil = "---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nBody.\n"
    article = read_article(write(tmp_path / "evil.md", evil))
    assert article.ok
    assert article.title == ""
    assert any("evil.md" in w for w in article.warnings)


# -- bad files -----------------------------------------------------------------

def test_non_utf8_is_read_with_replacement_and_a_warning_naming_file_and_line(tmp_path):
    path = write(tmp_path / "latin1.txt", "Title line\n\nCaf\xe9 owners said prices rose.\n".encode("latin-1"))
    article = read_article(path)
    assert article.ok
    assert "\ufffd" in article.text and "owners said prices rose" in article.text
    assert len(article.warnings) == 1
    warning = article.warnings[0]
    assert warning.startswith(f"{path}:3:"), warning
    assert "UTF-8" in warning


def test_binary_file_is_skipped_with_an_error(tmp_path):
    article = read_article(write(tmp_path / "blob.txt", b"PK\x03\x04\x00\x00binary\x00stuff"))
    assert not article.ok and article.text == ""
    assert "blob.txt" in article.error and "binary" in article.error


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"], ids=["zero-bytes", "whitespace"])
def test_empty_file_is_skipped_with_an_error(tmp_path, content):
    article = read_article(write(tmp_path / "empty.txt", content))
    assert not article.ok
    assert "empty.txt" in article.error and "empty" in article.error


def test_huge_file_is_skipped_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: costs no disk, but stat says it is big
        fh.truncate(reader.MAX_BYTES + 1)
    article = read_article(path)
    assert not article.ok
    assert "huge.txt" in article.error and "too large" in article.error


def test_byte_order_mark_keeps_offsets_and_stays_out_of_the_title(tmp_path):
    content = "\ufeffBridge to reopen\n\nThe engineer said so.\n"
    path = write(tmp_path / "bom.txt", content)
    article = read_article(path)
    assert article.ok
    with open(path, encoding="utf-8", newline="") as fh:
        as_contract = fh.read()
    assert len(article.text) == len(as_contract), "offsets must index the file as the contract reads it"
    assert article.text[1:] == as_contract[1:]
    assert "\ufeff" not in article.text


def test_crlf_is_not_translated(tmp_path):
    path = write(tmp_path / "crlf.txt", "Title\r\n\r\nBody line.\r\n")
    assert read_article(path).text == "Title\r\n\r\nBody line.\r\n"


def test_a_bad_file_does_not_stop_the_folder(tmp_path):
    write(tmp_path / "01_good.txt", STORY)
    write(tmp_path / "02_binary.txt", b"\x00\x01\x02\x03")
    write(tmp_path / "03_empty.txt", b"")
    write(tmp_path / "04_latin1.txt", "Title\n\nna\xefve\n".encode("latin-1"))
    write(tmp_path / "05_good.md", MD)
    with open(tmp_path / "06_huge.txt", "wb") as fh:
        fh.truncate(reader.MAX_BYTES + 10)
    articles, problems = read_articles([str(tmp_path)])
    assert problems == []
    by_name = {Path(a.path).name: a for a in articles}
    assert sorted(by_name) == ["01_good.txt", "02_binary.txt", "03_empty.txt", "04_latin1.txt",
                               "05_good.md", "06_huge.txt"]
    assert [n for n, a in sorted(by_name.items()) if a.ok] == ["01_good.txt", "04_latin1.txt", "05_good.md"]
    for name in ("02_binary.txt", "03_empty.txt", "06_huge.txt"):
        assert name in by_name[name].error
    assert by_name["04_latin1.txt"].warnings


def test_seeds_read_cleanly(seed_files):
    for path in seed_files:
        article = read_article(path)
        assert article.ok and article.warnings == [], path
        with open(path, encoding="utf-8", newline="") as fh:
            assert article.text == fh.read()
