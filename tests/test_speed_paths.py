"""The fast paths of the statement finder give what the plain ones gave."""

from tui.cards.matching import RuleIndex, join_fragments
from tui.rules.brief import Rule


def test_short_clause_joins_its_neighbour():
    text = "Not anonymously, the clerk filed every form on time"
    pieces = [(0, 15), (17, len(text))]
    assert join_fragments(text, pieces) == [(0, len(text))]


def test_clauses_of_four_words_stay_apart():
    text = "Ada Quillon filed forms; the board then approved them"
    pieces = [(0, 23), (25, len(text))]
    assert join_fragments(text, pieces) == pieces


def test_whitespace_of_any_kind_separates_words():
    text = "Ada\tQuillon\u00a0filed\u2003forms, then the board approved"
    first = text.index(",")
    assert join_fragments(text, [(0, first), (first + 2, len(text))]) == [(0, first), (first + 2, len(text))]


def _rule(rule_id: str, words: set[str]) -> Rule:
    import re

    return Rule(id=rule_id, section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1,
                trigger_words=frozenset(words))


def test_rule_index_keeps_brief_order():
    rules = [_rule("a", {"denied"}), _rule("b", set()), _rule("c", {"said", "denied"})]
    index = RuleIndex(rules)
    assert [r.id for r in index.candidates(frozenset({"said", "denied", "the"}))] == ["a", "b", "c"]
    assert [r.id for r in index.candidates(frozenset({"the"}))] == ["b"]
    assert [r.id for r in index.candidates(frozenset({"said"}))] == ["b", "c"]


def test_lower_case_forms_match_as_the_case_insensitive_trie_did():
    """The mention scan's lower-case forms: first letter exact, the rest case-insensitive,
    gives the matches of one (?i:) trie wherever a lower-case letter starts a word."""
    import re

    from tui.cards.actors.known_forms import _folded_after_lower
    from tui.rules.lexicons import lexicon_regex

    forms = {"quill news", "quill newsroom", "marrow ledger", "marrow", "9 elm row", "dunmore council"}
    plain = re.compile(r"(?<![\w’'&.-])(?=[a-z])(?i:" + lexicon_regex(sorted(forms)) + r")(?![\w&])")
    fast = re.compile(r"(?<![\w’'&.-])(?=[a-z])" + _folded_after_lower(forms) + r"(?![\w&])")
    text = ("quill News said; the Quill news and quill  NEWSROOM staff met marrow LEDGER, "
            "then marrow alone; MARROW no; 9 Elm Row; dunmore Council; ſkip quilL nEws.")
    found = [(m.start(), m.group()) for m in fast.finditer(text)]
    assert found == [(m.start(), m.group()) for m in plain.finditer(text)]
    assert [g for _, g in found] == ["quill News", "quill  NEWSROOM", "marrow LEDGER", "marrow",
                                     "dunmore Council", "quilL nEws"]


def test_run_rule_keeps_each_rules_budget():
    """run_rule keeps a rule's budget (its bookkeeping written out for speed): time adds up per rule, a rule
    past its time is stopped (later calls give None, the card names it), a timeout inside
    a call stops only that rule, and other rules run on."""
    import re
    import threading
    import time

    from tui.rules.budget import RuleTimeout, budget_for_card, run_rule

    slow, other, cut = (Rule(id=i, section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1)
                        for i in ("slow", "other", "cut"))
    seen: dict[str, object] = {}

    def busy(seconds: float) -> None:  # CPU time, which is what stops a rule
        end = time.thread_time() + seconds
        while time.thread_time() < end:
            pass

    def card() -> None:  # off the main thread: no timer signal, only the accounting between calls
        def timeout():
            raise RuleTimeout

        with budget_for_card(0.02) as budget:
            seen["first"] = run_rule(slow, lambda: busy(0.03) or "done")
            seen["again"] = run_rule(slow, lambda: "ran")
            seen["other"] = run_rule(other, str.upper, "ok")
            seen["cut"] = run_rule(cut, timeout)
            seen["cut again"] = run_rule(cut, lambda: "ran")
            seen["warnings"] = budget.warnings("a.txt")

    worker = threading.Thread(target=card)
    worker.start()
    worker.join()
    assert (seen["first"], seen["again"], seen["other"], seen["cut"], seen["cut again"]) == \
        ("done", None, "OK", None, None)
    assert [w.split("'")[1] for w in seen["warnings"]] == ["slow", "cut"]


