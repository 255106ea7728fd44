"""The cue reader's and the segmenter's fast paths give what the plain steps gave.

Each fast path skips work whose answer is already known (a match the caller already
holds, a branch no character opens, a walk back over a long word); each test sets the
plain step beside the fast one on invented text.
"""

from __future__ import annotations

import random

import pytest

from tui.articles.segment import ABBREVIATION_REACH, ABBREVIATIONS, ends_in_abbreviation


def _plain_ends_in_abbreviation(text: str, start: int, dot: int) -> bool:
    """ends_in_abbreviation as it was before its long-word shortcut: the walk alone."""
    if text[dot] != ".":
        return False
    word_start = dot
    floor = max(start, dot - ABBREVIATION_REACH)
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    if word_start == floor > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        return False
    word = text[word_start:dot].lower()
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[word_start].isupper()


def test_long_word_shortcut_agrees_with_the_walk():
    pieces = ["Mr", "Sen", "approx", "U.S", "J", "Quillonbury", "harbourmaster", "x", "ab.cd", "Ølstad",
              "1999", "café", "e.g", " ", "  ", "(", "’", "-", "Ferrymen", "Dunmore"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ".", ". "]) for _ in range(rng.randint(1, 6))) + "."
        start = rng.randint(0, len(text) - 1)
        for dot in range(start, len(text)):
            assert ends_in_abbreviation(text, start, dot) == _plain_ends_in_abbreviation(text, start, dot), \
                (text, start, dot)


@pytest.mark.parametrize("text, word, expected", [
    ("The harbourmaster left.", "left", False),
    ("He met the harbourmaster.", "harbourmaster", False),   # a long word: the shortcut answers
    ("He met Sen. Roe there.", "Sen", True),
    ("He met Ann J. Roe there.", "J", True),
    ("He met the approx. figure.", "approx", True),
])
def test_long_word_shortcut_on_sentences(text, word, expected):
    dot = text.index(word + ".") + len(word)
    assert ends_in_abbreviation(text, 0, dot) == expected


@pytest.fixture(scope="module")
def cues(default_engine):
    return default_engine.statement_finder.cues


@pytest.mark.parametrize("after", [
    "accused him of sexism on Monday.",
    "praised the council for the rescue.",
    "told reporters in Dunmore.",
    "told the Dunmore Gazette on Monday.",
    "told a council panel Wednesday.",
    "said on Monday.",
    "said just that.",
    "told reporters the ferry would run on Monday.",
    "urged voters to reject the plan.",
])
def test_object_content_with_the_callers_match(cues, after):
    test = cues.content_test
    text = "Ann Roe " + after
    for pos in range(len("Ann Roe "), len(text)):
        obj = test.object_head.match(text, pos, len(text))
        if obj is not None:
            assert test.object_content(text, pos, len(text), obj) == test.object_content(text, pos, len(text))


def _plain_is_fragment(test, text: str, start: int, end: int) -> bool:
    """ContentTest.is_fragment as it was before it read the object and the tell verb once."""
    from tui.cards.fragments import MAX_TITLE_WORDS, MIN_CONTENT_WORDS

    if test.object_content(text, start, end):
        return False
    obj = test.object_head.match(text, start, end)
    if obj:
        start = obj.end()
    rest = text[start:end]
    if len(rest.strip(" ,:.!?;").split(None, MIN_CONTENT_WORDS)) < MIN_CONTENT_WORDS:
        return True
    first = start + len(rest) - len(rest.lstrip())
    hearer = test.named_hearer.match(text, first, end) \
        if test.tell_before.search(text, max(0, start - 12), start) else None
    if hearer and len(hearer.group("n").split()) <= MAX_TITLE_WORDS and test.verbs.isdisjoint(hearer.group("n").split()):
        return True
    if hearer is None and test.tell_before.search(text, max(0, start - 12), start) \
            and test.phrase_hearer.match(text, first, end):
        return True
    if test.empty.match(text, first, end):
        return True
    if test.time_lead.match(text, first, end):
        return False
    if test.infinitive.match(text, start, end) and test.infinitive_cue.search(text, max(0, start - 30), start):
        return False
    return test.fragment.match(text, first, end) is not None


SENTENCES = [
    "Ann Roe told reporters in Dunmore.",
    "Ann Roe told the Dunmore Gazette on Monday.",
    "Ann Roe told a council panel Wednesday.",
    "Ann Roe told reporters Tom Varga of the Harbour Board on Monday.",
    "Ann Roe told him the Quill Ledger was wrong.",
    "Ann Roe told them a council panel Wednesday.",
    "Ann Roe said just that.",
    "Ann Roe accused him of sexism on Monday.",
    "Ann Roe told reporters the ferry would run on Monday.",
    "Ann Roe urged voters to reject the plan.",
    "Ann Roe vowed to fight on, telling reporters in Dunmore as she left.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fragment_test_agrees_with_the_plain_one(cues, sentence):
    """At every position of each sentence, the fast is_fragment answers as the plain one."""
    test = cues.content_test
    for start in range(len(sentence)):
        for end in (len(sentence), len(sentence) - 1):
            assert test.is_fragment(sentence, start, end) == _plain_is_fragment(test, sentence, start, end), \
                (sentence, start, end)


@pytest.mark.parametrize("sentence, fragment", [
    ("Ann Roe told reporters in Dunmore.", True),
    ("Ann Roe told the Dunmore Gazette on Monday.", True),
    ("Ann Roe told a council panel Wednesday.", True),
    ("Ann Roe said just that.", True),
    ("Ann Roe accused him of sexism on Monday.", False),
    ("Ann Roe told reporters the ferry would run on Monday.", False),
])
def test_fragments_read_once(cues, sentence, fragment):
    """is_fragment reads the object and the tell verb once each and answers as before."""
    cue_end = sentence.index(" ", len("Ann Roe "))
    assert cues.is_fragment(sentence, cue_end, len(sentence)) == fragment


@pytest.mark.parametrize("sentence", [
    "said on Tuesday in Dunmore, noting that the ferry ran late.",
    "said in April while promoting the harbour plan.",
    'said in his book, "The Quill Years."',
    "said on Monday (before the vote) that it was late.",
    "said at the pier - a windy place - that it was late.",
    "said,\u201d adding that the board would meet.",
    "said  (\tagain) it was fine",
])
def test_fragment_cut_guard_finds_what_the_bare_pattern_found(cues, sentence):
    """The lookahead in front of fragment_cut only skips characters no branch opens on."""
    import re

    guarded = cues.contents.fragment_cut
    prefix = r"(?=[\s,(])(?:"
    assert guarded.pattern.startswith(prefix)
    bare = re.compile(guarded.pattern[len(prefix):-1], guarded.flags)
    for pos in range(len(sentence)):
        a, b = guarded.search(sentence, pos), bare.search(sentence, pos)
        assert (a and a.span()) == (b and b.span()), (sentence, pos)
