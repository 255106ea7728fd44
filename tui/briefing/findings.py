"""Key findings across a set of cards: actors that matter, shared statements,
denials and discrepancies between outlets.

The whole-set overview of :mod:`tui.comparison` provides the actor matrix
(actors matched across spellings), the statements several articles carry and
the spelling variants; the briefing turns those into findings and adds the
discrepancies it can read off them (the same words given to different speakers,
different figures, a claim in one outlet reported as a denial in another).
Denials are grouped here by speaker and content words (Dice coefficient), so the
same denial reported by three outlets is one finding carried by three sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..articles.model import Article
from ..cards.model import Card, Statement
from ..comparison import overview
from ..comparison.progress import Progress, no_progress
from ..comparison.text import content_tokens, figures

SAME_STATEMENT = 0.5
"""Dice similarity of content words from which two statements of one speaker are one."""
SAME_WORDS = 0.8
"""Dice similarity from which two statements are the same words (whoever the speaker)."""
TOP_ACTORS = 10
ACTOR_KINDS = ("person", "org")

def words(text: str) -> frozenset[str]:
    """Content words, as the comparison engine reads them."""
    return content_tokens(text)


def numbers(text: str) -> frozenset[str]:
    """The figures a statement gives (counts, years, numbers)."""
    return frozenset(f.value for f in figures(text) if f.kind in ("count", "number", "year"))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass
class Source:
    """One article as the briefing names it."""

    index: int
    """1-based position in the briefing's Sources table."""
    article: Article
    card: Card
    file: str
    """Path as shown in the briefing (relative to the base folder when inside it)."""

    @property
    def label(self) -> str:
        return self.card.outlet or f"article {self.index}"


@dataclass
class Item:
    """A statement where it stands: which source, which line."""

    source: Source
    statement: Statement
    line: int
    words: frozenset[str] = frozenset()

    @property
    def figures(self) -> frozenset[str]:
        cached = self.__dict__.get("_figures")
        if cached is None:
            cached = self.__dict__["_figures"] = numbers(self.statement.text)
        return cached


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
        return list(dict.fromkeys(s.label for s in self.sources))


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
    """"claim-vs-denial", "speaker", "numbers" or "spelling"."""
    summary: str
    """Plain text (to be escaped by the renderer)."""
    items: list[Item]


@dataclass
class Findings:
    actors: list[ActorSummary]
    shared: list[Group]
    denials: list[Group]
    discrepancies: list[Discrepancy]


def group_items(items: list[Item], threshold: float) -> list[Group]:
    """Greedy grouping in reading order; exact word sets hit a dict before any scan."""
    groups: list[Group] = []
    exact: dict[tuple, Group] = {}
    per_key: dict[str, list[Group]] = {}
    for item in items:
        key = item.statement.speaker
        hit = exact.get((key, item.words))
        if hit is None:
            best, best_score = None, threshold
            for group in per_key.get(key, ()):
                score = dice(group.first.words, item.words)
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


def items_of(sources: list[Source], kind: str | None = None) -> list[Item]:
    out = []
    for src in sources:
        for st in src.card.statements:
            if kind is not None and st.kind != kind:
                continue
            out.append(Item(src, st, src.article.line_of(st.start), words(st.text)))
    return out


MAX_WORDINGS = 80
"""Distinct wordings per group compared pairwise (bounds the cost on very large sets)."""


def _pair(items: list[Item], test) -> tuple[Item, Item] | None:
    """The first two distinct wordings, reported by different articles, that pass ``test``."""
    distinct: dict[tuple, Item] = {}
    where: dict[tuple, set[int]] = {}
    for item in items:
        key = (item.statement.speaker, item.statement.kind, item.words)
        distinct.setdefault(key, item)
        where.setdefault(key, set()).add(item.source.index)
    keys = list(distinct)[:MAX_WORDINGS]
    for x in range(len(keys)):
        for y in range(x + 1, len(keys)):
            wa, wb = where[keys[x]], where[keys[y]]
            if len(wa | wb) < 2:
                continue  # both wordings only in one article
            a, b = distinct[keys[x]], distinct[keys[y]]
            if test(a, b):
                if a.source.index == b.source.index:  # name an article for each side
                    other = next(i for i in items if i.words == b.words and i.statement.kind == b.statement.kind
                                 and i.statement.speaker == b.statement.speaker
                                 and i.source.index != a.source.index) if len(wb) > 1 else None
                    if other is None:
                        a = next(i for i in items if i.words == a.words and i.statement.kind == a.statement.kind
                                 and i.statement.speaker == a.statement.speaker
                                 and i.source.index != b.source.index)
                    else:
                        b = other
                return a, b
    return None