def test_a_busy_machine_stops_no_rule(monkeypatch):
    """Wall time that passes while other programs run is not the rule's doing: a rule whose
    calls take long on the clock but little CPU keeps its items (a loaded machine once
    dropped a rule's items from a train article). Both ways of charging: each call timed
    (off the main thread) and the timer's ticks (on it)."""
    import itertools
    import re
    import threading

    from tui.rules import budget as budget_module

    wall = itertools.count(0.0, 5.0)  # every reading of the wall clock 5 s later
    monkeypatch.setattr(budget_module, "_clock", lambda: next(wall))
    rule = Rule(id="cheap", section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1)
    seen: dict[str, object] = {}

    def card() -> None:
        with budget_module.budget_for_card(1.0) as budget:
            seen["sampled"] = budget.sampled
            results = [budget_module.run_rule(rule, str.upper, "ok") for _ in range(3)]
            scanned = list(budget.each(rule, re.finditer("x", "x x")))
            if budget.sampled:  # the timer's ticks, while the rule runs: 5 s each on the clock
                results += [budget_module.run_rule(rule, lambda: str(budget.tick()).upper()) for _ in range(3)]
        seen["results"], seen["scanned"], seen["budget"] = results, scanned, budget

    card()  # on the main thread: the timer charges the rules
    assert seen["sampled"] and seen["results"] == ["OK"] * 3 + ["FALSE"] * 3 and len(seen["scanned"]) == 2
    budget = seen["budget"]
    assert budget.spent["cheap"] > 1.0 and not budget.stopped and not budget.warnings("a.txt")
    worker = threading.Thread(target=card)  # off it: each call timed
    worker.start()
    worker.join()
    assert not seen["sampled"] and seen["results"] == ["OK"] * 3 and len(seen["scanned"]) == 2
    budget = seen["budget"]
    assert budget.spent["cheap"] > 1.0 and not budget.stopped and not budget.warnings("a.txt")


def test_the_timer_charges_the_running_rule_and_stops_it():
    """On the main thread a call reads no clock: each tick charges the time since the last
    one to the rule running then. A rule past its time (and the card's CPU past it too) is
    stopped inside its call and on every later call; a rule not running is charged nothing."""
    import re
    import time

    from tui.rules.budget import budget_for_card, run_rule

    slow, idle = (Rule(id=i, section="classify", pattern="x", regex=re.compile("x"), file="x.yaml", line=1)
                  for i in ("slow", "idle"))

    def busy() -> str:  # CPU time until the timer cuts the call off (at most 3 s)
        end = time.thread_time() + 3.0
        while time.thread_time() < end:
            pass
        return "finished"

    with budget_for_card(0.3) as budget:
        assert budget.sampled
        began = time.thread_time()  # CPU, not wall time: a loaded machine must not fail this
        first = run_rule(slow, busy)
        took = time.thread_time() - began
        again = run_rule(slow, lambda: "ran")
        other = run_rule(idle, str.upper, "ok")
        warnings = budget.warnings("a.txt")
    assert (first, again, other) == (None, None, "OK") and took < 2.0
    assert [w.split("'")[1] for w in warnings] == ["slow"]


def test_kept_cards_share_their_offset_objects(default_engine):
    """A kept card's offsets (mentions, item spans, cues, sources) are the shared int
    objects, not a new 32-byte int each: the memory of a 10,000-card session."""
    from tui.articles.reader import article_from_text
    from tui.cards.model import SHARED_OFFSETS, shared

    filler = "The harbour board met on a grey morning to hear the ferry report. " * 6
    text = (filler + "Mayor Ada Quillon said the ferry timetable was never changed. "
            "Quillon denied that the council had hidden the repair bill. "
            '"We will publish every invoice," Quillon said.')
    card = default_engine.card(article_from_text(text, path="invented/ferry.txt"))
    offsets = [o for a in card.actors for m in a.mentions for o in m]
    for item in card.claims + card.denials:
        offsets += [item.start, item.end, *(item.cue or ()), *(item.source or ())]
    assert card.denials and len(offsets) > 10 and max(offsets) > 256
    assert all(o is SHARED_OFFSETS[o] for o in offsets)
    assert shared(70_000) == 70_000 and shared(-1) == -1


def test_a_fullmatch_never_succeeds_outside_the_pattern_lengths():
    """The engine skips a boilerplate rule on a line of a length it cannot match."""
    import random
    import re

    from tui.rules.patterns import text_lengths

    patterns = [r".{0,12}\bsupport\b.{0,6}\b(?:today|now)\b.{0,3}", r"(?:share|tweet)(?: this)?(?: on \w+)?",
                r"(?:ab|c){2,4}(?<=c)(?=x|$)x?", r"(a)(?(1)bc|d)\1{1,2}", r"[ſs]{1,3}k?"]
    rnd = random.Random(17)
    for pattern in patterns:
        regex = re.compile(pattern, re.IGNORECASE)
        shortest, longest = text_lengths(regex)
        for _ in range(4000):
            text = "".join(rnd.choice("abcdxs kſK") for _ in range(rnd.randint(0, 30)))
            if rnd.random() < 0.3:
                text = rnd.choice(["support", "share", "tweet", "abc", "SS"]) + text[:rnd.randint(0, 8)]
            if regex.fullmatch(text):
                assert shortest <= len(text) <= longest, (pattern, text)
    assert text_lengths(re.compile(r".{0,120}\bx")) == (1, 121)
    assert text_lengths(re.compile(r"x+"))[1] == float("inf")


