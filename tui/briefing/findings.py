"""Key findings across a set of cards: actors that matter, shared statements,
denials and discrepancies between outlets.

A minimal, self-contained comparison for the briefing (plain Python, no Textual).
Statements are grouped when they have the same speaker and mostly the same
content words (Dice coefficient of their word sets), so the same quote reported
by three outlets, with different punctuation or a word more or less, is one
finding carried by three sources.
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


def numbers(text: str) -> frozenset[str]:
    return frozenset(n.rstrip(".,").replace(",", "") for n in _NUMBER_RE.findall(text))


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


@dataclass
class Group:
    """Statements that are one finding: same speaker (or same words), reported one or more times."""

    items: list[Item] = field(default_factory=list)

    @property
    def first(self) -> Item:
        return self.items[0]

    @property
    def speaker(self) -> str:
        return self.first.statement.speaker

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
    """"claim-vs-denial", "speaker" or "numbers"."""
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


def find_discrepancies(groups: list[Group], by_words: list[Group]) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    for group in groups:
        if len(group.sources) < 2:
            continue
        claims = [i for i in group.items if i.statement.kind == "claim"]
        denials = [i for i in group.items if i.statement.kind == "denial"]
        if claims and denials:
            c_src = {i.source.index for i in claims}
            d_src = {i.source.index for i in denials}
            if c_src - d_src and d_src - c_src:
                c = next(i for i in claims if i.source.index not in d_src)
                d = next(i for i in denials if i.source.index not in c_src)
                found.append(Discrepancy(
                    "claim-vs-denial",
                    f"{c.source.label} reports {group.speaker} stating it; "
                    f"{d.source.label} reports it as a denial",
                    [c, d]))
        by_number: dict[frozenset[str], Item] = {}
        for item in group.items:
            nums = numbers(item.statement.text)
            if nums:
                by_number.setdefault(nums, item)
        if len(by_number) > 1:
            picks = list(by_number.values())
            if len({i.source.index for i in picks}) > 1:
                found.append(Discrepancy(
                    "numbers",
                    f"Outlets give different figures for what {group.speaker} said",
                    picks))
    for group in by_words:
        speakers: dict[str, Item] = {}
        for item in group.items:
            speakers.setdefault(item.statement.speaker, item)
        if len(speakers) > 1 and len({i.source.index for i in speakers.values()}) > 1:
            names = ", ".join(speakers)
            found.append(Discrepancy(
                "speaker",
                f"The same words are attributed to different speakers: {names}",
                list(speakers.values())))
    return found
