"""Load a brief from YAML: safe parsing, strict validation, every problem with its line.

The loader never stops at the first problem: a rule author fixing a brief wants
the whole list, each as ``file:line:col: what is wrong; what to do``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from .brief import SECTIONS, Brief, GazetteerEntry
from .brief_file import read_brief_file
from .brief_sections import SectionReader
from .problems import BriefError, Problem, did_you_mean
from .rule_compiler import RuleCompiler
from .yaml_nodes import locate

BRIEFS_DIR = Path(__file__).resolve().parent.parent.parent / "briefs"
"""Where named packs live, so ``extends: default`` works from any folder."""

TOP_KEYS = ("name", "title", "description", "extends", "disable", "lexicons", "macros", "actors") + SECTIONS


def resolve_brief_path(spec: str, relative_to: Path | None = None) -> Path:
    """A brief named by path (relative to the including file) or by pack name."""
    candidates = []
    path = Path(spec)
    if relative_to is not None and not path.is_absolute():
        candidates.append(relative_to.parent / path)
    candidates.append(path)
    if not path.suffix:
        candidates.append(BRIEFS_DIR / f"{spec}.yaml")
    candidates.append(BRIEFS_DIR / spec)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return candidates[0]


class _Loader(SectionReader, RuleCompiler):
    """Reads a brief and everything it extends, collecting problems as it goes (the
    sections: brief_sections.py; the rules: rule_compiler.py)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.files: list[str] = []
        self.lexicons: dict[str, list[str]] = {}
        self.macros: dict[str, str] = {}
        self.raw_rules: list[tuple[str, int, dict, str, yaml.Node, str]] = []
        self.actors: dict[str, GazetteerEntry] = {}
        self.rule_sites: dict[str, tuple[str, int]] = {}
        self.digest = hashlib.sha256()
        self.name = ""
        self.title = ""

    # -- reading ---------------------------------------------------------
    def load_file(self, path: Path, chain: tuple[Path, ...] = (),
                  via: tuple[str, int, int] | None = None) -> None:
        """Read one brief file; ``via`` is the extends entry (file, line, col) that led here."""
        name = str(path)
        resolved = path.resolve()
        if resolved in chain:
            cycle = " -> ".join(str(p) for p in chain + (resolved,))
            file, line, col = via or (name, 1, 1)
            self.problem(file, line, col, f"'extends' makes a cycle ({cycle})", "remove one of the 'extends' links")
            return
        if str(resolved) in (str(Path(f).resolve()) for f in self.files):
            return  # diamond: already loaded
        parsed = read_brief_file(path)
        if isinstance(parsed, Problem):
            self.problems.append(parsed)
            return
        node, data, text = parsed.node, parsed.data, parsed.text
        self.files.append(name)
        self.digest.update(parsed.data_bytes)
        lines = text.splitlines()
        for key in data:
            if key not in TOP_KEYS:
                line, col = locate(node, [key], key_mark=True)
                self.problem(name, line, col, f"unknown key '{key}'", did_you_mean(str(key), TOP_KEYS))

        parents = data.get("extends") or []
        if isinstance(parents, str):
            parents = [parents]
        if not isinstance(parents, list):
            self.type_problem(name, node, ["extends"], "'extends' must be a pack name, a path or a list of them")
            parents = []
        for i, parent in enumerate(parents):
            target = resolve_brief_path(str(parent), path)
            line, col = locate(node, ["extends"] if isinstance(data.get("extends"), str) else ["extends", i])
            if not target.is_file():
                self.problem(name, line, col, f"'extends' target '{parent}' not found",
                             f"give a path relative to this file or a pack name in {BRIEFS_DIR}")
                continue
            self.load_file(target, chain + (resolved,), (name, line, col))

        self.name = str(data.get("name") or path.stem)
        self.title = str(data.get("title") or self.title or self.name)
        self.read_lexicons(name, node, data.get("lexicons"))
        self.read_macros(name, node, data.get("macros"))
        self.read_actors(name, node, data.get("actors"))
        self.read_disable(name, node, data.get("disable"))
        for section in SECTIONS:
            self.read_rules(name, node, section, data.get(section), lines)


def load_brief(path: str | Path) -> Brief:
    """Load and compile a brief; raise BriefError listing every problem."""
    loader = _Loader()
    target = resolve_brief_path(str(path))
    if not target.is_file():
        raise BriefError([Problem(str(path), 1, 1, "brief not found",
                                  f"give a path to a YAML file or a pack name in {BRIEFS_DIR}")])
    loader.load_file(target)
    rules = loader.compile_rules()
    if loader.problems:
        raise BriefError(loader.problems)
    return Brief(name=loader.name, title=loader.title, files=loader.files, lexicons=loader.lexicons,
                 macros={k: loader.expand(v)[0] for k, v in loader.macros.items()}, rules=rules, actors=list(loader.actors.values()),
                 digest=loader.digest.hexdigest()[:10])
