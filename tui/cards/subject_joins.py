"""How the words before a cue join on to its subject: a name in commas that only ends an
appositive, a headline's second verb after a comma, a name joined to an unnamed relative,
and a clause between two commas that is not an appositive.

A mixin of ``SourceFinder`` (cue_sources.py), which compiles the patterns and word sets read
here from the brief's lexicons; kept apart so the finder's walk back to the subject reads
in one place and these judgements, each a small piece of English grammar, in another.
"""

from __future__ import annotations

import re

from .clause_subjects import CLAUSE_MARKS
from .names_index import Names
from .title_joins import TitledJoin

DASHES = ("—", "–", "-")
MEMBER_REACH = 60
"""Characters a list member's party tag or place may take before the joining word."""
"""Marks that open and close an aside between dashes."""


class SubjectJoins:
    """Judgements ``SourceFinder._find`` asks of the words between a subject and its cue."""

    main_verbs: set[str]
    conjunctions: set[str]
    possessives: set[str]
    family_nouns: set[str]
    auxiliaries: set[str]
    relative_openers: set[str]
    speaker_tail: re.Pattern[str]
    kin_tail: re.Pattern[str]
    caused: re.Pattern[str]
    source_words: set[str]
    name_join: re.Pattern[str]
    member_joint: re.Pattern[str]
    title_breaks: set[str]
    titled_join: TitledJoin
    object_leads: set[str]
    determiners: set[str]
    inclusion: re.Pattern[str]
    dash_aside: re.Pattern[str]
    relative_aside: re.Pattern[str]
    relative_dash: re.Pattern[str]
    tag_tail: re.Pattern[str]

    @staticmethod
    def _person_before_appositive(text: str, start: int, inner_start: int, inner: int,
                                  names: Names) -> tuple[int, int] | None:
        """ "Ann Roe, the editor of the Lakeside paper, the Gazette, said": the name in commas is
        a body the appositive ends on, and the person the clause opens on (followed by a
        comma) is the subject. None when the name in commas is a person, or no person opens."""
        if any(kind == "person" for s, _, kind in names.within(inner, inner + 2)):
            return None
        lead = text[start:inner_start]
        first = next(((s, e, kind) for s, e, kind in names.within(start, inner_start)), None)
        if first is None or first[2] != "person" or lead[:first[0] - start].strip(" \t“‘\"'") \
                or not text.startswith(",", first[1]):
            return None
        return first[0], first[1]

    def _dash_members(self, text: str, start: int, end: int, names: Names) -> tuple[int, int] | None:
        """ "Intelligence officials - including Ann Roe and Tom Poe - have argued": an aside between
        dashes (read as a filler before the cue) that names members of the group; the first named
        member speaks (CONVENTIONS.md 2: the named members speak). None without one."""
        aside = self.dash_aside.search(text, start, end)
        if aside is None or not self.inclusion.match(text, aside.start("in"), aside.end("in")):
            return None
        members = [m for m in names.within(*aside.span("in")) if m[1] <= aside.end("in") and m[2] == "person"
                   and not text.startswith(("’s", "'s"), m[1])]  # "including some of Doe's aides": no member
        return members[0][:2] if members else None

    def _dash_holder(self, text: str, start: int, tail: int, end: int, names: Names) -> tuple[int, int] | None:
        """ "A former candidate - Ann Roe - said", "One rival -- Ann Roe, who lost in May -- said": a
        role phrase, then the person who holds it between dashes; the holder speaks (CONVENTIONS.md 2,
        a single role whose holder is named). None when a name already opens the clause."""
        aside = self.dash_aside.search(text, tail, end)
        if aside is None or aside.start() > tail + 1 or text[aside.end():end].strip():
            return None
        people = [m for m in names.within(*aside.span("in")) if m[1] <= aside.end("in")]
        if not people or people[0][2] != "person" or text.startswith(("’s", "'s"), people[0][1]):
            return None
        s, e = people[0][:2]
        rest = text[e:aside.end("in")].strip()
        if (rest and not rest.startswith(",")) or not self._title_gap(text[aside.start("in"):s].split(), capitals=True) \
                and text[aside.start("in"):s].strip():
            return None  # "- Ann Roe won the vote -": a clause, no name of a role's holder
        opening = max(text.rfind(mark, start, tail) for mark in CLAUSE_MARKS) + 1
        lead = text[max(start, opening):tail].split()
        if not lead or any(kind == "person" for _, _, kind in names.within(max(start, opening), tail)) \
                or lead[-1].lower() in self.auxiliaries:
            return None  # "Ann Roe - a pilot - said": the name opens the clause
        return s, e

    def _asyndetic(self, text: str, start: int, comma: int, names: Names) -> bool:
        """'Roe wins the vote, vows to press on': the clause before the comma opens on a name and
        its verb, so the present-tense cue after the comma shares that subject (headlines join
        verbs so; a past form there is mostly a participle: ", called superdelegates")."""
        opening = max(text.rfind(mark, start, comma) for mark in CLAUSE_MARKS) + 1
        named = names.within(max(start, opening), comma)
        if not named or text[max(start, opening):named[0][0]].strip():
            return False
        after = text[named[0][1]:comma].split()
        return bool(after) and after[0].islower() and (after[0] in self.main_verbs or after[0].endswith("s"))

    def _relative_closer(self, text: str, opening: int, pos: int, tail: re.Match | None) -> int | None:
        """Where a relative clause set off by dashes begins that ends the words before the cue
        ("Ann Roe, director of Harbour Action - which was founded by Tom Varga - said"), with a
        comma before it in the clause: there the appositive the comma opened ends. None otherwise."""
        if tail is not None and tail.group().strip()[:1] in DASHES:
            at = pos + len(tail.group()) - len(tail.group().lstrip())
            aside = self.relative_aside.match(text, at)
        elif text[opening:pos].rstrip()[-1:] in DASHES:
            aside = self.relative_dash.search(text, opening, pos)
        else:
            return None
        return aside.start() if aside is not None and "," in text[opening:aside.start()] else None

    def _tagged_subject(self, text: str, start: int, inner_start: int, inner_end: int,
                        names: Names) -> tuple[int, int] | None:
        """'At Dunmore University, after winning the primary, Gov. Ann Roe (R-OH), said': a name with
        its party tag, then a stray comma, after an opening phrase that names no person: the tagged
        name is the subject (a tag follows the name of the person it introduces)."""
        tag = self.tag_tail.search(text, inner_start + 1, inner_end)
        if tag is None:
            return None
        named = self.speaker_tail.search(text, inner_start + 1, tag.start())
        people = [m for m in names.within(inner_start + 1, tag.start()) if m[2] == "person"]
        if named is None or not people or people[-1][1] < tag.start() - 1 \
                or text[inner_start + 1:named.start()].strip() \
                or any(kind == "person" for _, _, kind in names.within(start, inner_start)):
            return None
        return people[-1][0], people[-1][1]

    def _held_from(self, text: str, start: int, inner_start: int, inner_end: int, inside: re.Match | None,
                   names: Names) -> tuple[int, int] | None:
        """'One pastor backing Doe, Ann Roe of Harbour Church in Lakeside, said': the name in commas
        after a role ends on the body and place the person is from; the person who opens the piece
        in commas speaks, as a plain name there would. None when the piece opens on no person or
        the words before it are only a name."""
        if inside is None or inside.start() <= inner_start + 2:
            return None
        person = self._person_from(text, inner_start + 1, inside.span(), names)
        if person is None or person[0] > inner_start + 2 or self._plain_name(text, names, start, inner_start):
            return None
        return person

    def _kin_joined(self, text: str, start: int, pos: int,
                    names: Names) -> tuple[tuple[int, int], str] | None:
        """'Ann Roe and her husband said': of a name joined to an unnamed relative, the
        name speaks (the relative, tied to no body, gets no item: CONVENTIONS.md 2)."""
        words = text[start:pos].rsplit(None, 3)
        if len(words) < 4 or words[-3].lower() not in self.conjunctions or words[-2].lower() not in self.possessives \
                or words[-1].lower() not in self.family_nouns:
            return None
        m = self.speaker_tail.search(text, start, self.kin_tail.search(text, start, pos).start())
        if m is None or not names.any_within(*m.span()) or self.is_agent(text, start, m.start()):
            return None
        return m.span(), "subject before the cue; names joined by 'and': the unnamed relative is no source"

    def _is_clause(self, inner: str) -> bool:
        """Is the piece between two commas a clause with its own verb ("some of its work would go
        on") rather than an appositive ("a council member", "who was elected in 2012")?"""
        words = inner.lower().split()
        return not self.auxiliaries.isdisjoint(words) and self.relative_openers.isdisjoint(words)

    def _caused(self, text: str, start: int, cue_s: int, names: Names) -> tuple[int, int] | None:
        """'The vote led Ann Roe to declare ...', 'prompted her to accuse ...': a causative
        verb's object does the act after "to", so it is the cue's source."""
        if not text[start:cue_s].rstrip().endswith("to"):
            return None  # the regex ends on "to" and white space: no other words before a cue can match
        m = self.caused.search(text, start, cue_s)
        if m is None:
            return None
        s, e = m.span("s")
        return (s, e) if names.any_within(s, e) or text[s:e].lower() in self.source_words else None

    def _joined(self, text: str, floor: int, s: int, e: int, names: Names) -> int:
        """Where a source that is the last of names joined by 'and' or commas begins ("Ann
        Roe and the Harbour Board have claimed", "Doe, Roe and Poe said"): each speaks
        (CONVENTIONS.md, two speakers of one statement), when the first opens the clause."""
        first = joined = s
        while True:
            before = [m for m in names.within(floor, first) if m[1] <= first]
            join = self.name_join.fullmatch(text, before[-1][1], first) if before else None
            if join is None and before:
                # "Sens. Ann Roe of Lakeland and Tom Poe said": the earlier name ends before its place or tag
                tail = self.member_joint.search(text, max(floor, first - MEMBER_REACH), first)
                earlier = [m for m in before if tail is not None and m[1] == tail.start()]
                if earlier:
                    before, join = before[:before.index(earlier[-1]) + 1], tail
            # (the source may start on its title: "and state House Speaker Tom Varga" from "House")
            name = next((m[0] for m in names.within(first, e)), first) if first == s else first
            titled = join is None and before and self.titled_join.joins(text, before[-1][1], name)
            if not titled and (join is None or first == s and self.conjunctions.isdisjoint(join.group().lower().split())):
                break  # "Doe, the council's lawyer, said" is an appositive; "Doe, Roe and Acme" a list
            first = min(m[0] for m in before if m[1] == before[-1][1])  # "State Department", not its "Department"
            if self._opens_clause(text, floor, first, names):
                joined = first  # "Among voters, Roe and Poe said": the list starts after the opening
        return joined

    def _opens_clause(self, text: str, floor: int, first: int, names: Names) -> bool:
        """May the name at ``first`` open the clause ("Sen. Ann Roe and ...", "with Roe and Poe
        calling ...")? Not when a name comes before it in the clause ("Doe met Roe and Poe
        said") or a preposition makes the names an object ("a deal between Roe and Poe")."""
        lead = text[floor:first]
        cut = max(lead.rfind(mark) for mark in CLAUSE_MARKS) + 1
        words = [w for w in lead[cut:].lower().split() if w not in self.determiners]
        return not names.any_within(floor + cut, first) and not (words and words[-1] in self.object_leads)

    def _role_holder(self, text: str, subject: tuple[int, int], inner_start: int, inner_end: int,
                     names: Names) -> tuple[int, int] | None:
        """'Ann Roe's top challenger, Sen. Tom Varga of Lakeland, said': the subject is only the owner
        of a role; the person the appositive names holds it and speaks. None when the words after
        the possessive are more than a role (a comma, a verb) or no person stands in the commas."""
        if not text.startswith(("’s", "'s"), subject[1]):
            return None
        role = text[subject[1] + 2:inner_start].split()
        if not 0 < len(role) <= 4 or not all(w.islower() and w not in self.title_breaks for w in role):
            return None
        return next(((s, e) for s, e, kind in names.within(inner_start + 1, inner_end)
                     if kind == "person" and e <= inner_end), None)
