"""Who holds a role the text names without a name: "the senator", "the judge", "Doe's lawyer".

News prose names a person once with their role ("Sen. Ann Roe", "Judge Letitia Clark",
"Doe's lawyer, Ann Roe") and then uses the role alone. The holder is the person the
article named with that word or its abbreviation, in the same sentence; the words and
abbreviations come from the brief (``single_role``, ``role_abbreviation``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..rules.brief import Brief
from .article_state import ArticleState
from .model import Actor

SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?][\s”\"]|\n")
"""Where a sentence ends: a role word past it was not said of the name before it."""


class RoleHolders:
    """Role words to the persons the article names with them."""

    def __init__(self, brief: Brief):
        self.single_roles = {w.lower() for w in brief.words("single_role")}
        self.role_abbreviations: dict[str, list[str]] = {}
        for pair in brief.words("role_abbreviation"):
            role, _, short = pair.partition("=")
            self.role_abbreviations.setdefault(role.lower(), []).append(short)
        self._holder_res: dict[str, tuple[re.Pattern, re.Pattern]] = {}
        self.auxiliaries = {w.lower() for w in brief.words("auxiliary")}
        self.role_links = {w.lower() for w in brief.words("object_preposition") + brief.words("definite_article")}
        self.staff_roles = {w.lower() for w in brief.words("staff")}
        # "Doe's lawyer", "Doe’s longtime attorney": a role that belongs to the name before it
        self.possessed_role = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[\s,.]*\Z")

    def _beside(self, role: str, between: str, role_first: bool) -> bool:
        """Do the words between a role word and a name tie the two? "the mayor, Ruth Kessel",
        "the mayor of Lakeside, Ruth Kessel", "Ruth Kessel, the mayor", "Kessel is the mayor"
        do; "the mayor, met Tom Varga" and "Varga met the mayor" do not: the role is another's.
        A staff word near a name ("Doe will go, the prime minister's spokesman said") points to
        the principal that unnamed staff speak for (CONVENTIONS.md 2), whatever stands between."""
        if role in self.staff_roles:
            return True
        words = between.replace(",", " ").split()
        if role_first:
            return all(w[:1].isupper() or w.lower() in self.role_links for w in words)
        return between.lstrip().startswith(",") or bool(words) and words[0].lower() in self.auxiliaries

    def role_holder(self, ctx: ArticleState, role: str, before: int) -> Actor | None:
        """The person last named with this role word ("Judge Letitia Clark", "Smith, the
        spokesman", or its abbreviation: "Sen. Ann Roe") before ``before``: who "the judge"
        or "the senator" is.

        The persons named next to the word are found once per article (see
        :class:`MentionIndex`); each question is then a binary search among them."""
        forms = [role] + self.role_abbreviations.get(role, [])
        alternatives = "|".join(re.escape(f) for f in forms)
        role_re = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        title_re = re.compile(rf"(?<![\w.])(?:{alternatives})\s+\Z", re.IGNORECASE)
        text, index = ctx.text, ctx.mention_index

        def titled(s: int, e: int, actor: Actor) -> bool:
            """ "President Roe", "Sen. Ann Roe": the title stands right before the name."""
            return actor.kind == "person" and (title_re.search(text, max(0, s - 25), s) is not None
                                               or title_re.search(text[s:e].split(" ", 1)[0] + " ") is not None)

        def named_with(s: int, e: int, actor: Actor) -> bool:
            if actor.kind != "person":
                return False
            for m in role_re.finditer(text, max(0, s - 60), min(len(text), e + 60)):
                between = text[m.end():s] if m.start() < s else text[e:m.start()]
                if not SENTENCE_BREAK.search(between) and self._beside(role, between, m.start() < s):
                    return True  # the word and the name in one sentence, not "... Roe. The senator said"
            return False

        for test in (titled, named_with):  # a title before the name first, then the word near it
            for s, e, actor in reversed(index.tail()):
                if s < before and test(s, e, actor):
                    return actor
            holders = index.cached(("role holder", role, test.__name__), lambda: sorted({
                i for form in forms for i in index.near_word(form, 60, 60) if test(*index.mentions[i])}))
            k = bisect_left(holders, bisect_left(index.starts, before))
            if k:
                return index.mentions[holders[k - 1]][2]
        return None

    def sole_titled_holder(self, ctx: ArticleState, role: str) -> Actor | None:
        """The one person the article titles with this role word anywhere ("Minister Pavel
        Dusek" after "..., the minister said."): a single role whose holder the article names
        is the holder (CONVENTIONS.md 2). None when no one or more than one person is so titled."""
        forms = [role] + self.role_abbreviations.get(role, [])
        title_re = re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(f) for f in forms)})\s+\Z", re.IGNORECASE)
        index, text = ctx.mention_index, ctx.text
        found = {id(a): a for i in sorted({i for f in forms for i in index.near_word(f, 30, 0)})
                 for s, e, a in [index.mentions[i]]
                 if a.kind == "person" and title_re.search(text, max(0, s - 25), s) is not None}
        found.update({id(a): a for s, e, a in index.tail()
                      if a.kind == "person" and title_re.search(text, max(0, s - 25), s) is not None})
        return next(iter(found.values())) if len(found) == 1 else None

    def named_holder(self, ctx: ArticleState, phrase: str, principals: Sequence[Actor]) -> Actor | None:
        """The one person the article names in a single-holder role the phrase gives
        ("Doe's lawyer" when it also says "Doe's lawyer, Ann Roe" or "attorney Ann Roe"):
        the conventions give such a statement to the holder, not to the principal.
        With no principal in the phrase ("the attorney said"), only a role the article
        gives to exactly one person counts."""
        words = [w.strip(",.").lower() for w in phrase.split()]
        role = next((w for w in reversed(words) if w in self.single_roles), None)
        if role is None:
            return None
        index = ctx.mention_index
        principal_ids = {id(a) for a in principals}
        holders: list[Actor] = []
        untied = True
        for s, e, actor, window in self._role_windows(ctx, role):
            if actor.kind != "person" or id(actor) in principal_ids:
                continue
            if not principals:
                if not any(h is actor for h in holders):
                    holders.append(actor)
                continue
            # the principal stands in the role phrase: "Doe's lawyer, Roe" / "Roe, a lawyer for Doe"
            lo, hi = window
            near = [a for ps, _, a in index.starting_in(lo, hi) if lo <= ps < hi and a is not actor]
            if any(id(a) in principal_ids for a in near):
                return actor
            if not any(h is actor for h in holders):
                holders.append(actor)
            # "His lawyer, Ann Roe,": a holder whose role phrase names no one else ("a lawyer for
            # the Harbour Trust" serves the Trust)
            untied = untied and not near
        # With a principal, the article's one holder of the role, tied to no one else
        # ("Doe's lawyer said ..." where it also says "His lawyer, Ann Roe, ...")
        # Only for a possessor's role that ends the phrase: "Attorney General Ann Roe" is no lawyer's
        possessed = self.possessed_role.search(phrase) is not None and words[-1] == role
        return holders[0] if len(holders) == 1 and (not principals or untied and possessed) else None

    def _role_windows(self, ctx: ArticleState, role: str) -> list[tuple[int, int, Actor, tuple[int, int]]]:
        """The mentions in list order that the role word stands next to ("attorney Ann
        Roe", "Roe, a lawyer for ..."), each with the window its principal may stand in.
        The sorted mentions' answers are found once per article; appended ones each time."""
        before_re, after_re = self._holder_patterns(role)
        text, index = ctx.text, ctx.mention_index

        def window(s: int, e: int) -> tuple[int, int] | None:
            before = before_re.search(text, max(0, s - 40), s)
            if before:
                return max(0, before.start() - 40), s
            after = after_re.match(text, e, e + 60)
            return (e, after.end() + 30) if after else None

        def build() -> list:
            found = []
            for i in index.near_word(role, 40, 60):
                s, e, actor = index.mentions[i]
                w = window(s, e)
                if w is not None:
                    found.append((s, e, actor, w))
            return found

        found = list(index.cached(("role windows", role), build))
        for s, e, actor in index.tail():
            w = window(s, e)
            if w is not None:
                found.append((s, e, actor, w))
        return found

    def _holder_patterns(self, role: str) -> tuple[re.Pattern, re.Pattern]:
        if role not in self._holder_res:
            word = re.escape(role)
            self._holder_res[role] = (
                # a title and its name share a line: "Lawyer Says ¶ Tom Vale" is a headline, then a name
                re.compile(rf"\b(?i:{word}),?[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+){{0,2}}\Z"),
                re.compile(rf",[^\S\n]+(?:[\w’'.-]+[^\S\n]+){{0,4}}?(?i:{word})\b"))
        return self._holder_res[role]

