"""Bodies a source phrase names without an actor for them ("A Treasury spokesman", "According
to the Post"): a mixin of ``SourceResolver``, read only when no mention lies inside the phrase.
"""

from __future__ import annotations

from .actors import ActorLexicon
from .article_state import ArticleState


class BodySources:
    """``_short_name`` and ``_capital_body``: a body from the article's names or the phrase's capitals."""

    lex: ActorLexicon
    definite: set[str]
    determiners: set[str]
    role_words: set[str]
    unnamed_words: set[str]
    role_links: set[str]

    def _short_name(self, ctx: ArticleState, words: list[str]) -> str | None:
        """ "the Post", "The Register": a capitalised word after "the" that ends the name of exactly
        one body the article names ("The Washington Post") is that body, not a document ("the post")."""
        if len(words) != 2 or words[0].lower() not in self.definite or not words[1][:1].isupper():
            return None
        bodies = {a.name for a in ctx.actors if a.kind == "org" and " " in a.name and a.name.split()[-1] == words[1]}
        return bodies.pop() if len(bodies) == 1 else None

    def _capital_body(self, phrase: str) -> str | None:
        """ "A Treasury spokesman", "the Harbour Board officials": a role or unnamed word after a
        capitalised run the article names no actor for; that run is the body they speak for
        (CONVENTIONS.md 2). Not a party, nationality, state or sentence word ("Democratic
        officials", "Iowa aides" stay unnamed)."""
        words = phrase.split()
        if len(words) < 2 or words[-1].lower().strip(",.") not in self.role_words | self.unnamed_words:
            return None
        if words[0].lower() not in self.determiners:
            return None  # "Military analysts said": a sentence's first word, capitalised as such
        core = words[1:-1]
        lex = self.lex
        if not 0 < len(core) <= 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in core) \
                or any(w in lex.not_names or w in lex.demonyms or w in lex.party_words or w in lex.state_words
                       or w.rstrip("s") in lex.party_words for w in core):
            return None
        return " ".join(core)

    def _role_for_body(self, ctx: ArticleState, phrase: str) -> str | None:
        """ "A spokeswoman for Pelham", "a lawyer at Vane Scott": a role tied by a preposition to a
        capitalised run the article names no actor for. The role is that body's, so another
        body's named holder of the same role is not the speaker; the body is (CONVENTIONS.md 2:
        holder never named -> the body). One body whose name opens with the run is that body."""
        words = phrase.split()
        if len(words) < 4 or words[0].lower() not in self.determiners:
            return None
        link = next((i for i, w in enumerate(words[1:4], 1) if w.lower() in self.role_links), None)
        if link is None or not any(w.lower() in self.role_words for w in words[1:link]):
            return None
        core = words[link + 1:]
        lex = self.lex
        if not 0 < len(core) <= 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in core) \
                or any(w in lex.not_names or w in lex.demonyms or w in lex.party_words or w in lex.state_words
                       for w in core):
            return None
        run = " ".join(core)
        bodies = {a.name for a in ctx.actors if a.kind == "org" and a.name.startswith(run + " ")}
        return bodies.pop() if len(bodies) == 1 else run

