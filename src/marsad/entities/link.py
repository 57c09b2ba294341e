"""Merge gazetteer matches with tagger spans, link mentions to entities, resolve coreference.

:func:`link_document` is the whole step: it takes the text, its tokens and sentences, the
gazetteer :class:`~marsad.entities.gazetteer.Match` list and the tagger spans (objects with
``start, end, text, type, score``), and returns :class:`EntityRecord` values in order of first
mention.  Offsets are code-point indices into the text (``Document.text``).

Merge precedence
----------------
1. A tagger span overlapping a gazetteer match whose candidates include the tagger's type: the
   KB match wins (its span, type and link); its candidates are narrowed to that type.  Where
   the tagger's span lies inside the match after generic heads (``name_heads`` of
   ``data/cues.json``: «شرق أفريقيا», «بحيرة تشاد», «حركة طالبان»), the mention is the
   tagger's span (the entity stays the KB's); not for countries.
2. A tagger span overlapping only type-incompatible gazetteer matches: the longer span wins
   (in characters); on equal length the gazetteer match wins (source order KB > tagger).  So a
   tagger span that contradicts a KB match at least as long is dropped, and a longer tagger
   span (ORG «جامعة دمشق» over LOC «دمشق») replaces the shorter KB matches inside it.
3. Tagger spans overlapping no match become mentions of local entities, if the tagger scored
   the span or another span of the same name in the document at least ``MIN_TAGGER_SCORE``;
   all spans of one name take the type with the highest summed score.
4. After linking, a generated (GeoNames) town, city or village the tagger did not tag, whose
   country the article does not name, is dropped (when a tagger ran), and so is a gazetteer
   place :func:`~marsad.entities.geocode.plausible_place` rejects; tagger spans such a match
   had displaced under rule 2 come back.
Tagger spans are first trimmed to start after their proclitics (the gazetteer's clitic rule).

Linking
-------
A match with one candidate links to it.  Ambiguous places are chosen by
:func:`~marsad.entities.geocode.choose_place` in the article's context (countries named,
countries of unambiguous places, the dateline's country); other ambiguous names prefer the
tagger's type, then curated entries, then an entity whose country the article names, then the
KB order.  Places the KB lacks are looked up by their Latin names: a tagger place after a place
cue among GeoNames towns of the article's countries (:mod:`~marsad.entities.latin_places`), and
a name after a district cue («مديرية سحار», tagged or not) among the districts of its main
countries (:mod:`~marsad.entities.districts`; rule ``district_cue`` for names the tagger left
out).  A governorate's countryside with a side («ريف حماة الشمالي») is that side, a place of its
own 15 km from the governorate's point (:mod:`~marsad.entities.countryside`, kind
``countryside_side``).  Mentions the KB does not know link to a local entity ``loc:<TYPE>:<normalized name>``
(the name's :func:`~marsad.text.normalize.normalize_for_search` words joined by one space).

Coreference (in-document; every added mention says its ``rule``)
---------------------------------------------------------------
* ``coref:short_name``: the last word of a person's multi-word name (المهاجر for أبو الحسن
  المهاجر), after the person's first full mention, with the usual proclitics (للمهاجر); not
  when two persons share it or the word is frequent (``SHORT_NAME_MAX_COUNT``) or in the
  gazetteer's stop list.
* ``coref:description``: «التنظيم» (with proclitics) -> the article's main armed group (the
  most-mentioned ORG whose kind or ACLED category is an armed group); «المتحدث/الناطق» with an
  optional «باسم X» / «باسمه» -> the spokesman of X (or of the main group): the person mention
  appositive to such a phrase (starting at most ``APPOSITIVE_GAP`` characters after it, in the
  same sentence), or a person whose KB kind is spokesman.  The description phrase is one
  mention; «التنظيم» inside it is also a mention of the group (nested mentions of different
  entities are allowed).
* ``coref:plural``: group plurals derived by the gazetteer (داعش -> الدواعش, الداعشيين).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any

from ..text.cache import TypeCache
from ..text.normalize import normalize, normalize_for_search
from ..text.tokenize import TokenList
from .gazetteer import _WORD_RE, _keys, ARTICLE, BEARINGS, HAND_STOP, PLACE_CUES, PROVINCE_HEADS, GazetteerIndex, alternates_article, cue_keys, Match, _offset_in_word, _words, name_keys, readings, written_as_place
from .cues import cue_entries, cue_raw, cue_words
from .geocode import WORLD_CITY_POP, PlaceContext, choose_place, geocode, haversine_km, plausible_place, precision_of
from .countryside import is_countryside_name, side_after, side_entity
from .districts import district_entity, find_district
from .latin_places import find_place, latin_entity
from .romanize import english_name

__all__ = ["EntityRecord", "Mention", "link_document", "merge", "local_id", "nisba_code", "GROUP_KINDS"]

GROUP_KINDS = frozenset({
    "armed_group", "militia", "insurgent_group", "jihadist_group", "terrorist_group", "rebel_group",
})
GROUP_ACLED = frozenset({"Rebel group", "Political militia", "Identity militia"})
SPOKESMAN_KINDS = frozenset({"spokesman", "spokesperson"})
DESCRIPTION_GROUP = cue_words("group_descriptions")
SPOKESMAN_CUES = cue_words("spokesman_cues")
_BISM = cue_words("on_behalf_of")
_BISMUH = cue_words("on_behalf_of_pronoun")
SHORT_NAME_MAX_COUNT = 1000
APPOSITIVE_GAP = 40


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention: ``[start, end)`` code-point offsets into the text, its ``text`` and ``rule``."""

    start: int
    end: int
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One entity of a document (the ``entities`` layer record of the shared contract)."""

    id: str
    type: str
    name: str
    name_en: str | None
    wikidata: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geo_precision: int | None
    kind: str | None
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
            "wikidata": self.wikidata, "lat": self.lat, "lon": self.lon, "country": self.country,
            "admin1": self.admin1, "geo_precision": self.geo_precision, "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class _Draft:
    start: int
    end: int
    text: str
    rule: str
    candidates: list[str] = field(default_factory=list)
    type: str | None = None
    entity_id: str | None = None
    n_words: int = 1
    #: tagger drafts this gazetteer match displaced (merge rule 2): restored when the match
    #: is dropped as an implausible place
    displaced: list["_Draft"] = field(default_factory=list)


#: tagger spans below this score do not become entities of their own (they may still confirm
#: a gazetteer match); measured on the seeds: «أوتحسبون» 0.37-0.45, «ألوفاً» 0.41 as names
MIN_TAGGER_SCORE = 0.5
#: function words no entity name contains: a tagger span holding one is a clause.  Compared
#: with «ى», «ة» and the hamza kept (the list also holds each word's hamza-less spelling), so
#: that «على» is not the name «علي» (normalize_for_search folds them together: every
#: «علي بن أبي طالب» was dropped) and the hamza-less «فان» of «فإن» is not the particle of
#: Dutch names (رود فان نيستلروي)
def _clause_key(word: str) -> str:
    return normalize(word, alef=False, alef_maqsura=False, ta_marbuta=False, casefold=True).text


NAME_PARTICLES = frozenset({"فان"})
#: honorific forms of address a person span may not consist of (``honorifics`` of ``data/cues.json``)
HONORIFICS = cue_words("honorifics")
NOT_IN_NAMES = frozenset(k for w in cue_raw("not_in_names") for k in (
    _clause_key(w), normalize(_clause_key(w), alef_maqsura=False, ta_marbuta=False).text)) - NAME_PARTICLES


def local_id(type_: str, name: str) -> str:
    """The stable id of an entity the KB lacks: ``loc:<TYPE>:<normalized name>``."""
    return f"loc:{type_}:{' '.join(_WORD_RE.findall(normalize_for_search(name)))}"


# -- merge ------------------------------------------------------------------------------------
def _trim_span(text: str, tokens: TokenList, start: int, end: int) -> tuple[int, int]:
    """Move ``start`` past proclitic tokens (and an elided article) inside ``[start, end)``."""
    starts, ends, kinds = tokens.starts, tokens.ends, tokens.kinds
    from bisect import bisect_left

    t = bisect_left(starts, start)
    while t < len(starts) and starts[t] < end:
        k = kinds[t]
        if k == "proclitic" or (k == "article" and ends[t] - starts[t] == 1):
            start = ends[t]
            t += 1
            continue
        break
    while end > start and not text[end - 1].strip():
        end -= 1
    while start < end and not text[start].strip():
        start += 1
    return start, end


def _without_trailing_bearing(text: str, s: int, e: int) -> int:
    """The end of span ``[s, e)`` without a last word that is a bare direction word (:data:`BEARINGS`),
    which ends no name: a tagger span ending in one takes the bearing of the place after it
    («مدينة مروة شمالي الكاميرون»: مروة).  The span keeps at least one word."""
    words = list(_WORD_RE.finditer(text, s, e))
    if len(words) >= 2 and normalize_for_search(words[-1].group()) in BEARINGS:
        return words[-2].end()
    return e


def merge(text: str, tokens: TokenList, matches: Sequence[Match], spans: Iterable[Any], kb: Any
          ) -> list[_Draft]:
    """Gazetteer matches and tagger spans merged by the precedence of the module docstring."""
    drafts = [_Draft(m.start, m.end, m.text, m.rule, [c.entity_id for c in m.candidates],
                     n_words=m.n_words) for m in matches]
    extra: list[_Draft] = []
    spans = list(spans)
    trimmed = [_trim_span(text, tokens, sp.start, sp.end) for sp in spans]
    votes = _name_votes(text, spans, trimmed)
    for sp, (s, e) in zip(spans, trimmed):
        e = _without_trailing_bearing(text, s, e)
        if e <= s:
            continue
        if any(w in NOT_IN_NAMES for w in _WORD_RE.findall(_clause_key(text[s:e]))):
            continue  # «الوكالة فإن الباغوز»: a clause, not a name
        typ = sp.type
        if typ == "PER" and all(any(r[0] in HONORIFICS for r in readings(w))
                                for w in _WORD_RE.findall(normalize_for_search(text[s:e]))):
            continue  # «صاحب السمو»: a form of address, not a name
        if typ == "LOC" and _counted_nisba(text, s, e):
            continue
        over = [d for d in drafts if d.start < e and s < d.end and d.candidates]
        if over:
            compatible = [d for d in over if any(_type(kb, c) == typ for c in d.candidates)]
            if compatible:
                for d in compatible:
                    d.candidates = [c for c in d.candidates if _type(kb, c) == typ]
                    d.type = typ
                    if getattr(sp, "score", 1.0) >= MIN_TAGGER_SCORE:
                        _narrow_to_name(text, d, s, e, kb)
                continue
            longest = max(d.end - d.start for d in over)
            if longest >= e - s and not all(_weak_place(kb, c) for d in over for c in d.candidates):
                # (a generated place homonym, «بلير», «أنان», yields to the tagger's name)
                if getattr(sp, "score", 1.0) >= MIN_TAGGER_SCORE:
                    loser = _tagger_draft(text, s, e, typ, sp)
                    for d in over:
                        d.displaced.append(loser)
                continue
            for d in over:
                d.candidates = []  # dropped below
        if any(x.start < e and s < x.end for x in extra):
            continue
        vote = votes.get(_name_key(text[s:e]))
        if vote is None:  # a new entity needs a confident tagger (here or on the same name)
            continue
        typ = vote
        extra.append(_tagger_draft(text, s, e, typ, sp))
    out = [d for d in drafts if d.candidates] + extra
    out.sort(key=lambda d: (d.start, -d.end))
    return out


_NUMBER_END = re.compile(r"[0-9\u0660-\u0669]\s*$")


def _counted_nisba(text: str, s: int, e: int) -> bool:
    """A one-word place span with tanween («روسيًّا») or right after a number («12 سوريا
    قتلوا»): the accusative of a nisba (a Russian, twelve Syrians), not a place."""
    if " " in text[s:e].strip():
        return False
    return "\u064b" in text[s:e] or bool(_NUMBER_END.search(text[max(0, s - 12):s]))


def _name_key(name: str) -> str:
    return " ".join(_WORD_RE.findall(normalize_for_search(name)))


def _name_votes(text: str, spans: Sequence[Any], trimmed: Sequence[tuple[int, int]]) -> dict[str, str]:
    """Per name (normalized words) the tagger tagged with at least ``MIN_TAGGER_SCORE``
    somewhere in the document, the type with the highest summed score over all its spans: a
    tagger-only name is one entity of one type in an article, its less confident repeats
    included («يوفنتوس» at 0.47 after «يوفنتوس» at 0.86; ORG, not PER, where the tagger
    hesitates).  5-fold stage CV: 0.7540 -> 0.7553.  ``trimmed``: each span's
    :func:`_trim_span` offsets."""
    sums: dict[str, Counter] = {}
    sure: set[str] = set()
    for sp, (s, e) in zip(spans, trimmed):
        if e <= s:
            continue
        key = _name_key(text[s:e])
        score = getattr(sp, "score", 1.0)
        sums.setdefault(key, Counter())[sp.type] += score
        if score >= MIN_TAGGER_SCORE:
            sure.add(key)
    return {k: c.most_common(1)[0][0] for k, c in sums.items() if k in sure}


NAME_HEADS = cue_words("name_heads")
NAME_EPITHETS = cue_words("name_epithets")


def _narrow_to_name(text: str, d: _Draft, s: int, e: int, kb: Any) -> None:
    """Narrow the KB match ``d`` to the tagger's span ``[s, e)`` inside it when the words left
    out are generic heads before it (``name_heads``: «شرق أفريقيا», «بحيرة تشاد», «حركة
    طالبان») or honorific epithets or a country adjective after it (``name_epithets``: «مكة
    المكرمة»; «حزب الله اللبناني» where the tagger, which learnt where ANERcorp ends such names,
    tags «حزب الله», itself a name of the entity): the mention is the name as CoNLL-style
    annotation marks it, the entity stays the KB's.  Not for countries («جنوب أفريقيا» is one
    name), nor for other words after the tagger's span («قوات سوريا الديمقراطية»: an adjective
    after a name is often part of it)."""
    if not (d.start <= s and e <= d.end) or (s, e) == (d.start, d.end):
        return
    if any((getattr(kb.get(c), "kind", None) or "") == "country" for c in d.candidates):
        return
    before = _WORD_RE.findall(normalize_for_search(text[d.start:s]))
    after = _WORD_RE.findall(normalize_for_search(text[e:d.end]))
    if not all(any(r[0] in NAME_HEADS for r in readings(w)) for w in before):
        return
    nisbas = [nisba_code(w) is not None for w in after]
    if not all(n or any(r[0] in NAME_EPITHETS for r in readings(w)) for w, n in zip(after, nisbas)):
        return
    if any(nisbas) and not _names_entity(text[s:e], d.candidates, kb):
        return  # «حزب القوات اللبنانية»: «حزب القوات» is none of the party's names
    d.start, d.end, d.text = s, e, text[s:e]
    d.n_words = len(d.text.split())


def _names_entity(name: str, candidates: Sequence[str], kb: Any) -> bool:
    """Whether ``name`` is the canonical name or an alias of one of the KB ``candidates``."""
    key = name_keys(name)
    for c in candidates:
        e = kb.get(c)
        if e is not None and any(name_keys(n) == key for n in (e.name, *(a.text for a in e.aliases))):
            return True
    return False


#: generated (GeoNames) places of these kinds need the tagger's support when a tagger ran
#: (unless their country is named in the article or is the dateline's, or they have at least
#: ``WORLD_CITY_POP`` people: «عدن»): a one-word match the tagger, which sees gazetteer
#: membership among its features, left untagged is mostly an ordinary word («سلالة», «عالية»,
#: «بركان», «الهندية»).  5-fold stage CV on ANERcorp: 0.7515 -> 0.7559 without the population
#: exception (LOC precision 0.822 -> 0.850); also for media and news agencies 0.7525 (not kept)
SUPPORTED_PLACE_KINDS = frozenset({"city", "town", "village"})
#: place cues after which a name the gazetteer lacks may be a district («مديرية سحار»), and the
#: least spelling likeness its district needs: near-exact after a town word («بلدة صرين»: at
#: 0.75, «بلدة زبدين» was Zabadani, «مدينة صبر» Sabir al-Mawadim)
DISTRICT_CUES = {**dict.fromkeys(cue_keys("district_town_cues"), 0.9), **dict.fromkeys(cue_keys("district_cues"), 0.75)}
#: per word key: the least likeness of its district cue reading (0.0 when it is no cue)
_DISTRICT_CUE_AT = TypeCache(lambda key: min((DISTRICT_CUES[r[0]] for r in readings(key) if r[0] in DISTRICT_CUES),
                                             default=0.0), 1 << 17)
#: town words after which an untagged name the KB lacks is looked up by the sound of its Latin name
LATIN_TOWN_CUES = cue_keys("latin_town_cues")
_LATIN_TOWN_CUE_AT = TypeCache(lambda key: any(r[0] in LATIN_TOWN_CUES for r in readings(key)), 1 << 17)
#: either cue (one look-up per word when scanning an article for them)
_ANY_CUE_AT = TypeCache(lambda key: bool(_DISTRICT_CUE_AT[key] or _LATIN_TOWN_CUE_AT[key]), 1 << 17)
#: KB kinds of first-level regions, whose names confine a district look-up (and cities, which
#: mostly share their governorate's name: Taiz, Ibb, Idlib, Aleppo)
REGION_KINDS = frozenset({"governorate", "province", "state", "region", "city"})


def _needs_support(e: Any, ctx: PlaceContext) -> bool:
    """Whether the KB entity ``e``, matched where the tagger tagged nothing, is dropped."""
    if e.type != "LOC" or e.curated or (e.kind or "") not in SUPPORTED_PLACE_KINDS:
        return False
    if (e.population or 0) >= WORLD_CITY_POP:  # «عدن», «الموصل»: well-known cities stand alone
        return False
    return not (e.country and (e.country in ctx.named or e.country == ctx.dateline))


def _tagger_draft(text: str, s: int, e: int, typ: str, sp: Any) -> _Draft:
    return _Draft(s, e, text[s:e], f"tagger:{getattr(sp, 'source', None) or 'crf'}", [], typ,
                  n_words=len(text[s:e].split()))


def _restore_displaced(drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the tagger drafts that gazetteer matches dropped by linking (``entity_id``
    ``""``: implausible places) had displaced put back, where nothing else kept covers them
    («يوفنتوس» is a club, not the homonymous village the tagger's span yielded to)."""
    lost = [x for d in drafts if d.entity_id == "" for x in d.displaced]
    if not lost:
        return drafts
    kept = [(d.start, d.end) for d in drafts if d.entity_id != ""]
    for x in sorted(lost, key=lambda x: (x.start, -x.end)):
        if not _covered(kept, x.start, x.end):
            drafts.append(x)
            kept.append((x.start, x.end))
    return drafts


