"""The temporal lexicon: ``data/lexicon.json`` loaded once, normalized, as lookups and regex pieces.

Every entry is passed through :func:`marsad.text.normalize.normalize` (the same folds the finder
applies to the article), so the tables are keyed by normalized forms: «الإثنين» and «الاثنين»
are one key, «غداً» is «غدا», «الجمعة» is «الجمعه».  Nothing here knows about offsets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..text.normalize import normalize

__all__ = ["Lexicon", "lexicon", "norm", "alternation"]


def norm(word: str) -> str:
    """The normalized view of a lexicon entry (diacritics, hamza, ta marbuta ... folded)."""
    return " ".join(normalize(word).text.split())


def alternation(words: Any) -> str:
    """A regex matching any of the normalized ``words`` (longest first), inner spaces as ``[^\\S\\n]+``.

    The words are compiled into a prefix tree (``(?:ال(?:اثنين|جمعه)|...)``) so the regex engine
    tests one branch per character instead of every word in turn: the master regex runs at every
    word start of every article, and a flat alternation of hundreds of words made it 3x slower.
    """
    trie: dict[str, Any] = {}
    for w in {norm(w) for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"[^\S\n]+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


@dataclass(frozen=True)
class MonthName:
    month: int
    system: str  # gregorian | syriac | maghrebi | hijri
    needs_cue: bool
    strong_cue: bool = False  # a preceding «في» is not enough («في إب»: the Yemeni city Ibb)


@dataclass(frozen=True)
class Lexicon:
    weekdays: dict[str, int]           # normalized «الجمعه» -> ISO weekday 5
    weekdays_bare: dict[str, int]      # «جمعه» (after كل) -> 5
    months: dict[str, MonthName]       # normalized name (single spaces) -> month
    modifiers: dict[str, str]          # «الماضي» -> past | current | future
    day_refs: dict[str, int]           # «اول امس» -> -2
    parts_of_day: dict[str, str]       # «صباح» -> morning
    day_after_part: dict[str, int]     # «امس» (after صباح) -> -1
    clock_parts: dict[str, str]
    hour_words: dict[str, int]
    month_parts: dict[str, str]        # «مطلع» -> start
    periods: dict[str, str]            # «الاسبوع» -> W
    this: frozenset[str]
    year_cues: frozenset[str]
    suffix_gregorian: frozenset[str]
    suffix_hijri: frozenset[str]
    bare_year_cues: frozenset[str]
    strong_year_cues: frozenset[str]
    not_year_before: frozenset[str]
    decades: dict[str, int]
    centuries: dict[str, int]
    units: dict[str, tuple[str, str]]  # form -> (unit, sg|dual|pl)
    plural_periods: dict[str, str]
    plural_period_mods: dict[str, str]
    number_words: dict[str, int]
    vague_numbers: frozenset[str]
    hedges: tuple[str, ...]
    rel_offset_words: dict[str, int]
    duration_prefixes: tuple[str, ...]
    ordinal_days: dict[str, int]
    sets: dict[str, str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    month_cues: frozenset[str]
    weekday_not_after: frozenset[str]
    weekday_not_before: frozenset[str]
    today_not_after: frozenset[str]
    age_cues: frozenset[str]
    #: nouns named after a date («قصر 22 مايو», «شارع 26 يوليو»): a day and month right after them is a name
    date_name_heads: frozenset[str]
    raw: dict[str, Any]


def _table(mapping: dict[str, Any]) -> dict[str, Any]:
    return {norm(k): v for k, v in mapping.items()}


def _set(words: Any) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (loaded and normalized once per process)."""
    raw = json.loads(resources.files("marsad.time").joinpath("data/lexicon.json").read_text("utf-8"))
    months: dict[str, MonthName] = {}
    for entry in raw["months"]:
        months[norm(entry["name"])] = MonthName(entry["month"], entry["system"], bool(entry.get("needs_cue")),
                                                bool(entry.get("strong_cue")))
    for entry in raw["hijri_months"]:
        months[norm(entry["name"])] = MonthName(entry["month"], "hijri", bool(entry.get("needs_cue")))
    modifiers = {norm(w): kind for kind, words in raw["modifiers"].items() for w in words}
    units = {norm(w): (unit, form) for unit, forms in raw["units"].items()
             for form, words in forms.items() for w in words}
    ppm = {norm(w): kind for kind, words in raw["plural_period_mods"].items() for w in words}
    return Lexicon(
        weekdays=_table(raw["weekdays"]), weekdays_bare=_table(raw["weekdays_bare"]), months=months,
        modifiers=modifiers, day_refs=_table(raw["day_refs"]), parts_of_day=_table(raw["parts_of_day"]),
        day_after_part=_table(raw["day_after_part"]), clock_parts=_table(raw["clock_parts"]),
        hour_words=_table(raw["hour_words"]), month_parts=_table(raw["month_parts"]),
        periods=_table(raw["periods"]), this=_set(raw["this"]), year_cues=_set(raw["year_cues"]),
        suffix_gregorian=_set(raw["year_suffix_gregorian"]), suffix_hijri=_set(raw["year_suffix_hijri"]),
        bare_year_cues=_set(raw["bare_year_cues"]), strong_year_cues=_set(raw["strong_year_cues"]), not_year_before=_set(raw["not_year_before"]),
        decades=_table(raw["decades"]), centuries=_table(raw["centuries"]), units=units,
        plural_periods=_table(raw["plural_periods"]), plural_period_mods=ppm,
        number_words=_table(raw["number_words"]), vague_numbers=_set(raw["vague_numbers"]),
        hedges=tuple(norm(w) for w in raw["hedges"]), rel_offset_words=_table(raw["rel_offset_words"]),
        duration_prefixes=tuple(norm(w) for w in raw["duration_prefixes"]),
        ordinal_days=_table(raw["ordinal_days"]), sets=_table(raw["sets"]),
        future_cues=tuple(norm(w) for w in raw["future_cues"]),
        past_cues=tuple(norm(w) for w in raw["past_cues"]), month_cues=_set(raw["month_cues"]),
        weekday_not_after=_set(raw["weekday_not_after"]), weekday_not_before=_set(raw["weekday_not_before"]),
        today_not_after=_set(raw["today_not_after"]), age_cues=_set(raw["age_cues"]),
        date_name_heads=_set(raw["date_name_heads"]), raw=raw,
    )
