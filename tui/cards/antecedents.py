"""Antecedents of "he" and "she" from the shape of the text around them.

A pronoun usually means whoever spoke last (the resolver's focus), but news prose also
turns to a new person in a sentence that says nothing ("Ann Roe was more resolute.") and
then quotes them with "she said". Who that sentence opens on is found here, apart from the
resolver, so each choice can be explained by the sentence that made it.
"""

from __future__ import annotations

from .article_state import ArticleState
from .model import Actor
from .speakers import SpeakerModel


def introduced_here(ctx: ArticleState, speakers: SpeakerModel, before: int, pronoun: str) -> Actor | None:
    """A paragraph that turns to a new person ("The SNP's leader, Nicola Sturgeon,
    welcomed the move. She said: ...") hands "he" or "she" to the person who is the
    subject of its latest sentence, not to whoever spoke in an earlier paragraph. So does
    the last sentence of the paragraph before, when this one opens on the pronoun and
    nothing was said since that sentence ("Ann Roe was more resolute. / '...,' she said")."""
    if ctx.focus_para == ctx.para_index:
        return _subject_just_before(ctx, speakers, before, pronoun)
    text, floor = ctx.text, ctx.para_start
    limit = floor
    if not any(floor <= s < before and a.kind == "person" for s, _, a in ctx.mention_index.starting_in(floor, before)):
        # no one named here before it: the paragraph before, from what was said last in it
        stop = len(text[:floor].rstrip())
        limit = text.rfind("\n", 0, stop) + 1
        floor = max(limit, ctx.items[-1].end if ctx.items else 0)
        if floor >= stop:
            return None
    # The last subject in reading order: read backwards, the first one found.
    for s, e, actor in reversed(ctx.mention_index.forward_until(floor, before)):
        if s < floor or actor.kind != "person" or speakers.genders.inside_name(ctx, s, e):
            continue
        # The sentence opens on them: "Mr Galloway was ...", "Labour MP Jo Bell said",
        # "The SNP's Holyrood leader, Nicola Sturgeon, welcomed ...", "But as Roe spoke".
        if speakers.genders.opens_on(text, limit, s, end=e) and speakers.gender_fits(ctx, actor, pronoun):
            return actor if actor.name != ctx.focus else None
    return None


def _subject_just_before(ctx: ArticleState, speakers: SpeakerModel, before: int, pronoun: str) -> Actor | None:
    """In the paragraph where the last speaker spoke, a sentence that opens on another
    person and says nothing ("Tom Vale said ... . Mr Pike became an MP at 27. He said: ...")
    hands the pronoun that opens the next sentence to that person, not to the last speaker."""
    text, floor = ctx.text, ctx.para_start
    opening = ctx.sentence_opening(before, floor)
    if text[opening:before].strip() or opening <= floor:
        return None  # the pronoun does not open its sentence, or the sentence opens the paragraph
    stop = len(text[:opening].rstrip())
    prev = ctx.sentence_opening(stop - 1, floor)
    if prev >= stop or (ctx.items and ctx.items[-1].end > prev):
        return None  # something was said in that sentence
    for s, e, actor in ctx.mention_index.forward_until(prev, stop):
        if s < prev or actor.kind != "person" or speakers.genders.inside_name(ctx, s, e):
            continue
        if speakers.genders.opens_on(text, prev, s, strict=True) and speakers.gender_fits(ctx, actor, pronoun):
            return actor if actor.name != ctx.focus else None
        return None  # the first person it names is not its subject ("Along with her husband, Tom Vale, she ...")
    return None
