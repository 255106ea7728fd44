"""The main crosswalk points on the seed articles (seeds/, briefs/track-two.yaml)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cards.engine import CardEngine
from tui.comparison import compare_entries, overview_of
from tui.rules.loader import load_brief
from tui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def test_nothing_about_ukraine_carried_by_several_articles(ws, ov):
    hits = [c for c in ov.shared_statements
            if any("nothing about ukraine" in m.text.lower() for m in c.members)]
    assert len(hits) == 1
    cluster = hits[0]
    assert len(cluster.articles) >= 2
    assert {0, 1} <= set(cluster.articles)
    texts = [m.text.lower() for m in cluster.members]
    assert any("is complete without ukraine" in t for t in texts)
    for m in cluster.members:  # every member points at its words
        assert ws.entries[m.article].article.text[m.start:m.end] == m.text


def test_haass_haas_spelling_reported(ws, ov):
    variant = next(s for s in ov.spellings if "Haass" in s.name)
    assert variant.forms.get("Richard Haas") == [2]
    assert 0 in variant.forms.get("Richard Haass", [])
    c = compare_entries(ws, 0, 2)
    spelling = [d for d in c.discrepancies if d.kind == "spelling"]
    assert any(d.left_text == "Richard Haass" and d.right_text == "Richard Haas" for d in spelling)
    d = next(d for d in spelling if d.right_text == "Richard Haas")
    assert ws.entries[2].article.text[d.right[0].start:d.right[0].end] == "Richard Haas"
    assert d.right[0].article == 2


def test_other_spellings(ov):
    names = {s.name: s.forms for s in ov.spellings}
    lavrov = next(v for k, v in names.items() if "Lavrov" in k)
    assert set(lavrov) >= {"Sergey Lavrov", "Sergei Lavrov"}
    kyiv = next(v for k, v in names.items() if k in ("Kyiv", "Kiev"))
    assert kyiv["Kiev"] == [0]


def test_actor_matrix(ov):
    lavrov = next(r for r in ov.actors if "Lavrov" in r.name)
    assert all(lavrov.count(a.index) > 0 for a in ov.articles)  # every seed names Lavrov
    sullivan = next(r for r in ov.actors if "Sullivan" in r.name)
    assert sullivan.articles == 1
    by_name = [r.name for r in ov.sorted_actors("name")]
    assert by_name == sorted(by_name, key=str.casefold)
    totals = [r.total for r in ov.sorted_actors("total")]
    assert totals == sorted(totals, reverse=True)


def test_denials_and_articles(ws, ov):
    assert len(ov.denials) == sum(len(e.card.denials) for e in ws.entries)
    assert any("Sullivan" in d.text for d in ov.denials)
    assert [a.length for a in ov.articles] == [len(e.article.text) for e in ws.entries]


def test_six_vs_two_people_briefed(ws):
    c = compare_entries(ws, 1, 2)
    figs = [d for d in c.discrepancies if d.kind == "figure"]
    assert any("Six people" in d.summary and "two people" in d.summary for d in figs)


def test_paraphrase_aligned_kirby(ws):
    c = compare_entries(ws, 0, 1)
    assert any(p.same_speaker and "nothing about ukraine without ukraine" in p.left.text.lower()
               and "complete" in p.right.text.lower() for p in c.aligned)


def test_cli_json(tmp_path):
    out = subprocess.run([sys.executable, "-m", "tui", "compare", "seeds/000_1e6162be73efbda0.txt",
                          "seeds/002_e32cafc0f4135e72.txt", "--brief", "briefs/track-two.yaml", "--json"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert any(d["kind"] == "spelling" and d["right_text"] == "Richard Haas" for d in data["discrepancies"])


def test_cli_rich_and_errors():
    out = subprocess.run([sys.executable, "-m", "tui", "compare", "seeds/000_1e6162be73efbda0.txt",
                          "seeds/002_e32cafc0f4135e72.txt", "--brief", "briefs/track-two.yaml"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and "Discrepancies" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "tui", "compare", "seeds/000_1e6162be73efbda0.txt"],
                         cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and "exactly two" in bad.stderr and "Traceback" not in bad.stderr
    missing = subprocess.run([sys.executable, "-m", "tui", "compare", "nope.txt", "nope2.txt"],
                             cwd=ROOT, capture_output=True, text=True)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_markup_in_article_is_literal(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Title [bold]x[/bold]\n\nJohn Kirby said \"[red]nothing[/red] about it\".\n", encoding="utf-8")
    b.write_text("Other\n\nJohn Kirby said \"something \x1b[31m else\".\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tui", "compare", str(a), str(b)],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    assert "[bold]x[/bold]" in out.stdout
    assert "\x1b[31m" not in out.stdout


@pytest.mark.parametrize("brief", ["track-two.yaml", "default.yaml"])
def test_a_cluster_shares_its_proposition_not_its_topic_words(brief):
    """The 2022 'will not push Ukraine to negotiate' is not the 2023 'did not approve the talks'."""
    ws = Workspace.load([str(ROOT / "seeds")], CardEngine(load_brief(str(ROOT / "briefs" / brief))))
    ov = overview_of(ws)
    authorised = [c for c in ov.shared_statements
                  if any(m.kind == "denial" and "did not authorize" in m.text for m in c.members)]
    assert authorised, "the 'did not authorize' denials of several outlets are one shared statement"
    for cluster in authorised:
        assert not any("not push" in m.text for m in cluster.members)
