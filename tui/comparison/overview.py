"""The whole set at once: actor x article matrix, statements several outlets carry, all denials."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..cards.model import Card
from .name_forms import spelling_variant
from .collector import collector_held
from .compare import OTHER_SPEAKER_THRESHOLD, article_info
from .parties import Parties, statement_refs
from .discrepancies import Measure, set_discrepancies
from .model import Span, StatementRef
from .overview_model import ActorRow, Overview, SpellingVariant, StatementCluster
from .progress import Progress, counted, no_progress
from .text import Weights, content_tokens, similarity

CLUSTER_THRESHOLD = 0.5
"""Statements at least this similar (any speaker) are one statement carried by several articles."""
CLUSTER_MEAN = 0.3
"""...and at least this similar on average to the statements already in the cluster."""
MAX_POSTINGS = 100
"""A content word more statements than this use is a topic word of the set: it makes no
candidate pair by itself, which bounds the work per statement (near-linear overall)."""


def overview_of(workspace, progress: Progress = no_progress) -> Overview:
    """Overview of a Workspace; article numbers on every span are workspace indexes."""
    entries = [(i, e) for i, e in enumerate(workspace.entries) if e.ok]
    return overview([e.card for _, e in entries], [e.article.text for _, e in entries],
                    [i for i, _ in entries], progress)


@collector_held()
def overview(cards: list[Card], texts: list[str], indexes: list[int] | None = None,
             progress: Progress = no_progress) -> Overview:
    """The whole set at once. ``progress`` hears how far each stage is and may raise
    :class:`Cancelled` to stop the work."""
    indexes = list(range(len(cards))) if indexes is None else indexes
    parties = Parties(cards, texts, progress)
    result = Overview(articles=[article_info(indexes[k], c, t) for k, (c, t) in enumerate(zip(cards, texts))])

    # --- actor matrix (speakers a card only names as a speaker are not rows)
    named = [{actor.name for actor in card.actors} for card in cards]
    for g in counted(range(len(parties.groups)), len(parties.groups), "counting actors", progress):
        sides = parties.sides(g)
        sides = {a: s for a, s in sides.items() if s.name in named[a] and s.mentions}
        if not sides:
            continue
        counts: dict[int, int] = {}
        first: dict[int, Span] = {}
        forms: dict[int, list[str]] = {}
        for a, s in sides.items():
            counts[indexes[a]] = s.count
            first[indexes[a]] = Span(indexes[a], *s.mentions[0])
            forms[indexes[a]] = s.forms
        row = ActorRow(parties.names[g], parties.kinds[g], counts, first, forms)
        result.actors.append(row)
        variant = _variants(row, sides, indexes)
        if variant is not None:
            result.spellings.append(variant)
    result.actors = result.sorted_actors("total")

    # --- statements and denials
    refs: list[StatementRef] = []
    for k, card in counted(enumerate(cards), len(cards), "reading statements", progress):
        for r in statement_refs(card, k, parties):
            r.article = indexes[k]
            refs.append(r)
    result.denials = [r for r in refs if r.kind == "denial"]
    result.shared_statements, measure = _clusters(refs, progress)
    result.discrepancies = set_discrepancies(result.shared_statements, result.spellings, measure, progress)
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
            ax, ay = set(all_forms[fx]), set(all_forms[fy])
            if not (ax - ay and ay - ax):
                # as the pair comparison sees it: a difference needs an article writing one
                # form but not the other, and another article the other way round
                continue
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


def _clusters(refs: list[StatementRef],
              progress: Progress = no_progress) -> tuple[list[StatementCluster], Measure]:
    """Statements several articles carry, in near-linear time, and the similarity measure
    used (same weights, pairs already measured kept), so the set's discrepancies are read
    with the very numbers that made the clusters and cost little more.

    Candidate pairs come from an inverted index over content words, where a word that more
    than MAX_POSTINGS statements use is a topic word of the set and proposes no pair: the
    cost per statement is bounded whatever the set's size. The same party saying it needs
    CLUSTER_THRESHOLD; different parties need OTHER_SPEAKER_THRESHOLD, the bar the pair
    comparison uses, so statements that share the story's words but not its proposition
    stay apart.
    """
    tokens = [content_tokens(r.text) for r in refs]
    # identical token sets are one node
    node_of: dict[frozenset, int] = {}
    node_tokens: list[frozenset] = []
    node_parties: list[set[str]] = []
    members: list[list[int]] = []
    for i, t in enumerate(tokens):
        if len(t) < 2:
            continue
        k = node_of.get(t)
        if k is None:
            k = node_of[t] = len(node_tokens)
            node_tokens.append(t)
            node_parties.append(set())
            members.append([])
        members[k].append(i)
        node_parties[k].add(refs[i].party)
    weights = Weights(node_tokens)
    short = {k for k, t in enumerate(node_tokens) if len(t) <= 2}
    postings: dict[str, list[int]] = defaultdict(list)
    edges: list[tuple[float, int, int]] = []
    known: dict[tuple[int, int], float] = {}
    for k, t in counted(enumerate(node_tokens), len(node_tokens), "comparing statements", progress):
        shared: Counter = Counter()
        for tok in t:
            if weights.df.get(tok, 0) <= MAX_POSTINGS:
                shared.update(postings[tok])
                postings[tok].append(k)
        # one rare word in common between statements of several words: not the same statement
        if len(t) > 2:
            cands = [c for c, count in shared.items() if count > 1 or c in short]
        else:
            cands = list(shared)
        for c in cands:
            sim = similarity(t, node_tokens[c], weights)
            if sim > 0:
                known[(c, k)] = sim
            bar = CLUSTER_THRESHOLD if node_parties[c] & node_parties[k] else OTHER_SPEAKER_THRESHOLD
            if sim >= bar:
                edges.append((sim, c, k))
    postings.clear()

    def sim(a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        v = known.get(key)
        return similarity(node_tokens[a], node_tokens[b], weights) if v is None else v

    # agglomerative, strongest pairs first; two clusters merge only when they are alike on
    # average (average link), so one bridging statement cannot chain unrelated ones
    cluster_of = list(range(len(node_tokens)))
    cluster_nodes: dict[int, list[int]] = {k: [k] for k in range(len(node_tokens))}
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    for _sim, a, b in counted(edges, len(edges), "grouping statements", progress):
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

    clusters = []
    for nodes in cluster_nodes.values():
        items = sorted((i for k in nodes for i in members[k]), key=lambda i: (refs[i].article, refs[i].start))
        if len({refs[i].article for i in items}) < 2:
            continue
        rep = _representative(nodes, node_tokens, weights, members)
        clusters.append(StatementCluster(refs[members[rep][0]].text, [refs[i] for i in items]))
    clusters.sort(key=lambda c: (-len(c.articles), -len(c.members), c.members[0].article, c.members[0].start))

    def measure(a: frozenset[str], b: frozenset[str]) -> float:
        x, y = node_of.get(a), node_of.get(b)
        return similarity(a, b, weights) if x is None or y is None or x == y else sim(x, y)

    return clusters, measure


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
