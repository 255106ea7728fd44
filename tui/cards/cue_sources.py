"""Where the source of a reporting cue stands: the words before it, read by structure.

News prose puts many things between a source and its cue ("Mr. Tom Barrett, a council
member, said", "Sen. Jane Roe (D-Wis.) has insisted", "Smith criticised the plan and
said ...", "..., saying ..."), so the source is found by walking left from the cue over
auxiliaries, adverbs and party tags, then across appositives to the subject of the
clause. Which actor the source names is the resolver's job (source_resolver.py); this
module only says where the source phrase is. Every word list it reads is a lexicon.
"""

from __future__ import annotations

import re

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .clause_subjects import ClauseSubjects
from .group_members import GroupMembers
from .names_index import Names
from .relative_sources import RelativeSources
from .subject_joins import SubjectJoins
from .title_joins import TitledJoin

def name_join(brief: Brief) -> str:
    """What joins two names of one list of sources: a comma, "and" or ", and the" (the words
    from the lexicons ``list_conjunction`` and ``list_article``)."""
    words = brief.word_regex
    return rf"(?:,\s*|,?\s+(?:{words('list_conjunction')})\s+(?:(?:{words('list_article')})\s+)?)"

SOURCE_REACH = 160
"""Characters before a cue that can hold its source (a long appositive included); bounds
the backward regex searches, so a long sentence costs no more than a short one."""


CLAUSE_REACH = 400
"""Characters before a joined cue ("Doe called on the agency to ... and said") that its
clause's subject may stand: the clause opens at the sentence's start, not near the cue."""

OPENING_REACH = 140
"""Characters an opening participle clause may run before its comma ("Following the release of
a new video from the group ..., Doe called on ...")."""

APPOSITIVE_MARKS = (",", "—", "–")
"""Marks that set off an appositive between a source and its cue."""
QUOTED_COMMAS = (",”", ",\"", ",’")
"""A comma inside a closing quotation mark, as an appositive that ends in a title or nickname leaves it."""
OPENING_MARKS = ("“", "\"", "‘")
COORDINATOR_ENDS = (",", "and", "but", "then")
"""How the words before a cue end when ``coordinators`` can match there (its comma or joining word,
then only white space): a cheap test that skips the regex for every other cue."""


