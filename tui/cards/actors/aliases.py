"""Aliases: the forms that name one actor, merged under its fullest name.

"Mr. Doe" and a bare "Doe" resolve to "Jane Doe" (the surname form, looked up by
the scan); "John Q. Public" and "John Public", or "Sergey" and "Sergei Lavrov",
are one person; an acronym merges into the body whose initials it spells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...articles.names import edit_distance
from ..model import Actor
from .known_forms import FormIndex, Known, add_known
from .lexicon import ActorLexicon
from .words import ACRONYM_RE, INITIAL_RE


@dataclass
class Discovered:
    """A name read from the article, with the surfaces it was read from."""

    name: str
    kind: str
    surfaces: list[str] = field(default_factory=list)
    first: int = 0
    rule: str = ""


def surname(name: str, lex: ActorLexicon) -> str | None:
    """The word a person is called by alone: the last one, before "Jr." and the like.
    Kept per brief (``lex.surnames``): each article asks it of its names several times."""
    known = lex.surnames
    if name in known:
        return known[name]
    parts = [p for p in name.split() if p not in lex.kept_suffixes]
    last = None if len(parts) < 2 or INITIAL_RE.match(parts[-1]) else parts[-1]
    if len(known) > 100_000:
        known.clear()
    known[name] = last
    return last


def local_forms(discovered: dict[str, Discovered], lex: ActorLexicon) -> dict[str, list[Known]]:
    """Every form the scan looks for besides the gazetteer: names, their surfaces, surnames."""
    local = FormIndex()
    for d in discovered.values():
        for form in dict.fromkeys([d.name] + d.surfaces):
            add_known(local, form, d.name, d.kind, d.rule)
        if d.kind == "person" and d.rule != "actor.family-name":  # "Bella Doe": "Doe" is her father
            last = surname(d.name, lex)
            if last:
                add_known(local, last, d.name, d.kind, "actor.surname")
    return local


def merge_variants(local: dict[str, list[Known]], discovered: dict[str, Discovered], lex: ActorLexicon) -> None:
    """Merge spelling variants, middle initials and acronyms into the fuller name.

    Candidates are looked up by surname and by initials, not compared pair by pair:
    an article of thousands of names stays linear."""
    persons = sorted((d for d in discovered.values() if d.kind == "person" and " " in d.name),
                     key=lambda d: (-len(d.name.split()), d.first))
    canonical: dict[str, str] = {}
    by_surname: dict[str, list[Discovered]] = {}  # only names sharing it can be one person
    for d in persons:
        key = _surname_key(d.name, lex)
        if key is None:
            continue
        earlier = by_surname.setdefault(key, [])
        for other in earlier:
            if other.name in canonical:
                continue
            if same_person(other.name, d.name, lex):
                canonical[d.name] = other.name
                break
        earlier.append(d)
    orgs = [d for d in discovered.values() if d.kind == "org" and " " in d.name]
    by_initials: dict[str, str] = {}
    for org in orgs:
        by_initials.setdefault("".join(w[0] for w in org.name.split() if not lex.is_connector(w)), org.name)
    for d in discovered.values():
        if d.kind == "org" and ACRONYM_RE.match(d.name) and d.name in by_initials:
            canonical[d.name] = by_initials[d.name]
    for d in orgs:
        # "The Weekly Standard" and "the Weekly Standard" / "Weekly Standard": one paper
        first, _, rest = d.name.partition(" ")
        if first in lex.name_articles and rest in discovered and discovered[rest].kind == "org":
            canonical[rest] = d.name
    if not canonical:
        return
    for bucket in local.values():
        for known in bucket:
            if known.name in canonical:
                known.name = canonical[known.name]


def _surname_key(name: str, lex: ActorLexicon) -> str | None:
    """The last word that is not a kept suffix: :func:`same_person` is false for two
    names whose keys differ (or when a name has none)."""
    parts = [p for p in name.split() if p not in lex.kept_suffixes]
    return parts[-1] if parts else None


def same_person(full: str, other: str, lex: ActorLexicon) -> bool:
    """ "Sergey"/"Sergei Lavrov": same surname, first names one or two letters apart;
    "John Q. Public"/"John Public": the same name without its middle initials; "De Blasio"/
    "Bill de Blasio": the surname with its particle, capitalised at a sentence start."""
    last_a, last_b = full.rsplit(None, 1)[-1], other.rsplit(None, 1)[-1]
    if last_a != last_b and last_a not in lex.kept_suffixes and last_b not in lex.kept_suffixes:
        return False  # the common case, decided without splitting
    pa = [p for p in full.split() if p not in lex.kept_suffixes]
    pb = [p for p in other.split() if p not in lex.kept_suffixes]
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    if len(pa) != len(pb):
        if len(pb) < len(pa) and pb[0].lower() in lex.surname_particles \
                and [w.lower() for w in pb] == [w.lower() for w in pa[-len(pb):]]:
            return True  # "De Blasio" opening a sentence is "Bill de Blasio"
        ra = [p for p in pa if not INITIAL_RE.match(p)]
        rb = [p for p in pb if not INITIAL_RE.match(p)]
        return len(ra) >= 2 and ra == rb
    return all(x == y or edit_distance(x, y, 2) <= 2 and x[0] == y[0]
               or lex.nicknames.get(x) == y or lex.nicknames.get(y) == x for x, y in zip(pa[:-1], pb[:-1]))


def split_run_ons(found: dict[str, Discovered]) -> None:
    """ "Council on Foreign Relations Richard Haass": a known name followed by another name.

    The known name is looked up among the run's own prefixes, not among every name found."""
    for name in list(found):
        d = found[name]
        words = len(name.split())
        prefixes = [name[:i] for i, c in enumerate(name) if c == " "]
        matching = [o for o in prefixes if o in found and words - len(o.split()) >= 2]
        if not matching:
            continue
        if len(matching) > 1:  # the name found first wins, as a scan of ``found`` would give
            wanted = set(matching)
            matching = [o for o in found if o in wanted]
        other = matching[0]
        rest = name[len(other) + 1:]
        found[other].surfaces.append(other)
        r = found.setdefault(rest, Discovered(rest, "person", first=d.first, rule="actor.capitalised-name"))
        r.surfaces.append(rest)
        del found[name]


