"""The two seed articles with the shipped knowledge base and tagger: one entity per real-world
thing across spellings and inflections, the same ids across articles, places geocoded."""

import math

import pytest

import marsad


@pytest.fixture(scope="module")
def seeds(seed_records):
    return {r["id"]: marsad.analyze(r).to_dict() for r in seed_records}


def _holding(doc, surface):
    """The entities having a mention whose text is ``surface``."""
    return {e["id"] for e in doc["entities"] for m in e["mentions"] if m["text"] == surface}


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("doc_id, spellings", [
    ("000", ["الدولة الاسلامية", "تنظيم الدولة الإسلامية"]),                   # ISIS
    ("004", ["داعش", "الدواعش"]),
    ("000", ["قوات سوريا الديمقراطية", "قوات سوريا الديموقراطية"]),           # SDF
    ("004", ["قسد", "قوات سوريا الديمقراطية"]),
    ("000", ["أبو الحسن المهاجر", "أبي الحسن المهاجر", "المهاجر"]),          # the spokesman
    ("000", ["نيوزلندا", "نيوزيلندا"]),                                       # New Zealand
])
def test_one_entity_across_spellings_within_an_article(seeds, doc_id, spellings):
    ids = [_holding(seeds[doc_id], s) for s in spellings]
    assert all(len(i) == 1 for i in ids), ids
    assert len(set.union(*ids)) == 1, ids


@pytest.mark.parametrize("surface_000, surface_004", [
    ("الدولة الاسلامية", "داعش"),
    ("قوات سوريا الديمقراطية", "قسد"),
    ("أبي الحسن المهاجر", "أبو حسن المهاجر"),
    ("نيوزلندا", "نيوزلندا"),
    ("الباغوز", "الباغوز"),
])
def test_same_ids_across_the_two_articles(seeds, surface_000, surface_004):
    a, b = _holding(seeds["000"], surface_000), _holding(seeds["004"], surface_004)
    assert a and a == b


def test_the_spokesman_description_links_to_him(seeds):
    muhajir = _holding(seeds["000"], "أبي الحسن المهاجر")
    assert _holding(seeds["000"], "المتحدّث باسم التنظيم") == muhajir


@pytest.mark.parametrize("doc_id, surface, lat, lon", [
    ("000", "الباغوز", 34.47, 40.94),
    ("004", "الباغوز", 34.47, 40.94),
    ("000", "بيروت", 33.89, 35.50),
    ("000", "كرايست تشيرش", -43.53, 172.63),   # Christchurch, New Zealand, not the English town
])
def test_places_are_geocoded_within_25_km(seeds, doc_id, surface, lat, lon):
    doc = seeds[doc_id]
    places = [e for e in doc["entities"] if any(m["text"] == surface for m in e["mentions"])]
    assert len(places) == 1 and places[0]["lat"] is not None
    assert _km(places[0]["lat"], places[0]["lon"], lat, lon) <= 25


def test_every_mention_obeys_the_offset_invariant(seeds):
    for doc in seeds.values():
        for entity in doc["entities"]:
            for m in entity["mentions"]:
                assert doc["text"][m["start"]:m["end"]] == m["text"]
                assert m["rule"]
