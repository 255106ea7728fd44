"""What an attribution's words hold once its speaker is known: the clauses of its content
(each a claim or a denial, and a clause that brings its own speaker read as a new attribution),
the rest of the sentence after a quotation ('"...," Kirby said, adding that ...'), and the main
clause after an opening subordinate one. A mixin of ``StatementFinder``, whose ``_sentence``
reads the nested attributions.
"""

from __future__ import annotations

import re

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Rule
from .article_state import ArticleState
from .clause_labels import ClauseLabeller, append_items
from .cues import CueReader
from .content_bounds import OPENING_QUOTES, ContentStart, full_stop
from .matching import RuleIndex, Verdict, search_piece, sentence_end, trim
from .span_rules import SpanRules

NESTING_DEPTH = 2
"""How deep "X said the report said ..." is followed: clauses with their own speaker."""


class StatementClauses:
    """Emitting clauses and quotations, and the follow-ons they open."""

    content_start: ContentStart
    follow_on: list[Rule]
    labeller: ClauseLabeller
    rules: SpanRules
    sentence_index: RuleIndex
    subordinate: re.Pattern
    source_article: re.Pattern
    role_lead: re.Pattern
    lead_breaks: set[str]
    cues: CueReader

    def _follow_on(self, ctx: ArticleState, speakers: list[str], para: Paragraph, cue: tuple[int, int]) -> None:
        """'"...," Kirby said, adding that ...': the rest of the sentence is his too."""
        self._follow_on_within(ctx, speakers, para.end, cue)

    def _follow_on_within(self, ctx: ArticleState, speakers: list[str], limit: int, cue: tuple[int, int]) -> None:
        """``_follow_on`` bounded by ``limit`` rather than a paragraph (a sentence read on its own)."""
        if cue[1] <= cue[0]:
            return
        end = sentence_end(ctx.text, cue[1], limit)
        piece = ctx.text[cue[1]:end]
        for rule in self.follow_on:
            m = search_piece(rule, piece, cue[1])
            if m:
                cs, ce = trim(ctx.text, *m.span("content"))
                if ctx.text[ce - 1:ce] in OPENING_QUOTES:
                    # 'who said there were "too many problems."': the quotation is part of the clause
                    ce = trim(ctx.text, cs, full_stop(ctx.text, ce, limit))[1]
                if ce - cs >= 3:
                    self._emit_clauses(ctx, speakers, rule.id, cs, ce, (m.start(), m.start("content")))
                return

    def _emit_quote(self, ctx: ArticleState, speakers: list[str], rule_id: str, quote: Quote,
                    cue: tuple[int, int]) -> None:
        append_items(ctx, speakers, rule_id, self.labeller.quote_runs(ctx.text, quote), cue, quote=True)

    def _main_clause(self, ctx: ArticleState, index: int, start: int, end: int, m, depth: int) -> bool:
        """'After the chairman confirmed ..., Roe questioned why ...': an attribution inside an
        opening subordinate clause leaves the main clause after its comma to be read too."""
        found = m.groupdict()
        opens = self.subordinate.match(ctx.text, start) or self.cues.sources.adverb_subordinate.match(ctx.text, start)
        if depth >= NESTING_DEPTH or not found.get("verb") or not opens \
                or found.get("speaker") is None or m.start("speaker") > m.start("verb"):
            return False
        comma = ctx.text.find(",", m.end("verb"), end)
        return comma > 0 and self._sentence(ctx, index, comma + 1, end, depth + 1)

    def _emit_clauses(self, ctx: ArticleState, speakers: list[str], rule_id: str, cs: int, ce: int,
                      cue: tuple[int, int], forced: Verdict | None = None, index: int = 0, depth: int = 0,
                      reach: int = 0) -> None:
        """``reach``: where a denial's item ends when its verb's object is a word pointing back
        to the allegation before it ("..., although X disputes this"): the item runs through it.
        The clauses are still read on the allegation alone, so the words up to the pronoun are
        never read again as a statement of their own."""
        nested = (lambda s, e: self._nested(ctx, index, s, e, depth)) if depth < NESTING_DEPTH else None
        runs = self.labeller.labelled(ctx.text, cs, ce, forced, nested)
        if reach > ce and runs and runs[-1][2].label == "denial" and runs[-1][1] >= ce - 1:
            runs[-1] = (runs[-1][0], reach, runs[-1][2])
        if forced is not None and forced.label == "denial":
            self.labeller.publisher_claim(ctx, rule_id, cs, ce, cue)
        append_items(ctx, speakers, rule_id, runs, cue, quote=False)

    def _unnamed_content(self, ctx: ArticleState, index: int, m, depth: int) -> None:
        """'Several candidates agreed, saying the affair was fair game, while Mrs. Roe said voters
        would not care': an unnamed source's words give no item, but a clause after a break in
        them that brings its own named source is that source's statement, read as in any other
        content."""
        found = m.groupdict()
        if depth >= NESTING_DEPTH or not found.get("content") or not found.get("verb") \
                or m.start("content") < m.end("verb"):
            return
        cs, ce = trim(ctx.text, *m.span("content"))
        if ce > cs:
            self.labeller.labelled(ctx.text, cs, ce, None, lambda s, e: self._nested(ctx, index, s, e, depth))

    def _nested(self, ctx: ArticleState, index: int, start: int, end: int, depth: int) -> bool:
        """A clause that brings its own speaker ("..., but the report said ..."). A clause that
        is the outer subject's next speech act ("..., but said his campaign ...") or its content
        ("... but noted that experts say ...") is not one: only the outer speaker is labelled
        (CONVENTIONS.md, nested speech)."""
        if self.content_start.opened_by_cue(ctx.text, start) or self.labeller.new_act.match(ctx.text, start):
            return False  # "..., but said his campaign ...": the outer subject's next act, not "said X"
        if not self._starts_attribution(start, end, ctx):
            return False
        self._sentence(ctx, index, start, end, depth + 1)
        return True  # "..., but Lin rejected that, too": Lin's act, even when it gives no item of its own

    def _starts_attribution(self, start: int, end: int, ctx: ArticleState) -> bool:
        # the rules whose trigger words the clause has, in brief order (the others cannot pass)
        for rule in self.sentence_index.candidates(self.rules.words(ctx.text, start, end)):
            if rule.form == "reported" or not self.rules.prefiltered(rule, ctx.text, start, end):
                continue
            m = self.rules.match(rule, ctx.text, start, end, anchored=True)
            if m and "speaker" in m.groupdict() and (m.start("speaker") - start <= 2 or (
                    article := self.source_article.match(ctx.text, start)) and article.end() == m.start("speaker")
                    or self._role_before(ctx.text, start, m.start("speaker"))):
                return True  # "..., while Roe said ...", "...; the board has indicated that ..."
            # "..., a charge that X denied": the allegation named first, then its denier.
            if m and rule.form == "denial-verb" and m.groupdict().get("content") is not None \
                    and m.start("content") - start <= 2 < m.start("speaker") - start:
                return True
        return False

    def _role_before(self, text: str, start: int, speaker: int) -> bool:
        """Is text[start:speaker] only a role set off by a comma before the clause's source ("her
        main rival, |Bo Lin, has soared ... by saying")? No verb or joining word in it."""
        lead = self.role_lead.match(text, start, speaker)
        return lead is not None and lead.end() == speaker and self.lead_breaks.isdisjoint(
            w.strip(",").lower() for w in lead.group().split()) and not any(
            w.strip(",").endswith(("ed", "ing")) for w in lead.group().split())