def find_discrepancies(groups: list[Group]) -> list[Discrepancy]:
    """Discrepancies read off groups of statements that several articles carry.

    Each is a pair of items from different articles: the same words (Dice >= SAME_WORDS)
    given to different speakers; one speaker's statement reported as a claim in one
    outlet and as a denial in another; or the same statement with different figures.
    """
    found: list[Discrepancy] = []
    for group in groups:
        if len(group.sources) < 2:
            continue
        pair = _pair(group.items, lambda a, b: a.statement.speaker != b.statement.speaker
                     and dice(a.words, b.words) >= SAME_WORDS)
        if pair:
            found.append(Discrepancy(
                "speaker", f"{pair[0].source.label} and {pair[1].source.label} give the same words "
                           "to different speakers", list(pair)))
        pair = _pair(group.items, lambda a, b: a.statement.speaker == b.statement.speaker
                     and a.statement.kind != b.statement.kind
                     and dice(a.words, b.words) >= SAME_STATEMENT)
        if pair:
            c, d = sorted(pair, key=lambda i: i.statement.kind != "claim")
            found.append(Discrepancy(
                "claim-vs-denial", f"{c.source.label} reports it as a statement, "
                                   f"{d.source.label} as a denial", [c, d]))
        pair = _pair(group.items, lambda a, b: a.statement.speaker == b.statement.speaker
                     and bool(a.figures) and bool(b.figures) and a.figures != b.figures
                     and dice(a.words - a.figures, b.words - b.figures) >= SAME_STATEMENT)
        if pair:
            found.append(Discrepancy("numbers", f"{pair[0].source.label} and {pair[1].source.label} "
                                                "give different figures", list(pair)))
    return found


def spelling_discrepancy(name: str, forms: dict[str, list[int]], by_index: dict[int, Source]) -> Discrepancy | None:
    """One party spelled differently by different articles (case and "Zelensky"/"Volodymyr
    Zelensky" style short forms are not differences)."""
    merged: dict[str, set[int]] = {}
    display: dict[str, str] = {}
    for form, arts in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        key = form.casefold()
        target = next((k for k in merged if k == key or k.endswith(" " + key)), key)
        merged.setdefault(target, set()).update(a for a in arts if a in by_index)
        display.setdefault(target, form)
    if len(merged) < 2:
        return None
    all_arts = [arts for arts in merged.values()]
    if all(a == all_arts[0] for a in all_arts) and len(all_arts[0]) == 1:
        return None  # one article using two spellings
    parts = "; ".join(f"\u201c{display[k]}\u201d in " + ", ".join(by_index[a].label for a in sorted(arts))
                      for k, arts in merged.items())
    return Discrepancy("spelling", f"{name} is spelled differently: {parts}", [])


def find(sources: list[Source], top_actors: int = TOP_ACTORS, progress: Progress = no_progress) -> Findings:
    """Everything the Key findings section shows, computed once from the cards.

    The whole-set overview (tui.comparison) matches actors across spellings and
    groups the statements several articles carry; the briefing adds the
    discrepancies it can read off those groups and lists every denial once.
    """
    items = items_of(sources)
    denial_groups = group_items([i for i in items if i.statement.kind == "denial"], SAME_STATEMENT)
    by_index = {s.index: s for s in sources}
    ov = overview([s.card for s in sources], [s.article.text for s in sources],
                  [s.index for s in sources], progress)
    item_at = {(i.source.index, i.statement.start, i.statement.end, i.statement.kind): i for i in items}

    shared: list[Group] = []
    for cluster in ov.shared_statements:
        group = Group(text=cluster.text)
        for ref in cluster.members:
            item = item_at.get((ref.article, ref.start, ref.end, ref.kind))
            if item is None:
                src = by_index[ref.article]
                item = Item(src, ref, src.article.line_of(ref.start), words(ref.text))
            group.items.append(item)
        if len(group.outlets) > 1:
            shared.append(group)

    spoken: dict[str, int] = {}
    for item in items:
        spoken[item.statement.speaker] = spoken.get(item.statement.speaker, 0) + 1
    actors: list[ActorSummary] = []
    by_name = {s.index: {a.name: a for a in s.card.actors} for s in sources}
    for row in ov.actors:
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

    discrepancies = find_discrepancies(shared)
    for variant in ov.spellings:
        found = spelling_discrepancy(variant.name, variant.forms, by_index)
        if found is not None:
            discrepancies.append(found)
    return Findings(actors[:top_actors], shared, denial_groups, discrepancies)
