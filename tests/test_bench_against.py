"""``bench/extract.py --against REV`` runs end to end on a tiny corpus (a smoke test, not a timing)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import PROJECT

IN_GIT = subprocess.run(["git", "-C", str(PROJECT), "rev-parse", "--verify", "HEAD"],
                        capture_output=True).returncode == 0
pytestmark = pytest.mark.skipif(not IN_GIT, reason="bench --against needs a git checkout of the project")


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PROJECT / "bench" / "extract.py"), *args],
                          capture_output=True, text=True, timeout=300, cwd=PROJECT)


def test_against_head_cards_with_both_engines_and_prints_the_cpu_ratio():
    result = bench("--against", "HEAD", "--corpus", "seeds", "--n", "10", "--repeats", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "seeds: 10 articles" in out, out
    assert out.count("cards/CPU-s carding") == 2, out
    assert re.search(r"CPU time ratio working tree / HEAD \(\w+\): median \d\.\d{3}, best run \d\.\d{3}; .*; same item counts",
                     out), out


def test_an_unknown_revision_is_a_one_line_error():
    result = bench("--against", "no-such-revision-here", "--corpus", "seeds", "--n", "5")
    assert result.returncode != 0
    assert result.stderr.strip() == f"--against no-such-revision-here: not a revision of {PROJECT} (git rev-parse found no commit)"
