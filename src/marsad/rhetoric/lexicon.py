"""The rhetoric and framing lexicons: ``data/*.json`` loaded once, inflected and indexed.

Verb entries are inflected here (imperative + object pronouns, jussive, future); every form is
normalized (:func:`marsad.rhetoric.words.norm`) like the view the rules scan.  Nothing here
knows about offsets or documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .words import PhraseIndex, norm

__all__ = ["RhetoricLexicon", "RhetoricGuards", "FramingLexicon", "rhetoric_lexicon", "rhetoric_guards", "framing_lexicon",
           "load_json"]

_OBJECT_SUFFIXES = ("ه", "هم", "ها", "هن", "كم")


def load_json(name: str) -> dict[str, Any]:
    """The package data file ``rhetoric/data/<name>`` parsed."""
    with resources.files(__package__).joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class RhetoricLexicon:
    imperatives: PhraseIndex  # payload: (English gloss, spelled like the past tense)
    weak_imperatives: PhraseIndex  # payload: spelled like the past tense
    jussives: PhraseIndex
    futures: PhraseIndex  # payload: (gloss, person)
    future_stems: dict[str, str]  # normalized present stem -> gloss (for سوف + present)
    violence_nouns: PhraseIndex  # payload: True when no definite word may follow (بالقوة)
    call_cues: frozenset[str]
    threat_cues: frozenset[str]
    praise_cues: frozenset[str]
    exhortations: PhraseIndex
    call_phrases: PhraseIndex
    threat_idioms: PhraseIndex
    enforcement: PhraseIndex
    incitement: PhraseIndex  # payload: (group description, prefix the next word must not start with, article required,
    #                                    scriptural)
    victim_strong: PhraseIndex
    victim_weak: PhraseIndex
    ingroup: PhraseIndex
    victim_not_speakers: tuple[str, ...]  # normalized words of a speaker's name that rule out an appeal
    victim_ambiguous: frozenset[str]  # strong entries with another sense (المجازر = abattoirs)
    victim_not_with: PhraseIndex  # context of that other sense
    glory_strong: PhraseIndex
    glory_weak: PhraseIndex
    attack_words: PhraseIndex
    glory_praise: PhraseIndex
    campaign_nouns: PhraseIndex
    campaign_not_objects: PhraseIndex
    consequence_stems: frozenset[str]  # normalized present stems (يؤدي -> ؤدي) of verbs that predict
    act_stems: frozenset[str]  # normalized present stems of verbs of carrying out (يقوم -> قوم)
    target_preps: frozenset[str]
    revenge_preps: frozenset[str]
    methods: PhraseIndex  # payload: English method name


def _imperative_forms(imp: str) -> list[str]:
    forms = [imp]
    if imp.endswith("وا"):
        forms += [imp[:-1] + s for s in _OBJECT_SUFFIXES]
    return forms


def _words(data: dict[str, Any], key: str) -> list[str]:
    return list(data[key]["words"])


_POSSESSIVES = ("نا", "هم", "كم", "ه", "ها", "ي", "هن")


def _possessive_forms(noun: str) -> list[str]:
    """A one-word noun with its possessive suffixes (مكافحة -> مكافحتنا، جهاد -> جهادنا، قتل -> قتلي);
    nothing for phrases and for accusatives in -ا (حربا)."""
    w = norm(noun)
    if " " in w:
        return []
    base = w[2:] if w.startswith("ال") else w
    if len(base) < 3 or base.endswith("ا"):
        return []
    stem = base[:-1] + "ت" if base.endswith("ه") else base
    # «قتله» (his killing) is spelled like «قتلة» (killers) on the view, «حربه» like «حربة» (a spear):
    # the one-letter ه only after a ta marbuta stem (مكافحته)
    return [stem + s for s in _POSSESSIVES if s != "ه" or base.endswith("ه")]


@lru_cache(maxsize=1)
def rhetoric_lexicon() -> RhetoricLexicon:
    """The shipped rhetoric lexicon (``rhetoric.json`` + ``methods.json``), loaded once per process."""
    data = load_json("rhetoric.json")
    imperatives: list[tuple[str, Any]] = []
    jussives: list[tuple[str, Any]] = []
    futures: list[tuple[str, Any]] = []
    stems: dict[str, str] = {}
    for v in data["violence_verbs"]:
        gloss = v["en"]
        if v.get("imperative"):
            imperatives += [(f, (gloss, bool(v.get("past_alike")))) for f in _imperative_forms(v["imperative"])]
        present = v.get("present")
        if not present or v.get("no_future"):
            continue
        stem = norm(present)[1:]
        stems[stem] = gloss
        if not v.get("future_only"):
            jussives += [("لي" + stem + "وا", gloss), ("لت" + stem + "وا", gloss)]
        for pre, person in (("سن", 1), ("سا", 1), ("ست", 2), ("سي", 3)):
            base = pre + stem
            forms = [base] if person != 2 else [base + "ون", base]
            if person == 3:
                forms.append(base + "ون")
            for f in forms:
                futures.append((f, (gloss, person)))
                futures += [(f + s, (gloss, person)) for s in _OBJECT_SUFFIXES if not f.endswith("ون")]
    inc = [(form, (e["group"], norm(e.get("not_before_prefix", "")), bool(e.get("article_required")),
                   bool(e.get("scriptural"))))
           for e in data["incitement_labels"]["entries"] for form in e["forms"]]
    vic, glo = data["victimhood"], data["glorification"]
    meth = load_json("methods.json")
    cue_set = lambda key: frozenset(norm(w) for w in _words(data, key))  # noqa: E731
    plain = lambda ws: PhraseIndex((w, None) for w in ws)  # noqa: E731
    return RhetoricLexicon(
        imperatives=PhraseIndex(imperatives),
        weak_imperatives=PhraseIndex(
            (w, f in data["weak_imperatives"]["past_alike"]) for f in _words(data, "weak_imperatives")
            for w in _imperative_forms(f)),
        jussives=PhraseIndex(jussives),
        futures=PhraseIndex(futures),
        future_stems=stems,
        violence_nouns=PhraseIndex([(w, w in data["violence_nouns"]["not_before_definite"])
                                    for w in _words(data, "violence_nouns")]
                                   + [(f, False) for w in _words(data, "violence_nouns")
                                      if w not in data["violence_nouns"].get("no_possessive", ()) for f in _possessive_forms(w)]),
        call_cues=cue_set("call_cues"),
        threat_cues=cue_set("threat_cues"),
        praise_cues=cue_set("praise_cues"),
        exhortations=plain(_words(data, "exhortations")),
        call_phrases=plain(_words(data, "call_phrases")),
        threat_idioms=plain(_words(data, "threat_idioms")),
        enforcement=plain(_words(data, "enforcement_objects")),
        incitement=PhraseIndex(inc),
        victim_strong=plain(vic["strong"]),
        victim_weak=plain(vic["weak"]),
        ingroup=plain(vic["ingroup"]),
        victim_not_speakers=tuple(norm(w) for w in vic.get("not_speakers", ())),
        victim_ambiguous=frozenset(vic["ambiguous"]["words"]),
        victim_not_with=plain(vic["ambiguous"]["not_with"]),
        glory_strong=plain(glo["strong"]),
        glory_weak=plain(glo["weak"]),
        attack_words=plain(glo["attack"]),
        glory_praise=plain(glo.get("praise", ())),
        campaign_nouns=plain(_words(data, "campaign_nouns")),
        campaign_not_objects=plain(data["campaign_nouns"]["not_objects"]),
        consequence_stems=frozenset(norm(w)[1:] for w in data["campaign_nouns"]["consequence_verbs"]),
        act_stems=frozenset(norm(w)[1:] for w in _words(data, "act_verbs")),
        target_preps=frozenset(norm(w) for w in data["target_prepositions"]["words"]),
        revenge_preps=frozenset(norm(w) for w in data["target_prepositions"]["after_revenge"]),
        methods=PhraseIndex((g, m["name"]) for m in meth["methods"] for f in m["forms"] for g in _imperative_forms(f)),
    )


@dataclass(frozen=True)
class RhetoricGuards:
    """Precision guards (``rhetoric.json`` → ``guards``): contexts in which rule hits do not count."""

    negators: frozenset[str]  # particles that negate a noun a few words on (لا، لن، لم ...)
    negation_window: int
    not_negating: PhraseIndex  # fixed phrases opened by a particle (لا بد، لا يزال)
    double_negation: frozenset[str]  # present stems of verbs of stopping or forgetting (توقف، نسي)
    scope_ends: frozenset[str]
    religious_speakers: tuple[str, ...]
    religious_formulas: PhraseIndex
    sports: frozenset[str]  # normalized sports words (articles with several are sports news)
    sports_min: int
    legal: PhraseIndex
    legal_window: int
    prediction: frozenset[str]
    prediction_window: int
    payers: frozenset[str]
    ambiguous_futures: frozenset[str]
    ambiguous_next: str
    attribution: PhraseIndex
    attribution_window: int
    attribution_after: PhraseIndex  # after the label: «كفار في عقيدة داعش»
    relief: PhraseIndex
    blame: PhraseIndex  # a relief statement with one of these still appeals (منع سفن الإغاثة)
    casualties: frozenset[str]


@lru_cache(maxsize=1)
def rhetoric_guards() -> RhetoricGuards:
    """The shipped precision guards, loaded once per process."""
    g = load_json("rhetoric.json")["guards"]
    plain = lambda ws: PhraseIndex((w, None) for w in ws)  # noqa: E731
    normset = lambda ws: frozenset(norm(w) for w in ws)  # noqa: E731
    neg = g["negation"]
    return RhetoricGuards(
        negators=normset(neg["particles"]), negation_window=int(neg["window"]),
        not_negating=plain(neg["not_negating"]), double_negation=normset(neg["double"]),
        scope_ends=normset(neg["scope_ends"]),
        religious_speakers=tuple(norm(w) for w in g["religious"]["speakers"]),
        religious_formulas=plain(g["religious"]["formulas"]),
        sports=normset(g["sports"]["words"]), sports_min=int(g["sports"]["min_distinct"]),
        legal=plain(g["legal"]["words"]), legal_window=int(g["legal"]["window"]),
        prediction=normset(g["prediction"]["words"]), prediction_window=int(g["prediction"]["window"]),
        payers=normset(g["prediction"]["payers"]),
        ambiguous_futures=normset(g["ambiguous_futures"]["forms"]), ambiguous_next=norm(g["ambiguous_futures"]["next_prefix"]),
        attribution=plain(g["attribution"]["words"]), attribution_window=int(g["attribution"]["window"]),
        attribution_after=plain(g["attribution"]["after"]),
        relief=plain(g["relief"]["words"]), blame=plain(g["relief"]["blame"]), casualties=normset(g["casualties"]["words"]),
    )


@dataclass(frozen=True)
class FramingLexicon:
    labels: PhraseIndex  # payload: (class, english)
    designations: PhraseIndex  # payload: register


@lru_cache(maxsize=1)
def framing_lexicon() -> FramingLexicon:
    """The shipped framing lexicon (``framing.json``), loaded once per process."""
    data = load_json("framing.json")
    return FramingLexicon(
        labels=PhraseIndex((f, (e["class"], e["en"])) for e in data["labels"] for f in e["forms"]),
        designations=PhraseIndex((f, e["register"]) for e in data["designations"] for f in e["forms"]),
    )
