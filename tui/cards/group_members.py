"""Named members set off by commas after a group: "the two leading Republicans, Ann Roe
and Senator Bo Lin, have questioned ...", "The council members, Ed Pike and Al Vane, said".

The appositive names who the group is, so the named members speak (CONVENTIONS.md 2, two
speakers of one statement), not the party or nobody. Read only where an appositive ends
right before a cue; every word list comes from the brief.
"""

from __future__ import annotations

import re

from ..rules.brief import Brief
from .names_index import Names

RESIDUE_RE = re.compile(r"(?:[\s,]|\band\b|[A-Z][\w.’'-]*|\([^()]*\))*")
"""What may stand between the names of a list: commas, "and", titles ("Senator", "Sens."), party tags."""


class GroupMembers:
    """Whether an appositive lists the named members of the group noun before it."""

    def __init__(self, brief: Brief):
        self.party_plurals = {pair.split("=", 1)[1] for pair in brief.words("party_plural") if "=" in pair}

    def members(self, text: str, start: int, inner_start: int, inner_end: int,
                names: Names) -> tuple[int, int] | None:
        """The span from the first to the last name of the list between ``inner_start`` (the
        comma after the group) and ``inner_end`` (the comma before the cue), when the words
        before are a plural group ("candidates", "Republicans") and the list holds two names
        or more. The resolver gives each name its own entry, as for "Roe and Lin said"."""
        group = text[start:inner_start].split()
        if not group or not self._plural_group(group[-1]):
            return None
        members = [m for m in names.within(inner_start + 1, inner_end) if m[1] <= inner_end]
        if len(members) < 2:
            return None
        residue, pos = [], inner_start + 1
        for s, e, _ in sorted(members):
            residue.append(text[pos:max(pos, s)])
            pos = max(pos, e)
        residue.append(text[pos:inner_end])
        if not RESIDUE_RE.fullmatch("".join(residue)):
            return None  # "the rivals, who met Roe and Lin,": a clause, not a list of names
        return min(m[0] for m in members), max(m[1] for m in members)

    def _plural_group(self, word: str) -> bool:
        """ "members", "candidates", "Republicans": a group noun, lower-case or a party's plural."""
        word = word.rstrip(",")
        return word in self.party_plurals or (word[:1].islower() and word.endswith("s") and len(word) > 3)
