"""The entity layer's word lists, read from ``data/cues.json`` and normalized.

Each list is returned as a frozenset of :func:`~marsad.text.normalize.normalize_for_search`
forms (the form the gazetteer and coreference compare), so the data file keeps ordinary spelling.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..text.normalize import normalize_for_search

__all__ = ["cue_words", "cue_list", "cue_pairs", "cue_entries", "cue_raw"]


@lru_cache(maxsize=1)
def _data() -> dict:
    with resources.files(__package__).joinpath("data", "cues.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def cue_words(name: str) -> frozenset[str]:
    """The normalized words of list ``name`` of ``data/cues.json`` (``KeyError`` if unknown)."""
    return frozenset(normalize_for_search(w) for w in _data()[name]["words"])


def cue_raw(name: str) -> tuple[str, ...]:
    """The words of list ``name`` as written in the data file (not normalized)."""
    return tuple(_data()[name]["words"])


def cue_list(name: str) -> tuple[str, ...]:
    """The normalized words of list ``name`` in file order, without repeats."""
    return tuple(dict.fromkeys(normalize_for_search(w) for w in _data()[name]["words"]))


def cue_pairs(name: str) -> tuple[tuple[str, ...], ...]:
    """The normalized word tuples of list ``name`` (its ``pairs``), in file order."""
    return tuple(tuple(normalize_for_search(w) for w in pair) for pair in _data()[name]["pairs"])


def cue_entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of list ``name`` (its ``entries``): the first item normalized, the rest (ids,
    codes) as written, in file order."""
    return tuple((normalize_for_search(row[0]), *row[1:]) for row in _data()[name]["entries"])
