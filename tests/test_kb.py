"""The knowledge base: loader contract, shipped data validity, and the seed articles' entities."""

import json
import math
import re
from importlib import resources

import pytest

from marsad.entities.kb import (
    Alias, KBEntity, KnowledgeBase, KnowledgeBaseError, is_arabic, load_kb, validate_record,
)

ISIS = "Q2429253"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def by_name(kb, text):
    return [e for t, e, _ in kb.names() if t == text]


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


# -- loader contract ----------------------------------------------------------------------------
def test_load_kb_is_cached_and_typed(kb):
    assert load_kb() is kb
    assert len(kb) > 29000
    e = kb.get(ISIS)
    assert isinstance(e, KBEntity) and e.type == "ORG" and e.wikidata == ISIS
    assert all(isinstance(a, Alias) for a in e.aliases)
    assert kb.get("cur:no-such-entity") is None
    assert sum(1 for _ in kb) == len(kb)


def test_from_records_small_kb_and_names():
    kb = KnowledgeBase.from_records([
        {"id": "cur:x", "type": "ORG", "name": "قوات سوريا الديمقراطية",
         "aliases": ["قسد", {"text": "SDF", "lang": "en"}, {"text": "قوات سوريا الديمقراطية", "register": "self"}]},
        {"id": "gn:1", "type": "LOC", "name": "الرقة", "lat": 35.9, "lon": 39.0, "country": "SY"},
    ])
    names = [(t, e.id, a.register) for t, e, a in kb.names()]
    assert ("قوات سوريا الديمقراطية", "cur:x", "self") in names
    assert ("قسد", "cur:x", "neutral") in names
    assert all(t != "SDF" for t, _, _ in names)           # names() is Arabic only
    assert [t for t, e, _ in names].count("قوات سوريا الديمقراطية") == 1
    assert kb.get("gn:1").lat == 35.9 and kb.get("gn:1").name_en is None


def test_same_id_and_same_as_merge():
    kb = KnowledgeBase.from_records([
        {"id": "cur:baghouz", "type": "LOC", "name": "الباغوز", "lat": 34.47, "lon": 40.94,
         "same_as": ["gn:9"]},
        {"id": "gn:9", "type": "LOC", "name": "باغوز", "aliases": ["الباغوز فوقاني"], "population": 10},
        {"id": "cur:baghouz", "type": "LOC", "name": "الباغوز", "aliases": ["بلدة الباغوز"]},
    ])
    assert len(kb) == 1
    e = kb.get("gn:9")
    assert e is kb.get("cur:baghouz") and e.population == 10
    assert {a.text for a in e.aliases} >= {"باغوز", "الباغوز فوقاني", "بلدة الباغوز"}


@pytest.mark.parametrize("bad, why", [
    ({"id": "x", "type": "ORG", "name": "داعش"}, "id"),
    ({"id": "cur:a", "type": "GPE", "name": "داعش"}, "type"),
    ({"id": "cur:a", "type": "ORG", "name": "داعش", "aliases": [{"text": "الدواعش", "register": "hostile"}]}, "register"),
    ({"id": "cur:a", "type": "ORG", "name": "داعش", "aliases": ["ISIS"]}, "Arabic script"),
    ({"id": "cur:a", "type": "LOC", "name": "الرقة", "lat": 95.0, "lon": 39.0}, "lat"),
    ({"id": "cur:a", "type": "LOC", "name": "الرقة", "lat": 35.0}, "together"),
    ({"id": "cur:a", "type": "LOC", "name": "الرقة", "country": "SYR"}, "country"),
    ({"id": "cur:a", "type": "LOC", "name": "الرقة", "geo_precision": 4}, "geo_precision"),
    ({"id": "cur:a", "type": "LOC", "name": "الرقة", "colour": "red"}, "unknown keys"),
    ({"id": "Q1", "type": "LOC", "name": "الرقة", "wikidata": "Q2"}, "differs"),
])
def test_invalid_records_are_rejected(bad, why):
    with pytest.raises(ValueError, match=why):
        validate_record(bad)
    with pytest.raises(KnowledgeBaseError, match=why) as info:
        KnowledgeBase.from_records([{"id": "cur:ok", "type": "ORG", "name": "حماس"}, bad])
    assert info.value.line == 2


