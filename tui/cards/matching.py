"""Matching helpers the statement finder shares: rule hits with whole-text offsets,
a trigger-word index of rules, clause verdicts and sentence edges."""

from __future__ import annotations

import re
from collections.abc import Callable
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..articles.segment import Quote, Sentence, ends_in_abbreviation
from ..rules.brief import Rule
from ..rules.budget import run_rule
from .model import Actor

WORD_COUNT_RE = re.compile(r"\S+")


@dataclass(frozen=True)
class Verdict:
    """How a clause was labelled: claim or denial, and for a denial the rule,
    its category and the words that decided it (for the reader's "why" view)."""

    label: str
    rule: str | None = None
    category: str = ""
    marker: tuple[int, int] | None = None
    claim_part: tuple[int, int] | None = None
    """Words of the clause that stay a claim ("X, not Y": X), from the rule's `claim` group."""


CLAIM = Verdict("claim")


class RuleIndex:
    """Rules keyed by their trigger words, so a clause with none of them skips the
    rule without a set test per rule: most clauses carry no negation at all."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self.untriggered = tuple(i for i, r in enumerate(rules) if not r.trigger_words)
        self.by_word: dict[str, tuple[int, ...]] = {}
        for i, rule in enumerate(rules):
            for word in rule.trigger_words:
                self.by_word[word] = self.by_word.get(word, ()) + (i,)
        self.keys = frozenset(self.by_word)
        self._chosen: dict[frozenset[str], list[Rule]] = {}
        """The answer for each set of trigger words met: a few hundred sets recur in every article."""
        self._numbered: dict[frozenset[str], list[tuple[int, Rule]]] = {}
        """:meth:`numbered`'s answers, kept apart: only the sentence rules ask for them (a numbered copy
        of every list, the classify rules' too, cost ~3 MB of peak on the 2,225 BBC articles)."""

    def candidates(self, words: frozenset[str]) -> list[Rule]:
        """The rules whose trigger words occur in ``words``, in brief order (do not change the list)."""
        present = words & self.keys
        chosen = self._chosen.get(present)
        if chosen is None:
            chosen = [self.rules[i] for i in self._order(present)]
            if len(self._chosen) > 50_000:
                self._chosen.clear()
            self._chosen[present] = chosen
        return chosen

    def numbered(self, words: frozenset[str]) -> list[tuple[int, Rule]]:
        """:meth:`candidates` with each rule's place in the brief order (do not change the list)."""
        present = words & self.keys
        chosen = self._numbered.get(present)
        if chosen is None:
            chosen = [(i, self.rules[i]) for i in self._order(present)]
            if len(self._numbered) > 50_000:
                self._numbered.clear()
            self._numbered[present] = chosen
        return chosen

    def _order(self, present: frozenset[str]) -> list[int]:
        return sorted({i for w in present for i in self.by_word[w]}.union(self.untriggered))


class Hit:
    """A regex match over text[start:end], with offsets into the whole text.

    Rules are matched against the slice so that ^ and $ mean the sentence's (or
    quote neighbourhood's) edges, as a rule author expects.
    """

    __slots__ = ("m", "offset", "_groups")

    def __init__(self, match: re.Match, offset: int):
        self.m = match
        self.offset = offset
        self._groups: dict | None = None

    def start(self, group: int | str = 0) -> int:
        return self.m.start(group) + self.offset

    def end(self, group: int | str = 0) -> int:
        return self.m.end(group) + self.offset

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def groupdict(self) -> dict:
        """The match's named groups, made once: the finder asks a match several times (read only)."""
        groups = self._groups
        if groups is None:
            groups = self._groups = self.m.groupdict()
        return groups


def search_rule(rule: Rule, text: str, start: int, end: int, anchored: bool = False) -> Hit | None:
    return search_piece(rule, text[start:end], start, anchored)


def search_piece(rule: Rule, piece: str, start: int, anchored: bool = False) -> Hit | None:
    """:func:`search_rule` on ``piece`` = text[start:end], sliced once by a caller that runs
    several rules on the same span."""
    m = run_rule(rule, rule.regex.match if anchored else rule.regex.search, piece)
    return Hit(m, start) if m else None


