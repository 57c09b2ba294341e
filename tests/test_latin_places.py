"""Places the Arabic gazetteer lacks, found through their Latin GeoNames names (real sentences)."""

import pytest

import marsad
from marsad.entities.latin_places import (
    arabic_key, find_place, latin_key, load_index, sounds_alike, arabic_sound, latin_sound,
)


@pytest.mark.parametrize("arabic, latin", [
    ("سوروتش", "Suruç"), ("تشينار", "Çınar"), ("باتيكول", "Patikul"), ("جزرة", "Cizre"),
    ("دوغوبيازيت", "Doğubayazıt"), ("دوجو بايزيد", "Dogubayazit"), ("كرايستشيرش", "Christchurch"),
    ("بيسميل", "Bismil"), ("الباغوز", "Al Baghuz"),
])
def test_arabic_and_latin_spellings_share_a_consonant_key(arabic, latin):
    assert arabic_key(arabic) == latin_key(latin)
    assert sounds_alike(arabic_sound(arabic), latin_sound(latin))


def test_written_vowels_must_be_vowels_of_the_latin_name():
    # same key class sequence is not enough: «واشنطن» writes a vowel after و that Santa Ana lacks
    assert not sounds_alike(arabic_sound("واشنطن"), latin_sound("Santa Ana"))
    # a Latin vowel onset is always written in Arabic: جزرة is not Aksaray
    assert not sounds_alike(arabic_sound("جزرة"), latin_sound("Aksaray"))


def test_index_is_shipped():
    assert len(load_index()) > 200_000


def test_lookup_is_confined_to_the_articles_countries():
    place = find_place("سوروتش", named=["TR"])
    assert place is not None and place.name == "Suruç" and place.country == "TR"
    assert find_place("سوروتش", named=[]) is None
    assert find_place("سوروتش", named=["FR"]) is None
    assert find_place("كيليس", named=[], context=["TR"]).name == "Kilis"
    assert find_place("باتيكول", named=["PH"]).name == "Patikul"  # before Bataquil (more people)


def test_arabic_speaking_countries_and_short_keys_are_left_to_the_arabic_names():
    assert find_place("المخاء", named=["YE", "SA"]) is None
    # two consonants (Jolo, Gulu, Moro, Murree ...): only a city of 100k spelled as the Arabic is
    # romanized, o ~ u and e ~ i: «جولو» (Julu) is Jolo (101k); «موري» (Muri) is not Moro
    assert find_place("جولو", named=["PH"]).name == "Jolo"
    assert find_place("جولو", named=["MA"]) is None
    assert find_place("موري", named=["PK"]) is None


def test_a_short_key_finds_only_a_city_spelled_alike_in_a_named_country():
    assert find_place("مروة", named=["CM"]).name == "Maroua"  # 314k people
    assert find_place("مروة", named=[], context=["CM"]) is None  # named, not only near
    assert find_place("شاوال", named=["PK"]) is None  # Shawal valley, not Sahiwal (S-a vs Sh-a)


def test_ordinary_words_are_not_looked_up():
    counts = {"محتله": 500, "المحتله": 3000, "سوروتش": 136}
    assert find_place("محتلة", named=["IL"], counts=counts) is None
    assert find_place("سوروتش", named=["TR"], counts=counts) is not None


def _loc(doc, name):
    """The entity with a mention spelled ``name``."""
    return next(e for e in doc.to_dict()["entities"] if any(m["text"] == name for m in e["mentions"]))


def test_pipeline_geocodes_a_cued_town_the_kb_lacks():
    doc = marsad.analyze("قتل 32 شخصا في تفجير انتحاري استهدف مدينة هيلفان التركية الحدودية مع سوريا، "
                         "بحسب السلطات في تركيا.")
    e = _loc(doc, "هيلفان")
    assert e["name_en"] == "Hilvan" and e["country"] == "TR" and e["kind"] == "latin_match"
    assert abs(e["lat"] - 37.59) < 0.2 and abs(e["lon"] - 38.96) < 0.2
    assert e["geo_precision"] == 1
    for m in e["mentions"]:
        assert doc.text[m["start"]:m["end"]] == m["text"]


def test_pipeline_needs_a_place_cue():
    doc = marsad.analyze("وقال مسؤول في الشرطة إن انفجارا وقع في بلدة بيسميل قرب مدينة ديار بكر في تركيا.")
    assert _loc(doc, "بيسميل")["name_en"] == "Bismil"


def test_continents_and_seas_are_in_the_kb():
    doc = marsad.analyze("وقال المسؤول إن أوروبا وأفريقيا والشرق الأوسط تواجه تهديد داعش، "
                         "فيما تعبر السفن البحر الأحمر.")
    names = {e["name_en"]: e for e in doc.to_dict()["entities"]}
    for en in ("Europe", "Africa", "Middle East", "Red Sea"):
        assert names[en]["geo_precision"] == 3 and names[en]["lat"] is not None


