"""The events lexicons: ``data/triggers.json``, ``data/context.json`` and ``data/actors.json``.

Every phrase of the data files is reduced to a tuple of *stems* the way the text is: tokenized
with :func:`marsad.text.tokenize.tokenize` (proclitics and the article peeled) and folded with
``normalize_for_search`` (diacritics, hamza forms, alef maqsura, ta marbuta), so «بالغارات»,
«الغارات» and «غارات» are one key.  A text stem also matches a phrase word when what is left after
a pronoun or inflection suffix of ``suffixes`` is that word (ة written ت before it: «سيطرتها» ->
«سيطرة»).  Nothing here knows about offsets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..entities.cues import cue_entries
from ..text.normalize import normalize_for_search
from ..text.tokenize import tokenize

__all__ = ["PhraseSet", "Refine", "Trigger", "EventLexicon", "lexicon", "stems_of", "stem_keys"]

_MIN_STEM = 3


def stems_of(phrase: str) -> tuple[str, ...]:
    """The stems of ``phrase``: one folded stem per orthographic word (clitics and article peeled).

    A word that is only a proclitic («ب») keeps it as its stem.
    """
    toks = tokenize(phrase)
    by_word: dict[int, list[tuple[str, str]]] = {}
    for t in toks:
        by_word.setdefault(t.word, []).append((t.kind, t.norm))
    out = []
    for pieces in by_word.values():
        stems = [n for k, n in pieces if k not in ("proclitic", "article")]
        out.append(stems[-1] if stems else pieces[-1][1])
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _first_word_procs(phrase: str) -> tuple[tuple[str, ...], str]:
    """The proclitics the tokenizer peels off the phrase's first word, and that word whole (folded)."""
    toks = tokenize(phrase)
    if not toks:
        return (), ""
    first = [t for t in toks if t.word == toks[0].word]
    procs = tuple(t.norm for t in first if t.kind == "proclitic")
    return procs, "".join(t.norm for t in first)


def stem_keys(stem: str) -> tuple[str, ...]:
    """``stem`` and the stems it may be an inflection of (suffix stripped, ت -> ة restored)."""
    keys = [stem]
    for suf in _suffixes():
        if len(stem) - len(suf) >= _MIN_STEM and stem.endswith(suf):
            base = stem[: -len(suf)]
            keys.append(base)
            if base.endswith("ت"):
                keys.append(base[:-1] + "ه")
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(_load("triggers.json")["suffixes"], key=len, reverse=True))


