"""Bodies whose names hold "and": "Center for Economic and Policy Research".

The capitalised runs that discovery reads stop at a lower-case "and", which is
right between two names ("Ann Roe and Bo Lin") and wrong inside a body's name
("Office of Management and Budget", "Department of Health and Human Services"):
cut there, the body became two actors ("Center for Economic", "Policy Research")
and a statement went to the first half. This module says where a run and the run
after "and" are one name, from the shape of both runs and the brief's word lists.
"""

from __future__ import annotations

import re

from .kinds import PERSON, name_kind
from .lexicon import ActorLexicon

AND_GAP_RE = re.compile(r" and (?=[A-Z])")
"""One "and" between two capitalised runs; a comma before it ("Acme, and Bo Lin") is a list."""
MAX_SECOND = 4
"""Words the part after "and" may have: a name's last part is short ("Human Services")."""


def joined_end(text: str, run: str, end: int, lex: ActorLexicon) -> int:
    """Where the body's name that ``run`` (ending at ``end``) opens ends, when the run
    after "and" completes it; 0 when the two runs are two names.

    The first run must read as a body, then a connector, then the words of its field
    ("Institute for Fiscal", "Office of Management"): a body word before the last
    connector, none after it, and no known place there ("Bank of America and Acme"
    lists two banks). The second run must be a few capitalised words with no
    connector that are neither a known actor, nor a person, nor a body of their own
    ("Department of Justice and Treasury")."""
    gap = AND_GAP_RE.match(text, end)
    if gap is None:
        return 0
    words = run.split()
    connectors = [i for i, w in enumerate(words) if lex.is_connector(w)]
    if not connectors or connectors[-1] == len(words) - 2 and words[-2].lower() in lex.definite:
        return _field_pair_end(text, words[-1:], end - len(words[-1]), gap.end(), lex)
    if connectors[-1] + 1 >= len(words):
        return 0
    last = connectors[-1]
    field = [w for w in words[last + 1:] if not lex.is_connector(w)]
    if lex.body_words.isdisjoint(words[:last]) or not lex.body_words.isdisjoint(field):
        return 0
    known = lex.lookup(" ".join(field))
    if known is not None and known.kind == "place":
        return 0
    second = lex.candidate_re.match(text, gap.end())
    if second is None:
        return 0
    after = second.group().rstrip(",;:").split()
    if len(after) > MAX_SECOND or any(lex.is_connector(w) for w in after) \
            or after[0] in lex.body_words or after[0] in lex.honorifics or after[0] in lex.title_words:
        return 0
    if lex.lookup(" ".join(after)) is not None or lex.lookup(after[0]) is not None:
        return 0
    if len(after) > 1 and name_kind(after, lex) == PERSON and _surname_alone(text, after):
        return 0  # "the Department of Justice and Ann Roe": "Roe" stands alone elsewhere
    if len(after) == 1 and len(re.findall(rf"\b{re.escape(after[0])}\b", text)) > 1:
        return 0  # "the Bank of Lakeside and Quillmark ... Quillmark said": a name of its own
    return gap.end() + len(second.group().rstrip(",;:"))


def _field_pair_end(text: str, words: list[str], start: int, after: int, lex: ActorLexicon) -> int:
    """ "the Parks and Recreation Department", "the Science and Technology Directorate": after a
    definite article (``start`` is the field word's), one field word, "and", then a run whose first few words end in a body
    word. The field word must be no actor of the brief, no body word and stand nowhere else
    in the text (a surname would: "the Roe and Poe Group" is two names' firm only once)."""
    if len(words) != 1 or not text[max(0, start - 8):start].lower().endswith(lex.definite_spaced):
        return 0
    field = words[0]
    if field in lex.body_words or lex.lookup(field) is not None \
            or len(re.findall(rf"\b{re.escape(field)}\b", text)) > 1:
        return 0
    second = lex.candidate_re.match(text, after)
    if second is None:
        return 0
    rest = second.group().rstrip(",;:").split()
    head = next((i for i, w in enumerate(rest) if lex.is_connector(w)), len(rest))
    if not 2 <= head <= MAX_SECOND or rest[head - 1] not in lex.org_words \
            or lex.lookup(" ".join(rest[:head])) is not None or rest[0] in lex.body_words:
        return 0
    return after + len(second.group().rstrip(",;:"))


def _surname_alone(text: str, words: list[str]) -> bool:
    """Whether the last of ``words`` occurs without the word before it, as a person's
    surname does ("Roe said"); a field's last word ("Coastal Studies") does not."""
    pattern = rf"(?<!{re.escape(words[-2])} )\b{re.escape(words[-1])}\b"
    return re.search(pattern, text) is not None
