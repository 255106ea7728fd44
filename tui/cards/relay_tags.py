"""An outlet's closing report tag after a named sayer: "Doe acknowledged that the fees could
be termed lobbying, the Gazette reported in 1991."

The sentence's first attribution wins (tail_attribution.py: an outlet's tag leaves it
standing, because a named sayer that an outlet relays keeps the words, CONVENTIONS
"Relayed statements"). But the sentence is also the outlet's report: its reporters' finding
is the outlet's claim (CONVENTIONS "Outlets"). So the tag's outlet gets a claim over the
words before the tag, beside the sayer's, and the sayer's content stops where the tag begins
(", the Gazette reported" is no part of what Doe said). Only a tag that names a media outlet
the article knows counts: a person's closing tag is the outer attribution already. The same
holds for "..., according to the Gazette (report)", "..., as first reported by the Gazette",
"Doe's remarks, first reported by the Gazette, suggested ..." and a quotation's closing tag
('"...," Doe said, according to the Gazette.'); the brief's ``relay-tag`` rules spell them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.brief import Rule
from .article_state import ArticleState
from .matching import sentence_end, trim, unique_actors
from .model import Statement

if TYPE_CHECKING:
    from .actors import ActorLexicon
    from .span_rules import SpanRules


class RelayTags:
    """The brief's ``relay-tag`` rules, tried on a sentence whose first attribution has won."""

    def __init__(self, rules: list[Rule], span_rules: SpanRules, lexicon: ActorLexicon):
        self.rules = rules
        self.span_rules = span_rules
        self.lex = lexicon

    def find(self, ctx: ArticleState, start: int, end: int) -> tuple[Rule, object, str] | None:
        """(rule, match, outlet) of the first relay-tag rule that matches the sentence text[start:end]
        and whose tag names one media outlet the article knows, or None. Only known actors count:
        reading the tag must not make a new actor of an unknown name."""
        text = ctx.text
        for rule in self.rules:
            if rule.prefilter is not None and not self.span_rules.prefiltered(rule, text, start, end):
                continue
            m = self.span_rules.match(rule, text, start, end)
            if m is None:
                continue
            named = unique_actors(ctx.mention_index.outermost(m.start("speaker"), m.end("speaker")))
            if len(named) == 1 and named[0].kind != "person" and self.lex.is_media(named[0].name):
                return rule, m, named[0].name
        return None

    def after_quote(self, ctx: ArticleState, quote: tuple[int, int], cue: tuple[int, int], limit: int,
                    speakers: list[str]) -> None:
        """'"...," Doe said, according to the Gazette.': a quotation's closing tag that an outlet's
        relay ends; the outlet gets the quotation as its report's claim, Doe keeps the words."""
        if cue[0] < quote[1]:
            return  # the attribution stands before the quotation: no closing tag
        found = self.find(ctx, quote[0], sentence_end(ctx.text, cue[1], limit))
        if found is not None and found[1].start("speaker") >= cue[1]:
            self.outlet_claim(ctx, found, speakers, quote)

    @staticmethod
    def outlet_claim(ctx: ArticleState, found: tuple[Rule, object, str], speakers: list[str],
                     words: tuple[int, int] | None = None) -> None:
        """Append the tag's outlet's claim over the words before the tag (or ``words``), unless
        the outlet is the sentence's own speaker."""
        rule, m, outlet = found
        if outlet in speakers:
            return
        cs, ce = trim(ctx.text, *(words or m.span("content")))
        if ce - cs < 3:
            return
        ctx.items.append(Statement(kind="claim", speaker=outlet, text=ctx.text[cs:ce], start=cs, end=ce,
                                   rule=rule.id, quote=False, cue=m.span("speaker"), attribution=rule.id,
                                   source=m.span("speaker"),
                                   how="an outlet's closing report tag after a named sayer's statement"))
