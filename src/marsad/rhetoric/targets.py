"""Targets of a rhetoric statement: whom or where the call, threat or label is aimed at.

Each target is found by one rule, named in its ``rule``:

* ``target.object`` (calls, threats, incitement): an entity mention inside the statement right after a target preposition
  (ضد، على، بحق، نحو), after «من» following a revenge word (الانتقام من قسد), or right after a
  violence word (اقتلوا الصليبيين);
* ``target.label``: an incitement label itself (الصليبيين) — a group with no KB entity;
* ``target.addressee``: the quotation's addressee entities when the statement speaks to them
  in the second person (أوتحسبون ... said to the United States);
* ``target.place``: for calls and threats, a place named between the cue and the quotation (the
  addressees' place: حضّ أنصاره القاطنين في نيوزيلندا إلى «الثأر»).

The speaker's own entity is never a target.  All offsets are code points into the view given
(the caller maps them back to ``Document.text``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .classify import Fired
from .lexicon import RhetoricLexicon
from .words import Word, clitic_length, norm, variants

__all__ = ["ViewMention", "Target", "find_targets"]

_REVENGE = frozenset(norm(w) for w in ("الثأر", "ثأر", "الانتقام", "انتقام", "اثأروا", "انتقموا"))
#: أوتحسبون، ستدفعون (an interrogative ا and a conjunction may come first), معكم، قتلتم، أنتم
_SECOND_PERSON = re.compile(r"^(?:ا?[وف]?س?ت\w{2,}ون|\w{2,}(?<!ح)كم|\w{2,}تم|انتم)$")


@dataclass(frozen=True, slots=True)
class ViewMention:
    """An entity mention on the view: ``[start, end)``, entity ``id``, ``type`` and ``name``."""

    start: int
    end: int
    entity: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class Target:
    """A target on the view: ``[start, end)``, ``entity`` id (or ``None``), ``name``, ``rule``, ``group``."""

    start: int
    end: int
    entity: str | None
    name: str
    rule: str
    group: str | None = None


def second_person(words: Sequence[Word]) -> bool:
    """Does the statement address someone in the second person plural (تحسبون، معكم، أنتم)?"""
    return any(_SECOND_PERSON.match(w.form) for w in words)


def find_targets(words: Sequence[Word], fired: Sequence[Fired], *, mentions: Sequence[ViewMention],
                 addressee: tuple[int, int] | None, frame: tuple[int, int] | None,
                 speaker_entity: str | None, lex: RhetoricLexicon) -> list[Target]:
    """Targets of one statement (see the module doc).  ``words`` are the statement's words;
    ``mentions`` all entity mentions of the document on the view; ``addressee`` and ``frame``
    are view spans of the quotation's addressee and of the text between its cue and itself."""
    out: list[Target] = []
    seen: set[str] = set()

    def add(t: Target) -> None:
        key = t.entity or t.name
        if key not in seen and (t.entity is None or t.entity != speaker_entity):
            seen.add(key)
            out.append(t)

    if not words:
        return out
    s0, s1 = words[0].start, words[-1].end
    violent = {i for f in fired if f.category in ("call_to_violence", "threat") for i in range(f.first, f.last + 1)}
    # objects only for calls, threats and incitement: in a victimhood appeal «مجازر ضد X» names the victims
    aimed = any(f.category in ("call_to_violence", "threat", "incitement_against_group") for f in fired)
    word_at = {w.start: i for i, w in enumerate(words)}
    for m in mentions:
        if not aimed or not (s0 <= m.start < s1) or m.type not in ("ORG", "LOC", "PER"):
            continue
        i = word_at.get(m.start)
        if i is None:  # the mention starts inside a word (after a proclitic): its word
            i = max((k for k, w in enumerate(words) if w.start <= m.start), default=None)
            if i is None:
                continue
            own_prep = set(variants(words[i].form[: m.start - words[i].start] or "-")) & lex.target_preps
        else:
            own_prep = set()
        prev = set(variants(words[i - 1].form)) if i > 0 else set()
        prev2 = set(variants(words[i - 2].form)) if i > 1 else set()
        if (own_prep or prev & lex.target_preps or (i - 1) in violent
                or (prev & lex.revenge_preps and prev2 & _REVENGE)):
            add(Target(m.start, m.end, m.entity, m.name, "target.object"))
    for f in fired:
        if f.category == "incitement_against_group":
            hit = lex.incitement.at(words, f.first)
            start = words[f.first].start + clitic_length(words[f.first].form, f.entry)
            add(Target(start, words[f.last].end, None, f.entry, "target.label", group=hit.payload[0] if hit else None))
    if addressee is not None and second_person(words):
        for m in mentions:
            if addressee[0] <= m.start < addressee[1] and m.type in ("ORG", "LOC", "PER"):
                add(Target(m.start, m.end, m.entity, m.name, "target.addressee"))
    if frame is not None and any(f.category in ("call_to_violence", "threat") for f in fired):
        for m in mentions:
            if frame[0] <= m.start < frame[1] and m.type == "LOC":
                add(Target(m.start, m.end, m.entity, m.name, "target.place"))
    return out
