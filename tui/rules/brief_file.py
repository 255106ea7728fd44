"""One brief file from disk to a parsed mapping, or the one problem that stops it.

Kept apart from the loader because these checks are about the file (size, encoding,
YAML syntax, alias bombs, tags), not about what a brief means; each failure is a
single ``file:line:col`` problem and the loader goes on with the files that are good.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..safe_yaml import AliasBombError, alias_message
from ..safe_yaml import parse as parse_yaml
from .problems import Problem

MAX_BRIEF_BYTES = 2_000_000


@dataclass(frozen=True)
class BriefFile:
    """A brief file read and parsed: its bytes (for the digest), text, YAML node tree and data."""

    data_bytes: bytes
    text: str
    node: Any
    data: dict


def read_brief_file(path: Path) -> BriefFile | Problem:
    """Read, decode and safely parse ``path``; a Problem says why it cannot be used."""
    name = str(path)
    try:
        data_bytes = path.read_bytes()
    except OSError as exc:
        return Problem(name, 1, 1, f"cannot read the brief ({exc.strerror})", "check the path")
    if len(data_bytes) > MAX_BRIEF_BYTES:
        return Problem(name, 1, 1, "the brief is larger than 2 MB", "split it into packs joined with 'extends'")
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data_bytes.count(b"\n", 0, exc.start) + 1
        return Problem(name, line, 1, "the brief is not valid UTF-8", "re-save it as UTF-8")
    try:
        node, data = parse_yaml(text)
    except AliasBombError as exc:
        mark = exc.problem_mark
        return Problem(name, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1,
                       *alias_message(exc).split("; ", 1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if isinstance(exc, yaml.constructor.ConstructorError):
            return Problem(name, line, col, f"YAML tag not allowed: {what}",
                           "a brief holds plain YAML only; remove the '!!' tag")
        return Problem(name, line, col, f"YAML syntax error: {what}",
                       "check indentation, colons and quotes on this line")
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        return Problem(name, 1, 1, "the brief must be a mapping of keys (name:, extends:, attribution: ...)",
                       "start each top-level entry with 'key:'")
    return BriefFile(data_bytes, text, node, data)
