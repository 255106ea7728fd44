"""The subject a clause opens on: past opening adverbials, datelines and participles, over a
title before a name, and not a possessor ("Doe's lawyer, Ann Roe, ..." is Roe's clause).

A mixin of ``SourceFinder`` (cue_sources.py), which compiles the patterns and word sets read
here from the brief's lexicons.
"""

from __future__ import annotations

import re

from .names_index import TAG_MARKS, Names
from .subject_titles import SubjectTitles

COLON_TAIL_WORDS = 5
"""Words a colon-ended last clause may have after its subject ("website notes", "writes in his book")."""

CLAUSE_MARKS = (",", ";", ":", ".", "!", "?", "“", "”", "\"", "(", "\n", "—", "–")
"""Marks after which a clause (and so its subject) may open."""


class ClauseSubjects(SubjectTitles):
    """``introducing_subject`` and the subject search the source finder walks back to (the title
    tests it steps over come from ``SubjectTitles``)."""

    intro: re.Pattern
    dateline: re.Pattern
    subordinate_opening: re.Pattern
    opening_participle: re.Pattern
    time_opening: re.Pattern
    title_tail: re.Pattern
    not_subject: re.Pattern
    speaker_head: re.Pattern
    main_verbs: set[str]
    joiner_words: set[str]
    source_words: set[str]
    body_link: re.Pattern
    from_link: re.Pattern
    speaker_tail: re.Pattern
    contrast: re.Pattern
    colon_clause: re.Pattern
    joined_subordinate: re.Pattern
    long_titles: re.Pattern

    def introducing_subject(self, text: str, start: int, end: int,
                            names: Names) -> tuple[int, int] | None:
        """The subject of a sentence that introduces a quotation with a colon ("Roe leaned in
        and boomed:", "Doe interjected:"): whatever its verb, the quotation is what that
        subject said. Only a name, a pronoun or a role word counts, not an opening word."""
        tagged = [(s, e) for s, e, _ in names.within(start, end) if not text[e:end].strip()]
        if tagged and (not text[start:tagged[-1][0]].strip()
                       or text[start:tagged[-1][0]].rstrip().endswith(TAG_MARKS)):
            return tagged[-1]  # "Polls agree - Ann Roe:": a name tag after a dash speaks, not the headline
        subject = self._last_clause_subject(text, start, end, names) or self._subject(text, start, end, names)
        if subject is None or not self._plausible(text, *subject, names):
            return None
        words = text[subject[0]:subject[1]].lower().split()
        return subject if names.any_within(*subject) or not self.source_words.isdisjoint(words) else None

    def _last_clause_subject(self, text: str, start: int, end: int, names: Names) -> tuple[int, int] | None:
        """'The Gazette made the same charge in May, and the Ledger responded:', 'It shaped the movement,
        as the Harbour Trust website notes:': the colon ends the last clause, so its subject introduces
        the quotation, not the sentence's first. Only a name followed by a short verb phrase counts."""
        last = None
        for last in self.colon_clause.finditer(text, start, end):
            pass
        if last is None:
            return None
        subject = self._subject(text, last.end(), end, names)
        if subject is None or not names.any_within(*subject):
            return None
        tail = text[subject[1]:end].split()
        if not 0 < len(tail) <= COLON_TAIL_WORDS or any(not w.islower() for w in tail):
            return None  # "..., and Roe, the mayor, said:" or a verb phrase with more names: not sure
        return subject

    def _plain_name(self, text: str, names: Names, start: int, end: int) -> bool:
        """Is text[start:end] just a name ("Mr. Tom Barrett"), not a role phrase ("a lawyer for Doe")?"""
        return any(e >= end - 1 and not self.not_subject.search(text, start, s) for s, e, _ in names.within(start, end))

    def _subject(self, text: str, start: int, limit: int,
                 names: Names) -> tuple[int, int] | None:
        """The subject a clause opens on: its first name that is not a possessor
        ("Doe's lawyer, Ann Roe, ..." is Roe's clause), or the speaker phrase at its head."""
        opened = False
        while intro := self.intro.match(text, start, limit) or self.dateline.match(text, start, limit) \
                or self.opening_participle.match(text, start, limit):
            head = intro.group().split(None, 1)
            if len(head) == 2 and head[0].lower() in self.joiner_words and names.any_within(intro.start(), intro.end()):
                # "But Bo Lin, making it clear ..., stood ... and described": a conjunction, then the
                # subject and its aside; no opening phrase that ends at the comma
                start = intro.start() + intro.group().index(head[1])
                continue
            start, opened = intro.end(), True
        sub = self.subordinate_opening.match(text, start, limit)
        if sub:
            # "Although Lin is no candidate, Doe sent a jab his way by suggesting ...": the main
            # clause's subject, after the opening subordinate clause, is the one the cue joins
            subject = self._clause_subject(text, sub.end(), limit, names)
            if subject is not None:
                return subject
        when = self.time_opening.match(text, start, limit)
        if when:
            start = when.end()  # "On Sunday morning Mr. Doe made ...": a time with no comma after it
        if opened:
            # "At a rally in Lakeside, Ore., on Sunday, Doe tried ...": the opening may hold names
            # and commas of its own; the subject is the name that starts a clause and goes on to its verb
            subject = self._clause_subject(text, start, limit, names)
            if subject is not None:
                return subject
        for s, e, kind in names.within(start, limit):
            gap = text[start:s].rstrip()
            if kind == "person" and gap and self._title_gap(self.long_titles.sub("Title", gap).split(), capitals=True):
                return s, e  # "Harbour front-runner Ann Roe", "former Secretary of State Ann Roe": a title before the name
            core = self.title_tail.sub("", gap)  # "Alarmed by the vote, Senator" -> "Alarmed by the vote,"
            if self.not_subject.search(gap) and not (core.endswith(",") and core.count(",") == 1) \
                    and not (kind == "person" and self._role_then_title(gap)):
                # a verb or object came first; "Doe's counterpart, Ann Roe," is fine
                late = self._after_opening(text, start, limit, names)
                if late is not None:
                    return late
                break
            if text.startswith(("’s", "'s"), e):
                continue
            return self._titled(text, s, e, limit, names)
        head = self.speaker_head.match(text, start, limit)
        return head.span("s") if head else None

    def _after_opening(self, text: str, start: int, limit: int, names: Names) -> tuple[int, int] | None:
        """'The day before, at a rally in Lakeside, Ann Roe was just as blunt, claiming ...': an
        opening phrase no lexicon knows, then after its comma a person's name and its verb. The
        name may carry titles; not one of a list ("Poe, Lin and Varga") nor followed by a comma."""
        for s, e, kind in names.within(start, limit):
            lead = self.title_tail.sub("", text[start:s].rstrip())
            if kind != "person" or e > limit or not lead.endswith(","):
                continue
            listed = [m for m in names.within(start, start + len(lead)) if m[2] != "place"]
            follows = text[e:limit].split(None, 1)
            if listed and listed[-1][1] >= start + len(lead) - 1 or not follows \
                    or not (follows[0] in self.main_verbs or follows[0].islower() and follows[0].endswith("ed")):
                return None  # "Ann Roe was ...", "Ann Roe tried ...", not "Ann Roe and ...", "Roe supporters ..."
            return s, e
        return None

    def _clause_subject(self, text: str, start: int, limit: int, names: Names) -> tuple[int, int] | None:
        """After an opening adverbial: the first name (person or body) that follows a comma,
        with only title words between, and is not itself followed by a comma or a possessive."""
        for s, e, kind in names.within(start, limit):
            if kind == "place" or e > limit:
                continue
            lead = self.title_tail.sub("", text[start:s].rstrip()) if s > start else ""
            follows = text[e:limit].lstrip()
            if (s == start or lead.endswith(",")) and not follows.startswith((",", "’s", "'s")):
                return self._titled(text, s, e, limit, names)
        return None

    def _tied_body(self, text: str, subject: tuple[int, int], end: int, names: Names) -> tuple[int, int]:
        """'Officials at the Harbour Office, a division of the Port Authority, said': unnamed
        people tied by a preposition to a body named just before the appositive speak for
        that body (CONVENTIONS.md 2), so the source phrase runs on to its name."""
        words = text[subject[0]:subject[1]].lower().split()
        if not words or self.source_words.isdisjoint(words):
            return subject
        link = self.body_link.match(text, subject[1], end)
        body = names.within(link.end(), end) if link else []
        if body and body[0][0] == link.end() and body[-1][2] == "org" and not text[body[-1][1]:end].strip():
            return subject[0], body[-1][1]
        return subject

    def _person_from(self, text: str, start: int, span: tuple[int, int], names: Names) -> tuple[int, int] | None:
        """'Ann Roe of Lakeside, Ohio, says', 'Ann Roe of the Harbour Trust in Dunmore said': when
        the name before the cue is a place or a body that only says where a person is from, the
        person who opens the clause speaks (two hops at most). None when no person opens it."""
        held = {kind for _, _, kind in names.within(*span)}
        if "person" in held or not (held or text[span[0]].isupper()):
            return None  # only a place or a body (named, or a capitalised name) says where someone is from
        at = span[0]
        for _ in range(3):
            link = self.from_link.search(text, start, at)
            prior = self.speaker_tail.search(text, start, link.start()) if link else None
            if prior is None:
                return None
            people = [(s, e) for s, e, kind in names.within(*prior.span()) if kind == "person"]
            if people:
                s, e = people[0]
                lead = text[start:s].rstrip(" \t“‘\"'")
                return (s, e) if (not lead or lead.endswith(CLAUSE_MARKS)) and s == prior.start() else None
            at = prior.start()
        return None

    def _contrast_subject(self, text: str, opening: int, limit: int, names: Names) -> tuple[int, int] | None:
        """'It was a long night, but Roe was in Dunmore, telling voters ...': after the last ", but"
        a clause opens on a subject of its own, which the participle goes on for. Only a name
        counts ("Roe praised the plan, but said ..." joins two verbs of one subject)."""
        last = None
        for last in self.contrast.finditer(text, opening, limit):
            pass
        for sub in self.joined_subordinate.finditer(text, opening, limit):
            if "," not in text[sub.end():limit] and (last is None or sub.start() >= last.start()):
                last = sub  # "..., and when Roe thanked the town and said ...": the cue is inside the clause
        if last is None:
            return None
        subject = self._subject(text, last.end(), limit, names)
        return subject if subject is not None and names.any_within(*subject) else None

    def _long_appositive(self, text: str, floor: int, inner_end: int, closer: str,
                         names: Names) -> tuple[int, int] | None:
        """'Ann Roe, a pilot who ran the harbour for twenty years and now leads the yard, said':
        an appositive longer than the source reach. The person or body that opens the sentence,
        right before its first mark, is the subject; nothing but its title ("California Gov.",
        "Mrs.") may stand before that name."""
        first = text.find(closer, floor, inner_end)
        if first < 0 or any(mark in text[first:inner_end] for mark in ";:“”\""):
            return None  # a quotation or a second clause inside: no appositive
        for s, e, kind in names.within(floor, first):
            if kind != "place" and self._title_only(text[floor:s].strip(" \t\n‘“\"'")) and not text[e:first].strip():
                return s, e
        return None
