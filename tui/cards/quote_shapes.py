"""Quotations attributed by the shape of the text around them, where no brief rule read a
verb: a dash line that signs a quotation paragraph, the one name in a short clause after the
quotation, a name right at its marks. Also the engine's own rule ids for these answers.

A mixin of ``QuoteAttributor``; each answer leaves its reason in ``ctx.how``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..articles.segment import Paragraph, Quote
from .article_state import ArticleState
from .matching import sentence_end, sentence_start


@dataclass(frozen=True)
class StructuralRule:
    """An attribution the engine makes from the shape of the text, not from a brief rule."""

    id: str


ASKED = object()
"""'Asked by an aide, "Is this final?" Roe replied': the quotation is a question put to the
subject, the asker's words; no speaker, and its sentence is left to the reported-speech rules."""
INTRODUCED = StructuralRule("quote.introduced")
"""'Roe leaned in and boomed: "..."': a colon hands the quotation to its sentence's subject."""
NAMED_BEFORE = StructuralRule("quote.named-before")
"""'Roe interjected, "..."': a name a few words before the opening mark, then a comma or colon."""
NAMED_AFTER = StructuralRule("quote.named-after")
"""'"...," an angry Roe shot back.': the one name in the short clause after a quotation speaks."""
SIGNED = StructuralRule("quote.signed")
"""'"..."' then a line '- Ann Roe, Lakeside.' (or '" — Ann Roe' on the same line): a dash after a
quotation paragraph signs it."""
DASHES = ("-", "—", "–", "―")
"""Hyphen, em and en dash, and the horizontal bar ('―') that quotation pages print before a name."""
SIGNATURE_RE = re.compile(r"\s*(?:--?|[—–―])\s*")
SIGNATURE_REACH = 3
"""How many words after the dash the signer's name may start ("- President Ann Roe")."""
TAIL_WORDS = 12
"""The longest clause after a quotation read for its one name ('" said Ann Roe, a lawyer for ...')."""
NAME_REACH = 4
"""How many words after the quotation that name may start."""
MODIFIER_GAP_RE = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){0,2}")
"""At most two capitalised words between two names: the first modifies the second, as in a
headline's 'Roe Challenger Ann Lee' ('Doe told Roe' has a verb between them)."""
TAG_REACH = 60
TAG_WORDS = 3
"""A name this close to a quotation's marks ('Maddow asked, "', '," said Ann Roe') tags it."""
LEAD_WORDS = 6
"""Before the opening mark the words may run longer when they end in a comma or colon and hold
no other comma ('Mr. Roe was prompted to say, "...')."""


def without_nested(mentions: list) -> list:
    """The mentions less those inside a longer mention of another actor: in "Ann Lee Roe" the
    alias "Ann" of another Ann names no one, so the clause names one person, not two."""
    return [m for m in mentions
            if not any(o[2] is not m[2] and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                       for o in mentions)]


def opens_paragraph(text: str, para: Paragraph, quote: Quote) -> bool:
    """Does the quotation open its paragraph (after at most a dash)? A continued quotation
    does; one that narration leads into ('Across town, "...', 'Roe boomed, "...') does not."""
    return not text[para.start:quote.outer_start].strip(" \t—–-")


def left_open(text: str, para: Paragraph) -> bool:
    """Does the paragraph before end inside a quotation (an opening mark with no closing
    one)? News prose leaves the mark open when the quotation goes on in the next paragraph,
    which reopens it: that paragraph is the same speaker's words (CONVENTIONS.md 1, paragraphs)."""
    stop = len(text[:para.start].rstrip())
    before = text[text.rfind("\n", 0, stop) + 1:stop]
    curly = max(before.rfind("“"), before.rfind("”"))
    if curly >= 0:
        return before[curly] == "“" and '"' not in before[curly:]
    return before.count('"') % 2 == 1


def whole_paragraph(text: str, para: Paragraph, quote: Quote) -> bool:
    """Is the quotation its paragraph, with no words after it and not closed by a comma? (A comma
    hands it to an attribution after it that no rule read: not the last speaker's words.)"""
    return opens_paragraph(text, para, quote) and text[quote.end - 1:quote.end] != "," \
        and not text[quote.outer_end:para.end].strip(" .")


