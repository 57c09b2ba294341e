"""Where an event happened: the geocoded place attached to its trigger, with ACLED-style fields.

:func:`find_location` scores the place mentions (entity type ``LOC`` with coordinates) of the
trigger's sentence: a mention governed by a locative word of ``context.json`` (في، ب، على، قرب،
شمال ...) or by a proclitic ب/ل gets +2, one after the trigger +0.5, finer places more
(``geo_precision`` 1: +1, 2: +0.5, 3: 0), minus 0.3 per word of distance (nearness matters most:
a sentence often names two places); a country used as an actor is not a place, nor is a place
after a partner / leader word of ``location.partner_preps`` («الحدود مع إيران», «بقيادة الولايات
المتحدة», «التحالف الذي تقوده ...») or with a dative «لـ» («الموالي لروسيا»), and one after «من / إلى»
loses 2.  A sentence that places the event «في شرق البلاد» with no place name is in the country the
article is about (``location.the_country``).  With no place in
the sentence, the finest locative place («في X», «بـX») of the two sentences before is taken (rule
``location.previous_sentence``; one in the country of the state forces that acted, when they are
known: the Turkish police's arrests are not in Washington), then the country of the state forces that acted
(``location.actor_country``: «السلطات السودانية» -> Sudan), then the dateline place (``location.dateline``) when its country
is the country of another place of the article (a wire desk in Beirut is not where a Syrian
battle happens), then the country the article is most about when that is not its first place's (places and
nisba adjectives counted: ``location.document_country``), then the article's first place
(``location.document``).
``admin1`` is the English name of the nearest first-level region of the KB (governorates,
provinces) in the same country, within 250 km (``admin1_rule`` says so); the country name comes
from the KB's country record.  Offsets are code-point indices into ``Document.text``.
"""

from __future__ import annotations

import re

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..entities.gazetteer import BEARINGS, PLACE_CUES
from ..entities.geocode import haversine_km
from .lexicon import EventLexicon
from .view import Mention, View

__all__ = ["find_location", "coordinated_places", "location_dict", "admin1_name", "country_name", "haversine_km"]

ADMIN1_KINDS = frozenset({"governorate", "province"})
ADMIN1_MAX_KM = 250.0


@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, list[tuple[float, float, str]]], dict[str, str], dict[str, Any]]:
    """From one pass over the KB: first-level regions by country ``(lat, lon, English name)``,
    countries' English names by code, and countries' KB records (with a position) by code."""
    from ..entities.kb import load_kb

    regions: dict[str, list[tuple[float, float, str]]] = {}
    countries: dict[str, str] = {}
    records: dict[str, Any] = {}
    for ent in load_kb():
        if ent.type != "LOC" or not ent.country:
            continue
        if ent.kind == "country":
            if ent.name_en and ent.country not in countries:
                countries[ent.country] = ent.name_en
            if ent.lat is not None:
                records.setdefault(ent.country, ent)
        elif ent.kind in ADMIN1_KINDS and ent.lat is not None and ent.name_en:
            name = ent.name_en
            for suffix in (" Governorate", " Province", " Region"):
                name = name.removesuffix(suffix)
            regions.setdefault(ent.country, []).append((ent.lat, ent.lon, name))
    return regions, countries, records


def admin1_name(country: str | None, lat: float | None, lon: float | None) -> str | None:
    """English name of the first-level region nearest to ``(lat, lon)`` in ``country`` (or None)."""
    if not country or lat is None or lon is None:
        return None
    best = None
    for rlat, rlon, name in _regions()[0].get(country, ()):
        d = haversine_km(lat, lon, rlat, rlon)
        if d <= ADMIN1_MAX_KM and (best is None or d < best[0]):
            best = (d, name)
    return best[1] if best else None


def country_name(code: str | None) -> str | None:
    """The English name of an ISO 3166 alpha-2 country code, from the KB."""
    return _regions()[1].get(code or "") if code else None


