"""The actor finder's fast paths give what the plain ones gave (speed work, issue 10)."""

import re

from tui.cards.actors.plans import run_tokens as _tokens
from tui.cards.actors.words import WORD_RE, words_at


def test_run_tokens_are_the_non_space_runs():
    for run in ["Ada Quillon", "Dunmore  Council\u00a0of\tthe Marrow", "Quill", " Lead and trail ", "",
                "U.S. Sen. Ada  Quillon’s"]:
        assert _tokens(run) == [(m.start(), m.group()) for m in re.finditer(r"\S+", run)]


def test_words_at_with_the_first_word_read_gives_the_plain_window():
    text = "Then Ada R. Quillon of Dunmore Council, U.S. attorney; Workers’ Compensation Board met."
    for m in re.finditer(r"(?<![\w’'&.-])[A-Z][\w’'&.-]*[\w&]|(?<![\w’'&.-])[A-Z]", text):
        first = WORD_RE.match(text, m.start(), len(text))
        for count in range(1, 5):
            plain = words_at(text, m.start(), count, len(text))
            assert words_at(text, m.start(), count, len(text), (first.start(), first.end(), first.group())) == plain


def test_honorific_before_is_the_regex_search():
    import random

    from tui.cards.actors.scan import _honorific_before
    from tui.cards.actors.words import HONORIFIC_BEFORE_RE

    honorifics = frozenset({"Mr.", "Dr", "Ms", "r."})
    pieces = ["Mr.", "Dr", "Ms", "x", " ", "  ", "\t", "\u00a0", "\n", ",", "Quillon", "r."]
    rnd = random.Random(10)
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) + "Quillon"
        start = text.rindex("Quillon")
        floor = max(0, start - rnd.randint(0, 8))
        m = HONORIFIC_BEFORE_RE.search(text, floor, start)
        expected = m.start(1) if m and m.group(1) in honorifics else -1
        assert _honorific_before(text, floor, start, honorifics) == expected, (text, floor)


def test_a_short_bucket_read_in_order_gives_the_indexed_person():
    from tui.cards.actors.known_forms import Known
    from tui.cards.actors.scan import _first_person

    def known(words, name, kind="person"):
        return Known(tuple(words.split()), name, kind, False, words, "r")

    bucket = [known("ada quillon marsh", "Ada Quillon Marsh"), known("ada quillon", "Ada Quillon", "org"),
              known("ada quillon", "Ada Quillon"), known("ada", "Ada Roe"), known("ada", "Ada Poe")]
    for keys in [("ada",), ("ada", "quillon"), ("ada", "quillon", "marsh"), ("bo",), ("ada", "x", "marsh")]:
        for outer in ["Ada Quillon", "Ada Roe", "Ada Quillon Marsh", "Nobody"]:
            long_bucket = bucket + [known("zed", f"Zed {i}") for i in range(20)]  # read through the index
            assert _first_person(bucket, keys, outer, {}) == _first_person(long_bucket, keys, outer, {})


def test_a_one_word_run_is_cleaned_as_clean_cleans_it():
    """clean_one is clean for a run of one word: each word of the brief's lists that
    clean reads, with the endings it strips, in and out of a sentence's first place."""
    from tui.cards.actors.spans import clean, clean_one
    from tui.cards.engine import CardEngine

    lex = CardEngine.from_path("default").lexicon
    words = {"Quillon", "Dunmore", "Marrow", "Ada", "QX", "Quillon’s", "Quillon'", "Marrow-based", "Zed,", "Ab"}
    for pool in (lex.title_words, lex.party_words, lex.not_names, lex.connectors, lex.name_suffixes,
                 lex.demonyms, lex.months, lex.kept_suffixes, lex.programmes, lex.state_words, lex.org_words):
        words.update(w for w in sorted(pool)[:40] if " " not in w)
    words.update([w + "’s" for w in list(words)] + [w + "-led" for w in list(words)])
    kinds = set()
    for word in sorted(words):
        for at_start in (True, False):
            expected = clean([(3, word)], at_start, lex)
            assert clean_one((3, word), at_start, lex) == expected, (word, at_start)
            kinds.add(bool(expected))
    assert kinds == {True, False}  # both a name kept and a word dropped were read
