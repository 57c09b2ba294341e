"""Common words that were KB names (مالية / ماليه, أمان / امان, الميادين) and KB entries that
conflict news names but the KB lacked, each in a real sentence of SaudiNewsNet style."""

from __future__ import annotations

import marsad


def _entities(text: str) -> list[dict]:
    return marsad.analyze(text, published="2015-08-01", id="t").to_dict()["entities"]


def _by_mention(text: str) -> dict[str, dict]:
    return {m["text"]: e for e in _entities(text) for m in e["mentions"]}


def test_financial_is_not_male_but_male_still_is():
    # «مالية» (financial) folds to the curated «ماليه» (Malé): a word written with «ة» is not
    # a name that only «ه» spells
    found = _by_mention("وقضت المحكمة بسجنه 9 أعوام وإلزامه بدفع غرامة مالية قدرها خمسة آلاف ريال.")
    assert "مالية" not in found
    found = _by_mention("وصل الرئيس إلى ماليه عاصمة جزر المالديف.")
    assert found["ماليه"]["name_en"] == "Malé"


def test_safety_is_not_amman():
    found = _by_mention("وكانت الدولة في العراق وسورية صمام أمان للناس هناك، وهي اليوم مهددة.")
    assert "أمان" not in found


def test_the_squares_are_not_al_mayadeen_but_the_channel_is():
    found = _by_mention("ولا يجوز أن يسفك دم الأبرياء في المساجد وفي الميادين دون وازع ديني.")
    assert "الميادين" not in found
    found = _by_mention("وقال في مقابلة مع قناة الميادين إن المعارك مستمرة.")
    assert found["قناة الميادين"]["name_en"] == "Al Mayadeen"
