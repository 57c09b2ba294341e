"""First-level regions outside the Arab world (curated_admin_regions.jsonl), found and placed
at their capital's point."""

import marsad
from marsad.entities.geocode import haversine_km as _km


def _places(text: str) -> dict[str, dict]:
    doc = marsad.analyze(text, published="2015-08-01")
    return {m["text"]: e for e in doc.to_dict()["entities"] for m in e["mentions"]}


def test_dagestan_in_a_caucasus_story():
    places = _places("وقتل مسلحان في اشتباك مع قوات الأمن الروسية في داغستان بشمال القوقاز.")
    e = places["داغستان"]
    assert e["country"] == "RU" and e["geo_precision"] == 2
    assert _km(e["lat"], e["lon"], 42.98, 47.50) < 25  # Makhachkala


def test_afghan_province_with_its_head_word_and_a_variant_spelling():
    places = _places("وشنت طالبان هجوما على مركز للشرطة في ولاية ننجرهار شرق أفغانستان.")
    e = next(v for k, v in places.items() if "ننجرهار" in k)
    assert e["country"] == "AF" and _km(e["lat"], e["lon"], 34.43, 70.45) < 25  # Jalalabad


def test_borno_state():
    places = _places("وفجرت انتحارية نفسها في سوق بمدينة مايدوغوري عاصمة ولاية بورنو في شمال شرق نيجيريا.")
    e = next(v for k, v in places.items() if "بورنو" in k)
    assert e["country"] == "NG" and _km(e["lat"], e["lon"], 11.85, 13.16) < 25  # Maiduguri
