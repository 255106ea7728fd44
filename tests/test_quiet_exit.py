"""The end of a run with worker processes: never a traceback or a hang (issue 13).

``brief card`` on a large folder printed, a few times in a hundred runs on a loaded
machine, a ``concurrent.futures`` "Bad file descriptor" traceback after its last card,
and hung at exit now and then after Ctrl-C (``tui/cards/workers.py`` says why). Those
were races; these tests force each cause instead: the pool's manager thread still
running when the cards are out, a worker cut off while it sends a result, Ctrl-C
reaching workers that are still starting. Fixtures are built at run time, and every
subprocess is killed after a generous limit, so a regression fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import process as futures_process

import pytest

from conftest import BRIEFS, PROJECT, copies
from tui.cards import pool as pool_module
from tui.cards.engine import CardEngine
from tui.cards.pool import CardPool
from tui.rules.loader import load_brief

LIMIT = 90.0
"""Seconds before a subprocess is killed: many times what each case needs on a loaded machine."""
SPEC = str(BRIEFS / "default.yaml")



def managers_running() -> list[threading.Thread]:
    return [t for t in threading.enumerate()
            if isinstance(t, futures_process._ExecutorManagerThread) and t.is_alive()]


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ, BRIEF_STORE="off", PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = str(PROJECT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_script(tmp_path, text: str, *args: str) -> subprocess.CompletedProcess:
    script = tmp_path / "script.py"
    script.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, str(script), *args], cwd=PROJECT, env=subprocess_env(),
                          capture_output=True, text=True, timeout=LIMIT)


@pytest.fixture
def small_pool(monkeypatch):
    monkeypatch.setattr(pool_module, "MIN_FILES", 10)
    monkeypatch.setattr(pool_module, "FIRST_IN_PROCESS", 3)
    monkeypatch.setattr(pool_module, "CHUNK", 4)


# -- in this process: once the cards are out, nothing of the pool runs -----------------------

def test_once_every_card_is_out_the_pools_manager_thread_has_ended(tmp_path, seed_files, small_pool):
    """Else the interpreter's exit wakes that thread while it closes its pipe: EBADF."""
    paths = copies(tmp_path / "f", seed_files, 40)
    engine = CardEngine(load_brief(SPEC))
    pool = CardPool(engine, SPEC, paths, workers=2)
    assert len(list(pool.cards())) == 40
    assert pool.used_workers == 2
    assert not managers_running()
    assert all(wakeup._closed for wakeup in list(futures_process._threads_wakeups.values()))


def test_a_pool_stopped_mid_folder_has_ended_when_it_returns(tmp_path, seed_files, small_pool):
    paths = copies(tmp_path / "f", seed_files, 400)
    engine = CardEngine(load_brief(SPEC))
    seen = []
    for item in CardPool(engine, SPEC, paths, workers=2).cards(cancelled=lambda: len(seen) >= 6):
        seen.append(item)
    assert len(seen) == 6
    assert not managers_running()


# -- in a subprocess: what the end of the program does ---------------------------------------

HALF_SENT = '''
import os, struct, sys, time
from pathlib import Path

from tui.cards import pool as pool_module
from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief


def half_sent(paths):
    """A worker cut off while it sends its result: the length of a long one, then one byte."""
    frame = sys._getframe()
    while "result_queue" not in frame.f_locals:
        frame = frame.f_back
    os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 1 << 20) + b"\\x80")
    time.sleep(600)


if __name__ == "__main__":
    pool_module.MIN_FILES, pool_module.FIRST_IN_PROCESS, pool_module.CHUNK = 10, 2, 4
    pool_module._cards = half_sent  # what the workers run
    spec, folder = sys.argv[1], sys.argv[2]
    paths = sorted(Path(folder).glob("*.txt"))
    give_up = time.monotonic() + 3
    pool = pool_module.CardPool(CardEngine(load_brief(spec)), spec, paths, workers=1)
    got = list(pool.cards(cancelled=lambda: time.monotonic() > give_up))
    print(len(got), len(paths))
'''


