"""The entities stage on the two seed articles: one entity per real thing, same ids across
articles, places within 25 km, offsets exact."""

import math
import pickle

import pytest

from _entities_kb import small_kb
from marsad.entities.stage import EntitiesStage
from marsad.model import Document
from marsad.pipeline.text_stages import DatelineStage, SentencesStage, TokensStage

KB = small_kb()
TRUE_POSITION = {  # lat, lon of the places the seeds name
    "Q858": (35.0, 38.5), "cur:baghuz": (34.47, 40.94), "Q664": (-41.0, 174.0),
    "gn:2192362": (-43.53, 172.63), "gn:276781": (33.89, 35.50), "cur:euphrates": (34.5, 40.9),
    "Q30": (39.0, -98.0), "Q796": (33.0, 44.0), "cur:badia": (34.5, 39.0), "Q889": (33.0, 66.0),
}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def analyse(record, stage):
    doc = Document.from_text(record["text"], id=record["id"], published=record.get("published"))
    for s in (TokensStage(), SentencesStage(), DatelineStage(), stage):
        doc = s(doc)
    doc.check_offsets()
    return doc


@pytest.fixture(scope="module")
def seeds(seed_records):
    stage = EntitiesStage(kb=KB, tagger=None)
    return [analyse(r, stage) for r in seed_records]


def ids(doc):
    return [e.id for e in doc.entities]


def test_stage_contract():
    st = EntitiesStage(kb=KB, tagger=None)
    assert st.name == "entities" and st.requires == ("tokens", "sentences") and st.produces == ("entities",)


@pytest.mark.parametrize("eid", ["Q2429253", "cur:sdf", "cur:abu-al-hasan-al-muhajir", "Q664",
                                 "cur:baghuz"])
def test_key_entities_are_one_entity_with_the_same_id_in_both_seeds(seeds, eid):
    for doc in seeds:
        assert ids(doc).count(eid) == 1, (doc.id, ids(doc))


def test_christchurch_and_spellings(seeds):
    doc000, doc004 = seeds
    ents = {e.id: e for e in doc000.entities}
    assert "gn:2192362" in ents and "gn:2653265" not in ents
    assert ents["gn:2192362"].mentions[0].text == "كرايست تشيرش"
    sdf = {m.text for m in ents["cur:sdf"].mentions}
    assert {"قوات سوريا الديمقراطية", "قوات سوريا الديموقراطية"} <= sdf
    isis = {m.text for m in ents["Q2429253"].mentions}
    assert {"الدولة الاسلامية", "تنظيم الدولة الإسلامية", "التنظيم"} <= isis
    spk = {m.text for m in ents["cur:abu-al-hasan-al-muhajir"].mentions}
    assert {"أبو الحسن المهاجر", "أبي الحسن المهاجر", "المهاجر", "المتحدّث باسم التنظيم"} <= spk
    nz = {m.text for m in ents["Q664"].mentions}
    assert nz == {"نيوزلندا", "نيوزيلندا"}
    ents4 = {e.id: e for e in doc004.entities}
    assert {"قسد", "قوات سوريا الديمقراطية"} <= {m.text for m in ents4["cur:sdf"].mentions}
    assert {"داعش", "الدواعش", "التنظيم"} <= {m.text for m in ents4["Q2429253"].mentions}
    assert "أبو حسن المهاجر" in {m.text for m in ents4["cur:abu-al-hasan-al-muhajir"].mentions}


def test_every_place_within_25_km(seeds):
    for doc in seeds:
        for e in doc.entities:
            if e.type != "LOC":
                continue
            assert e.lat is not None, e.id
            lat, lon = TRUE_POSITION[e.id]
            assert km(e.lat, e.lon, lat, lon) <= 25 or e.geo_precision >= 2 and km(e.lat, e.lon, lat, lon) < 300


def test_records_are_json_ready_and_ordered_by_first_mention(seeds):
    for doc in seeds:
        firsts = [e.mentions[0].start for e in doc.entities]
        assert firsts == sorted(firsts)
        for e in doc.entities:
            d = e.to_dict()
            assert set(d) >= {"id", "type", "name", "name_en", "wikidata", "lat", "lon", "country",
                              "geo_precision", "kind", "mentions"}
            assert all(doc.text[m["start"]:m["end"]] == m["text"] and m["rule"] for m in d["mentions"])
            assert d["name_en"]
        assert doc.to_dict()["entities"]


def test_deterministic_and_picklable(seed_records):
    stage = EntitiesStage(kb=KB, tagger=None)
    a = analyse(seed_records[1], stage).to_dict()["entities"]
    b = analyse(seed_records[1], pickle.loads(pickle.dumps(stage))).to_dict()["entities"]
    assert a == b


class FakeTagger:
    def find_entities(self, text, *, tokens=None, sentences=None):
        from dataclasses import dataclass

        @dataclass
        class T:
            start: int
            end: int
            text: str
            type: str
            score: float

        out = []
        for name, typ in (("خالد فريد سلام", "PER"), ("نبيل نعيم", "PER")):
            s = text.find(name)
            if s >= 0:
                out.append(T(s, s + len(name), name, typ, 0.9))
        return out


def test_tagger_adds_names_the_kb_lacks(seed_records):
    doc = analyse(seed_records[1], EntitiesStage(kb=KB, tagger=FakeTagger()))
    ents = {e.id: e for e in doc.entities}
    assert ents["loc:PER:خالد فريد سلام"].name_en == "Khalid Farid Salam"
    assert ents["loc:PER:نبيل نعيم"].mentions[0].rule == "tagger:crf"


def test_empty_document():
    doc = analyse({"id": "e", "text": ""}, EntitiesStage(kb=KB, tagger=None))
    assert doc.entities == ()


def test_a_city_the_tagger_also_sees_is_kept_and_word_homonyms_are_not():
    """Geneva (183k people, Switzerland not named) survives because the tagger also tags it;
    «انتبه» (an Arabic alias of Entebbe in GeoNames) and «مسجدين» are words, not places."""
    import marsad

    doc = marsad.analyze("أعربت الأمم المتحدة في جنيف عن قلقها من تصاعد العنف في ليبيا خلال الأيام الماضية.")
    assert {e["name"] for e in doc.to_dict()["entities"]} >= {"جنيف", "ليبيا"}
    doc = marsad.analyze("قال المتحدث انتبه إلى هذا الأمر جيدا في مسجدين بالمدينة.")
    assert not [e for e in doc.to_dict()["entities"] if e["type"] == "LOC"]
