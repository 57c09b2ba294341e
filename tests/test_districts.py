"""Districts GeoNames' towns lack, found through their Latin geoBoundaries names (real sentences)."""

import gzip
from importlib import resources

import pytest

import marsad
from marsad.entities.districts import (
    arabic_district_sound, district_key, district_sound, find_district, load_districts,
)
from marsad.entities.latin_places import sounds_alike


def test_table_is_shipped_and_keyed_as_the_code_keys_names():
    table = load_districts()
    assert len(table) > 9000
    raw = resources.files("marsad.entities").joinpath("data", "geo", "districts.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines()[:500]]
    assert all(district_key(name) == key for _sid, name, _cc, _region, _lat, _lon, key in rows)


@pytest.mark.parametrize("arabic, latin", [
    ("ذي السفال", "Dhi As Sufal"), ("جسر الشغور", "Jisr-Ash-Shugur"), ("المقدادية", "Al-Muqdadiya"),
    ("مشرعة وحدنان", "Mashr'ah Wa Hadnan"), ("عين التمر", "Ain Al-Tamur"),
])
def test_the_article_is_dropped_from_every_word_on_both_sides(arabic, latin):
    assert sounds_alike(arabic_district_sound(arabic), district_sound(latin))


def test_districts_are_found_in_the_countries_given():
    d = find_district("بلدروز", countries={"IQ"})
    assert (d.name, d.country, d.region) == ("Baladruz", "IQ", "Diyala")
    assert find_district("بلدروز", countries={"SY"}) is None
    d = find_district("خنفر", countries={"YE"})
    assert (d.name, d.region) == ("Khanfar", "Abyan")


def test_a_short_key_needs_its_region_named():
    # «سحار» has two consonant classes: found only when the article names Saada
    assert find_district("سحار", countries={"YE"}) is None
    d = find_district("سحار", countries={"YE"}, regions=[("YE", "Saada Governorate")])
    assert (d.name, d.region) == ("Sahar", "Saada")


def test_named_regions_confine_the_districts_of_their_country():
    # «مشرعة» alone is Mashr'ah Wa Hadnan by its first word, before Maswarah (a vowel the
    # Arabic does not write) ...
    assert find_district("مشرعة", countries={"YE"}).name == "Mashr'ah Wa Hadnan"
    # ... and Maswarah, of a region the article names (al-Bayda), does not win over it either
    # (a district outside the named regions needs an exact spelling, 0.9)
    lahij_abyan = [("YE", "Lahij Governorate"), ("YE", "Abyan Governorate")]
    assert find_district("مشرعة", countries={"YE"}, regions=[*lahij_abyan, ("YE", "Al Bayda Governorate")]
                         ).name == "Mashr'ah Wa Hadnan"
    # a loose spelling outside the named regions is not taken: «مسورة» is Maswarah (al-Bayda) only
    # in an article that names al-Bayda
    assert find_district("مسوره", countries={"YE"}, regions=lahij_abyan) is None
    assert find_district("مسوره", countries={"YE"}, regions=[("YE", "Al Bayda Governorate")]).name == "Maswarah"


def test_a_loose_spelling_is_not_a_district():
    # «خراسان» is not Kharo Chan (Pakistan) at the pipeline's likeness
    assert find_district("خراسان", countries={"PK"}, min_likeness=0.75) is None


def _places(text, published="2015-08-01"):
    doc = marsad.analyze({"text": text, "published": published}).to_dict()
    return doc, {e["name_en"]: e for e in doc["entities"] if e["type"] == "LOC"}


def test_a_district_after_its_cue_becomes_the_events_place():
    doc, places = _places("شنت طائرات التحالف غارات على مديرية سحار في محافظة صعدة شمال اليمن.")
    sahar = places["Sahar"]
    assert (sahar["kind"], sahar["geo_precision"], sahar["country"]) == ("district", 2, "YE")
    assert sahar["mentions"][0]["rule"] == "district_cue"
    assert doc["text"][sahar["mentions"][0]["start"]:sahar["mentions"][0]["end"]] == "سحار"
    (event,) = doc["events"]
    assert (event["sub_event_type"], event["location"]["name_en"]) == ("Air/drone strike", "Sahar")


def test_a_syrian_subdistrict_and_a_two_word_yemeni_district():
    _doc, places = _places("سيطر مسلحو داعش على ناحية سرين في ريف حلب السوري.")
    assert abs(places["Sarin"]["lat"] - 36.47) < 0.05
    _doc, places = _places("أما في تعز، فقد قتل 30 من مسلحي الحوثي في مواجهات مع المقاومة الشعبية في مديرية "
                           "مشرعة وحدنان، جنوب المحافظة.")
    district = places["Mashr'ah Wa Hadnan"]
    assert [m["text"] for m in district["mentions"]] == ["مشرعة وحدنان"]


@pytest.mark.parametrize("text", [
    "أعلنت مديرية الأمن العام في الأردن القبض على مطلوب.",  # a directorate, not a district
    "وقال إن المسلحين ينشطون في مناطق كردية شرق تركيا.",  # an adjective after the cue
    "وأعلن الجيش العراقي أن القوات تقدمت في منطقة صحراوية غرب الأنبار.",
    "وقال إن المواطنين في معظم مناطق البلاد يعانون من نقص الكهرباء في العراق.",  # «البلاد»: Balad
])
def test_ordinary_words_after_a_cue_are_no_district(text):
    _doc, places = _places(text)
    assert not [p for p in places.values() if p["kind"] == "district" and p["id"].startswith("gb:")]


def test_a_town_far_from_a_district_does_not_refine_the_districts_event():
    # the attacks «على مدينة كوباني» told after the capture are folded into it, but Kobani,
    # 45 km from Sarin's centre, does not say where in Sarin the capture was
    doc, _places_ = _places(
        "قال المرصد السوري لحقوق الانسان إن وحدات حماية الشعب الكردية انتزعت اليوم (الاثنين) السيطرة على "
        "بلدة صرين في شمال سوريا من يد مقاتلي تنظيم \"داعش\". وأضاف المرصد أن البلدة الواقعة قرب نهر الفرات "
        "كانت نقطة انطلاق يشن منها التنظيم هجماته على مدينة كوباني التي يسيطر عليها الاكراد.", "2015-07-27")
    capture = [e for e in doc["events"] if e["sub_event_type"] == "Non-state actor overtakes territory"]
    assert [e["location"]["name_en"] for e in capture] == ["Sarin"]