def _weak_place(kb: Any, entity_id: str) -> bool:
    """A generated (GeoNames) place that is neither curated nor a country: a one-word match of
    one is often a person's name (بلير, أنان, سولانا), so a tagger span of another type wins."""
    e = kb.get(entity_id)
    return e is not None and e.type == "LOC" and not e.curated and (e.kind or "") != "country"


def _type(kb: Any, entity_id: str) -> str | None:
    e = kb.get(entity_id)
    return e.type if e is not None else None


# -- linking ----------------------------------------------------------------------------------
def _is_group(e: Any) -> bool:
    return e is not None and e.type == "ORG" and (
        (e.kind or "") in GROUP_KINDS or (e.acled_category or "") in GROUP_ACLED)


def _choose_other(cands: list[Any], tagger_type: str | None, named: frozenset[str],
                  pointed: frozenset[str] = frozenset()) -> Any:
    """The candidate of the tagger's type, curated, whose country the article names, else whose
    country the article's places or dateline point at (``pointed``: «حزب العدالة والتنمية» is
    Morocco's in an article about Rabat, Turkey's in one about Ankara), else one of no country
    rather than one of a country the article does not point at («قوة المهام المشتركة» is the
    coalition in an article about Iraq, Nigeria's civilian JTF in one about Nigeria; «التحالف الدولي الذي
    تقوده الولايات المتحدة» is the coalition against ISIS in an article that points nowhere, Resolute
    Support only in one about Afghanistan)."""
    context = named | pointed

    def score(e: Any) -> tuple:
        return (tagger_type is not None and e.type == tagger_type, e.curated,
                bool(e.country and e.country in named), bool(e.country and e.country in pointed),
                not (e.country and e.country not in context))
    best = cands[0]
    for c in cands[1:]:
        if score(c) > score(best):
            best = c
    return best


