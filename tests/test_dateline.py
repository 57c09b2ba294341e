"""Wire datelines: the shapes agencies use, the seed articles, and the false-positive guards."""

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.dateline import Dateline, find_dateline


def _seeds() -> list[str]:
    raw = resources.files("marsad").joinpath("examples/seeds.jsonl").read_text("utf-8")
    return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]


SEED_000, SEED_004 = _seeds()
HEADLINE = "داعش يدعو إلى الثأر لقتلى الباغوز\n\n"
BODY = "دعا تنظيم الدولة الإسلامية الإثنين عناصره في شمال سوريا وشرقها إلى الثأر من الأكراد."


def check(text: str, d: Dateline) -> None:
    assert text[d.start:d.end] == d.text
    assert text[d.place_start:d.place_end] == d.place
    if d.agency is not None:
        assert text[d.agency_start:d.agency_end] == d.agency
    else:
        assert d.agency_start is None and d.agency_end is None and d.agency_name is None
    if d.country is not None:
        assert text[d.country_start:d.country_end] == d.country
    assert d.start <= d.place_start < d.place_end <= d.end


def test_seed_000_dateline_is_beirut_not_the_headlines():
    d = find_dateline(SEED_000)
    assert d is not None
    check(SEED_000, d)
    assert (d.text, d.place, d.agency) == ("بيروت -", "بيروت", None)
    assert SEED_000[d.end:].startswith(" دعا تنظيم الدولة")


def test_seed_004_has_no_dateline():
    assert find_dateline(SEED_004) is None


@pytest.mark.parametrize("head, text, place, agency, agency_name, country", [
    ("بيروت - ", "بيروت -", "بيروت", None, None, None),
    ("القاهرة (رويترز) - ", "القاهرة (رويترز) -", "القاهرة", "رويترز", "رويترز", None),
    ("دمشق (أ ف ب) - ", "دمشق (أ ف ب) -", "دمشق", "أ ف ب", "فرانس برس", None),
    ("بيروت (أ.ف.ب) - ", "بيروت (أ.ف.ب) -", "بيروت", "أ.ف.ب", "فرانس برس", None),
    ("بغداد/ الأناضول - ", "بغداد/ الأناضول -", "بغداد", "الأناضول", "الأناضول", None),
    ("الرقة، سوريا (رويترز) - ", "الرقة، سوريا (رويترز) -", "الرقة", "رويترز", "رويترز", "سوريا"),
    ("واشنطن - أ ف ب: ", "واشنطن - أ ف ب:", "واشنطن", "أ ف ب", "فرانس برس", None),
    ("الموصل (العراق) - ", "الموصل (العراق) -", "الموصل", None, None, "العراق"),
    ("دير الزور (سانا) — ", "دير الزور (سانا) —", "دير الزور", "سانا", "سانا", None),
    ("تل أبيب (رويترز) – ", "تل أبيب (رويترز) –", "تل أبيب", "رويترز", "رويترز", None),
    ("أبو ظبي (وام) - ", "أبو ظبي (وام) -", "أبو ظبي", "وام", "وام", None),
    ("لندن ـ «القدس العربي»: ", "لندن ـ «القدس العربي»:", "لندن", "«القدس العربي»", "القدس العربي", None),
    ("عمان - بترا - ", "عمان - بترا -", "عمان", "بترا", "بترا", None),
    ("الكويت (كونا) - ", "الكويت (كونا) -", "الكويت", "كونا", "كونا", None),
    ("برلين (د ب أ) - ", "برلين (د ب أ) -", "برلين", "د ب أ", "د ب أ", None),
    ("بيروت: ", "بيروت:", "بيروت", None, None, None),
    ("القاهرة في 18 مارس /أ ش أ/ ", "القاهرة في 18 مارس /أ ش أ/", "القاهرة", "أ ش أ", "أ ش أ", None),
    ("بيروت، 18 مارس (رويترز) - ", "بيروت، 18 مارس (رويترز) -", "بيروت", "رويترز", "رويترز", None),
    ("القاهرة (رويترز) ", "القاهرة (رويترز)", "القاهرة", "رويترز", "رويترز", None),
])
def test_dateline_shapes(head, text, place, agency, agency_name, country):
    article = HEADLINE + head + BODY
    d = find_dateline(article)
    assert d is not None, head
    check(article, d)
    assert (d.text, d.place, d.agency, d.agency_name, d.country) == (text, place, agency, agency_name, country)


def test_dateline_on_first_line_without_headline():
    d = find_dateline("القاهرة (رويترز) - " + BODY)
    assert d is not None and d.start == 0 and d.place == "القاهرة"


@pytest.mark.parametrize("head", [
    "أبو الحسن المهاجر - ",
    "أبي الحسن المهاجر - ",
    "قال المتحدث - ",
    "وقال المتحدث: ",
    "أعلنت القوات - ",
    "في بيروت - ",
    "وفي سياق متصل - ",
    "ومن جهة أخرى - ",
    "عاجل: ",
    "خاص - ",
    "الرئيس الأمريكي - ",
    "بيروت (كلمة غريبة جدا هنا) - ",
    "بغداد/ صحيفة ما - ",
    "الموصل (العراق) ",
    "بغداد/ الأناضول ",
])
def test_false_positive_guards(head):
    assert find_dateline(HEADLINE + head + BODY) is None


@pytest.mark.parametrize("article", [
    "داعش - قسد تعلن سيطرتها على الباغوز\n\nنص الخبر هنا.",
    "سوريا - قسد تعلن سيطرتها الكاملة على الباغوز بعد معارك عنيفة\n\nنص الخبر.",
    "داعش: سنثأر لقتلى مسجدي نيوزيلندا في كل مكان من العالم\n\nنص الخبر.",
    "الباغوز: قصة آخر جيب لداعش في سوريا بعد سنوات من القتال والحصار والمعارك الطويلة",
    "",
    "\n\n\n",
    "بيروت -",
    "بيروت - دعا",
])
def test_headlines_and_short_lines_are_not_datelines(article):
    assert find_dateline(article) is None


def test_only_the_first_paragraphs_are_searched():
    lines = ["سطر من الخبر رقم واحد لا يحوي شيئا."] * 8
    article = "\n".join(lines + ["بيروت - " + BODY])
    assert find_dateline(article) is None
    article = "\n".join(lines[:3] + ["بيروت - " + BODY])
    assert find_dateline(article).place == "بيروت"


ALPHABET = st.sampled_from(
    ["بيروت", "القاهرة", "أبو", "ظبي", "رويترز", "أ ف ب", "الأناضول", "قال", "في", "سوريا", "دعا",
     "تنظيم", "الدولة", "18", "مارس", "«القدس العربي»"]
    + list(" \n\t-–—ـ:،,()/.«»\"") + list("ابتثجحخد")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_property_find_dateline_never_raises_and_keeps_offsets(text):
    d = find_dateline(text)
    if d is not None:
        check(text, d)
