"""Outlet framing of actors: the designations an article uses for each actor and the labels it
attaches to them, kept apart by voice (the outlet's narration vs. words inside quotations).

:func:`find_framing` returns one record per ORG / PER entity of the ``entities`` layer::

    {entity, name, name_en, type, source,
     designations: [{text, start, end, register, in_quote, voice, marked, rule}],
     labels: [{text, start, end, class, label_en, in_quote, voice, position}],
     counts: {designations: {form: {register, narration, quote}}, labels: {form: {class, narration, quote}}}}

(``counts`` folds spellings that normalize alike into the form first written.)

* a **designation** is a mention of the entity (داعش / الدولة الإسلامية / تنظيم الدولة / الدواعش /
  التنظيم); its ``register`` is the KB alias register (``self`` in the KB is written
  ``self_designation``), else the one of ``data/framing.json`` ``designations``, else ``neutral``;
  ``marked`` says it sits inside quotation marks (an outlet writing تنظيم «الدولة الإسلامية»);
* a **label** is a ``data/framing.json`` ``labels`` word (class pejorative | descriptive |
  laudatory) inside a mention when pejorative (تنظيم داعش الإرهابي; «الدولة الإسلامية» is a
  name, not a label), in the chain of definite labels right after
  it («داعش» الإرهابية، داعش الإرهابي العالمي) or, for a person, right before it (الإرهابي «أبو حسن المهاجر»; before an organisation
  the word is more often a subject: «وبايع المسلحون داعش»);
  a word after a mention that ends in another entity's mention belongs to that entity
  (المتحدث باسم التنظيم الجهادي);
* ``voice``: ``quote`` inside a direct quotation or inside the marked words of a mixed one
  (marks around a bare name, «قسد», are not a quotation); ``indirect`` inside an indirect
  quotation (the outlet's paraphrase, so the outlet's wording); ``narration`` elsewhere.
  ``in_quote`` is ``voice == "quote"``: quoting a self-designation is not the outlet using it.

``source`` is ``Document.source`` (the outlet), so framing can be compared across outlets.
Offsets are code points into ``Document.text``; every span obeys ``text[start:end] == span.text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from ..model import Document
from ..pipeline.stage import Stage
from ..text.normalize import normalize
from .lexicon import framing_lexicon
from .view import as_dict, original_span
from .words import Word, clitic_length, norm, split_words, strip_article

__all__ = ["FramingStage", "find_framing", "REGISTERS", "LABEL_CLASSES"]

REGISTERS = ("self_designation", "neutral", "pejorative")
LABEL_CLASSES = ("pejorative", "descriptive", "laudatory")
ACTOR_TYPES = ("ORG", "PER")
_MARKED = re.compile(r"«[^«»\n]{1,300}»|\"[^\"\n]{1,300}\"|“[^“”\n]{1,300}”|'[^'\n]{1,120}'")
_SKIP = " \t«»\"“”'()"
_MAX_AFTER = 3


@lru_cache(maxsize=4096)
def _kb_registers(entity_id: str) -> dict[str, str]:
    """Normalized alias (and its form without ال) -> register, for one KB entity ({} if unknown)."""
    try:
        from ..entities.kb import load_kb
    except ImportError:  # pragma: no cover
        return {}
    ent = load_kb().get(entity_id)
    if ent is None:
        return {}
    out: dict[str, str] = {}
    for a in ent.aliases:
        if a.lang != "ar":
            continue
        reg = "self_designation" if a.register == "self" else a.register
        key = norm(a.text)
        out.setdefault(key, reg)
        out.setdefault(strip_article(key), reg)
    return out


def _register(entity_id: str, form: str) -> tuple[str, str]:
    """(register, rule) of a designation's normalized ``form`` for ``entity_id``."""
    kb = _kb_registers(entity_id)
    for key in (form, strip_article(form)):
        if key in kb:
            return kb[key], "kb_alias"
    words = split_words(form)
    hit = framing_lexicon().designations.at(words, 0) if words else None
    if hit is not None and hit.last == len(words) - 1:
        return hit.payload, "framing_lexicon"
    return "neutral", "default"


