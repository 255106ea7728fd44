"""Finding actors: the brief's gazetteer plus names discovered from the text.

Two passes keep this fast and predictable. Discovery reads capitalised word
sequences, strips titles and nationality words, and decides person / org / place;
then one dictionary scan over the article's words finds every mention of every
known surface form (gazetteer aliases, discovered names, surnames), longest first.
A dictionary keyed by first word replaces a big regex alternation, which would
cost a pass per alias.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from ..articles.names import edit_distance
from ..articles.segment import Paragraph
from ..rules.brief import Brief, GazetteerEntry
from ..rules.loader import lexicon_regex
from ..rules.patterns import compile_pattern
from .model import Actor

WORD_RE = re.compile(r"[A-Za-z0-9][\w’'&.-]*[\w&]|[A-Za-z0-9]")
CANDIDATE_RE = re.compile(
    r"(?:[A-Z][\w’'&.-]*[\w&]|[A-Z]\.?)"
    r"(?:\s+(?:(?:of|on|for|the|de|da|du|al|bin|van|von|der|del)\s+)*(?:[A-Z][\w’'&.-]*[\w&]|[A-Z]\.))*"
)
CONNECTORS = {"of", "on", "for", "the", "de", "da", "du", "al", "bin", "van", "von", "der", "del"}
POSSESSIVE_RE = re.compile(r"(?:’s|'s|’|')$")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
LONG_ACRONYM_RE = re.compile(r"^[A-Z]{3,6}$")
"""A name that opens with one ("ABN Amro", "AOL UK") is a body; two capitals may be initials ("JK Rowling")."""
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z0-9][\w’'&.-]*[\w&]|[A-Za-z0-9])")
HONORIFIC_BEFORE_RE = re.compile(r"(\S+)\s+$")
ADMINISTRATION_RE = re.compile(r"(?:’s|'s)?\s+[Aa]dministration\b")


def strip_possessive(word: str) -> str:
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def case_key(word: str) -> str:
    """A word as its case must match: no possessive, no trailing dot.
    Cached: the scan asks for the same few thousand words in every article."""
    return strip_possessive(word).rstrip(".")


@lru_cache(maxsize=1 << 16)
def norm(word: str) -> str:
    """The lookup key of a word: :func:`case_key` in lower case."""
    return case_key(word).lower()


@dataclass
class Known:
    """One surface form to look for, and whom it names."""

    words: tuple[str, ...]
    name: str
    kind: str
    case_sensitive: bool
    surface: str
    rule: str
    case_words: tuple[str, ...] = ()
    """The surface's words by :func:`case_key`, for case-sensitive forms."""


@dataclass
class ActorLexicon:
    """What the brief contributes to actor finding, compiled once per brief."""

    index: dict[str, list[Known]]
    entries: dict[str, GazetteerEntry]
    not_names: set[str]
    demonyms: set[str]
    titles: list[tuple[str, ...]]
    titles_by_first: dict[str, list[tuple[str, ...]]]
    title_words: set[str]
    name_suffixes: set[str]
    role_words: set[str]
    peerage: set[str]
    honorifics: set[str]
    org_words: set[str]
    media_words: set[str]
    number_words: set[str]
    thing_words: set[str]
    alias_tails: set[str]
    """Last words of multi-word gazetteer forms ("the West", "The Independent"): alone, not a new name."""
    start_re: re.Pattern
    second_words: dict[str, frozenset[str]]
    """For first words that only start longer forms: the words that may follow."""
    """Where a known form can start: a capitalised word or a known lower-case first word."""
    """Last words of multi-word gazetteer forms whose other words are lower case ("the West")."""

    @classmethod
    def from_brief(cls, brief: Brief) -> "ActorLexicon":
        index: dict[str, list[Known]] = {}
        entries = {}
        for entry in brief.actors:
            entries[entry.name] = entry
            for surface in dict.fromkeys([entry.name] + entry.aliases):
                add_known(index, surface, entry.name, entry.kind, entry.id)
        titles = sorted((tuple(t.split()) for t in brief.words("titles")), key=len, reverse=True)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for title in titles:
            by_first.setdefault(title[0], []).append(title)
        return cls(
            index=index,
            entries=entries,
            not_names=set(brief.words("not_names")),
            demonyms=set(brief.words("demonyms")),
            titles=titles,
            titles_by_first=by_first,
            title_words={t[0] for t in titles if len(t) == 1},
            name_suffixes=set(brief.words("name_suffixes")),
            role_words=set(brief.words("role")),
            peerage=set(brief.words("peerage")),
            honorifics=set(brief.words("honorifics")),
            org_words=set(brief.words("org_words")),
            media_words=set(brief.words("media_words")),
            number_words=set(brief.words("number_words")),
            thing_words=set(brief.words("thing_words")),
            alias_tails={k.words[-1] for bucket in index.values() for k in bucket if len(k.words) > 1},
            start_re=_start_regex(index),
            second_words={key: frozenset(k.words[1] for k in bucket) for key, bucket in index.items()
                          if all(len(k.words) > 1 for k in bucket)},
        )

    def is_media(self, name: str) -> bool:
        entry = self.entries.get(name)
        if entry is not None:
            return entry.media
        return any(w in self.media_words for w in name.split())


