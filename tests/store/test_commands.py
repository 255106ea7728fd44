"""The commands read and fill the store, and say in one line when it had to be rebuilt."""

from __future__ import annotations

import asyncio

from tui.app.app import make_app
from tui.store import open_store

from conftest import BRIEFS, run_brief


def test_card_json_is_the_same_cold_warm_and_without_the_store(corpus, store_file):
    runs = [run_brief("card", str(corpus), "--json") for _ in range(2)]
    plain = run_brief("card", str(corpus), "--json", "--no-store")
    assert all(r.returncode == 0 for r in runs + [plain])
    assert runs[0].stdout == runs[1].stdout == plain.stdout
    assert store_file.exists()


def test_a_garbage_store_is_one_line_and_the_same_cards(corpus, store_file):
    plain = run_brief("card", str(corpus), "--json", "--no-store")
    store_file.write_bytes(b"\x00garbage" * 100)
    result = run_brief("card", str(corpus), "--json")
    assert result.returncode == 0 and result.stdout == plain.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("store:")]
    assert len(lines) == 1 and "rebuilt" in lines[0] and "Traceback" not in result.stderr


def test_eval_compare_and_export_fill_and_read_the_store(seeds_dir, store_file, project_dir):
    gold = str(project_dir / "tests" / "data" / "gold" / "seeds.yaml")
    first = run_brief("eval", gold, str(seeds_dir), "--quiet")
    again = run_brief("eval", gold, str(seeds_dir), "--quiet")
    assert first.returncode == 0 and first.stdout == again.stdout
    store = open_store()
    try:
        assert len(store.listing([str(p) for p in sorted(seeds_dir.glob("*.txt"))], "")) == 5
    finally:
        store.close()
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))[:2]
    pair = [run_brief("compare", *files, "--json", *extra) for extra in ((), (), ("--no-store",))]
    assert pair[0].stdout == pair[1].stdout == pair[2].stdout
    env = {"SOURCE_DATE_EPOCH": "1"}
    out = [run_brief("export", "--stdout", *extra, env_extra=env) for extra in ((), (), ("--no-store",))]
    assert out[0].stdout == out[1].stdout == out[2].stdout and out[0].returncode == 0


def test_the_reader_shows_stored_cards(corpus, store_file):
    async def cards_in_reader():
        app = make_app([str(corpus)], str(BRIEFS / "default.yaml"), watch=False)
        async with app.run_test(size=(120, 36), headless=True):
            while app.loading:
                await asyncio.sleep(0.01)
            return [e.card.to_json() for e in app.workspace.entries]

    cold = asyncio.run(cards_in_reader())
    warm = asyncio.run(cards_in_reader())
    assert cold == warm and len(warm) == 3
    store = open_store()
    try:
        assert len(store.listing([str(p) for p in sorted(corpus.iterdir())], "")) == 3
    finally:
        store.close()
