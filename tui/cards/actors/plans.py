"""Run plans: what a capitalised run's words say on their own, cached across articles.

How a run cuts into names ("Council on Foreign Relations Richard Haass" is two) and
what a name's words alone say of its kind depend only on the run's text and the
brief, not on the article around it; "The", "He" and the story's names recur in
every article, so both answers are kept per brief. They live apart from the finder
(:mod:`.finder`), which reads each article with the words around a run, so each
module does one job: the finder the per-article reading, this the per-brief plans.
"""

from __future__ import annotations

from .kinds import name_kind
from .lexicon import ActorLexicon
from .spans import Tokens, clean, clean_one, split_names
from .words import norm

SPLIT = "split"
"""Opens a name plan that cuts the name in two: (SPLIT, end of the first, start of the second)."""


class RunPlans:
    """The plans of the runs and names one brief's finder has read."""

    def __init__(self, lexicon: ActorLexicon):
        self.lex = lexicon
        self.runs: dict[tuple[str, bool], tuple[tuple[Tokens, str], ...]] = {}
        """Each (run, at a sentence start) and the names it holds (see :meth:`phrases`)."""
        self.names: dict[str, tuple | None] = {}
        """Each name read and its plan (see :meth:`name_plan`)."""
        self.facts: dict[str, list] = {}
        """Each run's facts (see :meth:`read_run`), read once per brief instead of at every run."""

    def read_run(self, run: str) -> list:
        """What the finder asks of a run's words at each occurrence, kept per run: whether it
        has several words, its first and last words that open a nationality's form, whether it
        opens with a given name that is also a qualifier word, then its plans (:meth:`phrases`)
        inside a sentence and at its start, filled in as the finder asks."""
        lex = self.lex
        words = run.split(" ")
        ends = (words[0], words[-1]) if len(words) > 1 else (run,)
        facts = [len(words) > 1, tuple([w for w in ends if w in lex.national_firsts]),
                 words[0] in lex.given_name_words, None, None]
        if len(self.facts) > 100_000:
            self.facts.clear()
        self.facts[run] = facts
        return facts

    def phrases(self, candidate: str, at_start: bool) -> tuple[tuple[Tokens, str], ...]:
        """The names in a capitalised run, as (offset in the run, word) lists, each with
        its words joined (the name the finder classifies).

        Depends only on the run's text and the brief, so it is cached: "The", "He"
        and the story's names recur in every article.
        """
        key = (candidate, at_start)
        plan = self.runs.get(key)
        if plan is None:
            plan = self.plan_run(candidate, at_start)
            if len(self.runs) > 100_000:
                self.runs.clear()
            self.runs[key] = plan
        return plan

    def plan_run(self, candidate: str, at_start: bool) -> tuple[tuple[Tokens, str], ...]:
        """:meth:`phrases` without keeping the answer: the finder keeps it in the run's facts."""
        tokens = run_tokens(candidate)
        names = []
        if len(tokens) == 1:  # a run of one word: split_names leaves it whole
            names.extend((tuple(phrase), phrase[0][1]) for phrase in clean_one(tokens[0], at_start, self.lex))
        else:
            for group in split_names(tokens, self.lex):
                names.extend((tuple(phrase), " ".join([w for _, w in phrase]))
                             for phrase in clean(group, at_start, self.lex))
                at_start = False
        # Tuples of strings and ints only: the collector stops tracking them, so the tens of
        # thousands of cached plans are not walked again by every full collection.
        plan = tuple(names)
        return plan

    def name_plan(self, name: str, phrase: Tokens) -> tuple | None:
        """What the words alone say about a name, cached across articles: None (no new
        name), (SPLIT, end of the first name, start of the second), or its kind from
        :func:`name_kind` (() when none)."""
        plan = self.names.get(name, False)
        if plan is not False:
            return plan
        lex = self.lex
        if lex.lookup(name) is not None or name in lex.not_names:
            plan = None
        else:
            split = self._known_part(phrase)
            if split:
                plan = (SPLIT, len(split[0]), len(phrase) - len(split[1]))  # connectors between are dropped
            elif len(phrase) > 1:
                plan = name_kind(name.split(), lex) or ()
            else:
                plan = ()
        if len(self.names) > 100_000:
            self.names.clear()
        self.names[name] = plan
        return plan

    def _known_part(self, phrase: Tokens) -> list[Tokens] | None:
        """Split "Council on Foreign Relations Richard Haass" or "Council of the White House"
        where a known name starts the phrase or a known organisation follows a connector."""
        lex = self.lex
        names = [w for _, w in phrase]
        for cut in range(len(phrase) - 1, 1, -1):
            head = lex.lookup(" ".join(names[:cut]))
            if head is not None and not lex.is_connector(names[cut]):
                if head.kind == "place" and len(names) - cut > 1 and names[-1] in lex.org_words \
                        and lex.lookup(" ".join(names[cut:])) is None:
                    return None  # "United States Harbour Operations Command": a country's body, one name
                return [phrase[:cut], phrase[cut:]]
        opened = names[0] in lex.body_openers  # "National Security Council" is one body
        for cut in range(1, len(phrase) - 1 if norm(names[-1]) in lex.org_ends and not opened else 1):
            tail = lex.lookup(" ".join(names[cut:]))
            if tail is not None and tail.kind == "org" and not lex.is_connector(names[cut - 1]):
                head = " ".join(names[:cut])
                if head in lex.state_words and lex.lookup(head) is None:
                    return None  # "the Florida Department of State": a state's own body, one name
                return [phrase[:cut], phrase[cut:]]  # "the Nixon White House": a person, then a body
        for i, word in enumerate(names):
            if not lex.is_connector(word) or i == 0:
                continue
            j = i
            while j < len(names) and lex.is_connector(names[j]):
                j += 1
            tail = lex.lookup(" ".join(names[j:])) if j < len(names) else None
            if tail is not None and tail.kind == "org":
                return [phrase[:i], phrase[j:]]
        return None


def run_tokens(run: str) -> Tokens:
    """The run's whitespace-separated words with their offsets, as ``\\S+`` finds them:
    each word is found from the end of the one before, past whitespace only."""
    tokens: Tokens = []
    at = 0
    for word in run.split():
        at = run.find(word, at)
        tokens.append((at, word))
        at += len(word)
    return tokens
