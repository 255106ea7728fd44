"""Article + compiled brief -> Card. The one entry point the CLI, the reader and tests use."""

from __future__ import annotations

from pathlib import Path

from ..articles.model import Article
from ..articles.paths import show
from ..articles.reader import read_article
from ..articles.segment import Paragraph, segment, split_paragraph
from ..rules.brief import Brief
from ..rules.heap import give_back
from ..rules.loader import load_brief
from ..rules.patterns import save_patterns, text_lengths
from .actors import ActorFinder, actor_lexicon
from ..rules.budget import budget_for_card, run_rule, seconds_for
from .honorific_owners import HonorificOwners
from .line_rules import opening_chars
from .model import Actor, Card
from .span_trim import SpanTrim, trim_statements
from .statements import StatementFinder

REPEATED_TITLE_RULE = "boilerplate.repeated-title"
INTERNAL_ERROR = "could not build the card"


class CardEngine:
    """A brief compiled for use: build it once, then call :meth:`card` per article."""

    def __init__(self, brief: Brief):
        self.brief = brief
        self.lexicon = actor_lexicon(brief)
        self.actor_finder = ActorFinder(self.lexicon)
        self.honorific_owners = HonorificOwners(brief, self.lexicon)
        self.statement_finder = StatementFinder(brief, self.lexicon)
        self.span_trim = SpanTrim.from_brief(brief)
        self.boilerplate_rules = [(rule, *text_lengths(rule.regex), opening_chars(rule.regex))
                                  for rule in brief.section("boilerplate")]
        self.metadata_rules = [(rule, opening_chars(rule.regex)) for rule in brief.section("metadata")]
        """Each line rule with the first characters a line it matches opens with (None: any)."""
        save_patterns()  # the brief's and the lexicon's compiled patterns, for the next start
        give_back()  # the compile's freed lists, kept by the allocator, go back to the system

    @classmethod
    def from_path(cls, path: str | Path) -> "CardEngine":
        return cls(load_brief(path))

    def paragraphs(self, article: Article) -> list[Paragraph]:
        """Paragraphs with boilerplate and metadata lines marked, and the title read."""
        text = article.text
        paras = segment(text, article.body_start)
        lines = [text[para.start:para.end] for para in paras]  # each read once, by both passes
        for para, line in zip(paras, lines):
            for rule, shortest, longest, opening in self.boilerplate_rules:
                if shortest <= len(line) <= longest and (opening is None or line[:1] in opening) \
                        and run_rule(rule, rule.regex.fullmatch, line):
                    para.boilerplate, para.boilerplate_rule = True, rule.id
                    break
        title_para = next((p for p in paras if not p.boilerplate), None)
        if title_para is not None and not article.title:
            article.title = text[title_para.start:title_para.end]
            article.title_span = (title_para.start, title_para.end)
        if article.title:
            for para, line in zip(paras, lines):
                if para is not title_para and line == article.title:
                    para.boilerplate, para.boilerplate_rule = True, REPEATED_TITLE_RULE
        for para, line in zip(paras, lines):
            if para.boilerplate or para is title_para:
                continue
            for rule, opening in self.metadata_rules:
                if opening is not None and line[:1] not in opening:
                    continue  # a paragraph opens on no space: this rule cannot match it
                m = run_rule(rule, rule.regex.match, line)
                if not m:
                    continue
                if rule.field == "lead":
                    # a live blog's buttons, moderator and clock time glued to the entry's headline:
                    # the headline after them is read as the line
                    if m.end() < len(line):
                        para.start += m.end()
                        split_paragraph(text, para)
                    break
                para.meta = rule.id
                for key, value in m.groupdict().items():
                    if value and key in ("author", "date", "outlet", "source") and not getattr(article, key, None):
                        setattr(article, key, value.strip())
                break
        return paras

    def card(self, article: Article) -> Card:
        """The article's card. Never raises: a folder of messy text must load whole,
        so a failure inside the rules becomes a warning on this one card."""
        try:
            with budget_for_card(seconds_for(len(article.text or ""))) as budget:
                card = self._card(article)
            card.warnings.extend(budget.warnings(show(article.path)))
            return card
        except Exception as exc:  # noqa: BLE001 - reported on the card, not swallowed
            card = Card(file=article.path, title=article.title or article.path, warnings=list(article.warnings))
            card.warnings.append(f"{show(article.path)}: {INTERNAL_ERROR} ({type(exc).__name__}: {exc}); "
                                 "the rest of the folder is fine; please report this article")
            return card

    def _card(self, article: Article) -> Card:
        card = Card(file=article.path, title=article.title, warnings=list(article.warnings))
        if not article.ok:
            card.warnings.append(article.error or "unreadable")
            return card
        paras = self.paragraphs(article)
        extra = []
        if article.author:
            extra.append((article.author, "person", article.author))
        if article.outlet:
            extra.append((article.outlet, "org", article.outlet))
        actors = self.actor_finder.find(article.text, paras, extra)
        self.honorific_owners.assign(article.text, actors)
        self._front_matter_actors(article, actors)
        source_outlet = None
        source_para = next((p for p in paras if p.meta == "meta.source-line"), None)
        if source_para is not None:
            source_outlet = next((a.name for a in actors for s, e in a.mentions
                                  if source_para.start <= s < source_para.end), None)
        statements = self.statement_finder.find(article.text, paras, actors, source_outlet)
        statements = trim_statements(article.text, statements, self.span_trim)
        actors.sort(key=lambda a: a.mentions[0][0] if a.mentions else len(article.text))
        card.title = article.title
        card.outlet, card.date, card.author, card.url = article.outlet, article.date, article.author, article.url
        for actor in actors:  # exact-size copies: the appends left room to grow that a kept card never uses
            actor.mentions, actor.aliases = actor.mentions[:], actor.aliases[:]
        card.actors = actors
        card.claims = [s for s in statements if s.kind == "claim"]
        card.denials = [s for s in statements if s.kind == "denial"]
        card.boilerplate = [(p.start, p.end) for p in paras if p.boilerplate]
        return card

    @staticmethod
    def _front_matter_actors(article: Article, actors: list[Actor]) -> None:
        """A Markdown article's author and outlet are named in its front matter, not the body."""
        if not article.body_start:
            return
        known = {a.name for a in actors}
        for name, kind in ((article.author, "person"), (article.outlet, "org")):
            if not name or name in known:
                continue
            at = article.text.find(name, 0, article.body_start)
            if at >= 0:
                actors.append(Actor(name=name, kind=kind, aliases=[name], mentions=[(at, at + len(name))],
                                    rule="meta.front-matter"))

    def card_for_file(self, path: str | Path) -> Card:
        return self.card(read_article(path))
