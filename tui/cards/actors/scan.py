"""The mention scan: every mention of every known form, longest first.

One pass per paragraph over the words that can start a form (capitalised words,
and the lower-case first words of known forms such as "the West"). A dictionary
keyed by first word replaces a big regex alternation, which would cost a pass
per alias.
"""

from __future__ import annotations

import sys

from ...articles.segment import Paragraph
from ..model import SHARED_OFFSETS, Actor
from .bucket_index import ByWords, brief_person, first_person
from .known_forms import Known
from .lexicon import ActorLexicon
from .words import NEXT_WORD_RE, WORD_RE, case_key, norm, strip_possessive, words_at

Window = list[tuple[int, int, str]]


def scan(text: str, paras: list[Paragraph], local: dict[str, list[Known]], lex: ActorLexicon,
         memo: dict | None = None) -> dict[str, Actor]:
    """Actors by name, each with its mentions and the surfaces that named it. ``memo`` (a
    fresh dict unless given; the tests give one that keeps nothing) holds the answers read
    by a start's word alone."""
    actors: dict[str, Actor] = {}
    nested: list[tuple[Window, tuple[str, ...], str]] = []
    # Both live for this scan only, while the buckets they are keyed by (id) neither change nor go.
    merged: dict[tuple[int, int], list[Known]] = {}  # an article's and the brief's forms of one first word
    by_words = ByWords()
    local_get, brief_get, spans = local.get, lex.index.get, lex.starts.spans
    honorific_ends, offsets = lex.honorific_ends, SHARED_OFFSETS
    # A capitalised start whose forms are all one word long resolves by its word alone:
    # its answer (no form, no match, or the form and surface) is read once per scan.
    if memo is None:
        memo = {}  # word -> () (no form opens with it, or none matches it) or (form, surface)
    for para in paras:
        resume = para.start
        for at, stop in spans(text, para.start, para.end):
            if at < resume:
                continue
            word = text[at:stop]
            known = memo.get(word)
            if known is not None:
                if not known:
                    continue
                hit, surface = known
                start, n = at, 1
                end = at + len(surface)
            else:
                spaced = " " in word
                if spaced:
                    word = WORD_RE.match(text, at).group()
                key = word.lower()
                if key[-1] in "s’'.":
                    key = norm(word)
                from_article, from_brief = local_get(key), brief_get(key)
                if from_article is None and from_brief is None:
                    if not spaced and word[0] < "a":
                        memo[word] = ()
                    continue  # most starts: no form opens with the word
                # A capitalised (or digit) start is the word WORD_RE reads there; a lower-case
                # one may be the head of a longer word ("congress-backed"): words_at reads it.
                first = (at, stop, word) if not spaced and word[0] < "a" else None
                seconds = lex.second_words.get(key) if from_article is None else None
                if seconds is not None:
                    # "The" starts "The Guardian": peek at the next word before reading a window.
                    nxt = NEXT_WORD_RE.match(text, at + len(word), para.end)
                    if nxt is None or norm(nxt.group(1)) not in seconds:
                        continue
                # Each bucket is kept longest form first (add_known), so one source is already in
                # the order _longest_match needs, and its first form is the longest.
                if from_article is None or from_brief is None:
                    candidates = from_article or from_brief
                else:
                    candidates = merged.get((id(from_article), id(from_brief)))
                    if candidates is None:
                        candidates = merged[id(from_article), id(from_brief)] = \
                            sorted(from_article + from_brief, key=_form_length, reverse=True)
                window = words_at(text, at, len(candidates[0].words), para.end, first)
                keys = (norm(window[0][2]),) if len(window) == 1 else tuple([norm(w[2]) for w in window])
                hit = _longest_match(candidates, window, keys, by_words)
                one = first is not None and len(candidates[0].words) == 1
                if hit is None:
                    if one:
                        memo[word] = ()
                    continue
                n = len(hit.words)
                start, end = window[0][0], window[n - 1][1]
                surface = strip_possessive(text[start:end])
                if one:
                    memo[word] = (hit, surface)
                end = start + len(surface)
            resume = end
            # _honorific_before only where it can find one: a space before the name, and before
            # that the last letter of an honorific or more space (start - 2 is inside the paragraph)
            if start > para.start and text[start - 1].isspace() and \
                    (text[start - 2] in honorific_ends or text[start - 2].isspace()):
                honorific = _honorific_before(text, max(para.start, start - 6), start, lex.honorifics)
                if honorific >= 0:
                    start = honorific  # "Mr. Sullivan" is how the text names him
                    surface = text[start:end]
            actor = actors.get(hit.name)
            if actor is None:
                _mention(actors, hit, lex, start, end, surface)
            else:  # _mention's work for an actor already met, without the call
                actor.mentions.append((offsets[start] if start < 65536 else start,
                                       offsets[end] if end < 65536 else end))
                if surface not in actor.aliases:
                    actor.aliases.append(sys.intern(surface))
            if n > 1:
                nested.append((window[:n], keys[:n], hit.name))
    _nested_persons(text, nested, local, actors, lex)
    return actors