_COUNTRY_NISBAS = {row[0]: row[1] for row in cue_entries("country_nisbas")}
_NISBA_ENDINGS = ("", "ه", "ا", "ين", "ون")  # "ا": the folded feminine يه -> يا


def _nisba_countries(words: Sequence[tuple]) -> set[str]:
    """Countries the article names by their nisba adjective («مصادر يمنية», «القوات التركية»):
    ISO codes of ``country_nisbas`` (of ``data/cues.json``) whose masculine, feminine or plural
    form is a word of the text (with or without the article and proclitics).  The last call's
    result is reused for the same ``words`` object (linking asks twice per document)."""
    if _LAST_NISBA[0] is words:
        return set(_LAST_NISBA[1])
    codes = map(nisba_code, set(_keys(words)) - {""})
    found = set(filter(None, codes))
    _LAST_NISBA[:] = [words, frozenset(found)]
    return found


_LAST_NISBA: list[Any] = [None, frozenset()]


def nisba_code(key: str) -> str | None:
    """The country code of the normalized word ``key`` if it is a country nisba (see above)."""
    return _NISBA_CODE[key]


def _nisba_code(key: str) -> str | None:
    for r, *_ in readings(key):
        r = r[2:] if r.startswith("ال") else r
        for end in _NISBA_ENDINGS:
            code = _COUNTRY_NISBAS.get(r[: len(r) - len(end)] if end else r) if (not end or r.endswith(end)) else None
            if code:
                return code
    return None


_NISBA_CODE = TypeCache(_nisba_code, 1 << 17)


