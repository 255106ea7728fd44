"""``brief card`` streams: each card is written as it is made, the JSON stays what it was."""

from __future__ import annotations

import io
import json

from conftest import run_brief
from tui.cards.model import Card
from tui.commands.card import write_json_array, write_json_lines


def invented_cards(count: int) -> list[Card]:
    return [Card(file=f"story/{i:03d}.txt", title=f"Mayor \u00e9 \"quoted\"\nline {i}") for i in range(count)]


def test_the_streamed_array_is_byte_for_byte_the_indented_dump():
    for count in (1, 2, 5):
        cards = invented_cards(count)
        out = io.StringIO()
        assert write_json_array(iter(cards), out) == count
        expected = json.dumps([c.to_json() for c in cards], ensure_ascii=False, indent=2) + "\n"
        assert out.getvalue() == expected


def test_nothing_is_written_when_there_is_no_card():
    out = io.StringIO()
    assert write_json_array(iter([]), out) == 0
    assert out.getvalue() == ""


def test_each_card_is_out_before_the_next_is_made():
    out = io.StringIO()
    seen_before: list[str] = []

    def produce():
        for card in invented_cards(3):
            seen_before.append(out.getvalue())
            yield card

    write_json_lines(produce(), out)
    assert seen_before[0] == ""
    assert seen_before[1].count("\n") == 1 and json.loads(seen_before[1])["file"] == "story/000.txt"
    assert seen_before[2].count("\n") == 2


def test_jsonl_is_one_card_per_line_equal_to_the_json_array():
    array = run_brief("card", "seeds/", "--json")
    lines = run_brief("card", "seeds/", "--jsonl")
    assert array.returncode == 0 and lines.returncode == 0, array.stderr + lines.stderr
    assert [json.loads(line) for line in lines.stdout.splitlines()] == json.loads(array.stdout)


def test_json_and_jsonl_together_are_refused():
    result = run_brief("card", "seeds/", "--json", "--jsonl")
    assert result.returncode == 2
    assert "not allowed with" in result.stderr
