"""Claims and denials: who said what, found by the brief's attribution rules.

The order of work follows how news prose attributes speech. Quotations first
(the attribution sits next to the marks: '"...," Kirby said'), then reported
speech sentence by sentence ("X said that ...", "according to X, ..."). The
speaker phrase is resolved to an actor, a pronoun or role to the speaker in
focus, and unnamed sources to the outlet the text ties them to. Each clause of
the attributed words is then labelled denial or claim by the classify rules.
"""

from __future__ import annotations

import re

from ..articles.segment import Paragraph, Quote
from ..rules.brief import Brief
from ..rules.forms import FORMS
from ..rules.patterns import search_pattern
from .actors import ActorLexicon
from .article_state import UNNAMED, ArticleState
from .clause_labels import ClauseLabeller
from .content_bounds import ContentStart
from .cues import CueReader, Names
from .matching import RuleIndex, SentenceIndex, sentence_start
from .mention_index import MentionIndex
from .model import Actor, Statement
from .posts import BlockReader, PostReader
from .quote_attribution import QuoteAttributor
from .quote_shapes import ASKED, INTRODUCED, NAMED_AFTER, NAMED_BEFORE, SIGNED
from .quote_leads import QuoteLeads
from .reported_speech import ReportedSpeech
from .relay_tags import RelayTags
from .tail_attribution import TailAttribution
from .source_resolver import SourceResolver
from .span_rules import SpanRules
from .speakers import SpeakerModel

BUILTIN_RULES = {
    "quote.same-sentence": "A quotation with no attribution of its own, inside a sentence that reports "
                           "someone's words, is theirs.",
    "quote.same-paragraph": "A quotation with no attribution of its own, in a paragraph where another "
                            "quotation is attributed, has the same speaker.",
    "quote.continuation": "A quotation paragraph right after an attributed quotation continues it.",
    "quote.after-reported": "A quotation paragraph right after a paragraph that reports a person's words "
                            "goes on in that person's voice.",
    NAMED_AFTER.id: "A quotation that a comma hands on to a short clause is the words of the one "
                    "person or body that clause names, whatever its verb.",
    SIGNED.id: "A quotation paragraph signed after a dash, on its own line or the next ('- Ann Roe.'), "
               "is the words of the one named there.",
    NAMED_BEFORE.id: "A quotation right after a person's name and a few words that end in a comma or "
                     "colon ('Roe interjected, \"...\"') is that person's words, whatever the verb.",
    INTRODUCED.id: "A quotation introduced by a colon is the words of the subject of the sentence the "
                   "colon ends, whatever its verb.",
}
QUOTE_OR_COLON = re.compile('[“”":]')
"""What makes any sentence a candidate: a quotation mark or a speaker tag's colon."""

