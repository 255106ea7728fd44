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
    from tui.cards.actors.bucket_index import first_person

    def known(words, name, kind="person"):
        return Known(tuple(words.split()), name, kind, False, words, "r")

    bucket = [known("ada quillon marsh", "Ada Quillon Marsh"), known("ada quillon", "Ada Quillon", "org"),
              known("ada quillon", "Ada Quillon"), known("ada", "Ada Roe"), known("ada", "Ada Poe")]
    for keys in [("ada",), ("ada", "quillon"), ("ada", "quillon", "marsh"), ("bo",), ("ada", "x", "marsh")]:
        for outer in ["Ada Quillon", "Ada Roe", "Ada Quillon Marsh", "Nobody"]:
            long_bucket = bucket + [known("zed", f"Zed {i}") for i in range(20)]  # read through the index
            assert first_person(bucket, keys, outer, {}) == first_person(long_bucket, keys, outer, {})


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


class _Every:
    """A set that holds every character: the scan's honorific precheck then always passes."""

    def __contains__(self, item: object) -> bool:
        return True


def test_the_scan_asks_for_an_honorific_only_where_one_can_stand(default_engine, monkeypatch):
    """The scan calls _honorific_before only after a space with an honorific's last letter
    (or more space) before it; with the precheck passing everywhere, the mentions and
    aliases are the same."""
    import random

    from tui.articles.reader import article_from_text

    finder, lex = default_engine.actor_finder, default_engine.lexicon
    pieces = ["Mr", "Mr.", "Dr", "Mrs.", "Ms", "Dr.", "x", " ", "  ", "\t", "\u00a0", ",", "(", "said",
              "Quillon", "Ada Quillon", "Bo Marrow", "Marrow", "r", "s", ".", "\n"]
    rnd = random.Random(7)
    for _ in range(150):
        body = " ".join("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4))) for _ in range(12))
        text = f"A quiet day\n\nAda Quillon met Bo Marrow. {body} said Quillon.\n"
        article = article_from_text(text, path="x.txt")
        paras = default_engine.paragraphs(article)

        def found():
            return [(a.name, a.mentions, a.aliases) for a in finder.find(text, paras)]

        fast = found()
        with monkeypatch.context() as m:
            m.setattr(lex, "honorific_ends", _Every())
            assert found() == fast, text
    assert any(alias.startswith(("Mr", "Dr", "Ms")) for _, _, aliases in fast for alias in aliases)


def test_a_lookup_of_a_surface_no_form_opens_with_is_the_full_lookup(default_engine):
    """lookup reads a surface's words only when its first word opens a form of the gazetteer."""
    from tui.cards.actors.words import norm

    lex = default_engine.lexicon

    def plain(surface):
        words = tuple(norm(w) for w in WORD_RE.findall(surface))
        return next((k for k in (lex.index.get(words[0], ()) if words else ()) if k.words == words), None)

    forms = [k.surface for bucket in list(lex.index.values())[:300] for k in bucket]
    surfaces = forms + [f.upper() for f in forms] + [f + "'s" for f in forms] + [f"({f}" for f in forms] \
        + [f"Quillon {f}" for f in forms[:50]] + ["", " ", "—", "Quillon", "ada quillon", "...", "U.S."]
    lex._lookup_cache.clear()
    assert [lex.lookup(s) for s in surfaces] == [plain(s) for s in surfaces]
    assert any(plain(s) is not None for s in surfaces)


def test_a_gazetteer_person_inside_a_name_is_kept_per_brief():
    """brief_person keeps first_person's answer per (words, outer name): the brief's
    buckets never change, so the kept answer is the one a new reading gives."""
    from types import SimpleNamespace

    from tui.cards.actors.known_forms import Known
    from tui.cards.actors.bucket_index import brief_person, first_person

    def known(words, name, kind="person"):
        return Known(tuple(words.split()), name, kind, False, words, "r")

    bucket = [known("ada quillon marsh", "Ada Quillon Marsh"), known("ada quillon", "Ada Quillon", "org"),
              known("ada quillon", "Ada Quillon"), known("ada", "Ada Roe")]
    long_bucket = bucket + [known("ada zed", f"Ada Zed {i}") for i in range(20)]
    for b in (bucket, long_bucket):  # read in order, and through the index of a long bucket
        lex = SimpleNamespace(brief_persons={}, person_forms={})
        for _ in range(2):  # the second time, from what was kept
            for keys in [("ada",), ("ada", "quillon"), ("ada", "quillon", "marsh"), ("ada", "x")]:
                for outer in ["Ada Quillon", "Ada Roe", "Ada Quillon Marsh", "Nobody"]:
                    expected = first_person(b, keys, outer, {})
                    assert brief_person(b, keys, outer, lex) is expected, (keys, outer)


class _Forgets(dict):
    """A memo that keeps nothing: every start is read in full, as before the memo."""

    def __setitem__(self, key, value) -> None:
        pass


def test_a_word_read_again_in_a_scan_gives_its_full_reading(default_engine):
    """The scan answers a capitalised start whose forms are all one word long from what
    the word's first reading gave; reading every start in full gives the same actors,
    mentions and aliases (names the brief knows and names the article makes, possessives,
    honorifics, titles, a longer form opened by the same word)."""
    import random

    from tui.articles.reader import article_from_text
    from tui.cards.actors.aliases import local_forms
    from tui.cards.actors.scan import scan

    finder, lex = default_engine.actor_finder, default_engine.lexicon
    pieces = ["Quillon", "Quillon’s", "Quillon's", "Ada Quillon", "Mr. Quillon", "Mr Quillon", "Dunmore",
              "Dunmore Council", "BBC", "Reuters", "the West", "US", "U.S.", "The", "He", "said", "told",
              "x", ",", ".", "(", "Marrow", "Bo Marrow", "Dr", "Sen.", "NATO", "Nato", "White House", "White",
              "ada", "2019", "Ms"]
    rnd = random.Random(11)
    for _ in range(60):
        lines = [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 16))) for _ in range(4)]
        text = "Ada Quillon met Bo Marrow of Dunmore Council.\n" + "\n".join(lines) + "\nQuillon said so.\n"
        paras = [p for p in default_engine.paragraphs(article_from_text(text, path="x.txt")) if not p.boilerplate]
        local = local_forms(finder._discover(text, paras, set()), lex)

        def read(memo):
            return sorted((a.name, a.kind, a.mentions, a.aliases) for a in scan(text, paras, local, lex, memo).values())

        assert read(None) == read(_Forgets()), text


def test_a_runs_facts_are_what_its_words_say(default_engine):
    """read_run keeps per run what the finder read from its words at every occurrence: several
    words or one, the first and last words that open a nationality's form, a given name first."""
    lex = default_engine.lexicon
    plans = default_engine.actor_finder.plans
    nationals = sorted(lex.national_firsts)[:3]
    given = sorted(lex.given_name_words)[:2]
    words = nationals + given + ["Quillon", "Ada", "of", "U.S.", "Dunmore\nCouncil"]
    runs = [a for a in words] + [f"{a} {b}" for a in words for b in words] + [f"{a} Quillon {b}" for a in words
                                                                              for b in words]
    for run in runs:
        facts = plans.read_run(run)
        assert plans.facts[run] is facts
        if " " in run:
            ends = [w for w in (run.partition(" ")[0], run.rpartition(" ")[2]) if w in lex.national_firsts]
        else:
            ends = [run] if run in lex.national_firsts else []
        assert facts[:3] == [" " in run, tuple(ends), run.partition(" ")[0] in lex.given_name_words], run
        assert facts[3:] == [None, None]
