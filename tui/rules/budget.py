"""A time budget for each rule on each article, so one bad regex cannot hang a card.

Python's regex engine backtracks: a rule such as ``(a+)+$`` takes 2**n steps on a
line of n "a" and no match, which is forever at n = 40. ``brief check`` warns
about the nested quantifiers it can see, but the engine cannot tell a slow
pattern from a fast one in general, so every rule call is timed: a rule that has
spent ``RULE_SECONDS`` on one article is stopped there, its remaining items are
left out, and the card says which rule in which file was stopped; the rest of
the card is built as usual.

Time is added up on the wall clock (a cheap call, made around every rule call), but a
rule is only stopped once the card's thread has also used that much CPU: on a loaded
machine a call can take long on the wall clock without computing more, and a card must
not lose items because other programs were busy.

A call that never returns is cut off by a timer signal. The regex engine checks
for signals every few thousand steps, so the signal handler's exception ends
the call; signals only reach the main thread, which is where ``brief card``,
``brief eval``, ``brief export`` and the worker processes of a large folder
card articles. Elsewhere (the reader's own thread) the budget still holds
between calls: a rule that is slow on every sentence is stopped once it has
used its time.

Where the timer runs, a call reads no clock at all: each tick charges the time since
the last tick to the rule running at that moment (``RuleBudget.sampled``). A card makes
thousands of short rule calls, and two clock readings around each were a twentieth of
the statement finder's time; a rule that is slow on every sentence is running at most
ticks, so it is charged its time all the same, and one call that never ends is charged
every tick until it is stopped.
"""

from __future__ import annotations

import signal
import threading

try:
    import _signal  # the C module under ``signal``: see budget_for_card
except ImportError:  # pragma: no cover - another interpreter: the wrapped functions
    _signal = signal
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from .brief import Rule

RULE_SECONDS = 1.0
"""What one rule may spend on one article (all its calls added up)."""
BUDGET_CHARS = 100_000
"""Text that ``RULE_SECONDS`` is for: a longer article gives each rule proportionally more
time, so a 2 MB article is not cut short (and its card does not vary with the machine's
load) while a runaway pattern is still stopped."""
TICK_SECONDS = 0.1
"""How often the timer looks at the running call."""

T = TypeVar("T")
_clock = time.perf_counter
_cpu_clock = time.thread_time


class RuleTimeout(Exception):
    """Raised by the timer inside a rule call that has used up its budget."""


class RuleBudget:
    """The time each rule has spent on the article being carded, and which were stopped."""

    def __init__(self, seconds: float = RULE_SECONDS) -> None:
        self.seconds = seconds
        self.spent: dict[str, float] = {}
        self.stopped: dict[str, Rule] = {}
        self._running: Rule | None = None
        self._since = 0.0
        self._cpu_began = _cpu_clock()
        self.sampled = False
        """Whether the timer charges the rules (see the module doc); then calls read no clock."""

    def cpu_past_limit(self) -> bool:
        """Whether the card's thread has used more CPU than one rule may: asked only of a
        rule past its time on the wall clock (the CPU clock is ten times dearer to read),
        as the whole card's CPU time bounds any one rule's from above."""
        return _cpu_clock() - self._cpu_began > self.seconds

    def each(self, rule: Rule, matches: Iterator[T]) -> Iterator[T]:
        """The matches of a ``finditer``, each step timed like a call of :func:`run_rule`;
        stops with the rule. (The timing written out: one frame less per step of a cue
        rule's scan.)"""
        rule_id, spent, stopped, step = rule.id, self.spent, self.stopped, matches.__next__
        while self.sampled and rule_id not in stopped:
            try:
                self._running = rule
                found = step()
            except StopIteration:
                return
            except RuleTimeout:
                stopped[rule_id] = rule
                return
            finally:
                self._running = None
            yield found
        while rule_id not in stopped:
            began = self._since = _clock()
            self._running = rule
            try:
                found = step()
            except StopIteration:
                found = None
            except RuleTimeout:
                stopped[rule_id] = rule
                found = None
            finally:
                self._running = None
                used = spent[rule_id] = spent.get(rule_id, 0.0) + _clock() - began
                if used > self.seconds and self.cpu_past_limit():
                    stopped.setdefault(rule_id, rule)
            if found is None:
                return
            yield found

    def overdue(self) -> bool:
        running = self._running
        if running is None:
            return False
        spent = self.spent.get(running.id, 0.0) + _clock() - self._since
        return spent > self.seconds and self.cpu_past_limit()

    def start_sampling(self) -> None:
        """From now on the timer's ticks charge the rules (:meth:`tick`); calls read no clock."""
        self.sampled = True
        self._since = _clock()

    def tick(self) -> bool:
        """A timer tick: the time since the last one is the running rule's. Whether that
        rule is past its time (the caller then stops the call)."""
        now = _clock()
        elapsed, self._since = now - self._since, now
        running = self._running
        if running is None:
            return False
        spent = self.spent[running.id] = self.spent.get(running.id, 0.0) + elapsed
        return spent > self.seconds and self.cpu_past_limit()

    def warnings(self, file: str) -> list[str]:
        return [f"{file}: rule '{rule.id}' ({rule.file}:{rule.line}) took over {self.seconds:g} s on this "
                "article and was stopped; its items here are left out. Simplify its pattern: nested "
                "quantifiers such as (a+)+ or (\\w+\\s?)* try exponentially many ways before they fail"
                for rule in self.stopped.values()]