def _link(drafts: list[_Draft], kb: Any, dateline: Any, words: Sequence[tuple] = (),
          counts: Mapping[str, int] | None = None,
          phrases: Mapping[tuple[str, ...], Sequence[Any]] | None = None,
          tagger_ran: bool = False) -> dict[str, Any]:
    """Link each draft to a KB entity in the article's context (sets ``entity_id``; ``""``
    drops an implausible place).  Returns the places found through their Latin names
    (:mod:`~marsad.entities.latin_places`) that the KB lacks, by id."""
    named: set[str] = set()
    places: set[str] = set()
    groups: set[str] = set()
    points: list[tuple[float, float]] = []
    for d in drafts:
        ents = [kb.get(c) for c in d.candidates]
        ents = [e for e in ents if e is not None]
        if not ents:
            continue
        if len(ents) == 1:
            e = ents[0]
            d.entity_id = e.id
            if e.type == "ORG" and e.country and e.curated:
                groups.add(e.country)  # «الحوثيين»: a Yemeni group points at Yemen
            if e.type == "LOC" and e.country:
                if (e.kind or "") == "country" or e.geo_precision == 3:
                    named.add(e.country)
                else:
                    places.add(e.country)
                    if e.lat is not None:
                        points.append((e.lat, e.lon))
    by_nisba = _nisba_countries(words)  # for the tagger-support rule only: «عمال إيطاليين» is no place
    dl_country = None
    if dateline is not None:
        for d in drafts:
            if d.start < dateline.end and dateline.start < d.end and d.candidates:
                ents = [kb.get(c) for c in d.candidates]
                ents = [e for e in ents if e is not None and e.type == "LOC"]
                if ents:
                    ctx0 = PlaceContext(frozenset(named), frozenset(places), None)
                    dl_country = choose_place(ents, ctx0).country
                break
    ctx = PlaceContext(frozenset(named), frozenset(places), dl_country, tuple(points))
    if phrases is not None:
        _tagger_places(drafts, kb, ctx, phrases, group_countries=frozenset(groups))
    pointed = ctx.places | ({ctx.dateline} if ctx.dateline else frozenset())
    for d in drafts:
        if d.entity_id is not None or not d.candidates:
            continue
        ents = [e for e in (kb.get(c) for c in d.candidates) if e is not None]
        if not ents:
            continue
        locs = [e for e in ents if e.type == "LOC"]
        if locs and (d.type in (None, "LOC") or len(locs) == len(ents)):
            d.entity_id = choose_place(locs, ctx).id
        else:
            d.entity_id = _choose_other(ents, d.type, ctx.named, pointed).id
    starts = [w[0] for w in words]
    _direction_countries(drafts, kb, words, starts)
    support_ctx = PlaceContext(ctx.named | by_nisba, ctx.places, ctx.dateline)
    for d in drafts:  # gazetteer places that are only homonyms of ordinary words are dropped
        e = kb.get(d.entity_id) if d.entity_id else None
        tagger_saw_place = d.type == "LOC" or d.rule.startswith("tagger")  # merge() sets d.type
        if e is not None and e.type == "LOC" and not plausible_place(e, ctx, tagger_support=tagger_saw_place):
            d.entity_id = ""
        elif e is not None and tagger_ran and d.type is None and _needs_support(e, support_ctx) \
                and not _after_place_cue(d, words, starts) \
                and not _known_place_of_pointed_country(d, e, ctx):  # «مدينة «العريش»»: the cue is support
            d.entity_id = ""
    _unlink_strays(drafts, kb, ctx.named | by_nisba | ({ctx.dateline} if ctx.dateline else set()))
    return _latin_places(drafts, kb, ctx, words, counts, by_nisba=by_nisba)


#: direction words between a place and the country it lies in («منطقة قنديل شمال العراق»)
_DIRECTIONS = BEARINGS | {"وسط", "بشمال", "بجنوب", "بشرق", "بغرب"}


def _direction_country(d: _Draft, by_start: Mapping[int, _Draft], kb: Any, words: Sequence[tuple],
                       starts: Sequence[int]) -> str | None:
    """The country a direction after place ``d`` puts it in («قنديل شمال العراق» -> IQ), or None."""
    i = bisect_right(starts, d.end - 1) - 1  # the place's last word
    if i < 0 or i + 2 >= len(words) or words[i + 1][2] not in _DIRECTIONS:
        return None
    nxt = by_start.get(words[i + 2][0])
    c = kb.get(nxt.entity_id) if nxt is not None and nxt.entity_id else None
    if c is None or c.type != "LOC" or precision_of(c) != 3:
        return None
    return c.country or None


def _direction_countries(drafts: list[_Draft], kb: Any, words: Sequence[tuple], starts: Sequence[int]) -> None:
    """A place followed by a direction and a country («منطقة قنديل شمال العراق», «ولاية البنجاب
    بشمال الهند») lies in that country: its candidate there is taken, and so is the one of every
    other mention of the same name in the article («ولاية "البنجاب"» before it is India's too);
    a generated town of another country with no candidate there is a homonym and is unlinked."""
    by_start = {d.start: d for d in drafts if d.entity_id}
    pinned: dict[tuple[str, ...], str] = {}
    for d in drafts:
        e = kb.get(d.entity_id) if d.entity_id else None
        if e is None or e.type != "LOC" or precision_of(e) == 3:
            continue
        code = _direction_country(d, by_start, kb, words, starts)
        if code is not None:
            pinned[tuple(d.candidates)] = code
    for d in drafts:
        e = kb.get(d.entity_id) if d.entity_id else None
        code = pinned.get(tuple(d.candidates))
        if e is None or e.type != "LOC" or code is None or code == e.country:
            continue
        there = [x for x in (kb.get(k) for k in d.candidates) if x is not None and x.type == "LOC" and x.country == code]
        if there:
            d.entity_id = there[0].id
        elif not e.curated and precision_of(e) == 1:
            d.entity_id = ""


def _known_place_of_pointed_country(d: _Draft, e: Any, ctx: PlaceContext) -> bool:
    """Place ``e``, matched as ``d``, is in a country another place of the article lies in, and its
    one-word name is one the press writes as a place («العريش» with «شمال سيناء»:
    :func:`~marsad.entities.gazetteer.written_as_place`)."""
    keys = name_keys(d.text)
    return bool(e.country) and e.country in ctx.places and len(keys) == 1 and written_as_place(keys[0])


def _after_place_cue(d: _Draft, words: Sequence[tuple], starts: Sequence[int]) -> bool:
    """Whether the mention ``d`` begins the word right after a place cue word (مدينة، منطقة ...),
    nothing between them but an opening quote."""
    i = bisect_right(starts, d.start) - 1
    if i < 1 or words[i][0] != d.start and d.start - words[i][0] > 3:
        return False
    if words[i][3] and words[i][0] - words[i - 1][1] > 3:
        return False
    return any(r[0] in PLACE_CUES for r in readings(words[i - 1][2]))


def _unlink_strays(drafts: list[_Draft], kb: Any, pointed: set[str]) -> None:
    """A generated town or city of fewer than ``WORLD_CITY_POP`` people in a country the article
    never points at (not named, not by nisba, no other place there, not the dateline's), in an
    article that does point at countries, is a homonym: «قرية كانجيا ... رانشي الهندية» is no
    Kanggye (North Korea).  Its mention stays, unlinked (a local place, or a Latin-name match in
    the article's countries)."""
    linked = [(d, kb.get(d.entity_id)) for d in drafts if d.entity_id]
    by_country: dict[str, set[str]] = {}
    for _d, e in linked:
        if e is not None and e.type == "LOC" and e.country:
            by_country.setdefault(e.country, set()).add(e.id)
    if not pointed and len(by_country) <= 1:
        return
    for d, e in linked:
        if e is None or e.type != "LOC" or e.curated or (e.kind or "") not in SUPPORTED_PLACE_KINDS:
            continue
        if (e.population or 0) >= WORLD_CITY_POP or not e.country or e.country in pointed:
            continue
        if by_country.get(e.country, set()) - {e.id}:
            continue  # another place of that country: the article is there
        d.entity_id, d.candidates = None, []


#: a KB place the gazetteer holds back as a common word (needs a cue) still names a tagger
#: place when it has this many people or lies in a country the article points at
TAGGER_PLACE_POP = 100_000


def _tagger_places(drafts: list[_Draft], kb: Any, ctx: PlaceContext,
                   phrases: Mapping[tuple[str, ...], Sequence[Any]], *,
                   group_countries: frozenset[str] = frozenset()) -> None:
    """Tagger places with no gazetteer match take the KB places of exactly their name that
    the gazetteer held back as possible common words (a frequent name without the article
    alternation, such as «جازان», «واشنطن», needs a place cue before it): the tagger's reading
    is the cue.  Only places of :data:`TAGGER_PLACE_POP` people or more, or in a country the
    article names, holds places in, or has its dateline in, so that a tagger place is never
    pinned to a far-away village of the same name (``group_countries``: the countries of the curated
    armed groups the article names count too: «الحوثيين» points at Yemen); a common word of ``hand_stop`` («المدينة», the
    city) only in the dateline's country (Medina under a Saudi dateline, not in a story about Taiz
    that names Saudi Arabia); sets the
    drafts' ``candidates``."""
    countries = ctx.named | ctx.places | group_countries | ({ctx.dateline} if ctx.dateline else frozenset())
    for d in drafts:
        if d.candidates or d.type != "LOC" or not d.rule.startswith("tagger"):
            continue
        keys = name_keys(d.text)
        ents = [kb.get(c.entity_id) for c in phrases.get(keys, ())] if keys else []
        common = any(r[0] in HAND_STOP for r in readings(normalize_for_search(d.text)))  # «المدينة»: the city
        d.candidates = [e.id for e in ents if e is not None and e.type == "LOC" and (
            (e.country == ctx.dateline) if common else
            (e.curated or e.country in countries or (e.population or 0) >= TAGGER_PLACE_POP))]


