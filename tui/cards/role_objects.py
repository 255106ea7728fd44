"""The body a role belongs to is no speaker when the role's holder is named before it.

'Ann Roe, president and chief executive of the Harbour Board stated, "..."' leaves out the comma
that would close the appositive: a rule that reads the last name before the verb takes the
board, which only says whose president Roe is. When the words before that name are a person's
name, a comma and a short role ending in "of" or "for", the person holds the role and speaks.
"""

from __future__ import annotations

from ..rules.brief import Brief
from ..rules.patterns import search_pattern
from .article_state import ArticleState

ROLE_WORDS = 5
"""The most words a role between the holder's comma and its "of" may have."""


class RoleObjects:
    """Finds the holder of the role whose object a rule took for the speaker."""

    def __init__(self, brief: Brief):
        name = brief.macros.get("name", r"[A-Z]\w+")
        self.holder = search_pattern(
            rf"(?P<holder>{name}),\s+(?:(?:{brief.word_regex('article')})\s+)?(?:[\w’'-]+\s+){{0,{ROLE_WORDS}}}?\Z")
        self.link = search_pattern(rf"\s(?:{brief.word_regex('role_link')})\s")

    def holder_of(self, ctx: ArticleState, floor: int, start: int, end: int) -> tuple[int, int] | None:
        """The span of the person whose role the speaker phrase text[start:end] completes ("CEO of
        the Harbour Board", "the Harbour Board" after "president of"), or None. The holder must be
        a person the article names ("On Thursday, a spokesperson for the Board" holds no role)."""
        text = ctx.text
        m = self.holder.search(text, max(floor, start - 200), start)
        if m is None or self.link.search(text, m.end("holder"), end) is None:
            return None
        if not any(actor.kind == "person" for actor in ctx.mention_index.outermost(*m.span("holder"))):
            return None
        return m.span("holder")
