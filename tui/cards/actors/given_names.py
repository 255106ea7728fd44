"""Given names that are also month or nationality words ("Christian", "April", "Jan").

A run's plan drops a leading month or nationality word as a qualifier ("German officials",
"April showers"), which cut "Christian Roe, a former mayor, said" down to "Roe" and lost the
speaker wherever the article never calls him "Roe" alone. The brief lists the words that are
also common given names (``given_name_words``); before exactly one more capitalised word that
an appositive follows (", a ...", ", the ..."), the two words are one person's name. The
appositive is the evidence: "In April Roe said" has none, and stays a date and a surname.
"""

from __future__ import annotations

from .lexicon import ActorLexicon

Plan = tuple[tuple[tuple[tuple[int, str], ...], str], ...]


def given_name_plan(text: str, run: str, end: int, lex: ActorLexicon) -> Plan | None:
    """The run read as one name, or None when it is not "Given Surname" before an appositive."""
    first, _, rest = run.partition(" ")
    if not rest or " " in rest or not rest.isalpha() or not rest[:1].isupper() or rest.isupper():
        return None
    if any(rest in words for words in (lex.not_names, lex.demonyms, lex.party_words, lex.state_words,
                                       lex.body_words, lex.place_words, lex.title_words, lex.thing_words)):
        return None  # "Christian Democrats", "German Marshall", "June Primary": no given name
    if lex.lookup(run) is not None or lex.lookup(rest) is not None:
        return None  # a name the brief knows ("British Columbia") is read as the brief has it
    if not lex.appositive_article_re.match(text, end):
        return None
    return (((0, first), (len(first) + 1, rest)), run),
