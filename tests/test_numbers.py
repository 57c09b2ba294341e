"""Numbers: digits, Arabic number words, vague quantities, false-positive guards, offsets."""

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.numbers import NumberMention, find_numbers, parse_number


def _seeds() -> list[str]:
    raw = resources.files("marsad").joinpath("examples/seeds.jsonl").read_text("utf-8")
    return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]


SEED_000, SEED_004 = _seeds()


def found(text: str) -> list[tuple[str, int, bool, str]]:
    out = find_numbers(text)
    check_invariants(text, out)
    return [(m.text, m.value, m.approximate, m.kind) for m in out]


def check_invariants(text: str, spans: list) -> None:
    prev_end = 0
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.start < s.end and s.start >= prev_end
        prev_end = s.end


@pytest.mark.parametrize("text, expected", [
    ("مقتل ثلاثة جنود", [("ثلاثة", 3, False, "words")]),
    ("قتل خمسة وعشرون مدنيا", [("خمسة وعشرون", 25, False, "words")]),
    ("قتل خمس وعشرين امرأة", [("خمس وعشرين", 25, False, "words")]),
    ("أكثر من مئتي قتيل", [("مئتي", 200, True, "words")]),
    ("سقوط عشرات القتلى", [("عشرات", 10, True, "vague")]),
    ("١٥ قتيلا", [("١٥", 15, False, "digits")]),
    ("نحو 1,200 مقاتل", [("1,200", 1200, True, "digits")]),
    ("وصل ١٬٢٠٠ لاجئ", [("١٬٢٠٠", 1200, False, "digits")]),
    ("قتل ۱۵ نفر", [("۱۵", 15, False, "digits")]),
    ("اعتقال 3 آلاف شخص", [("3 آلاف", 3000, False, "digits")]),
    ("نزوح 1.5 مليون شخص", [("1.5 مليون", 1500000, False, "digits")]),
    ("قتل أحد عشر جنديا", [("أحد عشر", 11, False, "words")]),
    ("اعتقال إحدى عشرة امرأة", [("إحدى عشرة", 11, False, "words")]),
    ("أسر اثنا عشر مقاتلا", [("اثنا عشر", 12, False, "words")]),
    ("أسر اثني عشر مقاتلا", [("اثني عشر", 12, False, "words")]),
    ("مقتل تسعة عشر شخصا", [("تسعة عشر", 19, False, "words")]),
    ("مقتل ثلاث عشرة امرأة", [("ثلاث عشرة", 13, False, "words")]),
    ("قتل ثلاثمئة مدني", [("ثلاثمئة", 300, False, "words")]),
    ("قتل ثلاثمائة مدني", [("ثلاثمائة", 300, False, "words")]),
    ("قتل ثلاث مئة مدني", [("ثلاث مئة", 300, False, "words")]),
    ("قتل مائة مدني", [("مائة", 100, False, "words")]),
    ("قتل مئتان", [("مئتان", 200, False, "words")]),
    ("قتل مائتي شخص", [("مائتي", 200, False, "words")]),
    ("اعتقال ثلاثة آلاف شخص", [("ثلاثة آلاف", 3000, False, "words")]),
    ("نزوح ألفين", [("ألفين", 2000, False, "words")]),
    ("نزوح ألف شخص", [("ألف", 1000, False, "words")]),
    ("شارك ألفا مقاتل في الهجوم", [("ألفا", 2000, False, "words")]),
    ("نزح مليونا شخص", [("مليونا", 2000000, False, "words")]),
    ("قتل ألفاً من المدنيين", [("ألفاً", 1000, False, "words")]),
    ("يبلغ عدد السكان مليوني نسمة", [("مليوني", 2000000, False, "words")]),
    ("نزوح ثلاثة آلاف وخمسمئة وعشرين شخصا", [("ثلاثة آلاف وخمسمئة وعشرين", 3520, False, "words")]),
    ("ثلاثمائة وخمسين ألفا", [("ثلاثمائة وخمسين ألفا", 350000, False, "words")]),
    ("مئة وخمسة عشر جريحا", [("مئة وخمسة عشر", 115, False, "words")]),
    ("نزوح مليون ونصف", [("مليون ونصف", 1500000, False, "words")]),
    ("نزوح ملايين السوريين", [("ملايين", 1000000, True, "vague")]),
    ("سقط مئات الضحايا", [("مئات", 100, True, "vague")]),
    ("نزح عشرات الآلاف", [("عشرات الآلاف", 10000, True, "vague")]),
    ("نزح مئات الآلاف", [("مئات الآلاف", 100000, True, "vague")]),
    ("نزح آلاف المدنيين", [("آلاف", 1000, True, "vague")]),
    ("اشتباكات دامت لعدة أيام", [("عدة", 3, True, "vague")]),
    ("قتل بضعة جنود", [("بضعة", 3, True, "vague")]),
    ("قتيل واحد", [("واحد", 1, False, "words")]),
    ("إصابة اثنين من الجنود", [("اثنين", 2, False, "words")]),
    ("إصابة إثنين من الجنود", [("إثنين", 2, False, "words")]),
    ("مقتل جنديين اثنين", [("اثنين", 2, False, "words")]),
])
def test_real_news_numbers(text, expected):
    assert found(text) == expected