def _start_regex(index: dict[str, list[Known]]) -> re.Pattern:
    """Where a mention can start: a capitalised word, or a whole known form that is
    written in lower case ("the West") or may be ("state department")."""
    exact = {" ".join(WORD_RE.findall(k.surface)) for b in index.values() for k in b
             if k.case_sensitive and k.surface[:1].islower()}
    folded = {" ".join(k.words) for b in index.values() for k in b if not k.case_sensitive}
    alternatives = [r"[A-Z0-9][\w’'&.-]*[\w&]|[A-Z]"]
    lower = [lexicon_regex(sorted(exact))] if exact else []
    if folded:
        lower.append("(?i:" + lexicon_regex(sorted(folded)) + ")")
    if lower:
        # Lower-case forms are tried only where a lower-case word starts.
        alternatives.append(r"(?=[a-z])(?:" + "|".join(lower) + r")(?![\w&])")
    return compile_pattern(r"(?<![\w’'&.-])(?:" + "|".join(alternatives) + ")")


def add_known(index: dict[str, list[Known]], surface: str, name: str, kind: str, rule: str) -> None:
    words = tuple(norm(w) for w in WORD_RE.findall(surface))
    if not words:
        return
    raw_words = WORD_RE.findall(surface)
    # One-word forms must match their case ("US" is not "us"); so must forms
    # with a lower-case word ("the West" is not "the west of the city").
    case_sensitive = len(words) == 1 or any(w[0].islower() for w in raw_words)
    bucket = index.setdefault(words[0], [])
    if any(k.words == words and k.name == name for k in bucket):
        return
    bucket.append(Known(words, name, kind, case_sensitive, surface, rule,
                        tuple(case_key(w) for w in raw_words) if case_sensitive else ()))
    bucket.sort(key=lambda k: len(k.words), reverse=True)


@dataclass
class _Discovered:
    name: str
    kind: str
    surfaces: list[str] = field(default_factory=list)
    first: int = 0
    rule: str = ""


