"""Comparing articles: two side by side (:func:`compare`) and the whole set (:func:`overview`).

Plain Python, no Textual: the CLI, the reader and tests all call these.
"""

from .compare import compare
from .model import ActorMatch, ActorSide, AlignedPair, ArticleInfo, Comparison, Discrepancy, Span, StatementRef
from .overview_model import ActorRow, Overview, SpellingVariant, StatementCluster
from .discrepancies import SetDiscrepancy
from .overview import overview, overview_of


def compare_entries(workspace, left: int, right: int) -> Comparison:
    """Compare two workspace entries; spans carry the workspace indexes."""
    a, b = workspace.entries[left], workspace.entries[right]
    return compare(a.card, b.card, a.article.text, b.article.text, left, right)


__all__ = [
    "compare", "compare_entries", "overview", "overview_of", "Comparison", "Overview", "ActorMatch",
    "ActorRow", "ActorSide", "AlignedPair", "ArticleInfo", "Discrepancy", "Span", "SpellingVariant",
    "StatementCluster", "StatementRef", "SetDiscrepancy",
]
