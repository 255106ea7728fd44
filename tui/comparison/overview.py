"""The whole set at once: actor x article matrix, statements several outlets carry, all denials."""

from __future__ import annotations

from collections import defaultdict

from ..cards.model import Card
from .actors import spelling_variant
from .compare import Parties, _refs, article_info
from .model import ActorRow, Overview, Span, SpellingVariant, StatementCluster, StatementRef
from .text import Weights, content_tokens, similarity

CLUSTER_THRESHOLD = 0.5
"""Statements at least this similar (any speaker) are one statement carried by several articles."""
CLUSTER_MEAN = 0.3
"""...and at least this similar on average to the statements already in the cluster."""
COMMON_TOKEN_SHARE = 0.2
"""Tokens in more than this share of statements do not by themselves make two statements candidates."""


def overview_of(workspace) -> Overview:
    """Overview of a Workspace; article numbers on every span are workspace indexes."""
    entries = [(i, e) for i, e in enumerate(workspace.entries) if e.ok]
    return overview([e.card for _, e in entries], [e.article.text for _, e in entries],
                    [i for i, _ in entries])


def overview(cards: list[Card], texts: list[str], indexes: list[int] | None = None) -> Overview:
    indexes = list(range(len(cards))) if indexes is None else indexes
    parties = Parties(cards, texts)
    result = Overview(articles=[article_info(indexes[k], c, t) for k, (c, t) in enumerate(zip(cards, texts))])
    n = len(cards)

    # --- actor matrix
    for g in range(len(parties.groups)):
        sides = parties.sides(g)
        sides = {a: s for a, s in sides.items() if cards[a].actor(s.name) is not None and s.mentions}
        if not sides:
            continue
        counts = [0] * n
        first: list[Span | None] = [None] * n
        forms: dict[int, list[str]] = {}
        for a, s in sides.items():
            counts[a] = s.count
            first[a] = Span(indexes[a], *s.mentions[0])
            forms[indexes[a]] = s.forms
        row = ActorRow(parties.names[g], parties.kinds[g], counts, first, forms)
        result.actors.append(row)
        variant = _variants(row, sides, indexes)
        if variant is not None:
            result.spellings.append(variant)
    result.actors = result.sorted_actors("total")

    # --- statements and denials
    refs: list[StatementRef] = []
    for k, card in enumerate(cards):
        for r in _refs(card, k, parties):
            r.article = indexes[k]
            refs.append(r)
    result.denials = [r for r in refs if r.kind == "denial"]
    result.shared_statements = _clusters(refs)
    return result


def _variants(row: ActorRow, sides, indexes) -> SpellingVariant | None:
    all_forms: dict[str, list[int]] = defaultdict(list)
    for a, s in sides.items():
        for f in s.forms:
            all_forms[f].append(indexes[a])
    names = list(all_forms)
    involved: set[str] = set()
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            fx, fy = names[x], names[y]
            if set(all_forms[fx]) == set(all_forms[fy]) and len(all_forms[fx]) == 1:
                continue  # one article using two spellings is not a cross-article difference
            if spelling_variant(fx, fy):
                involved.update((fx, fy))
    if not involved:
        return None
    spans = []
    for a, s in sides.items():
        for f in s.forms:
            if f in involved and s.mentions:
                spans.append(Span(indexes[a], *s.mentions[0]))
                break
    return SpellingVariant(row.name, {f: sorted(set(all_forms[f])) for f in names if f in involved}, spans)


def _clusters(refs: list[StatementRef]) -> list[StatementCluster]:
    tokens = [content_tokens(r.text) for r in refs]
    # identical token sets are one node
    node_of: dict[frozenset, int] = {}
    node_tokens: list[frozenset] = []
    members: list[list[int]] = []
    for i, t in enumerate(tokens):
        if len(t) < 2:
            continue
        k = node_of.get(t)
        if k is None:
            k = node_of[t] = len(node_tokens)
            node_tokens.append(t)
            members.append([])
        members[k].append(i)
    weights = Weights(node_tokens)
    # candidate pairs through an inverted index (very common words do not make candidates)
    postings: dict[str, list[int]] = defaultdict(list)
    common = max(100, int(COMMON_TOKEN_SHARE * len(node_tokens)))
    edges: list[tuple[float, int, int]] = []
    sim_cache: dict[tuple[int, int], float] = {}
    for k, t in enumerate(node_tokens):
        cands: set[int] = set()
        for tok in t:
            p = postings.get(tok)
            if p and weights.df.get(tok, 0) <= common:
                cands.update(p)
        for c in cands:
            sim = similarity(t, node_tokens[c], weights)
            sim_cache[(c, k)] = sim
            if sim >= CLUSTER_THRESHOLD:
                edges.append((sim, c, k))
        for tok in t:
            postings[tok].append(k)

    def sim(a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        v = sim_cache.get(key)
        if v is None:
            v = sim_cache[key] = similarity(node_tokens[a], node_tokens[b], weights)
        return v

    # agglomerative, strongest pairs first; two clusters merge only when they are alike on
    # average (average link), so one bridging statement cannot chain unrelated ones
    cluster_of = list(range(len(node_tokens)))
    cluster_nodes: dict[int, list[int]] = {k: [k] for k in range(len(node_tokens))}
    for _sim, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = cluster_of[a], cluster_of[b]
        if ra == rb:
            continue
        na, nb = cluster_nodes[ra][:20], cluster_nodes[rb][:20]
        mean = sum(sim(x, y) for x in na for y in nb) / (len(na) * len(nb))
        if mean < CLUSTER_MEAN:
            continue
        if len(cluster_nodes[ra]) < len(cluster_nodes[rb]):
            ra, rb = rb, ra
        for node in cluster_nodes.pop(rb):
            cluster_of[node] = ra
            cluster_nodes[ra].append(node)

    groups = {root: nodes for root, nodes in cluster_nodes.items()}
    clusters = []
    for nodes in groups.values():
        items = sorted((i for k in nodes for i in members[k]), key=lambda i: (refs[i].article, refs[i].start))
        if len({refs[i].article for i in items}) < 2:
            continue
        rep = _representative(nodes, node_tokens, weights, members)
        clusters.append(StatementCluster(refs[members[rep][0]].text, [refs[i] for i in items]))
    clusters.sort(key=lambda c: (-len(c.articles), -len(c.members), c.members[0].article, c.members[0].start))
    return clusters


def _representative(nodes: list[int], node_tokens, weights, members) -> int:
    if len(nodes) == 1 or len(nodes) > 40:
        return nodes[0]
    best, best_score = nodes[0], -1.0
    for k in nodes:
        score = sum(similarity(node_tokens[k], node_tokens[o], weights) * len(members[o]) for o in nodes if o != k)
        score += len(members[k])
        if score > best_score:
            best, best_score = k, score
    return best
