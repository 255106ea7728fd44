"""Two articles side by side: shared and one-sided actors, aligned statements, discrepancies."""

from __future__ import annotations

from ..cards.model import Card
from .name_forms import form_span, spelling_variant
from .parties import Parties, statement_refs
from .model import ActorMatch, AlignedPair, ArticleInfo, Comparison, Discrepancy, Span
from .text import Figure, Weights, content_tokens, figures, sentences, similarity

ALIGN_THRESHOLD = 0.5
"""Same speaker, content similarity at least this: the same statement."""
OTHER_SPEAKER_THRESHOLD = 0.7
"""Different speakers, similarity at least this: the same words given to someone else."""
FIGURE_SENTENCE_THRESHOLD = 0.4
"""Sentences this similar that give different numbers or dates for one thing are a discrepancy."""


def article_info(index: int, card: Card, text: str) -> ArticleInfo:
    return ArticleInfo(index=index, file=card.file, title=card.title, outlet=card.outlet, date=card.date,
                       length=len(text), words=len(text.split()), actors=len(card.actors),
                       claims=len(card.claims), denials=len(card.denials))


def _is_real(card: Card, actor_name: str) -> bool:
    """Speakers added only to match statements are not reported as actors unless the card has them."""
    return card.actor(actor_name) is not None


def compare(card_a: Card, card_b: Card, text_a: str, text_b: str,
            index_a: int = 0, index_b: int = 1) -> Comparison:
    """Compare two articles' cards. ``index_a``/``index_b`` are the article numbers put on spans
    (0 and 1 by default; pass workspace indexes to get spans a reader can open directly)."""
    cards, texts = [card_a, card_b], [text_a, text_b]
    parties = Parties(cards, texts)
    idx = (index_a, index_b)
    result = Comparison(left=article_info(index_a, card_a, text_a), right=article_info(index_b, card_b, text_b))

    # --- actors
    for g in range(len(parties.groups)):
        sides = parties.sides(g)
        real = {a: s for a, s in sides.items() if _is_real(cards[a], s.name) and s.mentions}
        for s in real.values():
            s.article = idx[s.article]
        if 0 in real and 1 in real:
            match = ActorMatch(parties.names[g], parties.kinds[g], real[0], real[1])
            result.both.append(match)
            _spelling(match, parties, g, texts, idx, result.discrepancies)
        elif 0 in real:
            result.only_left.append(real[0])
        elif 1 in real:
            result.only_right.append(real[1])
    order = lambda side: side.mentions[0][0] if side.mentions else 0  # noqa: E731
    result.both.sort(key=lambda m: order(m.left))
    result.only_left.sort(key=order)
    result.only_right.sort(key=order)

    # --- statements
    left = statement_refs(card_a, 0, parties)
    right = statement_refs(card_b, 1, parties)
    sent_a = sentences(text_a, skip=card_a.boilerplate)
    sent_b = sentences(text_b, skip=card_b.boilerplate)
    tok_sa = [content_tokens(text_a[s:e]) for s, e in sent_a]
    tok_sb = [content_tokens(text_b[s:e]) for s, e in sent_b]
    weights = Weights(tok_sa + tok_sb)
    tl = [content_tokens(s.text) for s in left]
    tr = [content_tokens(s.text) for s in right]
    sims = [[similarity(a, b, weights) for b in tr] for a in tl]
    paired_l: set[int] = set()
    paired_r: set[int] = set()
    pairs: dict[tuple[int, int], AlignedPair] = {}

    def same_party(i: int, j: int) -> bool:
        return left[i].party == right[j].party

    for i in range(len(left)):
        cands = [(sims[i][j], j) for j in range(len(right)) if same_party(i, j) and sims[i][j] >= ALIGN_THRESHOLD]
        if cands:
            sim, j = max(cands)
            pairs[(i, j)] = AlignedPair(left[i], right[j], sim)
    for j in range(len(right)):
        if any(k[1] == j for k in pairs):
            continue
        cands = [(sims[i][j], i) for i in range(len(left)) if same_party(i, j) and sims[i][j] >= ALIGN_THRESHOLD]
        if cands:
            sim, i = max(cands)
            pairs[(i, j)] = AlignedPair(left[i], right[j], sim)
    # the same words given to different speakers
    for i in range(len(left)):
        if any(k[0] == i for k in pairs):
            continue
        cands = [(sims[i][j], j) for j in range(len(right))
                 if not same_party(i, j) and sims[i][j] >= OTHER_SPEAKER_THRESHOLD
                 and not any(k[1] == j and pairs[k].same_speaker for k in pairs)]
        if cands:
            sim, j = max(cands)
            pairs[(i, j)] = AlignedPair(left[i], right[j], sim, same_speaker=False)
    for (i, j), pair in sorted(pairs.items()):
        paired_l.add(i)
        paired_r.add(j)
        result.aligned.append(pair)
        if not pair.same_speaker:
            result.discrepancies.append(Discrepancy(
                "attribution",
                f"the same {pair.left.kind} is given to {pair.left.party} on the left "
                f"and to {pair.right.party} on the right",
                [Span(idx[0], pair.left.start, pair.left.end)], [Span(idx[1], pair.right.start, pair.right.end)],
                pair.left.text, pair.right.text))
    result.left_only_statements = [s for i, s in enumerate(left) if i not in paired_l]
    result.right_only_statements = [s for j, s in enumerate(right) if j not in paired_r]
    for s in left + right:
        s.article = idx[s.article]

    # --- denials one side omits
    right_parties = {parties.names[g] for g in range(len(parties.groups))
                     if any(parties.items[m][0] == 1 for m in parties.groups[g])}
    left_parties = {parties.names[g] for g in range(len(parties.groups))
                    if any(parties.items[m][0] == 0 for m in parties.groups[g])}
    for side, only, other_parties, other in (("left", result.left_only_statements, right_parties, "right"),
                                             ("right", result.right_only_statements, left_parties, "left")):
        for s in only:
            if s.kind != "denial":
                continue
            named = s.party in other_parties
            words = s.text if len(s.text) <= 90 else s.text[:89] + "…"
            summary = (f"only the {side} article reports {s.party} denying “{words}”"
                       + (f" (the {other} names {s.party})" if named else ""))
            span = [Span(s.article, s.start, s.end)]
            result.discrepancies.append(Discrepancy(
                "denial-omitted", summary,
                span if side == "left" else [], span if side == "right" else [],
                s.text if side == "left" else "", s.text if side == "right" else ""))

    # --- different figures in similar sentences
    _figures(text_a, text_b, sent_a, sent_b, tok_sa, tok_sb, weights, idx, result.discrepancies)
    order = {"figure": 0, "spelling": 1, "attribution": 2, "denial-omitted": 3}
    result.discrepancies.sort(key=lambda d: order.get(d.kind, 9))  # stable: reading order within a kind
    return result


