"""How an article writes a name, and whether two writings spell the same name.

The comparison shows readers where outlets spell one party differently ("Zelensky" /
"Zelenskyy"); that needs the surface forms an article used (its mentions, not the
canonical name the engine chose) and a test that tells a spelling variant from a short
form ("Kirby" / "John Kirby"), an abbreviation or a word made from the name
("Russia" / "Russians"). Grouping actors into parties is actors.py's job.
"""

from __future__ import annotations

from ..articles.names import edit_distance
from ..cards.model import Actor


def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    shortest = min(len(a), len(b))
    if shortest < 2:
        return False
    limit = 2 if shortest >= 4 else 1
    return edit_distance(a, b, limit) <= limit


def spelling_variant(a: str, b: str) -> bool:
    """True when two surface forms spell the same name differently.

    Tokens are aligned from the end ("Zelensky" / "Volodymyr Zelenskyy"); every
    aligned token must be equal or nearly so, and at least one must differ. A short
    form ("Kirby" / "John Kirby") or an abbreviation ("US" / "United States") is not
    a spelling variant. A form written all in lower case ("state department") is.
    """
    if a == b:
        return False
    ta, tb = _name_tokens(a), _name_tokens(b)
    n = min(len(ta), len(tb))
    if n == 0:
        return False
    differs = False
    for x, y in zip(ta[-n:], tb[-n:]):
        xl, yl = x.casefold(), y.casefold()
        if (x.isupper() or y.isupper()) and edit_distance(xl, yl, 1) > 1:
            return False  # acronyms: one letter at most (US / USA, not NATO / NASA)
        if not _near(xl, yl):
            return False
        if xl != yl and (xl.startswith(yl) or yl.startswith(xl)) and abs(len(xl) - len(yl)) > 1:
            return False  # "Russia" / "Russians": a word made from the name, not a spelling of it
        if xl != yl:
            differs = True
    if differs:
        return True
    # case only: report when one side writes a multi-word name all in lower case
    if len(ta) == len(tb) and len(ta) > 1 and a.casefold() == b.casefold():
        return a.islower() != b.islower()
    return False


def _name_tokens(name: str) -> list[str]:
    out = []
    for t in name.replace("’", "'").split():
        if t.endswith("'s"):
            t = t[:-2]
        out.append(t)
    return out


def surface_forms(actor: Actor, text: str | None = None) -> list[str]:
    """The ways an article writes an actor: the words at its mentions (or its aliases)."""
    forms: list[str] = []
    if text is not None:
        for s, e in actor.mentions:
            f = " ".join(text[s:e].split())
            if f and f not in forms:
                forms.append(f)
    for alias in actor.aliases:
        if alias not in forms and (text is None or not forms):
            forms.append(alias)
    if not forms:
        forms.append(actor.name)
    return forms


def form_span(actor: Actor, form: str, text: str | None) -> tuple[int, int] | None:
    if text is not None:
        for s, e in actor.mentions:
            if " ".join(text[s:e].split()) == form:
                return (s, e)
    return tuple(actor.mentions[0]) if actor.mentions else None
