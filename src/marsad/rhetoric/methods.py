"""Attack methods named in a statement, normalized to English (``data/methods.json``).

«العبوات» -> IEDs, «القناصين» -> snipers, «بالمفخّخات» -> car bombs (VBIEDs), «دهس» -> vehicle
ramming ...  Works on the words of the normalized view; word indices refer to the list given.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import RhetoricLexicon
from .words import Hit, Word

__all__ = ["find_methods"]


def find_methods(words: Sequence[Word], *, lex: RhetoricLexicon) -> list[Hit]:
    """One hit per distinct method (the first mention of each), in text order; ``payload`` is the name."""
    seen: set[str] = set()
    out: list[Hit] = []
    for h in lex.methods.find(words):
        if h.payload not in seen:
            seen.add(h.payload)
            out.append(h)
    return out
