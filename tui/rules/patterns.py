"""Compiling a brief's patterns, with the compiled programs kept on disk between runs.

Python's regex parser and compiler are written in Python, and a brief's
patterns, with their macros expanded, run to thousands of nodes: compiling them
was three quarters of loading a brief, 0.1-0.15 s of every start of the reader.
Like Python's own ``.pyc`` files, each pattern's compiled program is kept in
the user's cache folder, one file per interpreter version, and handed straight
to the regex engine at the next start (the engine checks a program before it
accepts it). A pattern that does not compile raises ``re.error`` as
``re.compile`` does; anything else unexpected (another interpreter, a damaged
file, no cache folder) falls back to ``re.compile``.

The engine's own check of a program is not enough to trust one from disk: a
program with one bit flipped can pass it and then crash the interpreter or
match something else. So the file starts with a digest of everything after it,
checked before anything is read from it (a damaged file is ignored and written
anew), and each program's shape is checked before the engine sees it. Cards are
the same, byte for byte, with and without the cache.

``BRIEF_CACHE_DIR`` names the cache folder; ``BRIEF_CACHE_DIR=off`` turns the
cache off.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import os
import re
import sys
from pathlib import Path

from .first_chars import guarded
from .first_set import with_first_set

try:  # the interpreter's own regex compiler, as re.compile uses it (CPython 3.11+)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    _sre = None

MAX_PROGRAMS = 2000
"""Programs kept in the file; past this, only those the last run used are kept."""

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

MAGIC = b"briefing-reader patterns 2\n"
"""The file's first bytes; then the digest of the rest, then the marshalled programs."""
DIGEST_SIZE = 32


def cache_file() -> Path | None:
    """Where this interpreter's compiled patterns are kept, or None when the cache is off."""
    setting = os.environ.get("BRIEF_CACHE_DIR", "")
    if setting.lower() == "off" or _sre is None:
        return None
    folder = Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") \
        / "briefing-reader"
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return folder / f"patterns-2-{tag}.marshal"


class PatternCache:
    """Compiled regex programs by (flags, pattern); ``save`` writes new ones back."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._programs: dict[str, Program] | None = None
        self._used: set[str] = set()
        self._added = False

    def compile(self, pattern: str, flags: int = 0, guard: bool = False) -> re.Pattern:
        """``guard``: run the pattern with a first-character guard (first_chars.py); the
        compiled pattern still reads as written (``.pattern``), and the guarded program is
        kept, so a start with a warm cache parses nothing."""
        flags = int(flags)
        if self.path is None and not guard:
            return re.compile(pattern, flags)
        key = f"{flags}:{'guarded+set:' if guard else ''}{pattern}"
        programs = self._load() if self.path is not None else {}
        self._used.add(key)
        program = programs.get(key)
        if program is not None and _well_formed(program):
            try:
                return _sre.compile(pattern, *program)
            except Exception:  # a program this engine does not accept: compile it anew
                pass
        source = guarded(pattern, flags) if guard else pattern
        try:
            program = _program(source, flags, first_set=guard)
            compiled = _sre.compile(pattern, *program)
        except re.error:
            raise
        except Exception:  # the compiler's insides differ from what we know: the public way
            return re.compile(source, flags)
        if self.path is not None:
            programs[key] = program
            self._added = True
        return compiled

    def save(self) -> None:
        """Write the programs back if this run compiled new ones (atomically; never an error),
        and let go of them: they are only needed while a brief compiles (about 1 MB)."""
        if self.path is not None and self._added:
            self._write(self._load())
        self._programs, self._added = None, False

    def _write(self, programs: dict[str, Program]) -> None:
        import tempfile  # only when there is something to write (it is slow to import)

        if len(programs) > MAX_PROGRAMS:
            programs = {k: v for k, v in programs.items() if k in self._used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            try:
                payload = marshal.dumps(programs)
                with os.fdopen(fd, "wb") as out:
                    out.write(MAGIC + _digest(payload) + payload)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass  # a read-only or full disk, or a program marshal cannot store: the next start compiles

    def _load(self) -> dict[str, Program]:
        if self._programs is None:
            self._programs = {}
            try:
                data = _unpack(self.path.read_bytes()) if self.path else {}
            except (OSError, ValueError, EOFError, TypeError):
                data = {}
            if isinstance(data, dict):
                self._programs = data
        return self._programs


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest()


def _unpack(data: bytes) -> object:
    """The programs in a cache file, or {} unless its digest matches what follows it."""
    head = len(MAGIC)
    if not data.startswith(MAGIC) or len(data) < head + DIGEST_SIZE:
        return {}
    digest, payload = data[head:head + DIGEST_SIZE], data[head + DIGEST_SIZE:]
    if not hmac.compare_digest(digest, _digest(payload)):
        return {}  # damaged: compiled anew and written back
    return marshal.loads(payload)


_INT_ONLY = frozenset({int})


def _well_formed(program: object) -> bool:
    """Is this the shape ``_program`` writes (flags, code, groups, group index, group names)?"""
    if not (isinstance(program, tuple) and len(program) == 5):
        return False
    flags, code, groups, groupindex, indexgroup = program
    # the types of the code's items gathered in C: a generator over them was half of loading a brief
    return (type(flags) is int and type(groups) is int and isinstance(code, list)
            and set(map(type, code)) <= _INT_ONLY and isinstance(groupindex, dict)
            and all(type(k) is str and type(v) is int for k, v in groupindex.items())
            and isinstance(indexgroup, tuple) and all(g is None or type(g) is str for g in indexgroup))


def _program(pattern: str, flags: int, first_set: bool = False) -> Program:
    """What ``re.compile`` hands the regex engine: final flags, code, group count and names.
    ``first_set``: with the first characters in the info block when the compiler left them
    out (first_set.py: the same matches, found by a search that skips in C)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    if first_set:
        code = with_first_set(code, parsed, flags | parsed.state.flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the compiler's opcodes are an int subclass, which marshal does not store
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


_shared: PatternCache | None = None


def compile_pattern(pattern: str, flags: int = 0, guard: bool = False) -> re.Pattern:
    """``re.compile`` for a brief's patterns, through this process's cache (``guard``: see
    :meth:`PatternCache.compile`)."""
    return _cache().compile(pattern, flags, guard)


def search_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """:func:`compile_pattern` for a pattern the engine searches through sentences: with the
    first-character guard (first_chars.py), the same matches found sooner."""
    return compile_pattern(pattern, flags, guard=True)


def text_lengths(regex: re.Pattern) -> tuple[int, float]:
    """The shortest and longest text the pattern can match (the longest may be infinite).

    A ``fullmatch`` of a text outside these lengths cannot succeed, so a caller may skip
    it: a boilerplate rule such as ``.{0,120}\\bsupport\\b.{0,60}...`` otherwise backtracks
    through every paragraph of every article before it fails (same results, no regex run)."""
    if _sre is None:  # pragma: no cover - another interpreter: nothing is known
        return 0, float("inf")
    low, high = _parser.parse(regex.pattern, regex.flags).getwidth()
    return low, float("inf") if high >= _parser.MAXREPEAT - 1 else high


def save_patterns() -> None:
    """Keep what this process compiled for the next start."""
    _cache().save()


def _cache() -> PatternCache:
    global _shared
    path = cache_file()
    if _shared is None or _shared.path != path:
        _shared = PatternCache(path)
    return _shared
