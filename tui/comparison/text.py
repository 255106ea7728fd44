"""Text helpers for comparing articles: content words, similarity, figures, edit distance.

Everything here is general English (no story-specific words): a small stopword
list that keeps negations, a light suffix stemmer, a few synonym groups of news
verbs, and number words. Similarity is a weighted overlap of content-word sets,
so a paraphrase that keeps the key words ("nothing about Ukraine without
Ukraine" / "nothing about Ukraine is complete without Ukraine") still aligns.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..articles.segment import paragraphs, split_sentences

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just let me
more most my myself of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up upon us very was we were what when where which while who whom why will with would you
your yours yourself yourselves said says say told tell tells according mr mrs ms dr also however
again stated numerous times really indeed well now still already even
one's it's that's there's we've we're they're i'm i've you're he's she's
""".split())
"""Function words and reporting verbs. Negations (not, no, nothing, never, without) are kept:
they carry the meaning of a denial."""

NEGATIONS = {"not", "no", "nothing", "never", "without", "none", "nor", "neither"}

SYNONYMS = {
    # talking
    "talk": "talk", "discussion": "talk", "negotiation": "talk", "conversation": "talk",
    "negotiat": "talk", "discuss": "talk", "convers": "talk", "dialogue": "talk",
    # approving
    "authoriz": "approve", "authoris": "approve", "authorize": "approve", "authorise": "approve",
    "sanction": "approve", "approv": "approve", "approve": "approve", "endors": "approve",
    "endorse": "approve", "sanctione": "approve",
    # knowing
    "aware": "know", "knew": "know", "known": "know", "knowledge": "know", "know": "know",
    # groundwork
    "foundation": "groundwork", "groundwork": "groundwork",
    # people as sources
    "person": "people", "people": "people", "individual": "people", "source": "people",
    # travel
    "travell": "travel", "travel": "travel", "traveled": "travel", "travelled": "travel",
}
"""A few general paraphrase groups of news English, mapped to one key."""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousand": 1000, "thousands": 2000, "million": 1_000_000, "billion": 1_000_000_000,
}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plural/past/-ing forms, not a full stemmer."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 5 and w.endswith("ment"):
        w = w[:-4]
    elif len(w) > 5 and w.endswith("ly"):
        w = w[:-2]
    if w in SYNONYMS:
        return SYNONYMS[w]
    if word in SYNONYMS:
        return SYNONYMS[word]
    return w


def words(text: str) -> list[str]:
    """Lower-cased words; contractions of 'not' become 'not'."""
    text = text.replace("’", "'").lower()
    text = text.replace("n't", " not").replace("cannot", "can not")
    return _WORD_RE.findall(text)


@lru_cache(maxsize=1 << 15)
def content_tokens(text: str) -> frozenset[str]:
    """The set of stemmed content words of a text (stopwords dropped, negations kept).

    Cached (a pure function of the text): the overview, the briefing and each comparison
    read the same statements, and a set of thousands would otherwise tokenise them again."""
    out = set()
    for w in words(text):
        if w in STOPWORDS or (len(w) < 2 and not w.isdigit()):
            continue
        if w.endswith("'s"):
            w = w[:-2]
        if w in NEGATIONS:
            out.add("without" if w == "without" else "not")
            continue
        out.add(stem(w))
    return frozenset(out)


class Weights:
    """Inverse document frequency of tokens over a set of token sets (rarer words weigh more)."""

    def __init__(self, docs: list[frozenset[str]] | None = None):
        self.df: dict[str, int] = {}
        self.n = 0
        self._cache: dict[str, float] = {}
        self._totals: dict[frozenset, float] = {}
        for d in docs or ():
            self.add(d)

    def add(self, doc: frozenset[str]) -> None:
        self.n += 1
        self._cache.clear()
        self._totals.clear()
        for t in doc:
            self.df[t] = self.df.get(t, 0) + 1

    def __call__(self, token: str) -> float:
        w = self._cache.get(token)
        if w is None:
            df = self.df.get(token, 0)
            w = math.log((self.n + 1) / (df + 0.5)) + 0.5
            if token in ("not", "without"):
                w = max(w, 1.0)
            w = self._cache[token] = max(w, 0.2)
        return w

    def total(self, tokens: frozenset[str]) -> float:
        w = self._totals.get(tokens)
        if w is None:
            w = self._totals[tokens] = sum(map(self, tokens))
        return w