class QuoteShapes:
    """``_signed``, ``_named_after`` and ``_tag``: who a quotation's surroundings name."""

    def _signed(self, ctx: ArticleState, para: Paragraph, quote: Quote):
        """'"The pier was never safe."' followed by the line '- Ann Roe.' (or by '— Ann Roe' on
        its own line): fact checks, notebooks and quotation pages print the speaker after a dash.
        The quotation must open its paragraph, and the signature be a name and a short tail."""
        text = ctx.text
        if not opens_paragraph(text, para, quote):
            return None
        tail = text[quote.outer_end:para.end]
        if tail.strip(" .,"):
            # '"The pier was never safe." — Ann Roe': the signature on the quotation's own line
            line, stop = para.end - len(tail.lstrip()), para.end
        else:
            line = len(text[:para.end]) + len(text[para.end:]) - len(text[para.end:].lstrip())
            stop = text.find("\n", line)
            stop = len(text) if stop < 0 else stop
        dash = SIGNATURE_RE.match(text, line)
        if dash is None or not text.startswith(DASHES, line):
            return None
        if len(text[dash.end():stop].split()) > TAIL_WORDS:
            return None
        named = [(s, e, a) for s, e, a in ctx.mention_index.starting_in(dash.end(), stop)
                 if e <= stop and a.kind != "place"]
        if not named or len(text[dash.end():named[0][0]].split()) >= SIGNATURE_REACH:
            return None
        s, e, actor = named[0]
        ctx.how, ctx.source = f"the name signed under the quotation after a dash, {actor.name}", (s, e)
        return [actor.name], SIGNED, (s, e)

    def _participle_subject(self, text: str, start: int, hit) -> tuple[int, int] | None:
        """'Roe took to Twitter, writing: "..."', 'Roe replied to Doe on Twitter, writing:': a
        participle after a comma has its clause's subject, not the nearest name before it when
        that name is a preposition's object (the platform, the person replied to). None when the
        cue is no such participle ('..., Doe said, adding, "..."' keeps Doe)."""
        verb = hit.start("verb")
        comma = len(text[:verb].rstrip())
        if comma <= start or text[comma - 1] != "," or not self.participle.match(text, verb):
            return None
        before = text[start:hit.start("speaker")].split()
        if not before or before[-1].lower() not in self.prepositions:
            return None
        return self.cues.sources.introducing_subject(text, start, comma - 1, self.rules.names)

    def _named_after(self, ctx: ArticleState, para: Paragraph, quote: Quote, after: int, stop: int):
        """'"France will always be France," an angry Roe shot back.': a quotation that a comma
        hands on to a short clause is the words of the one person or body that clause names
        within its first words, whatever its verb (the brief's verbs did not read it)."""
        text = ctx.text
        if not (text[quote.end - 1:quote.end] == "," or text.startswith(",", after)) \
                or len(text[after:stop].split(None, TAIL_WORDS)) > TAIL_WORDS:
            return None
        named = without_nested([(s, e, a) for s, e, a in ctx.mention_index.starting_in(after, stop)
                                if after <= s and e <= stop and a.kind != "place"])
        if not named or len(text[after:named[0][0]].split()) >= NAME_REACH:
            return None
        persons = [m for m in named if m[2].kind == "person"]
        if len({id(a) for _, _, a in persons or named}) != 1:
            return None  # '"...," White House aide Jo Bell said': the one person, not the body describing him
        s, e, actor = (persons or named)[0]
        ctx.how, ctx.source = f"the one name in the short clause after the quotation, {actor.name}", (s, e)
        return [actor.name], NAMED_AFTER, (s, e)

    @staticmethod
    def _tag(ctx: ArticleState, quote: Quote):
        """The person whose name tags an unattributed quotation right next to its marks
        ('Maddow asked, "..."', '"...,\' " said Ann Roe, an activist.'): the quotation is
        theirs, in a shape no rule read, and no earlier speaker's passage goes on in it.
        Returns (person, before) with ``before`` True for a name before the opening mark
        whose few words end in a comma or colon; None when no name tags it."""
        text = ctx.text
        lo, hi = max(0, quote.outer_start - TAG_REACH), min(len(text), quote.outer_end + TAG_REACH)
        persons = without_nested([m for m in ctx.mention_index.starting_in(lo, hi) if m[2].kind == "person"
                                  and lo <= m[0] and m[1] <= hi and not quote.outer_start <= m[0] < quote.outer_end])
        for i, (s, e, actor) in enumerate(persons):
            if i + 1 < len(persons) and persons[i + 1][1] <= quote.outer_start \
                    and MODIFIER_GAP_RE.fullmatch(text, e, persons[i + 1][0]):
                continue  # 'Lakeside Challenger Ann Roe: "...': the first name only modifies the second
            before = e <= quote.outer_start
            gap = text[e:quote.outer_start] if before else text[quote.outer_end:s]
            if any(mark in gap for mark in ".!?\n“”\""):
                continue
            if not before and text[:quote.end].rstrip(" ’'‘").endswith((".", "!", "?")) \
                    and text[quote.outer_end:s + 1].strip()[:1].isupper():
                continue  # '..." Mr Roe also said': a new sentence after a closed one, no tag
            lead = before and gap.rstrip().endswith((",", ":")) and "," not in gap.rstrip()[:-1]
            if len(gap.split()) <= (LEAD_WORDS if lead else TAG_WORDS):
                return actor, lead
        return None


def speech_verb_around(text: str, para: Paragraph, quote: Quote, say: re.Pattern) -> bool:
    """Does the quotation's own sentence hold a verb of saying outside the quotation
    ('"...," the insider said.', '"...," added a local Democrat.', 'Doe offered a retort,
    tweeting at him, "..."')? Then the quotation has an attribution of its own that named
    no one the article knows, and it does not go on in the voice of the last speaker."""
    before = sentence_start(text, para.start, quote.outer_start)
    after = sentence_end(text, quote.outer_end, para.end) if quote.outer_end < para.end else para.end
    return say.search(text, before, quote.outer_start) is not None \
        or say.search(text, quote.outer_end, after) is not None


NARRATED_SUBJECT_RE = re.compile(r"(?<![\w’'])(?!(?:I|We|You|He|She|They|It|This|That|The|But|And)\b)[A-Z][\w’'.-]+"
                                 r"(?:\s+[a-z][\w’'-]*){0,2}\s+$")
"""A name, then at most two lower-case words ("Roe", "Roe then"), right before a verb of saying."""


def narrates_speech(text: str, quote: Quote, say: re.Pattern) -> bool:
    """Does the quotation tell of someone else's words in the third person ('"On Sunday, Lin
    announced that ..."', '"Roe tried to laugh it off by interjecting ..."')? Then it is an
    excerpt of another text, not the last speaker going on in their own voice."""
    for m in say.finditer(text, quote.start, quote.end):
        if NARRATED_SUBJECT_RE.search(text, max(quote.start, m.start() - 60), m.start()):
            return True
    return False
