"""Written forms: a person's name as the text writes it with the words before it.

"Minnesota Congresswoman Jane Doe", "Texas Sen. Ann Roe", "Republican Gov. John
Smith": the name is "Jane Doe" (the title, state and party are her role, not her
name, see :mod:`.spans`), but that whole form is how the article calls her there, and
other labellers quote it as the source ("alias as written", issue 12). It is kept
among her aliases so that a reader, the export and any scorer see the form the
article used; the mentions and the canonical name stay the name alone.

Only words the name boundaries drop as a title, a state or a party word count, so a
sentence opener ("But Jane Doe") or a headline verb ("Slams Jane Doe") never joins.
"""

from __future__ import annotations

import sys

from ..model import Actor
from .lexicon import ActorLexicon
from .spans import Tokens
from .titles import state_prefix, title_at

PREFIX_REACH = 80
"""The longest run of title, state and party words read before a name."""


def add_written_forms(text: str, actors: dict[str, Actor], headlines: list[tuple[int, int]],
                      lex: ActorLexicon) -> None:
    """Add to each person the forms "<title/state/party words> <name>" the text writes.
    Not in ``headlines`` (title-case lines), where every word is capitalised and a verb
    before a title would read as part of it ("Doe Slams Sen. Roe")."""
    for actor in actors.values():
        if actor.kind != "person":
            continue
        for start, end in actor.mentions:
            if any(s <= start < e for s, e in headlines):
                continue
            form = written_form(text, start, end, lex)
            if form is not None and form not in actor.aliases:
                actor.aliases.append(sys.intern(form))


def written_form(text: str, start: int, end: int, lex: ActorLexicon) -> str | None:
    """The mention with the title, state and party words right before it, or None when
    nothing such stands there (the common case, decided from one character)."""
    if start < 2 or text[start - 1] not in " \u00a0" or not (text[start - 2].isalnum() or text[start - 2] == "."):
        return None
    previous = max(text.rfind(" ", max(0, start - 30), start - 1), text.rfind("\n", max(0, start - 30), start - 1))
    if not text[previous + 1].isupper():
        return None  # the word right before the name is no title, state or party word
    line = text.rfind("\n", max(0, start - PREFIX_REACH), start) + 1
    floor = max(line, start - PREFIX_REACH)
    run = _capitalised_tail(text[floor:start], floor, lex)
    if not run:
        return None
    name = [(start, w) for w in text[start:end].split()]
    at = _written_start(run, name, lex)
    if at is None:
        return None
    return " ".join(text[at:end].split())


def _capitalised_tail(before: str, offset: int, lex: ActorLexicon) -> Tokens:
    """The tokens right before the name that could belong to one capitalised run:
    capitalised words and the connectors inside titles ("Secretary of State").

    ``before`` is the text before the name, from ``offset``; its whitespace-separated
    tokens are read from the end, each found by rfind before the one after it (only
    whitespace lies between), so the words further back are never located."""
    run: Tokens = []
    at = len(before)
    for word in reversed(before.split()):
        if word[-1] in ",;:" or not (word[0].isupper() or lex.is_connector(word)) or _ends_sentence(word, lex):
            break
        at = before.rfind(word, 0, at)
        run.append((offset + at, word))
    run.reverse()
    # "But Sen. Roe", "When Gov. Doe": a sentence opener is not part of the form
    while run and (lex.is_connector(run[0][1]) or run[0][1] in lex.not_names or run[0][1] in lex.function_words):
        run = run[1:]
    return run


def _ends_sentence(word: str, lex: ActorLexicon) -> bool:
    """ "Monday." before "Texas Sen. Ann Roe" ends a sentence; "Sen.", "Calif.", "U.S."
    and an initial do not."""
    if not word.endswith(".") or "." in word[:-1] or len(word) <= 2:
        return False
    return not (word in lex.title_words or word in lex.honorifics or word in lex.state_words
                or word in lex.titles_by_first)


def _written_start(run: Tokens, name: Tokens, lex: ActorLexicon) -> int | None:
    """The offset where the longest suffix of ``run`` made only of titles, states and
    party words starts; None when no such suffix ends right before the name."""
    for i in range(len(run)):
        if lex.is_connector(run[i][1]):
            continue
        if _all_role_words(run[i:] + name, len(run) - i, lex):
            return run[i][0]
    return None


def _all_role_words(words: Tokens, prefix: int, lex: ActorLexicon) -> bool:
    """Whether the first ``prefix`` words are read away as titles, states and party
    words, exactly up to the name, as :func:`.spans.clean` reads them."""
    dropped = 0
    while dropped < prefix:
        rest = words[dropped:]
        step = title_at(rest, lex) or state_prefix(rest, lex) or (1 if rest[0][1] in lex.party_words else 0)
        if not step:
            return False
        dropped += step
    return dropped == prefix