# -- shipped data -------------------------------------------------------------------------------
def _shipped_lines():
    root = resources.files("marsad.entities") / "data" / "kb"
    for path in sorted(p for p in root.iterdir() if p.name.endswith(".jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield path.name, n, line


def test_every_shipped_record_is_valid_and_ids_unique_per_file():
    seen: dict[str, set] = {}
    count = 0
    for fname, n, line in _shipped_lines():
        rec = json.loads(line)
        validate_record(rec)  # raises with the reason
        ids = seen.setdefault(fname, set())
        assert rec["id"] not in ids, f"{fname}:{n} duplicate id {rec['id']}"
        ids.add(rec["id"])
        count += 1
    assert count > 29000
    assert {"countries.jsonl", "places.jsonl", "un1267.jsonl"} <= set(seen)
    assert any(f.startswith("curated_") for f in seen)


def test_loaded_entities_are_consistent(kb):
    ids = [e.id for e in kb]
    assert len(ids) == len(set(ids))
    for e in kb:
        assert e.type in {"PER", "ORG", "LOC", "MISC"}
        assert all(a.register in {"self", "neutral", "pejorative"} for a in e.aliases)
        if e.lat is not None:
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180
        if e.country is not None:
            assert re.fullmatch("[A-Z]{2}", e.country)
        if e.parent is not None:
            assert kb.get(e.parent) is not None, (e.id, e.parent)
        if e.type == "LOC" and e.kind not in {"river", "lake", "region"}:
            assert e.lat is not None or e.kind is None, e.id
        if e.wikidata:
            assert re.fullmatch(r"Q\d+", e.wikidata)
    for text, e, a in kb.names():
        assert a.lang == "ar" and is_arabic(text)


def test_counts(kb):
    kinds = {}
    for e in kb:
        kinds[(e.type, e.kind)] = kinds.get((e.type, e.kind), 0) + 1
    orgs = sum(v for (t, k), v in kinds.items() if t == "ORG" and k not in {"media", "agency"})
    assert orgs >= 150
    assert sum(v for (t, k), v in kinds.items() if t == "PER") >= 80 + 234 - 20
    assert sum(v for (t, k), v in kinds.items() if k in {"media", "agency", "platform"}) >= 40
    assert kinds[("LOC", "country")] >= 240


# -- the entities of the seed articles --------------------------------------------------------
def test_isis_registers(kb):
    e = kb.get(ISIS)
    regs = {a.text: a.register for a in e.aliases if a.lang == "ar"}
    assert regs["الدولة الإسلامية"] == "self"
    assert regs["تنظيم الدولة"] == "neutral" and regs["تنظيم الدولة الإسلامية"] == "neutral"
    assert regs["داعش"] == "pejorative" and regs["الدواعش"] == "pejorative"
    assert kb.get("un:QDe.115") is e  # the UN list's entry for ISIL is merged into it


def test_sdf_one_entity(kb):
    sdf = {e.id for e in by_name(kb, "قسد")}
    assert sdf == {e.id for e in by_name(kb, "قوات سوريا الديمقراطية")} == {"cur:sdf"}
    assert by_name(kb, "قوات سوريا الديموقراطية")[0].id == "cur:sdf"


def test_baghouz_coordinates(kb):
    (e,) = by_name(kb, "الباغوز")
    assert e.type == "LOC" and e.country == "SY" and e.geo_precision == 1
    assert km(e.lat, e.lon, 34.47, 40.94) < 5


def test_christchurch_variants_point_to_new_zealand(kb):
    for spelling in ("كرايستشيرش", "كرايست تشيرش", "كرايستشرش"):
        cands = by_name(kb, spelling)
        nz = [e for e in cands if e.country == "NZ"]
        assert nz, spelling
        assert km(nz[0].lat, nz[0].lon, -43.53, 172.63) < 25


def test_new_zealand_spellings(kb):
    nz = kb.get("Q664")
    assert nz.kind == "country" and nz.geo_precision == 3
    assert {e.id for e in by_name(kb, "نيوزلندا")} == {e.id for e in by_name(kb, "نيوزيلندا")} == {"Q664"}


def test_country_aliases_not_capitals(kb):
    us = kb.get("Q30")
    texts = {a.text for a in us.aliases}
    assert {"أمريكا", "أميركا"} <= texts and "واشنطن" not in texts
    assert kb.get("Q858").name == "سوريا" and "سورية" in {a.text for a in kb.get("Q858").aliases}


def test_spokesman_and_un_persons(kb):
    (e,) = by_name(kb, "أبو الحسن المهاجر")
    assert e.type == "PER" and e.parent == ISIS
    assert by_name(kb, "أبو حسن المهاجر") == [e]
    bag = kb.get("un:QDi.299")
    assert bag.name == "أبو بكر البغدادي" and "UN 1267" in bag.source
    assert "إبراهيم عواد إبراهيم علي البدري السامرائي" in {a.text for a in bag.aliases}
    zaw = kb.get("un:QDi.006")
    assert zaw.name == "أيمن الظواهري"
    un_people = [e for e in kb if e.id.startswith("un:QDi") and is_arabic(e.name)]
    assert len(un_people) >= 140


def test_ambiguous_places_have_all_candidates(kb):
    tripoli = {e.country for e in by_name(kb, "طرابلس") if e.kind != "country"}
    assert {"LY", "LB"} <= tripoli
    raqqa = [e for e in by_name(kb, "الرقة") if e.country == "SY" and e.kind == "city"]
    assert raqqa and km(raqqa[0].lat, raqqa[0].lon, 35.95, 39.01) < 5
    for name in ("الموصل", "دير الزور", "هجين", "السوسة"):
        assert any(e.country in {"IQ", "SY"} for e in by_name(kb, name)), name


def test_media(kb):
    for name in ("مؤسسة الفرقان", "أعماق", "هاوار", "رويترز", "فرانس برس", "الأناضول", "سانا"):
        assert by_name(kb, name), name
    assert by_name(kb, "أعماق")[0].parent == ISIS


def test_generated_places_have_no_uyghur_spellings_and_leave_curated_names_alone():
    import re

    from marsad.entities.kb import load_kb
    from marsad.text.normalize import normalize_for_search

    kb = load_kb()
    algiers = kb.get("gn:2507480")
    assert algiers.name == "الجزائر"  # not the Uyghur «ئالجىر»
    keys = {normalize_for_search(a.text) for a in algiers.aliases}
    assert normalize_for_search("الجزيرة") not in keys  # Al Jazeera's name, a GeoNames variant
    uyghur = re.compile(r"(^|\s)\u0626\u0627|\u0649(?=[\u0621-\u064a])")
    assert not [e.name for e in kb if e.id.startswith("gn:") and uyghur.search(e.name)]
    mayadin = kb.get("gn:173480")
    assert mayadin.name == "الميادين"  # a place's own name stays even if a channel shares it
