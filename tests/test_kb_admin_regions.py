"""First-level regions outside the Arab world (curated_admin_regions.jsonl), found and placed
at their capital's point; US state names shared with a city or a country count only after «ولاية»."""

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


def _at(doc: dict, word: str, nth: int = 0) -> dict:
    """The entity with a mention of ``word`` at its ``nth`` occurrence in the text (for a name told
    twice, as the state and as the city)."""
    text, at = doc["text"], -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return next(e for e in doc["entities"]
                if any(m["start"] <= at < m["end"] and m["text"].endswith(word) for m in e["mentions"]))


def test_a_shooting_in_texas_is_placed_in_texas():
    doc = marsad.analyze("قتل 8 أشخاص بينهم خمسة أطفال في ولاية تكساس الأمريكية إثر تعرضهم لإطلاق نار في منزلهم.",
                         published="2015-07-25").to_dict()
    texas = _at(doc, "تكساس")
    assert texas["id"] == "cur:texas" and texas["country"] == "US" and texas["geo_precision"] == 2
    (event,) = doc["events"]
    assert event["location"]["entity"] == "cur:texas"


def test_us_states_named_bare_and_the_state_of_a_killing():
    places = _places("أمر حكام ولايات فلوريدا ولويزيانا وتكساس السبت بتسليح أفراد الحرس الوطني في أعقاب هجمات أدت"
                     " إلى مقتل خمسة من أفراد الجيش الأميركي بولاية تنيسي.")
    assert places["فلوريدا"]["id"] == "cur:florida"
    assert places["تكساس"]["id"] == "cur:texas"
    doc = marsad.analyze("قتل مسلح خمسة من أفراد الجيش الأميركي في هجوم بولاية تنيسي.", published="2015-07-25")
    assert [e["location"]["entity"] for e in doc.to_dict()["events"]] == ["cur:tennessee"]


def test_a_us_state_shared_with_a_city_or_a_country_only_after_wilaya():
    doc = marsad.analyze("وأصبحت سياتل بولاية واشنطن أول مدينة تفرض غرامات، فيما زار الرئيس واشنطن وجورجيا.",
                         published="2015-07-25").to_dict()
    assert _at(doc, "واشنطن")["id"] == "cur:washington-state"
    assert _at(doc, "واشنطن", 1)["id"] == "cur:washington-dc"
    assert _at(doc, "جورجيا")["id"] == "iso:GE"
    doc = marsad.analyze("وكان باتاكي حاكما سابقا لولاية نيويورك، ثم انتقل إلى مدينة نيويورك.",
                         published="2015-07-25").to_dict()
    assert _at(doc, "نيويورك")["id"] == "cur:new-york-state"
    assert _at(doc, "نيويورك", 1)["id"] != "cur:new-york-state"