def similarity(a: frozenset[str], b: frozenset[str], weight=None) -> float:
    """Weighted overlap of two token sets in [0, 1].

    A blend (0.65 / 0.35) of the overlap coefficient (shared weight / weight of the smaller set)
    and weighted Jaccard, so a short statement contained in a longer one scores high
    but not as high as a true restatement. Fewer than two shared words scores 0.
    """
    if not a or not b:
        return 0.0
    shared = a & b
    if len(shared) < 2:
        return 0.0
    if weight is None:
        ws, wa, wb = len(shared), len(a), len(b)
    else:
        ws = sum(map(weight, shared))
        total = getattr(weight, "total", None)
        if total is not None:
            wa, wb = total(a), total(b)
        else:
            wa, wb = sum(map(weight, a)), sum(map(weight, b))
    overlap = ws / min(wa, wb)
    jaccard = ws / (wa + wb - ws)
    return 0.65 * overlap + 0.35 * jaccard


@dataclass(frozen=True)
class Figure:
    """A number, date part or count in a sentence: what kind, its value, and where."""

    kind: str  # "count", "year", "month", "weekday", "number"
    value: str
    unit: str  # the counted noun (stemmed, synonym key) for counts; "" otherwise
    start: int
    end: int
    surface: str
    context: frozenset = frozenset()
    """Content words right after a count ("six people *briefed on the talks*")."""


_FIG_RE = re.compile(
    r"\b(?P<num>\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?:of\s+the\s+|of\s+|former\s+|more\s+|other\s+|senior\s+|current\s+|anonymous\s+|unnamed\s+)?"
    r"(?P<noun>[^\W\d_]{3,}))?"
    r"|\b(?P<month>" + "|".join(MONTHS) + r")\b"
    r"|\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE)


def figures(text: str, offset: int = 0) -> list[Figure]:
    """Numbers with the noun they count, years, months and weekdays in ``text``."""
    out = []
    for m in _FIG_RE.finditer(text):
        s, e = m.start() + offset, m.end() + offset
        if m.group("month"):
            month = m.group("month")
            if month.lower() == "may" and not month[0].isupper():
                continue  # "may" in lower case is the verb
            out.append(Figure("month", month.lower(), "", s, e, m.group(0)))
        elif m.group("weekday"):
            out.append(Figure("weekday", m.group("weekday").lower(), "", s, e, m.group(0)))
        else:
            raw = m.group("num")
            low = raw.lower()
            if low == "one" and not m.group("noun"):
                continue  # "one" alone is usually a pronoun
            value = str(NUMBER_WORDS[low]) if low in NUMBER_WORDS else raw.replace(",", "")
            noun = m.group("noun")
            if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100:
                out.append(Figure("year", raw, "", m.start("num") + offset, m.end("num") + offset, raw))
                continue
            if noun and noun.lower() not in STOPWORDS:
                after = " ".join(text[m.end():m.end() + 60].split()[:5])
                out.append(Figure("count", value, stem(noun.lower()), s, e, m.group(0), content_tokens(after)))
            else:
                out.append(Figure("number", value, "", m.start("num") + offset, m.end("num") + offset, raw))
    return out


def sentences(text: str, start: int = 0, end: int | None = None,
              skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, leaving out spans inside ``skip`` (boilerplate).

    Uses the engine's own splitter, so "Mr. Kirby" and "the U.S." stay whole here
    exactly as they do on the cards.
    """
    out = []
    for para in paragraphs(text, start):
        if end is not None and para.start >= end:
            break
        for sentence in split_sentences(text, para.start, para.end if end is None else min(para.end, end)):
            s, e = sentence.start, sentence.end
            if e - s < 3 or any(bs <= s and e <= be for bs, be in skip):
                continue
            out.append((s, e))
    return out
