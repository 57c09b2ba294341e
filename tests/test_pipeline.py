"""Pipeline validation, error policy and the stage registry (with toy stages and the real ones)."""

import pytest

from marsad.errors import MissingLayerError, StageFailedError, UnknownStageError
from marsad.model import Document, Span
from marsad.pipeline import DEFAULT_STAGES, Pipeline, Registry, Stage, default_registry


class Words(Stage):
    """Whitespace words."""

    name = "words"
    produces = ("words",)

    def predict(self, doc):
        out, pos = [], 0
        for piece in doc.text.split():
            start = doc.text.index(piece, pos)
            pos = start + len(piece)
            out.append(Span(start, pos, piece))
        return {"words": out}


class Counts(Stage):
    """Needs words."""

    name = "counts"
    requires = ("words",)
    produces = ("counts",)

    def predict(self, doc):
        return {"counts": [{"words": len(doc.layer("words"))}]}


class Broken(Stage):
    """Always fails."""

    name = "broken"

    def predict(self, doc):
        raise ZeroDivisionError("boom")


def _registry():
    registry = Registry()
    for stage in (Words, Counts, Broken):
        registry.add(stage)
    return registry


def test_validate_names_stage_missing_layer_and_provider():
    with pytest.raises(MissingLayerError) as info:
        Pipeline([Counts()], registry=_registry())
    message = str(info.value)
    assert "'counts'" in message and "'words'" in message and "add stage 'words'" in message


def test_stages_run_in_order_and_attach_layers():
    pipe = Pipeline.from_names(["words", "counts"], registry=_registry())
    doc = pipe.run(Document.from_text("دعا تنظيم الدولة"))
    assert [w.text for w in doc.layer("words")] == ["دعا", "تنظيم", "الدولة"]
    assert doc.layer("counts") == ({"words": 3},)


def test_error_policy_raise_and_record():
    pipe = Pipeline.from_names(["broken"], registry=_registry())
    doc = Document.from_text("نص", id="d1")
    with pytest.raises(StageFailedError, match="broken"):
        pipe.run(doc, errors="raise")
    error = pipe.run(doc, errors="record")
    assert isinstance(error, StageFailedError)
    assert "document d1" in str(error) and "ZeroDivisionError" in str(error)


def test_unknown_stage_lists_known_ones():
    with pytest.raises(UnknownStageError, match="words, counts, broken"):
        _registry().create("nope")


def test_registry_rejects_duplicates():
    registry = _registry()
    with pytest.raises(ValueError):
        registry.add(Words)


def test_default_registry_is_pinned():
    """Golden list: changing the shipped stages must be deliberate."""
    registry = default_registry()
    assert registry.names() == ["tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes",
                                "events", "rhetoric", "framing"]
    assert DEFAULT_STAGES == ("tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes",
                              "events", "rhetoric", "framing")
    assert {info.name: info.produces for info in registry} == {
        "tokens": ("tokens",), "sentences": ("sentences",), "numbers": ("numbers",), "dateline": ("dateline",),
        "times": ("times",), "entities": ("entities",), "quotes": ("quotes",), "events": ("events",),
        "rhetoric": ("rhetoric",), "framing": ("framing",)}
    assert registry.info("entities").requires == ("tokens", "sentences")
    assert registry.info("quotes").requires == ("sentences", "entities")
    assert registry.info("rhetoric").requires == ("quotes", "entities")
    assert registry.info("framing").requires == ("entities", "quotes")
    assert registry.info("times").requires == ("text",)
    assert registry.info("events").requires == ("tokens", "sentences", "numbers", "times", "entities", "quotes")
    Pipeline.from_names()  # the default pipeline validates


class FailsOnDigits(Stage):
    """Fails on a document with a digit; counts words otherwise (one at a time or in a batch)."""

    name = "fussy"
    requires = ("words",)
    produces = ("fussy",)

    def predict(self, doc):
        if any(c.isdigit() for c in doc.text):
            raise ValueError("a digit")
        return {"fussy": [{"n": len(doc.layer("words"))}]}


def test_run_many_matches_run_and_isolates_a_failing_document():
    registry = _registry()
    registry.add(FailsOnDigits)
    pipe = Pipeline.from_names(["words", "fussy"], registry=registry)
    docs = [Document.from_text("قصف الطيران الباغوز", id="a"), Document.from_text("قتل 5 مدنيين", id="b"),
            Document.from_text("اشتباكات عنيفة", id="c")]
    got = pipe.run_many(docs, errors="record")
    assert [g.layer("fussy") for g in (got[0], got[2])] == [({"n": 3},), ({"n": 2},)]
    assert got[0] == pipe.run(docs[0]) and got[2] == pipe.run(docs[2])
    assert isinstance(got[1], StageFailedError) and "document b" in str(got[1]) and "fussy" in str(got[1])
    with pytest.raises(StageFailedError, match="a digit"):
        pipe.run_many(docs, errors="raise")


def test_run_many_passes_errors_through_and_takes_an_empty_batch():
    pipe = Pipeline.from_names(["words"], registry=_registry())
    earlier = StageFailedError("unreadable", source="x.json")
    got = pipe.run_many([earlier, Document.from_text("نص")], errors="record")
    assert got[0] is earlier and [w.text for w in got[1].layer("words")] == ["نص"]
    assert pipe.run_many([]) == []


def test_entity_stage_batch_equals_one_at_a_time():
    """The entity tagger decodes a batch's documents together; every record is as it is alone."""
    pipe = Pipeline.from_names(["tokens", "sentences", "entities"])
    texts = ["قال المتحدث باسم قوات سوريا الديمقراطية مصطفى بالي إن المعارك مستمرة في الباغوز.",
             "", "استقبل الرئيس عبد الفتاح السيسي في القاهرة وزير الخارجية الأردني أيمن الصفدي. "
             "وبحث الجانبان الأوضاع في سوريا والعراق.", "   ", "شنت طائرات التحالف غارات على هجين."]
    docs = [Document.from_text(t) for t in texts]
    alone = [pipe.run(d) for d in docs]
    together = pipe.run_many(docs)
    assert [d.layer("entities") for d in together] == [d.layer("entities") for d in alone]
    assert any(d.layer("entities") for d in together)
