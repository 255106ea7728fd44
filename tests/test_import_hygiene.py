"""The engine imports no Textual: it must be usable from scripts, tests and other programs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import PROJECT

ENGINE_MODULES = ["tui.cards.engine", "tui.cards.pool", "tui.articles.reader", "tui.rules.loader", "tui.evaluation.gold",
                  "tui.workspace", "tui.cli", "tui.comparison", "tui.briefing", "tui.commands.card",
                  "tui.commands.check", "tui.commands.eval", "tui.commands.compare", "tui.commands.export",
                  "tui.commands.read", "tui.commands.serve", "tui.serve.listen", "tui.serve.guard",
                  "tui.store", "tui.store.pool", "tui.store.cards", "tui.store.writer"]

PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))))
"""


def imported_textual(*modules: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    result = subprocess.run([sys.executable, "-c", PROBE, *modules], cwd=PROJECT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_engine_modules_import_no_textual():
    assert imported_textual(*ENGINE_MODULES) == []


def test_cli_parser_builds_without_textual():
    probe = PROBE.replace('for name in sys.argv[1:]:\n    importlib.import_module(name)',
                          'import tui.cli\ntui.cli.build_parser()')
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_probe_can_see_textual():
    """The check above would pass vacuously if the probe could not detect Textual at all."""
    assert "textual" in imported_textual("textual")
