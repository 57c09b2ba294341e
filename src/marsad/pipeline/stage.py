"""The stage contract: what a stage requires, what it produces, and compute vs. attach.

A stage's :meth:`Stage.predict` computes its layers from a document without touching it;
:meth:`Stage.set_annotations` attaches them and returns a new (frozen) document.  Keeping the
two apart lets batch, streaming and Spark runs reuse the same stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ..model import Document

#: Layers every document has before any stage runs.
BASE_LAYERS: frozenset[str] = frozenset({"text"})


class Stage:
    """Base class of pipeline stages.

    Subclasses set ``name``, ``requires`` (layer names that must exist before the stage runs)
    and ``produces`` (layer names it adds), and implement :meth:`predict`.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ("text",)
    produces: ClassVar[tuple[str, ...]] = ()

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """Layer name → records (offsets are code-point indices into ``doc.text``)."""
        raise NotImplementedError

    def predict_many(self, docs: Sequence[Document]) -> list[Mapping[str, Any]]:
        """:meth:`predict` of each document, in order.  A stage whose work batches well (the
        entity tagger decodes many documents' sentences at once) overrides this; the results
        are the same as one document at a time."""
        return [self.predict(doc) for doc in docs]

    def set_annotations(self, doc: Document, result: Mapping[str, Any]) -> Document:
        """Attach ``result`` to ``doc``; the default adds each entry as a layer."""
        return doc.with_layers(**result)

    def __call__(self, doc: Document) -> Document:
        return self.set_annotations(doc, self.predict(doc))

    def __repr__(self) -> str:
        return f"<stage {self.name}: {', '.join(self.requires)} -> {', '.join(self.produces)}>"
