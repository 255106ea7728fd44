"""Who a descriptor means: "the Kentucky Republican", "the former secretary of state",
"the Ohio governor", "the billionaire".

News prose introduces a person once with their office, party, state or trade ("Sen. Rand
Paul (R-Ky.)", "Ohio Gov. John Kasich", "Hillary Clinton, the former secretary of state")
and then refers back with a definite noun phrase built from the same words. The person
meant is the one named person whose introductions carry every word of the phrase; when
no one or more than one person fits, this module gives no answer and the resolver's
other rules (the last holder of a role, the person in focus) decide.

When no one is introduced with the phrase's words at all ("the Kentucky Republican" for
"Senate Majority Leader Mitch McConnell"), news prose is describing the person it is
writing about: :meth:`Descriptors.fit` gives the person in focus, unless the
article introduces them with another state or party ("the Ohio governor" is not the
person introduced as "former Florida Gov. Jeb Bush").

The English lives in the brief: ``descriptor_head`` (the nouns such a phrase ends on),
``descriptor_form`` (one meaning written several ways: "Kentucky=Ky.", "senator=Sen."),
``party_letter`` ("Republican=R" for party tags such as "R-Ky.") and
``descriptor_optional`` (words a second, looser reading may leave out: "former",
"presumptive") and ``descriptor_generic`` (heads that alone are left to the focus rules:
"the candidate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.brief import Brief
from ..rules.patterns import compile_pattern
from .article_state import ArticleState
from .model import Actor
from .introductions import Introductions

WORD_TAIL = re.compile(r"[\w’'-]*")
"""The rest of a word a source phrase was cut inside."""


@dataclass(frozen=True)
class Fit:
    """The person a descriptor phrase means, and the words that made them fit."""

    person: Actor
    words: tuple[str, ...]
    loose: bool
    by_focus: bool = False
    """No one is introduced so: the phrase describes the person in focus."""


class Descriptors(Introductions):
    """Definite descriptor phrases to the one named person they fit."""

    def __init__(self, brief: Brief):
        self.heads = {w.lower() for w in brief.words("descriptor_head")}
        self.optional = {w.lower() for w in brief.words("descriptor_optional")}
        self.generic = {w.lower() for w in brief.words("descriptor_generic")}
        self.exact: dict[str, tuple[str, ...]] = {}
        for pair in brief.words("descriptor_form"):
            meaning, _, form = pair.partition("=")
            if form:
                self.exact[form] = tuple(meaning.lower().split())
                self.exact.setdefault(meaning, tuple(meaning.lower().split()))
        # Whole words match in any case ("senator", "Senator"); abbreviations only as written
        # ("Ky.", "KY": not "mass" or "in").
        self.folded = {k.lower(): v for k, v in self.exact.items() if "." not in k and len(k) > 2}
        letters = {}
        for pair in brief.words("party_letter"):
            party, _, letter = pair.partition("=")
            letters[letter] = party.lower()
        self.letters = letters
        # Meanings of which one person has one: a party ("R"), and a state (the capitalised
        # meanings of descriptor_form that are not parties: "Kentucky", "New York").
        self.parties = {(p,) for p in letters.values()}
        self.states = {tuple(meaning.lower().split()) for pair in brief.words("descriptor_form")
                       for meaning in [pair.partition("=")[0]] if meaning[:1].isupper()} - self.parties
        alternation = "|".join(re.escape(k) for k in sorted(letters, key=len, reverse=True)) or "(?!)"
        # "Rand Paul (R-Ky.)", "Rand Paul, R-Ky., said", "(D-New York)"
        self.party_tag = compile_pattern(
            rf"\s*[,(]\s*(?P<party>{alternation})\.?\s*[-–]\s*(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
        self.appositive = compile_pattern(r",\s+(?P<words>[^,;:()“”\"\n—–]{1,100})")
        self.of_place = compile_pattern(r"\s+of\s+(?P<words>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
        self.determiners = {w.lower() for w in brief.words("determiner")}
        self.links = {w.lower() for w in brief.words("name_links")}
        self.articles = {w.lower() for w in brief.words("article")}
        self.definite = {w.lower() for w in brief.words("definite_article")}
        # Bare titles ("the senator", "the governor") are left to the role holders (roles.py):
        # the person last named with the title, which a uniqueness test over the whole
        # article would overrule for no gain.
        self.titles = {w.lower() for w in brief.words("office")} \
            | {pair.partition("=")[0].lower() for pair in brief.words("role_abbreviation")}
        self.title_vocabulary = {part for w in self.heads | self.optional for part in w.split()} \
            | {w.lower().rstrip(".") for w in self.exact} | {w.lower() for w in brief.words("descriptor_link")}

    def is_descriptor(self, words: list[str]) -> bool:
        """ "the Kentucky Republican", "The former secretary of state": a definite phrase
        ending on a descriptor noun, written in lower case unless it is a party or a
        demonym ("The New Hampshire Union Leader" is a paper)."""
        if len(words) < 2 or words[0].lower() not in self.definite:
            return False
        head = self._head(words)
        if head is None:
            return False
        last = words[-1].strip(",.’'")
        return last.islower() or last.lower() in self.optional or bool(self.exact.get(last))

    def phrase_words(self, text: str, start: int, end: int) -> list[str]:
        """The words of a source phrase, with the article right before it when the phrase
        was taken without it ("In a statement, the Kentucky Republican on Tuesday
        dismissed" gives "Kentucky Republican"), and whole at its end."""
        words = text[start:end].split()
        tail = WORD_TAIL.match(text, end)
        if words and tail.end() > end and not text[end - 1:end].isspace():
            words[-1] += tail.group()  # cut inside a word: "The Republican leader|s" is no one person
        if words and words[0].lower() not in self.definite:
            before = text[max(0, start - 5):start].split()
            if before and before[-1].lower() in self.definite and text[start - 1:start].isspace():
                words.insert(0, before[-1])
        return words

    def _head(self, words: list[str]) -> str | None:
        last = words[-1].strip(",.’'").lower()
        if last in self.heads:
            return last
        for i in range(len(words) - 1):  # "secretary of state": a head with its complement
            if " ".join(w.lower() for w in words[i:]) in self.heads:
                return " ".join(w.lower() for w in words[i:])
        return None

    def fit(self, ctx: ArticleState, words: list[str], before: int, focus: Actor | None = None) -> Fit | None:
        """The one person named before ``before`` whose introductions carry every word of
        the phrase; failing that, every word but the optional ones ("former"); failing
        that, the person in focus (:meth:`_focus_fit`). None when several fit."""
        fit, several = self._match(ctx, words, before)
        if fit is not None or several:
            return fit
        return self._focus_fit(ctx, words, before, focus)

    def _focus_fit(self, ctx: ArticleState, words: list[str], before: int, focus: Actor | None) -> Fit | None:
        """The person in focus, when no one at all is introduced with the phrase's words and
        the phrase names a state or a party ("the Kentucky Republican" for Mitch McConnell,
        who spoke last): news prose describes the person it is writing about. Not when the
        article gives that person another state or party ("the Ohio governor" is not Jeb
        Bush, "Florida Gov.")."""
        if focus is None or focus.kind != "person":
            return None
        wanted = self.meanings(words[1:])
        profile = next((seen for actor, first, seen in self._profiles(ctx) if actor is focus and first < before), None)
        if profile is None:
            return None
        said_any = False
        for kind in (self.states, self.parties):
            said = {m for m in kind if set(m) <= wanted}
            known = {m for m in kind if set(m) <= profile}
            if said and known and not said <= known:
                return None  # the article gives them another state or party
            said_any = said_any or bool(said)
        return Fit(focus, tuple(sorted(wanted)), True, by_focus=True) if said_any else None

    def _telling(self, wanted: set[str]) -> bool:
        """Does the phrase say more than a bare title or a generic head ("the senator", "the
        candidate")? Those are left to the role and focus rules."""
        return bool(wanted) and not (len(wanted) == 1 and wanted <= self.titles | self.generic)

    def _match(self, ctx: ArticleState, words: list[str], before: int) -> tuple[Fit | None, bool]:
        """The one fitting person, and whether several fit."""
        wanted = self.meanings(words[1:])
        if not self._telling(wanted):
            return None, False
        profiles = self._profiles(ctx)
        candidates = [(actor, seen) for actor, first, seen in profiles if first < before]
        head = self.meanings([self._head(words) or ""])
        for loose in (False, True):
            need = {w for w in wanted if not loose or w not in self.optional or w in head}
            if loose and need == wanted:
                break
            fitting = [actor for actor, seen in candidates if need <= seen]
            if len(fitting) == 1:
                return Fit(fitting[0], tuple(sorted(need)), loose), False
            if len(fitting) > 1:
                return None, True  # two people fit: the phrase does not say which
        return None, False

    def meanings(self, words: list[str]) -> set[str]:
        """The words of a phrase as meanings: "Ky." and "Kentucky" are one, "Sen." is
        "senator", "R" in a party tag is "republican"; links ("of", "and") say nothing."""
        found: set[str] = set()
        for raw in words:
            word = raw.strip(",;:()“”\"")
            for suffix in ("’s", "'s"):
                if word.endswith(suffix):
                    word = word[:-len(suffix)]
            if not word:
                continue
            meaning = self.exact.get(word) or self.folded.get(word.lower())
            if meaning:
                found.update(meaning)
                continue
            lowered = word.lower().rstrip(".")
            if lowered in self.links or lowered in self.determiners or lowered in self.articles:
                continue
            found.add(lowered)
        return found
