"""Geocoding: each place entity to coordinates, country, admin1 and a precision, chosen in context.

A place name is often ambiguous (طرابلس is in Libya and in Lebanon; كرايستشيرش in New Zealand
and in England).  :func:`choose_place` scores each candidate KB place against the article's
:class:`PlaceContext` and keeps the best; :func:`geocode` reads the chosen entity's position.

Scoring (:func:`place_score`, higher is better; every term documented here)
-------------------------------------------------------------------------
* ``+3.0`` if the candidate's country is a country the article names (a country entity matched
  in the text, e.g. نيوزيلندا for كرايستشيرش, ليبيا for طرابلس), or the candidate *is* that country;
* ``+1.5`` if its country is the country of another unambiguous place of the article;
* ``+2.0`` if it lies within ``NEAR_KM`` km of another unambiguous town or region of the article
  (``points``: «أريحا» next to «محافظة إدلب» is Ariha in Idlib, not Jericho);
* ``+1.0`` if its country is the country of the dateline place (بيروت -> LB: weaker, the
  reporter's desk is not always where the story is);
* ``+0.5 * log10(population + 1)`` as a prior (a city of 1 M adds 3.0, a village of 500 adds 1.35);
  countries and regions without a population count as 5 M and 100 k;
* ``+1.0`` for curated entries (hand-checked conflict places);
* ``+0.5`` for a country (a country's name is usually meant as the country, not a homonymous town).

Before scoring, generated towns abroad of fewer than ``COUNTRY_HOMONYM_POP`` people that share a
candidate country's name are left out (:func:`choose_place`).

Ties keep the KB order.  ``geo_precision`` is the KB's, else derived from ``kind``: 3 for a
country, 2 for regions, districts, provinces, rivers and deserts, 1 for towns, villages, camps
and points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["PlaceContext", "place_score", "choose_place", "geocode", "precision_of", "plausible_place",
           "haversine_km"]

#: Arab League members (ISO alpha-2): the region Arabic news names small places of without context
ARAB_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
#: a generated (GeoNames) place this populous is plausible in any article
WORLD_CITY_POP = 500_000
#: a generated place in an Arab country needs this many people (unless the tagger also saw a place)
ARAB_TOWN_POP = 1_000

REGION_KINDS = frozenset({
    "region", "district", "province", "governorate", "admin1", "admin2", "state", "river",
    "desert", "area", "mountain", "mountains", "valley", "lake", "sea", "gulf", "island",
    "territory", "continent", "subregion",
})
COUNTRY_KINDS = frozenset({"country", "territory_country", "sovereign_state"})
#: a candidate this close (km) to another unambiguous place of the article is probably meant
NEAR_KM = 100.0
DEFAULT_COUNTRY_POP = 5_000_000
DEFAULT_REGION_POP = 100_000


@dataclass(frozen=True)
class PlaceContext:
    """What an article says about where it is: ``named`` countries (ISO alpha-2 codes of the
    country entities it mentions), the countries of its unambiguous ``places`` and the
    ``dateline`` country."""

    named: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    dateline: str | None = None
    #: (lat, lon) of the article's unambiguous towns and regions (not countries)
    points: tuple[tuple[float, float], ...] = ()


def plausible_place(entity: Any, ctx: PlaceContext, *, tagger_support: bool = False) -> bool:
    """Whether a gazetteer match of a place is plausible in an article with context ``ctx``.

    GeoNames carries Arabic aliases that are ordinary words (Entebbe «انتبه», an Iranian village
    «مسجدين»), so a generated place that is not a country must earn its match: its country is
    named in the article or is the dateline's, or it is a city of >= ``WORLD_CITY_POP``, or the
    tagger also tagged a place there (``tagger_support``), or it lies in an Arab country and has
    >= ``ARAB_TOWN_POP`` people.  Curated places and countries are always plausible.
    """
    if entity.curated or (entity.kind or "") in COUNTRY_KINDS or precision_of(entity) >= 2:
        return True
    country = entity.country
    if country in ctx.named or (country and country == ctx.dateline):
        return True
    population = entity.population or 0
    if population >= WORLD_CITY_POP or tagger_support:
        return True
    return country in ARAB_COUNTRIES and population >= ARAB_TOWN_POP


def precision_of(entity: Any) -> int:
    """The geo precision of a KB entity: its own ``geo_precision``, else 3 for a country,
    2 for a region-like kind, 1 otherwise."""
    if entity.geo_precision:
        return int(entity.geo_precision)
    kind = (entity.kind or "").lower()
    if kind in COUNTRY_KINDS:
        return 3
    if kind in REGION_KINDS:
        return 2
    return 1


def _population(entity: Any) -> int:
    if entity.population:
        return int(entity.population)
    p = precision_of(entity)
    if p == 3:
        return DEFAULT_COUNTRY_POP
    if p == 2:
        return DEFAULT_REGION_POP
    return 0


def place_score(entity: Any, ctx: PlaceContext) -> float:
    """The context score of one candidate place (see the module docstring for the terms)."""
    score = 0.5 * math.log10(_population(entity) + 1)
    country = entity.country
    if country:
        if country in ctx.named:
            score += 3.0
        if country in ctx.places:
            score += 1.5
        if country == ctx.dateline:
            score += 1.0
    if ctx.points and entity.lat is not None and precision_of(entity) < 3 and any(
            haversine_km(entity.lat, entity.lon, lat, lon) <= NEAR_KM for lat, lon in ctx.points):
        score += 2.0
    if entity.curated:
        score += 1.0
    if precision_of(entity) == 3:
        score += 0.5
    return score


#: a generated town abroad with fewer people than this never takes a country's own name from it
#: (Columbia, South Carolina, has 142k)
COUNTRY_HOMONYM_POP = WORLD_CITY_POP


def _country_homonyms(candidates: Sequence[Any]) -> Sequence[Any]:
    """``candidates`` without the generated (GeoNames) towns of fewer than
    :data:`COUNTRY_HOMONYM_POP` people that only share a candidate country's name from another
    country: «كولومبيا» is Colombia, not Columbia (South Carolina), «جبل طارق» Gibraltar, not
    the Michigan village, even in an article naming the United States, whose +3 would otherwise
    outweigh the country's prior.  Cities of a world city's size (Benin City for «بنين») stay in
    the contest; smaller ones do not, so «بولونيا» (also Bologna, 394k) is Poland even where
    Italy is named."""
    countries = {c.country for c in candidates if (c.kind or "") in COUNTRY_KINDS}
    if not countries:
        return candidates
    kept = [c for c in candidates if (c.kind or "") in COUNTRY_KINDS or c.curated or c.country in countries
            or precision_of(c) >= 2 or (c.population or 0) >= COUNTRY_HOMONYM_POP]
    return kept or candidates


def choose_place(candidates: Sequence[Any], ctx: PlaceContext) -> Any:
    """The best-scoring candidate place (first one on ties); ``candidates`` must not be empty.
    A small town abroad that is a country's homonym is no candidate (:func:`_country_homonyms`)."""
    candidates = _country_homonyms(candidates)
    best = candidates[0]
    best_score = place_score(best, ctx)
    for cand in candidates[1:]:
        s = place_score(cand, ctx)
        if s > best_score:
            best, best_score = cand, s
    return best


def geocode(entity: Any) -> dict[str, Any]:
    """``{lat, lon, country, admin1, geo_precision}`` of a KB place (values ``None`` when unknown)."""
    if entity is None:
        return {"lat": None, "lon": None, "country": None, "admin1": None, "geo_precision": None}
    has_pos = entity.lat is not None and entity.lon is not None
    return {
        "lat": entity.lat,
        "lon": entity.lon,
        "country": entity.country,
        "admin1": entity.admin1,
        "geo_precision": precision_of(entity) if has_pos or entity.type == "LOC" else None,
    }


def countries_of(entities: Iterable[Any]) -> frozenset[str]:
    """The set of countries of the given entities (``None`` skipped)."""
    return frozenset(e.country for e in entities if e is not None and e.country)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
