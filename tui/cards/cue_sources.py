"""Where the source of a reporting cue stands: the words before it, read by structure.

News prose puts many things between a source and its cue ("Mr. Tom Barrett, a council
member, said", "Sen. Jane Roe (D-Wis.) has insisted", "Smith criticised the plan and
said ...", "..., saying ..."), so the source is found by walking left from the cue over
auxiliaries, adverbs and party tags, then across appositives to the subject of the
clause. Which actor the source names is the resolver's job (source_resolver.py); this
module only says where the source phrase is. Every word list it reads is a lexicon.
"""

from __future__ import annotations

from .clause_subjects import ClauseSubjects
from .names_index import Names
from .relative_sources import RelativeSources
from .source_vocabulary import CLAUSE_REACH, SourceVocabulary
from .subject_joins import SubjectJoins

SOURCE_REACH = 160
"""Characters before a cue that can hold its source (a long appositive included); bounds
the backward regex searches, so a long sentence costs no more than a short one."""

APPOSITIVE_MARKS = (",", "—", "–")
"""Marks that set off an appositive between a source and its cue."""
QUOTED_COMMAS = (",”", ",\"", ",’")
"""A comma inside a closing quotation mark, as an appositive that ends in a title or nickname leaves it."""
OPENING_MARKS = ("“", "\"", "‘")
COORDINATOR_ENDS = (",", "and", "but", "then")
"""How the words before a cue end when ``coordinators`` can match there (its comma or joining word,
then only white space): a cheap test that skips the regex for every other cue."""