def _spelling(match: ActorMatch, parties: Parties, group: int, texts: list[str], idx, out: list[Discrepancy]):
    seen: set[frozenset] = set()
    forms_l = sorted(match.left.forms, key=lambda f: -len(f))
    forms_r = sorted(match.right.forms, key=lambda f: -len(f))
    for fl in forms_l:
        for fr in forms_r:
            if fl in match.right.forms or fr in match.left.forms:
                continue
            if not spelling_variant(fl, fr):
                continue
            key = frozenset(zip(fl.casefold().split()[::-1], fr.casefold().split()[::-1])) - \
                {(t, t) for t in fl.casefold().split()}
            if key in seen:
                continue
            seen.add(key)
            sl = next((form_span(a, fl, texts[0]) for a in parties.actor_of(group, 0)
                       if form_span(a, fl, texts[0])), None)
            sr = next((form_span(a, fr, texts[1]) for a in parties.actor_of(group, 1)
                       if form_span(a, fr, texts[1])), None)
            out.append(Discrepancy(
                "spelling", f"{match.name}: left writes “{fl}”, right writes “{fr}”",
                [Span(idx[0], *sl)] if sl else [], [Span(idx[1], *sr)] if sr else [], fl, fr))


def figure_conflict(x: Figure, y: Figure, fa: list[Figure], fb: list[Figure]) -> bool:
    """Whether figure ``x`` (of a passage giving ``fa``) contradicts ``y`` (of one giving ``fb``).

    Shared by the pair comparison and the set-wide discrepancies so both call the same
    thing a different figure: same kind (and counted noun), another value, not a bare
    number (too loose), and neither side also gives the other's value for that thing.
    """
    if x.kind != y.kind or x.value == y.value or x.kind == "number":
        return False
    if x.kind == "count" and x.unit != y.unit:
        return False
    return not (any(z.kind == x.kind and z.unit == x.unit and z.value == x.value for z in fb)
                or any(z.kind == y.kind and z.unit == y.unit and z.value == y.value for z in fa))


def _figures(text_a, text_b, sent_a, sent_b, tok_sa, tok_sb, weights, idx, out: list[Discrepancy]) -> None:
    figs_a = [figures(text_a[s:e], s) for s, e in sent_a]
    figs_b = [figures(text_b[s:e], s) for s, e in sent_b]
    reported: set[tuple] = set()
    for i, fa in enumerate(figs_a):
        if not fa:
            continue
        for j, fb in enumerate(figs_b):
            if not fb:
                continue
            similar = similarity(tok_sa[i], tok_sb[j], weights) >= FIGURE_SENTENCE_THRESHOLD
            for x in fa:
                for y in fb:
                    if not figure_conflict(x, y, fa, fb):
                        continue
                    # a count of the same thing said the same way ("six people briefed on the
                    # discussions" / "two people briefed on the talks") counts even in unlike sentences
                    same_context = x.kind == "count" and len(x.context & y.context) >= 2
                    if not (similar or same_context):
                        continue
                    key = (x.start, y.start)
                    if key in reported:
                        continue
                    reported.add(key)
                    what = {"count": f"count of {x.unit}", "year": "year", "month": "month",
                            "weekday": "day"}[x.kind]
                    s1, e1 = sent_a[i]
                    s2, e2 = sent_b[j]
                    out.append(Discrepancy(
                        "figure", f"different {what}: left “{x.surface}”, right “{y.surface}”",
                        [Span(idx[0], x.start, x.end), Span(idx[0], s1, e1)],
                        [Span(idx[1], y.start, y.end), Span(idx[1], s2, e2)],
                        text_a[s1:e1], text_b[s2:e2]))
