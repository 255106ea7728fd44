"""Shared fixtures: the project layout and engines built once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
BRIEFS = PROJECT / "briefs"
GOLD = PROJECT / "tests" / "data" / "gold" / "seeds.yaml"


_RUN_DIRS: list[str] = []


def pytest_configure(config) -> None:
    """Compiled patterns go to a folder of this run's, never the user's cache (subprocesses
    of the CLI tests inherit it); tests of the cache itself set their own."""
    import tempfile

    if "BRIEF_CACHE_DIR" not in os.environ:
        os.environ["BRIEF_CACHE_DIR"] = tempfile.mkdtemp(prefix="brief-test-cache-")
        _RUN_DIRS.append(os.environ["BRIEF_CACHE_DIR"])
    # the reader's settings (theme, screenshots) are never read from or written to the user's
    os.environ["BRIEF_CONFIG_DIR"] = tempfile.mkdtemp(prefix="brief-test-config-")
    _RUN_DIRS.append(os.environ["BRIEF_CONFIG_DIR"])


def pytest_unconfigure(config) -> None:
    """The run's own folders go with it: a test run leaves nothing in the temp folder."""
    for path in _RUN_DIRS:
        shutil.rmtree(path, ignore_errors=True)


_STORE_GIVEN = "BRIEF_STORE" in os.environ


@pytest.fixture(autouse=True)
def _own_store(tmp_path_factory, monkeypatch):
    """Each test keeps cards in a store of its own, never the user's (subprocesses inherit
    it). With BRIEF_STORE set when the run starts, every test shares that store instead:
    the whole suite then runs against a warm store. Each test has its own settings folder
    too: a theme one test chooses must not reach the next test's snapshot."""
    monkeypatch.setenv("BRIEF_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    if not _STORE_GIVEN:
        monkeypatch.setenv("BRIEF_STORE", str(tmp_path_factory.mktemp("store") / "store.sqlite3"))


@pytest.fixture(scope="session")
def project_dir() -> Path:
    return PROJECT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    assert files, "no seed articles in seeds/"
    return files


@pytest.fixture(scope="session")
def default_engine():
    from tui.cards.engine import CardEngine

    return CardEngine.from_path(BRIEFS / "default.yaml")


@pytest.fixture(scope="session")
def track_two_engine():
    from tui.cards.engine import CardEngine

    return CardEngine.from_path(BRIEFS / "track-two.yaml")


def run_brief(*args: str, cwd: Path | None = None, timeout: float = 60,
              env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m tui ARGS`` the way a user runs ``brief ARGS``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("COLUMNS", "200")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=cwd or PROJECT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="session")
def brief_cli():
    return run_brief


INLINE_HEADLINE = "Harbour budget row deepens\n\n"


def card_builder(engine):
    """``engine``'s card of an invented article (a headline, then ``body``); every claim's and
    denial's words are checked to slice the text."""
    from tui.articles.reader import article_from_text

    def build(body: str, headline: str = INLINE_HEADLINE):
        text = headline + body + "\n"
        card = engine.card(article_from_text(text, path="inline.txt"))
        for item in card.claims + card.denials:
            assert text[item.start:item.end] == item.text, item
        return card
    return build


@pytest.fixture(scope="session")
def card_of(default_engine):
    """The default pack's card of an invented article (see :func:`card_builder`). Test files
    that need more (the text back, other checks) define their own ``card_of``."""
    return card_builder(default_engine)


LAKESIDE_HEADLINE = "Lakeside audit row deepens\n\n"
LAKESIDE_INTRO = ("Mayor Jane Roe of Lakeside, Senator John Smith, Jane Doe of Acme Corporation and "
                  "the Lakeside Finance Ministry are at the centre of the row.\n\n")


@pytest.fixture(scope="session")
def lakeside_card_of(default_engine):
    """The card and text of an invented article whose opening names four actors (the
    denial tests' cast), then ``body``; statement words are checked to slice the text."""
    from tui.articles.reader import article_from_text

    def build(body: str, headline: str = LAKESIDE_HEADLINE):
        text = headline + LAKESIDE_INTRO + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        for item in card.claims + card.denials:
            assert text[item.start:item.end] == item.text, item
        return card, text
    return build


def said_by(card, speaker: str) -> str:
    """What a card's statements by ``speaker`` say, joined."""
    return " | ".join(s.text for s in card.statements if s.speaker == speaker)


@pytest.fixture(scope="session")
def actors_of(default_engine):
    """The actors the default pack finds in an invented text, by name -> Actor."""
    from tui.articles.reader import article_from_text

    def build(body: str) -> dict:
        text = "Harbour board meets on Friday\n\n" + body + "\n"
        card = default_engine.card(article_from_text(text, path="inline.txt"))
        assert not card.warnings, card.warnings
        for actor in card.actors:
            for s, e in actor.mentions:
                assert text[s:e] in actor.aliases, (actor.name, text[s:e])
        return {a.name: a for a in card.actors}
    return build


def copies(folder: Path, seed_files: list[Path], count: int) -> list[Path]:
    """``count`` copies of the seed articles in ``folder`` (made if missing), under new names."""
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        src = seed_files[i % len(seed_files)]
        paths.append(folder / f"{i:04d}_{src.name}")
        shutil.copyfile(src, paths[-1])
    return paths
