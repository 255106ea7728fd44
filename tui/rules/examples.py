"""Run the inline examples rules carry (``examples: {match: [...], no_match: [...]}``).

Like Semgrep's and Vale's rule tests: the rule file says what must and must not
fire, and ``brief check`` proves it, so a rule edit that breaks a case shows at once.
"""

from __future__ import annotations

import re

from .brief import Brief, Rule
from .problems import Problem


def fires(rule: Rule, text: str) -> bool:
    """Does the rule fire on this example text, with the semantics the engine uses?"""
    if rule.section == "boilerplate":
        return rule.regex.fullmatch(text.strip()) is not None
    if rule.section == "metadata":
        return rule.regex.match(text) is not None
    if rule.trigger_words and rule.trigger_words.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return False  # the engine would never try the pattern here
    if rule.prefilter is not None and rule.prefilter.search(text) is None:
        return False
    return rule.regex.search(text) is not None


def check_examples(brief: Brief) -> list[Problem]:
    problems = []
    for rule in brief.rules:
        for example in rule.examples_match:
            if not fires(rule, example):
                problems.append(Problem(rule.file, rule.line, 1,
                                        f"rule '{rule.id}': example {example!r} should match but does not",
                                        "fix the pattern or the example"))
        for example in rule.examples_no_match:
            if fires(rule, example):
                problems.append(Problem(rule.file, rule.line, 1,
                                        f"rule '{rule.id}': example {example!r} must not match but does",
                                        "tighten the pattern or fix the example"))
    return problems
