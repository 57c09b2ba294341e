"""Reported speech without quotation marks (marsad.rhetoric.reported): a threat, call or praise the
reporter attributes to a named speaker is a statement (``reported: true``, ``quote: None``,
``via: "reported_verb"``), not narration.  Sentences from the check set (eval/rhetoric, parts
extra and extra2) and from unseen SaudiNewsNet articles, with the negatives an analyst expects."""

import pytest

import marsad


def records(text):
    data = marsad.analyze(text, source="test outlet").to_dict()
    for r in data["rhetoric"]:
        assert data["text"][r["start"]:r["end"]] == r["text"]
    return [r for r in data["rhetoric"] if r["via"] == "reported_verb"]


@pytest.mark.parametrize(("text", "category", "statement", "speaker"), [
    ("وقد هدد الفرع المصري لتنظيم داعش الاربعاء باعدام كرواتي يعمل لحساب مجموعة فرنسية.",
     "threat", "اعدام كرواتي يعمل لحساب مجموعة فرنسية", "الفرع المصري لتنظيم داعش"),
    ("وتوعد زعيم التنظيم أبو بكر البغدادي بشن هجمات جديدة على الغرب.",
     "threat", "شن هجمات جديدة على الغرب", "زعيم التنظيم أبو بكر البغدادي"),
    ("وتوالت ردود الفعل، حيث هددت عائلة السنوسي بالانتقام، فيما أعلنت المفوضية انزعاجها.",
     "threat", "الانتقام", "عائلة السنوسي"),
    ("في غضون ذلك، دعت اللجان الشعبية في محافظة تعز المواطنين لحمل السلاح وحسم المعركة ضد الانقلابيين الحوثيين.",
     "call_to_violence", "حمل السلاح وحسم المعركة ضد الانقلابيين الحوثيين", "اللجان الشعبية"),
])
def test_reported_statements(text, category, statement, speaker):
    (r,) = records(text)
    assert r["categories"] == [category]
    assert r["text"] == statement
    assert r["speaker"]["name"] == speaker and r["speaker"]["text"] == speaker
    assert r["reported"] is True and r["quote"] is None


def test_plural_verb_takes_the_subject_before_it():
    # «هددوا همام»: the rebels threaten, Hammam (after the verb) is the one threatened
    (r,) = records("وكان المتمردون هددوا همام بالتصفية وأرغموه على مواصلة العمل في البنك.")
    assert r["categories"] == ["threat"]
    assert r["speaker"]["text"] == "المتمردون"


def test_praise_with_the_speaker_carried_over():
    # «كما أشاد» has no subject: the speaker of the sentence before (Batarfi) is carried over;
    # «بمحمد ... وهو المسلح المتهم بقتل» is no praise of an attack (the complement is the man)
    text = ("وأشاد باطرفي بمحمد يوسف عبدالعزيز وهو المسلح المتهم بقتل أربعة من عناصر الجيش الأميركي. "
            "كما أشاد بالهجوم المسلح على صحيفة شارلي إيبدو الفرنسية في يناير.")
    (r,) = records(text)
    assert r["categories"] == ["glorification"]
    assert r["text"].startswith("الهجوم المسلح على صحيفة")
    assert "باطرفي" in r["speaker"]["name"]


@pytest.mark.parametrize("text", [
    # a threat verb whose complement is no violence; a demand for a death sentence
    "وهدد الرئيس بقطع العلاقات مع قطر.",
    "وطالب أهالي الضحايا بإعدام القتلة.",
    # praise of a process, not an attack
    "وأشاد الوزير بعملية الانتقال السياسي في البلاد.",
    # the present «يهدد» is «endangers»; a negated verb
    "وقال الخبراء إن الجفاف يهدد بحرب على المياه في المنطقة.",
    "ولم تهدد الحركة بشن هجمات جديدة.",
    # a call to stop fighting, a hospital's call to give blood
    "ودعت الأمم المتحدة الأطراف إلى وقف القتال فورا.",
    "ودعا مستشفى الملك فهد المواطنين إلى التبرع بالدم.",
    # a verb inside a clause starts a relative clause (a column's hypothetical)
    "وطالبوه بأن يأتي برمز واحد من رموز العلمانية دعا إلى حمل السلاح وقتل الأبرياء.",
    # narration of events, with no reporting verb
    "وقتل مسلحون خمسة جنود في هجوم بسيارة مفخخة استهدف حاجزا للجيش.",
])
def test_not_reported_statements(text):
    assert records(text) == []