class SourceFinder(SubjectJoins, ClauseSubjects, RelativeSources, SourceVocabulary):
    """The source phrase before a cue: its span and how it was found (for the why view)."""

    def find(self, text: str, start: int, cue_s: int,
             names: Names) -> tuple[tuple[int, int], str] | None:
        """The source phrase of the cue at cue_s, looking no further back than start."""
        found = self._find(text, start, cue_s, names)
        if found is None or not self._plausible(text, *found[0], names):
            return None
        (s, e), how = found
        head = text[s:e].split(None, 1)
        if len(head) == 2 and head[0].lower() in self.openers and head[1][:1].islower():
            s = e - len(head[1])  # "After the chairman ... confirmed": the opening word is no part of the source
        joined = self._joined(text, max(start, s - SOURCE_REACH), s, e, names)
        return ((joined, e), how + "; names joined by 'and'") if joined < s else found

    def _plausible(self, text: str, start: int, end: int, names: Names) -> bool:
        """Can the phrase name a source? A name, a pronoun, a role or staff word does; an
        opening word the walk stopped at ("In", "Still", "If the ...") does not."""
        words = text[start:end].lower().split()
        if len(words) == 1 and self.opening_word.fullmatch(text[start:end].strip()) and not names.any_within(start, end):
            return False  # "Following the release of a report warning ...": a participle opening the sentence
        if words[:1] == [] or words[0] not in self.openers and (len(words) > 1 or words[0] not in self.determiners):
            return True
        return names.any_within(start, end) or not self.source_words.isdisjoint(words)

    def _find(self, text: str, start: int, cue_s: int,
              names: Names) -> tuple[tuple[int, int], str] | None:
        caused = self._caused(text, max(start, cue_s - SOURCE_REACH), cue_s, names)
        if caused is not None:
            return caused, "the object a causative verb makes act"
        pos = cue_s
        floor = start
        opening = max(start, pos - CLAUSE_REACH)  # where a long clause joined by "and said" may open
        start = max(start, pos - SOURCE_REACH)  # the source and its fillers sit close to the cue
        tail = self.filler_tail.search(text, start, pos)
        joining = False
        if tail:
            members = self._dash_members(text, tail.start(), tail.end(), names)
            if members is not None:
                return members, "the named members of a group, set off by dashes"
            holder = self._dash_holder(text, start, tail.start(), tail.end(), names)
            if holder is not None:
                return holder, "the holder of the role before the dashes, named between them"
            pos = tail.start()
            # an aside's own words ("(... he has been mistaken for ...)") make no passive of the cue
            # (nor does a relative clause between dashes: "- which was founded by Tom Varga -")
            fillers = self.aside.sub(" ", self.relative_aside.sub(" ", tail.group())).lower().split() or ["-"]
            joining = fillers[0] in self.clause_joiners and text[start:pos].rstrip().endswith(",")
            if not text[cue_s:cue_s + 20].split()[0].lower().endswith("ing") and fillers[-1] != "to" and \
                    not self.passive_aux.isdisjoint(fillers):
                # "Roe was accused of ...": a passive; Roe is not the speaker ("Roe is quick to
                # point out ...": a catenative before the cue's base form is no passive)
                return None
        before = text[start:pos]
        last = before.rsplit(None, 1)[-1:]
        last_word = last[0].lower() if last else ""  # split once: read against two lexicons
        if last_word in self.document_relative_words \
                and (doc := self.document_relative.search(text, max(start, pos - 120), pos)) is not None:
            subject = self._subject(text, opening, doc.start(), names)
            return (subject, "subject of the clause whose document the relative clause describes") if subject else None
        if last and (last_word in self.relatives or last_word in self.thing_relatives):
            return self._relative_source(text, start, pos, last_word, names)
        cue_word = text[cue_s:text.find(" ", cue_s) if " " in text[cue_s:cue_s + 30] else cue_s + 30]
        participle = cue_word.lower().rstrip(",") in self.participles
        stripped = before.rstrip()
        # (a coordinator ends the words before the cue: with none there, the regex cannot match)
        joined = self.coordinators.search(before) if stripped.endswith(COORDINATOR_ENDS) else None
        if not joined and participle:
            joined = self.document_tail.search(before) or self.participle_lead.search(before) \
                or self.quoted_comma.search(before) \
                or (None if self.closing_dash.match(text, cue_s) else self.dash_tail.search(before))
        if joined and not joined.group().strip(" ,") and not participle and not joining \
                and cue_word.lower().endswith("s"):
            joining = self._asyndetic(text, start, start + joined.start(), names)
        if joined and (joined.group().strip(" ,") or participle or joining):
            # "Smith criticised the audit and said ...", "..., saying ...": the clause's subject
            limit = start + joined.start()
            said = self.said_tail.search(text, max(start, limit - 100), limit) if participle else None
            if said is not None and self._plausible(text, *said.span("s"), names):
                return said.span("s"), "the source of the cue the participle goes on from"
            # "Ann Roe, who saw the vote and said ..." (not "Ann Roe, who is under investigation,
            # saying ...": a participle after a bare comma goes on from the main clause)
            relative = self._relative_clause(text, opening, limit, names) \
                if joined.group().strip(" ,—–-\"”’'") else None
            if relative is not None:
                return relative
            subject = self._contrast_subject(text, opening, limit, names) or self._subject(text, opening, limit, names)
            return (subject, "subject of the clause the cue joins") if subject else None
        if stripped.endswith(QUOTED_COMMAS) and not participle:
            # 'Doe, the host of "The Yard," said': an appositive that ends in a short quotation (a
            # title, a nickname) opened after its comma; not '"It is late, and ...," said Doe'
            opening = max(stripped.rfind(mark, 0, len(stripped) - 2) for mark in OPENING_MARKS)
            comma = stripped.rfind(",", 0, opening)
            if comma > 0 and "," not in stripped[opening:-2] and self.speaker_tail.search(text, start, start + comma):
                stripped = stripped[:-1]  # (the appositive's comma follows a name: not 'Fans chanted, "...,"')
        closed = self._relative_closer(text, opening, pos, tail)
        if closed is not None and stripped[-1:] not in APPOSITIVE_MARKS:
            # "Ann Roe, director of Harbour Action - which was founded by Tom Varga - said": a relative
            # clause in dashes closes the appositive the comma opened, as a second comma would (the
            # two may outrun the source reach: the clause may open earlier)
            stripped, start = text[opening:closed].rstrip() + ",", opening
        closer = stripped[-1:]
        if closer in APPOSITIVE_MARKS:
            # "Mr. Tom Barrett, a council member, said": the name before the appositive;
            # "Ohio's state treasurer, Ruth Alden, said": the name inside it; dashes as commas
            inner_end = start + len(stripped) - 1
            inner_start = text.rfind(closer, start, inner_end)
            if inner_start < 0:
                opener = self._long_appositive(text, max(floor, pos - CLAUSE_REACH), inner_end, closer, names)
                if opener is not None:
                    return opener, "subject before a long appositive"
                # "Sen. Jane Roe (D-Wis.), said": a stray comma after the subject
                tail = self.filler_tail.search(text, start, inner_end)
                m = self.speaker_tail.search(text, start, tail.start() if tail else inner_end)
                if m and self.name_after.match(text, cue_s, cue_s + 60) and text[start:m.start()].split()[-1:] \
                        and text[start:m.start()].split()[-1].lower() in self.object_leads:
                    return None  # "The contrast with Lin, said Dee Lang, ...": an object; the name after speaks
                return (m.span(), "subject before the cue") if m and names.any_within(*m.span()) else None
            tagged = self._tagged_subject(text, start, inner_start, inner_end, names)
            if tagged is not None:
                return tagged, "the name a party tag marks, after an opening phrase"
            if self.party_tag.fullmatch(text, inner_start + 1, inner_end):
                # "While Bo Lin did not ..., Rep. Ann Roe, R-NY, says": the name before the tag
                named = self.speaker_tail.search(text, start, inner_start)
                if named and names.any_within(*named.span()):
                    return named.span(), "subject before a party tag"
            listed = self.group_members.members(text, start, inner_start, inner_end, names)
            if listed is not None:
                return listed, "the named members of a group, set off by commas"
            inside = self.speaker_tail.search(text, inner_start + 1, inner_end)
            held = self._held_from(text, start, inner_start, inner_end, inside, names)
            if held is not None:
                return held, "name set off by commas after a role"
            if self.inclusion.match(text, inner_start + 1, inner_end):
                members = [m for m in names.within(inner_start + 1, inner_end) if m[1] <= inner_end]
                if members:
                    return members[-1][:2], "the named members of a group, set off by commas"
            if inside is not None and (inside.start() <= inner_start + 2 or self._capital_titles(text[inner_start + 1:inside.start()])
                                       # "his wife, longtime aide Ann Roe, said": lower-case title words too
                                       or self._title_gap(text[inner_start + 1:inside.start()].split(), capitals=True)) \
                    and self._plain_name(text, names, inside.start(), inner_end) \
                    and not self._plain_name(text, names, start, inner_start):
                opener = self._person_before_appositive(text, start, inner_start, inside.start(), names)
                if opener is not None:
                    return opener, "subject before an appositive"  # "Ann Roe, the editor of the paper, the Gazette, said"
                return inside.span(), "name set off by commas after a role"
            if self._is_clause(text[inner_start + 1:inner_end]):
                return None  # "Even if it closed, some work would go on, said Roe": a clause, no appositive
            subject = self._subject(text, start, inner_start, names)
            if subject is not None:
                subject = self._tied_body(text, subject, inner_start, names)
            if subject is not None and text[subject[0]:subject[1]].lower() in self.cleft_pronouns:
                subject = None  # "It was in May that Ann Roe, a pilot, said ...": "it" opens a cleft
            if subject is None or not self._plausible(text, *subject, names):
                # '"...," Ann Roe, a law professor, wrote': the name right before the appositive
                named = self.speaker_tail.search(text, start, inner_start)
                subject = named.span() if named and names.any_within(*named.span()) else None
            if subject is None:
                opener = self._long_appositive(text, max(floor, pos - CLAUSE_REACH), inner_end, closer, names)
                return (opener, "subject before a long appositive") if opener else None
            held = self._role_holder(text, subject, inner_start, inner_end, names)
            if held is not None:
                return held, "the person in commas after an owner's role"
            return subject, "subject before an appositive"
        m = self.speaker_tail.search(text, start, pos)
        if m is None:
            return self._kin_joined(text, start, pos, names)
        if self.is_agent(text, start, m.start()):
            return None  # "E-mails released by the White House revealed ...": an agent, not the subject
        person = self._person_from(text, start, m.span(), names)
        if person is not None:
            return person, "the person the clause opens on; the names after it say where they are from"
        return m.span(), "subject before the cue"

    def is_agent(self, text: str, start: int, speaker_start: int) -> bool:
        """Is the source the agent of a passive ("e-mails released by the White House
        revealed ...")? Then it is not the subject of the cue."""
        return self.agent_by.search(text, max(start, speaker_start - 80), speaker_start) is not None
