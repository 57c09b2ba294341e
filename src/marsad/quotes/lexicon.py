"""The quote lexicon: ``data/cues.json`` loaded once, inflected and normalized.

Every entry goes through :func:`marsad.text.normalize.normalize` (diacritics, hamza forms,
alef maqsura, ta marbuta, tatweel folded), the same view the finder scans, so «أكّد» and «أكد»
are one key.  Nothing here knows about offsets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..text.normalize import normalize

__all__ = ["CueVerb", "Lexicon", "lexicon", "norm"]


def norm(word: str) -> str:
    """The normalized view of a lexicon entry, inner whitespace collapsed."""
    return " ".join(normalize(word).text.split())


@dataclass(frozen=True)
class CueVerb:
    """One reporting verb: its normalized ``lemma`` (3rd person past) and what it takes."""

    lemma: str
    content: str  # "clause" | "np"
    prep: str  # the preposition of its noun-phrase object ("" = a direct object)
    needs_prep: bool  # a noun-phrase object only after ``prep``
    weak: bool  # only a cue when a complementizer / colon / quotation follows at once
    addressee_object: bool  # its direct object is the addressee (دعا X إلى)
    relay: str  # «نقلت X عن Y»: the speaker follows this preposition
    statement: bool  # «جاء في بيان»: the speaker is the statement's author


@dataclass(frozen=True)
class Lexicon:
    #: normalized form (one or two words) -> (verb, is_participle)
    cue_forms: dict[str, tuple[CueVerb, bool]]
    attributions: frozenset[str]
    narration: frozenset[str]
    comp_bare: frozenset[str]
    comp_pronoun: frozenset[str]
    introducers: frozenset[str]
    not_after_comp: frozenset[str]
    roles: frozenset[str]
    statements: frozenset[str]
    media: tuple[str, ...]
    platforms: tuple[str, ...]
    addressee_cues: tuple[str, ...]
    addressee_pronouns: frozenset[str]
    outlets: frozenset[str]
    stops: frozenset[str]
    anaphoric: frozenset[str]

    @property
    def max_cue_words(self) -> int:
        return max(len(k.split()) for k in self.cue_forms)


def _inflect(entry: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(finite forms, participle forms) of a verb entry, in ordinary spelling."""
    if "forms" in entry:
        forms = list(entry["forms"])
        part = entry.get("participle") or ""
        parts = [f for f in forms if part and f[:3] == part[:3]]
        return [f for f in forms if f not in parts], parts
    finite: list[str] = []
    past = entry.get("past") or ""
    if past:
        finite += [past, past + "ت", past + "وا", past + "ا", past + "تا"]
    present = entry.get("present") or ""
    if present:
        finite += [present, "ت" + present[1:], present + "ون", present + "ان", "ت" + present[1:] + "ان"]
    parts: list[str] = []
    part = entry.get("participle") or ""
    if part:
        stem = part[:-1] if part.endswith("ا") else part
        parts += [part, stem + "ة", stem + "ين", stem + "تين"]
    return finite, parts


def _words(data: dict[str, Any], name: str) -> list[str]:
    return list(dict.fromkeys(norm(w) for w in data[name]["words"]))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (loaded once per process)."""
    with resources.files(__package__).joinpath("data", "cues.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    cue_forms: dict[str, tuple[CueVerb, bool]] = {}
    for entry in data["verbs"]:
        verb = CueVerb(
            lemma=norm(entry["past"]), content=entry.get("content", "clause"),
            prep="|".join(norm(p) for p in entry.get("prep", "").split("|")) if entry.get("prep") else "", needs_prep=bool(entry.get("needs_prep")),
            weak=bool(entry.get("weak")), addressee_object=bool(entry.get("addressee_object")),
            relay=norm(entry.get("relay", "")), statement=bool(entry.get("statement")),
        )
        finite, parts = _inflect(entry)
        for form in finite:
            cue_forms.setdefault(norm(form), (verb, False))
        for form in parts:
            cue_forms.setdefault(norm(form), (verb, True))
    narration = frozenset(_words(data, "narration"))
    for key in list(cue_forms):
        if key in narration:
            del cue_forms[key]
    comp = data["complementizers"]
    by_len = lambda ws: tuple(sorted(ws, key=lambda w: -len(w.split())))  # noqa: E731
    return Lexicon(
        cue_forms=cue_forms,
        attributions=frozenset(_words(data, "attributions")),
        narration=narration,
        comp_bare=frozenset(norm(w) for w in comp["bare"]),
        comp_pronoun=frozenset(norm(w) for w in comp["pronoun"]),
        introducers=frozenset(_words(data, "introducers")),
        not_after_comp=frozenset(_words(data, "not_after_complementizer")),
        roles=frozenset(_words(data, "roles")),
        statements=frozenset(_words(data, "statements")),
        media=by_len(_words(data, "media")),
        platforms=by_len(_words(data, "platforms")),
        addressee_cues=by_len(_words(data, "addressee_cues")),
        addressee_pronouns=frozenset(_words(data, "addressee_pronouns")),
        outlets=frozenset(_words(data, "outlets")),
        stops=frozenset(_words(data, "prepositions")),
        anaphoric=frozenset(_words(data, "anaphoric_objects")),
    )
