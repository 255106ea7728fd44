"""A verb prefilter made of exactly the rule's trigger lexicons is dropped, and only when every
match of the rule holds the verb group: the rule then matches the same sentences without it."""

from __future__ import annotations

import re
import textwrap

from tui.rules.implied import redundant_prefilter, verb_group_implied
from tui.rules.loader import load_brief

BRIEF = """
name: murmurs
extends: default
lexicons:
  murmur_verb: [murmured, mumbled, whispered, let slip]
attribution:
  - id: murmur.plain
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>{murmur_verb})\\b\\s+(?P<content>.+)$'
  - id: murmur.any-case
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>(?i:{murmur_verb}))\\b\\s+(?P<content>.+)$'
  - id: murmur.optional
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?:(?P<verb>{murmur_verb})\\s+)?that\\s+(?P<content>.+)$'
  - id: murmur.own-trigger
    form: indirect
    trigger_lexicons: [murmur_verb]
    trigger: 'mumbled'
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>{murmur_verb})\\b\\s+(?P<content>.+)$'
"""

SENTENCES = ["Quillon murmured the ferry was late.", "Quillon MURMURED the ferry was late.",
             "Quillon let slip that the pier was sold.", "Quillon said that the pier was sold.",
             "the pier was sold, Quillon whispered", "Quillon mumbledly spoke", "Nobody spoke at all."]


def test_a_verb_of_exactly_the_trigger_lexicons_needs_no_prefilter(tmp_path):
    path = tmp_path / "murmurs.yaml"
    path.write_text(textwrap.dedent(BRIEF).lstrip(), encoding="utf-8")
    brief = load_brief(path)
    prefilters = {r.id: r.prefilter for r in brief.section("attribution") if r.id.startswith("murmur.")}
    assert prefilters["murmur.plain"] is None
    assert prefilters["murmur.any-case"] is None  # the lexicons in any case: as the trigger words read them
    assert prefilters["murmur.optional"] is not None  # a match may hold no verb
    assert prefilters["murmur.own-trigger"].pattern == "mumbled"  # a written trigger stays
    any_case = brief.rule("murmur.any-case")
    dropped = brief.rule("murmur.plain")
    verb = re.compile(r"(?P<verb>(?:murmured|mumbled|whispered|let\s+slip))")
    verb_any_case = re.compile(r"(?P<verb>(?i:murmured|mumbled|whispered|let\s+slip))")
    for sentence in SENTENCES:  # the dropped prefilters would have passed wherever their rule matches
        if dropped.regex.search(sentence):
            assert verb.search(sentence)
        if any_case.regex.search(sentence):
            assert verb_any_case.search(sentence)
    assert any_case.regex.search(SENTENCES[1]) and not dropped.regex.search(SENTENCES[1])


def test_the_verb_group_must_be_on_every_path_and_free_of_context():
    assert verb_group_implied(r"(?P<speaker>[A-Z]\w+)\s+(?P<verb>said|says)\b(?P<content>.+)$")
    assert verb_group_implied(r"(?:(?P<verb>said)\s+X|Y\s+(?P=verb))") is False
    assert not verb_group_implied(r"(?:(?P<verb>said)\s+)?(?P<content>.+)$")  # optional
    assert not verb_group_implied(r"(?:(?P<verb>said)|noted)\s+(?P<content>.+)$")  # one branch lacks it
    assert verb_group_implied(r"(?:(?P<verb>said)|(?P<other>x)(?P<verb2>y))") is False
    assert not verb_group_implied(r"(?P<verb>(?<!un)said)\s+(?P<content>.+)$")  # a lookbehind inside
    assert not verb_group_implied(r"(?i)(?P<verb>said)\s+(?P<content>.+)$")  # a flag the group lacks alone
    assert not verb_group_implied(r"(?i:x(?P<verb>said))\s+(?P<content>.+)$")
    assert verb_group_implied(r"(?:x(?P<verb>said)){1,2}\s+(?P<content>.+)$")
    assert not verb_group_implied(r"(?:x(?P<verb>said)){0,2}\s+(?P<content>.+)$")


