"""Finding actors: the brief's gazetteer plus names discovered from the text.

Two passes keep this fast and predictable. Discovery reads capitalised runs, cuts
them into names (:mod:`.spans`, planned once per brief in :mod:`.plans`) and gives
each a kind (:mod:`.kinds`); then one
scan (:mod:`.scan`) finds every mention of every known form. Places that are only
venues or modifiers are dropped last (:mod:`.places`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...articles.segment import Paragraph
from ..model import Actor
from .and_names import joined_end
from .aliases import Discovered, local_forms, merge_tails, merge_variants, particle_surnames, same_house, \
    split_run_ons, surname, surnames_alone
from .administrations import add_the_administration
from .family import find_family
from .given_names import given_name_plan
from .nations import add_nationals
from .offices import find_offices, office_regex, only_in_titles
from . import kinds
from .kinds import PERSON, kind_from_context, name_kind, single_kind
from .lexicon import ActorLexicon
from .plans import SPLIT, RunPlans
from .shapes import chamber_committee, era_owner, numbered_body
from .places import acts_as_party, is_venue_mention
from .scan import scan
from .written import add_written_forms
from .words import ADMINISTRATION_RE, INITIAL_RE, shouted

DATELINE_END_RE = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\([^()]{1,30}\)\s*)?[—–-]")
"""What follows a dateline's place: an optional state, then a dash ("SPRING HARBOR, Md. —")."""