def country_location(code: str, rule: str) -> dict[str, Any] | None:
    """The ``location`` of a whole country (ISO alpha-2), from its KB record, with no text span
    (``location.actor_country``: the country of the state forces that acted, when the report
    names no place; ``location.document_country``: the country the article is about)."""
    ent = _regions()[2].get(code)
    if ent is None:
        return None
    return {"entity": ent.id, "name": ent.name, "name_en": ent.name_en, "lat": ent.lat, "lon": ent.lon,
            "country": code, "country_name": country_name(code), "admin1": None, "geo_precision": 3,
            "start": None, "end": None, "text": None, "rule": rule}


def location_dict(m: Mention, rule: str) -> dict[str, Any]:
    """The event ``location`` object of a place mention."""
    r = m.record
    kind = r.get("kind")
    admin1 = None
    if kind in ADMIN1_KINDS:
        admin1 = admin1_name(r.get("country"), r.get("lat"), r.get("lon"))
    elif kind != "country" and (r.get("geo_precision") or 3) < 3:
        admin1 = admin1_name(r.get("country"), r.get("lat"), r.get("lon"))
    return {
        "entity": r.get("id"), "name": r.get("name") or m.text, "name_en": r.get("name_en") or r.get("name"),
        "lat": r.get("lat"), "lon": r.get("lon"), "country": r.get("country"),
        "country_name": country_name(r.get("country")), "admin1": admin1,
        "geo_precision": r.get("geo_precision"), "start": m.start, "end": m.end, "text": m.text, "rule": rule,
    }


#: words before a place name that make it the name of a street or square («شارع أسيوط» in Arish)
#: or of an outlet:
#: normalized stems
STREET_WORDS = frozenset({"شارع", "ميدان", "جسر", "كوبري", "دوار", "ساحه",
                          # ... or of an outlet («شبكة شام», «قناة الجزيرة», «صحيفة الرياض», «إذاعة دمشق»)
                          "شبكه", "وكاله", "قناه", "صحيفه", "جريده", "مجله", "اذاعه", "تلفزيون", "راديو"})


#: common nouns that the gazetteer may read as a namesake town («البلاد»: the country, not Al Bilad)
COMMON_NOUNS = frozenset({"بلاد", "البلاد", "المدينه", "مدينه", "العاصمه", "الجبهه"})


def _places(view: View, lo: int, hi: int) -> list[Mention]:
    """Geocoded places on words ``[lo, hi)``, without rivers, seas, continents, street names and
    outlets («لـ«الشرق الأوسط»»)."""
    return [m for m in view.mentions if lo <= m.w0 and m.w1 <= hi and m.record.get("type") == "LOC"
            and m.record.get("lat") is not None and m.record.get("kind") not in ("river", "sea", "continent")
            and not (m.w0 > 0 and view.stems[m.w0 - 1] in STREET_WORDS) and not outlet_named(view, m)
            and not (m.w1 - m.w0 == 1 and view.stems[m.w0] in COMMON_NOUNS)
            and not _academic_post(view, m, lo)]


def _academic_post(view: View, m: Mention, lo: int) -> bool:
    """Place ``m`` names the university of someone's post («أستاذ العلوم السياسية بجامعة تعز»,
    «الباحث في جامعة بغداد»): where the speaker works, not where an event was."""
    return m.w0 - 1 >= lo and view.stems[m.w0 - 1] == "جامعه" and any(
        view.stems[k] in _ACADEMIC_TITLES for k in range(max(lo, m.w0 - 6), m.w0 - 1))


#: stems of academic posts before «بجامعة X»
_ACADEMIC_TITLES = frozenset({"استاذ", "استاذه", "دكتور", "محاضر", "باحث", "باحثه", "عميد", "رئيس", "مدير"})


def _proclitics(view: View, m: Mention) -> str:
    """The proclitics of place ``m``'s word that its span leaves out («وب» of «وبالموصل»); none when
    the span starts with the word («ليجي» is Lice, not لـ + «يجي», whatever the segmenter says)."""
    own = view.words[m.w0]
    if m.start <= own.start:
        return ""
    return "".join(own.procs) + view.text[own.start:m.start]


