"""Quotations attributed by position, not by a tag next to their marks: a colon ending the
sentence or paragraph before ('Roe leaned in and boomed: "..."'), the paragraph's other
attributed quote, a name right before, a passage that continues the last speaker's words.

A mixin of ``QuoteAttributor`` (quote_attribution.py), which holds the rules, the cue reader
and the resolver used here.
"""

from __future__ import annotations

import re

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Rule
from .article_state import ArticleState
from .cues import CueReader
from .matching import WORD_COUNT_RE, sentence_start
from .quote_shapes import INTRODUCED, NAMED_BEFORE, left_open, narrates_speech, opens_paragraph, \
    speech_verb_around, whole_paragraph
from .source_resolver import SourceResolver
from .span_rules import SpanRules

INTRO_REACH = 300
"""The longest sentence read for the subject that introduces a quotation with a colon."""
HEADING_WORDS = 8
"""The longest single-quoted paragraph read as a subheading, not a quotation."""


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


class QuotePositions:
    """``unattributed`` and the colon introduction ``attribute`` tries before a tag after the quote."""

    rules: SpanRules
    resolver: SourceResolver
    cues: CueReader
    sentence_rules: list[Rule]
    say: re.Pattern

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

    def reopened(self, ctx: ArticleState, index: int, para: Paragraph, quote: Quote) -> str | None:
        """The speaker of the quotation the paragraph before left open, when this quotation
        opens its paragraph ('... said: "It remains to be seen. ¶ "Voters need ...'): the same
        passage goes on, whoever speaks later in this paragraph."""
        last_quote = ctx.quote_speaker_para
        if last_quote is not None and last_quote[1] == index - 1 and opens_paragraph(ctx.text, para, quote) \
                and left_open(ctx.text, para):
            return last_quote[0]
        return None

    def unattributed(self, ctx: ArticleState, index: int, para: Paragraph, quote: Quote, attributed: dict):
        if single_quoted_heading(ctx.text, para, quote):
            return [], "", (0, 0)
        last_quote = ctx.quote_speaker_para
        if attributed:
            speakers, _, cue = attributed[min(attributed)]
            return speakers, "quote.same-paragraph", cue
        tag = self._tag(ctx, quote)
        if tag is not None:
            person, before = tag
            if before and not text_ends_question(ctx.text, quote):
                return [person.name], NAMED_BEFORE.id, (quote.outer_start, quote.outer_start)
            return [], "", (0, 0)  # '"...," said Ann Roe, an activist': someone named, not the last voice
        if speech_verb_around(ctx.text, para, quote, self.say) or narrates_speech(ctx.text, quote, self.say):
            return [], "", (0, 0)  # '"...," the insider said.': its own source, not the last speaker
        focus = ctx.actor(ctx.focus)
        after_last = last_quote is None or ctx.focus_para > last_quote[1]
        in_passage = last_quote is not None and index - last_quote[1] <= 2
        if focus is not None and focus.kind == "person" and index - ctx.focus_para == 1 and after_last \
                and (in_passage or whole_paragraph(ctx.text, para, quote)):
            # a quotation continues a speaker's passage, and 'Roe said she could not support the
            # plan.' after the last quotation opened Roe's: Roe goes on. Without a passage before,
            # only a quotation that is its whole paragraph goes on in Roe's voice.
            return [focus.name], "quote.after-reported", (quote.start, quote.start)
        if ctx.quote_speaker_para and index - ctx.quote_speaker_para[1] <= 1 \
                and (not quote.opened or opens_paragraph(ctx.text, para, quote)):
            # Only a quote that opens the paragraph (or has lost its opening mark) continues one:
            # 'Across town, "...' is the narration's, not the last speaker's.
            return [ctx.quote_speaker_para[0]], "quote.continuation", (quote.start, quote.start)
        return [], "", (0, 0)
