"""Cue-first attribution: find the reporting cue, then its source and content by structure.

A regex that must spell out the speaker, the verb and the content at once cannot
follow how news prose varies the source ("Mr. Tom Barrett, a council member, said",
"Sen. Jane Roe (D-Wis.) has insisted", "Smith criticised the plan and said ...",
"..., saying ...") while the cue words stay few. So a ``form: cue`` rule's pattern
only finds the cue; this module then walks left from it for the source (over
auxiliaries and adverbs, party tags and appositives, to the subject of a coordinated
or participle clause) and right for the content (over the object of "told", times
and places, to the that-clause). Every word list it uses is a lexicon in the brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.brief import Brief, Rule
from ..rules.loader import lexicon_regex
from ..rules.patterns import compile_pattern


@dataclass(frozen=True)
class CueHit:
    """Where a cue rule found source, cue and content (offsets into the whole text).

    It answers like a regex match (``start``/``end``/``span``/``groupdict``), so the
    statement finder treats every attribution form the same way.
    """

    spans: dict
    how: str
    """How the source was found, for the why view ("subject before the cue", ...)."""

    def start(self, group: str = "speaker") -> int:
        return self.spans[group][0]

    def end(self, group: str = "speaker") -> int:
        return self.spans[group][1]

    def span(self, group: str = "speaker") -> tuple[int, int]:
        return self.spans[group]

    def groupdict(self) -> dict:
        return {k: True for k in self.spans}


class CueReader:
    """Source and content around the cues a ``form: cue`` rule finds."""

    def __init__(self, brief: Brief):
        speaker = brief.macros.get("speaker", r"[A-Z]\w+")
        words = lambda name: lexicon_regex(brief.words(name)) if brief.words(name) else r"(?!x)x"  # noqa: E731
        filler = rf"(?:{words('cue_filler')}|\w+ly|{brief.macros.get('speaker_tag', '(?!x)x')})"
        # Trailing auxiliaries, adverbs and party tags between the source and its cue.
        self.filler_tail = compile_pattern(rf"(?:\s+{filler})+\s*\Z")
        self.speaker_tail = compile_pattern(rf"(?<![\w’'])(?:{speaker})\s*\Z")
        self.speaker_head = compile_pattern(rf"\s*(?:[\w’']+(?:\s+[\w’']+){{0,3}},\s+)?(?P<s>{speaker})")
        self.inverted = compile_pattern(rf"\s+(?P<s>{speaker})")
        self.object_head = compile_pattern(rf"\s*(?:{words('cue_object')})\b")
        self.fragment = compile_pattern(rf"(?:{words('content_fragment')})\b[^,;:“”\"]*[.!?]?\Z")
        self.participles = {w.lower() for w in brief.words("participle_cue")}
        self.coordinators = compile_pattern(r"(?:,?\s+(?:and|but|then)|,)\s*\Z")

    def read(self, rule: Rule, text: str, start: int, end: int) -> CueHit | None:
        """The first cue in text[start:end] with a source and content, or None."""
        for m in rule.regex.finditer(text, start, end):
            hit = self._around(text, start, end, m.start(), m.end())
            if hit is not None:
                return hit
        return None

    def _around(self, text: str, start: int, end: int, cue_s: int, cue_e: int) -> CueHit | None:
        content = self._content(text, cue_e, end)
        source = self._source(text, start, cue_s)
        if source is None:
            after = self.inverted.match(text, cue_e, end)
            before = text[start:cue_s].rstrip()
            if after is None or not before.endswith(","):
                return None
            # "The numbers were wrong, said Mr. Barrett." content first, then the source
            source, how = after.span("s"), "inverted subject after the cue"
            content = (start, len(before) + start - 1)
        else:
            source, how = source
        if content is None:
            return None
        if content[0] < cue_e and content[1] > cue_e:
            how += "; the whole sentence is the content"
        return CueHit({"speaker": source, "verb": (cue_s, cue_e), "content": content}, how)

    def _source(self, text: str, start: int, cue_s: int) -> tuple[tuple[int, int], str] | None:
        pos = cue_s
        tail = self.filler_tail.search(text, start, pos)
        if tail:
            pos = tail.start()
        before = text[start:pos]
        cue_word = text[cue_s:text.find(" ", cue_s) if " " in text[cue_s:cue_s + 30] else cue_s + 30]
        joined = self.coordinators.search(before)
        if joined and (joined.group().strip(" ,") or cue_word.lower().rstrip(",") in self.participles):
            # "Smith criticised the audit and said ...", "..., saying ...": the clause's subject
            head = self.speaker_head.match(text, start, pos)
            if head and head.end("s") < start + joined.start():
                return head.span("s"), "subject of the clause the cue joins"
            return None
        if before.rstrip().endswith(","):
            # "Mr. Tom Barrett, a council member, said": the name before the appositive;
            # "Ohio's state treasurer, Ruth Alden, said": the name inside it
            inner_end = start + len(before.rstrip()) - 1
            inner_start = text.rfind(",", start, inner_end)
            if inner_start < 0:
                return None
            inside = self.speaker_tail.search(text, inner_start + 1, inner_end)
            outside = self.speaker_tail.search(text, start, inner_start)
            if outside is not None and outside.start() <= start + 2:
                return outside.span(), "subject before an appositive"
            if inside is not None and inside.start() <= inner_start + 2:
                return inside.span(), "name set off by commas after a role"
            return None
        m = self.speaker_tail.search(text, start, pos)
        if m is None:
            return None
        return m.span(), "subject before the cue"

    def _content(self, text: str, cue_e: int, end: int) -> tuple[int, int] | None:
        pos = cue_e
        obj = self.object_head.match(text, pos, end)
        if obj:
            pos = obj.end()
        rest = text[pos:end]
        if rest.lstrip().startswith(","):
            return None  # the sentence's content is around the cue (parenthetical); left to other rules
        stripped = rest.strip(" ,:.!?;")
        if len(stripped.split()) < 2 or self.fragment.match(text, pos + len(rest) - len(rest.lstrip()), end):
            return None  # "said on Monday", "told reporters": no content
        return pos, end
