"""Finding actors: who the article names (people, bodies, places that act).

Split by job: :mod:`.words` (how a word is read), :mod:`.lexicon` (the brief's
word lists), :mod:`.spans` (name boundaries), :mod:`.kinds` (person / org /
place), :mod:`.aliases` (merging forms), :mod:`.places` (places only as parties),
:mod:`.scan` (finding mentions) and :mod:`.finder` (the two passes together).
"""

from .finder import ActorFinder
from .lexicon import ActorLexicon, Known

__all__ = ["ActorFinder", "ActorLexicon", "Known"]
