"""The compiled-pattern cache: the same patterns as re.compile, from disk on the next start."""

from __future__ import annotations

import re

import pytest

from tui.rules import patterns
from tui.rules.patterns import PatternCache, cache_file

SPEAKER = r"(?P<speaker>[A-Z][a-z]+(?: [A-Z][a-z]+)*),? (?P<verb>said|says|told)\b(?P<content>.*)"
TEXTS = ["Maria Zakharova said the talks never happened.", "no speaker here", "Kirby, told reporters"]


def same_behaviour(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict()))


def test_compiles_as_re_does_and_the_next_run_reads_the_program_from_disk(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    for flags in (0, re.IGNORECASE):
        same_behaviour(first.compile(SPEAKER, flags), re.compile(SPEAKER, flags))
    first.save()
    assert path.is_file()

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(patterns._parser, "parse", no_parsing)
    again = PatternCache(path)
    same_behaviour(again.compile(SPEAKER, re.IGNORECASE), re.compile(SPEAKER, re.IGNORECASE))


def test_a_bad_pattern_raises_as_re_compile_does(tmp_path):
    cache = PatternCache(tmp_path / "p.marshal")
    with pytest.raises(re.error) as ours:
        cache.compile("said (that")
    with pytest.raises(re.error) as theirs:
        re.compile("said (that")
    assert (ours.value.msg, ours.value.pos) == (theirs.value.msg, theirs.value.pos)


@pytest.mark.parametrize("damage", [b"not a marshal file", b"", None])
def test_a_damaged_cache_is_compiled_anew(tmp_path, damage):
    import marshal

    path = tmp_path / "p.marshal"
    if damage is None:  # a well-formed file whose program the regex engine refuses
        path.write_bytes(marshal.dumps({f"0:{SPEAKER}": (32, [1, 2, 3], 2, {}, ())}))
    else:
        path.write_bytes(damage)
    cache = PatternCache(path)
    same_behaviour(cache.compile(SPEAKER), re.compile(SPEAKER))
    cache.save()
    same_behaviour(PatternCache(path).compile(SPEAKER), re.compile(SPEAKER))


def test_off_and_unwritable_caches_still_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_CACHE_DIR", "off")
    assert cache_file() is None
    same_behaviour(patterns.compile_pattern(SPEAKER), re.compile(SPEAKER))
    blocker = tmp_path / "a file"
    blocker.write_text("")
    cache = PatternCache(blocker / "under a file" / "p.marshal")  # the folder cannot be made
    same_behaviour(cache.compile(SPEAKER), re.compile(SPEAKER))
    cache.save()  # no error: the next start compiles again
    assert not (blocker / "under a file").exists()


def test_the_cache_folder_follows_the_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path))
    patterns.compile_pattern(SPEAKER + "x")
    patterns.save_patterns()
    assert cache_file().parent == tmp_path and cache_file().is_file()


def _programs_in(data: bytes) -> tuple[int, dict]:
    """Where the marshalled programs start in a cache file, and the programs (any format)."""
    import marshal

    header = data.find(b"\n") + 1 + getattr(patterns, "DIGEST_SIZE", 32) if data[:1] != b"{" and b"\n" in data[:64] else 0
    for offset in (0, header):
        try:
            found = marshal.loads(data[offset:])
        except (ValueError, EOFError, TypeError):
            continue
        if isinstance(found, dict) and found:
            return offset, found
    raise AssertionError("no programs in the cache file")


def flip_a_bit_in_each_program(path) -> int:
    """Damage the way a disk does: one bit in each program; the file still unmarshals."""
    import marshal

    data = path.read_bytes()
    offset, programs = _programs_in(data)
    for program in programs.values():
        code = program[1]
        code[len(code) // 2] ^= 1
    path.write_bytes(data[:offset] + marshal.dumps(programs))
    return len(programs)


def test_a_bit_flipped_program_is_never_used(tmp_path):
    path = tmp_path / "p.marshal"
    first = PatternCache(path)
    first.compile(SPEAKER)
    first.save()
    assert flip_a_bit_in_each_program(path) == 1
    again = PatternCache(path)
    same_behaviour(again.compile(SPEAKER), re.compile(SPEAKER))
    again.save()  # the damaged file is replaced by a good one
    third = PatternCache(path)
    assert third._load() and same_behaviour(third.compile(SPEAKER), re.compile(SPEAKER)) is None


def test_a_damaged_cache_gives_byte_identical_cards(tmp_path):
    """The issue's case: each cached program damaged; every later run's cards are the uncached ones."""
    from conftest import run_brief

    args = ("card", "seeds", "--brief", "briefs/track-two.yaml", "--json")
    reference = run_brief(*args, env_extra={"BRIEF_CACHE_DIR": "off"}, timeout=120)
    assert reference.returncode == 0, reference.stderr
    cache = {"BRIEF_CACHE_DIR": str(tmp_path)}
    assert run_brief(*args, env_extra=cache, timeout=120).stdout == reference.stdout
    files = list(tmp_path.glob("patterns-*"))
    assert len(files) == 1
    assert flip_a_bit_in_each_program(files[0]) > 50
    for _ in range(3):  # damaged, then rewritten: the same cards every time
        run = run_brief(*args, env_extra=cache, timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]
        assert run.stdout == reference.stdout