def merge_tails(actors: dict[str, Actor], lex: ActorLexicon) -> None:
    """ "The Times" in an article that names "The New York Times" is that paper: a
    body whose words end another body's name is merged into it. Longer names are
    indexed by their word tails, so each body is one lookup."""
    orgs = [a for a in actors.values() if a.kind == "org"]
    by_tail: dict[tuple[str, ...], Actor] = {}
    for a in orgs:
        words = _bare_words(a.name, lex)
        for k in range(1, len(words)):
            by_tail.setdefault(tuple(words[-k:]), a)  # the first body in order, as a scan finds
    for short in orgs:
        words = _bare_words(short.name, lex)
        if not words or not short.rule.startswith("gazetteer."):
            continue
        longer = by_tail.get(tuple(words))
        if longer is None or short.name not in actors:
            continue
        longer.mentions.extend(short.mentions)
        longer.mentions.sort()
        longer.aliases.extend(s for s in short.aliases if s not in longer.aliases)
        del actors[short.name]


def _bare_words(name: str, lex: ActorLexicon) -> list[str]:
    """The name's words without a definite article before them ("The Times": "Times")."""
    words = name.split()
    return words[1:] if words and words[0].lower() in lex.definite else words


def surnames_alone(text: str, found: dict[str, Discovered], lex: ActorLexicon) -> None:
    """ "Nixon" read alone ("the Nixon White House") in an article that names
    "Richard Nixon" is him: the surname form finds him, so no second person; nor
    is "the Nixon Bombshell" one."""
    surnames = {surname(d.name, lex): d.name for d in found.values() if d.kind == "person" and " " in d.name}
    for name in [n for n, d in found.items() if d.kind == "person" and " " not in n and n in surnames]:
        del found[name]
    # "the Doe Bombshell", "a Doe Exclusive": a named person's surname opening a two-word
    # run after an article is a label about him, not another person ("Jackson Browne" is one).
    for name in [n for n, d in found.items() if d.kind == "person" and n.count(" ") == 1
                 and surnames.get(n.split()[0], n) != n and surnames.get(n.split()[1], n) == n
                 and lex.article_before_re.search(text, max(0, d.first - 5), d.first)]:
        del found[name]


def same_house(found: dict[str, Discovered], text: str, lex: ActorLexicon) -> None:
    """ "Acme News" is a body, so "Acme Texas" in the same article is one too: a
    person-shaped name that opens with the first word of a body's name. Not when the
    body is named after him ("the Ann Roe Party") and the article calls him "Ms Roe":
    the honorific says the name is a person's."""
    houses = {d.name.split()[0] for d in found.values() if d.kind == "org" and " " in d.name}
    for d in found.values():
        if d.kind == "person" and " " in d.name and d.name.split()[0] in houses \
                and not _named_after(d.name, found, text, lex):
            d.kind, d.rule = "org", "actor.org-name"


def _named_after(name: str, found: dict[str, Discovered], text: str, lex: ActorLexicon) -> bool:
    """Every body sharing the first word of ``name`` opens with all of it, and its surname
    follows an honorific somewhere ("Mr Roe"): the bodies bear a person's name."""
    first = name.split()[0]
    if any(d.kind == "org" and d.name.split()[0] == first and not d.name.startswith(name + " ")
           for d in found.values() if " " in d.name):
        return False
    last = surname(name, lex)
    if not last:
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text):
        before = text[max(0, m.start() - 14):m.start()].split()
        if before and before[-1] in lex.honorifics:
            return True
    return False


def particle_surnames(text: str, actors: dict[str, Actor], lex: ActorLexicon) -> None:
    """ "de Blasio" after "Bill de Blasio": the scan finds the surname "Blasio"; with the
    particles the name puts before it, written just before that mention, the mention is
    the surname as the article writes it, which joins the aliases."""
    for actor in actors.values():
        words = actor.name.split()
        if actor.kind != "person" or len(words) < 3 or words[-2] not in lex.surname_particles:
            continue
        first = len(words) - 2
        while first > 1 and words[first - 1] in lex.surname_particles:
            first -= 1
        prefix = " ".join(words[first:-1]) + " "
        for i, (s, e) in enumerate(actor.mentions):
            if text[s:e] != words[-1] or text[max(0, s - len(prefix)):s].lower() != prefix:
                continue
            start = s - len(prefix)
            if text[start - 1:start].isalpha():
                continue
            actor.mentions[i] = (start, e)
            if text[start:e] not in actor.aliases:
                actor.aliases.append(text[start:e])
