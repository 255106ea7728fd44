"""Speakers the text leaves unnamed but the article fixes: a headline's bare role
("Mayor Disputes Audit Report", "DNC chair dismisses ...") and unnamed staff with no
possessor ("A campaign spokeswoman disputed their account", "Aides said ..., and they
rejected ...").

CONVENTIONS.md 2: a single role whose holder the article names is the holder, and
unnamed staff speak for their principal. A headline states what the lede then tells
with the name ("Mayor Ann Roe rejected ..."), so its role is the one person the first
paragraphs name in that role; an acronym before the role must be the initials of the
body the lede names ("Democratic National Committee Chair Ann Roe"). Staff with no
possessor belong to the one person whose staff the article names ("the Roe campaign",
"Roe's aides"). Role and staff words come from
the brief (``headline_role``, ``staff``).
"""

from __future__ import annotations

import re

from ..rules.brief import Brief
from .article_state import ArticleState
from .model import Actor

LEDE_REACH = 1500
"""How far past the headline the lede may name the role's holder."""

CAPITAL = re.compile(r"[A-Z][\w’'.-]*")
FIRST_WORD = re.compile(r"\S")


def in_headline(text: str, start: int) -> bool:
    """Does ``start`` stand on the article's first line, its headline ("..., minister says")?"""
    first = FIRST_WORD.search(text)
    if first is None:
        return False
    line_end = text.find("\n", first.start())
    return start < (line_end if line_end >= 0 else len(text))


