"""US states are places of the KB (``curated_admin_regions.jsonl``), placed at their capital with
geo precision 2; the names shared with a city or a country count only after «ولاية»."""

from __future__ import annotations

import marsad


def _analyze(text: str) -> dict:
    return marsad.analyze({"id": "t", "text": text, "published": "2015-07-25"}).to_dict()


def _entity(doc: dict, word: str, nth: int = 0) -> dict:
    """The entity with a mention of ``word`` at its ``nth`` occurrence in the text (the span of a
    state leaves «ولاية» outside, as ANERcorp does)."""
    text, at = doc["text"], -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return next(e for e in doc["entities"]
                if any(m["start"] <= at < m["end"] and m["text"].endswith(word) for m in e["mentions"]))


def test_a_shooting_in_texas_is_placed_in_texas():
    doc = _analyze("قتل 8 أشخاص بينهم خمسة أطفال في ولاية تكساس الأمريكية إثر تعرضهم لإطلاق نار في منزلهم.")
    texas = _entity(doc, "تكساس")
    assert texas["id"] == "cur:texas" and texas["country"] == "US" and texas["geo_precision"] == 2
    (event,) = doc["events"]
    assert event["location"]["entity"] == "cur:texas"


def test_the_state_of_a_soldiers_killing_is_the_one_named_and_bare_names_link_too():
    doc = _analyze("أمر حكام ولايات فلوريدا ولويزيانا وتكساس السبت بتسليح أفراد الحرس الوطني في أعقاب هجمات أدت إلى"
                   " مقتل خمسة من أفراد الجيش الأميركي بولاية تنيسي.")
    assert _entity(doc, "فلوريدا")["id"] == "cur:florida"
    assert _entity(doc, "تكساس")["id"] == "cur:texas"
    doc = _analyze("قتل مسلح خمسة من أفراد الجيش الأميركي في هجوم بولاية تنيسي.")
    assert [e["location"]["entity"] for e in doc["events"]] == ["cur:tennessee"]


def test_a_name_shared_with_a_city_or_a_country_is_the_state_only_after_wilaya():
    doc = _analyze("وأصبحت سياتل بولاية واشنطن أول مدينة تفرض غرامات، فيما زار الرئيس واشنطن وجورجيا.")
    assert _entity(doc, "واشنطن")["id"] == "cur:washington-state"
    assert _entity(doc, "واشنطن", 1)["id"] == "cur:washington-dc"
    assert _entity(doc, "جورجيا")["id"] == "iso:GE"
    doc = _analyze("وكان باتاكي حاكما سابقا لولاية نيويورك، ثم انتقل إلى مدينة نيويورك.")
    assert _entity(doc, "نيويورك")["id"] == "cur:new-york-state"
    assert _entity(doc, "نيويورك", 1)["id"] != "cur:new-york-state"

