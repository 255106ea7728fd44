"""The trigger words of any span of an article, from one pass over the whole article.

The statement finder asks for the words of tens of spans per article (each sentence,
its clauses, the words around each quotation), and each answer was a regex pass over
the span (``[a-z]+`` on the lowered text) and a set intersection with the vocabulary
of every trigger word: some 60,000 spans on the 2,225 BBC articles. Trigger words are
few in any article (about 27 per BBC article), so one Aho-Corasick pass (pyahocorasick)
over the article finds where each of them stands, and a span's words are then the ones
between two bisections.

What a span's words must be is what the per-span pass gives: the maximal runs of
``[a-z]`` in ``lowered[start:end]`` that are vocabulary words. A run of the whole text
that lies inside the span is such a run of the span too; a run that crosses an edge of
the span is cut there, and its cut piece is read apart (rare: spans start and end at
spaces and marks). The automaton runs over a copy of the text in which every character
other than ``a``-``z`` is a space (one character for one, so offsets stay), and each
word is looked for with a space on both sides: only whole runs are found.
"""

from __future__ import annotations

from bisect import bisect_left

try:
    import ahocorasick
except ImportError:  # pragma: no cover - the dependency is declared; without it spans are read one by one
    ahocorasick = None

_ONLY_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""Byte table: ``a``-``z`` stay, every other byte becomes a space."""


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


class SpanWords:
    """Where each vocabulary word stands in the current article's lowered text."""

    def __init__(self, vocabulary: frozenset[str]):
        self.vocabulary = vocabulary
        self.automaton = None
        words = [w for w in vocabulary if w and all(_is_letter(c) for c in w)]
        # A word with any other character is never a run of [a-z]: no span holds it.
        if ahocorasick is not None and words:
            automaton = ahocorasick.Automaton()
            for word in words:
                automaton.add_word(f" {word} ", word)
            automaton.make_automaton()
            self.automaton = automaton
        self._lowered = ""
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._words: list[str] = []

    @property
    def available(self) -> bool:
        return self.automaton is not None

    def begin(self, lowered: str) -> None:
        """Index one article's lowered text."""
        self._lowered = lowered
        # "replace" writes one "?" per character beyond ASCII: offsets stay. The spaces added
        # at both ends let a word at either end of the text be found; they shift offsets by one.
        letters = " " + lowered.encode("ascii", "replace").translate(_ONLY_LETTERS).decode("ascii") + " "
        # ``last`` is the closing space, at lowered offset last - 1: a word ends there and starts
        # len(word) before. (Three comprehensions over the hits, not one loop of appends: a few
        # hundred hits per article.)
        found = list(self.automaton.iter(letters))
        self._starts = [last - len(word) - 1 for last, word in found]
        self._ends = [last - 1 for last, _ in found]
        self._words = [word for _, word in found]

    def words(self, start: int, end: int) -> frozenset[str]:
        """The vocabulary words among the maximal ``[a-z]`` runs of ``lowered[start:end]``."""
        lowered, starts = self._lowered, self._starts
        start, end = max(start, 0), min(end, len(lowered))  # as the regex engine reads pos and endpos
        if start >= end:
            return frozenset()
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if j > i and self._ends[j - 1] > end:
            j -= 1  # its run crosses the end: only its cut piece is in the span
        # (_is_letter written out: asked four times for each of ~60,000 spans on the BBC articles)
        cut_start = start > 0 and "a" <= lowered[start - 1] <= "z" and "a" <= lowered[start] <= "z"
        cut_end = end < len(lowered) and "a" <= lowered[end - 1] <= "z" and "a" <= lowered[end] <= "z"
        if not (cut_start or cut_end):
            return frozenset(self._words[i:j])
        found = set(self._words[i:j])
        pieces = []
        if cut_start:
            stop = start
            while stop < end and _is_letter(lowered[stop]):
                stop += 1
            pieces.append(lowered[start:stop])
        if cut_end:
            begin = end
            while begin > start and _is_letter(lowered[begin - 1]):
                begin -= 1
            if not (cut_start and begin == start):  # one run over the whole span: read once
                pieces.append(lowered[begin:end])
        found.update(p for p in pieces if p in self.vocabulary)
        return frozenset(found)
