"""The document model: frozen values, the offset invariant, JSON round trips, pickling."""

import dataclasses
import json
import pickle

import pytest

from marsad import SCHEMA_VERSION, Document, Span
from marsad.errors import InvalidSpanError, UsageError
from marsad.model import SCHEMA_LAYERS, content_id, parse_date

TEXT = "بيروت - دعا تنظيم الدولة الإسلامية الإثنين عناصره إلى \"الثأر\" من الأكراد."


def test_span_checks_its_length():
    with pytest.raises(InvalidSpanError):
        Span(0, 5, "بيرو")
    with pytest.raises(InvalidSpanError):
        Span(5, 2, "")


def test_span_from_text_slices_the_text():
    span = Span.from_text(TEXT, 18, 34, label="ORG")
    assert span.text == "الدولة الإسلامية"
    assert TEXT[span.start:span.end] == span.text


def test_document_is_frozen_and_layers_are_read_only():
    doc = Document.from_text(TEXT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.layers["x"] = ()  # type: ignore[index]
    with_layer = doc.with_layers(sentences=[Span.from_text(TEXT, 0, 5)])
    assert doc.layers == {} and len(with_layer.sentences) == 1


def test_check_offsets_catches_a_span_that_points_elsewhere():
    doc = Document.from_text(TEXT).with_layers(numbers=[Span(0, 5, "دعا ت")])
    with pytest.raises(InvalidSpanError, match="numbers"):
        doc.check_offsets()


def test_check_offsets_walks_nested_records():
    entity = {"id": "Q1", "type": "ORG", "mentions": [{"start": 18, "end": 34, "text": "الدولة الإسلامية"}]}
    Document.from_text(TEXT).with_layers(entities=[entity]).check_offsets()
    bad = {"id": "Q1", "type": "ORG", "mentions": [{"start": 18, "end": 34, "text": "الدولة الاسلامية"}]}
    with pytest.raises(InvalidSpanError):
        Document.from_text(TEXT).with_layers(entities=[bad]).check_offsets()


def test_to_dict_has_the_schema_keys_and_round_trips():
    doc = Document.from_text(TEXT, id="000", published="2019-03-18", source="wire",
                             dateline=Span.from_text(TEXT, 0, 5, label="LOC"), metadata={"agency": None})
    doc = doc.with_layers(sentences=[Span.from_text(TEXT, 0, len(TEXT))],
                          numbers=[Span.from_text(TEXT, 0, 5, label="digits", attrs={"value": 3})])
    data = doc.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["published"] == "2019-03-18" and data["dateline"] == "بيروت"
    for key in ("id", "source", "url", "title", "published_inferred", "text", "story", "duplicates", *SCHEMA_LAYERS):
        assert key in data
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert Document.from_dict(data) == doc


def test_documents_and_errors_pickle_for_worker_processes():
    doc = Document.from_text(TEXT, metadata={"a": [1]}).with_layers(
        numbers=[Span.from_text(TEXT, 0, 5, attrs={"value": 1})])
    assert pickle.loads(pickle.dumps(doc)) == doc
    error = UsageError("bad", source="f.jsonl", line=3)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.source, copy.line, str(copy)) == ("f.jsonl", 3, "f.jsonl:3: bad")


def test_parse_date_accepts_iso_dates_and_datetimes():
    assert str(parse_date("2019-03-18")) == "2019-03-18"
    assert str(parse_date("2019-03-18T10:00:00Z")) == "2019-03-18"
    assert parse_date("") is None
    with pytest.raises(UsageError, match="not an ISO date"):
        parse_date("18 March")


def test_content_id_is_stable_and_differs_by_text():
    assert content_id(TEXT) == content_id(TEXT) != content_id(TEXT + " ")
    assert len(content_id(TEXT)) == 16
