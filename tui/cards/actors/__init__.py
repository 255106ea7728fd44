"""Finding actors: who the article names (people, bodies, places that act).

Split by job: :mod:`.words` (how a word is read), :mod:`.lexicon` (the brief's
word lists, built by :mod:`.lexicon_build`), :mod:`.spans` (name boundaries), :mod:`.kinds` (person / org /
place), :mod:`.aliases` (merging forms), :mod:`.places` (places only as parties),
:mod:`.offices` (bodies named only in a post), :mod:`.shapes` (name shapes read with
the words around them), :mod:`.family` (first names of family members),
:mod:`.nations` (nationalities that act), :mod:`.administrations` ("the
administration"), :mod:`.scan` (finding mentions) and :mod:`.finder` (the passes together).
"""

from .finder import ActorFinder
from .known_forms import Known
from .lexicon import ActorLexicon
from .lexicon_build import actor_lexicon

__all__ = ["ActorFinder", "ActorLexicon", "Known", "actor_lexicon"]
