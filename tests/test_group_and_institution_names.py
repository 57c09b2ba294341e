"""Group names made of a group noun and a place, and institution names with feminine elatives."""

import marsad


def _mentions(text: str) -> list[tuple[str, str, str]]:
    doc = marsad.analyze(text, published="2015-08-01")
    return [(m["text"], e["type"], e["id"]) for e in doc.to_dict()["entities"] for m in e["mentions"]]


def test_group_noun_before_a_place_names_an_organisation():
    found = _mentions("وأعلن الجيش المصري مقتل 6 من عناصر تنظيم بيت المقدس في شمال سيناء.")
    assert ("تنظيم بيت المقدس", "ORG", "loc:ORG:تنظيم بيت المقدس") in found
    assert not any(text == "بيت المقدس" for text, _t, _i in found)


def test_group_noun_with_a_proclitic_is_left_out_of_the_span():
    found = _mentions("واشتبكت القوات الحكومية مع مقاتلي وكتائب حلب في الريف الشمالي.")
    assert ("كتائب حلب", "ORG", "loc:ORG:كتائب حلب") in found


def test_front_line_is_not_a_group():
    """«جبهة» is not a group noun here: «جبهة حلب» is the Aleppo front, the place stays a place."""
    found = _mentions("وتتواصل المعارك على جبهة حلب منذ أسابيع.")
    assert any(text == "حلب" and typ == "LOC" for text, typ, _i in found)


def test_feminine_elative_continues_an_institution_name():
    found = _mentions("وجرى توزيع المساعدات بالتنسيق مع اللجنة العليا للإغاثة التابعة للحكومة اليمنية.")
    assert ("اللجنة العليا للإغاثة", "ORG") in [(t, ty) for t, ty, _i in found]


def test_supreme_court():
    found = _mentions("وقضت المحكمة العليا بإعدام المتهمين الثلاثة.")
    assert ("المحكمة العليا", "ORG") in [(t, ty) for t, ty, _i in found]
