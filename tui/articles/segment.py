"""Paragraphs, sentences and quotations (found by :mod:`.quotes`) with offsets into the
original text.

Everything here keeps offsets into the untouched text: the engine never copies
or normalises the article, so a span found anywhere can be shown and exported
exactly where it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .quotes import Quote, find_quotes

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
    "st", "jr", "sr", "vs", "no", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
    "approx", "dept", "est", "fig", "mt", "ft", "rev", "hon", "pres", "adm", "cmdr", "maj",
}
SENTENCE_END = re.compile(r"[.!?](?:[.!?]*[\"”’')\]]*(?=\s+(?:''|[\"“‘(\[])?[A-Z0-9])|[.!?]*[\"”’')\]]*\s*$)")
"""Both branches open with one mark ("[.!?]+" is "[.!?][.!?]*", tried in the same order), read
once in front: a pattern that opens on a character set lets the regex engine skip to the
next mark in C, where a leading look-ahead for it was tried at every character (same matches)."""
TITLE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "with", "at", "by", "from", "as"})


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    boilerplate: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    title_case: bool = False
    """A headline-style line: capitalised words there are not evidence of a name."""
    meta: str | None = None
    """Id of the metadata rule that read this line (byline, dateline): no statements here."""
    boilerplate_rule: str | None = None


def paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Every non-empty line is a paragraph: scraped articles rarely keep blank-line structure."""
    result = []
    pos = start
    for line in text[start:].splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            s = pos + lead
            result.append(Paragraph(start=s, end=s + len(stripped)))
        pos += len(line)
    return result


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    sentences = []
    cursor = start
    for match in SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if ends_in_abbreviation(text, cursor, match.start()):
            continue
        piece_end = stop
        while piece_end > cursor and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > cursor:
            sentences.append(Sentence(cursor, piece_end))
        cursor = stop
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        sentences.append(Sentence(cursor, end))
    return sentences


ABBREVIATION_REACH = max(map(len, ABBREVIATIONS)) + 1
"""How far back the word before a dot is read: a longer word is no abbreviation and no
initial, so the walk stops there (most words before a full stop are ordinary words)."""


def ends_in_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    floor = max(start, dot - ABBREVIATION_REACH)
    if dot - floor == ABBREVIATION_REACH and text[floor:dot].isalpha():
        return False  # a word of the whole reach or longer (most dots): no abbreviation, no initial
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    if word_start == floor > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        return False  # longer than any abbreviation
    word = text[word_start:dot].lower()
    if word in ABBREVIATIONS:
        return True
    # Initials such as "J." in "Michael J. Fox".
    return len(word) == 1 and text[word_start].isupper()


TITLE_MAX = 200
"""The longest line read as a headline."""


def is_title_case(text: str) -> bool:
    if len(text) > TITLE_MAX:
        return False  # a headline is short; a paragraph of prose is not one
    if text.rstrip().endswith(":"):
        return False  # "Governor Ann Roe said Monday:" introduces the quotation or post below it
    words = TITLE_WORD_RE.findall(text)
    if len(words) < 4:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capital = sum(1 for w in content if w[0].isupper())
    return bool(content) and capital / len(content) >= 0.75


def segment(text: str, start: int = 0) -> list[Paragraph]:
    result = paragraphs(text, start)
    for para in result:
        split_paragraph(text, para)
    return result


def split_paragraph(text: str, para: Paragraph) -> None:
    """Sentences, quotations and headline case of one paragraph (again, after its start moved)."""
    para.sentences = split_sentences(text, para.start, para.end)
    para.quotes = find_quotes(text, para.start, para.end)
    # a line too long for a headline is not copied out to be told so
    para.title_case = para.end - para.start <= TITLE_MAX and is_title_case(text[para.start:para.end])
