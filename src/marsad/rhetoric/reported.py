"""Reported speech without quotation marks: «هدد X بإعدام ...», «توعد X بشن هجمات ...», «دعا X إلى
قتل ...», «أشاد X بالهجوم ...».

The reporter attributes the statement to a named speaker (the subject of the verb), so it is a
statement (``reported: true``), not narration.  Only the narration outside the quotations of the
``quotes`` layer is read, one clause at a time; a clause gives a statement when

* it holds a past-tense reporting verb of threat, call or praise (``rhetoric.json`` →
  ``reported.verbs``; not the present «يهدد», which is «endangers», and not after a negation);
* a subject follows the verb (an entity mention, or the words up to the complement, which may not
  be a pronoun), or, when the verb has none («كما أشاد بالهجوم»), the speaker of the nearest
  statement or quotation before it in the same paragraph is carried over;
* the complement (after بـ for threats and praise, إلى / لـ / على / بـ for calls) opens with a
  violence noun (threat, call: «بإعدام», «إلى قتل», «لحمل السلاح») or an attack word (praise:
  «بالهجوم المسلح»; «عملية» only with a military adjective: «بالعملية العسكرية», not «بعملية
  الانتقال السياسي»).

The complement is classified like a quotation with the verb as its cue (:func:`classify`); only
the cue rules and incitement labels count (the reporter's other words in it are not the
speaker's).  Offsets are code points into the view given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from functools import lru_cache

from .classify import Fired, classify
from .lexicon import RhetoricLexicon, load_json
from .targets import ViewMention
from .words import PhraseIndex, Word, norm, split_words, variants

__all__ = ["Reported", "find_reported"]

_CLAUSE_END = re.compile(r"[.!?؟؛;\n]+")
_COMMA = re.compile(r"[،,]")
#: rules that count in a reported clause: the verb's own rule and labels
_KEPT = frozenset({"call.cue", "threat.cue", "glorification.praise_cue", "incitement.label"})


@dataclass(frozen=True)
class Reported:
    """A reported statement: the complement ``[start, end)`` on the view, its words, the verb (``cue``
    span on the view and normalized form), the speaker (as ``speaker_dict`` made it, or carried over
    from the statement before: ``carried``) and the fired rules."""

    start: int
    end: int
    words: list[Word]
    cue: tuple[int, int]
    cue_form: str
    speaker: dict[str, Any]
    carried: bool
    fired: list[Fired]


@dataclass(frozen=True)
class _Lex:
    kinds: dict[str, str]  # normalized past verb -> threat / call / praise
    preps: dict[str, tuple[str, ...]]  # verb -> complement prepositions (normalized; one letter = proclitic)
    threat_nouns: PhraseIndex  # violence nouns a threat verb's complement may open with, beyond violence_nouns
    military: frozenset[str]  # adjectives that make «عملية» an attack
    operations: frozenset[str]
    negators: frozenset[str]
    addressees: frozenset[str]  # object nouns that end the subject (دعا التنظيم أنصاره ...)
    pronoun_subjects: frozenset[str]
    openers: frozenset[str]  # words that may precede a clause-opening verb (كما، قد، حيث)
    auxiliaries: frozenset[str]  # كان، قد between a fronted subject and its verb
    stops: frozenset[str]  # words after which the verb's complement is not looked for (وهو، الذي)
    times: frozenset[str]  # time words that end a subject (هدد التنظيم أمس الأربعاء بـ ...)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    r = load_json("rhetoric.json")["reported"]
    kinds = {norm(v): kind for kind, vs in r["verbs"].items() for v in vs}
    preps = {v: tuple(norm(p) for p in r["prepositions"][kind]) for v, kind in kinds.items()}
    for v, ps in r.get("verb_prepositions", {}).items():
        for f in r["verb_forms"][v]:
            preps[norm(f)] = tuple(norm(p) for p in ps)
    return _Lex(kinds=kinds, preps=preps,
                threat_nouns=PhraseIndex((w, None) for w in r["threat_nouns"]),
                military=frozenset(norm(w) for w in r["military_adjectives"]),
                operations=frozenset(norm(w) for w in r["operation_words"]),
                negators=frozenset(norm(w) for w in r["negators"]),
                addressees=frozenset(norm(w) for w in r["addressees"]),
                pronoun_subjects=frozenset(norm(w) for w in r["pronoun_subjects"]),
                times=frozenset(norm(w) for w in r["time_words"]),
                stops=frozenset(norm(w) for w in r["stop_words"]),
                auxiliaries=frozenset(norm(w) for w in r["auxiliaries"]),
                openers=frozenset(norm(w) for w in r["openers"]))


def _verb_kind(form: str, lx: _Lex) -> str | None:
    for v in (form, form[1:] if form[:1] in ("و", "ف") else None):
        if v and v in lx.kinds:
            return lx.kinds[v]
    return None


def _complement_at(w: Word, verb: str, lx: _Lex) -> int | None:
    """How many leading letters of ``w`` are the complement's preposition (a separate إلى / على: -1,
    the complement starts at the next word), or ``None`` when ``w`` does not open it."""
    for p in lx.preps[verb]:
        if len(p) > 1 and w.form == p:
            return -1
        if len(p) == 1 and w.form.startswith(p) and len(w.form) > 2:
            return 1
    return None


def _clauses(view: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE_END.finditer(view, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _head_ok(words: Sequence[Word], kind: str, lex: RhetoricLexicon, lx: _Lex) -> bool:
    """Does the complement open with what the verb needs (violence noun / attack word)?"""
    if not words:
        return False
    if kind in ("threat", "call"):
        hit = lex.violence_nouns.at(words, 0) or (lx.threat_nouns.at(words, 0) if kind == "threat" else None)
        return hit is not None
    hit = lex.attack_words.at(words, 0) or lex.glory_strong.at(words, 0) or lex.glory_weak.at(words, 0)
    if hit is None:
        return False
    if set(variants(words[0].form)) & lx.operations:  # «بالعملية العسكرية», not «بعملية الانتقال»
        return len(words) > 1 and bool(set(variants(words[1].form)) & lx.military)
    return True


def find_reported(view: str, *, spans: Sequence[tuple[int, int]], mentions: Sequence[ViewMention],
                  speakers: Sequence[tuple[int, dict[str, Any]]],
                  speaker_dict: Callable[[tuple[int, int], ViewMention | None], dict[str, Any]],
                  lex: RhetoricLexicon) -> list[Reported]:
    """Reported statements in the narration of ``view`` (outside the quotation ``spans``).
    ``speakers``: ``(view end, speaker)`` of the quotations, to carry a speaker over;
    ``speaker_dict(span, mention)`` makes a speaker record from a view span."""
    lx = _lex()
    outside, pos = [], 0
    for s, e in sorted(spans):
        if s > pos:
            outside.append((pos, s))
        pos = max(pos, e)
    outside.append((pos, len(view)))
    by_start = {m.start: m for m in mentions if m.type in ("PER", "ORG", "MISC")}
    out: list[Reported] = []
    subjects: list[tuple[int, dict[str, Any]]] = []  # named subjects of reporting verbs, flagged or not
    prior = sorted(speakers, key=lambda x: x[0])
    for o_start, o_end in outside:
        for cs, ce in _clauses(view, o_start, o_end):
            words = split_words(view, cs, ce)
            for i, w in enumerate(words):
                kind = _verb_kind(w.form, lx)
                if kind is None:
                    continue
                if i > 0 and (words[i - 1].form in lx.negators or (words[i - 1].form[:1] == "و"
                                                                   and words[i - 1].form[1:] in lx.negators)):
                    continue
                # the verb opens its clause (وهدد ...، كما أشاد، حيث هددت، «، دعت»); mid-clause it is
                # a relative clause («برمز واحد ... دعا إلى حمل السلاح»); a plural verb may follow its subject
                if not (i == 0 or _strip_wa(words[i - 1].form) in lx.openers
                        or _COMMA.search(view, words[i - 1].end, w.start) or _verb_cue(w.form, lx).endswith("وا")):
                    continue
                rec = _one(view, words, i, kind, by_start,
                           sorted(prior + subjects + [(r.end, r.speaker) for r in out], key=lambda x: x[0]),
                           speaker_dict, lex, lx, subjects)
                if rec is not None:
                    out.append(rec)
    return out


def _one(view: str, words: Sequence[Word], i: int, kind: str, by_start: dict[int, ViewMention],
         prior: Sequence[tuple[int, dict[str, Any]]],
         speaker_dict: Callable[[tuple[int, int], ViewMention | None], dict[str, Any]],
         lex: RhetoricLexicon, lx: _Lex, subjects: list[tuple[int, dict[str, Any]]]) -> Reported | None:
    verb = words[i]
    vform = _verb_cue(verb.form, lx)
    j = i + 1
    mention = None
    front = None
    if vform.endswith("وا"):  # a plural verb agrees with a subject before it («وكان المتمردون هددوا همام
        # بالتصفية»): what follows is the object; the subject is the definite word or mention before
        k = i - 1
        while k >= 0 and _strip_wa(words[k].form) in lx.auxiliaries:
            k -= 1
        if k >= 0 and (words[k].form.startswith(("ال", "وال")) or any(
                m.start <= words[k].start < m.end for m in by_start.values())):
            m = next((m for m in by_start.values() if m.start <= words[k].start < m.end), None)
            front = speaker_dict((m.start, m.end), m) if m else speaker_dict(
                (words[k].start + (1 if words[k].form.startswith("وال") else 0), words[k].end), None)
    elif j < len(words):  # a mention right after the verb is the subject (أشاد باطرفي ...: its ب is no complement)
        mention = by_start.get(words[j].start) or next(
            (m for m in by_start.values() if words[j].start <= m.start < words[j].end), None)
        if mention is not None:
            subjects.append((mention.end, speaker_dict((mention.start, mention.end), mention)))
            while j < len(words) and words[j].start < mention.end:
                j += 1
    subj_start = words[i + 1].start if i + 1 < len(words) else verb.end
    # the complement: the first preposition of the verb whose phrase opens as the verb needs
    # («هدد المتحدث باسم الحركة بإعدام»: not «باسم»)
    comp = None
    for k in range(j, min(len(words), j + 9)):
        if words[k].form in lx.stops:  # «وأشاد باطرفي بمحمد ... وهو المسلح المتهم بقتل»: past the complement
            break
        at = _complement_at(words[k], vform, lx)
        if at is None:
            continue
        k0, skip = (k + 1, 0) if at == -1 else (k, at)
        if k0 >= len(words):
            break
        cstart = words[k0].start + skip
        comma = _COMMA.search(view, cstart, words[-1].end)
        cend = comma.start() if comma else words[-1].end
        cwords = split_words(view, cstart, cend)
        if _head_ok(cwords, kind, lex, lx):
            comp = (k0, skip, cstart, cend, cwords)
            break
    if comp is None:
        return None
    k0, skip, cstart, cend, cwords = comp
    subj = [w for w in words[i + 1:k0 if skip else k0 - 1]]
    carried = False
    if front is not None:
        speaker = front
    elif mention is not None:
        speaker = speaker_dict((mention.start, mention.end), mention)
    else:  # the subject as written: up to an addressee or time word; none or a pronoun: carry over
        cut = next((n for n, w in enumerate(subj) if set(variants(w.form)) & (lx.addressees | lx.times)), len(subj))
        subj = subj[:cut]
        if subj and not (len(subj) == 1 and subj[0].form in lx.pronoun_subjects):
            inner = next((m for m in by_start.values() if subj[0].start <= m.start < subj[-1].end), None)
            speaker = speaker_dict((subj_start, subj[-1].end), inner)
            if inner is not None and inner.start != subj_start:  # «الفرع المصري لتنظيم داعش»: the words as written
                speaker = {**speaker, "name": speaker["text"]}
        else:
            speaker = {}
    if not speaker:
        before = [p for p in prior if p[0] <= verb.start and p[1]
                  and "\n" not in view[p[0]:verb.start] and verb.start - p[0] < 600]
        if not before:
            return None
        speaker, carried = before[-1][1], True
    fired = [f for f in classify(cwords, cue=vform, lex=lex) if f.rule in _KEPT]
    if kind == "threat" and not any(f.rule == "threat.cue" for f in fired):
        fired.insert(0, Fired("threat", "threat.cue", cwords[0].form, 0, 0))
    if kind == "praise" and not any(f.rule == "glorification.praise_cue" for f in fired):
        fired.insert(0, Fired("glorification", "glorification.praise_cue", cwords[0].form, 0, 0))
    if not any(f.rule in ("call.cue", "threat.cue", "glorification.praise_cue") for f in fired):
        return None
    return Reported(cstart, cend, cwords, (verb.start, verb.end), vform, speaker, carried, fired)


def _strip_wa(form: str) -> str:
    return form[1:] if form[:1] == "و" and len(form) > 2 else form


def _verb_cue(form: str, lx: _Lex) -> str:
    return form if form in lx.kinds else form[1:]