def _governed(view: View, m: Mention, lo: int, lex: EventLexicon) -> bool:
    procs = _proclitics(view, m)
    if "ب" in procs:
        return True
    if "ل" in procs:  # «لبغداد» after a verb of motion is a destination; «الموالي لروسيا» is not a place
        j = m.w0 - 1
        return j >= lo and view.words[j].kind == "word" and view.stems[j] in _LAM_LOCATIVE
    j = m.w0 - 1
    while j >= lo and view.words[j].kind in ("punct", "symbol") and view.words[j].stem in "«»\"“”'(":
        j -= 1
    if j < lo:
        return False
    preps = lex.sets["location.preps"]
    return bool(preps.match_at(view.stems, j) or (j - 1 >= lo and preps.match_at(view.stems, j - 1)))


#: words after which a proclitic «لـ» on a place is locative («التابعة لمحافظة» is not)
_LAM_LOCATIVE = frozenset({"وصل", "وصلت", "وصول", "دخول", "عوده", "عاد", "عادت", "توجه", "توجهت", "زياره", "زار"})


def _dative(view: View, m: Mention, lo: int, lex: EventLexicon) -> bool:
    """A place with a proclitic «لـ» that no motion word governs («الموالي لروسيا», «التابعة
    لسوريا»): the object of a relation, not where the event happened."""
    procs = _proclitics(view, m)
    return "ل" in procs and "ب" not in procs and not _governed(view, m, lo, lex)


def outlet_named(view: View, m: Mention) -> bool:
    """Place mention ``m`` is a quoted name after a bare «لـ» («قال ... ل"الرياض"»): an outlet."""
    return _QUOTED_DATIVE.search(view.text, max(0, m.start - 5), m.start) is not None


#: a bare «لـ» and an opening quote right before a name: «ل"الرياض"», «لـ«الرياض»» (an outlet)
_QUOTED_DATIVE = re.compile(r'(?:^|[\s(])لـ?\s*["«“]\s*$')


def _speaking(view: View, m: Mention, lo: int, lex: EventLexicon) -> bool:
    """A place right after a reporting or reaction verb («كما أعلنت كييف», «ونددت باريس»): the
    government it stands for speaks; it is not where the event happened."""
    own = view.words[m.w0]
    j = m.w0 - 1
    if own.procs or view.text[own.start:m.start] or j < lo:
        return False
    return bool(lex.sets["background.report_verbs"].match_at(view.stems, j)
                or lex.sets["actors.reaction_verbs"].match_at(view.stems, j))


def _the_country(view: View, lo: int, hi: int, lex: EventLexicon) -> bool:
    """The sentence places something in «البلاد» (the country the article is about) after a
    locative word («في شرق البلاد», «جنوب البلاد»)."""
    preps = lex.sets["location.preps"]
    for k in range(lo + 1, hi):
        if view.stems[k] == "بلاد" and view.words[k].article and not view.words[k].procs and (
                preps.match_at(view.stems, k - 1) or (k - 2 >= lo and preps.match_at(view.stems, k - 2))
                or any(view.stems[j] == "انحاء" for j in range(max(lo, k - 4), k))):
            return True
    return False


def _away(view: View, m: Mention, lo: int, lex: EventLexicon) -> bool:
    """A place that is a starting point, a partner or a border («من تركيا», «مع إيران», «الحدود مع
    إيران», «ضد سوريا»): a preposition of ``location.not_preps`` right before it, not a locative one."""
    own = view.words[m.w0]
    if m.start > own.start or any(p in ("ب", "ل") for p in own.procs):
        return False
    j = m.w0 - 1
    if j - 1 >= lo and view.stems[j] in PLACE_CUES:
        j -= 1  # «قادمة من مدينة المكلا»
    if j - 1 >= lo and (view.stems[j - 1] in _PART_OR_NEAR or view.stems[j - 1] in _ADDITIVE):
        return False  # «بالقرب من مدينة الرمادي», «المناطق الجنوبية من السعودية»: a locative
    return j >= lo and lex.sets["location.not_preps"].match_at(view.stems, j)


