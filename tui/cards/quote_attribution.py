"""Quotation attribution: whose words a quotation is.

News prose attributes a quotation next to its marks: after it ('"...," Doe said'),
before it ('Doe said: "..."', 'Doe defended the plan, saying, "..."'), or by
position (a quote in a paragraph whose other quote is attributed, a paragraph
that continues the last speaker's quote). Short scare quotes inside a sentence
are not statements of their own and are left to reported speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Brief, Rule
from ..rules.patterns import compile_pattern
from .article_state import UNNAMED, ArticleState
from .cues import CueReader
from .matching import WORD_COUNT_RE, search_piece, sentence_end, sentence_start
from .source_resolver import SourceResolver
from .span_rules import SpanRules

INVERTED_STOP_RE = re.compile(r"[,.;:!?“”\"]")
INTRO_REACH = 300
"""The longest sentence read for the subject that introduces a quotation with a colon."""
HEADING_WORDS = 8
"""The longest single-quoted paragraph read as a subheading, not a quotation."""
SHORT_QUOTE_WORDS = 3
"""Quotes this short are scare quotes inside a sentence, not statements of their own."""

Attribution = tuple[list[str], Rule, tuple[int, int]]
"""Speakers, the rule that attributed the quote, and the span of its cue."""


@dataclass(frozen=True)
class StructuralRule:
    """An attribution the engine makes from the shape of the text, not from a brief rule."""

    id: str


ASKED = object()
"""'Asked by an aide, "Is this final?" Roe replied': the quotation is a question put to the
subject, the asker's words; no speaker, and its sentence is left to the reported-speech rules."""
INTRODUCED = StructuralRule("quote.introduced")
"""'Roe leaned in and boomed: "..."': a colon hands the quotation to its sentence's subject."""
NAMED_BEFORE = StructuralRule("quote.named-before")
"""'Roe interjected, "..."': a name a few words before the opening mark, then a comma or colon."""
NAMED_AFTER = StructuralRule("quote.named-after")
"""'"...," an angry Roe shot back.': the one name in the short clause after a quotation speaks."""
SIGNED = StructuralRule("quote.signed")
"""'"..."' then a line '- Ann Roe, Lakeside.': a dash line under a quotation paragraph signs it."""
SIGNATURE_RE = re.compile(r"\s*[-—–]\s*")
SIGNATURE_REACH = 3
"""How many words after the dash the signer's name may start ("- President Ann Roe")."""
TAIL_WORDS = 12
"""The longest clause after a quotation read for its one name ('" said Ann Roe, a lawyer for ...')."""
NAME_REACH = 4
"""How many words after the quotation that name may start."""
TAG_REACH = 60
TAG_WORDS = 3
"""A name this close to a quotation's marks ('Maddow asked, "', '," said Ann Roe') tags it."""
LEAD_WORDS = 6
"""Before the opening mark the words may run longer when they end in a comma or colon and hold
no other comma ('Mr. Roe was prompted to say, "...')."""


def text_ends_question(text: str, quote: Quote) -> bool:
    """Does the quotation end on a question mark? A question put to someone is no statement
    (CONVENTIONS.md 3)."""
    return text[:quote.end].rstrip(" ’'‘").endswith("?")


def single_quoted_heading(text: str, para: Paragraph, quote: Quote) -> bool:
    """Is the quotation a subheading ("'A really tough decision.'" as a paragraph of its own)?
    American prose quotes speech in double marks; a short paragraph that is nothing but a
    single-quoted phrase is a headline-style section title, no one's continued words."""
    if quote.open_len != 1 or text[quote.outer_start] not in "'‘":
        return False
    outside = text[para.start:quote.outer_start] + text[quote.outer_end:para.end]
    return not outside.strip(" \t.") and len(WORD_COUNT_RE.findall(text, quote.start, quote.end)) <= HEADING_WORDS


def opens_paragraph(text: str, para: Paragraph, quote: Quote) -> bool:
    """Does the quotation open its paragraph (after at most a dash)? A continued quotation
    does; one that narration leads into ('Across town, "...', 'Roe boomed, "...') does not."""
    return not text[para.start:quote.outer_start].strip(" \t—–-")


