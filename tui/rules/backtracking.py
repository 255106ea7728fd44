"""Spotting the regex shape that backtracks without end: a quantified group holding a quantifier.

``(a+)+$`` on forty "a" and a "!" tries every way of splitting the a's between
the two loops (2**40) before it fails. The card engine cuts such a rule off
after its time budget (cards/budget.py); ``brief check`` warns beforehand about
the nesting it can see in a rule's written pattern, so the author can write
``a+$`` or an atomic group ``(?>a+)+`` instead. Only what is written counts:
macros are checked where they are defined, not through every rule using them.
"""

from __future__ import annotations

import re

_REPEAT_RE = re.compile(r"[*+]|\{\d*,\d*\}")
"""A quantifier that lets what it follows match in several lengths (``?`` and ``{n}`` do not count)."""
_UNBOUNDED_RE = re.compile(r"[*+]|\{\d*,\}")
"""A quantifier with no upper bound: repeating a group that can itself vary in length."""


def nested_quantifiers(pattern: str) -> list[int]:
    """Offsets of groups that hold a variable quantifier and are themselves repeated."""
    found: list[int] = []
    stack: list[list] = []  # [group start, holds a quantifier, atomic]
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            stack.append([i, False, pattern.startswith("(?>", i)])
        elif ch == ")" and stack:
            start, inner, atomic = stack.pop()
            after = _REPEAT_RE.match(pattern, i + 1)
            possessive = after is not None and pattern[after.end():after.end() + 1] == "+"
            if inner and not atomic and not possessive and _UNBOUNDED_RE.match(pattern, i + 1):
                found.append(start)
            if stack and (inner and not atomic or after is not None):
                stack[-1][1] = True
        else:
            quantifier = _REPEAT_RE.match(pattern, i) if pattern[i - 1:i] != "(" else None
            if quantifier is not None:
                i = quantifier.end()
                if pattern[i:i + 1] == "+":  # possessive (a++): it gives nothing back
                    i += 1
                elif stack:
                    stack[-1][1] = True
                continue
        i += 1
    return found


def _class_end(pattern: str, i: int) -> int:
    """Just past the character class that opens at ``i``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def macro_free(pattern: str) -> str:
    """The pattern with ``{macro}`` references as single atoms, so only written nesting counts."""
    return re.sub(r"\{[A-Za-z_]\w*\}", lambda m: "x" * len(m.group()), pattern)


def backtracking_warnings(rules: list) -> list[str]:
    """``file:line:col: warning ...`` for each rule whose written pattern nests quantifiers."""
    warnings = []
    for rule in rules:
        for at in nested_quantifiers(macro_free(rule.pattern)):
            line, col = _pattern_position(rule)
            warnings.append(f"{rule.file}:{line}:{col + at}: warning: rule '{rule.id}': a repeated group "
                            f"holds a quantifier ({rule.pattern[at:at + 24]}...), which can backtrack without "
                            "end on text that almost matches; the card engine stops the rule after its time "
                            "budget. Write it without the nesting, or as an atomic group (?>...)")
    return warnings


def _pattern_position(rule) -> tuple[int, int]:
    """Line and column of the first character of the rule's pattern, from its YAML source."""
    for offset, text in enumerate(rule.source.splitlines()):
        key = text.find("pattern:")
        if key >= 0:
            col = key + len("pattern:")
            while col < len(text) and text[col] == " ":
                col += 1
            if text[col:col + 1] in ("'", '"'):
                col += 1
            return rule.line + offset, col + 1
    return rule.line, 1
