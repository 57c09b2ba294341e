"""Sentence and paragraph splitting: real Arabic news, the offset invariant, property tests."""

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.sentences import Sentence, paragraphs, split_sentences


def _seeds() -> list[str]:
    raw = resources.files("marsad").joinpath("examples/seeds.jsonl").read_text("utf-8")
    return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]


SEED_000, SEED_004 = _seeds()


def texts(text: str, **kw) -> list[str]:
    out = split_sentences(text, **kw)
    check_invariants(text, out)
    return [s.text for s in out]


def check_invariants(text: str, spans: list) -> None:
    prev_end = 0
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= prev_end
        prev_end = s.end


def test_full_stop_question_exclamation_ellipsis():
    t = "قتل ثلاثة جنود. هل انتهت المعركة؟ لا! ربما… سنرى?"
    assert texts(t) == ["قتل ثلاثة جنود.", "هل انتهت المعركة؟", "لا!", "ربما…", "سنرى?"]


def test_runs_of_terminators_stay_together():
    assert texts("ماذا حدث؟!! لا أحد يعرف...") == ["ماذا حدث؟!!", "لا أحد يعرف..."]


def test_arabic_comma_and_semicolon_do_not_end_a_sentence():
    t = "لم يجدوا تعاطفًا؛ لأن المجتمع الغربي لا ينظر إليهم، مُشيرًا إلى ذلك."
    assert texts(t) == [t]


def test_line_breaks_end_sentences_and_headline_lines():
    sents = texts(SEED_000)
    assert sents[0] == "النداء الجهادي الأخير لشن 'غزوة الثأر' من أكراد سوريا"
    assert sents[2] == "الدولة الاسلامية تنادي بالثأر لقتلى مسجدي نيوزلندا"
    assert sents[3] == "أبو الحسن المهاجر يدعو الى إطالة أمد المعركة في الباغوز"
    assert sents[4].startswith("بيروت - دعا تنظيم الدولة")
    assert sents[4].endswith('انتهاء "الخلافة".')


def test_closing_quote_after_final_punctuation_belongs_to_the_sentence():
    t = 'وقال المهاجر "أوتحسبون أنّ مشاهد النزوح ستفتّ في تعاضد أبناء الخلافة وجيشها وأنصارها"؟ ثم سكت.'
    assert texts(t) == [t[: t.index("؟") + 1], "ثم سكت."]
    t2 = 'وقال: "لن نتراجع أبدا." وغادر القاعة.'
    assert texts(t2) == ['وقال: "لن نتراجع أبدا."', "وغادر القاعة."]
    t3 = "أكد أنّ «المعركة لم تنته بعد». وأضاف أن الحرب طويلة."
    assert texts(t3) == ["أكد أنّ «المعركة لم تنته بعد».", "وأضاف أن الحرب طويلة."]


def test_long_quotation_split_at_inner_full_stop_short_one_kept():
    sents = texts(SEED_000)
    first = [s for s in sents if s.startswith("وناشد المتحدّث")][0]
    assert first.endswith("وأعلنوها غزوة للثأر.")
    assert 'فأحكموا العبوات وانشروا القناصين وأغيروا عليهم بالمفخّخات".' in sents
    short = 'قال "كلا. أبدا" ثم غادر المكان بسرعة.'
    assert texts(short) == [short]


def test_split_quotes_false_keeps_quotations_whole():
    line = [p for p in SEED_000.split("\n") if p.startswith("وناشد")][0]
    assert texts(line, split_quotes=False) == [line]
    assert len(texts(line)) == 2


def test_no_split_on_decimals_abbreviations_urls_emails():
    cases = [
        "ارتفع العدد إلى 3.5 مليون نازح في ٣٫٥ أيام.",
        "وقال د. محمد علي إن الوضع خطير.",
        "أفادت أ.ف.ب. بأن الهجوم وقع فجرا.",
        "نقلت أ. ف. ب عن مصدر أمني قوله ذلك.",
        "وقالت وزارة الخارجية U.S. إنها تتابع.",
        "Mr. Smith and Dr. Jones arrived at 10 a.m. on Monday.",
        "نشر البيان على موقع www.example.com/news.html وعلى البريد info@example.org للتواصل.",
    ]
    for t in cases:
        assert texts(t) == [t], t


def test_sentence_end_after_numbers_and_urls():
    t = "سيطر التنظيم على مساحات واسعة في العام 2014. وتراجع لاحقا."
    assert texts(t) == ["سيطر التنظيم على مساحات واسعة في العام 2014.", "وتراجع لاحقا."]
    t2 = "راجع الموقع example.com. وفيه التفاصيل."
    assert texts(t2) == ["راجع الموقع example.com.", "وفيه التفاصيل."]


def test_glued_full_stop_typo_is_split():
    assert texts("سيطرت القوات على الباغوز.وقال مسؤول إن المعارك انتهت.") == [
        "سيطرت القوات على الباغوز.", "وقال مسؤول إن المعارك انتهت."]


def test_seed_004_sentences():
    sents = texts(SEED_004)
    assert sents[0] == "بعد اقتحام «قسد» للباغوز.."
    assert "خطاب عاطفي" in sents
    assert any(s.endswith("ضد الدواعش في الباغوز».") for s in sents)
    # the semicolon stays inside its sentence
    assert any("تعاطفًا؛ لأن المجتمع" in s for s in sents)


def test_whitespace_and_empty_inputs():
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []
    assert texts("\u200f  كلمة واحدة  \n") == ["كلمة واحدة"]


def test_paragraphs():
    paras = paragraphs(SEED_000)
    check_invariants(SEED_000, paras)
    assert len(paras) == 16
    assert paras[4].text.startswith("بيروت - دعا")
    assert paragraphs("أ\r\n\r\nب\n") == [Sentence(0, 1, "أ"), Sentence(5, 6, "ب")]


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ") + list("abcXYZ019٠٣٩۵")
    + list(" \t\n\r\u00a0\u200f") + list(".!?؟…،؛:,;\"'«»“”‘’()-/@ـ") + ["\u064e", "\u0651"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_property_split_sentences_never_raises_and_keeps_offsets(text):
    for kw in ({}, {"split_quotes": False}):
        spans = split_sentences(text, **kw)
        check_invariants(text, spans)
    check_invariants(text, paragraphs(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_property_any_unicode(text):
    check_invariants(text, split_sentences(text))