class SourceFinder(SubjectJoins, ClauseSubjects, RelativeSources):
    """The source phrase before a cue: its span and how it was found (for the why view)."""

    def __init__(self, brief: Brief):
        speaker = brief.macros.get("speaker", r"[A-Z]\w+")
        words = brief.word_regex
        filler = rf"(?:{words('cue_filler')}|\w+ly|{brief.macros.get('speaker_tag', '(?!x)x')}" \
                 rf"|{brief.macros.get('cue_aside', '(?!x)x')})"
        # Trailing auxiliaries, adverbs and party tags between the source and its cue.
        # The lookahead is the same constraint written first: the engine then passes over
        # every non-space position at once instead of entering the repeat there.
        self.aside = search_pattern(r"\([^()]*\)")
        # "Dale County GOP Chairman Ann Roe": the last word of a capitalised title run before a name
        self.title_heads = frozenset(t.split()[-1] for t in brief.words("titles"))
        # "Secretary of State": a title with a small word inside, read as one word where title words are
        # counted (its "of" would otherwise break the title)
        self.long_titles = search_pattern("|".join(
            rf"\b{re.escape(t)}\b" for t in brief.words("titles") if any(w.islower() for w in t.split())) or "(?!x)x")
        self.filler_tail = search_pattern(rf"(?=\s)(?:\s+{filler})+\s*\Z")
        self.speaker_tail = search_pattern(rf"(?<![\w’'])(?:{speaker})\s*\Z")
        self.speaker_head = search_pattern(rf"\s*(?P<s>{speaker})")
        # An opening adverbial before the subject: "On Monday, ...", "In a statement, ...".
        self.intro = search_pattern(rf"\s*(?:{words('clause_intro')})\b[^,]{{0,60}},[”\"’']?\s*")
        # "Alarmed by the vote, Doe ...", "Facing criticism, Doe ...": a participle clause opens the sentence
        self.opening_participle = search_pattern(
            rf"\s*(?:{brief.macros.get('opening_participle', '(?!x)x')})\b[^,;:“”\"]{{0,{OPENING_REACH}}},\s*")
        # "Although Lin is not yet a candidate, Doe ...": a subordinate clause opens the sentence
        self.subordinate_opening = search_pattern(
            rf"[\s“‘\"]*(?:{words('subordinator')})\b[^,;:“”\"]{{0,{OPENING_REACH}}},\s*")
        # "Interestingly, after the board asked ..., Roe said": an adverb, then the subordinate clause
        self.adverb_subordinate = search_pattern(rf"[A-Z][a-z]+ly,\s+(?i:{words('subordinator')})\b")
        self.opening_word = search_pattern(brief.macros.get('opening_participle', '(?!x)x'))
        self.dateline = search_pattern(rf"\s*(?:{brief.macros.get('dateline', '(?!x)x')})")
        self.time_opening = search_pattern(rf"\s*(?:{brief.macros.get('time_opening', '(?!x)x')})\s+(?=[A-Z])")
        # Between a clause's start and its subject: only names, titles, determiners, commas.
        self.not_subject = search_pattern(r"(?<![\w’'.-])(?!(?:the|a|an|and|of|for|’s|'s)\b)[a-z][\w’'-]*\b(?![’']s)")
        self.passive_aux = {w.lower() for w in brief.words("passive_aux")}
        # "..., asking them not to march": a request participle joins its clause like "saying" (kept out of
        # participle_cue, whose follow-on reading would take "asking whether ..." for a statement)
        self.participles = {w.lower() for w in brief.words("participle_cue") + brief.words("request_participle")}
        # possessive: each capitalised word is read one way only (a run of capitals would
        # otherwise be split every possible way before the match fails)
        self.title_tail = search_pattern(r"(?:\s*[A-Z][\w.’'-]*+)+\Z")
        self.agent_by = search_pattern(r"\bby\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}\Z")
        self.relatives = {w.lower() for w in brief.words("relative_pronoun")}
        self.auxiliaries = {w.lower() for w in brief.words("auxiliary")}
        self.relative_openers = {w.lower() for w in brief.words("relative_opener")}
        self.relative_tail = search_pattern(rf"(?<![\w’'])(?P<s>{speaker})(?:,|\s+[—–-])?\s+(?:{words('relative_pronoun')})\s*\Z")
        # "..., the Dunmore Gazette, which reported ...": a body before "which"
        self.thing_relatives = {w.lower() for w in brief.words("relative_pronoun_thing")}
        self.thing_tail = search_pattern(
            rf"(?<![\w’'])(?P<s>{speaker})(?:,|\s+[—–-])?\s+(?:{words('relative_pronoun_thing')})\s*\Z")
        # "Ann Roe, who saw the vote and said ...": a relative pronoun opening the clause a cue joins
        # (a person's "who" only: a body's "which" clause often ends before the cue's own subject)
        self.relative_head = search_pattern(rf"(?:,|\s[—–-])\s+(?P<r>{words('relative_pronoun')})(?=\s)")
        self.place_of = search_pattern(r"\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
        self.name_join = search_pattern(name_join(brief))
        self.titled_join = TitledJoin(brief, name_join(brief))
        self.conjunctions = {w.lower() for w in brief.words("list_conjunction")}
        self.joiner_words = self.conjunctions | {w.lower() for w in brief.words("contrast_joiner")}
        self.coordinators = search_pattern(r"(?=[,\s])(?:,?\s+(?:and|but|then)|,)\s*\Z")
        # 'Doe hailed the vote as “fantastic,” telling ...': a participle after a quotation's comma
        self.quoted_comma = search_pattern(r",[”\"’']\s*\Z")
        # "Doe offered him a job, then says ...": a filler that joins the cue's clause to the one before
        self.clause_joiners = {w.lower() for w in brief.words("clause_joiner")}
        self.caused = search_pattern(
            rf"\b(?:{words('causative_verb')})\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<s>{speaker})\s+to\s*\Z")
        self.contrast = search_pattern(rf",\s+(?:{words('contrast_joiner')})\s+")
        # "..., and the Ledger responded:": a joiner after a comma opens the clause a colon ends
        self.colon_clause = search_pattern(rf"[,;]\s+(?:{words('colon_clause_lead')})\s+")
        # "..., and when Roe thanked the town and said ...": a subordinate clause opened after a joiner
        self.joined_subordinate = search_pattern(
            rf",\s+(?:{words('list_conjunction')}|{words('contrast_joiner')})\s+(?i:{words('subordinator')})\s+")
        self.cleft_pronouns = {w.lower() for w in brief.words("org_pronoun")}
        self.main_verbs = {w.lower() for w in brief.words("main_verb") + brief.words("auxiliary")}
        # "Several candidates, including Ann Roe, said": the named members of the group speak
        self.inclusion = search_pattern(rf"\s*(?:{words('inclusion_lead')})\s")
        self.dash_aside = search_pattern(r"[—–-]{1,2}\s(?P<in>[^—–]{1,120}?)\s[—–-]{1,2}")
        relative = rf"[—–-]{{1,2}}\s(?:{words('relative_pronoun')}|{words('relative_pronoun_thing')})\s"
        self.relative_aside = search_pattern(rf"{relative}[^—–]{{1,120}}?\s[—–-]{{1,2}}")
        # ... and one that ends right before the cue, however long ("- which was founded by ... and which
        # has endorsed Lin - said")
        self.relative_dash = search_pattern(rf"{relative}[^—–]{{1,{CLAUSE_REACH}}}?\s[—–-]{{1,2}}\s*\Z")
        # "Roe flipped her choice – saying ...": a dash before a participle joins it like a comma
        # ("the rule - adding one pilot - needs no vote": a closing dash makes it an aside)
        self.dash_tail = search_pattern(r"\s[—–-]\s*\Z")
        self.closing_dash = search_pattern(r"[^.!?\n—–]*?\s[—–-]\s")
        # "Doe issued a statement saying ...", "sent an e-mail to aides warning ...": the document's
        # participle speaks for the clause's subject
        self.document_tail = search_pattern(
            rf"\b(?:{words('document')}|{words('publication')})\b[^,.;:“”\"]{{0,40}}?\s*\Z")
        # "released a statement that said ...", "issued a video which accuses ...": a restrictive relative
        # clause on a document its subject put out speaks for that subject, as the document's participle
        # does ("read the report that said ..." is someone else's report)
        self.document_relative = search_pattern(
            rf"\b(?:{words('release_verb')})\s+(?:[\w’'-]+\s+){{0,4}}?(?:{words('document')}|{words('publication')})"
            rf"\s+(?:{words('complementizer')}|{words('relative_pronoun_thing')})\s*\Z")
        self.document_relative_words = {w.lower() for w in brief.words("complementizer") + brief.words("relative_pronoun_thing")}
        # "..., while saying ...", "after initially saying ...", "by telling ...": the participle's subject
        # is the clause's
        self.participle_lead = search_pattern(rf"(?:,\s*|\s)(?:{words('participle_lead')})\s*\Z")
        # '..., Doe said, adding, "..."': the participle goes on for the cue just before it
        self.said_tail = search_pattern(rf"(?<![\w’'])(?P<s>{speaker})(?:\s+{filler})*\s+(?:{words('say')}),?\s*\Z")
        # A source phrase that is only an opening word ("In", "Still", "If the ...") names no one
        self.openers = {w.lower() for w in brief.words("clause_intro") + brief.words("subordinator")}
        self.determiners = {w.lower() for w in brief.words("determiner")}
        self.articles = {w.lower() for w in brief.words("article")}
        self.source_words = {w.lower() for lexicon in ("pronoun", "role", "unnamed", "staff", "document", "org_role",
                                                       "party_member") for w in brief.words(lexicon)}
        # Words that cannot stand between a title and the name it belongs to ("front-runner
        # Ann Roe" is a title; "Doe and Ann Roe", "Doe praised Ann Roe" are not)
        self.kin_tail = search_pattern(r"\s+\S+\s+\S+\s+\S+\s*\Z")  # " and her husband" before the cue
        self.possessives = {pair.split("=", 1)[0].lower() for pair in brief.words("possessive_pronoun")}
        self.family_nouns = {w.lower() for w in brief.words("family_nouns")}
        self.object_leads = {w.lower() for w in brief.words("object_lead")}
        # "Ann Roe of Lakeside, Ohio, said": what links a person to the place or body after the name
        self.from_link = search_pattern(rf"(?:,|\s+(?:{words('object_preposition')})(?:\s+(?:{words('definite_article')}))?)\s+\Z")
        # "officials at the ...": unnamed people tied to a body by a preposition
        self.body_link = search_pattern(rf"\s+(?:{words('object_preposition')}|for|with)\s+(?:(?:{words('definite_article')})\s+)?")
        self.group_members = GroupMembers(brief)
        self.name_after = search_pattern(r"\S+\s+[A-Z]")  # the cue, then a name: "said Dee Lang"
        self.tag_tail = search_pattern(rf"\s*(?:{brief.macros.get('speaker_tag', '(?!x)x')})\s*\Z")
        self.party_tag = search_pattern(rf"\s*(?:{brief.macros.get('party_tag_bare', '(?!x)x')})\s*")
        # ... and the adverbs between a subject and its verb ("Doe often questions Ann Roe's ties")
        self.title_breaks = {w.lower() for w in brief.words("title_break") + brief.words("auxiliary")
                             + brief.words("object_preposition")  # "One aide inside Lin Tower": no title
                             + [w for w in brief.words("cue_filler") if " " not in w]}

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
