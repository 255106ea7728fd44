"""Parties: the actors of several articles matched into one set of parties, each with a name.

Shared by the pair comparison (compare.py) and the overview of a whole set (overview.py):
both ask which party a speaker belongs to in a given article.
"""

from __future__ import annotations

from collections import Counter

from ..cards.model import Actor, Card
from .actors import group_actors
from .name_forms import surface_forms
from .model import ActorSide, StatementRef
from .progress import Progress, counted, no_progress


def _speaker_actor(card: Card, speaker: str) -> Actor:
    actor = card.actor(speaker)
    if actor is None:
        actor = Actor(name=speaker, kind="org", aliases=[speaker])
    return actor


class Parties:
    """Actors of several articles matched into parties; a name for each party."""

    def __init__(self, cards: list[Card], texts: list[str], progress: Progress = no_progress):
        items: list[tuple[int, Actor]] = []
        for i, card in counted(enumerate(cards), len(cards), "reading actors", progress):
            known = {a.name for a in card.actors}
            for actor in card.actors:
                items.append((i, actor))
            for s in card.claims + card.denials:
                if s.speaker not in known:
                    known.add(s.speaker)
                    items.append((i, _speaker_actor(card, s.speaker)))
        self.items = items
        self.groups = group_actors(items, progress)
        self.party_of: dict[tuple[int, str], int] = {}
        self.names: list[str] = []
        self.kinds: list[str] = []
        for g, members in counted(enumerate(self.groups), len(self.groups), "naming parties", progress):
            for m in members:
                art, actor = items[m]
                self.party_of[(art, actor.name)] = g
            self.names.append(self._name(members))
            self.kinds.append(Counter(items[m][1].kind for m in members).most_common(1)[0][0])
        self.texts = texts

    def _name(self, members: list[int]) -> str:
        by_name: Counter = Counter()
        mentions: Counter = Counter()
        for m in members:
            _art, actor = self.items[m]
            by_name[actor.name] += 1
            mentions[actor.name] += len(actor.mentions)
        return max(by_name, key=lambda n: (by_name[n], mentions[n], len(n)))

    def party(self, article: int, name: str) -> int:
        return self.party_of.get((article, name), -1)

    def sides(self, group: int) -> dict[int, ActorSide]:
        """One ActorSide per article in the group (actors of one article merged)."""
        out: dict[int, ActorSide] = {}
        for m in self.groups[group]:
            art, actor = self.items[m]
            forms = surface_forms(actor, self.texts[art] if art < len(self.texts) else None)
            side = out.get(art)
            if side is None:
                out[art] = ActorSide(art, actor.name, actor.kind, list(forms), list(actor.mentions))
            else:
                side.forms += [f for f in forms if f not in side.forms]
                side.mentions = sorted(set(side.mentions) | set(actor.mentions))
        return out

    def actor_of(self, group: int, article: int) -> list[Actor]:
        return [self.items[m][1] for m in self.groups[group] if self.items[m][0] == article]


def statement_refs(card: Card, article: int, parties: Parties) -> list[StatementRef]:
    """The card's statements, each with the party its speaker belongs to across the set."""
    out = []
    for s in card.statements:
        g = parties.party(article, s.speaker)
        out.append(StatementRef(article=article, kind=s.kind, speaker=s.speaker,
                                party=parties.names[g] if g >= 0 else s.speaker,
                                text=s.text, start=s.start, end=s.end, rule=s.rule))
    return out
