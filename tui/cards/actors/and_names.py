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
    if not connectors or connectors[-1] + 1 >= len(words):
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


def _surname_alone(text: str, words: list[str]) -> bool:
    """Whether the last of ``words`` occurs without the word before it, as a person's
    surname does ("Roe said"); a field's last word ("Coastal Studies") does not."""
    pattern = rf"(?<!{re.escape(words[-2])} )\b{re.escape(words[-1])}\b"
    return re.search(pattern, text) is not None
