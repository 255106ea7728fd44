"""Reading the sections of one brief file: lexicons, macros, actors, rules and ``disable``.

Each section is checked for its shape as it is read, and every problem is logged with its
line (ProblemLog) rather than raised, so a rule author sees the whole list at once. The
loader (loader.py) walks the files and their ``extends``; this mixin adds what each file
says to the loader's state: lexicons grow, a later macro or actor entry overrides an
earlier one, a rule id may be written once (``disable`` first to replace one).
"""

from __future__ import annotations

from typing import Any

import yaml

from .brief import GazetteerEntry
from .problems import ProblemLog, did_you_mean
from .yaml_nodes import locate, rule_source

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


class SectionReader(ProblemLog):
    """``read_*`` for the loader, which owns the state they fill."""

    lexicons: dict[str, list[str]]
    macros: dict[str, str]
    raw_rules: list[tuple[str, int, dict, str, yaml.Node, str]]
    actors: dict[str, GazetteerEntry]
    rule_sites: dict[str, tuple[str, int]]

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
