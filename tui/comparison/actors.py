"""Matching actors across articles: canonical name, shared alias, or a spelling variant.

Two actors from different articles are one party when
- their canonical names are equal (ignoring case and curly apostrophes),
- they share an alias,
- they are people with the same surname and first names within edit distance 2
  (or one side gives the surname alone: "Kirby" / "John Kirby"),
- they are people whose surnames (4+ letters) differ by one edit ("Haass" / "Haas"),
- any other kind whose whole names (5+ letters) differ by one edit.

Matching is done once over distinct names, with blocking by surname and by
one-deletion keys, so it stays fast over hundreds of articles. How one article writes a
name, and whether two writings are spellings of one name, is name_forms.py's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..cards.model import Actor
from ..articles.names import edit_distance
from .name_forms import form_span, spelling_variant, surface_forms
from .progress import Progress, counted, no_progress

__all__ = ["group_actors", "norm", "spelling_variant", "surface_forms", "form_span"]
"""``spelling_variant``, ``surface_forms`` and ``form_span`` live in name_forms.py and are
named here too, where callers and tests have long imported them."""


def norm(name: str) -> str:
    s = name.replace("’", "'").replace("‘", "'").casefold().strip()
    if s.startswith("the "):
        s = s[4:]
    s = s.replace("'s ", " ")
    if s.endswith("'s"):
        s = s[:-2]
    return " ".join(s.replace(".", "").split())


def _kind_class(kind: str) -> str:
    return "person" if kind == "person" else "other"


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Name:
    key: str
    kind: str
    aliases: set[str] = field(default_factory=set)


def group_actors(actors: list[tuple[int, Actor]], progress: Progress = no_progress) -> list[list[int]]:
    """Group (article, actor) items into parties; returns lists of item indexes.

    Items of the same article may land in one group too (an article that spells a
    name two ways); callers merge them. Its loops report to ``progress`` (a second on
    2,000 articles: Esc must be able to stop it).
    """
    names: dict[tuple[str, str], int] = {}
    infos: list[_Name] = []
    item_name: list[int] = []
    for _art, actor in counted(actors, len(actors), "matching actors", progress):
        kc = _kind_class(actor.kind)
        key = (norm(actor.name), kc)
        idx = names.get(key)
        if idx is None:
            idx = names[key] = len(infos)
            infos.append(_Name(key[0], kc))
        info = infos[idx]
        for alias in actor.aliases:
            info.aliases.add(norm(alias))
        item_name.append(idx)

    uf = _UnionFind(len(infos))
    # 1. shared alias (within a kind class), canonical names included as aliases. A person's
    #    one-word alias ("Brown") is ambiguous between people and is handled in step 2.
    by_alias: dict[tuple[str, str], int] = {}
    for i, info in enumerate(infos):
        for alias in info.aliases | {info.key}:
            if not alias:
                continue
            if info.kind == "person" and alias != info.key and " " not in alias:
                continue
            k = (alias, info.kind)
            if k in by_alias:
                uf.union(by_alias[k], i)
            else:
                by_alias[k] = i
    # 2. people: full names with the same surname (or surnames one edit apart) and first
    #    names that agree; then a surname alone joins the one party it can mean
    by_surname: dict[str, list[int]] = defaultdict(list)
    bare: dict[str, list[int]] = defaultdict(list)
    by_deletion: dict[str, set[str]] = defaultdict(set)
    for i, info in counted(enumerate(infos), len(infos), "matching people", progress):
        if info.kind != "person":
            continue
        tokens = info.key.split()
        if not tokens:
            continue
        surname = tokens[-1]
        if len(tokens) == 1:
            bare[surname].append(i)
            continue
        by_surname[surname].append(i)
        if len(surname) >= 4:
            for d in _deletions(surname):
                by_deletion[d].add(surname)
    surname_pairs: set[tuple[str, str]] = {(s, s) for s in by_surname}
    for group in by_deletion.values():
        if len(group) > 1:
            items = sorted(group)
            for x in range(len(items)):
                for y in range(x + 1, len(items)):
                    if edit_distance(items[x], items[y], 1) <= 1:
                        surname_pairs.add((items[x], items[y]))
    for s1, s2 in counted(surname_pairs, len(surname_pairs), "matching surnames", progress):
        members1, members2 = by_surname[s1], by_surname[s2]
        for i in members1:
            for j in members2:
                if (i < j if s1 == s2 else i != j) and _first_names_agree(infos[i].key, infos[j].key):
                    uf.union(i, j)
    person_aliases: dict[str, set[int]] = defaultdict(set)
    for i, info in enumerate(infos):
        if info.kind == "person" and " " in info.key:
            for alias in info.aliases:
                if " " not in alias:
                    person_aliases[alias].add(i)
    for word in set(bare) | set(person_aliases):
        roots = {uf.find(i) for i in by_surname.get(word, [])} | {uf.find(i) for i in person_aliases.get(word, ())}
        nodes = bare.get(word, [])
        if len(roots) == 1:
            root = next(iter(roots))
            for i in nodes:
                uf.union(root, i)
        for x in range(1, len(nodes)):
            uf.union(nodes[0], nodes[x])
    # 3. other kinds: whole names one edit apart (5+ letters)
    by_del_other: dict[str, list[int]] = defaultdict(list)
    for i, info in counted(enumerate(infos), len(infos), "matching other names", progress):
        if info.kind == "person" or len(info.key) < 5 or len(info.key) > 40:
            continue
        for d in _deletions(info.key):
            by_del_other[d].append(i)
    for members in by_del_other.values():
        if len(members) > 1:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    a, b = members[x], members[y]
                    if uf.find(a) != uf.find(b) and edit_distance(infos[a].key, infos[b].key, 1) <= 1 \
                            and _long_tokens_differ(infos[a].key, infos[b].key):
                        uf.union(a, b)

    groups: dict[int, list[int]] = defaultdict(list)
    for item, name_idx in enumerate(item_name):
        groups[uf.find(name_idx)].append(item)
    return list(groups.values())


def _long_tokens_differ(a: str, b: str) -> bool:
    """One edit inside a word of 4+ letters ("Stone"/"Stones"), not in a short one ("UK"/"US")."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(x == y or min(len(x), len(y)) >= 4 for x, y in zip(ta, tb))


def _first_names_agree(a: str, b: str) -> bool:
    fa, fb = " ".join(a.split()[:-1]), " ".join(b.split()[:-1])
    if not fa or not fb:
        return True
    limit = 2 if min(len(fa), len(fb)) >= 5 else 1
    return edit_distance(fa, fb, limit) <= limit
