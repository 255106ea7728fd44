"""The speaker model and the alias merges answer by index what a scan of every mention
answered (issue 13: a 2 MB paragraph must be linear). Each test runs the old scan,
written out here, against the indexed code on random invented articles."""

from __future__ import annotations

import random
import re

import pytest

from tui.cards.actors import actor_lexicon
from tui.cards.actors.aliases import Discovered, merge_tails, split_run_ons
from tui.cards.actors.family import _last_surname
from tui.cards.actors.words import LONG_TEXT, in_lower_case
from tui.cards.article_state import ArticleState
from tui.cards.mention_index import MentionIndex
from tui.cards.model import Actor
from tui.cards.speakers import SpeakerModel
from tui.rules.loader import load_brief

WORDS = ["the", "lawyer", "Lawyer", "spokesman", "judge", "said", "of", "Doe's", ",", "a", "for", "Roe", "attorney"]


@pytest.fixture(scope="module")
def speakers() -> SpeakerModel:
    return SpeakerModel(load_brief("default"))


def _article(rnd: random.Random) -> ArticleState:
    """Random words with random person and body mentions, a few appended out of order."""
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(5, 160))]
    text = " ".join(words)
    actors = [Actor(name=f"Person {i}", kind="person") for i in range(4)] + \
             [Actor(name=f"Body {i}", kind="org") for i in range(2)]
    starts = sorted(rnd.randrange(0, len(text)) for _ in range(rnd.randint(0, 40)))
    mentions = [(s, min(len(text), s + rnd.randint(1, 12)), rnd.choice(actors)) for s in starts]
    ctx = ArticleState(text=text, actors=actors, mentions=mentions)
    ctx.mention_index = MentionIndex(mentions, text)
    for _ in range(rnd.randint(0, 2)):  # speakers the engine names itself come last, out of order
        s = rnd.randrange(0, len(text))
        mentions.append((s, min(len(text), s + 5), rnd.choice(actors)))
    return ctx


def _old_role_holder(speakers, ctx, role, before):
    """The scan: the latest person titled with the role ("judge Roe"), else the latest with
    the word within 60 characters and only words that tie the two between (these texts
    have no sentence breaks)."""
    role_re = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
    title_re = re.compile(rf"(?<![\w.])(?:{re.escape(role)})\s+\Z", re.IGNORECASE)
    text = ctx.text

    def beside(s, e):
        return any(speakers._beside(role, text[m.end():s] if m.start() < s else text[e:m.start()], m.start() < s)
                   for m in role_re.finditer(text, max(0, s - 60), min(len(text), e + 60)))
    tests = (lambda s, e: title_re.search(ctx.text, max(0, s - 25), s) or title_re.search(ctx.text[s:e].split(" ", 1)[0] + " "),
             beside)
    for test in tests:
        for s, e, actor in reversed(ctx.mentions):
            if s < before and actor.kind == "person" and test(s, e):
                return actor
    return None


def _old_named_holder(model, ctx, role, principals, phrase=""):
    """A scan of every mention; with principals, the article's one holder tied to no one else
    counts too when the phrase is a possessor's role ("Doe's spokesman")."""
    before_re, after_re = model._holder_patterns(role)
    holders = []
    untied = True
    for s, e, actor in ctx.mentions:
        if actor.kind != "person" or actor in principals:
            continue
        before = before_re.search(ctx.text, max(0, s - 40), s)
        after = None if before else after_re.match(ctx.text, e, e + 60)
        if before is None and after is None:
            continue
        if not principals:
            if actor not in holders:
                holders.append(actor)
            continue
        lo, hi = (max(0, before.start() - 40), s) if before else (e, after.end() + 30)
        near = [a for ps, _, a in ctx.mentions if lo <= ps < hi and a is not actor]
        if any(a in principals for a in near):
            return actor
        if actor not in holders:
            holders.append(actor)
        untied = untied and not near
    words = [w.strip(",.").lower() for w in phrase.split()]
    possessed = model.possessed_role.search(phrase) is not None and words[-1:] == [role]
    return holders[0] if len(holders) == 1 and (not principals or untied and possessed) else None


def _old_last(ctx, before, kind, within=400):
    return next((a for s, e, a in reversed(ctx.mentions) if e <= before and a.kind == kind and before - s < within),
                None)


def _old_body_called(ctx, noun, before):
    for s, e, actor in reversed(ctx.mentions):
        if before - s > 2000:
            break
        if e <= before and actor.kind == "org" and noun in actor.name.lower().split():
            return actor
    return None


@pytest.mark.parametrize("seed", range(40))
def test_role_and_recency_answers_are_those_of_a_scan(speakers, seed):
    rnd = random.Random(seed)
    ctx = _article(rnd)
    for _ in range(15):
        before = rnd.randrange(0, len(ctx.text) + 5)
        for role in ("lawyer", "spokesman", "judge"):
            assert speakers.role_holder(ctx, role, before) is _old_role_holder(speakers, ctx, role, before)
        assert speakers.last_person(ctx, before, 40) is _old_last(ctx, before, "person", 40)
        assert speakers.body_called(ctx, "body", before, None) is _old_body_called(ctx, "body", before)
    for role in ("lawyer", "attorney", "spokesman"):
        phrase = f"Doe's {role}"
        assert speakers.named_holder(ctx, phrase, []) is _old_named_holder(speakers, ctx, role, [])
        principals = [rnd.choice(ctx.actors)]
        assert speakers.named_holder(ctx, phrase, principals) is _old_named_holder(speakers, ctx, role, principals,
                                                                                   phrase)


