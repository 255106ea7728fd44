"""Clause labelling: each clause of attributed words is a claim or a denial, and
the card items it becomes.

The classify rules decide a clause's label (the first that matches wins; none means
claim). A denial verb forces its object to be a denial (denial_units.py splits off
the acts that follow it). A quoted passage is one unit split only by polarity. A
denial aimed at a named outlet's report also gives that outlet its claim.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Callable

from ..articles.segment import Quote, split_sentences
from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .article_state import ArticleState
from .denial_units import forced_runs
from ..rules.budget import run_rule
from .matching import CLAIM, Hit, RuleIndex, Verdict, join_fragments, trim
from .model import Statement, shared
from .span_rules import WORD_RE, SpanRules

NO_ITEM = Verdict("none")
"""A clause that states nothing ("could not confirm, deny or comment"): no card item."""

Run = tuple[int, int, Verdict]
"""A labelled stretch of text: start, end and its verdict."""


class ClauseLabeller:
    """The brief's classify rules and clause breaks, applied to attributed words."""

    def __init__(self, brief: Brief, rules: SpanRules):
        self.rules = rules
        self.classifiers = brief.section("classify")
        self.classify_index = RuleIndex(self.classifiers)
        words = brief.word_regex
        clause_break = brief.macros.get("clause_break")
        self.clause_re = search_pattern(clause_break) if clause_break else None
        # A participle or speech verb that starts a clause starts a new act (denial_units.py)
        self.new_act = search_pattern(rf"(?:{words('participle_cue')}|{words('cue_verbs')})\b")
        # "..., dismissing Vale as a crank": a rejection participle with an object of its own
        # (not one pointing back: "dismissing them as a smear" restates the denial)
        self.own_denial = search_pattern(
            rf"(?P<verb>{words('deny_participle')})\s+(?!(?:{words('restated_object')})\b)"
            rf"(?:(?:{words('complementizer')})\s+)?(?P<object>\S)")
        # A clause break that holds the speech verb itself (" but noted that |experts say ...")
        self.act_in_break = search_pattern(rf"\b(?:{words('participle_cue')}|{words('cue_verbs')})\b")
        self.bare_object = {w.lower() for w in brief.words("bare_object")}
        self.report_words = {w.lower() for w in brief.words("allegation")}
        self.report_content = {w.lower() for w in brief.words("report_content")}

    def labelled(self, text: str, cs: int, ce: int, forced: Verdict | None = None,
                 nested: Callable[[int, int], bool] | None = None) -> list[Run]:
        """The clauses of text[cs:ce], each labelled claim or denial (and by which rule).

        ``nested(start, end)`` is asked at each clause break whether the rest brings its
        own speaker ("..., but the report said ..."); if so the words stop there."""
        pieces: list[tuple[int, int]] = []
        acts: set[int] = set()  # starts of clauses whose break held their speech verb
        pos = cs
        if self.clause_re is not None:
            for m in self.clause_re.finditer(text, cs, ce):
                if nested is not None and nested(m.end(), ce):
                    ce = m.start()
                    break
                pieces.append((pos, m.start()))
                pos = m.end()
                if self.act_in_break.search(text, m.start(), m.end()):
                    acts.add(pos)  # "misspoke but noted that |experts say ...": a second act
        pieces.append((pos, ce))

        def new_act(ps: int) -> bool:
            return ps in acts or self.new_act.match(text, ps) is not None

        if forced is not None and forced.label == "denial":
            return forced_runs(text, pieces, forced, new_act, lambda s, e: self.classify(text, s, e),
                               self.bare_object, self.own_denial)
        runs: list[Run] = []
        for ps, pe in join_fragments(text, pieces, new_act):
            ps, pe = trim(text, ps, pe)
            if pe - ps >= 3:
                verdict = forced or self.classify(text, ps, pe)
                runs.extend(_split_claim_part(text, ps, pe, verdict))
        return runs

    def quote_runs(self, text: str, quote: Quote) -> list[Run]:
        """A quoted passage is one unit however many sentences it has, split only by
        polarity: at most one claim and one denial, each spanning its own sentences."""
        return self.unit_runs(text, quote.start, quote.end)

    def unit_runs(self, text: str, start: int, end: int, nested: list[Quote] | tuple = ()) -> list[Run]:
        """One unit of someone's words (a quotation, a reproduced post): at most one claim
        and one denial, each spanning its own sentences. A sentence that starts inside one
        of the ``nested`` quotations is someone else's words quoted in the unit
        (CONVENTIONS.md 1, nested speech): it labels nothing. A quotation that opens the unit
        is the unit's own words printed in marks, not nested."""
        merged: dict[str, Run] = {}
        for sentence in split_sentences(text, start, end):
            if nested and any(start < q.outer_start and q.start <= sentence.start < q.end for q in nested):
                continue
            for rs, re_, verdict in self.labelled(text, sentence.start, sentence.end):
                first = merged.get(verdict.label)
                merged[verdict.label] = (rs, re_, verdict) if first is None else (first[0], re_, first[2])
        return sorted(merged.values(), key=lambda r: r[:2])

    def classify(self, text: str, start: int, end: int) -> Verdict:
        """The first classify rule that matches the clause decides; none means claim."""
        piece = None
        for rule in self.classify_index.candidates(self.rules.words(text, start, end)):
            if rule.prefilter is not None and not self.rules.prefiltered(rule, text, start, end):
                continue
            if piece is None:
                piece = text[start:end]  # one slice for every rule the clause runs (see search_rule)
            m = run_rule(rule, rule.regex.search, piece)
            if m is None:
                continue
            hit = Hit(m, start)
            if rule.label == "none":
                return NO_ITEM
            if rule.label != "denial":
                return CLAIM
            found = hit.groupdict()
            marker = hit.span("marker") if found.get("marker") else hit.span()
            claim_part = hit.span("claim") if found.get("claim") else None
            return Verdict("denial", rule.id, rule.category, marker, claim_part)
        return CLAIM

    def publisher_claim(self, ctx: ArticleState, rule_id: str, cs: int, ce: int, cue: tuple[int, int]) -> None:
        """ "X disputed a New York Times report that ...": the report the denial is aimed
        at is its publisher's claim (CONVENTIONS.md 2, nested speech), when the object
        names an outlet next to a report word within its first few words."""
        text = ctx.text
        head_end = min(ce, cs + 80)
        media = ctx.media_mentions
        for s, e, name in media[bisect_left(ctx.media_starts, cs):bisect_left(ctx.media_starts, head_end)]:
            before = WORD_RE.findall(text[cs:s].lower())
            after = [(m.group(), e + m.end()) for m in WORD_RE.finditer(text[e:min(ce, e + 60)].lower())][:2]
            if len(before) > 6:
                continue
            # "a Times report that ...", "the report in the Post alleging ...": what the report says.
            if after and after[0][0] in self.report_words:
                after = after[1:]
            elif not self.report_words.intersection(before[-3:]):
                continue
            if not after or after[0][0] not in self.report_content:
                continue
            start, end = trim(text, after[0][1], ce)  # "a report alleging she ...": what follows the lead
            if end - start >= 3:
                ctx.items.append(Statement(kind="claim", speaker=name, text=text[start:end], start=start,
                                           end=end, rule=rule_id, quote=False, cue=cue, attribution=rule_id))
            return


