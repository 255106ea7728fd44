"""Someone's words printed as paragraphs of their own: reproduced posts and colon blocks.

A reproduced social-media post is a paragraph signed "— Name (@handle) Date".

News sites print an embedded post as its text followed by the signature line the
platform adds. The whole paragraph is then one unit of the signer's words
(CONVENTIONS.md section 1, reproduced posts); a quotation inside it is nested speech
and gets no item of its own. The signature's shape is a ``form: post`` rule in the
brief; this module only applies it to a paragraph.

A paragraph that ends in an attribution and a colon ("Doe tweeted:", "The council said
in a statement:") introduces the paragraph after it, and a run of bullet paragraphs
("- ...") after it, as the speaker's words; each paragraph is one unit (CONVENTIONS.md 1,
paragraphs; post text printed without quotation marks).
"""

from __future__ import annotations

import re

from ..articles.segment import Paragraph
from ..rules.brief import Rule
from .article_state import ArticleState
from .clause_labels import ClauseLabeller, append_items
from .cues import CueReader
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
            append_items(ctx, speakers, rule.id, self.labeller.unit_runs(text, cs, ce, para.quotes), m.span("speaker"), quote=False)
            self.resolver.set_focus(ctx, speakers[0], index)
            return True
        return False


BULLET_RE = re.compile(r"\s*[-–—•*]\s*(?=\S)")
"""A bullet that opens a paragraph of a list ("- Here are the facts: ...")."""


OPEN_MARKS = ("\"", "“")


def block_stays_open(text: str, para: Paragraph, opened: bool) -> bool:
    """Does a quoted block that this paragraph opens (``opened``) stay open after it? The
    marks are counted: straight double marks toggle, curly ones open and close. An excerpt
    printed inside one pair of marks ('""The pier is safe," she said. "And ..."' then
    'The audit found otherwise ... records."') runs until its own closing mark."""
    if not opened:
        return False
    piece = text[para.start:para.end]
    straight = piece.count('"')
    if straight:
        return straight % 2 == 1
    return piece.count("“") > piece.count("”")


class BlockReader:
    """Paragraphs introduced by "X tweeted:" (the cue rules find X before the colon), or by
    an introduction with no speech verb ("a statement released by X:"; ``form: colon-intro``)."""

    def __init__(self, cue_rules: list[Rule], cues: CueReader, resolver: SourceResolver, labeller: ClauseLabeller,
                 intro_rules: list[Rule] | None = None):
        self.cue_rules, self.cues, self.resolver, self.labeller = cue_rules, cues, resolver, labeller
        self.intro_rules = intro_rules or []

    def note_intro(self, ctx: ArticleState, index: int, para: Paragraph, names) -> None:
        """After a paragraph: does it end "X wrote:"? Then the next paragraph is X's."""
        text = ctx.text
        body = text[para.start:para.end].rstrip()
        if not body.endswith(":") or not para.sentences:
            return
        last = para.sentences[-1]
        colon = para.start + len(body)
        for rule in self.cue_rules:
            hit = self.cues.read_before_quote(rule, text, last.start, colon, names)
            if hit is None:
                continue
            speakers = self.resolver.resolve(ctx, *hit.span("speaker"), para)
            if speakers:
                ctx.how = f"{hit.how}; {ctx.how}; the paragraph after the colon is theirs"
                ctx.block_intro = (speakers, rule.id, (hit.start("speaker"), hit.end("verb")), index, False)
            return
        for rule in self.intro_rules:
            m = search_rule(rule, text, last.start, colon + 1)
            if m is None:
                continue
            speakers = self.resolver.resolve(ctx, *m.span("speaker"), para)
            if speakers:
                ctx.how = f"{rule.id}; {ctx.how}; the paragraph after the colon is theirs"
                ctx.block_intro = (speakers, rule.id, (m.start("speaker"), colon), index, False)
            return

    def read(self, ctx: ArticleState, index: int, para: Paragraph) -> bool:
        """Emit the paragraph as the introduced speaker's words; True when it was."""
        intro, ctx.block_intro = ctx.block_intro, None
        if intro is None:
            return False
        speakers, rule_id, cue, at, bullets_only = intro
        bullet = BULLET_RE.match(ctx.text, para.start, para.end)
        if index != at + 1 or bullets_only and not bullet:
            return False
        cs, ce = trim(ctx.text, bullet.end() if bullet else para.start, para.end)
        if ce - cs < 3:
            return False
        append_items(ctx, speakers, rule_id, self.labeller.unit_runs(ctx.text, cs, ce, para.quotes), cue, quote=False)
        if bullet:
            ctx.block_intro = (speakers, rule_id, cue, index, True)  # the list goes on while bullets do
        elif block_stays_open(ctx.text, para, ctx.text.startswith(OPEN_MARKS, cs)):
            ctx.block_intro = (speakers, rule_id, cue, index, False)  # the excerpt goes on
        return True