def _voices(view: str, quotes: Sequence[Mapping[str, Any]], nt: Any,
            mention_spans: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """View spans of quotation voice: ``quote`` (direct words) and ``indirect`` (paraphrase)."""
    out: list[tuple[int, int, str]] = []
    for q in quotes:
        qs, qe = nt.to_view(q["start"], q["end"])
        kind = q.get("kind")
        if kind == "direct":
            out.append((qs, qe, "quote"))
            continue
        out.append((qs, qe, "indirect"))
        for m in _MARKED.finditer(view, max(0, qs - 1), min(len(view), qe + 1)):
            inner = (m.start() + 1, m.end() - 1)
            if inner not in mention_spans:  # «قسد»: name marks, not a quotation
                out.append((inner[0], inner[1], "quote"))
    return out


def _voice_at(pos: int, voices: Sequence[tuple[int, int, str]]) -> str:
    best = "narration"
    for s, e, v in voices:
        if s <= pos < e:
            if v == "quote":
                return v
            best = v
    return best


def _word_index(words: Sequence[Word], pos: int) -> int:
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _counts(items: Sequence[Mapping[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """Occurrences per form (spellings that normalize alike are one form, shown as first written)."""
    shown: dict[str, str] = {}
    out: dict[str, dict[str, Any]] = {}
    for x in items:
        form = shown.setdefault(norm(x["text"]), x["text"])
        c = out.setdefault(form, {key: x[key], "narration": 0, "quote": 0})
        c["quote" if x["in_quote"] else "narration"] += 1
    return out


def find_framing(text: str, *, entities: Sequence[Any], quotes: Sequence[Any] = (),
                 source: str | None = None) -> list[dict[str, Any]]:
    """Framing records of the actor entities of ``text`` (see the module doc; offsets: code
    points into ``text``)."""
    if not entities or not text.strip():
        return []
    nt = normalize(text)
    view = nt.text
    words = split_words(view)
    labels_ix = framing_lexicon().labels
    ents = [as_dict(e) for e in entities]
    spans: set[tuple[int, int]] = set()
    ends: list[tuple[int, int, str]] = []  # (start, end, entity) of every mention on the view
    for d in ents:
        for m in d.get("mentions", ()):
            vs, ve = nt.to_view(m["start"], m["end"])
            spans.add((vs, ve))
            ends.append((vs, ve, d["id"]))
    voices = _voices(view, [as_dict(q) for q in quotes], nt, spans)
    marked = [(m.start() + 1, m.end() - 1) for m in _MARKED.finditer(view)]
    out: list[dict[str, Any]] = []
    for d in ents:
        if d.get("type") not in ACTOR_TYPES or not d.get("mentions"):
            continue
        desigs: list[dict[str, Any]] = []
        labels: dict[tuple[int, int], dict[str, Any]] = {}

        def add_label(i: int, position: str) -> bool:
            hit = labels_ix.at(words, i)
            if hit is None:
                return False
            if position == "inside" and hit.payload[0] != "pejorative":
                return True  # «الدولة الإسلامية», «الجماعة الإسلامية»: part of the name
            s, e = words[hit.first].start + clitic_length(words[hit.first].form, hit.entry), words[hit.last].end
            if (s, e) not in labels:
                voice = _voice_at(s, voices)
                cls, en = hit.payload
                labels[(s, e)] = {**original_span(nt, s, e), "class": cls, "label_en": en,
                                  "in_quote": voice == "quote", "voice": voice, "position": position}
            return True

        for m in d["mentions"]:
            vs, ve = nt.to_view(m["start"], m["end"])
            if ve <= vs:
                continue
            form = view[vs:ve]
            register, rule = _register(d["id"], form)
            voice = _voice_at(vs, voices)
            desigs.append({**original_span(nt, vs, ve), "register": register, "in_quote": voice == "quote",
                           "voice": voice, "marked": any(s <= vs and ve <= e for s, e in marked), "rule": rule})
            i0 = _word_index(words, vs)
            i = i0
            while i < len(words) and words[i].start < ve:  # labels inside the mention
                if words[i].start >= vs:
                    add_label(i, "inside")
                i += 1
            nested = any(e == ve and s > vs for s, e, eid in ends if eid != d["id"])
            for k in range(0 if nested else _MAX_AFTER):  # the chain of definite labels after the mention
                if i + k >= len(words) or view[words[i + k - 1].end if k else ve:words[i + k].start].strip(_SKIP):
                    break
                if not words[i + k].form.startswith("ال") or not add_label(i + k, "after"):
                    break  # «بطل الدوري», «والمخلوع صالح», «التفجير الإرهابي»: no adjective of the name
            if d.get("type") == "PER" and i0 > 0 and not view[words[i0 - 1].end:vs].strip(_SKIP):  # apposition before
                add_label(i0 - 1, "before")
        lab = sorted(labels.values(), key=lambda x: x["start"])
        counts = {"designations": _counts(desigs, "register"), "labels": _counts(lab, "class")}
        out.append({"entity": d["id"], "name": d.get("name"), "name_en": d.get("name_en"), "type": d.get("type"),
                    "source": source, "designations": desigs, "labels": lab, "counts": counts})
    return out


class FramingStage(Stage):
    """How the outlet designates and labels each actor (register, label class, narration vs quotes)."""

    name = "framing"
    requires = ("entities", "quotes")
    produces = ("framing",)

    def predict(self, doc: Document) -> Mapping[str, Any]:
        """``{"framing": [record, ...]}`` (offsets are code points into ``doc.text``)."""
        return {"framing": find_framing(doc.text, entities=doc.entities, quotes=doc.layer("quotes"),
                                        source=doc.source)}