def _split_claim_part(text: str, start: int, end: int, verdict: Verdict) -> list[Run]:
    """A denial rule's `claim` group keeps its words a claim and the rest of the clause
    the denial: "the remark was about the budget, not the mayor's family" is a claim and
    a denial (CONVENTIONS.md section 4, "X, not Y"), each with its own span."""
    if verdict.claim_part is None:
        return [(start, end, verdict)]
    cs, ce = trim(text, *verdict.claim_part)
    ds, de = trim(text, verdict.claim_part[1], end)
    runs: list[Run] = []
    if ce - cs >= 3:
        runs.append((cs, ce, CLAIM))
    if de - ds >= 3:
        runs.append((ds, de, verdict))
    return runs or [(start, end, verdict)]


def append_items(ctx: ArticleState, speakers: list[str], rule_id: str, runs: list[Run],
                 cue: tuple[int, int], quote: bool) -> None:
    """One card item per labelled run and speaker, carrying its rule, cue, source and why."""
    text = ctx.text
    how = sys.intern(ctx.how)  # a few dozen distinct explanations across a whole folder
    cue = (shared(cue[0]), shared(cue[1]))  # offsets a kept card holds: one int object each
    source = (shared(ctx.source[0]), shared(ctx.source[1])) if ctx.source is not None else None
    for rs, re_, verdict in runs:
        if verdict.label == NO_ITEM.label:
            continue
        denial = verdict.label == "denial"
        for speaker in speakers:
            ctx.items.append(Statement(
                kind=verdict.label, speaker=speaker, text=text[rs:re_], start=shared(rs), end=shared(re_),
                rule=(verdict.rule or rule_id) if denial else rule_id,
                quote=quote, cue=cue, attribution=rule_id, source=source, how=how,
                category=verdict.category if denial else "", marker=verdict.marker if denial else None))