class StatementFinder(ReportedSpeech):
    """Quotations and reported speech of one article at a time, in reading order."""

    def __init__(self, brief: Brief, lexicon: ActorLexicon):
        self.lex = lexicon
        attribution = brief.section("attribution")
        self.sentence_rules = [r for r in attribution
                               if r.form in ("indirect", "told-outlet", "denial-verb", "reported", "cue")]
        self.follow_on = [r for r in attribution if r.form == "follow-on"]
        # English shapes the engine needs, from the brief's lexicons (see rules/forms.py)
        words = brief.word_regex
        self.joined_cue = search_pattern(rf"(?:,|,?\s+and|,?\s+but)\s+(?:\w+ly\s+)?(?:{words('participle_cue')}|{words('say')})\b")
        # "While ...", and "And while ..." / "But although ...": an opening subordinate clause
        self.subordinate = search_pattern(
            rf"(?:(?i:{words('list_conjunction')}|{words('contrast_joiner')})\s+(?i:{words('subordinator')})|{words('subordinator')})\b")
        self.participle = search_pattern(rf"{words('participle_cue')}\b")
        self.tail = TailAttribution(brief)  # "..., Bo Lin said.": a closing tag is the outer attribution
        # "...; the Harbour Board has indicated that ...": an article may open the next clause's source
        self.source_article = search_pattern(rf"\s*(?:{words('article')})\s+")
        # "..., while her main rival, Bo Lin, has ... by saying": a role set off before the next clause's source
        self.role_lead = search_pattern(r"\s*(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,\s+")
        self.lead_breaks = {w.lower() for w in brief.words("auxiliary") + brief.words("title_break")}
        self.object_tails = {w.lower() for w in brief.words("object_tail")}  # "rejected that, too"
        # Rules keyed by their trigger words: a sentence tries only those whose words it has
        self.sentence_index = RuleIndex(self.sentence_rules)
        # One cheap test picks candidate sentences (a speech verb, a quote mark,
        # "according to"...); only those run the detailed rules.
        self.trigger_words = {w.lower() for w in brief.words("say") + brief.words("deny") + brief.words("trigger")}
        for rule in self.sentence_rules:
            self.trigger_words.update(rule.trigger_words if FORMS[rule.form].trigger_lexicons else ())
        self.content_start = ContentStart(brief, self.trigger_words)
        self.cues = CueReader(brief)
        # the words any span is tested against: trigger words of every rule, and the trigger lexicons
        vocabulary = frozenset(self.trigger_words).union(*(rule.trigger_words for rule in brief.rules))
        self.rules = SpanRules(self.cues, vocabulary)
        self.resolver = SourceResolver(brief, lexicon, SpeakerModel(brief))
        relative_say = search_pattern(rf",\s+(?:{words('relative_pronoun')})\s+(?:\w+ly\s+)?(?:{words('say')})\b")
        self.quote_leads = QuoteLeads(self.joined_cue, self.subordinate, relative_say)
        self.quotes = QuoteAttributor(brief, self.rules, self.resolver, self.cues, self.sentence_rules)
        self.labeller = ClauseLabeller(brief, self.rules)
        # "..., the Gazette reported.": an outlet's closing tag after a named sayer gets its own claim
        self.relay_tags = RelayTags([r for r in attribution if r.form == "relay-tag"], self.rules, lexicon)
        self.posts = PostReader([r for r in attribution if r.form == "post"], self.resolver, self.labeller)
        self.blocks = BlockReader(self.quotes.cue_rules, self.cues, self.resolver, self.labeller,
                                  [r for r in attribution if r.form == "colon-intro"])

    def find(self, text: str, paras: list[Paragraph], actors: list[Actor],
             source_outlet: str | None = None) -> list[Statement]:
        mentions = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: m[0])
        self.rules.begin(text, Names([(s, e, a.kind) for s, e, a in mentions]))
        media = {a.name for a in actors if self.lex.is_media(a.name)}  # once per actor, not per mention
        ctx = ArticleState(text=text, actors=actors, mentions=mentions, source_outlet=source_outlet,
                           media_mentions=[(s, e, a.name) for s, e, a in mentions if a.name in media])
        ctx.mention_index = MentionIndex(mentions, text)
        for index, para in enumerate(paras):
            if para.boilerplate or para.meta:
                continue
            self._paragraph(ctx, index, para)
        unique: dict[tuple, Statement] = {}
        for item in ctx.items:
            unique.setdefault((item.speaker, item.start, item.end), item)
        return sorted(unique.values(), key=lambda s: (s.start, s.end))

    # -- paragraphs --------------------------------------------------------
    def _paragraph(self, ctx: ArticleState, index: int, para: Paragraph) -> None:
        """Quotations and reported speech in reading order, so that "he" always
        means whoever spoke last before it."""
        ctx.para_index, ctx.para_start = index, para.start
        if self.posts.read(ctx, index, para) or self.blocks.read(ctx, index, para):
            return
        self._read_paragraph(ctx, index, para)
        self.blocks.note_intro(ctx, index, para, self.rules.names)

    def _read_paragraph(self, ctx: ArticleState, index: int, para: Paragraph) -> None:
        text = ctx.text
        ctx.sentence_index = by_offset = SentenceIndex(para.sentences, para.quotes)
        consumed: set[int] = set()
        quotes = self.quotes.statements(text, para)
        attributed: dict[int, tuple[list[str], str, tuple[int, int]]] = {}
        pending: list[Quote] = []
        deferred: list[tuple[Quote, str]] = []
        sentence_speaker: dict[int, str] = {}
        sentence_items: dict[int, list[tuple[int, int]]] = {}
        next_quote = 0
        quote_or_colon, trigger_words, span_words = QUOTE_OR_COLON.search, self.trigger_words, self.rules.words
        for si, sentence in enumerate(para.sentences):
            ctx.sentence_no += 1
            if ctx.media_mentions:  # (no outlet named in the article: nothing to note)
                self.resolver.note_outlets(ctx, sentence.start, sentence.end)
            while next_quote < len(quotes) and quotes[next_quote].outer_start < sentence.end:
                quote = quotes[next_quote]
                found = self.quotes.attribute(ctx, para, quote)
                if found is ASKED:
                    pass  # a question put to the subject: nobody's statement, the sentence is read as prose
                elif found is UNNAMED:
                    ctx.focus = None
                    consumed.update(by_offset.overlapping(quote.outer_start, quote.outer_end))
                elif found:
                    speakers, rule, cue = found
                    attributed[next_quote] = (speakers, rule.id, cue)
                    self._take_quote(ctx, index, para, quote, speakers, rule.id, cue, consumed)
                    self.relay_tags.after_quote(ctx, (quote.start, quote.end), cue, para.end, speakers)
                elif next_quote == 0 and (reopened := self.quotes.reopened(ctx, index, para, quote)):
                    self._take_quote(ctx, index, para, quote, [reopened], "quote.continuation",
                                     (quote.start, quote.start), consumed)
                elif ctx.focus and ctx.focus_para == index and self._lead_reports(text, sentence, quote):
                    # 'Another reader, Carl Moss, wrote of Ms. Roe: "..."' after Doe's quotation: the
                    # sentence names its own speaker; read it first, the focus only if it names none
                    deferred.append((quote, ctx.focus))
                elif ctx.focus and ctx.focus_para == index:
                    # '... Mansfield warned there was a risk. "What is going to happen ..."'
                    self._take_quote(ctx, index, para, quote, [ctx.focus], "quote.same-paragraph",
                                     (quote.start, quote.start), consumed)
                else:
                    pending.append(quote)
                next_quote += 1
            if si in consumed or by_offset.inside_quote(sentence):
                continue
            if not (quote_or_colon(text, sentence.start, sentence.end)  # (_triggered written out)
                    or not trigger_words.isdisjoint(span_words(text, sentence.start, sentence.end))):
                continue
            before = len(ctx.items)
            self._sentence(ctx, index, sentence.start, sentence.end, depth=0)
            if len(ctx.items) > before:
                sentence_speaker[si] = ctx.items[-1].speaker
                sentence_items[si] = [(item.start, item.end) for item in ctx.items[before:]]
        for quote, focus in deferred:
            si = by_offset.holding(quote.outer_start)
            if si in sentence_speaker:
                self._take_quote(ctx, index, para, quote, [sentence_speaker[si]], "quote.same-sentence",
                                 (quote.start, quote.start), consumed)
            else:
                self._take_quote(ctx, index, para, quote, [focus], "quote.same-paragraph",
                                 (quote.start, quote.start), consumed)
        for quote in pending:
            si = by_offset.holding(quote.outer_start)
            spans = sentence_items.get(si, ())
            if any(start in (quote.outer_start, quote.start) and quote.end <= end for start, end in spans):
                continue  # 'Ann Roe: "We Will Not Back Down."': the sentence's item is the quotation itself
            if any(quote.outer_start <= start < quote.outer_end for start, _ in spans):
                sentence_speaker.pop(si, None)  # '"... Kaine has made moves ...," said a Democrat': a cue inside the
                # quotation names someone it talks about, not the one who speaks it
            if si in sentence_speaker:
                # 'The Tories promised a cap with the slogan: "..."': the sentence's speaker.
                speakers, rule_id, cue = [sentence_speaker[si]], "quote.same-sentence", (quote.start, quote.start)
            else:
                speakers, rule_id, cue = self.quotes.unattributed(ctx, index, para, quote, attributed)
            if speakers:
                self._take_quote(ctx, index, para, quote, speakers, rule_id, cue, consumed)

    def _lead_reports(self, text: str, sentence, quote: Quote) -> bool:
        """Whether the words of ``sentence`` before ``quote`` may report speech of their own
        (a cue word there), so that the sentence is read before the quotation goes to the focus."""
        return sentence.start < quote.outer_start <= sentence.end \
            and self._triggered(text, sentence.start, quote.outer_start)

    def _take_quote(self, ctx: ArticleState, index: int, para: Paragraph, quote: Quote, speakers: list[str],
                    rule_id: str, cue: tuple[int, int], consumed: set[int]) -> None:
        """Emit an attributed quotation; its sentences and its cue's are not read again."""
        if rule_id in BUILTIN_RULES and rule_id not in (INTRODUCED.id, NAMED_AFTER.id, SIGNED.id):  # that one keeps how its subject was read
            ctx.how, ctx.source = BUILTIN_RULES[rule_id], None
        by_offset = ctx.sentence_index
        consumed.update(by_offset.overlapping(quote.outer_start, quote.outer_end))
        consumed.update(by_offset.overlapping(cue[0], cue[0] + 1))  # the sentence holding the cue
        self._emit_quote(ctx, speakers, rule_id, quote, cue)
        lead = self.quote_leads.span(ctx.text, lambda pos: ctx.sentence_opening(pos, para.start), quote, cue,
                                     rule_id == INTRODUCED.id, lambda pos: sentence_start(ctx.text, para.start, pos))
        if lead is not None:
            # 'Doe urged voters to stay home, saying, "..."', 'Doe said A but added, "...," Doe said.':
            # the clause before the quotation may report words of its own (quote_leads.py)
            self._sentence(ctx, index, *lead, depth=1)
        if rule_id not in (INTRODUCED.id, SIGNED.id):  # its "cue" is the subject before the colon or
            # the signature under the paragraph: nothing of the quotation's sentence follows it
            self._follow_on(ctx, speakers, para, cue)
        if cue[1] <= quote.start and ctx.text[quote.end - 1:quote.end] not in (".", "?", "!"):
            # 'X said, "...," but he denied ...': the same sentence goes on after the quote
            self._follow_on(ctx, speakers, para, (quote.outer_start, quote.outer_end))
        self.resolver.set_focus(ctx, speakers[0], index)
        ctx.quote_speaker_para = (speakers[0], index)

    def _triggered(self, text: str, start: int, end: int) -> bool:
        if QUOTE_OR_COLON.search(text, start, end):
            return True  # quotations and "Name: ..." speaker tags
        return not self.trigger_words.isdisjoint(self.rules.words(text, start, end))
