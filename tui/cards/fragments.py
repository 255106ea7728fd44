"""Is the text after a cue a statement, or only a time, a place, a hearer or a pointer back?

Every attribution form's content is checked here, not only the cue form's: "said on
Monday.", "told reporters in Dunmore.", "told the Dunmore Gazette before the interview.",
"said just that." report no words. A time before unmarked content ("said on Monday the
ferry would run") and a to-infinitive after a cue of pressing ("vowed to fight on") do.
Every word list is a lexicon in the brief.
"""

from __future__ import annotations

import re

from ..articles.segment import SMALL_WORDS, TITLE_WORD_RE
from ..rules.brief import Brief
from ..rules.patterns import search_pattern

MIN_CONTENT_WORDS = 2
"""Reported content shorter than this ("said so") states nothing; "denied it" still counts."""
MAX_TITLE_WORDS = 5
"""Words a title or a named hearer may have ("UMWA Director of Government Affairs", "the Dunmore Gazette")."""


def _plain_prose(rest: str) -> bool:
    """Do the words after a target read as a prose time or place ("during a rally in Dunmore"),
    not as the rest of a title-case headline ("... to Negotiate With Dunmore")?"""
    words = [w for w in TITLE_WORD_RE.findall(rest) if w.lower() not in SMALL_WORDS]
    return rest.lstrip(" ,")[:1].islower() and any(w[0].islower() for w in words)


