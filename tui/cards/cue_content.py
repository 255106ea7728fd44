"""What a cue's content is: the words after it, or the words before its source.

The cue reader (cues.py) finds a cue and its source; this module says where the content
runs. After the cue: past a hearer or an aside, unless only a time, a place or a hearer
follows ("said on Monday", "told a council panel Wednesday", "said Tuesday in Dunmore,
noting ..."). Before the source: the words up to it, unless they are only an opening
("While pilots pushed for talks,", "On Tuesday,"). In a relative clause of the subject
("Doe, who praised the plan, offered ..."), the content stops where the main clause
begins. Every word list is a lexicon in the brief.
"""

from __future__ import annotations

import re

from ..articles.segment import SMALL_WORDS, TITLE_WORD_RE
from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .fragments import MAX_TITLE_WORDS, ContentTest

QUOTE_OPENERS = ("“", '"', "‘", "''")
"""Marks that open a quotation or a quoted title after a time or place ("said in his book, ''Title.''")."""
QUOTE_CLOSE = re.compile("[”\"’]|''")

TITLE_WORDS = 12
"""A quoted title after a time or place is short ("in his 2012 book, ''An American Son.''")."""


def quoted_title(quoted: str) -> bool:
    """Are the words in a quotation a title (every word but the small ones capitalised), not
    a quoted sentence ("“The answer is not ...”")?"""
    words = TITLE_WORD_RE.findall(quoted)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return 0 < len(words) <= TITLE_WORDS and bool(content) and all(w[0].isupper() for w in content)


OPENING_WORDS = 5
"""An opening phrase of this many words or fewer ("On Tuesday,") before a source is no content."""


def aside_window(text: str, start: int, end: int, cue_s: int, cue_e: int) -> tuple[int, int] | None:
    """The inside of a parenthesis in text[start:end] that holds the cue text[cue_s:cue_e]
    ("(at one point 19%, Gutin says)"), or None. A parenthesis closed before the cue ("Roe
    (D-Wis.) said") or opened after it does not hold it."""
    opening = text.rfind("(", start, cue_s)
    if opening < 0 or text.find(")", opening, cue_s) >= 0:
        return None
    closing = text.find(")", cue_e, end)
    if closing < 0 or text.find("(", cue_e, closing) >= 0:
        return None
    return opening + 1, closing


def crosses(span: tuple[int, int], pos: int) -> bool:
    """Does span run over pos (a content that runs past the parenthesis its cue stands in)?"""
    return span[0] <= pos < span[1]


