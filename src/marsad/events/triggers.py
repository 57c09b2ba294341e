"""Trigger matching: lexicon phrases found on the word view, filtered by their conditions, clustered.

:func:`find_triggers` scans every sentence's stems for the phrases of ``data/triggers.json``
(longest match first; a phrase never crosses punctuation because punctuation marks are words of
their own), keeps a hit only when its entry's conditions hold (``needs_after``, ``needs_near``,
``not_near``, ``not_before``, ``needs_before``, ``construct``, ``needs_after_loc``), and :func:`cluster` groups hits of one
sentence that describe one occurrence («تفجير سيارة مفخخة يقودها انتحاري» is one suicide
bombing): hits within ``cluster_words`` words of each other whose event types agree, or where
one of them is a generic trigger («هجوم», «تفجير»).  The highest-ranked hit names the cluster.
Word indices are into :class:`~marsad.events.view.View`; nothing here knows about offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import EventLexicon, Trigger, entry_for, stem_keys
from .view import View

__all__ = ["Hit", "Cluster", "find_triggers", "cluster", "TERRITORIAL"]


@dataclass(frozen=True, slots=True)
class Hit:
    w0: int
    w1: int
    entry: Trigger


@dataclass
class Cluster:
    hits: list[Hit]
    sentence: tuple[int, int, int, int]
    head: Hit = field(init=False)

    def __post_init__(self) -> None:
        self.head = max(self.hits, key=lambda h: (h.entry.rank, -h.w0))

    @property
    def w0(self) -> int:
        return min(h.w0 for h in self.hits)

    @property
    def w1(self) -> int:
        return max(h.w1 for h in self.hits)


#: battle nouns (normalized) that with a possessive suffix name a campaign, and those suffixes
_CAMPAIGN_NOUNS = ("معركت", "معارك", "حرب")
_POSSESSIVE = ("هما", "هم", "ها", "نا", "كم", "ه")


def _campaign(stem: str) -> bool:
    """«معركتها», «معركتنا», «حربه», «معاركهم»: a battle noun with a possessive suffix."""
    for noun in _CAMPAIGN_NOUNS:
        rest = stem[len(noun):] if stem.startswith(noun) else None
        if rest and rest in _POSSESSIVE:
            return True
    return False


def _loc_after(view: View, w1: int, window: int, hi: int) -> bool:
    return any(m.record.get("type") == "LOC" and w1 <= m.w0 < min(hi, w1 + window)
               for m in view.mentions)


def _conditions_hold(view: View, hit: Hit, lo: int, hi: int) -> bool:
    e, st = hit.entry, view.stems
    always = any(len(p) == hit.w1 - hit.w0 and all(p[k] in stem_keys(st[hit.w0 + k]) for k in range(len(p)))
                 for p in e.always_ok)
    if e.needs_after is not None and not always:
        if not e.needs_after.any(st, hit.w1, min(hi, hit.w1 + e.after_window)):
            if not (e.needs_after_loc and _loc_after(view, hit.w1, e.after_window + 2, hi)):
                return False
    elif e.needs_after_loc and not _loc_after(view, hit.w1, e.after_window + 2, hi):
        return False
    if e.needs_near is not None and hit.w1 - hit.w0 == 1:
        if not e.needs_near.any(st, max(lo, hit.w0 - e.near_window), min(hi, hit.w1 + e.near_window)):
            return False
    if e.not_near is not None and e.not_near.any(st, max(lo, hit.w0 - e.not_near_window),
                                                 min(hi, hit.w1 + e.not_near_window)):
        return False
    if e.not_before is not None and e.not_before.any(st, max(lo, hit.w0 - e.not_before_window), hit.w0):
        return False
    if e.needs_before is not None and not e.needs_before.any(st, max(lo, hit.w0 - e.before_window), hit.w0):
        return False
    if e.construct and view.words[hit.w1 - 1].article:
        return False
    if e.sub_event_type in TERRITORIAL and _failed(view, hit.w0, lo):
        return False
    return True


#: ACLED's sub-event types of ground changing hands by force (a failed attempt reports none)
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})

#: verbs of failing («أخفق الحوثيون في السيطرة على المدينة»): normalized stems
_FAILED = frozenset({"اخفق", "اخفقت", "اخفقوا", "فشل", "فشلت", "فشلوا", "عجز", "عجزت", "عجزوا"})


def _failed(view: View, t0: int, lo: int) -> bool:
    """A failing verb up to five words before the territorial trigger at ``t0``, which follows «في /
    من / عن» («أخفق فيها الحوثيون وصالح من السيطرة على المدينة»): the ground did not change hands."""
    if t0 - 1 < lo or view.stems[t0 - 1] not in ("في", "من", "عن"):
        return False
    return any(view.stems[k] in _FAILED for k in range(max(lo, t0 - 6), t0 - 1))


def find_triggers(view: View, lex: EventLexicon) -> list[tuple[tuple[int, int, int, int], list[Hit]]]:
    """Per sentence ``(w0, w1, start, end)``, the trigger hits that pass their conditions."""
    out = []
    st = view.stems
    first = lex.triggers.first
    for sent in view.sentences:
        lo, hi = sent[0], sent[1]
        hits: list[Hit] = []
        i = lo
        while i < hi:
            if not any(k in first for k in stem_keys(st[i])):
                i += 1
                continue
            n = lex.triggers.match_at(st, i)
            need = lex.needs_procs.get(tuple(st[i:i + n])) if n else None
            if need and tuple(view.words[i].procs[-len(need):]) != need:
                n = 0  # «جرت» (took place) is not «فجرت» (detonated), which the tokenizer reads ف + جرت
            if n and tuple(st[i:i + n]) in lex.ta_final and view.text[view.words[i + n - 1].end - 1] == "\u0647":
                n = 0  # «ومظاهره» (its manifestations) is not «مظاهرة» (a demonstration)
            if n and st[i].startswith("د") and view.words[i].norm.startswith(("والد", "لوالد", "بوالد")):
                n = 0  # «والدهم» (their father) is not و + «الدهم» (the raid)
            if n == 1 and _campaign(st[i]):
                n = 0  # «تواصل تركيا معركتها ضد داعش»: a possessed battle noun is a campaign, not one fight
            if n and view.words[i].article and view.text[view.words[i].end - 1] == "ي" and st[i] not in first:
                n = 0  # «الثلاثي الهجومي»: a definite word has no «my» suffix; it is a relational adjective
            if n and i + n <= hi:
                entry = entry_for(lex, st, i, n)
                hit = Hit(i, i + n, entry) if entry is not None else None
                if hit is not None and _conditions_hold(view, hit, lo, hi):
                    hits.append(hit)
                    i += n
                else:  # a failed long reading leaves its later words to shorter phrases («في السيطرة على»)
                    i += 1 if n > 1 and hit is not None else n
            else:
                i += 1
        if hits:
            out.append((sent, hits))
    return out


def _compatible(a: Trigger, b: Trigger) -> bool:
    if a.generic or b.generic:
        return True
    if a.event_type != b.event_type:
        return False
    if a.weapon and b.weapon and a.weapon != b.weapon:
        pair = {a.weapon, b.weapon}
        return pair in ({"suicide", "car_bomb"}, {"suicide", "ied"})
    if a.sub_event_type == b.sub_event_type:
        return True
    # explosives: a suicide bombing absorbs its car bomb or charge; a weapon-less hit joins any
    if a.event_type != "Explosions/Remote violence":
        return False
    pair = {a.weapon, b.weapon}
    return None in pair or pair in ({"suicide", "car_bomb"}, {"suicide", "ied"})


def _bomber_storms(a: Hit, b: Hit) -> bool:
    """A storming told with its suicide bomber, side by side («اقتحم انتحاري بجرار مفخخ مركزا
    للدرك»): one suicide bombing, not a clash beside it."""
    kinds = {(h.entry.sub_event_type, h.entry.weapon) for h in (a, b)}
    return b.w0 - a.w1 <= 1 and any(sub == "Armed clash" for sub, _ in kinds) and any(w == "suicide" for _, w in kinds)


def cluster(sentence: tuple[int, int, int, int], hits: list[Hit], *, gap: int) -> list[Cluster]:
    """Group the hits of one sentence into occurrences (see the module docstring)."""
    groups: list[list[Hit]] = []
    for h in sorted(hits, key=lambda h: h.w0):
        if groups:
            g = groups[-1]
            last = g[-1]
            if h.w0 - last.w1 <= gap and (all(_compatible(h.entry, x.entry) for x in g) or _bomber_storms(last, h)):
                g.append(h)
                continue
        groups.append([h])
    return [Cluster(g, sentence) for g in groups]
