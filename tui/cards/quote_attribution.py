"""Quotation attribution: whose words a quotation is.

News prose attributes a quotation next to its marks: after it ('"...," Doe said'),
before it ('Doe said: "..."', 'Doe defended the plan, saying, "..."'), or by
position (a quote in a paragraph whose other quote is attributed, a paragraph
that continues the last speaker's quote). Short scare quotes inside a sentence
are not statements of their own and are left to reported speech.
"""

from __future__ import annotations

import re

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Brief, Rule
from ..rules.patterns import search_pattern
from .article_state import UNNAMED, ArticleState
from .cues import CueReader
from .hearers import Hearers
from .role_objects import RoleObjects
from .matching import RuleIndex, search_piece, sentence_end, sentence_start
from .quote_positions import QuotePositions
from .quote_run_in import RunInQuotes
from .quote_shapes import ASKED, QuoteShapes
from .source_resolver import SourceResolver
from .span_rules import SpanRules

INVERTED_STOP_RE = re.compile(r"[,.;:!?“”\"]")
SHORT_QUOTE_WORDS = 3
"""Quotes this short are scare quotes inside a sentence, not statements of their own."""

Attribution = tuple[list[str], Rule, tuple[int, int]]
"""Speakers, the rule that attributed the quote, and the span of its cue."""


class QuoteAttributor(QuoteShapes, RunInQuotes, QuotePositions):
    """The brief's quote-after, quote-before, quote-label and cue rules, applied around quotations."""

    def __init__(self, brief: Brief, rules: SpanRules, resolver: SourceResolver, cues: CueReader,
                 sentence_rules: list[Rule]):
        attribution = brief.section("attribution")
        self.quote_after = [r for r in attribution if r.form == "quote-after"]
        self.quote_before = [r for r in attribution if r.form == "quote-before"]
        self.quote_label = [r for r in attribution if r.form == "quote-label"]
        self.sentence_rules = sentence_rules
        self.rule_index = RuleIndex(sentence_rules)
        self.cue_rules = [r for r in sentence_rules if r.form == "cue"]
        self.cue_index = RuleIndex(self.cue_rules)
        """A cue rule finds its cue only where the span has one of its trigger words (as in a sentence)."""
        self.rules, self.resolver, self.cues = rules, resolver, cues
        self.name_prefixes = set(brief.words("name_prefix"))
        self.hearers, self.role_objects = Hearers(brief), RoleObjects(brief)
        self.participle = search_pattern(rf"(?:{brief.word_regex('participle_cue')})\b")
        self.prepositions = {w.lower() for w in brief.words("object_lead")}
        self.say = search_pattern(rf"(?<![\w’'-])(?:{brief.word_regex('say')})(?![\w’'-])")
        self.asked_by = search_pattern(rf"\s*(?:{brief.word_regex('question_frame')})(?:\s+\w+ly)?\s+by\s+[^,“”\"]{{1,80}},\s*$")

    def statements(self, text: str, para: Paragraph) -> list[Quote]:
        """The paragraph's quotations that are statements of their own, a sentence that runs
        into its quotation widened to its start (quote_run_in.py)."""
        found = []
        for quote in para.quotes:
            if self.standalone(text, para, quote):
                found.append(quote)
            elif (widened := self.run_in(text, para, quote)) is not None:
                found.append(widened)
        return found

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
                self.cues.read_after_quote(r, text, after, stop, self.rules.names) for r in self._cue_rules(text, after, stop))
        if quote.opened:
            return opens
        rules, start, end = self.rules, quote.start, quote.end
        # the rules whose trigger words the quotation has, in brief order (the others cannot pass)
        return not any(rules.match(rule, text, start, end) for rule in self.rule_index.candidates(rules.words(text, start, end))
                       if rule.form != "reported" and rules.prefiltered(rule, text, start, end))

    def attribute(self, ctx: ArticleState, para: Paragraph, quote: Quote):
        text = ctx.text
        if quote.opened and self.asked_by.match(text, sentence_start(text, para.start, quote.outer_start),
                                                 max(para.start, quote.outer_start)):
            return ASKED
        after_start = min(quote.outer_end, para.end)
        after_end = sentence_end(text, after_start, para.end)
        # '"... ended." He said he would go' starts a new sentence: after a full stop only a
        # sentence that is nothing but the attribution ('"... ended." Doe said.'), or the
        # attribution and a time, place or hearer ('Doe said in a statement.'), takes the quote.
        ends_sentence = text[quote.end - 1:quote.end] in (".",) if quote.end > quote.start else False
        after = text[after_start:after_end]
        for rule in self.quote_after:
            m = search_piece(rule, after, after_start, anchored=True)
            rest = text[m.end():after_end].strip(" .!?") if m else ""
            if m and ends_sentence and rest and (
                    rest[-1] in "“\"‘" or not self.cues.is_fragment(text, m.end(), after_end)):
                continue  # ('He added, "...": the attribution of the quotation after it)
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
        for rule in ([] if ends_sentence else self._cue_rules(text, after_start, after_end)):
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
                m = self.hearers.search_past(rule, text, before_start, before_end)  # not 'a statement to the Gazette'
                if m:
                    # 'Roe, president of the Board stated, "': the Board's president speaks
                    held = self.role_objects.holder_of(ctx, before_start, *m.span("speaker"))
                    speakers = self.resolver.resolve(ctx, *(held or m.span("speaker")), para)
                    if speakers is None:
                        return UNNAMED
                    if speakers:
                        return speakers, rule, (m.start(), m.end())
            for rule in self._cue_rules(text, before_start, before_end):
                # 'Doe defended the plan, saying, "..."': a cue that ends the words before it
                hit = self.cues.read_before_quote(rule, text, before_start, before_end, self.rules.names)
                if hit is not None:
                    source = self._participle_subject(text, before_start, hit) or hit.span("speaker")
                    speakers = self.resolver.resolve(ctx, *source, para)
                    how = hit.how if source == hit.span("speaker") else "the subject of the participle's clause"
                    ctx.how = f"{how}; {ctx.how}"
                    if speakers:
                        return speakers, rule, (source[0], hit.end("verb"))
            introduced = self._introduced(ctx, para, quote)
            if introduced is not None:
                return introduced
        return self._named_after(ctx, para, quote, after_start, after_end) or self._signed(ctx, para, quote)

    def _cue_rules(self, text: str, start: int, end: int) -> list[Rule]:
        """The cue rules that can find a cue in text[start:end]: those whose trigger words it has."""
        return self.cue_index.candidates(self.rules.words(text, start, end))

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