def _honorific_before(text: str, floor: int, start: int, honorifics: frozenset[str]) -> int:
    """Where the honorific right before ``start`` begins, or -1: what
    ``HONORIFIC_BEFORE_RE.search(text, floor, start)`` gives as ``start(1)`` when its
    group is an honorific. That search's group is the last whitespace-free run of the
    window, with only whitespace after it; str.isspace and split read the same
    whitespace as the regex's ``\\s``."""
    if start <= floor or not text[start - 1].isspace():
        return -1
    window = text[floor:start].rstrip()
    if not window:
        return -1
    word = window.rsplit(None, 1)[-1]
    return floor + len(window) - len(word) if word in honorifics else -1


def _form_length(known: Known) -> int:
    return len(known.words)


def _longest_match(candidates: list[Known], window: Window, keys: tuple[str, ...],
                   by_words: ByWords) -> Known | None:
    """Longest form wins, whether the brief or the article supplied it (``candidates``
    come longest first; among forms of one length, the article's before the brief's).
    ``keys`` are the window's words by :func:`norm`."""
    if len(candidates) > ByWords.LINEAR:
        forms = by_words.of(candidates)
        for n in range(len(keys), 0, -1):  # the same order as the walk below, skipping forms of other words
            for known in forms.get(keys[:n], ()):
                if not known.case_sensitive or tuple(case_key(w[2]) for w in window[:n]) == known.case_words:
                    return known
        return None
    case_keys = None  # the window's words by case_key, read once if a case-sensitive form needs them
    for known in candidates:
        n = len(known.words)
        if keys[:n] != known.words:
            continue
        if known.case_sensitive:
            if case_keys is None:
                case_keys = tuple([case_key(w[2]) for w in window])
            if case_keys[:n] != known.case_words:
                continue
        return known
    return None


def _mention(actors: dict[str, Actor], known: Known, lex: ActorLexicon, start: int, end: int, surface: str,
             kind: str | None = None) -> None:
    actor = actors.get(known.name)
    if actor is None:
        entry = lex.entries.get(known.name)
        actor = actors[known.name] = Actor(
            name=known.name, kind=kind or known.kind, rule=known.rule,
            role=entry.role if entry else None,
            affiliation=entry.affiliation if entry else None)
    # offsets a kept card holds: one copy each (model.shared written out: a call less per offset)
    actor.mentions.append((SHARED_OFFSETS[start] if start < 65536 else start,
                           SHARED_OFFSETS[end] if end < 65536 else end))
    if surface not in actor.aliases:
        actor.aliases.append(sys.intern(surface))  # one copy across a session's cards


def _nested_persons(text: str, nested: list[tuple[Window, tuple[str, ...], str]], local: dict[str, list[Known]],
                    actors: dict[str, Actor], lex: ActorLexicon) -> None:
    """A person named inside a longer name ("Joe Biden's administration",
    "office of President X") is mentioned too."""
    persons: dict[int, dict[tuple[str, ...], list[tuple[int, Known]]]] = {}
    answers: dict[tuple[tuple[str, ...], str], list[Known | None]] = {}  # the same names recur
    index = lex.index
    for window, keys, outer in nested:
        for i in range(len(window)):
            from_article, from_brief = local.get(keys[i]), index.get(keys[i])
            if from_article is None and from_brief is None:
                continue  # no form starts with this word: most words of a long name
            found = answers.get((keys[i:], outer))
            if found is None:
                found = answers[keys[i:], outer] = [
                    first_person(from_article, keys[i:], outer, persons) if from_article else None,
                    brief_person(from_brief, keys[i:], outer, lex) if from_brief else None]
            for known in found:
                if known is None:
                    continue
                start, end = window[i][0], window[i + len(known.words) - 1][1]
                end = start + len(strip_possessive(text[start:end]))
                _mention(actors, known, lex, start, end, text[start:end], kind="person")
                break
