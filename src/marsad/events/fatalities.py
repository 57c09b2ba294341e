"""Fatalities of an event: numbers and number words next to a death word in its sentence.

A death word is a noun or verb of ``context.json`` ``fatalities`` (قتيل، قتلى، مقتل، قتل، ضحايا،
مصرع، استشهد ...).  The number is the ``numbers`` layer mention nearest to it within ``window``
words (after it first: «مقتل 19 شخصا», «قتل خلاله خمسين مصلياً»; then before it: «40 قتيلا»),
skipping numbers that count the wounded (a wound word right before or after them: «وإصابة 100») or that are part of a
time expression.  Two numbers joined by «و»/«إلى»/«-» after «بين» / before a death word are a
range ``[lo, hi]``; a vague quantity («عشرات القتلى») is the range ``[value, value * 10 - 1]``; a
dual («قتيلين») is 2 and a singular count noun next to a death word («مقتل جندي», «جنديا تركيا قتل») is 1.  Returns an
int, a ``[lo, hi]`` list or ``None``, with the evidence span.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..text.normalize import normalize_for_search
from .lexicon import EventLexicon, stem_keys
from .view import NumberRef, View

__all__ = ["find_fatalities"]


def _in_time(view: View, n: NumberRef) -> bool:
    return any(t.w0 <= n.w0 and n.w1 <= t.w1 for t in view.times)


def _wounded_after(view: View, n: NumberRef, lex: EventLexicon, hi: int) -> bool:
    """A number that counts the wounded: a wound word right before or right after it."""
    wounds = lex.sets["fatalities.exclude_after"]
    if wounds.any(view.stems, n.w1, min(hi, n.w1 + 1)) or (n.w0 > 0 and wounds.match_at(view.stems, n.w0 - 1)):
        return True
    # «وجرح سبعة آخرون»: a short verb the segmenter keeps whole with its conjunction
    before = view.stems[n.w0 - 1] if n.w0 > 0 else ""
    return before[:1] in ("و", "ف") and wounds.match_at([before[1:]], 0) > 0


def _value(view: View, n: NumberRef, nums: list[NumberRef], lex: EventLexicon) -> Any:
    s = n.span
    if s.get("kind") == "vague" or s.get("label") == "vague":
        factor = lex.context["fatalities"]["vague_range_factor"]
        return [int(s["value"]), int(s["value"]) * factor - 1]
    # a range: «بين 10 و15», «3 إلى 5»
    for m in nums:
        if m.w0 > n.w1 and m.w0 - n.w1 <= 1:
            between = view.stems[n.w1:m.w0]
            joined = view.words[m.w0].procs == ("و",) or any(b in ("الي", "-", "و") for b in between)
            if joined and int(m.span["value"]) > int(s["value"]):
                return [int(s["value"]), int(m.span["value"])]
    return int(s["value"])


def find_fatalities(view: View, lo: int, hi: int, lex: EventLexicon) -> tuple[Any, dict[str, Any] | None]:
    """``(fatalities, evidence span)`` in the sentence on words ``[lo, hi)``."""
    cfg = lex.context["fatalities"]
    window = cfg["window"]
    st = view.stems
    duals = {normalize_for_search(k): v for k, v in cfg["duals"].items()}
    singulars = _normalized(tuple(cfg["singular_nouns"]))
    nums = [n for n in view.numbers if lo <= n.w0 and n.w1 <= hi and not _in_time(view, n)
            and not (n.w1 < hi and (st[n.w1] in _MEASURES or st[n.w1] == "في" and n.w1 + 1 < hi
                                    and st[n.w1 + 1] in ("المائه", "المئه")))]  # «عشرة أمتار», «6 في المائة»
    death = sorted(lex.sets["fatalities.nouns"].find(st, lo, hi) + lex.sets["fatalities.verbs"].find(st, lo, hi))
    death = [(a, b) for a, b in death if not _in_name(view, a)]  # «في حي شهيد»: a place
    for a, b in death:
        for k in stem_keys(st[a]):
            if k in duals or st[a] in duals:
                return duals.get(st[a], duals.get(k)), _span(view, a, b)
        if b < hi and st[b] in duals and not any(n.w0 == b for n in nums):  # «مقتل جنديين تركيين»
            return duals[st[b]], _span(view, b, b + 1)
        after = [n for n in nums if b <= n.w0 < b + window and not _wounded_after(view, n, lex, hi)]
        if after:
            n = min(after, key=lambda n: n.w0)
            return _value(view, n, nums, lex), _span(view, n.w0, n.w1)
        before = [n for n in nums if a - window <= n.w0 and n.w1 <= a]
        if before:
            n = max(before, key=lambda n: n.w0)
            # «بين 10 و15 قتيلا»: take the range from its first number
            first = [m for m in before if m.w0 < n.w0 and n.w0 - m.w1 <= 1]
            if first:
                return [int(first[-1].span["value"]), int(n.span["value"])], _span(view, first[-1].w0, n.w1)
            return _value(view, n, nums, lex), _span(view, n.w0, n.w1)
        if b < hi and st[b] in singulars and b - a <= 2:
            if not (b + 1 < hi and st[b + 1] in ("و",)):
                return 1, _span(view, b, b + 1)
        for k in (a - 1, a - 2):  # «جنديا تركيا قتل»
            if k >= lo and st[k] in singulars and a in lex.sets["fatalities.verbs"].first.get(st[a], [()]) or \
                    (k >= lo and st[k] in singulars and st[a] in ("قتل",)):
                return 1, _span(view, k, k + 1)
    return None, None


#: units after a number that measure, not count people (normalized stems)
_MEASURES = frozenset({"متر", "امتار", "مترا", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "كيلو",
                       "كيلوغرام", "كيلوجرام", "كغ", "طن", "اطنان", "دولار", "دولارا", "ميل", "اميال",
                       "ساعه", "ساعات", "دقيقه", "دقائق", "بالمائه", "بالمئه", "%"})


def _in_name(view: View, k: int) -> bool:
    """Word ``k`` lies inside a named entity's mention («حي شهيد», «كتائب الشهداء»)."""
    w = view.words[k]
    return any(m.start <= w.start and w.end <= m.end for m in view.mentions)


@lru_cache(maxsize=4)
def _normalized(words: tuple[str, ...]) -> frozenset[str]:
    """The singular nouns as written («جندي», «مدنيا»), normalized: matched exactly, not through the
    lexicon's suffix stripping, which would read a plural («مدنيين») as one of them."""
    return frozenset(normalize_for_search(w) for w in words)


def _span(view: View, a: int, b: int) -> dict[str, Any]:
    s, e = view.words[a].start, view.words[b - 1].end
    return {"start": s, "end": e, "text": view.text[s:e]}