def test_turkish_c_reads_as_j():
    """Turkish c is the sound of ج: «مدينة جزرة» in a story about Turkey is Cizre (Şırnak)."""
    place = find_place("جزرة", named={"TR"})
    assert place is not None and place.name == "Cizre"
    assert abs(place.lat - 37.33) < 0.05 and abs(place.lon - 42.18) < 0.05


def test_a_gazetteer_homonym_unlinked_as_a_stray_is_looked_up_by_its_latin_name():
    # «جولو» is Gulu (Uganda) in the Arabic gazetteer; in a story about the Philippines that
    # match is a stray, and after «جزيرة» the Latin lookup finds Jolo
    doc = marsad.analyze("أعلن قائد للجيش في جنوب الفلبين أن جماعة أبو سياف نصبت كمينا للضحيتين "
                         "على طريق سريع في بلدة باتيكول في جزيرة جولو.")
    e = next(x for x in doc.to_dict()["entities"] if any(m["text"] == "جولو" for m in x["mentions"]))
    assert e["country"] == "PH" and e["name_en"] == "Jolo"
    assert abs(e["lat"] - 6.05) < 0.2 and abs(e["lon"] - 121.0) < 0.2


@pytest.mark.parametrize("text,name_en,country,precision", [
    # conflict towns of south-eastern Turkey, without a place word
    ("قتل شرطيان في جيلان بينار جنوب شرقي تركيا.", "Ceylanpınar", "TR", 1),
    ("قتل جندي تركي في كيليس (جنوب).", "Kilis", "TR", 1),
    ("هاجم مسلحون مركزا للشرطة في سيلوبي.", "Silopi", "TR", 1),
    # north-western Pakistan in its Arabic press spellings
    ("لقي مسؤول مصرعه بانفجار في منطقة دير السفلى شمال غرب باكستان.", "Lower Dir District", "PK", 2),
    ("وقتل ثلاثة في انفجار في كويتا.", "Quetta", "PK", 1),
    # Syrian conflict regions, placed at their main town
    ("استعاد الجيش السيطرة على عدد من القرى في سهل الغاب.", "Al-Ghab Plain", "SY", 2),
    ("قصفت قوات النظام مدينة دوما في الغوطة الشرقية.", "Eastern Ghouta", "SY", 2),
    ("اشتباكات عنيفة في منطقة القلمون قرب الحدود اللبنانية.", "Qalamoun Mountains", "SY", 2),
])
def test_curated_conflict_places(text, name_en, country, precision):
    names = {e["name_en"]: e for e in marsad.analyze(text).to_dict()["entities"]}
    assert names[name_en]["country"] == country and names[name_en]["geo_precision"] == precision


def test_the_law_of_the_jungle_is_no_place():
    assert not marsad.analyze("يطبقون قانون الغاب في المدينة.").to_dict()["entities"]


def test_a_town_the_tagger_left_out_is_found_after_a_town_word():
    # «مروة» is also a given name (Marwa): the tagger leaves it untagged, the town word licenses it
    doc = marsad.analyze("أدانت المنظمة الهجوم الإرهابي الذي وقع يوم الأربعاء الماضي في مدينة مروة شمال "
                         "الكاميرون، حيث فجرت انتحاريتان نفسيهما، ما أدى إلى مقتل 20 شخصاً.",
                         published="2015-07-24")
    e = _loc(doc, "مروة")
    assert (e["name_en"], e["country"]) == ("Maroua", "CM")  # (the tagger may also take it: same town)
    (event,) = doc.to_dict()["events"]
    assert (event["sub_event_type"], event["location"]["name_en"]) == ("Suicide bomb", "Maroua")
    doc = marsad.analyze("قتل 20 شخصا في هجوم انتحاري في مدينة مروة في أقصى شمال الكاميرون.", published="2015-07-24")
    e = _loc(doc, "مروة")
    assert (e["name_en"], e["country"]) == ("Maroua", "CM")
    assert e["mentions"][0]["rule"] == "latin_town_cue"


@pytest.mark.parametrize("text", [
    "وقال إن مدينة كبيرة في شمال الكاميرون تعرضت لهجوم انتحاري أمس.",
    "وأضاف أن قرية صغيرة قرب الحدود مع نيجيريا شهدت اشتباكات في الكاميرون.",
    "ونقل السكان إلى مدينة أخرى في الكاميرون بعد الهجوم.",
    "وأراد الخمير الحمر بناء كمبوديا بحيث تكون مدينة فاضلة للفلاحين.",  # not Vidalia (US)
])
def test_an_ordinary_word_after_a_town_word_is_no_town(text):
    doc = marsad.analyze(text, published="2015-07-24").to_dict()
    assert not [m for e in doc["entities"] for m in e["mentions"] if m["rule"] == "latin_town_cue"]


def test_a_preposition_on_a_frequent_word_after_a_town_word_is_no_town():
    doc = marsad.analyze("ونفى المتحدث وقوع هجوم على قرية بشمال سوريا قرب الحدود مع تركيا.", published="2015-08-01").to_dict()
    assert "Bismil" not in [e["name_en"] for e in doc["entities"]]