def opens_article(text: str, start: int) -> bool:
    """Does ``start`` stand at the article's first word (its headline's)? A search, not a
    slice of everything before: this is asked of every source phrase."""
    first = FIRST_WORD.search(text)
    return first is not None and start <= first.start()


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Are these consecutive capitalised words spelled by the acronym ("DNC" = Democratic
    National Committee)? Lower-case connectors ("of", "the") do not count."""
    caps = [w for w in words if w[:1].isupper()]
    n = len(acronym)
    return any("".join(w[0] for w in caps[i:i + n]).upper() == acronym for i in range(len(caps) - n + 1))


def _qualifiers_fit(qualifiers: list[str], described: list[str], lowered: set[str]) -> bool:
    """Does each word before a headline's role describe the lede's person: an acronym
    spelling consecutive capitalised words of the description, any other word among its
    words (``lowered``)?"""
    return all(_initials_match(q, described) if q.isupper() and len(q) > 1 else q.lower() in lowered
               for q in qualifiers)


class UnnamedPrincipals:
    """Who a headline's bare role or a possessor-less staff phrase speaks for."""

    def __init__(self, brief: Brief):
        self.headline_roles = {w.lower() for w in brief.words("headline_role")}
        self.staff = {w.lower() for w in brief.words("staff")}
        self.principal_staff = {w.lower() for w in brief.words("principal_staff")}
        # "A campaign spokeswoman", "Aides"; not "the campaign", which points back to one already named
        articles = {w.lower() for w in brief.words("article")}
        self.determiners = articles - {w.lower() for w in brief.words("definite_article")}
        self.article_words = "|".join(sorted(map(re.escape, articles)))  # ", the chief of ..." after a name
        staff = "|".join(sorted((re.escape(w) for w in self.staff), key=len, reverse=True))
        self.staff_after = re.compile(rf"(?:[’']s)?\s+(?:{staff})\b", re.IGNORECASE)
        staff = "|".join(sorted((re.escape(w) for w in self.principal_staff), key=len, reverse=True))
        self.staff_opening = re.compile(rf"(?i)\s*[(“\"]?(?:(?:{'|'.join(map(re.escape, self.determiners))})\s+)?"
                                        rf"(?:(?:{staff})\s+)*(?:{staff})\s")

    def _headline_role(self, ctx: ArticleState, phrase: str, start: int) -> tuple[str, list[str], int] | None:
        """A source phrase in the headline that ends on a headline role, opening it ("Mayor",
        "LWU chief") or after its content ("..., union leader says"): the role word, the words
        before it and where the headline line ends; None for any other phrase. Opening the
        headline, every word before the role is capitalised; after the content, headline
        style keeps them lower-case."""
        words = phrase.split()
        if not words or not in_headline(ctx.text, start) or words[-1].lower() not in self.headline_roles:
            return None
        qualifiers = words[:-1]
        line_end = ctx.text.find("\n", start)
        if line_end < 0 or opens_article(ctx.text, start) and any(not w[:1].isupper() for w in qualifiers):
            return None
        return words[-1].lower(), qualifiers, line_end

    def headline_holder(self, ctx: ArticleState, phrase: str, start: int) -> Actor | None:
        """The person the lede names in the role a headline's source phrase gives alone
        ("Mayor", "LWU chief"); None unless the phrase opens the article and exactly one
        person fits."""
        headline = self._headline_role(ctx, phrase, start)
        if headline is None:
            return None
        role, qualifiers, line_end = headline
        text = ctx.text
        title_re = re.compile(rf"(?i:\b{re.escape(role)}),?\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*\Z")
        appos_re = re.compile(rf",\s+(?:{self.article_words})\s+((?:[\w’'.-]+\s+){{0,3}}?)(?i:{re.escape(role)})\b([^,.;:\n]{{0,80}})")
        found: list[Actor] = []
        for s, e, actor in ctx.mention_index.starting_in(line_end, line_end + LEDE_REACH):
            if actor.kind != "person" or s < line_end or s > line_end + LEDE_REACH or actor in found:
                continue
            before = text[max(line_end, s - 100):e]
            before = re.split(r"[.!?]\s|\n", before)[-1]
            title = title_re.search(before)
            if title is not None:
                described = CAPITAL.findall(before[:title.start()].split(",")[-1])
            else:
                appos = appos_re.match(text, e, e + 160)
                if appos is None:
                    continue
                described = (appos.group(1) + appos.group(2)).split()
            if _qualifiers_fit(qualifiers, described, {d.lower().strip("’'") for d in described}):
                found.append(actor)
        if not found and not qualifiers:
            return self._headline_body(ctx, role, line_end)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _headline_body(ctx: ArticleState, role: str, line_end: int) -> Actor | None:
        """The body (or person) the lede ties the headline's bare role to when it names no one in
        that role ("..., spokeswoman says" over "A spokeswoman for Orlan Chemicals said ..."): a
        role whose holder the article never names speaks for the body (CONVENTIONS.md 2). Any
        kind but a place: the finder may not have settled the body's kind yet."""
        tied = re.compile(rf"(?i:\b{re.escape(role)})\s+(?:for|at|of)\s+(?:the\s+)?\Z")
        bodies = {id(a): a for s, e, a in ctx.mention_index.starting_in(line_end, line_end + LEDE_REACH)
                  if a.kind != "place" and line_end <= s and tied.search(ctx.text, max(line_end, s - 40), s)}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def headline_name(self, ctx: ArticleState, phrase: str, start: int) -> tuple[str, int] | None:
        """The name the lede gives right after the headline's role as a title ("Democratic
        National Committee Chair Ann Roe") when the finder made no actor of it yet: the name
        and where it stands, if exactly one name fits."""
        headline = self._headline_role(ctx, phrase, start)
        if headline is None:
            return None
        role, qualifiers, line_end = headline
        title_re = re.compile(rf"((?:[A-Z][\w’'.-]*\s+)*)(?i:\b{re.escape(role)})\s+"
                              rf"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})\b(?![’']s)")
        names = {}
        for m in title_re.finditer(ctx.text, line_end, line_end + LEDE_REACH):
            described = m.group(1).split()
            if _qualifiers_fit(qualifiers, described, {d.lower() for d in described}):
                names.setdefault(m.group(2), m.start(2))
        return next(iter(names.items())) if len(names) == 1 else None

    def is_bare_staff(self, phrase: str) -> bool:
        """ "Aides", "A campaign spokeswoman": staff words with no possessor or name."""
        words = [w.lower().strip("(“\",") for w in phrase.split()]
        words = words[1:] if words and words[0] in self.determiners else words
        return bool(words) and all(w in self.principal_staff for w in words)

    def staff_subject_before(self, ctx: ArticleState, start: int) -> bool:
        """Does the sentence holding ``start`` open on bare staff ("Aides said ..., and
        they rejected")? Then "they" are those staff."""
        opening = ctx.sentence_opening(start, ctx.para_start)
        return self.staff_opening.match(ctx.text, opening, start) is not None

    def staff_principal(self, ctx: ArticleState) -> Actor | None:
        """The one person the article names as having staff ("the Roe campaign", "Roe's aides"):
        only when exactly one principal fits. The person in focus alone is not enough: bare
        "aides" in a story about a professor are the president's."""
        text = ctx.text
        index = ctx.mention_index
        owners = index.cached(("staff owners",), lambda: [
            i for i, (s, e, a) in enumerate(index.mentions)
            if a.kind == "person" and self.staff_after.match(text, e, e + 40)])
        people = {id(index.mentions[i][2]): index.mentions[i][2] for i in owners}
        for s, e, a in index.tail():
            if a.kind == "person" and self.staff_after.match(text, e, e + 40):
                people[id(a)] = a
        return next(iter(people.values())) if len(people) == 1 else None
