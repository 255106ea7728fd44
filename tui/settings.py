"""The reader's own settings: the chosen theme and where screenshots are saved.

They live in one small YAML file under the XDG config folder
(``$XDG_CONFIG_HOME/briefing-reader/settings.yaml``, by default under
``~/.config``; ``BRIEF_CONFIG_DIR=DIR`` puts it elsewhere). The file is read
as strictly as a brief: an unknown key or a value of the wrong type is one
``file:line:col: what; what to do`` problem, the rest of the file still counts,
and a broken file never stops the reader. The app writes the file when the
theme changes, atomically, keeping what else it holds.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .rules.problems import Problem, did_you_mean
from .safe_yaml import parse

FILE_NAME = "settings.yaml"
MAX_BYTES = 64_000
"""A settings file is a few lines; anything much larger is not one."""


@dataclass(frozen=True)
class Settings:
    """What the reader remembers between runs."""

    theme: str | None = None
    """Name of the Textual theme last chosen (Ctrl+P, Theme)."""
    screenshots: str | None = None
    """Folder the palette's Screenshot saves to; None: the working folder."""


KEYS = {"theme": "the name of a theme, such as textual-dark",
        "screenshots": "a folder for screenshots"}


def settings_path() -> Path:
    """Where the settings file is (it need not exist)."""
    folder = os.environ.get("BRIEF_CONFIG_DIR")
    if folder:
        return Path(folder) / FILE_NAME
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing-reader" / FILE_NAME


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """The settings in ``path`` and the problems found in it; never raises."""
    path = path or settings_path()
    name = str(path)
    try:
        if not path.exists():
            return Settings(), []
        if path.stat().st_size > MAX_BYTES:
            return Settings(), [Problem(name, 1, 1, "too large for a settings file",
                                        f"keep it under {MAX_BYTES:,} bytes")]
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(), [Problem(name, 1, 1, f"cannot be read ({exc.__class__.__name__})",
                                    "check it is a UTF-8 text file you may read")]
    try:
        node, data = parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        return Settings(), [Problem(name, line, col, f"not valid YAML ({getattr(exc, 'problem', None) or exc})",
                                    "fix the YAML or delete the file")]
    if data is None:
        return Settings(), []
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return Settings(), [Problem(name, 1, 1, "must be a mapping of keys to values",
                                    "write for instance 'theme: textual-dark'")]
    settings, problems = Settings(), []
    for key_node, value_node in node.value:
        key = key_node.value
        where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if key not in KEYS:
            problems.append(Problem(name, *where, f"unknown key '{key}'", did_you_mean(str(key), tuple(KEYS))))
            continue
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            at = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
            problems.append(Problem(name, *at, f"'{key}' must be text", f"give {KEYS[key]}"))
            continue
        settings = replace(settings, **{key: value.strip()})
    return settings, problems


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write ``settings`` (atomically); the error as one line, or None when written."""
    path = path or settings_path()
    data = {k: v for k, v in (("theme", settings.theme), ("screenshots", settings.screenshots)) if v}
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        return f"{path}: settings not saved ({exc.strerror or exc})"
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return None
