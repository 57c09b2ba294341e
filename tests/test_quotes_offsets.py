"""Property tests: every span of the quote layer obeys ``text[start:end] == span.text`` and
never cuts a word, on generated text full of cues, marks, diacritics and odd characters."""

import unicodedata

from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.pipeline import Pipeline
from marsad.quotes import find_quotes

PIECES = [
    "وقال", "قال", "قالت", "أكّد", "وأكّد", "وأضاف", "وتابع", "مؤكداً", "مشيراً إلى", "قائلاً", "بالقول",
    "المتحدّث", "باسم", "التنظيم", "أبو الحسن المهاجر", "المهاجر", "مصدر", "أمني", "عراقي", "وزير",
    "الخارجية", "إن", "أنّ", "بأن", "أنه", "إنها", "فإن", "يشار إلى أن", "يذكر أن", "بحسب", "وفقا",
    "لوكالة", "الوكالة", "حسبما ذكر", "نقلا عن", "في", "بيان", "ببيان", "وبالبيان", "تسجيل صوتي", "على",
    "تطبيق", "تلغرام", "مخاطباً", "الولايات المتحدة", "ودول التحالف", "دعا", "إلى", "أعلن", "نفى",
    "كشف", "عن", "الثأر", "«", "»", '"', "“", "”", "'", ":", "،", ".", "؟", "\n", "\n\n", "ـ", "\u200f",
    "ﻻ", "ﺍﻟﻤﺸﺎﺭﻛﺔ", "ﻭقالت", "مبيِّنًا", "١٢", "10:30", "(", ")", "قسد", "داعش", "الباغوز", "للتحالف",
]
SEPARATORS = st.sampled_from(["", " ", " ", " ", "  "])


@st.composite
def articles(draw):
    n = draw(st.integers(min_value=1, max_value=40))
    out = []
    for _ in range(n):
        out.append(draw(st.sampled_from(PIECES)))
        out.append(draw(SEPARATORS))
    return "".join(out)


def _wordy(ch):
    return unicodedata.category(ch)[0] in "LNM"


PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def assert_span_ok(text, span, what):
    s, e = span["start"], span["end"]
    assert text[s:e] == span["text"], what
    assert s < e, what
    # the end is a word end
    assert e == len(text) or not _wordy(text[e]) or not _wordy(text[e - 1]), (what, text[s:e + 3])
    # the start is a word start, or follows only proclitic letters (and an article) of its word
    if s > 0 and _wordy(text[s - 1]) and _wordy(text[s]):
        w = s
        while w > 0 and _wordy(text[w - 1]):
            w -= 1
        prefix = unicodedata.normalize(
            "NFKC", "".join(ch for ch in text[w:s] if unicodedata.category(ch)[0] == "L" and ch != "ـ"))
        rest = prefix
        while rest and rest[0] in PROCLITICS:
            rest = rest[1:]
        assert rest in ("", "ال"), (what, text[w:e])


def check(text, quotes):
    for q in quotes:
        d = q.to_dict() if hasattr(q, "to_dict") else q
        assert_span_ok(text, d, "quote")
        assert_span_ok(text, d["cue"], "cue")
        for key in ("speaker", "addressee", "medium"):
            if d.get(key):
                assert_span_ok(text, d[key], key)
        if d.get("medium") and d["medium"].get("platform"):
            assert_span_ok(text, d["medium"]["platform"], "platform")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
@example("يشار إلى أن«وقال»ـحسبما ذكروقال")  # a tatweel after the closing mark: not the quote's end
def test_quote_spans_without_entities(text):
    check(text, find_quotes(text))


_PIPE = None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_quote_spans_through_the_pipeline(text):
    global _PIPE
    if _PIPE is None:
        _PIPE = Pipeline.from_names()
    doc = marsad.analyze(text, pipeline=_PIPE)
    doc.check_offsets()
    check(text, doc.to_dict()["quotes"])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_breaks_the_finder(text):
    check(text, find_quotes(text))


def test_empty_quotation_marks_do_not_stall_the_scan():
    for text in ('وقال الوزير "" إن الهجوم فشل.', "قال «» ثم «نعم» أمس", "وقال «»«» مصدر إن"):
        check(text, find_quotes(text))