def _latin_places(drafts: list[_Draft], kb: Any, ctx: PlaceContext, words: Sequence[tuple] = (),
                  counts: Mapping[str, int] | None = None, *, by_nisba: Iterable[str] = ()) -> dict[str, Any]:
    """Tagger places the KB has no name for, right after a place cue word (مدينة، بلدة، قرية،
    حي، إقليم ...: ``place_cues`` of ``data/cues.json``), looked up by their Latin GeoNames
    names in the countries the article points at
    (:func:`~marsad.entities.latin_places.find_place`): «بلدة سوروتش» in an article naming
    Turkey is Suruç.  Without the cue the lookup is left out: on SaudiNewsNet articles about
    half of the uncued matches were wrong (country and region names the KB lacks, ordinary
    words).  Sets the drafts' ``entity_id``; returns the new place entities by id."""
    extra: dict[str, Any] = {}
    context = ctx.places | ({ctx.dateline} if ctx.dateline else set())
    starts = [w[0] for w in words]
    by_start = {d.start: d for d in drafts if d.entity_id}
    for d in drafts:
        if d.entity_id is not None or d.type != "LOC" or d.candidates:
            continue
        i = bisect_right(starts, d.start) - 1  # the word the mention starts in
        if i < 1 or words[i][3] or not any(r[0] in PLACE_CUES for r in readings(words[i - 1][2])):
            continue
        code = _direction_country(d, by_start, kb, words, starts)  # «منطقة قنديل شمال العراق»: in Iraq only
        named = frozenset({code}) if code else ctx.named | frozenset(by_nisba)
        place = find_place(d.text, named=named, context={code} if code else context, counts=counts)
        province = any(r[0] in _PROVINCE_CUES for r in readings(words[i - 1][2]))
        if place is None or (not province and _far_from_the_others(place, drafts, kb)):
            continue  # (a province, «إقليم أجدير», is big and far from the towns named: Iğdır)
        eid = f"gn:{place.geonameid}"
        d.entity_id = eid
        if kb.get(eid) is None and eid not in extra:
            extra[eid] = latin_entity(place, d.text)
    return extra


#: a town found by its Latin name lies at most this far from a town or region of its country that
#: the article names (when it names one): km
LATIN_REACH_KM = 400.0
#: province words before a Latin-name match: no distance check for them
_PROVINCE_CUES = frozenset(name_keys(w)[0] for w in (*PROVINCE_HEADS, "مقاطعة"))


def _far_from_the_others(place: Any, drafts: list[_Draft], kb: Any) -> bool:
    """The Latin-name match ``place`` lies more than :data:`LATIN_REACH_KM` from every linked town
    or region of its country in the article («قرية بيتا» near the Sambisa forest is not Bida,
    800 km away in Niger State; «حي غويران» in a report on al-Hasakah is not Turkey's Kayran)."""
    points = [(e.lat, e.lon) for e in (kb.get(d.entity_id) for d in drafts if d.entity_id)
              if e is not None and e.country == place.country and e.lat is not None
              and (e.geo_precision or 3) < 3]
    return bool(points) and min(haversine_km(place.lat, place.lon, la, lo) for la, lo in points) > LATIN_REACH_KM


def _cued_places(text: str, drafts: list[_Draft], words: Sequence[tuple], kb: Any, latin: dict[str, Any],
                 counts: Mapping[str, int] | None) -> None:
    """Names right after a district cue («مديرية سحار», «ناحية سرين») or a town word («مدينة
    مروة») that the gazetteer has nothing for.  After a district cue they are looked up as
    districts (:func:`~marsad.entities.districts.find_district`) of the countries the article's
    linked places and country adjectives point at: an unlinked tagger place there is linked to
    the district; a name the tagger left out (two words first: «مديرية مشرعة وحدنان»; a
    corpus-frequent ordinary word is not looked up) becomes a mention (rule ``district_cue``).
    After a town word (``latin_town_cues``) a name the tagger left out that is no district is
    looked up among those countries' GeoNames towns by the sound of its Latin name
    (:func:`~marsad.entities.latin_places.find_place`, rule ``latin_town_cue``: «مدينة مروة»
    in a story about Cameroon is Maroua).  The new entities are put in ``latin``."""
    cued = [i + 1 for i in compress(range(len(words) - 1), map(_ANY_CUE_AT.__getitem__, _keys(words[:-1])))]
    if not cued:
        return
    linked = [e for e in (latin.get(d.entity_id) or kb.get(d.entity_id) for d in drafts if d.entity_id) if e is not None]
    per_country = Counter(e.country for e in linked if e.type == "LOC" and e.country)
    per_country.update(_nisba_countries(words))
    if not per_country:
        return
    most = max(per_country.values())
    countries = {c for c, n in per_country.items() if 2 * n >= most}  # the article's main countries
    regions = [(e.country, e.name_en) for e in linked  # a city names its governorate too («تعز»)
               if e.type == "LOC" and (e.kind or "") in REGION_KINDS and e.name_en and e.country]
    by_start = {d.start: d for d in drafts if d.entity_id != ""}
    for i in cued:
        if words[i][3] or words[i][4] != "word":
            continue
        likeness = _DISTRICT_CUE_AT[words[i - 1][2]]
        ws, we = words[i][0], words[i][1]
        d = by_start.get(ws)
        if d is not None:  # a tagger place the KB could not link
            if likeness and d.entity_id is None and d.type == "LOC" and not d.candidates and d.rule.startswith("tagger"):
                district = find_district(d.text, countries=countries, regions=regions, min_likeness=likeness)
                if district is not None:
                    d.entity_id = f"gb:{district.shape_id}"
                    latin.setdefault(d.entity_id, district_entity(district, d.text))
            continue
        if any(x.start < we and x.end > ws for x in by_start.values()):
            continue
        spans = [(i, i + 1)]
        if i + 1 < len(words) and not words[i + 1][3] and words[i + 1][4] == "word":
            spans.insert(0, (i, i + 2))
        for a, b in spans:
            keys = [words[k][2] for k in range(a, b)]
            if any(_adjective_like(k, counts) for k in keys):
                continue
            start, end = words[a][0], words[b - 1][1]
            found = _cued_place(text[start:end], keys, countries, regions, likeness, _LATIN_TOWN_CUE_AT[words[i - 1][2]],
                                counts)
            if found is None:
                continue
            eid, rule, entity = found
            nd = _Draft(start, end, text[start:end], rule, [eid], "LOC", eid, b - a)
            drafts.append(nd)
            by_start[start] = nd
            if kb.get(eid) is None:
                latin.setdefault(eid, entity)
            break


def _countryside_sides(text: str, drafts: list[_Draft], words: Sequence[tuple], kb: Any,
                       latin: dict[str, Any]) -> None:
    """A governorate's countryside followed by a side («ريف حماة الشمالي», «بريف حلب الشمالي
    الشرقي») is that side of it (:mod:`~marsad.entities.countryside`): the mention takes in the
    side words and links to the side's entity, put in ``latin``."""
    taken = [(d.start, d.end) for d in drafts]
    for d in drafts:
        gov = kb.get(d.entity_id) if d.entity_id else None
        if gov is None or gov.kind not in ADMIN1_SIDE_KINDS or gov.lat is None or not is_countryside_name(d.text):
            continue
        side = side_after(text, words, d.end)
        if side is None or any(s < side[2] and e > d.end for s, e in taken):
            continue
        code, adjective, end = side
        d.n_words += len(_WORD_RE.findall(text, d.end, end))
        d.end, d.text, d.rule = end, text[d.start:end], f"{d.rule}+countryside_side"
        d.entity_id = f"{gov.id}#{code}"
        latin.setdefault(d.entity_id, side_entity(gov, code, adjective, d.text))


#: the kinds of region whose countryside has sides («ريف حماة الشمالي»)
ADMIN1_SIDE_KINDS = frozenset({"governorate", "province"})