class ContentTest:
    """The brief's shapes of content that is no statement."""

    def __init__(self, brief: Brief):
        name = brief.macros.get("name", r"[A-Z]\w+")
        words = brief.word_regex
        self.object_head = search_pattern(rf"\s*(?:{words('cue_object')})\b")
        # (an auxiliary after "to" is an infinitive inside the phrase, not a clause: "during his speech to
        # be a national delegate")
        # (nor is a subject pronoun and its verb: "said in politics it takes time ..." is a clause
        # after an opening phrase, not a place; "said Friday as he entered ..." stays a time)
        self.fragment = search_pattern(
            rf"(?:{words('content_fragment')})\b(?:(?!\b(?:that|{words('wh_content')})\b)"
            rf"(?!(?<!\bto\s)\b(?:{words('auxiliary')})\b)"
            rf"(?!\s(?!(?i:{words('subordinator')})\s)[\w’'-]+\s+(?:{words('subject_pronoun')})\s+"
            rf"(?:(?:{words('auxiliary')})\b|[a-z]+(?:s|ed)\b))"
            rf"[^,;:“”\"]){{0,60}}[.!?:]?\Z")
        # "vowed to ...", "urged voters to ...": after these cues (and their hearer) a to-infinitive
        # is content, not a place
        self.infinitive_cue = search_pattern(
            rf"\b(?:{words('infinitive_cue')})(?:\s+(?:{words('cue_object')}))?\s*\Z")
        self.infinitive = search_pattern(r"\s*to\s+[a-z]+\b(?<!\bthe)")
        # "threatened on Tuesday to sue ...": a time between the cue and its to-infinitive
        self.timed_infinitive = search_pattern(
            rf"(?:,?\s*(?:{words('time_lead')})\b)+,?\s*to\s+[a-z]+\b(?<!\bthe)")
        # "said on Monday the ferry would run": a time before unmarked content; at least three words
        # after it, not opening on a preposition or a subordinator ("said on Monday in Dunmore",
        # "said Friday as he arrived" stay fragments)
        self.time_lead = search_pattern(
            rf"(?:,?\s*(?:{words('time_lead')})\b)+,?\s+(?!(?:{words('content_fragment')}|(?i:{words('subordinator')}))\b)"
            r"\S+\s+\S+\s+\S")
        # "..., Ann Roe told the Dunmore Gazette on Monday.": only a named hearer and a time follow
        self.verbs = set(brief.words("function_words"))
        self.tell_before = search_pattern(rf"\b(?:{words('tell_cue')})\s*\Z")
        # "accused him of sexism", "praised the council for the rescue": the object and its phrase are content
        self.object_cue_before = search_pattern(rf"\b(?:{words('object_content_cue')})\s*\Z")
        self.object_lead = search_pattern(rf"\s+(?:{words('object_content_lead')})\s+\w")
        # "told a council panel Wednesday", "told his closest advisers as he ...": a hearer, then a time or a
        # clause of circumstance, and no words of the telling ("told a joke." keeps its object)
        possessives = "|".join(re.escape(pair.split("=", 1)[0]) for pair in brief.words("possessive_pronoun"))
        np_word = rf"(?!(?:{words('auxiliary')}|{words('determiner')}|{words('pronoun')})\b)[\w’'-]+"
        self.phrase_hearer = search_pattern(
            rf"(?:{words('determiner')}|{possessives})\s+(?:{np_word}\s+){{0,3}}?{np_word}"
            rf"(?:(?:,?\s+(?:{words('time_lead')}))+(?:\s+(?i:{words('subordinator')})\s+[^,;:“”\"]{{0,80}})?"
            rf"|\s+(?i:{words('subordinator')})\s+[^,;:“”\"]{{0,80}})"
            r"\s*[.!?]?\s*\Z")
        self.named_hearer = search_pattern(
            rf"(?:(?:the|The)\s+)?(?P<n>{name})(?:,?\s+(?:{words('time_lead')}))*"
            rf"(?:\s+(?:{words('content_fragment')})\b[^,;:“”\"]{{0,40}})?\s*[.!?]?\s*\Z")
        # "posted an ad online", "shared a photo on Facebook": a thing without words, then a place at most
        self.media_only = search_pattern(
            rf"(?:{words('determiner')}|{possessives})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{words('media_object')})"
            rf"(?:\s+online)?(?:\s+(?:{words('content_fragment')})\b(?:(?!\b(?:that|{words('wh_content')}|{words('relative_pronoun_thing')})\b)[^,;:“”\"]){{0,60}})?"
            r"\s*[.!?]?\s*\Z")
        self.post_before = search_pattern(rf"\b(?:{words('post_verb')})\s*\Z")
        self.empty = search_pattern(rf"(?:(?:{words('empty_content')})\b[\s,]*)+[.!?]?\s*\Z")
        # "wrote in a memo to Ann Roe.", "wrote in an op-ed for the Gazette": a cue that ends on its
        # preposition, then only the occasion and its hearer ("proposed a debate on Monday" keeps its object)
        self.preposition_before = search_pattern(rf"\b(?:{words('content_fragment')})\s*\Z")
        self.occasion = search_pattern(
            rf"(?:{words('determiner')}|{possessives})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{words('occasion_noun')})"
            rf"(?:\s+(?:{words('content_fragment')})\b(?:(?!\b(?:that|{words('wh_content')})\b)[^,;:“”\"]){{0,60}})?"
            r"\s*[.!?]?\s*\Z")

    def _target_only(self, text: str, hearer: re.Match, end: int) -> bool:
        """After a cue that is no telling, is a name followed only by a prose time or place
        ("criticized Ann Roe during a rally in Dunmore")? Not with grounds ("for ..."), a request
        ("urged Roe to resign"), a clause ("reported Roe's office was shut on Monday") or the
        rest of a title-case headline."""
        rest = hearer.end("n") + len(text[hearer.end("n"):end]) - len(text[hearer.end("n"):end].lstrip(" ,"))
        return not hearer.group("n").endswith(("’s", "'s")) and _plain_prose(text[rest:end]) \
            and self.fragment.match(text, rest, end) is not None and self.infinitive.match(text, rest, end) is None \
            and self.object_lead.search(text, hearer.end("n"), end) is None

    def points_back(self, text: str, pos: int, end: int) -> bool:
        """Does the cue's object only point back at words reported before ("said just that",
        "said as much")? Then the words before the source are no content either."""
        rest = text[pos:end]
        return self.empty.match(text, pos + len(rest) - len(rest.lstrip()), end) is not None

    def object_content(self, text: str, cue_end: int, end: int, obj: re.Match | None = None) -> bool:
        """Is the object after this cue the start of its content ("accused him of sexism")?
        ``obj`` is ``object_head.match(text, cue_end, end)`` when the caller has it already."""
        if obj is None:
            obj = self.object_head.match(text, cue_end, end)
        return obj is not None and self.object_cue_before.search(text, max(0, cue_end - 16), cue_end) is not None \
            and self.object_lead.match(text, obj.end(), end) is not None

    def is_fragment(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] no statement at all: a time, a place, a hearer ("on Monday",
        "reporters in Dunmore")?"""
        semicolon = text.find("; ", start, end)
        if semicolon > start:
            end = semicolon  # "apologized on Friday; the firm gave no details": a semicolon ends the clause
        obj = self.object_head.match(text, start, end)  # read once: object_content asks the same
        if obj is not None and self.object_content(text, start, end, obj):
            return False
        if obj:
            start = obj.end()
        rest = text[start:end]
        if len(rest.strip(" ,:.!?;").split(None, MIN_CONTENT_WORDS)) < MIN_CONTENT_WORDS:  # (no need to split it all)
            return True
        first = start + len(rest) - len(rest.lstrip())
        told = self.tell_before.search(text, max(0, start - 12), start) is not None  # asked once, used twice
        hearer = self.named_hearer.match(text, first, end)
        if hearer and len(hearer.group("n").split()) <= MAX_TITLE_WORDS and self.verbs.isdisjoint(hearer.group("n").split()) \
                and (told or self._target_only(text, hearer, end)):
            # "told the Dunmore Gazette on Monday": a hearer, no content (not a title-case clause);
            # "criticized Ann Roe during a rally in Dunmore": a target, a time or place, no content
            # ("praised Ann Roe in Dunmore for the rescue" keeps its grounds, "urged Roe to resign" its request)
            return True
        hearer = hearer if told else None
        if hearer is None and told and self.phrase_hearer.match(text, first, end):
            return True  # "told a council panel Wednesday": a hearer and a time
        if self.empty.match(text, first, end):
            return True  # "said just that": it points back at words already reported
        if self.media_only.match(text, first, end) and self.post_before.search(text, max(0, start - 12), start):
            return True  # "posted an ad online": an act without words
        if self.occasion.match(text, first, end) and self.preposition_before.search(text, max(0, start - 12), start):
            return True  # "wrote in a memo to the inspector.": the occasion and its hearer
        if self.time_lead.match(text, first, end):
            return False
        if (self.infinitive.match(text, start, end) or self.timed_infinitive.match(text, start, end)) \
                and self.infinitive_cue.search(text, max(0, start - 30), start):
            return False
        return self.fragment.match(text, first, end) is not None
