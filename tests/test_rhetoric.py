"""The rhetoric layer on real-style Arabic news sentences (default pipeline: quotes, then rules).

Each sentence is written as Arabic outlets report statements; the expectations say what an
analyst would code, and the precision decisions documented in ``marsad.rhetoric.classify``
(enforcement vows, negated violence, narration) are pinned here.
"""

import pytest

import marsad
from marsad.rhetoric.lexicon import rhetoric_lexicon
from marsad.rhetoric.methods import find_methods
from marsad.rhetoric.stage import find_rhetoric
from marsad.rhetoric.statements import split_statements
from marsad.rhetoric.words import norm, split_words, variants


def rhetoric(text):
    data = marsad.analyze(text, source="test outlet").to_dict()
    for r in data["rhetoric"]:
        assert data["text"][r["start"]:r["end"]] == r["text"]
    return data


def only(data):
    assert len(data["rhetoric"]) == 1, data["rhetoric"]
    return data["rhetoric"][0]


def test_call_imperative_with_incitement_labels():
    data = rhetoric('ودعا أبو بكر البغدادي في تسجيل صوتي أنصاره قائلا: "قاتلوا الروافض والصليبيين أينما ثقفتموهم".')
    r = only(data)
    assert r["categories"] == ["call_to_violence", "incitement_against_group"]
    assert r["speaker"]["name"] == "أبو بكر البغدادي"
    labels = {t["text"]: t["group"] for t in r["target"] if t["rule"] == "target.label"}
    assert labels == {"الروافض": "Shia Muslims", "الصليبيين": "Christians / Western states"}


def test_call_by_cue_with_target_country():
    r = only(rhetoric("ودعا زعيم تنظيم القاعدة أيمن الظواهري أنصاره إلى شن هجمات على الولايات المتحدة وحلفائها."))
    assert r["categories"] == ["call_to_violence"]
    assert "call.cue" in r["rules"]
    assert [(t["name"], t["rule"]) for t in r["target"]] == [("الولايات المتحدة", "target.object")]
    assert r["reported"] is True


def test_obligation_frame_is_a_call():
    r = only(rhetoric('وقال الشيخ في خطبته: "على المسلمين أن يقاتلوا المحتلين حتى يخرجوا من أرضهم".'))
    assert r["categories"] == ["call_to_violence"] and r["rules"] == ["call.obligation"]


def test_negated_violence_is_no_call():
    data = rhetoric("ودعا الأمين العام للأمم المتحدة إلى وقف القتال فورا في اليمن.")
    assert data["quotes"], "the quote finder should see the call"
    assert data["rhetoric"] == []


def test_threat_future_and_formula_with_target():
    r = only(rhetoric('وقال المتحدث باسم جماعة الحوثي في كلمة متلفزة: "سنضرب السعودية في عمقها وستدفعون الثمن غاليا".'))
    assert r["categories"] == ["threat"]
    assert {"threat.future_violence", "threat.formula"} <= set(r["rules"])
    assert [t["entity"] for t in r["target"]] == ["Q851"]  # Saudi Arabia


def test_minister_vow_against_terrorism_is_not_a_threat():
    """Decision: a vow of lawful force against an abstract or enforcement object is not flagged."""
    data = rhetoric('وقال وزير الداخلية في مؤتمر صحفي: "سنقضي على الإرهاب ونلاحق الإرهابيين أينما كانوا".')
    assert data["quotes"] and data["rhetoric"] == []


def test_minister_announcing_a_campaign_against_a_named_group_is_a_threat():
    r = only(rhetoric('وقال وزير الخارجية: "سنبدأ قريبا حملة عسكرية ضد داعش في سوريا".'))
    assert r["categories"] == ["threat"] and r["rules"] == ["threat.future_with_violence_noun"]
    assert [t["entity"] for t in r["target"]] == ["Q2429253"]


def test_appeal_to_victimhood():
    r = only(rhetoric('وقال المتحدث باسم التنظيم في بيان: "إن التحالف يرتكب مجازر بحق أهلنا في الموصل ويقتل النساء والأطفال".'))
    assert r["categories"] == ["appeal_to_victimhood"]
    assert {"مجازر", "النساء", "الأطفال"} <= {c["entry"] for c in r["cues"]}
    assert r["target"] == []  # «مجازر بحق X» names victims, not a target


def test_glorification():
    r = only(rhetoric('وقال التنظيم في بيانه: "نحسبهم شهداء، أبطال الغزوة المباركة الذين أثخنوا في الكفار".'))
    assert "glorification" in r["categories"]
    assert "glorification.strong" in r["rules"]


