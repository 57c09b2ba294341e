"""The ``quotes`` pipeline stage and :func:`find_quotes`.

:class:`QuotesStage` requires the ``sentences`` and ``entities`` layers and produces the
``quotes`` layer: one :class:`Quote` per quotation, in text order, whose ``to_dict()`` gives the
contract's JSON object ``{start, end, text, kind, cue, speaker, addressee, medium, rule}``.
Every offset is a code-point index into ``Document.text`` (the finder scans the normalized view
and maps its spans back), and every nested ``{start, end, text}`` obeys the offset invariant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Document
from ..pipeline.stage import Stage
from ..text.normalize import NormalizedText, normalize
from .finder import View, find_drafts
from .lexicon import lexicon
from .speaker import MediumSpan, Party, ViewMention, resolve

__all__ = ["Quote", "QuotesStage", "find_quotes"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation; offsets are code-point indices into ``Document.text``."""

    start: int
    end: int
    text: str
    kind: str
    cue: Mapping[str, Any]
    speaker: Mapping[str, Any] | None
    addressee: Mapping[str, Any] | None
    medium: Mapping[str, Any] | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "cue": dict(self.cue), "speaker": _copy(self.speaker),
                "addressee": _copy(self.addressee), "medium": _copy(self.medium), "rule": self.rule}


def _copy(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in value.items()}


def _span(nt: NormalizedText, start: int, end: int) -> dict[str, Any]:
    s, e = nt.to_original(start, end)
    o, k = nt.original, e
    while k > s and o[k - 1] == "\u0640":
        k -= 1
    if k < e < len(o) and o[e].isalpha() and not o[k - 1].isalpha():
        e = k  # tatweel after a mark stretches the next word («»ـحسبما»): not this span's
    return {"start": s, "end": e, "text": nt.original[s:e]}


def _mentions(entities: Sequence[Any], nt: NormalizedText) -> list[ViewMention]:
    out: list[ViewMention] = []
    for ent in entities:
        d = ent.to_dict() if hasattr(ent, "to_dict") else ent
        for m in d.get("mentions", ()):
            vs, ve = nt.to_view(m["start"], m["end"])
            if ve > vs:
                out.append(ViewMention(vs, ve, d["id"], d.get("type") or "MISC", d.get("name") or m["text"]))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _party_dict(nt: NormalizedText, p: Party | None, *, carried_key: bool) -> dict[str, Any] | None:
    if p is None:
        return None
    out = _span(nt, p.start, p.end)
    out["entity"] = p.entity
    out["name"] = p.name if p.entity else out["text"]
    if p.entity is None:
        out["role"] = True
    if carried_key:
        out["carried"] = p.carried
    return out


def _medium_dict(nt: NormalizedText, m: MediumSpan | None) -> dict[str, Any] | None:
    if m is None:
        return None
    out = _span(nt, m.start, m.end)
    if m.platform is not None:
        out["platform"] = _span(nt, *m.platform)
    out["carried"] = m.carried
    return out


def find_quotes(text: str, *, entities: Sequence[Any] = ()) -> list[Quote]:
    """The quotations of ``text`` (offsets: code points into ``text``).

    ``entities`` are the entity layer's records (``EntityRecord`` or their dicts); a speaker
    whose span overlaps a mention gets that entity's id.
    """
    if not text.strip():
        return []
    nt = normalize(text)
    view = View.build(nt.text)
    mentions = _mentions(entities, nt)
    lex = lexicon()
    drafts = find_drafts(view, mention_spans=[(m.start, m.end) for m in mentions], lex=lex)
    attributions = resolve(view, drafts, mentions, lex=lex)
    out: list[Quote] = []
    for d, a in zip(drafts, attributions):
        q = _span(nt, d.start, d.end)
        out.append(Quote(
            start=q["start"], end=q["end"], text=q["text"], kind=d.kind,
            cue=_span(nt, d.cue_start, d.cue_end),
            speaker=_party_dict(nt, a.speaker, carried_key=True),
            addressee=_party_dict(nt, a.addressee, carried_key=False),
            medium=_medium_dict(nt, a.medium), rule=d.rule,
        ))
    return out


class QuotesStage(Stage):
    """Direct, indirect and mixed quotations with cue, speaker (linked to entities), addressee, medium."""

    name = "quotes"
    requires = ("sentences", "entities")
    produces = ("quotes",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """``{"quotes": [Quote, ...]}`` (offsets are code points into ``doc.text``)."""
        return {"quotes": find_quotes(doc.text, entities=doc.entities)}