#: words that make the «من» after them locative, near or partitive (normalized stems)
_PART_OR_NEAR = frozenset({
    "قرب", "بالقرب", "مقربه", "مسافه", "بعد", "كيلومترات", "كلم", "اجزاء", "جزء", "مناطق", "منطقه",
    "انحاء", "اطراف", "وسط", "قلب", "ضواحي", "محيط", "عدد", "عديد", "كثير", "شمالي", "جنوبي",
    "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه", "غربيه"})


#: distance units before a landmark place (normalized stems)
_DISTANCE_UNITS = frozenset({"كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "ميل", "ميلا", "اميال"})
#: the km beyond which a landmark cannot stand for the event's place (the evaluation's 25 km)
FAR_KM = 25


def _far_reference(view: View, m: Mention, lo: int) -> bool:
    """A place measured from, more than :data:`FAR_KM` km away («على مسافة مائة كلم جنوب كابول»,
    «70 كيلومترا شمال بغداد»): a number and a distance unit stand at most 3 words before it."""
    for u in range(m.w0 - 1, max(lo, m.w0 - 4) - 1, -1):
        if view.stems[u] in _DISTANCE_UNITS:
            for n in view.numbers:
                if n.w1 == u and isinstance(n.span.get("value"), (int, float)):
                    value = n.span["value"] * (1.6 if view.stems[u] in ("ميل", "ميلا", "اميال") else 1)
                    return value > FAR_KM
            return False
    return False


def _partner(view: View, m: Mention, lo: int, lex: EventLexicon) -> bool:
    """A place after «مع», «ضد», «عن» («الحدود مع إيران», «الحرب ضد سوريا»): never the event's place."""
    own = view.words[m.w0]
    if m.start > own.start or own.procs:
        return False
    j = m.w0 - 1
    if j - 1 >= lo and view.stems[j - 1] in _ADDITIVE:
        return False  # «فضلًا عن تعز»: «as well as», not a partner
    return j >= lo and lex.sets["location.partner_preps"].match_at(view.stems, j)


#: words that make the «عن» after them additive («فضلا عن», «علاوة على»): normalized stems
_ADDITIVE = frozenset({"فضلا", "علاوه", "ناهيك"})


def _genitive(view: View, m: Mention, lo: int, t0: int, t1: int) -> bool:
    """A country completing the noun before it («مجلس علماء باكستان», «سفير باكستان»): a bare word
    that is not the trigger stands right before it, so the country names whose body or person it
    is, not where the event happened."""
    own = view.words[m.w0]
    j = m.w0 - 1
    if m.start > own.start or own.procs or j < lo or t0 <= j < t1:
        return False
    w = view.words[j]
    return w.kind == "word" and not w.procs and not w.article and not view.stems[j].isdigit()


#: what a place after «من / إلى / مع» loses: a starting point, a destination or a partner
AWAY_PENALTY = 3.5

#: sentences before / after the event's sentence searched for a finer place than a country
FINER_BEFORE, FINER_AFTER = 2, 1


def _finer(view: View, country: Mention, sent: tuple[int, int, int, int],
           lex: EventLexicon) -> tuple[Mention, str] | None:
    """A finer place (town, district, region) in the country ``country`` names, for an event the
    sentence places only in the country («... في الكاميرون»): ACLED codes the most precise place
    the report gives.  The nearest locative one («في X», «بـX») of the sentences around the event's
    (``location.finer_nearby``), else the only finer place of that country the whole article names
    that way (``location.finer_document``).  ``None`` when there is none or the article names several."""
    code = country.record.get("country")
    if not code or country.record.get("kind") != "country":
        return None
    k = view.sentences.index(sent) if sent in view.sentences else -1
    if k < 0:
        return None

    def finer_in(s: tuple[int, int, int, int]) -> list[Mention]:
        return [m for m in _places(view, s[0], s[1]) if m.record.get("country") == code
                and (m.record.get("geo_precision") or 3) < 3 and _governed(view, m, s[0], lex)
                and not _partner(view, m, s[0], lex) and not _away(view, m, s[0], lex)]

    order = [k] + [j for d in range(1, FINER_BEFORE + 1) for j in (k - d, k + d)
                   if 0 <= j < len(view.sentences) and (j < k or d <= FINER_AFTER)]
    for j in order:
        cands = finer_in(view.sentences[j])
        if cands:
            m = min(cands, key=lambda m: (m.record.get("geo_precision") or 3, abs(m.w0 - country.w0)))
            return m, "location.finer_nearby"
    everywhere = {m.record.get("id"): m for s in view.sentences for m in finer_in(s)}
    if len(everywhere) == 1:
        return next(iter(everywhere.values())), "location.finer_document"
    return None


def find_location(view: View, t0: int, t1: int, sent: tuple[int, int, int, int], lex: EventLexicon,
                  *, exclude: set[tuple[int, int]] = frozenset(), dateline: Mention | None = None,
                  previous: list[tuple[int, int, int, int]] = (),
                  first_place: Mention | None = None,
                  actor_countries: tuple[str, ...] = (),
                  document_country: str | None = None,
                  main_country: str | None = None,
                  other_triggers: tuple[int, ...] = (),
                  not_before: int | None = None,
                  recalled_before: tuple[int, ...] = ()) -> dict[str, Any] | None:
    """The ``location`` of the trigger on words ``[t0, t1)`` of sentence ``sent`` (or ``None``).

    ``other_triggers``: first words of the sentence's other events; a place with one of them
    between it and the trigger is that event's («قصفت مواقع لداعش ... ونفذت الشرطة مداهمات في
    اسطنبول»: Istanbul is the raids' place, not the air strikes').  ``not_before``: a word index
    before which the sentence's places are another event's (a recall word before the trigger).
    ``recalled_before``: first words of recalled events before the trigger («بعد يومين على الهجوم
    الذي أوقع 32 قتيلا في سروج تبنت الحركة قتل شرطيين»): a place after one of them is that event's."""
    lo, hi = sent[0], sent[1]
    town = _town_anaphor(view, t1, lo, hi)
    if town is not None:  # «وهاجمت طائرة حربية مواقع ... جنوبي البلدة»: the town named «بلدة أجدابيا»
        return location_dict(town, "location.town_anaphor")
    area = _area_anaphor(view, t1, lo, hi)
    if area is not None:  # «ويقصف اللواء المتمركز في تلك المنطقة»: the place last named
        return location_dict(area, "location.area_anaphor")
    best = None
    places = list(_places(view, lo, hi))
    for m in places:
        if _qualifier(view, m, places) or _bearing_from(view, m, places):
            continue  # «في أطراف مدينة اعزاز بريف حلب الشمالي»: Aleppo's countryside says where Azaz is
        if (m.w0, m.w1) in exclude or _partner(view, m, lo, lex) or _dative(view, m, lo, lex) \
                or _speaking(view, m, lo, lex) or _behind_other(m, t0, t1, other_triggers) \
                or (not_before is not None and m.w1 <= not_before) \
                or any(w < m.w0 and m.w1 <= t0 for w in recalled_before):
            continue
        prec = m.record.get("geo_precision") or 3
        score = {1: 1.0, 2: 0.5}.get(prec, 0.0)
        if _far_reference(view, m, lo):
            score -= 2.5  # «على مسافة مائة كلم جنوب كابول»: a landmark far from the event
        elif _away(view, m, lo, lex):
            score -= AWAY_PENALTY
        elif _governed(view, m, lo, lex):
            score += 2.0
        elif prec == 3 and _genitive(view, m, lo, t0, t1):
            score -= 1.5
        if m.w0 >= t1:
            score += 0.5
            dist = m.w0 - t1
        else:  # a place before «حيث» is as near as can be: «فضلًا عن تعز (جنوب غرب)، حيث قتل 47 متمردًا»
            dist = 0 if _where_clause(view, m, t0) else t0 - m.w1
        score -= 0.3 * dist
        if best is None or score > best[0]:
            best = (score, m)
    terr = _territory(view, lo, hi, t0, lex)
    if terr is not None and (best is None or ((best[1].record.get("geo_precision") or 3) == 3
                                              and not _governed(view, best[1], lo, lex))):
        m = _previous_place(view, previous, actor_countries, lex) if best is None else None
        if m is None or m.record.get("country") != terr[0]:
            loc = country_location(terr[0], "location.territory")
            if loc is not None:
                a, b = view.words[terr[1]].start, view.words[terr[1] + 1].end
                return {**loc, "start": a, "end": b, "text": view.text[a:b]}
    if best is not None and (best[1].record.get("geo_precision") or 3) == 3 and previous \
            and not _governed(view, best[1], lo, lex) and _previous_place(view, previous, actor_countries, lex):
        # «نفذت الجمعة لمؤازرة مجموعة مقاتلين دربتهم الولايات المتحدة»: a bare country that is no
        # locative is an actor, not the place, when the sentences before place the story
        best = None
    if best is not None:
        finer = _finer(view, best[1], sent, lex) if (best[1].record.get("geo_precision") or 3) == 3 else None
        if finer is not None:
            return location_dict(finer[0], finer[1])
        return location_dict(best[1], "location.sentence")
    country = document_country or main_country
    if country is not None and _the_country(view, lo, hi, lex):  # «في شرق البلاد», «في أنحاء البلاد»
        loc = country_location(country, "location.the_country")
        if loc is not None:
            return loc
    m = _previous_place(view, previous, actor_countries, lex)
    if m is not None:
        return location_dict(m, "location.previous_sentence")
    for code in actor_countries:
        loc = country_location(code, "location.actor_country")
        if loc is not None:
            return loc
    if dateline is not None:
        return location_dict(dateline, "location.dateline")
    if document_country is not None:
        loc = country_location(document_country, "location.document_country")
        if loc is not None:
            return loc
    if first_place is not None:
        return location_dict(first_place, "location.document")
    return None


def _territory(view: View, lo: int, hi: int, t0: int, lex: EventLexicon) -> tuple[str, int] | None:
    """A country named by a land word and its adjective after a locative word («في الأراضي
    السورية», «داخل الأراضي العراقية», «بالأراضي اليمنية», «في الأجواء السورية»): ``(country
    code, index of the land word)``, the one nearest the trigger at word ``t0``; ``None`` if none."""
    nouns, preps = lex.sets["location.territory_nouns"], lex.sets["location.preps"]
    found = []
    for k in range(lo, hi - 1):
        if not nouns.match_at(view.stems, k) or not ("ب" in view.words[k].procs or (
                k - 1 >= lo and preps.match_at(view.stems, k - 1))):
            continue
        code = lex.nisba_code(view.stems[k + 1])
        if code is not None and view.words[k + 1].article == view.words[k].article:
            found.append((abs(k - t0), code, k))
    return min(found)[1:] if found else None


def _qualifier(view: View, m: Mention, places: list[Mention]) -> bool:
    """Region or country ``m`` follows a finer place of the same country within three words, with no
    comma or clause break between, and lies within 100 km of it («اعزاز بريف حلب», «الحوطة في محافظة
    لحج»): it only says where that place is."""
    prec = m.record.get("geo_precision") or 3
    r = m.record
    for f in places:
        fr = f.record
        if (fr.get("geo_precision") or 3) >= prec or not (f.w1 <= m.w0 <= f.w1 + 3) \
                or fr.get("country") != r.get("country") or None in (fr.get("lat"), r.get("lat")):
            continue
        if any(view.is_clause_break(k) for k in range(f.w1, m.w0)):  # (commas included)
            continue
        if haversine_km(fr["lat"], fr["lon"], r["lat"], r["lon"]) <= 100:
            return True
    return False


#: town nouns that, with the article, point back to the town last named after them («في بلدة
#: أجدابيا ... جنوبي البلدة»): normalized stems
_TOWN_NOUNS = frozenset({"بلده", "قريه", "مدينه"})
#: words after the trigger within which such a noun is where the event was
TOWN_ANAPHOR_REACH = 12


def _town_anaphor(view: View, t1: int, lo: int, hi: int) -> Mention | None:
    """The town a definite town noun right after the trigger points back to: «البلدة» within
    :data:`TOWN_ANAPHOR_REACH` words after it in its clause, governed by a preposition or a direction word, and
    the last place mention before it in the article that follows the same noun without the
    article («بلدة أجدابيا»), a town (geo precision 1)."""
    for k in range(t1, min(hi, t1 + TOWN_ANAPHOR_REACH)):
        if view.is_clause_break(k):
            return None
        w = view.words[k]
        if view.stems[k] in _TOWN_NOUNS and w.article and not (k + 1 < hi and view.words[k + 1].kind == "word"
                                                               and view.words[k + 1].article):
            before = view.stems[k - 1] if k - 1 >= lo else ""
            if not (w.procs or before in BEARINGS or before in ("في", "داخل", "قرب", "اطراف", "محيط", "وسط")):
                return None
            named = [m for m in view.mentions if m.w1 <= k and m.w0 >= 1 and view.stems[m.w0 - 1] == view.stems[k]
                     and not view.words[m.w0 - 1].article and m.record.get("type") == "LOC"]
            if named and (named[-1].record.get("geo_precision") or 3) == 1:
                return named[-1]
            return None
    return None


#: demonstratives before «المنطقة» («في تلك المنطقة») and after it («في المنطقة نفسها»)
_DEMONSTRATIVES_BEFORE = frozenset({"تلك", "هذه"})
_DEMONSTRATIVES_AFTER = frozenset({"ذاتها", "نفسها"})
_LOCATIVES = frozenset({"في", "داخل", "قرب"})


def _area_anaphor(view: View, t1: int, lo: int, hi: int) -> Mention | None:
    """The place «المنطقة» with a demonstrative points back to, within :data:`TOWN_ANAPHOR_REACH`
    words after the trigger in its clause, after a locative («في تلك المنطقة», «بهذه المنطقة»,
    «في المنطقة نفسها»): the last place mention before it in the article, finer than a country."""
    for k in range(t1, min(hi, t1 + TOWN_ANAPHOR_REACH)):
        if view.is_clause_break(k):
            return None
        if view.stems[k] != "منطقه" or not view.words[k].article:
            continue
        before = view.stems[k - 1] if k - 1 >= lo else ""
        after = view.stems[k + 1] if k + 1 < len(view.stems) else ""
        pointed = (before in _DEMONSTRATIVES_BEFORE and ("ب" in view.words[k - 1].procs
                                                       or (k - 2 >= lo and view.stems[k - 2] in _LOCATIVES))) \
            or (after in _DEMONSTRATIVES_AFTER and ("ب" in view.words[k].procs or before in _LOCATIVES))
        if not pointed:
            return None
        named = [m for m in view.mentions if m.w1 <= k and m.record.get("type") == "LOC"
                 and (m.record.get("geo_precision") or 3) < 3 and m.record.get("lat") is not None]
        return named[-1] if named else None
    return None




def _bearing_from(view: View, m: Mention, places: list[Mention]) -> bool:
    """Place ``m`` follows a direction word that follows another place right away («في بولي علم
    عاصمة ولاية لوجار جنوب كابول»): it is the point the other place is measured from, not where
    the event was."""
    j = m.w0 - 1
    if j < 1 or view.stems[j] not in BEARINGS or view.words[j].procs:
        return False
    # («وفي محافظة الضالع، شمال عدن»: a comma between the place and its bearing)
    ends = {j, j - 1} if view.words[j - 1].kind == "punct" and view.words[j - 1].stem in ("،", ",") else {j}
    return any(f.w1 in ends and f is not m for f in places)


def _where_clause(view: View, m: Mention, t0: int) -> bool:
    """Place ``m`` stands right before «حيث» (at most six tokens between: a parenthesis, a comma)
    and the trigger at ``t0`` is in the clause «حيث» opens: the clause tells what happened there."""
    k = next((j for j in range(m.w1, min(t0, m.w1 + 7)) if view.stems[j] == "حيث"), None)
    return k is not None and t0 - k <= 12


def _behind_other(m: Mention, t0: int, t1: int, other_triggers: tuple[int, ...]) -> bool:
    """Another event's trigger lies between place ``m`` and the trigger on words ``[t0, t1)``."""
    a, b = (t1, m.w0) if m.w0 >= t1 else (m.w1, t0)
    return any(a <= w < b for w in other_triggers)


def _previous_place(view: View, previous: list[tuple[int, int, int, int]], actor_countries: tuple[str, ...],
                    lex: EventLexicon) -> Mention | None:
    """The finest locative place of the nearest of the ``previous`` sentences that has one (in the
    country of the acting state forces when they are known)."""
    for sent_prev in reversed(previous):
        cands = [m for m in _places(view, sent_prev[0], sent_prev[1]) if _governed(view, m, sent_prev[0], lex)
                 and (not actor_countries or m.record.get("country") in actor_countries)]
        if cands:
            return min(cands, key=lambda m: (m.record.get("geo_precision") or 3, not _inside_other(m, cands), -m.w0))
    return None


def _inside_other(m: Mention, cands: list[Mention]) -> bool:
    """Place ``m`` lies within 50 km of a more populous place of ``cands`` («حي سلطان بيلي ... في
    اسطنبول»): it is the finer place of the two."""
    from ..entities.kb import load_kb

    kb = load_kb()

    def people(x: Mention) -> int:
        ent = kb.get(x.record.get("id") or "")
        return (ent.population or 0) if ent is not None else 0

    r = m.record
    return any(o is not m and people(o) > people(m)
               and o.record.get("lat") is not None and r.get("lat") is not None
               and haversine_km(r["lat"], r["lon"], o.record["lat"], o.record["lon"]) <= 50 for o in cands)


#: place cue words that may stand between «و» and the next place of a list («وصنعاء ومدينة مأرب»)
_LIST_CUES = frozenset({"مدينه", "محافظه", "بلده", "قريه", "منطقه", "مديريه", "ولايه", "اقليم", "حي", "مخيم"})


def coordinated_places(view: View, chosen: dict[str, Any], lo: int, hi: int) -> list[Mention]:
    """The other places of a list the event's place heads («غارات على صنعاء ومأرب», «في حلب،
    وإدلب، وحماة»): each further place joined by «و» (or «،» and «و»), optionally through a
    place cue word («ومدينة مأرب»), in text order.  ACLED codes one event per place, so the
    caller copies the event for each (rule ``location.coordinated``).  Whole countries and
    places of another country are not list members here."""
    if chosen.get("start") is None:
        return []
    by_start = {m.w0: m for m in view.mentions if m.record.get("type") == "LOC" and m.record.get("lat") is not None}
    first = next((m for m in by_start.values() if m.start == chosen["start"]), None)
    if first is None or (first.record.get("geo_precision") or 3) == 3:
        return []
    out: list[Mention] = []
    seen = {first.record.get("id")}
    k = first.w1
    while k < hi:
        if view.words[k].kind == "punct" and view.words[k].stem in ("،", ","):
            k += 1
            if k >= hi:
                break
        w = view.words[k]
        if "و" not in w.procs:
            break
        j = k + 1 if w.stem in _LIST_CUES and k + 1 < hi else k
        m = by_start.get(j) or (by_start.get(k) if j != k else None)
        if m is None or m.w0 < k:
            break
        rec = m.record
        if (rec.get("geo_precision") or 3) == 3 or rec.get("country") != first.record.get("country"):
            break
        if rec.get("id") not in seen:
            seen.add(rec.get("id"))
            out.append(m)
        k = m.w1
    return out
