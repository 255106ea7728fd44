"""Buckets of known forms indexed by their words, so that a long bucket is not read whole at
every mention: the scan's candidate lists (``ByWords``) and the persons a longer name holds
("Joe Biden's administration": ``first_person``, kept per brief by ``brief_person``).

A first name's bucket holds every person of that name; in a long article of many names,
reading the whole bucket at every mention made the scan quadratic (issue 13).
"""

from __future__ import annotations

from .known_forms import Known
from .lexicon import ActorLexicon


class ByWords:
    """Long candidate lists indexed by their forms' words, once per scan.

    A first name's bucket holds every person of that name: in a long article of many
    names, reading the whole bucket at every mention made the scan quadratic (issue 13).
    Short lists, the usual case, are read as they are: an index would cost more than it saves."""

    LINEAR = 12

    def __init__(self) -> None:
        self._made: dict[int, dict[tuple[str, ...], list[Known]]] = {}

    def of(self, candidates: list[Known]) -> dict[tuple[str, ...], list[Known]]:
        forms = self._made.get(id(candidates))
        if forms is None:
            forms = self._made[id(candidates)] = {}
            for known in candidates:
                forms.setdefault(known.words, []).append(known)
        return forms


def first_person(bucket: list[Known], keys: tuple[str, ...], outer: str,
                  persons: dict[int, dict[tuple[str, ...], list[tuple[int, Known]]]]) -> Known | None:
    """The bucket's first person (in bucket order) other than ``outer`` whose words start
    ``keys``. A first name's bucket holds every person of that name, so each bucket's
    persons are indexed by their words once per article instead of read for every window."""
    if len(bucket) <= ByWords.LINEAR:
        # a short bucket read in order: its first such person is the one the index gives
        for known in bucket:
            if known.kind == "person" and known.name != outer and keys[:len(known.words)] == known.words:
                return known
        return None
    by_words = persons.get(id(bucket))
    if by_words is None:
        by_words = persons[id(bucket)] = {}
        for at, known in enumerate(bucket):
            if known.kind == "person":
                by_words.setdefault(known.words, []).append((at, known))
    best: tuple[int, Known] | None = None
    for n in range(1, len(keys) + 1):
        for at, known in by_words.get(keys[:n], ()):
            if known.name != outer:
                if best is None or at < best[0]:
                    best = (at, known)
                break
    return None if best is None else best[1]


def brief_person(bucket: list[Known], keys: tuple[str, ...], outer: str, lex: ActorLexicon) -> Known | None:
    """:func:`first_person` of a gazetteer bucket, kept per brief: the bucket never changes,
    and the same long names ("the Obama administration") recur across articles."""
    cache = lex.brief_persons
    found = cache.get((keys, outer), False)
    if found is False:
        if len(cache) > 100_000:
            cache.clear()
        found = cache[keys, outer] = first_person(bucket, keys, outer, lex.person_forms)
    return found
