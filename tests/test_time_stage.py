"""The ``times`` stage in the pipeline: registration, schema keys, inference, offsets."""

import json

import marsad
from marsad.model import Document
from marsad.pipeline import Pipeline, default_registry
from marsad.time.stage import TimesStage

TEXT = ("بيروت - أعلنت «قوات سوريا الديمقراطية» أمس الأربعاء 20 مارس الجاري سيطرتها على الباغوز، "
        "بعد معارك بدأت منذ أيلول/سبتمبر.")


def test_registered_after_dateline_before_entities():
    registry = default_registry()
    names = registry.names()
    assert names.index("dateline") < names.index("times") < names.index("entities")
    info = registry.info("times")
    assert info.produces == ("times",) and info.requires == ("text",)
    assert isinstance(registry.create("times"), TimesStage)


def test_to_dict_emits_the_schema_keys():
    doc = marsad.analyze(TEXT, published="2019-03-21", pipeline=Pipeline.from_names(["times"]))
    out = doc.to_dict()
    assert "times" in out["layers"]
    assert [t["text"] for t in out["times"]] == ["أمس الأربعاء 20 مارس الجاري", "أيلول/سبتمبر"]
    first = out["times"][0]
    assert {"start", "end", "text", "type", "value", "precision"} <= first.keys()
    assert (first["type"], first["value"], first["precision"]) == ("date", "2019-03-20", "day")
    assert first["rule"] == "time.dayref+weekday+daymonth" and 0 < first["confidence"] <= 1
    doc.check_offsets()
    # JSON round trip
    back = Document.from_dict(json.loads(json.dumps(out, ensure_ascii=False)))
    assert back.to_dict()["times"] == out["times"]


def test_times_key_present_even_when_not_computed():
    assert Document.from_text("نص").to_dict()["times"] == []


def test_published_is_inferred_from_the_url_when_missing():
    doc = marsad.analyze({"text": TEXT, "url": "https://example.com/2019/03/21/baghouz"},
                         pipeline=Pipeline.from_names(["times"]))
    assert doc.published_inferred is True
    assert str(doc.published) == "2019-03-21"
    assert doc.metadata["published_evidence"]["rule"] == "time.infer.url"
    assert doc.times[0].attrs["value"] == "2019-03-20"
    assert doc.to_dict()["published_inferred"] is True


def test_published_is_inferred_from_a_header_date():
    text = "الخميس 21 مارس 2019\n" + TEXT
    doc = marsad.analyze(text, pipeline=Pipeline.from_names(["times"]))
    assert (str(doc.published), doc.published_inferred) == ("2019-03-21", True)
    evidence = doc.metadata["published_evidence"]["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"] == "الخميس 21 مارس 2019"
    assert [t.attrs["value"] for t in doc.times][1:] == ["2019-03-20", "2018-09"]


def test_given_published_is_kept():
    doc = marsad.analyze("الخميس 21 مارس 2019\n" + TEXT, published="2019-03-22",
                         pipeline=Pipeline.from_names(["times"]))
    assert (str(doc.published), doc.published_inferred) == ("2019-03-22", False)


def test_default_pipeline_runs_times(seed_records):
    doc = marsad.analyze(seed_records[1])
    assert any(t.text == "الجمعة الماضية" for t in doc.times)
    doc.check_offsets()


def test_year_range_keeps_its_offsets_in_json():
    """«عام 2010 - 2015»: the range's last year is ``value_end``; ``end`` stays the offset."""
    import marsad

    text = "وشهدت البلاد موجة هجرة خلال عام 2010 - 2015 بسبب الحرب."
    doc = marsad.analyze(text, published="2015-08-01")
    times = doc.to_dict()["times"]
    span = next(t for t in times if "2010" in t["text"])
    assert isinstance(span["end"], int) and text[span["start"]:span["end"]] == span["text"]
    assert span["value_end"] == "2015"


def test_span_attributes_cannot_shadow_offsets():
    import pytest
    from marsad.errors import InvalidSpanError
    from marsad.model import Span

    with pytest.raises(InvalidSpanError):
        Span(0, 3, "عام", attrs={"end": "2015"})