def _cued_place(name: str, keys: list[str], countries: set[str], regions: list[tuple[str, str]],
                likeness: float, town: bool, counts: Mapping[str, int] | None) -> tuple[str, str, Any] | None:
    """``(entity id, rule, entity)`` of the district (cue likeness > 0) or Latin-named town
    (``town``) that ``name`` (the words after a cue, ``keys`` their word keys) names, or ``None``."""
    if likeness:
        district = find_district(" ".join(keys), countries=countries, regions=regions, min_likeness=likeness)
        if district is not None:
            return f"gb:{district.shape_id}", "district_cue", district_entity(district, name)
    if town:
        place = find_place(name, named=countries, context=countries, counts=counts)
        if place is not None:
            return f"gn:{place.geonameid}", "latin_town_cue", latin_entity(place, name)
    return None


#: (the least spelling likeness, 0-1, of the romanized name and a district's Latin name is that of
#: its cue, :data:`DISTRICT_CUES`: at 0.6, the Latin place look-up's, «منطقة خراسان» was Kharo Chan
#: (Pakistan) and «منطقة الصباحة» Sibah (Abyan))
#: a word seen this often in the corpus that also takes the article is a common noun («مزاد»)
_NOUN_MIN_COUNT = 20
#: a word seen this often in the corpus is an ordinary word whatever its article («مناطق البلاد»,
#: 3,813 times); the districts the KB lacks are rare names (مشرعة 59 times)
_FREQUENT_WORD = 200


def _adjective_like(key: str, counts: Mapping[str, int] | None) -> bool:
    """Whether an untagged word after a place cue reads as an ordinary word, not a name: an
    indefinite adjective («مناطق كردية», «مناطق سكنية», «مدينة فاضلة»), a corpus word that also takes the
    article («منطقة مزاد السيارات») or a frequent word («مناطق البلاد»)."""
    if not key.startswith(ARTICLE) and (key.endswith(("ي", "يه", "يا"))
                                        or len(key) == 5 and key[1] == "ا" and key[4] in "هة"):
        return True  # (and the feminine active participle فاعلة: «مدينة فاضلة», «قرية ذابلة»)
    if counts is None:
        return False
    n = counts.get(key, 0)
    if len(key) > 3 and key[0] in "بلوفك" and counts.get(key[1:], 0) >= _FREQUENT_WORD:
        return True  # «قرية بشمال سوريا»: a preposition on a frequent word, not Bismil
    return n >= _FREQUENT_WORD or n >= _NOUN_MIN_COUNT and alternates_article(key, counts, share=0.2)


#: the «told» frame before a quoted outlet name: «وقال ... لـ«الشرق الأوسط»»
_TOLD_QUOTE = re.compile(r"(?:^|[\s(])لـ?\s*[«\"“]$")
_QUOTE_CLOSE = frozenset("»\"”")
_MEDIA_HEADS = ("صحيفه", "جريده", "قناه", "وكاله", "موقع")


def _quoted_media(text: str, drafts: list[_Draft], kb: Any,
                  phrases: Mapping[tuple[str, ...], Sequence[Any]]) -> None:
    """A quoted name right after «لـ» (a source told it: «وقال ... لـ«الشرق الأوسط»») that is
    also an outlet's name after its head word («صحيفة الشرق الأوسط») is the outlet, not the
    place the name spells."""
    for d in drafts:
        if not _TOLD_QUOTE.search(text[max(0, d.start - 4):d.start]) or text[d.end:d.end + 1] not in _QUOTE_CLOSE:
            continue
        keys = name_keys(d.text)
        for head in _MEDIA_HEADS:
            media = [c.entity_id for c in phrases.get((head, *keys), ())
                     if (getattr(kb.get(c.entity_id), "kind", None) or "") in ("media", "agency", "news_agency")]
            if media:
                d.entity_id, d.candidates, d.type = media[0], [media[0]], "ORG"
                break


# -- name spans -------------------------------------------------------------------------------
PERSON_TITLES = cue_words("person_titles")
GROUP_HEADS = cue_words("group_heads")
COUNTRY_HEADS = cue_words("country_heads")


def _trim_titles(text: str, drafts: list[_Draft], kb: Any) -> None:
    """Start a person's mention after a leading title from its KB alias («السيد حسن نصر الله»
    -> «حسن نصر الله») and a country's after «دولة» («دولة قطر» -> «قطر»): the mention is the
    name (as CoNLL-style gold marks it), the title stays in the text around it."""
    for d in drafts:
        if not d.entity_id or d.n_words < 2:
            continue
        e = kb.get(d.entity_id)
        if e is None:
            continue
        heads = PERSON_TITLES if e.type == "PER" else COUNTRY_HEADS if (e.kind or "") == "country" else None
        if not heads:
            continue
        first = d.text.split(maxsplit=1)
        if len(first) == 2 and any(r[0] in heads for r in readings(normalize_for_search(first[0]))):
            s0 = d.start + len(d.text) - len(d.text[len(first[0]):].lstrip())
            d.start, d.text, d.n_words = s0, text[s0:d.end], d.n_words - 1


#: titles before which a curated person's last name alone names that person («الرئيس هادي»)
_HEAD_TITLES = frozenset(normalize_for_search(w) for w in ("الرئيس", "الملك", "المخلوع"))
#: per word key: is some proclitic reading of it a head-of-state title?
_IS_HEAD_TITLE = TypeCache(lambda key: any(r[0] in _HEAD_TITLES for r in readings(key)), 1 << 17)


@lru_cache(maxsize=4)
def _curated_surnames(kb: Any) -> dict[str, str | None]:
    """Last-name key -> the curated KB person of that last name (None when two share it)."""
    out: dict[str, str | None] = {}
    for e in kb:
        if e.type != "PER" or not e.curated:
            continue
        keys = name_keys(e.name)
        if len(keys) < 2 or len(keys[-1]) < 3 or keys[0] in ("ابو", "ابي", "ابا"):
            continue  # a kunya's last word is a nisba: «أبو أيوب المصري»
        k = keys[-1]
        if k.startswith(ARTICLE) and k.endswith("ي"):
            continue  # «الرئيس المصري»: an adjective
        out[k] = e.id if out.get(k, e.id) == e.id else None
    return out


def _titled_surnames(text: str, words: Sequence[tuple], drafts: list[_Draft], kb: Any) -> list[_Draft]:
    """A curated person's last name alone right after a head-of-state title («وعلى الرئيس هادي»,
    «المخلوع صالح») where nothing else covers it: that person, rule ``coref:title_surname``."""
    if not words:
        return []
    try:
        surnames = _curated_surnames(kb)
    except TypeError:  # an unhashable KB
        return []
    taken = [(d.start, d.end) for d in drafts]
    added: list[_Draft] = []
    for i in range(1, len(words)):
        ws, we, key, brk, kind = words[i]
        if brk or kind != "word" or words[i - 1][4] != "word":
            continue
        if not _IS_HEAD_TITLE[words[i - 1][2]]:
            continue
        eid = surnames.get(key)
        if eid is None or _covered(taken, ws, we):
            continue
        added.append(_Draft(ws, we, text[ws:we], "coref:title_surname", [eid], "PER", eid))
        taken.append((ws, we))
    return added


def _short_persons(drafts: list[_Draft], kb: Any) -> None:
    """A one-word person the tagger found and the KB lacks («صالح», «هادي») is the KB person of
    the article whose name ends in that word, if exactly one does («علي عبد الله صالح» named in
    the same article): the short name coreference (``coref:short_name``), for the words the tagger
    had already taken."""
    last: dict[str, set[str]] = {}
    for d in drafts:
        if d.entity_id and not d.entity_id.startswith("loc:"):
            e = kb.get(d.entity_id)
            if e is not None and e.type == "PER":
                keys = name_keys(e.name)
                if len(keys) >= 2:
                    last.setdefault(keys[-1], set()).add(e.id)
    if not last:
        return
    for d in drafts:
        if d.type == "PER" and (d.entity_id or "").startswith("loc:PER:") and d.n_words == 1:
            ids = last.get(name_keys(d.text)[-1] if name_keys(d.text) else "")
            if ids and len(ids) == 1:
                d.entity_id = next(iter(ids))


