"""Names joined by a slash: "a CNN/ORC poll", "the New York Times/CBS News survey".

Pollsters that field one survey together are written as one name with a slash between
the partners' names. The mention scan reads words up to punctuation, so it finds each
partner on its own ("CNN", "ORC") and a source phrase that names the joint poll would
otherwise be given to its first partner. The joint name is one speaker (PolNeAR and the
conventions alike name the poll's sponsors as written). Only the text's shape is read
here: capitalised runs touching a slash on both sides, never a web address.
"""

from __future__ import annotations

import re

SLASH_RE = re.compile(r"(?<=[\w.&’'])/(?=[A-Z0-9])")
"""A slash with a word character before it and a capital (or digit) right after it."""
POSSESSIVE = ("'s", "’s")
"""A possessive before the joint name owns or dates it ("July's Acme/Harbour poll"): no partner."""
ADDRESS_RE = re.compile(r"://|www\.|\.(?:com|org|net|gov)\b", re.IGNORECASE)
"""A web address: its slashes join no names."""


def slash_joined(text: str, start: int, end: int, run_re: re.Pattern,
                 leading: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """The span of the first slash-joined name inside ``text[start:end]`` (or ending in it, when
    the source words open right after a slash), or None.

    ``run_re`` reads a capitalised run (the actor lexicon's candidate regex, with its
    lower-case connectors: "University of Texas/Texas Tribune"); ``leading`` holds the
    lower-cased words a run may open with that are no part of a name ("A Times/CBS News
    poll" at a sentence's start, "The")."""
    if start > 1 and text[start - 1] == "/" and text[start - 2].isalnum():
        left_of = _run_ending_at(text, max(0, start - 80), start - 1, run_re)
        if left_of is not None:  # the source words start after the slash: "from Acme/Harbour University"
            start = left_of
    slash = SLASH_RE.search(text, start, end)
    if slash is None:
        return None
    token_start = text.rfind(" ", start, slash.start()) + 1 or start
    token_end = next((i for i in range(slash.end(), end) if text[i].isspace()), end)
    if ADDRESS_RE.search(text, max(start, token_start), token_end):
        return None
    left = _run_ending_at(text, start, slash.start(), run_re)
    if left is None:
        return None
    right_end = slash.start()
    while True:  # "A/B/C": every partner after a slash
        right = run_re.match(text, right_end + 1, end)
        if right is None or right.end() - right.start() < 2 and not right.group().isupper():
            return None if right_end == slash.start() else _trimmed(text, left, right_end, leading)
        right_end = right.end()
        nxt = SLASH_RE.match(text, right_end, end)
        if nxt is None:
            return _trimmed(text, left, right_end, leading)


def _run_ending_at(text: str, start: int, at: int, run_re: re.Pattern) -> int | None:
    """Where the capitalised run that ends right before ``at`` begins, or None."""
    for m in run_re.finditer(text, start, at):
        if m.end() == at:
            return m.start()
    return None


def _trimmed(text: str, left: int, right: int, leading: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """The joined span without leading determiners ("A", "The") or possessives; None if nothing
    is left of the first partner's name before the slash."""
    words = text[left:right].split(" ")
    while len(words) > 1 and "/" not in words[0] \
            and (words[0].lower() in leading or words[0].endswith(POSSESSIVE)):
        left += len(words[0]) + 1
        words.pop(0)
    return (left, right) if text[left:left + 1].isalnum() else None