_local = threading.local()
_UNLIMITED = RuleBudget(float("inf"))


def current() -> RuleBudget:
    """The budget of the card being built on this thread (none outside a card)."""
    return getattr(_local, "budget", None) or _UNLIMITED


def run_rule(rule: Rule, run: Callable[..., T], *args) -> T | None:
    """``run(*args)`` within the rule's budget on the current card, or None once the rule
    is stopped.

    The budget's bookkeeping is written out here, not in a method of ``RuleBudget``: a card
    makes a few hundred of these calls, and one Python frame less per call was 2-3% of
    carding time."""
    budget = getattr(_local, "budget", None) or _UNLIMITED
    rule_id = rule.id
    if rule_id in budget.stopped:
        return None
    if budget.sampled:  # the timer charges the running rule: no clock read here
        try:
            budget._running = rule
            return run(*args)
        except RuleTimeout:
            budget.stopped[rule_id] = rule
            return None
        finally:
            budget._running = None
    began = budget._since = _clock()
    budget._running = rule
    try:
        return run(*args)
    except RuleTimeout:
        budget.stopped[rule_id] = rule
        return None
    finally:
        budget._running = None
        spent = budget.spent[rule_id] = budget.spent.get(rule_id, 0.0) + _clock() - began
        if spent > budget.seconds and budget.cpu_past_limit():
            budget.stopped.setdefault(rule_id, rule)


def each_match(rule: Rule, matches: Iterator[T]) -> Iterator[T]:
    return current().each(rule, matches)


@contextmanager
def budget_for_card(seconds: float = RULE_SECONDS) -> Iterator[RuleBudget]:
    """Give each rule ``seconds`` on the card built inside; on the main thread a
    timer cuts off a call that runs past it."""
    budget = RuleBudget(seconds)
    outer = getattr(_local, "budget", None)
    _local.budget = budget
    on_main = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous = None
    if on_main:
        def tick(signum, frame) -> None:
            if budget.tick():
                raise RuleTimeout

        try:
            # ``_signal.signal``: ``signal.signal`` wraps it only to turn numbers into enums
            # (SIG_DFL, Signals.SIGALRM), and the two calls of a card were 60 µs instead of 5
            previous = _signal.signal(signal.SIGALRM, tick)
            signal.setitimer(signal.ITIMER_REAL, TICK_SECONDS, TICK_SECONDS)
            budget.start_sampling()
        except (ValueError, OSError):  # signals not ours to use here: the budget still holds between calls
            on_main = False
    try:
        yield budget
    finally:
        if on_main:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            _signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        _local.budget = outer


def seconds_for(chars: int) -> float:
    """Each rule's budget on an article of ``chars`` characters."""
    return RULE_SECONDS * max(1.0, chars / BUDGET_CHARS)
