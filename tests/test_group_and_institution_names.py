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


def test_nisba_after_a_name_is_not_a_place():
    """«شمال القوقاز الروسي»: «الروسي» qualifies the Caucasus, it is no place of its own."""
    found = _mentions("وتنشط الجماعات المسلحة في شمال القوقاز الروسي منذ سنوات.")
    assert not any(text == "الروسي" and typ == "LOC" for text, typ, _i in found)


def test_nisba_shaped_place_after_a_preposition_is_kept():
    from marsad.entities.link import _nisba_place, _Draft
    from marsad.entities.gazetteer import _words
    from marsad.text.tokenize import tokenize

    text = "وسقطت قذائف على معسكر قرب التاجي شمال بغداد."
    tokens = tokenize(text)
    words = _words(text, tokens)
    starts = [w[0] for w in words]
    s = text.index("التاجي")
    draft = _Draft(s, s + 6, "التاجي", "tagger:crf", [], "LOC", "loc:LOC:التاجي")
    assert not _nisba_place(draft, words, starts)
    s2 = text.index("بغداد")  # not a nisba at all
    assert not _nisba_place(_Draft(s2, s2 + 5, "بغداد", "tagger:crf", [], "LOC", "loc:LOC:بغداد"), words, starts)
    text2 = "قال الشيخ عبدالمهدي الكربلائي إن"
    tokens2 = tokenize(text2)
    words2 = _words(text2, tokens2)
    s3 = text2.index("الكربلائي")
    assert _nisba_place(_Draft(s3, s3 + 9, "الكربلائي", "tagger:crf", [], "LOC", "loc:LOC:الكربلايي"),
                        words2, [w[0] for w in words2])
