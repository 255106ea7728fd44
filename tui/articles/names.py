"""Spelling distance between names: "Haass" and "Haas", "Sergey" and "Sergei".

Used by the card engine (merging variants inside one article) and by the
comparison (matching actors across articles), so both agree on what a variant is.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, capped at ``limit + 1`` (cheap early exit for long strings)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)
