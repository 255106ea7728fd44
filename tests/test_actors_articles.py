"""The actor stage reads its articles from the brief's ``definite_article`` and ``article``
lexicons, not from words written in Python: a story brief that adds an article (here the
invented "da" and "ein") changes what the stage skips and strips. Each test fails when
the code hard-codes "the" (or "a"/"an") again."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tui.articles.reader import article_from_text
from tui.cards.actors import ActorLexicon, actor_lexicon
from tui.cards.actors.aliases import Discovered, _bare_words, surnames_alone
from tui.cards.actors.known_forms import FormIndex
from tui.cards.actors.nations import add_nationals
from tui.cards.actors.offices import _post_before
from tui.cards.actors.places import is_party_mention, is_venue_mention
from tui.cards.actors.shapes import numbered_body
from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    """A story brief that adds the invented articles "da" and "ein" to the default's."""
    path = tmp_path_factory.mktemp("brief") / "story.yaml"
    path.write_text(textwrap.dedent("""
        name: articles
        extends: default
        lexicons:
          definite_article: [da]
          article: [da, ein]
        """).lstrip(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lexicons(story) -> tuple[ActorLexicon, ActorLexicon]:
    """The default brief's actor lexicon and the story brief's."""
    return actor_lexicon(load_brief("default")), actor_lexicon(load_brief(story))


def test_a_surname_before_a_known_body_after_the_briefs_article_names_its_head(story, default_engine):
    text = "Harbour board meets on Friday\n\nTom Reed served in da Quarle White House for two years, aides said.\n"
    for engine, named in ((CardEngine.from_path(story), True), (default_engine, False)):
        actors = {a.name: a for a in engine.card(article_from_text(text, path="inline.txt")).actors}
        assert ("Quarle" in actors and actors["Quarle"].kind == "person") is named


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_place_after_the_briefs_article_is_a_party(lexicons):
    default, story = lexicons
    text = "Donors close to da Kremlin met bankers."
    assert is_party_mention(text, *_at(text, "Kremlin"), story)
    assert not is_party_mention(text, *_at(text, "Kremlin"), default)


def test_a_venue_is_read_past_the_briefs_article(lexicons):
    default, story = lexicons
    text = "The rally in da Norbury drew a crowd."
    assert is_venue_mention(text, text.index("Norbury"), story)
    assert not is_venue_mention(text, text.index("Norbury"), default)


def test_a_nationality_after_the_briefs_article_acts(lexicons):
    default, story = lexicons
    text = "Officials said da Chinese have objected."
    found = FormIndex()
    add_nationals(text, found, story, {"Chinese"})
    assert any(k.name == "China" for bucket in found.values() for k in bucket)
    found = FormIndex()
    add_nationals(text, found, default, {"Chinese"})
    assert not any(k.name == "China" for bucket in found.values() for k in bucket)


def test_a_post_is_read_past_the_briefs_article(lexicons):
    default, story = lexicons
    text = "Roe, the ambassador to da Harbour Council, said so."
    assert _post_before(text, text.index("Harbour"), story)
    assert not _post_before(text, text.index("Harbour"), default)


def test_a_bodys_name_drops_the_briefs_article_when_tails_are_compared(lexicons):
    default, story = lexicons
    assert _bare_words("Da Quill Ledger", story) == ["Quill", "Ledger"]
    assert _bare_words("Da Quill Ledger", default) == ["Da", "Quill", "Ledger"]


def test_a_surname_label_after_the_briefs_article_is_no_second_person(lexicons):
    default, story = lexicons
    text = "Jane Doe spoke. Later ein Doe Exclusive ran."
    for lex, kept in ((story, False), (default, True)):
        found = {"Jane Doe": Discovered("Jane Doe", "person", first=0),
                 "Doe Exclusive": Discovered("Doe Exclusive", "person", first=text.index("Doe Exclusive"))}
        surnames_alone(text, found, lex)
        assert ("Doe Exclusive" in found) is kept


def test_a_number_after_the_briefs_article_opens_a_body(lexicons):
    default, story = lexicons
    text = "Troops of da 82nd Airborne Division said so."
    run = re.compile(r"Airborne Division").search(text)
    assert numbered_body(text, run, story)
    assert numbered_body(text, run, default) is None
