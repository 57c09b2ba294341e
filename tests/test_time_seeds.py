"""The seed articles: every expected time expression with exact offsets, via the default pipeline.

Offsets are located in the seed text here (never written into the library), so the test checks
that ``text[start:end]`` is the evidence and that the value is resolved against ``published``.
"""

import pytest

import marsad
from marsad.pipeline import Pipeline
from marsad.time import find_times

# (article id, surface, occurrence, expected value, precision)
EXPECTED = [
    ("000", "الإثنين", 0, "2019-03-18", "day"),
    ("000", "الجمعة", 0, "2019-03-15", "day"),
    ("000", "أيلول/سبتمبر", 0, "2018-09", "month"),
    ("000", "العام 2014", 0, "2014", "year"),
    ("004", "أمس الأربعاء 20 مارس الجاري", 0, "2019-03-20", "day"),
    ("004", "أول أمس الثلاثاء", 0, "2019-03-19", "day"),
    ("004", "الجمعة الماضية", 0, "2019-03-15", "day"),
]


def _nth(text, surface, n):
    start = -1
    for _ in range(n + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


@pytest.fixture(scope="module")
def seeds(seed_records):
    pipe = Pipeline.from_names(["times"])
    return {r["id"]: marsad.analyze(r, pipeline=pipe) for r in seed_records}


@pytest.mark.parametrize("doc_id, surface, n, value, precision", EXPECTED)
def test_seed_expression(seeds, doc_id, surface, n, value, precision):
    doc = seeds[doc_id]
    start, end = _nth(doc.text, surface, n)
    times = {(t.start, t.end): t for t in doc.times}
    assert (start, end) in times, f"{surface!r} at {start}:{end} not found; got {[(t.text, t.start) for t in doc.times]}"
    span = times[(start, end)]
    assert doc.text[span.start:span.end] == span.text == surface
    assert (span.attrs["value"], span.attrs["precision"], span.attrs["type"]) == (value, precision, "date")


def test_seed_articles_have_no_other_dates(seeds):
    """Besides the expected ones: «منذ أمس» and the vague durations «لعدة أيام», «بعد أيامٍ من خطاب» (004)."""
    got = {(doc_id, t.text, t.attrs["value"]) for doc_id, doc in seeds.items() for t in doc.times}
    expected = {(d, s, v) for d, s, _, v, _ in EXPECTED}
    assert got - expected == {("004", "أمس", "2019-03-20"), ("004", "عدة أيام", "PXD"), ("004", "بعد أيامٍ", "PXD")}


def test_seed_published_dates_are_not_inferred(seeds):
    assert str(seeds["000"].published) == "2019-03-18" and not seeds["000"].published_inferred
    assert str(seeds["004"].published) == "2019-03-21"


def test_seed_weekday_without_publication_date_is_unresolved(seed_records):
    text = seed_records[0]["text"]
    monday = [t for t in find_times(text) if t.text == "الإثنين"][0]
    assert monday.value is None
