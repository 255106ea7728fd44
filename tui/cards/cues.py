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

from dataclasses import dataclass

from ..rules.brief import Brief, Rule
from ..rules.patterns import search_pattern
from ..rules.budget import each_match, run_rule
from .cue_sources import SourceFinder
from .names_index import Names
from .cue_content import CueContent, aside_window, crosses
from .hearers import Hearers
from .fragments import MAX_TITLE_WORDS
from .inverted_sources import CLOSING_QUOTES, TITLE_STOPS, InvertedSources


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
        return dict.fromkeys(self.spans, True)


NAMED_ROLE = "name set off by commas after a role"
"""How the source finder says it took the name in commas after a role ("her aide, Ann Roe,")."""


class CueReader(InvertedSources):
    """Source and content around the cues a ``form: cue`` rule finds."""

    def __init__(self, brief: Brief):
        speaker = brief.macros.get("speaker", r"[A-Z]\w+")
        name = brief.macros.get("name", r"[A-Z]\w+")
        words = brief.word_regex
        self.sources = SourceFinder(brief)
        self.hearers = Hearers(brief)
        self.inverted = search_pattern(rf"\s+(?P<s>{speaker})")
        # "..., says harbour historian Ann Roe.": lower-case title words before an inverted name
        self.inverted_titled = search_pattern(rf"\s+(?:[a-z][\w-]*\s+){{1,3}}(?P<s>{name})")
        self.auxiliaries = {w.lower() for w in brief.words("auxiliary")}
        self.inversion_verbs = {w.lower() for w in brief.words("say")}
        self.date_words = set(brief.words("weekdays")) | set(brief.words("months"))
        # "..., Ann Roe told the Gazette.": the words after a tell verb are its hearer, never
        # an inverted subject
        self.tell_end = search_pattern(rf"\b(?:{words('tell_cue')})\Z")
        # Between a cue and the quotation it introduces: the hearer, a time, "that", a colon.
        self.quote_lead = search_pattern(
            rf"[\s,:]*(?:(?:{words('cue_object')}|{words('cue_filler')}|that|(?:the\s+)?{name}(?=,))\b[\s,:]*)*[\s,:—–-]*")
        self.quote_tail_lead = search_pattern(r"[\s,.;:—–-]*")
        self.participle_tail = search_pattern(rf",\s+(?:\w+ly\s+)?(?:{words('participle_cue')})\b")
        self.contents = CueContent(brief)
        self.content_test = self.contents.test
        self.lead_determiner = search_pattern(rf"(?<![\w’'])(?:{words('determiner')})\s*\Z")
        self.pronouns = {w.lower() for w in brief.words("pronoun")}
        self.aside_quote = search_pattern(r"\s*(?:“|''|\"|‘)(?P<q>[^“”\"]+?),?\s*(?:”|''|\"|’)\s*,?\s*")
        self.mask: tuple[int, int] | None = None
        """Cues inside this span are not read (a relative clause already read as its own statement)."""

    def read(self, rule: Rule, text: str, start: int, end: int,
             names: Names = Names()) -> CueHit | None:
        """The first cue in text[start:end] with a source and content, or None.

        ``names`` are the article's actor mentions (start, end, kind) in text order: a
        clause's subject is the first name it opens on.
        """
        for m in each_match(rule, rule.regex.finditer(text, start, end)):
            if self.masked(m.start()):
                continue
            hit = self._around(text, start, end, m.start(), m.end(), names)
            inside = aside_window(text, start, end, m.start(), m.end())
            if inside is not None and (hit is None or crosses(hit.span("content"), inside[1])
                                       or crosses(hit.span("content"), inside[0] - 1)):
                # "(“...,” Ann Roe wrote in the Times) and ...": a tag inside a parenthesis says only
                # what the parenthesis holds; read the aside on its own
                hit = self._aside(text, inside, m.start(), m.end(), names) or hit
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
        source = self.sources.find(text, start, last.start(), names)
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
            source = after.span("s") if after is not None and self._ends_source(text, after.end(), end) \
                else self._titled_name(text, m.end(), end, names)
            if source is None and after is not None:
                source = after.span("s")
            if source is None:
                return None
            return CueHit({"speaker": source, "verb": m.span(), "content": (start, start)},
                          "inverted subject after the cue")
        going_on = self.participle_tail.search(text, m.end(), end)  # '," Doe said, calling on ...'
        if self.contents.after(text, m.end(), going_on.start() if going_on else end) is not None:
            return None  # '," Doe said the audit was wrong': a statement of its own
        source = self.sources.find(text, begin, m.start(), names)
        if source is None or source[0][0] > begin + 2 and not names.any_within(begin, m.start()):
            return None
        return CueHit({"speaker": source[0], "verb": m.span(), "content": (start, start)}, source[1])

    def _aside(self, text: str, inside: tuple[int, int], cue_s: int, cue_e: int, names: Names) -> CueHit | None:
        """A cue read inside its parenthesis; a quotation that opens it and ends at the tag
        ('(“It is a trap,” Roe wrote in the Times)') is the content, whatever follows the verb."""
        hit = self._around(text, *inside, cue_s, cue_e, names)
        quote = self.aside_quote.match(text, *inside)
        if hit is None or quote is None or quote.end() != hit.start("speaker"):
            return hit
        return CueHit(dict(hit.spans, content=quote.span("q")), hit.how + "; the quotation before the tag")

    def _around(self, text: str, start: int, end: int, cue_s: int, cue_e: int,
                names: Names) -> CueHit | None:
        inverted = self._inverted(text, start, end, cue_s, cue_e, names)
        if inverted is not None:
            # "..., said Ann Roe, a council member.": the source after the cue, the content before it
            return CueHit({"speaker": inverted, "verb": (cue_s, cue_e),
                           "content": (start, start + len(text[start:cue_s].rstrip().rstrip(CLOSING_QUOTES)) - 1)},
                          "inverted subject after the cue")
        source = self.sources.find(text, start, cue_s, names)
        # The content after the cue counts only with a source before it (without one, the
        # content is the words before an inverted source or nothing): not read otherwise.
        content = self.contents.after(text, cue_e, end) if source is not None else None
        if source is not None and content is None and text[cue_e:end].lstrip().startswith(",") \
                and "," in text[start:source[0][0]]:
            # "Climate change, Doe often says, is ...": the sentence around the cue is the content
            return CueHit({"speaker": source[0], "verb": (cue_s, cue_e), "content": (start, end)},
                          source[1] + "; parenthetical: the whole sentence is the content")
        if source is None:
            if self.tell_end.search(text, cue_s, cue_e) or not self.invertible(text, cue_s, cue_e):
                return None  # "..., told the Gazette.": a hearer, not a source
            after = self.inverted.match(text, cue_e, end)
            if after is None or not self._ends_source(text, after.end(), end):
                after = self.inverted_titled.match(text, cue_e, end)
            before = text[start:cue_s].rstrip().rstrip(CLOSING_QUOTES)
            if after is None or not before.endswith(",") or not self._ends_source(text, after.end(), end):
                return None
            # "The numbers were wrong, said Mr. Barrett." content first, then the source
            source, how = after.span("s"), "inverted subject after the cue"
            content = (start, len(before) + start - 1)
        else:
            source, how = source
        if content is None and how in ("subject before the cue", "subject before an appositive", NAMED_ROLE):
            # 'Using the tax "is a blunt tool," Mr. Doe said.', '..., the Gazette reported on Monday.':
            # the words before the source
            lead = self.lead_determiner.sub("", text[start:source[0]]).rstrip()
            if how == NAMED_ROLE:  # '..., her top aide, Tom Varga, told ...': before the role
                lead = lead[:lead.rstrip(",").rfind(",") + 1]
            comma = lead.rfind(",")
            title = lead[comma + 1:]
            if comma > 0 and title and len(title.split()) <= MAX_TITLE_WORDS + 1 \
                    and not any(c in title for c in TITLE_STOPS) and self.auxiliaries.isdisjoint(title.lower().split()):
                lead = lead[:comma + 1]  # '..., harbour director Ann Roe told ...': title words before the name
            if lead.endswith((",", ",”", ",\"", ",''", ",’")) and not self._points_back(text, cue_e, end) \
                    and not self.contents.opening_only(lead) \
                    and not self.sources.intro.fullmatch(text, start, source[0]) and (
                    not text[cue_e:end].strip(" .!?") or self.is_fragment(text, cue_e, end)
                    or self.contents.fragment_head(text, cue_e, end) is not None):
                content, how = (start, start + len(lead.rstrip(CLOSING_QUOTES))), "content before the source"
        if content is None:
            return None
        if content[0] < cue_e and content[1] > cue_e:
            how += "; the whole sentence is the content"
        spans = {"speaker": source, "verb": (cue_s, cue_e), "content": content}
        close = self.contents.relative_close(text, source[1], cue_s, content) if "relative pronoun" in how else None
        if close is not None:
            # "Ann Roe, who once praised the plan, offered ...": the relative clause's words end at its
            # closing mark; the main clause after it is read on its own
            spans["content"], spans["rest"] = (content[0], close), (close, end)
            how += "; the relative clause ends before the main clause"
        elif content[0] >= cue_e:
            relayed = self.contents.relayed_clause(text, content[0], max(content[1], end))
            if relayed is not None:
                # "Doe says the gap, which stood at 263, according to the Gazette.": the relayed
                # clause is the relay's source's, read on its own
                spans["content"], spans["relay"] = (content[0], relayed), (relayed, end)
                how += "; a relayed clause ends the content"
        return CueHit(spans, how)

    def masked(self, pos: int) -> bool:
        return self.mask is not None and self.mask[0] <= pos < self.mask[1]

    def _points_back(self, text: str, pos: int, end: int) -> bool:
        return self.content_test.points_back(text, pos, end)

    def is_agent(self, text: str, start: int, speaker_start: int) -> bool:
        """Is the source the agent of a passive ("e-mails released by the White House
        revealed ...")? Then it is not the subject of the cue."""
        return self.sources.is_agent(text, start, speaker_start)

    def is_fragment(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] no statement at all (a time, a place, a hearer)? See fragments.py."""
        return self.content_test.is_fragment(text, start, end)