def test_a_long_donation_line_is_still_read_by_the_rule(default_engine):
    """Skipping by length keeps every line the rule matches."""
    from tui.articles.reader import article_from_text

    line = "Please support our reporting today."
    text = f"Harbour fees rise\n{line}\nMayor Ann Quillon said the fees would rise.\n"
    paras = default_engine.paragraphs(article_from_text(text, path="x.txt"))
    marked = [text[p.start:p.end] for p in paras if p.boilerplate]
    assert marked == [line]


def test_mention_starts_after_a_gap_are_the_look_behind_starts(default_engine):
    """The scan's gap form of the start pattern finds what the look-behind form found,
    on random invented text built from the brief's own lower-case forms and capitals."""
    import random

    starts = default_engine.lexicon.starts
    pieces = ["the West", "the west", "state department", "State Department", "al-Qaeda", "Ama", "O'Dunn",
              "U.S.", "3rd", "x", "-", ".", "’", " ", "  ", ",", "\u201c", "(", "&", "A", "i", "the", "west",
              "Bode-Cree", "no 10", "No 10"]
    rnd = random.Random(18)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        expected = [m.span() for m in starts.at_start.finditer(text, start, end)]
        opening = starts.opening.match(text, start, end)
        if opening is not None and expected[:1] != [opening.span()]:
            # the range opens a paragraph: its first character starts a word whatever stands before
            expected = [opening.span()] + [s for s in expected if s[0] >= opening.end()]
        assert list(starts.spans(text, start, end)) == expected, (text, start, end)


def _sentence_start_by_steps(text: str, limit: int, end: int) -> int:
    """sentence_start as it was written first: a step back per character."""
    from tui.articles.segment import ends_in_abbreviation

    pos = end
    while pos > limit:
        if text[pos - 1] in ".!?”\"" and pos < end and text[pos].isspace() \
                and not (text[pos - 1] == "." and ends_in_abbreviation(text, limit, pos - 1)):
            return pos
        pos -= 1
    return limit


def test_sentence_start_finds_what_the_step_back_walk_found(monkeypatch):
    """The regex scan of sentence_start gives the walk's answer at every place of a text with
    titles, initials, closing quotation marks, stops at the very end and odd white space,
    whatever the stretch it scans first (one that holds no stop is scanned again longer)."""
    from tui.cards import matching

    text = ('Ada Quillon won. Gov. Tom B. Vale said: "It ended." Then Dr. Roe\u00a0left! Was it? '
            'Yes.\tNo, said the No. 2 of the U.S. team.” Next came Mr. Doe."\nAnd so.')
    for reach in (400, 9, 2, 1):
        monkeypatch.setattr(matching, "SENTENCE_REACH", reach)
        for limit in (0, 5, 17, 40):
            for end in range(limit, len(text) + 1):
                assert matching.sentence_start(text, limit, end) == _sentence_start_by_steps(text, limit, end), \
                    (reach, limit, end)


def test_cue_rules_round_a_quotation_are_only_those_the_span_has_words_of(default_engine):
    """A quotation's attribution tries only the cue rules whose trigger words the words after
    (or before) it hold: every cue the full list reads there, the short list reads too."""
    from tui.cards.names_index import Names

    quotes = default_engine.statement_finder.quotes
    quotes.rules.begin("", Names())
    spans = ['," Ada Quillon warned reporters on Monday.', '," said Tom Vale, a harbour pilot.',
             "Quillon defended the ferry, saying, ", "Vale compared the pier to a sieve, insisting: ",
             '," the ferry board added.', " Nobody answered the letter. ", "Vale, who boasted about how, "]
    for text in spans:
        end = len(text)
        short = quotes._cue_rules(text, 0, end)
        assert [r.id for r in short] == [r.id for r in quotes.cue_rules if not r.trigger_words.isdisjoint(
            quotes.rules.words(text, 0, end))]
        for reader in (quotes.cues.read_after_quote, quotes.cues.read_before_quote):
            every = [r.id for r in quotes.cue_rules if reader(r, text, 0, end) is not None]
            assert every == [r.id for r in short if reader(r, text, 0, end) is not None]
        assert "warned" not in text or short  # the words a cue is read by keep its rule