# -- context aliases ----------------------------------------------------------------------------
CONTEXT_ALIASES = cue_entries("context_aliases")
_CONJ_ONLY = cue_words("context_aliases_conj_only")
#: words after which a context alias of ``context_aliases_conj_only`` is the noun («في صالح إيران»)
_NOUN_AFTER = frozenset({"في"})
_ALIAS_WORDS = frozenset(row[0] for row in CONTEXT_ALIASES)
#: per word key: does some proclitic reading of it begin a context alias? (most words: no)
_MAY_BE_ALIAS = TypeCache(lambda key: any(r[0] in _ALIAS_WORDS for r in readings(key)), 1 << 17)


#: words after which a one-word definite nisba can be a place (في التاجي، جنوب الليطاني)
_NISBA_PLACE_BEFORE = cue_words("nisba_place_before")


def _nisba_place(d: _Draft, words: Sequence[tuple], starts: Sequence[int]) -> bool:
    """A one-word definite nisba the tagger called a place and the KB does not know, right after
    a name or a noun it can qualify («القوقاز ⟦الروسي⟧», «عبد المهدي ⟦الكربلائي⟧»): an adjective
    or a family name.  After a preposition, a place word or a direction (في التاجي، نهر
    الليطاني) or with a proclitic (بالتاجي) it stays a place."""
    if d.type != "LOC" or not (d.entity_id or "").startswith("loc:") or d.n_words != 1:
        return False
    key = normalize_for_search(d.text)
    if not (key.startswith(ARTICLE) and key.endswith("ي")) or " " in key:
        return False
    i = bisect_right(starts, d.start) - 1
    if i < 1 or words[i][0] != d.start or words[i][3]:
        return False  # a proclitic before it, or punctuation / the start of the text
    return not any(r[0] in _NISBA_PLACE_BEFORE or r[0] in PLACE_CUES for r in readings(words[i - 1][2]))


def _group_names(text: str, words: Sequence[tuple], drafts: list[_Draft], kb: Any) -> None:
    """A place named right after a group noun (``group_heads`` of ``data/cues.json``) is the
    name of a group: «تنظيم بيت المقدس» is an organisation, not Jerusalem.  The mention grows
    back over the head word (after its proclitics) and becomes a local ORG entity, rule
    ``rule:group_head``; the KB's own group names (جماعة أنصار بيت المقدس) match whole before
    this and are left alone."""
    if not GROUP_HEADS or not words:
        return
    starts = [w[0] for w in words]
    for d in drafts:
        e = kb.get(d.entity_id) if d.entity_id and not d.entity_id.startswith("loc:") else None
        if (e.type if e is not None else d.type) != "LOC":
            continue
        i = bisect_right(starts, d.start) - 1
        if i < 1 or words[i][0] != d.start or words[i][3] or words[i - 1][4] != "word":
            continue
        ws, we, key, _brk, _kind = words[i - 1]
        strip = next((r[2] for r in readings(key) if r[0] in GROUP_HEADS), None)
        if strip is None:
            continue
        d.start = _offset_in_word(text, ws, we, strip)
        d.text = text[d.start:d.end]
        d.type, d.candidates, d.rule = "ORG", [], "rule:group_head"
        d.entity_id = local_id("ORG", d.text)
        d.n_words += 1


