"""Source phrases that name no actor of the card yet: a transcript's capital tag ("ROE:"),
or a capitalised run shaped like a name, which becomes a new actor. A mixin of
``SourceResolver``; what cannot be a name (a title cut at its point, an opening word, the
object of a preposition, a common noun inside a body's name) gives no speaker.
"""

from __future__ import annotations

import re

from .actors import ActorLexicon
from .article_state import ArticleState
from .speakers import SpeakerModel
from .unnamed_principals import in_headline


class UnlistedNames:
    """``_unlisted_name``: a speaker the card does not list yet, read from the phrase's words."""

    speakers: SpeakerModel
    lex: ActorLexicon
    name_prefixes: set[str]
    object_leads: set[str]
    openers: set[str]
    opener_tail: re.Pattern

    def _unlisted_name(self, ctx: ArticleState, phrase: str, start: int) -> list[str]:
        """The new name ``phrase`` holds, or [] when it holds none."""
        text = ctx.text
        words = phrase.split()
        transcribed = self.speakers.transcript_person(ctx, phrase.strip(), start) if phrase.isupper() else None
        if transcribed is not None:  # "JANE ROE: ..." in a transcript tagged "ROE:" after
            ctx.how = f"'{phrase.strip()}' tags a transcript's speaker"
            return [transcribed.name]
        if len(words) == 1 and phrase.isupper():
            tagged = self.speakers.tagged_person(ctx, words[0])
            if tagged is not None:  # "ROE: ...", a transcript's tag: the person of that surname
                ctx.how = f"'{words[0]}' is the capital tag of {tagged.name}"
                return [tagged.name]
        # "The Hill", "The Federalist": a paper's name (not "The A.G.", an abbreviated title)
        lex = self.lex
        # "The Kessler Center for Justice": a name's lower-case connectors stand only inside it
        inner = [w for w in words[2:-1] if w.islower() and lex.is_connector(w)]
        paper = len(words) > 1 and words[0] in lex.name_articles \
            and all(w.lower() != w or w in inner for w in words[1:]) and not any(w.upper() == w for w in words[1:])
        body = words[1:] if paper else words
        body_named = paper or any(w in lex.body_words for w in body)  # "Harbour Policy Institute said"
        if len(words) == 1 and words[0] + "." in self.name_prefixes:
            return []  # "said Gov" cut at the title's point: the name after it is the source, not "Gov"
        if words and words[-1] + "." in self.name_prefixes:
            return []  # "said Army Capt" cut at the title's point: the name after it is the source
        if len(words) == 1 and words[0] in lex.title_words and in_headline(text, start):
            return []  # "Treasurer Says Audit Was Rigged": a headline's title alone names no one
            # (in prose "King said" may be a surname)
        before = text[max(0, start - 30):start].split()
        if before and before[-1] in self.object_leads:
            return []  # "Speaking in Harlem, Doe ...", "voters in Lakeland said": the object of a preposition
        if len(words) == 1 and words[0] in lex.org_words and any(_head_before_connector(words[0], a.name, lex)
                                                                   for a in ctx.actors if a.kind == "org"):
            return []  # "Workers objected" after "the Quarry Workers of America": a common noun, no new body
        if len(words) == 1 and self._opener_only(ctx, start, words[0]):
            return []  # "Shortly after the call, ...", "Similarly, ...": a word that only opens sentences
        if body and not phrase.isupper() and body[0][:1].isupper() and body[-1][:1].isupper() \
                and all(w[:1].isupper() or w.capitalize() in lex.particles or w in inner for w in body) \
                and not any(w in lex.not_names or w in lex.demonyms for w in body):
            # a capitalised run shaped like a name ("Ann de Roe"); not all capitals (a dateline, a slogan)
            return [self._new_actor(ctx, " ".join(body) if paper and inner else phrase, start,
                                    "org" if body_named else "person")]
        return []

    def _opener_only(self, ctx: ArticleState, start: int, word: str) -> bool:
        """Is this single capitalised word, which no actor matched, the first word of its
        sentence, with a time word after it ("Minutes later, ...", "Shortly after ...") or a
        known sentence opener ("Similarly, ..."), and nowhere else in the article capitalised
        inside a sentence? Then it is an ordinary word, not a name only this sentence uses
        ("Allianz, the insurer, said" keeps its name)."""
        text = ctx.text
        if text[ctx.sentence_opening(start, ctx.para_start):start].strip(" \t“‘\"'(—–-"):
            return False
        if word not in self.openers and not self.opener_tail.match(text, start + len(word)):
            return False  # "Varga said": a surname the article may use only here
        for m in re.finditer(rf"(?<![\w’'.-]){re.escape(word)}(?![\w’'-])", text):
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t“‘\"'(")
            if before and before[-1] not in ".!?:\n":
                return False  # "... said Varga": a name in the middle of a sentence
        return True


def _head_before_connector(word: str, name: str, lex) -> bool:
    """Is ``word`` the head of a body's name, inside it before its connector ("Workers" in
    "Quarry Workers of America"), not its last word (a surname: "Ann Cross")?"""
    names = name.split()
    return any(names[i] == word and lex.is_connector(names[i + 1]) for i in range(1, len(names) - 1))
