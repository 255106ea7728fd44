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
import sys
from dataclasses import dataclass, field

from ..articles.segment import Paragraph, Quote, split_sentences
from ..rules.brief import Brief, Rule
from ..rules.forms import FORMS
from ..rules.patterns import compile_pattern
from .actors import ActorLexicon
from ..rules.budget import run_rule
from .cues import CueHit, CueReader, Names
from .denial_units import forced_runs, nearer_subject
from .matching import (CLAIM, WORD_COUNT_RE, MentionIndex, RuleIndex, SentenceIndex, Verdict, join_fragments,
                       search_rule, sentence_end, sentence_start, trim, unique_actors)
from .speakers import SpeakerModel
from .model import Actor, Statement

WORD_RE = re.compile(r"[a-z]+")
INVERTED_STOP_RE = re.compile(r"[,.;:!?“”\"]")
UNNAMED = object()
"""A quotation attributed to someone the text does not name."""
SHORT_QUOTE_WORDS = 3
"""Quotes this short are scare quotes inside a sentence, not statements of their own."""

BUILTIN_RULES = {
    "quote.same-sentence": "A quotation with no attribution of its own, inside a sentence that reports "
                           "someone's words, is theirs.",
    "quote.same-paragraph": "A quotation with no attribution of its own, in a paragraph where another "
                            "quotation is attributed, has the same speaker.",
    "quote.continuation": "A quotation paragraph right after an attributed quotation continues it.",
}


@dataclass
class _Context:
    text: str
    actors: list[Actor]
    mentions: list[tuple[int, int, Actor]]
    source_outlet: str | None = None
    media_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    """Where the text names a media outlet: unnamed sources near it speak for it."""
    focus: str | None = None
    focus_para: int = -99
    focus_person: str | None = None
    """The person who spoke last: "he" after an organisation's statement means them."""
    focus_via_role: bool = False
    """The focus was reached through a role ("a spokesman for X"), so "he" can mean X."""
    last_via_role: bool = False
    last_outlet: tuple[str, int] | None = None
    sentence_no: int = 0
    para_index: int = -1
    para_start: int = 0
    quote_speaker_para: tuple[str, int] | None = None
    how: str = ""
    """How the last source phrase was resolved to a speaker, for the why view."""
    source: tuple[int, int] | None = None
    """The last source phrase's span."""
    items: list[Statement] = field(default_factory=list)
    mention_index: MentionIndex | None = None
    sentence_index: SentenceIndex | None = None
    """The current paragraph's sentences and quotations by offset."""


