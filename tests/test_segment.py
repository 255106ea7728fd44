"""Paragraphs, sentences and quotations, with offsets into the untouched text."""

from __future__ import annotations

import pytest

from tui.articles.segment import find_quotes, paragraphs, segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, 0, len(text))]


def quotes(text: str) -> list[tuple[str, bool, bool]]:
    return [(text[q.start:q.end], q.opened, q.closed) for q in find_quotes(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith arrived on Monday. He spoke briefly.",
     ["Mr. Smith arrived on Monday.", "He spoke briefly."]),
    ("Officials in the U.S. Senate voted. The bill passed.",
     ["Officials in the U.S. Senate voted.", "The bill passed."]),
    ("Dr. Jones and Mrs. Patel met Gen. Ortiz. Nothing was agreed.",
     ["Dr. Jones and Mrs. Patel met Gen. Ortiz.", "Nothing was agreed."]),
    ("The actor Michael J. Fox spoke. Fans cheered!",
     ["The actor Michael J. Fox spoke.", "Fans cheered!"]),
    ("Prices rose 3.5 percent. Why? Nobody knows.",
     ["Prices rose 3.5 percent.", "Why?", "Nobody knows."]),
    ("A sentence with no final stop", ["A sentence with no final stop"]),
])
def test_sentences_respect_abbreviations(text, expected):
    assert sentences(text) == expected


def test_sentence_offsets_slice_the_text_exactly():
    text = "Header\n\nMs. Lee said it rained.  It did.\nSecond line here."
    for para in segment(text):
        for s in para.sentences:
            piece = text[s.start:s.end]
            assert piece == piece.strip() and piece
            assert para.start <= s.start < s.end <= para.end


def test_sentence_ending_inside_closing_quote_keeps_the_mark():
    text = "He said: “We will win. Nobody doubts it.” Then he left."
    assert sentences(text) == ["He said: “We will win.", "Nobody doubts it.”", "Then he left."]


@pytest.mark.parametrize("text, inside", [
    ("He said: “We will win. Nobody doubts it.” Then he left.", "We will win. Nobody doubts it."),
    ('He said: "We will win. Nobody doubts it." Then he left.', "We will win. Nobody doubts it."),
    ("She said: ‘The plan is final.’ Then she left.", "The plan is final."),
])
def test_quotes_in_curly_and_straight_marks(text, inside):
    assert quotes(text) == [(inside, True, True)]


def test_two_straight_quotes_in_one_line_are_two_quotes():
    text = '"We will win," he said. "Nobody doubts it."'
    found = [q[0].rstrip(",.") for q in quotes(text)]
    assert found == ["We will win", "Nobody doubts it"]


def test_apostrophes_are_not_quotes():
    assert quotes("The group’s plan isn’t final, officials said. It's the council's call.") == []


def test_unmatched_closing_mark_closes_a_quote_from_the_paragraph_start():
    text = "We will win,” he said, and left."
    assert quotes(text) == [("We will win,", False, True)]


def test_mismatched_opening_single_and_closing_double_mark():
    text = "‘Mr. Lee was not involved. We stayed out,” said the aide."
    [(inside, opened, closed)] = quotes(text)
    assert inside.startswith("Mr. Lee was not involved.") and inside.rstrip(",").endswith("We stayed out")
    assert opened and closed


def test_unclosed_opening_mark_runs_to_the_paragraph_end():
    text = "He said: “We will win and nobody doubts it"
    assert quotes(text) == [("We will win and nobody doubts it", True, False)]


def test_unclosed_quote_does_not_run_into_the_next_paragraph():
    text = "He said: “We will win\n\nA new paragraph starts here."
    paras = segment(text)
    assert len(paras) == 2
    [q] = paras[0].quotes
    assert text[q.start:q.end] == "We will win" and not q.closed
    assert paras[1].quotes == []


def test_paragraphs_are_non_empty_lines_with_crlf_and_offsets():
    text = "Title\r\n\r\n  Indented line.  \r\nLast"
    got = [text[p.start:p.end] for p in paragraphs(text)]
    assert got == ["Title", "Indented line.", "Last"]


def test_segment_starts_at_the_body():
    text = "---\ntitle: X\n---\nBody line one.\n"
    body = text.index("Body")
    paras = segment(text, body)
    assert [text[p.start:p.end] for p in paras] == ["Body line one."]


def test_single_curly_quotes_around_lower_case_words():
    """'calls the plan ‘stupid’, ‘useless.’': each pair is a short quotation; the closing mark
    after the full stop does not turn the sentence before it into one."""
    text = "Ann Roe calls the harbour plan ‘stupid’, ‘useless.’"
    assert quotes(text) == [("stupid", True, True), ("useless.", True, True)]


def test_a_lone_opening_single_mark_before_a_lower_case_word_opens_nothing():
    text = "She said ‘over my dead body‘, and left."
    assert quotes(text) == []


def test_sentence_ends_match_where_the_look_ahead_pattern_matched():
    """SENTENCE_END opens on the mark it consumes (the engine skips to one in C) instead of
    a look-ahead for it: the same spans as the look-ahead form, on invented text."""
    import random
    import re

    from tui.articles.segment import SENTENCE_END

    look_ahead = re.compile(r"(?=[.!?])(?:[.!?]+[\"”’')\]]*(?=\s+(?:''|[\"“‘(\[])?[A-Z0-9])"
                            r"|[.!?]+[\"”’')\]]*\s*$)")
    pieces = [".", "!", "?", "...", "\"", "”", "’", "'", ")", "]", " ", "  ", "\n", "''", "“", "‘", "(", "[",
              "Ada", "quill", "9", "Mr", "x"]
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in SENTENCE_END.finditer(text)] == [m.span() for m in look_ahead.finditer(text)], text
