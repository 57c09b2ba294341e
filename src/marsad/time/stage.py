"""The ``times`` pipeline stage: every time expression of a document, resolved.

:class:`TimesStage` requires only the text and produces the ``times`` layer: one
:class:`~marsad.model.Span` per expression whose ``to_dict()`` carries the schema keys
``start, end, text, type, value, precision`` (plus ``rule``, ``confidence`` and attrs).  When the
document has no ``published`` date, the stage infers one (:mod:`marsad.time.infer`), resolves
against it, and sets ``published`` with ``published_inferred=True`` and the evidence in
``metadata["published_evidence"]``.  Offsets are code-point indices into ``Document.text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Document
from ..pipeline.stage import Stage
from .finder import find_candidates
from .infer import infer_published
from .tagger import tag

__all__ = ["TimesStage"]


class TimesStage(Stage):
    """Arabic time expressions resolved against the publication date (inferred when missing)."""

    name = "times"
    requires = ("text",)
    produces = ("times",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        nt, candidates = find_candidates(doc.text)
        anchor = doc.published
        inference = None
        if anchor is None:
            inference = infer_published(doc.text, url=doc.url, nt=nt, candidates=candidates)
            if inference is not None:
                anchor = inference.date
        times = tag(doc.text, nt, candidates, anchor)
        return {"times": [t.to_span() for t in times], "inference": inference}

    def set_annotations(self, doc: Document, result: Mapping[str, Any]) -> Document:
        doc = doc.with_layers(times=result["times"])
        inference = result.get("inference")
        if inference is not None and doc.published is None:
            metadata = dict(doc.metadata)
            metadata["published_evidence"] = inference.to_dict()
            doc = doc.replace(published=inference.date, published_inferred=True, metadata=metadata)
        return doc
