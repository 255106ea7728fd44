"""The actor finder's fast paths give what the plain ones gave (speed work, issue 10)."""

import re

from tui.cards.actors.finder import _tokens
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
