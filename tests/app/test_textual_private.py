"""Every private Textual name the reader relies on still exists (issue 15, point 11)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from tui.app.textual_private import PRIVATE_NAMES

APP = Path(__file__).resolve().parents[2] / "tui" / "app"


def _class(path: str):
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("path, name, where", [(p, n, w) for p, names in PRIVATE_NAMES.items() for n, w in names])
def test_private_name_still_exists(path, name, where):
    cls = _class(path)
    present = hasattr(cls, name) or name in getattr(cls, "__annotations__", {})
    if not present:  # attributes set in __init__ (caches) are looked for in the source
        import inspect

        present = f"self.{name}" in inspect.getsource(cls)
    assert present, (f"Textual's {path} no longer has {name!r}, which {where}. "
                     f"Find its replacement in this Textual version and update the code and "
                     f"tui/app/textual_private.py.")


def test_every_private_name_used_is_listed():
    """A new private name in tui/app must be added to the list (and so to this test)."""
    listed = {n for names in PRIVATE_NAMES.values() for n, _ in names}
    ours = {"_workspace", "_load_started", "_pending_last", "_layer_styles", "_rows_width", "_page",
            "_prepared", "_paint", "_built", "_drawn", "_mtimes", "_ui_turn_over", "_builders",
            "_generation", "_stop"}
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        for name in re.findall(r"(?:self|super\(\))\.(_[a-z][a-z_]*)", path.read_text(encoding="utf-8")):
            found.add(name)
    unknown = {n for n in found - listed - ours if not _ours(n)}
    assert not unknown, f"private names used in tui/app but not listed in textual_private.py: {sorted(unknown)}"


def _ours(name: str) -> bool:
    """A private method or attribute the reader's own classes define."""
    pattern = re.compile(rf"def {name}\b|self\.{name}\s*(?::[^=]*)?=[^=]|^\s+{name}\s*[:=]", re.M)
    return any(pattern.search(p.read_text(encoding="utf-8")) for p in APP.rglob("*.py"))


def test_textual_is_pinned_to_the_minor_version_tested():
    pyproject = (APP.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"textual([^"]*)"', pyproject).group(1)
    assert re.fullmatch(r">=8\.2(\.\d+)?,<8\.3", pin), pin
    import textual

    assert textual.__version__.startswith("8.2."), textual.__version__