def _context_aliases(text: str, words: Sequence[tuple], drafts: list[_Draft], kb: Any,
                     extra: Mapping[str, Any]) -> list[_Draft]:
    """Mentions of one-word descriptions that name an entity only in context (``context_aliases``
    of ``data/cues.json``: «المملكة» in a Saudi story, «التحالف» in a Yemen or a Syria story),
    with the usual proclitics (بالمملكة، للتحالف), where no other mention covers the word and
    no definite adjective follows it («المملكة المغربية»).  Rule ``context_alias``."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for row in CONTEXT_ALIASES:
        by_word.setdefault(row[0], []).append(row)
    context: set[str] = set()
    for d in drafts:
        if not d.entity_id:
            continue
        context.add(d.entity_id)
        e = extra.get(d.entity_id) or kb.get(d.entity_id)
        if e is not None and e.country:
            context.add(e.country)
    taken = [(d.start, d.end) for d in drafts]
    added: list[_Draft] = []
    for i, (ws, we, key, _brk, kind) in enumerate(words):
        if kind != "word" or not _MAY_BE_ALIAS[key]:
            continue
        for rkey, strip, span_strip in readings(key):
            rows = by_word.get(rkey)
            if rows is None:
                continue
            if rkey in _CONJ_ONLY and (strip and key[strip - 1] not in "وف" or i > 0 and not words[i][3]
                                       and words[i - 1][2] in _NOUN_AFTER):
                break  # «لصالح», «في صالح» (in favour of)
            fits = [row for row in rows if any(c in context for c in row[2:])]
            if len(fits) != 1 or kb.get(fits[0][1]) is None:
                break
            if i + 1 < len(words) and not words[i + 1][3] and words[i + 1][2].startswith(ARTICLE):
                break  # «المملكة المغربية»: the word heads another name
            if not strip and rkey.startswith(ARTICLE) and i > 0 and not words[i][3] and (
                    any(r[0].startswith(ARTICLE) for r in readings(words[i - 1][2]))
                    or _given_name(words[i - 1][2])):
                break  # «التمرد الحوثي» (an adjective), «حسين بدرالدين الحوثي» (a family name)
            s0 = _offset_in_word(text, ws, we, span_strip)
            if not _covered(taken, s0, we):
                ent = kb.get(fits[0][1])
                added.append(_Draft(s0, we, text[s0:we], "context_alias", [ent.id], ent.type, ent.id))
                taken.append((s0, we))
            break
    return added


def _given_name(key: str) -> bool:
    from .person_patterns import given_names

    return key in given_names() or key.endswith(("الدين", "الله")) and len(key) > 5


# -- coreference ------------------------------------------------------------------------------
def _cue_at(cues: frozenset[str]) -> TypeCache:
    """Per word key: 1 + the offset in the word where a reading of it in ``cues`` begins (after
    its proclitics), or 0 when no reading is a cue (so the values filter with ``compress``)."""
    def find(key: str) -> int:
        for rkey, _strip, span_strip in readings(key):
            if rkey in cues:
                return span_strip + 1
        return 0
    return TypeCache(find, 1 << 17)


_DESCRIPTION_AT = _cue_at(DESCRIPTION_GROUP)
_SPOKESMAN_AT = _cue_at(SPOKESMAN_CUES)


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def _coref(text: str, tokens: TokenList, sentences: Sequence[Any], drafts: list[_Draft], kb: Any,
           index: GazetteerIndex | None) -> list[_Draft]:
    words = _words(text, tokens)
    if not words:
        return []
    word_keys = list(_keys(words))
    counts = index.counts if index is not None else {}
    by_entity: dict[str, list[_Draft]] = {}
    etype: dict[str, str] = {}
    for d in drafts:
        by_entity.setdefault(d.entity_id, []).append(d)  # type: ignore[arg-type]
        e = kb.get(d.entity_id) if d.entity_id and not d.entity_id.startswith("loc:") else None
        etype[d.entity_id] = e.type if e is not None else (d.type or "MISC")  # type: ignore[index]
    taken = [(d.start, d.end) for d in drafts]
    added: list[_Draft] = []

    # short names
    short: dict[str, str | None] = {}
    first_full: dict[str, int] = {}
    for eid, ds in by_entity.items():
        if etype.get(eid) != "PER":
            continue
        for d in ds:
            keys = name_keys(d.text)
            if len(keys) < 2:
                continue
            first_full[eid] = min(first_full.get(eid, d.start), d.start)
            last = keys[-1]
            letters = len(last) - (2 if last.startswith(ARTICLE) else 0)
            if letters < 3 or last in HAND_STOP or counts.get(last, 0) >= SHORT_NAME_MAX_COUNT:
                continue
            if last in short and short[last] != eid:
                short[last] = None  # two persons share it: ambiguous
            else:
                short[last] = eid
    if short:
        # a reading is the word minus proclitics (or «لل...» read as «ال...»): it ends the word
        suffixes = tuple({k[1:] if k.startswith(ARTICLE) else k for k in short})
        for ws, we, key, _b, kind in words:
            if kind != "word" or not key.endswith(suffixes):
                continue
            for rkey, _strip, span_strip in readings(key):
                eid = short.get(rkey)
                if eid is None or ws < first_full.get(eid, 1 << 60):
                    continue
                s = _offset_in_word(text, ws, we, span_strip)
                if not _covered(taken, s, we):
                    added.append(_Draft(s, we, text[s:we], "coref:short_name", [eid], "PER", eid))
                    taken.append((s, we))
                break

    # descriptions: the main group
    mention_count = Counter(d.entity_id for d in drafts if d.entity_id)
    groups = [eid for eid in mention_count if _is_group(kb.get(eid))]
    main_group = None
    if groups:
        first = {eid: min(d.start for d in by_entity[eid]) for eid in groups}
        main_group = min(groups, key=lambda g: (-mention_count[g], first[g]))
    if main_group is not None:
        for i in compress(range(len(words)), map(_DESCRIPTION_AT.__getitem__, word_keys)):
            ws, we, key, _b, kind = words[i]
            if kind != "word":
                continue
            s = _offset_in_word(text, ws, we, _DESCRIPTION_AT[key] - 1)
            if not _covered(taken, s, we):
                added.append(_Draft(s, we, text[s:we], "coref:description", [main_group],
                                    "ORG", main_group))
                taken.append((s, we))

    # descriptions: spokesmen
    all_drafts = drafts + added
    per_mentions = sorted((d for d in all_drafts if d.entity_id and etype.get(d.entity_id) == "PER"
                           and not d.rule.startswith("coref:")), key=lambda d: d.start)
    phrases: list[tuple[int, int, str | None]] = []  # start, end, org id (None = main group)
    for i in compress(range(len(words)), map(_SPOKESMAN_AT.__getitem__, word_keys)):
        ws, we, key, _b, kind = words[i]
        if kind != "word":
            continue
        s = _offset_in_word(text, ws, we, _SPOKESMAN_AT[key] - 1)
        e = we
        org: str | None = None
        if i + 1 < len(words) and not words[i + 1][3]:
            nk = words[i + 1][2]
            if nk in _BISMUH:
                e = words[i + 1][1]
                org = main_group
            elif nk in _BISM and i + 2 < len(words) and not words[i + 2][3]:
                if any(r[0] in PERSON_TITLES for r in readings(words[i + 2][2])):
                    continue  # «المتحدث باسم الرئيس الأفغاني أشرف غني»: the name is the president's
                e = words[i + 2][1]
                xs, xe = words[i + 2][0], words[i + 2][1]
                org = "?" + words[i + 2][2]  # not the main group: «باسم المقاومة»
                for d in all_drafts:
                    if d.start < xe and xs < d.end and d.entity_id and etype.get(d.entity_id) == "ORG":
                        org = d.entity_id
                        break
        phrases.append((s, e, org))
    spokesman: dict[str | None, str] = {}
    sent_bounds = [(x.start, x.end) for x in sentences]
    for s, e, org in phrases:
        for d in per_mentions:
            if d.start < e:
                continue
            if d.start - e > APPOSITIVE_GAP or not _same_sentence(sent_bounds, s, d.start):
                break
            spokesman.setdefault(org or main_group, d.entity_id)  # type: ignore[arg-type]
            break
    for eid in by_entity:
        ent = kb.get(eid) if eid else None
        if ent is not None and ent.type == "PER" and (ent.kind or "") in SPOKESMAN_KINDS:
            spokesman.setdefault(ent.parent if ent.parent in mention_count else main_group, eid)
    if spokesman:
        only = next(iter(spokesman.values())) if len(set(spokesman.values())) == 1 else None
        for s, e, org in phrases:
            who = spokesman.get(org or main_group) or only
            if who is None:
                continue
            if any(a <= s and e <= b for a, b in taken if (a, b) != (s, e) and b - a > e - s):
                continue
            added.append(_Draft(s, e, text[s:e], "coref:description", [who], "PER", who))
    return added


def _same_sentence(bounds: list[tuple[int, int]], a: int, b: int) -> bool:
    if not bounds:
        return True
    for s, e in bounds:
        if s <= a < e:
            return s <= b < e
    return True


# -- records ----------------------------------------------------------------------------------
def link_document(text: str, tokens: TokenList, sentences: Sequence[Any], matches: Sequence[Match],
                  spans: Iterable[Any], kb: Any, *, dateline: Any = None,
                  index: GazetteerIndex | None = None, tagger_ran: bool = False) -> list[EntityRecord]:
    """The entities of one document, ordered by first mention.

    Takes the text, its :class:`~marsad.text.tokenize.TokenList`, its sentences (objects with
    ``start``/``end``), the gazetteer matches, the tagger spans, the KB and optionally the
    dateline place span.  ``tagger_ran``: the spans come from a tagger that saw the whole
    text (so a generated place it left untagged lacks its support:
    :data:`SUPPORTED_PLACE_KINDS`).  Returns :class:`EntityRecord` values whose mention
    offsets are code-point indices into ``text``.
    """
    drafts = merge(text, tokens, matches, spans, kb)
    latin = _link(drafts, kb, dateline, _words(text, tokens), index.counts if index is not None else None,
                  index.phrases if index is not None else None, tagger_ran=tagger_ran)
    drafts = _restore_displaced(drafts)
    if index is not None:
        _quoted_media(text, drafts, kb, index.phrases)
    _cued_places(text, drafts, _words(text, tokens), kb, latin, index.counts if index is not None else None)
    _countryside_sides(text, drafts, _words(text, tokens), kb, latin)
    for d in drafts:
        if d.entity_id is None:  # ("" marks a dropped implausible place)
            d.entity_id = local_id(d.type or "MISC", d.text)
    words = _words(text, tokens)
    starts = [w[0] for w in words]
    drafts = [d for d in drafts if d.entity_id and name_keys(d.text) and not _nisba_place(d, words, starts)]
    _trim_titles(text, drafts, kb)
    _short_persons(drafts, kb)
    _group_names(text, _words(text, tokens), drafts, kb)
    drafts += _context_aliases(text, _words(text, tokens), drafts, kb, latin)
    drafts += _titled_surnames(text, words, drafts, kb)
    drafts += _coref(text, tokens, sentences, drafts, kb, index)
    grouped: dict[str, list[_Draft]] = {}
    for d in sorted(drafts, key=lambda d: (d.start, -d.end)):
        grouped.setdefault(d.entity_id, []).append(d)  # type: ignore[arg-type]
    records: list[EntityRecord] = []
    for eid, ds in grouped.items():
        mentions = tuple(Mention(d.start, d.end, d.text, d.rule) for d in ds)
        ent = None if eid.startswith("loc:") else (latin.get(eid) or kb.get(eid))
        if ent is not None:
            geo = geocode(ent) if ent.type == "LOC" else geocode(None)
            records.append(EntityRecord(
                id=ent.id, type=ent.type, name=ent.name, name_en=english_name(ent, ent.name),
                wikidata=ent.wikidata, lat=geo["lat"], lon=geo["lon"],
                country=geo["country"] if ent.type == "LOC" else ent.country,
                admin1=geo["admin1"], geo_precision=geo["geo_precision"], kind=ent.kind,
                mentions=mentions))
        else:
            typ = eid.split(":", 2)[1]
            full = [d for d in ds if not d.rule.startswith("coref:")] or ds
            name = max(full, key=lambda d: (len(d.text), -d.start)).text
            records.append(EntityRecord(
                id=eid, type=typ, name=name, name_en=english_name(None, name), wikidata=None,
                lat=None, lon=None, country=None, admin1=None, geo_precision=None, kind=None,
                mentions=mentions))
    return records


def records_to_dicts(records: Iterable[EntityRecord]) -> list[Mapping[str, Any]]:
    """The records as JSON-ready dicts."""
    return [r.to_dict() for r in records]
