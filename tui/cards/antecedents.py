"""Antecedents of "he" and "she" from the shape of the text around them.

A pronoun usually means whoever spoke last (the resolver's focus), but news prose also
turns to a new person in a sentence that says nothing ("Ann Roe was more resolute.") and
then quotes them with "she said". Who that sentence opens on is found here, apart from the
resolver, so each choice can be explained by the sentence that made it.
"""

from __future__ import annotations

from .article_state import ArticleState
from .matching import sentence_start
from .model import Actor
from .speakers import SpeakerModel


def introduced_here(ctx: ArticleState, speakers: SpeakerModel, before: int, pronoun: str) -> Actor | None:
    """A paragraph that turns to a new person ("The SNP's leader, Nicola Sturgeon,
    welcomed the move. She said: ...") hands "he" or "she" to the person who is the
    subject of its latest sentence, not to whoever spoke in an earlier paragraph. So does
    the last sentence of the paragraph before, when this one opens on the pronoun and
    nothing was said since that sentence ("Ann Roe was more resolute. / '...,' she said")."""
    if ctx.focus_para == ctx.para_index:
        return None
    text, floor = ctx.text, ctx.para_start
    if not ctx.mention_index.starting_in(floor, before):
        stop = len(text[:floor].rstrip())
        floor = sentence_start(text, text.rfind("\n", 0, stop) + 1, stop - 1)
        if ctx.items and ctx.items[-1].end > floor:
            return None
    # The last subject in reading order: read backwards, the first one found.
    for s, _, actor in reversed(ctx.mention_index.forward_until(floor, before)):
        if s < floor or actor.kind != "person":
            continue
        opening = text[sentence_start(text, floor, s):s].strip()
        # The sentence opens on them: "Mr Galloway was ...", "Labour MP Jo Bell said",
        # "The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...".
        opens_on = not opening or opening.endswith(",") and len(opening) < 80 \
            or all(w[:1].isupper() for w in opening.split())
        if opens_on and speakers.gender_fits(ctx, actor, pronoun):
            return actor if actor.name != ctx.focus else None
    return None