def test_methods_are_normalized():
    r = only(rhetoric('وقال المتحدث في التسجيل: "ادهسوهم بالسيارات واطعنوهم بالسكاكين وفجروا الأحزمة الناسفة في أسواقهم".'))
    assert r["categories"] == ["call_to_violence"]
    assert [m["method"] for m in r["methods"]] == ["vehicle ramming", "stabbing / knives", "explosives", "suicide belts"]


def test_narration_is_never_flagged():
    text = ("وقتل مسلحون خمسة جنود وأصابوا ثلاثة آخرين في هجوم بعبوة ناسفة على نقطة تفتيش في شمال سيناء، "
            "وتوعد الجيش بملاحقة المهاجمين والثأر لقتلاه، ولم تعلن أي جهة مسؤوليتها عن الهجوم.")
    data = rhetoric(text)
    inside = [(q["start"], q["end"]) for q in data["quotes"]]
    assert all(any(s <= r["start"] and r["end"] <= e for s, e in inside) for r in data["rhetoric"])
    assert not any("قتل مسلحون" in r["text"] for r in data["rhetoric"])


def test_narration_without_quotes_gives_nothing():
    text = "قتل مسلحون خمسة جنود في هجوم بسيارة مفخخة استهدف حاجزا للجيش، واستشهد اثنان من المارة."
    assert find_rhetoric(text, quotes=[]) == []
    assert rhetoric(text)["rhetoric"] == []


def test_reported_is_false_when_the_outlet_speaks():
    text = 'وقالت الجريدة في افتتاحيتها: "اقتلوا الغزاة".'
    quote = {"start": text.index("اقتلوا"), "end": text.index("الغزاة") + 6, "text": "اقتلوا الغزاة", "kind": "direct",
             "cue": {"start": 5, "end": 9, "text": "قالت"}, "speaker": {"entity": None, "name": "الجريدة"}}
    assert text[quote["start"]:quote["end"]] == quote["text"]
    (r,) = find_rhetoric(text, quotes=[quote], source="الجريدة")
    assert r["reported"] is False
    (r,) = find_rhetoric(text, quotes=[quote], source="another outlet")
    assert r["reported"] is True


def test_clitics_and_hamza_forms_match():
    assert "احكموا" in variants(norm("فأحكموا"))
    assert "مفخخات" in variants(norm("بالمفخّخات"))
    assert "ثار" in variants(norm("للثأر"))
    words = split_words(norm("وانشروا القناصين وأغيروا عليهم بالمفخّخات"))
    assert [h.payload for h in find_methods(words, lex=rhetoric_lexicon())] == ["snipers", "car bombs (VBIEDs)"]


def test_statements_split_at_sentence_punctuation():
    view = norm("«اثأروا لدماء إخوانكم. فأحكموا العبوات»")
    parts = [view[s:e] for s, e in split_statements(view, 0, len(view))]
    assert parts == ["اثاروا لدماء اخوانكم", "فاحكموا العبوات"]


@pytest.mark.parametrize("word,future", [("سنثار", True), ("سنبدا", True), ("ستدفعون", True),
                                         ("سيارة", False), ("سنوات", False), ("سياسة", False),
                                         # four letters سا..: a past verb or name of the pattern فاعل
                                         ("سأقتل", True), ("سالم", False), ("ساعد", False), ("سافر", False)])
def test_future_verbs(word, future):
    from marsad.rhetoric.classify import is_future_verb

    assert is_future_verb(norm(word)) is future


def test_past_tense_spelled_like_an_imperative_is_no_call():
    data = rhetoric("وقالت مصادر في المقاومة إن مقاتليها استهدفوا دورية عسكرية للميليشيا الحوثية وهاجموا عربتين.")
    assert data["quotes"] and data["rhetoric"] == []
    r = only(rhetoric('وقال القيادي في كلمته: "هاجموا مواقعهم في كل مكان".'))  # first word: an imperative
    assert r["categories"] == ["call_to_violence"]


def test_casualty_report_is_no_victimhood_appeal():
    data = rhetoric("وقالت المصادر إن عدد القتلى ارتفع إلى نحو 100 شخص، بينهم أطفال ونساء، جراء القصف.")
    assert data["quotes"] and data["rhetoric"] == []


def test_rejecting_is_no_sectarian_slur():
    data = rhetoric("وأكدت واشنطن أنها ما زالت ملتزمة بسياساتها الرافضة لإرهاب إيران في المنطقة.")
    assert data["quotes"] and data["rhetoric"] == []