def test_proclitics_are_outside_the_span():
    assert found("أصيب بثلاثة صواريخ") == [("ثلاثة", 3, False, "words")]
    assert found("قتل خلاله وخمسين آخرين") == [("خمسين", 50, False, "words")]
    assert found("بين ثلاث سنوات و77 عاماً") == [("ثلاث", 3, False, "words"), ("77", 77, False, "digits")]
    assert found("ولثلاثة أيام") == [("ثلاثة", 3, False, "words")]


def test_diacritics_tatweel_and_spelling_variants():
    assert found("مقتل ثَلاثةُ جنودٍ") == [("ثَلاثةُ", 3, False, "words")]
    assert found("مقتل ثلاثــة جنود") == [("ثلاثــة", 3, False, "words")]
    assert found("مقتل ثلاثه جنود") == [("ثلاثه", 3, False, "words")]
    assert found("قتل خمسون ألفاً") == [("خمسون ألفاً", 50000, False, "words")]
    assert found("إحدى عشرة") == [("إحدى عشرة", 11, False, "words")]
    assert found("احدى عشرة") == [("احدى عشرة", 11, False, "words")]


@pytest.mark.parametrize("text", [
    "يوم الأحد",
    "الأحد الماضي",
    "لم يصب أحد بأذى",
    "قتل أحد القادة",
    "إحدى المدن",
    "الذكرى المئوية لتأسيس الدولة",
    "عشراتهم",
    "الواحد",
    "الدولة الإسلامية الإثنين",
    "يوم الاثنين",
    "الثالث من الشهر",
    "للمرة الثالثة",
    "الحادي عشر من سبتمبر",
    "الثاني عشر من الشهر",
    "القرن الحادي والعشرين",
    "الجنود الثلاثة",
    "في آن واحد",
    "لست أدري",
    "وعده بالنصر",
    "يوم الثلاثاء",
    "الخميس الماضي",
    "أمس الأربعاء 20 مارس الجاري",
    "منذ أيلول/سبتمبر",
    "في 20/3/2019",
    "الساعة 10:30",
    "طائرة F16",
    "طائرة من طراز سو-24",
    "حي الألف مسكن",
    "الساعة الرابعة فجرا",
    "الخامس عشر من آذار",
    "نسبة 50%",
    "خمسة في المئة",
    "عشرة بالمئة",
    "اثنا",
])
def test_ordinary_words_are_not_numbers(text):
    assert found(text) == []


def test_hedges_mark_approximate_with_qualifier():
    m = find_numbers("أكثر من مئتي قتيل")[0]
    assert (m.value, m.approximate, m.qualifier) == (200, True, "more_than")
    m = find_numbers("قتل ما لا يقل عن عشرين مدنيا")[0]
    assert (m.value, m.approximate, m.qualifier) == (20, True, "at_least")
    m = find_numbers("قتل حوالى 30 شخصا")[0]
    assert (m.value, m.approximate, m.qualifier) == (30, True, "about")
    m = find_numbers("قتل بنحو خمسين شخصا")[0]
    assert (m.value, m.qualifier) == (50, "about")
    m = find_numbers("مقتل ثلاثة جنود")[0]
    assert (m.approximate, m.qualifier) == (False, None)


