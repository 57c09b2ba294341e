"""The full entity stage as a CoNLL tagger, for ``marsad eval ner``.

CoNLL files give tokens, not articles: the tokens of a sentence are joined with single spaces,
``doc_sentences`` consecutive sentences with line breaks into one document (news sentences come
in articles; the tagger's document-level pass and the in-document coreference need the other
sentences), analysed by the ``tokens``, ``sentences`` and ``entities`` stages (gazetteer,
tagger, merge, linking), and every entity mention is projected back onto the tokens it overlaps
as BIO tags.  Mentions found only by coreference with a description or plural (``التنظيم``,
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


#: consecutive CoNLL sentences tagged as one document by default (5-fold CV of the stage on
#: ANERcorp: 1 -> 0.7147, 25 -> 0.7196; the whole file as one document 0.7161)
DOC_SENTENCES = 25


def pipeline_tagger(*, pipeline: Pipeline | None = None, doc_sentences: int = DOC_SENTENCES,
                    institutions: bool = False) -> Callable[[list[list[str]]], list[list[str]]]:
    """A ``tag_sentences(list[list[str]]) -> list[list[str]]`` callable running the entity stage.

    ``doc_sentences``: how many consecutive sentences make one document (joined by line breaks,
    tokens by single spaces), so that the stage sees each name's other mentions as it does in a
    whole article; 1 tags each sentence alone.  Mentions are projected back onto the tokens
    they overlap, sentence by sentence.

    ``institutions``: keep the entity stage's institution rule (:mod:`~marsad.entities.institutions`:
    «وزارة الداخلية», «مجلس الشيوخ»), off by default because ANERcorp-style CoNLL gold leaves
    those names unlabelled (as it leaves descriptions such as «التنظيم»).  Ignored when
    ``pipeline`` is given."""
    if pipeline is None:
        from ..pipeline.registry import default_registry
        from .stage import EntitiesStage

        reg = default_registry()
        pipeline = Pipeline([reg.create("tokens"), reg.create("sentences"),
                             EntitiesStage(institutions=institutions)])
    pipe = pipeline
    step = max(1, doc_sentences)

    def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
        out: list[list[str]] = []
        for a in range(0, len(sentences), step):
            group = sentences[a:a + step]
            offsets: list[list[tuple[int, int]]] = []
            line = 0  # offset of the sentence's line in the document text
            for tokens in group:
                row, pos = [], line
                for token in tokens:
                    row.append((pos, pos + len(token)))
                    pos += len(token) + 1
                offsets.append(row)
                line += len(" ".join(tokens)) + 1
            text = "\n".join(" ".join(tokens) for tokens in group)
            doc = pipe.run(Document.from_text(text))
            assert isinstance(doc, Document)
            mentions = list(_name_mentions(doc.entities))
            for row in offsets:
                if not row:
                    out.append([])
                    continue
                lo, hi = row[0][0], row[-1][1]
                out.append(project_mentions(row, [m for m in mentions if m[0] < hi and lo < m[1]]))
        return out

    return tag_sentences


def _name_mentions(entities: Sequence[Any]):
    for entity in entities:
        record = entity.to_dict() if hasattr(entity, "to_dict") else entity
        for mention in record["mentions"]:
            if not str(mention.get("rule", "")).startswith(REFERENCE_RULES):
                yield mention["start"], mention["end"], record["type"]
