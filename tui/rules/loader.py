"""Load a brief from YAML: safe parsing, strict validation, every problem with its line.

The loader never stops at the first problem: a rule author fixing a brief wants
the whole list, each as ``file:line:col: what is wrong; what to do``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from .brief import SECTIONS, Brief, GazetteerEntry
from .brief_file import read_brief_file
from .problems import BriefError, Problem, did_you_mean
from .rule_compiler import RuleCompiler
from .yaml_nodes import locate, rule_source, scalar_text

BRIEFS_DIR = Path(__file__).resolve().parent.parent.parent / "briefs"
"""Where named packs live, so ``extends: default`` works from any folder."""

TOP_KEYS = ("name", "title", "description", "extends", "disable", "lexicons", "macros", "actors") + SECTIONS
RULE_KEYS = {
    "boilerplate": ("id", "pattern", "description", "examples"),
    "metadata": ("id", "pattern", "description", "examples", "field"),
    "attribution": ("id", "pattern", "description", "examples", "form", "speaker", "trigger", "trigger_words",
                    "trigger_lexicons",
                    "category"),
    "classify": ("id", "pattern", "description", "examples", "label", "trigger", "trigger_words", "trigger_lexicons",
                 "category"),
}
ACTOR_KEYS = ("name", "kind", "aliases", "role", "affiliation", "media")
ACTOR_KINDS = ("person", "org", "place")


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


class _Loader(RuleCompiler):
    """Reads a brief and everything it extends, collecting problems as it goes."""

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

    def read_disable(self, name: str, node: Any, ids: Any) -> None:
        """``disable: [rule.id, ...]`` switches off rules this brief inherits; a rule of the
        same id written below then replaces the inherited one."""
        if ids is None:
            return
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            self.type_problem(name, node, ["disable"], "'disable' must be a list of rule ids")
            return
        for i, rule_id in enumerate(ids):
            if rule_id not in self.rule_sites:
                line, col = locate(node, ["disable", i])
                hint = did_you_mean(rule_id, list(self.rule_sites))
                if not hint.startswith("did you"):
                    hint = "list ids of rules the packs it extends define"
                self.problem(name, line, col, f"disable: no inherited rule '{rule_id}'", hint)
                continue
            del self.rule_sites[rule_id]
            self.raw_rules = [r for r in self.raw_rules if r[2].get("id") != rule_id]

    def read_lexicons(self, name: str, node: Any, lexicons: Any) -> None:
        if lexicons is None:
            return
        if not isinstance(lexicons, dict):
            self.type_problem(name, node, ["lexicons"], "'lexicons' must map names to word lists")
            return
        for key, words in lexicons.items():
            if not isinstance(words, list) or not all(isinstance(w, (str, int, float)) for w in words):
                self.type_problem(name, node, ["lexicons", key], f"lexicon '{key}' must be a list of words")
                continue
            if self.yes_no_problem(name, node, ["lexicons", key], words):
                continue
            merged = self.lexicons.setdefault(str(key), [])
            merged.extend(str(w) for w in words if str(w) not in merged)

    def read_macros(self, name: str, node: Any, macros: Any) -> None:
        if macros is None:
            return
        if not isinstance(macros, dict):
            self.type_problem(name, node, ["macros"], "'macros' must map names to regex fragments")
            return
        for key, value in macros.items():
            if not isinstance(value, str):
                self.type_problem(name, node, ["macros", key], f"macro '{key}' must be a string (a regex fragment)")
                continue
            self.macros[str(key)] = value

    def read_actors(self, name: str, node: Any, actors: Any) -> None:
        if actors is None:
            return
        if not isinstance(actors, list):
            self.type_problem(name, node, ["actors"], "'actors' must be a list of {name, kind, aliases}")
            return
        for i, item in enumerate(actors):
            where = ["actors", i]
            line, col = locate(node, where)
            if not isinstance(item, dict):
                self.problem(name, line, col, "an actor must be a mapping", "write '- {name: ..., kind: ...}'")
                continue
            self.unknown_keys(name, node, where, item, ACTOR_KEYS)
            actor_name = item.get("name")
            if not isinstance(actor_name, str) or not actor_name.strip():
                self.problem(name, line, col, "an actor needs a 'name'", "add 'name: Canonical Name'")
                continue
            kind = item.get("kind", "person")
            if kind not in ACTOR_KINDS:
                kl, kc = locate(node, where + ["kind"])
                self.problem(name, kl, kc, f"actor kind '{kind}' is not known", did_you_mean(str(kind), ACTOR_KINDS))
                continue
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                self.type_problem(name, node, where + ["aliases"], "'aliases' must be a list of names")
                aliases = []
            entry = self.actors.get(actor_name)
            if entry is None:
                entry = GazetteerEntry(name=actor_name, kind=kind, file=name, line=line)
                self.actors[actor_name] = entry
            entry.kind = kind
            entry.aliases = list(dict.fromkeys(entry.aliases + [a for a in aliases if a.strip()]))
            for key in ("role", "affiliation"):
                if item.get(key) is not None:
                    setattr(entry, key, str(item[key]))
            entry.media = bool(item.get("media", entry.media))

    def read_rules(self, name: str, node: Any, section: str, rules: Any, lines: list[str]) -> None:
        if rules is None:
            return
        if not isinstance(rules, list):
            self.type_problem(name, node, [section], f"'{section}' must be a list of rules")
            return
        for i, rule in enumerate(rules):
            where = [section, i]
            line, col = locate(node, where)
            if not isinstance(rule, dict):
                self.problem(name, line, col, "a rule must be a mapping", "write '- id: ...' then 'pattern: ...'")
                continue
            self.unknown_keys(name, node, where, rule, RULE_KEYS[section])
            rule_id = rule.get("id")
            if not isinstance(rule_id, str) or not rule_id.strip():
                self.problem(name, line, col, "a rule needs an 'id'", "add 'id: section.what-it-finds'")
                continue
            if rule_id in self.rule_sites:
                other_file, other_line = self.rule_sites[rule_id]
                il, ic = locate(node, where + ["id"])
                self.problem(name, il, ic, f"duplicate rule id '{rule_id}' (first at {other_file}:{other_line})",
                             "give each rule its own id")
                continue
            self.rule_sites[rule_id] = (name, line)
            source = rule_source(lines, node, where)
            self.raw_rules.append((section, i, rule, name, node, source))

    def unknown_keys(self, file: str, node: Any, where: list, item: dict, allowed: tuple[str, ...]) -> None:
        for key in item:
            if key not in allowed:
                line, col = locate(node, where + [key], key_mark=True)
                self.problem(file, line, col, f"unknown key '{key}'", did_you_mean(str(key), allowed))

    def yes_no_problem(self, file: str, node: Any, where: list, words: list) -> bool:
        """YAML reads a bare no, yes, on, off, true or false as a boolean: say so, not "wrong type"."""
        for i, word in enumerate(words):
            if isinstance(word, bool) or word is None:
                line, col = locate(node, where + [i])
                self.problem(file, line, col, f"{scalar_text(node, where + [i]) or word!s} is read by YAML as "
                             f"{'a boolean' if isinstance(word, bool) else 'empty'}, not a word",
                             "put the word in quotes ('no')")
                return True
        return False

    def type_problem(self, file: str, node: Any, where: list, message: str) -> None:
        line, col = locate(node, where)
        self.problem(file, line, col, message, "see briefs/default.yaml for the expected shape")

    def problem(self, file: str, line: int, col: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(file, line, col, message, hint))


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
