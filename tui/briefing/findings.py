"""Key findings across a set of cards: actors that matter, shared statements,
denials and discrepancies between outlets.

The briefing only renders: the whole-set overview of :mod:`tui.comparison` owns the
model (actors matched across spellings, the statements several articles carry, the
spelling variants and every discrepancy, found with the pair comparison's similarity
and kinds), so the compare screen, the overview and the exported briefing agree.
Denials are grouped by speaker with that same similarity, so the same denial reported
by three outlets is one finding carried by three sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..articles.model import Article
from ..cards.model import Card, Statement
from ..comparison import overview
from ..comparison.compare import ALIGN_THRESHOLD
from ..comparison.discrepancies import SetDiscrepancy
from ..comparison.progress import Progress, counted, no_progress
from ..comparison.text import Weights, content_tokens, similarity

TOP_ACTORS = 10
ACTOR_KINDS = ("person", "org")


def words(text: str) -> frozenset[str]:
    """Content words, as the comparison engine reads them."""
    return content_tokens(text)


@dataclass
class Source:
    """One article as the briefing names it."""

    index: int
    """The article's index in the workspace (0-based), as every screen numbers it."""
    article: Article
    card: Card
    file: str
    """Path as shown in the briefing (relative to the base folder when inside it)."""

    @property
    def label(self) -> str:
        """The article's short label ("007"), the same as on every screen of the reader."""
        return f"{self.index:03d}"

    @property
    def name(self) -> str:
        """The label and the outlet ("007 Daily A"), as a sentence of the briefing names it."""
        return f"{self.label} {self.card.outlet}" if self.card.outlet else self.label

    @property
    def outlet_key(self) -> str:
        """Who published it, for counting outlets: the outlet, or the article itself."""
        return self.card.outlet or self.label


@dataclass
class Item:
    """A statement where it stands: which source, which line."""

    source: Source
    statement: Statement
    line: int
    words: frozenset[str] = frozenset()


