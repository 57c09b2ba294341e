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
