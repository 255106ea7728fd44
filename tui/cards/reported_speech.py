"""Reported speech, one sentence at a time: which attribution rule wins, whose words they
are, and what the attribution leaves to read after it.

A mixin of ``StatementFinder`` (statements.py), which reads quotations and paragraphs and
calls ``_sentence`` for every sentence that holds a cue; ``StatementClauses`` calls it back
for clauses that bring their own speaker.
"""

from __future__ import annotations

import re

from .actors import ActorLexicon
from .article_state import ArticleState
from .cues import CueHit, CueReader
from .denial_units import bare_object_start, named_appositive, nearer_subject
from .matching import Verdict, trim
from .source_resolver import SourceResolver
from .statement_clauses import NESTING_DEPTH, StatementClauses
from .relay_tags import RelayTags
from .tail_attribution import TailAttribution


class ReportedSpeech(StatementClauses):
    """``X said that ...``, ``according to X, ...``, ``X denied ...``: the brief's sentence rules."""

    lex: ActorLexicon
    cues: CueReader
    resolver: SourceResolver
    participle: re.Pattern
    object_tails: set[str]
    tail: TailAttribution
    relay_tags: RelayTags

    def _sentence(self, ctx: ArticleState, index: int, start: int, end: int, depth: int) -> bool:
        """Try the attribution rules; the attribution that starts first in the sentence wins
        (the outer speaker: "X said he rejected ..." is X's, not a denial by "he")."""
        text = ctx.text
        matches = []
        piece = text[start:end]
        first_word = start + len(piece) - len(piece.lstrip(" \t“‘\"'("))
        rules = self.rules
        prefiltered, match = rules.prefiltered, rules.match
        only_denials = False
        tail = None  # where a closing "..., X said." begins (-1: none); looked for only when needed
        for order, rule in self.sentence_index.numbered(rules.words(text, start, end)):
            if only_denials and rule.form != "denial-verb":
                continue
            if rule.prefilter is not None and not prefiltered(rule, text, start, end):
                continue
            m = match(rule, text, start, end, piece=piece)
            if m:
                found = m.groupdict()
                content_first = found.get("speaker") is not None and found.get("content") is not None \
                    and m.start("content") < m.start("speaker")
                # "..., as reported by X": what counts is where the speaker stands, not the words.
                # A passive ("His claims were denied by X") names its act where its subject starts.
                # So does a denied allegation that holds its denier ("a charge that X denied").
                passive = content_first and (found.get("verb") is not None and m.start("verb") < m.start("speaker")
                                             or rule.form == "denial-verb" and m.end("content") >= m.end("speaker"))
                where = m.start("speaker") if content_first and not passive else m.start()
                matches.append((where, order, rule, m))
                if where <= first_word:
                    if tail is None:
                        tail = self.tail.start(text, start, end)
                    if self.tail.swallows(m, tail):
                        continue  # "..., Bo Lin said.": the closing tag may be the outer attribution
                    if only_denials or found.get("verb") is None or not self.participle.match(text, m.start("verb")):
                        break  # nothing can start earlier than the sentence's first word
                    only_denials = True  # a participle cue: an earlier denial by its subject comes first
        if len(matches) > 1:  # (one match or none: the order and both filters leave it as it is)
            matches.sort(key=_where_then_order)
            matches = named_appositive(nearer_subject(matches, text, self.participle))
            if tail is None:
                tail = self.tail.start(text, start, end)
            matches = self.tail.outer_first(matches, tail, text, self.lex.is_media)
        for _, _, rule, m in matches:
            found = m.groupdict()  # asked once: a cue's builds a new dict each time (read only here)
            has_verb = "verb" in found
            if rule.form == "reported":
                if not self.resolver.tied_outlet(ctx):
                    continue
                speakers = [self.resolver.tied_outlet(ctx)]
                cs, ce = start, end
                cue = (m.start(), m.end())
            else:
                speakers = self.resolver.resolve(ctx, m.start("speaker"), m.end("speaker"), None)
                if isinstance(m, CueHit):
                    ctx.how = f"{m.how}; {ctx.how}"
                if rule.form == "told-outlet" and not (speakers and self.lex.is_media(speakers[0])):
                    continue
                if speakers is None:
                    if _another_source_for_the_cue(m, matches):
                        continue  # "Lakeland's governor, Brian Sandal, said": the name inside the appositive
                    ctx.focus = None  # an unnamed source took the floor
                    self._unnamed_content(ctx, index, m, depth)
                    self._main_clause(ctx, index, start, end, m, depth)
                    return True
                if not speakers and not has_verb and depth < NESTING_DEPTH \
                        and self._sentence(ctx, index, m.start("content"), end, depth + 1):
                    return True  # "According to the e-mails, she argued ...": the words are their subject's
                if not speakers or rule.form == "indirect" and has_verb and self.cues.is_agent(text, start, m.start("speaker")):
                    continue  # no one, or "released by X revealed ...": X is no subject
                cs, ce = m.span("content")
                if has_verb and m.start("content") >= m.end("verb"):
                    if rule.form != "denial-verb":
                        # A denial verb's object is what is denied ("dismissed the charges ... that"):
                        # its rules take their own "that".
                        cs = self.content_start.after_that(text, cs, ce)
                    if self.subordinate.match(text, start) and m.start("speaker") < text.find(",", start, end):
                        comma = text.find(",", cs, ce)
                        if comma > 0:
                            ce = comma
                cue = (m.start("speaker"), m.end("verb") if has_verb else m.end("speaker"))
            cs, ce = trim(text, cs, ce)
            relay = self.relay_tags.find(ctx, start, end) if rule.form != "reported" else None
            if relay is not None and cs < relay[1].end("content") < ce:
                cs, ce = trim(text, cs, relay[1].end("content"))  # ", the Gazette reported" is no part of it
            if rule.form == "denial-verb" and has_verb:
                cs = bare_object_start(text, cs, ce, m.start("verb"), self.object_tails)  # "has denied wrongdoing", "denied it"
            if ce - cs < 3 or has_verb and cs >= m.end("verb") and self.cues.is_fragment(text, cs, end) \
                    and not self.cues.content_test.object_content(text, m.end("verb"), end):
                continue
            self.resolver.set_focus(ctx, speakers[0], index)
            if any(self.lex.is_media(s) for s in speakers):
                ctx.last_outlet = (speakers[0], ctx.sentence_no)
            kind = "denial" if rule.form == "denial-verb" else None
            verdict = Verdict("denial", rule.id, rule.category or "rejection", m.span("verb")) \
                if kind and has_verb else None
            self._emit_clauses(ctx, speakers, rule.id, cs, ce, cue, forced=verdict,
                               index=index, depth=depth,
                               reach=m.end("object") if found.get("object") else 0)
            if relay is not None:
                self.relay_tags.outlet_claim(ctx, relay, speakers)
            self._main_clause(ctx, index, start, end, m, depth)
            if has_verb and found.get("content") and m.end("content") <= min(m.start("speaker"), m.start("verb")):
                self._after_tail(ctx, speakers, end, max(m.end("verb"), m.end("speaker")))
            if found.get("rest") and depth < NESTING_DEPTH and self.cues.mask is None:
                # "Ann Roe, who once praised the plan, offered her firmest promise that ...": the
                # relative clause was one statement; the main clause may be another
                self.cues.mask = (m.start("verb"), m.start("rest"))
                try:
                    self._sentence(ctx, index, start, end, depth + 1)
                finally:
                    self.cues.mask = None
            if found.get("relay") and depth < NESTING_DEPTH:
                # "..., which stood at 263, according to the Gazette.": the relayed clause is read alone
                self._sentence(ctx, index, m.start("relay"), end, depth + 1)
                self.resolver.set_focus(ctx, speakers[0], index)  # the sentence's speaker stays in focus
            if depth < NESTING_DEPTH and found.get("verb") and found.get("content") and found.get("speaker") \
                    and m.start("verb") < m.start("content") < m.end("content") <= m.start("speaker"):
                # "Noting that the budget was late, Doe called the audit a disgrace": the participle's
                # words are done; the subject's own clause may report more
                self._sentence(ctx, index, m.start("speaker"), end, depth + 1)
            return True
        return bool(matches) and self._main_clause(ctx, index, start, end, matches[0][3], depth)

    def _after_tail(self, ctx: ArticleState, speakers: list[str], end: int, tail_end: int) -> None:
        """'The plan is bad, Doe said on Tuesday, adding that ...', '..., said Doe, noting ...': the
        content came first, so the words after the attribution were read by no rule; a participle
        there goes on for the same source, as after a quotation's tag."""
        if any(tail_end <= item.start < end for item in ctx.items):
            return  # the rest already gave an item of its own
        self._follow_on_within(ctx, speakers, end, (tail_end - 1, tail_end))


def _where_then_order(match: tuple) -> tuple[int, int]:
    return match[0], match[1]


def _another_source_for_the_cue(m, matches: list) -> bool:
    """Does another rule give the same cue a different source? ("Lakeland's governor,
    Brian Sandal, said": one rule reads the role, another the name set off by commas.)"""
    if "verb" not in m.groupdict():
        return False
    return any(other is not m and "verb" in other.groupdict() and other.start("verb") == m.start("verb")
               and other.span("speaker") != m.span("speaker") for _, _, _, other in matches)
