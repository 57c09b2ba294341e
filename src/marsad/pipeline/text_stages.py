"""Text stages: tokens with clitics, sentences, number mentions, dateline.

Each wraps a pure function of :mod:`marsad.text` and turns its results into
:class:`~marsad.model.Span` values (offsets are code-point indices into ``Document.text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Document, Span
from ..text.dateline import find_dateline
from ..text.numbers import find_numbers
from ..text.sentences import split_sentences
from ..text.tokenize import tokenize
from .stage import Stage


class TokensStage(Stage):
    """Orthographic words split into proclitics, article and stem (a column-wise ``TokenList``)."""

    name = "tokens"
    produces = ("tokens",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        return {"tokens": tokenize(doc.text)}


class SentencesStage(Stage):
    """Sentences split at Arabic and Latin sentence punctuation and line breaks."""

    name = "sentences"
    produces = ("sentences",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        return {"sentences": [Span(s.start, s.end, s.text) for s in split_sentences(doc.text)]}


class NumbersStage(Stage):
    """Numbers in digits or Arabic words («ثلاثة», «خمسين», «عشرات») with their integer value."""

    name = "numbers"
    produces = ("numbers",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        return {"numbers": [
            Span(n.start, n.end, n.text, label=n.kind, rule="text.numbers",
                 attrs={"value": n.value, "approximate": n.approximate})
            for n in find_numbers(doc.text)
        ]}


class DatelineStage(Stage):
    """The wire dateline («بيروت - ...», «القاهرة (رويترز) -»): sets ``Document.dateline``."""

    name = "dateline"
    produces = ("dateline",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        found = find_dateline(doc.text)
        if found is None:
            return {"dateline": None}
        place = Span(found.place_start, found.place_end, found.place, label="LOC", rule="text.dateline")
        agency = found.agency
        return {"dateline": place, "agency": agency}

    def set_annotations(self, doc: Document, result: Mapping[str, Any]) -> Document:
        place = result["dateline"]
        if place is None:
            return doc.replace(dateline=None)
        metadata = dict(doc.metadata)
        if result.get("agency"):
            metadata["agency"] = result["agency"]
        return doc.replace(dateline=place, metadata=metadata)