def test_a_worker_cut_off_mid_result_does_not_hang_the_exit(tmp_path, seed_files):
    folder = tmp_path / "f"
    copies(folder, seed_files, 20)
    result = run_script(tmp_path, HALF_SENT, SPEC, str(folder))  # hung for ever before the fix
    assert result.returncode == 0, result.stderr[-2000:]
    got, total = map(int, result.stdout.split())
    assert got < total  # the half-sent result did hold the pool up until it gave up
    assert result.stderr == ""


SIGINT_WHILE_STARTING = '''
import multiprocessing, os, signal, sys
from pathlib import Path

from tui.cards import pool as pool_module
from tui.cards.engine import CardEngine
from tui.rules.loader import load_brief

if __name__ == "__main__":
    pool_module.MIN_FILES, pool_module.FIRST_IN_PROCESS, pool_module.CHUNK = 10, 3, 4
    spec, folder = sys.argv[1], sys.argv[2]
    paths = sorted(Path(folder).glob("*.txt"))
    pool = pool_module.CardPool(CardEngine(load_brief(spec)), spec, paths, workers=2)
    got = 0
    for _ in pool.cards():
        got += 1
        if got == 2:  # the workers were started for this card: they are still importing
            workers = multiprocessing.active_children()
            for worker in workers:
                os.kill(worker.pid, signal.SIGINT)  # what Ctrl-C sends the whole process group
    print(got, len(paths), len(workers), pool.used_workers)
'''


def test_ctrl_c_reaching_workers_that_are_starting_is_left_to_the_caller(tmp_path, seed_files):
    folder = tmp_path / "f"
    copies(folder, seed_files, 40)
    result = run_script(tmp_path, SIGINT_WHILE_STARTING, SPEC, str(folder))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "KeyboardInterrupt" not in result.stderr, result.stderr[-2000:]
    got, total, signalled, used = map(int, result.stdout.split())
    assert (got, signalled, used) == (total, 2, 2)  # every card, and from the workers


# -- the command itself: Ctrl-C, a reader that stops reading -----------------------------------

def default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # a background job may have been started ignoring it


def start_card(folder, *options: str) -> subprocess.Popen:
    """``brief card FOLDER OPTIONS`` in a process group of its own, as a terminal runs it."""
    return subprocess.Popen([sys.executable, "-m", "tui", "card", str(folder), *options], cwd=PROJECT,
                            env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=default_sigint)


def finished(proc: subprocess.Popen) -> tuple[int, str]:
    """The exit status and stderr, the process group killed if it outlives LIMIT."""
    try:
        _, err = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the command hung")
    return proc.returncode, err.decode("utf-8", "replace")


def quiet(err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err, err[-2000:]
    assert len(err.splitlines()) <= 1, err[-2000:]


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory, seed_files):
    """More files than CardPool.MIN_FILES: the command cards them on worker processes."""
    folder = tmp_path_factory.mktemp("big")
    copies(folder, seed_files, pool_module.MIN_FILES + 40)
    return folder


@pytest.mark.parametrize("option", ["--json", "--jsonl"])
def test_ctrl_c_once_the_first_card_is_out_ends_quietly(big_folder, option):
    proc = start_card(big_folder, option)
    assert proc.stdout.read(1)  # the first card: the workers are starting now
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole process group
    code, err = finished(proc)
    assert code == 130
    quiet(err)


@pytest.mark.parametrize("option", ["--json", "--jsonl"])
def test_a_reader_that_stops_reading_ends_the_command_quietly(big_folder, option):
    proc = start_card(big_folder, option)
    first = proc.stdout.read(100)  # | head -c 100
    proc.stdout.close()
    code, err = finished(proc)
    assert code == 0
    quiet(err)
    assert first.startswith(b"[" if option == "--json" else b"{")


def test_the_whole_folder_on_workers_ends_quietly(big_folder):
    proc = start_card(big_folder, "--json")
    out = proc.stdout.read()
    code, err = finished(proc)
    assert code == 0
    quiet(err)
    assert len(json.loads(out)) == pool_module.MIN_FILES + 40
