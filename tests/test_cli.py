"""The ``brief`` command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import run_brief

BAD = Path(__file__).resolve().parent / "data" / "bad_briefs"
CONTRACT = {
    "card": {"file", "title", "outlet", "date", "actors", "claims", "denials"},
    "actor": {"name", "kind", "aliases", "mentions"},
    "claim": {"speaker", "text", "start", "end", "rule", "quote"},
    "denial": {"speaker", "text", "start", "end", "rule"},
}


def file_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="module")
def seed_cards(project_dir):
    result = run_brief("card", "seeds/", "--brief", "briefs/track-two.yaml", "--json")
    assert result.returncode == 0, result.stderr
    cards = json.loads(result.stdout)
    assert isinstance(cards, list)
    return cards


def test_card_json_for_one_seed_follows_the_contract(project_dir):
    target = sorted((project_dir / "seeds").glob("000_*.txt"))[0]
    result = run_brief("card", str(target.relative_to(project_dir)), "--json")
    assert result.returncode == 0, result.stderr
    cards = json.loads(result.stdout)
    assert isinstance(cards, list) and len(cards) == 1
    card = cards[0]
    assert CONTRACT["card"] <= set(card)
    assert Path(card["file"]).name == target.name
    assert card["title"] and card["title"] in file_text(target)
    assert card["actors"] and card["claims"] and card["denials"]
    check_spans(card, project_dir)


def test_card_json_for_all_seeds_follows_the_contract(seed_cards, project_dir):
    assert len(seed_cards) == 5
    for card in seed_cards:
        check_spans(card, project_dir)


def check_spans(card: dict, root: Path) -> None:
    text = file_text(root / card["file"])
    for key in ("outlet", "date"):
        assert card[key] is None or isinstance(card[key], str)
    for actor in card["actors"]:
        assert CONTRACT["actor"] <= set(actor), actor
        assert actor["kind"] in ("person", "org", "place")
        assert isinstance(actor["aliases"], list) and actor["mentions"], actor
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)
            assert text[start:end] in actor["aliases"], (actor["name"], text[start:end], actor["aliases"])
    names = {a["name"] for a in card["actors"]}
    for kind, items in (("claim", card["claims"]), ("denial", card["denials"])):
        for item in items:
            assert CONTRACT[kind] <= set(item), item
            assert isinstance(item["start"], int) and isinstance(item["end"], int)
            assert text[item["start"]:item["end"]] == item["text"], item
            assert item["text"].strip() == item["text"] and item["text"]
            assert item["speaker"] in names, f"speaker {item['speaker']!r} is not on the actor list"
            assert item["rule"]
            if kind == "claim":
                assert isinstance(item["quote"], bool)
    claim_spans = {(c["speaker"], c["start"], c["end"]) for c in card["claims"]}
    for d in card["denials"]:
        assert (d["speaker"], d["start"], d["end"]) not in claim_spans, "an item is a denial or a claim, not both"


def test_card_json_rules_name_rules_of_the_brief(seed_cards):
    from tui.rules.loader import load_brief
    from tui.cards.statements import BUILTIN_RULES

    ids = {r.id for r in load_brief("briefs/track-two.yaml").rules} | set(BUILTIN_RULES)
    for card in seed_cards:
        for item in card["claims"] + card["denials"]:
            assert item["rule"] in ids, item["rule"]


def test_card_json_is_deterministic():
    """Same input, same card: also across hash seeds (no set or dict-order leaks)."""
    outputs = [run_brief("card", "seeds/", "--brief", "briefs/track-two.yaml", "--json",
                         env_extra={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert json.loads(outputs[0]) == json.loads(outputs[1])


HOSTILE = ("Hostile [bold]x[/bold] headline\n\n"
           "Alice Montgomery said [red]the bridge[/red] will reopen in March \x1b[2J soon.\n"
           "[link=http://evil]click[/link] is what the page said.\n")


def test_card_rich_output_prints_article_text_literally(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = run_brief("card", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[bold]x[/bold]" in out
    assert "[red]the bridge[/red]" in out
    assert "\x1b" not in out, "an escape byte in an article must not reach the terminal"
    assert "Alice Montgomery" in out


def test_card_with_bad_brief_exits_2_one_line_per_problem():
    result = run_brief("card", "seeds/", "--brief", str(BAD / "three_problems.yaml"), "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert all(re.match(r"^\S+:\d+:\d+: .+; .+$", line) for line in lines), lines
    assert result.stdout == ""


def test_card_with_no_readable_article_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_brief("card", str(tmp_path), "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr


def test_card_skips_a_bad_file_and_cards_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text("Bridge news\n\nAlice Montgomery said the bridge will reopen in March.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    result = run_brief("card", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    cards = json.loads(result.stdout)
    assert [Path(c["file"]).name for c in cards] == ["a.txt"]
    assert "b.txt" in result.stderr


def test_eval_command_prints_scores(project_dir):
    result = run_brief("eval", "tests/data/gold/seeds.yaml", "seeds", "--brief", "briefs/track-two.yaml", "--quiet")
    assert result.returncode == 0, result.stderr
    for category in ("actors", "claims", "denials"):
        assert re.search(rf"^{category}\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}\s+[01]\.\d{{3}}", result.stdout, re.M), result.stdout


def test_card_json_spans_index_the_file_for_front_matter_and_crlf(tmp_path):
    md = tmp_path / "story.md"
    md.write_bytes(("---\r\ntitle: Bridge to reopen\r\noutlet: Harbour Gazette\r\ndate: 2023-07-06\r\n---\r\n"
                    "Alice Montgomery said the bridge will reopen in March.\r\n\r\n"
                    "“The council was not involved in the contract,” Montgomery said.\r\n").encode("utf-8"))
    result = run_brief("card", str(md), "--json")
    assert result.returncode == 0, result.stderr
    [card] = json.loads(result.stdout)
    assert (card["title"], card["outlet"], card["date"]) == ("Bridge to reopen", "Harbour Gazette", "2023-07-06")
    text = file_text(md)
    assert card["claims"] and card["denials"]
    for item in card["claims"] + card["denials"]:
        assert text[item["start"]:item["end"]] == item["text"]
        assert item["start"] > text.index("---\r\nAlice"), "nothing is read from the front matter"
    for actor in card["actors"]:
        for s, e in actor["mentions"]:
            assert text[s:e] in actor["aliases"]


def test_commands_other_than_the_reader_run_with_the_garbage_collector_on(capsys):
    import gc

    from tui.cli import main

    try:
        assert main(["check", str(Path(__file__).resolve().parent.parent / "briefs" / "default.yaml")]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
