"""Context aliases: one-word descriptions that name an entity only in the right article."""

import marsad


def _mentions(text):
    doc = marsad.analyze(text)
    out = {}
    for e in doc.to_dict()["entities"]:
        for m in e["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
            out.setdefault(e["id"], []).append((m["text"], m["rule"]))
    return out


def test_bare_kingdom_is_saudi_arabia_in_a_saudi_story():
    got = _mentions("أكد المتحدث باسم وزارة الداخلية السعودية أن المملكة ستواصل حربها على الإرهاب، "
                    "وأن الرياض لن تتهاون مع من يسيء للمملكة.")
    assert ("المملكة", "context_alias") in got["Q851"]
    assert ("مملكة", "context_alias") in got["Q851"]  # «للمملكة»: after the elided-article proclitic


def test_bare_kingdom_without_saudi_context_is_left_alone():
    got = _mentions("قال الملك إن المملكة ستبقى على الحياد في النزاع بين الهند وباكستان.")
    assert "Q851" not in got


def test_kingdom_followed_by_an_adjective_is_another_name():
    got = _mentions("زار وزير الخارجية السعودي المملكة المغربية والأردن.")
    assert all(rule != "context_alias" for ms in got.values() for _t, rule in ms)


def test_coalition_depends_on_the_war_the_article_is_about():
    yemen = _mentions("شنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء، "
                      "وقال متحدث إن قوات التحالف دمرت مخازن أسلحة في اليمن.")
    assert len(yemen["cur:saudi-led-coalition"]) == 2
    syria = _mentions("قصفت طائرات التحالف مواقع لتنظيم داعش في الرقة شمال سوريا.")
    assert "cur:global-coalition" in syria and "cur:saudi-led-coalition" not in syria


def test_coalition_is_left_alone_when_both_wars_are_in_the_article():
    got = _mentions("قال المحلل إن التحالف حقق تقدما، في إشارة إلى الحرب في اليمن وسوريا.")
    assert "cur:saudi-led-coalition" not in got and "cur:global-coalition" not in got


def test_a_title_from_the_kb_alias_is_not_part_of_the_mention():
    got = _mentions("وقال السيد حسن نصر الله إن المقاومة ستنتصر، فيما زار الوزير دولة قطر.")
    texts = [t for ms in got.values() for t, _rule in ms]
    assert "حسن نصر الله" in texts and "قطر" in texts
    assert not any(t.startswith(("السيد", "دولة")) for t in texts)


def test_a_place_named_after_a_title_keeps_it():
    got = _mentions("وسيطر الجيش على مدينة الشيخ زويد في شمال سيناء.")
    assert any(t == "الشيخ زويد" for ms in got.values() for t, _rule in ms)
