"""YAML from users: ordinary anchors load, alias bombs are refused with where they blow up."""

from __future__ import annotations

import time

import pytest

from tui.safe_yaml import AliasBombError, safe_load


def test_ordinary_anchors_and_merge_keys_load():
    text = "base: &base {kind: person, media: false}\nactors:\n  - {<<: *base, name: Ann Blay}\n  - {<<: *base, name: Tom Quist}\n"
    assert safe_load(text)["actors"][1] == {"kind": "person", "media": False, "name": "Tom Quist"}


def test_an_alias_bomb_is_refused_in_linear_time():
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    began = time.perf_counter()
    with pytest.raises(AliasBombError) as info:
        safe_load("\n".join(lines) + "\ntitle: *a11\n")
    assert time.perf_counter() - began < 5
    mark = info.value.problem_mark
    assert mark is not None and 1 <= mark.line < len(lines)


def test_a_self_referencing_anchor_does_not_loop():
    data = safe_load("a: &a [1, *a]\n")
    assert data["a"][1] is data["a"]
