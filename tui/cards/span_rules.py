"""Running the brief's rules on a span of the article being read, cheaply.

Most sentences and clauses carry none of a rule's trigger words, so the words of
each span are computed once and tested first; a rule's prefilter regex runs once
per span however many times the finder asks. Cue rules (form ``cue``) are read by
the cue reader with the article's names; every other form is a regex.
"""

from __future__ import annotations

import re

from ..rules.brief import Rule
from ..rules.budget import run_rule
from ..rules.fast_search import Occurs, occurs as fast_occurs
from .cues import CueHit, CueReader, Names
from .matching import Hit, search_piece
from .span_words import SpanWords

WORD_RE = re.compile(r"[a-z]+")


class SpanRules:
    """One article's span words and prefilter results, and rule matching over spans."""

    def __init__(self, cues: CueReader, vocabulary: frozenset[str] | None = None):
        self.cues = cues
        self.vocabulary = vocabulary
        """Every word a caller tests a span's words against (trigger words of the rules it
        runs, trigger lexicons): a span keeps only those, a set of a few words instead of
        one of every word, and the tests on it give the same answers. None keeps every word."""
        self.names = Names()
        """The current article's actor mentions (start, end, kind), for cue rules."""
        self._cache: dict[tuple[str, int, int], bool] = {}
        self._words: dict[tuple[int, int], frozenset[str]] = {}
        self._occurs: dict[int, tuple[re.Pattern, Occurs, str | None]] = {}
        """Each prefilter (by its id; the pattern is kept, so the id stays its own) with its exact
        but faster search (rules/fast_search.py) and its plain text, if it is nothing else (":",
        "\\?"). Not keyed by the pattern: a compiled pattern's hash reads its whole program
        each time (thousands of codes for a trie), and this is asked of every span."""
        self._lowered = self._lowered_of = ""
        self._index = SpanWords(vocabulary) if vocabulary is not None else None
        """Where the vocabulary's words stand in the article (span_words.py): a span's words by
        two bisections instead of a regex pass over the span."""
        if self._index is not None and not self._index.available:
            self._index = None

    def begin(self, text: str, names: Names) -> None:
        """Start a new article: forget the last one's spans."""
        self._cache.clear()
        self._words.clear()
        self.names = names
        lowered = text.lower()
        # One lowering per article instead of one per span, when lowering keeps every offset
        # (almost always).
        self._lowered, self._lowered_of = (lowered, text) if len(lowered) == len(text) else ("", "")
        if self._index is not None and self._lowered:
            self._index.begin(lowered)

    def words(self, text: str, start: int, end: int) -> frozenset[str]:
        """Lower-case words of a span among the :attr:`vocabulary`, computed once per span."""
        key = (start, end)
        words = self._words.get(key)
        if words is None:
            if text is self._lowered_of and self._lowered:
                if self._index is not None:
                    words = self._words[key] = self._index.words(start, end)
                    return words
                found = WORD_RE.findall(self._lowered, start, end)
            else:
                found = WORD_RE.findall(text[start:end].lower())
            vocabulary = self.vocabulary
            words = self._words[key] = frozenset(found) if vocabulary is None else vocabulary.intersection(found)
        return words

    def passes(self, rule: Rule, text: str, start: int, end: int, words: frozenset[str] | None = None) -> bool:
        """Run the rule's cheap prefilters (trigger words, trigger regex), once per span.
        ``words``: the span's :meth:`words`, when the caller has them."""
        if rule.trigger_words and rule.trigger_words.isdisjoint(words if words is not None
                                                                else self.words(text, start, end)):
            return False
        return self.prefiltered(rule, text, start, end)

    def prefiltered(self, rule: Rule, text: str, start: int, end: int) -> bool:
        """The rule's trigger regex alone, once per span: for a rule that a :class:`RuleIndex`
        chose by the span's words, whose trigger words are known to be there."""
        prefilter = rule.prefilter
        if prefilter is None:
            return True
        known = self._occurs.get(id(prefilter))
        if known is None:
            occurs = fast_occurs(prefilter)
            known = self._occurs[id(prefilter)] = (prefilter, occurs, getattr(occurs, "literal", None))
        _, occurs, plain = known
        if plain:  # a find cannot run away: no budget, and cheaper than a cache entry
            return text.find(plain, start, end) >= 0
        key = (prefilter.pattern, start, end)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = run_rule(rule, occurs, text, start, end) is True
        return hit

    def match(self, rule: Rule, text: str, start: int, end: int, anchored: bool = False,
              piece: str | None = None) -> Hit | CueHit | None:
        """A sentence rule's match: its regex, or for a cue rule the cue with source and content.
        ``piece``: text[start:end], when the caller has sliced it already."""
        if rule.form == "cue":
            return self.cues.read(rule, text, start, end, self.names)
        hit = search_piece(rule, text[start:end] if piece is None else piece, start, anchored)
        if hit is not None and self.cues.mask is not None and "verb" in hit.groupdict() \
                and hit.groupdict()["verb"] is not None and self.cues.masked(hit.start("verb")):
            return None  # the cue of a relative clause already read
        return hit
