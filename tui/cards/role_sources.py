"""Source phrases that name a role or unnamed people, not a name: "officials familiar with the
matter", "the company said", "the judge", "a spokeswoman for Pelham". A mixin of
``SourceResolver``: the speaker model (speakers.py) says who holds a role; each answer leaves
its reason in ``ctx.how`` for the why view.
"""

from __future__ import annotations

from .article_state import ArticleState
from .model import Actor
from .speakers import SpeakerModel


class RoleSources:
    """``_unnamed_source``, ``_anaphoric_role`` and ``_role_phrase``: who a role phrase means."""

    speakers: SpeakerModel
    unnamed_words: set[str]
    org_roles: set[str]
    definite: set[str]
    role_words: set[str]
    group_heads: set[str]
    offices: set[str]
    person_roles: set[str]
    author_by: set[str]

    def _unnamed_source(self, ctx: ArticleState, phrase: str, lowered: list[str], first: str,
                        start: int) -> list[str] | None:
        """Unnamed people ("officials said"): the outlet they are tied to, the body named so, or
        the role of whoever spoke last; None when nothing ties them (CONVENTIONS.md 3). A study
        or report with its author in commas after it ("The research, carried out by Ann Roe,
        says") speaks for that author (CONVENTIONS.md 2, documents)."""
        author = self._author_after(ctx, start + len(phrase.rstrip())) \
            if len(lowered) == 2 and first in self.definite else None
        if author is not None:
            ctx.how = f"'{phrase.strip()}' speaks for its author, {author.name}, named in commas after it"
            return [author.name]
        outlet = self.tied_outlet(ctx)
        if outlet:
            ctx.how = "unnamed sources tied to the outlet that reports them"
            return [outlet]
        body_word = next((w for w in lowered[:-1] if w in self.org_roles), None)
        if body_word is not None and lowered[-1] in self.unnamed_words:
            # "senior administration officials said": officials of the body the article names so
            body = self.speakers.body_called(ctx, body_word, start, None)
            if body is None:  # named only later in the article: the one body so called
                bodies = {a.name for a in ctx.actors if a.kind == "org" and body_word in a.name.lower().split()}
                body = ctx.actor(bodies.pop()) if len(bodies) == 1 else None
            if body is not None:
                ctx.how = f"'{phrase.strip()}' speak for the body the article names so, {body.name}"
                return [body.name]
        body = self._body_by_short_name(ctx, phrase)
        if body is not None:
            ctx.how = f"'{phrase.strip()}' speak for the body whose name ends so, {body}"
            return [body]
        if first in self.definite and ctx.focus and any(w in self.role_words for w in lowered[-1:]) \
                and lowered[-1] not in self.group_heads:
            ctx.how = "the role of whoever spoke last"
            return [ctx.focus]
        return None

    def _body_by_short_name(self, ctx: ArticleState, phrase: str) -> str | None:
        """ "Alliance officials said" after "the Dockworkers Alliance": the capitalised words before
        the unnamed word end the name of exactly one body the article names (CONVENTIONS.md 2,
        officials tied to a named body)."""
        words = phrase.split()
        if words and words[0].lower() in self.definite:
            words = words[1:]
        core = words[:-1]
        if not 0 < len(core) <= 2 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in core):
            return None
        bodies = {a.name for a in ctx.actors if a.kind == "org" and len(a.name.split()) > len(core)
                  and a.name.split()[-len(core):] == core}
        return bodies.pop() if len(bodies) == 1 else None

    def _author_after(self, ctx: ArticleState, after: int) -> Actor | None:
        """The person an appositive right after a study names as its maker ("The research,
        carried out by Ann Roe, says"): "by" before the name, all inside the commas."""
        text = ctx.text
        if not text.startswith(",", after):
            return None
        close = text.find(",", after + 1, after + 120)
        for s, e, actor in ctx.mention_index.starting_in(after, close):
            if after < s and e <= close and actor.kind == "person":
                return actor if not self.author_by.isdisjoint(text[after + 1:s].lower().split()) else None
        return None

    def _anaphoric_role(self, ctx: ArticleState, phrase: str, lowered: list[str], start: int) -> list[str] | None:
        """"The company said", "the chancellor said": the body or person the article last named in that role."""
        focus = ctx.actor(ctx.focus)
        if lowered[-1] in self.org_roles:
            # "the company said" after the company spoke
            ctx.how = f"'{phrase.strip()}' is the body that spoke last"
            if focus is None or focus.kind != "org":
                focus = self.speakers.body_called(ctx, lowered[-1], start, focus)
                ctx.how = f"'{phrase.strip()}' is the body or candidate the article last named so"
            return [focus.name] if focus is not None else None
        holder = self.speakers.role_holder(ctx, lowered[-1], start)
        if holder is None and lowered[-1] in self.offices:
            # "Gordon Brown has delivered a speech ... The chancellor said": news prose
            # names a one-holder office for the person it has just named.
            holder = self.speakers.last_person(ctx, start)
            if holder is None and ctx.focus_para == ctx.para_index and focus is not None and focus.kind == "person":
                holder = focus  # "Pike ... he said. ... , the chancellor said": the person speaking here
        ctx.how = f"'{phrase.strip()}' is the person last named with that role"
        if holder is None and lowered[-1] in self.person_roles:
            # "The former pilot and senator said": no senator named, so the person in
            # focus, or the person named last
            holder = ctx.actor(ctx.focus_person) or self.speakers.last_person(ctx, start, 600)
            ctx.how = f"'{phrase.strip()}' describes the person in focus or named last; no one is named so"
        if holder is None:  # "..., the minister said." before "Minister Pavel Dusek": named only later
            holder = self.speakers.sole_titled_holder(ctx, lowered[-1])
            ctx.how = f"'{phrase.strip()}' is the one person the article titles so, later"
        return [holder.name] if holder else None  # "the judge" after "Judge Letitia Clark"

    def _role_phrase(self, ctx: ArticleState, phrase: str, start: int) -> list[str] | None:
        """"A spokeswoman for Pelham", "attorney says": the body the phrase names, or the one person in that role."""
        body = self._role_for_body(ctx, phrase)
        if body is not None:  # "a spokeswoman for Pelham": not another body's named spokeswoman
            ctx.how = f"'{phrase.strip()}' speaks for the body it names, {body}"
            return [body if ctx.actor(body) is not None else self._new_actor(ctx, body, start + phrase.find(body), "org")]
        holder = self.speakers.named_holder(ctx, phrase, [])
        ctx.how = f"'{phrase.strip()}' is the one person the article names in that role"
        words = phrase.split()
        if holder is None and 2 <= len(words) <= 3 and words[0].lower() in self.determiners \
                and words[-1].lower() in self.speakers.outlet_roles and all(w.islower() for w in words[1:]):
            outlet = self.speakers.outlet_called(ctx, start)  # "a local newspaper reported": the paper named
            ctx.how = f"'{phrase.strip()}' is the outlet the article names, {outlet.name if outlet else ''}"
            return [outlet.name] if outlet is not None else None
        return [holder.name] if holder is not None else None  # "attorney says": the one named
