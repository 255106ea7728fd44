"""The faster paths for one long paragraph (issue 13: 2 MB in under 5 s) give what the
slow ones gave. Each test runs the old code, written out here, against the new on random
invented input."""

from __future__ import annotations

import json
import random

from tui.cards.actors.known_forms import Known
from tui.cards.actors.bucket_index import first_person
from tui.cards.engine import CardEngine
from tui.articles.reader import article_from_text
from tui.commands.json_text import indented

WORDS = ("ama", "bode", "cree", "dunn", "ebb")


def _old_first_person(bucket: list[Known], keys: tuple[str, ...], outer: str) -> Known | None:
    """What ``_nested_persons`` did for each word of each window: read the whole bucket."""
    return next((k for k in bucket if k.kind == "person" and k.name != outer and len(k.words) <= len(keys)
                 and k.words == keys[:len(k.words)]), None)


def test_the_first_person_of_a_bucket_is_the_one_the_bucket_scan_found():
    rnd = random.Random(13)
    for _ in range(3000):
        bucket = []
        for _ in range(rnd.randint(0, 9)):
            words = tuple(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3)))
            bucket.append(Known(words=words, name=rnd.choice(["Ama Bode", "Cree Dunn", "Ebb"]),
                                kind=rnd.choice(["person", "person", "org"]), case_sensitive=False,
                                surface=" ".join(words), rule="test"))
        keys = tuple(rnd.choice(WORDS) for _ in range(rnd.randint(1, 4)))
        outer = rnd.choice(["Ama Bode", "Cree Dunn", "Ebb", "Nobody"])
        persons: dict = {}
        for _ in range(2):  # the second time from the index built by the first
            assert first_person(bucket, keys, outer, persons) is _old_first_person(bucket, keys, outer)


def _random_json(rnd: random.Random, depth: int = 0):
    kind = rnd.randrange(10 if depth < 4 else 6)
    if kind == 0:
        return rnd.choice(["", "Oma said \"no\"\n", "caf\u00e9 \u2028 \x01", "\\"])
    if kind == 1:
        return rnd.randint(-10**6, 10**6)
    if kind == 2:
        return rnd.choice([0.5, -0.0, 1e300, float("nan"), float("inf"), -float("inf")])
    if kind in (3, 4, 5):
        return rnd.choice([True, False, None])
    if kind == 6:
        return [rnd.randint(0, 99), rnd.randint(0, 99)]
    if kind in (7, 8):
        return [_random_json(rnd, depth + 1) for _ in range(rnd.randint(0, 4))]
    keys = [rnd.choice(["a", "b", "\u00e9t\u00e9", 3, 2.5, True, None]) for _ in range(rnd.randint(0, 4))]
    return {k: _random_json(rnd, depth + 1) for k in keys}


def test_indented_json_is_what_the_standard_encoder_writes():
    rnd = random.Random(14)
    for _ in range(2000):
        value = _random_json(rnd)
        for level in (0, 1, 2):
            expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
            assert indented(value, level) == expected


def test_an_invented_card_is_written_as_the_standard_encoder_writes_it():
    text = ('Mayor Orla Penhallow said the bridge would reopen in May. "We were never told," said '
            'Ved Ostrander, who chairs the Harrow Board. The Harrow Board denied the report. '
            "Penhallow's office rejected claims that it had misled residents.")
    card = CardEngine.from_path("default").card(article_from_text(text, path="invented.txt"))
    assert card.actors and card.claims and card.denials
    assert indented(card.to_json(), 1) == json.dumps(card.to_json(), ensure_ascii=False, indent=2).replace(
        "\n", "\n  ")


def test_brief_card_holds_the_collector_while_a_card_is_built_and_gives_it_back():
    import gc

    from tui.commands.card import _collected_between

    seen = []

    def cards():
        for i in range(3):
            seen.append(gc.isenabled())  # while the card is built
            yield i

    assert gc.isenabled()
    assert list(_collected_between(cards())) == [0, 1, 2]
    assert seen == [False, False, False]
    assert gc.isenabled()
    gc.unfreeze()


def _old_add_known(index: dict, surface: str, name: str, kind: str, rule: str) -> None:
    """What add_known did: scan the bucket for the form, append, sort the bucket."""
    from tui.cards.actors.words import WORD_RE, case_key, norm

    raw_words = WORD_RE.findall(surface)
    words = tuple(norm(w) for w in raw_words)
    if not words:
        return
    case_sensitive = len(words) == 1 or any(w[0].islower() for w in raw_words)
    bucket = index.setdefault(words[0], [])
    if any(k.words == words and k.name == name for k in bucket):
        return
    bucket.append(Known(words, name, kind, case_sensitive, surface, rule,
                        tuple(case_key(w) for w in raw_words) if case_sensitive else ()))
    bucket.sort(key=lambda k: len(k.words), reverse=True)


def _random_surface(rnd: random.Random) -> str:
    return " ".join(rnd.choice(("Ama", "Bode", "cree", "Dunn", "EBB", "the")) for _ in range(rnd.randint(1, 4)))


def test_forms_are_indexed_in_the_order_the_bucket_sort_gave():
    from tui.cards.actors.known_forms import FormIndex, add_known

    rnd = random.Random(15)
    for _ in range(500):
        new, old = FormIndex(), {}
        for _ in range(rnd.randint(1, 40)):
            args = (_random_surface(rnd), rnd.choice(["Ama Bode", "Cree Dunn", "Ebb"]), "person", "test")
            add_known(new, *args)
            _old_add_known(old, *args)
        assert dict(new) == old


def test_the_indexed_longest_match_is_the_walk_over_every_candidate():
    from tui.cards.actors.known_forms import FormIndex, add_known
    from tui.cards.actors.bucket_index import ByWords
    from tui.cards.actors.scan import _longest_match
    from tui.cards.actors.words import norm

    rnd = random.Random(16)
    for _ in range(300):
        index = FormIndex()
        for _ in range(rnd.randint(1, 60)):
            add_known(index, "Ama " + _random_surface(rnd), rnd.choice(["Ama Bode", "Cree Dunn"]), "person", "t")
        bucket = index["ama"]
        words = ("Ama " + _random_surface(rnd)).split()
        window, at = [], 0
        for w in words[:len(bucket[0].words)]:
            window.append((at, at + len(w), w))
            at += len(w) + 1
        walked = next((k for k in bucket if tuple(w[2].lower() for w in window)[:len(k.words)] == k.words
                       and (not k.case_sensitive or tuple(w[2] for w in window[:len(k.words)]) == k.case_words)),
                      None)
        assert _longest_match(bucket, window, tuple(norm(w[2]) for w in window), ByWords()) is walked
