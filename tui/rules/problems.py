"""Problems found in a brief, in the one-line form every tool understands.

``file:line:col: what is wrong; what to do`` is what compilers and linters print,
so editors jump to it and a rule author never has to read a traceback.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from .yaml_nodes import locate, scalar_text


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.col}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


class BriefError(Exception):
    """Raised when a brief cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "allowed: " + ", ".join(sorted(choices))


class ProblemLog:
    """Collects a brief's problems, each placed at its YAML node, so the loader (and the rule
    compiler it mixes in) can report every problem at once instead of stopping at the first."""

    problems: list[Problem]

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