@pytest.mark.parametrize("seed", range(20))
def test_mention_windows_are_those_of_a_scan(seed):
    rnd = random.Random(seed)
    ctx = _article(rnd)
    index, mentions = ctx.mention_index, ctx.mentions
    for _ in range(30):
        lo = rnd.randrange(-50, len(ctx.text) + 50)
        hi = lo + rnd.randint(-5, 300)
        assert [m for m in index.starting_in(lo, hi) if lo <= m[0] <= hi] == [m for m in mentions if lo <= m[0] <= hi]
        assert [m for m in index.reversed_between(lo, hi) if lo <= m[0] <= hi] == \
            [m for m in reversed(mentions) if lo <= m[0] <= hi]
        scanned = []
        for m in mentions:
            if m[0] >= hi:
                break
            if m[0] >= lo:
                scanned.append(m)
        assert [m for m in index.forward_until(lo, hi) if m[0] >= lo] == scanned
    near = set(index.near_word("lawyer", 40, 60))
    for i, (s, e, _) in enumerate(mentions[:index.sorted_count]):
        if re.search("(?i)lawyer", ctx.text[max(0, s - 40):e + 60]):
            assert i in near


def _old_split_run_ons(found):
    for name in list(found):
        d = found[name]
        for other in list(found):
            if other != name and name.startswith(other + " ") and len(name.split()) - len(other.split()) >= 2:
                rest = name[len(other) + 1:]
                found[other].surfaces.append(other)
                r = found.setdefault(rest, Discovered(rest, "person", first=d.first, rule="actor.capitalised-name"))
                r.surfaces.append(rest)
                del found[name]
                break


@pytest.mark.parametrize("seed", range(30))
def test_run_ons_split_as_a_scan_splits_them(seed):
    rnd = random.Random(seed)
    vocab = ["Ada", "Bex", "Cole", "Dunn", "Eld"]
    names = {" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 25))}

    def fresh():
        return {n: Discovered(n, "org", [], first=i) for i, n in enumerate(sorted(names, key=lambda _: rnd.random()))}

    rnd_state = rnd.getstate()
    a = fresh()
    rnd.setstate(rnd_state)
    b = fresh()
    split_run_ons(a)
    _old_split_run_ons(b)
    assert list(a) == list(b) and all(a[k] == b[k] for k in a)


def _old_merge_tails(actors):
    def bare(name):
        words = name.split()
        return words[1:] if words and words[0].lower() == "the" else words
    orgs = [a for a in actors.values() if a.kind == "org"]
    for short in orgs:
        words = bare(short.name)
        if not words:
            continue
        longer = next((a for a in orgs if a is not short and len(bare(a.name)) > len(words)
                       and bare(a.name)[-len(words):] == words and short.rule.startswith("gazetteer.")), None)
        if longer is None or short.name not in actors:
            continue
        longer.mentions.extend(short.mentions)
        longer.mentions.sort()
        longer.aliases.extend(s for s in short.aliases if s not in longer.aliases)
        del actors[short.name]


@pytest.mark.parametrize("seed", range(30))
def test_bodies_merge_into_longer_names_as_a_scan_merges_them(seed):
    rnd = random.Random(seed)
    vocab = ["The", "Quill", "Post", "Times", "Ledger"]
    names = list(dict.fromkeys(" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 4))) for _ in range(20)))

    def fresh():
        r = random.Random(seed)
        return {n: Actor(name=n, kind="org", rule=r.choice(["gazetteer.x", "actor.org-name"]),
                         mentions=[(i, i + 1)], aliases=[n]) for i, n in enumerate(names)}

    a, b = fresh(), fresh()
    merge_tails(a, actor_lexicon(load_brief("default")))
    _old_merge_tails(b)
    assert a == b


def test_the_surname_read_last_is_found_however_far_back():
    text = "Ada Quillon spoke. " + "x " * 5000 + "Bex Dunmore left. " + "y " * 300 + "his wife"
    people = {"Quillon": "Ada Quillon", "Dunmore": "Bex Dunmore", "Nowhere": "Cy Nowhere"}
    at = text.index("his wife")
    assert _last_surname(text, people, at) == max((text.rfind(s, 0, at), s) for s in people)
    assert _last_surname(text, {"Nowhere": "Cy Nowhere"}, at)[0] == -1


@pytest.mark.parametrize("word", ["deal", "no", "acme", "x"])
def test_a_long_text_answers_whole_lower_case_words_as_a_search_does(word):
    text = ("NO DEAL! the deal-maker said no, acmes and xdeal " * (LONG_TEXT // 40))
    expected = any(m.group() == word for m in re.finditer(r"[^\W_]+", text))
    assert in_lower_case(word, text) is expected
    assert in_lower_case(word, text[:200]) is any(m.group() == word for m in re.finditer(r"[^\W_]+", text[:200]))