class CueContent:
    """Where the content of a cue starts and ends."""

    def __init__(self, brief: Brief):
        words = brief.word_regex
        self.test = ContentTest(brief)
        self.object_head = self.test.object_head
        # "now says, however, that ...", "calling him, among other things, “a failed candidate”": an adverb
        # set off by commas before "that" or a quotation
        self.aside = search_pattern(r"\s*,\s*(?:[a-z]+\s+){0,2}[a-z]+\s*,\s*(?=that\b|[“\"‘])")
        # Where a time or place after a cue gives way to something that is no content of that cue:
        # a participle (", noting ..."), "while promoting ...", a title in quotation marks, an aside
        # Every branch opens on a comma, a space or "(": the lookahead in front lets the engine
        # pass over every other character at once ("\s*\(" alone would be tried at each one).
        self.fragment_cut = search_pattern(
            rf"(?=[\s,(])(?:,[”\"’']?\s+(?:\w+ly\s+)?(?:{words('participle_cue')})\b"
            rf"|\s+(?:{words('participle_lead')})\s+(?:\w+ly\s+)?\w+ing\b|,\s*(?:[“\"‘]|'')|\s*\(|\s+[—–-]\s)")
        # The comma that closes a relative clause in the subject, before the main clause's verb:
        # "Ann Roe, who once praised the plan, offered ...", "Doe, who said that ..., issued ..."
        self.main_clause = search_pattern(
            rf",[”\"’']?\s+(?:\w+ly\s+)?(?=(?:{words('auxiliary')}|{words('main_verb')}|{words('cue_verbs')})\b"
            rf"|[a-z][\w-]*ed\b)")
        self.closing_dash = search_pattern(r"\s(?:[—–]|--?)\s")
        # A short aside between dashes after a time, before the that-clause: "said in July - falsely - that"
        self.dash_aside_that = search_pattern(r"\s+(?:[—–]|--?)\s[^—–,;:“”\"]{1,40}?\s(?:[—–]|--?)\s+that\s")
        # "Doe, who called it a mistake, and Roe, who says ...": a second name and its relative clause
        self.next_relative = search_pattern(
            rf",?(?P<q>[”\"’']?)\s+(?:{words('list_conjunction')})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*,\s+"
            rf"(?:{words('relative_pronoun')})\s")
        # "..., which stood at 263, according to the Gazette." / "(the figure is 15 percent, according to
        # the Gazette)": a relative clause or an aside at the content's end that a relay hands to its source
        self.relayed = search_pattern(
            rf"(?:,[”\"’']?\s+(?=(?:{words('relative_pronoun')}|{words('relative_pronoun_thing')})\s)|\s*\()"
            rf"[^()]{{3,240}}?,\s+(?:{words('relay_tail')})\s+[^,()]{{2,100}}?\)?[.!?]?[”\"’']?\s*\Z")
        self.auxiliaries = {w.lower() for w in brief.words("auxiliary")}
        self.complementizers = {w.lower() for w in brief.words("complementizer")}
        self.subordinators = {w.lower() for w in brief.words("subordinator")}
        self.fragment_leads = {w.lower() for w in brief.words("content_fragment")}
        self.opening_adverbs = {w.lower() for w in brief.words("cue_filler") if " " not in w}
        # "told the Dunmore Gazette he would run", "told host Ann Roe she believed ...": after a tell
        # cue, a named hearer (an article or a lower-case title before it) that a subject pronoun
        # follows is no content; the clause after it is
        name = brief.macros.get("name", r"[A-Z]\w+")
        self.tell_before = self.test.tell_before
        self.hearer_before_clause = search_pattern(
            rf"\s+(?:[a-z]+\s+)?{name}(?=\s+(?:{words('subject_pronoun')})\s+[a-z])")

    def after(self, text: str, cue_e: int, end: int) -> tuple[int, int] | None:
        """The content after a cue, or None when only a time, place or hearer follows."""
        pos = cue_e
        obj = self.object_head.match(text, pos, end)
        if obj:
            pos = obj.end()
        elif self.tell_before.search(text, max(0, cue_e - 12), cue_e):
            hearer = self.hearer_before_clause.match(text, pos, end)
            if hearer and len(hearer.group().split()) <= MAX_TITLE_WORDS + 1:
                pos = hearer.end()
        aside = self.aside.match(text, pos, end)
        if aside:
            pos = aside.end()  # "now says, however, that ...": an adverb set off by commas
        rest = text[pos:end].lstrip()
        if rest.startswith(","):
            lead = rest[1:].split(None, 1)[:1]
            if not (lead and lead[0].lower() in self.subordinators and text[pos - 4:pos].rstrip().endswith("ing")):
                return None  # the sentence's content is around the cue (parenthetical); left to other rules
            pos = text.index(",", pos) + 1  # "..., saying, if elected, she would ...": a subordinate clause opens it
        if self.test.is_fragment(text, pos, end) \
                and (obj is None or not self.test.object_content(text, cue_e, end, obj)):
            return None  # "said on Monday", "told reporters": no content ("accused him of ..." is)
        if self.fragment_head(text, pos, end) is not None:
            return None  # "said Tuesday in Dunmore, noting ...", "said in his book, "Title."": no content
        return pos, end

    def relayed_clause(self, text: str, start: int, end: int) -> int | None:
        """Where a relative clause or an aside that a closing relay gives to another source starts
        in text[start:end] ("..., which stood at 263, according to the Gazette."), or None."""
        m = self.relayed.search(text, start, end)
        return m.start() if m is not None and m.start() > start else None

    def fragment_head(self, text: str, pos: int, end: int) -> int | None:
        """Where a time, place or occasion right after a cue ends, when what follows it is
        no content of the cue (a participle of its own, "while ...ing", a quoted title, an
        aside): "said Tuesday in Dunmore, noting ...", "said in April while promoting ...".
        None when the words after the cue are content."""
        cut = self.fragment_cut.search(text, pos, end)
        if cut is None or cut.start() <= pos or not self.test.is_fragment(text, pos, cut.start()):
            return None
        head = text[pos:cut.start()].split()
        if not head or head[0].lower() in self.complementizers:
            return None  # "said that by refusing ...": the content has begun
        if self.dash_aside_that.match(text, cut.start(), end):
            return None  # "proclaimed in July - falsely - that ...": an aside, then the content
        if cut.group().endswith(QUOTE_OPENERS):
            closing = QUOTE_CLOSE.search(text, cut.end(), end)
            quoted = text[cut.end():closing.start() if closing else end].lstrip()
            if quoted[:1].isupper() and not quoted_title(quoted):
                # "saying at one point, “The answer is not ...”": a quotation of its own, no title (a
                # lower-case one goes on a quotation the tag interrupts: '“...,” Roe told the Times, “is ...”')
                return None
        return cut.start()

    def opening_only(self, lead: str) -> bool:
        """Is the text before the source only an opening, no content ("While pilots pushed for
        talks,", "On Tuesday, even as shares fell,")?"""
        segments = [piece.strip(" “\"‘'").split() for piece in lead.split(",")]
        return all(self._opening(words) for words in segments if words)

    def _opening(self, words: list[str]) -> bool:
        """Does a piece between commas open a clause without saying anything ("While pilots pushed
        for talks", "On Tuesday", "even as shares fell")?"""
        lowered = [w.lower() for w in words]
        if lowered[0].endswith("ly") or lowered[0] in self.opening_adverbs:
            lowered = lowered[1:] or lowered  # "even as ...", "just after ..."
        return lowered[0] in self.subordinators or (lowered[0] in self.fragment_leads and len(words) <= OPENING_WORDS
                                                    and self.auxiliaries.isdisjoint(lowered))

    def relative_close(self, text: str, source_end: int, cue_s: int, content: tuple[int, int]) -> int | None:
        """Where a relative clause in the subject closes ("Doe - who said X - said ..." at the
        dash; "Doe, who praised X, offered ..." at the comma before the main verb; "Doe, who
        called it X, and Roe, who says ..." before the next name), or None."""
        if content[0] < cue_s:
            return None
        between = text[source_end:cue_s]
        mark = self.closing_dash if self.closing_dash.search(between) else self.main_clause
        close = mark.search(text, content[0], content[1])
        again = self.next_relative.search(text, content[0], close.start() if close is not None else content[1])
        if again is not None:  # "..., and Roe, who says ...": the next name's relative clause ends this one
            return again.end("q") if again.group("q") else again.start()
        return close.start() if close is not None and close.start() > content[0] else None
