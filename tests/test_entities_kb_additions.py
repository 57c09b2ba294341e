"""Common words that were KB names (مالية / ماليه, أمان / امان, الميادين) and KB entries that
conflict news names but the KB lacked, each in a real sentence of SaudiNewsNet style."""

from __future__ import annotations

import marsad


def _entities(text: str) -> list[dict]:
    return marsad.analyze(text, published="2015-08-01", id="t").to_dict()["entities"]


def _by_mention(text: str) -> dict[str, dict]:
    return {m["text"]: e for e in _entities(text) for m in e["mentions"]}


def _holding(found: dict[str, dict], name: str) -> dict:
    """The entity of the mention that holds ``name`` (a KB alias may include its head word)."""
    return next(e for t, e in found.items() if name in t)


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


def test_dhale_without_a_place_cue():
    found = _by_mention("إلا أنه أفصح عن تعرض جماعته لهزائم كبيرة في الضالع. وفي عدن وصلت طائرتان سعوديتان.")
    assert found["الضالع"]["country"] == "YE"
    assert abs(found["الضالع"]["lat"] - 13.70) < 0.1


def test_places_missing_from_geonames_cities500():
    found = _by_mention("وتمكنت المقاومة من تطهير مدينة الفيصل شمال منطقة دار سعد التابعة لعدن.")
    assert _holding(found, "دار سعد")["country"] == "YE" and _holding(found, "دار سعد")["lat"] is not None
    found = _by_mention("وهاجم مسلحون فندقا يستخدمه موظفو الأمم المتحدة في بلدة سيفاري في مالي.")
    assert _holding(found, "سيفاري")["name_en"] == "Sévaré" and _holding(found, "سيفاري")["country"] == "ML"
    found = _by_mention("وفاز حزب العدالة والتنمية الحاكم في حي بي أوغلو وسط اسطنبول.")
    assert _holding(found, "بي أوغلو")["country"] == "TR"
    found = _by_mention("ويمر الطريق بين مدينة البوكمال وقرية الباجوز فوق نهر الفرات.")
    assert _holding(found, "الباجوز")["name_en"] == "Baghuz Fawqani"


def test_a_spaced_spelling_of_gumushane():
    found = _by_mention("وقتل جندي في هجوم استهدف دورية في محافظة كوموش خانة قرب البحر الأسود.")
    e = _holding(found, "كوموش")
    assert e["name_en"] == "Gümüşhane Province"


def test_persons_news_names_by_one_word():
    found = _by_mention("بدأ تنفيذه باحتضان الخميني في باريس وتهيئته لحكم إيران.")
    assert found["الخميني"]["type"] == "PER" and found["الخميني"]["name_en"] == "Ruhollah Khomeini"
    found = _by_mention("وقال إن ما يدور حول تعديل وزاري في حكومة محلب اجتهادات إعلامية.")
    assert found["محلب"]["name_en"] == "Ibrahim Mahlab"
    found = _by_mention("وقال ممثل المرجعية الدينية في محافظة كربلاء عبدالمهدي الكربلائي إن الحكومة مطالبة بالإصلاح.")
    assert found["عبدالمهدي الكربلائي"]["name_en"] == "Abdul Mahdi al-Karbalai"


def test_organisations_the_kb_lacked():
    found = _by_mention("رابط الخبر بصحيفة الوئام: السجن 9 أعوام لعسكري انضم لداعش")
    e = _holding(found, "الوئام")
    assert e["type"] == "ORG" and e["name_en"] == "Al-Weeam"


def test_khartoum_with_its_article_and_faryab_without_its_long_alef():
    # GeoNames spells Khartoum «ااالخرطوم»; the KB builder folds the run of alefs to «الخرطوم»
    found = _by_mention("وتظاهر مئات الطلاب أمس في الخرطوم احتجاجا على رفع أسعار الوقود.")
    assert found["الخرطوم"]["name_en"] == "Khartoum" and abs(found["الخرطوم"]["lat"] - 15.55) < 0.1
    found = _by_mention("وقتل خمسة جنود في هجوم لطالبان على حاجز أمني في ولاية فرياب شمال أفغانستان.")
    assert _holding(found, "فرياب")["name_en"] == "Faryab Province"


def test_a_yemeni_group_points_at_yemen_for_a_town_held_back_as_a_common_word():
    # «مأرب» is also a common word (aim): the tagger's place links to Ma'rib when the Houthis are named
    found = _by_mention("وقعت اشتباكات في مأرب بين الحوثيين والمقاومة.")
    assert found["مأرب"]["name_en"] == "Ma'rib" and found["مأرب"]["lat"] is not None


def test_wadi_hadhramaut_is_the_valley_not_the_governorate_seat():
    found = _by_mention("قتل تسعة جنود في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في وادي سر بوادي حضرموت "
                        "جنوب شرق اليمن أمس.")
    e = _holding(found, "حضرموت")
    assert e["name_en"] == "Wadi Hadhramaut" and abs(e["lat"] - 15.94) < 0.1  # Seiyun, not Mukalla