@dataclass
class Group:
    """Statements that are one finding: same speaker (or same words), reported one or more times."""

    items: list[Item] = field(default_factory=list)

    @property
    def first(self) -> Item:
        return self.items[0]

    text: str = ""
    """The representative wording (default: the first item's)."""

    @property
    def speaker(self) -> str:
        return self.first.statement.speaker

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(i.statement.speaker for i in self.items))

    @property
    def wording(self) -> str:
        return self.text or self.first.statement.text

    @property
    def sources(self) -> list[Source]:
        seen: dict[int, Source] = {}
        for item in self.items:
            seen.setdefault(item.source.index, item.source)
        return list(seen.values())

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets (an article with no outlet counts as its own)."""
        return list(dict.fromkeys(s.outlet_key for s in self.sources))


@dataclass
class ActorSummary:
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    mentions: int
    articles: int
    statements: int


@dataclass
class Discrepancy:
    kind: str
    """As the comparison names it: "attribution", "figure", "spelling" or "claim-vs-denial"."""
    summary: str
    """Plain text (to be escaped by the renderer)."""
    items: list[Item]


@dataclass
class Findings:
    actors: list[ActorSummary]
    shared: list[Group]
    denials: list[Group]
    discrepancies: list[Discrepancy]


def group_items(items: list[Item], threshold: float = ALIGN_THRESHOLD) -> list[Group]:
    """Greedy grouping in reading order, one speaker at a time, with the comparison's
    similarity (the bar at which the pair comparison aligns two statements); exact word
    sets hit a dict before any scan."""
    weights = Weights(list({i.words for i in items}))
    groups: list[Group] = []
    exact: dict[tuple, Group] = {}
    per_key: dict[str, list[Group]] = {}
    for item in items:
        key = item.statement.speaker
        hit = exact.get((key, item.words))
        if hit is None:
            best, best_score = None, threshold
            for group in per_key.get(key, ()):
                score = similarity(group.first.words, item.words, weights)
                if score >= best_score:
                    best, best_score = group, score
            hit = best
        if hit is None:
            hit = Group()
            groups.append(hit)
            per_key.setdefault(key, []).append(hit)
            exact[(key, item.words)] = hit
        hit.items.append(item)
    return groups


def items_of(sources: Iterable[Source], kind: str | None = None) -> list[Item]:
    out = []
    for src in sources:
        for st in src.card.statements:
            if kind is not None and st.kind != kind:
                continue
            out.append(Item(src, st, src.article.line_of(st.start), words(st.text)))
    return out


def spelling_discrepancy(name: str, forms: dict[str, list[int]], by_index: dict[int, Source]) -> Discrepancy | None:
    """The line for one party spelled differently (the overview decides that it is)."""
    known = {form: [a for a in arts if a in by_index] for form, arts in forms.items()}
    if len([f for f, arts in known.items() if arts]) < 2:
        return None
    found = SetDiscrepancy("spelling", name=name, forms=known)
    return Discrepancy("spelling", found.summary(lambda a: by_index[a].name), [])


def rendered(found: SetDiscrepancy, by_index: dict[int, Source], item_at: dict) -> Discrepancy:
    """A discrepancy of the overview as the briefing lists it: its statements as items."""
    if found.kind == "spelling":
        return Discrepancy("spelling", found.summary(lambda a: by_index[a].name), [])
    items = [item_at.get((r.article, r.start, r.end, r.kind)) or _item(r, by_index) for r in found.statements]
    return Discrepancy(found.kind, found.summary(lambda a: by_index[a].name), items)


def _item(ref, by_index: dict[int, Source]) -> Item:
    src = by_index[ref.article]
    return Item(src, ref, src.article.line_of(ref.start), words(ref.text))


def find(sources: list[Source], top_actors: int = TOP_ACTORS, progress: Progress = no_progress) -> Findings:
    """Everything the Key findings section shows, computed once from the cards.

    The whole-set overview (tui.comparison) matches actors across spellings and
    groups the statements several articles carry and finds the discrepancies; the
    briefing lists them and every denial once.
    """
    items = items_of(counted(sources, len(sources), "reading statements", progress))
    denial_groups = group_items([i for i in items if i.statement.kind == "denial"])
    by_index = {s.index: s for s in sources}
    ov = overview([s.card for s in sources], [s.article.text for s in sources],
                  [s.index for s in sources], progress)
    item_at = {(i.source.index, i.statement.start, i.statement.end, i.statement.kind): i for i in items}

    shared: list[Group] = []
    for cluster in ov.shared_statements:
        group = Group(text=cluster.text)
        for ref in cluster.members:
            item = item_at.get((ref.article, ref.start, ref.end, ref.kind))
            group.items.append(item or _item(ref, by_index))
        if len(group.outlets) > 1:
            shared.append(group)

    spoken: dict[str, int] = {}
    for item in items:
        spoken[item.statement.speaker] = spoken.get(item.statement.speaker, 0) + 1
    actors: list[ActorSummary] = []
    by_name = {s.index: {a.name: a for a in s.card.actors} for s in sources}
    for row in counted(ov.actors, len(ov.actors), "summing up actors", progress):
        if row.kind not in ACTOR_KINDS:
            continue
        role = affiliation = None
        for index in sorted(row.counts):  # only the articles that name the party
            actor = by_name[index].get(row.name)
            if actor is not None:
                role = role or actor.role
                affiliation = affiliation or actor.affiliation
        names = {row.name} | {f for forms in row.forms.values() for f in forms}
        actors.append(ActorSummary(row.name, row.kind, role, affiliation, row.total, row.articles,
                                   sum(spoken.get(n, 0) for n in names)))
    actors.sort(key=lambda r: (-r.articles, -r.statements, -r.mentions, r.name))

    discrepancies = [rendered(d, by_index, item_at) for d in ov.discrepancies]
    return Findings(actors[:top_actors], shared, denial_groups, discrepancies)
