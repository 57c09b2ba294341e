"""Time: an Arabic temporal tagger that finds every date expression and resolves it.

* :mod:`~marsad.time.lexicon` — the lexicon (``data/lexicon.json``), normalized;
* :mod:`~marsad.time.finder` — one regex scan over the normalized view, context filters, chaining;
* :mod:`~marsad.time.resolve` — values against the publication date (ISO 8601, precision, confidence);
* :mod:`~marsad.time.hijri` — Hijri dates (``hijridate``, Umm al-Qura);
* :mod:`~marsad.time.infer` — the publication date when the article has none;
* :mod:`~marsad.time.tagger` — :func:`find_times`, offsets back into the original text;
* :mod:`~marsad.time.stage` — the ``times`` pipeline stage.
"""

from .tagger import TimeExpression, find_times

__all__ = ["TimeExpression", "find_times"]