class ActorFinder:
    """Finds the actors of one article."""

    def __init__(self, lexicon: ActorLexicon):
        self.lex = lexicon
        self._plan_cache: dict[tuple[str, bool], list[list[tuple[int, str]]]] = {}
        self._lookup_cache: dict[str, Known | None] = {}

    def find(self, text: str, paras: list[Paragraph], extra: list[tuple[str, str, str]] = ()) -> list[Actor]:
        """Actors of the article, in order of first mention.

        ``extra`` adds (name, kind, surface) triples the caller knows about
        (byline author and outlet).
        """
        body = [p for p in paras if not p.boilerplate]
        discovered = self._discover(text, body)
        for name, kind, surface in extra:
            if name not in self.lex.entries and self._lookup(surface) is None:
                d = discovered.setdefault(name, _Discovered(name, kind, first=text.find(surface), rule="meta.byline"))
                d.surfaces.append(surface)
        local: dict[str, list[Known]] = {}
        for d in discovered.values():
            for surface in dict.fromkeys([d.name] + d.surfaces):
                add_known(local, surface, d.name, d.kind, d.rule)
            if d.kind == "person":
                parts = d.name.split()
                if len(parts) >= 2:
                    add_known(local, parts[-1], d.name, d.kind, "actor.surname")
        self._merge_variants(local, discovered)
        return self._scan(text, body, local)

    # -- discovery -------------------------------------------------------
    def _discover(self, text: str, paras: list[Paragraph]) -> dict[str, _Discovered]:
        found: dict[str, _Discovered] = {}
        singles: dict[str, list[int]] = {}
        for para in paras:
            if para.title_case:
                continue
            starts = {s.start for s in para.sentences}
            for m in CANDIDATE_RE.finditer(text, para.start, para.end):
                at_start = m.start() in starts or (m.start() > 0 and text[m.start() - 1] in "“‘\"(")
                base = m.start()
                for phrase in self._phrases(m.group(), at_start):
                    self._classify([(base + s, w) for s, w in phrase], text, found, singles)
        _split_run_ons(found)
        # A lone capitalised word is a name only when it recurs mid-sentence.
        persons_by_last = {}
        for d in found.values():
            if d.kind == "person" and " " in d.name:
                persons_by_last.setdefault(d.name.split()[-1], d)
        first_words = {d.name.split()[0] for d in found.values() if " " in d.name}
        for word, positions in singles.items():
            if word in found or word in persons_by_last or word in first_words or self._ends_known_alias(word) \
                    or word in self.lex.thing_words:
                continue  # "Merrill" after "Merrill Lynch" is the same firm, found by the scan
            if len(positions) >= 2:
                found[word] = _Discovered(word, "person", [word], positions[0], "actor.recurring-name")
        return found

    def _phrases(self, candidate: str, at_start: bool) -> list[list[tuple[int, str]]]:
        """The names in a capitalised run, as (offset in the run, word) lists.

        Depends only on the run's text and the brief, so it is cached: "The", "He"
        and the story's names recur in every article.
        """
        key = (candidate, at_start)
        plan = self._plan_cache.get(key)
        if plan is None:
            tokens = [(t.start(), t.group()) for t in re.finditer(r"\S+", candidate)]
            plan = []
            for group in _split_names(tokens, self.lex.org_words, self.lex.honorifics):
                plan.extend(self._clean(group, at_start))
                at_start = False
            if len(self._plan_cache) > 100_000:
                self._plan_cache.clear()
            self._plan_cache[key] = plan
        return plan

    def _clean(self, tokens: list[tuple[int, str]], at_start: bool) -> list[list[tuple[int, str]]]:
        """Drop titles, nationality words and sentence openers; split at bare connectors."""
        words = [(s, strip_possessive(w).rstrip(",;:")) for s, w in tokens]
        out = []
        while words:
            head = words[0][1]
            title = self._title_at(words)
            if title and head in self.lex.peerage and len(words) - title == 1:
                title = 0  # "Lord Falconer", "Prince Charles": the title is part of the name
            if title:
                words = self._drop_portfolio(words[title:])
                at_start = False
                continue
            organisation = any(w in self.lex.org_words for _, w in words)
            plural_demonym = head.endswith("s") and head[:-1] in self.lex.demonyms  # "Ukrainians"
            if (head in self.lex.demonyms and not organisation) or plural_demonym \
                    or head.lower() in CONNECTORS or \
                    (head in self.lex.not_names and (at_start or len(words) > 1 or head[0].isupper())):
                words = words[1:]
                at_start = False
                continue
            break
        if not words:
            return out
        while words and (words[-1][1].lower() in CONNECTORS or words[-1][1] in self.lex.name_suffixes):
            words.pop()
        if len(words) > 2 and words[-2][1].lower() in CONNECTORS and words[-1][1] in self.lex.not_names:
            words = words[:-2]  # "Scottish Parliament on Wednesday": the day is not part of the name
            while words and words[-1][1].lower() in CONNECTORS:
                words.pop()
        if not words or self._title_at(words + [(0, "X"), (0, "Y")]) >= len(words):
            return out  # nothing left, or a title alone ("Attorney General"): no one in particular
        names = [w for _, w in words]
        has_org_word = any(w in self.lex.org_words for w in names)
        if not has_org_word and any(w.lower() in CONNECTORS for w in names):
            part: list[tuple[int, str]] = []
            for item in words + [(0, "of")]:
                if item[1].lower() in CONNECTORS:
                    if part:
                        out.extend(self._clean(part, False))
                    part = []
                else:
                    part.append(item)
            return out
        if len(words) == 1 and at_start and self._lookup(names[0]) is None:
            return out
        out.append(words)
        return out

    def _drop_portfolio(self, words: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """After a title, "of Foreign Affairs of Russia" or "for Europe," names the post,
        not the holder: drop it up to the next connector. A body ("Chief Executive of
        AOL UK") is kept, and so is a longer run with no connector after it ("of State
        Colin Powell"), which may end in the name."""
        if not words or words[0][1] not in ("of", "for"):
            return words
        following = next((i for i in range(1, len(words)) if words[i][1].lower() in CONNECTORS), len(words))
        post = [w for _, w in words[1:following]]
        if any(ACRONYM_RE.match(w) or w in self.lex.org_words or self._lookup(w) is not None for w in post):
            return words
        if following < len(words) or len(post) <= 2:
            return words[following:]
        return words

    def _ends_known_alias(self, word: str) -> bool:
        """ "West" on its own is the gazetteer's "the West", not a new name."""
        return norm(word) in self.lex.alias_tails

    def _title_at(self, words: list[tuple[int, str]]) -> int:
        """How many leading words are a title ("Foreign Minister", "Home Secretary")."""
        for title in self.lex.titles_by_first.get(words[0][1], ()):
            if len(title) < len(words) and tuple(w for _, w in words[:len(title)]) == title:
                return len(title)
        # "Home Secretary Charles Clarke": a title word with a two-word name after it.
        for k in range(1, len(words) - 2):
            if words[k][1] in self.lex.title_words and all(w[0].isupper() for _, w in words[:k]):
                return k + 1
        return 0

    def _classify(self, phrase: list[tuple[int, str]], text: str, found: dict[str, _Discovered],
                  singles: dict[str, list[int]]) -> None:
        name = " ".join(w for _, w in phrase)
        start = phrase[0][0]
        end = phrase[-1][0] + len(phrase[-1][1])
        surface = text[start:end]
        if self._lookup(name) is not None:
            return  # the gazetteer scan finds it
        words = name.split()
        split = self._known_part(phrase)
        if split:
            for part in split:
                self._classify(part, text, found, singles)
            return
        if len(words) == 1 and name in self.lex.org_words:
            return  # "Administration" alone names no one
        if any(w in self.lex.org_words for w in words) or (len(words) == 1 and ACRONYM_RE.match(name)) \
                or (len(words) > 1 and LONG_ACRONYM_RE.match(words[0])) \
                or ".com" in name or ".org" in name:
            kind, rule = "org", "actor.org-name"
        elif len(words) == 1:
            if name.isalpha() and len(name) > 2 and not ADMINISTRATION_RE.match(text, end):
                singles.setdefault(name, []).append(start)
                return
            if not ADMINISTRATION_RE.match(text, end):
                return
            kind, rule = "person", "actor.capitalised-name"
        elif words[-1].lower() in self.lex.role_words:
            return  # "Promotions Coordinator" is a job, not a name
        elif any(w in self.lex.thing_words for w in words[1:]):
            # "Berlin Film Festival", "Consumer Credit Bill": an event or a law, not a party.
            # Not the first word: "Bill Gates" and "Oscar Wilde" are people.
            return
        elif any(w in self.lex.number_words for w in words):
            if not ACRONYM_RE.match(words[0]):
                return  # "Track Two", "Six Nations": no one's name counts
            kind, rule = "org", "actor.org-name"  # "BBC One", "RBS Six Nations"
        else:
            kind, rule = "person", "actor.capitalised-name"
        d = found.get(name)
        if d is None:
            d = found[name] = _Discovered(name, kind, first=start, rule=rule)
        d.surfaces.append(surface)
        # "Joe Biden's administration" / "the Biden administration" is an organisation too.
        if kind == "person" or len(words) == 1:
            tail = ADMINISTRATION_RE.match(text, end)
            if tail:
                org = f"{words[-1]} administration"
                od = found.setdefault(org, _Discovered(org, "org", first=start, rule="actor.administration"))
                od.surfaces.append(text[start:tail.end()])

    def _known_part(self, phrase: list[tuple[int, str]]) -> list[list[tuple[int, str]]] | None:
        """Split "Council on Foreign Relations Richard Haass" or "Council of the White House"
        where a known name starts the phrase or a known organisation follows a connector."""
        names = [w for _, w in phrase]
        for cut in range(len(phrase) - 1, 1, -1):
            if self._lookup(" ".join(names[:cut])) is not None and names[cut].lower() not in CONNECTORS:
                return [phrase[:cut], phrase[cut:]]
        for i, word in enumerate(names):
            if word.lower() not in CONNECTORS or i == 0:
                continue
            j = i
            while j < len(names) and names[j].lower() in CONNECTORS:
                j += 1
            tail = self._lookup(" ".join(names[j:])) if j < len(names) else None
            if tail is not None and tail.kind == "org":
                return [phrase[:i], phrase[j:]]
        return None

    def _lookup(self, surface: str) -> Known | None:
        """The gazetteer form this surface is, if any (cached per brief)."""
        if surface in self._lookup_cache:
            return self._lookup_cache[surface]
        words = tuple(norm(w) for w in WORD_RE.findall(surface))
        found = next((k for k in self.lex.index.get(words[0], ()) if k.words == words), None) if words else None
        if len(self._lookup_cache) > 100_000:
            self._lookup_cache.clear()
        self._lookup_cache[surface] = found
        return found

    def _merge_variants(self, local: dict[str, list[Known]], discovered: dict[str, _Discovered]) -> None:
        """Merge spelling variants and acronyms into the fuller name seen first."""
        persons = [d for d in discovered.values() if d.kind == "person" and " " in d.name]
        persons.sort(key=lambda d: d.first)
        canonical: dict[str, str] = {}
        for i, d in enumerate(persons):
            for earlier in persons[:i]:
                if earlier.name in canonical:
                    continue
                if _same_person(earlier.name, d.name):
                    canonical[d.name] = earlier.name
                    break
        orgs = [d for d in discovered.values() if d.kind == "org" and " " in d.name]
        for d in discovered.values():
            if d.kind == "org" and ACRONYM_RE.match(d.name):
                for org in orgs:
                    initials = "".join(w[0] for w in org.name.split() if w.lower() not in CONNECTORS)
                    if initials == d.name:
                        canonical[d.name] = org.name
                        break
        if not canonical:
            return
        for bucket in local.values():
            for known in bucket:
                if known.name in canonical:
                    known.name = canonical[known.name]

    # -- mentions --------------------------------------------------------
    def _scan(self, text: str, paras: list[Paragraph], local: dict[str, list[Known]]) -> list[Actor]:
        """Every mention of every known form, longest first, in one pass per paragraph.

        Only words that can start a form are looked at: capitalised words, and the
        lower-case first words of known forms ("the West", "state department").
        """
        actors: dict[str, Actor] = {}
        nested: list[tuple[list[tuple[int, int, str]], str]] = []
        for para in paras:
            resume = para.start
            for m in self.lex.start_re.finditer(text, para.start, para.end):
                if m.start() < resume:
                    continue
                word = m.group() if m.lastindex is None and " " not in m.group() else \
                    WORD_RE.match(text, m.start()).group()
                key = word.lower()
                if key[-1] in "s’'.":
                    key = norm(word)
                from_article, from_brief = local.get(key), self.lex.index.get(key)
                if from_article is None and from_brief is None:
                    continue
                candidates = (from_article or []) + (from_brief or [])
                seconds = self.lex.second_words.get(key) if from_article is None else None
                if seconds is not None:
                    # "The" starts "The Guardian": peek at the next word before reading a window.
                    nxt = NEXT_WORD_RE.match(text, m.start() + len(word), para.end)
                    if nxt is None or norm(nxt.group(1)) not in seconds:
                        continue
                longest = max(len(k.words) for k in candidates)
                window = _words_at(text, m.start(), longest, para.end)
                keys = tuple(norm(w[2]) for w in window)
                hit = None
                # Longest form wins, whether the brief or the article supplied it.
                for known in sorted(candidates, key=lambda k: len(k.words), reverse=True):
                    n = len(known.words)
                    if keys[:n] != known.words:
                        continue
                    if known.case_sensitive and tuple(case_key(w[2]) for w in window[:n]) != known.case_words:
                        continue
                    hit = known
                    break
                if hit is None:
                    continue
                n = len(hit.words)
                start, end = window[0][0], window[n - 1][1]
                surface = strip_possessive(text[start:end])
                end = start + len(surface)
                resume = end
                before = HONORIFIC_BEFORE_RE.search(text, max(para.start, start - 6), start)
                if before and before.group(1) in self.lex.honorifics:
                    start = before.start(1)  # "Mr. Sullivan" is how the text names him
                    surface = text[start:end]
                entry = self.lex.entries.get(hit.name)
                actor = actors.get(hit.name)
                if actor is None:
                    actor = actors[hit.name] = Actor(
                        name=hit.name, kind=hit.kind, rule=hit.rule,
                        role=entry.role if entry else None,
                        affiliation=entry.affiliation if entry else None)
                actor.mentions.append((start, end))
                if surface not in actor.aliases:
                    actor.aliases.append(sys.intern(surface))  # one copy across a session's cards
                if n > 1:
                    nested.append((window[:n], hit.name))
        self._nested_persons(text, nested, local, actors)
        return sorted((a for a in actors.values() if not _only_a_venue(text, a)), key=lambda a: a.mentions[0][0])

    def _nested_persons(self, text: str, nested, local: dict[str, list[Known]], actors: dict[str, Actor]) -> None:
        """A person named inside a longer name ("Joe Biden's administration",
        "office of President X") is mentioned too."""
        for window, outer in nested:
            for i in range(len(window)):
                key = norm(window[i][2])
                for bucket in (local.get(key, ()), self.lex.index.get(key, ())):
                    known = next((k for k in bucket if k.kind == "person" and k.name != outer
                                  and len(k.words) <= len(window) - i and k.words == tuple(
                                      norm(w[2]) for w in window[i:i + len(k.words)])), None)
                    if known is None:
                        continue
                    start, end = window[i][0], window[i + len(known.words) - 1][1]
                    end = start + len(strip_possessive(text[start:end]))
                    actor = actors.get(known.name)
                    if actor is None:
                        entry = self.lex.entries.get(known.name)
                        actor = actors[known.name] = Actor(
                            name=known.name, kind="person", rule=known.rule,
                            role=entry.role if entry else None, affiliation=entry.affiliation if entry else None)
                    actor.mentions.append((start, end))
                    if text[start:end] not in actor.aliases:
                        actor.aliases.append(sys.intern(text[start:end]))
                    break


def _split_names(tokens: list[tuple[int, str]], org_words: set[str],
                 honorifics: set[str]) -> list[list[tuple[int, str]]]:
    """Where one capitalised run holds two names: after a possessive ("ABC's This
    Week"), unless a one-word name owns an organisation word ("Foster's Group"),
    and before an honorific ("BBC Mr Howard")."""
    groups: list[list[tuple[int, str]]] = [[]]
    for i, token in enumerate(tokens):
        if groups[-1] and token[1] in honorifics:
            groups.append([])
        groups[-1].append(token)
        following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        company = len(groups[-1]) == 1 and following in org_words  # "Foster's Group", not "Joe Biden's Administration"
        if POSSESSIVE_RE.search(token[1]) and not company:
            groups.append([])
    return [g for g in groups if g]


def _split_run_ons(found: dict[str, _Discovered]) -> None:
    """ "Council on Foreign Relations Richard Haass": a known name followed by another name."""
    for name in list(found):
        d = found[name]
        for other in list(found):
            if other != name and name.startswith(other + " ") and len(name.split()) - len(other.split()) >= 2:
                rest = name[len(other) + 1:]
                found[other].surfaces.append(other)
                r = found.setdefault(rest, _Discovered(rest, "person", first=d.first, rule="actor.capitalised-name"))
                r.surfaces.append(rest)
                del found[name]
                break


VENUE_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|to|across|outside|inside|around)\s+(?:the\s+)?$")


def _only_a_venue(text: str, actor: Actor) -> bool:
    """A name the gazetteer does not know, seen only after "in", "at" or "from"
    ("talks in Glasgow"), is where something happened, not a party to it."""
    if actor.rule.startswith("gazetteer.") or actor.kind == "org":
        return False
    return all(VENUE_BEFORE_RE.search(text, max(0, s - 12), s) for s, _ in actor.mentions)


def _words_at(text: str, start: int, count: int, limit: int) -> list[tuple[int, int, str]]:
    """Up to ``count`` words from ``start``, stopping at punctuation between words."""
    words: list[tuple[int, int, str]] = []
    for m in WORD_RE.finditer(text, start, limit):
        if words and text[words[-1][1]:m.start()].strip():
            break
        words.append((m.start(), m.end(), m.group()))
        if len(words) == count:
            break
    return words


def _same_person(a: str, b: str) -> bool:
    """Sergey/Sergei Lavrov: same surname, first names one or two letters apart."""
    pa, pb = a.split(), b.split()
    if pa[-1] != pb[-1] or len(pa) != len(pb):
        return False
    return all(x == y or edit_distance(x, y, 2) <= 2 and x[0] == y[0] for x, y in zip(pa[:-1], pb[:-1]))
