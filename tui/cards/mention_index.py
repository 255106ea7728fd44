"""An article's actor mentions by offset, so the speaker model's questions ("who was
named last before here?", "who is named next to the word 'lawyer'?") cost a binary
search, not a scan of every mention: a one-paragraph article of 2 MB has tens of
thousands of mentions and as many statements, and a scan per statement made it
quadratic.

Every method gives exactly what the scan it replaces gave, in the same order, so
cards do not change: ``mentions`` is the finder's list, sorted by start when the
index is built; mentions appended later (speakers the engine names itself) form
a short tail that is always scanned in full, where a scan of the list would meet it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from .model import Actor

Mention = tuple[int, int, Actor]


class MentionIndex:
    """The sorted mentions, their starts, and per-article caches of word sites."""

    def __init__(self, mentions: list[Mention], text: str = ""):
        self.mentions = mentions
        self.text = text
        self.sorted_count = len(mentions)
        self.starts = [s for s, _, _ in mentions]
        self.longest = max((e - s for s, e, _ in mentions), default=0)
        self._near: dict[tuple, list[int]] = {}

    def tail(self) -> list[Mention]:
        """Mentions appended after the index was built, in the order they were added."""
        return self.mentions[self.sorted_count:]

    def overlapping(self, start: int, end: int) -> list[Actor]:
        """Actors of the mentions with s < end and e > start, in list order."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        found = [a for s, e, a in self.mentions[lo:hi] if e > start]
        found += [a for s, e, a in self.tail() if s < end and e > start]
        return found

    def outermost(self, start: int, end: int) -> list[Actor]:
        """:meth:`overlapping`, without an actor whose every overlapping mention lies inside a
        longer mention of another actor: "Golf" in "the National Golf Foundation", "Clinton"
        in "The Clinton Foundation" are words of the body's name, and the body is the one named."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        found = [m for m in self.mentions[lo:hi] if m[1] > start]
        found += [m for m in self.tail() if m[0] < end and m[1] > start]
        if len(found) < 2:
            return [a for _, _, a in found]
        nested = {id(a) for a in {id(m[2]): m[2] for m in found}.values()
                  if all(any(o[2] is not a and o[0] <= s and e <= o[1] and o[1] - o[0] > e - s for o in found)
                         for s, e, b in found if b is a)}
        return [a for _, _, a in found if id(a) not in nested]

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions with lo <= s <= hi in list order, then every appended one: the caller
        tests its own condition, which must be false for a sorted mention outside."""
        return self.mentions[bisect_left(self.starts, lo):bisect_right(self.starts, hi)] + self.tail()

    def reversed_between(self, lo: int, hi: int) -> Iterator[Mention]:
        """``reversed(mentions)`` without the sorted mentions that start outside [lo, hi]:
        the appended tail first (as reversed() meets it), then the sorted part backwards.
        The caller's loop must skip or stop at every mention left out."""
        yield from reversed(self.tail())
        first = bisect_left(self.starts, lo)
        for i in range(bisect_right(self.starts, hi) - 1, first - 1, -1):
            yield self.mentions[i]

    def forward_until(self, lo: int, before: int) -> list[Mention]:
        """A forward scan from the first mention at or after ``lo`` that stops at the first
        mention starting at or after ``before``: the appended tail is reached only when
        no sorted mention does."""
        hi = bisect_left(self.starts, before)
        found = self.mentions[bisect_left(self.starts, lo):hi]
        if hi == self.sorted_count:
            for mention in self.tail():
                if mention[0] >= before:
                    break
                found.append(mention)
        return found

    def near_word(self, word: str, reach_before: int, reach_after: int) -> list[int]:
        """Indexes (ascending) of the sorted mentions that could have ``word`` (any case)
        starting within ``reach_before`` characters before their start or within
        ``reach_after`` after their end; cached per word for the article."""
        key = (word, reach_before, reach_after)
        found = self._near.get(key)
        if found is None:
            found = []
            last = -1
            for site in re.finditer(f"(?i)(?={re.escape(word)})", self.text):
                o = site.start()
                lo = max(last + 1, bisect_left(self.starts, o - reach_after - self.longest))
                hi = bisect_right(self.starts, o + reach_before)
                found.extend(range(lo, hi))
                last = max(last, hi - 1)
            self._near[key] = found
        return found

    def cached(self, key: tuple, build: Callable[[], list]) -> list:
        """A per-article list the speaker model derives once (e.g. the mentions a role
        word stands next to)."""
        found = self._near.get(key)
        if found is None:
            found = self._near[key] = build()
        return found
