"""Common words the tagger reads as places («المدينة», the city) link to a KB place only in the
dateline's country."""

from __future__ import annotations

import marsad


def _places(text: str) -> dict[str, str | None]:
    doc = marsad.analyze(text, published="2015-07-23", id="t")
    return {m["text"]: e.get("name_en") for e in doc.to_dict()["entities"] if e["type"] == "LOC" for m in e["mentions"]}


def test_the_city_in_a_taiz_story_is_not_medina():
    text = ("قتل 10 من المتمردين الحوثيين في اشتباكات بمدينة تعز، فيما شن طيران التحالف بقيادة السعودية غارات على حجة. "
            "وأحرزت المقاومة الشعبية تقدماً في المواجهات التي جرت في منطقة الضباب جنوب غربي المدينة، "
            "وسيطرت على مواقع خلف السجن المركزي.")
    places = _places(text)
    assert "المدينة" not in places or places["المدينة"] not in ("Madinah", "Medina")


def test_a_cued_town_in_the_country_of_a_nisba_is_found_by_its_latin_name():
    text = ("وقال الجناح المسلح للحزب الكردستاني إن الهجوم الذي شن بجرار مفخخ صباح الأحد قرب مدينة دوغوبيازيت "
            "جاء ردا على غارات المقاتلات التركية.")
    doc = marsad.analyze(text, published="2015-08-03", id="t").to_dict()
    town = [e for e in doc["entities"] if any(m["text"] == "دوغوبيازيت" for m in e["mentions"])]
    assert town and town[0].get("country") == "TR" and town[0].get("lat") is not None


def test_a_final_jim_writes_turkish_c_cedilla():
    text = ("وكان انتحاري قد فجر نفسه في 20 يوليو في بلدة سروج التركية القريبة من الحدود السورية، "
            "وقتل 32 شخصا.")
    doc = marsad.analyze(text, published="2015-08-03", id="t").to_dict()
    town = [e for e in doc["entities"] if any(m["text"] == "سروج" for m in e["mentions"])]
    assert town and town[0].get("country") == "TR"
    assert abs(town[0]["lat"] - 36.98) < 0.1 and abs(town[0]["lon"] - 38.43) < 0.1  # Suruç, not Sarıca


def test_a_quoted_town_after_a_place_cue_is_the_town():
    text = ("وتفرض حالة الطوارئ في المنطقة المحددة شرقا من «تل رفح» مرورا بخط الحدود الدولية، وغربا من منطقة "
            "«العريش» حتى جبل «الحلال».")
    doc = marsad.analyze(text, published="2015-07-23", id="t").to_dict()
    arish = [e for e in doc["entities"] if any(m["text"] == "العريش" for m in e["mentions"])]
    assert arish and arish[0]["country"] == "EG"


def test_frequent_place_names_the_press_writes_after_a_place_cue_need_no_cue():
    # العريش, أبها, الخرج are frequent corpus words because they are places the news names («مدينة
    # العريش»): the frequency rule for common words no longer holds them back
    assert _places("وقع انفجار في العريش بشمال سيناء أمس.").get("العريش") == "Arīsh"
    assert _places("أطلق مهرجان أبها يجمعنا نسخته الجديدة في منطقة عسير.").get("أبها") == "Abha"
    assert _places("وقالت المصادر إن الحوثيين قصفوا مأرب.").get("مأرب") == "Ma'rib"
    # an ordinary word stays none, and a small homonym of a big city is not freed with it
    assert "البلاد" not in _places("ساد الهدوء في البلاد أمس بعد أيام من التوتر.")
    assert _places("المعسكر مرحلتان، الأولى في الرياض والثانية في الطائف.").get("الرياض") == "Riyadh"


def test_cue_share_table():
    from marsad.entities.gazetteer import written_as_place

    assert written_as_place("العريش") and written_as_place("جازان")
    assert not written_as_place("البلاد") and not written_as_place("السوق")


def test_a_tagger_name_does_not_end_in_a_bare_direction_word():
    # the tagger may read «مروة شمالي» as one name; «شمالي الكاميرون» is where Maroua lies
    places = _places("أدانت المنظمة الهجوم الإرهابي الذي وقع الأربعاء الماضي، في مدينة مروة شمالي الكاميرون، "
                     "حيث فجرت انتحاريتان نفسيهما.")
    assert "مروة شمالي" not in places and places.get("الكاميرون") == "Cameroon"


def test_trailing_bearing_helper():
    from marsad.entities.link import _without_trailing_bearing

    text = "مروة شمالي الكاميرون"
    assert text[:_without_trailing_bearing(text, 0, 10)] == "مروة"
    assert _without_trailing_bearing("شمالي", 0, 5) == 5  # one word: kept
