"""The full entity stage as a CoNLL tagger, for ``marsad eval ner``.

CoNLL files give tokens, not articles: each sentence is joined with single spaces into a small
document, analysed by the ``tokens``, ``sentences`` and ``entities`` stages (gazetteer, tagger,
merge, linking), and every entity mention is projected back onto the tokens it overlaps as BIO
tags.  Mentions found only by coreference with a description or plural (``التنظيم``,
``الدواعش``) are left out: they are references, not names, and CoNLL gold does not tag them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..model import Document
from ..pipeline import Pipeline

__all__ = ["pipeline_tagger", "project_mentions"]

#: mention rules that are references rather than names
REFERENCE_RULES = ("coref:description", "coref:plural")


def project_mentions(offsets: Sequence[tuple[int, int]], mentions: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags for tokens at ``offsets`` (``[start, end)`` code points) from ``mentions``
    (``start, end, type``); longer mentions first, a token keeps its first tag."""
    tags = ["O"] * len(offsets)
    for start, end, type_ in sorted(mentions, key=lambda m: (m[0] - m[1], m[0])):
        covered = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        for k, i in enumerate(covered):
            tags[i] = ("B-" if k == 0 else "I-") + type_
    return tags


def pipeline_tagger(*, pipeline: Pipeline | None = None) -> Callable[[list[list[str]]], list[list[str]]]:
    """A ``tag_sentences(list[list[str]]) -> list[list[str]]`` callable running the entity stage."""
    pipe = pipeline or Pipeline.from_names(["tokens", "sentences", "entities"])

    def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
        out: list[list[str]] = []
        for tokens in sentences:
            offsets, pos = [], 0
            for token in tokens:
                offsets.append((pos, pos + len(token)))
                pos += len(token) + 1
            doc = pipe.run(Document.from_text(" ".join(tokens)))
            assert isinstance(doc, Document)
            out.append(project_mentions(offsets, list(_name_mentions(doc.entities))))
        return out

    return tag_sentences


def _name_mentions(entities: Sequence[Any]):
    for entity in entities:
        record = entity.to_dict() if hasattr(entity, "to_dict") else entity
        for mention in record["mentions"]:
            if not str(mention.get("rule", "")).startswith(REFERENCE_RULES):
                yield mention["start"], mention["end"], record["type"]
