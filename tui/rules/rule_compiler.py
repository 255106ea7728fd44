"""Compiling the rules a brief's files hold: macros expanded, patterns compiled, each rule checked
against its section and its form (the registry in ``forms.py``), its examples run.

A mixin of the loader, which has read every file (``raw_rules``, ``lexicons``, ``macros``) and
collects the problems.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .brief import Rule
from .forms import FORMS
from .implied import group_text, redundant_prefilter
from .lexicons import lexicon_regex
from .patterns import compile_pattern
from .problems import Problem, did_you_mean
from .yaml_nodes import is_quoted, locate

METADATA_FIELDS = ("author", "date", "outlet", "source", "lead")
"""``lead``: the match is a prefix glued to the line (a live blog's stamp), cut off so the rest reads alone."""
ATTRIBUTION_FORMS = tuple(FORMS)
CLASSIFY_LABELS = ("denial", "claim", "none")
GUARDED = ("attribution", "classify")
"""Sections whose patterns are searched over sentences: they get a first-character guard (first_chars.py)."""
"""``none``: the clause is no statement at all (a refusal to answer); it gives no card item."""
EXAMPLE_KEYS = ("match", "no_match")
MACRO_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class RuleCompiler:
    """``compile_rules`` and ``expand`` for the loader."""

    problems: list[Problem]
    lexicons: dict[str, list[str]]
    macros: dict[str, str]
    raw_rules: list[tuple[str, int, dict, str, yaml.Node, str]]
    # and the loader's ProblemLog helpers (problems.py): ``problem``, ``type_problem``, ...

    def compile_rules(self) -> list[Rule]:
        compiled = []
        for section, index, raw, file, node, source in self.raw_rules:
            where = [section, index]
            line, col = locate(node, where)
            rule_id = raw["id"]
            pattern = raw.get("pattern")
            if not isinstance(pattern, str) or not pattern:
                self.problem(file, line, col, f"rule '{rule_id}' needs a 'pattern'", "add 'pattern: <regex>'")
                continue
            expanded, unknown = self.expand(pattern)
            pl, pc = locate(node, where + ["pattern"])
            if unknown:
                self.problem(file, pl, pc, *self._macro_problem(rule_id, unknown))
                continue
            flags = re.IGNORECASE if section == "boilerplate" else 0
            try:
                regex = compile_pattern(expanded, flags, guard=section in GUARDED)
            except re.error as exc:
                where_txt = f" at position {exc.pos}" if exc.pos is not None else ""
                if expanded == pattern and exc.pos is not None:
                    pc += exc.pos + (1 if is_quoted(node, where + ["pattern"]) else 0)
                self.problem(file, pl, pc, f"rule '{rule_id}': pattern does not compile: {exc.msg}{where_txt}",
                             "fix the regex (escape literal brackets with a backslash)")
                continue
            prefilter = _group_regex(expanded, "verb")
            trigger = raw.get("trigger")
            if trigger is not None:
                tl, tc = locate(node, where + ["trigger"])
                expanded_trigger, bad = self.expand(str(trigger))
                try:
                    prefilter = compile_pattern(expanded_trigger, guard=section in GUARDED) if not bad else None
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
            if trigger is None and prefilter is not None and isinstance(raw.get("trigger_lexicons"), list) and \
                    redundant_prefilter(expanded, self.expand("|".join(f"{{{n}}}" for n in raw["trigger_lexicons"]))[0]):
                rule.prefilter = None  # the verb is its trigger lexicons: the words said it (implied.py)
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
                line, col = locate(node, where + ["trigger_lexicons", i])
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
            line, col = locate(node, where + [key] if key in raw else where)
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
            line, col = locate(node, where + ["pattern"])
            hint = "capture the speaker or set 'speaker:'" if group == "speaker" else f"capture (?P<{group}>...)"
            self.problem(rule.file, line, col, f"rule '{rule.id}': the pattern has no (?P<{group}>...) group "
                         f"(form '{form.name}' needs it)", hint)
            ok = False
        needs = [("lexicon", name, self.lexicons, "[...]") for name in form.lexicons + form.trigger_lexicons]
        needs += [("macro", name, self.macros, "...") for name in form.macros]
        for kind, name, defined, shape in needs:
            if name not in defined:
                line, col = locate(node, where + ["form"])
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


def _first_word(entry: str) -> str:
    """The word of a lexicon entry a sentence must contain: its first run of letters of
    two or more, lower-cased, as the engine splits sentences ("e-mailed" -> "mailed")."""
    return next((w for w in re.findall(r"[a-z]+", entry.lower()) if len(w) > 1), "")


def _group_regex(pattern: str, name: str) -> re.Pattern | None:
    """Compile the named group of a pattern on its own (balanced parentheses, escapes, classes)."""
    text = group_text(pattern, name)
    try:
        return compile_pattern(text, guard=True) if text else None
    except re.error:
        return None