class ActorFinder:
    """Finds the actors of one article."""

    def __init__(self, lexicon: ActorLexicon):
        self.lex = lexicon
        self.plans = RunPlans(lexicon)
        self._office_re = office_regex(lexicon)

    def find(self, text: str, paras: list[Paragraph], extra: list[tuple[str, str, str]] = ()) -> list[Actor]:
        """Actors of the article, in order of first mention.

        ``extra`` adds (name, kind, surface) triples the caller knows about
        (byline author and outlet).
        """
        body = [p for p in paras if not p.boilerplate]
        seen: set[str] = set()
        discovered = self._discover(text, body, seen)
        for office in find_offices(text, body, self.lex, self._office_re):
            discovered.setdefault(office.name, office)
        for name, kind, surface in extra:
            if name not in self.lex.entries and self.lex.lookup(surface) is None:
                d = discovered.setdefault(name, Discovered(name, kind, first=text.find(surface), rule="meta.byline"))
                d.surfaces.append(surface)
        local = local_forms(discovered, self.lex)
        add_nationals(text, local, self.lex, seen)
        merge_variants(local, discovered, self.lex)
        actors = scan(text, body, local, self.lex)
        merge_tails(actors, self.lex)
        particle_surnames(text, actors, self.lex)
        add_written_forms(text, actors, [(p.start, p.end) for p in body if p.title_case], self.lex)
        add_the_administration(text, body, actors, self.lex)
        kept = (a for a in actors.values() if (a.kind != "place" or a.rule == "meta.byline"
                or acts_as_party(text, a, self.lex)) and (a.kind == "person" or not only_in_titles(text, a, self.lex)))
        return sorted(kept, key=lambda a: a.mentions[0][0])

    # -- discovery -------------------------------------------------------
    def _discover(self, text: str, paras: list[Paragraph], seen: set[str]) -> dict[str, Discovered]:
        """Names read from the capitalised runs; ``seen`` collects the runs' first words
        that open a nationality's form (read by :func:`add_nationals`)."""
        found: dict[str, Discovered] = {}
        lex = self.lex
        singles: dict[str, list[int]] = {}
        openers: dict[str, list[int]] = {}
        facts_of, read_run = self.plans.facts.get, self.plans.read_run
        classify = self._classify
        runs = lex.candidate_re.finditer
        admin = "dministration" in text  # else ADMINISTRATION_RE matches nowhere: no need to try it per name
        for para in paras:
            if para.title_case:
                continue
            starts = {s.start for s in para.sentences}
            joined_to = 0
            for m in runs(text, para.start, para.end):
                base = m.start()
                if base < joined_to:
                    continue  # the part after "and" of a body's name read just before
                run = m.group()
                if text.startswith(" and ", m.end()):
                    joined = joined_end(text, run, m.end(), lex)
                    if joined:
                        run, joined_to = text[base:joined], joined
                at_start = base in starts or (base > 0 and text[base - 1] in "“‘\"(")
                facts = facts_of(run)
                if facts is None:
                    facts = read_run(run)
                if facts[1]:
                    seen.update(facts[1])  # "The Russians", "North Koreans": a nationality's first word
                if at_start and not facts[0]:
                    openers.setdefault(run, []).append(base)  # read in _add_singles
                # numbered_body's cheap test, inlined: most runs follow a word, not "17" or "82nd"
                if base >= 6 and (text[base - 2].isdigit() or text[base - 4].isdigit() and text[base - 2] in "tdh"):
                    numbered = numbered_body(text, m, lex)
                    if numbered:
                        classify(0, numbered, " ".join([w for _, w in numbered]), text, found, singles, admin)
                        continue
                plan = facts[3 + at_start]
                if plan is None:
                    plan = facts[3 + at_start] = self.plans.plan_run(run, at_start)
                if facts[2]:
                    plan = given_name_plan(text, run, m.end(), lex) or plan
                for phrase, name in plan:
                    classify(base, phrase, name, text, found, singles, admin)
        split_run_ons(found)
        same_house(found, text, self.lex)
        surnames_alone(text, found, self.lex)
        find_family(text, found, self.lex)
        self._add_singles(text, found, singles, openers)
        return found

    def _add_singles(self, text: str, found: dict[str, Discovered], singles: dict[str, list[int]],
                     openers: dict[str, list[int]]) -> None:
        """A lone capitalised word is a name when it recurs mid-sentence, follows a title,
        or is followed by a body noun anywhere ("Quillpost magazine reported"); and it is
        not the tail of a longer name ("Merrill" after "Merrill Lynch")."""
        lex = self.lex
        surnames = {surname(d.name, lex) for d in found.values() if d.kind == "person"}
        first_words = {d.name.split()[0] for d in found.values() if " " in d.name}
        def skip(word: str) -> bool:
            return word in lex.not_names or word in found or word in surnames or word in first_words \
                or word in lex.alias_tails or word.lower() in lex.alias_tails or word in lex.thing_words \
                or not word.isalpha() or len(word) < 3 or word.isupper()

        def body(word: str, positions: list[int]) -> bool:
            return any(kind_from_context(text, p + len(word), lex) == "org" for p in positions[:3])

        for word, positions in singles.items():
            if skip(word):
                continue
            everywhere = positions + openers.get(word, [])
            kind, rule = "person", "actor.recurring-name"
            if len(positions) < 2:
                # "President Obama", "Congressman Grimm": after a title, once is enough
                if kinds.titled(text, positions[0], lex):
                    pass
                elif body(word, everywhere):
                    kind, rule = "org", "actor.org-name"  # "Slate magazine"
                else:
                    continue
            elif word in lex.state_words:
                kind, rule = "place", "actor.place-name"  # "Iowa", "Florida"
            elif any(is_venue_mention(text, p, lex) for p in positions) \
                    and not any(kinds.titled(text, p, lex) for p in positions):
                kind, rule = "place", "actor.place-name"  # "in Norwalk": where, not who
            elif body(word, everywhere) or kinds.camel_company(word, lex):
                kind, rule = "org", "actor.org-name"
            found[word] = Discovered(word, kind, [word], min(everywhere), rule)
        for word, positions in openers.items():
            if word not in singles and not skip(word) and body(word, positions):
                found[word] = Discovered(word, "org", [word], positions[0], "actor.org-name")

    def _classify(self, base: int, phrase: Sequence[tuple[int, str]], name: str, text: str,
                  found: dict[str, Discovered], singles: dict[str, list[int]], admin: bool = True) -> None:
        """Read one name of a run: ``phrase`` holds its words at offsets from ``base``
        (the run's start) and ``name`` is their words joined, both kept in the run's plan.
        ``admin`` is False when the text holds no "administration" at all."""
        lex = self.lex
        start = base + phrase[0][0]
        end = base + phrase[-1][0] + len(phrase[-1][1])
        surface = text[start:end]
        committee = chamber_committee(name, text, end, lex) if name in lex.committee_hosts else None
        if committee:  # "the House oversight committee"
            name, surface = committee[0], text[start:committee[1]]
            found.setdefault(name, Discovered(name, "org", first=start, rule="actor.org-name")).surfaces.append(surface)
            return
        plan = self.plans.names.get(name, False)
        if plan is False:
            plan = self.plans.name_plan(name, phrase)
        if plan is None:
            return  # known to the gazetteer (the scan finds it), or no name ("Middle East")
        if plan and plan[0] == SPLIT:  # () is no kind; (kind, rule) never opens with SPLIT
            head, tail = phrase[:plan[1]], phrase[plan[2]:]
            if plan[1] == plan[2] and text.endswith(lex.definite_spaced, 0, start) and era_owner(head, tail, lex):
                # "the Nixon White House": the body as one person ran it; he is named
                word = head[0][1]
                found.setdefault(word, Discovered(word, "person", first=start, rule="actor.capitalised-name"))
                found[word].surfaces.append(word)
                head = []
            for part in (head, tail):
                if part:
                    self._classify(base, part, " ".join([w for _, w in part]), text, found, singles, admin)
            return
        words = name.split()
        read = name
        if text[end:end + 1] == "." and words[-1] + "." in lex.dotted_suffixes:
            end += 1  # "Jr.", "Corp.": the dot is part of the name
            words[-1] += "."
            name = " ".join(words)
            surface = text[start:end]
        if len(words) > 1 and lex.lower_org_heads and text.startswith(lex.lower_org_heads, end + 1):
            body = kinds.lower_org_head(text, end, lex)
            if body:  # "the House Foreign Affairs committee"
                words.append(body.capitalize())
                name, end = " ".join(words), end + 1 + len(body)
                surface = text[start:end]
        if name[1:2].isupper() and (shouted(words, text) or (name.isupper() and DATELINE_END_RE.match(text, end))):
            return  # "NO DEAL!", "The FALSE claims", "SPRING HARBOR —": emphasis or a dateline
        administration = ADMINISTRATION_RE.match(text, end) if admin else None
        if len(words) == 1:
            decided = single_kind(name, lex)
            if decided is None:
                if name in lex.org_words or name in lex.not_names:
                    return
                if administration:
                    decided = PERSON
                elif name.isalpha() and len(name) > 2 and not name.isupper():
                    singles.setdefault(name, []).append(start)
                    return
                else:
                    return
        else:
            decided = plan if name == read else name_kind(words, lex)
            if decided is None or decided == ():
                return
        kind, rule = decided
        if kind == "org" and (len(words) == 2 or len(words) == 3 and INITIAL_RE.match(words[1])) \
                and words[-1] in lex.body_words and words[0] not in lex.body_words and kinds.titled(text, start, lex):
            kind, rule = PERSON  # "Mayor Don Guardian", "Sen. Ann Post": a titled holder, not a paper
        if kind == "person" and kinds.org_by_context(text, start, end, lex):
            kind, rule = "org", "actor.org-name"  # "the group Ansar Dawa", "Pie Shop, L.L.C."
        if lex.place_tails and text.startswith(lex.place_tails, end):
            kind, rule = "place", "actor.place-name"  # "Hong Kong-based": where a firm sits
        d = found.get(name)
        if d is None:
            d = found[name] = Discovered(name, kind, first=start, rule=rule)
        elif kind == "org" and d.kind == "person" and rule == "actor.org-name":
            d.kind, d.rule = kind, rule  # a later "the group Ansar Dawa" tells what the first mention was
        d.surfaces.append(surface)
        # "Joe Biden's administration" / "the Biden administration" is an organisation too.
        if (kind == "person" or len(words) == 1) and administration:
            org = f"{words[-1]} administration"
            od = found.setdefault(org, Discovered(org, "org", first=start, rule="actor.administration"))
            od.surfaces.append(text[start:administration.end()])
