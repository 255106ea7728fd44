"""The compiled vocabulary the source finder reads: every pattern and word set built once from
the brief's lexicons and macros, apart from the walk that uses them (cue_sources.py), so the
finder's logic reads without a page of regex construction in front of it.
"""

from __future__ import annotations

import re

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .group_members import GroupMembers
from .title_joins import TitledJoin


def name_join(brief: Brief) -> str:
    """What joins two names of one list of sources: a comma, "and" or ", and the" (the words
    from the lexicons ``list_conjunction`` and ``list_article``)."""
    words = brief.word_regex
    return rf"(?:,\s*|,?\s+(?:{words('list_conjunction')})\s+(?:(?:{words('list_article')})\s+)?)"


def member_joint(brief: Brief) -> str:
    """What may join two names of one list of sources when the earlier one carries a party tag
    or says where it is from ("Sen. Ann Roe (D-Ohio) and ...", "Ann Roe of Lakeland and ..."):
    the brief's ``list_member_tail`` macro, then :func:`name_join`."""
    return rf"(?:{brief.macros.get('list_member_tail', '(?!x)x')}){name_join(brief)}"


CLAUSE_REACH = 400
"""Characters before a joined cue ("Doe called on the agency to ... and said") that its
clause's subject may stand: the clause opens at the sentence's start, not near the cue."""

OPENING_REACH = 140
"""Characters an opening participle clause may run before its comma ("Following the release of
a new video from the group ..., Doe called on ...")."""


class SourceVocabulary:
    """The patterns and word sets of ``SourceFinder`` and its mixins, compiled from one brief."""

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
        self.member_joint = search_pattern(member_joint(brief) + r"\Z")
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
        # participle speaks for the clause's subject; so does an occasion's ("gave a speech in Tulsa
        # saying ...", "opened the debate saying ..."); not across a relative clause, whose own subject
        # goes on ("a speech that included Roe vowing ...")
        relative_word = rf"(?:{words('complementizer')}|{words('relative_pronoun_thing')}|{words('relative_pronoun')})"
        self.document_tail = search_pattern(
            rf"\b(?:{words('document')}|{words('publication')}|{words('occasion_noun')})\b"
            rf"(?:(?!\s{relative_word}\s)[^,.;:“”\"]){{0,40}}?\s*\Z")
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