def test_the_group_must_be_the_lexicons_themselves():
    pattern = r"(?P<speaker>\w+)\s+(?P<verb>(?:(?:said|told)))\b(?P<content>.+)$"
    assert redundant_prefilter(pattern, "(?:said|told)")
    assert redundant_prefilter(pattern, "said|told")
    assert not redundant_prefilter(pattern, "said")
    # case-blind: the same words in any case, which is how the trigger-word test reads a sentence
    assert redundant_prefilter(r"^(?P<verb>(?i:(?:said|told)))\s+(?P<content>.+)$", "(?:said|told)")
    assert not redundant_prefilter(r"^(?P<verb>(?i:(?:said|told))|noted)\s+(?P<content>.+)$", "(?:said|told)")
    assert not redundant_prefilter(r"^(?P<verb>(?i:said)|(?i:told))\s+(?P<content>.+)$", "(?:said|told)")
    assert not verb_group_implied(r"(?P<verb>(?i:(?<!un)said))\s+(?P<content>.+)$")  # context inside the flags
    assert verb_group_implied(r"(?P<verb>(?i:said|told))\s+(?P<content>.+)$")
    assert not redundant_prefilter(r"(?P<speaker>\w+)\s+(?P<verb>(?:said|told)\s+him)\b(?P<content>.+)$",
                                   "said|told")


def test_a_lookahead_that_narrows_the_verb_keeps_it_implied():
    """A lookahead looks only forward, up to the sentence's end, in both searches; inside it a
    boundary after a taken character sees inside the sentence too. A boundary or lookbehind
    where the group has taken nothing may look before the sentence: the prefilter stays."""
    assert verb_group_implied(r"(?P<s>[A-Z]\w+)\s+(?P<verb>(?!state\s+(?!that\b)\w)(?:said|state))\b(?P<content>.+)$")
    assert verb_group_implied(r"\s+(?P<verb>(?=s)said\b)")
    assert not verb_group_implied(r"\s+(?P<verb>(?!\bstate)said)")  # a boundary before anything is taken
    assert not verb_group_implied(r"\s+(?P<verb>(?!(?<=x)state)said)")  # a lookbehind inside the lookahead
    assert not verb_group_implied(r"\s+(?P<verb>(?<!un)said)")


LOOKAHEAD_BRIEF = """
name: murmurs-ahead
extends: default
lexicons:
  murmur_verb: [murmured, mumbled, whispered, let slip]
attribution:
  - id: murmur.narrowed
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>(?:(?!mumbled\\s+(?!that\\b)\\w)(?:{murmur_verb})))\\b\\s*(?P<content>.+)$'
  - id: murmur.looks-back
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>(?:(?<!un)(?:{murmur_verb})))\\b\\s*(?P<content>.+)$'
  - id: murmur.other-words
    form: indirect
    trigger_lexicons: [murmur_verb]
    pattern: '(?P<speaker>[A-Z]\\w+)\\s+(?P<verb>(?:(?!mumbled\\s)(?:murmured|mumbled)))\\b\\s*(?P<content>.+)$'
"""


def test_a_verb_of_the_trigger_lexicons_behind_a_lookahead_needs_no_prefilter(tmp_path):
    path = tmp_path / "murmurs-ahead.yaml"
    path.write_text(textwrap.dedent(LOOKAHEAD_BRIEF).lstrip(), encoding="utf-8")
    brief = load_brief(path)
    assert brief.rule("murmur.narrowed").prefilter is None
    assert brief.rule("murmur.looks-back").prefilter is not None  # a lookbehind may look before the sentence
    assert brief.rule("murmur.other-words").prefilter is not None  # not the trigger lexicons
    narrowed = brief.rule("murmur.narrowed")
    verb = re.compile(r"(?P<verb>(?:(?!mumbled\s+(?!that\b)\w)(?:murmured|mumbled|whispered|let\s+slip)))")
    for sentence in SENTENCES + ["Quillon mumbled something", "Quillon mumbled that it was late"]:
        if narrowed.regex.search(sentence):  # the dropped prefilter would have passed
            assert verb.search(sentence)
    assert not narrowed.regex.search("Quillon mumbled something")
