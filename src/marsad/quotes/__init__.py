"""Quotes: who said what, to whom, in which medium.

* :mod:`~marsad.quotes.lexicon` — the cue lexicon (``data/cues.json``), inflected and normalized;
* :mod:`~marsad.quotes.finder` — quotation marks, cues, content clauses on the normalized view;
* :mod:`~marsad.quotes.speaker` — speaker, addressee and medium, linked to the entity layer;
* :mod:`~marsad.quotes.stage` — the ``quotes`` pipeline stage (offsets back into the original text).
"""

from .stage import Quote, QuotesStage, find_quotes

__all__ = ["Quote", "QuotesStage", "find_quotes"]
