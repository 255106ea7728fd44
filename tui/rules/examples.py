"""Run the inline examples rules carry (``examples: {match: [...], no_match: [...]}``).

Like Semgrep's and Vale's rule tests: the rule file says what must and must not
fire, and ``brief check`` proves it, so a rule edit that breaks a case shows at once.
"""

from __future__ import annotations

import re

from .brief import Brief, Rule
from .budget import RULE_SECONDS, budget_for_card, run_rule
from .problems import Problem


def fires(rule: Rule, text: str) -> bool:
    """Does the rule fire on this example text, with the semantics the engine uses?"""
    if rule.section == "boilerplate":
        return run_rule(rule, rule.regex.fullmatch, text.strip()) is not None
    if rule.section == "metadata":
        return run_rule(rule, rule.regex.match, text) is not None
    if rule.trigger_words and rule.trigger_words.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return False  # the engine would never try the pattern here
    if rule.prefilter is not None and run_rule(rule, rule.prefilter.search, text) is None:
        return False
    return run_rule(rule, rule.regex.search, text) is not None


def _fires_in_time(rule: Rule, text: str) -> bool | None:
    """``fires``, or None when the rule ran past its time budget on the example."""
    with budget_for_card() as budget:
        result = fires(rule, text)
    return None if budget.stopped else result


def check_examples(brief: Brief) -> list[Problem]:
    problems = []
    for rule in brief.rules:
        for example, should in [(e, True) for e in rule.examples_match] + [(e, False) for e in rule.examples_no_match]:
            result = _fires_in_time(rule, example)
            if result is None:
                problems.append(Problem(rule.file, rule.line, 1,
                                        f"rule '{rule.id}': example {example!r} took over {RULE_SECONDS:g} s "
                                        "and was stopped", "remove the nested quantifiers from the pattern"))
            elif should and not result:
                problems.append(Problem(rule.file, rule.line, 1,
                                        f"rule '{rule.id}': example {example!r} should match but does not",
                                        "fix the pattern or the example"))
            elif result and not should:
                problems.append(Problem(rule.file, rule.line, 1,
                                        f"rule '{rule.id}': example {example!r} must not match but does",
                                        "tighten the pattern or fix the example"))
    return problems