def test_decimals_without_scale_are_rounded_and_approximate():
    m = find_numbers("ارتفع المنسوب 3.7 متر")[0]
    assert (m.text, m.value, m.approximate) == ("3.7", 4, True)
    m = find_numbers("ارتفع ٣٫٥ مليون")[0]
    assert (m.text, m.value, m.approximate) == ("٣٫٥ مليون", 3500000, False)


def test_seed_000_numbers():
    got = [(m.text, m.value, m.kind) for m in find_numbers(SEED_000)]
    assert got == [("2014", 2014, "digits"), ("ألوفاً", 1000, "vague"), ("مئات", 100, "vague"),
                   ("خمسين", 50, "words"), ("ثلاث", 3, "words"), ("77", 77, "digits")]
    check_invariants(SEED_000, find_numbers(SEED_000))


def test_seed_004_numbers_skip_the_date():
    got = [(m.text, m.value, m.kind) for m in find_numbers(SEED_004)]
    assert got == [("عدة", 3, "vague"), ("50", 50, "digits")]  # "20 مارس" is a date


@pytest.mark.parametrize("words, value", [
    ("ثلاثة", 3), ("ثَلاثة", 3), ("خمسة وعشرون", 25), ("خمس وعشرين", 25), ("بثلاثة", 3),
    ("وخمسين", 50), ("أحد", 1), ("إحدى", 1), ("أحد عشر", 11), ("اثنا عشر", 12),
    ("مئتي", 200), ("ثلاثمئة", 300), ("ثلاث مئة", 300), ("ثلاثة آلاف", 3000),
    ("عشرة آلاف", 10000), ("أحد عشر ألفا", 11000), ("مليون", 1000000), ("مليونين", 2000000),
    ("1,200", 1200), ("١٬٢٠٠", 1200), ("١٥", 15), ("۱۵", 15), ("1.200.000", 1200000),
    ("2.5 مليون", 2500000), ("عشرات", 10), ("مئات", 100), ("آلاف", 1000), ("عدة", 3),
    ("ألف وخمسمئة", 1500), ("مئة وواحد", 101), ("تسعمائة وتسعة وتسعون", 999),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("words", [
    "", "   ", "الأحد", "ثالث", "مقتل ثلاثة جنود", "عشر ثلاثة", "3,5", "ثلاثة،", "abc", "ثلاثة وأربعة",
])
def test_parse_number_rejects(words):
    assert parse_number(words) is None


def test_number_mention_is_frozen():
    m = find_numbers("ثلاثة")[0]
    assert isinstance(m, NumberMention)
    with pytest.raises(AttributeError):
        m.value = 4  # type: ignore[misc]


ALPHABET = st.sampled_from(
    ["ثلاثة", "عشر", "عشرات", "مئة", "ألف", "آلاف", "الأحد", "أحد", "واحد", "خمسة", "وعشرون",
     "اثنا", "إحدى", "مليون", "ونصف", "عدة", "نحو", "أكثر", "من", "الثاني", "مارس", "في", "المئة",
     "ب", "و", "ل"]
    + list("ابتثجحخدسعلمنهويىة") + list("0129٠٣٩۵,.٫٬%٪/:-")
    + list(" \t\n\u00a0") + list("،؛\"'«»()") + ["\u064e", "\u0651", "\u0640", "a", "Z"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_property_find_numbers_never_raises_and_keeps_offsets(text):
    out = find_numbers(text)
    check_invariants(text, out)
    for m in out:
        assert isinstance(m.value, int) and m.value >= 0
        assert m.kind in ("digits", "words", "vague")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_property_any_unicode(text):
    check_invariants(text, find_numbers(text))
    parse_number(text)