class QuoteAttributor:
    """The brief's quote-after, quote-before, quote-label and cue rules, applied around quotations."""

    def __init__(self, brief: Brief, rules: SpanRules, resolver: SourceResolver, cues: CueReader,
                 sentence_rules: list[Rule]):
        attribution = brief.section("attribution")
        self.quote_after = [r for r in attribution if r.form == "quote-after"]
        self.quote_before = [r for r in attribution if r.form == "quote-before"]
        self.quote_label = [r for r in attribution if r.form == "quote-label"]
        self.sentence_rules = sentence_rules
        self.cue_rules = [r for r in sentence_rules if r.form == "cue"]
        self.rules, self.resolver, self.cues = rules, resolver, cues
        self.name_prefixes = set(brief.words("name_prefix"))
        self.asked_by = compile_pattern(rf"\s*(?:{brief.word_regex('question_frame')})(?:\s+\w+ly)?\s+by\s+[^,“”\"]{{1,80}},\s*$")

    def standalone(self, text: str, para: Paragraph, quote: Quote) -> bool:
        """Is this quotation a statement of its own, rather than words inside a sentence?

        Short scare quotes ("fear"), quotes run on from the sentence's own words
        ('officials could "negotiate from strength"') and a stray closing mark
        after reported speech are left to the reported-speech rules.
        """
        opens = False
        if quote.opened:
            stop = max(para.start, quote.outer_start)
            before = text[max(para.start, stop - 200):stop].rstrip()  # only its last character counts
            if not before and stop - 200 > para.start:
                before = text[para.start:stop].rstrip()
            opens = not before or before[-1] in ",:.!?;—–-”\"’" or before.endswith("''")  # '' closes in typewriter text
        if len(text[quote.start:quote.end].split(None, SHORT_QUOTE_WORDS)) <= SHORT_QUOTE_WORDS:
            # (the count of WORD_COUNT_RE words, up to one more than SHORT_QUOTE_WORDS: \S+ and
            # str.split agree on whitespace, see matching._fewer_than_four_words)
            # '"It is heartbreaking," Doe said.' is a statement; a scare quote is not
            after = min(quote.outer_end, para.end)
            if opens and para.title_case and before and before[-1] == ":" \
                    and not text[after:para.end].strip(" ."):
                return True  # 'Roe Praises Vale: ‘Very Good Manager.’': a headline ends on its quotation
            if not opens or before and before[-1] not in ".!?”\"":
                return False
            stop = sentence_end(text, after, para.end)
            piece = text[after:stop]
            return any(search_piece(r, piece, after, anchored=True) for r in self.quote_after) or any(
                self.cues.read_after_quote(r, text, after, stop, self.rules.names) for r in self.cue_rules)
        if quote.opened:
            return opens
        return not any(self.rules.match(rule, text, quote.start, quote.end) for rule in self.sentence_rules
                       if rule.form != "reported" and self.rules.passes(rule, text, quote.start, quote.end))

    def attribute(self, ctx: ArticleState, para: Paragraph, quote: Quote):
        text = ctx.text
        if quote.opened and self.asked_by.match(text, sentence_start(text, para.start, quote.outer_start),
                                                 max(para.start, quote.outer_start)):
            return ASKED
        after_start = min(quote.outer_end, para.end)
        after_end = sentence_end(text, after_start, para.end)
        # '"... ended." He said he would go' starts a new sentence: after a full stop only a
        # sentence that is nothing but the attribution ('"... ended." Doe said.') takes the quote.
        ends_sentence = text[quote.end - 1:quote.end] in (".",) if quote.end > quote.start else False
        after = text[after_start:after_end]
        for rule in self.quote_after:
            m = search_piece(rule, after, after_start, anchored=True)
            if m and ends_sentence and text[m.end():after_end].strip(" .!?"):
                continue
            if m:
                speaker_end = m.end("speaker")
                if "verb" in m.groupdict() and m.start("speaker") > m.start("verb"):
                    # '"...," said chief executive Steven Theede.': the name may follow the role.
                    speaker_end = self._inverted_end(text, speaker_end, after_end)
                speakers = self.resolver.resolve(ctx, m.start("speaker"), speaker_end, para)
                if speakers is None:
                    return UNNAMED  # '"...," an analyst said': no one we can name
                if speakers:
                    return speakers, rule, (m.start(), m.end())
        for rule in ([] if ends_sentence else self.cue_rules):
            hit = self.cues.read_after_quote(rule, text, after_start, after_end, self.rules.names)
            if hit is not None:
                speakers = self.resolver.resolve(ctx, hit.start("speaker"), hit.end("speaker"), para)
                ctx.how = f"{hit.how}; {ctx.how}"
                if speakers is None:
                    return UNNAMED
                if speakers:
                    return speakers, rule, (min(hit.start("speaker"), hit.start("verb")),
                                            max(hit.end("speaker"), hit.end("verb")))
        if quote.opened:
            before_end = max(quote.outer_start, para.start)
            before_start = sentence_start(text, para.start, before_end)
            before = text[before_start:before_end]
            for rule in self.quote_label:
                m = search_piece(rule, before, before_start)
                if m and ctx.source_outlet:
                    return [ctx.source_outlet], rule, (m.start(), m.end())
            for rule in self.quote_before:
                m = search_piece(rule, before, before_start)
                if m:
                    speakers = self.resolver.resolve(ctx, m.start("speaker"), m.end("speaker"), para)
                    if speakers is None:
                        return UNNAMED
                    if speakers:
                        return speakers, rule, (m.start(), m.end())
            for rule in self.cue_rules:
                # 'Doe defended the plan, saying, "..."': a cue that ends the words before it
                hit = self.cues.read_before_quote(rule, text, before_start, before_end, self.rules.names)
                if hit is not None:
                    speakers = self.resolver.resolve(ctx, hit.start("speaker"), hit.end("speaker"), para)
                    ctx.how = f"{hit.how}; {ctx.how}"
                    if speakers:
                        return speakers, rule, (hit.start("speaker"), hit.end("verb"))
            introduced = self._introduced(ctx, para, quote)
            if introduced is not None:
                return introduced
        return self._named_after(ctx, para, quote, after_start, after_end) or self._signed(ctx, para, quote)

    def _signed(self, ctx: ArticleState, para: Paragraph, quote: Quote):
        """'"The pier was never safe."' followed by the line '- Ann Roe.': fact
        checks and notebooks print the speaker under a quotation paragraph after a dash. The
        quotation must be the whole paragraph, and the dash line a name and a short tail."""
        text = ctx.text
        if not opens_paragraph(text, para, quote) or text[quote.outer_end:para.end].strip(" .,"):
            return None
        line = len(text[:para.end]) + len(text[para.end:]) - len(text[para.end:].lstrip())
        dash = SIGNATURE_RE.match(text, line)
        if dash is None or not text.startswith(("-", "—", "–"), line):
            return None
        stop = text.find("\n", dash.end())
        stop = len(text) if stop < 0 else stop
        if len(text[dash.end():stop].split()) > TAIL_WORDS:
            return None
        named = [(s, e, a) for s, e, a in ctx.mention_index.starting_in(dash.end(), stop)
                 if e <= stop and a.kind != "place"]
        if not named or len(text[dash.end():named[0][0]].split()) >= SIGNATURE_REACH:
            return None
        s, e, actor = named[0]
        ctx.how, ctx.source = f"the name signed under the quotation after a dash, {actor.name}", (s, e)
        return [actor.name], SIGNED, (s, e)

    def _named_after(self, ctx: ArticleState, para: Paragraph, quote: Quote, after: int, stop: int):
        """'"France will always be France," an angry Roe shot back.': a quotation that a comma
        hands on to a short clause is the words of the one person or body that clause names
        within its first words, whatever its verb (the brief's verbs did not read it)."""
        text = ctx.text
        if not (text[quote.end - 1:quote.end] == "," or text.startswith(",", after)) \
                or len(text[after:stop].split(None, TAIL_WORDS)) > TAIL_WORDS:
            return None
        named = [(s, e, a) for s, e, a in ctx.mention_index.starting_in(after, stop)
                 if after <= s and e <= stop and a.kind != "place"]
        if not named or len(text[after:named[0][0]].split()) >= NAME_REACH:
            return None
        persons = [m for m in named if m[2].kind == "person"]
        if len({id(a) for _, _, a in persons or named}) != 1:
            return None  # '"...," White House aide Jo Bell said': the one person, not the body describing him
        s, e, actor = (persons or named)[0]
        ctx.how, ctx.source = f"the one name in the short clause after the quotation, {actor.name}", (s, e)
        return [actor.name], NAMED_AFTER, (s, e)

    def _inverted_end(self, text: str, pos: int, end: int) -> int:
        """Where an inverted source ends: at the first comma or stop, but not at the point of a
        title or an initial ('said Gov. Ann B. Roe of Lakeland, a Republican')."""
        while (stop := INVERTED_STOP_RE.search(text, pos, end)) is not None:
            at = stop.start()
            word = text[text.rfind(" ", 0, at) + 1:at + 1]
            if text[at] != "." or not (word in self.name_prefixes or len(word) == 2 and word[0].isupper()):
                return at
            pos = at + 1
        return end

    def _introduced(self, ctx: ArticleState, para: Paragraph, quote: Quote):
        """'Roe leaned in and boomed: "..."', 'Doe interjected:' ending the paragraph before
        a quotation paragraph: a colon introduces the quotation, so the subject of the
        sentence it ends speaks, whatever its verb."""
        text = ctx.text
        end = max(quote.outer_start, para.start)
        floor = para.start
        stop = para.start + len(text[para.start:end].rstrip())
        if stop == para.start:  # the quotation opens its paragraph: the paragraph before may introduce it
            stop = len(text[:para.start].rstrip())
            floor = text.rfind("\n", 0, stop) + 1
        if stop <= floor or text[stop - 1] != ":":
            return None
        intro = sentence_start(text, floor, stop - 1)
        if stop - intro > INTRO_REACH:
            return None  # a long sentence's subject is too far from the quotation to be sure of
        if floor == para.start and any(self.rules.passes(rule, text, intro, stop - 1)
                                       and self.rules.match(rule, text, intro, stop - 1)
                                       for rule in self.sentence_rules if rule.form != "reported"):
            return None  # 'The party promised a cap with the slogan: "..."': the sentence reports its own words
        subject = self.cues.sources.introducing_subject(text, intro, stop - 1, self.rules.names)
        if subject is None:
            return None
        speakers = self.resolver.resolve(ctx, *subject, para)
        if not speakers:
            return None
        ctx.how = f"the subject of the sentence that introduces it with a colon; {ctx.how}"
        return speakers, INTRODUCED, subject

    @staticmethod
    def _tag(ctx: ArticleState, quote: Quote):
        """The person whose name tags an unattributed quotation right next to its marks
        ('Maddow asked, "..."', '"...,\' " said Ann Roe, an activist.'): the quotation is
        theirs, in a shape no rule read, and no earlier speaker's passage goes on in it.
        Returns (person, before) with ``before`` True for a name before the opening mark
        whose few words end in a comma or colon; None when no name tags it."""
        text = ctx.text
        lo, hi = max(0, quote.outer_start - TAG_REACH), min(len(text), quote.outer_end + TAG_REACH)
        for s, e, actor in ctx.mention_index.starting_in(lo, hi):
            if actor.kind != "person" or not lo <= s or e > hi or quote.outer_start <= s < quote.outer_end:
                continue
            before = e <= quote.outer_start
            gap = text[e:quote.outer_start] if before else text[quote.outer_end:s]
            if any(mark in gap for mark in ".!?\n“”\""):
                continue
            if not before and text[:quote.end].rstrip(" ’'‘").endswith((".", "!", "?")) \
                    and text[quote.outer_end:s + 1].strip()[:1].isupper():
                continue  # '..." Mr Roe also said': a new sentence after a closed one, no tag
            lead = before and gap.rstrip().endswith((",", ":")) and "," not in gap.rstrip()[:-1]
            if len(gap.split()) <= (LEAD_WORDS if lead else TAG_WORDS):
                return actor, lead
        return None

    def unattributed(self, ctx: ArticleState, index: int, para: Paragraph, quote: Quote, attributed: dict):
        if single_quoted_heading(ctx.text, para, quote):
            return [], "", (0, 0)
        if attributed:
            speakers, _, cue = attributed[min(attributed)]
            return speakers, "quote.same-paragraph", cue
        tag = self._tag(ctx, quote)
        if tag is not None:
            person, before = tag
            if before and not text_ends_question(ctx.text, quote):
                return [person.name], NAMED_BEFORE.id, (quote.outer_start, quote.outer_start)
            return [], "", (0, 0)  # '"...," said Ann Roe, an activist': someone named, not the last voice
        focus = ctx.actor(ctx.focus)
        if focus is not None and focus.kind == "person" and index - ctx.focus_para == 1 \
                and ctx.quote_speaker_para is not None and ctx.focus_para > ctx.quote_speaker_para[1] \
                and index - ctx.quote_speaker_para[1] <= 2:
            # a quotation continues a speaker's passage, and 'Roe said she could not support the
            # plan.' after the last quotation opened Roe's: Roe goes on
            return [focus.name], "quote.after-reported", (quote.start, quote.start)
        if ctx.quote_speaker_para and index - ctx.quote_speaker_para[1] <= 1 \
                and (not quote.opened or opens_paragraph(ctx.text, para, quote)):
            # Only a quote that opens the paragraph (or has lost its opening mark) continues one:
            # 'Across town, "...' is the narration's, not the last speaker's.
            return [ctx.quote_speaker_para[0]], "quote.continuation", (quote.start, quote.start)
        return [], "", (0, 0)

