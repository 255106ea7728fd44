"""Discrepancies across a whole set, read off the overview with the pair comparison's rules.

The pair comparison (:func:`tui.comparison.compare`) and the whole-set overview must call
the same thing a discrepancy, or the compare screen, the overview and the exported
briefing disagree. So this module uses the pair comparison's similarity, its thresholds
(:data:`ALIGN_THRESHOLD`, :data:`OTHER_SPEAKER_THRESHOLD`), its test for different figures
(:func:`figure_conflict`) and its kind names: "attribution" (the same words given to
different speakers), "figure" (one statement, different numbers), "spelling" (one party
spelled differently); plus "claim-vs-denial" (one speaker's statement reported as a claim
in one article and as a denial in another), which only a whole set shows.

Statement discrepancies are searched inside the overview's shared-statement clusters only,
so the work follows the clusters (near-linear in the set), never all pairs of articles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .name_forms import spelling_variant
from .compare import ALIGN_THRESHOLD, OTHER_SPEAKER_THRESHOLD, figure_conflict
from .model import StatementRef
from .overview_model import SpellingVariant, StatementCluster
from .progress import Progress, counted, no_progress
from .text import Figure, content_tokens, figures

Measure = Callable[[frozenset[str], frozenset[str]], float]
"""The comparison's similarity of two content-word sets, with the set's word weights."""
MAX_WORDINGS = 80
"""Distinct wordings per cluster compared pairwise (bounds the cost of a very large cluster)."""
MAX_PER_KIND = 12
"""Discrepancies of one kind reported per cluster (a briefing, not a dump, on huge sets)."""
ORDER = {"figure": 0, "spelling": 1, "attribution": 2, "claim-vs-denial": 3}


@dataclass
class SetDiscrepancy:
    """A discrepancy between articles of a set.

    Statement kinds hold the two statements that differ (one per article); "spelling"
    holds the party and which articles use which form.
    """

    kind: str
    statements: list[StatementRef] = field(default_factory=list)
    name: str = ""
    forms: dict[str, list[int]] = field(default_factory=dict)

    @property
    def articles(self) -> list[int]:
        if self.statements:
            return sorted({s.article for s in self.statements})
        return sorted({a for arts in self.forms.values() for a in arts})

    def pairs(self) -> set[tuple[int, int]]:
        """The article pairs (lower index first) a pair comparison should report it for."""
        if self.statements:
            a, b = self.statements[0].article, self.statements[1].article
            return {(min(a, b), max(a, b))}
        out: set[tuple[int, int]] = set()
        for fx, ax in self.forms.items():
            for fy, ay in self.forms.items():
                if fx < fy and spelling_variant(fx, fy):
                    out |= {(min(a, b), max(a, b)) for a in set(ax) - set(ay) for b in set(ay) - set(ax)}
        return out

    def summary(self, label: Callable[[int], str] = str) -> str:
        """One line of plain text; ``label`` names an article (a briefing gives outlets)."""
        if self.kind == "spelling":
            return f"{self.name} is spelled differently: " + "; ".join(
                f"\u201c{form}\u201d in " + ", ".join(label(a) for a in arts) for form, arts in _shown(self.forms))
        a, b = (label(s.article) for s in self.statements)
        if self.kind == "claim-vs-denial":
            return f"{a} reports it as a statement, {b} as a denial"
        if self.kind == "figure":
            return f"{a} and {b} give different figures"
        return f"{a} and {b} give the same words to different speakers"

    def to_json(self) -> dict:
        return {"kind": self.kind, "summary": self.summary(), "articles": self.articles,
                "statements": [s.to_json() for s in self.statements], "name": self.name, "forms": self.forms}


def _shown(forms: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
    """Forms as a reader should see them: a short form one article also writes in full
    ("Zelensky" beside "Volodymyr Zelensky") is folded into the full one."""
    merged: dict[str, set[int]] = {}
    for form, arts in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        target = next((k for k in merged if k.endswith(" " + form)), form)
        merged.setdefault(target, set()).update(arts)
    return [(form, sorted(arts)) for form, arts in merged.items()]


def set_discrepancies(clusters: list[StatementCluster], spellings: list[SpellingVariant],
                      measure: Measure, progress: Progress = no_progress) -> list[SetDiscrepancy]:
    """Every discrepancy of the set: statement ones from the clusters, then spellings."""
    found: list[SetDiscrepancy] = []
    for cluster in counted(clusters, len(clusters), "finding discrepancies", progress):
        found += _in_cluster(cluster, measure)
    found += [SetDiscrepancy("spelling", name=v.name, forms=v.forms) for v in spellings]
    found.sort(key=lambda d: ORDER.get(d.kind, 9))  # stable: cluster order within a kind
    return found


def _in_cluster(cluster: StatementCluster, measure: Measure) -> list[SetDiscrepancy]:
    distinct: dict[tuple, StatementRef] = {}
    for m in cluster.members:
        distinct.setdefault((m.article, m.party, m.kind, content_tokens(m.text)), m)
    keys = list(distinct)[:MAX_WORDINGS]
    refs = [distinct[k] for k in keys]
    toks = [k[3] for k in keys]
    sim_cache: dict[tuple[int, int], float] = {}
    figs: dict[str, list[Figure]] = {}

    def sim(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        v = sim_cache.get(key)
        if v is None:
            v = sim_cache[key] = measure(toks[x], toks[y])
        return v

    def aligned(x: int, article: int) -> bool:
        """Whether ``article`` has a statement of the same party that the pair comparison
        would align with statement ``x`` (then it reports no attribution for it)."""
        return any(refs[z].article == article and refs[z].party == refs[x].party
                   and sim(x, z) >= ALIGN_THRESHOLD for z in range(len(refs)))

    out: list[SetDiscrepancy] = []
    seen: set[tuple[str, int, int]] = set()
    counts: dict[str, int] = {}
    for x in range(len(refs)):
        for y in range(x + 1, len(refs)):
            a, b = refs[x], refs[y]
            if a.article == b.article:
                continue
            kind = _kind(a, b, lambda: sim(x, y), figs)
            if kind == "attribution" and (aligned(x, b.article) or aligned(y, a.article)):
                kind = None
            if kind is None:
                continue
            key = (kind, min(a.article, b.article), max(a.article, b.article))
            if key in seen or counts.get(kind, 0) >= MAX_PER_KIND:
                continue
            seen.add(key)
            counts[kind] = counts.get(kind, 0) + 1
            pair = sorted((a, b), key=lambda s: s.kind != "claim") if kind == "claim-vs-denial" else [a, b]
            out.append(SetDiscrepancy(kind, pair))
    return out


def _kind(a: StatementRef, b: StatementRef, sim: Callable[[], float],
          figs: dict[str, list[Figure]]) -> str | None:
    """The discrepancy between two statements of different articles, if any (``figs``
    caches each wording's figures: a large cluster meets the same wording many times;
    ``sim`` is asked only when the cheap tests leave a chance)."""
    if a.party != b.party:
        return "attribution" if sim() >= OTHER_SPEAKER_THRESHOLD else None
    if a.kind != b.kind:
        return "claim-vs-denial" if sim() >= ALIGN_THRESHOLD else None
    fa = figs.get(a.text)
    if fa is None:
        fa = figs[a.text] = figures(a.text)
    fb = figs.get(b.text)
    if fb is None:
        fb = figs[b.text] = figures(b.text)
    if fa and fb and sim() >= ALIGN_THRESHOLD and any(figure_conflict(x, y, fa, fb) for x in fa for y in fb):
        return "figure"
    return None
