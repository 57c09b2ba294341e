"""Each rhetoric category on real-style Arabic news sentences, with the negatives an analyst
expects (default pipeline: quotes, then rules).  Victimhood and glorification were never found
before the rules of the second check-set round; these pin what they must and must not flag."""

import pytest

import marsad


def rhetoric(text):
    data = marsad.analyze(text, source="test outlet").to_dict()
    for r in data["rhetoric"]:
        assert data["text"][r["start"]:r["end"]] == r["text"]
    return data["rhetoric"]


def categories(text):
    return sorted({c for r in rhetoric(text) for c in r["categories"]})


# --- appeal_to_victimhood ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الحركة في بيان: «إن المجازر التي ترتكب بحق أطفالنا لن تمر دون حساب».",
    "وقال القيادي في كلمة له: «إن شعبنا المحاصر يتعرض لحرب إبادة على مرأى من العالم».",
    "وقال محافظ الحديدة: «إن منع سفن الإغاثة يتسبب في كارثة إنسانية لأهلنا في المحافظة».",
    "وقالت الحركتان في بيان: «إن قوات الاحتلال قتلت الشاب بدم بارد».",
    "وقال مصدر في المقاومة: «اقتحموا منازل الآمنين، وأرعبوا الأطفال والنساء».",
])
def test_victimhood_appeals(text):
    assert "appeal_to_victimhood" in categories(text)


@pytest.mark.parametrize("text", [
    # an NGO reporting suffering, even in strong words, is not an appeal for its own side
    "وقال رئيس بعثة اللجنة الدولية للصليب الأحمر: «إن الوضع في عدن كارثة إنسانية، ومعاناة المدنيين وصلت إلى مستويات غير مسبوقة».",
    # an official counting casualties
    "وقال المتحدث باسم وزارة الصحة: «إن القصف أسفر عن مقتل 12 شخصا بينهم أطفال ونساء».",
])
def test_reporting_casualties_is_no_appeal(text):
    assert "appeal_to_victimhood" not in categories(text)


# --- glorification ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال قيادي في المقاومة الشعبية: «إن الشهداء الأبطال قدموا أرواحهم دفاعا عن المدينة».",
    "وقالت الحركة في بيان: «نبارك العملية التي نفذها مقاتلونا ضد جنود الاحتلال».",
    "وجاء في البيان: «نفذ الأخ الاستشهادي أبو عمر عمليته في قلب المدينة».",
    "وقال قيادي في المقاومة: «إن البطلة قادت عملية عسكرية ناجحة انتهت بالسيطرة على الموقع».",
])
def test_glorification(text):
    assert "glorification" in categories(text)


def test_a_sports_hero_is_no_glorification():
    assert categories("وقال مدرب الفريق بعد المباراة: «البطل الحقيقي هو الجمهور الذي وقف معنا».") == []


# --- threat -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد مصدر في المقاومة أن «المقاومة ستستمر في عملية تحرير المدينة من الميليشيات الحوثية».",
    "وقال زعيم الحركة في رسالة صوتية: «هدفنا إقامة نظام إسلامي، وسنواصل جهادنا حتى تحقيق ذلك».",
    "وقال الرئيس: «سنبدأ خلال فترة قصيرة مكافحتنا لتنظيم داعش».",
    "وقال الرهينة في الشريط: «يريدون مبادلتي بالأسيرات، وإلا سيقوم جنود الولاية بقتلي».",
])
def test_threats(text):
    assert "threat" in categories(text)


@pytest.mark.parametrize("text", [
    "وقال وزير الاقتصاد: «ستعمل الحكومة على تحرير الأسعار خلال العام المقبل».",
    "وقال المحلل: «إن استمرار التصعيد سيؤدي إلى تحرير المنطقة من النفوذ الأجنبي».",
    "وقال وزير الداخلية: «سنقضي على الإرهاب ونجفف منابعه».",
])
def test_no_threat(text):
    assert "threat" not in categories(text)


# --- incitement and calls ---------------------------------------------------------------

def test_great_satan_is_incitement():
    assert categories("وقال المرشد في خطاب: «إن أمريكا ستبقى الشيطان الأكبر بعد الاتفاق».") == ["incitement_against_group"]


def test_fighting_terrorism_is_no_call():
    assert rhetoric("ودعا الوزير إلى محاربة الإرهاب والتطرف بكل الوسائل المتاحة.") == []


def test_past_account_is_no_call():
    text = 'وقال مصدر في المقاومة: "المتمردون عمدوا إلى نهب كل شيء في المدينة. واقتحموا منازل الآمنين، وأرعبوا الأطفال والنساء".'
    cats = categories(text)
    assert "call_to_violence" not in cats and "appeal_to_victimhood" in cats


# --- narration --------------------------------------------------------------------------

def test_narration_is_never_flagged():
    text = ("وارتكبت الميليشيات مجازر بحق الأطفال في المدينة التي تعيش كارثة إنسانية، وشيع الأهالي الشهداء الأبطال "
            "بعد العملية البطولية، وستستمر عملية تحرير المحافظة من المتمردين الصليبيين.")
    assert rhetoric(text) == []


def test_disarmament_is_no_call():
    assert rhetoric("ودعا الحزب إلى تسليم سلاحه للأجهزة المختصة.") == []