class StatementFinder:
    def __init__(self, brief: Brief, lexicon: ActorLexicon):
        self.lex = lexicon
        self.quote_after = [r for r in brief.section("attribution") if r.form == "quote-after"]
        self.quote_before = [r for r in brief.section("attribution") if r.form == "quote-before"]
        self.quote_label = [r for r in brief.section("attribution") if r.form == "quote-label"]
        self.sentence_rules = [r for r in brief.section("attribution")
                               if r.form in ("indirect", "told-outlet", "denial-verb", "reported", "cue")]
        # English shapes the engine needs, from the brief's lexicons (see rules/forms.py)
        words = brief.word_regex
        self.source_cut = compile_pattern(rf"\b{words('source_cut')}\b")
        self.office_of = compile_pattern(rf"(?i)\b{words('office_of')}\b")
        self.that = compile_pattern(rf"\b{words('complementizer')}\s+")
        self.relayed_by = compile_pattern(rf"[\s,]*{words('relay_as')}\s+(?:\w+\s+){{1,2}}{words('relay_by')}\s+[^,]{{1,60}},\s*")
        self.subordinate = compile_pattern(rf"{words('subordinator')}\b")
        self.contraction = compile_pattern(rf"([a-z]+)['’]{words('contraction')}$")
        # Rules keyed by their trigger words: a sentence tries only those whose words it has
        self.sentence_index = RuleIndex(self.sentence_rules)
        self.sentence_order = {rule.id: i for i, rule in enumerate(self.sentence_rules)}
        self.cues = CueReader(brief)
        self.cue_rules = [r for r in self.sentence_rules if r.form == "cue"]
        self.speakers = SpeakerModel(brief)
        self.follow_on = [r for r in brief.section("attribution") if r.form == "follow-on"]
        self.report_words = {w.lower() for w in brief.words("allegation")}
        self.report_content = {w.lower() for w in brief.words("report_content")}
        self.classifiers = brief.section("classify")
        self.classify_index = RuleIndex(self.classifiers)
        self.role_words = set(brief.words("role"))
        self.unnamed_words = set(brief.words("unnamed"))
        self.pronouns = {p.lower() for p in brief.words("pronoun")}
        self.org_roles = set(brief.words("org_role"))
        self.person_pronouns = {w.lower() for w in brief.words("person_pronoun")}
        self.org_pronouns = {w.lower() for w in brief.words("org_pronoun")}
        self.offices = set(brief.words("office"))
        clause_break = brief.macros.get("clause_break")
        self.clause_re = compile_pattern(clause_break) if clause_break else None
        # A participle or speech verb that starts a clause starts a new act (denial_units.py)
        self.new_act = compile_pattern(rf"(?:{words('participle_cue')}|{words('cue_verbs')})\b")
        self.participle = compile_pattern(rf"{words('participle_cue')}\b")
        # One cheap test picks candidate sentences (a speech verb, a quote mark,
        # "according to"...); only those run the detailed rules.
        self.trigger_words = {w.lower() for w in brief.words("say") + brief.words("deny") + brief.words("trigger")}
        for rule in self.sentence_rules:
            self.trigger_words.update(rule.trigger_words if FORMS[rule.form].trigger_lexicons else ())
        self._prefilter_cache: dict[tuple[str, int, int], bool | frozenset[str]] = {}
        self._lowered = self._lowered_of = ""
        """The current article in lower case, when lowering keeps every offset (almost always):
        one lowering per article instead of one per sentence and clause."""
        self._names = Names()
        """The current article's actor mentions (start, end, kind), for cue rules."""

    def find(self, text: str, paras: list[Paragraph], actors: list[Actor],
             source_outlet: str | None = None) -> list[Statement]:
        self._prefilter_cache.clear()
        lowered = text.lower()
        self._lowered, self._lowered_of = (lowered, text) if len(lowered) == len(text) else ("", "")
        mentions = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: m[0])
        self._names = Names([(s, e, a.kind) for s, e, a in mentions])
        ctx = _Context(text=text, actors=actors, mentions=mentions, source_outlet=source_outlet,
                       media_mentions=[(s, e, a.name) for s, e, a in mentions if self.lex.is_media(a.name)])
        ctx.mention_index = MentionIndex(mentions)
        for index, para in enumerate(paras):
            if para.boilerplate or para.meta:
                continue
            self._paragraph(ctx, index, para)
        unique: dict[tuple, Statement] = {}
        for item in ctx.items:
            unique.setdefault((item.speaker, item.start, item.end), item)
        return sorted(unique.values(), key=lambda s: (s.start, s.end))

    # -- paragraphs --------------------------------------------------------
    def _paragraph(self, ctx: _Context, index: int, para: Paragraph) -> None:
        """Quotations and reported speech in reading order, so that "he" always
        means whoever spoke last before it."""
        text = ctx.text
        ctx.para_index, ctx.para_start = index, para.start
        ctx.sentence_index = by_offset = SentenceIndex(para.sentences, para.quotes)
        consumed: set[int] = set()
        quotes = [q for q in para.quotes if self._standalone(text, para, q)]
        attributed: dict[int, tuple[list[str], str, tuple[int, int]]] = {}
        pending: list[Quote] = []
        sentence_speaker: dict[int, str] = {}
        next_quote = 0
        for si, sentence in enumerate(para.sentences):
            ctx.sentence_no += 1
            self._note_outlets(ctx, sentence.start, sentence.end)
            while next_quote < len(quotes) and quotes[next_quote].outer_start < sentence.end:
                quote = quotes[next_quote]
                found = self._attribute_quote(ctx, para, quote)
                if found is UNNAMED:
                    ctx.focus = None
                    consumed.update(by_offset.overlapping(quote.outer_start, quote.outer_end))
                elif found:
                    speakers, rule, cue = found
                    attributed[next_quote] = (speakers, rule.id, cue)
                    self._take_quote(ctx, index, para, quote, speakers, rule.id, cue, consumed)
                elif ctx.focus and ctx.focus_para == index:
                    # '... Mansfield warned there was a risk. "What is going to happen ..."'
                    self._take_quote(ctx, index, para, quote, [ctx.focus], "quote.same-paragraph",
                                     (quote.start, quote.start), consumed)
                else:
                    pending.append(quote)
                next_quote += 1
            if si in consumed or by_offset.inside_quote(sentence):
                continue
            if not self._triggered(text, sentence.start, sentence.end):
                continue
            before = len(ctx.items)
            self._sentence(ctx, index, sentence.start, sentence.end, depth=0)
            if len(ctx.items) > before:
                sentence_speaker[si] = ctx.items[-1].speaker
        for quote in pending:
            si = by_offset.holding(quote.outer_start)
            if si in sentence_speaker:
                # 'The Tories promised a cap with the slogan: "..."': the sentence's speaker.
                speakers, rule_id, cue = [sentence_speaker[si]], "quote.same-sentence", (quote.start, quote.start)
            else:
                speakers, rule_id, cue = self._unattributed_quote(ctx, index, quote, attributed)
            if speakers:
                self._take_quote(ctx, index, para, quote, speakers, rule_id, cue, consumed)

    def _take_quote(self, ctx: _Context, index: int, para: Paragraph, quote: Quote, speakers: list[str],
                    rule_id: str, cue: tuple[int, int], consumed: set[int]) -> None:
        """Emit an attributed quotation; its sentences and its cue's are not read again."""
        if rule_id in BUILTIN_RULES:
            ctx.how, ctx.source = BUILTIN_RULES[rule_id], None
        by_offset = ctx.sentence_index
        consumed.update(by_offset.overlapping(quote.outer_start, quote.outer_end))
        consumed.update(by_offset.overlapping(cue[0], cue[0] + 1))  # the sentence holding the cue
        self._emit_quote(ctx, speakers, rule_id, quote, cue)
        self._follow_on(ctx, speakers, para, cue)
        if cue[1] <= quote.start and ctx.text[quote.end - 1:quote.end] not in (".", "?", "!"):
            # 'X said, "...," but he denied ...': the same sentence goes on after the quote
            self._follow_on(ctx, speakers, para, (quote.outer_start, quote.outer_end))
        self._set_focus(ctx, speakers[0], index)
        ctx.quote_speaker_para = (speakers[0], index)

    def _triggered(self, text: str, start: int, end: int) -> bool:
        piece = text[start:end]
        if "“" in piece or "”" in piece or '"' in piece or ":" in piece:
            return True  # quotations and "Name: ..." speaker tags
        return not self.trigger_words.isdisjoint(self._words(text, start, end))

    def _words(self, text: str, start: int, end: int) -> frozenset[str]:
        """Lower-case words of a span, computed once per span."""
        key = ("words", start, end)
        words = self._prefilter_cache.get(key)
        if words is None:
            found = WORD_RE.findall(self._lowered, start, end) if text is self._lowered_of and self._lowered \
                else WORD_RE.findall(text[start:end].lower())
            words = self._prefilter_cache[key] = frozenset(found)
        return words

    def _passes(self, rule: Rule, text: str, start: int, end: int) -> bool:
        """Run the rule's cheap prefilters (trigger words, trigger regex), once per span."""
        if rule.trigger_words and rule.trigger_words.isdisjoint(self._words(text, start, end)):
            return False
        if rule.prefilter is None:
            return True
        key = (rule.prefilter.pattern, start, end)
        hit = self._prefilter_cache.get(key)
        if hit is None:
            hit = self._prefilter_cache[key] = run_rule(rule, rule.prefilter.search, text, start, end) is not None
        return hit

    def _standalone(self, text: str, para: Paragraph, quote: Quote) -> bool:
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
            opens = not before or before[-1] in ",:.!?;—–-”\"’"
        if len(WORD_COUNT_RE.findall(text, quote.start, quote.end)) <= SHORT_QUOTE_WORDS:
            # '"It is heartbreaking," Doe said.' is a statement; a scare quote is not
            after = min(quote.outer_end, para.end)
            return opens and (not before or before[-1] in ".!?”\"") and any(
                search_rule(r, text, after, sentence_end(text, after, para.end), anchored=True) for r in self.quote_after)
        if quote.opened:
            return opens
        return not any(self._match(rule, text, quote.start, quote.end) for rule in self.sentence_rules
                       if rule.form != "reported" and self._passes(rule, text, quote.start, quote.end))

    def _attribute_quote(self, ctx: _Context, para: Paragraph, quote: Quote):
        text = ctx.text
        after_start = min(quote.outer_end, para.end)
        after_end = sentence_end(text, after_start, para.end)
        # '"... ended." He said' starts a new sentence: only '"...," he said' attributes after.
        ends_sentence = text[quote.end - 1:quote.end] in (".",) if quote.end > quote.start else False
        for rule in ([] if ends_sentence else self.quote_after):
            m = search_rule(rule, text, after_start, after_end, anchored=True)
            if m:
                speaker_end = m.end("speaker")
                if "verb" in m.groupdict() and m.start("speaker") > m.start("verb"):
                    # '"...," said chief executive Steven Theede.': the name may follow the role.
                    stop = INVERTED_STOP_RE.search(text, speaker_end, after_end)
                    speaker_end = stop.start() if stop else after_end
                speakers = self._resolve(ctx, m.start("speaker"), speaker_end, para)
                if speakers is None:
                    return UNNAMED  # '"...," an analyst said': no one we can name
                if speakers:
                    return speakers, rule, (m.start(), m.end())
        for rule in ([] if ends_sentence else self.cue_rules):
            hit = self.cues.read_after_quote(rule, text, after_start, after_end, self._names)
            if hit is not None:
                speakers = self._resolve(ctx, hit.start("speaker"), hit.end("speaker"), para)
                ctx.how = f"{hit.how}; {ctx.how}"
                if speakers is None:
                    return UNNAMED
                if speakers:
                    return speakers, rule, (min(hit.start("speaker"), hit.start("verb")),
                                            max(hit.end("speaker"), hit.end("verb")))
        if quote.opened:
            before_end = max(quote.outer_start, para.start)
            before_start = sentence_start(text, para.start, before_end)
            for rule in self.quote_label:
                m = search_rule(rule, text, before_start, before_end)
                if m and ctx.source_outlet:
                    return [ctx.source_outlet], rule, (m.start(), m.end())
            for rule in self.quote_before:
                m = search_rule(rule, text, before_start, before_end)
                if m:
                    speakers = self._resolve(ctx, m.start("speaker"), m.end("speaker"), para)
                    if speakers is None:
                        return UNNAMED
                    if speakers:
                        return speakers, rule, (m.start(), m.end())
            for rule in self.cue_rules:
                # 'Doe defended the plan, saying, "..."': a cue that ends the words before it
                hit = self.cues.read_before_quote(rule, text, before_start, before_end, self._names)
                if hit is not None:
                    speakers = self._resolve(ctx, hit.start("speaker"), hit.end("speaker"), para)
                    ctx.how = f"{hit.how}; {ctx.how}"
                    if speakers:
                        return speakers, rule, (hit.start("speaker"), hit.end("verb"))
        return None

    def _unattributed_quote(self, ctx: _Context, index: int, quote: Quote, attributed: dict):
        if attributed:
            speakers, _, cue = attributed[min(attributed)]
            return speakers, "quote.same-paragraph", cue
        if ctx.quote_speaker_para and index - ctx.quote_speaker_para[1] <= 2:
            # Only a quote that opens the paragraph (or has lost its opening mark) continues one.
            return [ctx.quote_speaker_para[0]], "quote.continuation", (quote.start, quote.start)
        return [], "", (0, 0)

    def _follow_on(self, ctx: _Context, speakers: list[str], para: Paragraph, cue: tuple[int, int]) -> None:
        """'"...," Kirby said, adding that ...': the rest of the sentence is his too."""
        if cue[1] <= cue[0]:
            return
        end = sentence_end(ctx.text, cue[1], para.end)
        for rule in self.follow_on:
            m = search_rule(rule, ctx.text, cue[1], end)
            if m:
                cs, ce = trim(ctx.text, *m.span("content"))
                if ce - cs >= 3:
                    self._emit_clauses(ctx, speakers, rule.id, cs, ce, (m.start(), m.start("content")), quote=False)
                return

    def _emit_quote(self, ctx: _Context, speakers: list[str], rule_id: str, quote: Quote,
                    cue: tuple[int, int]) -> None:
        """A quoted passage is one unit however many sentences it has, split only by
        polarity: at most one claim and one denial, each spanning its own sentences."""
        runs: list[tuple[int, int, Verdict]] = []
        for sentence in split_sentences(ctx.text, quote.start, quote.end):
            runs += self._labelled(ctx, sentence.start, sentence.end, quote=True)
        merged: dict[str, tuple[int, int, Verdict]] = {}
        for rs, re_, verdict in runs:
            first = merged.get(verdict.label)
            merged[verdict.label] = (rs, re_, verdict) if first is None else (first[0], re_, first[2])
        self._append(ctx, speakers, rule_id, sorted(merged.values(), key=lambda r: r[:2]), cue, quote=True)

    # -- reported speech ---------------------------------------------------
    def _sentence(self, ctx: _Context, index: int, start: int, end: int, depth: int) -> bool:
        """Try the attribution rules; the attribution that starts first in the sentence wins
        (the outer speaker: "X said he rejected ..." is X's, not a denial by "he")."""
        text = ctx.text
        matches = []
        first_word = start + len(text[start:end]) - len(text[start:end].lstrip(" \t“‘\"'("))
        for rule in self.sentence_index.candidates(self._words(text, start, end)):
            order = self.sentence_order[rule.id]
            if not self._passes(rule, text, start, end):
                continue
            m = self._match(rule, text, start, end)
            if m:
                found = m.groupdict()
                content_first = found.get("speaker") is not None and found.get("content") is not None \
                    and m.start("content") < m.start("speaker")
                # "..., as reported by X": what counts is where the speaker stands, not the words.
                where = m.start("speaker") if content_first else m.start()
                matches.append((where, order, rule, m))
                if where <= first_word:
                    break  # nothing can start earlier than the sentence's first word
        matches.sort(key=lambda x: (x[0], x[1]))
        matches = nearer_subject(matches, text, self.participle)
        for _, _, rule, m in matches:
            if rule.form == "reported":
                if not self._tied_outlet(ctx):
                    continue
                speakers = [self._tied_outlet(ctx)]
                cs, ce = start, end
                cue = (m.start(), m.end())
            else:
                speakers = self._resolve(ctx, m.start("speaker"), m.end("speaker"), None)
                if isinstance(m, CueHit):
                    ctx.how = f"{m.how}; {ctx.how}"
                if rule.form == "told-outlet" and not (speakers and self.lex.is_media(speakers[0])):
                    continue
                if speakers is None:
                    ctx.focus = None  # an unnamed source took the floor
                    return True
                if not speakers or rule.form == "indirect" and "verb" in m.groupdict() and self.cues.is_agent(text, start, m.start("speaker")):
                    continue  # no one, or "released by X revealed ...": X is no subject
                cs, ce = m.span("content")
                if "verb" in m.groupdict() and m.start("content") >= m.end("verb"):
                    if rule.form != "denial-verb":
                        # A denial verb's object is what is denied ("dismissed the charges ... that"):
                        # its rules take their own "that".
                        cs = self._after_that(text, cs, ce)
                    if self.subordinate.match(text, start) and m.start("speaker") < text.find(",", start, end):
                        comma = text.find(",", cs, ce)
                        if comma > 0:
                            ce = comma
                cue = (m.start("speaker"), m.end("verb") if "verb" in m.groupdict() else m.end("speaker"))
            cs, ce = trim(text, cs, ce)
            if ce - cs < 3 or "verb" in m.groupdict() and cs >= m.end("verb") and self.cues.is_fragment(text, cs, end):
                continue
            self._set_focus(ctx, speakers[0], index)
            if any(self.lex.is_media(s) for s in speakers):
                ctx.last_outlet = (speakers[0], ctx.sentence_no)
            kind = "denial" if rule.form == "denial-verb" else None
            verdict = Verdict("denial", rule.id, rule.category or "rejection", m.span("verb")) \
                if kind and "verb" in m.groupdict() else None
            self._emit_clauses(ctx, speakers, rule.id, cs, ce, cue, quote=False, forced=verdict,
                               index=index, depth=depth)
            return True
        return False

    def _after_that(self, text: str, cs: int, ce: int) -> int:
        """Skip 'on Sunday during an interview ... that' between the verb and the content."""
        relayed = self.relayed_by.match(text, cs, ce)
        if relayed:
            cs = relayed.end()  # 'commented, as reported by Reuters, that ...'
        first_clause_end = ce
        for stop in (",", "“", "\""):
            at = text.find(stop, cs, ce)
            if at >= 0:
                first_clause_end = min(first_clause_end, at)
        m = self.that.search(text, cs, first_clause_end)
        if not m:
            return cs
        between = WORD_RE.findall(text[cs:m.start()].lower())
        # "said he rejected the idea that ...": a subject or verb before "that" starts
        # the statement itself, which must keep its own words.
        if len(between) > 14 or any(w in self.pronouns or w in self.trigger_words for w in between):
            return cs
        return m.end()

    def _emit_clauses(self, ctx: _Context, speakers: list[str], rule_id: str, cs: int, ce: int,
                      cue: tuple[int, int], quote: bool, forced: Verdict | None = None,
                      index: int = 0, depth: int = 0) -> None:
        runs = self._labelled(ctx, cs, ce, quote, forced, index, depth)
        if forced is not None and forced.label == "denial":
            self._publisher_claim(ctx, rule_id, cs, ce, cue)
        self._append(ctx, speakers, rule_id, runs, cue, quote)

    def _labelled(self, ctx: _Context, cs: int, ce: int, quote: bool, forced: Verdict | None = None,
                  index: int = 0, depth: int = 0) -> list[tuple[int, int, Verdict]]:
        """The clauses of text[cs:ce], each labelled claim or denial (and by which rule)."""
        text = ctx.text
        pieces: list[tuple[int, int]] = []
        pos = cs
        if self.clause_re is not None:
            for m in self.clause_re.finditer(text, cs, ce):
                if not quote and depth < 2 and self._nested(ctx, index, m.end(), ce, depth):
                    ce = m.start()
                    break
                pieces.append((pos, m.start()))
                pos = m.end()
        pieces.append((pos, ce))
        if forced is not None and forced.label == "denial":
            return forced_runs(text, pieces, forced, self.new_act, lambda s, e: self._classify(text, s, e))
        pieces = join_fragments(text, pieces)
        runs: list[tuple[int, int, Verdict]] = []
        for ps, pe in pieces:
            ps, pe = trim(text, ps, pe)
            if pe - ps < 3:
                continue
            runs.append((ps, pe, forced or self._classify(text, ps, pe)))
        return runs

    @staticmethod
    def _append(ctx: _Context, speakers: list[str], rule_id: str,
                runs: list[tuple[int, int, Verdict]], cue: tuple[int, int], quote: bool) -> None:
        text = ctx.text
        how = sys.intern(ctx.how)  # a few dozen distinct explanations across a whole folder
        for rs, re_, verdict in runs:
            denial = verdict.label == "denial"
            for speaker in speakers:
                ctx.items.append(Statement(
                    kind=verdict.label, speaker=speaker, text=text[rs:re_], start=rs, end=re_,
                    rule=(verdict.rule or rule_id) if denial else rule_id,
                    quote=quote, cue=cue, attribution=rule_id, source=ctx.source, how=how,
                    category=verdict.category if denial else "", marker=verdict.marker if denial else None))

    def _publisher_claim(self, ctx: _Context, rule_id: str, cs: int, ce: int, cue: tuple[int, int]) -> None:
        """ "X disputed a New York Times report that ...": the report the denial is aimed
        at is its publisher's claim (CONVENTIONS.md 2, nested speech), when the object
        names an outlet next to a report word within its first few words."""
        head_end = min(ce, cs + 80)
        for s, e, name in ctx.media_mentions:
            if s < cs or s >= head_end:
                continue
            before = WORD_RE.findall(ctx.text[cs:s].lower())
            after = [(m.group(), m.end()) for m in WORD_RE.finditer(ctx.text.lower(), e, min(ce, e + 60))][:2]
            if len(before) > 6:
                continue
            # "a Times report that ...", "the report in the Post alleging ...": what the report says.
            if after and after[0][0] in self.report_words:
                after = after[1:]
            elif not self.report_words.intersection(before[-3:]):
                continue
            if not after or after[0][0] not in self.report_content:
                continue
            start, end = trim(ctx.text, after[0][1], ce)  # "a report alleging she ...": what follows the lead
            if end - start >= 3:
                ctx.items.append(Statement(kind="claim", speaker=name, text=ctx.text[start:end], start=start,
                                           end=end, rule=rule_id, quote=False, cue=cue, attribution=rule_id))
            return

    def _nested(self, ctx: _Context, index: int, start: int, end: int, depth: int) -> bool:
        """A clause that brings its own speaker ("..., but the report said ...")."""
        return self._sentence(ctx, index, start, end, depth + 1) if self._starts_attribution(start, end, ctx) else False

    def _starts_attribution(self, start: int, end: int, ctx: _Context) -> bool:
        for rule in self.sentence_rules:
            if rule.form == "reported" or not self._passes(rule, ctx.text, start, end):
                continue
            m = self._match(rule, ctx.text, start, end, anchored=True)
            if m and "speaker" in m.groupdict() and m.start("speaker") - start <= 2:
                return True
        return False

    def _match(self, rule: Rule, text: str, start: int, end: int, anchored: bool = False):
        """A sentence rule's match: its regex, or for a cue rule the cue with source and content."""
        if rule.form == "cue":
            return self.cues.read(rule, text, start, end, self._names)
        return search_rule(rule, text, start, end, anchored)

    def _classify(self, text: str, start: int, end: int) -> Verdict:
        """The first classify rule that matches the clause decides; none means claim."""
        for rule in self.classify_index.candidates(self._words(text, start, end)):
            if not self._passes(rule, text, start, end):
                continue
            hit = search_rule(rule, text, start, end)
            if hit is None:
                continue
            if rule.label != "denial":
                return CLAIM
            marker = hit.span("marker") if "marker" in hit.groupdict() and hit.m.group("marker") else hit.span()
            return Verdict("denial", rule.id, rule.category, marker)
        return CLAIM

    # -- speakers ----------------------------------------------------------
    def _resolve(self, ctx: _Context, start: int, end: int, para: Paragraph | None) -> list[str] | None:
        """Speaker names for a phrase; [] when it names no one we can use; None for untied unnamed sources."""
        ctx.how, ctx.source = "a name in the source words", (start, end)
        text = ctx.text
        phrase = text[start:end]
        ctx.last_via_role = any(w in self.role_words for w in phrase.lower().split())
        cut = self.source_cut.search(phrase)
        if cut and cut.start() > 0:
            end = start + cut.start()
            phrase = text[start:end]
        # Overlap, not containment: the mention of "Mr. Smith" starts before the name the rule captured.
        inside = unique_actors(ctx.mention_index.overlapping(start, end))
        lowered = phrase.lower().split()
        first = lowered[0] if lowered else ""
        contracted = self.contraction.match(first)
        if contracted:
            if contracted.group(1) not in self.pronouns:
                return []  # "We've said", "I'd told": no one the text names
            first = lowered[0] = contracted.group(1)  # "He'd said": the pronoun's speaker
        if inside:
            holder = self.speakers.named_holder(ctx, phrase, inside)
            if holder is not None:
                ctx.how = f"a role the article gives to {holder.name} by name ('{phrase.strip()}')"
                return [holder.name]  # "Doe's lawyer" when the article names the lawyer
            office = self.office_of.search(phrase)
            persons = [a for a in inside if a.kind == "person"]
            if all(a.kind == "place" for a in inside) and any(w in self.role_words for w in lowered):
                return None  # "a former official from the West" is unnamed
            orgs = [a for a in inside if a.kind == "org"]
            if office and orgs:
                ctx.how = "the office of a named body speaks for it"
                return [orgs[0].name]
            if office and persons:
                ctx.how = "the office of a named person"
                return [self._office_of(ctx, persons[0], start + office.start(), end)]
            if first == "the" and any(w in self.role_words for w in lowered) and ctx.focus:
                focus = next((a for a in ctx.actors if a.name == ctx.focus), None)
                if focus is not None and focus.kind == "person" and self.speakers.introduced_with(ctx, focus, inside):
                    ctx.how = f"the role {ctx.focus} was introduced with, and {ctx.focus} spoke last"
                    return [ctx.focus]
            if len(inside) > 1 and re.search(r"\band\b", phrase) and not persons[1:2]:
                ctx.how = "two named sources joined by 'and'"
                return [a.name for a in inside]
            ctx.how = "named in the source words"
            return [(persons or inside)[0].name]
        party = None if inside else self.lex.lookup(self.speakers.party_group(phrase.strip()) or "")
        if party is not None:
            ctx.how = f"'{phrase.strip()}' act as a group: their party speaks"
            return [self._named_actor(ctx, party.name, party.kind, phrase.strip(), start)]
        staff = None if inside else self.speakers.staff_pronoun(lowered)
        if staff is not None:  # "his campaign said": the person the pronoun means (CONVENTIONS.md 2)
            holder = self.speakers.named_holder(ctx, phrase, [])
            if holder is not None:
                ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
                return [holder.name]
            first, lowered = staff, [staff]
        author = None if inside else self.speakers.document_author(ctx, lowered, ctx.focus, start, end)
        if author is not None:
            ctx.how = f"'{phrase.strip()}' speaks for its author, {author.name}, who spoke or was named last"
            return [author.name]
        if first in self.pronouns and len(lowered) == 1:
            if first in self.org_pronouns:
                # "Slate produced a profile ..., it said": the body named in the sentence
                opening = sentence_start(ctx.text, ctx.para_start, start)
                body = next((a for s, e, a in reversed(ctx.mentions)
                             if opening <= s and e <= start and a.kind == "org"), None)
                if body is not None:
                    ctx.how = f"'{first}' is the body named earlier in its sentence"
                    return [body.name]
                focus = next((a for a in ctx.actors if a.name == ctx.focus), None)
                body = self.speakers.last_org(ctx, start) if focus is None or focus.kind != "org" else None
                if body is not None:
                    ctx.how = f"'{first}' is the body named last before it"
                    return [body.name]
            if first not in self.person_pronouns:
                ctx.how = f"'{first}' is whoever spoke last"
                return [ctx.focus] if ctx.focus else []
            newcomer = self._introduced_here(ctx, start, first)
            if newcomer is not None:
                ctx.how = f"'{first}' is the person this paragraph turned to"
                return [newcomer.name]
            focus = next((a for a in ctx.actors if a.name == ctx.focus), None)
            if focus is not None and (focus.kind == "person" or ctx.focus_via_role):
                ctx.last_via_role = ctx.focus_via_role  # "He added", "He further stated": same voice
                ctx.how = f"'{first}' is whoever spoke last"
                return [focus.name]  # "a State Department spokesman said ... He added" is the department
            if ctx.focus_person:
                ctx.how = f"'{first}' is the person who spoke last (not a body)"
                return [ctx.focus_person]
            # No one has spoken yet: "he" is the person named last before it.
            person = self.speakers.last_person(ctx, start)
            ctx.how = f"'{first}' is the person named last before it"
            return [person.name] if person else []
        if any(w.strip(",.") in self.unnamed_words for w in lowered):
            outlet = self._tied_outlet(ctx)
            if outlet:
                ctx.how = "unnamed sources tied to the outlet that reports them"
                return [outlet]
            if first == "the" and ctx.focus and any(w in self.role_words for w in lowered[-1:]) \
                    and lowered[-1] not in ("sources", "people", "individuals", "officials", "report", "reports"):
                ctx.how = "the role of whoever spoke last"
                return [ctx.focus]
            return None
        if first == "the" and any(w in self.role_words for w in lowered):
            focus = next((a for a in ctx.actors if a.name == ctx.focus), None)
            if lowered[-1] in self.org_roles:
                # "the company said" after the company spoke
                ctx.how = f"'{phrase.strip()}' is the body that spoke last"
                if focus is None or focus.kind != "org":
                    focus = self.speakers.body_called(ctx, lowered[-1], start, focus)
                    ctx.how = f"'{phrase.strip()}' is the body or candidate the article last named so"
                return [focus.name] if focus is not None else None
            holder = self.speakers.role_holder(ctx, lowered[-1], start)
            if holder is None and lowered[-1] in self.offices:
                # "Gordon Brown has delivered a speech ... The chancellor said": news prose
                # names a one-holder office for the person it has just named.
                holder = self.speakers.last_person(ctx, start)
            ctx.how = f"'{phrase.strip()}' is the person last named with that role"
            return [holder.name] if holder else None  # "the judge" after "Judge Letitia Clark"
        if any(w in self.role_words for w in lowered):
            holder = self.speakers.named_holder(ctx, phrase, [])
            ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
            return [holder.name] if holder is not None else None  # "attorney says": the one named
        if phrase[:1].isupper() and all(w[:1].isupper() for w in phrase.split()) and not phrase.isupper() \
                and not any(w in self.lex.not_names or w in self.lex.demonyms for w in phrase.split()):
            # a capitalised run shaped like a name; not all capitals (a dateline, a slogan)
            return [self._new_person(ctx, phrase, start)]
        return []

    def _tied_outlet(self, ctx: _Context) -> str | None:
        if ctx.last_outlet and ctx.sentence_no - ctx.last_outlet[1] <= 1:
            return ctx.last_outlet[0]
        return ctx.source_outlet

    def _note_outlets(self, ctx: _Context, start: int, end: int) -> None:
        for s, e, name in ctx.media_mentions:
            if s >= start and e <= end:
                ctx.last_outlet = (name, ctx.sentence_no)
                return

    def _introduced_here(self, ctx: _Context, before: int, pronoun: str) -> Actor | None:
        """A paragraph that turns to a new person ("The SNP's leader, Nicola Sturgeon,
        welcomed the move. She said: ...") hands "he" or "she" to the person who is the
        subject of its latest sentence, not to whoever spoke in an earlier paragraph."""
        if ctx.focus_para == ctx.para_index:
            return None
        subject = None
        for s, _, actor in ctx.mentions:
            if s >= before:
                break
            if s < ctx.para_start or actor.kind != "person":
                continue
            opening = ctx.text[sentence_start(ctx.text, ctx.para_start, s):s].strip()
            # The sentence opens on them: "Mr Galloway was ...", "Labour MP Jo Bell said",
            # "The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...".
            opens_on = not opening or opening.endswith(",") and len(opening) < 80 \
                or all(w[:1].isupper() for w in opening.split())
            if opens_on and self.speakers.gender_fits(ctx.text, actor, pronoun):
                subject = actor
        return subject if subject is not None and subject.name != ctx.focus else None

    def _set_focus(self, ctx: _Context, speaker: str, index: int) -> None:
        ctx.focus = speaker
        ctx.focus_para = index
        ctx.focus_via_role = ctx.last_via_role
        actor = next((a for a in ctx.actors if a.name == speaker), None)
        if actor is not None and actor.kind == "person":
            ctx.focus_person = speaker

    def _office_of(self, ctx: _Context, person: Actor, start: int, end: int) -> str:
        name = f"Office of {person.name}"
        surface = ctx.text[start:end].strip()
        actor = next((a for a in ctx.actors if a.name == name), None)
        if actor is None:
            actor = Actor(name=name, kind="org", rule="actor.office-of")
            ctx.actors.append(actor)
        if surface not in actor.aliases:
            actor.aliases.append(surface)
            actor.mentions.append((start, start + len(surface)))
        return name

    @staticmethod
    def _named_actor(ctx: _Context, name: str, kind: str, surface: str, start: int) -> str:
        """The actor called ``name``, added with this mention if the article had none."""
        actor = next((a for a in ctx.actors if a.name == name), None)
        if actor is None:
            actor = Actor(name=name, kind=kind, aliases=[surface], rule="actor.speaker-party")
            ctx.actors.append(actor)
            actor.mentions.append((start, start + len(surface)))
        return name

    def _new_person(self, ctx: _Context, phrase: str, start: int) -> str:
        name = phrase.strip()
        actor = next((a for a in ctx.actors if a.name == name), None)
        if actor is None:
            actor = Actor(name=name, kind="person", aliases=[name], rule="actor.speaker-name")
            ctx.actors.append(actor)
        actor.mentions.append((start, start + len(name)))
        ctx.mentions.append((start, start + len(name), actor))
        return name
