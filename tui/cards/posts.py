"""Reproduced social-media posts: a paragraph signed "— Name (@handle) Date".

News sites print an embedded post as its text followed by the signature line the
platform adds. The whole paragraph is then one unit of the signer's words
(CONVENTIONS.md section 1, reproduced posts); a quotation inside it is nested speech
and gets no item of its own. The signature's shape is a ``form: post`` rule in the
brief; this module only applies it to a paragraph.
"""

from __future__ import annotations

from ..articles.segment import Paragraph
from ..rules.brief import Rule
from .article_state import ArticleState
from .clause_labels import ClauseLabeller, append_items
from .matching import search_rule, trim
from .source_resolver import SourceResolver


class PostReader:
    """The brief's ``form: post`` rules, tried once per paragraph."""

    def __init__(self, rules: list[Rule], resolver: SourceResolver, labeller: ClauseLabeller):
        self.rules = rules
        self.resolver = resolver
        self.labeller = labeller

    def read(self, ctx: ArticleState, index: int, para: Paragraph) -> bool:
        """Emit the paragraph as its signer's post; True when it was one (nothing else
        in it is read)."""
        text = ctx.text
        if not self.rules or "@" not in text[para.start:para.end]:
            return False
        for rule in self.rules:
            m = search_rule(rule, text, para.start, para.end)
            if m is None:
                continue
            speakers = self.resolver.resolve(ctx, *m.span("speaker"), para)
            if not speakers:
                return False
            cs, ce = trim(text, *m.span("content"))
            if ce - cs < 3:
                return False
            ctx.how = f"signature of a reproduced post; {ctx.how}"
            append_items(ctx, speakers, rule.id, self.labeller.unit_runs(text, cs, ce), m.span("speaker"), quote=False)
            self.resolver.set_focus(ctx, speakers[0], index)
            return True
        return False
