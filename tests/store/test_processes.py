"""The store shared by processes: one killed while it writes, two writing at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief

from conftest import BRIEFS, PROJECT
from .conftest import ARTICLES, as_json, fresh_json, paths_of, stored_run

KILLED_WRITER = """
import sys, time
from pathlib import Path
from tui.articles.reader import read_article
from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief
from tui.store.keys import rules_key
from tui.store.rows import write_card
from tui.store.schema import open_database

engine = CardEngine(load_brief(sys.argv[2]))
db, _ = open_database(Path(sys.argv[1]))
db.execute("BEGIN IMMEDIATE")
for path in sys.argv[3:]:
    article = read_article(path)
    write_card(db, article, engine.card(article), rules_key(engine.brief), None)
print("writing", flush=True)
time.sleep(120)
"""


@pytest.fixture(scope="module")
def engine():
    return CardEngine(load_brief(str(BRIEFS / "default.yaml")))


def many(folder, count: int) -> list:
    """``count`` invented articles: the three, each with a number that differs."""
    names = list(ARTICLES)
    for n in range(count):
        name = names[n % len(names)]
        text = ARTICLES[name].replace("Monday", f"day {n}").replace("Tuesday", f"day {n}")
        (folder / f"{n:03d}_{name}").write_text(text.replace("the spring", f"week {n}"), encoding="utf-8")
    return paths_of(folder)


def env() -> dict:
    return dict(os.environ, PYTHONPATH=str(PROJECT), PYTHONIOENCODING="utf-8")


def test_a_writer_killed_mid_transaction_leaves_a_sound_store(engine, tmp_path, store_file):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = many(folder, 12)
    stored_run(engine, paths[:4])
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(store_file), str(BRIEFS / "default.yaml"),
                             *map(str, paths[4:])], env=env(), stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
    assert os.path.exists(f"{store_file}-wal")  # the uncommitted transaction was under way
    got, stored, notices = stored_run(engine, paths)
    assert notices == [] and stored == 4
    assert as_json(got) == fresh_json(engine, paths)
    got, stored, _ = stored_run(engine, paths)
    assert stored == len(paths) and as_json(got) == fresh_json(engine, paths)


def test_brief_card_killed_while_it_stores(engine, tmp_path, store_file):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = many(folder, 90)
    proc = subprocess.Popen([sys.executable, "-m", "tui", "card", str(folder), "--jsonl"], env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT)
    try:
        for _ in range(30):  # a third of the cards written out, so the writer is busy
            assert proc.stdout.readline()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
    got, _, notices = stored_run(engine, paths)
    assert notices == []
    assert as_json(got) == fresh_json(engine, paths)


def test_two_processes_card_one_folder_at_once(engine, tmp_path, store_file):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = many(folder, 60)
    procs = [subprocess.Popen([sys.executable, "-m", "tui", "card", str(folder), "--jsonl"], env=env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    fresh = [json.loads(j) for j in fresh_json(engine, paths)]
    for proc, (out, err) in zip(procs, outs):
        assert proc.returncode == 0 and "Traceback" not in err
        assert [json.loads(line) for line in out.splitlines()] == fresh
    got, stored, notices = stored_run(engine, paths)
    assert notices == [] and stored == len(paths)
    assert as_json(got) == fresh_json(engine, paths)
