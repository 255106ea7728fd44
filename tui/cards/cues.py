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

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..rules.brief import Brief, Rule
from ..rules.patterns import compile_pattern
from ..rules.budget import each_match, run_rule


SOURCE_REACH = 160
"""Characters before a cue that can hold its source (a long appositive included); bounds
the backward regex searches, so a long sentence costs no more than a short one."""


MIN_CONTENT_WORDS = 2
"""Reported content shorter than this ("said so") states nothing; "denied it" still counts."""


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
        words = brief.word_regex
        filler = rf"(?:{words('cue_filler')}|\w+ly|{brief.macros.get('speaker_tag', '(?!x)x')})"
        # Trailing auxiliaries, adverbs and party tags between the source and its cue.
        # The lookahead is the same constraint written first: the engine then passes over
        # every non-space position at once instead of entering the repeat there.
        self.filler_tail = compile_pattern(rf"(?=\s)(?:\s+{filler})+\s*\Z")
        self.speaker_tail = compile_pattern(rf"(?<![\w’'])(?:{speaker})\s*\Z")
        self.speaker_head = compile_pattern(rf"\s*(?P<s>{speaker})")
        # An opening adverbial before the subject: "On Monday, ...", "In a statement, ...".
        self.intro = compile_pattern(rf"\s*(?:{words('clause_intro')})\b[^,]{{0,60}},\s*")
        # Between a clause's start and its subject: only names, titles, determiners, commas.
        self.not_subject = compile_pattern(r"(?<![\w’'.-])(?!(?:the|a|an|and|of|for|’s|'s)\b)[a-z][\w’'-]*\b(?![’']s)")
        self.inverted = compile_pattern(rf"\s+(?P<s>{speaker})")
        self.object_head = compile_pattern(rf"\s*(?:{words('cue_object')})\b")
        self.fragment = compile_pattern(
            rf"(?:{words('content_fragment')})\b(?:(?!\bthat\b)[^,;:“”\"]){{0,60}}[.!?]?\Z")
        # Between a cue and the quotation it introduces: the hearer, a time, "that", a colon.
        self.quote_lead = compile_pattern(
            rf"[\s,:]*(?:(?:{words('cue_object')}|{words('cue_filler')}|that)\b[\s,:]*)*[\s,:—–-]*")
        self.quote_tail_lead = compile_pattern(r"[\s,.;:—–-]*")
        # "vowed to ...", "threatened to ...": after these cues a to-infinitive is content, not a place
        self.infinitive_cue = compile_pattern(rf"\b(?:{words('infinitive_cue')})\s*\Z")
        self.infinitive = compile_pattern(r"\s*to\s+[a-z]+\b(?<!\bthe)")
        self.passive_aux = {w.lower() for w in brief.words("passive_aux")}
        self.participles = {w.lower() for w in brief.words("participle_cue")}
        self.title_tail = compile_pattern(r"(?:\s*[A-Z][\w.’'-]*)+\Z")
        self.agent_by = compile_pattern(r"\bby\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}\Z")
        self.coordinators = compile_pattern(r"(?=[,\s])(?:,?\s+(?:and|but|then)|,)\s*\Z")
        # "Doe issued a statement saying ...", "sent an e-mail to aides warning ...": the document's
        # participle speaks for the clause's subject
        self.document_tail = compile_pattern(rf"\b(?:{words('document')})\b[^,.;:“”\"]{{0,40}}?\s*\Z")

    def read(self, rule: Rule, text: str, start: int, end: int,
             names: Names = Names()) -> CueHit | None:
        """The first cue in text[start:end] with a source and content, or None.

        ``names`` are the article's actor mentions (start, end, kind) in text order: a
        clause's subject is the first name it opens on.
        """
        for m in each_match(rule, rule.regex.finditer(text, start, end)):
            hit = self._around(text, start, end, m.start(), m.end(), names)
            if hit is not None:
                return hit
        return None

    def read_before_quote(self, rule: Rule, text: str, start: int, end: int,
                          names: Names = Names()) -> CueHit | None:
        """A cue that ends the words before a quotation ('Doe defended it, saying, "...'),
        with its source; the quotation is the content."""
        last = None
        for m in each_match(rule, rule.regex.finditer(text, start, end)):
            last = m
        if last is None or not self.quote_lead.fullmatch(text, last.end(), end):
            return None
        source = self._source(text, start, last.start(), names)
        if source is None:
            return None
        return CueHit({"speaker": source[0], "verb": last.span(), "content": (end, end)}, source[1])

    def read_after_quote(self, rule: Rule, text: str, start: int, end: int,
                         names: Names = Names()) -> CueHit | None:
        """The attribution right after a quotation ('," IMF chief economist Ann Roe said.'
        or '," said Ann Roe, a council member.'): its first cue, with nothing but the
        source before it and no content of its own after it."""
        m = run_rule(rule, rule.regex.search, text, start, end)
        if m is None:
            return None
        lead = self.quote_tail_lead.match(text, start, m.start())
        begin = lead.end() if lead else start
        if begin == m.start():
            after = self.inverted.match(text, m.end(), end)
            if after is None:
                return None
            return CueHit({"speaker": after.span("s"), "verb": m.span(), "content": (start, start)},
                          "inverted subject after the cue")
        if self._content(text, m.end(), end) is not None:
            return None  # '," Doe said the audit was wrong': a statement of its own
        source = self._source(text, begin, m.start(), names)
        if source is None or source[0][0] > begin + 2 and not _named(names, begin, m.start()):
            return None
        return CueHit({"speaker": source[0], "verb": m.span(), "content": (start, start)}, source[1])

    def _around(self, text: str, start: int, end: int, cue_s: int, cue_e: int,
                names: Names) -> CueHit | None:
        content = self._content(text, cue_e, end)
        source = self._source(text, start, cue_s, names)
        if source is not None and content is None and text[cue_e:end].lstrip().startswith(",") \
                and "," in text[start:source[0][0]]:
            # "Climate change, Doe often says, is ...": the sentence around the cue is the content
            return CueHit({"speaker": source[0], "verb": (cue_s, cue_e), "content": (start, end)},
                          source[1] + "; parenthetical: the whole sentence is the content")
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
        if content is None and how == "subject before the cue":
            # 'Using the tax "is a blunt tool," Mr. Doe said.': the words before the source
            lead = text[start:source[0]].rstrip()
            if lead.endswith((",", ",”", ",\"", ",''", ",’")) and not text[cue_e:end].strip(" .!?"):
                content, how = (start, start + len(lead.rstrip("”\"'’"))), "content before the source"
        if content is None:
            return None
        if content[0] < cue_e and content[1] > cue_e:
            how += "; the whole sentence is the content"
        return CueHit({"speaker": source, "verb": (cue_s, cue_e), "content": content}, how)

    def _source(self, text: str, start: int, cue_s: int,
                names: Names) -> tuple[tuple[int, int], str] | None:
        pos = cue_s
        start = max(start, pos - SOURCE_REACH)  # the source and its fillers sit close to the cue
        tail = self.filler_tail.search(text, start, pos)
        if tail:
            pos = tail.start()
            if not text[cue_s:cue_s + 20].split()[0].lower().endswith("ing") and \
                    not self.passive_aux.isdisjoint(tail.group().lower().split()):
                return None  # "Roe was accused of ...": a passive; Roe is not the speaker
        before = text[start:pos]
        cue_word = text[cue_s:text.find(" ", cue_s) if " " in text[cue_s:cue_s + 30] else cue_s + 30]
        joined = self.coordinators.search(before)
        if not joined and cue_word.lower().rstrip(",") in self.participles:
            joined = self.document_tail.search(before)
        if joined and (joined.group().strip(" ,") or cue_word.lower().rstrip(",") in self.participles):
            # "Smith criticised the audit and said ...", "..., saying ...": the clause's subject
            limit = start + joined.start()
            subject = self._subject(text, start, limit, names)
            return (subject, "subject of the clause the cue joins") if subject else None
        if before.rstrip().endswith(","):
            # "Mr. Tom Barrett, a council member, said": the name before the appositive;
            # "Ohio's state treasurer, Ruth Alden, said": the name inside it
            inner_end = start + len(before.rstrip()) - 1
            inner_start = text.rfind(",", start, inner_end)
            if inner_start < 0:
                return None
            inside = self.speaker_tail.search(text, inner_start + 1, inner_end)
            if inside is not None and inside.start() <= inner_start + 2 \
                    and self._plain_name(text, names, inside.start(), inner_end) \
                    and not self._plain_name(text, names, start, inner_start):
                return inside.span(), "name set off by commas after a role"
            subject = self._subject(text, start, inner_start, names)
            return (subject, "subject before an appositive") if subject else None
        m = self.speaker_tail.search(text, start, pos)
        if m is None or self.is_agent(text, start, m.start()):
            return None  # "E-mails released by the White House revealed ...": an agent, not the subject
        return m.span(), "subject before the cue"

    def _plain_name(self, text: str, names: Names, start: int, end: int) -> bool:
        """Is text[start:end] just a name ("Mr. Tom Barrett"), not a role phrase ("a lawyer for Doe")?"""
        return any(e >= end - 1 and not self.not_subject.search(text, start, s) for s, e, _ in names.within(start, end))

    def _subject(self, text: str, start: int, limit: int,
                 names: Names) -> tuple[int, int] | None:
        """The subject a clause opens on: its first name that is not a possessor
        ("Doe's lawyer, Ann Roe, ..." is Roe's clause), or the speaker phrase at its head."""
        intro = self.intro.match(text, start, limit)
        if intro:
            start = intro.end()
        for s, e, _ in names.within(start, limit):
            gap = text[start:s].rstrip()
            core = self.title_tail.sub("", gap)  # "Alarmed by the vote, Senator" -> "Alarmed by the vote,"
            if self.not_subject.search(gap) and not (core.endswith(",") and core.count(",") == 1):
                break  # a verb or object came first; "Doe's counterpart, Ann Roe," is fine
            if text.startswith(("’s", "'s"), e):
                continue
            return s, e
        head = self.speaker_head.match(text, start, limit)
        return head.span("s") if head else None

    def _content(self, text: str, cue_e: int, end: int) -> tuple[int, int] | None:
        pos = cue_e
        obj = self.object_head.match(text, pos, end)
        if obj:
            pos = obj.end()
        rest = text[pos:end]
        if rest.lstrip().startswith(","):
            return None  # the sentence's content is around the cue (parenthetical); left to other rules
        if self.is_fragment(text, pos, end):
            return None  # "said on Monday", "told reporters": no content
        return pos, end

    def is_agent(self, text: str, start: int, speaker_start: int) -> bool:
        """Is the source the agent of a passive ("e-mails released by the White House
        revealed ...")? Then it is not the subject of the cue."""
        return self.agent_by.search(text, max(start, speaker_start - 80), speaker_start) is not None

    def is_fragment(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] no statement at all: a time, a place, a hearer ("on Monday",
        "reporters in Dunmore")? Every form's content is checked, not only the cue form's."""
        obj = self.object_head.match(text, start, end)
        if obj:
            start = obj.end()
        rest = text[start:end]
        if len(rest.strip(" ,:.!?;").split()) < MIN_CONTENT_WORDS:
            return True
        if self.infinitive.match(text, start, end) and self.infinitive_cue.search(text, max(0, start - 30), start):
            return False
        return self.fragment.match(text, start + len(rest) - len(rest.lstrip()), end) is not None


def _named(names: Names, start: int, end: int) -> bool:
    """Does text[start:end] hold an actor's name?"""
    return names.any_within(start, end)