class PhraseSet:
    """Phrases (tuples of stems) indexed by their first stem; :meth:`match_at` finds one at a word."""

    def __init__(self, phrases: Iterable[str], *, stems: Iterable[tuple[str, ...]] = ()) -> None:
        """``phrases`` as written (tokenized with :func:`stems_of`), plus ready ``stems`` tuples."""
        self.first: dict[str, list[tuple[str, ...]]] = {}
        for st in [*map(stems_of, phrases), *stems]:
            if st and st not in self.first.get(st[0], ()):
                self.first.setdefault(st[0], []).append(st)
        for lst in self.first.values():
            lst.sort(key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self.first)

    def match_at(self, stems: Sequence[str], i: int) -> int:
        """The number of words of the longest phrase starting at word ``i`` of ``stems`` (0: none)."""
        for key in stem_keys(stems[i]):
            for phrase in self.first.get(key, ()):
                n = len(phrase)
                if i + n <= len(stems) and all(
                        phrase[k] in stem_keys(stems[i + k]) for k in range(1, n)):
                    return n
        return 0

    def find(self, stems: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """``(start, end)`` word ranges of the phrases within words ``[lo, hi)``."""
        out = []
        lo, hi = max(0, lo), min(hi, len(stems))
        for i in range(lo, hi):
            n = self.match_at(stems, i)
            if n and i + n <= hi:
                out.append((i, i + n))
        return out

    def any(self, stems: Sequence[str], lo: int, hi: int) -> bool:
        lo, hi = max(0, lo), min(hi, len(stems))
        return any(self.match_at(stems, i) for i in range(lo, hi))


@dataclass(frozen=True)
class Refine:
    """Context words that change a trigger's type within ``window`` words on either side (or after it)."""

    words: PhraseSet
    window: int
    event_type: str | None
    sub_event_type: str | None
    weapon: str | None
    requires_not: PhraseSet | None
    #: ``"after"``: the words count only after the trigger (its target side: «فتحوا النار على الجنود»,
    #: not «مسلحين فتحوا النار»); ``"before"``: only before it (its governing verb: «تدمير ... سيارة
    #: مفخخة», not «سيارة مفخخة أدت إلى تدمير منازل»)
    side: str = "both"


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: what its phrases mean in the ACLED taxonomy and when they count."""

    id: str
    event_type: str
    sub_event_type: str
    weapon: str | None
    rank: int
    generic: bool
    needs_after: PhraseSet | None
    after_window: int
    needs_after_loc: bool
    needs_force: bool
    #: an event only with a date or a toll in its own sentence («قتال داعش» is a policy)
    needs_anchor: bool
    always_ok: frozenset[tuple[str, ...]]
    needs_near: PhraseSet | None
    near_window: int
    not_near: PhraseSet | None
    not_near_window: int
    not_before: PhraseSet | None
    not_before_window: int
    #: the trigger only counts when one of these words comes within ``before_window`` words before
    #: it («أصبحت تحت سيطرة»: the ground became held, not «تقع تحت سيطرة», which held it already)
    needs_before: PhraseSet | None
    before_window: int
    #: the trigger's last word is in construct with its owner (no article): «تحت سيطرة المقاومة», not
    #: «أصبحت الآلام تحت السيطرة» (under control)
    construct: bool
    refine: tuple[Refine, ...]
    object_after: bool = False
    ambiguous_air: bool = False
    by_actor: Mapping[str, str] = field(default_factory=dict)
    #: the words after the trigger are the dead («مقتل شرطي»): soldiers or police among them make a
    #: state-forces subject before it the side that lost them, not the doer
    dead_after: bool = False


@dataclass(frozen=True)
class EventLexicon:
    triggers: PhraseSet
    #: phrase stems -> the entries it belongs to (one phrase can serve one entry only)
    entry_of: Mapping[tuple[str, ...], Trigger]
    cluster_words: int
    context: Mapping[str, Any]
    actors: Mapping[str, Any]
    sets: Mapping[str, PhraseSet]
    imperative_re: re.Pattern[str]
    imperative_exclude: frozenset[str]
    descriptors: tuple[tuple[PhraseSet, str, str, bool], ...]
    #: force words (military / police) and country adjectives (folded stem -> ISO code)
    state_heads: tuple[tuple[PhraseSet, str], ...]
    nisbas: Mapping[str, str]
    group_adjectives: Mapping[str, str]
    #: folded future verb forms of the trigger verbs («سنقصف», «سيهاجمون»)
    future_forms: frozenset[str]
    anaphors: tuple[tuple[PhraseSet, str | None], ...]
    #: stems of the phrases written with a final ة («مظاهرة»): folded, they end in ه like a word
    #: with the pronoun ه («ومظاهره», "and its manifestations"), which they must not match
    ta_final: frozenset[tuple[str, ...]] = frozenset()
    #: soldiers and police as victims («مقتل شرطي»): an attack on them is an armed clash
    security_victims: PhraseSet | None = None
    #: phrases whose first word the tokenizer reads as proclitic + word («فجرت» = ف + «جرت»): the
    #: text word must carry those proclitics too, or «جرت» (took place) would match
    needs_procs: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    #: words that name a KB group in articles about one country (phrases, ISO code, entity id):
    #: «الانقلابيين» are the Houthis in a report on Yemen
    context_groups: tuple[tuple[PhraseSet, str, str], ...] = ()

    def nisba_code(self, stem: str) -> str | None:
        """The ISO code of the country whose adjective the folded ``stem`` is, inflections
        included («التركية» -> TR), or ``None``."""
        return next((self.nisbas[key] for key in stem_keys(stem) if key in self.nisbas), None)


def _load(name: str) -> dict[str, Any]:
    with resources.files(__package__).joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def _opt(words: Sequence[str] | None) -> PhraseSet | None:
    return PhraseSet(words) if words else None


def _inflect(verb: Mapping[str, str]) -> list[str]:
    past, present = verb.get("past", ""), verb.get("present", "")
    out: list[str] = []
    if past:
        out += [past, past + "ت", past + "وا", past + "ا", past + "تا"]
    if present:
        forms = [present, "ت" + present[1:], "ن" + present[1:], present + "ون", present + "ان"]
        out += forms + ["س" + f for f in forms]  # the future: «سنقصف», «سيهاجمون»
    return out


def _trigger(e: Mapping[str, Any]) -> Trigger:
    return Trigger(
        id=e["id"], event_type=e["event_type"], sub_event_type=e["sub_event_type"], weapon=e.get("weapon"),
        rank=int(e.get("rank", 1)), generic=bool(e.get("generic")), needs_after=_opt(e.get("needs_after")),
        after_window=int(e.get("after_window", 2)), needs_after_loc=bool(e.get("needs_after_loc")),
        needs_force=bool(e.get("needs_force")), needs_anchor=bool(e.get("needs_anchor")),
        always_ok=frozenset(stems_of(p) for p in e.get("always_ok", ())), needs_near=_opt(e.get("needs_near")),
        near_window=int(e.get("near_window", 4)), not_near=_opt(e.get("not_near")),
        not_near_window=int(e.get("not_near_window", 3)), not_before=_opt(e.get("not_before")),
        not_before_window=int(e.get("not_before_window", 2)), needs_before=_opt(e.get("needs_before")),
        before_window=int(e.get("before_window", 3)), construct=bool(e.get("construct")),
        refine=tuple(Refine(PhraseSet(r["words"]), int(r.get("window", 4)), r.get("event_type"),
                            r.get("sub_event_type"), r.get("weapon"), _opt(r.get("requires_not")),
                            r.get("side", "both"))
                     for r in e.get("refine", ())),
        object_after=bool(e.get("object_after")), ambiguous_air=bool(e.get("ambiguous_air")), by_actor=dict(e.get("by_actor", {})),
        dead_after=bool(e.get("dead_after")),
    )


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    """The shipped lexicons (loaded once per process)."""
    trig = _load("triggers.json")
    ctx = _load("context.json")
    act = _load("actors.json")
    entry_of: dict[tuple[str, ...], Trigger] = {}
    phrases: list[str] = []
    future: set[str] = set()
    ta_final: set[tuple[str, ...]] = set()
    peeled: dict[tuple[str, ...], tuple[str, ...]] = {}
    free: set[tuple[str, ...]] = set()
    extra: list[tuple[str, ...]] = []
    for e in trig["triggers"]:
        t = _trigger(e)
        forms = list(e.get("phrases", ()))
        for v in e.get("verbs", ()):
            forms += _inflect(v)
            future.update(normalize_for_search(f) for f in _inflect(v) if f.startswith("س") and not v.get("past", "").startswith("س"))
        for form in forms:
            st = stems_of(form)
            procs, whole = _first_word_procs(form)
            if st and procs:
                peeled.setdefault(st, procs)
                full = (whole,) + st[1:]  # «وفجرت» is و + «فجرت»: the unpeeled word matches too
                if full not in entry_of:
                    entry_of[full] = t
                    extra.append(full)
            elif st:
                free.add(st)
            if st and st not in entry_of:  # first entry wins: the file lists specific before generic
                entry_of[st] = t
                phrases.append(form)
            if st and form.endswith("\u0629"):
                ta_final.add(st)
    sets: dict[str, PhraseSet] = {}
    for group in ("status", "fatalities", "location", "actors", "background"):
        for key, value in ctx[group].items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                sets[f"{group}.{key}"] = PhraseSet(value)
    st = ctx["status"]
    descriptors = tuple((PhraseSet(d["words"]), d["name_en"], d["category"], bool(d.get("country_from_context")))
                        for d in act["descriptors"])
    anaphors = tuple((PhraseSet([k]), v) for k, v in act["anaphors"].items())
    return EventLexicon(
        triggers=PhraseSet(phrases, stems=extra), entry_of=entry_of, cluster_words=int(trig.get("cluster_words", 3)),
        context=ctx, actors=act, sets=sets, imperative_re=re.compile(st["imperative_re"]),
        imperative_exclude=frozenset(normalize_for_search(w) for w in st["imperative_exclude"]),
        descriptors=descriptors, anaphors=anaphors, future_forms=frozenset(future),
        state_heads=tuple((PhraseSet(v), k) for k, v in act.get("state_heads", {}).items()),
        nisbas={stems_of(k)[0]: v for k, v in cue_entries("country_nisbas")},
        group_adjectives={stems_of(k)[0]: v for k, v in act.get("group_adjectives", {}).items()},
        ta_final=frozenset(ta_final),
        security_victims=PhraseSet(act.get("security_victims", ())),
        needs_procs={st: p for st, p in peeled.items() if st not in free},
        context_groups=tuple((PhraseSet(g["words"]), g["country"], g["entity"]) for g in act.get("context_groups", ())),
    )


def entry_for(lex: EventLexicon, stems: Sequence[str], i: int, n: int) -> Trigger | None:
    """The lexicon entry of the phrase matched at words ``[i, i + n)``."""
    for key in stem_keys(stems[i]):
        for phrase in lex.triggers.first.get(key, ()):
            if len(phrase) == n and all(phrase[k] in stem_keys(stems[i + k]) for k in range(1, n)):
                return lex.entry_of.get(phrase)
    return None
