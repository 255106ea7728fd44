"""How a denial verb's clauses are labelled.

"X denied the report" makes its object a denial whatever the words, but a participle
or a second speech verb after it starts a new act by the same speaker
(../shared/gold/CONVENTIONS.md section 1, "Participles"): "pushed back on the claims,
saying the bill was sound" is a denial and a claim, not one long denial. So only the
clauses before such a break take the verb's verdict; each later one is labelled on
its own words, and a later clause that is itself a denial ("..., calling them a
smear") restates the same act and joins the first denial. A short object is a denial
of its own ("rejected the label, noting that ..."); only an object of pronouns
("dismissed them, saying ...") says nothing and takes the words that follow.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from re import Match, Pattern

from .matching import WORD_COUNT_RE, Verdict, trim

Run = tuple[int, int, Verdict]

WORD_EDGES = ",;:.!?\"'“”‘’()—–-"
"""Punctuation stripped from a word of the object before it is looked up."""

PARTICIPLE_RULE = "denial-verb.participle"
"""The rule a rejection participle with an object of its own is filed under (its YAML
describes the participle that shares the sentence's subject)."""


def forced_runs(text: str, pieces: list[tuple[int, int]], forced: Verdict, new_act: Callable[[int], bool],
                classify: Callable[[int, int], Verdict], bare_words: Set[str],
                own_denial: Pattern[str] | None = None) -> list[Run]:
    """Label the clauses (start, end) of a denial verb's object.

    Clauses run together until one opens a new act (``new_act(start)``: a participle
    or a speech verb); the first stretch takes the verb's verdict, each later one is
    labelled by `classify` on its own words. An object of under four words that are all
    ``bare_words`` (pronouns: "dismissed them, saying ...") keeps the next stretch: those
    words are what it denies. "rejected the label, noting ..." denies the label.

    A later clause that `own_denial` matches (a rejection participle, group `verb`, with
    an object of its own, group `object`: "denied the accusations, dismissing Vale as a
    disgruntled employee") is a second denial act with new content, its own item
    (CONVENTIONS.md 1, "Participles"); one whose object points back ("..., dismissing
    them as a smear") restates the first."""
    stretches: list[list[int]] = []
    own: dict[int, Match[str]] = {}
    for ps, pe in pieces:
        ps, pe = trim(text, ps, pe)
        if pe - ps < 2:
            continue
        second = own_denial.match(text, ps) if stretches and own_denial is not None else None
        if stretches and second is None and not new_act(ps):
            stretches[-1][1] = pe
        else:
            if second is not None:
                own[ps] = second
            stretches.append([ps, pe])
    first_words = WORD_COUNT_RE.findall(text, *stretches[0]) if stretches else []
    if len(stretches) > 1 and len(first_words) < 4 and all(w.strip(WORD_EDGES).lower() in bare_words for w in first_words):
        # "dismissed them, saying ...": a bare object is no statement; the words that
        # follow are what the denial says (as join_fragments keeps short clauses whole)
        own.pop(stretches[1][0], None)
        stretches[1][0] = stretches[0][0]
        stretches.pop(0)
    runs: list[Run] = []
    for i, (s, e) in enumerate(stretches):
        if i == 0:
            runs.append((s, e, forced))
        elif s in own:  # the item is the object (after a "that"); the participle marks it
            runs.append((own[s].start("object"), e, Verdict("denial", PARTICIPLE_RULE, forced.category,
                                                            own[s].span("verb"))))
        else:
            runs.append((s, e, classify(s, e)))
    return _join_denials(runs)


def _join_denials(runs: list[Run]) -> list[Run]:
    """A passage gives at most one denial: later denial clauses extend the first, except
    a rejection participle's own act (see :func:`forced_runs`), which stays apart."""
    first = next((i for i, r in enumerate(runs) if r[2].label == "denial"), None)
    if first is None:
        return runs
    start, end, verdict = runs[first]
    out: list[Run] = []
    for i, (rs, re_, v) in enumerate(runs):
        if v.label == "denial" and (i == first or v.rule != PARTICIPLE_RULE):
            end = max(end, re_)
        else:
            out.append((rs, re_, v))
    out.append((start, end, verdict))
    return sorted(out, key=lambda r: r[:2])


def bare_object_start(text: str, cs: int, ce: int, verb_start: int, tails: Set[str] = frozenset()) -> int:
    """Where a denial verb's item starts. An object of one word ("has denied wrongdoing",
    "Roe denied it.", "Lin rejected that, too": ``tails`` are words after it that add
    nothing) is the whole denial but no statement on its own, and the fragment
    test drops content under two words: the item keeps its verb ("denied wrongdoing"),
    as evidence under four words takes the words next to it (CONVENTIONS.md section 6)."""
    words = text[cs:ce].split(None, 1)
    if len(words) == 2 and words[1].strip(".,;:!?\"”’' ").lower() in tails:
        words = words[:1]
    if verb_start < cs < ce and len(words) == 1 and words[0].strip(".,;:!?\"”’'").isalpha():
        return verb_start
    return cs


def nearer_subject(matches: list, text: str, participle: Pattern[str]) -> list:
    """Attribution matches (where, order, rule, match) in the order to try them.

    A participle cue (", arguing that ...") has no subject of its own. When the cue
    reader reaches back for its source past another attribution's subject and verb
    ("Like Doe, Roe rejected the notion ..., arguing ..."), that nearer clause is the
    sentence's attribution and the far source is dropped. So is a participle cue whose
    subject an earlier denial of the sentence already has ("Roe made peace, even after
    dismissing them as cranks and calling Doe a liar"): the denial is the attribution,
    and the participle a clause of its words."""
    if len(matches) < 2:
        return matches
    first = matches[0][3]
    spans = getattr(first, "spans", None)
    if not spans or "verb" not in spans or not participle.match(text, first.start("verb")):
        return matches
    for _, _, rule, other in matches[1:]:
        found = other.groupdict()
        if found.get("speaker") is None or found.get("verb") is None or other.end("verb") > first.start("verb"):
            continue
        if first.end("speaker") <= other.start("speaker") or (
                rule.form == "denial-verb" and first.span("speaker") == other.span("speaker")):
            return matches[1:]
    return matches


NAMED_APPOSITIVE = "name set off by commas after a role"
"""How the cue reader says it took the name inside "A lawyer for Doe, Ann Roe, said"."""


def named_appositive(matches: list) -> list:
    """Attribution matches without those that give a cue the role phrase as its source
    when the cue reader found the person the role is set off with ("A lawyer for Doe, Ann
    Roe of Roe & Co., confirmed ..."): named people speak for themselves (CONVENTIONS.md 2)."""
    named = {m.start("verb") for _, _, _, m in matches if getattr(m, "how", "").startswith(NAMED_APPOSITIVE)}
    if not named:
        return matches
    return [x for x in matches if getattr(x[3], "how", "").startswith(NAMED_APPOSITIVE)
            or "verb" not in x[3].groupdict() or x[3].start("verb") not in named]

