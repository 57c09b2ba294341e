"""Person names found by the frames news writes names in (marsad.entities.person_patterns)."""

import marsad
from marsad.entities.person_patterns import find_person_names, given_names
from marsad.text.tokenize import tokenize


def _names(text: str) -> list[str]:
    return [s.text for s in find_person_names(text, tokenize(text))]


def test_speech_verb_then_name_then_role_apposition():
    text = "وأوضح رأفت الصباغ، المتحدث الرسمي باسم مركز الملك سلمان للإغاثة، أن المساعدات وصلت إلى عدن."
    assert _names(text) == ["رأفت الصباغ"]
    doc = marsad.analyze(text, published="2015-07-20")
    persons = [m["text"] for e in doc.to_dict()["entities"] if e["type"] == "PER" for m in e["mentions"]]
    assert "رأفت الصباغ" in persons


def test_name_between_commas_after_a_role():
    text = "وتوعد عضو المكتب السياسي لجماعة الحوثي، علي العماد، خصوم الجماعة بهزائم جديدة."
    assert _names(text) == ["علي العماد"]


def test_name_with_a_role_apposition_after_a_comma():
    text = "والتقى الوفد وزير حقوق الإنسان في الجمهورية اليمنية، عزالدين الأصبحي، في الرياض."
    assert _names(text) == ["عزالدين الأصبحي"]


def test_preposition_ala_is_not_the_name_ali():
    assert _names("وأكد على ضرورة وقف إطلاق النار فورا.") == []


def test_role_phrases_and_sources_are_not_names():
    assert _names("وقال مصدر أمني إن الهجوم وقع فجرا.") == []
    assert _names("وقال المتحدث باسم الوزارة إن القوات تقدمت.") == []
    assert _names("وقال أيضا إن القوات تقدمت نحو المدينة.") == []


def test_a_title_inside_an_institution_name_opens_no_name():
    assert _names("وتمكن جمرك مطار الملك عبدالعزيز الدولي من إحباط محاولة تهريب.") == []


def test_given_names_hold_corpus_and_hand_names_but_no_function_words():
    names = given_names()
    assert {"علي", "رافت", "محمد"} <= names
    assert "في" not in names and "المتحدث" not in names
