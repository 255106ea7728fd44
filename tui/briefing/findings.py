"""Key findings across a set of cards: actors that matter, shared statements,
denials and discrepancies between outlets.

When :mod:`tui.comparison` is there, its whole-set overview provides the actor
matrix (actors matched across spellings), the statements several articles carry
and the spelling variants; the briefing turns those into findings and adds the
discrepancies it can read off them (the same words given to different speakers,
different figures, a claim in one outlet reported as a denial in another).

Without it, a minimal comparison here does the same job more simply: statements
are grouped when they have the same speaker and mostly the same content words
(Dice coefficient of their word sets), so the same quote reported by three
outlets is one finding carried by three sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..articles.model import Article
from ..cards.model import Card, Statement

SAME_STATEMENT = 0.5
"""Dice similarity of content words from which two statements of one speaker are one."""
SAME_WORDS = 0.8
"""Dice similarity from which two statements are the same words (whoever the speaker)."""
TOP_ACTORS = 10
ACTOR_KINDS = ("person", "org")

_WORD_RE = re.compile(r"[^\W_]+")
_NUMBER_RE = re.compile(r"\d[\d,.]*")
STOPWORDS = frozenset("""
a an and are as at be been being but by can could did do does for from had has have he her
his i if in into is it its of on or our she so that the their them there these they this those
to was we were what when which who will with would you your about also than then just said says
""".split())
NEGATIONS = frozenset("not no never nothing none nobody neither nor n't didn't don't doesn't "
                      "wasn't weren't isn't aren't won't can't cannot couldn't haven't hasn't".split())


def words(text: str) -> frozenset[str]:
    text = text.lower().replace("\u2019", "'")
    return frozenset(w for w in _WORD_RE.findall(text) if w not in STOPWORDS and w not in NEGATIONS)


NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty "
                         "forty fifty hundred thousand million billion dozen dozens hundreds".split())
"""Spelled-out figures ("one" is left out: it is mostly a pronoun)."""


def numbers(text: str) -> frozenset[str]:
    digits = {n.rstrip(".,").replace(",", "") for n in _NUMBER_RE.findall(text)}
    spelled = {w for w in _WORD_RE.findall(text.lower()) if w in NUMBER_WORDS}
    return frozenset(digits | spelled)


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


def group_items(items: list[Item], threshold: float, by_speaker: bool = True) -> list[Group]:
    """Greedy grouping in reading order; exact word sets hit a dict before any scan."""
    groups: list[Group] = []
    exact: dict[tuple, Group] = {}
    per_key: dict[str, list[Group]] = {}
    for item in items:
        key = item.statement.speaker if by_speaker else ""
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


def summarise_actors(sources: list[Source], limit: int = TOP_ACTORS) -> list[ActorSummary]:
    table: dict[str, ActorSummary] = {}
    for src in sources:
        spoken: dict[str, int] = {}
        for st in src.card.claims + src.card.denials:
            spoken[st.speaker] = spoken.get(st.speaker, 0) + 1
        for actor in src.card.actors:
            if actor.kind not in ACTOR_KINDS:
                continue
            row = table.get(actor.name)
            if row is None:
                row = table[actor.name] = ActorSummary(actor.name, actor.kind, actor.role,
                                                       actor.affiliation, 0, 0, 0)
            row.role = row.role or actor.role
            row.affiliation = row.affiliation or actor.affiliation
            row.mentions += len(actor.mentions)
            row.articles += 1
            row.statements += spoken.get(actor.name, 0)
    rows = sorted(table.values(), key=lambda r: (-r.articles, -r.statements, -r.mentions, r.name))
    return rows[:limit]


def items_of(sources: list[Source], kind: str | None = None) -> list[Item]:
    out = []
    for src in sources:
        for st in src.card.statements:
            if kind is not None and st.kind != kind:
                continue
            out.append(Item(src, st, src.article.line_of(st.start), words(st.text)))
    return out


def find(sources: list[Source], top_actors: int = TOP_ACTORS) -> Findings:
    """Everything the Key findings section shows, computed once from the cards."""
    items = items_of(sources)
    groups = group_items(items, SAME_STATEMENT)
    shared = [g for g in groups if len(g.outlets) > 1]
    shared.sort(key=lambda g: (-len(g.outlets), g.first.source.index, g.first.statement.start))
    denial_groups = group_items([i for i in items if i.statement.kind == "denial"], SAME_STATEMENT)
    by_words = group_items(items, SAME_WORDS, by_speaker=False)
    return Findings(summarise_actors(sources, top_actors), shared, denial_groups,
                    find_discrepancies(groups, by_words))


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


def _overview():
    try:
        from ..comparison import overview
    except ImportError:  # the comparison package is not there: use the minimal version
        return None
    return overview


def find(sources: list[Source], top_actors: int = TOP_ACTORS) -> Findings:
    """Everything the Key findings section shows, computed once from the cards."""
    items = items_of(sources)
    denial_groups = group_items([i for i in items if i.statement.kind == "denial"], SAME_STATEMENT)
    overview = _overview()
    if overview is None:
        groups = group_items(items, SAME_STATEMENT)
        shared = [g for g in groups if len(g.outlets) > 1]
        shared.sort(key=lambda g: (-len(g.outlets), g.first.source.index, g.first.statement.start))
        by_words = [g for g in group_items(items, SAME_WORDS, by_speaker=False)
                    if len(g.speakers) > 1]
        return Findings(summarise_actors(sources, top_actors), shared, denial_groups,
                        find_discrepancies(groups + by_words))
    return _find_with_overview(overview, sources, items, denial_groups, top_actors)


def _find_with_overview(overview, sources, items, denial_groups, top_actors) -> Findings:
    by_index = {s.index: s for s in sources}
    ov = overview([s.card for s in sources], [s.article.text for s in sources],
                  [s.index for s in sources])
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
    for row in ov.actors:
        if row.kind not in ACTOR_KINDS:
            continue
        role = affiliation = None
        for src in sources:
            actor = src.card.actor(row.name)
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
