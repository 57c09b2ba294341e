"""Sides of a governorate's countryside («ريف حماة الشمالي») as places of their own."""

from __future__ import annotations

import pytest

import marsad
from marsad.entities.countryside import SIDE_OFFSET_KM, side_after
from marsad.entities.geocode import haversine_km
from marsad.entities.kb import load_kb
from marsad.text.tokenize import words


def _analyze(text: str) -> dict:
    return marsad.analyze({"id": "t", "text": text, "published": "2015-08-09"}).to_dict()


def _place(doc: dict, text: str) -> dict:
    return next(e for e in doc["entities"] if any(m["text"] == text for m in e["mentions"]))


def _side(text: str, end: int) -> tuple[str, str, int] | None:
    return side_after(text, [(w.start, w.end) for w in words(text)], end)


def test_side_words_after_a_countryside():
    text = "قصف على قرى بريف حلب الشمالي الشرقي أمس"
    end = text.index("حلب") + len("حلب")
    code, adjective, stop = _side(text, end)
    assert (code, adjective, text[end:stop]) == ("NE", "north-eastern", " الشمالي الشرقي")
    text = "قصف على قرى بريف درعا الغربي، وقصف"
    end = text.index("درعا") + len("درعا")
    assert _side(text, end)[:2] == ("W", "western")
    # east then north is no compound side: only the first word is taken
    text = "في ريف حمص الشرقي الشمالي"
    end = text.index("حمص") + len("حمص")
    assert _side(text, end)[0] == "E"
    # a comma between is no side; neither is an ordinary word
    assert _side("في ريف حماة، الشمالي", len("في ريف حماة")) is None
    assert _side("في ريف حماة اليوم", len("في ريف حماة")) is None


def test_village_in_a_side_of_the_countryside_is_placed_there():
    doc = _analyze("ألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي، "
                   "ما أدى لأضرار مادية.")
    side = _place(doc, "ريف حماة الشمالي")
    hama = load_kb().get("cur:hama-governorate")
    assert side["id"] == "cur:hama-governorate#N"
    assert side["name_en"] == "northern Hama countryside"
    assert (side["kind"], side["geo_precision"], side["country"]) == ("countryside_side", 2, "SY")
    assert side["lat"] > hama.lat and side["lon"] == pytest.approx(hama.lon)
    assert haversine_km(side["lat"], side["lon"], hama.lat, hama.lon) == pytest.approx(SIDE_OFFSET_KM, abs=0.2)
    # Al-Lataminah (35.32 N, 36.62 E), which the KB lacks, is now within 25 km of the event's place
    (event,) = doc["events"]
    loc = event["location"]
    assert loc["entity"] == "cur:hama-governorate#N" and loc["text"] == "ريف حماة الشمالي"
    assert haversine_km(loc["lat"], loc["lon"], 35.32, 36.62) < 25 < haversine_km(hama.lat, hama.lon, 35.32, 36.62) + 1
    assert doc["text"][loc["start"]:loc["end"]] == loc["text"]


def test_two_word_side_and_rif_dimashq():
    doc = _analyze("تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة بريف اللاذقية الشمالي الشرقي لقصف جوي.")
    side = _place(doc, "ريف اللاذقية الشمالي الشرقي")
    latakia = load_kb().get("cur:latakia-governorate")
    assert side["name_en"] == "north-eastern Latakia countryside"
    assert side["lat"] > latakia.lat and side["lon"] > latakia.lon
    doc = _analyze("سيطرت قوات النظام على بلدة في ريف دمشق الغربي بعد معارك عنيفة.")
    assert _place(doc, "ريف دمشق الغربي")["name_en"] == "western Rif Dimashq"


def test_countryside_without_side_stays_the_governorate():
    doc = _analyze("قصفت قوات النظام مناطق في ريف حلب أمس، وقصفت مناطق في ريف حلب الجنوبي.")
    plain = _place(doc, "ريف حلب")
    assert plain["id"] == "cur:aleppo-governorate"
    assert _place(doc, "ريف حلب الجنوبي")["id"] == "cur:aleppo-governorate#S"
    # the two places are two events, not one told twice
    assert {e["location"]["entity"] for e in doc["events"]} == {"cur:aleppo-governorate", "cur:aleppo-governorate#S"}


def test_eastern_qalamoun_is_not_the_qalamoun_mountains():
    doc = _analyze("تدور منذ صباح امس اشتباكات عنيفة بين تنظيم داعش والفصائل المقاتلة في القلمون الشرقي، وفي منطقة"
                   " القلمون غرب دمشق.")
    east, west = _place(doc, "القلمون الشرقي"), _place(doc, "القلمون")
    assert (east["id"], east["name_en"], west["id"]) == ("cur:eastern-qalamoun", "Eastern Qalamoun", "cur:qalamoun")
    # the rebel-held area around al-Ruhaybah, some 25 km south-east of Yabroud
    assert 20 < haversine_km(east["lat"], east["lon"], west["lat"], west["lon"]) < 35
