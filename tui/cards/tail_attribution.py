"""A speech verb and its speaker that close a sentence ("..., Bo Lin said.") are its outer
attribution.

The sentence rules let the attribution that starts first win, because the outer speaker
usually stands first ("X said he rejected ..."). A closing tag turns that round: in "Ann
Roe thrilled the crowds with promises to cut tolls, Bo Lin said", the cue "promises"
starts first, but its words run into Lin's tag, so they are Lin's account and Roe's
promise is nested in it (CONVENTIONS 2: nested speech gets no entry). The same holds for
a verb that only looks like a cue ("Roe has maintained support among farmers, Fox
found"). "According to X" is not such a tag: a named sayer that an outlet or a document
relays keeps the words (CONVENTIONS 2), so the brief's ``tail_attribution`` macro leaves
it out; for the same reason an outlet's closing tag ("..., CNN reported.") leaves the
first attribution standing.
"""

from __future__ import annotations

from typing import Callable

from ..rules.brief import Brief
from ..rules.patterns import search_pattern


class TailAttribution:
    """Finds the closing tag of a sentence and puts its attribution first."""

    def __init__(self, brief: Brief):
        self.pattern = search_pattern(brief.macros["tail_attribution"])
        self.pronouns = {w.lower() for w in brief.words("pronoun")}

    def start(self, text: str, start: int, end: int) -> int:
        """Where a closing speech tag begins in text[start:end], or -1 when there is none."""
        m = self.pattern.search(text, start, end)
        return m.start() if m else -1

    @staticmethod
    def swallows(m, tail: int) -> bool:
        """Do the words of attribution match ``m`` run into the closing tag at ``tail``, from
        a source standing before it? Then another rule may read the tag as the outer one."""
        found = m.groupdict()
        return (tail > 0 and found.get("content") is not None and found.get("speaker") is not None
                and m.start("speaker") < tail < m.end("content"))

    def outer_first(self, matches: list, tail: int, text: str, is_outlet: Callable[[str], bool]) -> list:
        """Matches (where, order, rule, match) with the closing tag's own attribution first when
        the first match's words swallow it: that match is nested speech inside the tag's. A
        pronoun tag ("..., but they would not, they said.") points back at the sentence's own
        subject: the first match stands."""
        if tail < 0 or not matches or not self.swallows(matches[0][3], tail):
            return matches
        first = matches[0][3]
        for i, (_, _, _, other) in enumerate(matches[1:], 1):
            found = other.groupdict()
            if found.get("speaker") is None or found.get("content") is None:
                continue
            source = text[other.start("speaker"):other.end("speaker")].strip()
            if source.lower() in self.pronouns or is_outlet(source):
                continue
            if other.start("speaker") >= tail and other.start("content") <= first.start("speaker"):
                return [matches[i]] + matches[:i] + matches[i + 1:]
        return matches
