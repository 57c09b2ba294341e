"""The Python API on real Arabic text: analyze, analyze_many (one and several processes)."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import marsad
from marsad import Document
from marsad.errors import MarsadError, UsageError


def test_analyze_returns_a_document_with_text_layers(seed_records):
    record = seed_records[0]
    doc = marsad.analyze(record["text"], published=record["published"], id=record["id"])
    assert isinstance(doc, Document)
    assert doc.id == "000" and str(doc.published) == "2019-03-18"
    assert doc.dateline is not None and doc.dateline.text == "بيروت"
    assert {"tokens", "sentences", "numbers"} <= set(doc.layers)
    assert len(doc.sentences) >= 10
    assert any(t.text == "بالمفخخات" for t in doc.tokens) is False  # split into clitics
    pieces = [t.text for t in doc.tokens if doc.text[t.start - 1: t.start] in {" ", ""}]
    assert pieces
    doc.check_offsets()


def test_clitics_of_a_real_word_are_split(seed_text):
    doc = marsad.analyze(seed_text)
    start = seed_text.index("بالمفخخات")
    pieces = [t.text for t in doc.tokens if start <= t.start < start + len("بالمفخخات")]
    assert pieces == ["ب", "ال", "مفخخات"]


def test_analyze_accepts_records_and_keeps_their_own_date(seed_records):
    doc = marsad.analyze(seed_records[1], published="2000-01-01")
    assert doc.id == "004" and str(doc.published) == "2019-03-21"
    assert doc.dateline is None  # the analysis piece has no wire dateline


def test_published_default_applies_when_missing():
    doc = marsad.analyze("قتل ثلاثة جنود في هجوم على الموصل.", published="2019-03-18")
    assert str(doc.published) == "2019-03-18"
    assert [(n.text, n.attrs["value"]) for n in doc.layer("numbers")] == [("ثلاثة", 3)]


def test_bad_published_is_a_usage_error():
    with pytest.raises(UsageError):
        marsad.analyze("نص", published="March 18")


@pytest.mark.parametrize("jobs", [1, 2])
def test_analyze_many_keeps_order_and_passes_errors_through(seed_records, jobs):
    items = [seed_records[0], {"id": "bad"}, seed_records[1], "بغداد - قتل خمسة وعشرون مدنيا في هجوم انتحاري استهدف سوقا شعبية في العاصمة العراقية."]
    results = list(marsad.analyze_many(items, jobs=jobs))
    assert isinstance(results[1], MarsadError)
    assert [r.id for r in results if isinstance(r, Document)][:2] == ["000", "004"]
    assert results[3].dateline.text == "بغداد"
    assert [n.attrs["value"] for n in results[3].layer("numbers")] == [25]


def test_analyze_many_raise_policy(seed_records):
    with pytest.raises(MarsadError):
        list(marsad.analyze_many([{"id": "bad"}], errors="raise"))


ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC)
OTHER = st.sampled_from(list(" \n\t.،؛؟!\"«»()-/:0123456789٠١٢٣abcXYZ\u200f\u200d\u0640\u064b\u0651"))
MIXED = st.text(st.one_of(ARABIC, ARABIC, PRESENTATION, OTHER), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
@example("0\nؐ")  # a last sentence of one mark and no word: the events view ran past its words
def test_every_span_of_every_layer_obeys_the_offset_invariant(text):
    doc = marsad.analyze(text)
    doc.check_offsets()
    for name, span in doc.iter_spans():
        assert text[span["start"]:span["end"]] == span["text"], name


def test_jobs_really_start_worker_processes(seed_records):
    psutil = pytest.importorskip("psutil")
    results = marsad.analyze_many(seed_records * 8, jobs=2, chunksize=1)
    first = next(results)
    children = psutil.Process().children(recursive=True)
    rest = list(results)
    assert first.id == "000" and len(rest) == 15
    assert len(children) >= 2
