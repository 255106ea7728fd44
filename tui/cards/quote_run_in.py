"""Quotations that the sentence's own words run into, attributed after the closing mark.

'The new pier "will not solve the problem, but it is a step," Ann Roe, the harbour master,
said.' The quotation does not open its sentence, so it is no statement of its own (a scare
quote inside narration looks the same up to its closing mark); but a comma inside the
closing mark hands the whole sentence to the attribution after it, whose speaker said the
words before the quotation as well. The statement is the sentence from its start to the
closing mark, attributed like any quotation.

A mixin of ``QuoteAttributor``: the attribution itself is read by its rules.
"""

from __future__ import annotations

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Rule
from .cues import CueHit, CueReader
from .matching import WORD_COUNT_RE, search_piece, sentence_end
from .span_rules import SpanRules

LEAD_WORDS = 12
"""The longest run of the sentence's own words before the quotation ('Bernie Sanders' plan would')."""
HEARER_WORDS = 5
"""The longest hearer after a tell verb ('told a cheering crowd in Lakeside')."""
INNER_CLOSE = "'’"
"""The single marks that close a quotation inside a quotation."""
QUOTE_WORDS = 3
"""A shorter quotation is a phrase the narration borrows ('hailed the vote as "fantastic,"')."""


def comma_closes(text: str, quote: Quote) -> bool:
    """Does a comma close the quotation, also inside the closing mark of a quotation it ends on
    ('about "people telling leaders, 'this is not what we want,'" Roe said': the comma before
    the single mark is the outer quotation's)?"""
    inside = text[max(quote.start, quote.end - 3):quote.end]
    return inside.endswith(",") or inside.rstrip(INNER_CLOSE).endswith(",") and inside[-1:] in INNER_CLOSE


class RunInQuotes:
    """``run_in``: the widened quotation of a sentence that runs into a quotation."""

    quote_after: list[Rule]
    cue_rules: list[Rule]
    sentence_rules: list[Rule]
    rules: SpanRules
    cues: CueReader

    def run_in(self, text: str, para: Paragraph, quote: Quote) -> Quote | None:
        """The sentence's words up to the closing mark, as one quotation, when the sentence runs
        into the quotation, a comma closes it and an attribution follows; otherwise None."""
        if not (quote.opened and quote.closed) or not (
                comma_closes(text, quote) or text.startswith(",", quote.outer_end)):
            return None
        sentence = next((s for s in para.sentences if s.start <= quote.outer_start < s.end), None)
        if sentence is None or sentence.start >= quote.outer_start:
            return None
        lead = text[sentence.start:quote.outer_start]
        if not lead[-1:].isspace() or not lead.strip() or lead.lstrip()[:1] in "“\"'‘":
            return None  # 'officials' "plan,"' or a sentence that opens with a quotation of its own
        inside = WORD_COUNT_RE.findall(text, quote.start, quote.end)
        if len(inside) < QUOTE_WORDS or all(w[:1].isupper() for w in inside) \
                or len(WORD_COUNT_RE.findall(lead)) > LEAD_WORDS:
            return None  # 'On the Gazette's "Morning Hour," Roe said ...': a title, not words
        after = min(quote.outer_end, para.end)
        stop = sentence_end(text, after, para.end)
        piece = text[after:stop]
        if not (any(self._closes(search_piece(r, piece, after, anchored=True), text, stop) for r in self.quote_after)
                or any(self._closes(self.cues.read_after_quote(r, text, after, stop, self.rules.names), text, stop)
                       for r in self.cue_rules)):
            return None
        if any(self.rules.passes(rule, text, sentence.start, quote.outer_start)
               and self.rules.match(rule, text, sentence.start, quote.outer_start)
               for rule in self.sentence_rules if rule.form != "reported"):
            return None  # 'Doe called the plan "a disgrace," the Gazette reported': the lead reports words itself
        return Quote(sentence.start, quote.end, opened=True, closed=True, open_len=0,
                     close_len=quote.close_len)

    def _closes(self, hit, text: str, stop: int) -> bool:
        """Does the attribution end the sentence ('," Roe said on Monday.'), rather than open
        words of its own ('," Roe said the plan ...': the quotation was a title in the lead)?"""
        if hit is None:
            return False
        end = max(hit.end("speaker"), hit.end("verb")) if isinstance(hit, CueHit) else hit.end()
        rest = text[end:stop].strip(" .!?")
        if not rest or rest.startswith(",") or self.cues.is_fragment(text, end, stop):
            return True
        # '," Roe told a cheering crowd.': a tell verb's hearer, no words of its own
        return "verb" in hit.groupdict() and self.cues.tell_end.search(text, hit.start("verb"), hit.end("verb")) \
            is not None and len(rest.split()) <= HEARER_WORDS and "that" not in rest.split()
