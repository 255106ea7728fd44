"""An article's actor mentions, searchable by position: what the cue and source finders ask
("which names start between here and the cue?") many times per sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

TAG_MARKS = ("-", "—", "–")
"""Marks before a speaker's name tag ("Turnout was high - Ann Roe: ...")."""


class Names:
    """An article's actor mentions (start, end, kind) in text order, searchable by position
    (a bisect, not a scan: a long article has hundreds of mentions and many cues)."""

    def __init__(self, spans: Sequence[tuple[int, int, str]] = ()):
        self.spans = list(spans)
        self.starts = [s for s, _, _ in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions that start inside [start, end)."""
        return self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def any_within(self, start: int, end: int) -> bool:
        return bisect_left(self.starts, start) < bisect_left(self.starts, end)