def join_fragments(text: str, pieces: list[tuple[int, int]],
                   new_act: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """A clause of under four words ("Not anonymously") is no statement; keep it with its neighbour,
    unless the next clause opens a new act with a cue of its own ("calls the plan 'unfair,' claims
    ..."): then each act keeps its words (``new_act(start)`` says so)."""
    joined: list[tuple[int, int]] = []
    for ps, pe in pieces:
        short = _fewer_than_four_words(text, ps, pe)
        if joined and new_act is not None and new_act(ps):
            joined.append((ps, pe))
        elif joined and (short or _fewer_than_four_words(text, *joined[-1])):
            joined[-1] = (joined[-1][0], pe)
        else:
            joined.append((ps, pe))
    return joined


def _fewer_than_four_words(text: str, start: int, end: int) -> bool:
    """``len(WORD_COUNT_RE.findall(text, start, end)) < 4`` without listing every word of a
    long clause: str.split and \\S+ agree on what whitespace is; three splits tell."""
    return len(text[start:end].split(None, 3)) < 4


def unique_actors(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.name, actor)
    return list(seen.values())


SENTENCE_STOP_RE = re.compile(r"[.!?](?=\s|$)|[“\"]")


def sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence that starts at ``start`` ends ("Mr. Doe said." is one sentence)."""
    for m in SENTENCE_STOP_RE.finditer(text, start, limit):
        if not ends_in_abbreviation(text, start, m.start()):
            return m.end()
    return limit


SENTENCE_STOP_BEFORE_SPACE_RE = re.compile(r"[.!?”\"](?=\s)")
"""A stop with white space after it (``\\s`` is what ``str.isspace`` calls white space)."""


def sentence_start(text: str, limit: int, end: int) -> int:
    """Where the sentence holding ``end`` starts: after the last stop before it, but not after
    the dot of a title or an initial ("As Ann Roe, the No. 2 in the party, put it:").

    The stops before ``end`` are found by a regex scan of a stretch before it and read from
    the last, instead of a step back per character; a stretch with no stop that counts is
    scanned again four times as long, so the work stays near the sentence's own length in a
    paragraph of any size. (The space after a stop must lie before ``end``: the scan's end
    position sees to it, its lookahead stops there.)"""
    reach = SENTENCE_REACH
    while True:
        lo = max(limit, end - reach)
        stops = [m.start() for m in SENTENCE_STOP_BEFORE_SPACE_RE.finditer(text, lo, end)]
        for stop in reversed(stops):
            if not (text[stop] == "." and ends_in_abbreviation(text, limit, stop)):
                return stop + 1
        if lo == limit:
            return limit
        reach *= 4


SENTENCE_REACH = 100
"""The stretch before a place that :func:`sentence_start` scans first (most sentences are shorter)."""


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return start, end


class SentenceIndex:
    """A paragraph's sentences (in order, not overlapping) and quotations, searched by offset."""

    def __init__(self, sentences: list[Sentence], quotes: list[Quote]):
        self.sentences = sentences
        self.ends = [s.end for s in sentences]
        ordered = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in ordered]
        self.quote_reach: list[int] = []  # the furthest end among the first k quotations
        reach = -1
        for q in ordered:
            reach = max(reach, q.end)
            self.quote_reach.append(reach)

    def overlapping(self, start: int, end: int) -> range:
        """Indexes of the sentences with s.end > start and s.start < end."""
        first = bisect_right(self.ends, start)
        last = first
        while last < len(self.sentences) and self.sentences[last].start < end:
            last += 1
        return range(first, last)

    def holding(self, pos: int) -> int | None:
        """The first sentence with s.start <= pos < s.end + 1."""
        i = bisect_left(self.ends, pos)
        return i if i < len(self.sentences) and self.sentences[i].start <= pos else None

    def inside_quote(self, sentence: Sentence) -> bool:
        """Does a quotation hold the sentence (q.start <= s.start + 1 and s.end <= q.end + 2)?"""
        k = bisect_right(self.quote_starts, sentence.start + 1)
        return k > 0 and self.quote_reach[k - 1] >= sentence.end - 2
