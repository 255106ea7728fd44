"""Load a brief from YAML: safe parsing, strict validation, every problem with its line.

The loader never stops at the first problem: a rule author fixing a brief wants
the whole list, each as ``file:line:col: what is wrong; what to do``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from .forms import FORMS
from .lexicons import lexicon_regex
from .brief import SECTIONS, Brief, GazetteerEntry, Rule
from ..safe_yaml import AliasBombError, alias_message
from ..safe_yaml import parse as parse_yaml
from .patterns import compile_pattern
from .problems import BriefError, Problem, did_you_mean

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
METADATA_FIELDS = ("author", "date", "outlet", "source")
ATTRIBUTION_FORMS = tuple(FORMS)
CLASSIFY_LABELS = ("denial", "claim", "none")
"""``none``: the clause is no statement at all (a refusal to answer); it gives no card item."""
EXAMPLE_KEYS = ("match", "no_match")
MACRO_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
MAX_BRIEF_BYTES = 2_000_000


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


class _Loader:
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
        try:
            data_bytes = path.read_bytes()
        except OSError as exc:
            self.problem(name, 1, 1, f"cannot read the brief ({exc.strerror})", "check the path")
            return
        if len(data_bytes) > MAX_BRIEF_BYTES:
            self.problem(name, 1, 1, "the brief is larger than 2 MB", "split it into packs joined with 'extends'")
            return
        try:
            text = data_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data_bytes.count(b"\n", 0, exc.start) + 1
            self.problem(name, line, 1, "the brief is not valid UTF-8", "re-save it as UTF-8")
            return
        try:
            node, data = parse_yaml(text)
        except AliasBombError as exc:
            mark = exc.problem_mark
            self.problem(name, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1,
                         *alias_message(exc).split("; ", 1))
            return
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            if isinstance(exc, yaml.constructor.ConstructorError):
                self.problem(name, line, col, f"YAML tag not allowed: {what}",
                             "a brief holds plain YAML only; remove the '!!' tag")
            else:
                self.problem(name, line, col, f"YAML syntax error: {what}",
                             "check indentation, colons and quotes on this line")
            return
        if data is None:
            data, node = {}, None
        if not isinstance(data, dict):
            self.problem(name, 1, 1, "the brief must be a mapping of keys (name:, extends:, attribution: ...)",
                         "start each top-level entry with 'key:'")
            return
        self.files.append(name)
        self.digest.update(data_bytes)
        lines = text.splitlines()
        for key in data:
            if key not in TOP_KEYS:
                line, col = _locate(node, [key], key_mark=True)
                self.problem(name, line, col, f"unknown key '{key}'", did_you_mean(str(key), TOP_KEYS))

        parents = data.get("extends") or []
        if isinstance(parents, str):
            parents = [parents]
        if not isinstance(parents, list):
            self.type_problem(name, node, ["extends"], "'extends' must be a pack name, a path or a list of them")
            parents = []
        for i, parent in enumerate(parents):
            target = resolve_brief_path(str(parent), path)
            line, col = _locate(node, ["extends"] if isinstance(data.get("extends"), str) else ["extends", i])
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
                line, col = _locate(node, ["disable", i])
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
            line, col = _locate(node, where)
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
                kl, kc = _locate(node, where + ["kind"])
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
            line, col = _locate(node, where)
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
                il, ic = _locate(node, where + ["id"])
                self.problem(name, il, ic, f"duplicate rule id '{rule_id}' (first at {other_file}:{other_line})",
                             "give each rule its own id")
                continue
            self.rule_sites[rule_id] = (name, line)
            source = _rule_source(lines, node, where)
            self.raw_rules.append((section, i, rule, name, node, source))

    # -- compiling -------------------------------------------------------
    def compile_rules(self) -> list[Rule]:
        compiled = []
        for section, index, raw, file, node, source in self.raw_rules:
            where = [section, index]
            line, col = _locate(node, where)
            rule_id = raw["id"]
            pattern = raw.get("pattern")
            if not isinstance(pattern, str) or not pattern:
                self.problem(file, line, col, f"rule '{rule_id}' needs a 'pattern'", "add 'pattern: <regex>'")
                continue
            expanded, unknown = self.expand(pattern)
            pl, pc = _locate(node, where + ["pattern"])
            if unknown:
                self.problem(file, pl, pc, *self._macro_problem(rule_id, unknown))
                continue
            flags = re.IGNORECASE if section == "boilerplate" else 0
            try:
                regex = compile_pattern(expanded, flags)
            except re.error as exc:
                where_txt = f" at position {exc.pos}" if exc.pos is not None else ""
                if expanded == pattern and exc.pos is not None:
                    pc += exc.pos + (1 if _is_quoted(node, where + ["pattern"]) else 0)
                self.problem(file, pl, pc, f"rule '{rule_id}': pattern does not compile: {exc.msg}{where_txt}",
                             "fix the regex (escape literal brackets with a backslash)")
                continue
            prefilter = _group_regex(expanded, "verb")
            trigger = raw.get("trigger")
            if trigger is not None:
                tl, tc = _locate(node, where + ["trigger"])
                expanded_trigger, bad = self.expand(str(trigger))
                try:
                    prefilter = compile_pattern(expanded_trigger) if not bad else None
                except re.error as exc:
                    self.problem(file, tl, tc, f"rule '{rule_id}': trigger does not compile: {exc.msg}",
                                 "fix the regex")
                    continue
                if bad:
                    self.problem(file, tl, tc, *self._macro_problem(rule_id, bad, " in trigger"))
                    continue
            rule = Rule(id=rule_id, section=section, pattern=pattern, regex=regex, file=file, line=line,
                        description=str(raw.get("description") or ""), source=source, prefilter=prefilter,
                        category=str(raw.get("category") or ""))
            words = raw.get("trigger_words")
            if words is not None:
                if self.yes_no_problem(file, node, where + ["trigger_words"], words if isinstance(words, list) else []):
                    continue
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    self.type_problem(file, node, where + ["trigger_words"], "'trigger_words' must be a list of words")
                    continue
                rule.trigger_words = frozenset(w.lower() for w in words)
            if not self._read_trigger_lexicons(rule, raw, node, where):
                continue
            if not self._fill_kind_fields(rule, raw, node, where):
                continue
            self._read_examples(rule, raw, node, where)
            compiled.append(rule)
        return compiled

    def _read_trigger_lexicons(self, rule: Rule, raw: dict, node: Any, where: list) -> bool:
        """``trigger_lexicons: [say, ...]``: the rule is tried only on sentences holding a
        word of these lexicons (their entries' first words, a set lookup), so a word list
        is written once and still gates the rules that read it."""
        names = raw.get("trigger_lexicons")
        if names is None:
            return True
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            self.type_problem(rule.file, node, where + ["trigger_lexicons"], "'trigger_lexicons' must be a list of lexicon names")
            return False
        for i, name in enumerate(names):
            if name not in self.lexicons:
                line, col = _locate(node, where + ["trigger_lexicons", i])
                self.problem(rule.file, line, col, f"rule '{rule.id}': unknown lexicon '{name}'",
                             did_you_mean(name, list(self.lexicons)))
                return False
        rule.trigger_words = rule.trigger_words | {_first_word(w) for n in names for w in self.lexicons[n]
                                                   if _first_word(w)}
        return True

    def _fill_kind_fields(self, rule: Rule, raw: dict, node: Any, where: list) -> bool:
        checks = {
            "metadata": ("field", METADATA_FIELDS),
            "attribution": ("form", ATTRIBUTION_FORMS),
            "classify": ("label", CLASSIFY_LABELS),
        }
        if rule.section not in checks:
            return True
        key, allowed = checks[rule.section]
        value = raw.get(key)
        if value not in allowed:
            line, col = _locate(node, where + [key] if key in raw else where)
            what = f"'{key}' is missing" if value is None else f"{key} '{value}' is not known"
            self.problem(rule.file, line, col, f"rule '{rule.id}': {what}", did_you_mean(str(value), allowed))
            return False
        setattr(rule, key, value)
        if rule.section == "attribution":
            return self._check_form(rule, raw, node, where)
        return True

    def _check_form(self, rule: Rule, raw: dict, node: Any, where: list) -> bool:
        """The rule against its form's contract in the registry (rules/forms.py)."""
        form = FORMS[rule.form]
        if form.trigger_lexicons and not {"trigger", "trigger_words", "trigger_lexicons"} & raw.keys():
            # a set lookup of the cue words' first words, cheaper than any regex prefilter (a rule
            # that names its own trigger lexicons keeps them)
            rule.trigger_words = frozenset(_first_word(w) for name in form.trigger_lexicons
                                           for w in self.lexicons.get(name, []) if _first_word(w))
            rule.prefilter = None
        if raw.get("speaker") is not None:
            rule.speaker = str(raw["speaker"])
        ok = True
        for group in form.groups:
            if group in rule.regex.groupindex or (group == "speaker" and rule.speaker):
                continue
            line, col = _locate(node, where + ["pattern"])
            hint = "capture the speaker or set 'speaker:'" if group == "speaker" else f"capture (?P<{group}>...)"
            self.problem(rule.file, line, col, f"rule '{rule.id}': the pattern has no (?P<{group}>...) group "
                         f"(form '{form.name}' needs it)", hint)
            ok = False
        needs = [("lexicon", name, self.lexicons, "[...]") for name in form.lexicons + form.trigger_lexicons]
        needs += [("macro", name, self.macros, "...") for name in form.macros]
        for kind, name, defined, shape in needs:
            if name not in defined:
                line, col = _locate(node, where + ["form"])
                self.problem(rule.file, line, col, f"rule '{rule.id}': form '{form.name}' reads {kind} "
                             f"'{name}', which no brief in the chain defines",
                             f"add '{kind}s: {{{name}: {shape}}}' or extend a pack that has it")
                ok = False
        return ok

    def _read_examples(self, rule: Rule, raw: dict, node: Any, where: list) -> None:
        examples = raw.get("examples")
        if examples is None:
            return
        if not isinstance(examples, dict):
            self.type_problem(rule.file, node, where + ["examples"], "'examples' must have 'match' and/or 'no_match' lists")
            return
        self.unknown_keys(rule.file, node, where + ["examples"], examples, EXAMPLE_KEYS)
        for key, target in (("match", rule.examples_match), ("no_match", rule.examples_no_match)):
            items = examples.get(key) or []
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                self.type_problem(rule.file, node, where + ["examples", key], f"'{key}' must be a list of texts")
                continue
            target.extend(items)

    def expand(self, pattern: str, stack: tuple[str, ...] = ()) -> tuple[str, str | None]:
        """Replace {name} with its macro or lexicon; return (regex, first problem).

        The problem is an unknown name, or "a -> b -> a" when macros refer to each other.
        """
        unknown: list[str] = []

        def replace(match: re.Match) -> str:
            key = match.group(1)
            if key in stack:
                unknown.append(" -> ".join(stack + (key,)))
                return match.group(0)
            if key in self.macros:
                text, bad = self.expand(self.macros[key], stack + (key,))
                if bad:
                    unknown.append(bad)
                return f"(?:{text})"
            if key in self.lexicons:
                return lexicon_regex(self.lexicons[key])
            unknown.append(key)
            return match.group(0)

        expanded = MACRO_RE.sub(replace, pattern)
        return expanded, (unknown[0] if unknown else None)

    def _macro_problem(self, rule_id: str, bad: str, where: str = "") -> tuple[str, str]:
        if " -> " in bad:
            return (f"rule '{rule_id}': macros refer to each other in a cycle ({bad}){where}",
                    "make one of them a plain regex")
        return (f"rule '{rule_id}': unknown macro '{{{bad}}}'{where}",
                did_you_mean(bad, list(self.macros) + list(self.lexicons)))

    # -- helpers ---------------------------------------------------------
    def unknown_keys(self, file: str, node: Any, where: list, item: dict, allowed: tuple[str, ...]) -> None:
        for key in item:
            if key not in allowed:
                line, col = _locate(node, where + [key], key_mark=True)
                self.problem(file, line, col, f"unknown key '{key}'", did_you_mean(str(key), allowed))

    def yes_no_problem(self, file: str, node: Any, where: list, words: list) -> bool:
        """YAML reads a bare no, yes, on, off, true or false as a boolean: say so, not "wrong type"."""
        for i, word in enumerate(words):
            if isinstance(word, bool) or word is None:
                line, col = _locate(node, where + [i])
                self.problem(file, line, col, f"{_scalar_text(node, where + [i]) or word!s} is read by YAML as "
                             f"{'a boolean' if isinstance(word, bool) else 'empty'}, not a word",
                             "put the word in quotes ('no')")
                return True
        return False

    def type_problem(self, file: str, node: Any, where: list, message: str) -> None:
        line, col = _locate(node, where)
        self.problem(file, line, col, message, "see briefs/default.yaml for the expected shape")

    def problem(self, file: str, line: int, col: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(file, line, col, message, hint))


def _first_word(entry: str) -> str:
    """The word of a lexicon entry a sentence must contain: its first run of letters of
    two or more, lower-cased, as the engine splits sentences ("e-mailed" -> "mailed")."""
    return next((w for w in re.findall(r"[a-z]+", entry.lower()) if len(w) > 1), "")


def _group_regex(pattern: str, name: str) -> re.Pattern | None:
    """Compile the named group of a pattern on its own (balanced parentheses, escapes, classes)."""
    at = pattern.find(f"(?P<{name}>")
    if at < 0:
        return None
    depth, i, in_class = 0, at, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                try:
                    return compile_pattern(pattern[at:i + 1])
                except re.error:
                    return None
        i += 1
    return None


def _node_at(node: Any, path: list) -> Any:
    """The composed YAML node at ``path`` (mapping keys and sequence indexes), or None."""
    target = node
    for step in path:
        if isinstance(target, yaml.MappingNode):
            target = next((v for k, v in target.value if k.value == step), None)
        elif isinstance(target, yaml.SequenceNode) and isinstance(step, int) and step < len(target.value):
            target = target.value[step]
        else:
            return None
    return target


def _scalar_text(node: Any, path: list) -> str:
    """The scalar at ``path`` as written in the file."""
    target = _node_at(node, path)
    return target.value if isinstance(target, yaml.ScalarNode) else ""


def _is_quoted(node: Any, path: list) -> bool:
    """Is the scalar at ``path`` written in quotes (so its text starts one column later)?"""
    target = _node_at(node, path)
    return isinstance(target, yaml.ScalarNode) and target.style in ("'", '"')


def _locate(node: Any, path: list, key_mark: bool = False) -> tuple[int, int]:
    """Line and column (1-based) of the value (or key) at ``path`` in a composed YAML node."""
    best = node
    for step in path:
        if isinstance(best, yaml.MappingNode):
            found = None
            for key_node, value_node in best.value:
                if key_node.value == str(step):
                    found = key_node if (key_mark and step == path[-1]) else value_node
                    break
            if found is None:
                break
            best = found
        elif isinstance(best, yaml.SequenceNode) and isinstance(step, int) and step < len(best.value):
            best = best.value[step]
        else:
            break
    if best is None:
        return 1, 1
    return best.start_mark.line + 1, best.start_mark.column + 1


def _rule_source(lines: list[str], node: Any, where: list) -> str:
    """The YAML lines of one rule, for the reader's "why" view."""
    target = _node_at(node, where)
    if target is None:
        return ""
    start, end = target.start_mark.line, target.end_mark.line
    if end < len(lines) and not lines[end][:target.end_mark.column].strip():
        end -= 1  # the mark sits at the start of the next item
    return "\n".join(lines[start:end + 1]).rstrip()


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
